import { roleOf } from './auth.js';
import { requestReview, touch } from './issue-changes.js';
import type { OverlayRoute } from './overlay.js';
import { pagedEnvelope, pagedReply } from './pagination.js';
import { resolveCommit } from './refs.js';
import { checkRunJson } from './render-actions.js';
import { branchJson } from './render-git.js';
import { pullSimpleJson } from './render-pull.js';
import { minimalRepository } from './render-repo.js';
import { simpleUser } from './render-user.js';
import {
  ApiError,
  bodyObject,
  docsUrl,
  fail,
  intParam,
  notFound,
  optionalStringArray,
  type RouteContext,
  repoOf,
} from './route-types.js';
import type { SimIssue, SimPull, SimRepo } from './state.js';
import { nodeId } from './urls.js';

/**
 * What the pull request reviewer needs from GitHub beyond the simulator's route table: team review
 * requests, the Copilot code reviewer, check runs and the combined status of a commit, and the
 * required checks of a protected branch. Served through `startSimulatorOverlay`; the state lives
 * beside each simulated repository and is set up by tests through `reviewExtras(repo)`.
 */

/** The login GitHub's REST API takes to request a review from Copilot. */
export const COPILOT_REVIEWER_LOGIN = 'copilot-pull-request-reviewer[bot]';
/** How GitHub then lists that reviewer among the requested ones. */
export const COPILOT_LISTED_LOGIN = 'Copilot';

export interface ExtraTeam {
  slug: string;
  name: string;
}

export interface ExtraCheckRun {
  id: number;
  sha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion:
    | 'success'
    | 'failure'
    | 'neutral'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'action_required'
    | null;
}

export interface ExtraStatus {
  id: number;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  created_at: string;
}

export interface ReviewExtras {
  /** Teams of the repository's owner that have access to it, by lower-cased slug. */
  teams: Map<string, ExtraTeam>;
  /** Pull request number → slugs of the teams requested to review. */
  teamRequests: Map<number, string[]>;
  /** Whether Copilot code review is available; when not, GitHub accepts the request and requests no one. */
  copilotReview: boolean;
  checkRuns: ExtraCheckRun[];
  statuses: ExtraStatus[];
  /** Branch → contexts its classic branch protection requires. */
  protection: Map<string, string[]>;
  /** Branch → contexts a ruleset's `required_status_checks` rule requires. */
  rulesets: Map<string, string[]>;
}

const extras = new WeakMap<SimRepo, ReviewExtras>();

/** The extra state of a repository (created empty on first use; gone after `sim.reset()`). */
export function reviewExtras(repo: SimRepo): ReviewExtras {
  let found = extras.get(repo);
  if (!found) {
    found = {
      teams: new Map(),
      teamRequests: new Map(),
      copilotReview: false,
      checkRuns: [],
      statuses: [],
      protection: new Map(),
      rulesets: new Map(),
    };
    extras.set(repo, found);
  }
  return found;
}

type PullIssue = SimIssue & { pull: SimPull };

function pullOf(ctx: RouteContext, repo: SimRepo): PullIssue {
  const issue = repo.issues.get(intParam(ctx, 'pull_number'));
  if (!issue?.pull) notFound(ctx);
  return issue as PullIssue;
}

function unprocessable(ctx: RouteContext, message: string): never {
  throw new ApiError(422, { message, documentation_url: docsUrl(ctx.route), status: '422' });
}

