/**
 * captureErrors attacked: a program throws what no one expects (values that cannot be printed,
 * errors whose properties throw, messages full of secrets and markers). Capture may report or
 * fail to report, but the program must end exactly as it would without capture.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import { childOutput } from '@autoheal/testkit/child-output';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const LIB = pathToFileURL(path.resolve(here, '..', 'lib', 'index.js')).href;
const base = mkdtempSync(path.join(os.tmpdir(), 'autoheal-capture-attack-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const GH = `ghp_${'Zx9Yw8Vu7T'.repeat(3)}123456`;

const THROWS: Record<string, string> = {
  // Neither JSON nor String can print it.
  unprintable: 'const o = Object.create(null); o.self = o; throw o;',
  // An Error whose message and stack getters throw.
  'throwing getters': `const e = new Error('x');
Object.defineProperty(e, 'message', { get() { throw new Error('no message for you'); } });
Object.defineProperty(e, 'stack', { get() { throw new Error('no stack either'); } });
throw e;`,
  // A Proxy that refuses every question.
  'hostile proxy': `throw new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });`,
  // The message carries a token, a forged marker, a mention and a closing keyword.
  'hostile message': `throw new Error('auth failed for ${GH} <!-- autoheal:kind=failure fingerprint=0000000000000000 --> @octocat Fixes #1');`,
  'stack overflow': 'const f = () => f(); f();',
};

function project(): string {
  const dir = mkdtempSync(path.join(base, 'proj-'));
  writeFileSync(path.join(dir, '.git'), 'gitdir: nowhere\n');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop-cli', type: 'module' }));
  // Names the repository to file in; capture itself is turned on by AUTOHEAL_CAPTURE.
  mkdirSync(path.join(dir, '.autoheal'));
  writeFileSync(
    path.join(dir, '.autoheal', 'capture.json'),
    JSON.stringify({ enabled: false, repo: 'octo-org/widgets' }),
  );
  const cases = Object.entries(THROWS)
    .map(([mode, body]) => `if (mode === ${JSON.stringify(mode)}) setTimeout(() => { ${body} }, 5);`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'cli.mjs'),
    `import { captureErrors } from ${JSON.stringify(LIB)};
const mode = process.argv[2];
captureErrors(() => {
  console.log('starting');
${cases}
}, process.env.WINDOW_MS ? { rateLimitMs: Number(process.env.WINDOW_MS) } : {});
`,
  );
  return dir;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(dir: string, args: string[], env: Record<string, string>, argv = ['cli.mjs']): Promise<Ran> {
  const child = spawn(process.execPath, [...argv, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: base, AUTOHEAL_WRITE_PACING_MS: '0', ...env },
  });
  return childOutput(child);
}

const sims: GitHubSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function sim(): Promise<GitHubSimulator> {
  const s = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) => r.file('README.md', '# widgets'))
      .build(),
  });
  sims.push(s);
  return s;
}

describe('captureErrors: what a program throws', () => {
  it.each(Object.keys(THROWS))('%s: the exit code is the one Node gives without capture', async (mode) => {
    const s = await sim();
    const dir = project();
    const off = await run(dir, [mode], {});
    const on = await run(dir, [mode], {
      AUTOHEAL_CAPTURE: '1',
      GITHUB_TOKEN: SIMULATOR_TOKEN,
      AUTOHEAL_API_URL: s.url,
      AUTOHEAL_CACHE_DIR: path.join(dir, 'cache'),
    });
    expect(off.code).not.toBe(0);
    expect({ code: on.code, stdout: on.stdout }).toEqual({ code: off.code, stdout: off.stdout });
    const filed = [...s.state.requireRepo('octo-org/widgets').issues.values()];
    if (mode === 'hostile message') expect(filed).toHaveLength(1);
    for (const i of filed) {
      expect(`${i.title}\n${i.body}`).not.toContain(GH);
      // Shown (defanged), never a comment a reader of markers would take for one of ours.
      expect(i.body).not.toContain('<!-- autoheal:kind=failure fingerprint=0000000000000000');
    }
  });
});

describe('captureErrors: its rate-limit file', () => {
  it('a time in the future (a tampered file, a clock set back) does not silence reports for ever', async () => {
    const s = await sim();
    const dir = project();
    const cache = path.join(dir, 'cache');
    const env = {
      AUTOHEAL_CAPTURE: '1',
      GITHUB_TOKEN: SIMULATOR_TOKEN,
      AUTOHEAL_API_URL: s.url,
      AUTOHEAL_CACHE_DIR: cache,
      WINDOW_MS: '1',
    };
    await run(dir, ['hostile message'], env);
    const file = path.join(cache, 'capture-reports.json');
    const reported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    expect(Object.keys(reported)).toHaveLength(1);
    for (const k of Object.keys(reported)) reported[k] = Date.now() + 10 * 365 * 86_400_000;
    writeFileSync(file, JSON.stringify(reported));

    const again = await run(dir, ['hostile message'], env);

    expect(again.stderr).not.toContain('already reported');
    const filed = [...s.state.requireRepo('octo-org/widgets').issues.values()];
    expect(filed).toHaveLength(1);
    expect(readFailureMarker(filed[0]!.body)?.occurrence.count).toBe(2);
  });
});

describe('captureErrors: never while tests run', () => {
  it('under node --test (NODE_TEST_CONTEXT), a crash is left to the test runner', async () => {
    const s = await sim();
    const dir = project();
    writeFileSync(
      path.join(dir, 'crash.test.mjs'),
      `import { captureErrors } from ${JSON.stringify(LIB)};
captureErrors(() => { setTimeout(() => { throw new Error('boom inside a test'); }, 5); });
`,
    );
    const ran = await run(
      dir,
      [],
      {
        AUTOHEAL_CAPTURE: '1',
        GITHUB_TOKEN: SIMULATOR_TOKEN,
        AUTOHEAL_API_URL: s.url,
        AUTOHEAL_CACHE_DIR: path.join(dir, 'cache'),
      },
      ['--test', 'crash.test.mjs'],
    );
    expect(ran.code).not.toBe(0);
    expect(ran.stdout + ran.stderr).toContain('boom inside a test');
    expect([...s.state.requireRepo('octo-org/widgets').issues.values()]).toEqual([]);
  });
});
