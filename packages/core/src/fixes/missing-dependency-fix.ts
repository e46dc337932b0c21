/** `missing_dependency`: an import that nothing provides, for the ecosystems whose messages say which. */
import { fixNodeDependency } from './node-dependency-fix.js';
import { fixPythonDependency } from './python-dependency-fix.js';
import { type FixContext, type FixResult, noFix } from './types.js';

export async function fixMissingDependency(ctx: FixContext): Promise<FixResult> {
  const facts = ctx.finding.facts ?? {};
  if (facts.module === undefined)
    return noFix(
      facts.package !== undefined
        ? `"${facts.package}" could not be resolved or installed: a registry or version problem, not an undeclared import`
        : 'the log does not name the missing module',
    );
  if (facts.tool === 'node') return fixNodeDependency(ctx, facts.module);
  if (facts.tool === 'python') return fixPythonDependency(ctx, facts.module);
  return noFix(`missing modules reported by ${facts.tool ?? 'an unknown tool'} have no mechanical fix`);
}
