import type { Reply, RouteContext } from './route-types.js';

/**
 * GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page` (from 1), with a
 * `Link` header naming next/last (and prev/first past page 1) that octokit.paginate follows.
 */

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  link?: string;
  total: number;
}

function positiveInt(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 ? value : fallback;
}

export function paginate<T>(ctx: Pick<RouteContext, 'query' | 'urls' | 'path'>, all: readonly T[]): Page<T> {
  const perPage = Math.min(positiveInt(ctx.query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const page = positiveInt(ctx.query.get('page'), 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${ctx.urls.api}${ctx.path}?${query.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return { items, total: all.length, ...(parts.length > 0 ? { link: parts.join(', ') } : {}) };
}

/** A JSON array answer, one page of `all`. */
export function pagedReply<T>(ctx: RouteContext, all: readonly T[], render: (item: T) => unknown): Reply {
  const page = paginate(ctx, all);
  return {
    status: 200,
    body: page.items.map(render),
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}

/**
 * An answer like `{ total_count, workflow_runs: [...] }`, paginated the same way. `totalCount`
 * overrides the count where GitHub pages only part of what matched (a capped search).
 */
export function pagedEnvelope<T>(
  ctx: RouteContext,
  key: string,
  all: readonly T[],
  render: (item: T) => unknown,
  totalCount?: number,
): Reply {
  const page = paginate(ctx, all);
  return {
    status: 200,
    body: { total_count: totalCount ?? page.total, [key]: page.items.map(render) },
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}
