/**
 * From a diagnosed failure to a validated patch, a suggestion, a command to run, or a reasoned
 * "no fix". Pure: the repository is read through `RepoFiles`; nothing is written.
 */
import { ConfigurationError } from '../errors.js';
import { fixLint } from './lint-fix.js';
import { fixMissingCommand } from './missing-command-fix.js';
import { fixMissingDependency } from './missing-dependency-fix.js';
import { showsTokenRefusal, suggestPermissions } from './permissions-suggestion.js';
import { fixResourceExhaustion } from './resource-fix.js';
import { suggestSecret } from './secret-suggestion.js';
import { fixTimeout } from './timeout-fix.js';
import { fixToolchain } from './toolchain-fix.js';
import type { FileChange, FixContext, FixResult } from './types.js';
import { noFix } from './types.js';
import { validateChanges } from './validate.js';
import { suggestWorkflowSyntax } from './workflow-syntax-suggestion.js';

function checkConfig(ctx: FixContext): void {
  const { timeoutFactor, timeoutMaxMinutes, lintCommand } = ctx.config;
  if (!Number.isFinite(timeoutFactor) || timeoutFactor <= 1 || timeoutFactor > 10)
    throw new ConfigurationError(
      `fixes.timeout.factor: ${timeoutFactor} is not allowed; use a number above 1 and at most 10`,
    );
  if (!Number.isInteger(timeoutMaxMinutes) || timeoutMaxMinutes < 1 || timeoutMaxMinutes > 4320)
    throw new ConfigurationError(
      `fixes.timeout.maxMinutes: ${timeoutMaxMinutes} is not allowed; use a whole number from 1 to 4320`,
    );
  if (lintCommand !== undefined && (lintCommand.trim() === '' || /[\r\n]/.test(lintCommand)))
    throw new ConfigurationError(
      'fixes.lintCommand: must be one non-empty line (a command such as `pnpm lint --fix`)',
    );
}

async function dispatch(ctx: FixContext): Promise<FixResult> {
  switch (ctx.finding.category) {
    case 'timeout':
      return fixTimeout(ctx);
    case 'missing_dependency':
      return fixMissingDependency(ctx);
    case 'missing_command':
      return fixMissingCommand(ctx);
    case 'toolchain_mismatch':
      return fixToolchain(ctx);
    case 'resource_exhaustion':
      return fixResourceExhaustion(ctx);
    case 'lint_failure':
      return fixLint(ctx);
    case 'permission_denied':
      return suggestPermissions(ctx);
    case 'missing_secret':
      return suggestSecret(ctx);
    case 'workflow_syntax':
      return suggestWorkflowSyntax(ctx);
    default:
      // The refusal of GITHUB_TOKEN is recognised here even when the analyzer had no rule for it.
      if (ctx.finding.category === 'unknown' && showsTokenRefusal(ctx)) return suggestPermissions(ctx);
      return noFix(`a ${ctx.finding.category.replace(/_/g, ' ')} has no mechanical fix`);
  }
}

const MANIFEST =
  /(?:^|\/)(?:package\.json|pyproject\.toml|[\w.-]*requirements[\w.-]*\.(?:txt|in)|requirements\/[\w.-]+\.(?:txt|in))$/;

/** The files a fix of this kind may change, whatever the fixer says. */
function intendedPaths(ctx: FixContext, changes: readonly FileChange[]): string[] {
  if (ctx.finding.category === 'missing_dependency')
    return changes.length === 1 && MANIFEST.test(changes[0]!.path) ? [changes[0]!.path] : [];
  return ctx.workflowPath !== undefined ? [ctx.workflowPath] : [];
}

/** The fix for the finding, checked: patches parse, keep their style and touch only their files. */
export async function generateFix(ctx: FixContext): Promise<FixResult> {
  checkConfig(ctx);
  const result = await dispatch(ctx);
  if (result.kind === 'patch') {
    const problems = await validateChanges(result.changes, {
      intended: intendedPaths(ctx, result.changes),
      ...(ctx.validateWorkflow ? { validateWorkflow: ctx.validateWorkflow } : {}),
    });
    if (problems.length > 0)
      return noFix(`the ${result.fixType} patch failed validation: ${problems.join('; ')}`);
  }
  return result;
}
