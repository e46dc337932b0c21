import type { RuleCase } from './rule-cases.js';

// Coverage gates, lines from the recordings under packages/fixtures/ecosystems/coverage-gate.
export const coverageGateCases: RuleCase[] = [
  {
    rule: 'coverage.pytest-cov',
    line: 'FAIL Required test coverage of 90% not reached. Total coverage: 53.33%',
    category: 'test_failure',
    facts: { tool: 'pytest-cov' },
  },
  {
    rule: 'coverage.fail-under',
    line: 'Coverage failure: total of 48 is less than fail-under=85',
    category: 'test_failure',
  },
  {
    rule: 'coverage.istanbul-threshold',
    line: 'ERROR: Coverage for lines (60%) does not meet global threshold (90%)',
    category: 'test_failure',
  },
  {
    rule: 'coverage.istanbul-threshold',
    line: 'ERROR: Coverage for branches (25%) does not meet global threshold (80%)',
    category: 'test_failure',
  },
  {
    rule: 'coverage.jest-threshold',
    line: 'Jest: "global" coverage threshold for lines (90%) not met: 37.5%',
    category: 'test_failure',
    facts: { tool: 'jest' },
  },
  {
    rule: 'coverage.simplecov-minimum',
    line: '..Line coverage (77.77%) is below the expected minimum coverage (90.00%).',
    category: 'test_failure',
  },
  {
    rule: 'coverage.simplecov-minimum',
    line: '..Line coverage by file (77.77%) is below the expected minimum coverage (95.00%).',
    category: 'test_failure',
  },
  {
    rule: 'coverage.simplecov-drop',
    line: '..Line coverage has dropped by 22.23% since the last time (maximum allowed: 2.00%).',
    category: 'test_failure',
  },
  {
    rule: 'coverage.simplecov-exit',
    line: 'SimpleCov failed with exit 2 due to a coverage related error',
    category: 'test_failure',
  },
];
