import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { OperationBudget } from './budget.js';
import type { Logger } from './runtime.js';
import { installWriteOnce } from './write-once.js';

/** The REST API version every request pins, so GitHub's changes reach us only when we choose. */
export const GITHUB_API_VERSION = '2022-11-28';
export const DEFAULT_API_URL = 'https://api.github.com';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`; on GHES it ends in `/api/v3`. */
  apiUrl?: string;
  log?: Logger;
  /** Counts writes (POST/PUT/PATCH/DELETE); when spent, the next write throws before it is sent. */
  budget?: OperationBudget;
  /** Also count reads against the budget. */
  budgetCountsReads?: boolean;
  /** Minimum gap between writes (GitHub asks for 1 s) and between writes that notify people (3 s). */
  pacing?: { writeMs?: number; notifyMs?: number };
  /** How many times a 5xx or network failure is retried (default 3). */
  retries?: number;
  /**
   * Milliseconds per second of back-off and `retry-after` (default 1000). Tests shrink it so
   * a `retry-after: 1` is waited out in a millisecond while the logic stays the same.
   */
  waitScaleMs?: number;
  /** The longest wait for a rate limit, in seconds (default 60); past it the run stops with a clear message. */
  maxRateLimitWaitSeconds?: number;
  /** How many secondary-limit waits one request may take (default 3). */
  maxSecondaryRetries?: number;
  userAgent?: string;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/**
 * The one way autoheal talks to GitHub: @actions/github's Octokit with retry and throttling,
 * the API version pinned, GHES honoured through the API URL, writes paced, non-idempotent writes
 * done exactly once when an answer is lost, and an optional operation budget enforced on every request.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log;
  const waitScaleMs = options.waitScaleMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const maxSecondary = options.maxSecondaryRetries ?? 3;
  const writeMs = options.pacing?.writeMs ?? 1000;
  const notifyMs = options.pacing?.notifyMs ?? 3000;
  const baseUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');

  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: options.userAgent ?? 'autoheal',
      log: {
        debug: (m: string) => log?.debug(m),
        info: (m: string) => log?.debug(m),
        warn: (m: string) => log?.warning(m),
        error: (m: string) => log?.error(m),
      },
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: waitScaleMs,
        // Rate limits (403/429) are the throttling plugin's job; retrying them here too would double the waits.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
      throttle: {
        id: `autoheal-${Math.random().toString(36).slice(2)}`,
        retryAfterBaseValue: waitScaleMs,
        // Per-client limiters: the plugin's defaults are process-wide and would pace unrelated clients together.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: notifyMs }),
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          if (retryCount < 1 && retryAfter <= maxWait) {
            log?.warning(
              `GitHub rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s for the reset.`,
            );
            return true;
          }
          log?.warning(
            `GitHub rate limit reached on ${request.method} ${request.url}; the reset is ${retryAfter}s away, longer than the ${maxWait}s this run waits.`,
          );
          return false;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          if (retryCount < maxSecondary && retryAfter <= maxWait) {
            log?.warning(
              `GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${maxSecondary}).`,
            );
            return true;
          }
          return false;
        },
      },
    },
    retry,
    throttling,
  );

  // Octokit takes no default headers from its constructor options, so the version is set on every
  // request here (a caller's own header for one request still wins).
  octokit.hook.before('request', (requestOptions) => {
    requestOptions.headers['x-github-api-version'] ??= GITHUB_API_VERSION;
  });

  // Non-idempotent POSTs are never repeated blindly after a lost answer (see write-once.ts).
  installWriteOnce(octokit, { retries: options.retries ?? 3, waitScaleMs, ...(log ? { log } : {}) });

  const budget = options.budget;
  if (budget) {
    // Registered after the plugins, so this wrap is the outermost: one call counts once, however often it is retried.
    octokit.hook.wrap('request', async (request, requestOptions) => {
      const method = String(requestOptions.method ?? 'GET').toUpperCase();
      if (isWriteMethod(method) || options.budgetCountsReads) {
        budget.consume(`${method} ${String(requestOptions.url)}`);
      }
      return request(requestOptions);
    });
  }
  return octokit;
}
