/**
 * Flakiness: a commit that failed and passed. Kept apart from broken, because the fix differs:
 * a broken workflow needs a code change, a flaky one needs its nondeterminism found. Two signs:
 *
 * - another run of the same workflow on the same commit passed (a new push of the same sha, a
 *   `pull_request` and a `push` run of one commit, a manual dispatch);
 * - a run was re-run and its latest attempt passed while the attempt before it failed. The runs
 *   list shows only the latest attempt, so the earlier one is looked up (RerunFinding).
 */
import { groupBy } from './group.js';
import { type HealthRun, outcomeOf } from './runs.js';

/** What the attempt before a re-run's latest one did, from the API's jobs of that attempt. */
export interface RerunFinding {
  earlierAttemptFailed: boolean;
  /** Jobs that failed in the earlier attempt, sorted. */
  failedJobs: string[];
}

export interface FlakyCommit {
  workflowId: number;
  workflow: string;
  branch: string;
  sha: string;
  /** `rerun`: a re-run turned the run green; `another-run`: another run of the commit passed. */
  kind: 'rerun' | 'another-run';
  /** The failed runs (for `rerun`: the re-run run itself, whose earlier attempt failed). */
  failedRunIds: number[];
  /** The first run that passed. */
  passedRunId: number;
  /** Jobs that failed before passing (`rerun` only, when the jobs were looked up). */
  jobs: string[];
}

function byTime(a: HealthRun, b: HealthRun): number {
  return a.createdAt - b.createdAt || a.id - b.id;
}

/**
 * The flaky commits among `runs`. `charged(run)` says whether a failed run counts against its
 * workflow (outage-day failures do not, and so are not flaky either); `findings` holds what was
 * learnt about re-run runs. Sorted by workflow name, then time.
 */
export function findFlakyCommits(
  runs: readonly HealthRun[],
  charged: (run: HealthRun) => boolean,
  findings: ReadonlyMap<number, RerunFinding> = new Map(),
): FlakyCommit[] {
  const groups = groupBy(runs, (run) => `${run.workflowId}\u0000${run.headSha}`);
  const found: { commit: FlakyCommit; at: number }[] = [];
  for (const group of groups.values()) {
    group.sort(byTime);
    const failed = group.filter((r) => outcomeOf(r) === 'failure' && charged(r));
    const passed = group.filter((r) => outcomeOf(r) === 'success');
    const first = group[0]!;
    if (failed.length > 0 && passed.length > 0)
      found.push({
        at: failed[0]!.createdAt,
        commit: {
          workflowId: first.workflowId,
          workflow: first.workflow,
          branch: failed[0]!.branch,
          sha: first.headSha,
          kind: 'another-run',
          failedRunIds: failed.map((r) => r.id),
          passedRunId: passed[0]!.id,
          jobs: [],
        },
      });
    for (const run of passed) {
      const finding = findings.get(run.id);
      if (run.attempt < 2 || !finding?.earlierAttemptFailed || !charged(run)) continue;
      found.push({
        at: run.createdAt,
        commit: {
          workflowId: run.workflowId,
          workflow: run.workflow,
          branch: run.branch,
          sha: run.headSha,
          kind: 'rerun',
          failedRunIds: [run.id],
          passedRunId: run.id,
          jobs: [...finding.failedJobs].sort((a, b) => a.localeCompare(b)),
        },
      });
    }
  }
  return found
    .sort((a, b) => a.commit.workflow.localeCompare(b.commit.workflow) || a.at - b.at)
    .map((f) => f.commit);
}

/** Runs worth a jobs lookup: re-runs whose latest attempt passed (did an earlier one fail?). */
export function rerunCandidates(runs: readonly HealthRun[]): HealthRun[] {
  return runs.filter((r) => r.attempt > 1 && outcomeOf(r) === 'success').sort((a, b) => byTime(b, a));
}
