import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';
import { expectReasonShown, MAX_SHOWN } from './reason-shown.js';

/**
 * What the analyzer makes of Julia (public logs: the Test stdlib's and the manual's doctests, Pkg's
 * manual, Documenter's recorded stdout) and of Nix 2.8 (recorded by scripts/src/fixtures/generate.ts).
 * Only the `tune` cases are asserted: the held-out ones measure the rules, they do not shape them.
 */
const ECOSYSTEMS = new Set(['julia', 'nix']);
const cases = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem));
const tune = cases.filter((c) => c.split === 'tune');

/**
 * `throw "…"` prints the project's own words after "error: " and, in Nix 2.8, no position: nothing
 * in the raw line says Nix, so no category is claimed for it (under a CI step named `nix-build`
 * the step's name gives one).
 */
const NO_CATEGORY = new Set(['nix/throw-unsupported']);

const shownLines = async (log: string) =>
  (await analyzeFile(log)).findings.flatMap((f) => f.excerpt.map((l) => ({ no: l.no, text: l.text })));

describe('Julia and Nix recordings', () => {
  it('has recordings of each to tune on', () => {
    for (const eco of ECOSYSTEMS)
      expect(tune.filter((c) => c.ecosystem === eco).length, eco).toBeGreaterThanOrEqual(2);
  });

  it.each(tune.filter((c) => !NO_CATEGORY.has(c.id)).map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );

  it.each([...NO_CATEGORY].map((id) => [id, cases.find((c) => c.id === id)!] as const))(
    '%s: shows the thrown message first, at most 15 lines',
    async (_id, c) => {
      const shown = await shownLines(c.log);
      expect(c.gold.has(shown[0]?.no ?? 0), JSON.stringify(shown)).toBe(true);
      expect(shown.length).toBeLessThanOrEqual(MAX_SHOWN);
    },
  );

  it("shows the builder's failing line, not Nix's closing lines about the derivation", async () => {
    const closing = /^error: (?:builder for '|\d+ dependencies of derivation ')/;
    let builds = 0;
    for (const c of tune) {
      if (c.ecosystem !== 'nix' || !/^error: builder for /m.test(readFileSync(c.log, 'utf8'))) continue;
      builds += 1;
      const shown = await shownLines(c.log);
      expect(
        shown.filter((l) => closing.test(l.text)),
        c.id,
      ).toEqual([]);
      expect(
        shown.some((l) => c.gold.has(l.no)),
        c.id,
      ).toBe(true);
    }
    // nix-build's own output, nix build's quoted tail, and a dependency that failed first.
    expect(builds).toBeGreaterThanOrEqual(3);
  });

  it("shows an evaluation error's position under it, not the code frame", async () => {
    const c = cases.find((x) => x.id === 'nix/eval-undefined-variable')!;
    const shown = (await shownLines(c.log)).map((l) => l.text.trim()).filter((t) => t !== '');
    expect(shown).toEqual([
      "error: undefined variable 'versoin'",
      'at /home/runner/work/project/default.nix:5:20:',
    ]);
  });
});
