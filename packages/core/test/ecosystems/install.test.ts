import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * Builds that fail while installing what they need, as npm, yarn 1, pnpm, pip, Bundler, gem, Go,
 * apt-get, ./configure, pkg-config and CMake really printed (scripts/fixtures/projects/install).
 * Only the tune split is asserted; the held-out cases are measured, not tested.
 */
const MAX_SHOWN = 15;
const cases = listEcosystemCases().filter((c) => c.ecosystem === 'install');
const tune = cases.filter((c) => c.split === 'tune');

describe('dependency install recordings (tune split)', () => {
  it('has recordings of each installer to tune on', () => {
    const tools = new Set(tune.map((c) => c.id.split('/')[1]!.split('-')[0]));
    for (const tool of ['npm', 'yarn', 'pnpm', 'pip', 'bundler', 'gem', 'go', 'apt', 'configure'])
      expect(tools, tool).toContain(tool);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      const a = await analyzeFile(c.log);
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
      expect(
        shown.some((n) => c.gold.has(n)),
        `shown ${shown.join(',')}; gold ${[...c.gold].join(',')}`,
      ).toBe(true);
      expect(shown.length, `shown ${shown.join(',')}`).toBeLessThanOrEqual(MAX_SHOWN);
      expect(a.category).toBe(c.category);
    },
  );
});
