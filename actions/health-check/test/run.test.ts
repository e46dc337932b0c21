import { readFile } from 'node:fs/promises';
import { renderMarker } from '@autoheal/core/markers';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/report.js';
import { World } from './helpers.js';
import { BOT, EXPECTED, historySeed, REPO, UNTIL, WINDOW_DAYS, WORKFLOW_IDS } from './history.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const base = { until: UNTIL, 'window-days': WINDOW_DAYS };

describe('the health report, computed by run()', () => {
  it('matches the numbers worked out by hand, in the file, the outputs and the summary', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const { result, rec } = await world.run(world.inputs(base));
    const report = JSON.parse(await readFile(result.reportFile, 'utf8')) as HealthReport;
    expect(report).toEqual(result.report);
    expect(report.schema).toBe('autoheal-health/v1');
    expect(report.window).toEqual(EXPECTED.window);
    expect(report.previousWindow).toEqual({ start: '2026-03-01T00:00:00Z', end: '2026-03-08T00:00:00Z' });
    expect(report.outageDays.current).toEqual(EXPECTED.outageDays);
    expect(report.outageDays.previous).toEqual([]);

    const ci = report.workflows.find((w) => w.name === 'CI')!;
    expect(ci.id).toBe(WORKFLOW_IDS.CI);
    expect(ci.current).toEqual({
      counts: EXPECTED.ci.counts,
      successRate: EXPECTED.ci.successRate,
      durationSeconds: EXPECTED.ci.durationSeconds,
      recovery: EXPECTED.ci.recovery,
    });
    expect(ci.previous?.successRate).toBe(0.9);
    expect(ci.successRateChange).toBeCloseTo(-0.4, 10);
    expect(ci.alert).toEqual({ status: 'new', reasons: ['below-min', 'drop'] });
    expect(ci.daily.map((d) => [d.day, d.success, d.failed])).toEqual([
      ['2026-03-08', 1, 0],
      ['2026-03-09', 1, 1],
      ['2026-03-10', 0, 2],
      ['2026-03-11', 0, 0],
      ['2026-03-12', 1, 0],
      ['2026-03-13', 1, 0],
      ['2026-03-14', 0, 1],
    ]);

    const byName = Object.fromEntries(report.workflows.map((w) => [w.name, w]));
    expect(byName.Lint!.alert).toEqual({ status: 'cleared', reasons: [] });
    expect(byName.Lint!.current!.counts).toMatchObject({ runs: 7, success: 5, failed: 0, infrastructure: 2 });
    expect(byName.Release!.alert).toEqual({ status: 'ongoing', reasons: ['not-recovered'] });
    expect(byName.Release!.current!.successRate).toBe(0.8);
    // Release: red 03-10 08:06, green 03-11 08:06.
    expect(byName.Release!.current!.recovery.medianSeconds).toBe(24 * 3600);
    expect(byName.Docs!.alert).toEqual({ status: 'ok', reasons: [] });
    expect(report.alerts).toEqual(EXPECTED.alerts);
    expect(report.alertStateFrom).toBe('previous-window');

    const t = report.totals;
    expect(t.current.counts).toMatchObject({
      runs: EXPECTED.totals.runs,
      success: EXPECTED.totals.success,
      failed: EXPECTED.totals.failed,
      broken: EXPECTED.totals.broken,
      flaky: EXPECTED.totals.flaky,
      infrastructure: EXPECTED.totals.infrastructure,
    });
    expect(t.current.successRate).toBe(EXPECTED.totals.successRate);
    expect(t.previous.counts.runs).toBe(EXPECTED.totals.previousRuns);
    expect(t.previous.successRate).toBe(EXPECTED.totals.previousSuccessRate);

    expect(report.flaky.map((f) => [f.workflow, f.kind, f.failedRunIds, f.passedRunId, f.jobs])).toEqual([
      ['CI', 'another-run', [102], 103, []],
      ['CI', 'rerun', [108], 108, ['test']],
    ]);
    expect(report.autoheal).toEqual(EXPECTED.autoheal);
    expect(report.api).toMatchObject({
      requests: EXPECTED.requests.total,
      byKind: EXPECTED.requests.byKind,
      runsListed: 45,
      truncated: false,
      rerunLookups: { checked: 1, skipped: 0 },
      reopenLookups: { checked: 2, skipped: 0 },
    });
    // Every request the report counts reached GitHub, and nothing was written.
    expect(world.sim.requests).toHaveLength(EXPECTED.requests.total);
    expect(world.sim.requests.every((r) => r.method === 'GET')).toBe(true);
    const runLists = world.sim.requests.filter((r) => r.path === `/repos/${REPO}/actions/runs`);
    expect(runLists.map((r) => [r.query.per_page, r.query.created, r.query.exclude_pull_requests])).toEqual([
      ['100', '2026-03-01T00:00:00+00:00..2026-03-07T23:59:59+00:00', 'true'],
      ['100', '2026-03-08T00:00:00+00:00..2026-03-14T23:59:59+00:00', 'true'],
    ]);
    // Job-level data for the one run that needs it.
    expect(world.sim.requests.filter((r) => r.path.includes('/jobs')).map((r) => r.path)).toEqual([
      `/repos/${REPO}/actions/runs/108/attempts/1/jobs`,
    ]);

    expect(rec.outputs).toEqual({
      'report-file': result.reportFile,
      alerts: '["CI","Release"]',
      cleared: '["Lint"]',
      'success-rate': (14 / 19).toFixed(4),
      runs: '24',
      'api-requests': String(EXPECTED.requests.total),
      'tracking-issue': '',
    });
    const summary = rec.summary.join('');
    expect(summary).toContain('## autoheal: CI health of octo-org/widgets');
    expect(summary).toContain('- **Success rate:** 73.7 % (previous: 76.2 %, −2.5 pts)');
    expect(summary).toContain('| CI ⚠️ | 10 | 50.0 % | −40.0 pts | 3 | 2 | 1 | 1 | 11m | 20m | 24h 12m | 1 |');
    expect(summary).toContain(
      '| CI | 🔴 new alert | 50.0 % | 90.0 % | below 80.0 %; fell 40.0 pts since the previous window (more than 15.0) |',
    );
    expect(summary).toContain('| Lint | 🟢 cleared | 100.0 % | 60.0 % | back at 90.0 % or above |');
    expect(summary).toContain('| 2026-03-11 | 4 | CI, Docs, Lint | 4 |');
    expect(summary).toContain('| Fix pull requests | 2 opened, 1 merged, 1 closed unmerged |');
    expect(summary).toContain(
      '| Diagnosis coverage | 33.3 % (1 of 3 new issues with a category other than unknown): unknown 2, test_failure 1 |',
    );
    expect(summary).toContain('```mermaid\nxychart-beta\n  title "CI: success rate per day (%)"');
    expect(summary).toContain('  line [100.0, 50.0, 0.0, 100.0, 100.0, 0.0]');
    expect(summary).toContain(
      '**API use:** 9 requests (2 run-list pages, 1 jobs lookup of a re-run, 1 issue-list page, 2 issue-events lookups, 2 pull-request-list pages, 1 other request) for 45 runs.',
    );
    // Alerts are warnings, and the step passes without fail-on-alert.
    const warnings = rec.messages.filter((m) => m.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      'CI: success rate 50.0 % (below-min, drop).',
      'Release: success rate 80.0 % (not-recovered).',
    ]);
  });

  it('does not count a re-run as flaky when its earlier attempt is gone', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
      fault: { kind: 'status', status: 404 },
    });
    const { result } = await world.run(world.inputs(base));
    expect(result.report.totals.current.counts.flakyReruns).toBe(0);
    expect(result.report.flaky.map((f) => f.kind)).toEqual(['another-run']);
    expect(result.report.api.rerunLookups).toEqual({ checked: 1, skipped: 0 });
  });

  it('looks up no more than max-detail-requests, and says what it left out', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const { result, rec } = await world.run(world.inputs({ ...base, 'max-detail-requests': '2' }));
    // One jobs lookup (run 108), then one of the two issues that may have been reopened.
    expect(result.report.api.rerunLookups).toEqual({ checked: 1, skipped: 0 });
    expect(result.report.api.reopenLookups).toEqual({ checked: 1, skipped: 1 });
    expect(result.report.autoheal.issues).toMatchObject({ reopened: 0, reopenedUnchecked: 1 });
    expect(rec.summary.join('')).toContain('| Reopened | 0 (1 issues not checked) |');
    expect(rec.summary.join('')).toContain(
      '1 lookup left out by `max-detail-requests` (0 re-runs, 1 issues): flaky re-runs and reopens may be undercounted.',
    );
    const none = await world.run(world.inputs({ ...base, 'max-detail-requests': '0' }));
    expect(none.result.report.api.rerunLookups).toEqual({ checked: 0, skipped: 1 });
    expect(none.result.report.totals.current.counts.flakyReruns).toBe(0);
  });

  it('fails the step on an alert only with fail-on-alert, after writing the report', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const failing = world.run(world.inputs({ ...base, 'fail-on-alert': 'true' }));
    await expect(failing).rejects.toThrow(
      '2 workflows are flagged by the health check (CI, Release), and fail-on-alert is true. See the job summary.',
    );
    await expect(failing).rejects.toMatchObject({ name: 'ConfigurationError' });
  });

  it('reports only the workflows the `workflows` globs pick, by name or path', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const { result } = await world.run(
      world.inputs({ ...base, workflows: '**\n!Lint\n!.github/workflows/release.yml' }),
    );
    expect(result.report.workflows.map((w) => w.name)).toEqual(['CI', 'Docs']);
    // Without Lint and Release, 03-11 had two workflows: no outage, and CI's failure that day is charged.
    expect(result.report.outageDays.current).toEqual([]);
    expect(result.report.workflows[0]!.current!.counts).toMatchObject({ broken: 4, infrastructure: 0 });
  });

  it('takes thresholds from the config file, and inputs over it', async () => {
    const config = 'health:\n  min-success-rate: 0.4\n  recover-rate: 0.5\n  max-drop: 0.5\n';
    world = await World.start(
      historySeed((r) => r.file('.github/autoheal.yml', config)),
      { merged: [7] },
    );
    const fromFile = await world.run(world.inputs(base));
    expect(fromFile.result.report.thresholds).toMatchObject({
      minSuccessRate: 0.4,
      recoverRate: 0.5,
      maxDrop: 0.5,
    });
    expect(fromFile.result.report.alerts.flagged).toEqual([]);
    const overridden = await world.run(
      world.inputs({ ...base, 'min-success-rate': '0.6', 'recover-rate': '0.95' }),
    );
    expect(overridden.result.report.thresholds).toMatchObject({
      minSuccessRate: 0.6,
      recoverRate: 0.95,
      maxDrop: 0.5,
    });
    expect(overridden.result.report.alerts.flagged).toEqual(['CI']);
  });

  it('refuses a recover rate below the minimum, naming both', async () => {
    world = await World.start(historySeed());
    await expect(
      world.run(world.inputs({ ...base, 'min-success-rate': '0.9', 'recover-rate': '0.8' })),
    ).rejects.toThrow(/recover-rate.*must be at least min-success-rate \(0\.9\)/);
  });

  it('keeps a workflow flagged by the tracking issue, whatever the previous window says', async () => {
    const tracking = `${renderMarker({ kind: 'health', alerts: String(WORKFLOW_IDS.Docs), v: '1' })}\nold report\n`;
    world = await World.start(
      historySeed((r) =>
        r.issue({
          number: 20,
          title: 'autoheal: CI health report',
          author: BOT,
          body: tracking,
          labels: ['autoheal:health'],
          created_at: '2026-03-01T00:00:00Z',
        }),
      ),
      { merged: [7] },
    );
    const { result } = await world.run(
      world.inputs({ ...base, 'tracking-issue': 'true', 'dry-run': 'true' }),
    );
    const byName = Object.fromEntries(result.report.workflows.map((w) => [w.name, w.alert]));
    expect(result.report.alertStateFrom).toBe('tracking-issue');
    // Docs had one decided run: too few to clear it.
    expect(byName.Docs).toEqual({ status: 'ongoing', reasons: ['too-few-runs'] });
    // The issue did not flag Lint or Release, so they are judged afresh.
    expect(byName.Lint).toEqual({ status: 'ok', reasons: [] });
    expect(byName.Release).toEqual({ status: 'ok', reasons: [] });
    expect(result.tracking).toEqual({
      action: 'would-update',
      number: 20,
      url: expect.stringContaining('/issues/20'),
    });
    expect(world.sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('ignores a tracking issue that a stranger wrote', async () => {
    const forged = `${renderMarker({ kind: 'health', alerts: String(WORKFLOW_IDS.Docs), v: '1' })}\nforged\n`;
    world = await World.start(
      historySeed((r) =>
        r.issue({ number: 20, title: 'x', author: 'mallory', body: forged, labels: ['autoheal:health'] }),
      ),
    );
    const { result } = await world.run(
      world.inputs({ ...base, 'tracking-issue': 'true', 'dry-run': 'true' }),
    );
    expect(result.report.alertStateFrom).toBe('previous-window');
    expect(result.tracking).toEqual({ action: 'would-create' });
  });
});
