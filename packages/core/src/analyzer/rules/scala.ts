import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * scalac's own diagnostics, and sbt's: sbt writes its log level before every line (`[info] `,
 * `[warn] `, `[error] `), so its rules carry the prefix; indentation under it counts from after it
 * (follow.ts). What failed is the test's `*** FAILED ***` line and its message, or the compiler's
 * error; sbt's closing lines (`[error] (Test / test) sbt.TestsFailedException`, `Failed tests:`,
 * `Total time:`) only repeat it, so they are weak or noise. MUnit marks a failed test "==> X" and
 * specs2 (under sbt) "[error] x" or "[error] !"; their run counts are weak too.
 */

// A missing library shows as an unknown top-level package or one missing a member.
const MISSING_LIBRARY =
  /^not found: object |is not a member of package |^object \w+ is not a member of package/;

// Source checkers run as sbt tasks: their task failing is a lint failure.
const LINT_TASKS = /scalastyle|scalafmt|scalafix|wartremover|scapegoat|headerCheck|mima|dependencyCheck/i;

/** What an sbt task's failure line says went wrong: by its message first, then by the task. */
function sbtTaskCategory(task: string, message: string): FailureCategory | undefined {
  if (/ResolveException|unresolved dependenc|Error downloading|download failed/.test(message))
    return 'missing_dependency';
  if (/ does not exist|No such file|FileNotFoundException/.test(message)) return 'missing_file';
  if (LINT_TASKS.test(task)) return 'lint_failure';
  if (/compile/i.test(task)) return 'compile_error';
  if (/test/i.test(task)) return 'test_failure';
  if (/update|resolve/i.test(task)) return 'missing_dependency';
  return undefined;
}

/**
 * MUnit's failed-test line after "==> X ": the test's full name, then its time ("  0.021s ", or
 * "<elapsed time>" where MUnit's own tests mask it), then the exception and message. Without a
 * time the whole line is the name.
 */
function munitFailure(rest: string): { test: string; message: string } {
  const masked = rest.indexOf('<elapsed time>');
  if (masked >= 0)
    return { test: rest.slice(0, masked).trimEnd(), message: rest.slice(masked + '<elapsed time>'.length) };
  const timed = / {1,2}\d+\.\d+s(?: |$)/.exec(rest);
  if (timed) return { test: rest.slice(0, timed.index), message: rest.slice(timed.index + timed[0].length) };
  return { test: rest.trimEnd(), message: '' };
}

