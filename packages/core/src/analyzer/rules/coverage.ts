import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * Coverage gates that fail a build whose tests all passed: pytest-cov and coverage.py
 * `fail_under`, istanbul's `check-coverage` (nyc, c8, karma), Jest's `coverageThreshold`,
 * SimpleCov's minimum coverage. The category is `test_failure`: the test step failed and more
 * tests are the fix; no source is mis-formatted or mis-typed, which is what `lint_failure` means.
 * Weighted below a failed test's own line, so a failing test beside a coverage miss still leads.
 */
const COVERAGE_WEIGHT = 0.75;

export const coverageRules: Rule[] = [
  {
    id: 'coverage.pytest-cov',
    tool: 'pytest-cov',
    anchors: ['FAIL Required test coverage'],
    // "FAIL Required test coverage of 90% not reached. Total coverage: 53.33%"
    pattern: /^FAIL Required test coverage of ([\d.]+)% not reached\. Total coverage: ([\d.]+)%/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: () => ({ tool: 'pytest-cov' }),
  },
  {
    id: 'coverage.fail-under',
    tool: 'coverage.py',
    anchors: ['Coverage failure: total of'],
    // `coverage report --fail-under=85`: "Coverage failure: total of 48 is less than fail-under=85"
    pattern: /^Coverage failure: total of ([\d.]+) is less than fail-under=([\d.]+)/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: () => ({ tool: 'coverage.py' }),
  },
  {
    id: 'coverage.istanbul-threshold',
    tool: 'istanbul',
    anchors: ['oes not meet global threshold', 'oes not meet threshold'],
    // nyc/c8 `--check-coverage`, karma-coverage: "ERROR: Coverage for lines (60%) does not meet
    // global threshold (90%)", per file "… does not meet threshold (90%) for src/a.js".
    pattern:
      /Coverage for (\w+) \(([\d.]+)%\) does not meet (?:global threshold|threshold) \(([\d.]+)%\)(?: for (\S+))?/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: (m) => facts({ tool: 'istanbul', file: m[4] }),
  },
  {
    id: 'coverage.jest-threshold',
    tool: 'jest',
    anchors: ['coverage threshold for '],
    // Jest's coverageThreshold: 'Jest: "global" coverage threshold for lines (90%) not met: 60%'.
    pattern: /^Jest: "([^"]+)" coverage threshold for (\w+) \(([\d.]+)%?\) not met: ([\d.]+)%?/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: (m) => facts({ tool: 'jest', file: m[1] === 'global' ? undefined : m[1] }),
  },
  {
    id: 'coverage.simplecov-minimum',
    tool: 'simplecov',
    anchors: ['expected minimum coverage'],
    // "Line coverage (77.77%) is below the expected minimum coverage (90.00%)." (0.22), "Coverage
    // (77.78%) is below …" (older), and per file "File (lib/a.rb) is only (50.00%) covered. This is
    // below the expected minimum coverage per file of (90.00%)." Minitest's progress dots may
    // precede it on the same line.
    pattern:
      /(?:(?:Line |Branch )?[Cc]overage(?: by file)? \(([\d.]+)%\) is below|File \((\S+)\) is only \(([\d.]+)%\) covered\. This is below) the expected minimum coverage/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: (m) => facts({ tool: 'simplecov', file: m[2] }),
  },
  {
    id: 'coverage.simplecov-drop',
    tool: 'simplecov',
    anchors: ['overage has dropped by'],
    // maximum_coverage_drop: "Line coverage has dropped by 3.00% since the last time (maximum allowed: 1.00%)."
    pattern: /[Cc]overage has dropped by ([\d.]+)% since the last time \(maximum allowed: ([\d.]+)%\)/,
    role: 'error',
    category: 'test_failure',
    weight: COVERAGE_WEIGHT,
    facts: () => ({ tool: 'simplecov' }),
  },
  {
    id: 'coverage.simplecov-exit',
    tool: 'simplecov',
    anchors: ['due to a coverage related error'],
    // SimpleCov's closing word after a miss: "SimpleCov failed with exit 2 due to a coverage related error".
    pattern: /^SimpleCov failed with exit (\d+) due to a coverage related error/,
    role: 'verdict',
    category: 'test_failure',
    weight: 0.3,
    facts: () => ({ tool: 'simplecov' }),
  },
];
