/**
 * Conditional GETs: each list the monitor reads is asked again with the ETag of its last answer
 * (`If-None-Match`); GitHub answers 304 with no body when nothing changed, and such an answer does
 * not count against the rate limit ("Best practices for using the REST API": Use conditional
 * requests if appropriate). The cache keeps, per request, the tag and what the monitor took out
 * of the body — never the body itself, so 50 repositories cost kilobytes, not megabytes.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';

export interface Conditional<T> {
  value: T;
  /** True when GitHub answered 304 and `value` is the one kept from before. */
  notModified: boolean;
}

/** An entity tag as GitHub sends one (quoted, maybe weak): anything else is not sent back. */
const ETAG = /^(?:W\/)?"[\x21\x23-\x7e]{1,200}"$/;

export class ConditionalCache {
  private readonly entries = new Map<string, { etag: string; value: unknown }>();

  get size(): number {
    return this.entries.size;
  }

  /** Every entry as `[request, etag, value]`, for a state file. */
  export(): [string, string, unknown][] {
    return [...this.entries].map(([key, e]) => [key, e.etag, e.value]);
  }

  /** Entries read back from a state file; any that is not `[string, tag, value]` is dropped. */
  import(entries: unknown): void {
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (!Array.isArray(entry) || entry.length !== 3) continue;
      const [key, etag, value] = entry as unknown[];
      if (typeof key !== 'string' || typeof etag !== 'string' || !ETAG.test(etag)) continue;
      this.entries.set(key, { etag, value });
    }
  }

  /**
   * GET `route` with `params`, conditionally when an answer to the same request is cached.
   * `extract` turns a fresh body into what is kept (and returned).
   */
  async get<T>(
    github: GitHubClient,
    route: string,
    params: Record<string, string | number>,
    extract: (data: unknown) => T,
    /**
     * Whether a kept value has the shape `extract` gives: one read from a state file may not (a
     * hand edit, another version), and is then dropped and the request sent unconditionally.
     */
    valid: (value: unknown) => boolean = () => true,
  ): Promise<Conditional<T>> {
    const key = `${route} ${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
    let cached = this.entries.get(key);
    if (cached && !valid(cached.value)) {
      this.entries.delete(key);
      cached = undefined;
    }
    try {
      const response = await github.request(route, {
        ...params,
        ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
      });
      const value = extract(response.data);
      const etag = response.headers.etag;
      if (typeof etag === 'string' && etag !== '') this.entries.set(key, { etag, value });
      else this.entries.delete(key);
      return { value, notModified: false };
    } catch (error) {
      if (cached && isRequestError(error) && error.status === 304)
        return { value: cached.value as T, notModified: true };
      throw error;
    }
  }
}
