import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, type GitHubErrorKind, isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import { extractJobLogs } from './archive.js';
import type { LogStatus } from './types.js';

/**
 * Downloading logs. GitHub answers a log request with a 302 to a storage URL that works for about
 * a minute and wants no token; the body is streamed from there straight to a file, never held
 * whole. A link refused as expired is asked for once more. 404 and 410 (on either hop) become a
 * log status and one sentence, flagged `notYet` so gathering can ask again for a job that has
 * just ended, and the run still files what it knows; only failures that doom
 * every later request too (bad token, rate limit, spent budget) are thrown.
 */

export type DownloadResult =
  | { status: 'ok'; file: string }
  | {
      status: Exclude<LogStatus, 'ok' | 'not-fetched'>;
      problem: string;
      /** GitHub said 410: the log is deleted for good, not just out of reach this time. */
      gone?: boolean;
      /**
       * GitHub said 404 or 410, which right after a job ends can also mean the log is not written
       * yet: worth asking again shortly when the job is fresh (see gather.ts).
       */
      notYet?: boolean;
    };

/** Failures after which no other request can succeed either: stop rather than file half-knowledge. */
const FATAL: ReadonlySet<GitHubErrorKind> = new Set(['auth', 'rate-limit', 'secondary-rate-limit', 'budget']);

type FetchLike = (url: string, init?: { redirect?: 'follow' | 'manual' | 'error' }) => Promise<Response>;

/** The client's own fetch (it honours the runner's proxy settings), else the global one. */
function storageFetch(github: GitHubClient): FetchLike {
  const configured = github.request.endpoint.DEFAULTS.request?.fetch as FetchLike | undefined;
  return typeof configured === 'function' ? configured : (url, init) => fetch(url, init);
}

type BlobOutcome =
  | { ok: true }
  | { ok: false; reason: 'expired-link' | 'not-found' | 'gone' | 'failed'; detail: string };

/** GET a storage URL (no token: it is signed) and stream the body into `file`. */
async function downloadBlob(fetchImpl: FetchLike, url: string, file: string): Promise<BlobOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, { redirect: 'follow' });
  } catch (error) {
    return { ok: false, reason: 'failed', detail: describeGitHubError(error).message };
  }
  if (response.status === 200) {
    try {
      if (response.body) {
        const body = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
        await pipeline(body, createWriteStream(file));
      } else await writeFile(file, '');
      return { ok: true };
    } catch (error) {
      await rm(file, { force: true });
      return {
        ok: false,
        reason: 'failed',
        detail: `the download broke off (${describeGitHubError(error).message})`,
      };
    }
  }
  const text = (await response.text().catch(() => '')).slice(0, 4000);
  const code = response.headers.get('x-ms-error-code') ?? '';
  // Azure storage refuses a signed URL past its expiry with 403 AuthenticationFailed.
  if (response.status === 403 && /AuthenticationFailed/i.test(`${code} ${text}`))
    return { ok: false, reason: 'expired-link', detail: 'the storage host refused the link as expired' };
  if (response.status === 404)
    return { ok: false, reason: 'not-found', detail: 'the storage host has no such file (404)' };
  if (response.status === 410)
    return { ok: false, reason: 'gone', detail: 'the storage host says it is gone (410)' };
  return { ok: false, reason: 'failed', detail: `the storage host answered ${response.status}` };
}

interface LinkResponse {
  status: number;
  headers: { location?: string | undefined };
}

