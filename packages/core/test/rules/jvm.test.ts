import { describe, it } from 'vitest';
import { jvmCases as cases } from './jvm.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('JVM and Jenkins rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('maven.error', '[ERROR] COMPILATION ERROR : ');
    checkMiss('gradle.test-failed', '> Task :app:test FAILED');
    // Passing tests and containers in JUnit 5's tree are marked ✔.
    checkMiss('junit5.tree-failed', '│     └─ lowercases() ✔');
    checkMiss('java.exception', 'Caught the exception and retried');
  });
});
