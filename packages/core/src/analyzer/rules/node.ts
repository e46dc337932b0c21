import type { Rule } from '../rule.js';

/**
 * A Node.js script or test file that dies of an uncaught error. Node prints where it was thrown
 * (`/w/x.js:12`, the source line, a caret), a blank line, the error at the margin and its frames,
 * and since Node 18 a closing `Node.js v20.1.0`. From packages/fixtures/ecosystems/js/node-*.
 */

/** How V8 words a TypeError; Python, PHP and Ruby word theirs differently. */
const V8_TYPE_ERROR =
  "Cannot (?:read|set) propert|Cannot destructure|Cannot convert|Cannot access '|Cannot mix BigInt|Assignment to constant|Converting circular|Class constructor |\\S+ is not (?:a function|a constructor|iterable|defined)\\b";

export const nodeRules: Rule[] = [
  {
    // "ReferenceError: outDir is not defined", "RangeError: Maximum call stack size exceeded",
    // "TypeError: Cannot read properties of undefined (reading 'x')", and Node's coded errors
    // "TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be …": classes or wording only
    // JavaScript has, at the margin (indented, they are a test runner's report: js.test-error).
    id: 'node.uncaught',
    tool: 'node',
    anchors: [
      'ReferenceError: ',
      'RangeError: ',
      'EvalError: ',
      'URIError: ',
      'AggregateError: ',
      'TypeError: ',
      'Error [ERR_',
    ],
    pattern: new RegExp(
      `^(?:Uncaught )?(?:(?:Reference|Range|Eval|URI|Aggregate)Error: |TypeError: (?=${V8_TYPE_ERROR})|[A-Z]?[a-z]*Error \\[(ERR_[A-Z_]+)\\]: )(.+)$`,
    ),
    role: 'error',
    // A package or file that cannot be resolved is node.module-not-found's.
    classify: (m) => (m[1]?.endsWith('MODULE_NOT_FOUND') ? undefined : 'test_failure'),
    weight: 0.6,
    follow: 'trace',
    facts: (m) => ({ tool: 'node', ...(m[1] ? { code: m[1] } : {}) }),
  },
  {
    // A promise rejected with no handler (Node 15+): with an Error the error itself is printed; with
    // another value, "UnhandledPromiseRejection: This error originated either by … reason "x"."
    // (bracketed, "[UnhandledPromiseRejection: …]", in Node 15 and 16).
    id: 'node.unhandled-rejection',
    tool: 'node',
    anchors: ['UnhandledPromiseRejection: '],
    pattern: /^\[?UnhandledPromiseRejection: (.+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    follow: 'trace',
    facts: () => ({ tool: 'node', code: 'ERR_UNHANDLED_REJECTION' }),
  },
  {
    // Before Node 18 there is no closing line; a stack that runs through the module loader's
    // compile step ("at Module._compile (internal/modules/cjs/loader.js:999:30)", "at ModuleJob.run
    // (node:internal/modules/esm/module_job:…)") was thrown by a script's top level: it died of it.
    id: 'node.top-level-frame',
    tool: 'node',
    anchors: ['at Module._compile (', 'at ModuleJob.run ('],
    pattern:
      /^\s+at (?:Module\._compile \((?:node:)?internal\/modules\/cjs\/loader(?:\.js)?|ModuleJob\.run \((?:node:)?internal\/modules\/esm\/module_job(?:\.js)?):\d+:\d+\)$/,
    // A verdict: it joins the error block it sits in, and shows only right after a chosen one.
    role: 'verdict',
    category: 'test_failure',
    weight: 0.3,
    follow: 'none',
    facts: () => ({ tool: 'node' }),
  },
  {
    // Node's last line after an uncaught error's stack (Node 18+). It names no cause, so it is weak
    // and the error line above names the finding; beside a stack whose error no rule could
    // categorise ("Error: boom" is every tool's prefix) it says the script died of it.
    id: 'node.died',
    tool: 'node',
    anchors: ['Node.js v'],
    pattern: /^Node\.js v\d+\.\d+\.\d+$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.3,
    follow: 'none',
    facts: () => ({ tool: 'node' }),
  },
];
