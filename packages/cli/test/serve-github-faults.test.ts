/**
 * From outside, as a maintainer meets GitHub: `autoheal serve-github --fault …` runs as its own
 * process, and `autoheal run-action analyze-failure --api <its URL>` runs the committed bundle
 * against it. Nothing here reaches into the simulator: what is checked is what the two commands
 * print and what the served API answers. Needs the compiled CLI (`tsc -b`) and
 * actions/analyze-failure/dist (`pnpm build`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { loadSeedFile } from '@autoheal/testkit/simulator/seed-load';
import { startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED, REPO_ROOT } from '../src/paths.js';

const MAIN = path.join(REPO_ROOT, 'packages', 'cli', 'lib', 'main.js');
const ISSUES = '/repos/{owner}/{repo}/issues';
const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-cli-faults-'));
const eventFile = path.join(dir, 'workflow_run.json');
let token = '';
let repository = '';

const children: ChildProcess[] = [];
afterEach(() => {
  // A test that failed half-way must not leave its server running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.length = 0;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The event GitHub sends when the demo repository's CI run fails, built from the seed the server starts with. */
beforeAll(async () => {
  const seed = await loadSeedFile(DEMO_SEED);
  const repo = seed.repos![0]!;
  repository = `${repo.owner}/${repo.name}`;
  token = seed.tokens!.find((t) => t.login === 'github-actions[bot]')!.token;
  const runId = repo.runs!.find((r) => r.conclusion === 'failure')!.id;
  // A separate, fault-free simulator of the same seed: fetching the run from the faulty one would use up its faults.
  const sim = await startGitHubSimulator({ seed });
  try {
    const headers = { authorization: `token ${token}` };
    const [run, repoJson] = await Promise.all(
      [`/repos/${repository}/actions/runs/${runId}`, `/repos/${repository}`].map(async (p) =>
        (await fetch(`${sim.url}${p}`, { headers })).json(),
      ),
    );
    writeFileSync(
      eventFile,
      JSON.stringify(
        withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository: repoJson }),
      ),
    );
  } finally {
    await sim.close();
  }
});

function cli(args: string[]): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  return { child, out: () => out, err: () => err };
}

interface Served {
  url: string;
  banner: string;
  /** Ctrl-C, then what it printed on the way out and its exit code. */
  stop(): Promise<{ code: number | null; report: string }>;
}

