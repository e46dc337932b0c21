/**
 * Exactly-once writes. GitHub sometimes applies a write and then loses the answer (a 502 from its
 * front end, a reset connection). Retrying such a POST blindly files a second issue or posts a
 * comment twice. So the GitHub client sends every non-idempotent POST through here: it is never
 * retried by the retry plugin; after a 5xx or a network failure we first look for the object the
 * lost request may have made, and answer with it as if the POST had succeeded; only when it is
 * not there is the POST sent again (bounded).
 *
 * How each write is found again:
 * - issue, issue comment: an invisible request id is appended to the body
 *   (`<!-- autoheal-request: <uuid> -->`), and the newest issues / the issue's recent comments are
 *   searched for it. Responses of issue and comment routes have the stamp removed again, so
 *   callers comparing bodies never see it. Where it does not fit (the body is at GitHub's limit or
 *   ends inside an open code fence, where it would show) the exact title and body are matched.
 * - pull request: the open pull requests for the same head and base.
 * - label: a 422 `already_exists` on the retry is success (the lost request made it).
 * - git ref: a 422 "Reference already exists" on the retry is success if the ref points at our sha.
 * - review request: the pull request's requested reviewers already include everyone asked for.
 * - re-run: a 403 "already running" on the retry is success.
 * Blobs, trees and commits are content-addressed, and adding labels or assignees is a set union:
 * retrying those is harmless, so they keep the usual retry. PATCH, PUT and DELETE are idempotent.
 *
 * The re-reads happen only on the failure path: a request answered at once costs what it did.
 */
import { randomUUID } from 'node:crypto';
import type { GitHubClient } from './github-client.js';
import type { Logger } from './runtime.js';
import { openFenceAtEnd } from './text/fences.js';

/** GitHub rejects issue and comment bodies longer than this. */
export const MAX_BODY_LENGTH = 65_536;

const STAMP_OPEN = '<!-- autoheal-request: ';
const STAMP_CLOSE = ' -->';
const STAMP_SEPARATOR = '\n\n';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STAMP_LENGTH = STAMP_OPEN.length + 36 + STAMP_CLOSE.length;

/** The invisible line that identifies one write request. Not an autoheal marker: markers never match it. */
export function requestStamp(id: string): string {
  if (!UUID.test(id)) throw new RangeError(`request id must be a lowercase UUID, got ${JSON.stringify(id)}`);
  return `${STAMP_OPEN}${id}${STAMP_CLOSE}`;
}

/**
 * `body` with the request stamp appended on its own line, or undefined when it cannot be added
 * without harm: the result would pass GitHub's limit, or the body ends inside an open code fence
 * (the stamp would show as code). Markers sit at the start of a body, so appending leaves them be.
 */
export function stampBody(body: string, id: string, limit = MAX_BODY_LENGTH): string | undefined {
  const stamp = requestStamp(id);
  const separator = body === '' ? '' : STAMP_SEPARATOR;
  if (body.length + separator.length + stamp.length > limit) return undefined;
  if (openFenceAtEnd(body)) return undefined;
  return `${body}${separator}${stamp}`;
}

/** The request id a body ends with, if it carries a stamp. Fixed-length slicing: no regex over the body. */
export function stampedRequestId(body: string): string | undefined {
  if (body.length < STAMP_LENGTH) return undefined;
  const tail = body.slice(body.length - STAMP_LENGTH);
  if (!tail.startsWith(STAMP_OPEN) || !tail.endsWith(STAMP_CLOSE)) return undefined;
  const id = tail.slice(STAMP_OPEN.length, STAMP_OPEN.length + 36);
  return UUID.test(id) ? id : undefined;
}

/** `body` without a trailing request stamp (and the blank line before it); anything else unchanged. */
export function stripRequestStamp(body: string): string {
  if (stampedRequestId(body) === undefined) return body;
  const rest = body.slice(0, body.length - STAMP_LENGTH);
  return rest.endsWith(STAMP_SEPARATOR) ? rest.slice(0, -STAMP_SEPARATOR.length) : rest;
}

/** What a POST is, for deciding how it may be repeated. */
export type WriteKind =
  | { kind: 'issue'; owner: string; repo: string }
  | { kind: 'issue-comment'; owner: string; repo: string; issue: number }
  | { kind: 'pull'; owner: string; repo: string }
  | { kind: 'label'; owner: string; repo: string }
  | { kind: 'ref'; owner: string; repo: string }
  | { kind: 'review-request'; owner: string; repo: string; pull: number }
  | { kind: 'rerun'; owner: string; repo: string }
  /** Repeating it cannot duplicate anything: content-addressed git objects, set unions, GraphQL. */
  | { kind: 'repeatable' }
  /** A POST this module does not know: not repeated after a lost answer, since it might duplicate. */
  | { kind: 'unknown' };

