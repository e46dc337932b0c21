import path from 'node:path';
import { greenSpeaksForBranch } from '@autoheal/core/fork-trust';
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

/** Successful runs looked at per branch: enough to step back past green runs newer than the failure. */
const RUNS_PAGE = 20;

/** A green run of the same workflow and branch created after the failed one (it may have fixed it). */
export interface NewerGreen {
  runId: number;
  htmlUrl: string;
  createdAt: string;
  headSha: string;
}

export interface BaselineSearch {
  baseline?: Baseline;
  newerGreen?: NewerGreen;
}

/**
 * The workflow's last successful run on `run`'s branch created before `run` (else on the default
 * branch): a green run after the failure would compare the failure with its own fix. The newest
 * green run on the branch, when it is newer than the failure, is handed back too: filing checks
 * whether it already contains the failing commit (events arrive in any order).
 */
export async function findBaselineRun(
  github: GitHubClient,
  run: RunInfo,
  log: Logger,
): Promise<BaselineSearch> {
  const branches = [run.headBranch, run.defaultBranch].filter(
    (b, i, all): b is string => typeof b === 'string' && b !== '' && all.indexOf(b) === i,
  );
  const failedAt = run.createdAt ? Date.parse(run.createdAt) : Number.POSITIVE_INFINITY;
  const out: BaselineSearch = {};
  for (const branch of branches) {
    try {
      const { data } = await github.rest.actions.listWorkflowRuns({
        owner: run.owner,
        repo: run.repo,
        workflow_id: run.workflowId,
        branch,
        status: 'success',
        per_page: RUNS_PAGE,
        exclude_pull_requests: true,
      });
      // Only this repository's own runs: a fork's branch may share the name (a fork's green `main`
      // must neither stand for our main's recovery nor serve as the log we compare with).
      const ours = `${run.owner}/${run.repo}`.toLowerCase();
      // Nor a run anyone may start on this branch (issue_comment, pull_request_target…): it may
      // have tested a pull request's code.
      const runs = data.workflow_runs.filter(
        (r) =>
          r.id !== run.id &&
          r.head_repository?.full_name?.toLowerCase() === ours &&
          greenSpeaksForBranch(r.event),
      );
      const newest = runs[0];
      if (branch === run.headBranch && newest && Date.parse(newest.created_at) > failedAt)
        out.newerGreen = {
          runId: newest.id,
          htmlUrl: newest.html_url,
          createdAt: newest.created_at,
          headSha: newest.head_sha,
        };
      // Runs created in the same second are ordered by id, which GitHub hands out in order.
      const before = runs.find(
        (r) =>
          Date.parse(r.created_at) < failedAt || (Date.parse(r.created_at) === failedAt && r.id < run.id),
      );
      if (before) {
        out.baseline = { runId: before.id, htmlUrl: before.html_url, branch };
        return out;
      }
    } catch (error) {
      log.info(`No baseline: listing successful runs on "${branch}" failed (${recoverable(error)}).`);
      return out;
    }
  }
  log.info(
    `No baseline: "${run.workflowName}" has no successful run before this one on ${branches.map((b) => `"${b}"`).join(' or ')}.`,
  );
  return out;
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
