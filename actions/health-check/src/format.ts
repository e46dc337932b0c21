/** How numbers read in the summary: rates as percentages, durations in the two largest units. */

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)} %`;
}

/** A change of rate in percentage points, signed: `+2.5 pts`, `−10.0 pts`. */
export function points(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  const value = (change * 100).toFixed(1);
  if (value === '0.0' || value === '-0.0') return '±0.0 pts';
  return change > 0 ? `+${value} pts` : `−${value.slice(1)} pts`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pair(ms: number, big: number, bigUnit: string, small: number, smallUnit: string): string {
  const a = Math.floor(ms / big);
  const b = Math.round((ms - a * big) / small);
  // Rounding the smaller unit up to a whole bigger one (59.6 s) carries over.
  if (b * small >= big) return `${a + 1}${bigUnit}`;
  return b === 0 ? `${a}${bigUnit}` : `${a}${bigUnit} ${b}${smallUnit}`;
}

/**
 * `45s`, `6m 12s`, `26h 5m` (hours up to two days, where days would round too much), `3d 4h`;
 * `—` when unknown.
 */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  ms = Math.round(ms / SECOND) * SECOND;
  if (ms < MINUTE) return `${Math.round(ms / SECOND)}s`;
  if (ms < HOUR) return pair(ms, MINUTE, 'm', SECOND, 's');
  if (ms < 2 * DAY) return pair(ms, HOUR, 'h', MINUTE, 'm');
  return pair(ms, DAY, 'd', HOUR, 'h');
}

/** `2026-03-01 14:05 UTC`. */
export function dateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
