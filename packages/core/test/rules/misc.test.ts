import { describe, it } from 'vitest';
import { miscCases as cases } from './misc.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('R, Lua, LaTeX, Ruby and JavaScript test runner rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Passing runs and closing words.
    checkCase({ rule: 'testthat.summary', line: '[ FAIL 0 | WARN 1 | SKIP 0 | PASS 12 ]', category: null });
    checkCase({
      rule: 'busted.summary',
      line: '3 successes / 0 failures / 0 errors / 0 pending : 0.01 seconds',
      category: null,
    });
    checkCase({ rule: 'luacheck.total', line: 'Total: 0 warnings / 0 errors in 3 files', category: null });
    // Frames of a Lua traceback are not errors of their own.
    checkMiss('lua.error', '\tmain.lua:9: in main chunk');
    checkMiss('lua.error', "\tmain.lua:4: in local 'total'");
    // luacheck has a column, the interpreter has none.
    checkMiss('lua.error', "    src/util.lua:4:9: unused variable 'unused'");
    checkMiss('luacheck.warning', "lua5.4: main.lua:4: attempt to add a 'number' with a 'string'");
    // TeX's closing lines after the real error.
    checkMiss('tex.error', '!  ==> Fatal error occurred, no output PDF file produced!');
    checkMiss('tex.file-line-error', './t.tex:3: Emergency stop.');
    checkMiss('tex.file-line-error', './t.tex:3:  ==> Fatal error occurred, no output PDF file produced!');
    // A TAP test marked TODO may fail; a passing one is not a failure.
    checkMiss('tape.not-ok', 'not ok 4 - parses dates # TODO timezone support');
    checkMiss('tape.not-ok', 'ok 1 - adds tax');
    // Python's NameError is python.exception's, not a Ruby exception.
    checkMiss('ruby.exception', "NameError: name 'x' is not defined");
    checkMiss('minitest.failure', '1 runs, 1 assertions, 1 failures, 0 errors, 0 skips');
    checkMiss('grunt.warning', 'Warning: Task "test" failed.');
    // "Failed to …" is not a failed test; a compiler's error has a column, XCTest's has none.
    checkMiss('vstest.failed-test', '  Failed to restore /src/Calc.csproj (in 2.1 sec).');
    checkMiss('xctest.assertion', "Sources/Calc/Calc.swift:3:5: error: cannot find 'x' in scope");
    checkMiss('dart-test.failed', '00:01 +4: test/calc_test.dart: Calculator adds');
  });
});
