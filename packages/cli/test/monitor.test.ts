import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import type { Clock } from '@autoheal/core/runtime';
import { systemClock } from '@autoheal/core/runtime';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';
import {
  parseDuration,
  parseRepos,
  parseShare,
  runMonitor,
  summaryMarkdown,
  terminalSafe,
} from '../src/commands/monitor.js';
import { ConditionalCache } from '../src/commands/monitor-conditional.js';
import { Monitor, type MonitorSettings } from '../src/commands/monitor-pass.js';
import { RateGovernor, repoOf } from '../src/commands/monitor-rate.js';
import {
  FAILING,
  FILED_BY_ACTION,
  fileAsAction,
  fixedSinceSeed,
  fleetSeed,
  GREEN,
  MONITOR_LOGIN,
  MONITOR_TOKEN,
  OLD_FAILURE,
  ORG,
  quietLog,
  REPOS,
  runIdOf,
} from './monitor-fleet.js';

/** analyze-failure's waits shrunk to milliseconds, writes unpaced: the logic is the same. */
const FAST_ENV = { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' };

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-monitor-test-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

function monitorOn(
  sim: GitHubSimulator,
  options: { clock?: Clock; share?: number; settings?: Partial<MonitorSettings> } = {},
): { monitor: Monitor; governor: RateGovernor } {
  const clock = options.clock ?? systemClock;
  const governor = new RateGovernor(options.share ?? 0.5, clock);
  const monitor = new Monitor(
    {
      token: MONITOR_TOKEN,
      apiUrl: sim.url,
      repos: [],
      org: ORG,
      sinceMs: 3_600_000,
      dryRun: false,
      ...options.settings,
    },
    { clock, log: quietLog, env: FAST_ENV, governor, runLog: () => quietLog, tempDir: temp },
  );
  return { monitor, governor };
}

function refs(...names: string[]) {
  return names.map((n) => ({ owner: n.split('/')[0]!, repo: n.split('/')[1]! }));
}

/** Issues in `repo` and the trusted failure markers in them. */
function issuesOf(sim: GitHubSimulator, repo: string) {
  return [...sim.state.requireRepo(repo).issues.values()].filter((i) => !i.pull);
}

function io(
  env: Record<string, string> = {},
  signal?: AbortSignal,
): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env,
    ...(signal ? { signal } : {}),
  };
}

