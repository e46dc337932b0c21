import { describe, it } from 'vitest';
import { cppTestCases as cases } from './cpp-test.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('GoogleTest, Catch2 and Boost.Test rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // The summary repeats the failed tests' names; the count line names none.
    checkMiss('gtest.failed', '[  FAILED  ] ParseTest.Digit');
    checkMiss('gtest.failed', '[  FAILED  ] 1 test, listed below:');
    checkMiss('gtest.failure', 'Failure: connection reset');
    checkMiss('catch2.failed', 'tests.cc:9: FAILED: later text');
  });
});
