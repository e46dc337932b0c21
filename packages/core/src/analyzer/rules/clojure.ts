import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** Clojure: clojure.test (under `lein test` or a runner), clojure.main's error reports, Leiningen. */
export const clojureRules: Rule[] = [
  {
    id: 'clojure-test.fail',
    tool: 'clojure.test',
    anchors: ['FAIL in (', 'ERROR in ('],
    // "FAIL in (test-add) (core_test.clj:7)", then "expected:"/"actual:" lines.
    pattern: /^(FAIL|ERROR) in \(([^)]+)\) \(([^):]+)(?::(\d+))?\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => facts({ tool: 'clojure.test', tests: [m[2]!], locations: [location(m[3], m[4])] }),
  },
  {
    id: 'clojure.syntax-error',
    tool: 'clojure',
    anchors: ['Syntax error '],
    // "Syntax error compiling at (x/core.clj:7:23)." with the message on the next line.
    pattern:
      /^Syntax error (?:compiling|reading source|macroexpanding|\(\w+\) compiling)[^(]* at \(([^)]*?)(?::(\d+)(?::(\d+))?)?\)\.$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => facts({ tool: 'clojure', locations: m[1] ? [location(m[1], m[2], m[3])] : undefined }),
  },
  {
    id: 'clojure.execution-error',
    tool: 'clojure',
    anchors: ['Execution error ('],
    // "Execution error (NullPointerException) at ns/fn (file.clj:3)." with the message below.
    pattern: /^Execution error \((\w+)\) at (\S+) \(([^)]*)\)\.$/,
    role: 'error',
    // A namespace that cannot be loaded stops compilation; other exceptions are the program's.
    classify: (m) =>
      m[1] === 'FileNotFoundException' && /\$loading$/.test(m[2]!) ? 'compile_error' : undefined,
    weight: 0.8,
    facts: () => ({ tool: 'clojure' }),
  },
  {
    id: 'clojure.compiler-message',
    tool: 'clojure',
    anchors: [
      'Unable to resolve symbol: ',
      'No such var: ',
      'No such namespace: ',
      'Could not locate ',
      'EOF while reading',
    ],
    // The message clojure.main prints on the line after "Syntax error …"/"Execution error …".
    pattern:
      /^(?:Unable to resolve symbol: (\S+) in this context|No such (?:var|namespace): (\S+)|Could not locate (\S+?)(?:__init\.class)?, .* on classpath\.?|EOF while reading.*)$/,
    role: 'error',
    weight: 0.7,
    facts: (m) => facts({ tool: 'clojure', module: m[3] }),
  },
  {
    id: 'lein.offline-artifact',
    tool: 'lein',
    anchors: ['in offline mode and the artifact'],
    pattern: /in offline mode and the artifact (\S+) has not been downloaded/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => ({ tool: 'lein', package: m[1]! }),
  },
];
