import { describe, it } from 'vitest';
import { cascadeCases as cases } from './cascade.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('xref rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take other warnings of xref or the compiler', () => {
    checkMiss('xref.undefined-call', 'src/tags.erl:9: Warning: function helper/1 is unused');
    checkMiss('xref.undefined-function', 'src/tags.erl: Warning: tags:old/0 is deprecated function (Xref)');
  });
});
