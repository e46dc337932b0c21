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
    facts: { tool: 'eslint', locations: [{ line: 1, column: 1 }] },
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
];
