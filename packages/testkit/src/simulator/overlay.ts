import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, authorize } from './auth.js';
import type { FaultSpec } from './faults.js';
import { RateLimits, rateHeaders } from './rate-limit.js';
import {
  ApiError,
  errorBody,
  type HttpMethod,
  type Reply,
  type RouteContext,
  type RouteDef,
} from './route-types.js';
import { Router } from './router.js';
import type { GitHubSimulator, RecordedRequest } from './server.js';
import { SignedLinks } from './signed-links.js';
import { Urls } from './urls.js';

/**
 * Routes layered in front of a running simulator, for behaviour a test needs before the
 * simulator's own route table has it. The overlay listens on its own 127.0.0.1 port: requests its
 * routes match are answered from the simulator's state (same tokens, permissions and recorded
 * requests); everything else, and every request an injected fault matches, is passed through to
 * the simulator unchanged. A route handler may also return `undefined` to pass a request through.
 */

export interface OverlayRoute extends Omit<RouteDef, 'handler'> {
  handler: (ctx: RouteContext) => Reply | undefined | Promise<Reply | undefined>;
}

export interface SimulatorOverlay {
  /** The API base URL to use instead of the simulator's (same base path). */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Same template syntax as the fault registry: `{x}` is one segment, a trailing `*` any rest. */
function faultMatches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  if (spec.path instanceof RegExp) return spec.path.test(path);
  const rest = spec.path.endsWith('*');
  const body = (rest ? spec.path.slice(0, -1) : spec.path)
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}${rest ? '.*' : '/?'}$`).test(path);
}

export async function startSimulatorOverlay(
  sim: GitHubSimulator,
  routes: readonly OverlayRoute[],
  options: { serverUrl?: string } = {},
): Promise<SimulatorOverlay> {
  const basePath = sim.url.slice(sim.origin.length);
  const target = new URL(sim.origin);
  const state = sim.state;
  const now = () => state.now();
  let origin = '';
  const links = new SignedLinks(now, () => origin);
  // A separate budget: the overlay's few routes do not need to share the simulator's windows.
  const rates = new RateLimits(now);
  const router = new Router(routes as unknown as RouteDef[]);
  let urls = new Urls('', options.serverUrl ?? 'https://github.com', '');

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // The simulator reset the connection (an injected fault): do the same to the client.
      req.socket.destroy();
    });
    upstream.end(body);
  }

  function send(res: ServerResponse, reply: Reply, extra: Record<string, string>): void {
    const headers: Record<string, string> = { ...extra, ...(reply.headers ?? {}) };
    const payload =
      reply.body !== undefined && reply.status !== 204
        ? Buffer.from(JSON.stringify(reply.body), 'utf8')
        : undefined;
    if (payload) headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(payload?.length ?? 0);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const inBase = basePath === '' || url.pathname.startsWith(`${basePath}/`);
    const apiPath = inBase ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    const matched = inBase && METHODS.has(method) ? router.match(method as HttpMethod, apiPath) : undefined;
    const faulted = sim.faults.active.some((f) => faultMatches(f.spec, method, apiPath));
    if (!matched || faulted) {
      forward(req, res, raw);
      return;
    }
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
    const record: RecordedRequest = {
      method,
      path: apiPath,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      body: parsed,
      headers,
      durationMs: 0,
      operationId: matched.route.operationId,
    };
    const finish = (reply: Reply, extra: Record<string, string>) => {
      record.status = reply.status;
      record.durationMs = performance.now() - started;
      if (reply.body !== undefined && reply.status !== 204) record.response = reply.body;
      record.responseHeaders = { ...extra, ...(reply.headers ?? {}) };
      sim.requests.push(record);
      send(res, reply, extra);
    };
    const base = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
    };
    let login: string | undefined;
    try {
      const identity = authenticate(state, headers.authorization, matched.route as unknown as RouteDef);
      login = identity.identity.login;
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
      const reply = await (matched.route as unknown as OverlayRoute).handler(ctx);
      if (reply === undefined) {
        forward(req, res, raw);
        return;
      }
      rates.consume(login);
      finish(reply, { ...base, ...rateHeaders(rates.peek(login)) });
    } catch (error) {
      if (error instanceof ApiError) {
        finish(
          { status: error.status, body: error.body, headers: error.headers },
          { ...base, ...(login ? rateHeaders(rates.peek(login)) : {}) },
        );
        return;
      }
      const bug = error instanceof Error ? error : new Error(String(error));
      sim.errors.push(bug);
      finish({ status: 500, body: { message: `simulator overlay bug: ${bug.message}` } }, base);
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sim.errors.push(error instanceof Error ? error : new Error(String(error)));
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  urls = new Urls(
    `${origin}${basePath}`,
    (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    origin,
  );
  return {
    url: `${origin}${basePath}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
