/**
 * Loads `@actions/workflow-parser` under plain Node 20 ESM.
 *
 * Its dist imports its JSON schemas as `import schema from "../workflow-v1.0.min.json"` with no
 * `with { type: 'json' }`, which Node's ESM loader refuses (ERR_IMPORT_ATTRIBUTE_MISSING). A module
 * hook serves exactly those files as ES modules exporting the parsed JSON; it must be registered
 * before the parser is first imported, hence the dynamic import. The hook is a data: URL so it
 * works the same from compiled `lib/` and from `src/` under vitest (where there is no .js file to
 * point `register` at). Under vitest the hook is harmless: if vitest inlines the package, vite
 * handles the JSON itself and the hook is never consulted.
 */
import { register } from 'node:module';

type WorkflowParserModule = typeof import('@actions/workflow-parser');

const PARSER_PATH = '/@actions/workflow-parser/';

// Plain JavaScript: it runs in Node's loader thread, untouched by TypeScript.
const JSON_AS_MODULE_HOOK = `
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes(${JSON.stringify(PARSER_PATH)})) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', source: 'export default JSON.parse(' + JSON.stringify(text) + ');', shortCircuit: true };
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