const ROUTES: Array<[RegExp, (m: string[]) => WriteKind]> = [
  [/^\/repos\/([^/]+)\/([^/]+)\/issues$/, ([o, r]) => ({ kind: 'issue', owner: o!, repo: r! })],
  [
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    ([o, r, n]) => ({ kind: 'issue-comment', owner: o!, repo: r!, issue: Number(n) }),
  ],
  [/^\/repos\/([^/]+)\/([^/]+)\/pulls$/, ([o, r]) => ({ kind: 'pull', owner: o!, repo: r! })],
  [/^\/repos\/([^/]+)\/([^/]+)\/labels$/, ([o, r]) => ({ kind: 'label', owner: o!, repo: r! })],
  [/^\/repos\/([^/]+)\/([^/]+)\/git\/refs$/, ([o, r]) => ({ kind: 'ref', owner: o!, repo: r! })],
  [
    /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/requested_reviewers$/,
    ([o, r, n]) => ({ kind: 'review-request', owner: o!, repo: r!, pull: Number(n) }),
  ],
  [
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/\d+\/(?:rerun|rerun-failed-jobs)$/,
    ([o, r]) => ({ kind: 'rerun', owner: o!, repo: r! }),
  ],
  [/^\/repos\/[^/]+\/[^/]+\/git\/(?:blobs|trees|commits)$/, () => ({ kind: 'repeatable' })],
  [/^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/(?:labels|assignees)$/, () => ({ kind: 'repeatable' })],
  [/^\/graphql$/, () => ({ kind: 'repeatable' })],
];

/** Classifies a POST by its path (without the API base path, query removed). */
export function classifyPost(path: string): WriteKind {
  for (const [pattern, make] of ROUTES) {
    const m = pattern.exec(path);
    if (m) return make(m.slice(1).map((s) => decodeURIComponent(s)));
  }
  return { kind: 'unknown' };
}

/** Issue and comment routes: their answers may carry a stamp to remove. */
const STAMPED_ROUTES = /^\/repos\/[^/]+\/[^/]+\/issues(?:\/|$)/;

// ---------------------------------------------------------------------------------------------
// The request hook

interface HookOptions {
  method?: string;
  url?: string;
  baseUrl?: string;
  request?: Record<string, unknown>;
  [param: string]: unknown;
}

interface HookResponse {
  status: number;
  url: string;
  headers: Record<string, unknown>;
  data: unknown;
}

type HookRequest = (options: HookOptions) => Promise<HookResponse>;

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown };
}

export interface WriteOnceOptions {
  /** How many times a POST whose answer was lost may be sent again (the client's `retries`). */
  retries: number;
  /** Milliseconds per second of back-off, as the client's `waitScaleMs`. */
  waitScaleMs: number;
  log?: Logger;
  /** Request ids (default: random UUIDs); tests pass fixed ones. */
  newId?: () => string;
  /** Wall clock, for how far back a re-read looks (default Date.now). */
  now?: () => number;
}

/** Set on our own re-reads so their answers keep the stamps we are looking for. */
const KEEP_STAMPS = 'autoheal-keep-request-stamps';

/**
 * Request option for a ref whose sha others may send too (a claim pointing at a shared commit):
 * a 422 "already exists" on the retry then cannot prove the lost attempt was ours, so it stays a 422.
 * Pass as `request: { [SHARED_REF_TARGET]: true }`.
 */
export const SHARED_REF_TARGET = 'autoheal-shared-ref-target';
/** How far before the request a re-read looks: the runner's clock may be off from GitHub's. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;
/** Issues are found among the newest this many; a lost answer is looked for seconds later. */
const RECENT_ISSUES = 50;
const MAX_COMMENT_PAGES = 5;

/** The request's full URL, and its path without the API base path (GHES: `/api/v3`). */
function target(options: HookOptions, octokit: GitHubClient): { url: string; path: string } {
  const parsed = octokit.request.endpoint.parse(
    options as Parameters<typeof octokit.request.endpoint.parse>[0],
  );
  const url = new URL(parsed.url);
  const base = new URL(String(options.baseUrl ?? 'https://api.github.com')).pathname.replace(/\/+$/, '');
  const path = base !== '' && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return { url: parsed.url, path };
}

function stripStamps(data: unknown): void {
  const items = Array.isArray(data) ? data : [data];
  for (const item of items) {
    if (typeof item === 'object' && item !== null && typeof (item as { body?: unknown }).body === 'string') {
      const holder = item as { body: string };
      holder.body = stripRequestStamp(holder.body);
    }
  }
}

