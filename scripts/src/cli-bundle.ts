/**
 * The CLI as one file that runs anywhere Node runs: packages/cli/dist (ncc, as the actions), with
 * init's templates copied beside it, so `node dist/index.js` needs no workspace, no node_modules
 * and no compile.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './actions.js';
import { type BundleResult, bundleWithModules } from './bundle.js';

export const CLI_DIR = path.join(repoRoot, 'packages', 'cli');

export async function bundleCli(outDir: string = path.join(CLI_DIR, 'dist')): Promise<BundleResult> {
  const built = await bundleWithModules(path.join(CLI_DIR, 'lib', 'main.js'), outDir);
  // Anew each time: a template removed from workflows-templates must not linger in the bundle.
  await rm(path.join(outDir, 'templates'), { recursive: true, force: true });
  await cp(path.join(repoRoot, 'workflows-templates'), path.join(outDir, 'templates'), { recursive: true });
  return { ...built, files: [...built.files, 'templates/'] };
}
