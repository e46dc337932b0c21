import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * .NET test runs (vstest, `dotnet test`), Dart/Flutter tests and Swift/XCTest/xcodebuild. No
 * Debian package runs these: the formats are those the tools' own sources print, cited per rule,
 * and checked on public logs (fixtures csharp/dotnet-test-*; dart/*: `dart test` and
 * `flutter test` transcripts and package:test's reporter tests). (MSBuild's `error CS0103:` lines are generic.ts's dotnet.error and
 * dotnet-build.ts's csc.error, which also tells a missing library from a compile error.)
 */
export const dotnetDartSwiftRules: Rule[] = [
  {
    // vstest's console logger, microsoft/vstest src/vstest.console/Resources/Resources.resx:
    // FailedTestIndicator "Failed   {0}" (older), "  Failed {0} [{1}]" (newer), then
    // ErrorMessageBanner "Error Message:" and StacktraceBanner "Stack Trace:". A dotted name, so
    // that "Failed to restore …" is not a test.
    id: 'vstest.failed-test',
    tool: 'dotnet test',
    anchors: ['Failed '],
    // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
    pattern: /^\s*Failed {1,3}((?:[\w`+<>]+\.)+[\w`+<>]+(?:\(.*\))?)(?: \[[^\][]*\])?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'dotnet test', tests: [m[1]!] }),
  },
  {
    id: 'vstest.error-message',
    tool: 'dotnet test',
    anchors: ['Error Message:'],
    pattern: /^\s*Error Message:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'indented',
    facts: () => ({ tool: 'dotnet test' }),
  },
  {
    // "Failed!  - Failed:     1, Passed:     3, Skipped:     0, Total:     4, Duration: 5 ms - x.dll"
    // (vstest's newer summary) and the older "Test Run Failed." (TestRunFailed in the same file).
    id: 'vstest.summary',
    tool: 'dotnet test',
    anchors: ['Failed!', 'Test Run Failed.'],
    pattern: /^\s*(?:Failed!\s+-\s+Failed:\s+\d+|Test Run Failed\.$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: () => ({ tool: 'dotnet test' }),
  },
  {
    // package:test's expanded reporter (dart-lang/test, pkgs/test_core/lib/src/runner/reporter/
    // expanded.dart, used by `dart test` and `flutter test`): "MM:SS +passed ~skipped -failed:
    // <path>: <name> [E]", then the error and its stack trace, indented. The clock is optional:
    // package:test's own reporter tests compare the lines without it.
    id: 'dart-test.failed',
    tool: 'dart test',
    anchors: [' [E]'],
    pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: (?!loading )(.+?) \[E\]$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'dart test', tests: [m[1]!] }),
  },
  {
    // A suite that failed to load is reported as a test named "loading <file>", nearly always a
    // compile error. What follows it repeats, indented, the compiler's "file.dart:L:C: Error:"
    // lines printed above it (dart.compile-error), so only this line is taken.
    id: 'dart-test.load-failed',
    tool: 'dart test',
    anchors: [' [E]'],
    pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: loading (\S+) \[E\]$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.6,
    facts: (m) => ({ tool: 'dart test', file: m[1]! }),
  },
  {
    id: 'dart-test.summary',
    tool: 'dart test',
    anchors: ['Some tests failed.'],
    pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: Some tests failed\.$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: () => ({ tool: 'dart test' }),
  },
  {
    // package:test's github reporter, the default under GitHub Actions (dart-lang/test, pkgs/
    // test_core/lib/src/runner/reporter/github.dart): a failed test is a log group
    // "::group::❌ <name> (failed)" (or "(failed after test completion)") holding its error and
    // stack trace; the runner shows the group line as "##[group]…". The group holds no blank
    // line to end at, so only the named line is taken.
    id: 'dart-test.github-failed',
    tool: 'dart test',
    anchors: [' (failed)', ' (failed after test completion)'],
    pattern: /^(?:::group::|##\[group\])❌ (.+?) \(failed(?: after test completion)?\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'dart test', tests: [m[1]!] }),
  },
  {
    // The Dart front end (dart compile, dart run, dart test, flutter test and build all print
    // it): "test/foo_test.dart:33:35: Error: No named parameter with the name 'x'.", then the
    // source line and a caret row. The message and its place say it; the source under each of
    // a run of errors would crowd out the next error. Unindented only: `flutter test` repeats
    // every error indented under its "Compilation failed for testPath=" line, a copy, not news.
    id: 'dart.compile-error',
    tool: 'dart',
    anchors: [': Error: '],
    pattern: /^(\S+\.dart):(\d+):(\d+): Error: (.+)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    facts: (m) => ({ tool: 'dart', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // flutter_test reports an exception inside a widget test (a failed expect is a TestFailure)
    // in a banner, "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞═══…", then "The following
    // TestFailure was thrown running a test:", the Expected/Actual lines and the reason, and a
    // blank line before the stack (packages/flutter/lib/src/foundation/assertions.dart prints
    // the banner; other libraries name themselves: WIDGETS LIBRARY, RENDERING LIBRARY).
    id: 'flutter-test.exception',
    tool: 'flutter test',
    anchors: ['EXCEPTION CAUGHT BY '],
    pattern: /^══╡ EXCEPTION CAUGHT BY ([A-Z][A-Z ]*[A-Z]) ╞═*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    facts: () => ({ tool: 'flutter test' }),
  },
  {
    // XCTest's failure line (apple/swift-corelibs-xctest and Xcode's xctest alike):
    // "<file>:<line>: error: -[Module.Class testName] : XCTAssertEqual failed: ("5") is not equal
    // to ("4")" (corelibs on Linux names the test "Class.testName"). No column: not a compiler's.
    id: 'xctest.assertion',
    tool: 'xctest',
    anchors: [': error: '],
    pattern: /^(\S+?):(\d+): error: (-\[[\w.]+ \w+\]|[\w.]+\.\w+) : (.+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'xctest', tests: [m[3]!], locations: [location(m[1], m[2], undefined, m[4])] }),
  },
  {
    // "Test Case '-[Module.Class testName]' failed (0.002 seconds)."
    id: 'xctest.case-failed',
    tool: 'xctest',
    anchors: ["' failed ("],
    pattern: /^Test Case '(-\[[\w.]+ \w+\]|[\w.]+\.\w+)' failed \(/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: (m) => ({ tool: 'xctest', tests: [m[1]!] }),
  },
  {
    // swiftc: "Sources/App/main.swift:3:5: error: cannot find 'x' in scope", carets indented below.
    id: 'swiftc.error',
    tool: 'swiftc',
    anchors: [' error: '],
    pattern: /^(\S+\.swift):(\d+):(\d+): error: (.*)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'swiftc', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // xcodebuild's closing lines: what failed is above them.
    id: 'xcodebuild.failed',
    tool: 'xcodebuild',
    anchors: ['** TEST FAILED **', '** BUILD FAILED **', '** ARCHIVE FAILED **'],
    pattern: /^\*\* (TEST|BUILD|ARCHIVE) FAILED \*\*$/,
    role: 'verdict',
    weight: 0.3,
    facts: () => ({ tool: 'xcodebuild' }),
  },
];
