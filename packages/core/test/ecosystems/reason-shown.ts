import { expect } from 'vitest';
import type { EcosystemCase } from '../../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeFile } from '../../src/analyzer/analyze.js';

/** The most lines a finding set may show on a recording (the outside Travis measure allows 15). */
export const MAX_SHOWN = 15;

/**
 * What every ecosystem test asks of a tune recording: a gold line among those shown, at most `max`
 * lines shown, and the recorded category. Returns the analysis for a test's own further checks.
 */
export async function expectReasonShown(c: EcosystemCase, max = MAX_SHOWN): Promise<Analysis> {
  const a = await analyzeFile(c.log);
  const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
  expect(
    shown.some((n) => c.gold.has(n)),
    `${c.id}: shown ${shown.join(',')}; gold ${[...c.gold].join(',')}`,
  ).toBe(true);
  expect(shown.length, `${c.id}: shown ${shown.join(',')}`).toBeLessThanOrEqual(max);
  expect(a.category, c.id).toBe(c.category);
  return a;
}
