/**
 * `pnpm release <version> [--dry-run] [--no-tag]`: see release.ts. Builds with this repository's
 * own build (`node scripts/lib/build.js`, compiled by the `tsc -b` the package script runs first).
 * It does not push: `git push --follow-tags origin HEAD` and `git push --force origin vX` do that
 * (the release workflow runs both).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../actions.js';
import { ReleaseError, release } from './release.js';

const exec = promisify(execFile);

async function runBuild(root: string, ...args: string[]): Promise<void> {
  try {
    const { stdout } = await exec(
      process.execPath,
      [path.join(root, 'scripts', 'lib', 'build.js'), ...args],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    process.stdout.write(stdout);
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    process.stdout.write(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    // Nothing is committed yet when the first build fails; the CLI rebuild fails before the pins commit.
    throw new ReleaseError(
      `the build (node scripts/lib/build.js ${args.join(' ')}) failed; see its output above`,
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--no-tag');
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || positional.length !== 1) {
    console.error('usage: pnpm release <X.Y.Z> [--dry-run] [--no-tag]');
    return 2;
  }
  try {
    await release({
      root: repoRoot,
      version: positional[0]!,
      dryRun: flags.has('--dry-run'),
      tag: !flags.has('--no-tag'),
      build: (root) => runBuild(root),
      rebuildCli: (root) => runBuild(root, 'cli'),
      log: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    if (error instanceof ReleaseError) {
      console.error(`::error::release: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
