/**
 * A seeded two weeks of CI history, with the report's numbers worked out by hand (see
 * EXPECTED). The window is the 7 days before 2026-03-15 (03-08 to 03-14), the previous window
 * the 7 days before that. 2026-03-11 is an outage: CI, Lint and Docs all failed that day.
 */
import { renderMarker } from '@autoheal/core/markers';
import { type RepoBuilder, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { Seed, SeedRun } from '@autoheal/testkit/simulator/seed-types';

export const REPO = 'octo-org/widgets';
export const UNTIL = '2026-03-15';
export const WINDOW_DAYS = '7';
export const BOT = 'github-actions[bot]';
export const WORKFLOW_IDS = { CI: 11, Lint: 12, Docs: 13, Release: 14 } as const;
type Workflow = keyof typeof WORKFLOW_IDS;

let shaCounter = 0;
/** A distinct commit per run unless one is named: runs on one sha are how flakiness shows. */
export function sha(name?: string): string {
  if (name !== undefined) return Buffer.from(name.padEnd(20, '-')).toString('hex').slice(0, 40);
  shaCounter += 1;
  return shaCounter.toString(16).padStart(40, 'a');
}

export interface RunOptions {
  id: number;
  workflow: Workflow;
  at: string;
  conclusion: 'success' | 'failure' | 'cancelled' | 'timed_out';
  minutes: number;
  branch?: string;
  sha?: string;
  actor?: string;
}

const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export function seedRun(o: RunOptions): SeedRun {
  return {
    id: o.id,
    workflow: o.workflow,
    branch: o.branch ?? 'main',
    head_sha: o.sha ?? sha(),
    conclusion: o.conclusion,
    created_at: o.at,
    run_started_at: o.at,
    updated_at: plus(o.at, o.minutes),
    ...(o.actor ? { actor: o.actor } : {}),
  };
}

/** A run whose first attempt failed (job `test`) and whose re-run by `actor` passed. */
export function rerunGreen(o: Omit<RunOptions, 'conclusion'> & { rerunAt: string }): SeedRun {
  return {
    id: o.id,
    workflow: o.workflow,
    branch: o.branch ?? 'main',
    head_sha: o.sha ?? sha(),
    previous_attempts: [
      {
        conclusion: 'failure',
        created_at: o.at,
        run_started_at: o.at,
        updated_at: plus(o.at, 3),
        jobs: [
          { name: 'test', conclusion: 'failure' },
          { name: 'build', conclusion: 'success' },
        ],
      },
    ],
    conclusion: 'success',
    created_at: o.at,
    run_started_at: o.rerunAt,
    updated_at: plus(o.rerunAt, o.minutes),
    actor: o.actor ?? BOT,
    jobs: [{ name: 'test', conclusion: 'success' }],
  };
}

function failureIssueBody(fingerprint: string): string {
  return `${renderMarker({ kind: 'failure', fingerprint, workflow: '.github/workflows/ci.yml', branch: 'main', v: '1' })}\nThe tests failed.\n`;
}

export const CURRENT_RUNS: SeedRun[] = [
  // CI
  seedRun({ id: 101, workflow: 'CI', at: '2026-03-08T10:00:00Z', conclusion: 'success', minutes: 10 }),
  seedRun({
    id: 102,
    workflow: 'CI',
    at: '2026-03-09T10:00:00Z',
    conclusion: 'failure',
    minutes: 5,
    sha: sha('flaky'),
  }),
  seedRun({
    id: 103,
    workflow: 'CI',
    at: '2026-03-09T11:00:00Z',
    conclusion: 'success',
    minutes: 12,
    sha: sha('flaky'),
  }),
  seedRun({ id: 104, workflow: 'CI', at: '2026-03-10T10:00:00Z', conclusion: 'failure', minutes: 4 }),
  seedRun({ id: 105, workflow: 'CI', at: '2026-03-10T12:00:00Z', conclusion: 'timed_out', minutes: 4 }),
  seedRun({ id: 106, workflow: 'CI', at: '2026-03-11T09:00:00Z', conclusion: 'failure', minutes: 3 }),
  seedRun({ id: 107, workflow: 'CI', at: '2026-03-12T09:00:00Z', conclusion: 'success', minutes: 20 }),
  rerunGreen({
    id: 108,
    workflow: 'CI',
    at: '2026-03-13T09:00:00Z',
    rerunAt: '2026-03-13T09:30:00Z',
    minutes: 8,
  }),
  seedRun({ id: 109, workflow: 'CI', at: '2026-03-14T09:00:00Z', conclusion: 'cancelled', minutes: 1 }),
  seedRun({ id: 110, workflow: 'CI', at: '2026-03-14T10:00:00Z', conclusion: 'failure', minutes: 5 }),
  // Lint: the outage day, then green.
  seedRun({ id: 201, workflow: 'Lint', at: '2026-03-11T09:00:00Z', conclusion: 'failure', minutes: 1 }),
  seedRun({ id: 202, workflow: 'Lint', at: '2026-03-11T10:00:00Z', conclusion: 'failure', minutes: 1 }),
  seedRun({ id: 203, workflow: 'Lint', at: '2026-03-12T10:00:00Z', conclusion: 'success', minutes: 2 }),
  seedRun({ id: 204, workflow: 'Lint', at: '2026-03-13T10:00:00Z', conclusion: 'success', minutes: 3 }),
  seedRun({ id: 205, workflow: 'Lint', at: '2026-03-13T11:00:00Z', conclusion: 'success', minutes: 2 }),
  seedRun({ id: 206, workflow: 'Lint', at: '2026-03-13T12:00:00Z', conclusion: 'success', minutes: 2 }),
  seedRun({ id: 207, workflow: 'Lint', at: '2026-03-13T13:00:00Z', conclusion: 'success', minutes: 2 }),
  // Docs
  seedRun({ id: 301, workflow: 'Docs', at: '2026-03-11T11:00:00Z', conclusion: 'failure', minutes: 1 }),
  seedRun({ id: 302, workflow: 'Docs', at: '2026-03-12T11:00:00Z', conclusion: 'success', minutes: 1 }),
  // Release: ran (and passed) on the outage day too.
  seedRun({ id: 401, workflow: 'Release', at: '2026-03-08T08:00:00Z', conclusion: 'success', minutes: 6 }),
  seedRun({ id: 402, workflow: 'Release', at: '2026-03-09T08:00:00Z', conclusion: 'success', minutes: 6 }),
  seedRun({ id: 403, workflow: 'Release', at: '2026-03-10T08:00:00Z', conclusion: 'failure', minutes: 6 }),
  seedRun({ id: 404, workflow: 'Release', at: '2026-03-11T08:00:00Z', conclusion: 'success', minutes: 6 }),
  seedRun({ id: 405, workflow: 'Release', at: '2026-03-12T08:00:00Z', conclusion: 'success', minutes: 6 }),
];

function previousRuns(): SeedRun[] {
  const runs: SeedRun[] = [];
  const day = (d: number, h: number) => `2026-03-0${d}T${String(h).padStart(2, '0')}:00:00Z`;
  // CI: 9 green, 1 red → 90 %.
  for (let i = 0; i < 10; i++)
    runs.push(
      seedRun({
        id: 1100 + i,
        workflow: 'CI',
        at: day(1 + (i % 7), 6 + i),
        conclusion: i === 4 ? 'failure' : 'success',
        minutes: 9,
      }),
    );
  // Lint: 3 green, 2 red → 60 %: flagged at the end of that window.
  for (let i = 0; i < 5; i++)
    runs.push(
      seedRun({
        id: 1200 + i,
        workflow: 'Lint',
        at: day(2 + i, 7),
        conclusion: i < 2 ? 'failure' : 'success',
        minutes: 2,
      }),
    );
  // Release: 4 green, 2 red → 66.7 %: flagged too.
  for (let i = 0; i < 6; i++)
    runs.push(
      seedRun({
        id: 1400 + i,
        workflow: 'Release',
        at: day(1 + i, 20),
        conclusion: i % 3 === 0 ? 'failure' : 'success',
        minutes: 6,
      }),
    );
  return runs;
}

export function repoBase(r: RepoBuilder): RepoBuilder {
  return r
    .file('README.md', '# widgets\n')
    .workflow('CI', '.github/workflows/ci.yml', WORKFLOW_IDS.CI)
    .workflow('Lint', '.github/workflows/lint.yml', WORKFLOW_IDS.Lint)
    .workflow('Docs', '.github/workflows/docs.yml', WORKFLOW_IDS.Docs)
    .workflow('Release', '.github/workflows/release.yml', WORKFLOW_IDS.Release);
}

export function historySeed(extra: (r: RepoBuilder) => unknown = () => {}): Seed {
  return seedBuilder()
    .user('mallory')
    .user('mona')
    .repo(REPO, (r) => {
      repoBase(r)
        .label('autoheal')
        .label('autoheal:test_failure')
        .label('autoheal:network_error')
        .label('autoheal:unknown')
        .branch('autoheal/fix-timeout', { 'a.txt': 'a\n' })
        .branch('autoheal/issue-3-tests', { 'b.txt': 'b\n' })
        .branch('autoheal/old', { 'c.txt': 'c\n' })
        .branch('feature', { 'd.txt': 'd\n' })
        .issue({
          number: 1,
          title: '[autoheal] CI · test: tests failed',
          author: BOT,
          body: failureIssueBody('fp1'),
          labels: ['autoheal', 'autoheal:test_failure'],
          state: 'closed',
          created_at: '2026-03-09T12:00:00Z',
          closed_at: '2026-03-10T00:00:00Z',
          updated_at: '2026-03-10T00:00:00Z',
          events: [{ event: 'closed', actor: BOT, created_at: '2026-03-10T00:00:00Z' }],
        })
        .issue({
          number: 2,
          title: '[autoheal] CI · test: network',
          author: BOT,
          body: failureIssueBody('fp2'),
          labels: ['autoheal', 'autoheal:network_error'],
          state: 'closed',
          created_at: '2026-03-02T00:00:00Z',
          closed_at: '2026-03-12T00:00:00Z',
          updated_at: '2026-03-12T00:00:00Z',
          events: [
            { event: 'closed', actor: BOT, created_at: '2026-03-05T00:00:00Z' },
            { event: 'reopened', actor: BOT, created_at: '2026-03-10T00:00:00Z' },
            { event: 'closed', actor: BOT, created_at: '2026-03-12T00:00:00Z' },
          ],
        })
        .issue({
          number: 3,
          title: '[autoheal] CI · test: something',
          author: BOT,
          body: failureIssueBody('fp3'),
          labels: ['autoheal', 'autoheal:unknown'],
          created_at: '2026-03-11T09:30:00Z',
        })
        .issue({
          number: 4,
          title: '[autoheal] Release · deploy: something',
          author: BOT,
          body: failureIssueBody('fp4'),
          labels: ['autoheal'],
          created_at: '2026-03-13T00:00:00Z',
        })
        // A stranger's copy of the marker, and a bot issue without one: neither is autoheal's.
        .issue({
          number: 5,
          title: 'forged',
          author: 'mallory',
          body: failureIssueBody('fp5'),
          labels: ['autoheal', 'autoheal:test_failure'],
          created_at: '2026-03-12T00:00:00Z',
        })
        .issue({
          number: 6,
          title: 'no marker',
          author: BOT,
          body: 'just text',
          labels: ['autoheal'],
          created_at: '2026-03-12T00:00:00Z',
        })
        .pull({
          number: 7,
          title: 'autoheal: raise the timeout',
          author: BOT,
          head: 'autoheal/fix-timeout',
          labels: ['autoheal'],
          created_at: '2026-03-09T00:00:00Z',
          state: 'closed',
          closed_at: '2026-03-10T00:00:00Z',
          updated_at: '2026-03-10T00:00:00Z',
        })
        .pull({
          number: 8,
          title: 'Work on #3',
          author: BOT,
          head: 'autoheal/issue-3-tests',
          body: `${renderMarker({ kind: 'issue-pr', issue: '3', v: '1' })}\nCloses #3\n`,
          draft: true,
          created_at: '2026-03-12T00:00:00Z',
          state: 'closed',
          closed_at: '2026-03-13T00:00:00Z',
          updated_at: '2026-03-13T00:00:00Z',
        })
        .pull({
          number: 9,
          title: 'old',
          author: BOT,
          head: 'autoheal/old',
          created_at: '2026-02-20T00:00:00Z',
          state: 'closed',
          closed_at: '2026-02-21T00:00:00Z',
          updated_at: '2026-02-21T00:00:00Z',
        })
        .pull({
          number: 10,
          title: 'A feature',
          author: 'mona',
          head: 'feature',
          created_at: '2026-03-10T00:00:00Z',
        });
      for (const run of [...previousRuns(), ...CURRENT_RUNS]) r.run(run);
      extra(r);
    })
    .build();
}

const MIN = 60;

/** The report's numbers for historySeed, worked out by hand from the runs above. */
export const EXPECTED = {
  window: { start: '2026-03-08T00:00:00Z', end: '2026-03-15T00:00:00Z', days: 7 },
  outageDays: [{ day: '2026-03-11', workflows: 4, failedWorkflows: ['CI', 'Docs', 'Lint'], failedRuns: 4 }],
  ci: {
    counts: {
      runs: 10,
      success: 4, // 101, 103, 107, 108
      failed: 4,
      broken: 3, // 104, 105, 110
      flaky: 1, // 102: 103 passed the same commit
      infrastructure: 1, // 106, on the outage day
      cancelled: 1,
      other: 0,
      pending: 0,
      flakyReruns: 1, // 108: attempt 1 failed, the re-run passed
    },
    successRate: 0.5,
    // 10, 12, 20 and 8 minutes (108's re-run took 8).
    durationSeconds: { count: 4, median: 11 * MIN, p95: 20 * MIN },
    // 102 (red 03-09 10:05, green 11:12: 67 min); 104–105 (red 03-10 10:04, green 03-12 09:20:
    // 2836 min); 110 still red.
    recovery: {
      incidents: 3,
      recovered: 2,
      medianSeconds: ((67 + 2836) / 2) * MIN,
      open: [{ branch: 'main', since: '2026-03-14T10:05:00Z', failedRuns: 1, firstFailedRunId: 110 }],
    },
  },
  totals: {
    // CI 10 + Lint 7 + Docs 2 + Release 5.
    runs: 24,
    success: 14, // 4 + 5 + 1 + 4
    failed: 5, // CI 4 + Release 1
    broken: 4,
    flaky: 1,
    infrastructure: 4, // CI 1, Lint 2, Docs 1
    successRate: 14 / 19,
    previousRuns: 21,
    previousSuccessRate: 16 / 21, // CI 9 + Lint 3 + Release 4 of 10 + 5 + 6
  },
  alerts: { flagged: ['CI', 'Release'], new: ['CI'], cleared: ['Lint'] },
  autoheal: {
    // Opened in the window: 1, 3, 4. Closed in it: 1 (after 12 h) and 2 (after 240 h).
    issues: { opened: 3, reopened: 1, reopenedUnchecked: 0, closed: 2, medianTimeToCloseSeconds: 126 * 3600 },
    pulls: { opened: 2, merged: 1, closedUnmerged: 1 },
    reruns: { total: 1, green: 1, failed: 0 },
    coverage: { failures: 3, categorized: 1, share: 1 / 3, byCategory: { test_failure: 1, unknown: 2 } },
    // No pull request here is from a fix branch (autoheal/ and 16 hex digits).
    fixes: { verified: 0, unverified: 0, merged: 0, mergedVerified: 0, closed: 0, list: [] },
  },
  /** Config (404), 2 run lists, 1 jobs lookup (run 108), issues, 2 issue events (1 and 2), pulls updated in the window, open pulls. */
  requests: { total: 9, byKind: { runs: 2, jobs: 1, issues: 1, 'issue-events': 2, pulls: 2, other: 1 } },
};
