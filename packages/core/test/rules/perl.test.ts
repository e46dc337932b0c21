import { describe, it } from 'vitest';
import { perlCases as cases } from './perl.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('TAP, Test::More, perl and cpanm rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('testmore.failed', "#   Failed (TODO) test 'handles leap seconds'");
    checkMiss('cpanm.not-found', '! Finding Path::Tiny on cpanmetadb failed.');
    checkMiss('perl.syntax-error', 'lib/Report.pm syntax OK');
  });
});
