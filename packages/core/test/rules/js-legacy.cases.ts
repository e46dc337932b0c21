import type { RuleCase } from './rule-cases.js';

// Lines from the recordings under packages/fixtures/ecosystems/js/*-npm*, *-yarn1-*: old npm and
// yarn footers, JSHint (plain and through grunt), JSCS, standard, TSLint 5, ESLint parse errors
// and gulp 3 on Node 20.
export const jsLegacyCases: RuleCase[] = [
  {
    rule: 'npm.lifecycle-footer',
    line: 'npm ERR! Test failed.  See above for more details.',
    category: null,
  },
  { rule: 'npm.lifecycle-footer', line: 'npm ERR! code ELIFECYCLE', category: null },
  { rule: 'npm.lifecycle-footer', line: 'npm ERR! errno 2', category: null },
  { rule: 'npm.lifecycle-footer', line: 'npm ERR! Exit status 2', category: null },
  { rule: 'npm.lifecycle-footer', line: 'npm ERR! Failed at the tsc2-npm6-error@1.0.0 build script.' },
  {
    rule: 'npm.lifecycle-footer',
    line: "npm ERR! Failed at the eslint3-npm3-lint@1.0.0 lint script 'eslint src'.",
  },
  { rule: 'yarn.command-failed', line: 'error Command failed with exit code 1.', category: null },
  {
    rule: 'eslint.parse-error',
    line: "  1:1  error  Parsing error: The keyword 'const' is reserved",
    category: 'lint_failure',
    facts: { tool: 'eslint', locations: [{ file: '', line: 1, column: 1 }] },
  },
  {
    rule: 'jshint.error',
    line: "src/index.js: line 4, col 21, 'nme' is not defined.",
    category: 'lint_failure',
    facts: { tool: 'jshint', locations: [{ file: 'src/index.js', line: 4, column: 21 }] },
  },
  {
    rule: 'grunt-jshint.error',
    line: "                  ^ 'helper' is not defined.",
    category: 'lint_failure',
  },
  {
    rule: 'jscs.error',
    line: 'requireSemicolons: Missing semicolon after statement at src/index.js :',
    category: 'lint_failure',
    facts: { tool: 'jscs', code: 'requireSemicolons', locations: [{ file: 'src/index.js' }] },
  },
  {
    rule: 'jscs.error',
    line: "validateParameterSeparator: One space required before function parameter 'b' at src/index.js :",
    facts: { code: 'validateParameterSeparator' },
  },
  {
    rule: 'standard.banner',
    line: 'standard: Use JavaScript Standard Style (https://standardjs.com)',
    category: 'lint_failure',
  },
  {
    rule: 'tslint.error',
    line: "ERROR: /home/runner/work/project/src/index.ts:1:1 - Forbidden 'var' keyword, use 'let' or 'const' instead",
    category: 'lint_failure',
    facts: {
      tool: 'tslint',
      locations: [{ file: '/home/runner/work/project/src/index.ts', line: 1, column: 1 }],
    },
  },
  {
    rule: 'node.primordials',
    line: 'ReferenceError: primordials is not defined',
    category: 'toolchain_mismatch',
  },
  {
    rule: 'jasmine.async-timeout',
    line: '    Error: Timeout - Async callback was not invoked within timeout specified by jasmine.DEFAULT_TIMEOUT_INTERVAL.',
    category: 'timeout',
  },
  {
    rule: 'ava.uncaught-exception',
    line: 'Uncaught Exception: test.js',
    category: 'test_failure',
    facts: { tool: 'ava', file: 'test.js' },
  },
  {
    rule: 'babel.syntax-error',
    line: '    SyntaxError: /home/runner/work/project/math.test.js: Unexpected token, expected "," (4:26)',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/math.test.js', line: 4, column: 26 }] },
  },
  {
    rule: 'karma.uncaught-syntax-error',
    line: '    "message": "Uncaught SyntaxError: missing ) after argument list\\nat src/slug.js:2:40\\n\\nSyntaxError: missing ) after argument list",',
    category: 'compile_error',
  },
  { rule: 'jest.suite-failed', line: '  ● Test suite failed to run', category: 'test_failure' },
  { rule: 'npm.cb-apply', line: 'npm ERR! cb.apply is not a function', category: 'toolchain_mismatch' },
];
