import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * The analyzer on what erlc, EUnit, rebar3, Common Test, Dialyzer, mix/ExUnit, GHC, cabal, hspec,
 * HUnit, HLint, lein/clojure.test and scalac really printed (scripts/fixtures/projects). Only the
 * tune split is asserted; the held-out cases are measured, not tested, so nobody tunes on them.
 */

const ECOSYSTEMS = new Set(['erlang', 'elixir', 'haskell', 'clojure', 'scala']);
const MAX_SHOWN = 15;

const cases = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem) && c.split === 'tune');

describe('Erlang, Elixir, Haskell, Clojure and Scala recordings (tune split)', () => {
  it('has recordings of every ecosystem', () => {
    expect(new Set(cases.map((c) => c.ecosystem))).toEqual(ECOSYSTEMS);
  });

  for (const c of cases) {
    it(`${c.id}: shows a gold line, names ${c.category}`, async () => {
      const a = await analyzeFile(c.log);
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
      expect(
        shown.filter((n) => c.gold.has(n)),
        `gold ${[...c.gold].join(',')}, shown ${shown.join(',')}`,
      ).not.toEqual([]);
      expect(a.category).toBe(c.category);
      // An uncaught exception included: its trace is cut to the first frames (trim.ts).
      expect(shown.length, `shown ${shown.join(',')}`).toBeLessThanOrEqual(MAX_SHOWN);
    });
  }
});
