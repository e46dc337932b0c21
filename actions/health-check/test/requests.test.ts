/**
 * What a report costs in API requests on a busy repository: the run lists take one request per
 * 100 runs of each window, and a window holding more than GitHub lists at once is split.
 */
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import { World } from './helpers.js';
import { REPO, repoBase, seedRun } from './history.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const WORKFLOWS = ['CI', 'Lint', 'Docs', 'Release'] as const;
const END = Date.parse('2026-03-15T00:00:00Z');
const DAY = 86_400_000;

/** `count` runs spread evenly over [start, start + 14 days), every 10th one red. */
function runs(count: number, start: number, firstId: number): SeedRun[] {
  const step = (14 * DAY) / count;
  return Array.from({ length: count }, (_, i) =>
    seedRun({
      id: firstId + i,
      workflow: WORKFLOWS[i % WORKFLOWS.length]!,
      at: new Date(Math.floor(start + i * step)).toISOString(),
      conclusion: i % 10 === 9 ? 'failure' : 'success',
      minutes: 5,
    }),
  );
}

function busySeed(current: number, previous: number) {
  return seedBuilder()
    .repo(REPO, (r) => {
      repoBase(r);
      for (const run of [
        ...runs(previous, END - 28 * DAY, 100_000),
        ...runs(current, END - 14 * DAY, 200_000),
      ])
        r.run(run);
    })
    .build();
}

function listRequests(w: World) {
  return w.sim.requests.filter((r) =>
    /\/(actions\/runs|issues|pulls)(\/\d+\/events|\/\d+\/attempts\/\d+\/jobs)?$/.test(r.path),
  );
}

describe('API requests on a busy repository', () => {
  it('takes 13 run-list pages and 16 list requests for 1,000 runs in the window and 250 before it', async () => {
    world = await World.start(busySeed(1000, 250));
    const { result, rec } = await world.run(world.inputs({ until: '2026-03-15' }));
    const report = result.report;
    expect(report.totals.current.counts.runs).toBe(1000);
    expect(report.totals.previous.counts.runs).toBe(250);
    expect(report.totals.current.counts.failed).toBe(100);
    expect(report.api.byKind).toEqual({
      runs: 13,
      jobs: 0,
      issues: 1,
      'issue-events': 0,
      // Pull requests updated in the window, and the open ones (fixes verified or not).
      pulls: 2,
      other: 1,
    });
    expect(report.api.requests).toBe(17);
    expect(listRequests(world)).toHaveLength(16);
    // The count in the report is the number of requests GitHub saw (the one other is the config file).
    expect(world.sim.requests).toHaveLength(17);
    const runLists = world.sim.requests.filter((r) => r.path === `/repos/${REPO}/actions/runs`);
    expect(runLists.every((r) => r.query.per_page === '100' && r.query.created?.includes('..'))).toBe(true);
    expect(rec.outputs['api-requests']).toBe('17');
    expect(rec.summary.join('')).toContain(
      '**API use:** 17 requests (13 run-list pages, 1 issue-list page, 2 pull-request-list pages, 1 other request) for 1250 runs.',
    );
  }, 60_000);

  it('splits a window that holds more runs than GitHub lists at once, and counts them all', async () => {
    world = await World.start(busySeed(1200, 0));
    const { result, rec } = await world.run(world.inputs({ until: '2026-03-15' }));
    expect(result.report.totals.current.counts.runs).toBe(1200);
    expect(result.report.api.truncated).toBe(false);
    const created = world.sim.requests
      .filter((r) => r.path === `/repos/${REPO}/actions/runs` && r.query.page === '1')
      .map((r) => r.query.created);
    expect(created).toEqual([
      '2026-02-15T00:00:00+00:00..2026-02-28T23:59:59+00:00',
      '2026-03-01T00:00:00+00:00..2026-03-14T23:59:59+00:00',
      '2026-03-01T00:00:00+00:00..2026-03-07T23:59:59+00:00',
      '2026-03-08T00:00:00+00:00..2026-03-14T23:59:59+00:00',
    ]);
    // 1 for the empty previous window, 1 that found 1,200, then 6 + 6 for the halves.
    expect(result.report.api.byKind.runs).toBe(14);
    expect(rec.messages.some((m) => m.level === 'warning' && m.message.includes('at most 1000'))).toBe(false);
  }, 60_000);

  it('retries a run list GitHub failed to answer once', async () => {
    world = await World.start(busySeed(120, 0));
    world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs',
      times: 1,
      fault: { kind: 'server-error', status: 502 },
    });
    const { result } = await world.run(world.inputs({ until: '2026-03-15' }));
    expect(result.report.totals.current.counts.runs).toBe(120);
    // Counted once in the report, though sent twice.
    expect(result.report.api.byKind.runs).toBe(3);
    expect(world.sim.requests.filter((r) => r.path === `/repos/${REPO}/actions/runs`)).toHaveLength(4);
  }, 60_000);
});