/** A failure after which the request may have taken effect: a 5xx, or no answer at all (Octokit reports those as 500). */
function answerLost(error: unknown): boolean {
  const status = (error as ErrorShape | null)?.status;
  return typeof status !== 'number' || status >= 500;
}

/** GitHub's message and those of its `errors` (a 422 says "Validation Failed" and the reason inside). */
function errorMessage(error: unknown): string {
  const data = (error as ErrorShape | null)?.response?.data;
  if (typeof data !== 'object' || data === null) return String((error as ErrorShape | null)?.message ?? '');
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors.map((e) => (typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : e))
    : [];
  return [message, ...details].filter((m): m is string => typeof m === 'string').join('; ');
}

function hasErrorCode(error: unknown, code: string): boolean {
  const data = (error as ErrorShape | null)?.response?.data;
  const errors =
    typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  return (
    Array.isArray(errors) &&
    errors.some((e) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code)
  );
}

function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorShape | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Registers the exactly-once hook on a client. Register it before any wrap that must see one call
 * once (the operation budget), so that its retries and re-reads happen inside that wrap.
 */
export function installWriteOnce(octokit: GitHubClient, options: WriteOnceOptions): void {
  const newId = options.newId ?? randomUUID;
  const now = options.now ?? Date.now;
  const log = options.log;
  const keep = { request: { [KEEP_STAMPS]: true } };

  async function findIssue(
    kind: Extract<WriteKind, { kind: 'issue' }>,
    sent: { title: unknown; body: string; stamped: boolean },
    id: string,
    startedAt: number,
  ): Promise<unknown> {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
      owner: kind.owner,
      repo: kind.repo,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: RECENT_ISSUES,
      ...keep,
    });
    return data.find(
      (issue) =>
        issue.pull_request === undefined &&
        (sent.stamped
          ? stampedRequestId(issue.body ?? '') === id
          : // Unstamped: the same title and body, made since the request (an older twin is not ours).
            issue.title === sent.title &&
            (issue.body ?? '') === sent.body &&
            Date.parse(issue.created_at) >= startedAt - CLOCK_SLACK_MS),
    );
  }

  async function findComment(
    kind: Extract<WriteKind, { kind: 'issue-comment' }>,
    sent: { body: string; stamped: boolean },
    id: string,
    startedAt: number,
  ): Promise<unknown> {
    // Pages by number, not through octokit.paginate: its iterator drops the `request` options that keep stamps.
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: kind.owner,
        repo: kind.repo,
        issue_number: kind.issue,
        since: new Date(startedAt - CLOCK_SLACK_MS).toISOString(),
        per_page: 100,
        page,
        ...keep,
      });
      const found = data.find((c) =>
        sent.stamped ? stampedRequestId(c.body ?? '') === id : (c.body ?? '') === sent.body,
      );
      if (found) return found;
      if (data.length < 100) break;
    }
    return undefined;
  }

  async function findPull(kind: Extract<WriteKind, { kind: 'pull' }>, sent: HookOptions): Promise<unknown> {
    if (typeof sent.head !== 'string' || typeof sent.base !== 'string') return undefined;
    const head = sent.head.includes(':') ? sent.head : `${kind.owner}:${sent.head}`;
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
      owner: kind.owner,
      repo: kind.repo,
      state: 'open',
      head,
      base: sent.base,
      per_page: 10,
    });
    const pull = data[0];
    if (!pull) return undefined;
    // The list holds the short form; the POST answers with the full pull request.
    const full = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: kind.owner,
      repo: kind.repo,
      pull_number: pull.number,
    });
    return full.data;
  }

  async function reviewersRequested(
    kind: Extract<WriteKind, { kind: 'review-request' }>,
    sent: HookOptions,
  ): Promise<unknown> {
    const users = Array.isArray(sent.reviewers) ? sent.reviewers.map((u) => String(u).toLowerCase()) : [];
    const teams = Array.isArray(sent.team_reviewers)
      ? sent.team_reviewers.map((t) => String(t).toLowerCase())
      : [];
    const { data } = await octokit.request(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      {
        owner: kind.owner,
        repo: kind.repo,
        pull_number: kind.pull,
      },
    );
    const haveUsers = new Set(data.users.map((u) => u.login.toLowerCase()));
    const haveTeams = new Set(data.teams.map((t) => t.slug.toLowerCase()));
    if (!users.every((u) => haveUsers.has(u)) || !teams.every((t) => haveTeams.has(t))) return undefined;
    const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: kind.owner,
      repo: kind.repo,
      pull_number: kind.pull,
    });
    return pull.data;
  }

  /** After a refusal of a repeated POST: whether the refusal proves the lost attempt succeeded. */
  async function refusalMeansDone(kind: WriteKind, sent: HookOptions, error: unknown): Promise<unknown> {
    const status = statusOf(error);
    if (kind.kind === 'label' && status === 422 && hasErrorCode(error, 'already_exists')) {
      if (typeof sent.name !== 'string') return undefined;
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
        owner: kind.owner,
        repo: kind.repo,
        name: sent.name,
      });
      return data;
    }
    if (kind.kind === 'ref' && status === 422 && /reference already exists/i.test(errorMessage(error))) {
      if (typeof sent.ref !== 'string' || !sent.ref.startsWith('refs/')) return undefined;
      if (sent.request?.[SHARED_REF_TARGET] === true) return undefined;
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        owner: kind.owner,
        repo: kind.repo,
        ref: sent.ref.slice('refs/'.length),
      });
      // Someone else's ref under the same name is a real conflict, not our lost success.
      return data.object.sha === sent.sha ? data : undefined;
    }
    if (kind.kind === 'rerun' && status === 403 && /already running/i.test(errorMessage(error))) return {};
    // The re-read before this retry missed it, yet GitHub now says it exists: look once more.
    if (kind.kind === 'pull' && status === 422 && /pull request already exists/i.test(errorMessage(error)))
      return findPull(kind, sent);
    return undefined;
  }

  async function writeOnce(
    request: HookRequest,
    requestOptions: HookOptions,
    where: { url: string; path: string },
    kind: WriteKind,
  ): Promise<HookResponse> {
    const id = newId();
    const startedAt = now();
    const sent: HookOptions = { ...requestOptions };
    // The hook chain sends the options object it was given, so changes are made to it in place.
    // Our own loop replaces the retry plugin's for this request (it would repeat blindly).
    requestOptions.request = { ...requestOptions.request, retries: 0 };
    const stampable = kind.kind === 'issue' || kind.kind === 'issue-comment';
    const body = typeof sent.body === 'string' ? sent.body : '';
    let stamped = false;
    if (stampable && (sent.body === undefined || typeof sent.body === 'string')) {
      const withStamp = stampBody(body, id);
      if (withStamp !== undefined) {
        requestOptions.body = withStamp;
        stamped = true;
      }
    }
    const label = `POST ${where.path}`;
    let lastError: unknown;
    for (let tries = 0; tries <= options.retries; tries++) {
      // 1 s, 4 s, 9 s…: the retry plugin's back-off.
      if (tries > 0) await sleep(tries ** 2 * options.waitScaleMs);
      try {
        const response = await request(requestOptions);
        if (stampable) stripStamps(response.data);
        return response;
      } catch (error) {
        if (tries > 0) {
          const done = await refusalMeansDone(kind, sent, error);
          if (done !== undefined) {
            log?.info(
              `${label}: an earlier attempt whose answer was lost had already done it; not repeated.`,
            );
            return { status: 201, url: where.url, headers: {}, data: done };
          }
        }
        if (!answerLost(error)) throw error;
        lastError = error;
      }
      if (kind.kind === 'unknown') break;
      let found: unknown;
      try {
        if (kind.kind === 'issue')
          found = await findIssue(kind, { title: sent.title, body, stamped }, id, startedAt);
        else if (kind.kind === 'issue-comment')
          found = await findComment(kind, { body, stamped }, id, startedAt);
        else if (kind.kind === 'pull') found = await findPull(kind, sent);
        else if (kind.kind === 'review-request') found = await reviewersRequested(kind, sent);
      } catch {
        // Not knowing whether it took effect, sending it again could duplicate it: stop with the original failure.
        throw lastError;
      }
      if (found !== undefined) {
        if (stampable) stripStamps(found);
        log?.info(`${label}: GitHub's answer was lost, but the write had taken effect; not repeated.`);
        return { status: 201, url: where.url, headers: {}, data: found };
      }
      if (tries < options.retries)
        log?.debug(`${label}: answer lost and nothing was made; sending it again.`);
    }
    throw lastError;
  }

  octokit.hook.wrap('request', async (request, requestOptions) => {
    const hookOptions = requestOptions as unknown as HookOptions;
    const send = request as unknown as HookRequest;
    const method = String(hookOptions.method ?? 'GET').toUpperCase();
    const { url, path } = target(hookOptions, octokit);
    const keepStamps = hookOptions.request?.[KEEP_STAMPS] === true;
    if (method === 'POST') {
      const kind = classifyPost(path);
      if (kind.kind !== 'repeatable') return writeOnce(send, hookOptions, { url, path }, kind) as never;
    }
    const response = await send(hookOptions);
    if (!keepStamps && STAMPED_ROUTES.test(path)) stripStamps(response.data);
    return response as never;
  });
}
