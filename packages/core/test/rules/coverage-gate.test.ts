import { describe, it } from 'vitest';
import { coverageGateCases as cases } from './coverage-gate.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('coverage gate rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take coverage reports that pass', () => {
    // The report table and a met threshold say nothing failed.
    checkMiss('coverage.pytest-cov', 'Required test coverage of 50% reached. Total coverage: 53.33%');
    checkMiss('coverage.fail-under', 'TOTAL                     15      7     10      2    48%');
    checkMiss('coverage.istanbul-threshold', 'All files |      60 |    66.66 |      50 |      60 |');
    checkMiss(
      'coverage.jest-threshold',
      'Coverage summary: lines 37.5% ( 3/8 ), coverage threshold for lines met',
    );
    checkMiss(
      'coverage.simplecov-minimum',
      'Coverage report generated for Unit Tests to /w/coverage. 7 / 9 LOC (77.78%) covered.',
    );
  });
});
