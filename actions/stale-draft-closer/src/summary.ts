/**
 * The job summary: what each pull request got and why, what was left for the next run, and how
 * many writes the run used. Titles, logins, labels and branch names pass the sanitizer.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { Activity } from '@autoheal/core/stale/activity';
import { describeExemption } from '@autoheal/core/stale/exemptions';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { Outcome } from './apply.js';
import { days, isoDate, plural } from './comments.js';
import type { PlanItem } from './plan.js';
import type { Settings } from './settings.js';

export interface SummaryFacts {
  dryRun: boolean;
  settings: Settings;
  openCount: number;
  outcomes: readonly Outcome[];
  budget: OperationBudget;
  now: number;
  /** The error that stopped the run, described. */
  stoppedBy?: string;
}

const ACTIVITY_WORDS: Readonly<Record<Activity['kind'], string>> = {
  opened: 'opened',
  commit: 'commit',
  comment: 'comment',
  review: 'review',
  'ready-for-review': 'marked ready for review',
  'converted-to-draft': 'turned back into a draft',
  reopened: 'reopened',
  'force-push': 'force-push',
  'stale-label-removed': 'stale label removed',
};

const SAFE_URL = /^https?:\/\/[^\s()<>[\]]+$/;

function pullCell(item: PlanItem, clean: Sanitizer): string {
  const { number, url, title } = item.pull;
  const ref = SAFE_URL.test(url) ? `[#${number}](${url})` : `#${number}`;
  return `${ref} ${clean.inline(title, 120)}`;
}

function activityCell(item: PlanItem, now: number, clean: Sanitizer): string {
  const last = item.reading?.last;
  if (!last) return '';
  const ago = `${plural(days(now - last.at), 'day')} ago`;
  return `${ago}: ${ACTIVITY_WORDS[last.kind]} by ${clean.inline(last.who, 60)}`;
}

/** Why the stale label comes off. */
function unstaleReason(item: PlanItem): string {
  if (item.outOfScope) return 'not a draft of autoheal (only-autoheal)';
  if (item.exemption) return `exempt: ${describeExemption(item.exemption)}`;
  if (!item.pull.draft) return 'no longer a draft';
  return 'active again';
}

function doneText(outcome: Outcome, dryRun: boolean, clean: Sanitizer): string {
  const { item } = outcome;
  const d = item.decision;
  const would = (real: string, dry: string) => (dryRun ? dry : real);
  switch (d.action) {
    case 'stale':
      return would(
        `marked stale; closes on ${isoDate(d.closeAt)}`,
        `would be marked stale, to close on ${isoDate(d.closeAt)}`,
      );
    case 'wait':
      return (
        (d.addLabel ? would('stale label added back; ', 'stale label would be added back; ') : '') +
        `warned on ${isoDate(d.warnedAt)}; closes on ${isoDate(d.closeAt)}`
      );
    case 'close': {
      const branch = item.deleteBranch
        ? would(`, branch ${clean.inline(item.pull.headRef, 100)} deleted`, `, and its branch deleted`)
        : item.keepBranchReason
          ? ` (branch kept: ${item.keepBranchReason})`
          : '';
      return would('closed', 'would be closed') + branch;
    }
    case 'unstale':
      return would('stale label removed', 'stale label would be removed') + `: ${unstaleReason(item)}`;
    case 'none':
      return '';
  }
}

function outcomeText(outcome: Outcome, facts: SummaryFacts, clean: Sanitizer): string {
  switch (outcome.status) {
    case 'idle':
    case 'done':
      return doneText(outcome, facts.dryRun, clean);
    case 'undone':
      return `left for the next run (operation budget): ${outcome.item.decision.action}`;
    case 'not-reached':
      return `not reached: the run stopped after an error (${outcome.item.decision.action})`;
    case 'failed':
      return (
        `**failed**${outcome.steps.length > 0 ? ` after: ${outcome.steps.join(', ')}` : ''}: ` +
        clean.inline(outcome.error ?? 'unknown error', 300)
      );
  }
}

export function renderSummary(facts: SummaryFacts, clean: Sanitizer): string {
  const { settings, outcomes, budget, now } = facts;
  const drafts = outcomes.filter((o) => o.item.pull.draft);
  const lines = ['### autoheal: stale draft pull requests', ''];
  if (facts.dryRun)
    lines.push('**Dry run:** nothing was changed; this is what a run with the same budget would do.', '');
  lines.push(
    `${plural(facts.openCount, 'open pull request')}, ${plural(drafts.length, 'draft')}. A draft is marked stale after ` +
      `${plural(settings.daysBeforeStale, 'day')} without activity by a person and closed ` +
      `${plural(settings.daysBeforeClose, 'day')} later${settings.onlyAutoheal ? '; only drafts opened by autoheal are looked after' : ''}.`,
    '',
    `Writes: ${budget.used} of ${budget.limit}${facts.dryRun ? ' (counted, not made)' : ''}.`,
  );
  if (facts.stoppedBy) lines.push('', `**The run stopped:** ${clean.inline(facts.stoppedBy, 500)}`);

  const shown = outcomes.filter((o) => o.item.decision.action !== 'none' || o.status === 'failed');
  if (shown.length > 0) {
    lines.push('', '| Pull request | Last activity by a person | Outcome |', '| --- | --- | --- |');
    for (const o of shown)
      lines.push(
        `| ${pullCell(o.item, clean)} | ${activityCell(o.item, now, clean)} | ${outcomeText(o, facts, clean)} |`,
      );
  }

  const exempt = drafts.filter((o) => o.item.exemption !== undefined);
  if (exempt.length > 0) {
    lines.push('', '| Exempt draft | Why |', '| --- | --- |');
    for (const o of exempt)
      lines.push(
        `| ${pullCell(o.item, clean)} | ${clean.inline(describeExemption(o.item.exemption!), 300)} |`,
      );
  }

  const active = drafts.filter(
    (o) => o.item.decision.action === 'none' && !o.item.exemption && !o.item.outOfScope,
  );
  if (active.length > 0) {
    const next = Math.min(
      ...active.map((o) => {
        const d = o.item.decision;
        return d.action === 'none' && d.staleAt !== undefined ? d.staleAt : Number.POSITIVE_INFINITY;
      }),
    );
    lines.push(
      '',
      `${plural(active.length, 'draft')} active` +
        (Number.isFinite(next)
          ? `; the next one goes stale on ${isoDate(Math.max(next, now))} at the earliest.`
          : '.'),
    );
  }

  const undone = outcomes.filter((o) => o.status === 'undone');
  if (undone.length > 0)
    lines.push(
      '',
      `**Left for the next run:** the budget of ${budget.limit} writes (operations-per-run) ran out before ` +
        `${undone.map((o) => `#${o.item.pull.number}`).join(', ')}. The next run starts with them.`,
    );
  return `${lines.join('\n')}\n`;
}
