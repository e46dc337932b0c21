import { describe, it } from 'vitest';
import { cCases as cases } from './c.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('C/C++ build, test-harness and memory-checker rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Summaries that count what the heads above already named.
    checkMiss('valgrind.error', '==9030==    definitely lost: 15 bytes in 3 blocks');
    checkMiss('valgrind.error', '==6524== ERROR SUMMARY: 1 errors from 1 contexts (suppressed: 0 from 0)');
    checkMiss('sanitizer.access', 'Indirect leak of 32 byte(s) in 2 object(s) allocated from:');
    checkMiss('automake.test-fail', '# FAIL:  1');
    checkMiss('ctest.failed', '1/2 Test #1: push .............................   Passed    0.00 sec');
    // A make verdict stays a verdict; only the missing target is a cause.
    checkMiss('make.no-rule', 'make: *** [Makefile:10: util.o] Error 1');
    // The linker's closing words under the undefined references, which are the reason.
    checkMiss(
      'cc.driver-error',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    );
    checkMiss('ld.undefined-reference', 'collect2: error: ld returned 1 exit status');
  });
});
