import { describe, expect, it } from 'vitest';
import { phpCases as cases } from './php.cases.js';
import { checkCase, checkMiss, hitsOn } from './rule-cases.js';

describe('PHPUnit, PHP and Composer rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('keeps PHPUnit progress lines from reading as failures', () => {
    // "E   " also opens pytest's assertion lines; the noise rule must win on this line.
    const hits = hitsOn('E                                                                   1 / 1 (100%)');
    expect(hits.some((h) => h.rule.role === 'noise' && h.rule.weight >= 0.5)).toBe(true);
  });

  it('does not take look-alikes', () => {
    checkMiss('php.error', 'PHP Warning:  Undefined variable $x in /w/src/a.php on line 3');
    checkMiss('phpunit.test', '1) the first step of the setup guide');
    // A valid composer.json with nothing to warn about passes `composer validate`.
    checkMiss('composer.validate', './composer.json is valid');
    checkMiss('composer.unresolvable', 'Nothing to install, update or remove');
  });
});
