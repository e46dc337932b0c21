/** The few statistics the health report shows, defined once so the numbers can be checked by hand. */

/** The middle value; for an even count, the mean of the two middle ones. Undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least `p` percent of the values at or
 * below it (rank ⌈p/100 · n⌉). It is always one of the values, never an interpolation.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** `part / whole`, or null when there is nothing to divide (no runs is not a 0 % success rate). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
