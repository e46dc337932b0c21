import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * JavaScript as Travis ran it (2012–2020): the linters of the time (JSHint, JSCS, standard,
 * TSLint, ESLint's parse errors), grunt-contrib-jshint, gulp 3 on a newer Node, and the closing
 * blocks npm 3–6 and yarn 1 print after any failing script. Those blocks say only that a script
 * failed; the reason is the tool output above them, so they are noise here.
 */
export const jsLegacyRules: Rule[] = [
  {
    // npm 3–6 after a failing script: "npm ERR! Test failed.  See above for more details.",
    // "npm ERR! code ELIFECYCLE", "npm ERR! errno 1", "npm ERR! Exit status 1",
    // "npm ERR! Failed at the x@1.0.0 test script." Other npm ERR! codes keep npm.error-code.
    id: 'npm.lifecycle-footer',
    tool: 'npm',
    anchors: [
      'npm ERR! Test failed.',
      'npm ERR! code ELIFECYCLE',
      'npm ERR! errno ',
      'npm ERR! Exit status ',
      'npm ERR! Failed at the ',
    ],
    pattern:
      /^npm ERR! (?:Test failed\. {1,2}See above|code ELIFECYCLE\s*$|errno \d+\s*$|Exit status \d+\s*$|Failed at the \S+ [\w:.-]+ script)/,
    role: 'noise',
    weight: 0.9,
  },
  {
    // yarn 1 after a failing script: "error Command failed with exit code 1."
    id: 'yarn.command-failed',
    tool: 'yarn',
    anchors: ['error Command failed with exit code '],
    pattern: /^error Command failed with exit code \d+\.$/,
    role: 'noise',
    weight: 0.9,
  },
  {
    // JSHint's default reporter: "src/index.js: line 4, col 21, 'nme' is not defined."
    id: 'jshint.error',
    tool: 'jshint',
    anchors: [', col '],
    pattern: /^(\S[^:]*\.(?:js|jsx|mjs|cjs|json|html)): line (\d+), col (\d+), (.+)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'jshint', locations: [location(m[1]!, m[2], m[3], m[4])] }),
  },
  {
    // grunt-contrib-jshint: the source line ("    2 |  return helper();"), then a caret line
    // holding the message ("          ^ 'helper' is not defined.").
    id: 'grunt-jshint.error',
    tool: 'jshint',
    // No "never used" anchor: that phrase is in thousands of other tools' warning lines.
    anchors: [' is not defined.', 'Missing semicolon.'],
    pattern: /^\s+\^ (.+)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    lead: /^\s+\d+ \|/,
    facts: () => ({ tool: 'jshint' }),
  },
  {
    // JSCS: "requireSemicolons: Missing semicolon after statement at src/index.js :", then the
    // source with a caret ruler under it.
    id: 'jscs.error',
    tool: 'jscs',
    anchors: ['requireS', 'requireC', 'requireT', 'disallow', 'validate'],
    pattern: /^((?:require|disallow|validate)[A-Z]\w*): (.+) at (\S+) :$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'jscs', code: m[1], locations: [location(m[3]!, undefined, undefined, m[2])] }),
  },
  {
    // TSLint 5: "ERROR: /p/src/a.ts:1:14 - Missing semicolon"; TSLint 4 and early 5:
    // "ERROR: src/a.ts[1, 14]: Missing semicolon" (with "(rule-name) " after "ERROR: " when asked).
    id: 'tslint.error',
    tool: 'tslint',
    anchors: ['ERROR: '],
    pattern: /^ERROR: (?:\(([\w-]+)\) )?(\S+?\.tsx?)(?::(\d+):(\d+) - |\[(\d+), (\d+)\]: )(.+)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'tslint', code: m[1], locations: [location(m[2]!, m[3] ?? m[5], m[4] ?? m[6], m[7])] }),
  },
  {
    // gulp 3's graceful-fs 3 on Node 12 and later: "ReferenceError: primordials is not defined".
    id: 'node.primordials',
    tool: 'node',
    anchors: ['primordials is not defined'],
    pattern: /^ReferenceError: primordials is not defined/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: () => ({ tool: 'node' }),
  },
  {
    // Jasmine 2 and Jest 20–24 on an async test that never calls back: "Error: Timeout - Async
    // callback was not invoked within 300ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)".
    id: 'jasmine.async-timeout',
    tool: 'jasmine',
    anchors: ['Async callback was not invoked within'],
    pattern: /Timeout - Async callback was not invoked within (?:the \d+ ?ms|\d+ ?ms|timeout specified by)/,
    role: 'error',
    category: 'timeout',
    weight: 0.9,
    facts: () => ({ tool: 'jasmine' }),
  },
  {
    // AVA 0.x–1.x on an exception thrown outside a test's own flow: "Uncaught Exception: test.js",
    // then the error indented under it.
    id: 'ava.uncaught-exception',
    tool: 'ava',
    anchors: ['Uncaught Exception: '],
    pattern: /^\s*Uncaught Exception: (\S+)\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => facts({ tool: 'ava', file: m[1] }),
  },
  {
    // Babel (Jest 24's transform) on a test file it cannot parse:
    // (Its category beats jest.suite-failed's: the suite failed because the file does not parse.)
    // "SyntaxError: /p/math.test.js: Unexpected token, expected "," (4:26)".
    id: 'babel.syntax-error',
    tool: 'babel',
    anchors: ['SyntaxError: '],
    pattern: /^\s*SyntaxError: (\S+\.[cm]?[jt]sx?): (.+) \((\d+):(\d+)\)\s*$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    facts: (m) => facts({ tool: 'babel', locations: [location(m[1]!, m[3], m[4], m[2])] }),
  },
  {
    // Karma when a browser cannot load a file: "HeadlessChrome 0.0.0 (Linux 0.0.0) ERROR", then
    // (Karma 2–4) a JSON object whose "message" is "Uncaught SyntaxError: missing ) after …", or
    // (Karma 1) the bare "Uncaught SyntaxError: …" line.
    id: 'karma.uncaught-syntax-error',
    tool: 'karma',
    anchors: ['Uncaught SyntaxError: '],
    pattern: /^\s*(?:"message": ")?Uncaught SyntaxError: ([^"\\]+)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: () => ({ tool: 'karma' }),
  },
  {
    // Jest when a test file cannot even load: "● Test suite failed to run", the reason indented
    // under it (a parse error, a missing module, jsdom's "localStorage is not available for
    // opaque origins"). Below the weight at which test failures outrank other causes, so a more
    // specific line under it names the category.
    id: 'jest.suite-failed',
    tool: 'jest',
    anchors: ['● Test suite failed to run'],
    pattern: /^\s*● Test suite failed to run\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'indented',
    facts: () => ({ tool: 'jest' }),
  },
  {
    // npm 5 (graceful-fs 4.1) on Node 14 and later dies before doing anything:
    // "npm ERR! cb.apply is not a function".
    id: 'npm.cb-apply',
    tool: 'npm',
    anchors: ['npm ERR! cb.apply is not a function'],
    pattern: /^npm ERR! cb\.apply is not a function/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: () => ({ tool: 'npm' }),
  },
];
