import type { RuleCase } from './rule-cases.js';

// D, Nim, Fortran, Crystal and Haxe. Lines from packages/fixtures/ecosystems/{d,nim,fortran,crystal,haxe} (tune cases).
export const compiledCases: RuleCase[] = [
  // d/dub-unknown-package: dub offline, the registry unreachable.
  {
    rule: 'dub.registry',
    line: 'Package tablefmt not found in registry at https://code.dlang.org/ (fallbacks registry at https://codemirror.dlang.org/, registry at https://dub.bytecraft.nl/, registry at https://code-mirror.dlang.io/): Failed to download https://code.dlang.org/api/packages/infos?packages=%5B%22tablefmt%22%5D&include_dependencies=true&minimize=true',
    category: 'network_error',
    facts: { package: 'tablefmt' },
  },
  {
    rule: 'dub.no-versions',
    line: 'Failed to find any versions for package tablefmt, referenced by report ~master',
    category: 'missing_dependency',
    facts: { package: 'tablefmt' },
  },
  {
    rule: 'dmd.error',
    line: 'app.d(3): Error: undefined identifier `height`',
    category: 'compile_error',
    facts: { locations: [{ file: 'app.d', line: 3 }] },
  },
  {
    rule: 'gdc.error',
    line: 'app.d:3:37: error: undefined identifier ‘height’',
    category: 'compile_error',
    facts: { locations: [{ file: 'app.d', line: 3, column: 37 }] },
  },
  {
    rule: 'd.unittest',
    line: 'stack.d(11): [unittest] Assertion failure',
    category: 'test_failure',
    facts: { locations: [{ file: 'stack.d', line: 11 }] },
  },
  {
    rule: 'd.exception',
    line: 'core.exception.ArrayIndexError@args.d(4): index [1] is out of bounds for array of length 1',
    category: 'test_failure',
    facts: { code: 'core.exception.ArrayIndexError', locations: [{ file: 'args.d', line: 4 }] },
  },
  { rule: 'd.run-failed', line: 'Error: /tmp/stack-1069d6 failed with status: 1' },
  {
    rule: 'nim.error',
    line: "/home/runner/work/project/calc.nim(3, 18) Error: undeclared identifier: 'sub'",
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/calc.nim', line: 3, column: 18 }] },
  },
  {
    rule: 'nim.unhandled',
    line: 'Error: unhandled exception: /home/runner/work/project/ratio.nim(2, 12) `b != 0` ratio needs a non-zero divisor [AssertionDefect]',
    category: 'test_failure',
    facts: { code: 'AssertionDefect' },
  },
  {
    rule: 'nim.check-failed',
    line: '    /home/runner/work/project/tests/tstack.nim(8, 17): Check failed: top(s) == 3',
    category: 'test_failure',
  },
  {
    rule: 'nim.test-failed',
    line: '  [FAILED] top is the last pushed',
    category: 'test_failure',
    facts: { tests: ['top is the last pushed'] },
  },
  {
    rule: 'nim.run-failed',
    line: "Error: execution of an external program failed: '/home/runner/work/project/ratio '",
  },
  { rule: 'nim.run-failed', line: '     Error: Execution failed with exit code 1' },
  {
    rule: 'gfortran.error',
    line: 'Error: Symbol ‘hieght’ at (1) has no IMPLICIT type',
    category: 'compile_error',
  },
  {
    rule: 'fortran.runtime-error',
    line: "Fortran runtime error: Cannot open file 'config.dat': No such file or directory",
    category: 'missing_file',
  },
  { rule: 'fortran.error-stop', line: 'ERROR STOP test_mean failed', category: 'test_failure' },
  { rule: 'fortran.error-termination', line: 'Error termination. Backtrace:' },
  {
    rule: 'crystal.location',
    line: 'In src/app.cr:7:18',
    category: null,
    facts: { locations: [{ file: 'src/app.cr', line: 7, column: 18 }] },
  },
  { rule: 'crystal.error', line: "Error: undefined method 'welcome' for Greeter", category: 'compile_error' },
  {
    rule: 'crystal.error',
    line: "Error: expected argument #1 to 'total' to be Array(Int32), not Array(String)",
    category: 'compile_error',
  },
  {
    rule: 'crystal.spec-failure',
    line: '     Failure/Error: Str.blank?("  ").should be_true',
    category: 'test_failure',
  },
  {
    rule: 'crystal.spec-exception',
    line: '       Missing hash key: "port" (KeyError)',
    category: 'test_failure',
    facts: { code: 'KeyError' },
  },
  {
    rule: 'elm.problem',
    line: '-- EXTRA COMMA -------------------------------------------------------- elm.json',
    category: 'compile_error',
    facts: { code: 'EXTRA COMMA', file: 'elm.json' },
  },
  {
    rule: 'elm.problem',
    line: '-- PROBLEM LOADING PACKAGE LIST ------------------------------------------------',
    category: 'network_error',
  },
  {
    rule: 'haxe.error',
    line: 'Main.hx:4: characters 22-26 : Unknown identifier : totl',
    category: 'compile_error',
    facts: { locations: [{ file: 'Main.hx', line: 4, column: 22 }] },
  },
  {
    rule: 'haxelib.missing',
    line: 'Error: Error: This is the first time you are running haxelib. Please run `haxelib setup` first',
    category: 'missing_dependency',
  },
  {
    rule: 'haxelib.missing',
    line: "Error: Error: Cannot process [hxnodejs]: Library hxnodejs is not installed : run 'haxelib install hxnodejs'",
    category: 'missing_dependency',
    facts: { package: 'hxnodejs' },
  },
  {
    rule: 'haxe.error',
    line: 'Main.hx:4: characters 20-25 : Uncaught exception not a number: twelve',
    category: 'test_failure',
  },
];
