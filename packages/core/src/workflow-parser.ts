/**
 * GitHub's own workflow parser (`@actions/workflow-parser`, the one behind the VS Code extension):
 * the check every workflow we write or ship must pass.
 *
 * The package imports its JSON schema without `with { type: 'json' }`, which Node's ESM loader
 * refuses (ERR_IMPORT_ATTRIBUTE_MISSING), and vitest runs it as plain Node. A module hook that
 * serves exactly those JSON files as ES modules is registered before the first import, as a data:
 * URL so it works from src/ and lib/ alike. Inside an ncc bundle webpack has already inlined the
 * JSON and the hook is never consulted; it is registered anyway, as one code path for all three.
 * Not in the core barrel: only what validates workflows should carry the parser in its bundle.
 */
import { register } from 'node:module';

type WorkflowParserModule = typeof import('@actions/workflow-parser');

// Plain JavaScript: it runs in Node's loader thread, untouched by TypeScript.
const JSON_AS_MODULE_HOOK = `
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: 'export default JSON.parse(' + JSON.stringify(text) + ');' };
  }
  return nextLoad(url, context);
}
`;

let loading: Promise<WorkflowParserModule> | undefined;

/** The parser module, loaded once per process. */
export function loadWorkflowParser(): Promise<WorkflowParserModule> {
  loading ??= (async () => {
    register(`data:text/javascript,${encodeURIComponent(JSON_AS_MODULE_HOOK)}`);
    return import('@actions/workflow-parser');
  })();
  return loading;
}

export interface WorkflowParserProblem {
  line: number;
  column?: number;
  /** The parser's message without its "file (Line: n, Col: m): " prefix. */
  message: string;
}

/**
 * What GitHub's parser finds wrong with `text` (named `file` in its messages): the schema and
 * expressions, then the conversion the service performs (job graph, concurrency, event filters).
 * Empty when it accepts the file. Reusable workflows it calls are not fetched.
 */
export async function workflowParserProblems(text: string, file: string): Promise<WorkflowParserProblem[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // The conversion adds its errors to the same context; it needs a successful parse first.
  if (parsed.value !== undefined) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => {
    const start = error.range?.start;
    return {
      line: start?.line ?? 1,
      ...(start !== undefined ? { column: start.column } : {}),
      message: error.rawMessage,
    };
  });
}