function teamJson(ctx: RouteContext, repo: SimRepo, team: ExtraTeam, id: number) {
  const org = repo.owner;
  return {
    id,
    node_id: nodeId('Team', id),
    url: `${ctx.urls.api}/orgs/${org}/teams/${team.slug}`,
    html_url: `${ctx.urls.web}/orgs/${org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'push',
    members_url: `${ctx.urls.api}/orgs/${org}/teams/${team.slug}/members{/member}`,
    repositories_url: `${ctx.urls.api}/orgs/${org}/teams/${team.slug}/repos`,
    parent: null,
  };
}

function requestedTeams(ctx: RouteContext, repo: SimRepo, issue: PullIssue) {
  const x = reviewExtras(repo);
  return (x.teamRequests.get(issue.number) ?? []).map((slug, i) =>
    teamJson(ctx, repo, x.teams.get(slug.toLowerCase()) ?? { slug, name: slug }, repo.id * 1000 + i),
  );
}

function requestedReviewers(ctx: RouteContext, repo: SimRepo, issue: PullIssue) {
  return {
    users: issue.pull.requested_reviewers.map((r) => simpleUser(ctx.urls, ctx.state.ensureUser(r))),
    teams: requestedTeams(ctx, repo, issue),
  };
}

/** The check runs on a commit: the simulated workflow runs' jobs (latest attempts) and the extra ones. */
function checkRunsFor(ctx: RouteContext, repo: SimRepo, sha: string) {
  const out: Record<string, unknown>[] = [];
  for (const run of repo.runs.values()) {
    if (run.headSha !== sha) continue;
    const attempt = ctx.state.latestAttempt(run);
    for (const jobId of attempt.jobIds) {
      const job = repo.jobs.get(jobId);
      if (job) out.push(checkRunJson(ctx.urls, repo, run, job));
    }
  }
  const base = ctx.urls.repo(repo.owner, repo.name);
  for (const c of reviewExtras(repo).checkRuns) {
    if (c.sha !== sha) continue;
    const at = ctx.state.timestamp();
    out.push({
      id: c.id,
      name: c.name,
      node_id: nodeId('CheckRun', c.id),
      head_sha: c.sha,
      external_id: String(c.id),
      url: `${base}/check-runs/${c.id}`,
      html_url: `${ctx.urls.repoHtml(repo.owner, repo.name)}/runs/${c.id}`,
      details_url: null,
      status: c.status,
      conclusion: c.conclusion,
      started_at: at,
      completed_at: c.status === 'completed' ? at : null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${base}/check-runs/${c.id}/annotations`,
      },
      check_suite: { id: c.id + 1 },
      app: null,
      pull_requests: [],
    });
  }
  return out;
}

function commitOf(ctx: RouteContext, repo: SimRepo): string {
  const ref = decodeURIComponent(ctx.params.ref ?? '');
  const sha = resolveCommit(repo, ref);
  if (!sha) fail(ctx, 422, `No commit found for SHA: ${ref}`);
  return sha;
}

/** GitHub's combined state: failure if any latest status failed or errored, pending if any is pending or there are none. */
function combinedState(states: ExtraStatus['state'][]): string {
  if (states.some((s) => s === 'failure' || s === 'error')) return 'failure';
  if (states.length === 0 || states.some((s) => s === 'pending')) return 'pending';
  return 'success';
}

