/**
 * The job summary: what happened in one sentence, the failure and its fix, what was done (or, in
 * a dry run, would be), the diff, and the API calls and writes spent. Every value from outside
 * (titles, paths, log text, GitHub's messages) goes through the sanitizer.
 */
import { categoryLabel } from '@autoheal/core/analyzer/analyze';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { Mode } from './inputs.js';
import type { Result, Subject } from './types.js';

export interface SummaryFacts {
  result: Result;
  headline: string;
  mode: Mode;
  subject?: Subject;
  fix?: { kind: string; fixType?: string; title?: string };
  branch?: string;
  pull?: { number: number; url: string; draft: boolean };
  diff?: string;
  done: string[];
  notes: string[];
  apiCalls: number;
  budget: { limit: number; used: number; undone: readonly string[] };
}

function link(text: string, url: string | undefined): string {
  return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? `[${text}](${url})` : text;
}

export function renderSummary(s: Sanitizer, f: SummaryFacts): string {
  const out: string[] = ['## autoheal generate-fix', '', s.body(f.headline, { maxLength: 4000 }), ''];
  const rows: [string, string][] = [
    ['Result', `\`${f.result}\`${f.mode === 'full' ? '' : ` (mode ${f.mode})`}`],
  ];
  const subject = f.subject;
  if (subject) {
    rows.push([
      'Failure',
      `${categoryLabel(subject.category)} in ${s.inline(subject.run.workflowPath, 200)} · ${s.inline(subject.jobName, 200)}, confidence ${subject.confidence.toFixed(2)}`,
    ]);
    rows.push(['Run', link(`run ${subject.run.id}, attempt ${subject.run.attempt}`, subject.run.htmlUrl)]);
    rows.push(['Fingerprint', `\`${subject.fingerprint}\` (from ${subject.source})`]);
    if (subject.issue) rows.push(['Issue', link(`#${subject.issue.number}`, subject.issue.url)]);
  }
  if (f.fix)
    rows.push([
      'Fix',
      `${f.fix.kind}${f.fix.fixType ? ` (${s.inline(f.fix.fixType, 50)})` : ''}${f.fix.title ? `: ${s.inline(f.fix.title, 300)}` : ''}`,
    ]);
  if (f.branch) rows.push(['Branch', `\`${s.inline(f.branch, 100)}\``]);
  if (f.pull)
    rows.push(['Pull request', `${link(`#${f.pull.number}`, f.pull.url)}${f.pull.draft ? ' (draft)' : ''}`]);
  out.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  if (f.done.length > 0) {
    out.push('### Done', '');
    for (const d of f.done) out.push(`- ${s.inline(d, 1000)}`);
    out.push('');
  }
  const notes = [...(subject?.notes ?? []), ...f.notes];
  if (notes.length > 0) {
    out.push('### Notes', '');
    for (const n of notes) out.push(`- ${s.inline(n, 1000)}`);
    out.push('');
  }
  if (f.diff && f.diff.trim() !== '') {
    out.push(
      '<details><summary>The diff</summary>',
      '',
      s.code(f.diff, 'diff', 60_000),
      '',
      '</details>',
      '',
    );
  }
  const undone =
    f.budget.undone.length > 0
      ? `; not done for lack of budget: ${f.budget.undone.map((u) => s.inline(u, 300)).join('; ')}`
      : '';
  out.push(
    `<sub>${f.apiCalls} API call(s); ${f.budget.used} of ${f.budget.limit} write(s) of the operations budget used${undone}.</sub>`,
  );
  return `${out.join('\n')}\n`;
}
