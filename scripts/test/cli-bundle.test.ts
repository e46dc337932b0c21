import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/bundle.js';
import { bundleCli, CLI_DIR } from '../src/cli-bundle.js';

/**
 * The CLI bundle on its own: built fresh (from the compiled lib/, as `pnpm build` does), copied to
 * a folder with no node_modules above it and outside the workspace, then run with plain `node`.
 */
let temp: string;
let cli: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-cli-bundle-'));
  const built = path.join(temp, 'built');
  await bundleCli(built);
  // Only the bundle folder travels: nothing of this repository is reachable from it.
  cli = path.join(temp, 'elsewhere', 'autoheal');
  await mkdir(path.dirname(cli), { recursive: true });
  await cp(built, cli, { recursive: true });
}, 180_000);

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const run = (args: string[], cwd: string) =>
  runCommand(process.execPath, [path.join(cli, 'index.js'), ...args], {
    cwd,
    // No NODE_PATH or workspace: a lookup outside the bundle would fail.
    env: { PATH: process.env.PATH, HOME: temp },
    timeoutMs: 60_000,
  });

describe('the CLI bundle', () => {
  it('is declared as the package bin and starts with a node shebang', async () => {
    const pkg = JSON.parse(await readFile(path.join(CLI_DIR, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ autoheal: './dist/index.js' });
    // The workspace packages are bundled, so an install (npx, pnpm dlx) must not ask for them.
    expect(pkg.dependencies).toBeUndefined();
    expect((await readFile(path.join(cli, 'index.js'), 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints its help and analyzes a log with no node_modules anywhere', async () => {
    const help = await run(['--help'], temp);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    for (const name of ['analyze', 'init', 'serve-github', 'run-action'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    const log = path.join(temp, 'failed.log');
    await writeFile(
      log,
      [
        '2026-01-05T10:00:01.0000000Z ##[group]Run npm ci',
        '2026-01-05T10:00:02.0000000Z npm ERR! code E404',
        '2026-01-05T10:00:02.0000000Z npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-pad-nope - Not found',
        '2026-01-05T10:00:03.0000000Z ##[error]Process completed with exit code 1.',
        '',
      ].join('\n'),
    );
    const analyzed = await run(['analyze', log, '--format', 'json'], temp);
    expect(analyzed.stderr).toBe('');
    expect(analyzed.code).toBe(0);
    const analysis = JSON.parse(analyzed.stdout);
    expect(analysis.stats.linesRead).toBe(4);
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(analyzed.stdout).toContain('left-pad-nope');
  });

  it('runs a command under `run`, its exit code unchanged, and diagnoses it from its lazily loaded chunk', async () => {
    const r = await run(
      [
        'run',
        '--',
        process.execPath,
        '-e',
        "console.log('Error: Cannot find module \\'left-pad\\''); process.exit(3)",
      ],
      temp,
    );
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("Error: Cannot find module 'left-pad'\n");
    expect(r.stderr).toContain('autoheal: Missing dependency');
    expect(r.stderr).toContain('autoheal: no token');
  });

  it('runs init from the templates it carries', async () => {
    const repo = path.join(temp, 'repo');
    await cp(path.join(CLI_DIR, 'test', 'fixtures', 'node-library'), repo, { recursive: true });
    const r = await run(['init'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await readdir(path.join(repo, '.github', 'workflows'))).sort()).toEqual([
      'auto-heal.yml',
      'build.yml',
      'ci.yml',
      'codeql.yml',
      'docs.yaml',
      'release.yml',
      'update-workflow-list.yml',
    ]);
    expect(await readFile(path.join(repo, '.github', 'workflows', 'auto-heal.yml'), 'utf8')).toMatch(
      /^ {4}workflows: \[autoheal update workflow list, CI, CodeQL, /m,
    );
  });
});
