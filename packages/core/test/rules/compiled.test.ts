import { describe, it } from 'vitest';
import { compiledCases as cases } from './compiled.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('D, Nim, Fortran, Crystal and Haxe rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // gfortran's messages point at "(1)"; a bare "Error:" line of another tool does not.
    checkMiss('gfortran.error', 'Error: Process completed with exit code 1.');
    checkMiss('crystal.error', 'Error: Process completed with exit code 1.');
    // A Haxe warning and the continuation of the line above are not errors of their own.
    checkMiss('haxe.error', 'Main.hx:3: characters 5-10 : Warning : This typedef is deprecated');
    checkMiss('haxe.error', "Main.hx:5: characters 17-20 : ... For function argument 'x'");
    // pytest's section rulers are not elm headings.
    checkMiss(
      'elm.problem',
      '----------------------------- Captured stdout call -----------------------------',
    );
    // The runner's summary of a passing unittest run.
    checkMiss('nim.test-failed', '  [OK] top of one');
  });
});
