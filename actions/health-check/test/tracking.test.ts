import { readFile } from 'node:fs/promises';
import { findMarker, renderMarker } from '@autoheal/core/markers';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { recorder } from '@autoheal/testkit/recorder';
import { SIMULATOR_BOT } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { priorAlerts, readAlertMemory, trackingBody } from '../src/tracking-issue.js';
import { World } from './helpers.js';
import { historySeed, REPO, UNTIL, WINDOW_DAYS, WORKFLOW_IDS } from './history.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const base = { until: UNTIL, 'window-days': WINDOW_DAYS, 'tracking-issue': 'true' };

function trackingIssues(w: World) {
  return [...w.sim.state.requireRepo(REPO).issues.values()].filter((i) =>
    i.labels.some((l) => l === 'autoheal:health'),
  );
}

function writes(w: World) {
  return w.sim.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

describe('the tracking issue', () => {
  it('is created once with its label, then left alone when the report is the same, then edited in place', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const first = await world.run(world.inputs(base));
    expect(first.result.tracking?.action).toBe('created');
    expect(writes(world)).toEqual([`POST /repos/${REPO}/labels`, `POST /repos/${REPO}/issues`]);
    const [issue] = trackingIssues(world);
    expect(issue).toMatchObject({
      author: SIMULATOR_BOT,
      title: 'autoheal: CI health report',
      state: 'open',
    });
    expect(first.rec.outputs['tracking-issue']).toBe(String(issue!.number));
    const marker = findMarker(issue!.body, 'health')!;
    expect(marker.line).toBe(1);
    expect(marker.fields.alerts).toBe(`${WORKFLOW_IDS.CI},${WORKFLOW_IDS.Release}`);
    // The report survives the sanitizer whole: tables, links and charts.
    expect(issue!.body).toContain('| Lint | 🟢 cleared | 100.0 % | 60.0 % | back at 90.0 % or above |');
    expect(issue!.body).toContain('```mermaid\nxychart-beta\n  title "CI: success rate per day (%)"');
    expect(issue!.body).toContain(
      '[run 108](https://github.com/octo-org/widgets/actions/runs/108) passed when re-run',
    );
    expect(first.rec.summary.join('')).toMatch(
      /_Created \[tracking issue \d+\]\(https:\/\/github\.com\/octo-org\/widgets\/issues\/\d+\) \(label autoheal:health\); later runs edit it in place\._/,
    );

    const requestsBefore = world.sim.requests.length;
    const second = await world.run(world.inputs(base));
    expect(second.result.tracking).toMatchObject({ action: 'unchanged', number: issue!.number });
    // A re-run of the same window starts from the state the first run started from: same report.
    expect(second.result.report.alertStateFrom).toBe('tracking-issue');
    expect({ ...second.result.report, alertStateFrom: 'previous-window' }).toEqual(first.result.report);
    expect(world.sim.requests.slice(requestsBefore).every((r) => r.method === 'GET')).toBe(true);

    // A day later the report differs: the same issue is edited, no second one appears.
    const third = await world.run(world.inputs({ ...base, until: '2026-03-16' }));
    expect(third.result.tracking).toMatchObject({ action: 'updated', number: issue!.number });
    // The next window starts from what the issue left flagged: CI is no longer new.
    expect(third.result.report.alertStateFrom).toBe('tracking-issue');
    expect(third.result.report.workflows.find((w) => w.name === 'CI')!.alert.status).toBe('ongoing');
    expect(trackingIssues(world)).toHaveLength(1);
    expect(writes(world)).toEqual([
      `POST /repos/${REPO}/labels`,
      `POST /repos/${REPO}/issues`,
      `PATCH /repos/${REPO}/issues/${issue!.number}`,
    ]);
    expect(trackingIssues(world)[0]!.body).toContain(
      'Runs created from 2026-03-09 00:00 UTC to 2026-03-16 00:00 UTC',
    );
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const { result, rec } = await world.run(world.inputs({ ...base, 'dry-run': 'true' }));
    expect(result.tracking).toEqual({ action: 'would-create' });
    expect(writes(world)).toEqual([]);
    expect(rec.summary.join('')).toContain(
      '_Dry run: would create the tracking issue (label autoheal:health)._',
    );
    expect(rec.outputs['tracking-issue']).toBe('');
    // The report itself is complete.
    expect(JSON.parse(await readFile(result.reportFile, 'utf8')).alerts.flagged).toEqual(['CI', 'Release']);
  });

  it('creates neither the label nor the issue when the budget cannot pay for both, and the next run does', async () => {
    world = await World.start(historySeed(), { merged: [7] });
    const short = await world.run(world.inputs({ ...base, 'operations-budget': '1' }));
    expect(short.result.tracking).toEqual({ action: 'out-of-budget' });
    expect(writes(world)).toEqual([]);
    expect(short.rec.messages.filter((m) => m.level === 'warning').map((m) => m.message)).toContain(
      'The operations budget (1 writes) ran out before the tracking issue could be written; not done: create the tracking issue. The next run will write it.',
    );
    expect(short.rec.summary.join('')).toContain(
      'Not written: the operations budget ran out before the tracking issue could be created; the next run will write it.',
    );
    const next = await world.run(world.inputs(base));
    expect(next.result.tracking?.action).toBe('created');
    expect(trackingIssues(world)).toHaveLength(1);
  });

  it('needs one write when the label exists', async () => {
    world = await World.start(
      historySeed((r) => r.label('autoheal:health', '0e8a16')),
      { merged: [7] },
    );
    const { result } = await world.run(world.inputs({ ...base, 'operations-budget': '1' }));
    expect(result.tracking?.action).toBe('created');
    expect(writes(world)).toEqual([`POST /repos/${REPO}/issues`]);
  });

  it('reports a refused write clearly, after the report is out, and leaves nothing half-written', async () => {
    const seed = historySeed();
    seed.tokens!.push({
      token: 'ghs_readOnlyIssuesToken000000000000000',
      login: SIMULATOR_BOT,
      permissions: { actions: 'read', contents: 'read', issues: 'read', pull_requests: 'read' },
    });
    world = await World.start(seed, { merged: [7] });
    const inputs = { ...world.inputs(base), token: 'ghs_readOnlyIssuesToken000000000000000' };
    const rec = recorder();
    await expect(world.run(inputs, rec)).rejects.toMatchObject({ status: 403 });
    // The report reached the summary, the outputs and the file before the error was raised.
    const summary = rec.summary.join('');
    expect(summary).toContain('## autoheal: CI health of octo-org/widgets');
    expect(summary).toMatch(
      /_The tracking issue was not written: The token is not allowed to do POST .*\/labels \(403 .*\)\. Grant &#x60;issues: write&#x60;/,
    );
    expect(rec.outputs.alerts).toBe('["CI","Release"]');
    expect(JSON.parse(await readFile(rec.outputs['report-file']!, 'utf8')).schema).toBe('autoheal-health/v1');
    expect(trackingIssues(world)).toEqual([]);
    expect(world.sim.state.requireRepo(REPO).labels.has('autoheal:health')).toBe(false);
  });
});