describe('autoheal monitor over 50 repositories on the simulator', () => {
  let sim: GitHubSimulator;
  beforeEach(async () => {
    // A large hourly limit, so --watch's stretched interval stays short here (see the budget tests).
    sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 200_000 });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('files each failed run once, skips what the action filed, and a second pass only gets 304s', async () => {
    for (const repo of FILED_BY_ACTION)
      expect(await fileAsAction(sim.url, repo, systemClock, temp)).toBe('created');
    const before = sim.requests.length;
    const { monitor } = monitorOn(sim);

    const first = await monitor.pass();
    expect(first.errors).toEqual([]);
    expect(first.repositories).toBe(50);
    const byResult = (result: string) =>
      first.runs
        .filter((r) => r.result === result)
        .map((r) => r.repo)
        .sort();
    expect(byResult('created')).toEqual(FAILING);
    expect(byResult('already-filed')).toEqual(FILED_BY_ACTION);
    expect(first.runs).toHaveLength(FAILING.length + FILED_BY_ACTION.length);

    for (const repo of FAILING) {
      const issues = issuesOf(sim, repo);
      expect(issues, repo).toHaveLength(1);
      expect(issues[0]!.author).toBe(MONITOR_LOGIN);
      expect(issues[0]!.labels).toContain('autoheal');
      expect(readFailureMarker(issues[0]!.body)?.occurrence).toMatchObject({
        count: 1,
        firstRun: runIdOf(repo),
      });
    }
    for (const repo of FILED_BY_ACTION) {
      const issues = issuesOf(sim, repo);
      expect(issues, repo).toHaveLength(1);
      expect(issues[0]!.author).toBe('github-actions[bot]');
      expect(issues[0]!.comments, repo).toHaveLength(0);
    }
    for (const repo of [...GREEN, ...OLD_FAILURE]) expect(issuesOf(sim, repo), repo).toHaveLength(0);
    // The monitor never fetched a run the action had filed: the marker answered for it.
    const monitorRequests = sim.requests
      .slice(before)
      .filter((r) => r.headers.authorization?.includes(MONITOR_TOKEN));
    for (const repo of FILED_BY_ACTION)
      expect(
        monitorRequests.filter((r) => r.path === `/repos/${repo}/actions/runs/${runIdOf(repo)}`),
      ).toEqual([]);
    expect(first.requests.counted).toBe(monitorRequests.filter((r) => r.status !== 304).length);

    // Second pass: nothing changed, so every request is a conditional list answered 304, and nothing is written.
    const mark = sim.requests.length;
    const second = await monitor.pass();
    const again = sim.requests.slice(mark);
    expect(again).toHaveLength(50 + 1); // 50 run lists and the organization's repository list
    for (const r of again) {
      expect(r.method).toBe('GET');
      expect(r.headers['if-none-match']).toMatch(/"[0-9a-f]{64}"$/);
      expect(r.status).toBe(304);
    }
    console.info(
      `monitor over 50 repositories: pass 1 ${first.requests.counted} counted + ${first.requests.notModified} free requests, ` +
        `${first.runs.length} runs handled; pass 2 ${second.requests.counted} counted + ${second.requests.notModified} free`,
    );
    expect(second.runs).toEqual([]);
    expect(second.unchanged).toBe(50);
    expect(second.requests).toEqual({ counted: 0, notModified: 51 });
    // The 304s cost nothing: the rate limit stands where the first pass left it.
    const remaining = (r: (typeof again)[number]) => Number(r.responseHeaders?.['x-ratelimit-remaining']);
    expect(new Set(again.map(remaining)).size).toBe(1);
    expect(second.rateLimit?.remaining).toBe(first.rateLimit?.remaining);
    // The per-repository report counts each repository's requests of the hour, 304s apart.
    const r00 = second.perRepositoryLastHour.find((r) => r.repo === FAILING[0]);
    expect(r00?.notModified).toBe(1);
    expect(r00?.counted).toBeGreaterThan(5);
    // A green repository: its run list, and its issues once (might its green run close one?), then a 304.
    expect(second.perRepositoryLastHour.find((r) => r.repo === GREEN[0])).toEqual({
      repo: GREEN[0],
      counted: 2,
      notModified: 1,
    });
  }, 120_000);

  it('a new failure after the first pass is the only thing the next pass files', async () => {
    const { monitor } = monitorOn(sim, {
      settings: { org: undefined, repos: refs(FAILING[0]!, GREEN[0]!, GREEN[1]!) },
    });
    await monitor.pass();
    const repo = sim.state.requireRepo(GREEN[0]!);
    const greenRun = repo.runs.get(runIdOf(GREEN[0]!))!;
    // The green run is re-run and fails this time: its list changes, nothing else's does.
    greenRun.attempts.push({
      ...greenRun.attempts[0]!,
      attempt: 2,
      conclusion: 'failure',
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    } as (typeof greenRun.attempts)[number]);
    const next = await monitor.pass();
    expect(next.unchanged).toBe(2);
    expect(next.runs.map((r) => [r.repo, r.id, r.attempt])).toEqual([[GREEN[0], runIdOf(GREEN[0]!), 2]]);
  }, 120_000);

  it('the action, run after the monitor on the same failure, adds nothing when it trusts the monitor’s login', async () => {
    const { monitor } = monitorOn(sim, { settings: { org: undefined, repos: refs(FAILING[0]!) } });
    expect((await monitor.pass()).runs.map((r) => r.result)).toEqual(['created']);
    const writes = sim.requests.filter((r) => r.method !== 'GET').length;
    // The action's trusted-authors input names the monitor's login (as the README says to).
    const result = await fileAsAction(sim.url, FAILING[0]!, systemClock, temp, [
      MONITOR_LOGIN,
      'github-actions[bot]',
    ]);
    expect(result).not.toBe('created');
    const [issue, ...more] = issuesOf(sim, FAILING[0]!);
    expect(more).toEqual([]);
    expect(issue?.comments).toEqual([]);
    expect(readFailureMarker(issue!.body)?.occurrence.count).toBe(1);
    expect(sim.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  }, 60_000);

  it('two monitors in parallel file each failure once', async () => {
    const a = monitorOn(sim).monitor;
    const b = monitorOn(sim).monitor;
    const [ra, rb] = await Promise.all([a.pass(), b.pass()]);
    expect([...ra.errors, ...rb.errors]).toEqual([]);
    for (const repo of [...FAILING, ...FILED_BY_ACTION]) {
      const issues = issuesOf(sim, repo);
      expect(issues, repo).toHaveLength(1);
      expect(readFailureMarker(issues[0]!.body)?.occurrence.count, repo).toBe(1);
      // The monitor that lost the race added no "seen again" comment for the same run.
      expect(issues[0]!.comments, repo).toHaveLength(0);
    }
    const created = [...ra.runs, ...rb.runs].filter((r) => r.result === 'created');
    expect(created).toHaveLength(FAILING.length + FILED_BY_ACTION.length);
  }, 120_000);

  it('--dry-run analyzes every failure and writes nothing', async () => {
    const o = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
    const code = await runCli(
      ['monitor', '--org', ORG, '--api', sim.url, '--dry-run', '--json', '--since', '1h'],
      o,
      commands,
    );
    expect(o.err.join('')).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const report = JSON.parse(o.out.join('').trim()) as { runs: { repo: string; result: string }[] };
    expect(
      report.runs
        .filter((r) => r.result === 'dry-run')
        .map((r) => r.repo)
        .sort(),
    ).toEqual([...FAILING, ...FILED_BY_ACTION].sort());
    for (const repo of REPOS) expect(issuesOf(sim, repo)).toHaveLength(0);
  }, 120_000);

  it('runs from the command line: a text report, --watch passes, and exit 1 for a repository it cannot read', async () => {
    const summary = path.join(temp, 'summary.md');
    const o = io({ GITHUB_TOKEN: MONITOR_TOKEN, GITHUB_STEP_SUMMARY: summary, ...FAST_ENV });
    const code = await runCli(
      [
        'monitor',
        '--repo',
        `${FAILING[0]},${GREEN[0]}`,
        '--repo',
        `${ORG}/missing`,
        '--api',
        sim.url,
        '--watch',
        '--interval',
        '1',
        '--passes',
        '2',
      ],
      o,
      commands,
    );
    expect(code).toBe(EXIT.failure);
    const out = o.out.join('');
    expect(out).toMatch(/^pass 1 at .*: 3 repositories/m);
    expect(out).toMatch(
      new RegExp(`${FAILING[0]} run ${runIdOf(FAILING[0]!)} \\(attempt 1\\): filed a new issue #1`),
    );
    expect(out).toMatch(/^pass 2 at .*: 3 repositories \(2 unchanged, answered 304\)/m);
    expect(out).toMatch(/requests per repository in the last hour/);
    expect(o.err.join('')).toMatch(/fleet\/missing: .*404/);
    expect(issuesOf(sim, FAILING[0]!)).toHaveLength(1);
    // In a workflow, each pass also goes to the job summary.
    const md = await readFile(summary, 'utf8');
    expect(md).toMatch(/^### autoheal monitor, pass 1$/m);
    expect(md).toMatch(/^### autoheal monitor, pass 2$/m);
    expect(md).toContain(
      `| ${FAILING[0]} | ${runIdOf(FAILING[0]!)} (attempt 1) | filed a new issue ${FAILING[0]}#1 |`,
    );
    expect(md).not.toContain(MONITOR_TOKEN);
  }, 120_000);
});

describe('autoheal monitor --state', () => {
  it('lets the next process start where the last stopped: only 304s, nothing written', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()) });
    try {
      const stateFile = path.join(temp, 'monitor-state.json');
      const args = [
        'monitor',
        '--repo',
        [FAILING[0], GREEN[0], FAILING[1]].join(','),
        '--api',
        sim.url,
        '--state',
        stateFile,
      ];
      const first = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, first, commands)).toBe(EXIT.ok);
      expect(issuesOf(sim, FAILING[0]!)).toHaveLength(1);
      const mark = sim.requests.length;
      const second = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(await runCli(args, second, commands)).toBe(EXIT.ok);
      expect(second.err.join('')).toBe('');
      const again = sim.requests.slice(mark);
      expect(again.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
        [FAILING[0], GREEN[0], FAILING[1]].map((repo) => `GET /repos/${repo}/actions/runs 304`),
      );

      // A state for another API, or one that is not JSON, is set aside with a warning.
      const other = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      const elsewhere = ['monitor', '--repo', GREEN[1]!, '--api', `${sim.url}/api/v3`, '--state', stateFile];
      expect(await runCli(elsewhere, other, commands)).toBe(EXIT.failure); // nothing is served under /api/v3
      expect(other.err.join('')).toMatch(/is for another API or version; starting without it/);
      await writeFile(stateFile, '{ not json');
      const broken = io({ AUTOHEAL_TOKEN: MONITOR_TOKEN, ...FAST_ENV });
      expect(
        await runCli(
          ['monitor', '--repo', GREEN[1]!, '--api', sim.url, '--state', stateFile],
          broken,
          commands,
        ),
      ).toBe(EXIT.ok);
      expect(broken.err.join('')).toMatch(/not valid JSON; starting without it/);
      expect(JSON.parse(await readFile(stateFile, 'utf8'))).toMatchObject({ version: 1, api: sim.url });
    } finally {
      await sim.close();
    }
  }, 60_000);
});

