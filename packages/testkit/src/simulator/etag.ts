import { createHash } from 'node:crypto';

/**
 * Conditional requests as GitHub answers them: a GET answered 200 with JSON carries an `ETag`
 * (a quoted SHA-256, weak `W/"…"` when the client accepts a compressed body, as GitHub's front end
 * sends it then), `Cache-Control: private, max-age=60, s-maxage=60` and `Vary`. A GET whose
 * `If-None-Match` names the current tag is answered 304 with no body and is not counted against
 * the rate limit ("Best practices for using the REST API", Use conditional requests). The tag
 * depends on the token as well as the body: GitHub's differs per token (github/docs#34689).
 */

export const CACHE_CONTROL = 'private, max-age=60, s-maxage=60';
export const VARY = 'Accept, Authorization, Cookie, X-GitHub-OTP';

export function etagFor(body: unknown, authorization: string | undefined, weak: boolean): string {
  const hash = createHash('sha256')
    .update(authorization ?? '')
    .update('\0')
    .update(JSON.stringify(body))
    .digest('hex');
  return weak ? `W/"${hash}"` : `"${hash}"`;
}

/** Whether the request's Accept-Encoding allows a compressed answer (GitHub then weakens the tag). */
export function acceptsCompression(acceptEncoding: string | undefined): boolean {
  return acceptEncoding !== undefined && /\b(gzip|br|deflate)\b/i.test(acceptEncoding);
}

/** The entity tags of an If-None-Match header: `*`, or a comma-separated list of (weak) quoted tags. */
export function parseIfNoneMatch(header: string | undefined): string[] | '*' | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (text === '*') return '*';
  const tags: string[] = [];
  // One pass over the header with a sticky pattern: no backtracking over what a client sent.
  const tag = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;
  let at = 0;
  while (at < text.length) {
    tag.lastIndex = at;
    const m = tag.exec(text);
    if (!m) return tags.length > 0 ? tags : undefined;
    tags.push(m[2]!);
    at = tag.lastIndex;
  }
  return tags;
}

/** RFC 9110 weak comparison, which If-None-Match uses: the opaque parts are equal, W/ or not. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  const tags = parseIfNoneMatch(header);
  if (tags === undefined) return false;
  if (tags === '*') return true;
  const opaque = etag.replace(/^W\//, '').slice(1, -1);
  return tags.includes(opaque);
}
