import { describe, expect, it } from 'vitest';
import { jsLegacyCases as cases } from './js-legacy.cases.js';
import { checkCase, checkMiss, hitsOn } from './rule-cases.js';

describe('JavaScript rules for the Travis era (old npm, yarn 1, JSHint, JSCS, standard, TSLint)', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // An npm error with a code of its own is the reason, not a footer.
    checkMiss('npm.lifecycle-footer', 'npm ERR! code E404');
    checkMiss('npm.lifecycle-footer', 'npm ERR! errno ECONNREFUSED');
    checkMiss('jshint.error', '    at Context.<anonymous> (test/a.js:3:4), col 5');
    checkMiss('jscs.error', '  requireSemicolons: true,');
    checkMiss('tslint.error', 'ERROR: Job failed: exit code 1');
    checkMiss('jest.failed-test', '  ● Test suite failed to run');
    checkMiss('babel.syntax-error', 'SyntaxError: Unexpected token )');
    checkMiss('grunt-jshint.error', 'ReferenceError: helper is not defined.');
  });

  // The scanner drops every hit on a line that a noise rule of weight ≥ 0.5 matches (scan.ts).
  it('an old npm footer line is strong noise, so npm.error-code never shows it as the reason', () => {
    for (const line of [
      'npm ERR! code ELIFECYCLE',
      'npm ERR! Test failed.  See above for more details.',
      'npm ERR! Failed at the x@1.0.0 test script.',
    ])
      expect(
        hitsOn(line).some((h) => h.rule.role === 'noise' && h.rule.weight >= 0.5),
        line,
      ).toBe(true);
  });
});
