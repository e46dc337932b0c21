import { describe, it } from 'vitest';
import { checkCase, checkMiss } from './rule-cases.js';
import { runnerSystemCases as cases } from './runner-system.cases.js';

describe('runner and system rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('shell.command-not-found', 'Package foo not found in cache, downloading');
    checkMiss('os.killed', 'Process skilled at nothing');
    checkMiss('os.permission-denied', 'git@github.com: Permission denied (publickey).');
    checkMiss('runner.exit-code', 'echo "Process completed with exit code"');
  });
});
