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
];
