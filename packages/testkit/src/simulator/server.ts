import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, authorize, tokenFrom } from './auth.js';
import { acceptsCompression, CACHE_CONTROL, etagFor, ifNoneMatchHits, VARY } from './etag.js';
import { FAULT_DEFAULTS, type Fault, FaultRegistry } from './faults.js';
import { GRAPHQL_DOCS, graphqlReply, isGraphqlPath } from './graphql.js';
import { readJobLog, runLogArchive } from './log-archive.js';
import { DEFAULT_RATE_LIMIT, RateLimits, rateHeaders } from './rate-limit.js';
import { SIMULATOR_ROUTES } from './route-table.js';
import {
  ApiError,
  DOCS_BASE,
  errorBody,
  type HttpMethod,
  type Reply,
  type RouteContext,
  type RouteDef,
} from './route-types.js';
import { Router } from './router.js';
import { seedBuilder } from './seed-builder.js';
import { validateSeed } from './seed-load.js';
import type { Seed } from './seed-types.js';
import { BLOB_PREFIX, SignedLinks } from './signed-links.js';
import { SimulatorState } from './state.js';
import { applySeed } from './state-from-seed.js';
import { Urls } from './urls.js';

/**
 * A stateful, in-memory GitHub REST API on 127.0.0.1 for tests: actions run as child processes
 * with `GITHUB_API_URL` pointing here. Every request is recorded; faults can be injected.
 */

export interface GitHubSimulatorOptions {
  /** The world to start from (see seed-types.ts); default: no repositories and `SIMULATOR_TOKEN`. */
  seed?: Seed;
  /** Default 0: any free port. */
  port?: number;
  host?: '127.0.0.1';
  /** `''` (github.com, default) or `/api/v3` (GitHub Enterprise Server). */
  basePath?: string;
  /** The clock for timestamps, rate-limit windows and link expiry (default Date.now). */
  now?: () => number;
  /** Where `html_url`s point (default https://github.com). */
  serverUrl?: string;
  /** Requests per hour per identity (default 5000). */
  rateLimit?: number;
}

export interface RecordedRequest {
  method: string;
  /** Without the base path; blob downloads keep their `/_blobs/…` path. */
  path: string;
  query: Record<string, string>;
  /** 0 when the connection was reset by a fault. */
  status: number;
  /** The parsed JSON request body (or the raw text when it was not JSON). */
  body: unknown;
  headers: Record<string, string>;
  durationMs: number;
  /** The operationId of the route that answered, when one did. */
  operationId?: string;
  /** The kind of injected fault that answered, when one did. */
  fault?: Fault['kind'];
  /**
   * For a fault with `afterEffect`: the status the request was served with (its effect applied)
   * before the answer was replaced by the fault.
   */
  appliedStatus?: number;
  /** The JSON the simulator answered with (undefined for empty, binary or text answers). */
  response?: unknown;
  /** Response headers as sent. */
  responseHeaders?: Record<string, string>;
}

export interface GitHubSimulator {
  /** The API base URL for GITHUB_API_URL (includes the base path). */
  readonly url: string;
  /** `http://127.0.0.1:port`. */
  readonly origin: string;
  readonly state: SimulatorState;
  readonly requests: RecordedRequest[];
  readonly faults: FaultRegistry;
  /** Bugs in the simulator itself (a handler threw something other than a GitHub error). */
  readonly errors: Error[];
  /** Requests whose method and path match (`{x}` templates as in faults), for counting API calls. */
  requestsTo(method: string, pathTemplate: string): RecordedRequest[];
  /** Back to the seed: state, recorded requests, faults and rate limits. */
  reset(): void;
  close(): Promise<void>;
}

const METHODS = new Set<HttpMethod>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const API_VERSION = '2022-11-28';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}:${Math.floor(
    Date.now() / 1000,
  )
    .toString(16)
    .toUpperCase()}`;
}

function templateMatcher(template: string): RegExp {
  const body = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}/?$`);
}

