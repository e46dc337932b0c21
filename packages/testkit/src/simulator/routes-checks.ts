import { checkRunsOnCommit, findCheckRun, latestStatuses } from './commit-checks.js';
import { pagedEnvelope, pagedReply, paginate } from './pagination.js';
import { resolveCommit } from './refs.js';
import { annotationJson } from './render-actions.js';
import { anyCheckRunJson, combinedStatusJson } from './render-checks.js';
import { fail, intParam, notFound, type RouteContext, type RouteDef, repoOf } from './route-types.js';
import type { SimRepo } from './state.js';

/**
 * Check runs (workflow jobs and others) and commit statuses: one check run and its annotations,
 * the check runs on a commit, and a commit's combined status.
 */

/** The commit a `{ref}` parameter names (a sha, branch or tag), or GitHub's refusal with `status`. */
function commitOf(ctx: RouteContext, repo: SimRepo, status: number): string {
  const ref = decodeURIComponent(ctx.params.ref ?? '');
  const sha = resolveCommit(repo, ref);
  if (!sha) fail(ctx, status, `No commit found for SHA: ${ref}`);
  return sha;
}

export const checkRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    operationId: 'checks/get',
    docs: 'checks/runs#get-a-check-run',
    scope: 'checks',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const found = findCheckRun(repo, intParam(ctx, 'check_run_id'));
      if (!found) notFound(ctx);
      return { status: 200, body: anyCheckRunJson(ctx.urls, repo, found) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    operationId: 'checks/list-annotations',
    docs: 'checks/runs#list-check-run-annotations',
    scope: 'checks',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const found = findCheckRun(repo, intParam(ctx, 'check_run_id'));
      if (!found) notFound(ctx);
      // Only workflow jobs carry annotations in the simulator.
      if (found.kind === 'other') return pagedReply(ctx, [], (a) => a);
      return pagedReply(ctx, found.job.annotations, (a) =>
        annotationJson(ctx.urls, repo, found.run.headSha, a),
      );
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
      const sha = commitOf(ctx, repo, 422);
      const name = ctx.query.get('check_name');
      const status = ctx.query.get('status');
      const checks = checkRunsOnCommit(ctx.state, repo, sha).filter((found) => {
        const check = found.kind === 'job' ? found.job : found.check;
        return (name === null || check.name === name) && (status === null || check.status === status);
      });
      return pagedEnvelope(ctx, 'check_runs', checks, (found) => anyCheckRunJson(ctx.urls, repo, found));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/status',
    operationId: 'repos/get-combined-status-for-ref',
    docs: 'commits/statuses#get-the-combined-status-for-a-specific-reference',
    scope: 'statuses',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      // GitHub documents 404 for a ref that names no commit here (not the 422 of the commit routes).
      const sha = commitOf(ctx, repo, 404);
      const statuses = latestStatuses(repo, sha);
      // Contexts beyond one page are paginated; the combined state covers all of them.
      const page = paginate(ctx, statuses);
      return {
        status: 200,
        body: combinedStatusJson(ctx.state, ctx.urls, repo, sha, statuses, page.items),
        ...(page.link ? { headers: { link: page.link } } : {}),
      };
    },
  },
];
