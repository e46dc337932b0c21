import { rename, setState, touch } from './issue-changes.js';
import { orderList } from './list-order.js';
import { pagedReply } from './pagination.js';
import { branchRef } from './refs.js';
import { commitJson, diffEntries } from './render-git.js';
import { headSha, pullCommits, pullJson, pullSimpleJson, pullTrees, reviewJson } from './render-pull.js';
import { removeReviewers, requestedReviewersJson, requestReviewers } from './review-requests.js';
import {
  bodyObject,
  intParam,
  invalidField,
  notFound,
  optionalString,
  optionalStringArray,
  type RouteContext,
  type RouteDef,
  repoOf,
  validationFailed,
} from './route-types.js';
import type { SimIssue, SimPull, SimRepo } from './state.js';

/** Pull request routes: list/create/get/update, review requests, files, commits and reviews. */

/** GitHub lists at most this many files for a pull request, and this many commits. */
export const PULL_FILES_CAP = 3000;
export const PULL_COMMITS_CAP = 250;

type PullIssue = SimIssue & { pull: SimPull };

function pullOf(ctx: RouteContext, repo: SimRepo): PullIssue {
  const issue = repo.issues.get(intParam(ctx, 'pull_number'));
  if (!issue?.pull) notFound(ctx);
  return issue as PullIssue;
}

function fileEntries(ctx: RouteContext, repo: SimRepo, issue: PullIssue) {
  const { before, after } = pullTrees(repo, issue.pull);
  return diffEntries(ctx.urls, repo, before, after, headSha(repo, issue.pull));
}

function stats(ctx: RouteContext, repo: SimRepo, issue: PullIssue) {
  const files = fileEntries(ctx, repo, issue);
  return {
    additions: files.reduce((n, f) => n + (f.additions as number), 0),
    deletions: files.reduce((n, f) => n + (f.deletions as number), 0),
    changed_files: files.length,
  };
}

function custom(ctx: RouteContext, message: string): never {
  validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message }]);
}

/** `owner:branch` or `branch` → the branch, when it is in this repository. */
function headBranch(repo: SimRepo, head: string): string | undefined {
  const i = head.indexOf(':');
  if (i < 0) return head;
  return head.slice(0, i).toLowerCase() === repo.owner.toLowerCase() ? head.slice(i + 1) : undefined;
}

function listPulls(ctx: RouteContext, repo: SimRepo): PullIssue[] {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state))
    validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'state' }]);
  const head = q.get('head');
  const base = q.get('base');
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const list = [...repo.issues.values()].filter((i): i is PullIssue => {
    if (!i.pull) return false;
    if (state !== 'all' && i.state !== state) return false;
    if (
      head &&
      `${i.pull.headRepo?.owner ?? repo.owner}:${i.pull.head}`.toLowerCase() !==
        (head.includes(':') ? head : `${repo.owner}:${head}`).toLowerCase()
    )
      return false;
    if (base && i.pull.base !== base) return false;
    return true;
  });
  // `popularity` is the comment count.
  return orderList(
    list,
    sort === 'updated' ? 'updated' : sort === 'popularity' ? 'comments' : 'created',
    direction === 'desc',
  );
}

