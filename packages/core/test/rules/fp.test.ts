import { describe, it } from 'vitest';
import { fpCases as cases } from './fp.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('Erlang, Elixir, Haskell, Clojure and Scala rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.trim().slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Passing tests and progress lines.
    checkMiss('eunit.failed', '    math_util_tests: mul_test...ok');
    checkMiss('rebar3.compile-failed', '===> Compiling inventory');
    checkMiss('erlc.error', 'src/inventory.erl:12:1: Warning: function restock/1 is unused');
    // A prose "Reason:" is not an Erlang term.
    checkMiss('ct.reason', 'Reason: Connection refused by the remote host');
    checkMiss('ct.suite-reason', '%%% stock_SUITE ==> reserve_all: FAILED');
    checkMiss('exunit.test-failed', '2 tests, 1 failure');
    checkMiss('exunit.values', 'left: 3.0');
    checkMiss('mix.unchecked-deps', 'All dependencies are up to date');
    // A GHC warning is not an error; hlint's hints are not GHC's errors.
    checkMiss('ghc.error', 'src/X.hs:3:1: warning: [-Wunused-imports]');
    checkMiss('ghc.error', 'src/Prices.hs:7:1-35: Warning: Eta reduce');
    checkMiss('hlint.hint', 'src/Invoice.hs:6:27: error:');
    checkMiss('cabal.test-suite-failed', 'Test suite slug-test: RUNNING...');
    checkMiss('tasty.fail', '  known fruit:   OK');
    checkMiss('tasty.fail', 'Test suite slug-test: FAIL');
    checkMiss('quickcheck.failed', '+++ OK, passed 100 tests.');
    checkMiss('clojure-test.fail', 'Ran 2 tests containing 3 assertions.');
    checkMiss('scalac.error', 'Cart.scala:7: warning: match may not be exhaustive.');
    checkMiss('assert.expected-actual', 'The expected: value was configured');
  });
});
