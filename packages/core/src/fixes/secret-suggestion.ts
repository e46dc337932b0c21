/**
 * `missing_secret`: say which secret is empty and where to add it (Settings → Secrets and
 * variables → Actions). When the step does not pass the required input at all, the diff wires it
 * to a secret of the input's name; when it already reads a secret, there is nothing to change in
 * the repository and the diff is empty.
 */
import { isMap, isScalar } from 'yaml';
import { type FixContext, type FixResult, noFix } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { suggestionProblems } from './validate.js';
import { loadStep } from './workflow-context.js';
import { ownValue, scalarText } from './workflow-model.js';
import { addToChildMap, indentUnit } from './yaml-edit.js';

const WHERE = 'Settings → Secrets and variables → Actions';
const NOT_PASSED =
  'Secrets are not passed to runs for pull requests from forks, and Dependabot runs only see Dependabot secrets.';

/** The conventional secret name for an input: `npm-token` → `NPM_TOKEN`. */
export function secretNameFor(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_')
    .replace(/^(\d)/, '_$1');
}

function secretsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].filter(
    (s) => s !== 'GITHUB_TOKEN',
  );
}

export async function suggestSecret(ctx: FixContext): Promise<FixResult> {
  const facts = ctx.finding.facts ?? {};
  const loaded = await loadStep(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  const { workflow, step, stepName } = loaded.value;
  const text = workflow.text;
  const withMap = ownValue(step, 'with');
  if (facts.secret !== undefined) {
    const input = facts.secret;
    const value = isMap(withMap) ? ownValue(withMap, input) : undefined;
    if (value !== undefined) {
      const written = isScalar(value) ? (scalarText(value) ?? '') : '';
      const names = secretsIn(written);
      if (names.length === 1)
        return {
          kind: 'suggestion',
          fixType: 'missing_secret',
          title: `Set the secret ${names[0]}`,
          explanation: `Step "${stepName}" passes \`${input}: ${written}\`, which was empty: the secret ${names[0]} is not set for this run. Add it under ${WHERE}. ${NOT_PASSED}`,
          diff: '',
        };
      return noFix(
        `step "${stepName}" passes ${input} as "${written}", which was empty; autoheal cannot tell what should fill it`,
      );
    }
    const secret = secretNameFor(input);
    const edited = addToChildMap(
      text,
      step,
      'with',
      [`${input}: \${{ secrets.${secret} }}`],
      indentUnit(text, workflow.root),
    );
    if (!edited.ok) return noFix(edited.reason);
    const change = { path: workflow.path, before: text, after: edited.value };
    const problems = await suggestionProblems(change, ctx.validateWorkflow);
    if (problems.length > 0) return noFix(`the suggested change failed validation: ${problems.join('; ')}`);
    return {
      kind: 'suggestion',
      fixType: 'missing_secret',
      title: `Pass the required input ${input} from a secret`,
      explanation: `Step "${stepName}" needs the input \`${input}\` and does not pass it. This diff passes the secret ${secret}; create it under ${WHERE} (or change the name to a secret you have).`,
      diff: unifiedDiff([change]),
    };
  }
  const start = step.range?.[0] ?? 0;
  const end = step.range?.[1] ?? 0;
  const names = secretsIn(text.slice(start, end));
  if (names.length === 1)
    return {
      kind: 'suggestion',
      fixType: 'missing_secret',
      title: `Set the secret ${names[0]}`,
      explanation: `Step "${stepName}" was refused credentials and reads the secret ${names[0]}: it is empty or out of date for this run. Add or renew it under ${WHERE}. ${NOT_PASSED}`,
      diff: '',
    };
  if (names.length === 0 && facts.tool === 'npm') {
    const edited = addToChildMap(
      text,
      step,
      'env',
      ['NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}'],
      indentUnit(text, workflow.root),
    );
    if (!edited.ok) return noFix(edited.reason);
    const change = { path: workflow.path, before: text, after: edited.value };
    const problems = await suggestionProblems(change, ctx.validateWorkflow);
    if (problems.length > 0) return noFix(`the suggested change failed validation: ${problems.join('; ')}`);
    return {
      kind: 'suggestion',
      fixType: 'missing_secret',
      title: 'Give npm a registry token',
      explanation: `npm was refused authentication in step "${stepName}", which passes no token. actions/setup-node with \`registry-url\` makes npm read NODE_AUTH_TOKEN; this diff sets it from the secret NPM_TOKEN, to create under ${WHERE}.`,
      diff: unifiedDiff([change]),
    };
  }
  return noFix(
    names.length === 0
      ? `the log does not name the missing secret and step "${stepName}" reads none`
      : `step "${stepName}" reads several secrets (${names.join(', ')}); the log does not say which is missing`,
  );
}