export const scalaRules: Rule[] = [
  {
    id: 'scalac.error',
    tool: 'scalac',
    anchors: ['.scala:'],
    // "X.scala:3: error: type mismatch;" with " found   :"/" required:", the code and a caret below.
    pattern: /^(\S+\.scala):(\d+): error: (.*)$/,
    role: 'error',
    classify: (m) => (MISSING_LIBRARY.test(m[3]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'scalac.warning',
    tool: 'scalac',
    anchors: ['.scala:'],
    // Fatal only under -Xfatal-warnings: weak enough that a real error elsewhere hides it.
    pattern: /^(\S+\.scala):(\d+): warning: (.*)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.35,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'scalac.fatal-warnings',
    tool: 'scalac',
    anchors: ['No warnings can be incurred'],
    pattern: /^(?:\[error\] )?error: No warnings can be incurred under -Xfatal-warnings\.$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.5,
    facts: () => ({ tool: 'scalac' }),
  },
  {
    // scalac under sbt: "[error] /src/X.scala:12:5: type mismatch;" (sbt 1.x, with the column) or
    // "[error] /src/X.scala:12: …" (0.13), the details as "[error]  found   : Int" below.
    id: 'sbt.scalac-error',
    tool: 'sbt',
    anchors: ['.scala:'],
    pattern: /^\[error\] ((?:[A-Za-z]:)?[^\s:]+\.scala):(\d+):(?:(\d+):)? (\S.*)$/,
    role: 'error',
    classify: (m) => (MISSING_LIBRARY.test(m[4]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalac', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // ScalaTest's failed test, "- should add two numbers *** FAILED ***" ("[info] " under sbt,
    // maybe a duration after it), its message indented below and ending "(Spec.scala:12)".
    id: 'scalatest.failed',
    tool: 'scalatest',
    anchors: ['*** FAILED ***'],
    pattern: /^(?:\[info\] )?\s*- (\S.*?) \*\*\* FAILED \*\*\*(?: \([^()]*\))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalatest', tests: [m[1]!] }),
  },
  {
    // ScalaTest's count of them, "*** 3 TESTS FAILED ***": the failures it counts are above.
    id: 'scalatest.summary',
    tool: 'scalatest',
    anchors: ['FAILED ***'],
    pattern: /^(?:\[info\] )?\*\*\* \d+ TESTS? FAILED \*\*\*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.3,
    facts: () => ({ tool: 'scalatest' }),
  },
  {
    // An sbt task that failed with its own message: "[error] (compile:scalastyle) config does not
    // exist: …", "[error] (*:update) sbt.ResolveException: unresolved dependency: …". Often the
    // only statement of the reason. Tests and compilation have their own closing line (below).
    id: 'sbt.task-failed',
    tool: 'sbt',
    anchors: ['[error] ('],
    pattern:
      /^\[error\] \(([^()]+)\) (?!sbt\.TestsFailedException: |Compilation failed$|Nonzero exit code)(\S.*)$/,
    role: 'error',
    classify: (m) => sbtTaskCategory(m[1]!, m[2]!),
    weight: 0.7,
    follow: 'indented',
    facts: () => ({ tool: 'sbt' }),
  },
  {
    // sbt's last word on a failed test or compile task: the failures are above it.
    id: 'sbt.task-summary',
    tool: 'sbt',
    anchors: ['[error] ('],
    pattern:
      /^\[error\] \(([^()]+)\) (sbt\.TestsFailedException: Tests unsuccessful|Compilation failed|Nonzero exit code(?: returned from runner)?: \d+)$/,
    role: 'error',
    classify: (m) =>
      m[2]!.startsWith('sbt.Tests')
        ? 'test_failure'
        : m[2]!.startsWith('Compilation')
          ? 'compile_error'
          : undefined,
    weight: 0.3,
    facts: () => ({ tool: 'sbt' }),
  },
  {
    // Ivy's list under "UNRESOLVED DEPENDENCIES" (sbt's "[warn] ", Ant's "[ivy:resolve] ", or the
    // sbt launcher's bare lines when sbt itself cannot be fetched): ":: org#name;1.0: not found".
    id: 'ivy.unresolved',
    tool: 'ivy',
    anchors: ['[warn]', ': not found'],
    pattern: /^(?:\[warn\]|\[ivy:resolve\](?: WARN:)?)?\s+:: ([\w.-]+#[\w.-]+;[^\s:]+): (\S.*)$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.8,
    facts: (m) => ({ tool: 'ivy', package: m[1]! }),
  },
  {
    // MUnit's failed test: "==> X munit.MySuite.hello  0.021s munit.ComparisonFailException: …",
    // the time then the exception and its message on the same line (sbt's logger may prefix it).
    // The source lines under it ("12:    assertEquals(a, b)") and a diff follow unindented: the
    // message rule below shows the diff's header.
    id: 'munit.failed',
    tool: 'munit',
    anchors: ['==> X '],
    // The name may hold spaces and the time is optional, so they are split in code (munitFailure),
    // not by a regular expression that would backtrack over every space.
    pattern: /^(?:\[(?:error|info)\] )?\s*==> X (\S.*)$/,
    role: 'error',
    // A test over its munitTimeout fails with a TimeoutException: the test's own time limit.
    classify: (m) =>
      /TimeoutException: |test timed out after/.test(munitFailure(m[1]!).message)
        ? 'timeout'
        : 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'munit', tests: [munitFailure(m[1]!).test] }),
  },
  {
    // MUnit's comparison message under the failed test: what differs, then the values.
    id: 'munit.comparison',
    tool: 'munit',
    anchors: ['not the same', 'iff assertion failed', '=> Diff ('],
    pattern:
      /^(?:\[(?:error|info)\] )?\s*(?:values are not the same|diff assertion failed|=> Diff \(- (?:obtained|expected), \+ (?:expected|obtained)\))$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.55,
    follow: 'until-blank',
    facts: () => ({ tool: 'munit' }),
  },
  {
    // MUnit's closing count, "Test run munit.MySuite finished: 2 failed, 9 ignored, 9 total, 0.1s":
    // the failures it counts are above.
    id: 'munit.summary',
    tool: 'munit',
    anchors: [' failed, '],
    pattern: /^(?:\[(?:error|info)\] )?Test run \S+ finished: [1-9]\d* failed, \d+ ignored, \d+ total/,
    role: 'error',
    category: 'test_failure',
    weight: 0.3,
    facts: () => ({ tool: 'munit' }),
  },
  {
    // specs2's failed example under sbt, "[error] x adds two numbers" (indented under its
    // block), its message on the [error] lines below it, one column deeper. Not a source line that
    // scalac quotes under its error and that starts with a variable x ("[error]     x + 1").
    id: 'specs2.failed',
    tool: 'specs2',
    anchors: ['[error] '],
    pattern: /^\[error\] +x (?![-=+*/%:.(<>|&^!])(\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'specs2', tests: [m[1]!.trim()] }),
  },
  {
    // specs2's example that threw, "[error] ! parses the input", the exception's message below.
    id: 'specs2.error',
    tool: 'specs2',
    anchors: ['[error] '],
    pattern: /^\[error\] +! (\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'specs2', tests: [m[1]!.trim()] }),
  },
  {
    // specs2's detailed failure of two long strings: "[error] Expected: a[d]c" / "[error] Actual:   a[b]c".
    id: 'specs2.comparison',
    tool: 'specs2',
    anchors: ['[error] Expected: ', '[error] Actual: '],
    pattern: /^\[error\] (?:Expected: |Actual: {3})\S/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    facts: () => ({ tool: 'specs2' }),
  },
  {
    // sbt's closing lines at level error that state nothing: the time taken, the headings over the
    // failed suites' names and the names themselves (a bare exception's name, as sbt prints a
    // StackOverflowError, is not one), scalac's error count.
    id: 'sbt.closing-noise',
    tool: 'sbt',
    anchors: ['[error] '],
    pattern:
      /^\[error\] (?:Total time: |(?:Failed tests|Error during tests):$|\s*(?![\w.$]*(?:Error|Exception)$)[\w.$]+$|(?:one|two|three|four|\d+) errors? found$)/,
    role: 'noise',
    weight: 0.6,
  },
];
