import type { HttpMethod, RouteDef } from './route-types.js';

/**
 * Matching request paths to OpenAPI path templates. A trailing `{path}` or `{ref}` takes the rest
 * of the path (file paths and `heads/feature/x` contain slashes, encoded or not); other
 * parameters take one segment. Templates with more literal segments win.
 */

interface Compiled {
  route: RouteDef;
  segments: string[];
  greedy: boolean;
  literals: number;
}

const GREEDY = new Set(['{path}', '{ref}']);
// Sub-resources of a commit GitHub serves under `/commits/{ref}/…`; a greedy ref must not swallow them.
const COMMIT_SUBRESOURCES = new Set([
  'status',
  'statuses',
  'check-runs',
  'check-suites',
  'comments',
  'pulls',
  'branches-where-head',
]);

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly RouteDef[]) {
    this.compiled = routes
      .map((route) => {
        const segments = route.path.split('/').slice(1);
        const last = segments[segments.length - 1] ?? '';
        return {
          route,
          segments,
          greedy: GREEDY.has(last),
          literals: segments.filter((s) => !s.startsWith('{')).length,
        };
      })
      .sort((a, b) => b.literals - a.literals || b.segments.length - a.segments.length);
  }

  match(method: HttpMethod, path: string): { route: RouteDef; params: Record<string, string> } | undefined {
    const parts = path.split('/').slice(1);
    for (const c of this.compiled) {
      if (c.route.method !== method) continue;
      const params = matchSegments(c, parts);
      if (params) return { route: c.route, params };
    }
    return undefined;
  }

  /** Any route for this path, whatever the method (to attribute error bodies to a documentation page). */
  matchAnyMethod(path: string): RouteDef | undefined {
    const parts = path.split('/').slice(1);
    return this.compiled.find((c) => matchSegments(c, parts) !== undefined)?.route;
  }
}

function matchSegments(c: Compiled, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const fixed = c.greedy ? c.segments.length - 1 : c.segments.length;
  if (c.greedy ? parts.length < fixed : parts.length !== fixed) return undefined;
  for (let i = 0; i < fixed; i++) {
    const template = c.segments[i]!;
    const part = parts[i]!;
    if (template.startsWith('{')) {
      if (part === '') return undefined;
      params[template.slice(1, -1)] = part;
    } else if (template !== part) return undefined;
  }
  if (c.greedy) {
    const name = c.segments[fixed]!.slice(1, -1);
    const rest = parts.slice(fixed).join('/');
    // `{ref}` needs something; `{path}` may be empty (the repository root).
    if (rest === '' && name !== 'path') return undefined;
    if (
      name === 'ref' &&
      c.segments[fixed - 1] === 'commits' &&
      parts.length - fixed > 1 &&
      COMMIT_SUBRESOURCES.has(parts[parts.length - 1]!)
    )
      return undefined;
    params[name] = rest;
  }
  return params;
}
