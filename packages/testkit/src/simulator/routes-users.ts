import { rateJson } from './rate-limit.js';
import { privateUser, publicUser } from './render-user.js';
import { fail, notFound, type RouteDef } from './route-types.js';
import type { SimUser, SimulatorState } from './state.js';

/** Rate limit status and users. */

function repoCounts(state: SimulatorState, user: SimUser): { publicRepos: number; privateRepos: number } {
  let publicRepos = 0;
  let privateRepos = 0;
  for (const repo of state.repos.values()) {
    if (repo.owner.toLowerCase() !== user.login.toLowerCase()) continue;
    if (repo.private) privateRepos++;
    else publicRepos++;
  }
  return { publicRepos, privateRepos };
}

export const userRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/rate_limit',
    operationId: 'rate-limit/get',
    docs: 'rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
    scope: 'metadata',
    handler: (ctx) => {
      const core = rateJson(ctx.rates.peek(ctx.identity.login));
      const reset = core.reset!;
      const idle = (limit: number) => ({ limit, used: 0, remaining: limit, reset });
      return {
        status: 200,
        body: {
          resources: {
            core,
            search: idle(30),
            graphql: idle(5000),
            integration_manifest: idle(5000),
            code_search: idle(10),
          },
          rate: core,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/user',
    operationId: 'users/get-authenticated',
    docs: 'users/users#get-the-authenticated-user',
    scope: 'metadata',
    handler: (ctx) => {
      // Installation tokens (GITHUB_TOKEN, apps) are not users: GitHub refuses them here.
      if (ctx.user.type === 'Bot') fail(ctx, 403, 'Resource not accessible by integration');
      return { status: 200, body: privateUser(ctx.urls, ctx.user, repoCounts(ctx.state, ctx.user)) };
    },
  },
  {
    method: 'GET',
    path: '/users/{username}',
    operationId: 'users/get-by-username',
    docs: 'users/users#get-a-user',
    scope: 'metadata',
    handler: (ctx) => {
      const user = ctx.state.user(decodeURIComponent(ctx.params.username ?? ''));
      if (!user) notFound(ctx);
      return { status: 200, body: publicUser(ctx.urls, user, repoCounts(ctx.state, user)) };
    },
  },
];