export const pullRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    operationId: 'pulls/list',
    docs: 'pulls/pulls#list-pull-requests',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return pagedReply(ctx, listPulls(ctx, repo), (p) => pullSimpleJson(ctx.state, ctx.urls, repo, p));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls',
    operationId: 'pulls/create',
    docs: 'pulls/pulls#create-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const title = optionalString(ctx, body, 'title');
      const head = optionalString(ctx, body, 'head');
      const base = optionalString(ctx, body, 'base');
      const missing = (
        [
          ['title', title],
          ['head', head],
          ['base', base],
        ] as const
      ).filter(([, v]) => !v);
      if (missing.length > 0)
        validationFailed(
          ctx,
          missing.map(([field]) => ({ resource: 'PullRequest', code: 'missing_field', field })),
        );
      const baseSha = repo.refs.get(branchRef(base!));
      if (!baseSha) validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      const branch = headBranch(repo, head!);
      const headCommit = branch === undefined ? undefined : repo.refs.get(branchRef(branch));
      if (branch === undefined || !headCommit)
        validationFailed(ctx, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      const duplicate = [...repo.issues.values()].some(
        (i) => i.pull && i.state === 'open' && i.pull.head === branch && i.pull.base === base,
      );
      if (duplicate) custom(ctx, `A pull request already exists for ${repo.owner}:${branch}.`);
      if (repo.git.commitsBetween(baseSha, headCommit).length === 0)
        custom(ctx, `No commits between ${base} and ${branch}`);
      const draft = body.draft === true;
      if (draft && !repo.allow_drafts)
        custom(ctx, 'Draft pull requests are not supported in this repository.');

      const now = ctx.state.timestamp();
      const issue: PullIssue = {
        id: ctx.state.nextId(),
        number: repo.nextNumber++,
        title: title!,
        body: optionalString(ctx, body, 'body') ?? null,
        author: ctx.user.login,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        locked: false,
        created_at: now,
        updated_at: now,
        closed_at: null,
        closed_by: null,
        comments: [],
        events: [],
        milestone: null,
        pull: {
          id: ctx.state.nextId(),
          head: branch,
          headSha: headCommit,
          base: base!,
          draft,
          merged: false,
          merged_at: null,
          merged_by: null,
          merge_commit_sha: null,
          maintainer_can_modify: body.maintainer_can_modify === true,
          requested_reviewers: [],
          requested_teams: [],
          reviews: [],
        },
      };
      repo.issues.set(issue.number, issue);
      return {
        status: 201,
        body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)),
        headers: { location: `${ctx.urls.repo(repo.owner, repo.name)}/pulls/${issue.number}` },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    operationId: 'pulls/get',
    docs: 'pulls/pulls#get-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      return { status: 200, body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    operationId: 'pulls/update',
    docs: 'pulls/pulls#update-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      const body = bodyObject(ctx);
      const state = optionalString(ctx, body, 'state');
      if (state !== undefined && state !== 'open' && state !== 'closed')
        validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'state' }]);
      const base = optionalString(ctx, body, 'base');
      if (base !== undefined && !repo.refs.has(branchRef(base)))
        validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
      const title = optionalString(ctx, body, 'title');
      if (title !== undefined) rename(ctx.state, issue, ctx.user.login, title);
      if ('body' in body) {
        issue.body = optionalString(ctx, body, 'body') ?? null;
        touch(ctx.state, issue);
      }
      if (base !== undefined) issue.pull.base = base;
      if (typeof body.maintainer_can_modify === 'boolean')
        issue.pull.maintainer_can_modify = body.maintainer_can_modify;
      if (state !== undefined) setState(ctx.state, issue, ctx.user.login, state, undefined);
      return { status: 200, body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    operationId: 'pulls/list-requested-reviewers',
    docs: 'pulls/review-requests#get-all-requested-reviewers-for-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return { status: 200, body: requestedReviewersJson(ctx, repo, pullOf(ctx, repo)) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    operationId: 'pulls/request-reviewers',
    docs: 'reference/pulls#request-reviewers-for-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      const body = bodyObject(ctx);
      requestReviewers(
        ctx,
        repo,
        issue,
        optionalStringArray(ctx, body, 'reviewers') ?? [],
        optionalStringArray(ctx, body, 'team_reviewers') ?? [],
      );
      touch(ctx.state, issue);
      return { status: 201, body: pullSimpleJson(ctx.state, ctx.urls, repo, issue) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    operationId: 'pulls/remove-requested-reviewers',
    docs: 'pulls/review-requests#remove-requested-reviewers-from-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      const body = bodyObject(ctx);
      // GitHub's description makes `reviewers` required here (it is optional when requesting).
      const reviewers = optionalStringArray(ctx, body, 'reviewers');
      if (reviewers === undefined) invalidField(ctx, '"reviewers" wasn\'t supplied.');
      removeReviewers(ctx, issue, reviewers, optionalStringArray(ctx, body, 'team_reviewers') ?? []);
      touch(ctx.state, issue);
      return { status: 200, body: pullSimpleJson(ctx.state, ctx.urls, repo, issue) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    operationId: 'pulls/list-files',
    docs: 'pulls/pulls#list-pull-requests-files',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      return pagedReply(ctx, fileEntries(ctx, repo, issue).slice(0, PULL_FILES_CAP), (f) => f);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    operationId: 'pulls/list-commits',
    docs: 'pulls/pulls#list-commits-on-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      const commits = pullCommits(repo, issue.pull).slice(0, PULL_COMMITS_CAP);
      return pagedReply(ctx, commits, (sha) => commitJson(ctx.state, ctx.urls, repo, sha, false));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    operationId: 'pulls/list-reviews',
    docs: 'pulls/reviews#list-reviews-for-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      return pagedReply(ctx, issue.pull.reviews, (r) => reviewJson(ctx.state, ctx.urls, repo, issue, r));
    },
  },
];
