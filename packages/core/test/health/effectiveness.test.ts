import { describe, expect, it } from 'vitest';
import { computeEffectiveness } from '../../src/health/effectiveness.js';
import { run } from './run-factory.js';

const window = { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-03-15T00:00:00Z') };
const t = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe("autoheal's effectiveness", () => {
  it('counts issues, fix pull requests and re-runs of the window', () => {
    const result = computeEffectiveness(window, {
      issues: [
        // Opened and closed in the window after 10 h; test_failure.
        {
          number: 1,
          createdAt: t('2026-03-02T00:00:00Z'),
          state: 'closed',
          closedAt: t('2026-03-02T10:00:00Z'),
          category: 'test_failure',
          reopenedAt: [],
        },
        // Opened before, closed in the window after 30 h, reopened once in the window and once before.
        {
          number: 2,
          createdAt: t('2026-02-27T18:00:00Z'),
          state: 'closed',
          closedAt: t('2026-03-01T00:00:00Z'),
          category: 'network_error',
          reopenedAt: [t('2026-02-28T00:00:00Z'), t('2026-03-03T00:00:00Z')],
        },
        // Opened in the window, unknown category, still open.
        {
          number: 3,
          createdAt: t('2026-03-05T00:00:00Z'),
          state: 'open',
          closedAt: null,
          category: 'unknown',
          reopenedAt: [],
        },
        // Opened in the window without a category label; its events were not read.
        { number: 4, createdAt: t('2026-03-06T00:00:00Z'), state: 'open', closedAt: null, category: null },
        // Closed after the window ends: not closed in it.
        {
          number: 5,
          createdAt: t('2026-03-07T00:00:00Z'),
          state: 'closed',
          closedAt: t('2026-03-15T00:00:00Z'),
          category: 'lint_failure',
          reopenedAt: [],
        },
      ],
      pulls: [
        {
          number: 10,
          createdAt: t('2026-03-02T00:00:00Z'),
          closedAt: t('2026-03-03T00:00:00Z'),
          mergedAt: t('2026-03-03T00:00:00Z'),
        },
        {
          number: 11,
          createdAt: t('2026-03-04T00:00:00Z'),
          closedAt: t('2026-03-05T00:00:00Z'),
          mergedAt: null,
        },
        { number: 12, createdAt: t('2026-03-04T00:00:00Z'), closedAt: null, mergedAt: null },
        {
          number: 13,
          createdAt: t('2026-02-20T00:00:00Z'),
          closedAt: t('2026-02-21T00:00:00Z'),
          mergedAt: null,
        },
      ],
      runs: [
        run({ conclusion: 'success', attempt: 2, actor: 'github-actions[bot]', at: '2026-03-02T00:00:00Z' }),
        run({ conclusion: 'failure', attempt: 2, actor: 'GitHub-Actions[bot]', at: '2026-03-03T00:00:00Z' }),
        run({ conclusion: 'success', attempt: 2, actor: 'mona', at: '2026-03-03T00:00:00Z' }),
        run({ conclusion: 'success', attempt: 1, actor: 'github-actions[bot]', at: '2026-03-03T00:00:00Z' }),
        run({ conclusion: 'success', attempt: 2, actor: 'github-actions[bot]', at: '2026-02-27T00:00:00Z' }),
      ],
      isAutoheal: (login) => login?.toLowerCase() === 'github-actions[bot]',
    });
    expect(result).toEqual({
      issues: { opened: 4, reopened: 1, reopenedUnchecked: 1, closed: 2, medianTimeToCloseMs: 20 * HOUR },
      pulls: { opened: 3, merged: 1, closedUnmerged: 1 },
      reruns: { total: 2, green: 1, failed: 1 },
      coverage: {
        failures: 4,
        categorized: 2,
        share: 0.5,
        byCategory: { test_failure: 1, unknown: 2, lint_failure: 1 },
      },
    });
  });
});
