import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../src/actions.js';
import { runCommand } from '../src/bundle.js';

/**
 * What lets `pnpm install` work with the pinned pnpm, the latest one and corepack (.ci/run runs the
 * installs themselves; these catch the causes early, without a network).
 */

const text = (file: string) => readFile(path.join(repoRoot, file), 'utf8');

const preinstall = (agent: string | undefined) =>
  runCommand(process.execPath, [path.join(repoRoot, 'scripts', 'pnpm-version.cjs')], {
    env: { PATH: process.env.PATH, ...(agent === undefined ? {} : { npm_config_user_agent: agent }) },
  });

describe('installing with any pnpm', () => {
  it('pins pnpm with its sha512, so corepack can check it without registry signatures', async () => {
    const pkg = JSON.parse(await text('package.json'));
    expect(pkg.packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+\+sha512\.[0-9a-f]{128}$/);
    expect(pkg.scripts.preinstall).toBe('node scripts/pnpm-version.cjs');
  });

  it('lets a newer pnpm install with itself instead of failing to fetch the pinned one', async () => {
    expect(parse(await text('pnpm-workspace.yaml')).pmOnFail).toBe('warn');
  });

  it('keeps cpu, os and libc in the lockfile as lists, which pnpm 12 requires', async () => {
    const scalars = (await text('pnpm-lock.yaml'))
      .split('\n')
      .map((line, i) => ({ line, no: i + 1 }))
      .filter(({ line }) => /^ {4}(cpu|os|libc): [^[]/.test(line));
    expect(scalars.map(({ line, no }) => `pnpm-lock.yaml:${no}: ${line.trim()}`)).toEqual([]);
  });

  it('stops a pnpm too old, or another package manager, with one line naming what to install', async () => {
    const pinned = JSON.parse(await text('package.json')).packageManager.replace(/^pnpm@|\+.*$/g, '');
    for (const agent of [
      'pnpm/9.0.0 npm/? node/v20.19.0 linux x64',
      'pnpm/8.15.9 npm/? node/v20.19.0 linux x64',
    ]) {
      const r = await preinstall(agent);
      expect(r.code, agent).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines, agent).toHaveLength(1);
      expect(lines[0]).toContain(`npm install -g pnpm@${pinned}`);
      expect(lines[0]).toMatch(/needs pnpm 10 or later \(this is pnpm \d+\.\d+\.\d+\)/);
    }
    const npm = await preinstall('npm/10.8.2 node/v20.19.0 linux x64 workspaces/false');
    expect(npm.code).toBe(1);
    expect(npm.stderr).toMatch(/^autoheal installs with pnpm, not npm: run `corepack enable`/);
    for (const agent of [
      'pnpm/10.34.9 npm/? node/v20.19.0 linux x64',
      'pnpm/12.26.0 npm/? node/v20.19.0 linux x64',
    ]) {
      const r = await preinstall(agent);
      expect(r.stderr, agent).toBe('');
      expect(r.code, agent).toBe(0);
    }
  });
});
