/**
 * Alerts with hysteresis. A workflow is flagged when its success rate falls below
 * `minSuccessRate`, or drops by more than `maxDrop` from the previous window; once flagged it is
 * cleared only when its rate is back at `recoverRate` or above (higher than the trigger), so a
 * workflow hovering around the threshold is not flagged and cleared on alternate weeks.
 */

export interface AlertThresholds {
  minSuccessRate: number;
  recoverRate: number;
  /** In rate points: 0.15 is 15 percentage points. */
  maxDrop: number;
  /** Fewer successful and failed runs than this say too little to flag or clear a workflow. */
  minRuns: number;
}

export type AlertReason =
  /** The rate is below minSuccessRate. */
  | 'below-min'
  /** The rate fell by more than maxDrop since the previous window. */
  | 'drop'
  /** Flagged before, and not yet back at recoverRate. */
  | 'not-recovered'
  /** Flagged before; too few runs in this window to clear it. */
  | 'too-few-runs';

export type AlertStatus =
  /** Flagged now, not before. */
  | 'new'
  /** Flagged before and still. */
  | 'ongoing'
  /** Flagged before, cleared now. */
  | 'cleared'
  /** Neither. */
  | 'ok';

export interface AlertInput {
  /** Success rate in this window, null without successful or failed runs. */
  rate: number | null;
  /** Successful plus failed runs in this window. */
  decided: number;
  previousRate: number | null;
  previousDecided: number;
  /** Whether the workflow was flagged at the end of the previous report. */
  wasAlerted: boolean;
}

export interface AlertDecision {
  status: AlertStatus;
  /** Why it is flagged (empty when it is not). */
  reasons: AlertReason[];
}

/** Rates are compared after rounding to 1e-9, so 0.8 computed as 4/5 is not "below" 0.8. */
function below(a: number, b: number): boolean {
  return a < b - 1e-9;
}

export function decideAlert(input: AlertInput, t: AlertThresholds): AlertDecision {
  const flagged = (reasons: AlertReason[]): AlertDecision => ({
    status: input.wasAlerted ? 'ongoing' : 'new',
    reasons,
  });
  if (input.rate === null || input.decided < t.minRuns) {
    // Not enough evidence either way: keep what was, unless the workflow stopped running altogether.
    if (input.wasAlerted && input.decided > 0) return flagged(['too-few-runs']);
    return { status: input.wasAlerted ? 'cleared' : 'ok', reasons: [] };
  }
  const reasons: AlertReason[] = [];
  if (below(input.rate, t.minSuccessRate)) reasons.push('below-min');
  if (
    input.previousRate !== null &&
    input.previousDecided >= t.minRuns &&
    input.previousRate - input.rate > t.maxDrop + 1e-9
  )
    reasons.push('drop');
  if (reasons.length > 0) return flagged(reasons);
  if (input.wasAlerted && below(input.rate, t.recoverRate)) return flagged(['not-recovered']);
  return { status: input.wasAlerted ? 'cleared' : 'ok', reasons: [] };
}

/** Whether a decision leaves the workflow flagged. */
export function isAlerted(decision: AlertDecision): boolean {
  return decision.status === 'new' || decision.status === 'ongoing';
}
