import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * The analyzer on what erlc, EUnit, rebar3, Common Test, Dialyzer, mix/ExUnit, GHC, cabal, hspec,
 * HUnit, HLint, lein/clojure.test, scalac and JUnit 4 on Scala really printed (scripts/fixtures/projects),
 * and public logs (sbt with ScalaTest, scalastyle, scalac under sbt 0.13 and 1.x; MUnit's and specs2's
 * console output as their own test suites assert it). Only the
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

  it("MUnit: the failed tests' ==> X lines are shown, not the run's closing count", async () => {
    const c = cases.find((x) => x.id === 'scala/munit-verbose-run-summary');
    if (!c) return expect.unreachable('scala/munit-verbose-run-summary is a tune case');
    const a = await analyzeFile(c.log);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    for (const test of ['pending.failed.not-ignored', 'pending.failed.not-ignored.comment'])
      expect(text).toContain(
        `==> X munit.SkippedFrameworkSuite.${test} <elapsed time>munit.FailException: tests/shared/src/main/scala/munit/SkippedFrameworkSuite.scala:${test.endsWith('comment') ? 41 : 38} assertion failed`,
      );
    expect(text.some((t) => t.startsWith('Test run munit.SkippedFrameworkSuite finished:'))).toBe(false);
    // Ignored, pending and skipped tests are not failures.
    expect(text.some((t) => t.startsWith('==> i ') || t.startsWith('==> s '))).toBe(false);
    expect(a.findings[0]?.facts?.tests).toEqual([
      expect.stringMatching(/^munit\.SkippedFrameworkSuite\.pending\.failed\.not-ignored/),
    ]);
  });

  it("MUnit: a test over its timeout is named by its ==> X line, as a timeout, not the fixtures' prints", async () => {
    const c = cases.find((x) => x.id === 'scala/munit-timeout');
    if (!c) return expect.unreachable('scala/munit-timeout is a tune case');
    const a = await analyzeFile(c.log);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(text).toContain(
      '==> X munit.Issue285FrameworkSuite.issue-285-fail <elapsed time>java.util.concurrent.TimeoutException: test timed out after 5 milliseconds',
    );
    expect(text.some((t) => t.startsWith('beforeEach') || t.startsWith('afterAll'))).toBe(false);
    expect(a.category).toBe('timeout');
  });

  it("specs2: a failed example's x line and its message, an errored example's ! line and its exception", async () => {
    for (const [id, lines] of [
      ['scala/specs2-not-equal', ['[error] x e1', "[error]  '1' is not equal to '2'"]],
      ['scala/specs2-error-example', ['[error] ! e1', '[error]  boom']],
    ] as const) {
      const c = cases.find((x) => x.id === id);
      if (!c) return expect.unreachable(`${id} is a tune case`);
      const a = await analyzeFile(c.log);
      expect(a.findings[0]?.excerpt.map((l) => l.text)).toEqual(lines);
      expect(a.findings[0]?.facts?.tests).toEqual(['e1']);
    }
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
