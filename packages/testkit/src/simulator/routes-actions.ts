import path from 'node:path';
import { pagedEnvelope } from './pagination.js';
import { jobJson, runJson, workflowJson } from './render-actions.js';
import { fail, intParam, notFound, type RouteContext, type RouteDef, repoOf } from './route-types.js';
import type { SimAttempt, SimJob, SimRepo, SimRun, SimWorkflow } from './state.js';

/** GitHub Actions routes: workflows, runs, attempts, jobs, logs, re-runs. */

const STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);
const DAY_MS = 86_400_000;
/** GitHub re-runs a workflow run only within 30 days of its start. */
export const RERUN_WINDOW_MS = 30 * DAY_MS;
/**
 * GitHub lists "up to 1,000 results for each search" of workflow runs filtered by one of
 * `RUN_FILTERS`: `total_count` still says how many matched, pages past the 1,000th run are empty,
 * and the `Link` header stops at the last page that has runs.
 */
export const RUN_SEARCH_CAP = 1000;
export const RUN_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

function workflowOf(ctx: RouteContext, repo: SimRepo): SimWorkflow {
  const id = decodeURIComponent(ctx.params.workflow_id ?? '');
  const workflow = /^\d+$/.test(id)
    ? repo.workflows.find((w) => w.id === Number(id))
    : repo.workflows.find((w) => path.posix.basename(w.path) === id);
  if (!workflow) notFound(ctx);
  return workflow;
}

function runOf(ctx: RouteContext, repo: SimRepo): SimRun {
  const run = repo.runs.get(intParam(ctx, 'run_id'));
  if (!run) notFound(ctx);
  return run;
}

function attemptOf(ctx: RouteContext, run: SimRun): SimAttempt {
  const attempt = run.attempts[intParam(ctx, 'attempt_number') - 1];
  if (!attempt) notFound(ctx);
  return attempt;
}

/**
 * GitHub's `created` filter: `2026-01-01`, `>=2026-01-01`, `<2026-01-01T12:00:00Z`,
 * `2026-01-01..2026-01-31` (either side may be `*`). A bare date covers the whole day.
 */
export function createdFilter(expr: string): ((ms: number) => boolean) | undefined {
  const bound = (text: string, end: boolean): number | undefined => {
    if (text === '*') return end ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(ms)) return undefined;
    return end && /^\d{4}-\d{2}-\d{2}$/.test(text) ? ms + DAY_MS - 1 : ms;
  };
  const range = /^(.+)\.\.(.+)$/.exec(expr);
  if (range) {
    const from = bound(range[1]!, false);
    const to = bound(range[2]!, true);
    if (from === undefined || to === undefined) return undefined;
    return (ms) => ms >= from && ms <= to;
  }
  const op = /^(>=|<=|>|<)?(.+)$/.exec(expr)!;
  const text = op[2]!;
  const start = bound(text, false);
  const end = bound(text, true);
  if (start === undefined || end === undefined) return undefined;
  switch (op[1]) {
    case '>=':
      return (ms) => ms >= start;
    case '>':
      return (ms) => ms > end;
    case '<=':
      return (ms) => ms <= end;
    case '<':
      return (ms) => ms < start;
    default:
      return (ms) => ms >= start && ms <= end;
  }
}

