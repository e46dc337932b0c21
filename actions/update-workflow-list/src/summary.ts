/** The job summary: what the list holds, what changed, and what was left out and why. */
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { LeftOut, ListEntry } from './select-workflows.js';
import type { WorkflowProblem } from './workflow-info.js';

export type Outcome = 'up to date' | 'updated' | 'out of date' | 'nothing to watch';

export interface SummaryFacts {
  file: string;
  outcome: Outcome;
  entries: readonly ListEntry[];
  missing: readonly string[];
  extra: readonly string[];
  leftOut: readonly LeftOut[];
  unreadable: readonly WorkflowProblem[];
}

const HEADLINE: Record<Outcome, string> = {
  'up to date': 'is up to date',
  updated: 'was updated',
  'out of date': 'is out of date',
  'nothing to watch': 'was left as it is: there is no workflow to watch',
};

function patternList(patterns: readonly string[], clean: Sanitizer): string {
  return patterns.map((p) => clean.inline(p)).join(', ');
}

export function renderSummary(facts: SummaryFacts, clean: Sanitizer): string {
  const lines = [
    '### autoheal: workflows watched by auto-heal',
    '',
    `The list in ${clean.inline(facts.file)} (\`on.workflow_run.workflows\`) ${HEADLINE[facts.outcome]}.`,
  ];
  const verb = facts.outcome === 'updated' ? '' : 'to be ';
  const changes: string[] = [];
  if (facts.missing.length > 0) changes.push(`- ${verb}added: ${patternList(facts.missing, clean)}`);
  if (facts.extra.length > 0) changes.push(`- ${verb}removed: ${patternList(facts.extra, clean)}`);
  if (changes.length > 0) lines.push('', ...changes);
  if (facts.entries.length > 0) {
    lines.push('', '| Workflow | Listed as | File |', '| --- | --- | --- |');
    for (const entry of facts.entries)
      lines.push(
        `| ${clean.inline(entry.name)} | ${clean.inline(entry.pattern)} | ${entry.files.map((f) => clean.inline(f)).join('<br>')} |`,
      );
  }
  if (facts.leftOut.length > 0) {
    lines.push('', '| Left out | File | Why |', '| --- | --- | --- |');
    for (const { workflow, reason } of facts.leftOut)
      lines.push(`| ${clean.inline(workflow.name)} | ${clean.inline(workflow.file)} | ${reason} |`);
  }
  if (facts.unreadable.length > 0) {
    lines.push('', '| Not read | Line | Problem |', '| --- | --- | --- |');
    for (const problem of facts.unreadable)
      lines.push(`| ${clean.inline(problem.file)} | ${problem.line} | ${clean.inline(problem.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}
