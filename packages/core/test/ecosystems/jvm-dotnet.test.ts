import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * What Maven, Gradle, kotlinc/kotlin.test, groovyc/GroovyTestCase, mcs, xbuild, NUnit 2 and Mono
 * really printed (scripts/fixtures/projects, recorded by scripts/src/fixtures/generate.ts), and a
 * public `dotnet test` log: on the tune split the analyzer shows a gold line, in at most 15 lines,
 * and names the recorded category. The held-out cases are measured by `pnpm bench:analysis`,
 * never asserted here. (java's javac/JUnit cases are fx-more.test.ts's, scala's fp.test.ts's.)
 */
const ECOSYSTEMS = new Set(['kotlin', 'groovy', 'csharp']);
const JAVA_BUILD_TOOLS = /^java\/(?:maven|gradle)-/;
const MAX_SHOWN = 15;

/** Found and named, but longer than 15 lines today: none since findings are trimmed (trim.ts). */
const TOO_LONG_TODAY = new Set<string>([]);

const all = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem) || JAVA_BUILD_TOOLS.test(c.id));
const tune = all.filter((c) => c.split === 'tune');

describe('Maven, Gradle, Kotlin, Groovy and C# recordings (tune split)', () => {
  it('has Maven, Gradle, Kotlin, Groovy and C# cases to tune on, and some held out', () => {
    for (const prefix of ['java/maven-', 'java/gradle-', 'kotlin/', 'groovy/', 'csharp/'])
      expect(tune.filter((c) => c.id.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(2);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (id, c) => {
      const a = await analyzeFile(c.log);
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
      expect(
        shown.some((n) => c.gold.has(n)),
        `shown ${shown.join(',')}; gold ${[...c.gold].join(',')}`,
      ).toBe(true);
      expect(a.category).toBe(c.category);
      if (TOO_LONG_TODAY.has(id)) expect(shown.length).toBeGreaterThan(MAX_SHOWN);
      else expect(shown.length, `shown ${shown.join(',')}`).toBeLessThanOrEqual(MAX_SHOWN);
    },
  );

  it("Surefire: the failed test and its assertion are shown, not Maven's closing help", async () => {
    const c = tune.find((x) => x.id === 'java/maven-test-failure');
    if (!c) return expect.unreachable('java/maven-test-failure is a tune case');
    const a = await analyzeFile(c.log);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(text.some((t) => t.includes('org.junit.ComparisonFailure: expected:<-3.[]50>'))).toBe(true);
    expect(text.some((t) => t.includes('re-run Maven with the -e switch'))).toBe(false);
  });

  it("shows the reason, not what locates it: kotlinc's source line and caret, groovyc's heading, library frames", async () => {
    const shownOf = async (id: string) => {
      const c = tune.find((x) => x.id === id);
      if (!c) throw new Error(`${id} is a tune case`);
      const a = await analyzeFile(c.log);
      return a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    };
    expect(await shownOf('kotlin/kotlinc-type-mismatch')).toEqual([
      'Shipping.kt:9:22: error: type mismatch: inferred type is Double but Int was expected',
    ]);
    expect(await shownOf('groovy/groovyc-syntax')).toEqual([
      'Report.groovy: 14: unexpected token:  @ line 14, column 1.',
    ]);
    // kotlin.test's own frames go; the test's frame stays.
    expect(await shownOf('kotlin/kotlin-test-assert')).toEqual([
      '1) addsTaxRoundedUp(CartTest)',
      'java.lang.AssertionError: tax is rounded up to the cent. Expected <1214>, actual <1213>.',
      '\tat CartTest.addsTaxRoundedUp(CartTest.kt:12)',
    ]);
    // JUnitCore's dots and timing are not shown beside a test that threw.
    const thrown = await shownOf('kotlin/kotlin-junit-exception');
    expect(thrown).toContain('java.lang.NumberFormatException: For input string: "8080 "');
    expect(thrown.some((t) => t.startsWith('Time: ') || t === '.E.')).toBe(false);
  });
});
