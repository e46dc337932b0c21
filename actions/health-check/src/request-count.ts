/**
 * Counts the API requests of a run by kind, so the report can show what it cost. Registered on
 * the client after its retry and throttling plugins, so a retried request counts once.
 */
import type { GitHubClient } from '@autoheal/core/github-client';

export type RequestKind = 'runs' | 'jobs' | 'issues' | 'issue-events' | 'pulls' | 'other';

const KINDS: readonly [RequestKind, RegExp][] = [
  ['runs', /\/actions\/runs(?:\?|$)/],
  ['jobs', /\/actions\/runs\/[^/]+\/attempts\/[^/]+\/jobs(?:\?|$)/],
  ['issue-events', /\/issues\/[^/]+\/events(?:\?|$)/],
  ['issues', /\/issues(?:\?|$)/],
  ['pulls', /\/pulls(?:\?|$)/],
];

/** The kind of a request, from its URL (a route template or an absolute URL with a query). */
export function requestKind(url: string): RequestKind {
  return KINDS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
}

export class RequestCount {
  private readonly counts: Record<RequestKind, number> = {
    runs: 0,
    jobs: 0,
    issues: 0,
    'issue-events': 0,
    pulls: 0,
    other: 0,
  };

  /** Counts every request `github` makes from now on. */
  watch(github: GitHubClient): this {
    github.hook.before('request', (options) => {
      this.add(requestKind(String(options.url)));
    });
    return this;
  }

  add(kind: RequestKind): void {
    this.counts[kind] += 1;
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  byKind(): Record<RequestKind, number> {
    return { ...this.counts };
  }
}
