import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * C++ test frameworks: GoogleTest, Catch2 and Boost.Test, whose reports name the failing
 * assertion's file and line. Under `ctest -V` every line of a test's output carries its number
 * ("1: slug_test.cc:7: Failure"), hence the optional prefix.
 */
export const cppTestRules: Rule[] = [
  {
    id: 'gtest.failure',
    tool: 'googletest',
    anchors: [': Failure'],
    // "slug_test.cc:7: Failure", or "unknown file: Failure" for an exception thrown in the test
    // body; the message ("Expected equality of these values:", "Value of: …") runs down to the
    // test's "[  FAILED  ]" line.
    pattern: /^(?:\d+: )?(?:(\S+?):(\d+)|unknown file): Failure$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => facts({ tool: 'googletest', locations: m[1] ? [location(m[1], m[2])] : undefined }),
  },
  {
    id: 'gtest.failed',
    tool: 'googletest',
    anchors: ['[  FAILED  ] '],
    // "[  FAILED  ] SlugTest.CollapsesSeparators (0 ms)" closes a failed test. The summary lists
    // the same names again without the time: repeats, not taken.
    pattern: /^(?:\d+: )?\[ {2}FAILED {2}\] ([\w/.]+)(?:, where [^(]*)? \((\d+) ms\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: (m) => ({ tool: 'googletest', tests: [m[1]!] }),
  },
  {
    id: 'catch2.failed',
    tool: 'catch2',
    anchors: [': FAILED:'],
    // "tests.cc:9: FAILED:", then the indented assertion, "with expansion:" and its values, or
    // "due to unexpected exception with message:", up to a blank line.
    pattern: /^(?:\d+: )?(\S+?):(\d+): FAILED:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'catch2', locations: [location(m[1], m[2])] }),
  },
  {
    id: 'boosttest.error',
    tool: 'boost.test',
    anchors: [': error: in "', ': fatal error: in "'],
    // 'tests.cc(10): error: in "joins_with_separator": check join("a", "b") == "a/b" has failed [ab != a/b]',
    // 'unknown location(0): fatal error: in "finds_missing_key": std::out_of_range: map::at'.
    pattern: /^(?:\d+: )?(?:(\S+?)\((\d+)\)|unknown location\(0\)): (?:fatal )?error: in "([^"]+)": (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) =>
      facts({
        tool: 'boost.test',
        tests: [m[3]!],
        locations: m[1] ? [location(m[1], m[2], undefined, m[4])] : undefined,
      }),
  },
];
