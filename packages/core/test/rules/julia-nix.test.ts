import { describe, expect, it } from 'vitest';
import { juliaNixCases as cases } from './julia-nix.cases.js';
import { checkCase, checkMiss, hitsOn } from './rule-cases.js';

describe('Julia and Nix rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('silences the closing lines another rule would take for the failure', () => {
    // jenkins.error and generic.error-prefix read any "ERROR: "/"error: " line; on these the
    // noise rule wins, so the failures printed above them are what is shown.
    for (const line of [
      'ERROR: Some tests did not pass: 3 passed, 1 failed, 0 errored, 0 broken.',
      "error: builder for '/nix/store/kvy7s32l1xrcvryy7z9i7l85wdl7r0iv-mathlib-1.2.drv' failed with exit code 1",
    ]) {
      const hits = hitsOn(line);
      expect(
        hits.some((h) => h.rule.role === 'noise' && h.rule.weight >= 0.5),
        line,
      ).toBe(true);
    }
  });

  it('does not take look-alikes', () => {
    // A LoadError that only wraps the test summary is the summary.
    checkMiss(
      'julia.load-error',
      'ERROR: LoadError: Some tests did not pass: 1 passed, 1 failed, 1 errored.',
    );
    // Prose about a failure, not the Test stdlib's heading.
    checkMiss('julia.test-failed', 'The Test Failed at the start of this line is quoted: see below');
    checkMiss('julia.exception', 'ERROR: Job failed: exit code 1');
    // Another tool's "error:" line is not a Nix evaluation error.
    checkMiss('nix.eval-error', 'error: could not compile `app` due to previous error');
    checkMiss('nix.eval-error', "error: attribute 'x' of the manifest");
    // A quoted builder line with nothing failing in it, and a diff's quote.
    checkMiss('nix.builder-log', '       > checking for gcc... gcc');
    checkMiss('nix.builder-log', '> error: something quoted in markdown');
    // The run's closing count under -L, and a shell prompt.
    checkMiss('nix.builder-log-prefixed', 'slugify-unit-tests> FAILED (failures=1)');
    checkMiss('nix.builder-log-prefixed', 'mysql> SELECT 1; -- error handling below');
    checkMiss('nix.build-closing', "error: builder for '/nix/store/x.drv' failed with exit code 1 and more");
  });
});
