import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived download links, shaped like the Azure Blob Storage SAS URLs GitHub redirects log
 * downloads to (`sv`, `st`, `se`, `sr`, `sp`, `sig`). They live on the simulator's own origin
 * under `/_blobs/`, need no token, and stop working `ttlMs` after they were issued (GitHub: 1 min).
 */

export const BLOB_PREFIX = '/_blobs/';
export const LOG_LINK_TTL_MS = 60_000;

export type LinkCheck =
  | { ok: true; resource: string }
  | { ok: false; reason: 'expired'; start: Date; expiry: Date }
  | { ok: false; reason: 'bad-signature' };

export class SignedLinks {
  private readonly secret = randomBytes(32);

  constructor(
    private readonly now: () => number,
    private readonly origin: () => string,
  ) {}

  private signature(resource: string, start: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${resource}\n${start}\n${expiry}`).digest('base64');
  }

  /** A link to `resource` (e.g. `job-logs/42`) valid from now for `ttlMs`. */
  issue(resource: string, ttlMs: number = LOG_LINK_TTL_MS): string {
    const now = this.now();
    const start = new Date(now).toISOString();
    const expiry = new Date(now + ttlMs).toISOString();
    const query = new URLSearchParams({
      sv: '2025-01-05',
      st: start,
      se: expiry,
      sr: 'b',
      sp: 'r',
      sig: this.signature(resource, start, expiry),
    });
    return `${this.origin()}${BLOB_PREFIX}${resource}?${query.toString()}`;
  }

  check(resource: string, query: URLSearchParams): LinkCheck {
    const start = query.get('st') ?? '';
    const expiry = query.get('se') ?? '';
    const given = Buffer.from(query.get('sig') ?? '', 'utf8');
    const expected = Buffer.from(this.signature(resource, start, expiry), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: 'bad-signature' };
    if (this.now() > Date.parse(expiry))
      return { ok: false, reason: 'expired', start: new Date(start), expiry: new Date(expiry) };
    return { ok: true, resource };
  }

  /** Azure Storage's answer to a link it will not honour: 403 with an XML error document. */
  refusal(check: Exclude<LinkCheck, { ok: true }>): { body: string; headers: Record<string, string> } {
    const requestId = randomUUID();
    const now = new Date(this.now());
    const detail =
      check.reason === 'expired'
        ? `Signature not valid in the specified time frame: Start [${check.start.toUTCString()}] - Expiry [${check.expiry.toUTCString()}] - Current [${now.toUTCString()}]`
        : 'Signature did not match.';
    const body =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code>' +
      '<Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n' +
      `RequestId:${requestId}\nTime:${now.toISOString()}</Message>` +
      `<AuthenticationErrorDetail>${detail}</AuthenticationErrorDetail></Error>`;
    return {
      body,
      headers: {
        'content-type': 'application/xml',
        'x-ms-error-code': 'AuthenticationFailed',
        'x-ms-request-id': requestId,
      },
    };
  }
}
