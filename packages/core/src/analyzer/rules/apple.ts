import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Apple toolchain output beyond the compiler and XCTest lines of dotnet-dart-swift.ts: SwiftLint's
 * Xcode reporter, Swift runtime traps inside a test run, XCUITest's step log and CocoaPods'
 * resolver, Carthage's failed tasks and fat-framework refusal, xcrun's missing tools. Written from real logs in packages/fixtures/ecosystems/swift (xcbeautify's and
 * SwiftLint's test data, the messages CocoaPods' own specs assert `pod install` prints, READMEs and blog posts quoting Carthage).
 */
/** Where the issue was recorded, after any argument values: "at MathTests.swift:9:5: <message>". */
const SWIFT_TESTING_AT = /^(?:with .{1,200}? )?at ([^\s:]{1,300}\.swift):(\d{1,9}):(\d{1,9}): (.*)/;

export const appleRules: Rule[] = [
  {
    // SwiftLint's xcode reporter: "<file>:<line>:<col>: error: Line Length Violation: <reason>.
    // (line_length)". Warnings do not fail a run unless --strict, which turns them into errors.
    id: 'swiftlint.violation',
    tool: 'swiftlint',
    anchors: [' Violation: '],
    pattern: /^([^:\s][^:]*):(\d+):(\d+): error: ([\w ]+ Violation): (.*) \((\w+)\)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'swiftlint', code: m[6], locations: [location(m[1], m[2], m[3], `${m[4]!}: ${m[5]!}`)] }),
  },
  {
    // A Swift trap (fatalError, a nil force-unwrapped, an index out of range) stops the test
    // process: "DateTests/CalendarDayTests.swift:63: Fatal error: This test is not implemented yet."
    id: 'swift.fatal-error',
    tool: 'swift',
    anchors: [': Fatal error: '],
    pattern: /^(\S+\.swift):(\d+): Fatal error: (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'swift', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    // XCUITest's activity log: "    t =    22.27s             Assertion Failure: <unknown>:0: UI
    // Testing Failure - Unable to find hit point for element …", then "Test Case '…' failed".
    id: 'xcuitest.assertion',
    tool: 'xctest',
    anchors: ['Assertion Failure: '],
    pattern: /^\s*t = +[\d.]+s +Assertion Failure: (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: () => ({ tool: 'xctest' }),
  },
  {
    // CocoaPods' resolver (lib/cocoapods/resolver.rb): '[!] CocoaPods could not find compatible
    // versions for pod "AFNetworking":', then who asks for what, indented under "In Podfile:" (and
    // "In snapshot (Podfile.lock):"), with a blank line between requirements. Exit status 31.
    id: 'cocoapods.incompatible',
    tool: 'cocoapods',
    anchors: ['CocoaPods could not find compatible versions for pod '],
    pattern: /^\[!\] CocoaPods could not find compatible versions for pod "([^"]+)":$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'cocoapods', package: m[1]! }),
  },
  {
    // When no version in any spec repository fits: "None of your spec sources contain a spec
    // satisfying the dependency: `AFNetworking (= 3.0.1)`." (or "dependencies: `A, B`"), after the
    // requirements and before the list of likely causes.
    id: 'cocoapods.no-spec',
    tool: 'cocoapods',
    anchors: ['None of your spec sources contain a spec satisfying'],
    pattern: /^None of your spec sources contain a spec satisfying the dependenc(?:y|ies): `([^`]+)`\.$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.75,
    facts: (m) => ({ tool: 'cocoapods', package: m[1]! }),
  },
  {
    // Carthage (0.36 and later) building fat frameworks with Xcode 12 or later: lipo cannot join a
    // device and a simulator slice that both hold arm64, and Carthage stops with "Building universal
    // frameworks with common architectures is not possible. The device and simulator slices for "X"
    // both build for: arm64" and, on the next line, "Rebuild with --use-xcframeworks …".
    id: 'carthage.common-architectures',
    tool: 'carthage',
    anchors: ['common architectures is not possible'],
    pattern:
      /^Building universal frameworks with common architectures is not possible\. The device and simulator slices for "([^"]+)" both build for: (\S+)/,
    role: 'error',
    // The project builds; the toolchain (Xcode 12's arm64 simulators) no longer fits fat frameworks.
    category: 'toolchain_mismatch',
    weight: 0.85,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'carthage', package: m[1]! }),
  },
  {
    // Carthage 0.30 and later when building a dependency fails: "*** Building scheme "X" in
    // X.xcodeproj", "Build Failed", then "\tTask failed with exit code 65:" and, on the next line,
    // the tab-indented xcodebuild (or lipo) command, then a pointer to the xcodebuild log. The
    // scheme and the command say what failed; a compiler error quoted above them outranks this line.
    id: 'carthage.task-failed',
    tool: 'carthage',
    anchors: ['Task failed with exit code '],
    // Carthage indents it with one tab, always (CarthageError.buildFailed); task runners, Ansible
    // and a test's own output print the words unindented or space-indented, and are not Carthage.
    pattern: /^\tTask failed with exit code (\d{1,3}):$/,
    role: 'error',
    // Carthage's own reading of exit 65: "This usually indicates that project itself failed to compile."
    category: 'compile_error',
    weight: 0.7,
    follow: 'until-blank',
    lead: /^(?:Build Failed|\*\*\* Building scheme "[^"]{1,300}" in \S.{0,300})$/,
    facts: (m) => ({ tool: 'carthage', exitCode: Number(m[1]) }),
  },
  {
    // Carthage before 0.30, and any version for a task outside the build (git fetch, lipo,
    // xcodebuild -list): "A shell task (/usr/bin/env git fetch … (launched in …)) failed with exit
    // code 128:", the task's standard error on the lines below; Carthage 0.9 and older left the
    // task out: "A shell task failed with exit code 65:". The stderr lines say why.
    id: 'carthage.shell-task',
    tool: 'carthage',
    anchors: [') failed with exit code ', 'A shell task failed with exit code '],
    pattern: /^A shell task (?:\((\S.*)\) )?failed with exit code (\d{1,3}):?$/,
    role: 'error',
    weight: 0.7,
    follow: 'until-blank',
    classify: (m) => {
      const task = m[1] ?? '';
      // lipo joining device and simulator slices fails on Xcode 12+ arm64 simulators, not on the code.
      if (task.startsWith('/usr/bin/xcrun lipo ')) return 'toolchain_mismatch';
      if (task.startsWith('/usr/bin/env git ')) return 'git_error';
      if (m[2] === '65') return 'compile_error';
      return undefined;
    },
    facts: (m) => ({ tool: 'carthage', exitCode: Number(m[2]) }),
  },
  {
    // xcrun when xcode-select points at the Command Line Tools, which have no xcodebuild (exit 72):
    // 'xcrun: error: unable to find utility "xcodebuild", not a developer tool or in PATH'.
    id: 'xcrun.missing-utility',
    tool: 'xcrun',
    anchors: ['unable to find utility "'],
    pattern: /^xcrun: error: unable to find utility "([^"]{1,200})", not a developer tool or in PATH$/,
    role: 'error',
    category: 'missing_command',
    weight: 0.9,
    facts: (m) => ({ tool: 'xcrun', command: m[1]! }),
  },
  {
    // Carthage skips a dependency with no shared framework scheme (a source-only or SwiftPM-only
    // package) and goes on: "*** Skipped building X due to the error:" and 'Dependency "X" has no
    // shared framework schemes', which READMEs tell users to ignore. Not why a run failed.
    id: 'carthage.skipped-building',
    tool: 'carthage',
    anchors: [' due to the error:'],
    pattern: /^\*\*\* {1,2}Skipped building \S{1,200} due to the error:$/,
    role: 'noise',
    weight: 0.6,
  },
  {
    // Swift Testing (swift test, Xcode 16+): "✘ Test addTwo() recorded an issue at MathTests.swift:9:5:
    // Expectation failed: (sum → 3) == 4", with an SF Symbol instead of ✘ on macOS; parameterised
    // tests say "recorded an issue with 1 argument value → 2 at …". Anchored at the start, and the
    // name lazily up to the first "recorded an issue": one pass over the line.
    id: 'swift-testing.issue',
    tool: 'swift-testing',
    anchors: [' recorded an issue '],
    pattern: /^\S{1,2} {1,2}Test (.+?) recorded an issue (.*)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => {
      const at = SWIFT_TESTING_AT.exec(m[2]!);
      return {
        tool: 'swift-testing',
        tests: [m[1]!],
        ...(at ? { locations: [location(at[1], at[2], at[3], at[4])] } : {}),
      };
    },
  },
  {
    // "✘ Test addTwo() failed after 0.001 seconds with 1 issue." (and "with 3 test cases failed");
    // the run's own "Test run with 2 tests failed …" is a tally, not a test.
    id: 'swift-testing.failed',
    tool: 'swift-testing',
    anchors: [' failed after '],
    pattern:
      /^\S{1,2} {1,2}Test (?!run with )(.+?) (?:with \d+ test cases? )?failed after [\d.]+ seconds with \d+ issues?\.$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    facts: (m) => ({ tool: 'swift-testing', tests: [m[1]!] }),
  },
];
