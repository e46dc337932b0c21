/**
 * Job-level data, fetched only where the report needs it: for a run whose latest attempt passed
 * after a re-run, the jobs of the attempt before it say whether that attempt failed (a flaky run)
 * and which jobs failed. One request per such run, newest first, within the lookup cap.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RerunFinding } from '@autoheal/core/health/flaky';
import type { HealthRun } from '@autoheal/core/health/runs';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';

const FAILED_JOB = new Set(['failure', 'timed_out']);

export interface RerunLookup {
  findings: Map<number, RerunFinding>;
  /** Candidates left unchecked because the cap was reached. */
  skipped: number;
  requests: number;
}

export async function lookUpReruns(
  github: GitHubClient,
  repo: RepoRef,
  candidates: readonly HealthRun[],
  cap: number,
  log: Logger,
): Promise<RerunLookup> {
  const findings = new Map<number, RerunFinding>();
  let requests = 0;
  for (const run of candidates.slice(0, cap)) {
    requests += 1;
    try {
      const { data } = await github.rest.actions.listJobsForWorkflowRunAttempt({
        owner: repo.owner,
        repo: repo.repo,
        run_id: run.id,
        attempt_number: run.attempt - 1,
        per_page: 100,
      });
      const failed = data.jobs.filter((j) => j.conclusion !== null && FAILED_JOB.has(j.conclusion));
      findings.set(run.id, {
        earlierAttemptFailed: failed.length > 0,
        failedJobs: [...new Set(failed.map((j) => j.name))].sort((a, b) => a.localeCompare(b)),
      });
    } catch (error) {
      // A run deleted since it was listed, or attempts gone with the logs' retention: not flaky as far as we know.
      if (!isRequestError(error) || (error.status !== 404 && error.status !== 410)) throw error;
      log.debug(
        `Attempt ${run.attempt - 1} of run ${run.id} is gone (${error.status}); not counted as flaky.`,
      );
    }
  }
  return { findings, skipped: Math.max(0, candidates.length - cap), requests };
}
