/**
 * Time to recovery: on each branch of each workflow, an incident starts when a run fails after
 * a green one (or first thing) and ends when a later run on that branch succeeds. Measured from
 * the end of the first failed run (when it went red) to the end of the run that passed (when it
 * was green again).
 */
import { groupBy } from './group.js';
import { type HealthRun, outcomeOf } from './runs.js';

export interface Incident {
  workflowId: number;
  branch: string;
  /** End of the first failed run. */
  start: number;
  /** End of the run that passed; undefined while the branch is still red. */
  end?: number;
  /** Failed runs during the incident. */
  failedRuns: number;
  firstFailedRunId: number;
}

/**
 * Incidents among `runs`, in time order per branch. Only failures `charged(run)` accepts open or
 * extend one (an outage-day failure does not); any success closes it.
 */
export function findIncidents(runs: readonly HealthRun[], charged: (run: HealthRun) => boolean): Incident[] {
  const considered = runs.filter((run) => {
    const outcome = outcomeOf(run);
    return outcome === 'success' || (outcome === 'failure' && charged(run));
  });
  const branches = groupBy(considered, (run) => `${run.workflowId}\u0000${run.branch}`);
  const incidents: Incident[] = [];
  for (const list of branches.values()) {
    list.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    let open: Incident | undefined;
    for (const run of list) {
      if (outcomeOf(run) === 'failure') {
        if (open) open.failedRuns += 1;
        else
          open = {
            workflowId: run.workflowId,
            branch: run.branch,
            start: run.updatedAt,
            failedRuns: 1,
            firstFailedRunId: run.id,
          };
      } else if (open) {
        open.end = Math.max(open.start, run.updatedAt);
        incidents.push(open);
        open = undefined;
      }
    }
    if (open) incidents.push(open);
  }
  return incidents.sort((a, b) => a.start - b.start || a.firstFailedRunId - b.firstFailedRunId);
}
