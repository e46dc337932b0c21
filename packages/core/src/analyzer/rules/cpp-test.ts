import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** C++ test frameworks: GoogleTest and Catch2, whose reports name the failing assertion's file and line. */
export const cppTestRules: Rule[] = [
  {
    id: 'gtest.failure',
    tool: 'googletest',
    anchors: [': Failure'],
    // "slug_test.cc:7: Failure", or "unknown file: Failure" for an exception thrown in the test
    // body; the message ("Expected equality of these values:", "Value of: …") runs down to the
    // test's "[  FAILED  ]" line.
    pattern: /^(?:(\S+?):(\d+)|unknown file): Failure$/,
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
    pattern: /^\[ {2}FAILED {2}\] ([\w/.]+)(?:, where [^(]*)? \((\d+) ms\)$/,
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
    pattern: /^(\S+?):(\d+): FAILED:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'catch2', locations: [location(m[1], m[2])] }),
  },
];
