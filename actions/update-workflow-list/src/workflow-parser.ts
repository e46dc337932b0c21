/**
 * GitHub's own workflow parser (`@actions/workflow-parser`), the last check before a rewritten
 * workflow is written: a file it rejects is never written.
 *
 * The package imports its JSON schema without `with { type: 'json' }`, which plain Node ESM refuses
 * (and vitest runs it as plain Node). A module hook that serves those JSON files as modules is
 * registered before the first import. Inside the ncc bundle webpack has already inlined the JSON,
 * so the hook is never consulted there; it is registered anyway, as one code path for both.
 */
import { register } from 'node:module';

type ParserModule = typeof import('@actions/workflow-parser');

// Runs in Node's loader thread as plain JavaScript; only the parser's own .json files are served.
const JSON_HOOK = `
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    const json = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: 'export default ' + JSON.stringify(JSON.parse(json)) + ';' };
  }
  return nextLoad(url, context);
}
`;

let parser: Promise<ParserModule> | undefined;

function loadParser(): Promise<ParserModule> {
  parser ??= (async () => {
    register(`data:text/javascript,${encodeURIComponent(JSON_HOOK)}`);
    return import('@actions/workflow-parser');
  })();
  return parser;
}

export interface ParserProblem {
  line: number;
  message: string;
}

/** What GitHub's parser finds wrong with `text` (named `file` in its messages); empty when it accepts it. */
export async function workflowParserProblems(text: string, file: string): Promise<ParserProblem[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadParser();
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // The conversion (jobs, triggers, filters) adds its errors to the same list; it needs a parse first.
  if (parsed.value !== undefined) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors
    .getErrors()
    .map((e) => ({ line: e.range?.start.line ?? 1, message: e.rawMessage }));
}