describe('autoheal monitor and green runs', () => {
  it('closes the issue of a failure once the workflow is green again on the branch, as the action does', async () => {
    const sim = await startGitHubSimulator({ seed: fixedSinceSeed(Date.now()) });
    try {
      const { monitor } = monitorOn(sim);
      const first = await monitor.pass();
      expect(first.runs.map((r) => [r.id, r.result])).toEqual([[7001, 'created']]);
      expect(issuesOf(sim, `${ORG}/fixed`)[0]?.state).toBe('open');
      sim.state.completeLatestAttempt(sim.state.requireRepo(`${ORG}/fixed`), 7002, { conclusion: 'success' });
      const report = await monitor.pass();
      expect(report.errors).toEqual([]);
      expect(report.runs.map((r) => [r.id, r.result])).toEqual([[7002, 'closed']]);
      const [issue] = issuesOf(sim, `${ORG}/fixed`);
      expect(issue?.state).toBe('closed');
      // A later pass, or another monitor, finds nothing left to do for either run.
      const other = monitorOn(sim).monitor;
      const again = await other.pass();
      expect(again.runs.map((r) => [r.id, r.result])).toEqual([[7001, 'already-filed']]);
      expect(
        sim.requests.filter((r) => r.method !== 'GET' && r.headers.authorization?.includes(MONITOR_TOKEN))
          .length,
      ).toBe(sim.requests.filter((r) => r.method !== 'GET').length);
    } finally {
      await sim.close();
    }
  }, 60_000);
});

