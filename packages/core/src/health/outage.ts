/**
 * The outage guard. When most workflows went red on the same day, the cause was almost surely
 * shared (GitHub, a registry, the runners), not each workflow's own: charging every workflow
 * with that day's failures would flag all of them at once and hide the real regressions. Such a
 * day is marked infrastructure, and its failures are counted apart.
 */
import { groupBy } from './group.js';
import { type HealthRun, outcomeOf, utcDay } from './runs.js';

export interface OutageOptions {
  /** Fewest workflows that must have run that day for it to count (one red workflow is no outage). */
  minWorkflows: number;
  /** Above this share of those workflows failed (0.5: more than half). */
  share: number;
}

export const DEFAULT_OUTAGE_OPTIONS: Readonly<OutageOptions> = { minWorkflows: 3, share: 0.5 };

export interface OutageDay {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  /** Workflows with at least one successful or failed run that day. */
  workflows: number;
  /** Names of those that failed that day (more failed runs than successful ones), sorted. */
  failedWorkflows: string[];
  /** Failed runs that day, over all workflows: the ones not charged to any. */
  failedRuns: number;
}

/**
 * The outage days among `runs`, by UTC day of creation. A workflow failed on a day when more of
 * its runs that day failed than succeeded; the day is an outage when at least `minWorkflows`
 * workflows ran and more than `share` of them failed.
 */
export function findOutageDays(
  runs: readonly HealthRun[],
  options: OutageOptions = DEFAULT_OUTAGE_OPTIONS,
): Map<string, OutageDay> {
  const decided = runs.filter((run) => {
    const outcome = outcomeOf(run);
    return outcome === 'success' || outcome === 'failure';
  });
  const outages = new Map<string, OutageDay>();
  const days = [...groupBy(decided, (run) => utcDay(run.createdAt))].sort(([a], [b]) => a.localeCompare(b));
  for (const [day, dayRuns] of days) {
    const active = [...groupBy(dayRuns, (run) => run.workflowId).values()].map((list) => ({
      name: list[0]!.workflow,
      success: list.filter((r) => outcomeOf(r) === 'success').length,
      failure: list.filter((r) => outcomeOf(r) === 'failure').length,
    }));
    const failed = active.filter((c) => c.failure > c.success);
    if (active.length < options.minWorkflows || failed.length <= options.share * active.length) continue;
    outages.set(day, {
      day,
      workflows: active.length,
      failedWorkflows: failed.map((c) => c.name).sort((a, b) => a.localeCompare(b)),
      failedRuns: active.reduce((sum, c) => sum + c.failure, 0),
    });
  }
  return outages;
}