function listRuns(ctx: RouteContext, repo: SimRepo, workflowId?: number): SimRun[] {
  const q = ctx.query;
  const created = q.get('created');
  const inRange = created ? createdFilter(created) : undefined;
  if (created && !inRange) fail(ctx, 422, `Invalid created value: ${created}`);
  const status = q.get('status');
  return [...repo.runs.values()]
    .filter((run) => {
      const latest = run.attempts[run.attempts.length - 1]!;
      if (workflowId !== undefined && run.workflowId !== workflowId) return false;
      if (q.get('branch') && run.branch !== q.get('branch')) return false;
      if (q.get('event') && run.event !== q.get('event')) return false;
      if (q.get('head_sha') && run.headSha !== q.get('head_sha')) return false;
      if (q.get('actor') && latest.actor.toLowerCase() !== q.get('actor')!.toLowerCase()) return false;
      // Each attempt is its own check suite (see runJson).
      if (
        q.get('check_suite_id') &&
        !run.attempts.some((a) => String(run.id + a.attempt) === q.get('check_suite_id'))
      )
        return false;
      if (status && (STATUSES.has(status) ? latest.status !== status : latest.conclusion !== status))
        return false;
      if (inRange && !inRange(Date.parse(run.attempts[0]!.created_at))) return false;
      return true;
    })
    .sort(
      (a, b) => Date.parse(b.attempts[0]!.created_at) - Date.parse(a.attempts[0]!.created_at) || b.id - a.id,
    );
}

function runsReply(ctx: RouteContext, repo: SimRepo, runs: SimRun[]) {
  const exclude = ctx.query.get('exclude_pull_requests') === 'true';
  const searched = RUN_FILTERS.some((f) => ctx.query.has(f));
  const listable = searched ? runs.slice(0, RUN_SEARCH_CAP) : runs;
  return pagedEnvelope(
    ctx,
    'workflow_runs',
    listable,
    (run) =>
      runJson(ctx.state, ctx.urls, repo, run, run.attempts[run.attempts.length - 1]!, {
        excludePullRequests: exclude,
      }),
    runs.length,
  );
}

function jobsOf(repo: SimRepo, ids: number[]): SimJob[] {
  return ids.map((id) => repo.jobs.get(id)).filter((j): j is SimJob => j !== undefined);
}

function jobOf(ctx: RouteContext, repo: SimRepo): SimJob {
  const job = repo.jobs.get(intParam(ctx, 'job_id'));
  if (!job) notFound(ctx);
  return job;
}

const FAILED = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure']);

/** Start a new attempt of `run` re-running `which` of the latest attempt's jobs; the rest carry over. */
function newAttempt(ctx: RouteContext, repo: SimRepo, run: SimRun, which: (job: SimJob) => boolean): void {
  const latest = run.attempts[run.attempts.length - 1]!;
  if (latest.status !== 'completed') fail(ctx, 403, 'This workflow is already running');
  if (ctx.state.now() - Date.parse(run.attempts[0]!.created_at) > RERUN_WINDOW_MS)
    fail(ctx, 403, 'This workflow run cannot be retried');
  const jobs = jobsOf(repo, latest.jobIds);
  if (!jobs.some(which)) fail(ctx, 403, 'This workflow run cannot be retried');
  const now = ctx.state.timestamp();
  const number = latest.attempt + 1;
  const jobIds = jobs.map((job) => {
    if (!which(job)) return job.id;
    const id = ctx.state.nextId();
    repo.jobs.set(id, {
      ...job,
      id,
      attempt: number,
      status: 'queued',
      conclusion: null,
      created_at: now,
      started_at: now,
      completed_at: null,
      checkRunId: id,
      annotations: [],
      runner_name: null,
      steps: job.steps.map((s) => ({
        ...s,
        status: 'queued',
        conclusion: null,
        started_at: null,
        completed_at: null,
        log: undefined,
      })),
      log: undefined,
    });
    return id;
  });
  run.attempts.push({
    attempt: number,
    status: 'queued',
    conclusion: null,
    created_at: run.attempts[0]!.created_at,
    updated_at: now,
    run_started_at: now,
    actor: ctx.user.login,
    jobIds,
  });
}

