import { describe, expect, it } from 'vitest';
import { durationMs, fromApiRun, outcomeOf, utcDay } from '../../src/health/runs.js';
import { median, percentile, share } from '../../src/health/stats.js';
import { run } from './run-factory.js';

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeUndefined();
  });

  it('takes the nearest rank for p95, always one of the values', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(twenty, 95)).toBe(19); // rank ⌈0.95·20⌉ = 19
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10); // rank ⌈9.5⌉ = 10
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 95)).toBeUndefined();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it('gives no share of nothing', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBeNull();
  });
});

describe('runs', () => {
  it('sorts conclusions into outcomes', () => {
    const outcome = (conclusion: string) => outcomeOf({ status: 'completed', conclusion });
    expect(outcome('success')).toBe('success');
    expect(['failure', 'timed_out', 'startup_failure'].map(outcome)).toEqual([
      'failure',
      'failure',
      'failure',
    ]);
    expect(outcome('cancelled')).toBe('cancelled');
    expect(['skipped', 'neutral', 'stale', 'action_required'].map(outcome)).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
    expect(outcomeOf({ status: 'in_progress', conclusion: null })).toBe('pending');
  });

  it('measures the latest attempt from its start to its end, only once completed', () => {
    expect(durationMs(run({ conclusion: 'success', at: '2026-03-01T10:00:00Z', minutes: 7 }))).toBe(420_000);
    expect(
      durationMs(run({ conclusion: 'in_progress', at: '2026-03-01T10:00:00Z', minutes: 7 })),
    ).toBeUndefined();
  });

  it('reads the API shape, falling back where GitHub leaves fields out', () => {
    const r = fromApiRun({
      id: 7,
      workflow_id: 3,
      name: 'CI',
      path: '.github/workflows/ci.yml',
      head_branch: null,
      head_sha: 'abc',
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      created_at: '2026-03-01T10:00:00Z',
      updated_at: '2026-03-01T10:05:00Z',
      triggering_actor: { login: 'github-actions[bot]' },
    });
    expect(r).toMatchObject({
      attempt: 1,
      branch: '',
      startedAt: Date.parse('2026-03-01T10:00:00Z'),
      updatedAt: Date.parse('2026-03-01T10:05:00Z'),
      triggeringActor: 'github-actions[bot]',
    });
    expect(utcDay(r.createdAt)).toBe('2026-03-01');
  });
});
