import type { RuleCase } from './rule-cases.js';

// Lines from the tune recordings under packages/fixtures/ecosystems/{erlang,elixir,haskell,clojure,scala}.
export const fpCases: RuleCase[] = [
  // erlang/erlc-syntax, erlc-unbound-var, rebar3-compile-error
  {
    rule: 'erlc.error',
    line: 'src/shapes.erl:8:1: syntax error before: area',
    category: 'compile_error',
    facts: { tool: 'erlc', locations: [{ file: 'src/shapes.erl', line: 8, column: 1 }] },
  },
  { rule: 'erlc.error', line: "src/counter.erl:5:9: variable 'Step' is unbound", category: 'compile_error' },
  {
    rule: 'erlc.warning',
    line: 'src/inventory.erl:12:1: Warning: function restock/1 is unused',
    category: 'compile_error',
  },
  {
    rule: 'rebar3.compile-failed',
    line: '===> Compiling src/inventory.erl failed',
    category: 'compile_error',
  },
  // erlang/rebar3-dialyzer
  {
    rule: 'dialyzer.warning',
    line: 'Line 8 Column 1: Function describe/1 has no local return',
    category: 'lint_failure',
  },
  {
    rule: 'dialyzer.warning',
    line: 'Line 10 Column 20: The call erlang:\'++\'(Count::non_neg_integer(), " items") will never return since it differs in the 1st argument from the success typing arguments: ([any()], any())',
    category: 'lint_failure',
  },
  // erlang/eunit-assert-equal
  {
    rule: 'eunit.failed',
    line: '    math_util_tests: add_test...*failed*',
    category: 'test_failure',
    facts: { tests: ['math_util_tests:add_test'] },
  },
  {
    rule: 'eunit.error-term',
    line: '**error:{assertEqual,[{module,math_util_tests},',
    category: 'test_failure',
  },
  { rule: 'eunit.assert-values', line: '              {expected,4},', category: 'test_failure' },
  { rule: 'eunit.assert-values', line: '              {value,5}]}', category: 'test_failure' },
  // erlang/eunit-timeout
  {
    rule: 'eunit.failed',
    line: '    poll_tests: -never_ready_test_/0-fun-2-...*timed out*',
    category: 'timeout',
    facts: { tests: ['poll_tests:-never_ready_test_/0-fun-2-'] },
  },
  // erlang/rebar3-eunit-assert
  {
    rule: 'rebar3.eunit-failure',
    line: '  1) temp_tests:freezing_test/0',
    category: 'test_failure',
    facts: { tests: ['temp_tests:freezing_test/0'] },
  },
  {
    rule: 'rebar3.failure-error',
    line: '     Failure/Error: ?assertEqual(32.0, temp : c_to_f ( 0 ))',
    category: 'test_failure',
  },
  // erlang/ct-suite-failed (ct_run), erlang/rebar3-ct-assert (rebar3 ct)
  {
    rule: 'ct.case-failed',
    line: 'cart_SUITE:discount_applied failed on line 14',
    category: 'test_failure',
    facts: { tests: ['cart_SUITE:discount_applied'] },
  },
  {
    rule: 'ct.failed-summary',
    line: 'Testing autoheal-fx-wJRPhH.project: *** FAILED test case 2 of 3 ***',
    category: 'test_failure',
  },
  { rule: 'ct.reason', line: 'Reason: {badmatch,80.0}', category: 'test_failure' },
  {
    rule: 'ct.suite-failed',
    line: '%%% stock_SUITE ==> reserve_all: FAILED',
    category: 'test_failure',
    facts: { tests: ['stock_SUITE:reserve_all'] },
  },
  {
    rule: 'ct.suite-reason',
    line: '%%% stock_SUITE ==> {{badmatch,{error,insufficient}},',
    category: 'test_failure',
  },
  // erlang/rebar3-git-dep-offline
  {
    rule: 'rebar3.dependency',
    line: '===> Failed to fetch and copy dep: {git,"https://github.com/ninenines/cowboy.git",',
    category: 'network_error',
  },

  // elixir/exunit-*
  {
    rule: 'exunit.test-failed',
    line: '  1) test averages a list (MathTest)',
    category: 'test_failure',
    facts: { tests: ['MathTest: test averages a list'] },
  },
  { rule: 'exunit.assertion', line: '     Assertion with == failed', category: 'test_failure' },
  { rule: 'exunit.assertion', line: '     match (=) failed', category: 'test_failure' },
  // elixir/exunit-setup-all
  {
    rule: 'exunit.setup-failed',
    line: '  0) RepoTest: failure on setup_all callback, all tests have been invalidated',
    category: 'test_failure',
    facts: { tests: ['RepoTest'] },
  },
  {
    rule: 'elixir.raised',
    line: '     ** (MatchError) no match of right hand side value: {:error, :no_host}',
    category: null,
  },
  // elixir/exunit-doctest
  { rule: 'exunit.assertion', line: '     Doctest failed', category: 'test_failure' },
  {
    rule: 'exunit.test-failed',
    line: '  1) doctest Pricing.discount/2 (2) (PricingTest)',
    category: 'test_failure',
    facts: { tests: ['PricingTest: doctest Pricing.discount/2 (2)'] },
  },
  { rule: 'exunit.values', line: '     left:  3.0', category: 'test_failure' },
  { rule: 'exunit.values', line: '     right: 4.0', category: 'test_failure' },
  {
    rule: 'exunit.values',
    line: '     code:  assert Math.average([2, 4, 6]) == 4.0',
    category: 'test_failure',
  },
  {
    rule: 'elixir.raised',
    line: '     ** (ExUnit.TimeoutError) test timed out after 300ms. You can change the timeout:',
    category: 'timeout',
  },
  {
    rule: 'elixir.raised',
    line: '     ** (FunctionClauseError) no function clause matching in Shapes.area/1',
    category: null,
  },
  {
    rule: 'elixir.raised',
    line: '** (CompileError) lib/shop.ex:4: undefined function price_with_tax/1 (expected Shop to define such a function or for it to be imported, but none are available)',
    category: 'compile_error',
    facts: { locations: [{ file: 'lib/shop.ex', line: 4 }] },
  },
  {
    rule: 'elixir.raised',
    line: 'Shall I install Hex? (if running non-interactively, use "mix local.hex --force") [Yn] ** (Mix) Could not find an SCM for dependency :jason from Notifier.MixProject',
    category: 'missing_dependency',
  },
  {
    rule: 'elixir.raised',
    line: "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet6, [:inet6], :nxdomain}]}",
    category: 'network_error',
  },
  {
    rule: 'elixir.raised',
    line: '** (ArgumentError) errors were found at the given arguments:',
    category: null,
  },
  {
    rule: 'mix.compilation-error-header',
    line: '== Compilation error in file lib/shop.ex ==',
    category: 'compile_error',
  },
  // elixir/mix-format-check
  {
    rule: 'elixir.raised',
    line: '** (Mix) mix format failed due to --check-formatted.',
    category: 'lint_failure',
  },
  {
    rule: 'mix.format-unformatted',
    line: 'The following files are not formatted:',
    category: 'lint_failure',
  },
  {
    rule: 'mix.unchecked-deps',
    line: 'Unchecked dependencies for environment test:',
    category: 'missing_dependency',
  },
  {
    rule: 'mix.warnings-as-errors',
    line: 'Compilation failed due to warnings while using the --warnings-as-errors option',
    category: 'compile_error',
  },

  // haskell/ghc-*, cabal-*
  {
    rule: 'ghc.error',
    line: 'src/Invoice.hs:6:27: error:',
    category: 'compile_error',
    facts: { tool: 'ghc', locations: [{ file: 'src/Invoice.hs', line: 6, column: 27 }] },
  },
  {
    rule: 'ghc.missing-module',
    line: '    Could not find module ‘Network.HTTP.Simple’',
    category: 'missing_dependency',
    facts: { module: 'Network.HTTP.Simple' },
  },
  {
    rule: 'cabal.unresolved',
    line: 'cabal: Could not resolve dependencies:',
    category: 'missing_dependency',
  },
  {
    rule: 'cabal.unknown-package',
    line: '[__1] unknown package: aeson (dependency of feeds)',
    category: 'missing_dependency',
    facts: { package: 'aeson' },
  },
  { rule: 'cabal.test-suite-failed', line: 'Test suite slug-test: FAIL', category: 'test_failure' },
  // haskell/tasty-exception, quickcheck-falsified
  {
    rule: 'tasty.fail',
    line: '  unknown fruit: FAIL',
    category: 'test_failure',
    facts: { tests: ['unknown fruit'] },
  },
  {
    rule: 'quickcheck.failed',
    line: '*** Failed! Falsified (after 9 tests and 7 shrinks):',
    category: 'test_failure',
  },
  // haskell/doctest-example
  {
    rule: 'doctest.failure',
    line: "src/Roman.hs:7: failure in expression `toRoman 9'",
    category: 'test_failure',
    facts: { locations: [{ file: 'src/Roman.hs', line: 7, message: 'toRoman 9' }] },
  },
  // haskell/hspec-expectation, hunit-failure, cabal-test-hunit, hlint-eta-reduce
  { rule: 'hspec.location', line: '  Spec.hs:13:15: ', category: 'test_failure' },
  // haskell/hspec-error-call: a test whose code called `error`.
  {
    rule: 'hspec.uncaught',
    line: '       uncaught exception: ErrorCall',
    category: 'test_failure',
    facts: { code: 'ErrorCall' },
  },
  {
    rule: 'hunit.failure',
    line: '                                          ### Failure in: 1:collapses separators',
    category: 'test_failure',
    facts: { tests: ['1:collapses separators'] },
  },
  {
    rule: 'hlint.hint',
    line: 'src/Prices.hs:7:1-35: Warning: Eta reduce',
    category: 'lint_failure',
    facts: { locations: [{ file: 'src/Prices.hs', line: 7, column: 1, message: 'Eta reduce' }] },
  },
  {
    rule: 'hlint.hint',
    line: 'src/Prices.hs:7:18-32: Suggestion: Avoid lambda using `infix`',
    category: 'lint_failure',
  },

  // clojure/*
  {
    rule: 'clojure-test.fail',
    line: 'FAIL in (test-discount) (core_test.clj:7)',
    category: 'test_failure',
    facts: { tests: ['test-discount'], locations: [{ file: 'core_test.clj', line: 7 }] },
  },
  {
    rule: 'clojure-test.fail',
    line: 'ERROR in (test-blank-qty) (NumberFormatException.java:67)',
    category: 'test_failure',
  },
  {
    rule: 'clojure.syntax-error',
    line: 'Syntax error compiling at (inventory/core.clj:7:23).',
    category: 'compile_error',
    facts: { locations: [{ file: 'inventory/core.clj', line: 7, column: 23 }] },
  },
  {
    rule: 'clojure.syntax-error',
    line: 'Syntax error reading source at (report.clj:9:1).',
    category: 'compile_error',
  },
  {
    rule: 'clojure.execution-error',
    line: 'Execution error (FileNotFoundException) at mailer.core/eval351$loading (core.clj:1).',
    category: 'compile_error',
  },
  {
    rule: 'clojure.execution-error',
    line: 'Execution error (NullPointerException) at jdk.internal.math.FloatingDecimal/readJavaFormatString (FloatingDecimal.java:1838).',
    category: null,
  },
  { rule: 'clojure.compiler-message', line: 'Unable to resolve symbol: threshold in this context' },
  {
    rule: 'clojure.compiler-message',
    line: 'Could not locate mailer/templates__init.class, mailer/templates.clj or mailer/templates.cljc on classpath.',
    facts: { module: 'mailer/templates' },
  },
  { rule: 'clojure.compiler-message', line: 'EOF while reading, starting at line 3' },
  {
    rule: 'lein.offline-artifact',
    line: 'Cannot access central (https://repo1.maven.org/maven2/) in offline mode and the artifact lein-cljfmt:lein-cljfmt:jar:0.9.2 has not been downloaded from it before.',
    category: 'missing_dependency',
    facts: { package: 'lein-cljfmt:lein-cljfmt:jar:0.9.2' },
  },

  // scala/scalac-*
  {
    rule: 'scalac.error',
    line: 'Cart.scala:7: error: type mismatch;',
    category: 'compile_error',
    facts: { locations: [{ file: 'Cart.scala', line: 7, message: 'type mismatch;' }] },
  },
  { rule: 'scalac.error', line: 'Stats.scala:6: error: not found: value square', category: 'compile_error' },
  {
    rule: 'scalac.error',
    line: 'Fetch.scala:2: error: not found: object akka',
    category: 'missing_dependency',
  },

  // scala/scalac-fatal-warnings
  {
    rule: 'scalac.warning',
    line: 'Parse.scala:7: warning: match may not be exhaustive.',
    category: 'compile_error',
  },
  {
    rule: 'scalac.fatal-warnings',
    line: 'error: No warnings can be incurred under -Xfatal-warnings.',
    category: 'compile_error',
  },
  // Shared expected/actual lines: clojure.test, hspec, HUnit, rebar3's EUnit report.
  { rule: 'assert.expected-actual', line: 'expected: (= 90 (discount 100 10))', category: 'test_failure' },
  { rule: 'assert.expected-actual', line: '  actual: (not (= 90 0))', category: 'test_failure' },
  { rule: 'assert.expected-actual', line: '       expected: 4', category: 'test_failure' },
  { rule: 'assert.expected-actual', line: '        but got: 5', category: 'test_failure' },
  { rule: 'assert.expected-actual', line: '            got: 23.0', category: 'test_failure' },
];
