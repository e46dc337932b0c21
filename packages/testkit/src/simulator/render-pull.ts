import type { FlatEntry } from './git-objects.js';
import { authorAssociation, issueHtmlUrl, issueLabels, issueMilestone, issueUrl } from './render-issue.js';
import { forkRepository, fullRepository } from './render-repo.js';
import { teamJson } from './render-team.js';
import { type JsonObject, simpleUser } from './render-user.js';
import type { SimIssue, SimPull, SimRepo, SimReview, SimulatorState } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Pull requests (`pull-request-simple` in lists, `pull-request` alone) and their reviews. */

type PullIssue = SimIssue & { pull: SimPull };

/** The teams requested to review, as `team` objects (slugs no longer among the repository's teams are left out). */
export function requestedTeamsJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  pull: SimPull,
): JsonObject[] {
  return pull.requested_teams
    .map((slug) => repo.teams.get(slug.toLowerCase()))
    .filter((t) => t !== undefined)
    .map((t) => teamJson(state, urls, repo, t));
}

/** The head commit: the branch's current tip while it exists, else the last one seen. */
export function headSha(repo: SimRepo, pull: SimPull): string {
  // A fork's branch is not a branch here, even when it has the same name as one.
  if (pull.headRepo) return pull.headSha;
  const live = repo.refs.get(`refs/heads/${pull.head}`);
  if (live && pull.headSha !== live && !pull.merged) pull.headSha = live;
  return pull.headSha;
}

function endpoint(state: SimulatorState, urls: Urls, repo: SimRepo, ref: string, sha: string): JsonObject {
  const owner = state.ensureUser(repo.owner);
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(urls, owner),
    repo: fullRepository(state, urls, repo, {
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true,
    }),
  };
}

function forkEndpoint(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  pull: SimPull,
  sha: string,
): JsonObject {
  const fork = pull.headRepo!;
  return {
    label: `${fork.owner}:${pull.head}`,
    ref: pull.head,
    sha,
    user: simpleUser(urls, state.ensureUser(fork.owner)),
    repo: forkRepository(state, urls, repo, fork, {
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true,
    }),
  };
}

export function pullSimpleJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: PullIssue,
): JsonObject {
  const pull = issue.pull;
  const base = urls.repo(repo.owner, repo.name);
  const url = `${base}/pulls/${issue.number}`;
  const html = issueHtmlUrl(urls, repo, issue);
  const issueApi = issueUrl(urls, repo, issue.number);
  const head = headSha(repo, pull);
  const baseSha = repo.refs.get(`refs/heads/${pull.base}`) ?? head;
  const assignees = issue.assignees.map((a) => simpleUser(urls, state.ensureUser(a)));
  return {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${base}/statuses/${head}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: simpleUser(urls, state.ensureUser(issue.author)),
    body: issue.body,
    labels: issueLabels(urls, repo, issue),
    milestone: issueMilestone(state, urls, repo, issue),
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requested_reviewers.map((r) => simpleUser(urls, state.ensureUser(r))),
    requested_teams: requestedTeamsJson(state, urls, repo, pull),
    head: pull.headRepo
      ? forkEndpoint(state, urls, repo, pull, head)
      : endpoint(state, urls, repo, pull.head, head),
    base: endpoint(state, urls, repo, pull.base, baseSha),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${base}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${base}/statuses/${head}` },
    },
    author_association: authorAssociation(repo, issue.author),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** Commits on the head branch that the base branch does not have, oldest first. */
export function pullCommits(repo: SimRepo, pull: SimPull): string[] {
  const head = headSha(repo, pull);
  const base = repo.refs.get(`refs/heads/${pull.base}`);
  return base ? repo.git.commitsBetween(base, head) : [head];
}

/** Flat trees of the merge base and the head, for the files a pull request changes. */
export function pullTrees(
  repo: SimRepo,
  pull: SimPull,
): { before: Map<string, FlatEntry>; after: Map<string, FlatEntry> } {
  const head = headSha(repo, pull);
  const commits = pullCommits(repo, pull);
  const first = commits[0] ? repo.git.commit(commits[0]) : undefined;
  const mergeBase = first?.parents[0];
  const before = mergeBase
    ? repo.git.flatten(repo.git.commit(mergeBase)!.tree)
    : new Map<string, FlatEntry>();
  return { before, after: repo.git.flatten(repo.git.commit(head)!.tree) };
}

export function pullJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: PullIssue,
  stats: { additions: number; deletions: number; changed_files: number },
): JsonObject {
  const pull = issue.pull;
  return {
    ...pullSimpleJson(state, urls, repo, issue),
    merged: pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: pull.draft ? 'draft' : 'clean',
    merged_by: pull.merged_by ? simpleUser(urls, state.ensureUser(pull.merged_by)) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainer_can_modify,
    commits: pullCommits(repo, pull).length,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changed_files,
  };
}

export function reviewJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: PullIssue,
  review: SimReview,
): JsonObject {
  const html = issueHtmlUrl(urls, repo, issue);
  const pullUrl = `${urls.repo(repo.owner, repo.name)}/pulls/${issue.number}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: simpleUser(urls, state.ensureUser(review.author)),
    body: review.body,
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: pullUrl,
    _links: { html: { href: `${html}#pullrequestreview-${review.id}` }, pull_request: { href: pullUrl } },
    submitted_at: review.submitted_at,
    commit_id: review.commit_id,
    author_association: authorAssociation(repo, review.author),
  };
}