async function serve(faults: string[]): Promise<Served> {
  const p = cli(['serve-github', ...faults.flatMap((f) => ['--fault', f])]);
  // Generous: on a loaded 2-core machine Node alone can take seconds to start.
  const until = Date.now() + 30_000;
  while (!p.out().includes('Press Ctrl-C') && Date.now() < until) {
    if (p.child.exitCode !== null) throw new Error(`serve-github exited: ${p.err()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const banner = p.out();
  const url = /listening on (\S+)/.exec(banner)?.[1];
  if (!url) throw new Error(`serve-github printed no URL: ${banner}${p.err()}`);
  return {
    url,
    banner,
    async stop() {
      const exited = once(p.child, 'exit');
      p.child.kill('SIGINT');
      const [code] = (await exited) as [number | null];
      return { code, report: p.out().slice(banner.length) };
    },
  };
}

interface Delivery {
  code: number | null;
  out: string;
  result: string | undefined;
  issueNumber: string | undefined;
  /** The writes the action counted against its budget, from its job summary. */
  writes: number;
  log: string;
}

/** One delivery of the failed run's event to analyze-failure, as `autoheal run-action` runs it. */
async function deliver(url: string, extra: readonly string[] = []): Promise<Delivery> {
  const p = cli([
    'run-action',
    'analyze-failure',
    ...extra,
    '--api',
    url,
    '--token',
    token,
    '--repository',
    repository,
    '--event',
    eventFile,
    '--event-name',
    'workflow_run',
  ]);
  const [code] = (await once(p.child, 'exit')) as [number | null];
  const out = p.out();
  const writes = /Writes: (\d+) of the operations budget/.exec(out)?.[1];
  return {
    code,
    out: `${out}${p.err()}`,
    result: /^ {2}result = (\S+)$/m.exec(out)?.[1],
    issueNumber: /^ {2}issue-number = (\S+)$/m.exec(out)?.[1],
    writes: writes === undefined ? Number.NaN : Number(writes),
    log: out.slice(out.lastIndexOf('\nlog:\n')),
  };
}

/** The repository's issues (not pull requests) as the served API lists them. */
async function issues(url: string): Promise<Array<{ number: number; comments: number; state: string }>> {
  const res = await fetch(`${url}/repos/${repository}/issues?state=all&per_page=100`, {
    headers: { authorization: `token ${token}` },
  });
  expect(res.status).toBe(200);
  const all = (await res.json()) as Array<{
    number: number;
    comments: number;
    state: string;
    pull_request?: unknown;
  }>;
  return all.filter((i) => i.pull_request === undefined);
}

/** What core's write helper logs when it finds the write whose answer was lost. */
const tookEffect = () =>
  `POST /repos/${repository}/issues: GitHub's answer was lost, but the write had taken effect; not repeated.`;

describe('serve-github --fault, driven from outside with run-action analyze-failure', () => {
  for (const [name, fault] of [
    ['a 502 after the issue POST took effect', `POST ${ISSUES}=server-error:502,after-effect`],
    ['a reset connection after the issue POST took effect', `POST ${ISSUES}=connection-reset,after-effect`],
  ] as const)
    it(`${name}: one issue, the action says the write took effect and did not repeat it; a re-delivery writes nothing`, async () => {
      const server = await serve([fault]);
      expect(server.banner).toContain(`    1. ${fault.replace(',after-effect', ',times=1,after-effect')}\n`);

      const first = await deliver(server.url);
      expect(first.code, first.out).toBe(0);
      expect(first.result).toBe('created');
      expect(first.log).toContain(tookEffect());
      // Found again by its request stamp, so it is not sent a second time.
      expect(first.log).not.toMatch(/sending it again/);
      const filed = await issues(server.url);
      expect(filed).toHaveLength(1);
      expect(first.issueNumber).toBe(String(filed[0]!.number));
      expect(first.writes).toBeGreaterThan(0);

      // GitHub delivers the same event again (a re-run of the heal job): nothing new is written.
      const again = await deliver(server.url);
      expect(again.code, again.out).toBe(0);
      expect(again.result).toBe('skipped');
      expect(again.issueNumber).toBe(first.issueNumber);
      expect(again.writes).toBe(0);
      expect(again.log).not.toContain('answer was lost');
      expect(await issues(server.url)).toEqual(filed);

      const { code, report } = await server.stop();
      expect(code).toBe(0);
      // The server's own count: every write it saw was one the first delivery counted.
      const seen = /Stopped after (\d+) request\(s\), (\d+) of them writes\./.exec(report);
      expect(seen, report).not.toBeNull();
      expect(Number(seen![2])).toBe(first.writes);
      expect(report).toContain(
        `  fault 1 answered 1 request(s): ${fault.replace(',after-effect', ',times=1,after-effect')}\n`,
      );
    }, 60_000);

  it('a secondary rate limit (429, retry-after 1) on the first GET: the action waits it out and files one issue', async () => {
    const fault = 'GET *=secondary-rate-limit:429,retry-after=1,times=1';
    const server = await serve([fault]);
    expect(server.banner).toContain('    1. GET *=secondary-rate-limit:429,times=1,retry-after=1\n');
    const started = performance.now();
    const first = await deliver(server.url);
    const tookMs = performance.now() - started;
    expect(first.code, first.out).toBe(0);
    expect(first.result).toBe('created');
    expect(first.log).toMatch(
      /warning: GitHub secondary rate limit on GET \S+; waiting 1s \(retry 1 of \d+\)\./,
    );
    // It waited the second GitHub asked for rather than retrying at once.
    expect(tookMs).toBeGreaterThanOrEqual(1000);
    expect(await issues(server.url)).toHaveLength(1);
    const { code, report } = await server.stop();
    expect(code).toBe(0);
    expect(report).toContain(
      '  fault 1 answered 1 request(s): GET *=secondary-rate-limit:429,times=1,retry-after=1\n',
    );
    expect(Number(/(\d+) of them writes/.exec(report)?.[1])).toBe(first.writes);
  }, 60_000);

  it('a 502 after the claim took effect: the retry cannot tell the claim is its own, waits it out (scaled by --env), takes it over, files one issue', async () => {
    const fault = 'POST /repos/{owner}/{repo}/git/refs=server-error:502,after-effect';
    const server = await serve([fault]);
    const first = await deliver(server.url, ['--env', 'AUTOHEAL_WAIT_SCALE_MS=1']);
    expect(first.code, first.out).toBe(0);
    expect(first.result).toBe('created');
    expect(first.log).toMatch(/has no issue after waiting; taking it over/);
    const filed = await issues(server.url);
    expect(filed).toHaveLength(1);
    const again = await deliver(server.url, ['--env', 'AUTOHEAL_WAIT_SCALE_MS=1']);
    expect(again.result).toBe('skipped');
    expect(again.writes).toBe(0);
    expect(await issues(server.url)).toEqual(filed);
    const { code, report } = await server.stop();
    expect(code).toBe(0);
    expect(report).toContain(
      '  fault 1 answered 1 request(s): POST /repos/{owner}/{repo}/git/refs=server-error:502,times=1,after-effect\n',
    );
  }, 60_000);
});

describe('run-action --env', () => {
  it("sets the step's environment, as a workflow step's env: does", async () => {
    const p = cli([
      'run-action',
      'health-check',
      '--env',
      'AUTOHEAL_WAIT_SCALE_MS=1',
      '--env',
      'EXTRA=a=b',
      '--json',
    ]);
    const [code] = (await once(p.child, 'exit')) as [number | null];
    expect(code, p.err()).not.toBe(2);
    const result = JSON.parse(p.out()) as { stepEnv: Record<string, string> };
    expect(result.stepEnv.AUTOHEAL_WAIT_SCALE_MS).toBe('1');
    expect(result.stepEnv.EXTRA).toBe('a=b');
  }, 60_000);

  it('refuses what is not NAME=VALUE, or not a variable name, as a usage error', async () => {
    for (const [arg, message] of [
      ['NOVALUE', '--env takes name=value; got "NOVALUE"'],
      ['1X=2', '--env: "1X" is not a variable name'],
      ['A-B=1', '--env: "A-B" is not a variable name'],
    ] as const) {
      const p = cli(['run-action', 'analyze-failure', '--env', arg]);
      const [code] = (await once(p.child, 'exit')) as [number | null];
      expect(code, arg).toBe(2);
      expect(p.err(), arg).toContain(message);
    }
  }, 60_000);
});
