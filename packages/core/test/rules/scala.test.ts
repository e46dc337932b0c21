import { describe, it } from 'vitest';
import { checkCase, checkMiss } from './rule-cases.js';
import { scalaCases as cases } from './scala.cases.js';

describe('sbt, ScalaTest, MUnit, specs2 and JUnit assertion rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.trim().slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // A passing ScalaTest test, and a program that prints the words alone.
    checkMiss('scalatest.failed', '[info] - should have 0 tasks due today');
    checkMiss('scalatest.failed', '*** FAILED ***');
    // A warning is not scalac's error; an [info] line naming a source file is progress.
    checkMiss(
      'sbt.scalac-error',
      '[warn] /home/user/.jenkins/jobs/job/workspace/Main.scala:4:18: implicit numeric widening',
    );
    checkMiss(
      'sbt.scalac-error',
      '[info] Compiling 1 Scala source to /Users/shekhargulati/blogs/tasky/target/scala-2.11/test-classes...',
    );
    // The closing line of failed tests or compilation is the summary rule's, not a task's reason.
    checkMiss('sbt.task-failed', '[error] (test:test) sbt.TestsFailedException: Tests unsuccessful');
    checkMiss('sbt.task-failed', '[error] (Compile / compileIncremental) Compilation failed');
    // An error with words in it is not a suite's name under "Failed tests:".
    checkMiss(
      'sbt.closing-noise',
      '[error] /home/user/.jenkins/jobs/job/workspace/Main.scala:5:11: Invalid literal number',
    );
    checkMiss(
      'sbt.closing-noise',
      '[error] (compile:scalastyle) config does not exist: scalastyle-config.xml',
    );
    // A bare exception's name is the reason, not a suite's name.
    checkMiss('sbt.closing-noise', '[error] java.lang.StackOverflowError');
    // Ivy's banner and rulers around the list, and the path to the dependency below it.
    checkMiss('ivy.unresolved', '[warn]  ::          UNRESOLVED DEPENDENCIES         ::');
    checkMiss('ivy.unresolved', '[warn]  ::::::::::::::::::::::::::::::::::::::::::::::');
    checkMiss('ivy.unresolved', '[warn]      foundrylogic.vpp:vpp:2.2.1');
    // An exception the code threw is not a failed assertion.
    checkMiss('junit.assertion', 'scala.NotImplementedError: an implementation is missing');
    checkMiss('junit.assertion', 'java.lang.AssertionErrorHandler: started');
    // MUnit's passing, ignored and skipped tests, and a run with nothing failed.
    checkMiss('munit.failed', '  + issue-285-ok <elapsed time>');
    checkMiss('munit.failed', '==> i munit.SkippedFrameworkSuite.ignore ignored <elapsed time>');
    checkMiss('munit.failed', '==> s munit.SkippedFrameworkSuite.assume(false) skipped <elapsed time>');
    checkMiss('munit.summary', 'Test run munit.FooSuite finished: 0 failed, 0 ignored, 3 total, 0.01s');
    // The comparison header is the whole line, not words inside a test's own message.
    checkMiss('munit.comparison', 'expected the values are not the same as before');
    // specs2's passing, skipped and pending examples.
    checkMiss('specs2.failed', '[info]   + e1');
    checkMiss('specs2.failed', '[info] o e1');
    checkMiss('specs2.error', '[info] * e1 PENDING');
    // A source line scalac quotes under its error, starting with a variable named x.
    checkMiss('specs2.failed', '[error]     x + 1');
    checkMiss('specs2.failed', '[error]   x = compute(y)');
  });
});
