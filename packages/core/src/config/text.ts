/** Wording shared by input and config errors, so both read the same way. */

/** Longest value echoed back in an error; a pasted log or key should not flood the annotation. */
export const MAX_QUOTED_CHARS = 60;

/** A user's value as it appears in an error: JSON-quoted (so newlines show), truncated with "…". */
export function quote(value: string, max = MAX_QUOTED_CHARS): string {
  const chars = [...value];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : value);
}

/** `"a", "b" or "c"`. */
export function listWords(items: readonly string[], conjunction = 'or'): string {
  const quoted = items.map((item) => JSON.stringify(item));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/** "an integer from 1 to 20", "a number greater than 1 and at most 10", "an integer of at least 0". */
export function rangePhrase(
  noun: 'an integer' | 'a number',
  range: { min?: number | undefined; max?: number | undefined; above?: number | undefined },
): string {
  const { min, max, above } = range;
  if (above !== undefined)
    return max === undefined
      ? `${noun} greater than ${above}`
      : `${noun} greater than ${above} and at most ${max}`;
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  if (max !== undefined) return `${noun} of at most ${max}`;
  return noun;
}

/** Whether `value` lies in the range `rangePhrase` describes. */
export function inRange(
  value: number,
  range: { min?: number | undefined; max?: number | undefined; above?: number | undefined },
): boolean {
  if (range.above !== undefined && !(value > range.above)) return false;
  if (range.min !== undefined && value < range.min) return false;
  if (range.max !== undefined && value > range.max) return false;
  return true;
}

/** Spelling-insensitive form: `maxPerHour`, `max_per_hour` and `Max-Per-Hour` all become `maxperhour`. */
function squash(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The candidate the user most likely meant, or undefined when none is close: a different spelling
 * of the same words first, then the nearest by edit distance (allowing more typos in longer words).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const squashed = squash(word);
  const same = candidates.find((c) => squash(c) === squashed);
  if (same !== undefined) return same;
  const allowed = squashed.length <= 4 ? 1 : squashed.length <= 9 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(squashed, squash(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `maxPerHour` → `max-per-hour`: schema field names are camelCase, YAML keys and inputs kebab-case. */
export function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
