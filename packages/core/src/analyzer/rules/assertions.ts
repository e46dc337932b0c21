import type { Rule } from '../rule.js';

/**
 * The expected and actual values test frameworks print under a failed assertion, in the shapes
 * several share: clojure.test ("expected: …" / "  actual: …"), hspec and HUnit ("expected: …" /
 * " but got: …"), rebar3's EUnit report ("expected: …" / "got: …").
 */
export const assertionRules: Rule[] = [
  {
    id: 'assert.expected-actual',
    tool: 'test',
    anchors: ['expected: ', 'actual: ', 'got: '],
    pattern: /^\s*(?:expected|actual|but got|got): \S/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    // hspec names the failing example on the line above: "  1) Math.add adds two numbers".
    lead: /^\s*\d+\) \S/,
  },
];
