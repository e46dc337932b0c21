/**
 * Normalising the volatile parts of a log line, so the same event in two runs reads the same:
 * timestamps, durations, hashes, temp paths, ports, counters and the versions in download lines.
 * Used to compare a failed run with the last green one (novelty) and to fingerprint failures.
 * Failure counts are deliberately kept: "Failures: 0" and "Failures: 3" must stay different.
 */

const RULES: [RegExp, string][] = [
  // ISO timestamps, dates and clock times.
  [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  [/\b\d{4}[-/]\d\d[-/]\d\d\b/g, '<date>'],
  [/\b\d\d:\d\d:\d\d(?:[.,]\d+)?\b/g, '<clock>'],
  // Durations: 0.233 sec, 12ms, (0.00s), 1m30s, 3.2 seconds, Time elapsed: 5 s.
  [
    /\b\d+(?:\.\d+)?\s?(?:ms|millis(?:econds)?|µs|us|ns|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\b/g,
    '<dur>',
  ],
  [/\b\d+m\d+(?:\.\d+)?s\b/g, '<dur>'],
  // UUIDs and hex ids (git SHAs, digests, container ids): 7+ hex chars holding a digit and a letter.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b/gi, '<hex>'],
  [/\bsha(?:1|256|512)[:-][A-Za-z0-9+/=]+/g, '<digest>'],
  // Temp paths and runner work dirs that change per run.
  [/\/tmp\/[\w.-]+/g, '/tmp/<tmp>'],
  [/\/var\/folders\/[\w/.-]+/g, '<tmp>'],
  [/\\Temp\\[\w.-]+/gi, '\\Temp\\<tmp>'],
  [/_temp\/[\w.-]+/g, '_temp/<tmp>'],
  // Hosts with ports, IPs.
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>'],
  [/(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):\d+/g, '$1:<port>'],
  // Versions in download/install lines (go: downloading x v1.2.3; Downloading foo-1.2.3.tgz).
  [/\bv?\d+\.\d+\.\d+(?:[-+][\w.+-]+)?\b/g, '<ver>'],
  // Sizes and transfer rates.
  [/\b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|bytes|B\/s|[kKMG]B\/s)\b/g, '<size>'],
  // Percentages and progress counters like [123/456] or (12/40).
  [/\b\d+(?:\.\d+)?%/g, '<pct>'],
  [/[[(]\s*\d+\s*\/\s*\d+\s*[\])]/g, '<progress>'],
  // Build and run numbers, job ids in URLs.
  [/\/(?:builds|runs|jobs|job|actions\/runs)\/\d+/g, '/<id>'],
  [/#\d{3,}\b/g, '#<n>'],
];

export function normalizeLine(text: string): string {
  let out = text.trim();
  for (const [re, replacement] of RULES) out = out.replace(re, replacement);
  return out.replace(/\s+/g, ' ');
}

/** A 32-bit FNV-1a hash: cheap set membership for millions of lines. */
export function hashLine(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
