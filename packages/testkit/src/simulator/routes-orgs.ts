import { pagedReply } from './pagination.js';
import { minimalRepository } from './render-repo.js';
import { fail, type RouteDef } from './route-types.js';

/** An organization's repositories (what `autoheal monitor --org` lists). */

const TYPES = new Set(['all', 'public', 'private', 'forks', 'sources', 'member']);
const SORTS = new Set(['created', 'updated', 'pushed', 'full_name']);

export const orgRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/orgs/{org}/repos',
    operationId: 'repos/list-for-org',
    docs: 'repos/repos#list-organization-repositories',
    scope: 'metadata',
    handler: (ctx) => {
      const org = ctx.state.user(decodeURIComponent(ctx.params.org ?? ''));
      // A user's login is not an organization: GitHub answers 404 here, as for an unknown name.
      if (org?.type !== 'Organization') fail(ctx, 404, 'Not Found');
      const type = ctx.query.get('type') ?? 'all';
      const sort = ctx.query.get('sort') ?? 'created';
      if (!TYPES.has(type) || !SORTS.has(sort)) fail(ctx, 422, 'Validation Failed');
      // As documented: `direction` defaults to asc for full_name, desc otherwise.
      const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
      const key = (r: { name: string; created_at: string; updated_at: string; pushed_at: string }) =>
        sort === 'full_name'
          ? r.name.toLowerCase()
          : sort === 'created'
            ? r.created_at
            : sort === 'updated'
              ? r.updated_at
              : r.pushed_at;
      const repos = [...ctx.state.repos.values()]
        .filter((r) => r.owner.toLowerCase() === org.login.toLowerCase())
        // No forks are simulated, so `forks` lists none and `sources` all.
        .filter((r) => (type === 'public' ? !r.private : type === 'private' ? r.private : type !== 'forks'))
        .sort((a, b) => {
          const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
          return direction === 'asc' ? order : -order;
        });
      return pagedReply(ctx, repos, (r) => minimalRepository(ctx.state, ctx.urls, r));
    },
  },
];
