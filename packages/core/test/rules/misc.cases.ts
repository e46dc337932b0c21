import type { RuleCase } from './rule-cases.js';

// R, Lua, LaTeX, Ruby (minitest, rake, Ruby's errors, Bundler) and JavaScript test runners: lines
// from the recordings under packages/fixtures/ecosystems/{r,lua,latex,ruby,js}.
export const miscCases: RuleCase[] = [
  // R
  {
    rule: 'testthat.failure',
    line: "Error ('test-stats.R:6'): mean of nothing is NA",
    category: 'test_failure',
    facts: { tests: ['mean of nothing is NA'], locations: [{ file: 'test-stats.R', line: 6 }] },
  },
  {
    rule: 'testthat.failure',
    line: "  ── Failure ('test-add.R:2'): adds ──────────────────────────────────────────────",
    category: 'test_failure',
    facts: { tests: ['adds'], locations: [{ file: 'test-add.R', line: 2 }] },
  },
  { rule: 'testthat.closing', line: 'Error: Test failures' },
  { rule: 'testthat.summary', line: '[ FAIL 1 | WARN 0 | SKIP 0 | PASS 1 ]', category: 'test_failure' },
  {
    rule: 'r.error-in',
    line: 'Error in `mean_of(numeric(0))`: cannot take the mean of an empty vector',
  },
  {
    rule: 'r.error-in',
    line: 'Error in add_all(1, 2, 3) : could not find function "add_all"',
    category: null,
  },
  // read.csv() of a file that is not there (r/read-csv-missing).
  {
    rule: 'r.error-in',
    line: 'Error in file(file, "rt") : cannot open the connection',
    category: 'missing_file',
  },
  {
    rule: 'r.parse-error',
    line: `Error: unexpected ')' in "sorted <- sort(values))"`,
    category: 'compile_error',
  },
  {
    rule: 'r.parse-error',
    line: '  /home/runner/work/project/pkg/R/add.R:5:0: unexpected end of input',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/pkg/R/add.R', line: 5, column: 0 }] },
  },
  {
    rule: 'r.no-package',
    line: 'Error in library(data.table) : there is no package called ‘data.table’',
    category: 'missing_dependency',
    facts: { package: 'data.table' },
  },
  {
    rule: 'r.dependency-not-available',
    line: 'Package required but not available: ‘xml2’',
    category: 'missing_dependency',
    facts: { package: 'xml2' },
  },
  {
    // From install.packages() run offline (not a fixture: the one recorded is held out).
    rule: 'r.install-not-available',
    line: 'package ‘httr’ is not available for this version of R',
    category: 'missing_dependency',
    facts: { package: 'httr' },
  },
  {
    rule: 'rcmdcheck.step-error',
    line: '* checking examples ... ERROR',
    category: 'test_failure',
  },
  {
    rule: 'rcmdcheck.step-warning',
    line: '* checking for missing documentation entries ... WARNING',
    category: 'lint_failure',
  },
  { rule: 'rcmdcheck.step-done', line: '* checking for code/documentation mismatches ... OK' },
  {
    rule: 'rcmdcheck.run-failed',
    line: 'Running the tests in ‘tests/testthat.R’ failed.',
    category: 'test_failure',
    facts: { file: 'tests/testthat.R' },
  },
  // Lua
  {
    rule: 'busted.failure',
    line: 'Failure -> spec/calc_spec.lua @ 4',
    category: 'test_failure',
    facts: { locations: [{ file: 'spec/calc_spec.lua', line: 4 }] },
  },
  { rule: 'busted.error', line: 'Error -> spec/parser_spec.lua @ 4', category: 'test_failure' },
  {
    rule: 'busted.summary',
    line: '1 success / 1 failure / 0 errors / 0 pending : 0.000698 seconds',
    category: 'test_failure',
  },
  {
    rule: 'lua.module-not-found',
    line: "lua5.4: main.lua:1: module 'cjson' not found:",
    category: 'missing_dependency',
    facts: { module: 'cjson' },
  },
  {
    rule: 'lua.syntax-error',
    line: "\tsrc/queue.lua:5: 'end' expected (to close 'function' at line 2) near '<eof>'",
    category: 'compile_error',
  },
  {
    rule: 'lua.error',
    line: "lua5.4: main.lua:4: attempt to add a 'number' with a 'string'",
    category: null,
    facts: { locations: [{ file: 'main.lua', line: 4 }] },
  },
  {
    rule: 'lua.error',
    line: "src/parser.lua:4: attempt to get length of local 'fields' (a nil value)",
  },
  {
    rule: 'luacheck.warning',
    line: "    src/util.lua:15:10: accessing undefined variable 'totl'",
    category: 'lint_failure',
    facts: { locations: [{ file: 'src/util.lua', line: 15, column: 10 }] },
  },
  {
    rule: 'luacheck.warning',
    line: "    src/shapes.lua:9:1: expected ')' (to close '(' on line 8) near 'end'",
    category: 'compile_error',
  },
  {
    rule: 'luarocks.dependency',
    line: 'Error: Could not satisfy dependency penlight >= 1.13: No results matching query were found for Lua 5.1.',
    category: 'missing_dependency',
    facts: { package: 'penlight' },
  },
  { rule: 'luacheck.total', line: 'Total: 3 warnings / 0 errors in 1 file', category: 'lint_failure' },
  // LaTeX
  { rule: 'tex.error', line: '! Undefined control sequence.', category: 'compile_error' },
  {
    rule: 'tex.error',
    line: "! LaTeX Error: File `fancyhdrx.sty' not found.",
    category: 'missing_dependency',
  },
  {
    rule: 'tex.error',
    line: "! LaTeX Error: File `chapters/results.tex' not found.",
    category: 'missing_file',
  },
  { rule: 'tex.error', line: '! LaTeX Error: Missing \\begin{document}.', category: 'compile_error' },
  { rule: 'tex.error', line: '! File ended while scanning use of \\@xdblarg.', category: 'compile_error' },
  { rule: 'tex.emergency-stop', line: '! Emergency stop.', category: null },
  {
    // From pdflatex -file-line-error on a three-line document (not a fixture: that one is held out).
    rule: 'tex.file-line-error',
    line: './t.tex:3: Undefined control sequence.',
    category: 'compile_error',
    facts: { locations: [{ file: './t.tex', line: 3 }] },
  },
  {
    rule: 'chktex.warning',
    line: 'Warning 26 in main.tex line 4: You ought to remove spaces in front of punctuation.',
    category: 'lint_failure',
    facts: { code: '26', locations: [{ file: 'main.tex', line: 4 }] },
  },
  // Ruby
  { rule: 'minitest.failure', line: '  1) Failure:', category: 'test_failure' },
  { rule: 'minitest.failure', line: '  2) Error:', category: 'test_failure' },
  {
    rule: 'minitest-reporters.spec-failed',
    line: '  test_0001_peeks at the last pushed item                         FAIL (0.00s)',
    category: 'test_failure',
    facts: { tests: ['test_0001_peeks at the last pushed item'] },
  },
  {
    rule: 'minitest-reporters.progress-failed',
    line: 'Progress: | FAIL["test_0001_peeks at the last pushed item", Minitest::Result, 2026-12-07 11:04:16 775136249971020931/1073741824000000000 +0000]',
    category: 'test_failure',
    facts: { tests: ['test_0001_peeks at the last pushed item'] },
  },
  { rule: 'ruby.exception', line: "NoMethodError: undefined method `-' for nil:NilClass" },
  {
    rule: 'ruby.exception',
    line: 'Errno::ENOENT: No such file or directory @ rb_sysopen - data/site.json',
    category: 'missing_file',
  },
  {
    rule: 'ruby.load-error',
    line: "<internal:/usr/lib/ruby/vendor_ruby/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- nokogiri (LoadError)",
    category: 'missing_dependency',
    facts: { module: 'nokogiri' },
  },
  {
    rule: 'ruby.syntax-error',
    line: "test/test_stack.rb:2:in `require_relative': /home/runner/work/project/lib/stack.rb:12: syntax error, unexpected end-of-input, expecting `end' (SyntaxError)",
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/lib/stack.rb', line: 12 }] },
  },
  { rule: 'rake.aborted', line: 'rake aborted!' },
  {
    rule: 'ruby.exception-message',
    line: 'expected 5 items, got 3 (RuntimeError)',
    facts: { code: 'RuntimeError' },
  },
  {
    rule: 'cucumber.failing-scenario',
    line: 'cucumber features/basket.feature:2 # Scenario: Adding two items',
    category: 'test_failure',
    facts: { tests: ['Adding two items'], locations: [{ file: 'features/basket.feature', line: 2 }] },
  },
  {
    rule: 'cucumber.undefined-step',
    line: '      Undefined step: "she sees "Invalid password"" (Cucumber::Undefined)',
    category: 'test_failure',
  },
  {
    rule: 'rspec.failure-error',
    line: '     Failure/Error: expect(Calculator.new.add(1, 1)).to eq(2)',
    category: 'test_failure',
  },
  {
    rule: 'rspec.load-error',
    line: 'An error occurred while loading ./spec/parser_spec.rb.',
    facts: { file: './spec/parser_spec.rb' },
  },
  {
    rule: 'ruby.syntax-error',
    line: "  /home/runner/work/project/lib/parser.rb:6: syntax error, unexpected end-of-input, expecting `end'",
    category: 'compile_error',
  },
  {
    rule: 'test-unit.failure',
    line: 'Failure: test_to_s(TestMoney)',
    category: 'test_failure',
    facts: { tests: ['TestMoney#test_to_s'] },
  },
  { rule: 'test-unit.failure', line: 'Error: test_add_new_item(TestInventory):', category: 'test_failure' },
  { rule: 'test-unit.expected', line: '<"$12.34"> expected but was', category: 'test_failure' },
  {
    rule: 'bundler.missing-spec',
    line: "/usr/share/rubygems-integration/all/gems/bundler-2.3.15/lib/bundler/definition.rb:486:in `materialize': Could not find rspec-3.12.0, rspec-core-3.12.2, rspec-expectations-3.12.3, rspec-mocks-3.12.6, rspec-support-3.12.1, diff-lcs-1.5.0 in any of the sources (Bundler::GemNotFound)",
    category: 'missing_dependency',
    facts: { package: 'rspec' },
  },
  // JavaScript test runners
  {
    rule: 'js.test-error',
    line: "     TypeError: Cannot read properties of undefined (reading 'toUpperCase')",
    facts: { code: 'TypeError' },
  },
  { rule: 'node.syntax-error', line: "SyntaxError: Unexpected token ';'", category: 'compile_error' },
  {
    rule: 'mocha.timeout',
    line: '     Error: Timeout of 200ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves. (/home/runner/work/project/test/fetch.test.js)',
    category: 'timeout',
  },
  { rule: 'jasmine.failed-spec', line: '  Message:', category: 'test_failure' },
  {
    rule: 'ava.failed-test',
    line: '  ✘ [fail]: sum adds',
    category: 'test_failure',
    facts: { tests: ['sum adds'] },
  },
  { rule: 'ava.summary', line: '  1 test failed', category: 'test_failure' },
  {
    rule: 'karma.failed-spec',
    line: 'Chrome Headless 150.0.0.0 (Linux 0.0.0) toFahrenheit converts freezing FAILED',
    category: 'test_failure',
    facts: { tests: ['toFahrenheit converts freezing'] },
  },
  {
    rule: 'karma.executed',
    line: 'Chrome Headless 150.0.0.0 (Linux 0.0.0): Executed 2 of 2 (1 FAILED) (0.012 secs / 0 secs)',
    category: 'test_failure',
  },
  {
    rule: 'node-test.failed',
    line: '✖ adds two numbers (2.619289ms)',
    category: 'test_failure',
    facts: { tool: 'node --test', tests: ['adds two numbers'] },
  },
  {
    rule: 'node-test.error',
    line: '  error: |-',
    category: 'test_failure',
    facts: { tool: 'node --test' },
  },
  {
    rule: 'node-test.error',
    line: "  error: 'Expected values to be strictly equal:'",
    category: 'test_failure',
    facts: { tool: 'node --test' },
  },
  {
    rule: 'ava.uncaught',
    line: '  Uncaught exception in test/server.test.js',
    category: 'test_failure',
    facts: { file: 'test/server.test.js' },
  },
  {
    rule: 'tap.not-ok',
    line: 'not ok 3 plan != count',
    category: 'test_failure',
    facts: { tests: ['plan != count'] },
  },
  {
    rule: 'tap.not-ok',
    line: 'not ok 2 - rounds to cents',
    category: 'test_failure',
    facts: { tests: ['rounds to cents'] },
  },
  {
    rule: 'grunt.warning',
    line: 'Warning: Task "test" failed. Use --force to continue.',
    category: 'test_failure',
    facts: { command: 'test' },
  },
  {
    rule: 'grunt.warning',
    line: 'Warning: Task "uglify" not found. Use --force to continue.',
    category: 'missing_command',
  },
  {
    rule: 'gulp.errored',
    line: "[13:42:26] 'test' errored after 1.4 ms",
    category: 'test_failure',
    facts: { command: 'test' },
  },
  { rule: 'gulp.error', line: '[13:42:26] Error: 2 of 3 checks failed' },
  {
    rule: 'gulp.missing-task',
    line: '[13:42:33] Task never defined: lint',
    category: 'missing_command',
    facts: { command: 'lint' },
  },
  // .NET, Dart, XCTest: no recordings (no Debian package runs them); lines built from the format
  // strings in the tools' sources cited in rules/dotnet-dart-swift.ts.
  {
    rule: 'vstest.failed-test',
    line: '  Failed Calc.Tests.AdderTests.AddsTwoNumbers [12 ms]',
    category: 'test_failure',
    facts: { tests: ['Calc.Tests.AdderTests.AddsTwoNumbers'] },
  },
  {
    rule: 'vstest.failed-test',
    line: 'Failed   Calc.Tests.AdderTests.AddsTwoNumbers',
    category: 'test_failure',
  },
  { rule: 'vstest.error-message', line: '  Error Message:', category: 'test_failure' },
  {
    rule: 'vstest.summary',
    line: 'Failed!  - Failed:     1, Passed:     3, Skipped:     0, Total:     4, Duration: 5 ms - Calc.Tests.dll (net8.0)',
    category: 'test_failure',
  },
  { rule: 'vstest.summary', line: 'Test Run Failed.', category: 'test_failure' },
  {
    rule: 'dart-test.failed',
    line: '00:01 +3 -1: test/calc_test.dart: Calculator adds [E]',
    category: 'test_failure',
    facts: { tests: ['test/calc_test.dart: Calculator adds'] },
  },
  { rule: 'dart-test.summary', line: '00:02 +3 -1: Some tests failed.', category: 'test_failure' },
  {
    rule: 'xctest.assertion',
    line: '/home/runner/work/calc/Tests/CalcTests/CalcTests.swift:12: error: -[CalcTests.CalcTests testAdd] : XCTAssertEqual failed: ("5") is not equal to ("4")',
    category: 'test_failure',
    facts: { tests: ['-[CalcTests.CalcTests testAdd]'] },
  },
  {
    rule: 'xctest.case-failed',
    line: "Test Case '-[CalcTests.CalcTests testAdd]' failed (0.002 seconds).",
    category: 'test_failure',
  },
  {
    rule: 'swiftc.error',
    line: "Sources/Calc/Calc.swift:3:5: error: cannot find 'x' in scope",
    category: 'compile_error',
    facts: { locations: [{ file: 'Sources/Calc/Calc.swift', line: 3, column: 5 }] },
  },
  { rule: 'xcodebuild.failed', line: '** TEST FAILED **' },
];