describe('autoheal monitor within its share of the rate limit', () => {
  it('waits for the reset instead of spending past the share, and is never refused', async () => {
    let now = Date.parse('2026-03-02T12:00:00Z');
    const slept: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    };
    // 200 requests an hour, half of it the monitor's: 100. The fleet needs several hundred.
    const sim = await startGitHubSimulator({ seed: fleetSeed(now), rateLimit: 200, now: () => now });
    try {
      const { monitor, governor } = monitorOn(sim, { clock, share: 0.5 });
      const report = await monitor.pass();
      expect(report.errors).toEqual([]);
      expect(report.runs.filter((r) => r.result === 'created')).toHaveLength(
        FAILING.length + FILED_BY_ACTION.length,
      );
      const answers = sim.requests.filter((r) => !r.path.startsWith('/_blobs/'));
      // Never refused, never below the half it leaves to others.
      expect(answers.filter((r) => r.status === 403 || r.status === 429)).toEqual([]);
      const lowest = Math.min(...answers.map((r) => Number(r.responseHeaders?.['x-ratelimit-remaining'])));
      expect(lowest).toBe(100);
      // It needed more than one window, and waited for each reset rather than sending.
      expect(answers.length).toBeGreaterThan(200);
      expect(slept.filter((ms) => ms > 60_000).length).toBeGreaterThanOrEqual(
        Math.floor(answers.length / 100) - 1,
      );
      expect(report.waitedSeconds).toBeGreaterThan(3600);
      expect(governor.hourlyAllowance()).toBe(100);
    } finally {
      await sim.close();
    }
  }, 120_000);

  it('waits out a 403 with retry-after, and a spent limit until its reset', async () => {
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()) });
    try {
      sim.faults.inject({
        method: 'GET',
        path: `/repos/${GREEN[1]}/actions/runs`,
        fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 2 },
      });
      const { monitor } = monitorOn(sim, {
        settings: { org: undefined, repos: [{ owner: ORG, repo: GREEN[1]!.split('/')[1]! }] },
      });
      const report = await monitor.pass();
      expect(report.errors).toEqual([]);
      const lists = sim.requestsTo('GET', `/repos/${GREEN[1]}/actions/runs`);
      expect(lists.map((r) => r.status)).toEqual([403, 200]);
    } finally {
      await sim.close();
    }
    // The governor alone: after a 403 with x-ratelimit-remaining 0 it sends nothing until the reset.
    let now = 1_000_000;
    const slept: number[] = [];
    const governor = new RateGovernor(0.5, {
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    await governor.beforeRequest();
    governor.observe('o/r', 403, {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 600),
    });
    await governor.beforeRequest();
    expect(slept).toEqual([601_000]);
    await governor.beforeRequest();
    governor.observe('o/r', 429, { 'retry-after': '30' });
    await governor.beforeRequest();
    expect(slept).toEqual([601_000, 30_000]);
  }, 60_000);
});

