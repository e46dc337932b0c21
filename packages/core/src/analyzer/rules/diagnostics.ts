import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * Compilers we have no rule of their own for print their errors the way gcc does, located by
 * file, line and column: CoffeeScript ("/w/src/cart.coffee:7:1: error: unexpected indentation"),
 * Emacs' byte compiler ("slug.el:5:67: Error: Invalid read syntax"). A located error line is a
 * compile error; the tools with rules of their own (cc, ghc, swiftc, …) outweigh this one. From
 * packages/fixtures/ecosystems/coffeescript and lisp.
 */
export const diagnosticRules: Rule[] = [
  {
    id: 'compiler.located-error',
    tool: 'compiler',
    anchors: [': error: ', ': Error: ', ': fatal error: '],
    // A source file with an extension, its line and column, then the level. Not gcc's own files
    // (cc.error) and not tools that tag errors differently (`[error]`, `E0602`).
    pattern:
      /^\s*((?:[A-Za-z]:)?[^\s:]+\.[A-Za-z][\w+-]{0,9}):(\d+):(\d+): (?:fatal )?(?:error|Error): (.+)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.6,
    facts: (m) => ({ tool: 'compiler', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
];
