import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { type BundledPackage, bundledPackages, renderLicences } from './licenses.js';

const require = createRequire(import.meta.url);

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
}

/** What ncc writes when it could not resolve a module: it exits 0 and leaves these stubs behind. */
export const MISSING_MODULE_MARK = 'webpackMissingModule';

export interface BundleResult {
  /** The files written to the output folder, sorted. */
  files: string[];
  /** The npm packages with files in the bundle, all chunks included (from ncc's webpack stats). */
  packages: BundledPackage[];
}

/**
 * Bundle a compiled entry with ncc into `outDir`: index.js (and any split-off chunk), package.json
 * ({"type":"module"} for an ESM bundle) and licenses.txt. Fails when ncc fails or when the bundle
 * holds missing-module stubs.
 */
export async function bundle(entry: string, outDir: string): Promise<string[]> {
  return (await bundleWithModules(entry, outDir)).files;
}

/** {@link bundle}, also returning the packages the bundle holds. */
export async function bundleWithModules(entry: string, outDir: string): Promise<BundleResult> {
  if (!existsSync(entry)) throw new BundleError(`${entry} does not exist; run \`tsc -b\` first`);
  const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-bundle-stats-'));
  try {
    const statsFile = path.join(temp, 'stats.json');
    // No cache: a cached build could hide a difference from a clean one, and check-dist compares clean builds.
    // No `--license`: ncc writes one licenses.txt per chunk under one name, so the last chunk's wins;
    // the notices are written below from the stats of every chunk.
    const result = await runCommand(process.execPath, [
      ncc,
      'build',
      entry,
      '-o',
      outDir,
      '--stats-out',
      statsFile,
      '--target',
      'es2022',
      '-C',
      '-q',
    ]);
    if (result.code !== 0)
      throw new BundleError(`ncc failed for ${entry}:\n${result.stderr}${result.stdout}`);
    const index = path.join(outDir, 'index.js');
    const code = await readFile(index, 'utf8');
    if (code.includes(MISSING_MODULE_MARK)) {
      const names = [...code.matchAll(/Cannot find module '([^']+)'/g)].map((m) => m[1]);
      throw new BundleError(
        `${index} contains ${MISSING_MODULE_MARK} stubs (unresolved: ${[...new Set(names)].join(', ') || 'unknown'}). ` +
          'ESM-only dependencies need "type": "module" and module NodeNext, not CommonJS.',
      );
    }
    if (!existsSync(path.join(outDir, 'package.json'))) {
      // ncc writes it for ESM entries; a CommonJS bundle would not load the ESM-only @actions packages.
      throw new BundleError(`${outDir}/package.json is missing: the bundle is not ESM`);
    }
    const packages = await bundledPackages(statsFile);
    await writeFile(path.join(outDir, 'licenses.txt'), await renderLicences(packages));
    return { files: (await readdir(outDir)).sort(), packages };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

export interface SmokeResult {
  runtime: string;
  ok: boolean;
  problem?: string;
  result: CommandResult;
}

/** Signs that a bundle failed to load rather than ran and reported a problem. */
const LOAD_FAILURES = [
  /ERR_MODULE_NOT_FOUND/,
  /Cannot find (module|package)/,
  /SyntaxError/,
  /ReferenceError/,
  /is not a function/,
  /Dynamic require of/,
];

/**
 * Run a bundle the way the runner would but with no inputs and no event: it must load, then stop
 * through autoheal's error wrapper with an `::error::` line (a missing input or context) — not crash.
 */
export async function smokeRun(
  bundleFile: string,
  nodeBinary: string,
  runtime: string,
): Promise<SmokeResult> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-smoke-'));
  try {
    const files = ['output', 'state', 'env', 'path', 'summary'].map((f) => path.join(temp, f));
    for (const f of files) await writeFile(f, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: temp,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: files[0],
      GITHUB_STATE: files[1],
      GITHUB_ENV: files[2],
      GITHUB_PATH: files[3],
      GITHUB_STEP_SUMMARY: files[4],
    };
    const result = await runCommand(nodeBinary, [bundleFile], { cwd: temp, env, timeoutMs: 30_000 });
    const failure = LOAD_FAILURES.find((re) => re.test(result.stderr) || re.test(result.stdout));
    let problem: string | undefined;
    if (failure) problem = `load failure (${failure.source})`;
    else if (!/^::error(?: [^:]*)?::/m.test(result.stdout))
      problem = 'no ::error:: line: the bundle did not report its missing inputs';
    else if (result.code === 0) problem = 'exited 0 without inputs';
    else if (/^\s+at .+:\d+:\d+\)?$/m.test(result.stderr))
      problem = 'uncaught exception (stack trace on stderr)';
    return problem ? { runtime, ok: false, problem, result } : { runtime, ok: true, result };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
