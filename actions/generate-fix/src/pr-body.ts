/**
 * What the fix's pull request says: the failure it fixes, the change and why, the confidence, how
 * to verify it, and the diff. Untrusted text (log lines, names from the workflow) goes through
 * the run's sanitizer piece by piece and the assembled body once more; the hidden marker and the
 * issue link are added after that last pass, since the sanitizer neutralises both on purpose.
 */
import { categoryLabel } from '@autoheal/core/analyzer/analyze';
import { renderMarker } from '@autoheal/core/markers';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { PR_MARKER_KIND } from './pull-request.js';
import type { Subject } from './types.js';

/** The parts of a patch the body describes (a fixer's PatchFix, or a lint command's result). */
export interface DescribedChange {
  fixType: string;
  title: string;
  explanation: string;
  complete: boolean;
  verify: string;
  notes: string[];
}

export interface PullText {
  subject: Subject;
  change: DescribedChange;
  diff: string;
  /** The commit on the branch, recorded in the marker so a later run can tell if someone pushed. */
  commit: string;
  sanitizer: Sanitizer;
  /** Said in the body (e.g. "recomputed on the current base"). */
  remarks?: string[];
}

/** Lines of key log text shown at most. */
const MAX_KEY_LINES = 20;
/** Diffs longer than this are shown collapsed. */
const OPEN_DIFF_LINES = 60;

function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : undefined;
}

export function pullTitle(s: Sanitizer, change: DescribedChange): string {
  return s.title(`[autoheal] ${change.title}`);
}

export function pullBody(t: PullText): string {
  const { subject, change, sanitizer: s } = t;
  const run = subject.run;
  const runText = `run ${run.id}, attempt ${run.attempt}`;
  const url = safeUrl(run.htmlUrl);
  const runLink = url ? `[${runText}](${url}/attempts/${run.attempt})` : runText;
  const out: string[] = [];
  out.push(`### ${s.inline(change.title, 300)}`, '');
  out.push(
    `**Failure:** ${categoryLabel(subject.category)} in ${s.inline(run.workflowPath, 200)} · ${s.inline(subject.jobName, 200)}` +
      `${subject.stepName ? ` (step ${s.inline(subject.stepName, 200)})` : ''}, ${runLink}.`,
    `**Confidence:** ${subject.confidence.toFixed(2)} that this is the cause; the change is validated (it parses, keeps the file’s style, and GitHub’s workflow parser accepts edited workflows).`,
    '',
  );
  const lines = subject.finding.excerpt.slice(0, MAX_KEY_LINES).map((l) => l.text);
  if (lines.length > 0 || subject.finding.keyLine) {
    out.push(
      '#### Key lines',
      '',
      s.code(lines.length > 0 ? lines.join('\n') : subject.finding.keyLine, 'text', 6000),
      '',
    );
  }
  out.push('#### The change', '', s.body(change.explanation, { maxLength: 4000 }), '');
  const diffLines = t.diff.split('\n').length;
  const diffBlock = s.code(t.diff, 'diff', 40_000);
  if (diffLines > OPEN_DIFF_LINES)
    out.push(
      `<details><summary>The diff (${diffLines} lines)</summary>`,
      '',
      diffBlock,
      '',
      '</details>',
      '',
    );
  else out.push(diffBlock, '');
  out.push('#### How to verify', '', s.body(change.verify, { maxLength: 2000 }), '');
  const notes = [...(t.remarks ?? []), ...change.notes];
  if (!change.complete) notes.unshift('This fix is not complete on its own: see the notes before merging.');
  if (notes.length > 0) {
    out.push('#### Notes', '');
    for (const n of notes.slice(0, 10)) out.push(`- ${s.inline(n, 1000)}`);
    out.push('');
  }
  out.push(
    `<sub>Opened by autoheal generate-fix for failure ${subject.fingerprint}. Later runs update this pull request; autoheal rewrites the branch only while it holds autoheal's commit alone. Review it like any other change.</sub>`,
  );
  const marker = renderMarker({
    kind: PR_MARKER_KIND,
    fingerprint: subject.fingerprint,
    commit: t.commit,
    ...(subject.issue ? { issue: String(subject.issue.number) } : {}),
    v: '1',
  });
  // Added after sanitizing: the sanitizer neutralises closing keywords in text it is given.
  const link = subject.issue
    ? change.complete
      ? `Fixes #${subject.issue.number}`
      : `Refs #${subject.issue.number} (not closed by merging: the fix needs a follow-up)`
    : undefined;
  return [marker, s.body(out.join('\n')), ...(link ? ['', link] : [])].join('\n');
}
