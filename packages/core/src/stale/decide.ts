/**
 * What to do with one open pull request, from its last activity by a person and autoheal's
 * notices since. The warning comment, not the label, is what counts as "warned": a label can be
 * added by anyone, and a comment also says when. Any activity by a person after the warning
 * makes it void, and the draft goes back to being active (its label is removed).
 */
import type { Notice } from './notice.js';

export const DAY_MS = 86_400_000;

export interface StaleRules {
  /** Idle time (ms) after which a draft is warned. */
  staleAfterMs: number;
  /** Time (ms) between the warning and the closing. */
  closeAfterMs: number;
}

export interface DecisionInput {
  now: number;
  /** Only drafts are ever warned or closed; a ready pull request is never closed on a timer. */
  draft: boolean;
  /** Exempt, or outside the drafts this run looks after (`only-autoheal`). */
  leftAlone: boolean;
  hasStaleLabel: boolean;
  /** The last activity by a person (or the opening). Unknown when the history was not read. */
  lastActivity?: number;
  /** autoheal's notices on the pull request, in any order. */
  notices?: readonly Notice[];
}

export type Decision =
  /** Nothing to do; `staleAt` is when the draft would be warned (drafts only). */
  | { action: 'none'; staleAt?: number }
  /** Warn: post the warning and add the label (when it is missing). */
  | { action: 'stale'; idleMs: number; addLabel: boolean; closeAt: number }
  /** Warned, waiting to be closed; the label is added again when missing (a bot removed it, or a run stopped before adding it). */
  | { action: 'wait'; warnedAt: number; closeAt: number; addLabel: boolean }
  /** Close; `comment` is false when the closing notice was already posted (a run stopped after it). */
  | { action: 'close'; warnedAt: number; comment: boolean }
  /** Remove the stale label: the pull request is active again, exempt, or not a draft. */
  | { action: 'unstale' };

/** The writes a decision takes (before deleting a branch, which the caller adds). */
export function writesOf(decision: Decision): number {
  switch (decision.action) {
    case 'none':
      return 0;
    case 'stale':
      return decision.addLabel ? 2 : 1;
    case 'wait':
      return decision.addLabel ? 1 : 0;
    case 'close':
      return decision.comment ? 2 : 1;
    case 'unstale':
      return 1;
  }
}

export function decide(input: DecisionInput, rules: StaleRules): Decision {
  if (!input.draft || input.leftAlone)
    return input.hasStaleLabel ? { action: 'unstale' } : { action: 'none' };
  if (input.lastActivity === undefined)
    throw new Error('decide: a draft that is not left alone needs its last activity');
  // A date in the future (a commit with a skewed clock) must not keep a draft fresh forever.
  const last = Math.min(input.lastActivity, input.now);
  const since = (input.notices ?? []).filter((n) => n.at > last);
  const closing = since.find((n) => n.action === 'close');
  // The first warning after the last activity starts the countdown; a repeated one does not restart it.
  const warning = since
    .filter((n) => n.action === 'warn')
    .reduce<Notice | undefined>(
      (first, n) => (first === undefined || n.at < first.at ? n : first),
      undefined,
    );
  if (closing) return { action: 'close', warnedAt: warning?.at ?? closing.at, comment: false };
  if (warning) {
    const closeAt = warning.at + rules.closeAfterMs;
    if (input.now >= closeAt) return { action: 'close', warnedAt: warning.at, comment: true };
    return { action: 'wait', warnedAt: warning.at, closeAt, addLabel: !input.hasStaleLabel };
  }
  const idleMs = input.now - last;
  if (idleMs >= rules.staleAfterMs)
    return {
      action: 'stale',
      idleMs,
      addLabel: !input.hasStaleLabel,
      closeAt: input.now + rules.closeAfterMs,
    };
  if (input.hasStaleLabel) return { action: 'unstale' };
  return { action: 'none', staleAt: last + rules.staleAfterMs };
}
