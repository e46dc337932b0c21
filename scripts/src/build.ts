/**
 * `pnpm build`: bundle every action with ncc into actions/<name>/dist, regenerate each README's
 * inputs/outputs tables from action.yml, and smoke-run every bundle under Node 20 and Node 24.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { nodeBinary } from '@autoheal/testkit/harness/node-binaries';
import { lintActionMetadata, renderActionDocs, updateReadme } from './action-docs.js';
import { findActions } from './actions.js';
import { bundle, runCommand, smokeRun } from './bundle.js';
import { bundleCli, CLI_DIR } from './cli-bundle.js';

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const actions = findActions().filter((a) => only.length === 0 || only.includes(a.name));
  const withCli = only.length === 0 || only.includes('cli');
  if (actions.length === 0 && !withCli) {
    console.log('No actions to build.');
    return 0;
  }
  let failures = 0;
  for (const action of actions) {
    const metadata = await readActionMetadata(action.dir);
    const problems = lintActionMetadata(
      metadata,
      path.relative(process.cwd(), path.join(action.dir, 'action.yml')),
    );
    if (problems.length > 0) {
      for (const p of problems) console.error(`::error::${p}`);
      failures += 1;
      continue;
    }
    const files = await bundle(action.entry, path.join(action.dir, 'dist'));
    const readmePath = path.join(action.dir, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    await writeFile(readmePath, updateReadme(readme, renderActionDocs(metadata), readmePath));
    for (const runtime of ['node20', 'node24'] as const) {
      const smoke = await smokeRun(path.join(action.dir, 'dist', 'index.js'), nodeBinary(runtime), runtime);
      if (!smoke.ok) {
        failures += 1;
        console.error(
          `::error::${action.name} bundle failed its smoke run on ${runtime}: ${smoke.problem}\n${smoke.result.stderr}${smoke.result.stdout}`,
        );
      }
    }
    console.log(`built ${action.name}: ${files.join(', ')}`);
  }
  if (withCli) {
    const { files } = await bundleCli();
    // The smallest proof the bundle loads on its own: its help, exit 0.
    const help = await runCommand(process.execPath, [path.join(CLI_DIR, 'dist', 'index.js'), '--help']);
    if (help.code !== 0 || !help.stdout.includes('Commands:')) {
      failures += 1;
      console.error(`::error::the CLI bundle failed to print its help:\n${help.stderr}${help.stdout}`);
    }
    console.log(`built cli: ${files.join(', ')}`);
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
