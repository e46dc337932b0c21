import type { RuleCase } from './rule-cases.js';

// SwiftLint, Swift traps, XCUITest, Raku (whose Test module prints Test::More's diagnostics),
// Octave, ERT, rackunit/Racket, SBCL, CoffeeScript, PHPStan. Lines from
// packages/fixtures/ecosystems/{swift,raku,octave,lisp,coffeescript,php} (tune cases).
export const travisLangCases: RuleCase[] = [
  {
    rule: 'swiftlint.violation',
    line: 'filename:1:2: error: Syntactic Sugar Violation: Shorthand syntactic sugar should be used, i.e. [Int] instead of Array<Int>. (syntactic_sugar)',
    category: 'lint_failure',
    facts: {
      tool: 'swiftlint',
      code: 'syntactic_sugar',
      locations: [{ file: 'filename', line: 1, column: 2 }],
    },
  },
  {
    rule: 'swiftlint.violation',
    line: '<nopath>:1:1: error: Colon Spacing Violation: Colons should be next to the identifier when specifying a type and next to the key in dictionary literals. (colon)',
    category: 'lint_failure',
    facts: { code: 'colon' },
  },
  {
    rule: 'swift.fatal-error',
    line: 'DateTests/CalendarDayTests.swift:63: Fatal error: This test is not implemented yet.',
    category: 'test_failure',
    facts: { locations: [{ file: 'DateTests/CalendarDayTests.swift', line: 63 }] },
  },
  {
    rule: 'xcuitest.assertion',
    line: "    t =    22.27s             Assertion Failure: <unknown>:0: UI Testing Failure - Unable to find hit point for element Button 0x608001165880: {{74.0, -54.0}, {44.0, 38.0}}, label: 'Disconnect'",
    category: 'test_failure',
  },
  {
    rule: 'raku.compile-error',
    line: '===SORRY!=== Error while compiling /home/runner/work/project/t/json.t',
    category: 'compile_error',
    facts: { file: '/home/runner/work/project/t/json.t' },
  },
  {
    rule: 'raku.missing-module',
    line: 'Could not find JSON::Fast in:',
    category: 'missing_dependency',
    facts: { module: 'JSON::Fast' },
  },
  {
    rule: 'raku.exception-frame',
    line: '  in sub load-port at /home/runner/work/project/lib/Config.rakumod (Config) line 4',
    category: 'test_failure',
    facts: { locations: [{ file: '/home/runner/work/project/lib/Config.rakumod', line: 4 }] },
  },
  {
    rule: 'raku.exception-frame',
    line: '  in block <unit> at t/config.t line 6',
    facts: { locations: [{ file: 't/config.t', line: 6 }] },
  },
  {
    rule: 'testmore.failed',
    line: "# Failed test 'add sums two numbers'",
    category: 'test_failure',
  },
  {
    rule: 'octave.assert',
    line: 'error: ASSERT errors for:  assert (normalize ([-4, 2]),[-1, 0.5],1e-12)',
    category: 'test_failure',
  },
  {
    rule: 'octave.undefined',
    line: "error: 'robust_median' undefined near line 2, column 5",
    category: 'compile_error',
    facts: { locations: [{ file: '', line: 2, column: 5 }] },
  },
  { rule: 'octave.called-from', line: 'error: called from', category: 'test_failure' },
  {
    rule: 'ert.condition',
    line: 'Test slug-make-lowercases condition:',
    category: 'test_failure',
    facts: { tests: ['slug-make-lowercases'] },
  },
  {
    rule: 'ert.failed',
    line: '   FAILED  1/2  ini-value-missing-key (0.000123 sec)',
    category: 'test_failure',
    facts: { tests: ['ini-value-missing-key'] },
  },
  { rule: 'ert.failed', line: '   FAILED  slug-make-lowercases', facts: { tests: ['slug-make-lowercases'] } },
  { rule: 'rackunit.result', line: 'FAILURE', category: 'test_failure' },
  { rule: 'rackunit.values', line: "actual:     '()", category: 'test_failure' },
  { rule: 'rackunit.values', line: "expected:   '(1)" },
  {
    rule: 'racket.error',
    line: 'parse.rkt:3:0: read-syntax: expected a `)` to close `(`',
    category: 'compile_error',
    facts: { locations: [{ file: 'parse.rkt', line: 3, column: 0 }] },
  },
  { rule: 'racket.error', line: 'json-test.rkt:2:18: collection not found', category: 'missing_dependency' },
  {
    rule: 'sbcl.unhandled',
    line: 'Unhandled SIMPLE-ERROR in thread #<SB-THREAD:THREAD "main thread" RUNNING',
    category: 'test_failure',
    facts: { code: 'SIMPLE-ERROR' },
  },
  {
    rule: 'sbcl.unhandled',
    line: 'Unhandled UNDEFINED-FUNCTION in thread #<SB-THREAD:THREAD "main thread" RUNNING',
    category: 'compile_error',
  },
  {
    rule: 'coffee.frame',
    line: '    at Object.<anonymous> (/home/runner/work/project/app.coffee:6:24)',
    category: 'test_failure',
    facts: { locations: [{ file: '/home/runner/work/project/app.coffee', line: 6, column: 24 }] },
  },
  {
    rule: 'phpstan.file-table',
    line: '  Line   foo.php',
    category: 'lint_failure',
    facts: { tool: 'phpstan', file: 'foo.php' },
  },
];
