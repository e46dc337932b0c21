import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO, runCli } from '../src/cli.js';
import { analyzeCommand } from '../src/commands/analyze.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-cli-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env };
  const code = await runCli(['analyze', ...args], io, [analyzeCommand]);
  return { code, stdout, stderr };
}

const FAIL = [
  'npm ci',
  'npm ERR! code E404',
  'npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
  'npm ERR! A complete log of this run can be found in: /tmp/x.log',
  '',
].join('\n');

describe('autoheal analyze', () => {
  write('fail.log', FAIL);
  write('pass.log', 'npm ci\nadded 12 packages\n');
  write('empty.log', '');

  it('prints a readable text report by default (exit 0)', async () => {
    const r = await run(['fail.log']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('fail.log: Missing dependency (missing_dependency)');
    expect(r.stdout).toMatch(/^2 │ npm ERR! code E404$/m);
    expect(r.stdout).toContain('package=left-padd');
  });

  it('prints the JSON contract with --format json, comparing with --baseline', async () => {
    const r = await run(['fail.log', '--baseline', 'pass.log', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.category).toBe('missing_dependency');
    expect(json.stats.baselineUsed).toBe(true);
    expect(json.findings[0].lines).toEqual([{ start: 2, end: 4 }]);
    expect(json.findings[0].excerpt[0]).toEqual({ no: 2, text: 'npm ERR! code E404' });
  });

  it('prints markdown whose log block cannot be closed from inside', async () => {
    write('ticks.log', 'Error: template literal ```js broken ```` here\n');
    const r = await run(['ticks.log', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('`````text\n1: Error: template literal ```js broken ```` here\n`````');
  });

  it('runs markdown through the one sanitizer: tokens redacted, mentions, references and markup neutralised', async () => {
    const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
    const envToken = 'ghs_envTokenOfThisShell0000000000000000';
    write(
      'leak.log',
      [
        'npm ci',
        'npm ERR! code E404',
        // Long enough that the analyzer cuts the title inside the token.
        `npm ERR! 404 Not Found - GET https://registry.npmjs.org/@mona%2fleft-padd - Not found (token ${token})`,
        `npm ERR! 404 *@mona/left-padd* is not in this registry. cc @octo-org/core, fixes #12 ${envToken.replace('ghs_', 'x')}`,
        `npm ERR! A complete log of this run can be found in: /tmp/x.log <!-- hidden --> GITHUB_TOKEN=${envToken}`,
        '',
      ].join('\n'),
    );
    const r = await run(['leak.log', '--format', 'markdown'], { GITHUB_TOKEN: envToken });
    expect(r.code).toBe(0);
    const md = r.stdout;
    // No part of either token survives, not even cut short in a title.
    expect(md).not.toContain('ghp_0123');
    expect(md).not.toContain('ghp&#x5F;0123');
    expect(md).not.toContain(envToken);
    expect(md).toContain('[REDACTED:github-token]');
    expect(md).not.toContain('<!--');
    // Outside the code block no @login is left to notify anyone.
    const prose = md.split(/^```+text$[\s\S]*?^```+$/m).join('\n');
    expect(prose).toContain('mona');
    expect(prose).not.toMatch(/@(?:mona|octo-org)/);
    expect(md).toMatch(/^#### 1\. Missing dependency \(npm\): .*REDACTED:github-token/m);
  });

  it('gives a one-line error and exit 1 for a missing file, a directory or an empty log', async () => {
    for (const [arg, message] of [
      ['nope.log', /log ".*nope\.log" does not exist\n$/],
      ['.', /log ".*" is a directory, not a log file\n$/],
      ['empty.log', /log ".*empty\.log" is empty\n$/],
    ] as const) {
      const r = await run([arg]);
      expect(r.code, arg).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const r = await run(['fail.log', '--baseline', 'nope.log']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/baseline ".*nope\.log" does not exist/);
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['fail.log', '--format', 'yaml'])).stderr).toContain(
      '--format: "yaml" is not one of text, json, markdown',
    );
    expect((await run(['fail.log', '--max-lines', '0'])).code).toBe(2);
    expect((await run(['a.log', 'b.log'])).code).toBe(2);
  });

  it('documents its options and exit codes in --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--baseline');
    expect(r.stdout).toContain('Exit codes: 0');
  });
});
