import { describe, it } from 'vitest';
import { installCases as cases } from './install.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('dependency install rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // apt's progress and notes around a failure are not the failure.
    checkMiss(
      'apt.no-candidate',
      'Package python-dev is not available, but is referred to by another package.',
    );
    checkMiss('apt.version-not-found', "W: Version '1.0' for 'foo' was not found in the cache, using 1.1");
    // configure's own checks answering "no" are only the lead-up to its error line.
    checkMiss('configure.error', 'checking for zstd.h... no');
    checkMiss('configure.error', 'config.status: error: cannot find input file: Makefile.in.in');
    // npm's "Actual:" line restates the running versions; the Required line is the requirement.
    checkMiss('npm.notsup', 'npm error notsup Actual:   {"node":"v20.20.2","npm":"11.19.1"}');
    checkMiss('go.proxy-off', 'GOPROXY=off go build ./...');
  });
});