/** Ask the API for a log (a 302 to storage), follow it at once, and retry once with a fresh link. */
async function downloadViaRedirect(
  github: GitHubClient,
  what: string,
  requestLink: () => Promise<LinkResponse>,
  file: string,
): Promise<DownloadResult> {
  const fetchImpl = storageFetch(github);
  let expiredOnce = false;
  for (;;) {
    let response: LinkResponse;
    try {
      response = await requestLink();
    } catch (error) {
      if (!isRequestError(error)) throw error;
      const described = describeGitHubError(error);
      if (FATAL.has(described.kind)) throw error;
      if (error.status === 404)
        return {
          status: 'unavailable',
          problem: `The ${what} is unavailable (404): it was never written, or was deleted, or the token cannot read it.`,
          notYet: true,
        };
      if (error.status === 410)
        return {
          status: 'expired',
          problem: `The ${what} has expired (410): GitHub no longer keeps it (log retention).`,
          gone: true,
          notYet: true,
        };
      return { status: 'unavailable', problem: `The ${what} could not be fetched: ${described.message}` };
    }
    const location = response.headers.location;
    if (!location)
      return {
        status: 'unavailable',
        problem: `The ${what} could not be fetched: GitHub answered ${response.status} without a download link.`,
      };
    const blob = await downloadBlob(fetchImpl, location, file);
    if (blob.ok) return { status: 'ok', file };
    if (blob.reason === 'expired-link' && !expiredOnce) {
      expiredOnce = true;
      continue;
    }
    switch (blob.reason) {
      case 'expired-link':
        return {
          status: 'expired',
          problem: `The ${what}'s download link expired before it could be read, twice (links last about a minute).`,
        };
      case 'gone':
        return { status: 'expired', problem: `The ${what} has expired: ${blob.detail}.`, notYet: true };
      case 'not-found':
        return {
          status: 'unavailable',
          problem: `The ${what} is unavailable: ${blob.detail}.`,
          notYet: true,
        };
      default:
        return { status: 'unavailable', problem: `The ${what} could not be downloaded: ${blob.detail}.` };
    }
  }
}

/** One job's log: `GET /actions/jobs/{job_id}/logs`, followed and streamed into `file`. */
export function downloadJobLog(
  github: GitHubClient,
  repo: RepoRef,
  jobId: number,
  file: string,
): Promise<DownloadResult> {
  return downloadViaRedirect(
    github,
    `log of job ${jobId}`,
    () =>
      github.rest.actions.downloadJobLogsForWorkflowRun({
        ...repo,
        job_id: jobId,
        request: { redirect: 'manual' },
      }),
    file,
  );
}

/** The run's log archive (a zip of every job's log): `GET /actions/runs/{run_id}/logs`. */
export function downloadRunLogArchive(
  github: GitHubClient,
  repo: RepoRef,
  runId: number,
  file: string,
): Promise<DownloadResult> {
  return downloadViaRedirect(
    github,
    `log archive of run ${runId}`,
    () =>
      github.rest.actions.downloadWorkflowRunLogs({
        ...repo,
        run_id: runId,
        request: { redirect: 'manual' },
      }),
    file,
  );
}

export interface LogRequest {
  id: number;
  name: string;
  /** Where the log goes. */
  file: string;
}

export interface LogFetchOptions {
  /** Whether the run's archive holds the jobs' attempt (it serves only the latest attempt). */
  archive: boolean;
  /** Where the archive is downloaded (and deleted from once read). */
  dir: string;
  log: Logger;
}

/**
 * The logs of several jobs of one run. Two or more come from one download of the run's archive
 * (one API request instead of one per job); a job the archive does not hold, or any job when
 * the archive cannot be had, is fetched on its own. An archive gone for good (410) means every
 * job's log is gone, so nothing more is asked.
 */
export async function fetchJobLogs(
  github: GitHubClient,
  repo: RepoRef,
  runId: number,
  jobs: readonly LogRequest[],
  options: LogFetchOptions,
): Promise<Map<number, DownloadResult>> {
  const results = new Map<number, DownloadResult>();
  if (jobs.length >= 2 && options.archive) {
    const zip = path.join(options.dir, `run-${runId}-logs.zip`);
    const archive = await downloadRunLogArchive(github, repo, runId, zip);
    if (archive.status === 'ok') {
      try {
        const written = await extractJobLogs(zip, jobs, (job) => job.file);
        for (const [id, file] of written) results.set(id, { status: 'ok', file });
        const missing = jobs.length - written.size;
        if (missing > 0)
          options.log.info(
            `${missing} job log(s) were not found in run ${runId}'s log archive; fetching them one by one.`,
          );
      } catch (error) {
        options.log.info(
          `Run ${runId}'s log archive could not be read (${error instanceof Error ? error.message : String(error)}); fetching each job's log instead.`,
        );
      } finally {
        await rm(zip, { force: true });
      }
    } else if (archive.gone) {
      for (const job of jobs)
        results.set(job.id, { status: 'expired', problem: archive.problem, notYet: archive.notYet === true });
    } else {
      options.log.info(`${archive.problem} Fetching each job's log instead.`);
    }
  }
  const rest = jobs.filter((job) => !results.has(job.id));
  const fetched = await Promise.all(rest.map((job) => downloadJobLog(github, repo, job.id, job.file)));
  for (const [i, job] of rest.entries()) results.set(job.id, fetched[i]!);
  return results;
}
