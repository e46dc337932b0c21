/**
 * The committed bundle (dist/index.js) run as the runner runs it, against the simulator: inputs
 * from action.yml defaults, outputs, summary, annotations and the JSON report read back, and
 * every number checked against the ones worked out by hand in history.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/report.js';
import { FIXER, fixes } from './fix-pulls.js';
import { World } from './helpers.js';
import { EXPECTED, historySeed, REPO, repoBase, seedRun, UNTIL, WINDOW_DAYS } from './history.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function step(w: World, inputs: Record<string, string>, node: 'node20' | 'node24' = 'node24') {
  return runAction({
    actionDir,
    inputs: {
      until: UNTIL,
      'window-days': WINDOW_DAYS,
      'report-file': path.join(w.dir, 'report.json'),
      ...inputs,
    },
    apiUrl: w.sim.url,
    token: SIMULATOR_TOKEN,
    repository: REPO,
    event: { name: 'schedule', payload: { schedule: '17 6 * * 1' } },
    env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
    node,
  });
}

describe('the health-check bundle', () => {
  it('reports fixes verified, unverified, merged and closed in the JSON report and the summary', async () => {
    world = await World.start(historySeed(fixes), { merged: [22, 23, 27] });
    const result = await step(world, { 'fix-authors': FIXER });
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(path.join(world.dir, 'report.json'), 'utf8')) as HealthReport;
    const f = report.autoheal.fixes;
    expect([f.verified, f.unverified, f.merged, f.mergedVerified, f.closed]).toEqual([1, 1, 2, 1, 1]);
    expect(f.list.map((x) => [x.number, x.state])).toEqual([
      [20, 'verified'],
      [21, 'unverified'],
      [23, 'merged'],
      [22, 'merged'],
      [24, 'closed'],
    ]);
    expect(result.summary).toContain(
      '| Fixes verified by CI | 1 open and verified, 1 open and unverified, 2 merged (1 of them verified), 1 closed unmerged |',
    );
    expect(result.summary).toContain('#### Fix pull requests');
  });

  for (const node of ['node24', 'node20'] as const)
    it(`reports the seeded history with the numbers worked out by hand, and keeps one tracking issue (${node})`, async () => {
      world = await World.start(historySeed(), { merged: [7] });
      const result = await step(world, { 'tracking-issue': 'true' }, node);
      expect(result.stderr).toBe('');
      expect(result.problems).toEqual([]);
      expect(result.exitCode).toBe(0);

      const report = JSON.parse(await readFile(path.join(world.dir, 'report.json'), 'utf8')) as HealthReport;
      expect(report.window).toEqual(EXPECTED.window);
      expect(report.outageDays.current).toEqual(EXPECTED.outageDays);
      const ci = report.workflows.find((w) => w.name === 'CI')!;
      expect(ci.current).toEqual({
        counts: EXPECTED.ci.counts,
        successRate: EXPECTED.ci.successRate,
        durationSeconds: EXPECTED.ci.durationSeconds,
        recovery: EXPECTED.ci.recovery,
      });
      expect(report.flaky.map((f) => [f.kind, f.failedRunIds, f.passedRunId, f.jobs])).toEqual([
        ['another-run', [102], 103, []],
        ['rerun', [108], 108, ['test']],
      ]);
      expect(report.totals.current.counts).toMatchObject({
        runs: EXPECTED.totals.runs,
        success: EXPECTED.totals.success,
        failed: EXPECTED.totals.failed,
        infrastructure: EXPECTED.totals.infrastructure,
      });
      expect(report.totals.current.successRate).toBe(EXPECTED.totals.successRate);
      expect(report.totals.previous.successRate).toBe(EXPECTED.totals.previousSuccessRate);
      expect(report.alerts).toEqual(EXPECTED.alerts);
      expect(report.autoheal).toEqual(EXPECTED.autoheal);
      // The tracking issue lookup (one issue list) comes on top of the requests of history.ts.
      expect(report.api.requests).toBe(EXPECTED.requests.total + 1);

      const issues = [...world.sim.state.requireRepo(REPO).issues.values()].filter((i) =>
        i.labels.includes('autoheal:health'),
      );
      expect(issues).toHaveLength(1);
      expect(result.outputs).toEqual({
        'report-file': path.join(world.dir, 'report.json'),
        alerts: '["CI","Release"]',
        cleared: '["Lint"]',
        'success-rate': (14 / 19).toFixed(4),
        runs: '24',
        'api-requests': String(EXPECTED.requests.total + 1),
        'tracking-issue': String(issues[0]!.number),
      });
      expect(result.summary).toContain('| 2026-03-11 | 4 | CI, Docs, Lint | 4 |');
      expect(result.summary).toContain(
        '- **Failed runs:** 5 (4 broken, 1 flaky); 1 re-run turned green after a failed attempt',
      );
      expect(result.summary).toContain('```mermaid\nxychart-beta');
      expect(result.annotations.map((a) => [a.level, a.message, a.title])).toEqual([
        ['warning', 'CI: success rate 50.0 % (below-min, drop).', 'autoheal health: new alert'],
        ['warning', 'Release: success rate 80.0 % (not-recovered).', 'autoheal health: still flagged'],
      ]);

      // The same step again: the same report, the issue left as it is.
      const writesBefore = world.sim.requests.filter((r) => r.method !== 'GET').length;
      const again = await step(world, { 'tracking-issue': 'true' }, node);
      expect(again.exitCode).toBe(0);
      expect(again.summary).toContain('it was not edited');
      expect(world.sim.requests.filter((r) => r.method !== 'GET')).toHaveLength(writesBefore);
      expect(again.outputs['tracking-issue']).toBe(String(issues[0]!.number));
    });

  it('fails the step with one clear error when fail-on-alert is set, after the summary is out', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const result = await step(world, { 'fail-on-alert': 'true' });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      '2 workflows are flagged by the health check (CI, Release), and fail-on-alert is true. See the job summary.',
    ]);
    expect(result.summary).toContain('### Alerts');
    expect(result.outputs.alerts).toBe('["CI","Release"]');
  });

  it('reports bad inputs as one error each, without a stack trace and without calling GitHub', async () => {
    world = await World.start(historySeed());
    const result = await step(world, { 'min-success-rate': '1.5', 'max-charts': 'many', until: 'yesterday' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => [a.level, a.message.split(';')[0]])).toEqual([
      [
        'error',
        'Input "until" must be a date such as 2026-03-15 (midnight UTC) or a date and time with a zone such as 2026-03-15T06:00:00Z',
      ],
      ['error', 'Input "min-success-rate" must be a number from 0 to 1'],
      ['error', 'Input "max-charts" must be an integer from 0 to 20'],
    ]);
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(world.sim.requests).toEqual([]);
  });

  it('says clearly when GitHub keeps failing, or the rate limit is spent', async () => {
    // The real clock: the bundle compares the rate limit's reset time with it.
    world = await World.start(historySeed(), { now: Date.now });
    const fault = world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 502 },
    });
    const down = await step(world, {});
    expect(down.exitCode).toBe(1);
    expect(down.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^GitHub answered 502 on GET .*\/actions\/runs after retries .*This is on GitHub's side; try again later\.$/,
      ),
    ]);
    fault.remove();
    world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs',
      times: 1,
      fault: { kind: 'rate-limit', resetInSeconds: 3600 },
    });
    const limited = await step(world, {});
    expect(limited.exitCode).toBe(1);
    expect(limited.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^GitHub API rate limit exhausted .* on GET .*\/actions\/runs; it resets at .* \(in 60 min\)\. Stopped rather than wait/,
      ),
    ]);
  });

  it('counts its requests on a busy repository: 1,000 runs in the window', async () => {
    const DAY = 86_400_000;
    const end = Date.parse('2026-03-15T00:00:00Z');
    const runs: SeedRun[] = [];
    for (let i = 0; i < 1250; i++) {
      const current = i < 1000;
      const start = current ? end - 7 * DAY : end - 14 * DAY;
      const step_ = (7 * DAY) / (current ? 1000 : 250);
      runs.push(
        seedRun({
          id: 500_000 + i,
          workflow: (['CI', 'Lint', 'Docs', 'Release'] as const)[i % 4]!,
          at: new Date(Math.floor(start + (current ? i : i - 1000) * step_)).toISOString(),
          conclusion: i % 20 === 19 ? 'failure' : 'success',
          minutes: 4,
        }),
      );
    }
    world = await World.start(
      seedBuilder()
        .repo(REPO, (r) => {
          repoBase(r);
          for (const run of runs) r.run(run);
        })
        .build(),
    );
    const result = await step(world, {});
    expect(result.exitCode).toBe(0);
    expect(result.outputs.runs).toBe('1000');
    // 10 + 3 run-list pages, one issue list, two pull request lists (updated in the window; open), and the config file.
    expect(result.outputs['api-requests']).toBe('17');
    expect(world.sim.requests).toHaveLength(17);
    expect(world.sim.requests.filter((r) => r.path.endsWith('/actions/runs'))).toHaveLength(13);
    expect(result.summary).toContain(
      '**API use:** 17 requests (13 run-list pages, 1 issue-list page, 2 pull-request-list pages, 1 other request) for 1250 runs.',
    );
  });
});
