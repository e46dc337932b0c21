import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * GNU Octave, which runs the MATLAB projects of most CI services: failed assert(), errors raised
 * by error() with Octave's "error: called from" stack, undefined names. From
 * packages/fixtures/ecosystems/octave.
 */
export const octaveRules: Rule[] = [
  {
    // "error: ASSERT errors for:  assert (cond,expected,tol)", a blank line, then the table of
    // observed and expected values, indented.
    id: 'octave.assert',
    tool: 'octave',
    anchors: ['ASSERT errors for:'],
    // No `$`: a line has no line break, and with one ` +` and `.*` split the spaces every way.
    pattern: /^(?:error: )?ASSERT errors for: +(.*)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'octave', locations: [location('', undefined, undefined, m[1])] }),
  },
  {
    // "error: 'robust_median' undefined near line 2, column 5" (Octave 4-7) or "error: 'x'
    // undefined" (newer): a function or variable that does not exist.
    id: 'octave.undefined',
    tool: 'octave',
    anchors: ["' undefined"],
    pattern: /^error: '([\w.]+)' undefined(?: near line (\d+)(?:, column (\d+))?)?/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'octave', locations: [location('', m[2], m[3], `'${m[1]!}' undefined`)] }),
  },
  {
    // Any other error: "error: <message>" and below it "error: called from" with the stack
    // indented. The message is the "error:" line above, taken as the lead.
    id: 'octave.called-from',
    tool: 'octave',
    anchors: ['error: called from'],
    pattern: /^error: called from$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'indented',
    lead: /^error: (?!called from$)/,
    facts: () => ({ tool: 'octave' }),
  },
  {
    // "error: parse error near line 6 of file /w/run_tests.m", then "syntax error" and the line
    // with a caret; older Octave prints "parse error:" with the same details below.
    id: 'octave.parse-error',
    tool: 'octave',
    anchors: ['parse error near line ', 'parse error:'],
    pattern: /^(?:error: )?parse error(?: near line (\d+) of file (\S+)|:$)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'octave', locations: [location(m[2] ?? '', m[1])] }),
  },
  {
    // Octave 7 exiting after an uncaught error in a script says so; it is not another error.
    id: 'octave.exit-noise',
    tool: 'octave',
    anchors: ['error: ignoring const execution_exception'],
    pattern: /^error: ignoring const execution_exception& while preparing to exit$/,
    role: 'noise',
    weight: 0.9,
  },
  {
    // `pkg load signal` without the package: "error: package signal is not installed", then
    // "error: called from" and pkg's own stack.
    id: 'octave.pkg-missing',
    tool: 'octave',
    anchors: ['error: package '],
    pattern: /^error: package ([\w.-]+)(?: \([^()]{0,40}\))? is not installed/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'octave', package: m[1]! }),
  },
];
