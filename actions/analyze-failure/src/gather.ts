import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { Logger } from '@autoheal/core/runtime';
import { fetchJobAnnotations } from './annotations.js';
import { attachBaselineLogs, findBaselineRun } from './baseline.js';
import { type DownloadResult, fetchJobLogs, type LogFetchOptions, type LogRequest } from './logs.js';
import type { FailedJob, GatheredRun, RunInfo, StepInfo } from './types.js';

/**
 * Gathering what a failed run left behind, within bounds: the attempt's jobs, the failed ones (at
 * most `maxJobs`) with their failed steps, annotations and logs (streamed to disk), and the same
 * jobs' logs from the last green run as a baseline.
 */

export interface GatherOptions {
  /** Most failed jobs analyzed; the rest are only named. */
  maxJobs: number;
  /** Where logs are written (RUNNER_TEMP in the action). */
  tempDir: string;
  log: Logger;
  /** Waits between tries of a log not there yet; no waiting when absent. */
  pause?: (seconds: number) => Promise<void>;
  /**
   * `eager` (the default) reads every analyzed job's annotations while the logs download;
   * `deferred` leaves them to the verdict, which asks only when a log is not conclusive
   * (`annotationLoader`), saving a request per job on the common path.
   */
  annotations?: 'eager' | 'deferred';
  /** The current time (ms), for telling a log not written yet from one gone for good. */
  now?: () => number;
}

/** A job as the jobs API lists it (only what gathering reads). */
export interface ApiJob {
  id: number;
  name: string;
  html_url: string | null;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  check_run_url?: string | null;
  steps?: { number: number; name: string; conclusion: string | null }[];
}

const FAILED = new Set(['failure', 'timed_out']);

/**
 * The jobs that failed. A job that hits its `timeout-minutes` is recorded as cancelled, so
 * cancelled jobs count when the run timed out, or when nothing else failed (the timeout was the
 * failure); otherwise they are collateral (fail-fast, a cancelled dependency) and do not.
 */
export function selectFailedJobs(jobs: readonly ApiJob[], runConclusion: string | null): ApiJob[] {
  const failed = jobs.filter((j) => j.conclusion !== null && FAILED.has(j.conclusion));
  const cancelled = jobs.filter((j) => j.conclusion === 'cancelled');
  if (runConclusion === 'timed_out') return jobs.filter((j) => failed.includes(j) || cancelled.includes(j));
  return failed.length > 0 ? failed : cancelled;
}

export function failedSteps(job: ApiJob): StepInfo[] {
  return (job.steps ?? [])
    .filter((s) => s.conclusion === 'failure' || s.conclusion === 'timed_out' || s.conclusion === 'cancelled')
    .map((s) => ({ number: s.number, name: s.name, conclusion: s.conclusion }));
}

/** The attempt's jobs, every page (a big matrix has hundreds). */
export async function listAttemptJobs(github: GitHubClient, run: RunInfo): Promise<ApiJob[]> {
  return github.paginate(github.rest.actions.listJobsForWorkflowRunAttempt, {
    owner: run.owner,
    repo: run.repo,
    run_id: run.id,
    attempt_number: run.attempt,
    per_page: 100,
  });
}

function failedJob(job: ApiJob): FailedJob {
  const out: FailedJob = {
    id: job.id,
    name: job.name,
    htmlUrl: job.html_url ?? '',
    conclusion: job.conclusion,
    startedAt: job.started_at,
    completedAt: job.completed_at,
    failedSteps: failedSteps(job),
    logStatus: 'not-fetched',
    annotations: [],
  };
  if (job.check_run_url) out.checkRunUrl = job.check_run_url;
  return out;
}

/**
 * Reads one job's annotations on demand (for `judgeRun`'s `loadAnnotations`). The first failure
 * to read them is one warning: the cause (usually a missing permission) is the same for every job.
 */
export function annotationLoader(
  github: GitHubClient,
  run: RunInfo,
  log: Logger,
): (job: FailedJob) => Promise<void> {
  let warned = false;
  return async (job) => {
    const got = await fetchJobAnnotations(github, { owner: run.owner, repo: run.repo }, job.checkRunUrl);
    job.annotations = got.annotations;
    if (got.problem && !warned) {
      warned = true;
      log.warning(
        `Check-run annotations could not be read, so timeouts and runner failures may go unrecognised: ${got.problem}`,
      );
    }
  };
}

/**
 * Waits before the 2nd and 3rd try of a log GitHub answered 404/410 for right after its job
 * ended: logs are written a little after the job completes, so 3 tries over 30 s, then degrade.
 */
export const LOG_RETRY_WAITS_S = [10, 20];
/** A job that ended at most this long ago may not have its log written yet. */
const FRESH_LOG_MS = 10 * 60_000;

