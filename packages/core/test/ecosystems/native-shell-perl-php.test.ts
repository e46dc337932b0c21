import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * What the analyzer makes of real output of C/C++ build and test tools, shell scripts, Perl and
 * PHP (recorded by scripts/src/fixtures/generate.ts). Only the `tune` cases are asserted: the
 * held-out ones measure the rules, they do not shape them.
 */
const ECOSYSTEMS = new Set(['c', 'shell', 'perl', 'php']);
const cases = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem));
const tune = cases.filter((c) => c.split === 'tune');

describe('C/C++, shell, Perl and PHP recordings', () => {
  it('has recordings of each ecosystem to tune on', () => {
    for (const eco of ECOSYSTEMS)
      expect(tune.filter((c) => c.ecosystem === eco).length, eco).toBeGreaterThanOrEqual(4);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );
});
