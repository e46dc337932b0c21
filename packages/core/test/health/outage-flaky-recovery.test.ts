import { describe, expect, it } from 'vitest';
import { findFlakyCommits, rerunCandidates } from '../../src/health/flaky.js';
import { findOutageDays } from '../../src/health/outage.js';
import { findIncidents } from '../../src/health/recovery.js';
import { utcDay } from '../../src/health/runs.js';
import { run } from './run-factory.js';

const options = { minWorkflows: 3, share: 0.5 };

describe('the outage guard', () => {
  it('marks a day when more than half of at least three workflows failed', () => {
    const day = '2026-03-04T';
    const runs = [
      run({ workflow: 'CI', conclusion: 'failure', at: `${day}09:00:00Z` }),
      run({ workflow: 'CI', conclusion: 'failure', at: `${day}10:00:00Z` }),
      run({ workflow: 'CI', conclusion: 'success', at: `${day}11:00:00Z` }),
      run({ workflow: 'Lint', conclusion: 'timed_out', at: `${day}09:00:00Z` }),
      run({ workflow: 'Docs', conclusion: 'success', at: `${day}09:00:00Z` }),
      run({ workflow: 'Deploy', conclusion: 'startup_failure', at: `${day}23:59:59Z` }),
      // Cancelled runs say nothing: E2E does not count as a workflow that ran.
      run({ workflow: 'E2E', conclusion: 'cancelled', at: `${day}09:00:00Z` }),
    ];
    const outages = findOutageDays(runs, options);
    expect([...outages.values()]).toEqual([
      { day: '2026-03-04', workflows: 4, failedWorkflows: ['CI', 'Deploy', 'Lint'], failedRuns: 4 },
    ]);
  });

  it('needs more than half, and enough workflows', () => {
    const at = '2026-03-05T09:00:00Z';
    const half = [
      run({ workflow: 'CI', conclusion: 'failure', at }),
      run({ workflow: 'Lint', conclusion: 'failure', at }),
      run({ workflow: 'Docs', conclusion: 'success', at }),
      run({ workflow: 'Deploy', conclusion: 'success', at }),
    ];
    expect(findOutageDays(half, options).size).toBe(0);
    const two = [
      run({ workflow: 'CI', conclusion: 'failure', at }),
      run({ workflow: 'Lint', conclusion: 'failure', at }),
    ];
    expect(findOutageDays(two, options).size).toBe(0);
    expect(findOutageDays(two, { minWorkflows: 2, share: 0.5 }).size).toBe(1);
    // One failure and one success is not a failed day for that workflow.
    const even = [
      run({ workflow: 'CI', conclusion: 'failure', at }),
      run({ workflow: 'CI', conclusion: 'success', at }),
      run({ workflow: 'Lint', conclusion: 'failure', at }),
      run({ workflow: 'Docs', conclusion: 'failure', at }),
      run({ workflow: 'Deploy', conclusion: 'success', at }),
    ];
    expect(findOutageDays(even, options).size).toBe(0);
  });
});

