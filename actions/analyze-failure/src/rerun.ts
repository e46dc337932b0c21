/**
 * Transient failures (a dropped connection, a runner that died) are re-run instead of filed: the
 * failed jobs of the run get another attempt through the API, at most `reruns.max` times. When a
 * re-run fails again, the attempt number is over the limit and the failure is filed.
 */

import type { DeepReadonly } from '@autoheal/core/config/defaults';
import type { RerunsConfig } from '@autoheal/core/config/schema';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RunInfo, RunVerdict } from './types.js';

export interface RerunDecision {
  rerun: boolean;
  /** Why, in one sentence of our own words (for the log and the summary). */
  reason: string;
}

export function decideRerun(
  verdict: Pick<RunVerdict, 'category' | 'confidence'>,
  run: Pick<RunInfo, 'attempt'>,
  reruns: DeepReadonly<RerunsConfig>,
): RerunDecision {
  if (!reruns.enabled) return { rerun: false, reason: 'Re-runs are turned off (reruns.enabled: false).' };
  if (!reruns.categories.includes(verdict.category))
    return { rerun: false, reason: `A ${verdict.category} failure is not re-run (reruns.categories).` };
  if (verdict.confidence < reruns.minConfidence)
    return {
      rerun: false,
      reason: `Confidence ${verdict.confidence.toFixed(2)} is below reruns.min-confidence (${reruns.minConfidence}), so it is not re-run.`,
    };
  // Attempt 1 is the original run: attempt n has been re-run n - 1 times.
  if (run.attempt > reruns.max)
    return {
      rerun: false,
      reason:
        reruns.max === 0
          ? 'Re-runs are turned off (max-reruns: 0).'
          : `The failed jobs were already re-run ${run.attempt - 1} time${run.attempt === 2 ? '' : 's'} (the limit is ${reruns.max}) and failed again.`,
    };
  return {
    rerun: true,
    reason: `A ${verdict.category} failure at confidence ${verdict.confidence.toFixed(2)} is usually transient: re-running the failed jobs (re-run ${run.attempt} of at most ${reruns.max}).`,
  };
}

/** POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs (needs `actions: write`). */
export async function rerunFailedJobs(
  github: GitHubClient,
  run: Pick<RunInfo, 'owner' | 'repo' | 'id'>,
): Promise<void> {
  await github.rest.actions.reRunWorkflowFailedJobs({ owner: run.owner, repo: run.repo, run_id: run.id });
}
