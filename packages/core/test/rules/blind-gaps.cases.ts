import type { RuleCase } from './rule-cases.js';

// Issue 15's rule gaps: Ant's <javac>/<junit> task lines, the headings of RSpec's pending and
// PHPUnit's risky/incomplete/skipped lists, and rebar3's Failure/Error (lines from the recordings
// under packages/fixtures/ecosystems/{java,ruby,php,erlang}).
export const blindGapCases: RuleCase[] = [
  {
    rule: 'ant.javac-error',
    line: '    [javac] /home/runner/work/project/test/SlugTest.java:7: error: cannot find symbol',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/test/SlugTest.java', line: 7 }] },
  },
  {
    rule: 'ant.javac-error',
    line: '    [javac] /home/runner/work/project/src/Slug.java:3: error: incompatible types: String cannot be converted to int',
    category: 'compile_error',
  },
  {
    rule: 'ant.junit-brief',
    line: '    [junit] Testcase: padsCents(com.acme.MoneyTest):\tFAILED',
    category: 'test_failure',
    facts: { tests: ['com.acme.MoneyTest.padsCents'] },
  },
  {
    rule: 'ant.junit-brief',
    line: '    [junit] Testcase: emptyIsEmpty(SlugTest):\tCaused an ERROR',
    category: 'test_failure',
    facts: { tests: ['SlugTest.emptyIsEmpty'] },
  },
  { rule: 'ant.junit-plain', line: '    [junit] \tFAILED', category: 'test_failure' },
  { rule: 'ant.junit-plain', line: '    [junit] \tCaused an ERROR', category: 'test_failure' },
  {
    rule: 'ant.junit-class-failed',
    line: '    [junit] Test com.acme.MoneyTest FAILED',
    category: 'test_failure',
    facts: { tests: ['com.acme.MoneyTest'] },
  },
  { rule: 'ant.build-failed', line: 'BUILD FAILED' },
  { rule: 'ant.task-pointer', line: '/home/runner/work/project/build.xml:19: Test SlugTest failed' },
  {
    rule: 'ant.task-pointer',
    line: '/home/runner/work/project/build.xml:16: Compile failed; see the compiler error output for details.',
  },
  { rule: 'ant.javac-count', line: '    [javac] 1 error' },
  {
    rule: 'rspec.pending-header',
    line: "Pending: (Failures listed here are expected and do not affect your suite's status)",
  },
  // RSpec 2 and rebar3 print the heading alone.
  { rule: 'rspec.pending-header', line: 'Pending:' },
  { rule: 'phpunit.quiet-header', line: 'There was 1 risky test:' },
  { rule: 'phpunit.quiet-header', line: 'There were 2 incomplete tests:' },
  { rule: 'phpunit.quiet-header', line: 'There was 1 skipped test:' },
  { rule: 'phpunit.quiet-header', line: 'There were 2 skipped tests:' },
  {
    rule: 'rebar3.failure-error',
    line: '     Failure/Error: ?assertEqual(32.0, temp : c_to_f ( 0 ))',
    category: 'test_failure',
  },
  { rule: 'rebar3.failure-error', line: '     Failure/Error: {error,badarith,[{temp,c_to_f,1,[]}]}' },
];