export async function startGitHubSimulator(options: GitHubSimulatorOptions = {}): Promise<GitHubSimulator> {
  const now = options.now ?? Date.now;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath !== '' && !basePath.startsWith('/'))
    throw new RangeError(`basePath must be '' or start with '/', such as '/api/v3'; got "${basePath}"`);
  // Without a seed: no repositories, and the default token (github-actions[bot]) so calls authenticate.
  const seed = options.seed ?? seedBuilder().build();
  validateSeed(seed);

  const state = new SimulatorState(now);
  applySeed(state, seed);
  const faults = new FaultRegistry();
  const requests: RecordedRequest[] = [];
  const errors: Error[] = [];
  const rates = new RateLimits(now, options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const router = new Router(SIMULATOR_ROUTES);
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  const links = new SignedLinks(now, () => origin);
  let urls = new Urls('', options.serverUrl ?? 'https://github.com', '');

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const baseHeaders = (): Record<string, string> => ({
    'x-github-api-version-selected': API_VERSION,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId(),
  });

  function send(res: ServerResponse, reply: Reply, extra: Record<string, string>): void {
    const headers: Record<string, string> = { ...extra, ...(reply.headers ?? {}) };
    let payload: Buffer | undefined;
    if (reply.raw) {
      payload = typeof reply.raw.data === 'string' ? Buffer.from(reply.raw.data, 'utf8') : reply.raw.data;
      headers['content-type'] = reply.raw.contentType;
    } else if (reply.body !== undefined && reply.status !== 204 && reply.status !== 302) {
      payload = Buffer.from(JSON.stringify(reply.body), 'utf8');
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    // A 304 describes the representation the client already has: no body, and no length of its own.
    if (reply.status !== 304) headers['content-length'] = String(payload?.length ?? 0);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  function faultReply(
    fault: Exclude<Fault, { kind: 'delay' } | { kind: 'connection-reset' }>,
    route: RouteDef | undefined,
    user: { id: number; type: string } | undefined,
    key: string,
  ): { reply: Reply; headers: Record<string, string> } {
    const window = rates.peek(key);
    switch (fault.kind) {
      case 'server-error':
        return { reply: serverError(fault.status ?? FAULT_DEFAULTS.serverErrorStatus), headers: {} };
      case 'rate-limit': {
        const reset = Math.ceil(now() / 1000) + (fault.resetInSeconds ?? FAULT_DEFAULTS.resetInSeconds);
        const who = user?.type === 'Bot' ? `installation ID ${user.id}` : `user ID ${user?.id ?? 0}`;
        return {
          reply: {
            status: 403,
            body: {
              message: `API rate limit exceeded for ${who}.`,
              documentation_url: `${DOCS_BASE}/overview/rate-limits-for-the-rest-api`,
              status: '403',
            },
          },
          headers: rateHeaders({ limit: window.limit, used: window.limit, reset }),
        };
      }
      case 'secondary-rate-limit': {
        const status = fault.status ?? FAULT_DEFAULTS.secondaryStatus;
        return {
          reply: {
            status,
            body: {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
                `If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`,
              documentation_url:
                'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
              status: String(status),
            },
          },
          headers: {
            'retry-after': String(fault.retryAfterSeconds ?? FAULT_DEFAULTS.retryAfterSeconds),
            ...rateHeaders(window),
          },
        };
      }
      case 'status':
        return {
          reply: {
            status: fault.status,
            body: errorBody(fault.status, fault.message ?? defaultMessage(fault.status), route),
          },
          headers: rateHeaders(window),
        };
      case 'validation':
        return {
          reply: {
            status: 422,
            body: {
              message: fault.message,
              ...(fault.errors ? { errors: fault.errors } : {}),
              documentation_url: route ? `${DOCS_BASE}/${route.docs}` : DOCS_BASE,
              status: '422',
            },
          },
          headers: rateHeaders(window),
        };
    }
  }

  async function serveBlob(path: string, query: URLSearchParams): Promise<Reply> {
    const resource = path.slice(BLOB_PREFIX.length);
    const check = links.check(resource, query);
    if (!check.ok) {
      const refusal = links.refusal(check);
      return {
        status: 403,
        raw: { data: refusal.body, contentType: 'application/xml' },
        headers: refusal.headers,
      };
    }
    const parts = resource.split('/');
    const repo = [...state.repos.values()].find((r) => String(r.id) === parts[1]);
    if (repo && parts[0] === 'job-logs') {
      const job = repo.jobs.get(Number(parts[2]));
      const text = job ? await readJobLog(job) : undefined;
      if (text !== undefined) {
        // GitHub's job log downloads start with a UTF-8 byte order mark.
        const data = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
        return { status: 200, raw: { data, contentType: 'text/plain; charset=utf-8' } };
      }
    }
    if (repo && parts[0] === 'run-logs') {
      const run = repo.runs.get(Number(parts[2]));
      const attempt = run?.attempts[Number(parts[3]) - 1];
      if (attempt)
        return {
          status: 200,
          raw: { data: await runLogArchive(repo, attempt.jobIds), contentType: 'application/zip' },
        };
    }
    return {
      status: 404,
      raw: {
        data: '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.</Message></Error>',
        contentType: 'application/xml',
      },
      headers: { 'x-ms-error-code': 'BlobNotFound' },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const text = raw.toString('utf8');
    let parsed: unknown;
    let parseFailed = false;
    if (text.trim() !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
        parseFailed = true;
      }
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const isBlob = url.pathname.startsWith(BLOB_PREFIX);
    const inBase =
      isBlob || basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const apiPath = isBlob || !inBase ? url.pathname : url.pathname.slice(basePath.length) || '/';
    const record: RecordedRequest = {
      method,
      path: apiPath,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      body: parsed,
      headers,
      durationMs: 0,
    };
    requests.push(record);
    let fault = faults.take(method, apiPath);
    if (fault?.kind === 'delay') {
      record.fault = 'delay';
      await sleep(fault.ms);
      fault = undefined;
    }
    // A fault after the effect: the request is served as usual and only its answer is lost.
    const lost =
      (fault?.kind === 'server-error' || fault?.kind === 'connection-reset') && fault.afterEffect
        ? fault
        : undefined;
    if (lost) fault = undefined;
    const finish = (served: Reply, extra: Record<string, string>) => {
      let reply = served;
      if (lost) {
        record.fault = lost.kind;
        record.appliedStatus = served.status;
        if (lost.kind === 'connection-reset') {
          record.durationMs = performance.now() - started;
          req.socket.destroy();
          return;
        }
        reply = serverError(lost.status ?? FAULT_DEFAULTS.serverErrorStatus);
      }
      record.status = reply.status;
      record.durationMs = performance.now() - started;
      if (!reply.raw && reply.body !== undefined && reply.status !== 204 && reply.status !== 302)
        record.response = reply.body;
      record.responseHeaders = { ...extra, ...(reply.headers ?? {}) };
      send(res, reply, extra);
    };
    if (fault?.kind === 'connection-reset') {
      record.fault = fault.kind;
      record.durationMs = performance.now() - started;
      req.socket.destroy();
      return;
    }

    if (isBlob && !fault) {
      finish(await serveBlob(url.pathname, url.searchParams), {});
      return;
    }

    if (!fault && method === 'POST' && isGraphqlPath(url.pathname, basePath)) {
      record.path = '/graphql';
      const identity = state.tokens.get(tokenFrom(headers.authorization) ?? '');
      if (!identity) {
        finish(
          { status: 401, body: { message: 'Bad credentials', documentation_url: GRAPHQL_DOCS } },
          baseHeaders(),
        );
        return;
      }
      const window = rates.consume(identity.login);
      if (!window) {
        finish(
          {
            status: 403,
            body: {
              message: `API rate limit exceeded for ${identity.login}.`,
              documentation_url: GRAPHQL_DOCS,
            },
          },
          { ...baseHeaders(), ...rateHeaders(rates.peek(identity.login)) },
        );
        return;
      }
      finish(graphqlReply(state, identity, parsed), {
        ...baseHeaders(),
        ...rateHeaders(rates.peek(identity.login)),
      });
      return;
    }

    const matched =
      inBase && METHODS.has(method as HttpMethod) ? router.match(method as HttpMethod, apiPath) : undefined;
    const route = matched?.route ?? (inBase ? router.matchAnyMethod(apiPath) : undefined);
    if (matched) record.operationId = matched.route.operationId;
    const base = baseHeaders();

    let identity: ReturnType<typeof authenticate> | undefined;
    try {
      if (fault) {
        // Infrastructure faults answer before GitHub looks at the token, as a proxy would.
        const who = tokenUser(headers.authorization);
        record.fault = fault.kind;
        const { reply, headers: h } = faultReply(fault, route, who, who?.login ?? 'anonymous');
        finish(reply, { ...base, ...h });
        return;
      }
      if (!matched) throw new ApiError(404, errorBody(404, 'Not Found', route));
      identity = authenticate(state, headers.authorization, matched.route);
      // GitHub does not count GET /rate_limit against the limit it reports.
      const window =
        matched.route.operationId === 'rate-limit/get'
          ? rates.peek(identity.identity.login)
          : rates.consume(identity.identity.login);
      if (!window) {
        const { reply, headers: h } = faultReply(
          {
            kind: 'rate-limit',
            resetInSeconds: Math.max(0, rates.peek(identity.identity.login).reset - Math.ceil(now() / 1000)),
          },
          matched.route,
          identity.user,
          identity.identity.login,
        );
        finish(reply, { ...base, ...h });
        return;
      }
      const ctx: RouteContext = {
        method: method as HttpMethod,
        path: apiPath,
        params: matched.params,
        query: url.searchParams,
        body: parsed,
        state,
        urls,
        identity: identity.identity,
        user: identity.user,
        route: matched.route,
        links,
        rates,
      };
      authorize(ctx);
      if (parseFailed) throw new ApiError(400, errorBody(400, 'Problems parsing JSON', matched.route));
      const reply = await matched.route.handler(ctx);
      if (method === 'GET' && reply.status === 200 && !reply.raw && reply.body !== undefined) {
        const etag = etagFor(
          reply.body,
          headers.authorization,
          acceptsCompression(headers['accept-encoding']),
        );
        const cache = { etag, 'cache-control': CACHE_CONTROL, vary: VARY };
        if (ifNoneMatchHits(headers['if-none-match'], etag)) {
          // Not modified: no body, and the request is given back to the rate limit.
          rates.refund(identity.identity.login);
          finish(
            { status: 304, headers: cache },
            { ...base, ...rateHeaders(rates.peek(identity.identity.login)) },
          );
          return;
        }
        reply.headers = { ...(reply.headers ?? {}), ...cache };
      }
      finish(reply, { ...base, ...rateHeaders(rates.peek(identity.identity.login)) });
    } catch (error) {
      const limits = identity ? rateHeaders(rates.peek(identity.identity.login)) : {};
      if (error instanceof ApiError) {
        finish({ status: error.status, body: error.body, headers: error.headers }, { ...base, ...limits });
        return;
      }
      const bug = error instanceof Error ? error : new Error(String(error));
      errors.push(bug);
      finish({ status: 500, body: { message: `simulator bug: ${bug.message}` } }, base);
    }
  }

  function tokenUser(header: string | undefined) {
    const token = header ? /^(?:token|bearer)\s+(\S+)/i.exec(header)?.[1] : undefined;
    const identity = token ? state.tokens.get(token) : undefined;
    return identity ? state.user(identity.login) : undefined;
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      errors.push(error instanceof Error ? error : new Error(String(error)));
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  urls = new Urls(
    `${origin}${basePath}`,
    (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    origin,
  );

  return {
    url: `${origin}${basePath}`,
    origin,
    state,
    requests,
    faults,
    errors,
    requestsTo(method, pathTemplate) {
      const matcher = templateMatcher(pathTemplate);
      return requests.filter((r) => r.method === method.toUpperCase() && matcher.test(r.path));
    },
    reset() {
      state.clear();
      applySeed(state, seed);
      requests.length = 0;
      errors.length = 0;
      faults.clear();
      rates.reset();
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function serverError(status: 500 | 502 | 503): Reply {
  const message =
    status === 503
      ? 'No server is currently available to service your request. Sorry about that. Please try resubmitting your request and contact us if the problem persists.'
      : 'Server Error';
  return { status, body: { message } };
}

function defaultMessage(status: number): string {
  switch (status) {
    case 404:
      return 'Not Found';
    case 410:
      return 'Gone';
    case 409:
      return 'Conflict';
    case 403:
      return 'Forbidden';
    default:
      return `HTTP ${status}`;
  }
}
