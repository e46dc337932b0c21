import { describe, expect, it } from 'vitest';
import { computeWindowHealth, windowDays } from '../../src/health/window-health.js';
import { run } from './run-factory.js';

const MIN = 60_000;
const window = { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-03-08T00:00:00Z') };

/**
 * A week of three workflows, the numbers worked out by hand in the comments. 2026-03-04 is an
 * outage: CI, Lint and Docs all failed that day.
 */
function week() {
  const ci = [
    run({ id: 1, conclusion: 'success', at: '2026-03-01T10:00:00Z', minutes: 10 }),
    run({ id: 2, conclusion: 'failure', sha: 'x', at: '2026-03-02T10:00:00Z', minutes: 5 }), // flaky: run 3 passed x
    run({ id: 3, conclusion: 'success', sha: 'x', at: '2026-03-02T11:00:00Z', minutes: 12 }),
    run({ id: 4, conclusion: 'failure', at: '2026-03-03T10:00:00Z', minutes: 4 }), // broken, opens an incident
    run({ id: 5, conclusion: 'timed_out', at: '2026-03-03T12:00:00Z', minutes: 4 }), // broken
    run({ id: 6, conclusion: 'failure', at: '2026-03-04T09:00:00Z', minutes: 3 }), // infrastructure
    run({ id: 7, conclusion: 'success', at: '2026-03-05T09:00:00Z', minutes: 20 }), // closes the incident
    run({ id: 8, conclusion: 'success', attempt: 2, at: '2026-03-06T09:00:00Z', minutes: 8 }), // re-run, flaky
    run({ id: 9, conclusion: 'cancelled', at: '2026-03-07T09:00:00Z', minutes: 1 }),
    run({ id: 10, conclusion: 'in_progress', at: '2026-03-07T10:00:00Z' }),
    run({ id: 11, conclusion: 'failure', at: '2026-03-07T23:00:00Z', minutes: 5 }), // broken, still open
  ];
  const lint = [
    run({ id: 21, workflow: 'Lint', conclusion: 'failure', at: '2026-03-04T09:00:00Z', minutes: 1 }),
    run({ id: 22, workflow: 'Lint', conclusion: 'failure', at: '2026-03-04T10:00:00Z', minutes: 1 }),
    run({ id: 23, workflow: 'Lint', conclusion: 'success', at: '2026-03-05T10:00:00Z', minutes: 2 }),
    run({ id: 24, workflow: 'Lint', conclusion: 'success', at: '2026-03-06T10:00:00Z', minutes: 3 }),
  ];
  const docs = [
    run({ id: 31, workflow: 'Docs', conclusion: 'failure', at: '2026-03-04T11:00:00Z', minutes: 1 }),
    run({ id: 32, workflow: 'Docs', conclusion: 'success', at: '2026-03-05T11:00:00Z', minutes: 1 }),
  ];
  const outside = [
    run({ id: 41, conclusion: 'failure', at: '2026-02-28T23:59:59Z' }),
    run({ id: 42, conclusion: 'failure', at: '2026-03-08T00:00:00Z' }),
  ];
  return [...outside, ...docs, ...lint, ...ci];
}

const findings = new Map([[8, { earlierAttemptFailed: true, failedJobs: ['test'] }]]);

describe('window health', () => {
  it('lists the UTC days a window touches', () => {
    expect(windowDays(window)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    expect(
      windowDays({ start: Date.parse('2026-03-01T12:00:00Z'), end: Date.parse('2026-03-02T00:00:01Z') }),
    ).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('matches the numbers worked out by hand', () => {
    const health = computeWindowHealth(week(), window, { rerunFindings: findings });
    expect(health.outageDays).toEqual([
      { day: '2026-03-04', workflows: 3, failedWorkflows: ['CI', 'Docs', 'Lint'], failedRuns: 4 },
    ]);
    expect(health.workflows.map((w) => w.workflow)).toEqual(['CI', 'Docs', 'Lint']);
    const [ci, docs, lint] = health.workflows;

    expect(ci!.counts).toEqual({
      runs: 11,
      success: 4, // 1, 3, 7, 8
      failed: 4,
      broken: 3, // 4, 5, 11
      flaky: 1, // 2
      infrastructure: 1, // 6
      cancelled: 1,
      other: 0,
      pending: 1,
      flakyReruns: 1, // 8
    });
    expect(ci!.successRate).toBe(0.5); // 4 / (4 + 4)
    // Successful runs took 10, 12, 20 and 8 minutes: median (10 + 12) / 2, p95 the 4th of 4.
    expect(ci!.durations).toEqual({ count: 4, medianMs: 11 * MIN, p95Ms: 20 * MIN });
    // Incidents: run 2 (red 10:05, green 11:12 by run 3: 67 min); runs 4–5 (red 03-03 10:04,
    // green 03-05 09:20 by run 7: 2836 min); run 11 (still red). Median of 67 and 2836 minutes.
    expect(ci!.recovery).toEqual({
      incidents: 3,
      recovered: 2,
      medianMs: ((67 + 2836) / 2) * MIN,
      open: [
        { branch: 'main', since: Date.parse('2026-03-07T23:05:00Z'), failedRuns: 1, firstFailedRunId: 11 },
      ],
    });
    expect(ci!.daily.map((d) => [d.day, d.success, d.failed, d.successRate, d.medianDurationMs])).toEqual([
      ['2026-03-01', 1, 0, 1, 10 * MIN],
      ['2026-03-02', 1, 1, 0.5, 12 * MIN],
      ['2026-03-03', 0, 2, 0, null],
      ['2026-03-04', 0, 0, null, null],
      ['2026-03-05', 1, 0, 1, 20 * MIN],
      ['2026-03-06', 1, 0, 1, 8 * MIN],
      ['2026-03-07', 0, 1, 0, null],
    ]);

    expect(lint!.counts).toMatchObject({ runs: 4, success: 2, failed: 0, infrastructure: 2 });
    expect(lint!.successRate).toBe(1);
    expect(lint!.durations).toEqual({ count: 2, medianMs: 2.5 * MIN, p95Ms: 3 * MIN });
    expect(lint!.recovery).toEqual({ incidents: 0, recovered: 0, medianMs: null, open: [] });
    expect(docs!.counts).toMatchObject({ runs: 2, success: 1, failed: 0, infrastructure: 1 });

    expect(health.totals.counts).toEqual({
      runs: 17,
      success: 7,
      failed: 4,
      broken: 3,
      flaky: 1,
      infrastructure: 4,
      cancelled: 1,
      other: 0,
      pending: 1,
      flakyReruns: 1,
    });
    expect(health.totals.successRate).toBe(7 / 11);
    // 1, 2, 3, 8, 10, 12, 20 minutes: median the 4th, p95 rank ⌈6.65⌉ = 7th.
    expect(health.totals.durations).toEqual({ count: 7, medianMs: 8 * MIN, p95Ms: 20 * MIN });
    expect(health.totals.recovery).toMatchObject({
      incidents: 3,
      recovered: 2,
      medianMs: ((67 + 2836) / 2) * MIN,
    });

    expect(
      health.flaky.map((f) => [f.workflow, f.kind, f.sha, f.failedRunIds, f.passedRunId, f.jobs]),
    ).toEqual([
      ['CI', 'another-run', 'x', [2], 3, []],
      ['CI', 'rerun', 'sha-8', [8], 8, ['test']],
    ]);
  });

  it('charges outage-day failures to the workflows when the guard is set out of reach', () => {
    const health = computeWindowHealth(week(), window, {
      rerunFindings: findings,
      outage: { minWorkflows: 10, share: 0.5 },
    });
    expect(health.outageDays).toEqual([]);
    const lint = health.workflows.find((w) => w.workflow === 'Lint')!;
    expect(lint.counts).toMatchObject({ failed: 2, broken: 2, infrastructure: 0 });
    expect(lint.successRate).toBe(0.5);
  });

  it('does not count a re-run as flaky without knowing its earlier attempt', () => {
    const health = computeWindowHealth(week(), window);
    expect(health.totals.counts.flakyReruns).toBe(0);
    expect(health.flaky.map((f) => f.kind)).toEqual(['another-run']);
  });
});
