import { ApiError, errorBody, type RouteContext, type RouteDef } from './route-types.js';
import type { CollaboratorRole, SimRepo, SimUser, SimulatorState, TokenIdentity } from './state.js';

/**
 * Who is calling, and may they. GitHub answers a missing token with 401 "Requires
 * authentication", an unknown one with 401 "Bad credentials", and a token lacking the permission
 * for a write with 403 "Resource not accessible by integration".
 */

export function tokenFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function authenticate(
  state: SimulatorState,
  header: string | undefined,
  route: RouteDef | undefined,
): { identity: TokenIdentity; user: SimUser } {
  const token = tokenFrom(header);
  if (token === undefined) throw new ApiError(401, errorBody(401, 'Requires authentication', route));
  const identity = state.tokens.get(token);
  if (!identity) throw new ApiError(401, errorBody(401, 'Bad credentials', route));
  return { identity, user: state.ensureUser(identity.login) };
}

export function authorize(ctx: Pick<RouteContext, 'identity' | 'route' | 'method'>): void {
  const level = ctx.identity.permissions[ctx.route.scope] ?? 'none';
  const needsWrite = ctx.method !== 'GET';
  if (level === 'write' || (level === 'read' && !needsWrite)) return;
  throw new ApiError(403, errorBody(403, 'Resource not accessible by integration', ctx.route));
}

/**
 * GitHub's refusal to let a token without the `workflows` permission touch a workflow file. The
 * wording names the kind of credential: a GitHub App (bots, GITHUB_TOKEN) or a personal token.
 */
export function workflowRefusal(
  ctx: Pick<RouteContext, 'identity' | 'user'>,
  files: string[],
): string | undefined {
  if (ctx.identity.workflows || files.length === 0) return undefined;
  const file = files[0]!;
  return ctx.user.type === 'Bot'
    ? `refusing to allow a GitHub App to create or update workflow \`${file}\` without \`workflows\` permission`
    : `refusing to allow a Personal Access Token to create or update workflow \`${file}\` without \`workflow\` scope`;
}

export function refuseWorkflowChange(
  ctx: Pick<RouteContext, 'identity' | 'user' | 'route'>,
  files: string[],
): void {
  const message = workflowRefusal(ctx, files);
  if (message) throw new ApiError(403, errorBody(403, message, ctx.route));
}

/** A login's role on a repository: the owner is admin; others as the seed made them collaborators. */
export function roleOf(repo: SimRepo, login: string): CollaboratorRole | undefined {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin';
  return repo.collaborators.get(login.toLowerCase());
}
