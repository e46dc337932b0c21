import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Apple toolchain output beyond the compiler and XCTest lines of dotnet-dart-swift.ts: SwiftLint's
 * Xcode reporter, Swift runtime traps inside a test run, XCUITest's step log and CocoaPods'
 * resolver. Written from real logs in packages/fixtures/ecosystems/swift (xcbeautify's and
 * SwiftLint's test data, the messages CocoaPods' own specs assert `pod install` prints).
 */
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
];
