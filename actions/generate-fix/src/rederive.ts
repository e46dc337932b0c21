/**
 * Deriving the diagnosis again from a run, through the API: its failed jobs' logs are downloaded
 * and read by core's analyzer, and each job's fingerprint is computed the way analyze-failure
 * computes it, check-run annotations included (core's `analyzer/annotations`, shared with
 * analyze-failure), so:
 *
 * - Given the fingerprint of an issue's trusted marker, the job with that fingerprint is the one.
 * - When none matches (analyze-failure also compares with a baseline run's log), a run with
 *   exactly one failed job still names it; with several the choice would be a guess, so the run
 *   stops and says to pass analyze-failure's `analysis-file`.
 * - Given a run alone, the most confident job's finding is taken (ties: the earlier job).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Analysis, analyzeFile } from '@autoheal/core/analyzer/analyze';
import {
  fetchJobAnnotations,
  strongestRunnerEvent,
  withRunnerEvent,
} from '@autoheal/core/analyzer/annotations';
import { ConfigurationError } from '@autoheal/core/errors';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import { downloadJobLog } from './job-log.js';
import type { RunRef, Subject } from './types.js';

/** Failed jobs read at most: a matrix can fail in dozens of legs that all look alike. */
export const MAX_JOBS = 10;

export interface RederiveOptions {
  runId: number;
  /** Default: the run's latest attempt. */
  attempt?: number;
  /** The fingerprint of the issue's trusted marker, when the run comes from one. */
  expectFingerprint?: string;
  tempDir: string;
  log: Logger;
}

export type Rederived = { subject: Subject } | { skip: string };

interface ApiJob {
  id: number;
  name: string;
  conclusion: string | null;
  check_run_url?: string | null;
  steps?: { name: string; conclusion: string | null }[];
}

interface JobReading {
  job: ApiJob;
  analysis: Analysis;
  fingerprint: string;
  step: string | undefined;
}

const FAILED = new Set(['failure', 'timed_out']);

/** The jobs that failed; cancelled ones only when nothing else failed (a timeout is recorded as cancelled). */
export function failedJobs(jobs: readonly ApiJob[]): ApiJob[] {
  const failed = jobs.filter((j) => j.conclusion !== null && FAILED.has(j.conclusion));
  return failed.length > 0 ? failed : jobs.filter((j) => j.conclusion === 'cancelled');
}

async function readRun(
  github: GitHubClient,
  repo: RepoRef,
  runId: number,
  attempt: number | undefined,
): Promise<RunRef> {
  try {
    const { data } =
      attempt === undefined
        ? await github.rest.actions.getWorkflowRun({ ...repo, run_id: runId })
        : await github.rest.actions.getWorkflowRunAttempt({
            ...repo,
            run_id: runId,
            attempt_number: attempt,
          });
    return {
      id: data.id,
      attempt: data.run_attempt ?? attempt ?? 1,
      workflowPath: (data.path ?? '').replace(/@.*$/, ''),
      headSha: data.head_sha,
      headBranch: data.head_branch ?? null,
      htmlUrl: data.html_url,
    };
  } catch (error) {
    if (isRequestError(error) && error.status === 404)
      throw new ConfigurationError(
        `Workflow run ${runId}${attempt ? ` (attempt ${attempt})` : ''} does not exist in ${repo.owner}/${repo.repo} or the token cannot see it (it needs actions: read).`,
      );
    throw error;
  }
}

function keyLineOf(analysis: Analysis): string {
  return analysis.findings[0]?.keyLine || analysis.summary;
}

/** The run's failure again: its failed jobs analyzed, and the one the fix is for chosen. */
export async function rederive(
  github: GitHubClient,
  repo: RepoRef,
  options: RederiveOptions,
): Promise<Rederived> {
  const run = await readRun(github, repo, options.runId, options.attempt);
  const jobs = await github.paginate(github.rest.actions.listJobsForWorkflowRunAttempt, {
    ...repo,
    run_id: run.id,
    attempt_number: run.attempt,
    per_page: 100,
  });
  const failed = failedJobs(jobs as ApiJob[]);
  if (failed.length === 0) return { skip: `run ${run.id} (attempt ${run.attempt}) has no failed job to fix` };
  await mkdir(options.tempDir, { recursive: true });
  const dir = await mkdtemp(path.join(options.tempDir, 'autoheal-fix-logs-'));
  const readings: JobReading[] = [];
  const problems: string[] = [];
  const annotationNotes: string[] = [];
  try {
    for (const job of failed.slice(0, MAX_JOBS)) {
      const file = path.join(dir, `job-${job.id}.log`);
      const got = await downloadJobLog(github, repo, job.id, file);
      if (!got.ok) {
        problems.push(got.problem);
        continue;
      }
      const step = (job.steps ?? []).find(
        (s) => s.conclusion === 'failure' || s.conclusion === 'timed_out',
      )?.name;
      // The runner's annotations lead, as in analyze-failure: a timeout's key line and confidence
      // (0.95, where the log alone says 0.54) come from there, and so does the fingerprint.
      const fetched = await fetchJobAnnotations(github, repo, job.check_run_url);
      if (fetched.problem)
        annotationNotes.push(
          `The check-run annotations of job "${job.name}" could not be read (${fetched.problem}); a timeout may be judged from the log alone (the token needs checks: read).`,
        );
      const event = strongestRunnerEvent(fetched.annotations);
      const fromLog = await analyzeFile(file, step ? { stepName: step } : {});
      const analysis = event ? withRunnerEvent(fromLog, event, step) : fromLog;
      const fingerprint = failureFingerprint({
        workflowPath: run.workflowPath,
        jobName: job.name,
        category: analysis.category,
        keyLine: keyLineOf(analysis),
      });
      readings.push({ job, analysis, fingerprint, step });
    }
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
  if (failed.length > MAX_JOBS)
    options.log.info(`Run ${run.id} has ${failed.length} failed jobs; the first ${MAX_JOBS} were read.`);
  const usable = readings.filter((r) => r.analysis.findings.length > 0);
  if (usable.length === 0)
    return {
      skip: `no failed job of run ${run.id} left a log to analyze${problems.length > 0 ? ` (${problems.join('; ')})` : ''}`,
    };

  const notes: string[] = [...annotationNotes];
  let chosen: JobReading | undefined;
  const expected = options.expectFingerprint;
  if (expected !== undefined) {
    chosen = usable.find((r) => r.fingerprint === expected);
    if (!chosen && failed.length === 1 && usable.length === 1) {
      chosen = usable[0]!;
      notes.push(
        `The issue's fingerprint could not be reproduced from job "${chosen.job.name}"'s log alone; it is the run's only failed job, so its finding is used.`,
      );
    }
    if (!chosen)
      return {
        skip:
          `none of the failed jobs of run ${run.id} (${usable.map((r) => `"${r.job.name}"`).join(', ')}) reproduces the issue's fingerprint ${expected}, ` +
          'and with several failed jobs the right one cannot be told; pass the analysis-file output of analyze-failure instead',
      };
  } else {
    chosen = usable.reduce((best, r) => (r.analysis.confidence > best.analysis.confidence ? r : best));
  }
  const finding = chosen.analysis.findings[0]!;
  const stepName = finding.step ?? chosen.step;
  const subject: Subject = {
    fingerprint: expected ?? chosen.fingerprint,
    category: chosen.analysis.category,
    confidence: chosen.analysis.confidence,
    finding,
    jobName: chosen.job.name,
    run,
    source: expected !== undefined ? 'issue' : 'run',
    notes,
  };
  if (stepName !== undefined) subject.stepName = stepName;
  return { subject };
}
