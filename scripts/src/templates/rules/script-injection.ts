/**
 * `${{ }}` is expanded into a script's text before the shell (or github-script's JavaScript) runs
 * it, so an issue title or branch name becomes code. Values must arrive through `env:` instead,
 * where they stay data.
 */
import { isScalar, type Node } from 'yaml';
import { type Problem, Rules } from '../problem.js';
import type { WorkflowDocument } from '../workflow-document.js';

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const GITHUB_SCRIPT = /^actions\/github-script@/i;

interface ScriptKind {
  readonly where: string;
  readonly fix: string;
}

const RUN: ScriptKind = {
  where: 'a `run:` script',
  fix: 'pass the value through `env:` (`env: { TITLE: ${{ … }} }`) and use `"$TITLE"` in the script',
};
const GITHUB_SCRIPT_SOURCE: ScriptKind = {
  where: "`actions/github-script`'s `script:`",
  fix: 'pass the value through `env:` and read `process.env.NAME` in the script',
};

function checkScript(doc: WorkflowDocument, script: Node | null, kind: ScriptKind): Problem[] {
  if (!isScalar(script) || typeof script.value !== 'string' || !script.value.includes('${{')) return [];
  const { text, offset } = doc.source(script);
  const problems: Problem[] = [];
  for (const match of text.matchAll(EXPRESSION)) {
    const shown = match[0].replace(/\s+/g, ' ');
    problems.push({
      file: doc.file,
      ...doc.positionOf(offset + match.index),
      rule: Rules.scriptInjection,
      message: `\`${shown}\` inside ${kind.where} is pasted into the code before it runs (script injection); ${kind.fix}`,
    });
  }
  // Written with escapes (e.g. "\x24{{") the expression is not visible in the source, but still expanded.
  if (problems.length === 0) {
    problems.push(
      doc.problem(
        script,
        Rules.scriptInjection,
        `an escaped \`\${{ … }}\` inside ${kind.where} is still pasted into the code before it runs (script injection); ${kind.fix}`,
      ),
    );
  }
  return problems;
}

export function checkScriptInjection(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  for (const step of doc.steps()) {
    const run = doc.entry(step.map, 'run');
    if (run !== undefined) problems.push(...checkScript(doc, run.value, RUN));
    const uses = doc.uses(step.map);
    if (uses !== undefined && GITHUB_SCRIPT.test(uses.value)) {
      const script = doc.mappingAt(step.map, 'with');
      const source = script && doc.entry(script, 'script');
      if (source !== undefined) problems.push(...checkScript(doc, source.value, GITHUB_SCRIPT_SOURCE));
    }
  }
  return problems;
}
