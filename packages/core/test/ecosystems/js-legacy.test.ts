import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * JavaScript tools of the Travis era (mocha 2–5, jasmine 2, jest 20–24, tap, tape, ava, karma,
 * qunit, JSHint, JSCS, ESLint 3–5, standard, TSLint, tsc 1.8/2, grunt 0.4, gulp 3), recorded
 * through npm 3/5/6 and yarn 1 so each log ends with the package manager's failure footer. On the
 * tune cases the analyzer must show a gold line (the test or the offence, not the footer), in at
 * most 15 lines, and name the recorded category. Held-out cases are measured, never asserted.
 */
const OLD_PM = /(?:^|-)(?:npm\d|yarn1)(?:-|$)/;
const all = listEcosystemCases().filter((c) => c.ecosystem === 'js' && OLD_PM.test(c.name));
const tune = all.filter((c) => c.split === 'tune');
const FOOTER =
  /^(?:npm ERR! (?:Test failed|code ELIFECYCLE|errno |Exit status|Failed at the)|error Command failed with exit code )/;

describe('recorded JavaScript failures under old npm and yarn 1', () => {
  it('has recordings through npm 3, 5, 6 and yarn 1, with some held out', () => {
    for (const pm of ['npm3-', 'npm5-', 'npm6-', 'yarn1-'])
      expect(
        all.some((c) => c.name.includes(pm)),
        pm,
      ).toBe(true);
    expect(tune.length).toBeGreaterThanOrEqual(15);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows the reason, not the package manager footer',
    async (_id, c) => {
      const a = await analyzeFile(c.log);
      const shown = a.findings.flatMap((f) => f.excerpt);
      expect(
        shown.some((l) => c.gold.has(l.no)),
        `shown ${JSON.stringify(shown.map((l) => l.no))}, gold ${JSON.stringify([...c.gold])}`,
      ).toBe(true);
      expect(shown.length).toBeLessThanOrEqual(15);
      expect(shown.filter((l) => FOOTER.test(l.text))).toEqual([]);
      expect(a.category).toBe(c.category);
    },
  );
});
