import { describe, expect, it } from 'vitest';
import type { KeptLine } from '../src/analyzer/blocks.js';
import { LIST_ERRORS, MAX_FINDING_LINES, trimFinding } from '../src/analyzer/trim.js';

/** Kept lines numbered from 1: `[text, weight]`, weight > 0 for a line a rule matched. */
function kept(lines: (string | [string, number])[]): KeptLine[] {
  return lines.map((l, i) => {
    const [text, weight] = typeof l === 'string' ? [l, 0] : l;
    return { no: i + 1, text, weight, role: weight > 0 ? 'error' : 'continuation' };
  });
}
const texts = (lines: KeptLine[]) => lines.map((l) => l.text);

describe('trimFinding', () => {
  it("cuts one exception's trace to its message and the project's first frames", () => {
    const lines = kept([
      ["Error: Cannot find module 'supertest'", 0.9],
      'Require stack:',
      '- /home/runner/work/app/test/app.test.js',
      ...Array.from(
        { length: 6 },
        (_, i) => `    at Module._load (node:internal/modules/cjs/loader:${i}:15)`,
      ),
      '    at Object.<anonymous> (/home/runner/work/app/test/app.test.js:1:17)',
      '    at Object.<anonymous> (/home/runner/work/app/test/helper.js:9:3)',
      '    at Object.<anonymous> (/home/runner/work/app/test/other.js:2:1)',
      ...Array.from(
        { length: 6 },
        (_, i) => `    at run (/home/runner/work/app/node_modules/mocha/lib/run.js:${i}:5)`,
      ),
    ]);
    expect(lines.length).toBeGreaterThan(MAX_FINDING_LINES);
    const out = texts(trimFinding(lines));
    expect(out.length).toBeLessThanOrEqual(MAX_FINDING_LINES);
    expect(out.slice(0, 3)).toEqual(texts(lines.slice(0, 3)));
    // The project's frames come first among those that come back.
    expect(out).toContain('    at Object.<anonymous> (/home/runner/work/app/test/app.test.js:1:17)');
    expect(out).toContain('    at Object.<anonymous> (/home/runner/work/app/test/other.js:2:1)');
  });

  it('keeps the innermost frames of a long Python traceback, each with its source line, and the exception', () => {
    const frames = Array.from({ length: 8 }, (_, i) => [
      `  File "/usr/lib/python3.11/site-packages/lib/mod${i}.py", line ${i + 1}, in call`,
      `    return f${i}()`,
    ]).flat();
    const lines = kept([
      ['Traceback (most recent call last):', 0.5],
      ...frames,
      '  File "/home/runner/work/app/report.py", line 5, in load',
      '    with open(path) as f:',
      '         ^^^^^^^^^^',
      ["FileNotFoundError: [Errno 2] No such file or directory: 'report.json'", 0.8],
    ]);
    const out = texts(trimFinding(lines));
    expect(out.length).toBeLessThanOrEqual(MAX_FINDING_LINES);
    expect(out[out.length - 1]).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'report.json'");
    expect(out).toContain('  File "/home/runner/work/app/report.py", line 5, in load');
    expect(out).toContain('    with open(path) as f:');
  });

  it("cuts a short JVM trace to the project's frames, but leaves a short trace of another runtime whole", () => {
    // kotlin/kotlin-test-assert: kotlin.test's frames above the test's own.
    const jvm = kept([
      '1) addsTaxRoundedUp(CartTest)',
      ['java.lang.AssertionError: tax is rounded up to the cent. Expected <1214>, actual <1213>.', 0.8],
      '\tat kotlin.test.DefaultAsserter.fail(DefaultAsserter.kt:16)',
      '\tat kotlin.test.Asserter$DefaultImpls.assertTrue(Assertions.kt:170)',
      '\tat kotlin.test.AssertionsKt.assertEquals(Unknown Source)',
      '\tat CartTest.addsTaxRoundedUp(CartTest.kt:12)',
      '\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    ]);
    expect(texts(trimFinding(jvm))).toEqual([
      '1) addsTaxRoundedUp(CartTest)',
      'java.lang.AssertionError: tax is rounded up to the cent. Expected <1214>, actual <1213>.',
      '\tat CartTest.addsTaxRoundedUp(CartTest.kt:12)',
    ]);
    // A Go panic's frames are not the JVM's: a short one stays as it was.
    const go = kept([
      ['panic: value has no attribute of that name', 0.9],
      'github.com/zclconf/go-cty/cty.Value.GetAttr({{{0x15dbdf8?}}})',
      '\t/home/runner/go/pkg/mod/github.com/zclconf/go-cty@v1.10.0/cty/value_ops.go:749 +0x305',
    ]);
    expect(texts(trimFinding(go))).toEqual(texts(go));
  });

  it("keeps a cause's own frame, not the Scala library's above it nor Java's '... 20 more'", () => {
    // scala/scala-uncaught-cause, after the IllegalStateException and its frames.
    const cause = kept([
      ['Caused by: java.io.FileNotFoundException: conf/app.properties (No such file or directory)', 0.8],
      '\tat java.base/java.io.FileInputStream.open0(Native Method)',
      '\tat scala.io.Source$.fromFile(Source.scala:91)',
      '\tat Loader$.settings(Loader.scala:5)',
      '\t... 20 more',
    ]);
    expect(texts(trimFinding(cause))).toEqual([
      'Caused by: java.io.FileNotFoundException: conf/app.properties (No such file or directory)',
      '\tat Loader$.settings(Loader.scala:5)',
    ]);
  });

  it('keeps a finding that states many errors whole (a compiler list, a disk-full dump)', () => {
    const lines = kept(
      Array.from({ length: 24 }, (_, i) =>
        i % 4 === 0
          ? ([`src/a.c:${i}:1: error: unknown type name 'foo'`, 0.9] as [string, number])
          : `   ${i} | foo x;`,
      ),
    );
    expect(lines.filter((l) => l.weight > 0).length).toBeGreaterThanOrEqual(LIST_ERRORS);
    expect(trimFinding(lines)).toEqual(lines);
  });

  it('drops a tally printed inside the failure it tallies, but not a tally standing alone', () => {
    const lines = kept([
      ['> Task :app:test FAILED', 0.6],
      ['10 tests completed, 1 failed', 0.55],
      '',
      '',
      ['LogDifferTest > testParsing() FAILED', 0.9],
      '    java.lang.IllegalArgumentException at LogDifferTest.java:61',
    ]);
    expect(texts(trimFinding(lines))).toEqual([
      'LogDifferTest > testParsing() FAILED',
      '    java.lang.IllegalArgumentException at LogDifferTest.java:61',
    ]);
    // Gradle's count of tasks that closes a finding.
    const closing = kept([
      ["Execution failed for task ':app:checkstyleMain'.", 0.75],
      '> Checkstyle rule violations were found. See the report at: file:///build/reports/main.html',
      '5 actionable tasks: 5 executed',
    ]);
    expect(texts(trimFinding(closing))).toEqual(texts(closing.slice(0, 2)));
    const alone = kept([
      ['> Task :app:test FAILED', 0.6],
      ['10 tests completed, 1 failed', 0.55],
    ]);
    expect(trimFinding(alone)).toEqual(alone);
  });

  it('shares the lines among the failures of an over-long finding, so each keeps its expected/received', () => {
    const failure = (name: string, expected: number): (string | [string, number])[] => [
      [`  ● ${name}`, 0.85],
      '',
      '    expect(received).toBe(expected)',
      '',
      `    Expected: ${expected}`,
      '    Received: 4',
      '',
      ...Array.from({ length: 8 }, (_, i) => `      ${i} | code line ${i}`),
    ];
    const lines = kept([...failure('adds', 5), ...failure('sums', 111)]);
    const out = texts(trimFinding(lines));
    expect(out.length).toBeLessThanOrEqual(MAX_FINDING_LINES);
    for (const needle of ['  ● adds', '    Expected: 5', '  ● sums', '    Expected: 111'])
      expect(out).toContain(needle);
  });

  it('ends the lines a rule claims above its error at the command that printed them', () => {
    const lead = (text: string): KeptLine => ({ no: 0, text, weight: 0, role: 'lead' });
    const lines = [
      lead('Cloning repository https://github.com/acme/app.git'),
      lead('[Pipeline] sh'),
      lead('+ gfortran -o t test_mean.f90 && ./t'),
      lead(' mean: expected 2.0, got   3.00000000'),
      { no: 0, text: 'ERROR STOP test_mean failed', weight: 0.8, role: 'error' as const },
    ].map((l, i) => ({ ...l, no: i + 1 }));
    expect(texts(trimFinding(lines))).toEqual([
      ' mean: expected 2.0, got   3.00000000',
      'ERROR STOP test_mean failed',
    ]);
  });
});
