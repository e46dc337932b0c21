/**
 * captureErrors end to end: a small Node CLI that calls captureErrors (the compiled lib/, as a
 * user's program would load it) crashes for real in a child process, with the GitHub simulator
 * as its GitHub.
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
import { LineRing, relativeStack } from '../src/index.js';
import { captureDecision } from '../src/opt-in.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const LIB = pathToFileURL(path.resolve(here, '..', 'lib', 'index.js')).href;
const base = mkdtempSync(path.join(os.tmpdir(), 'autoheal-capture-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const SECRET = 'sk-live-0123456789abcdef';

/**
 * A project with a CLI that logs a little, then crashes the way its first argument says. With
 * `repo`, its capture file names the repository to file in (capture itself stays off there:
 * AUTOHEAL_CAPTURE turns it on).
 */
function project(repo?: string): string {
  const dir = mkdtempSync(path.join(base, 'proj-'));
  // Its own repository root, so no capture file of a folder above counts.
  writeFileSync(path.join(dir, '.git'), 'gitdir: nowhere\n');
  if (repo) {
    mkdirSync(path.join(dir, '.autoheal'));
    writeFileSync(path.join(dir, '.autoheal', 'capture.json'), JSON.stringify({ enabled: false, repo }));
  }
  mkdirSync(path.join(dir, 'bin'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop-cli', type: 'module' }));
  writeFileSync(
    path.join(dir, 'bin', 'cli.mjs'),
    `import { captureErrors } from ${JSON.stringify(LIB)};
function readPort(config) {
  return config.port;
}
const mode = process.argv[2];
if (mode === 'sync') captureErrors(() => { console.log('parsing flags'); throw new Error('unknown flag --colour'); });
else captureErrors(async () => {
  console.log('loading config from shop.json');
  console.error('warning: cache is cold');
  await new Promise((r) => setTimeout(r, 5));
  if (mode === 'reject') return readPort(undefined);
  if (mode === 'throw') setTimeout(() => { throw new RangeError('size must be positive, got -1'); }, 5);
  if (mode === 'ok') console.log('done');
});
`,
  );
  return dir;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(dir: string, args: string[], env: Record<string, string>): Promise<Ran> {
  const child = spawn(process.execPath, ['bin/cli.mjs', ...args], {
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

function issues(s: GitHubSimulator) {
  return [...s.state.requireRepo('octo-org/widgets').issues.values()];
}

function on(s: GitHubSimulator, stateDir: string): Record<string, string> {
  return {
    AUTOHEAL_CAPTURE: '1',
    GITHUB_TOKEN: SIMULATOR_TOKEN,
    AUTOHEAL_API_URL: s.url,
    AUTOHEAL_CACHE_DIR: stateDir,
    DEPLOY_SECRET: SECRET,
  };
}

/** Node's own account of the crash: the program's and autoheal's lines left out. */
function nodeSays(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => !l.startsWith('autoheal capture:') && l !== 'warning: cache is cold')
    .join('\n');
}

/** The same without the source line Node shows above the stack (a rethrown exception shows the rethrow's). */
function stackSays(stderr: string): string {
  const said = nodeSays(stderr);
  // captureErrors' own frame is on another line of it when it is on.
  return said.slice(said.indexOf('\n\n') + 2).replace(/(capture\/lib\/index\.js):\d+:\d+/g, '$1');
}

describe('captureErrors', () => {
  it('files an unhandled rejection as an issue, then exits as Node would have', async () => {
    const s = await sim();
    const dir = project();
    const args = ['reject', '--token', SECRET];
    const plain = await run(dir, args, {});
    const captured = await run(dir, args, on(s, path.join(dir, 'state')));

    expect(plain.code).toBe(1);
    expect(captured.code).toBe(plain.code);
    expect(captured.stdout).toBe(plain.stdout);
    expect(nodeSays(captured.stderr)).toBe(nodeSays(plain.stderr));
    expect(captured.stderr).toContain("TypeError: Cannot read properties of undefined (reading 'port')");

    // No repository named and no git remote: diagnosed, not filed, and said so in one line.
    expect(captured.stderr).toContain('autoheal capture: no repository');
    expect(issues(s)).toHaveLength(0);
  });

  it('reports with the error, a relative stack, the last lines, the runtime and a redacted command line', async () => {
    const s = await sim();
    const dir = project();
    // On by the file `autoheal capture enable --repo` writes, not by the environment.
    mkdirSync(path.join(dir, '.autoheal'));
    writeFileSync(
      path.join(dir, '.autoheal', 'capture.json'),
      JSON.stringify({ enabled: true, repo: 'octo-org/widgets' }),
    );
    const { AUTOHEAL_CAPTURE: _on, ...env } = on(s, path.join(dir, 'state'));

    const ran = await run(dir, ['reject', '--token', SECRET], env);

    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/autoheal capture: Created issue 1 /);
    const [issue] = issues(s);
    expect(issue!.title).toMatch(
      /^\[autoheal\] uncaught error · shop-cli: .*TypeError: Cannot read properties of undefined/,
    );
    const body = issue!.body;
    expect(body).toContain('### Uncaught TypeError in shop-cli (local)');
    expect(body).toContain(`Node ${process.version}`);
    expect(body).toContain('at readPort (bin/cli.mjs:');
    expect(body).not.toContain(dir);
    expect(body).toContain('loading config from shop.json');
    expect(body).toContain('warning: cache is cold');
    expect(body).toContain('| Command | node bin/cli.mjs reject --token &#x5B;REDACTED&#x5D; |');
    expect(body).not.toContain(SECRET);
    expect(readFailureMarker(body)?.workflowPath).toBe('external:capture');
  });

  it('reports one failure at most once an hour per machine; another machine updates the same issue', async () => {
    const s = await sim();
    const dir = project('octo-org/widgets');
    const env = { ...on(s, path.join(dir, 'state-a')) };
    const plain = await run(dir, ['throw'], {});
    const first = await run(dir, ['throw'], env);
    const again = await run(dir, ['throw'], env);
    const otherMachine = await run(dir, ['throw'], { ...env, AUTOHEAL_CACHE_DIR: path.join(dir, 'state-b') });

    for (const r of [first, again, otherMachine]) {
      expect(r.code).toBe(plain.code);
      expect(stackSays(r.stderr)).toBe(stackSays(plain.stderr));
    }
    expect(plain.stderr).toContain('RangeError: size must be positive, got -1');
    expect(again.stderr).toMatch(/autoheal capture: already reported \d+ min ago/);
    const all = issues(s);
    expect(all).toHaveLength(1);
    expect(readFailureMarker(all[0]!.body)?.occurrence.count).toBe(2);
    const state = JSON.parse(
      readFileSync(path.join(dir, 'state-a', 'capture-reports.json'), 'utf8'),
    ) as Record<string, number>;
    expect(Object.keys(state)).toEqual([readFailureMarker(all[0]!.body)!.fingerprint]);
  }, 30_000);

  it('reports an error main throws synchronously, which the entry module leaves uncaught', async () => {
    const s = await sim();
    const dir = project('octo-org/widgets');
    const plain = await run(dir, ['sync'], {});
    const ran = await run(dir, ['sync'], on(s, path.join(dir, 'state')));
    expect(plain.code).toBe(1);
    expect(ran.code).toBe(plain.code);
    expect(stackSays(ran.stderr)).toBe(stackSays(plain.stderr));
    expect(issues(s)).toHaveLength(1);
    expect(issues(s)[0]!.body).toContain('unknown flag --colour');
    expect(issues(s)[0]!.body).toContain('parsing flags');
  });

  it('does nothing at all when off, when tests run, or when no error happens', async () => {
    const s = await sim();
    const dir = project('octo-org/widgets');
    const env = on(s, path.join(dir, 'state'));
    const off = await run(dir, ['reject'], { ...env, AUTOHEAL_CAPTURE: '0' });
    const inTests = await run(dir, ['reject'], { ...env, VITEST: 'true' });
    const fine = await run(dir, ['ok'], env);

    expect(off.code).toBe(1);
    expect(inTests.code).toBe(1);
    expect(off.stderr).not.toContain('autoheal capture');
    expect(inTests.stderr).not.toContain('autoheal capture');
    expect(fine.code).toBe(0);
    expect(fine.stdout).toBe('loading config from shop.json\ndone\n');
    expect(s.requests).toHaveLength(0);
  });
});

describe('the light half', () => {
  it('imports nothing but node built-ins and itself, so the filing code loads only after an error', () => {
    for (const file of ['index.ts', 'opt-in.ts']) {
      const text = readFileSync(path.join(here, '..', 'src', file), 'utf8');
      const imports = [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!);
      expect(imports.length).toBeGreaterThan(0);
      for (const spec of imports) expect(spec).toMatch(/^(?:node:|\.\/(?:opt-in)\.js$)/);
    }
    const index = readFileSync(path.join(here, '..', 'src', 'index.ts'), 'utf8');
    expect(index).toContain("import('./report.js')");
  });

  it('keeps the last lines, across writes that split lines', () => {
    const ring = new LineRing(3);
    ring.push('a\nb');
    ring.push('c\nd\ne\nf');
    expect(ring.snapshot()).toEqual(['d', 'e', 'f']);
  });

  it('leaves a stack alone when the project is the file system root', () => {
    expect(relativeStack('Error: x\n    at f (/a/b.js:1:2)', '/', '/nonexistent-home')).toBe(
      'Error: x\n    at f (/a/b.js:1:2)',
    );
  });

  it('makes project paths relative and the home folder ~', () => {
    const stack =
      'Error: x\n    at f (/home/u/proj/src/a.js:1:2)\n    at g (file:///home/u/proj/src/b.mjs:3:4)\n    at h (/home/u/other/c.js:5:6)';
    expect(relativeStack(stack, '/home/u/proj', '/home/u')).toBe(
      'Error: x\n    at f (src/a.js:1:2)\n    at g (src/b.mjs:3:4)\n    at h (~/other/c.js:5:6)',
    );
  });

  it('is opt-in, and never on while tests run', () => {
    const dir = mkdtempSync(path.join(base, 'optin-'));
    expect(captureDecision({}, dir).enabled).toBe(false);
    expect(captureDecision({ AUTOHEAL_CAPTURE: '1' }, dir).enabled).toBe(true);
    expect(captureDecision({ AUTOHEAL_CAPTURE: '1', JEST_WORKER_ID: '1' }, dir).enabled).toBe(false);
    expect(captureDecision({ AUTOHEAL_CAPTURE: '1', NODE_ENV: 'test' }, dir).enabled).toBe(false);
  });
});
