import path from 'node:path';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import type { Logger } from '@autoheal/core/runtime';
import { fetchJobLogs } from './logs.js';
import type { FailedJob, GatheredRun, RunInfo } from './types.js';

/**
 * The baseline: the same job's log from the workflow's last green run on the same branch (else
 * the default branch). Lines it shares with the failed log are not news, which is how the analyzer
 * tells the failure from the noise. Bounded: at most three requests to find it (runs on the
 * branch, runs on the default branch, the green run's jobs) plus its logs, and never a reason to
 * fail — without a baseline the analysis is only less sharp.
 */

export type Baseline = NonNullable<GatheredRun['baseline']>;

/** One page: a job list longer than this is a matrix whose green twin is seldom worth a second request. */
const JOBS_PAGE = 100;

function recoverable(error: unknown): string {
  if (!isRequestError(error)) throw error;
  const described = describeGitHubError(error);
  if (['auth', 'rate-limit', 'secondary-rate-limit', 'budget'].includes(described.kind)) throw error;
  return described.message;
}

/** The workflow's most recent successful run on `run`'s branch, else on the default branch. */
export async function findBaselineRun(
  github: GitHubClient,
  run: RunInfo,
  log: Logger,
): Promise<Baseline | undefined> {
  const branches = [run.headBranch, run.defaultBranch].filter(
    (b, i, all): b is string => typeof b === 'string' && b !== '' && all.indexOf(b) === i,
  );
  for (const branch of branches) {
    try {
      const { data } = await github.rest.actions.listWorkflowRuns({
        owner: run.owner,
        repo: run.repo,
        workflow_id: run.workflowId,
        branch,
        status: 'success',
        per_page: 1,
        exclude_pull_requests: true,
      });
      const found = data.workflow_runs[0];
      if (found) return { runId: found.id, htmlUrl: found.html_url, branch };
    } catch (error) {
      log.info(`No baseline: listing successful runs on "${branch}" failed (${recoverable(error)}).`);
      return undefined;
    }
  }
  log.info(
    `No baseline: "${run.workflowName}" has no successful run on ${branches.map((b) => `"${b}"`).join(' or ')}.`,
  );
  return undefined;
}

/**
 * Fetch the baseline's logs for the failed jobs that have a same-named successful job in it, and
 * record them on those jobs (`baselineLogFile`). Jobs without a log of their own are skipped:
 * a baseline only sharpens the reading of a log.
 */
export async function attachBaselineLogs(
  github: GitHubClient,
  run: RunInfo,
  baseline: Baseline,
  jobs: FailedJob[],
  options: { dir: string; log: Logger },
): Promise<void> {
  const wanted = jobs.filter((j) => j.logStatus === 'ok');
  if (wanted.length === 0) return;
  let green: { id: number; name: string; conclusion: string | null }[];
  try {
    const { data } = await github.rest.actions.listJobsForWorkflowRun({
      owner: run.owner,
      repo: run.repo,
      run_id: baseline.runId,
      per_page: JOBS_PAGE,
    });
    green = data.jobs;
  } catch (error) {
    options.log.info(
      `No baseline logs: listing the jobs of run ${baseline.runId} failed (${recoverable(error)}).`,
    );
    return;
  }
  const pairs: { failed: FailedJob; greenId: number }[] = [];
  for (const job of wanted) {
    const twin = green.find((g) => g.name === job.name && g.conclusion === 'success');
    if (twin) pairs.push({ failed: job, greenId: twin.id });
  }
  if (pairs.length === 0) {
    options.log.info(
      `No baseline logs: run ${baseline.runId} has no successful job named like the failed ones.`,
    );
    return;
  }
  const results = await fetchJobLogs(
    github,
    { owner: run.owner, repo: run.repo },
    baseline.runId,
    pairs.map((p) => ({
      id: p.greenId,
      name: p.failed.name,
      file: path.join(options.dir, `baseline-job-${p.greenId}.log`),
    })),
    // The list of successful runs filters on each run's latest attempt, so the archive is the right one.
    { archive: true, dir: options.dir, log: options.log },
  );
  for (const p of pairs) {
    const result = results.get(p.greenId);
    if (result?.status === 'ok') p.failed.baselineLogFile = result.file;
    else if (result) options.log.info(`No baseline log for "${p.failed.name}": ${result.problem}`);
  }
}
