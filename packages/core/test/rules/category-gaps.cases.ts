import type { RuleCase } from './rule-cases.js';

// Categories the analyzer got wrong or left unknown (issue 15): located compiler errors, Emacs
// libraries that cannot be loaded, Octave parse errors, gems needing a newer Ruby, ./configure
// without a working compiler, pkg-config under CMake, C extensions built by pip. Lines from the
// tune recordings in packages/fixtures/ecosystems/{coffeescript,lisp,octave,install}.
export const categoryGapCases: RuleCase[] = [
  {
    rule: 'compiler.located-error',
    line: '/home/runner/work/project/src/cart.coffee:7:1: error: unexpected indentation',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/src/cart.coffee', line: 7, column: 1 }] },
  },
  {
    rule: 'compiler.located-error',
    line: 'slug.el:5:67: Error: Invalid read syntax: ")", 5, 67',
    category: 'compile_error',
  },
  {
    rule: 'emacs.load-missing',
    line: 'Debugger entered--Lisp error: (file-missing "Cannot open load file" "No such file or directory" "dash")',
    category: 'missing_dependency',
    facts: { package: 'dash' },
  },
  {
    rule: 'octave.parse-error',
    line: 'error: parse error near line 6 of file /home/runner/work/project/run_tests.m',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/run_tests.m', line: 6 }] },
  },
  { rule: 'octave.exit-noise', line: 'error: ignoring const execution_exception& while preparing to exit' },
  {
    rule: 'gem.required-ruby',
    line: '\ttimeparse-0.3.0 requires Ruby version >= 4.2. The current ruby version is 3.1.2.',
    category: 'toolchain_mismatch',
    facts: { package: 'timeparse-0.3.0' },
  },
  {
    rule: 'configure.error',
    line: 'configure: error: no acceptable C compiler found in $PATH',
    category: 'toolchain_mismatch',
  },
  {
    // Where configure stopped, not why: the line below says why.
    rule: 'configure.error',
    line: "configure: error: in `/home/runner/work/project':",
    category: null,
  },
  {
    rule: 'pkg-config.not-found',
    line: "--   Package 'vips-autoheal', required by 'virtual:world', not found",
    category: 'missing_dependency',
    facts: { package: 'vips-autoheal' },
  },
  {
    rule: 'pkg-config.not-found',
    line: "--   Package dependency requirement 'zlib >= 9.0' could not be satisfied.",
    category: 'missing_dependency',
  },
  {
    rule: 'cc.error',
    line: '      src/fastcrc.c:3:10: fatal error: isa-l/crc.h: No such file or directory',
    category: 'compile_error',
  },
  {
    rule: 'octave.pkg-missing',
    line: 'error: package signal is not installed',
    category: 'missing_dependency',
    facts: { package: 'signal' },
  },
  {
    rule: 'swift-testing.issue',
    line: '✘ Test testFailTrueIsFalse() recorded an issue at Test.swift:17:9: Expectation failed: true == false',
    category: 'test_failure',
    facts: { tests: ['testFailTrueIsFalse()'], locations: [{ file: 'Test.swift', line: 17, column: 9 }] },
  },
  {
    // macOS prints an SF Symbol (private use, outside the BMP) and two spaces.
    rule: 'swift-testing.issue',
    line: '\u{100884}  Test secondExample() recorded an issue at DemoSwiftTestingTests.swift:11:5: Expectation failed: true == false',
    category: 'test_failure',
    facts: { tests: ['secondExample()'] },
  },
  {
    rule: 'swift-testing.failed',
    line: '✘ Test parameterizedFailingTest(value:) with 3 test cases failed after 0.001 seconds with 3 issues.',
    category: 'test_failure',
    facts: { tests: ['parameterizedFailingTest(value:)'] },
  },
];
