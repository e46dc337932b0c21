import type { RuleCase } from './rule-cases.js';

// tsc, ESLint (stylish), Prettier --check, Jest, Vitest, Mocha, Node, npm, pnpm and yarn output.
export const jsCases: RuleCase[] = [
  {
    rule: 'tsc.error',
    line: "src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    category: 'compile_error',
    facts: { code: 'TS2322', locations: [{ file: 'src/index.ts', line: 3, column: 7 }] },
  },
  {
    rule: 'tsc.error',
    line: "src/a.ts:1:21 - error TS2307: Cannot find module 'yaml' or its corresponding type declarations.",
    facts: { code: 'TS2307', module: 'yaml', locations: [{ file: 'src/a.ts', line: 1, column: 21 }] },
  },
  {
    rule: 'eslint.problem',
    line: "  12:5  error  'foo' is assigned a value but never used  no-unused-vars",
    category: 'lint_failure',
    facts: { code: 'no-unused-vars' },
  },
  { rule: 'eslint.summary', line: '✖ 3 problems (2 errors, 1 warning)', category: 'lint_failure' },
  { rule: 'eslint.summary', line: '✖ 1 problem (0 errors, 1 warning)', category: null },
  {
    rule: 'prettier.check',
    line: '[warn] Code style issues found in 2 files. Run Prettier with --write to fix.',
    category: 'lint_failure',
  },
  {
    rule: 'prettier.check',
    line: 'Code style issues found in the above file. Forgot to run Prettier?',
    category: 'lint_failure',
  },
  {
    rule: 'jest.fail-file',
    line: 'FAIL src/sum.test.js (5.2 s)',
    category: 'test_failure',
    facts: { file: 'src/sum.test.js' },
  },
  {
    rule: 'jest.fail-file',
    line: ' FAIL  test/api.test.ts > api > returns 404',
    category: 'test_failure',
    facts: { tests: ['api > returns 404'] },
  },
  {
    rule: 'jest.failed-test',
    line: '  ● sum › adds negative numbers',
    category: 'test_failure',
    facts: { tests: ['sum › adds negative numbers'] },
  },
  { rule: 'jest.summary', line: 'Tests:       1 failed, 41 passed, 42 total', category: 'test_failure' },
  { rule: 'jest.summary', line: '      Tests  2 failed | 40 passed (42)', category: 'test_failure' },
  { rule: 'vitest.failed-header', line: '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 2 ⎯⎯⎯⎯⎯⎯⎯', category: 'test_failure' },
  {
    rule: 'node.assertion',
    line: 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
    category: 'test_failure',
  },
  { rule: 'mocha.failing', line: '  2 failing', category: 'test_failure' },
  {
    rule: 'jest.module-not-found',
    line: "    Cannot find module 'lodash/merge' from 'src/config/load.js'",
    category: 'missing_dependency',
    facts: { tool: 'jest', module: 'lodash/merge', file: 'src/config/load.js' },
  },
  {
    rule: 'jest.module-not-found',
    line: "    Cannot find module '@acme/ui' from 'src/App.test.tsx'",
    facts: { module: '@acme/ui', file: 'src/App.test.tsx' },
  },
  {
    rule: 'node.module-not-found',
    line: "Error: Cannot find module 'express'",
    category: 'missing_dependency',
    facts: { module: 'express' },
  },
  {
    rule: 'node.engine',
    line: 'error vite@5.0.0: The engine "node" is incompatible with this module. Expected version "^18.0.0 || >=20.0.0". Got "16.20.2"',
    category: 'toolchain_mismatch',
    facts: { toolchain: 'node', requiredVersion: '^18.0.0 || >=20.0.0', actualVersion: '16.20.2' },
  },
  {
    rule: 'npm.error-code',
    line: 'npm ERR! code E404',
    category: 'missing_dependency',
    facts: { code: 'E404' },
  },
  { rule: 'npm.error-code', line: 'npm error code ETIMEDOUT', category: 'network_error' },
  { rule: 'npm.error-code', line: 'npm ERR! code ELIFECYCLE', category: null },
  {
    rule: 'npm.not-found',
    line: 'npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
    category: 'missing_dependency',
    facts: { package: 'left-padd' },
  },
  {
    rule: 'npm.missing-script',
    line: 'npm ERR! Missing script: "lint"',
    category: 'missing_command',
    facts: { command: 'lint' },
  },
  {
    rule: 'npm.ci-lock-mismatch',
    line: 'npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
    category: 'missing_dependency',
  },
  {
    rule: 'pnpm.error',
    line: ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
    category: 'missing_dependency',
    facts: { code: 'ERR_PNPM_OUTDATED_LOCKFILE' },
  },
  {
    rule: 'pnpm.error',
    line: ' ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)',
    category: 'toolchain_mismatch',
  },
  { rule: 'pnpm.lifecycle', line: ' ELIFECYCLE  Command failed with exit code 1.', facts: { exitCode: 1 } },
  {
    rule: 'yarn.error',
    line: 'error Couldn\'t find package "left-padd" on the "npm" registry.',
    category: 'missing_dependency',
    facts: { package: 'left-padd' },
  },
  {
    rule: 'yarn.error',
    line: 'error An unexpected error occurred: "https://registry.yarnpkg.com/x: ETIMEDOUT".',
    category: 'network_error',
  },
  {
    rule: 'yarn.error',
    line: '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
    category: 'missing_dependency',
  },
  {
    rule: 'node.heap',
    line: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    category: 'resource_exhaustion',
  },
];
