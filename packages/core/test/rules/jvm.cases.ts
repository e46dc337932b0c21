import type { RuleCase } from './rule-cases.js';

// Maven (maven-compiler-plugin, Surefire), Gradle, javac, kotlinc, Checkstyle and Jenkins lines.
export const jvmCases: RuleCase[] = [
  {
    rule: 'maven.compiler-error',
    line: '[ERROR] /home/u/app/src/main/java/com/acme/Foo.java:[42,17] cannot find symbol',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/u/app/src/main/java/com/acme/Foo.java', line: 42, column: 17 }] },
  },
  { rule: 'maven.compilation-header', line: '[ERROR] COMPILATION ERROR : ', category: 'compile_error' },
  {
    rule: 'maven.failed-goal',
    line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project core: Compilation failure',
    category: 'compile_error',
  },
  {
    // Surefire's verdict is its own, weaker rule: the failed tests above it are the reason.
    rule: 'surefire.failed-goal',
    line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.1.2:test (default-test) on project core: There are test failures.',
    category: 'test_failure',
  },
  {
    rule: 'maven.failed-goal',
    line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.0:check (validate) on project core: You have 2 Checkstyle violations. -> [Help 1]',
    category: 'lint_failure',
  },
  {
    rule: 'maven.unresolved',
    line: '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not find artifact com.acme:lib:jar:2.0 in central',
    category: 'missing_dependency',
  },
  {
    rule: 'maven.error',
    line: '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
  },
  { rule: 'maven.build-failure', line: '[INFO] BUILD FAILURE' },
  {
    rule: 'maven.invalid-target',
    line: '[ERROR] Failed to execute goal ...: Fatal error compiling: invalid target release: 21',
    category: 'toolchain_mismatch',
    facts: { requiredVersion: '21' },
  },
  {
    rule: 'jvm.class-version',
    line: 'java.lang.UnsupportedClassVersionError: com/acme/Main has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0',
    category: 'toolchain_mismatch',
    facts: { requiredVersion: '65.0', actualVersion: '61.0' },
  },
  {
    rule: 'surefire.class-failed',
    line: 'Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 sec <<< FAILURE!',
    category: 'test_failure',
  },
  {
    rule: 'surefire.test-failed',
    line: 'shouldParse(com.acme.ParserTest)  Time elapsed: 0.012 sec  <<< FAILURE!',
    category: 'test_failure',
    facts: { tests: ['com.acme.ParserTest.shouldParse'] },
  },
  {
    rule: 'surefire.test-failed',
    line: '[ERROR] com.acme.ParserTest.shouldParse  Time elapsed: 0.012 s  <<< ERROR!',
    facts: { tests: ['com.acme.ParserTest.shouldParse'] },
  },
  { rule: 'surefire.summary-list', line: 'Tests in error: ', category: 'test_failure' },
  { rule: 'surefire.summary-list', line: '[ERROR] Failures: ', category: 'test_failure' },
  {
    rule: 'surefire.totals',
    line: '[ERROR] Tests run: 12, Failures: 2, Errors: 0, Skipped: 1',
    category: 'test_failure',
  },
  { rule: 'surefire.totals', line: 'Tests run: 12, Failures: 0, Errors: 0, Skipped: 0', category: null },
  {
    rule: 'surefire.fork-crash',
    line: '[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?',
    category: 'test_failure',
  },
  { rule: 'java.exception', line: 'java.lang.IllegalStateException: not initialised' },
  // JUnit 4's own assertion failure (packages/fixtures/ecosystems/java).
  { rule: 'java.exception', line: 'org.junit.ComparisonFailure: expected:<a[-]b> but was:<a[_]b>' },
  // JUnit 5's console launcher (packages/fixtures/ecosystems/java).
  {
    rule: 'junit5.tree-failed',
    line: '│     ├─ dashesSpaces() ✘ spaces become dashes ==> expected: <a-b> but was: <a_b>',
    category: 'test_failure',
    facts: { tests: ['dashesSpaces()'] },
  },
  {
    rule: 'junit5.failure-exception',
    line: '    => java.lang.NumberFormatException: Cannot parse null string',
    category: 'test_failure',
  },
  { rule: 'gradle.task-failed', line: '> Task :app:compileJava FAILED', category: 'compile_error' },
  { rule: 'gradle.task-failed', line: '> Task :lib:checkstyleMain FAILED', category: 'lint_failure' },
  {
    rule: 'gradle.execution-failed',
    line: "Execution failed for task ':app:test'.",
    category: 'test_failure',
  },
  { rule: 'gradle.build-failed', line: 'FAILURE: Build failed with an exception.' },
  {
    rule: 'gradle.test-failed',
    line: 'ParserTest > parsesEmptyInput() FAILED',
    category: 'test_failure',
    facts: { tests: ['ParserTest > parsesEmptyInput()'] },
  },
  { rule: 'gradle.tests-summary', line: '12 tests completed, 2 failed', category: 'test_failure' },
  {
    rule: 'gradle.unresolved',
    line: "Could not resolve all files for configuration ':app:compileClasspath'.",
    category: 'missing_dependency',
  },
  {
    rule: 'gradle.unresolved',
    line: '   > Could not find com.acme:lib:2.0.',
    category: 'missing_dependency',
    facts: { package: 'com.acme:lib:2.0' },
  },
  {
    rule: 'javac.error',
    line: 'src/Main.java:7: error: cannot find symbol',
    category: 'compile_error',
    facts: { locations: [{ file: 'src/Main.java', line: 7 }] },
  },
  {
    rule: 'kotlinc.error',
    line: 'e: file:///w/app/src/Main.kt:12:5 Unresolved reference: foo',
    category: 'compile_error',
    facts: { locations: [{ file: '/w/app/src/Main.kt', line: 12, column: 5 }] },
  },
  {
    rule: 'checkstyle.violation',
    line: '[ant:checkstyle] [ERROR] /w/src/Main.java:3:8: Unused import - java.util.List. [UnusedImports]',
    category: 'lint_failure',
    facts: { code: 'UnusedImports' },
  },
  {
    rule: 'checkstyle.violation',
    line: "[ERROR] src/main/java/Foo.java:[10,5] (whitespace) WhitespaceAround: '{' is not preceded with whitespace.",
    category: 'lint_failure',
    facts: { code: 'WhitespaceAround' },
  },
  {
    rule: 'animal-sniffer.undefined-reference',
    line: '[ERROR] /w/src/main/java/a/Hex.java:348: Undefined reference: java.nio.ByteBuffer java.nio.ByteBuffer.flip()',
    category: 'lint_failure',
  },
  // From the recordings in packages/fixtures/ecosystems/{java,kotlin,groovy} (tune split).
  {
    rule: 'surefire.failed-goal',
    line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.3:test (default-test) on project invoice: There are test failures.',
    category: 'test_failure',
  },
  {
    rule: 'javac.error',
    line: ':compileJava/home/runner/work/project/src/main/java/com/acme/Invoice.java:11: error: cannot find symbol',
    category: 'compile_error',
    facts: {
      locations: [{ file: '/home/runner/work/project/src/main/java/com/acme/Invoice.java', line: 11 }],
    },
  },
  {
    rule: 'kotlinc.cli-error',
    line: 'Cart.kt:12:63: error: unresolved reference: formatCents',
    category: 'compile_error',
    facts: { locations: [{ file: 'Cart.kt', line: 12, column: 63 }] },
  },
  {
    rule: 'java.uncaught',
    line: 'Exception in thread "main" java.lang.IllegalStateException: rate out of range: 120',
    category: 'test_failure',
  },
  {
    rule: 'junit3.failure',
    line: '1) testSpacesBecomeDashes(SlugTest)junit.framework.ComparisonFailure: expected:<hello[-]world> but was:<hello[_]world>',
    category: 'test_failure',
    facts: { tests: ['SlugTest.testSpacesBecomeDashes'] },
  },
  {
    rule: 'groovyc.error',
    line: 'Report.groovy: 14: unexpected token:  @ line 14, column 1.',
    category: 'compile_error',
    facts: { locations: [{ file: 'Report.groovy', line: 14 }] },
  },
  {
    rule: 'groovyc.startup-failed',
    line: 'org.codehaus.groovy.control.MultipleCompilationErrorsException: startup failed:',
    category: 'compile_error',
  },
  { rule: 'groovy.power-assert', line: 'Caught: Assertion failed: ', category: 'test_failure' },
  {
    rule: 'java.uncaught',
    line: 'Caught: java.lang.NumberFormatException: For input string: "8O80"',
    category: 'test_failure',
  },
  {
    rule: 'enforcer.rule-failed',
    line: '[ERROR] Rule 0: org.apache.maven.plugins.enforcer.RequireMavenVersion failed with message:',
    category: 'toolchain_mismatch',
    facts: { code: 'RequireMavenVersion' },
  },
  {
    rule: 'enforcer.rule-failed',
    line: '[ERROR] Rule 0: org.apache.maven.plugins.enforcer.BannedDependencies failed with message:',
    category: 'lint_failure',
  },
  {
    rule: 'enforcer.version-range',
    line: 'Detected Maven Version: 3.8.7 is not in the allowed range [3.9.0,).',
    category: 'toolchain_mismatch',
    facts: { toolchain: 'maven', actualVersion: '3.8.7', requiredVersion: '[3.9.0,)' },
  },
  {
    rule: 'enforcer.banned-dependency',
    line: 'Found Banned Dependency: junit:junit:jar:4.13.2',
    category: 'lint_failure',
    facts: { package: 'junit:junit:jar:4.13.2' },
  },
  {
    rule: 'enforcer.failed-goal',
    line: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.1.0:enforce (enforce-maven) on project invoice: Some Enforcer rules have failed. Look above for specific messages explaining why the rule failed. -> [Help 1]',
    category: 'lint_failure',
  },
  {
    rule: 'gradle.script-evaluation',
    line: "A problem occurred evaluating root project 'invoice'.",
    category: 'compile_error',
  },
  {
    rule: 'gradle.script-compile',
    line: "Could not compile settings file '/home/runner/work/project/settings.gradle'.",
    category: 'compile_error',
  },
  {
    rule: 'gradle.script-syntax',
    line: "  settings file '/home/runner/work/project/settings.gradle': 2: expecting ''', found '\\n' @ line 2, column 21.",
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/settings.gradle', line: 2, column: 21 }] },
  },
  {
    rule: 'gradle.no-such-method',
    line: '> Could not find method testCompil() for arguments [{name=hamcrest-core}] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
    category: 'compile_error',
  },
  {
    rule: 'gradle.plugin-not-found',
    line: "> Plugin with id 'checkstyle-extra' not found.",
    category: 'missing_dependency',
    facts: { package: 'checkstyle-extra' },
  },
  {
    rule: 'gradle.plugin-not-found',
    line: "Plugin [id: 'com.github.johnrengelman.shadow', version: '2.0.4'] was not found in any of the following sources:",
    category: 'missing_dependency',
    facts: { package: 'com.github.johnrengelman.shadow' },
  },
  { rule: 'jenkins.step-failed', line: "Build step 'Execute shell' marked build as failure" },
  { rule: 'jenkins.error', line: "ERROR: Error cloning remote repo 'origin'" },
  { rule: 'jenkins.finished', line: 'Finished: FAILURE' },
];
