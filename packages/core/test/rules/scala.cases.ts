import type { RuleCase } from './rule-cases.js';

// Lines from the public sbt logs under packages/fixtures/ecosystems/scala (sbt-scalatest-failed,
// sbt-scalastyle-no-config, sbt-scalac-error-forms, sbt-unresolved-dependency) and the JUnit 4
// recordings beside them.
export const scalaCases: RuleCase[] = [
  // sbt-scalatest-failed (sbt 0.13, ScalaTest 2.2)
  {
    rule: 'scalatest.failed',
    line: '[info] - should have 1 task due today *** FAILED ***',
    category: 'test_failure',
    facts: { tool: 'scalatest', tests: ['should have 1 task due today'] },
  },
  { rule: 'scalatest.summary', line: '[info] *** 1 TEST FAILED ***', category: 'test_failure' },
  {
    rule: 'sbt.task-summary',
    line: '[error] (test:test) sbt.TestsFailedException: Tests unsuccessful',
    category: 'test_failure',
  },
  { rule: 'sbt.closing-noise', line: '[error] Failed tests:' },
  { rule: 'sbt.closing-noise', line: '[error] \tTaskManagerSpec' },
  { rule: 'sbt.closing-noise', line: '[error] Total time: 3 s, completed 10 Jan, 2016 2:50:53 PM' },
  // sbt-scalastyle-no-config
  {
    rule: 'sbt.task-failed',
    line: '[error] (compile:scalastyle) config does not exist: scalastyle-config.xml',
    category: 'missing_file',
  },
  // sbt-scalac-error-forms: sbt 0.13 prints file:line, sbt 1.x file:line:column
  {
    rule: 'sbt.scalac-error',
    line: "[error] /home/user/.jenkins/jobs/job/workspace/another/path/SomeFile.scala:9: ';' expected but identifier found.",
    category: 'compile_error',
    facts: {
      tool: 'scalac',
      locations: [
        {
          file: '/home/user/.jenkins/jobs/job/workspace/another/path/SomeFile.scala',
          line: 9,
          message: "';' expected but identifier found.",
        },
      ],
    },
  },
  {
    rule: 'sbt.scalac-error',
    line: '[error] /home/user/.jenkins/jobs/job/workspace/Main.scala:5:11: Invalid literal number',
    category: 'compile_error',
    facts: {
      locations: [{ file: '/home/user/.jenkins/jobs/job/workspace/Main.scala', line: 5, column: 11 }],
    },
  },
  // sbt-unresolved-dependency (sbt 0.13.6's release notes)
  {
    rule: 'ivy.unresolved',
    line: '[warn]  :: foundrylogic.vpp#vpp;2.2.1: not found',
    category: 'missing_dependency',
    facts: { tool: 'ivy', package: 'foundrylogic.vpp#vpp;2.2.1' },
  },
  // junit4-scala-assert (JUnitCore on a Scala test class)
  {
    rule: 'junit.assertion',
    line: 'java.lang.AssertionError: expected:<10.13> but was:<10.12>',
    category: 'test_failure',
  },
  // munit-pending-failed, munit-timeout, munit-invalid-test-class, munit-verbose-run-summary
  // (MUnit's console output as its own CI asserts it, elapsed times as its "<elapsed time>")
  {
    rule: 'munit.failed',
    line: '==> X munit.SkippedFrameworkSuite.pending.failed.not-ignored <elapsed time>munit.FailException: tests/shared/src/main/scala/munit/SkippedFrameworkSuite.scala:38 assertion failed',
    category: 'test_failure',
    facts: { tool: 'munit', tests: ['munit.SkippedFrameworkSuite.pending.failed.not-ignored'] },
  },
  {
    rule: 'munit.failed',
    line: '==> X munit.Issue285FrameworkSuite.issue-285-fail <elapsed time>java.util.concurrent.TimeoutException: test timed out after 5 milliseconds',
    category: 'timeout',
    facts: { tests: ['munit.Issue285FrameworkSuite.issue-285-fail'] },
  },
  {
    rule: 'munit.failed',
    line: "==> X munit.BasicSuite.initializationError  0.003s org.junit.runners.model.InvalidTestClassError: Invalid test class 'munit.BasicSuite':",
    category: 'test_failure',
    facts: { tests: ['munit.BasicSuite.initializationError'] },
  },
  {
    rule: 'munit.summary',
    line: 'Test run munit.SkippedFrameworkSuite finished: 2 failed, 9 ignored, 9 total, <elapsed time>',
    category: 'test_failure',
  },
  // The comparison messages MUnit's exceptions carry (tests/shared/src/main/scala/munit/
  // AssertionsFrameworkSuite.scala and StackTraceFrameworkSuite.scala in scalameta/munit).
  { rule: 'munit.comparison', line: 'values are not the same', category: 'test_failure' },
  { rule: 'munit.comparison', line: 'diff assertion failed', category: 'test_failure' },
  { rule: 'munit.comparison', line: '=> Diff (- obtained, + expected)', category: 'test_failure' },
  { rule: 'munit.comparison', line: '=> Diff (- expected, + obtained)', category: 'test_failure' },
  // specs2-failed-example, specs2-not-equal, specs2-error-example, specs2-expected-actual (specs2's
  // console reporter as its own TextPrinterSpec asserts it)
  {
    rule: 'specs2.failed',
    line: '[error]   x e2',
    category: 'test_failure',
    facts: { tool: 'specs2', tests: ['e2'] },
  },
  { rule: 'specs2.failed', line: '[error] x e1', category: 'test_failure' },
  {
    rule: 'specs2.error',
    line: '[error] ! e1',
    category: 'test_failure',
    facts: { tool: 'specs2', tests: ['e1'] },
  },
  {
    rule: 'specs2.comparison',
    line: '[error] Expected: a[d]cdea[d]cdea[d]cdea[d]cdea[d]cde',
    category: 'test_failure',
  },
  {
    rule: 'specs2.comparison',
    line: '[error] Actual:   a[b]cdea[b]cdea[b]cdea[b]cdea[b]cde',
    category: 'test_failure',
  },
];