export const actionsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows',
    operationId: 'actions/list-repo-workflows',
    docs: 'actions/workflows#list-repository-workflows',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return pagedEnvelope(ctx, 'workflows', repo.workflows, (w) => workflowJson(ctx.urls, repo, w));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    operationId: 'actions/get-workflow',
    docs: 'actions/workflows#get-a-workflow',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return { status: 200, body: workflowJson(ctx.urls, repo, workflowOf(ctx, repo)) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    operationId: 'actions/list-workflow-runs',
    docs: 'actions/workflow-runs#list-workflow-runs-for-a-workflow',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const workflow = workflowOf(ctx, repo);
      return runsReply(ctx, repo, listRuns(ctx, repo, workflow.id));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs',
    operationId: 'actions/list-workflow-runs-for-repo',
    docs: 'actions/workflow-runs#list-workflow-runs-for-a-repository',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return runsReply(ctx, repo, listRuns(ctx, repo));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    operationId: 'actions/get-workflow-run',
    docs: 'actions/workflow-runs#get-a-workflow-run',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = runOf(ctx, repo);
      const exclude = ctx.query.get('exclude_pull_requests') === 'true';
      return {
        status: 200,
        body: runJson(ctx.state, ctx.urls, repo, run, run.attempts[run.attempts.length - 1]!, {
          excludePullRequests: exclude,
        }),
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
    operationId: 'actions/get-workflow-run-attempt',
    docs: 'actions/workflow-runs#get-a-workflow-run-attempt',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = runOf(ctx, repo);
      return { status: 200, body: runJson(ctx.state, ctx.urls, repo, run, attemptOf(ctx, run)) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    operationId: 'actions/list-jobs-for-workflow-run',
    docs: 'actions/workflow-jobs#list-jobs-for-a-workflow-run',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = runOf(ctx, repo);
      const filter = ctx.query.get('filter') ?? 'latest';
      if (filter !== 'latest' && filter !== 'all')
        fail(ctx, 422, `Invalid filter: ${filter}; accepted: latest, all`);
      const ids =
        filter === 'all'
          ? [...new Set(run.attempts.flatMap((a) => a.jobIds))]
          : run.attempts[run.attempts.length - 1]!.jobIds;
      return pagedEnvelope(ctx, 'jobs', jobsOf(repo, ids), (j) => jobJson(ctx.urls, repo, run, j));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    operationId: 'actions/list-jobs-for-workflow-run-attempt',
    docs: 'actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = runOf(ctx, repo);
      const attempt = attemptOf(ctx, run);
      return pagedEnvelope(ctx, 'jobs', jobsOf(repo, attempt.jobIds), (j) => jobJson(ctx.urls, repo, run, j));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/jobs/{job_id}',
    operationId: 'actions/get-job-for-workflow-run',
    docs: 'actions/workflow-jobs#get-a-job-for-a-workflow-run',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const job = jobOf(ctx, repo);
      return { status: 200, body: jobJson(ctx.urls, repo, repo.runs.get(job.runId)!, job) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
    operationId: 'actions/download-job-logs-for-workflow-run',
    docs: 'actions/workflow-jobs#download-job-logs-for-a-workflow-run',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const job = jobOf(ctx, repo);
      if (!job.log) notFound(ctx);
      return { status: 302, headers: { location: ctx.links.issue(`job-logs/${repo.id}/${job.id}`) } };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/logs',
    operationId: 'actions/download-workflow-run-logs',
    docs: 'actions/workflow-runs#download-workflow-run-logs',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = runOf(ctx, repo);
      const latest = run.attempts[run.attempts.length - 1]!;
      if (latest.status !== 'completed') notFound(ctx);
      return {
        status: 302,
        headers: { location: ctx.links.issue(`run-logs/${repo.id}/${run.id}/${latest.attempt}`) },
      };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
    operationId: 'actions/re-run-workflow-failed-jobs',
    docs: 'actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      newAttempt(ctx, repo, runOf(ctx, repo), (job) => job.conclusion !== null && FAILED.has(job.conclusion));
      return { status: 201, body: {} };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
    operationId: 'actions/re-run-workflow',
    docs: 'actions/workflow-runs#re-run-a-workflow',
    scope: 'actions',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      newAttempt(ctx, repo, runOf(ctx, repo), () => true);
      return { status: 201, body: {} };
    },
  },
];
