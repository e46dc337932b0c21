import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Lisps: Emacs Lisp's ERT in batch mode, Racket's `raco test` (rackunit) and compiler, SBCL's
 * unhandled conditions. From packages/fixtures/ecosystems/lisp.
 */

/** SBCL condition types that say a name is missing (a typo, a file not loaded) rather than a check failing. */
function sbclCategory(condition: string): FailureCategory {
  return /^(?:UNDEFINED-FUNCTION|UNBOUND-VARIABLE|SB-INT:SIMPLE-READER-ERROR|READER-ERROR|END-OF-FILE)$/.test(
    condition,
  )
    ? 'compile_error'
    : 'test_failure';
}

export const lispRules: Rule[] = [
  {
    // ERT: "Test slug-make-lowercases condition:" then the failed form and its values, indented.
    id: 'ert.condition',
    tool: 'ert',
    anchors: [' condition:'],
    pattern: /^Test (\S+) condition:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'ert', tests: [m[1]!] }),
  },
  {
    // ERT's per-test line, "   FAILED  2/2  slug-make-lowercases (0.000088 sec)", and the list
    // under "1 unexpected results:", "   FAILED  slug-make-lowercases".
    id: 'ert.failed',
    tool: 'ert',
    anchors: ['FAILED  '],
    pattern: /^\s+FAILED {2}(?:\d+\/\d+ {2})?(\S+)(?: \([\d.]+ sec\))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    facts: (m) => ({ tool: 'ert', tests: [m[1]!] }),
  },
  {
    // rackunit's report: "--------------------", the test's name, "FAILURE" (a check failed) or
    // "ERROR" (it raised), then "name:", "location:", "actual:", "expected:" fields.
    id: 'rackunit.result',
    tool: 'raco test',
    anchors: ['FAILURE', 'ERROR'],
    pattern: /^(FAILURE|ERROR)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    lead: /^(?!-{3,}$|raco test: )\S/,
    facts: () => ({ tool: 'raco test' }),
  },
  {
    id: 'rackunit.values',
    tool: 'raco test',
    anchors: ['ctual: ', 'xpected:  '],
    pattern: /^(?:actual|expected): {2,}\S/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: () => ({ tool: 'raco test' }),
  },
  {
    // Racket's module-level errors name the place: "parse.rkt:3:0: read-syntax: expected a `)` to
    // close `(`", "json-test.rkt:2:18: collection not found" (details indented below).
    id: 'racket.error',
    tool: 'racket',
    anchors: ['.rkt:'],
    pattern: /^(\S+\.rkt):(\d+):(\d+): (.+)$/,
    role: 'error',
    classify: (m) =>
      /^(?:collection not found|cannot open module file|standard-module-name-resolver: collection not found)/.test(
        m[4]!,
      )
        ? 'missing_dependency'
        : 'compile_error',
    weight: 0.85,
    // The lines under it are the details ("for module path: x") and then Racket's own stack
    // ("context...:"), a dozen frames of raco's internals: the first line says it all.
    follow: 'none',
    facts: (m) => ({ tool: 'racket', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // SBCL with the debugger disabled: "Unhandled SIMPLE-ERROR in thread #<SB-THREAD:THREAD
    // "main thread" RUNNING" (the rest of the thread on the next line), then the message indented.
    id: 'sbcl.unhandled',
    tool: 'sbcl',
    anchors: ['Unhandled '],
    pattern: /^Unhandled ([A-Z][A-Z0-9:-]*) in thread /,
    role: 'error',
    classify: (m) => sbclCategory(m[1]!),
    weight: 0.85,
    follow: 'indented',
    facts: (m) => facts({ tool: 'sbcl', code: m[1] }),
  },
  {
    // Emacs loading a library that is not on the load path: `(require 'dash)` in a test file run by
    // ERT or in a file being byte-compiled. Batch Emacs 28+ prints the signal, "Debugger
    // entered--Lisp error: (file-missing "Cannot open load file" "No such file or directory"
    // "dash")"; older ones and the byte compiler the message, "Cannot open load file: No such file
    // or directory, dash".
    id: 'emacs.load-missing',
    tool: 'emacs',
    anchors: ['Cannot open load file'],
    pattern:
      /\(file-(?:missing|error) "Cannot open load file"(?: "[^"]*")? "([^"]+)"\)|Cannot open load file: (?:No such file or directory, )?([\w+./-]+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'emacs', package: (m[1] ?? m[2])! }),
  },
];
