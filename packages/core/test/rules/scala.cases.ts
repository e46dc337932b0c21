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
];
