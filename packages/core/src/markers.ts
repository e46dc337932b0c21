/**
 * Hidden markers: how autoheal recognises what it posted before, so that a second run updates
 * instead of duplicating. A marker is an HTML comment on its own line of a body, invisible in the
 * rendered page:
 *
 *   <!-- autoheal:kind=failure fingerprint=ab12cd v=1 sig=0123456789abcdef0123456789abcdef -->
 *
 * Threat model. Anyone who can open an issue or comment (on a public repository: anyone) can type
 * a marker, and GitHub shows every body's source to everyone, so a marker is no secret. A forged
 * marker could make autoheal treat a stranger's issue as its own (edit it, close it as fixed, or
 * stop reporting a failure as "already reported"). Three defences, each closing a different gap:
 *
 * 1. Our posts never carry someone else's marker: the sanitizer turns `<!--` in any text we embed
 *    into `<​!--` (a zero-width space after `<`), which no longer parses as a marker here and is
 *    no comment on GitHub.
 * 2. Markers count only in content authored by the expected account, compared by the login the
 *    API returns (`github-actions[bot]`, `my-app[bot]`): see isTrustedMarkerSource. An ordinary
 *    user cannot register a login ending in `[bot]`.
 * 3. Optionally a keyed signature (HMAC-SHA256 over the canonical fields, key from the actions'
 *    `marker-key` input, a secret; withMarkerKey makes it the run's default):
 *    `github-actions[bot]` is shared by every workflow of the repository that uses GITHUB_TOKEN, and
 *    one of them may well echo user text into a comment. Without the key it cannot mint a marker.
 *    A signature binds the fields, not the place: a marker copied whole from one of our posts still
 *    verifies, so callers put what identifies the place (the failure fingerprint) in the fields,
 *    and rely on (2) for where it may appear.
 *
 * Only a marker alone on a line at the top level of the body counts: not one inside a fenced code
 * block or a blockquote (where quoting one of our posts would put it), nor one indented as code.
 * Add markers to a body after sanitizing it (the sanitizer neutralises every `<!--`, ours
 * included), at its start, before any embedded text, so nothing that text leaves open can
 * swallow them. Out of scope: someone holding the signing key or the bot's token, and
 * maintainers with write access, who can edit any body.
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from './errors.js';
import { FenceTracker } from './text/fences.js';

export interface MarkerOptions {
  /**
   * Signing key: renderMarker adds `sig`, parseMarkers keeps only markers whose `sig` verifies.
   * Defaults to the key of the enclosing withMarkerKey.
   */
  key?: string | Uint8Array;
}

export interface Marker {
  /** Decoded fields, without `sig`. */
  fields: Record<string, string>;
  /** 1-based line of the body the marker is on. */
  line: number;
  /** True only when a key was given and the marker's signature matched it. */
  verified: boolean;
}

/**
 * The run's signing key, when the action was given `marker-key`. Scoped to one call of
 * withMarkerKey rather than passed down: markers are rendered and read in some thirty places of
 * six actions, and a key that one of them forgot to pass would silently trust unsigned markers.
 * An explicit `options.key` still wins (tests, the CLI).
 */
const runKey = new AsyncLocalStorage<string | Uint8Array>();

/** Runs `fn` with `key` as the default key of every renderMarker/parseMarkers/findMarker inside it (no key: unsigned, as before). */
export function withMarkerKey<T>(key: string | Uint8Array | undefined, fn: () => T): T {
  if (key === undefined) return runKey.exit(fn);
  checkSigningKey(key);
  return runKey.run(key, fn);
}

/** Whether markers are being signed and verified here (inside withMarkerKey with a key). */
export function markersSigned(): boolean {
  return runKey.getStore() !== undefined;
}

function keyOf(options: MarkerOptions): string | Uint8Array | undefined {
  return options.key ?? runKey.getStore();
}

export const SIGNATURE_FIELD = 'sig';
/** 128 bits of the HMAC: forging one means guessing it online, one post per try. */
export const SIGNATURE_HEX_LENGTH = 32;

const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const ENCODED_VALUE = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$/;
// Greedy inside, trimmed afterwards: a lazy `(.*?)[ \t]*-->` would backtrack quadratically on a
// long line of blanks, and bodies are written by anyone.
const MARKER_LINE = /^ {0,3}<!--[ \t]*autoheal:(.*)-->[ \t]*$/;
const SIGNATURE = /^[0-9a-f]+$/;
const DOMAIN = 'autoheal-marker/v1';

