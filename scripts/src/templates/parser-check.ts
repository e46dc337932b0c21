/**
 * Check 1: the workflow as GitHub's own parser sees it (schema, expressions, then the conversion
 * the service performs: job graph, concurrency, event filters). Reusable workflows are not fetched.
 */
import { type Problem, Rules } from './problem.js';
import { loadWorkflowParser } from './workflow-parser-loader.js';

export async function checkWithWorkflowParser(text: string, file: string): Promise<Problem[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // The conversion adds its own errors to the same context; it is skipped when parsing already failed.
  if (parsed.value !== undefined) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => {
    const start = error.range?.start;
    return {
      file,
      line: start?.line ?? 1,
      ...(start !== undefined ? { column: start.column } : {}),
      rule: Rules.parser,
      // `rawMessage` is the message without the parser's "file (Line: n, Col: m): " prefix,
      // which the annotation already carries.
      message: error.rawMessage,
    };
  });
}
