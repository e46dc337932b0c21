import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Maven, Gradle, javac/kotlinc, Surefire/JUnit and the Jenkins build steps that usually wrap them.
 * Maven prints `[ERROR]` (possibly coloured); Gradle prints `> Task :x FAILED` and a
 * `* What went wrong:` section; Surefire prints `Tests run: …, Failures: …` per class.
 */

// Plugin or task names say what kind of check failed; these are the tools' own names.
const LINT_TOOLS =
  /checkstyle|pmd|spotbugs|findbugs|animal-sniffer|spotless|ktlint|detekt|errorprone|error-prone|forbiddenapis|license|apache-rat|rat-plugin|revapi|japicmp|clirr|enforcer|sortpom|formatter|fmt-maven|javadoc|lint/i;

function mavenPluginCategory(plugin: string, message: string): FailureCategory | undefined {
  if (/No space left on device/.test(message)) return 'resource_exhaustion';
  if (
    /Could not resolve dependencies|Could not find artifact|could not be resolved|Failed to read artifact descriptor|Could not transfer artifact/.test(
      message,
    )
  )
    return 'missing_dependency';
  if (
    /maven-compiler-plugin|kotlin-maven-plugin|scala-maven-plugin|gmavenplus/.test(plugin) ||
    /Compilation failure/.test(message)
  )
    return 'compile_error';
  if (
    /surefire|failsafe/.test(plugin) ||
    /There (?:are|were) test failures|There was a timeout/.test(message)
  )
    return 'test_failure';
  if (LINT_TOOLS.test(plugin)) return 'lint_failure';
  return undefined;
}

function gradleTaskCategory(task: string): FailureCategory | undefined {
  const name = task.slice(task.lastIndexOf(':') + 1);
  if (/^compile|Compile|^kapt|^ksp/.test(name)) return 'compile_error';
  if (/^test$|Test$|^test[A-Z]|^check$|^connected\w*Test/.test(name)) return 'test_failure';
  if (LINT_TOOLS.test(name)) return 'lint_failure';
  return undefined;
}

// JUnitCore (JUnit 4's text runner) names the failed test above its exception, under its count:
// "There was 1 failure:" / "1) readsPort(ConfigTest)". Both belong to a thrown exception (a weak
// rule): left out, the count is what the fallback would show beside it, with the runner's dots.
const JUNITCORE_LEAD = /^(?:\d+\) [\w$]+\([\w.$]+\)|There (?:was 1|were \d+) failures?:)$/;

