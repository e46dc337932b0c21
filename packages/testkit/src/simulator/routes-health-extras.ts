import type { OverlayRoute } from './overlay.js';
import { paginate } from './pagination.js';
import type { Reply, RouteContext, RouteDef } from './route-types.js';
import { actionsRoutes } from './routes-actions.js';
import { pullRoutes } from './routes-pulls.js';
import type { SimulatorState } from './state.js';

/**
 * What the health check needs from GitHub beyond the simulator's route table, served through
 * `startSimulatorOverlay`:
 *
 * - merged pull requests: the pull request list gives `merged_at` for those marked merged with
 *   `markMerged` (the route table's list always says null);
 * - the cap on filtered run lists: GitHub documents that listing workflow runs "will return up to
 *   1,000 results for each search" when filtered by actor, branch, check_suite_id, created, event,
 *   head_sha or status. `total_count` still says how many matched; pages past the 1,000th run are
 *   empty, and the `Link` header stops at the last page that has runs.
 */

/** GitHub's cap on the results of a filtered workflow runs list. */
export const RUN_SEARCH_CAP = 1000;
const RUN_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

function route(routes: readonly RouteDef[], operationId: string): RouteDef {
  const found = routes.find((r) => r.operationId === operationId);
  if (!found) throw new Error(`simulator route ${operationId} is missing`);
  return found;
}

/** Marks a pull request merged at `mergedAt` (closing it then), as a merge through the web would. */
export function markMerged(state: SimulatorState, fullName: string, number: number, mergedAt: string): void {
  const repo = state.requireRepo(fullName);
  const issue = repo.issues.get(number);
  if (!issue?.pull) throw new Error(`simulator has no pull request #${number} in ${fullName}`);
  issue.pull.merged = true;
  issue.state = 'closed';
  issue.state_reason = null;
  issue.closed_at = mergedAt;
  issue.updated_at = mergedAt;
}

function listPullsWithMerges(ctx: RouteContext): Reply | Promise<Reply> {
  const reply = route(pullRoutes, 'pulls/list').handler(ctx);
  const patch = (answer: Reply): Reply => {
    const repo = ctx.state.repo(
      decodeURIComponent(ctx.params.owner ?? ''),
      decodeURIComponent(ctx.params.repo ?? ''),
    );
    if (!repo || !Array.isArray(answer.body)) return answer;
    const body = (answer.body as Record<string, unknown>[]).map((pull) => {
      const issue = repo.issues.get(Number(pull.number));
      return issue?.pull?.merged ? { ...pull, merged_at: issue.closed_at } : pull;
    });
    return { ...answer, body };
  };
  return reply instanceof Promise ? reply.then(patch) : patch(reply);
}

function listRunsCapped(ctx: RouteContext): Reply | Promise<Reply> {
  const reply = route(actionsRoutes, 'actions/list-workflow-runs-for-repo').handler(ctx);
  const cap = (answer: Reply): Reply => {
    if (!RUN_FILTERS.some((f) => ctx.query.has(f))) return answer;
    const body = answer.body as { total_count: number; workflow_runs: unknown[] } | undefined;
    if (!body || !Array.isArray(body.workflow_runs)) return answer;
    const perPage = Math.min(Math.max(Number(ctx.query.get('per_page')) || 30, 1), 100);
    const page = Math.max(Number(ctx.query.get('page')) || 1, 1);
    const room = Math.max(0, RUN_SEARCH_CAP - (page - 1) * perPage);
    const listable = Math.min(body.total_count, RUN_SEARCH_CAP);
    const link = paginate(ctx, new Array<undefined>(listable)).link;
    const headers = { ...(answer.headers ?? {}) };
    delete headers.link;
    return {
      ...answer,
      body: { ...body, workflow_runs: body.workflow_runs.slice(0, room) },
      headers: page <= Math.ceil(listable / perPage) && link ? { ...headers, link } : headers,
    };
  };
  return reply instanceof Promise ? reply.then(cap) : cap(reply);
}

export const healthExtraRoutes: OverlayRoute[] = [
  { ...route(pullRoutes, 'pulls/list'), handler: listPullsWithMerges },
  { ...route(actionsRoutes, 'actions/list-workflow-runs-for-repo'), handler: listRunsCapped },
];
