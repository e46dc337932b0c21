/**
 * `pnpm check-dist`: a fresh build of every action must equal what is committed in dist/, the committed
 * licence notices must name every package the bundle holds (from ncc's module list, not from the
 * notices a fresh build writes), and each README's generated tables must match its action.yml.
 * Fails listing every difference.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { lintActionMetadata, renderActionDocs, updateReadme } from './action-docs.js';
import { findActions } from './actions.js';
import { bundleWithModules } from './bundle.js';
import { bundleCli, CLI_DIR } from './cli-bundle.js';
import { compareDirectories } from './compare-dirs.js';
import { checkLicences } from './licenses.js';

async function main(): Promise<number> {
  const problems: string[] = [];
  const actions = findActions();
  const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-check-dist-'));
  try {
    for (const action of actions) {
      const rel = path.relative(process.cwd(), action.dir);
      const metadata = await readActionMetadata(action.dir);
      problems.push(...lintActionMetadata(metadata, `${rel}/action.yml`));
      const fresh = path.join(temp, action.name);
      const built = await bundleWithModules(action.entry, fresh);
      const committed = path.join(action.dir, 'dist');
      if (!existsSync(committed)) problems.push(`${rel}/dist is missing; run \`pnpm build\` and commit it`);
      else {
        for (const d of await compareDirectories(fresh, committed)) problems.push(`${rel}/dist: ${d}`);
        problems.push(...(await checkLicences(committed, built.packages, `${rel}/dist`)));
      }
      const readmePath = path.join(action.dir, 'README.md');
      const readme = await readFile(readmePath, 'utf8').catch(() => undefined);
      if (readme === undefined) problems.push(`${rel}/README.md is missing`);
      else {
        try {
          if (updateReadme(readme, renderActionDocs(metadata), readmePath) !== readme) {
            problems.push(
              `${rel}/README.md: the inputs/outputs tables differ from action.yml; run \`pnpm build\``,
            );
          }
        } catch (error) {
          problems.push(String((error as Error).message));
        }
      }
    }
    const freshCli = path.join(temp, 'cli');
    const builtCli = await bundleCli(freshCli);
    const committedCli = path.join(CLI_DIR, 'dist');
    if (!existsSync(committedCli))
      problems.push('packages/cli/dist is missing; run `pnpm build` and commit it');
    else {
      for (const d of await compareDirectories(freshCli, committedCli))
        problems.push(`packages/cli/dist: ${d}`);
      problems.push(...(await checkLicences(committedCli, builtCli.packages, 'packages/cli/dist')));
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`::error::${p}`);
  console.log(
    problems.length === 0
      ? `dist is in sync for ${actions.length} action(s).`
      : `${problems.length} problem(s); run \`pnpm build\` and commit dist/.`,
  );
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
