/**
 * `workflow_syntax`: what GitHub's own workflow parser finds wrong with the file now, as advice.
 * Syntax errors have no single mechanical fix, so the diff is always empty.
 */
import { type FixContext, type FixResult, noFix } from './types.js';

export async function suggestWorkflowSyntax(ctx: FixContext): Promise<FixResult> {
  if (ctx.workflowPath === undefined) return noFix('the workflow file of the run is not known');
  if (!ctx.validateWorkflow) return noFix('no workflow parser was given to check the file with');
  const text = await ctx.files.read(ctx.workflowPath);
  if (text === undefined) return noFix(`${ctx.workflowPath} is not in the repository`);
  const problems = await ctx.validateWorkflow(text, ctx.workflowPath);
  if (problems.length === 0)
    return noFix(
      `GitHub's workflow parser finds no problem in ${ctx.workflowPath} as it is now: it may have been fixed since the run`,
    );
  return {
    kind: 'suggestion',
    fixType: 'workflow_syntax',
    title: `Fix ${problems.length === 1 ? 'the problem' : `${problems.length} problems`} in ${ctx.workflowPath}`,
    explanation: `GitHub's workflow parser reports:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    diff: '',
  };
}
