/**
 * How well autoheal itself did over a window, from what it leaves on GitHub: the issues it filed
 * (its failure marker, its labels), the fix pull requests it opened, and the failed jobs it re-ran.
 */
import type { HealthRun } from './runs.js';
import { outcomeOf } from './runs.js';
import { median, share } from './stats.js';
import type { TimeWindow } from './window-health.js';

export interface AutohealIssueRecord {
  number: number;
  createdAt: number;
  state: 'open' | 'closed';
  /** When it was last closed (null while open). */
  closedAt: number | null;
  /** The category of its `autoheal:<category>` label; null without one. */
  category: string | null;
  /** When it was reopened, from its events; undefined when they were not read. */
  reopenedAt?: number[];
}

export interface AutohealPullRecord {
  number: number;
  createdAt: number;
  closedAt: number | null;
  mergedAt: number | null;
}

export interface Effectiveness {
  issues: {
    opened: number;
    /** Reopen events in the window. */
    reopened: number;
    /** Issues that may have been reopened but whose events were not read (the lookup cap). */
    reopenedUnchecked: number;
    /** Closed in the window and still closed. */
    closed: number;
    /** Median of created → closed over those. */
    medianTimeToCloseMs: number | null;
  };
  pulls: { opened: number; merged: number; closedUnmerged: number };
  /** Runs autoheal re-ran (latest attempt started by a trusted login) and how many turned green. */
  reruns: { total: number; green: number; failed: number };
  /** Of the issues opened in the window, those whose category is known (not `unknown`). */
  coverage: {
    failures: number;
    categorized: number;
    share: number | null;
    byCategory: Record<string, number>;
  };
}

function within(ms: number | null | undefined, window: TimeWindow): boolean {
  return ms !== null && ms !== undefined && ms >= window.start && ms < window.end;
}

export function computeEffectiveness(
  window: TimeWindow,
  input: {
    issues: readonly AutohealIssueRecord[];
    pulls: readonly AutohealPullRecord[];
    runs: readonly HealthRun[];
    /** Whether a login is autoheal's (compared as the API writes it, case-insensitively). */
    isAutoheal: (login: string | null) => boolean;
  },
): Effectiveness {
  const opened = input.issues.filter((i) => within(i.createdAt, window));
  const closed = input.issues.filter((i) => i.state === 'closed' && within(i.closedAt, window));
  let reopened = 0;
  let reopenedUnchecked = 0;
  for (const issue of input.issues) {
    if (issue.reopenedAt === undefined) reopenedUnchecked += 1;
    else reopened += issue.reopenedAt.filter((ms) => within(ms, window)).length;
  }
  const byCategory: Record<string, number> = {};
  for (const issue of opened) {
    const category = issue.category ?? 'unknown';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  const categorized = opened.filter((i) => i.category !== null && i.category !== 'unknown').length;
  const reruns = input.runs.filter(
    (r) => within(r.createdAt, window) && r.attempt > 1 && input.isAutoheal(r.triggeringActor),
  );
  const green = reruns.filter((r) => outcomeOf(r) === 'success').length;
  return {
    issues: {
      opened: opened.length,
      reopened,
      reopenedUnchecked,
      closed: closed.length,
      medianTimeToCloseMs: median(closed.map((i) => i.closedAt! - i.createdAt)) ?? null,
    },
    pulls: {
      opened: input.pulls.filter((p) => within(p.createdAt, window)).length,
      merged: input.pulls.filter((p) => within(p.mergedAt, window)).length,
      closedUnmerged: input.pulls.filter((p) => p.mergedAt === null && within(p.closedAt, window)).length,
    },
    reruns: {
      total: reruns.length,
      green,
      failed: reruns.filter((r) => outcomeOf(r) === 'failure').length,
    },
    coverage: {
      failures: opened.length,
      categorized,
      share: share(categorized, opened.length),
      byCategory,
    },
  };
}
