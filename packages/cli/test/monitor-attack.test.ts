/**
 * `autoheal monitor` attacked from outside: answers whose rate-limit headers lie (a proxy, a
 * misconfigured GHES, a hostile server behind --api) must slow the monitor down, never stop it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';
import { repoNamesOf } from '../src/commands/monitor-pass.js';
import { RateGovernor } from '../src/commands/monitor-rate.js';
import { FAILING, fleetSeed, MONITOR_TOKEN, ORG, runIdOf } from './monitor-fleet.js';

const HOUR = 3_600_000;

function governed() {
  let now = 1_800_000_000_000;
  const slept: number[] = [];
  const governor = new RateGovernor(0.5, {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  });
  return { governor, slept, now: () => now };
}

describe('monitor: rate-limit headers that lie', () => {
  it('a reset years away, or a retry-after of days, costs at most about an hour per wait', async () => {
    const g = governed();
    await g.governor.beforeRequest();
    g.governor.observe('o/r', 403, {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(g.now() / 1000) + 1e9),
    });
    await g.governor.beforeRequest();
    g.governor.observe('o/r', 429, { 'retry-after': String(10 * 86_400) });
    await g.governor.beforeRequest();
    expect(g.slept.length).toBeGreaterThanOrEqual(2);
    for (const ms of g.slept) expect(ms).toBeLessThanOrEqual(HOUR + 61_000);
  });

  it('a limit of 0, a negative or larger-than-limit remaining are not believed', async () => {
    for (const [limit, remaining] of [
      ['0', '0'],
      ['5000', '-3'],
      ['5000', '90000'],
      ['1e12', '4000'],
    ] as const) {
      const g = governed();
      await g.governor.beforeRequest();
      g.governor.observe('o/r', 200, {
        'x-ratelimit-limit': limit,
        'x-ratelimit-remaining': remaining,
        'x-ratelimit-reset': String(Math.floor(g.now() / 1000) + 3000),
      });
      await g.governor.beforeRequest();
      expect({ limit, remaining, slept: g.slept }).toEqual({ limit, remaining, slept: [] });
    }
  });
});

const FAST_ENV = { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' };

function io(env: Record<string, string>): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env };
}

type Entry = [string, string, unknown];

describe('monitor: a --state file that lies', () => {
  it('kept values of the wrong shape are dropped and asked for again, not an error every pass', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 200_000 });
    const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-monitor-attack-'));
    try {
      const stateFile = path.join(temp, 'state.json');
      const args = ['monitor', '--repo', FAILING[0]!, '--api', sim.url, '--state', stateFile];
      expect(await runCli(args, io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV }), commands)).toBe(EXIT.ok);
      const state = JSON.parse(await readFile(stateFile, 'utf8')) as {
        conditional: Entry[];
        handled: string[];
      };
      expect(state.conditional.length).toBeGreaterThanOrEqual(2);
      // Tags kept (GitHub still answers 304 to them), values replaced by nonsense, runs forgotten.
      state.conditional = state.conditional.map(([k, tag]) => [k, tag, { runs: 5, filed: 7, count: 'x' }]);
      state.handled = [];
      await writeFile(stateFile, JSON.stringify(state));

      const again = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, again, commands)).toBe(EXIT.ok);
      expect(again.err.join('')).toBe('');
      expect(again.out.join('')).toContain('already');
      expect([...sim.state.requireRepo(FAILING[0]!).issues.values()].filter((i) => !i.pull)).toHaveLength(1);
    } finally {
      await sim.close();
      await rm(temp, { recursive: true, force: true });
    }
  }, 60_000);

  it('an organization listing kept in the state cannot add another owner’s repository', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 200_000 });
    const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-monitor-attack-'));
    try {
      const stateFile = path.join(temp, 'state.json');
      const args = [
        'monitor',
        '--org',
        ORG,
        '--since',
        '1m',
        '--dry-run',
        '--api',
        sim.url,
        '--state',
        stateFile,
      ];
      expect(await runCli(args, io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV }), commands)).toBe(EXIT.ok);
      const state = JSON.parse(await readFile(stateFile, 'utf8')) as { conditional: Entry[] };
      state.conditional = state.conditional.map(([k, tag, v]) =>
        k.startsWith('GET /orgs/') ? [k, tag, { names: ['victim/secrets'], count: 1 }] : [k, tag, v],
      );
      await writeFile(stateFile, JSON.stringify(state));
      const mark = sim.requests.length;

      expect(await runCli(args, io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV }), commands)).toBe(EXIT.ok);
      expect(sim.requests.slice(mark).filter((r) => r.path.includes('victim'))).toEqual([]);
    } finally {
      await sim.close();
      await rm(temp, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('monitor: what an organization lists', () => {
  it('watches neither forks, archived or disabled repositories, ones with issues off, nor another owner’s', () => {
    const listed = repoNamesOf(
      [
        { full_name: 'acme/api', has_issues: true },
        { full_name: 'acme/left-pad-fork', fork: true, has_issues: false },
        { full_name: 'acme/patched-fork', fork: true, has_issues: true },
        { full_name: 'acme/old', archived: true },
        { full_name: 'acme/off', disabled: true },
        { full_name: 'acme/no-issues', has_issues: false },
        { full_name: 'mallory/api' },
        { full_name: 'acme/../x' },
      ],
      'ACME',
    );
    expect(listed).toEqual({ names: ['acme/api'], count: 8 });
  });
});

describe('monitor: a kept issue list answers only for the logins it was read with', () => {
  it('after --trusted-author drops a login, that login’s markers stop counting, state file or not', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 200_000 });
    const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-monitor-attack-'));
    try {
      const repo = FAILING[0]!;
      const run = runIdOf(repo);
      // github-actions[bot] (trusted by default) claims the run in an issue of its own.
      const forged = await fetch(`${sim.url}/repos/${repo}/issues`, {
        method: 'POST',
        headers: { authorization: `token ${SIMULATOR_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'not really',
          labels: ['autoheal'],
          body: `<!-- autoheal:kind=failure fingerprint=00000000deadbeef workflow=.github%2Fworkflows%2Fci.yml branch=main count=1 first-run=${run} first-attempt=1 last-run=${run} last-attempt=1 v=1 -->\nnothing`,
        }),
      });
      expect(forged.status).toBe(201);
      const stateFile = path.join(temp, 'state.json');
      const args = ['monitor', '--repo', repo, '--api', sim.url, '--state', stateFile];
      const first = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, first, commands)).toBe(EXIT.ok);
      expect(first.out.join('')).toContain('already');
      // Next process: only the monitor's own login is trusted; the run is not remembered as handled.
      const state = JSON.parse(await readFile(stateFile, 'utf8')) as { handled: string[] };
      state.handled = [];
      await writeFile(stateFile, JSON.stringify(state));

      const second = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli([...args, '--trusted-authors', 'heal-bot'], second, commands)).toBe(EXIT.ok);
      const ours = [...sim.state.requireRepo(repo).issues.values()].filter(
        (i) => !i.pull && i.title !== 'not really',
      );
      expect(ours).toHaveLength(1);
    } finally {
      await sim.close();
      await rm(temp, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('monitor: logs that are gone', () => {
  it('a failed run whose logs answer 410 or 404 is filed from what is left, once, and not again next time', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 200_000 });
    const temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-monitor-attack-'));
    try {
      const [gone, missing] = [FAILING[0]!, FAILING[1]!];
      const logsOf = (repo: string) => new RegExp(`^/repos/${repo}/actions/(?:runs|jobs)/\\d+/logs$`);
      sim.faults.inject({
        path: logsOf(gone),
        times: Number.POSITIVE_INFINITY,
        fault: { kind: 'status', status: 410 },
      });
      sim.faults.inject({
        path: logsOf(missing),
        times: Number.POSITIVE_INFINITY,
        fault: { kind: 'status', status: 404 },
      });
      const stateFile = path.join(temp, 'state.json');
      const args = ['monitor', '--repo', `${gone},${missing}`, '--api', sim.url, '--state', stateFile];
      const first = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, first, commands)).toBe(EXIT.ok);
      const second = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, second, commands)).toBe(EXIT.ok);

      const filed = (repo: string) => [...sim.state.requireRepo(repo).issues.values()].filter((i) => !i.pull);
      expect(filed(gone)).toHaveLength(1);
      expect(filed(missing)).toHaveLength(1);
      expect(first.out.join('').match(/filed a new issue/g)).toHaveLength(2);
      expect(second.out.join('')).not.toContain('filed');
      // The logs were asked for and refused, both ways.
      expect(
        sim.requests
          .filter((r) => /\/logs$/.test(r.path))
          .map((r) => r.status)
          .sort(),
      ).toEqual(expect.arrayContaining([404, 410]));
    } finally {
      await sim.close();
      await rm(temp, { recursive: true, force: true });
    }
  }, 60_000);
});
