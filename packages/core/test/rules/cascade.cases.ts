import type { RuleCase } from './rule-cases.js';

// Erlang xref (rules/xref.ts), lines from packages/fixtures/ecosystems/cascade/rebar3-xref-eunit.
export const cascadeCases: RuleCase[] = [
  {
    rule: 'xref.undefined-call',
    line: '===> src/tags.erl:4: Warning: tags:normalize/1 calls undefined function lists:usort2/1 (Xref)',
    category: 'compile_error',
    facts: { tool: 'xref', file: 'src/tags.erl' },
  },
  {
    rule: 'xref.undefined-function',
    line: 'lists.erl: Warning: lists:usort2/1 is undefined function (Xref)',
    category: 'compile_error',
  },
];