describe('a write GitHub refuses', () => {
  it.each([
    [404, /^Not found: PATCH .*\/issues\/20 \(404\)/],
    [410, /^Gone: PATCH .*\/issues\/20 \(410 /],
    [422, /^GitHub refused PATCH .*\/issues\/20: .* \(422\)\.$/],
    [503, /^GitHub answered 503 on PATCH .*\/issues\/20 after retries/],
  ])('%i: the report still comes out, then the step fails with the reason', async (status, described) => {
    const tracking = `${renderMarker({ kind: 'health', alerts: '', v: '1' })}\nold report\n`;
    world = await World.start(
      historySeed((r) =>
        r.issue({
          number: 20,
          title: 'autoheal: CI health report',
          author: SIMULATOR_BOT,
          body: tracking,
          labels: ['autoheal:health'],
        }),
      ),
      { merged: [7] },
    );
    world.sim.faults.inject({
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/issues/{issue_number}',
      times: Number.POSITIVE_INFINITY,
      fault:
        status === 422 ? { kind: 'validation', message: 'Validation Failed' } : { kind: 'status', status },
    });
    const rec = recorder();
    await expect(world.run(world.inputs(base), rec)).rejects.toMatchObject({ status });
    const note = /_The tracking issue was not written: (.*)_/.exec(rec.summary.join(''))![1]!;
    expect(note).toMatch(described);
    // The issue remembered no flagged workflow, so Release (80 %) is not flagged.
    expect(rec.outputs.alerts).toBe('["CI"]');
    expect(world.sim.state.requireRepo(REPO).issues.get(20)!.body).toBe(tracking);
  });
});

describe('the alert memory in the marker', () => {
  it('gives the state after the last report, the one before it for a re-run, none for an older window', () => {
    const body = trackingBody(
      'report',
      { end: Date.parse('2026-03-15T00:00:00Z'), alerted: [14, 11], before: [12] },
      createSanitizer(),
    );
    const memory = readAlertMemory(body)!;
    expect(memory).toEqual({ end: Date.parse('2026-03-15T00:00:00Z'), alerted: [11, 14], before: [12] });
    expect(priorAlerts(memory, Date.parse('2026-03-22T00:00:00Z'))).toEqual([11, 14]);
    expect(priorAlerts(memory, Date.parse('2026-03-15T00:00:00Z'))).toEqual([12]);
    expect(priorAlerts(memory, Date.parse('2026-03-08T00:00:00Z'))).toBeUndefined();
    expect(readAlertMemory('no marker')).toBeUndefined();
  });
});
