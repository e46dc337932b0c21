import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-cli-capture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(cwd: string, env: Record<string, string> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env };
}

describe('autoheal capture', () => {
  it('enables and disables capture at the repository root, and says why it is on or off', async () => {
    const repo = path.join(dir, 'shop');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'src', 'deep'), { recursive: true });
    const inside = path.join(repo, 'src', 'deep');

    const before = io(inside);
    expect(await runCli(['capture', 'status'], before, commands)).toBe(EXIT.ok);
    expect(before.out.join('')).toMatch(/^capture is off: not enabled/);

    expect(await runCli(['capture', 'enable', '--repo', 'acme/shop-cli'], io(inside), commands)).toBe(
      EXIT.ok,
    );
    const file = path.join(repo, '.autoheal', 'capture.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ enabled: true, repo: 'acme/shop-cli' });
    const on = io(inside, { GITHUB_TOKEN: 'x' });
    await runCli(['capture', 'status'], on, commands);
    expect(on.out.join('')).toContain(`capture is on: ${file}`);
    expect(on.out.join('')).toContain('files in acme/shop-cli');
    expect(on.out.join('')).toContain('a token is set (GITHUB_TOKEN)');

    const tests = io(inside, { VITEST: 'true' });
    await runCli(['capture', 'status'], tests, commands);
    expect(tests.out.join('')).toMatch(/^capture is off: tests are running \(VITEST is set\)/);

    expect(await runCli(['capture', 'disable'], io(repo), commands)).toBe(EXIT.ok);
    // Disabling keeps the repository it files in, for the next enable.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ enabled: false, repo: 'acme/shop-cli' });
  });

  it('refuses what it does not know with exit code 2 and shows an example in its help', async () => {
    const bad = io(dir);
    expect(await runCli(['capture', 'maybe'], bad, commands)).toBe(EXIT.usage);
    expect(bad.err.join('')).toContain('say enable, disable or status');
    const badRepo = io(dir);
    expect(await runCli(['capture', 'enable', '--repo', 'not a repo'], badRepo, commands)).toBe(EXIT.usage);
    for (const name of ['capture', 'run']) {
      const help = io(dir);
      expect(await runCli([name, '--help'], help, commands)).toBe(EXIT.ok);
      expect(help.out.join('')).toMatch(new RegExp(`Example:\\n  autoheal ${name} `));
      expect(help.out.join('')).toContain('Exit codes:');
    }
  });

  it('autoheal run without a command is a usage error', async () => {
    const o = io(dir);
    expect(await runCli(['run', '--repo', 'a/b'], o, commands)).toBe(EXIT.usage);
    expect(o.err.join('')).toContain('give the command to run after --');
  });
});