export const jvmRules: Rule[] = [
  {
    id: 'maven.compiler-error',
    tool: 'maven',
    anchors: ['[ERROR] '],
    // maven-compiler-plugin: "[ERROR] /path/Foo.java:[12,8] cannot find symbol" (details indented below).
    pattern: /^\[ERROR\] (\S+\.(?:java|kt|scala|groovy)):\[(\d+),(\d+)\] (.*)/,
    role: 'error',
    classify: (m) =>
      /error while writing|could not create parent directories/.test(m[4]!) ? undefined : 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'javac', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'maven.compilation-header',
    tool: 'maven',
    anchors: ['COMPILATION ERROR'],
    pattern: /^\[ERROR\] COMPILATION ERROR :?\s*$/,
    role: 'header',
    category: 'compile_error',
    weight: 0.5,
  },
  {
    id: 'maven.failed-goal',
    tool: 'maven',
    anchors: ['Failed to execute goal'],
    // Not Surefire's "There are test failures." nor the Enforcer's "Some Enforcer rules have
    // failed. Look above…": surefire.failed-goal and enforcer.failed-goal (below) say those.
    pattern:
      /^\[ERROR\] Failed to execute goal (\S+?) (?:\([^)]*\) )?on project (\S+?): (?!There are test failures\.|Some Enforcer rules have failed\.)(.*)/,
    role: 'error',
    classify: (m) => mavenPluginCategory(m[1]!, m[3]!),
    weight: 0.8,
    follow: 'same-tag',
    facts: (_m) => ({ tool: 'maven' }),
  },
  {
    // Surefire's closing "Failed to execute goal …surefire…: There are test failures." and its
    // help lines only restate the failed tests printed above, which are the reason: weak enough
    // that those tests' own lines are shown without it, still naming the category alone.
    id: 'surefire.failed-goal',
    tool: 'surefire',
    anchors: ['Failed to execute goal'],
    pattern:
      // The plugin's name is found by one lookahead: `\S+?(?:surefire|failsafe)\S*` rescanned the
      // token from each occurrence of the name (quadratic).
      /^\[ERROR\] Failed to execute goal \S(?=\S*?(?:surefire|failsafe))\S* (?:\([^)]*\) )?on project \S+?: There are test failures\./,
    role: 'error',
    category: 'test_failure',
    weight: 0.3,
    follow: 'same-tag',
    facts: () => ({ tool: 'surefire' }),
  },
  {
    // maven-enforcer-plugin names each broken rule above its verdict: "[ERROR] Rule 0:
    // org.apache.maven.plugins.enforcer.RequireMavenVersion failed with message:", then the
    // message on lines of its own. A version the build requires of Java or Maven is the toolchain;
    // the other rules (banned dependencies, convergence, properties) are a policy check.
    id: 'enforcer.rule-failed',
    tool: 'maven-enforcer',
    anchors: ['failed with message:'],
    pattern: /^\[(?:ERROR|WARNING)\] Rule \d+: ([\w.$]+) failed with message:$/,
    role: 'error',
    classify: (m) =>
      /\.Require(?:Java|Maven|Jdk)Version$/.test(m[1]!) ? 'toolchain_mismatch' : 'lint_failure',
    weight: 0.85,
    follow: 'trace',
    facts: (m) => ({ tool: 'maven-enforcer', code: m[1]!.slice(m[1]!.lastIndexOf('.') + 1) }),
  },
  {
    // RequireJavaVersion/RequireMavenVersion's message: "Detected Maven Version: 3.8.7 is not in
    // the allowed range [3.9.0,)."
    id: 'enforcer.version-range',
    tool: 'maven-enforcer',
    anchors: ['is not in the allowed range'],
    pattern: /^Detected (JDK|Maven) Version: (\S+) is not in the allowed range (\S+?)\.?$/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) =>
      facts({ toolchain: m[1] === 'JDK' ? 'java' : 'maven', actualVersion: m[2], requiredVersion: m[3] }),
  },
  {
    // BannedDependencies' message: "Found Banned Dependency: junit:junit:jar:4.13.2".
    id: 'enforcer.banned-dependency',
    tool: 'maven-enforcer',
    anchors: ['Found Banned Dependency: '],
    pattern: /^Found Banned Dependency: (\S+)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'maven-enforcer', package: m[1]! }),
  },
  {
    // The Enforcer's own verdict points up at the rules it lists: the reason is there.
    id: 'enforcer.failed-goal',
    tool: 'maven-enforcer',
    anchors: ['Failed to execute goal'],
    pattern:
      // One lookahead for the plugin's name, as in surefire.failed-goal (linear time).
      /^\[ERROR\] Failed to execute goal \S(?=\S*?enforcer)\S* (?:\([^)]*\) )?on project \S+?: Some Enforcer rules have failed\./,
    role: 'error',
    category: 'lint_failure',
    weight: 0.3,
    follow: 'same-tag',
    facts: () => ({ tool: 'maven-enforcer' }),
  },
  {
    id: 'maven.unresolved',
    tool: 'maven',
    anchors: [
      'Could not resolve dependencies',
      'Could not find artifact',
      'could not be resolved',
      'Failed to read artifact descriptor',
      'Could not transfer artifact',
    ],
    pattern:
      // The coordinates start a token: otherwise every offset rescans it (ReDoS).
      /Could not resolve dependencies for project \S+|Could not find artifact (\S+)|(?:Plugin )?(?<!\S)(\S+) or one of its dependencies could not be resolved|Failed to read artifact descriptor for (\S+)|Could not transfer artifact (\S+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.8,
    follow: 'same-tag',
    facts: (m) => facts({ tool: 'maven', package: (m[1] ?? m[2] ?? m[3] ?? m[4])?.replace(/:$/, '') }),
  },
  {
    id: 'maven.error',
    tool: 'maven',
    anchors: ['[ERROR]'],
    pattern: /^\[ERROR\](?: (?!COMPILATION ERROR)|$)/,
    role: 'error',
    weight: 0.35,
    follow: 'same-tag',
    facts: () => ({ tool: 'maven' }),
  },
  {
    id: 'maven.build-failure',
    tool: 'maven',
    anchors: ['BUILD FAILURE'],
    pattern: /^\[INFO\] BUILD FAILURE$/,
    role: 'verdict',
    weight: 0.2,
    facts: () => ({ tool: 'maven' }),
  },
  {
    id: 'maven.invalid-target',
    tool: 'maven',
    anchors: ['invalid target release', 'invalid source release', 'release version'],
    pattern: /(?:invalid (?:target|source) release|release version (\S+) not supported):? ?(\S+)?/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => facts({ toolchain: 'java', requiredVersion: m[2] ?? m[1] }),
  },
  {
    id: 'jvm.class-version',
    tool: 'java',
    anchors: [
      'Unsupported class file major version',
      'has been compiled by a more recent version',
      'class file has wrong version',
    ],
    pattern:
      /Unsupported class file major version (\d+)|has been compiled by a more recent version of the Java Runtime \(class file version ([\d.]+)\), this version of the Java Runtime only recognizes class file versions up to ([\d.]+)|class file has wrong version ([\d.]+), should be ([\d.]+)/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) =>
      facts({ toolchain: 'java', requiredVersion: m[1] ?? m[2] ?? m[4], actualVersion: m[3] ?? m[5] }),
  },
  {
    id: 'surefire.class-failed',
    tool: 'surefire',
    anchors: ['<<< FAILURE!', '<<< ERROR!'],
    // "Tests run: 6, Failures: 0, Errors: 5, Skipped: 0, Time elapsed: 0.154 sec <<< FAILURE!" (optionally " - in Class").
    // `[^:<]*` rather than `.*`: each repeat of the prefix scans only up to its next ":" (linear time).
    pattern:
      /Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+, Time elapsed: [^:<]*<<< (?:FAILURE|ERROR)!/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'trace',
    facts: () => ({ tool: 'surefire' }),
  },
  {
    id: 'surefire.test-failed',
    tool: 'surefire',
    anchors: ['<<< FAILURE!', '<<< ERROR!'],
    // JUnit 4 "name(Class)  Time elapsed: 0.2 sec  <<< ERROR!"; JUnit 5 "Class.name  Time elapsed: 0.2 s  <<< FAILURE!".
    pattern:
      /^(?:\[ERROR\] )?(\S+?)(?:\(([\w.$]+)\))?\s+Time elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'trace',
    facts: (m) => ({ tool: 'surefire', tests: [m[2] ? `${m[2]}.${m[1]}` : m[1]!] }),
  },
  {
    id: 'surefire.summary-list',
    tool: 'surefire',
    anchors: ['Tests in error:', 'Failed tests:', 'Tests in error', '[ERROR] Failures:', '[ERROR] Errors:'],
    pattern: /^(?:\[ERROR\] )?(?:Tests in error|Failed tests|Failures|Errors):\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    follow: 'indented',
    facts: () => ({ tool: 'surefire' }),
  },
  {
    id: 'surefire.totals',
    tool: 'surefire',
    anchors: ['Tests run:'],
    pattern: /^(?:\[(?:ERROR|WARNING)\] )?Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+$/,
    role: 'error',
    classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
    weight: 0.45,
    facts: () => ({ tool: 'surefire' }),
  },
  {
    id: 'surefire.fork-crash',
    tool: 'surefire',
    anchors: ['The forked VM terminated', 'ForkStarter IOException', 'ExecutionException The forked VM'],
    pattern: /The forked VM terminated without (?:properly )?saying goodbye|ForkStarter IOException: (.*)/,
    role: 'error',
    classify: (m) => (m[1] && /No space left/.test(m[1]) ? 'resource_exhaustion' : 'test_failure'),
    weight: 0.75,
    facts: () => ({ tool: 'surefire' }),
  },
  {
    id: 'java.exception',
    tool: 'java',
    anchors: ['Exception', 'Error', 'Failure'],
    // An exception head printed before its frames: "java.io.IOException: msg", "Caused by: …",
    // JUnit's "org.junit.ComparisonFailure: expected:<a[-]b> but was:<a[_]b>". The JUnit 4
    // runner names the test on the line above: "1) dashesSpaces(SlugTest)".
    pattern:
      /^(?:Exception in thread "[^"]+" )?(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b(?::|$)/,
    role: 'error',
    weight: 0.4,
    follow: 'trace',
    lead: JUNITCORE_LEAD,
  },
  {
    // A JUnit-family assertion that failed, not an error the code threw: the test's own verdict.
    // The text runner (JUnitCore) names the test on the line above: "1) totalRoundsHalfUp(InvoiceTest)".
    id: 'junit.assertion',
    tool: 'junit',
    anchors: ['AssertionError', 'ComparisonFailure', 'AssertionFailedError'],
    pattern:
      /^(?:java\.lang\.AssertionError|kotlin\.AssertionError|org\.junit\.ComparisonFailure|junit\.framework\.(?:AssertionFailedError|ComparisonFailure)|org\.opentest4j\.AssertionFailedError)(?::|$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'trace',
    lead: /^\d+\) [\w$]+\([\w.$]+\)$/,
    facts: () => ({ tool: 'junit' }),
  },
  {
    id: 'junit5.tree-failed',
    tool: 'junit5',
    anchors: [' ✘'],
    // The console launcher's tree: "│     ├─ dashesSpaces() ✘ spaces become dashes ==> expected: <a-b> but was: <a_b>".
    // "✘" then a space or the end: with `(?: (.*))?$` a line break made every " ✘" rescan the rest.
    pattern: /^[│ ]*[├└]─ (.+?) ✘(?: (.*)|$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'junit5', tests: [m[1]!] }),
  },
  {
    id: 'junit5.failure-exception',
    tool: 'junit5',
    anchors: ['Exception', 'Error', 'Failure'],
    // Under "Failures (1):", each failure's exception behind "=>", its frames indented below:
    // "    => org.opentest4j.AssertionFailedError: spaces become dashes ==> expected: <a-b> but was: <a_b>".
    pattern: /^\s+=> (?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    facts: () => ({ tool: 'junit5' }),
  },
  {
    id: 'gradle.task-failed',
    tool: 'gradle',
    anchors: ['FAILED'],
    pattern: /^> Task (\S+) FAILED$/,
    role: 'error',
    classify: (m) => gradleTaskCategory(m[1]!),
    weight: 0.6,
    facts: () => ({ tool: 'gradle' }),
  },
  {
    id: 'gradle.execution-failed',
    tool: 'gradle',
    anchors: ['Execution failed for task'],
    pattern: /^Execution failed for task '([^']+)'\.?/,
    role: 'error',
    classify: (m) => gradleTaskCategory(m[1]!),
    weight: 0.75,
    follow: 'paragraph',
    facts: () => ({ tool: 'gradle' }),
  },
  {
    id: 'gradle.build-failed',
    tool: 'gradle',
    anchors: ['FAILURE: Build failed'],
    pattern: /^FAILURE: Build failed with an exception\.?$/,
    role: 'verdict',
    weight: 0.3,
    facts: () => ({ tool: 'gradle' }),
  },
  {
    id: 'gradle.test-failed',
    tool: 'gradle',
    anchors: [' FAILED'],
    // "LogDifferTest > testGithubParsing() FAILED" — the cause is indented on the next lines.
    pattern: /^(\S[^>]*?) > (.+?) FAILED$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'gradle', tests: [`${m[1]!.trim()} > ${m[2]!}`] }),
  },
  {
    id: 'gradle.tests-summary',
    tool: 'gradle',
    anchors: ['tests completed'],
    pattern: /^(\d+) tests completed, (\d+) failed/,
    role: 'error',
    category: 'test_failure',
    weight: 0.55,
    facts: () => ({ tool: 'gradle' }),
  },
  {
    id: 'gradle.unresolved',
    tool: 'gradle',
    anchors: ['Could not resolve all', 'Could not resolve ', 'Could not find '],
    pattern:
      /Could not resolve all (?:files|dependencies|artifacts) for configuration|^\s*> Could not (?:resolve|find) ([\w.-]+:[\w.-]+(?::[\w.-]+)?)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.8,
    facts: (m) => facts({ tool: 'gradle', package: m[1]?.replace(/\.$/, '') }),
  },
  {
    // Under "* What went wrong:", a build script that Groovy ran but that failed: "A problem
    // occurred evaluating root project 'invoice'." and the cause on the "> …" line below.
    id: 'gradle.script-evaluation',
    tool: 'gradle',
    anchors: ['A problem occurred evaluating'],
    pattern:
      /^A problem occurred evaluating (?:root project|project|settings|script|initialization script)\b/,
    role: 'error',
    category: 'compile_error',
    weight: 0.7,
    follow: 'paragraph',
    facts: () => ({ tool: 'gradle' }),
  },
  {
    // Under "* What went wrong:", a build or settings script Groovy could not compile: "Could not
    // compile settings file '/w/settings.gradle'." then "> startup failed:" and groovyc's message.
    id: 'gradle.script-compile',
    tool: 'gradle',
    anchors: ['Could not compile '],
    pattern:
      /^Could not compile (?:build|settings|script|initialization script|init script) file '[^']+'\.?$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.75,
    follow: 'paragraph',
    facts: () => ({ tool: 'gradle' }),
  },
  {
    // groovyc's message inside it, naming the script as Gradle calls it: "  settings file
    // '/w/settings.gradle': 2: expecting ''', found '\n' @ line 2, column 21."
    id: 'gradle.script-syntax',
    tool: 'gradle',
    anchors: [' @ line '],
    pattern:
      /^\s*(?:build|settings|script|initialization script|init script) file '([^']+)': (\d+): (.+) @ line \d+, column (\d+)\.$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'gradle', locations: [location(m[1], m[2], m[4], m[3])] }),
  },
  {
    // "> Could not find method testCompil() for arguments [{name=hamcrest-core}] on object of type
    // …DefaultDependencyHandler.": a misspelt or removed DSL method in the build script.
    id: 'gradle.no-such-method',
    tool: 'gradle',
    anchors: ['Could not find method '],
    pattern: /^(?:> )?Could not find method ([\w$]+)\(\) for arguments /,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'gradle', locations: [location('build.gradle', undefined, undefined, m[0])] }),
  },
  {
    // A plugin the build applies that no repository offered: Gradle 4+ "Plugin [id: 'x', version:
    // 'y'] was not found in any of the following sources:", older "Plugin with id 'x' not found.".
    id: 'gradle.plugin-not-found',
    tool: 'gradle',
    anchors: ['was not found in any of the following sources', "' not found."],
    pattern:
      /^(?:> )?(?:Plugin \[id: '([^']+)'(?:, version: '[^']+')?(?:, apply: \w+)?\] was not found in any of the following sources:|Plugin with id '([^']+)' not found\.)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'gradle', package: (m[1] ?? m[2])! }),
  },
  {
    id: 'javac.error',
    tool: 'javac',
    anchors: [': error: '],
    // Gradle 4's plain console glues the task to javac's first line: ":compileJava/src/A.java:3: error: …".
    pattern: /^(?::[\w:-]+(?=\/))?(\S+\.java):(\d+): error: (.*)/,
    role: 'error',
    // An import of a package no jar on the classpath provides: a dependency is missing.
    classify: (m) => (/^package [\w.]+ does not exist$/.test(m[3]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'javac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'kotlinc.error',
    tool: 'kotlinc',
    anchors: ['.kt:', '.kts:'],
    pattern: /^e: (?:file:\/\/)?(\S+\.kts?):(?:\((\d+), (\d+)\)|(\d+):(\d+)) (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    facts: (m) => ({ tool: 'kotlinc', locations: [location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[6])] }),
  },
  {
    id: 'kotlinc.cli-error',
    tool: 'kotlinc',
    anchors: ['.kt:', '.kts:'],
    // kotlinc on the command line: "Cart.kt:12:63: error: unresolved reference: formatCents", then
    // the source line and a caret: they point at the place the line already names, so they are
    // not taken with it.
    pattern: /^(\S+\.kts?):(\d+):(\d+): error: (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'none',
    facts: (m) => ({ tool: 'kotlinc', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // A JVM program that dies of an exception: the `java` and `kotlin` runners print
    // "Exception in thread "main" java.lang.IllegalStateException: …" and its frames. The program
    // the job ran failed, as a test that threw would.
    id: 'java.uncaught',
    tool: 'java',
    // Groovy scripts report theirs as "Caught: groovy.lang.MissingPropertyException: …" (its power
    // assert as "Caught: Assertion failed:", groovy.power-assert).
    anchors: ['Exception in thread "', 'Caught: '],
    pattern: /^(?:Exception in thread "[^"]+" |Caught: )(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?::|$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'trace',
    facts: () => ({ tool: 'java' }),
  },
  {
    // JUnit 3's text runner (junit.textui.TestRunner, GroovyTestCase) puts the test and the
    // exception on one line: "1) testSpacesBecomeDashes(SlugTest)junit.framework.ComparisonFailure: …".
    id: 'junit3.failure',
    tool: 'junit',
    anchors: ['Exception', 'Error', 'Failure'],
    pattern: /^\d+\) ([\w$]+)\(([\w.$]+)\)(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'trace',
    facts: (m) => ({ tool: 'junit', tests: [`${m[2]!}.${m[1]!}`] }),
  },
  {
    // groovyc (and `groovy script.groovy`): "Report.groovy: 14: unexpected token:  @ line 14,
    // column 1." under "…MultipleCompilationErrorsException: startup failed:"; the source line and
    // a caret may follow, indented.
    id: 'groovyc.error',
    tool: 'groovyc',
    anchors: ['.groovy: '],
    pattern: /^(\S+\.groovy): (\d+): (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'groovyc', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    // groovyc's heading over its errors ("…MultipleCompilationErrorsException: startup failed:"),
    // also what an uncaught one prints first: the errors are the lines under it (groovyc.error).
    id: 'groovyc.startup-failed',
    tool: 'groovyc',
    anchors: ['startup failed:'],
    pattern:
      /^(?:Caught: )?org\.codehaus\.groovy\.control\.MultipleCompilationErrorsException: startup failed:$/,
    role: 'header',
    category: 'compile_error',
    weight: 0.5,
  },
  {
    // Groovy's power assert, uncaught in a script: "Caught: Assertion failed: " and below it the
    // assert statement with its values drawn under it.
    id: 'groovy.power-assert',
    tool: 'groovy',
    anchors: ['Assertion failed:'],
    pattern: /^Caught: Assertion failed:\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'none',
    facts: () => ({ tool: 'groovy' }),
  },
  {
    id: 'checkstyle.violation',
    tool: 'checkstyle',
    anchors: ['[ant:checkstyle]', '[ERROR] '],
    // "[ant:checkstyle] [ERROR] /p/Foo.java:12:5: msg [Rule]" and Maven's "[ERROR] src/Foo.java:[12,5] (group) Rule: msg".
    pattern:
      /^(?:\[ant:checkstyle\] )?\[(?:ERROR|WARN)\] (\S+\.java):(?:\[(\d+)(?:,(\d+))?\]|(\d+)(?::(\d+))?:) (?:\(\w+\) (\w+): (.*)|(.*) \[(\w+)\])$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.92,
    facts: (m) =>
      facts({
        tool: 'checkstyle',
        code: m[6] ?? m[9],
        locations: [location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[7] ?? m[8])],
      }),
  },
  {
    id: 'animal-sniffer.undefined-reference',
    tool: 'animal-sniffer',
    anchors: ['Undefined reference'],
    pattern: /^\[ERROR\] (\S+\.java):(\d+): Undefined reference: (.*)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'animal-sniffer', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'jenkins.step-failed',
    tool: 'jenkins',
    anchors: ['marked build as failure'],
    pattern: /^Build step '([^']+)' marked build as failure$/,
    role: 'verdict',
    weight: 0.3,
    facts: () => ({ tool: 'jenkins' }),
  },
  {
    id: 'jenkins.error',
    tool: 'jenkins',
    anchors: ['ERROR: ', 'FATAL: '],
    pattern: /^(?:ERROR|FATAL): (?!\s*$)(.*)/,
    role: 'error',
    weight: 0.5,
    follow: 'trace',
    facts: () => ({ tool: 'jenkins' }),
  },
  {
    id: 'jenkins.finished',
    tool: 'jenkins',
    anchors: ['Finished: FAILURE'],
    pattern: /^Finished: FAILURE$/,
    role: 'verdict',
    weight: 0.1,
  },
  // Ant prefixes every line a task prints with the task's name, right-aligned: "    [javac] …",
  // "    [junit] …". Its <javac> task passes javac's diagnostics through; its <junit> task prints
  // what the formatters write ("plain": "Testcase: x took 0.01 sec" then "\tFAILED" or "\tCaused
  // an ERROR"; "brief": "Testcase: x(Class):\tFAILED"), the message, the exception and its frames,
  // and "    [junit] " alone between tests.
  {
    id: 'ant.javac-error',
    tool: 'ant javac',
    anchors: [': error: '],
    pattern: /^\s*\[javac\] (\S+\.java):(\d+): error: (.*)/,
    role: 'error',
    classify: (m) => (/^package [\w.]+ does not exist$/.test(m[3]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    // The source line, the caret and javac's "symbol:"/"location:" lines, up to the next diagnostic
    // or javac's "1 error" (its own rule, weak).
    follow: 'same-tag',
    facts: (m) => ({ tool: 'javac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'ant.javac-count',
    tool: 'ant javac',
    anchors: [' error', ' errors'],
    // "    [javac] 1 error": a count, closing the diagnostics above (and ending their block).
    pattern: /^\s*\[javac\] \d+ errors?$/,
    role: 'noise',
    weight: 0.9,
  },
  {
    id: 'ant.junit-brief',
    tool: 'ant junit',
    anchors: ['FAILED', 'Caused an ERROR'],
    pattern: /^\s*\[junit\] Testcase: ([\w$]+)\(([\w.$]+)\):\s+(?:FAILED|Caused an ERROR)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'same-tag',
    facts: (m) => ({ tool: 'ant junit', tests: [`${m[2]!}.${m[1]!}`] }),
  },
  {
    id: 'ant.junit-plain',
    tool: 'ant junit',
    anchors: ['FAILED', 'Caused an ERROR'],
    // The plain formatter names every test, passing or not; the status line under the name says
    // which failed, and takes the name as its lead.
    pattern: /^\s*\[junit\]\s+(?:FAILED|Caused an ERROR)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    lead: /^\s*\[junit\] Testcase: [\w$]+ took [\d.]+ sec$/,
    follow: 'same-tag',
    facts: () => ({ tool: 'ant junit' }),
  },
  {
    id: 'ant.junit-class-failed',
    tool: 'ant junit',
    anchors: [' FAILED'],
    // "    [junit] Test com.acme.MoneyTest FAILED" (haltonfailure off): the class only; with no
    // formatter it is all <junit> says. "(timeout)" and "(crashed)" are the forked JVM's end.
    pattern: /^\s*\[junit\] Test ([\w.$]+) FAILED(?: \((timeout|crashed)\))?$/,
    role: 'error',
    classify: (m) => (m[2] === 'timeout' ? 'timeout' : 'test_failure'),
    weight: 0.6,
    facts: (m) => ({ tool: 'ant junit', tests: [m[1]!] }),
  },
  {
    id: 'ant.build-failed',
    tool: 'ant',
    anchors: ['BUILD FAILED'],
    // Ant's verdict; the next line names the build file's line and the task's message.
    pattern: /^BUILD FAILED$/,
    role: 'verdict',
    weight: 0.2,
    facts: () => ({ tool: 'ant' }),
  },
  {
    id: 'ant.task-pointer',
    tool: 'ant',
    anchors: ['Compile failed; see the compiler error', ' failed'],
    // "/w/build.xml:19: Test SlugTest failed", "…: Compile failed; see the compiler error output for
    // details.": the task that stopped the build, pointing at its own output above; it marks the
    // end and is never shown.
    pattern: /^\S*\.xml:\d+: (?:Compile failed; see the compiler error output|Tests? [\w.$]+ failed$)/,
    role: 'verdict',
    weight: 0.2,
    facts: () => ({ tool: 'ant' }),
  },
];
