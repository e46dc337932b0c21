import type { RuleCase } from './rule-cases.js';

// prove/Test::More, perl -c, @INC and cpanm. Lines from packages/fixtures/ecosystems/perl (tune cases).
export const perlCases: RuleCase[] = [
  {
    rule: 'testmore.failed',
    line: "#   Failed test 'leading and trailing separators are dropped'",
    category: 'test_failure',
    facts: { tests: ['leading and trailing separators are dropped'] },
  },
  {
    rule: 'testmore.detail',
    line: '#   at t/slug.t line 8.',
    facts: { locations: [{ file: 't/slug.t', line: 8 }] },
  },
  { rule: 'testmore.detail', line: "#          got: '-trim-me-'", category: 'test_failure' },
  { rule: 'testmore.detail', line: "#     expected: 'trim-me'", category: 'test_failure' },
  // perl/prove-die-midway: the test script died after two of three tests.
  {
    rule: 'testmore.plan',
    line: '# Looks like your test exited with 255 just after 2.',
    category: 'test_failure',
  },
  { rule: 'testmore.count', line: '# Looks like you failed 2 tests of 4.', category: 'test_failure' },
  {
    rule: 'tap.not-ok',
    line: 'not ok 3 - lower bound is inclusive',
    category: 'test_failure',
    facts: { tests: ['lower bound is inclusive'] },
  },
  {
    rule: 'perl.syntax-error',
    line: 'syntax error at lib/Report.pm line 9, near "};"',
    category: 'compile_error',
    facts: { locations: [{ file: 'lib/Report.pm', line: 9 }] },
  },
  {
    rule: 'perl.syntax-error',
    line: 'Global symbol "$totl" requires explicit package name (did you forget to declare "my $totl"?) at lib/Totals.pm line 9.',
    category: 'compile_error',
    facts: { locations: [{ file: 'lib/Totals.pm', line: 9 }] },
  },
  {
    rule: 'perl.compilation-aborted',
    line: 'lib/Report.pm had compilation errors.',
    category: 'compile_error',
  },
  {
    rule: 'perl.missing-module',
    line: "#     Error:  Can't locate Mojo/UserAgent.pm in @INC (you may need to install the Mojo::UserAgent module) (@INC contains: /home/runner/work/project/lib /etc/perl) at /home/runner/work/project/lib/Fetch.pm line 4.",
    category: 'missing_dependency',
    facts: { module: 'Mojo::UserAgent' },
  },
  {
    rule: 'cpanm.not-found',
    line: "! Couldn't find module or a distribution Try::Tiny::SmartCatch",
    category: 'missing_dependency',
    facts: { package: 'Try::Tiny::SmartCatch' },
  },
  {
    rule: 'cpanm.not-found',
    line: "! Installing the dependencies failed: Module 'Try::Tiny::SmartCatch' is not installed, Module 'Test2::V0' is not installed",
    category: 'missing_dependency',
  },
];
