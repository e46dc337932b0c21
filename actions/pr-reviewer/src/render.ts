/**
 * The review as markdown: one comment per pull request (edited in place) and the job summary.
 * Every piece of text that did not come from autoheal itself — paths, labels, logins, titles,
 * branch names — goes through the sanitizer's inline kind, and the assembled body through its body
 * kind, before anything is posted.
 */

import type { IgnoreReason } from '@autoheal/core/pr/size';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { Analysis } from './analysis.js';

export interface ReviewView {
  analysis: Analysis;
  /** Labels autoheal gives the pull request. */
  labels: string[];
  /** Every reviewer autoheal has requested on this pull request, now or before. */
  reviewers: string[];
  /** Sentences about reviewers: why some owners were not requested, Copilot's outcome. */
  reviewerNotes: string[];
  headSha: string;
}

const MAX_LISTED = 10;

const REASON_WORDS: Readonly<Record<IgnoreReason, string>> = {
  lockfile: 'lockfile',
  generated: 'generated (linguist-generated)',
  vendored: 'vendored',
  configured: 'ignored by configuration',
};

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

function list(items: readonly string[], s: Sanitizer, none = 'none'): string {
  if (items.length === 0) return none;
  const shown = items.slice(0, MAX_LISTED).map((i) => s.inline(i));
  const more = items.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/** The review itself (no marker): shared by the comment and the job summary. */
export function renderReview(view: ReviewView, s: Sanitizer): string {
  const { analysis } = view;
  const { size, complexity } = analysis;
  const lines: string[] = [];
  lines.push('### autoheal pull request review', '');
  lines.push('| | |', '| --- | --- |');
  const counted = `${plural(size.lines, 'changed line')} in ${plural(size.counted.length, 'file')}`;
  lines.push(`| Size | **${s.inline(size.label)}** · ${size.capped ? 'not counted' : counted} |`);
  lines.push(`| Complexity | **${complexity.score} / 5** |`);
  lines.push(`| Areas | ${list(analysis.areas, s)} |`);
  lines.push(`| Reviewers requested | ${list(view.reviewers, s)} |`);
  lines.push('');
  if (size.note) lines.push(`> ${s.inline(size.note)}`, '');

  lines.push(`**Complexity ${complexity.score} of 5:** 1 to start, plus`);
  for (const reason of complexity.reasons) lines.push(`- ${s.inline(reason.text)}: +${reason.points}`);
  if (1 + complexity.reasons.reduce((n, r) => n + r.points, 0) > 5) lines.push('- (capped at 5)');
  lines.push('');

  if (analysis.risks.length > 0) {
    lines.push('#### What to look at', '');
    for (const risk of analysis.risks) {
      lines.push(`**${s.inline(risk.title)}** (${list(risk.files, s)})`, '');
      // Checklists are autoheal's own text (with code spans meant as such); the body pass still covers them.
      for (const item of risk.checklist) lines.push(`- ${item}`);
      lines.push('');
    }
  }

  if (size.ignored.length > 0) {
    lines.push(`<details><summary>${plural(size.ignored.length, 'file')} left out of the size</summary>`, '');
    for (const { file, reason } of size.ignored.slice(0, MAX_LISTED))
      lines.push(
        `- ${s.inline(file.path)} (${REASON_WORDS[reason]}, ${plural(file.additions + file.deletions, 'line')})`,
      );
    if (size.ignored.length > MAX_LISTED) lines.push(`- and ${size.ignored.length - MAX_LISTED} more`);
    lines.push('', '</details>', '');
  }

  if (view.reviewerNotes.length > 0) {
    lines.push('<details><summary>About reviewers</summary>', '');
    for (const note of view.reviewerNotes) lines.push(`- ${s.inline(note)}`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

export function renderComment(view: ReviewView, s: Sanitizer, marker: string): string {
  const footer =
    `<sub>For commit ${s.inline(view.headSha.slice(0, 7))}. autoheal updates this comment on every push; ` +
    'edits to it are overwritten.</sub>';
  const body = s.body(`${renderReview(view, s)}\n${footer}\n`);
  // Markers go on top, after sanitizing (which would neutralise them): see markers.ts.
  return `${marker}\n${body}`;
}

export interface RunReport {
  /** What happened to the pull request (or drafts), in the log's words. */
  heading: string;
  done: readonly string[];
  wouldDo: readonly string[];
  undone: readonly string[];
  notes: readonly string[];
}

/** The job summary's account of this run: what was done, what a dry run would do, what was left. */
export function renderRunReport(report: RunReport, s: Sanitizer): string {
  const lines = [`#### ${s.inline(report.heading)}`, ''];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, '');
    for (const item of items) lines.push(`- ${s.inline(item)}`);
    lines.push('');
  };
  section('Done', report.done);
  section('Would do (dry run)', report.wouldDo);
  section('Left undone', report.undone);
  section('Notes', report.notes);
  if (report.done.length + report.wouldDo.length + report.undone.length === 0)
    lines.push('Nothing to change.', '');
  return lines.join('\n');
}
