import type { FailureCategory } from '../categories.js';
import type { Facts } from '../facts.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Julia: the Test stdlib's failed and erroring tests, errors thrown while a file loads, Pkg's
 * resolver and build step, and Documenter's doctests. The closing lines ("Some tests did not
 * pass", "There was an error during testing") only repeat the failures printed above them. From
 * packages/fixtures/ecosystems/julia.
 */

// The exception types Julia prints after "ERROR: " (Base's, and the stdlib's most common).
const EXCEPTIONS = [
  'UndefVarError',
  'MethodError',
  'ArgumentError',
  'BoundsError',
  'DomainError',
  'KeyError',
  'TypeError',
  'ParseError',
  'InitError',
  'AssertionError',
  'SystemError',
  'IOError',
  'InexactError',
  'OverflowError',
  'DivideError',
  'ErrorException',
  'DimensionMismatch',
  'StackOverflowError',
  'OutOfMemoryError',
  'UndefKeywordError',
  'FieldError',
  'syntax:',
];

/**
 * What an uncaught error says: a package that is not installed, code that does not compile (an
 * undefined name, a syntax error, a package that failed to precompile), or a failure at run time.
 */
function errorCategory(message: string): FailureCategory {
  if (
    /^ArgumentError: Package \S+ (?:not found in current path|does not have \S+ in its dependencies)/.test(
      message,
    )
  )
    return 'missing_dependency';
  if (/^(?:UndefVarError|ParseError|syntax:|Failed to precompile )/.test(message)) return 'compile_error';
  return 'test_failure';
}

/**
 * "<test set>: Test Failed at <file>:<line>" and "… Error During Test at …": the test set's name
 * and where. Outside a test set the failure is thrown ("ERROR: Test Failed at …"): no test's name.
 */
function testAt(m: RegExpExecArray): Facts {
  return facts({
    tool: 'julia-test',
    tests: m[1] && !/^ERROR\b/.test(m[1]) ? [m[1]] : undefined,
    locations: m[2] ? [location(m[2], m[3])] : undefined,
  });
}

export const juliaRules: Rule[] = [
  {
    // "add: Test Failed at /w/test/runtests.jl:7", "Test Failed at none:1", and Julia before 1.8
    // printing the test set alone: "Arrays: Test Failed". "  Expression: …" and "   Evaluated: …"
    // follow, indented; the "Stacktrace:" after them starts at column 0.
    id: 'julia.test-failed',
    tool: 'julia-test',
    anchors: ['Test Failed'],
    pattern: /^(?:(\S.*?): )?Test Failed(?: at (\S+?):(\d+))?\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: testAt,
  },
  {
    // "Error During Test at /w/test/runtests.jl:12", then "  Test threw exception", the expression
    // and the exception's message, indented; its stack trace ends the message.
    id: 'julia.error-during-test',
    tool: 'julia-test',
    anchors: ['Error During Test'],
    pattern: /^(?:(\S.*?): )?Error During Test(?: at (\S+?):(\d+))?\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.88,
    follow: 'message',
    facts: testAt,
  },
  {
    // The closing lines of a failed run only count what was printed above: "ERROR: Some tests did
    // not pass: 3 passed, 1 failed, 0 errored, 0 broken.", "ERROR: There was an error during
    // testing", Pkg's "ERROR: Package Foo errored during testing".
    id: 'julia.test-closing',
    tool: 'julia-test',
    anchors: [
      'ERROR: Some tests did not pass',
      'ERROR: LoadError: Some tests did not pass',
      'ERROR: There was an error during testing',
      'errored during testing',
    ],
    pattern:
      /^ERROR: (?:(?:LoadError: )?Some tests did not pass: \d+ passed, \d+ failed, \d+ errored|There was an error during testing$|Package \S+ errored during testing)/,
    role: 'noise',
    weight: 0.6,
  },
  {
    // A file that failed while it was included (a script, runtests.jl, a package's module):
    // "ERROR: LoadError: UndefVarError: `s` not defined". Inside a logging box (Pkg's build step)
    // it comes after "│ ".
    id: 'julia.load-error',
    tool: 'julia',
    anchors: ['ERROR: LoadError: '],
    pattern: /^(?:│ )?ERROR: LoadError: (?!Some tests did not pass)(\S.*)/,
    role: 'error',
    // In a box ("│ "), the box's own heading names the category (a build step, a doctest).
    classify: (m) => (m[0].startsWith('│') ? undefined : errorCategory(m[1]!)),
    weight: 0.82,
    facts: () => ({ tool: 'julia' }),
  },
  {
    // An uncaught exception of a script or a REPL line: "ERROR: UndefVarError: `baz` not defined",
    // also as Documenter quotes it under "Evaluated output:" ("│ ERROR: …").
    id: 'julia.exception',
    tool: 'julia',
    anchors: EXCEPTIONS.map((e) => `ERROR: ${e}`),
    pattern: /^(?:│ )?ERROR: ((?:\w+(?:Error|Exception)|DimensionMismatch)\b.*|syntax: .*)/,
    role: 'error',
    // Quoted in a box, it is what a doctest or a build printed: the box's own rule names the category.
    classify: (m) => (m[0].startsWith('│') ? undefined : errorCategory(m[1]!)),
    weight: 0.75,
    facts: () => ({ tool: 'julia' }),
  },
  {
    // Pkg's build step: "┌ Error: Error building `HelloWorld`:" above the build script's error.
    id: 'julia.pkg-build',
    tool: 'julia-pkg',
    anchors: ['Error: Error building `'],
    pattern: /^┌ Error: Error building `([^`]+)`/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'julia-pkg', package: m[1]! }),
  },
  {
    // Pkg's resolver: "ERROR: Unsatisfiable requirements detected for package D [756980fe]:",
    // then the tree of restrictions, indented, ending in "— no versions left".
    id: 'julia.pkg-unsatisfiable',
    tool: 'julia-pkg',
    anchors: ['Unsatisfiable requirements detected for package '],
    pattern:
      /^(?:ERROR: (?:LoadError: )?)?Unsatisfiable requirements detected for package (\S+) \[[0-9a-f]{8}\]:$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'julia-pkg', package: m[1]! }),
  },
  {
    // Documenter: "┌ Error: doctest failure in src/broken.md:3-6"; the box under it quotes the
    // doctest, what it printed and what was expected.
    id: 'documenter.doctest-failure',
    tool: 'documenter',
    anchors: ['Error: doctest failure in '],
    pattern: /^┌ Error: doctest failure in (\S+?):(\d+)(?:-\d+)?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'documenter', locations: [location(m[1], m[2])] }),
  },
];