describe('autoheal monitor options', () => {
  it('has --help with an example, and refuses bad usage with exit 2', async () => {
    const help = io();
    expect(await runCli(['monitor', '--help'], help, commands)).toBe(EXIT.ok);
    expect(help.out.join('')).toMatch(/^Example:/m);
    expect(help.out.join('')).toMatch(/--rate-share/);
    const cases: [string[], RegExp][] = [
      [[], /--repo OWNER\/NAME or --org ORG/],
      [['--repo', 'nope'], /--repo takes OWNER\/NAME/],
      [['--repo', 'a/b', '--since', '5 minutes'], /--since takes a duration/],
      [['--repo', 'a/b', '--interval', '5'], /go with --watch/],
      [['--repo', 'a/b', '--rate-share', '1.5'], /--rate-share/],
      [['--repo', 'a/b'], /no token/],
    ];
    for (const [args, message] of cases) {
      const o = io();
      expect(await runCli(['monitor', ...args], o, commands), args.join(' ')).toBe(EXIT.usage);
      expect(o.err.join(''), args.join(' ')).toMatch(message);
    }
  });

  it('parses durations, shares and repository lists', () => {
    expect(parseDuration('60m')).toBe(3_600_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(() => parseDuration('31d')).toThrow(/at most 30d/);
    expect(parseShare(undefined)).toBe(0.5);
    expect(parseShare('.25')).toBe(0.25);
    expect(() => parseShare('0')).toThrow();
    expect(parseRepos(['a/b,c/d', 'e/f'])).toEqual([
      { owner: 'a', repo: 'b' },
      { owner: 'c', repo: 'd' },
      { owner: 'e', repo: 'f' },
    ]);
  });

  it('takes back from a state file only entries whose tag is one GitHub could have sent', () => {
    const cache = new ConditionalCache();
    cache.import([
      ['GET a', '"abc"', { runs: [] }],
      ['GET b', 'W/"def"', ['x']],
      ['GET c', 'abc\r\nx-injected: 1', []],
      ['GET d', '"ok"'],
      'nonsense',
    ]);
    expect(cache.export().map(([key, tag]) => [key, tag])).toEqual([
      ['GET a', '"abc"'],
      ['GET b', 'W/"def"'],
    ]);
  });

  it('counts a request for its repository, from its parameters or the URL it follows', () => {
    expect(repoOf({ owner: 'o', repo: 'r', url: '/repos/{owner}/{repo}/issues' })).toBe('o/r');
    expect(repoOf({ url: 'https://api.github.com/repos/octo-org/widgets/check-runs/1/annotations' })).toBe(
      'octo-org/widgets',
    );
    expect(repoOf({ url: '/user' })).toBe('(account)');
  });

  it('puts what a run’s workflow named into the job summary only through the sanitizer', () => {
    const md = summaryMarkdown(
      {
        pass: 1,
        startedAt: '2026-01-01T00:00:00.000Z',
        repositories: 1,
        unchanged: 0,
        failedRunsSeen: 1,
        runs: [
          {
            repo: 'o/r',
            id: 5,
            attempt: 1,
            result: 'skipped',
            reason: 'Run 5 of "x | y @octo-org/admins <img src=x>" was cancelled',
          },
        ],
        requests: { counted: 3, notModified: 0 },
        perRepositoryLastHour: [{ repo: 'o/r', counted: 3, notModified: 0 }],
        errors: [],
        waitedSeconds: 0,
      },
      createSanitizer(),
    );
    const row = md.split('\n').find((l) => l.startsWith('| o/r | 5'))!;
    // Still one row of three cells: the pipe in the name is escaped, the mention and the tag defused.
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
    expect(row).not.toContain('@octo-org/admins');
    expect(row).not.toContain('<img');
  });

  it('prints text from GitHub without escape sequences or a line that could be a workflow command', () => {
    expect(terminalSafe('\u001b[31mred\u001b[0m\r::add-mask::x')).toBe(
      '\uFFFD[31mred\uFFFD[0m\uFFFD::add-mask::x',
    );
    expect(terminalSafe('a\u202Eb')).toBe('a\uFFFDb');
  });

  it('stretches the interval when a pass costs more than the share allows in an hour', async () => {
    let now = 0;
    const slept: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    };
    const sim = await startGitHubSimulator({ seed: fleetSeed(Date.now()), rateLimit: 1000 });
    try {
      const o = io(FAST_ENV);
      const code = await runMonitor(
        {
          settings: {
            token: MONITOR_TOKEN,
            apiUrl: sim.url,
            repos: refs(...FAILING.slice(0, 3)),
            sinceMs: 3_600_000 * 24 * 365 * 60,
            dryRun: true,
          },
          watch: true,
          intervalSeconds: 60,
          passes: 2,
          share: 0.1,
          json: false,
          verbose: false,
          sinceText: 'all',
        },
        o,
        clock,
      );
      expect(code).toBe(EXIT.ok);
      // Three analyses count far more than 2 requests: at 100 an hour the next pass waits longer than 60 s.
      const stretched = slept.at(-1)!;
      expect(stretched).toBeGreaterThan(60_000);
      expect(o.err.join('')).toMatch(/next pass in \d+s, not 60s/);
    } finally {
      await sim.close();
    }
  }, 120_000);
});