describe('flaky commits', () => {
  const always = () => true;

  it('finds a commit that failed and then passed in another run, on its own', () => {
    const failed = run({ conclusion: 'failure', sha: 'aaa', at: '2026-03-02T10:00:00Z', branch: 'feature' });
    const passed = run({ conclusion: 'success', sha: 'aaa', at: '2026-03-02T11:00:00Z', branch: 'feature' });
    const other = run({ conclusion: 'failure', sha: 'bbb', at: '2026-03-02T12:00:00Z' });
    const lintSameSha = run({
      workflow: 'Lint',
      conclusion: 'failure',
      sha: 'aaa',
      at: '2026-03-02T10:00:00Z',
    });
    expect(findFlakyCommits([passed, other, failed, lintSameSha], always)).toEqual([
      {
        workflowId: 1,
        workflow: 'CI',
        branch: 'feature',
        sha: 'aaa',
        kind: 'another-run',
        failedRunIds: [failed.id],
        passedRunId: passed.id,
        jobs: [],
      },
    ]);
  });

  it('counts a commit that passed first and failed later too: the failure is not the code', () => {
    const passed = run({ conclusion: 'success', sha: 'ggg', at: '2026-03-02T10:00:00Z' });
    const failed = run({ conclusion: 'failure', sha: 'ggg', at: '2026-03-02T11:00:00Z' });
    expect(findFlakyCommits([passed, failed], always).map((f) => [f.failedRunIds, f.passedRunId])).toEqual([
      [[failed.id], passed.id],
    ]);
  });

  it('counts a re-run only when the earlier attempt is known to have failed', () => {
    const rerun = run({ conclusion: 'success', sha: 'ccc', attempt: 2, at: '2026-03-03T10:00:00Z' });
    const unknown = run({ conclusion: 'success', sha: 'ddd', attempt: 3, at: '2026-03-03T11:00:00Z' });
    const rerunOfGreen = run({ conclusion: 'success', sha: 'eee', attempt: 2, at: '2026-03-03T12:00:00Z' });
    const findings = new Map([
      [rerun.id, { earlierAttemptFailed: true, failedJobs: ['test (ubuntu)', 'build'] }],
      [rerunOfGreen.id, { earlierAttemptFailed: false, failedJobs: [] }],
    ]);
    expect(rerunCandidates([rerun, unknown, rerunOfGreen]).map((r) => r.id)).toEqual([
      rerunOfGreen.id,
      unknown.id,
      rerun.id,
    ]);
    expect(findFlakyCommits([rerun, unknown, rerunOfGreen], always, findings)).toEqual([
      {
        workflowId: 1,
        workflow: 'CI',
        branch: 'main',
        sha: 'ccc',
        kind: 'rerun',
        failedRunIds: [rerun.id],
        passedRunId: rerun.id,
        jobs: ['build', 'test (ubuntu)'],
      },
    ]);
  });

  it('leaves out failures not charged to the workflow (an outage day)', () => {
    const failed = run({ conclusion: 'failure', sha: 'fff', at: '2026-03-04T10:00:00Z' });
    const passed = run({ conclusion: 'success', sha: 'fff', at: '2026-03-05T10:00:00Z' });
    const charged = (r: { createdAt: number }) => utcDay(r.createdAt) !== '2026-03-04';
    expect(findFlakyCommits([failed, passed], charged)).toEqual([]);
  });
});

describe('incidents', () => {
  it('runs from the end of the first failure to the end of the next success, per branch', () => {
    const runs = [
      run({ conclusion: 'success', at: '2026-03-02T08:00:00Z', minutes: 5 }),
      run({ conclusion: 'failure', at: '2026-03-02T09:00:00Z', minutes: 10, id: 501 }),
      run({ conclusion: 'failure', at: '2026-03-02T10:00:00Z', minutes: 10 }),
      run({ conclusion: 'cancelled', at: '2026-03-02T10:30:00Z', minutes: 1 }),
      run({ conclusion: 'success', at: '2026-03-02T12:00:00Z', minutes: 20 }),
      run({ conclusion: 'failure', at: '2026-03-03T09:00:00Z', minutes: 3, id: 502 }),
      run({ conclusion: 'failure', at: '2026-03-02T09:30:00Z', minutes: 2, branch: 'dev', id: 503 }),
    ];
    const incidents = findIncidents(runs, () => true);
    expect(incidents).toEqual([
      {
        workflowId: 1,
        branch: 'main',
        start: Date.parse('2026-03-02T09:10:00Z'),
        end: Date.parse('2026-03-02T12:20:00Z'),
        failedRuns: 2,
        firstFailedRunId: 501,
      },
      {
        workflowId: 1,
        branch: 'dev',
        start: Date.parse('2026-03-02T09:32:00Z'),
        failedRuns: 1,
        firstFailedRunId: 503,
      },
      {
        workflowId: 1,
        branch: 'main',
        start: Date.parse('2026-03-03T09:03:00Z'),
        failedRuns: 1,
        firstFailedRunId: 502,
      },
    ]);
  });

  it('ignores failures that are not charged', () => {
    const runs = [
      run({ conclusion: 'failure', at: '2026-03-04T09:00:00Z' }),
      run({ conclusion: 'success', at: '2026-03-05T09:00:00Z' }),
    ];
    expect(findIncidents(runs, (r) => utcDay(r.createdAt) !== '2026-03-04')).toEqual([]);
  });
});
