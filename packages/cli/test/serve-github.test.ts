import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';
import { REPO_ROOT } from '../src/paths.js';

const SEEDS = path.join(REPO_ROOT, 'packages', 'testkit', 'seeds');
const MAIN = path.join(REPO_ROOT, 'packages', 'cli', 'lib', 'main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-cli-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(signal?: AbortSignal): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    env: {},
    ...(signal ? { signal } : {}),
  };
}

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('serve-github printed no URL');
}

const BAD_SEED = JSON.stringify({ users: [{ login: 5 }], repos: [{ owner: 'demo-org' }] });

describe('autoheal serve-github', () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.json'));

  it('ships seeds', () => {
    expect(seeds).toEqual(expect.arrayContaining(['demo.json', 'demo-fix.json']));
  });

  for (const seed of seeds)
    it(`serves an authenticated request with every token it prints for ${seed}`, async () => {
      const controller = new AbortController();
      const o = io(controller.signal);
      const done = runCli(['serve-github', '--seed', path.join(SEEDS, seed)], o, commands);
      const url = await waitFor(() => /listening on (\S+)/.exec(o.out.join(''))?.[1]);
      const printed = o.out.join('');
      const tokens = [...printed.matchAll(/token for (\S+): (\S+)/g)].map((m) => ({
        login: m[1]!,
        token: m[2]!,
      }));
      const repos = /repositories: (.+)/.exec(printed)![1]!.split(', ');
      expect(tokens.length).toBeGreaterThan(0);
      for (const { login, token } of tokens) {
        const headers = { authorization: `token ${token}` };
        for (const repo of repos) {
          const res = await fetch(`${url}/repos/${repo}`, { headers });
          expect(res.status, `${login} on ${repo}`).toBe(200);
          expect(((await res.json()) as { full_name: string }).full_name).toBe(repo);
        }
        const issues = await fetch(`${url}/repos/${repos[0]}/issues`, { headers });
        expect(issues.status).toBe(200);
      }
      // Without a token the simulator answers as GitHub does for a private world: 401.
      expect((await fetch(`${url}/repos/${repos[0]}`)).status).toBe(401);
      controller.abort();
      expect(await done).toBe(EXIT.ok);
    });

  it('reports a bad seed as one line per problem with exit code 1', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, BAD_SEED);
    const o = io();
    expect(await runCli(['serve-github', '--seed', 'bad.json'], o, commands)).toBe(EXIT.failure);
    expect(o.out).toEqual([]);
    expect(o.err.join('').split('\n').filter(Boolean)).toEqual([
      `autoheal serve-github: ${file}: seed users[0].login: is 5; accepted: a non-empty string`,
      `autoheal serve-github: ${file}: seed repos[0].name: is missing; accepted: a string`,
    ]);

    writeFileSync(path.join(dir, 'broken.json'), '{ "users": [');
    const broken = io();
    expect(await runCli(['serve-github', '--seed', 'broken.json'], broken, commands)).toBe(EXIT.failure);
    expect(broken.err).toEqual([
      expect.stringMatching(/^autoheal serve-github: seed file ".*broken\.json" is not valid JSON \(.*\)\n$/),
    ]);
  });

  it('as a process, prints no stack trace for a bad seed and exits non-zero', () => {
    writeFileSync(path.join(dir, 'bad.json'), BAD_SEED);
    // The compiled CLI (tsc -b builds packages/cli/lib), run as `pnpm autoheal` runs it.
    const result = spawnSync(process.execPath, [MAIN, 'serve-github', '--seed', 'bad.json'], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('ConfigurationError');
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^autoheal serve-github: .*bad\.json: seed users\[0\]\.login: is 5/);
  });

  it('says in one line that a port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const o = io();
      expect(await runCli(['serve-github', '--port', String(port)], o, commands)).toBe(EXIT.failure);
      expect(o.err).toEqual([
        `autoheal serve-github: cannot listen on 127.0.0.1:${port} (the port is in use); choose another --port, or leave it out for any free port\n`,
      ]);
    } finally {
      blocker.close();
    }
  });
});
