/** The job summary: what the run did (or would do, or why it did nothing), as escaped markdown. */
import type { OperationBudget } from '@autoheal/core/budget';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { HandOffOutcome } from './body.js';

export type Result =
  | 'created'
  | 'exists'
  | 'skipped'
  | 'dry-run'
  | 'rate-limited'
  | 'budget-exhausted'
  | 'failed';

export interface SummaryFacts {
  result: Result;
  /** One sentence: what happened and why. */
  headline: string;
  issue?: { number: number; title: string; url: string };
  branch?: string;
  pull?: { number: number; url: string; draft: boolean };
  handOff?: HandOffOutcome | { status: 'planned' };
  notes: string[];
  budget?: OperationBudget;
}

const HAND_OFF_TEXT = {
  assigned: "Copilot's coding agent assigned (checked on the issue)",
  planned: "Copilot's coding agent would be assigned",
  none: 'none (no copilot-token)',
} as const;

export function renderSummary(facts: SummaryFacts, sanitizer: Sanitizer): string {
  const rows: Array<[string, string]> = [['Result', `\`${facts.result}\``]];
  if (facts.issue)
    rows.push([
      'Issue',
      `[#${facts.issue.number}](${facts.issue.url}) ${sanitizer.inline(facts.issue.title, 200)}`,
    ]);
  if (facts.branch) rows.push(['Branch', `\`${facts.branch}\``]);
  if (facts.pull)
    rows.push([
      'Pull request',
      `[#${facts.pull.number}](${facts.pull.url})${facts.pull.draft ? ' (draft)' : ' (not a draft)'}`,
    ]);
  if (facts.handOff) {
    const h = facts.handOff;
    rows.push([
      'Hand-off',
      h.status === 'not-assigned'
        ? `not assigned: ${sanitizer.inline(h.reason, 600)}`
        : HAND_OFF_TEXT[h.status],
    ]);
  }
  if (facts.budget) {
    const b = facts.budget;
    rows.push(['Writes', `${b.used} of ${b.limit}`]);
    if (b.undone.length > 0) rows.push(['Left undone', sanitizer.inline(b.undone.join('; '), 1000)]);
  }
  const lines = [
    '## autoheal: issue to draft pull request',
    '',
    sanitizer.inline(facts.headline, 2000),
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ];
  if (facts.notes.length > 0) lines.push('', ...facts.notes.map((n) => `- ${sanitizer.inline(n, 1000)}`));
  return `${lines.join('\n')}\n`;
}
