import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * Issue 15's rule gaps, on what the tools really printed (scripts/fixtures/projects, recorded by
 * scripts/src/fixtures/generate.ts): Ant with JUnit 4 (<javac>, <junit> with the plain and brief
 * formatters, haltonfailure on and off), `go test` with subtests (table-driven, nested, parallel),
 * RSpec with pending and skipped examples, PHPUnit with risky, incomplete and skipped tests. On
 * the tune split the analyzer shows a gold line, in at most 15 lines, and names the recorded
 * category; the held-out cases are measured by `pnpm bench:analysis`, never asserted here.
 */
const CASES = /^(?:java\/ant-|go\/subtests-|ruby\/rspec-pending|php\/phpunit-(?:risky|skipped|incomplete)-)/;
const MAX_SHOWN = 15;

const all = listEcosystemCases().filter((c) => CASES.test(c.id));
const tune = all.filter((c) => c.split === 'tune');

async function shown(id: string): Promise<string[]> {
  const c = tune.find((x) => x.id === id);
  if (!c) throw new Error(`${id} is not a tune case`);
  const a = await analyzeFile(c.log);
  return a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
}

describe('Ant, Go subtest, RSpec pending and PHPUnit risky recordings (tune split)', () => {
  it('has cases of each shape to tune on, and some held out', () => {
    for (const prefix of [
      'java/ant-junit4',
      'java/ant-javac',
      'go/subtests-',
      'ruby/rspec-pending',
      'php/phpunit-',
    ])
      expect(tune.filter((c) => c.id.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(2);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      const a = await analyzeFile(c.log);
      const lines = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
      expect(
        lines.some((n) => c.gold.has(n)),
        `shown ${lines.join(',')}; gold ${[...c.gold].join(',')}`,
      ).toBe(true);
      expect(a.category).toBe(c.category);
      expect(lines.length, `shown ${lines.join(',')}`).toBeLessThanOrEqual(MAX_SHOWN);
    },
  );

  it('Ant: the failed test and its assertion are shown, not the passing tests or the build file line', async () => {
    const text = await shown('java/ant-junit4-assert');
    expect(text.some((t) => t.includes('Testcase: dashesSpaces took'))).toBe(true);
    expect(text.some((t) => t.includes('AssertionFailedError: expected:<a[-]b>'))).toBe(true);
    expect(text.some((t) => t.includes('Testcase: lowerCases'))).toBe(false);
    expect(text.some((t) => t.includes('build.xml:19: Test SlugTest failed'))).toBe(false);
  });

  it('Ant: a test class that does not compile shows javac error, not "Compile failed"', async () => {
    const text = await shown('java/ant-javac-test-error');
    expect(text.some((t) => t.includes('SlugTest.java:7: error: cannot find symbol'))).toBe(true);
    expect(text.some((t) => t.includes('Compile failed; see the compiler error output'))).toBe(false);
  });

  it('go test -v: the failing subtest and its message, not its passing siblings', async () => {
    for (const id of ['go/subtests-table', 'go/subtests-parallel', 'go/subtests-nested-fatal']) {
      const text = await shown(id);
      expect(
        text.some((t) => /--- FAIL: \w+\/\w+/.test(t)),
        id,
      ).toBe(true);
      expect(
        text.some((t) => t.includes('--- PASS')),
        id,
      ).toBe(false);
      // t.Log output of the passing subtests is not a failure message.
      expect(
        text.some((t) => t.includes('checking')),
        id,
      ).toBe(false);
    }
  });

  it("RSpec: the pending example's Failure/Error is not shown, the real failure is", async () => {
    const text = await shown('ruby/rspec-pending');
    expect(text.some((t) => t.includes("Failure/Error: expect(Slug.of('a b')).to eq('a-b')"))).toBe(true);
    expect(text.some((t) => t.includes("Slug.of('été')"))).toBe(false);
    const deprecation = await shown('ruby/rspec-pending-deprecation');
    expect(deprecation.some((t) => t.includes("Slug.of('ÉTÉ')"))).toBe(false);
  });

  it('PHPUnit: the skipped, incomplete and risky tests are not findings', async () => {
    for (const id of ['php/phpunit-skipped-failure', 'php/phpunit-incomplete-failure']) {
      const text = await shown(id);
      expect(
        text.some((t) => /testTitles|testSplitsWords/.test(t)),
        id,
      ).toBe(true);
      expect(
        text.some((t) => /testOnlyOnWindows|testNeedsIntl|testLater|testNoAssertions/.test(t)),
        id,
      ).toBe(false);
    }
  });
});
