/**
 * `lint_failure`: a plan, not a patch. The configured fix command (`pnpm lint --fix`,
 * `ruff check --fix`) runs in an unprivileged job on a checkout of the failing commit; its diff
 * reaches the privileged job only through `validateLintDiff`.
 */
import { type FixContext, type FixResult, noFix } from './types.js';
import { loadStep } from './workflow-context.js';
import { isExpression, ownValue, scalarText } from './workflow-model.js';

export async function fixLint(ctx: FixContext): Promise<FixResult> {
  const command = ctx.config.lintCommand;
  if (command === undefined)
    return noFix(
      'fixes.lintCommand is not set, so autoheal does not know the command that fixes lint failures here',
    );
  // The failing step's own command shows the fix worked; fall back to the fix command itself.
  const loaded = await loadStep(ctx);
  const run = loaded.ok ? scalarText(ownValue(loaded.value.step, 'run')) : undefined;
  const verify = run !== undefined && !isExpression(run) ? run.trim() : command;
  const tool = ctx.finding.facts?.tool;
  return {
    kind: 'command',
    fixType: 'lint_failure',
    title: `Apply \`${command}\``,
    explanation:
      `${tool ? `${tool} reported` : 'The lint step reported'} problems the configured fix command can correct. ` +
      'The command runs in a job without write access; its changes are checked before they are committed.',
    command,
    verify,
    notes: [
      'Only files the command changes are committed; workflow files, binary files, symbolic links and oversized diffs are refused.',
    ],
  };
}
