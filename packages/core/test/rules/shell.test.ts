import { describe, it } from 'vitest';
import { checkCase, checkMiss } from './rule-cases.js';
import { shellCases as cases } from './shell.cases.js';

describe('bats, ShellCheck and bash rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Expected failures and skipped tests are not failures.
    checkMiss('tap.not-ok', 'not ok 3 parses dates # TODO timezone support');
    checkMiss('tap.not-ok', 'not ok 4 uses the network # SKIP offline');
    checkMiss('tap.not-ok', 'ok 1 greet prints a greeting');
    // The wiki links under "For more information:" repeat the codes; they are not findings.
    checkMiss(
      'shellcheck.finding',
      "  https://www.shellcheck.net/wiki/SC2164 -- Use 'cd ... || exit' or 'cd ... |...",
    );
  });
});
