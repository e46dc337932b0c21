import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Apple toolchain output beyond the compiler and XCTest lines of dotnet-dart-swift.ts: SwiftLint's
 * Xcode reporter, Swift runtime traps inside a test run, XCUITest's step log and CocoaPods'
 * resolver, Carthage's fat-framework refusal. Written from real logs in packages/fixtures/ecosystems/swift (xcbeautify's and
 * SwiftLint's test data, the messages CocoaPods' own specs assert `pod install` prints, a README quoting Carthage).
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
