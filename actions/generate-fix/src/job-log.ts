/**
 * One job's log, downloaded to a file. GitHub answers `GET /actions/jobs/{id}/logs` with a 302 to
 * a signed storage URL that lives about a minute and wants no token; the body is streamed from
 * there to disk, never held whole. An expired link is asked for once more.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';

export type LogDownload = { ok: true } | { ok: false; problem: string };

type FetchLike = (url: string, init?: { redirect?: 'follow' | 'manual' | 'error' }) => Promise<Response>;

/** The client's own fetch (it honours the runner's proxy settings), else the global one. */
function storageFetch(github: GitHubClient): FetchLike {
  const configured = github.request.endpoint.DEFAULTS.request?.fetch as FetchLike | undefined;
  return typeof configured === 'function' ? configured : (url, init) => fetch(url, init);
}

export async function downloadJobLog(
  github: GitHubClient,
  repo: RepoRef,
  jobId: number,
  file: string,
): Promise<LogDownload> {
  const fetchImpl = storageFetch(github);
  for (let attempt = 1; attempt <= 2; attempt++) {
    let location: string | undefined;
    try {
      const response = await github.rest.actions.downloadJobLogsForWorkflowRun({
        ...repo,
        job_id: jobId,
        request: { redirect: 'manual' },
      });
      location = response.headers.location;
    } catch (error) {
      if (!isRequestError(error) || ![404, 410].includes(error.status)) throw error;
      return {
        ok: false,
        problem: `the log of job ${jobId} is ${error.status === 410 ? 'expired (410)' : 'unavailable (404)'}`,
      };
    }
    if (!location) return { ok: false, problem: `GitHub gave no download link for the log of job ${jobId}` };
    let response: Response;
    try {
      response = await fetchImpl(location, { redirect: 'follow' });
    } catch (error) {
      return {
        ok: false,
        problem: `the log of job ${jobId} could not be downloaded: ${describeGitHubError(error).message}`,
      };
    }
    if (response.status === 200) {
      try {
        const body = response.body
          ? Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>)
          : Readable.from([]);
        await pipeline(body, createWriteStream(file));
        return { ok: true };
      } catch (error) {
        await rm(file, { force: true });
        return {
          ok: false,
          problem: `the log of job ${jobId} broke off: ${describeGitHubError(error).message}`,
        };
      }
    }
    const text = await response.text().catch(() => '');
    // Azure storage refuses a signed link past its expiry with 403 AuthenticationFailed: ask again once.
    const expired = response.status === 403 && /AuthenticationFailed/i.test(text);
    if (!expired || attempt === 2)
      return {
        ok: false,
        problem: `the storage host answered ${response.status} for the log of job ${jobId}${expired ? ' (the link expired twice)' : ''}`,
      };
  }
  return { ok: false, problem: `the log of job ${jobId} could not be downloaded` };
}
