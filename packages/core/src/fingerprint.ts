import { createHash } from 'node:crypto';
import type { FailureCategory } from './analyzer/categories.js';
import { normalizeLine } from './analyzer/normalize.js';
import { stripAnsi } from './log/clean.js';

/**
 * Failure fingerprints: one short, stable id per distinct failure, so a second run of the same
 * failure finds the issue the first one filed. Equal across runs of the same failure (timestamps,
 * durations, workspace and temp paths, hashes, signed URLs and line numbers do not count), and
 * different when the workflow, the job, the kind of failure or its telling line differ.
 */

export interface FingerprintParts {
  /** `.github/workflows/ci.yml` (an `@ref` suffix is ignored). */
  workflowPath: string;
  jobName: string;
  category: FailureCategory;
  /** The analyzer's key line: the single most telling line of the failure. */
  keyLine: string;
}

/** 64 bits as hex: short enough for a title or a marker, far from colliding among one repository's failures. */
export const FINGERPRINT_HEX_LENGTH = 16;
/** Bumped only if normalisation changes so much that old fingerprints should no longer match. */
const SCHEME = 'autoheal-fingerprint/v1';
/** Past this, a key line's tail is usually a variable dump (arguments, payloads), not what identifies it. */
const MAX_KEY_CHARS = 400;

const RUNNER_PREFIX = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const COMMAND_PREFIX = /^##\[(?:error|warning|notice)\]\s*/i;

// Checkout locations differ between hosted runners, containers and self-hosted machines.
const WORKSPACES: [RegExp, string][] = [
  [/\/home\/runner\/work\/[^/\s]+\/[^/\s]+\//g, ''],
  [/\/Users\/runner\/work\/[^/\s]+\/[^/\s]+\//g, ''],
  [/\/__w\/[^/\s]+\/[^/\s]+\//g, ''],
  [/\/github\/workspace\//g, ''],
  [/(?:\/[^/\s'"]+)*\/_work\/[^/\s]+\/[^/\s]+\//g, ''],
  [/\b[A-Za-z]:\\a\\[^\\\s]+\\[^\\\s]+\\/g, ''],
  [/\b[A-Za-z]:\\(?:[^\\\s'"]+\\)*_work\\[^\\\s]+\\[^\\\s]+\\/g, ''],
];

const VOLATILE: [RegExp, string][] = [
  // Signed or parameterised URLs: the query (expiry, signature, cache busters) changes every run.
  [/(\bhttps?:\/\/[^\s"'?#]+)\?[^\s"']*/g, '$1?<query>'],
  // Source positions: the same error moves when unrelated lines are added above it.
  [/(\.[A-Za-z][\w]*):\d+(?::\d+)?/g, '$1:<pos>'],
  [/(\.[A-Za-z][\w]*)\(\d+(?:,\d+)?\)/g, '$1(<pos>)'],
  [/\bline \d+/gi, 'line <n>'],
  // Memory addresses and process ids.
  [/\b0x[0-9a-f]+\b/gi, '<addr>'],
  [/\b(pid|PID|process) \d+/g, '$1 <n>'],
];

/** The key line as fingerprints see it: only what identifies the failure is left. */
export function normalizeKeyLine(keyLine: string): string {
  let text = stripAnsi(keyLine).replace(RUNNER_PREFIX, '').trim().replace(COMMAND_PREFIX, '');
  for (const [re, to] of WORKSPACES) text = text.replace(re, to);
  for (const [re, to] of VOLATILE) text = text.replace(re, to);
  text = normalizeLine(text);
  return text.length > MAX_KEY_CHARS ? text.slice(0, MAX_KEY_CHARS) : text;
}

/** `.github/workflows/ci.yml@refs/heads/main` and `./.github/workflows/ci.yml` both become `.github/workflows/ci.yml`. */
export function normalizeWorkflowPath(path: string): string {
  return path.trim().replace(/@.*$/, '').replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * A job name without its matrix values: `test (ubuntu-latest, 20)` and `test (windows-latest, 22)`
 * failing the same way are one failure, not one per matrix leg.
 */
export function normalizeJobName(name: string): string {
  const collapsed = name.trim().replace(/\s+/g, ' ');
  const bare = collapsed.replace(/(?:\s*\([^()]*\))+$/, '').trim();
  return bare === '' ? collapsed : bare;
}

/** The fingerprint of one failure: hex, FINGERPRINT_HEX_LENGTH characters. */
export function failureFingerprint(parts: FingerprintParts): string {
  const canonical = [
    SCHEME,
    normalizeWorkflowPath(parts.workflowPath),
    normalizeJobName(parts.jobName),
    parts.category,
    normalizeKeyLine(parts.keyLine),
  ].join('\n');
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}
