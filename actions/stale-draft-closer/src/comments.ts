/**
 * The two comments autoheal posts on a stale draft. They are written for the draft's author:
 * what happened, when it closes, and how to keep it open. Labels and branch names come from
 * inputs and from GitHub and pass the sanitizer; the hidden marker goes first, after it.
 */
import { DAY_MS } from '@autoheal/core/stale/decide';
import { noticeMarker } from '@autoheal/core/stale/notice';
import type { Sanitizer } from '@autoheal/core/text/sanitize';

export function days(ms: number): number {
  return Math.max(0, Math.floor(ms / DAY_MS));
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function labelList(labels: readonly string[], clean: Sanitizer): string {
  const shown = labels.map((l) => `**${clean.inline(l, 100)}**`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export interface WarningText {
  idleMs: number;
  closeAt: number;
  closeAfterMs: number;
  staleLabel: string;
  exemptLabels: readonly string[];
}

export function warningBody(text: WarningText, clean: Sanitizer): string {
  const idle = plural(days(text.idleMs), 'day');
  const closing =
    text.closeAfterMs === 0
      ? 'It will be closed on the next run'
      : `It will be closed in ${plural(days(text.closeAfterMs), 'day')}, on ${isoDate(text.closeAt)}`;
  const keep =
    text.exemptLabels.length > 0
      ? ` A maintainer can also add the label ${labelList(text.exemptLabels, clean)} to keep it open for good.`
      : '';
  return [
    noticeMarker('warn'),
    `Nobody has worked on this draft pull request for ${idle}, so autoheal marked it as stale ` +
      `(label ${labelList([text.staleLabel], clean)}).`,
    '',
    `${closing}, unless someone pushes a commit, comments, reviews it or marks it ready for review. ` +
      `Removing the ${labelList([text.staleLabel], clean)} label keeps it open too.${keep}`,
    '',
    'Comments and label changes by bots, autoheal included, do not count as activity.',
    '',
  ].join('\n');
}

export interface ClosingText {
  idleMs: number;
  warnedAt: number;
  now: number;
  /** The branch autoheal will delete next, when it does. */
  deletingBranch?: string;
}

export function closingBody(text: ClosingText, clean: Sanitizer): string {
  const lines = [
    noticeMarker('close'),
    `autoheal closed this draft pull request: nobody had worked on it for ${plural(days(text.idleMs), 'day')}, ` +
      `and nothing happened in the ${plural(days(text.now - text.warnedAt), 'day')} since the warning.`,
    '',
    'Reopen it to carry on; the work is still here.',
  ];
  if (text.deletingBranch !== undefined)
    lines.push(
      '',
      `Its branch **${clean.inline(text.deletingBranch, 250)}** held only automated commits, so autoheal deletes it; ` +
        'the button on this page restores it.',
    );
  return `${lines.join('\n')}\n`;
}