/** Percent-encodes everything but unreserved URL characters, so a value cannot end the comment (`-->`), add a field or break the line. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function checkKey(key: string): void {
  if (!KEY.test(key)) {
    throw new ConfigurationError(
      `marker field name ${JSON.stringify(key)} is not valid: use a lowercase letter, then up to 63 ` +
        'lowercase letters, digits or hyphens (for example "kind" or "run-id")',
    );
  }
  if (key === SIGNATURE_FIELD) {
    throw new ConfigurationError(`marker field name "${SIGNATURE_FIELD}" is reserved for the signature`);
  }
}

function checkSigningKey(key: string | Uint8Array): void {
  if (key.length === 0) {
    throw new ConfigurationError(
      'marker signing key is empty: pass a non-empty secret, or no key for unsigned markers',
    );
  }
}

/** The signed text: a domain tag, then `key=encoded-value` lines in key order (so field order is free). */
function canonical(fields: Readonly<Record<string, string>>): string {
  const lines = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${encodeValue(fields[k]!)}`);
  return [DOMAIN, ...lines].join('\n');
}

function sign(fields: Readonly<Record<string, string>>, key: string | Uint8Array): string {
  return createHmac('sha256', key).update(canonical(fields)).digest('hex').slice(0, SIGNATURE_HEX_LENGTH);
}

/**
 * The marker line for `fields` (no line break: put it on a line of its own). Fields keep their
 * order; values may be any string. Throws ConfigurationError for an invalid field name, no
 * fields, or an empty signing key.
 */
export function renderMarker(fields: Readonly<Record<string, string>>, options: MarkerOptions = {}): string {
  const keys = Object.keys(fields);
  if (keys.length === 0) {
    throw new ConfigurationError('a marker needs at least one field (for example kind=failure)');
  }
  for (const k of keys) checkKey(k);
  const parts = keys.map((k) => `${k}=${encodeValue(fields[k]!)}`);
  const key = keyOf(options);
  if (key !== undefined) {
    checkSigningKey(key);
    parts.push(`${SIGNATURE_FIELD}=${sign(fields, key)}`);
  }
  return `<!-- autoheal:${parts.join(' ')} -->`;
}

/** Fields of a marker's inside, or undefined when any part is malformed (then it is not ours). */
function parseFields(inside: string): { fields: Record<string, string>; sig?: string } | undefined {
  const fields: Record<string, string> = {};
  let sig: string | undefined;
  const parts = inside.split(/[ \t]+/);
  if (parts.length === 0 || parts[0] === '') return undefined;
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    if (key === SIGNATURE_FIELD) {
      if (sig !== undefined || !SIGNATURE.test(raw)) return undefined;
      sig = raw;
      continue;
    }
    if (!KEY.test(key) || Object.hasOwn(fields, key) || !ENCODED_VALUE.test(raw)) return undefined;
    try {
      fields[key] = decodeURIComponent(raw);
    } catch {
      return undefined; // percent-escapes that are not UTF-8
    }
  }
  if (Object.keys(fields).length === 0) return undefined;
  return sig === undefined ? { fields } : { fields, sig };
}

function signatureMatches(
  fields: Readonly<Record<string, string>>,
  sig: string,
  key: string | Uint8Array,
): boolean {
  if (sig.length !== SIGNATURE_HEX_LENGTH) return false;
  const expected = Buffer.from(sign(fields, key), 'utf8');
  return timingSafeEqual(expected, Buffer.from(sig, 'utf8'));
}

/**
 * The markers of a body, in order. With a key, only those whose signature verifies. Lines inside
 * fenced code blocks, quoted (`>`), indented 4 or more spaces, or sharing the line with other text
 * do not count.
 */
export function parseMarkers(body: string | null | undefined, options: MarkerOptions = {}): Marker[] {
  const key = keyOf(options);
  if (key !== undefined) checkSigningKey(key);
  if (!body?.includes('autoheal:')) return [];
  const markers: Marker[] = [];
  const tracker = new FenceTracker();
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (tracker.next(line)) continue;
    const m = MARKER_LINE.exec(line);
    if (!m) continue;
    const parsed = parseFields(m[1]!.trim());
    if (!parsed) continue;
    if (key === undefined) {
      markers.push({ fields: parsed.fields, line: i + 1, verified: false });
    } else if (parsed.sig !== undefined && signatureMatches(parsed.fields, parsed.sig, key)) {
      markers.push({ fields: parsed.fields, line: i + 1, verified: true });
    }
  }
  return markers;
}

/** The first marker of the body whose `kind` field is `kind`. */
export function findMarker(
  body: string | null | undefined,
  kind: string,
  options: MarkerOptions = {},
): Marker | undefined {
  return parseMarkers(body, options).find((m) => m.fields.kind === kind);
}

// A GitHub login (letters, digits, hyphens; `_` in enterprise managed user names), optionally
// with the `[bot]` suffix the API gives GitHub App and Actions accounts.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

/**
 * Whether content by `login` may carry trusted markers: it must equal one of `expected`, ignoring
 * case (GitHub logins are case-insensitive), in the API's exact form. `github-actions` is not
 * `github-actions[bot]`: the former is a name a person could register. Throws ConfigurationError
 * when `expected` is empty or holds something that is not a login.
 */
export function isTrustedMarkerSource(
  login: string | null | undefined,
  expected: readonly string[],
): boolean {
  if (expected.length === 0) {
    throw new ConfigurationError(
      'no trusted marker authors given: name at least one login, such as github-actions[bot]',
    );
  }
  for (const e of expected) {
    if (!LOGIN.test(e)) {
      throw new ConfigurationError(
        `trusted marker author ${JSON.stringify(e)} is not a GitHub login: use letters, digits and ` +
          'hyphens, with the [bot] suffix for apps (for example github-actions[bot] or my-app[bot])',
      );
    }
  }
  if (!login) return false;
  const wanted = login.toLowerCase();
  return expected.some((e) => e.toLowerCase() === wanted);
}
