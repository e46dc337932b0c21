import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * Languages of the Travis era without a GitHub Actions recording before: Xcode/Swift (public logs
 * from xcpretty, xcbeautify and SwiftLint test data), and what Raku, Octave, tsc, CoffeeScript,
 * ERT, Racket and SBCL really printed (recorded by scripts/src/fixtures/generate.ts). On the
 * cases rules are tuned on, the analyzer must show a gold line, in at most 15 lines, and name the
 * recorded category. Held-out cases are measured by the benchmark, never asserted here.
 */
const ECOSYSTEMS = ['swift', 'raku', 'octave', 'typescript', 'coffeescript', 'lisp'];
const all = listEcosystemCases().filter((c) => ECOSYSTEMS.includes(c.ecosystem));
const tune = all.filter((c) => c.split === 'tune');

describe('recorded Swift, Raku, Octave, TypeScript, CoffeeScript and Lisp failures', () => {
  it('has recordings of every family, with some held out', () => {
    for (const eco of ECOSYSTEMS)
      expect(
        tune.some((c) => c.ecosystem === eco),
        eco,
      ).toBe(true);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows the reason, briefly, and names it',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );
});