export const reviewExtraRoutes: OverlayRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    operationId: 'pulls/list-requested-reviewers',
    docs: 'pulls/review-requests#get-all-requested-reviewers-for-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return { status: 200, body: requestedReviewers(ctx, repo, pullOf(ctx, repo)) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    operationId: 'pulls/request-reviewers',
    docs: 'pulls/review-requests#request-reviewers-for-a-pull-request',
    scope: 'pull_requests',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = pullOf(ctx, repo);
      const body = bodyObject(ctx);
      const reviewers = optionalStringArray(ctx, body, 'reviewers') ?? [];
      const teams = optionalStringArray(ctx, body, 'team_reviewers') ?? [];
      const x = reviewExtras(repo);
      if (reviewers.some((r) => r.toLowerCase() === issue.author.toLowerCase()))
        unprocessable(ctx, 'Review cannot be requested from pull request author.');
      const copilot = (r: string) => r.toLowerCase() === COPILOT_REVIEWER_LOGIN;
      const strangers = reviewers.filter(
        (r) => !copilot(r) && (!ctx.state.user(r) || roleOf(repo, r) === undefined),
      );
      const unknownTeams = teams.filter((t) => !x.teams.has(t.toLowerCase()));
      if (strangers.length > 0 || unknownTeams.length > 0)
        unprocessable(
          ctx,
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
        );
      for (const r of reviewers) {
        // Without Copilot code review in the repository, GitHub answers 201 and requests no one.
        if (copilot(r) && !x.copilotReview) continue;
        const login = copilot(r)
          ? ctx.state.ensureUser(COPILOT_LISTED_LOGIN, { type: 'Bot' }).login
          : ctx.state.user(r)!.login;
        if (issue.pull.requested_reviewers.some((have) => have.toLowerCase() === login.toLowerCase()))
          continue;
        issue.pull.requested_reviewers.push(login);
        requestReview(ctx.state, issue, ctx.user.login, login);
      }
      const requested = x.teamRequests.get(issue.number) ?? [];
      for (const t of teams) {
        const slug = x.teams.get(t.toLowerCase())!.slug;
        if (!requested.includes(slug)) requested.push(slug);
      }
      x.teamRequests.set(issue.number, requested);
      touch(ctx.state, issue);
      return {
        status: 201,
        body: {
          ...pullSimpleJson(ctx.state, ctx.urls, repo, issue),
          requested_teams: requestedTeams(ctx, repo, issue),
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    operationId: 'checks/list-for-ref',
    docs: 'checks/runs#list-check-runs-for-a-git-reference',
    scope: 'checks',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const sha = commitOf(ctx, repo);
      const name = ctx.query.get('check_name');
      const status = ctx.query.get('status');
      const runs = checkRunsFor(ctx, repo, sha).filter(
        (c) => (name === null || c.name === name) && (status === null || c.status === status),
      );
      return pagedEnvelope(ctx, 'check_runs', runs, (c) => c);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/status',
    operationId: 'repos/get-combined-status-for-ref',
    docs: 'commits/statuses#get-the-combined-status-for-a-specific-reference',
    // GitHub's "commit statuses" permission; the simulator's metadata scope is always readable.
    scope: 'metadata',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const sha = commitOf(ctx, repo);
      // The latest status per context counts.
      const latest = new Map<string, ExtraStatus>();
      for (const s of reviewExtras(repo).statuses) if (s.sha === sha) latest.set(s.context, s);
      const statuses = [...latest.values()];
      const base = ctx.urls.repo(repo.owner, repo.name);
      return {
        status: 200,
        body: {
          state: combinedState(statuses.map((s) => s.state)),
          statuses: statuses.map((s) => ({
            url: `${base}/statuses/${sha}`,
            avatar_url: null,
            id: s.id,
            node_id: nodeId('StatusContext', s.id),
            state: s.state,
            description: null,
            target_url: null,
            context: s.context,
            created_at: s.created_at,
            updated_at: s.created_at,
          })),
          sha,
          total_count: statuses.length,
          repository: minimalRepository(ctx.state, ctx.urls, repo),
          commit_url: `${base}/commits/${sha}`,
          url: `${base}/commits/${sha}/status`,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    operationId: 'repos/get-branch',
    docs: 'branches/branches#get-a-branch',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const name = decodeURIComponent(ctx.params.branch ?? '');
      const contexts = reviewExtras(repo).protection.get(name);
      const sha = repo.refs.get(`refs/heads/${name}`);
      // Unprotected branches are the simulator's own business.
      if (contexts === undefined || sha === undefined) return undefined;
      return {
        status: 200,
        body: {
          ...branchJson(ctx.state, ctx.urls, repo, name, sha),
          protected: true,
          protection: {
            enabled: true,
            required_status_checks: {
              enforcement_level: 'non_admins',
              contexts,
              checks: contexts.map((context) => ({ context, app_id: null })),
            },
          },
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    operationId: 'repos/get-branch-rules',
    docs: 'repos/rules#get-rules-for-a-branch',
    scope: 'metadata',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const name = decodeURIComponent(ctx.params.branch ?? '');
      const contexts = reviewExtras(repo).rulesets.get(name);
      const rules =
        contexts === undefined
          ? []
          : [
              {
                type: 'required_status_checks',
                ruleset_source_type: 'Repository',
                ruleset_source: `${repo.owner}/${repo.name}`,
                ruleset_id: repo.id,
                parameters: {
                  strict_required_status_checks_policy: false,
                  required_status_checks: contexts.map((context) => ({ context })),
                },
              },
            ];
      return pagedReply(ctx, rules, (r) => r);
    },
  },
];
