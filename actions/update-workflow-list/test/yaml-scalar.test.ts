import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ListContext, type QuoteStyle, renderScalar } from '../src/yaml-scalar.js';

function readBack(text: string, context: ListContext, version: '1.1' | '1.2' = '1.2'): unknown {
  const source = context === 'flow' ? `[${text}]` : `- ${text}\n`;
  return (parse(source, { version }) as unknown[])[0];
}

const TRICKY = [
  'CI',
  'Build C\\+\\+',
  'Deploy: prod',
  'a:b',
  'ends with:',
  'C# build',
  'x #y',
  '#start',
  "it's",
  'say "hi"',
  'a, b',
  '[x]',
  '{x}',
  '- dash',
  '? q',
  '@at',
  '`tick`',
  '%pct',
  '!bang',
  '&amp',
  '*star',
  '|pipe',
  '>gt',
  ' lead',
  'trail ',
  '',
  'true',
  'on',
  'Yes',
  'null',
  '~',
  '1.0',
  '0x1F',
  '1_000',
  '1:20',
  '.inf',
  'line\nbreak',
  'tab\there',
  'bell\u0007',
  'del\u007f',
  'nel\u0085',
  'sep\u2028',
  'bom\ufeff',
  'ünïcödé ✓ 🚀',
  'back\\slash',
];

describe('renderScalar', () => {
  for (const context of ['flow', 'block'] as const)
    for (const style of ['plain', 'single', 'double'] as const satisfies readonly QuoteStyle[])
      it(`reads back every tricky name in ${context} context, ${style} style, under YAML 1.2 and 1.1`, () => {
        for (const value of TRICKY) {
          const text = renderScalar(value, context, style);
          expect(readBack(text, context), JSON.stringify(value)).toBe(value);
          expect(readBack(text, context, '1.1'), JSON.stringify(value)).toBe(value);
          expect(text).not.toContain('\n');
        }
      });

  it('writes plain text when YAML reads it as the same text', () => {
    expect(renderScalar('CI', 'flow')).toBe('CI');
    expect(renderScalar('Build C\\+\\+', 'block')).toBe('Build C\\+\\+');
    expect(renderScalar('a, b', 'block')).toBe('a, b');
  });

  it('quotes names that would read as something else or break the list', () => {
    expect(renderScalar('a, b', 'flow')).toBe("'a, b'");
    expect(renderScalar('on', 'block')).toBe("'on'");
    expect(renderScalar('1.0', 'block')).toBe("'1.0'");
    expect(renderScalar('Deploy: prod', 'block')).toBe("'Deploy: prod'");
    expect(renderScalar("it's: x", 'block')).toBe("'it''s: x'");
    expect(renderScalar('line\nbreak', 'block')).toBe('"line\\nbreak"');
  });

  it('keeps the requested quoting style when it can hold the name', () => {
    expect(renderScalar('CI', 'flow', 'single')).toBe("'CI'");
    expect(renderScalar('CI', 'block', 'double')).toBe('"CI"');
    expect(renderScalar('del\u007f', 'block', 'single')).toBe('"del\\u007f"');
  });
});
