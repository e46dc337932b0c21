import { describe, it } from 'vitest';
import { categoryGapCases } from './category-gaps.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('categories of compilers, Emacs, Octave, gems, configure and pkg-config', () => {
  for (const c of categoryGapCases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // gcc's own files are cc.error's; lint tags and codes are not a compiler's error level.
    checkMiss('compiler.located-error', 'src/a.c:12:5: warning: unused variable');
    checkMiss('compiler.located-error', 'app.py:3:0: E0602: Undefined variable');
    checkMiss('compiler.located-error', 'config.yml:3:5: [error] wrong indentation');
    checkMiss('emacs.load-missing', 'Loading /home/runner/.emacs.d/init.el (source)...');
    checkMiss('gem.required-ruby', 'rails requires Ruby version 3.1 or newer, see the guide');
    // Swift Testing's tally of the whole run names no test.
    checkMiss('swift-testing.failed', '✘ Test run with 2 tests failed after 0.001 seconds with 1 issue.');
    checkMiss(
      'swift-testing.issue',
      '━ Test "a check" recorded a known issue at F.swift:1:1: Expectation failed',
    );
  });
});
