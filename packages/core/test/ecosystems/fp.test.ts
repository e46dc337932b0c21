import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * The analyzer on what erlc, EUnit, rebar3, Common Test, Dialyzer, mix/ExUnit, GHC, cabal, hspec,
 * HUnit, HLint, lein/clojure.test, scalac and JUnit 4 on Scala really printed (scripts/fixtures/projects),
 * and public sbt logs (ScalaTest, scalastyle, scalac under sbt 0.13 and 1.x). Only the
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

  it("sbt: ScalaTest's failed test and its message are shown, not sbt's closing lines", async () => {
    const c = cases.find((x) => x.id === 'scala/sbt-scalatest-failed');
    if (!c) return expect.unreachable('scala/sbt-scalatest-failed is a tune case');
    const a = await analyzeFile(c.log);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(text).toContain('[info] - should have 1 task due today *** FAILED ***');
    expect(text).toContain(
      '[info]   List() had length 0 instead of expected length 1 (TaskManagerSpec.scala:15)',
    );
    for (const tail of ['Failed tests:', 'sbt.TestsFailedException', 'Total time:', 'TEST FAILED ***'])
      expect(
        text.some((t) => t.includes(tail)),
        tail,
      ).toBe(false);
  });

  it('sbt: a task that failed with its own message shows it (scalastyle without its config)', async () => {
    const c = cases.find((x) => x.id === 'scala/sbt-scalastyle-no-config');
    if (!c) return expect.unreachable('scala/sbt-scalastyle-no-config is a tune case');
    const a = await analyzeFile(c.log);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(text).toContain('[error] (compile:scalastyle) config does not exist: scalastyle-config.xml');
    expect(text.some((t) => t.includes('Total time:'))).toBe(false);
    expect(a.category).toBe('missing_file');
  });
});
