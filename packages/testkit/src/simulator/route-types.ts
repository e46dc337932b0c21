import type { RateLimits } from './rate-limit.js';
import type { PermissionScope } from './seed-types.js';
import type { SignedLinks } from './signed-links.js';
import type { SimRepo, SimUser, SimulatorState, TokenIdentity } from './state.js';
import type { Urls } from './urls.js';

/** What every route handler gets and gives back, and the errors it throws GitHub-style. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const DOCS_BASE = 'https://docs.github.com/rest';

export interface Reply {
  status: number;
  /** Sent as JSON unless `raw` is given. */
  body?: unknown;
  raw?: { data: Buffer | string; contentType: string };
  headers?: Record<string, string>;
}

export interface RouteContext {
  method: HttpMethod;
  /** The request path without the base path, undecoded. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when there was none). */
  body: unknown;
  state: SimulatorState;
  urls: Urls;
  identity: TokenIdentity;
  user: SimUser;
  route: RouteDef;
  links: SignedLinks;
  rates: RateLimits;
}

export interface RouteDef {
  method: HttpMethod;
  /** The path template exactly as in GitHub's OpenAPI description. */
  path: string;
  /** GitHub's operationId for this route (checked against the description by the contract test). */
  operationId: string;
  /** The documentation page, relative to https://docs.github.com/rest/ (as GitHub's error bodies link it). */
  docs: string;
  /** The permission the token needs: read for GET, write otherwise. */
  scope: PermissionScope;
  handler: (ctx: RouteContext) => Reply | Promise<Reply>;
}

/** An error answer; handlers throw it and the server sends it. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message ?? status));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export function docsUrl(route: RouteDef | undefined): string {
  return route ? `${DOCS_BASE}/${route.docs}` : DOCS_BASE;
}

/** GitHub's plain error body: message, documentation_url and (since 2024) the status as a string. */
export function errorBody(
  status: number,
  message: string,
  route: RouteDef | undefined,
): Record<string, unknown> {
  return { message, documentation_url: docsUrl(route), status: String(status) };
}

export function fail(ctx: Pick<RouteContext, 'route'>, status: number, message: string): never {
  throw new ApiError(status, errorBody(status, message, ctx.route));
}

export function notFound(ctx: Pick<RouteContext, 'route'>): never {
  fail(ctx, 404, 'Not Found');
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
  value?: unknown;
}

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(
  ctx: Pick<RouteContext, 'route'>,
  errors: FieldError[],
  message = 'Validation Failed',
): never {
  throw new ApiError(422, { message, errors, documentation_url: docsUrl(ctx.route), status: '422' });
}

export function repoOf(ctx: RouteContext): SimRepo {
  const repo = ctx.state.repo(
    decodeURIComponent(ctx.params.owner ?? ''),
    decodeURIComponent(ctx.params.repo ?? ''),
  );
  if (!repo) notFound(ctx);
  return repo;
}

/** A positive integer path parameter, or 404 as GitHub answers for `/issues/abc`. */
export function intParam(ctx: RouteContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d+$/.test(raw)) notFound(ctx);
  return Number(raw);
}

export function bodyObject(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body;
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, errorBody(400, 'Problems parsing JSON', ctx.route));
  }
  return body as Record<string, unknown>;
}

/** GitHub's 422 for a request body field of the wrong type or missing. */
export function invalidField(ctx: RouteContext, message: string): never {
  throw new ApiError(422, {
    message: `Invalid request.\n\n${message}`,
    documentation_url: docsUrl(ctx.route),
    status: '422',
  });
}

export function requireString(ctx: RouteContext, body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (value === undefined || value === null) invalidField(ctx, `"${key}" wasn't supplied.`);
  if (typeof value !== 'string')
    invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

export function optionalString(
  ctx: RouteContext,
  body: Record<string, unknown>,
  key: string,
): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

export function optionalStringArray(
  ctx: RouteContext,
  body: Record<string, unknown>,
  key: string,
): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not an array.`);
  return value as string[];
}
