import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * Erlang's cross-reference check (`rebar3 xref`, rebar 2): a call to a function that does not
 * exist compiles, and only fails when it runs. Its warning is the cause of the `undef` a test
 * then reports (localize.ts lets it lead that echo).
 */
export const xrefRules: Rule[] = [
  {
    id: 'xref.undefined-call',
    tool: 'xref',
    anchors: ['calls undefined function'],
    // "src/tags.erl:4: Warning: tags:normalize/1 calls undefined function lists:usort2/1 (Xref)"
    pattern: /(?:^|\s)(\S+\.erl):(\d+): Warning: (\S+) calls undefined function (\S+?\/\d+)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.7,
    facts: (m) => facts({ tool: 'xref', file: m[1] }),
  },
  {
    id: 'xref.undefined-function',
    tool: 'xref',
    anchors: ['is undefined function'],
    // The same miss listed by the callee: "lists.erl: Warning: lists:usort2/1 is undefined function (Xref)".
    pattern: /(?:^|\s)\S+\.erl: Warning: (\S+?\/\d+) is undefined function\b/,
    role: 'error',
    category: 'compile_error',
    weight: 0.6,
    facts: () => ({ tool: 'xref' }),
  },
];
