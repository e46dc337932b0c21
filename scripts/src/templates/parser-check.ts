/** Check 1: the workflow as GitHub's own parser sees it (packages/core/src/workflow-parser.ts). */
import { workflowParserProblems } from '@autoheal/core/workflow-parser';
import { type Problem, Rules } from './problem.js';

export async function checkWithWorkflowParser(text: string, file: string): Promise<Problem[]> {
  return (await workflowParserProblems(text, file)).map((p) => ({ file, ...p, rule: Rules.parser }));
}
