import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../src/analyzer/analyze.js';
import { blindGapCases as cases } from './blind-gaps.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

async function shownText(log: string): Promise<string[]> {
  const a = await analyzeLog(`${log}\n`);
  return a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
}

describe('Ant, quiet sections and rebar3 rules (issue 15)', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // The plain formatter names every test, passing or not: only the status line under it counts.
    checkMiss('ant.junit-brief', '    [junit] Testcase: lowerCases took 0.001 sec');
    checkMiss('ant.junit-plain', '    [junit] Testcase: lowerCases took 0.001 sec');
    // javac's own line without Ant's prefix is javac.error's.
    checkMiss(
      'ant.javac-error',
      'src/Slug.java:3: error: incompatible types: String cannot be converted to int',
    );
    // Gradle's failed task is not Ant's failed test class.
    checkMiss('ant.junit-class-failed', '> Task :test FAILED');
    // PHPUnit's failure and error lists are findings, not quiet sections.
    checkMiss('phpunit.quiet-header', 'There was 1 failure:');
    checkMiss('phpunit.quiet-header', 'There were 2 errors:');
    // RSpec's Failure/Error quotes Ruby, not an Erlang assertion or term: it is rspec's rule's.
    checkMiss('rebar3.failure-error', "     Failure/Error: expect(Slug.of('a b')).to eq('a-b')");
    checkMiss('rebar3.failure-error', "     Failure/Error: expect { Slug.of('') }.to raise_error");
    checkMiss('rebar3.failure-error', "     Failure/Error: title.strip.downcase.tr(' ', '_')");
  });
});

describe('quiet sections (Rule.quiets)', () => {
  // RSpec's real layout (ruby/rspec-pending): the pending example's Failure/Error comes first.
  const pendingThenFailure = [
    '.F*',
    '',
    "Pending: (Failures listed here are expected and do not affect your suite's status)",
    '',
    '  1) Slug drops accents',
    '     # transliteration is not written yet',
    "     Failure/Error: expect(Slug.of('été')).to eq('ete')",
    '',
    '       expected: "ete"',
    '            got: "été"',
    '',
    'Failures:',
    '',
    '  1) Slug joins words with dashes',
    "     Failure/Error: expect(Slug.of('a b')).to eq('a-b')",
    '',
    '       expected: "a-b"',
    '            got: "a_b"',
    '',
  ].join('\n');

  it('does not show an error line under a pending heading', async () => {
    const text = await shownText(pendingThenFailure);
    expect(text.some((t) => t.includes("Slug.of('a b')"))).toBe(true);
    expect(text.some((t) => t.includes("Slug.of('été')"))).toBe(false);
  });

  it('ends at the first line the heading says ends it: a failure after it is found', async () => {
    // Without its "Failures:" heading the failure still ends the section by its unindented line.
    const text = await shownText(pendingThenFailure.replace('Failures:\n', 'Finished in 0.01 seconds\n'));
    expect(text.some((t) => t.includes("Slug.of('a b')"))).toBe(true);
  });

  it('PHPUnit: the risky, incomplete and skipped lists after the failure are not findings', async () => {
    const log = [
      'There was 1 failure:',
      '',
      '1) SlugTest::testSplitsWords',
      'Failed asserting that two arrays are equal.',
      '',
      '/home/runner/work/project/tests/SlugTest.php:17',
      '',
      '--',
      '',
      'There was 1 risky test:',
      '',
      '1) SlugTest::testNoAssertions',
      'This test did not perform any assertions',
      '',
      '/home/runner/work/project/tests/SlugTest.php:20',
      '',
      '--',
      '',
      'There were 2 skipped tests:',
      '',
      '1) SlugTest::testOnlyOnWindows',
      'Windows only',
      '',
      'FAILURES!',
      'Tests: 4, Assertions: 2, Failures: 1, Skipped: 2, Risky: 1.',
    ].join('\n');
    const text = await shownText(log);
    expect(text).toContain('1) SlugTest::testSplitsWords');
    expect(text.some((t) => t.includes('testNoAssertions') || t.includes('testOnlyOnWindows'))).toBe(false);
  });
});

describe('Go subtests under a failed parent', () => {
  it('shows the failing subtest, not its passing siblings', async () => {
    const log = [
      '=== RUN   TestOf/spaces',
      '    slug_test.go:16: Of("a b") = "a_b", want "a-b"',
      '--- FAIL: TestOf (0.00s)',
      '    --- PASS: TestOf/lower (0.00s)',
      '    --- PASS: TestOf/trim (0.00s)',
      '    --- FAIL: TestOf/spaces (0.00s)',
      '    --- PASS: TestOf/empty (0.00s)',
      '    --- SKIP: TestOf/digits (0.00s)',
      'FAIL',
      'FAIL\texample.com/slug\t0.005s',
    ].join('\n');
    const text = await shownText(log);
    expect(text).toContain('    --- FAIL: TestOf/spaces (0.00s)');
    expect(text).toContain('    slug_test.go:16: Of("a b") = "a_b", want "a-b"');
    expect(text.filter((t) => t.includes('--- PASS') || t.includes('--- SKIP'))).toEqual([]);
  });
});
