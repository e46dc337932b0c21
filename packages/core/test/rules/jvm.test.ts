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
    // The compiler's other plugins fail a build for their own reasons: only Surefire's test verdict is weak.
    checkMiss(
      'surefire.failed-goal',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.1:compile (default-compile) on project invoice: Compilation failure',
    );
    checkMiss(
      'maven.failed-goal',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.3:test (default-test) on project invoice: There are test failures.',
    );
    // kotlinc's warnings do not fail a build.
    checkMiss('kotlinc.cli-error', "Cart.kt:3:9: warning: variable 'x' is never used");
    // JUnit 4 prints the test alone ("1) name(Class)") and the exception on the next line.
    checkMiss('junit3.failure', '1) readsPort(ConfigTest)');
    // The Enforcer's verdict and Groovy's power assert are other rules'.
    checkMiss(
      'maven.failed-goal',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.1.0:enforce (enforce-maven) on project invoice: Some Enforcer rules have failed. Look above for specific messages explaining why the rule failed. -> [Help 1]',
    );
    checkMiss('java.uncaught', 'Caught: Assertion failed: ');
  });
});