/** Whether a 404/410 for this job's log may mean "not yet" rather than "gone". */
function mayBeFresh(job: FailedJob, now: number): boolean {
  const ended = job.completedAt === null ? Number.NaN : Date.parse(job.completedAt);
  return Number.isNaN(ended) || now - ended <= FRESH_LOG_MS;
}

/**
 * Asks again, with backoff, for the logs of jobs that ended moments ago and whose log GitHub did
 * not have (404/410): bounded by LOG_RETRY_WAITS_S, and only with a clock (`now`) to tell fresh
 * from old. `logs` is updated in place.
 */
async function retryFreshLogs(
  github: GitHubClient,
  run: RunInfo,
  jobs: readonly FailedJob[],
  requests: readonly LogRequest[],
  logs: Map<number, DownloadResult>,
  options: GatherOptions,
  logOptions: LogFetchOptions,
): Promise<void> {
  if (!options.now) return;
  for (const seconds of LOG_RETRY_WAITS_S) {
    const now = options.now();
    const pending = requests.filter((r) => {
      const result = logs.get(r.id);
      const job = jobs.find((j) => j.id === r.id);
      return result?.status !== 'ok' && result?.notYet === true && job !== undefined && mayBeFresh(job, now);
    });
    if (pending.length === 0) return;
    options.log.info(
      `The log of ${pending.length} job(s) is not there yet (the jobs ended moments ago); asking again in ${seconds} s.`,
    );
    await options.pause?.(seconds);
    const again = await fetchJobLogs(
      github,
      { owner: run.owner, repo: run.repo },
      run.id,
      pending,
      logOptions,
    );
    for (const [id, result] of again) logs.set(id, result);
  }
}

export async function gatherRun(
  github: GitHubClient,
  run: RunInfo,
  options: GatherOptions,
): Promise<GatheredRun> {
  const { log } = options;
  if (!Number.isInteger(options.maxJobs) || options.maxJobs < 1)
    throw new ConfigurationError(
      `max-jobs: ${options.maxJobs} is not allowed; use a whole number of at least 1`,
    );
  const repo = { owner: run.owner, repo: run.repo };
  const all = await listAttemptJobs(github, run);
  const failed = selectFailedJobs(all, run.conclusion);
  const chosen = failed.slice(0, options.maxJobs);
  const skippedJobs = failed.slice(options.maxJobs).map((j) => ({ id: j.id, name: j.name }));
  if (skippedJobs.length > 0)
    log.info(
      `${failed.length} jobs failed; analyzing the first ${chosen.length} (max-jobs), naming the rest.`,
    );
  const gathered: GatheredRun = { run, jobs: chosen.map(failedJob), skippedJobs };
  if (chosen.length === 0) {
    log.info(`Run ${run.id} attempt ${run.attempt} has ${all.length} job(s) and none failed.`);
    return gathered;
  }

  const dir = path.join(options.tempDir, 'autoheal-logs', `run-${run.id}-attempt-${run.attempt}`);
  await mkdir(dir, { recursive: true });

  const annotationProblems: string[] = [];
  const annotationsDone = Promise.all(
    (options.annotations === 'deferred' ? [] : gathered.jobs).map(async (job) => {
      const got = await fetchJobAnnotations(github, repo, job.checkRunUrl);
      job.annotations = got.annotations;
      if (got.problem) annotationProblems.push(got.problem);
    }),
  );
  const requests = gathered.jobs.map((j) => ({
    id: j.id,
    name: j.name,
    file: path.join(dir, `job-${j.id}.log`),
  }));
  // The archive holds the run's latest attempt only.
  const logOptions = {
    archive: run.latestAttempt === undefined || run.latestAttempt === run.attempt,
    dir,
    log,
  };
  const logsDone = fetchJobLogs(github, repo, run.id, requests, logOptions);
  const [, logs] = await Promise.all([annotationsDone, logsDone]);
  await retryFreshLogs(github, run, gathered.jobs, requests, logs, options, logOptions);
  // One warning: the cause (usually a missing permission) is the same for every job.
  if (annotationProblems.length > 0)
    log.warning(
      `Check-run annotations could not be read for ${annotationProblems.length} job(s), so timeouts and runner ` +
        `failures may go unrecognised: ${annotationProblems[0]}`,
    );
  for (const job of gathered.jobs) {
    const result = logs.get(job.id);
    if (!result) continue;
    job.logStatus = result.status;
    if (result.status === 'ok') job.logFile = result.file;
    else {
      job.logProblem = result.problem;
      log.warning(`Job "${job.name}": ${result.problem} Going on with what is known without it.`);
    }
  }

  // Looked up even without a log: a newer green run may already have fixed this failure.
  const { baseline, newerGreen } = await findBaselineRun(github, run, log);
  if (newerGreen) gathered.newerGreen = newerGreen;
  if (baseline && gathered.jobs.some((j) => j.logStatus === 'ok')) {
    gathered.baseline = baseline;
    await attachBaselineLogs(github, run, baseline, gathered.jobs, { dir, log });
  }
  return gathered;
}
