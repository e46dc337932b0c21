import type { RuleCase } from './rule-cases.js';

// GoogleTest and Catch2. Lines from packages/fixtures/ecosystems/cpp-test (tune cases).
export const cppTestCases: RuleCase[] = [
  {
    rule: 'gtest.failure',
    line: 'slug_test.cc:7: Failure',
    category: 'test_failure',
    facts: { tool: 'googletest', locations: [{ file: 'slug_test.cc', line: 7 }] },
  },
  {
    rule: 'gtest.failure',
    line: 'unknown file: Failure',
    category: 'test_failure',
    facts: { tool: 'googletest' },
  },
  {
    rule: 'gtest.failed',
    line: '[  FAILED  ] SlugTest.CollapsesSeparators (0 ms)',
    category: 'test_failure',
    facts: { tests: ['SlugTest.CollapsesSeparators'] },
  },
  {
    rule: 'catch2.failed',
    line: 'tests.cc:9: FAILED:',
    category: 'test_failure',
    facts: { tool: 'catch2', locations: [{ file: 'tests.cc', line: 9 }] },
  },
  {
    rule: 'gtest.failure',
    line: '1: /home/runner/work/project/slug_test.cc:7: Failure',
    facts: { locations: [{ file: '/home/runner/work/project/slug_test.cc', line: 7 }] },
  },
  {
    rule: 'boosttest.error',
    line: 'tests.cc(10): error: in "joins_with_separator": check join("a", "b") == "a/b" has failed [ab != a/b]',
    category: 'test_failure',
    facts: { tests: ['joins_with_separator'], locations: [{ file: 'tests.cc', line: 10 }] },
  },
  {
    rule: 'boosttest.error',
    line: 'unknown location(0): fatal error: in "finds_missing_key": std::out_of_range: map::at',
    category: 'test_failure',
    facts: { tests: ['finds_missing_key'] },
  },
];
