import { describe, expect, it } from 'vitest';
import { type Rule, RuleSet, StemIndex } from '../../src/analyzer/rule.js';

const rule = (id: string, anchors: string[], pattern: RegExp): Rule => ({
  id,
  tool: 'test',
  anchors,
  pattern,
  role: 'error',
  weight: 0.5,
});

describe('StemIndex', () => {
  const index = new StemIndex(['rror', 'FAIL', '●']);
  const has = (text: string) => {
    const b = Buffer.from(text, 'utf8');
    return index.has(b, 0, b.length);
  };

  it('finds a stem anywhere in the line, including multi-byte ones, and nothing else', () => {
    expect(has('an error here')).toBe(true);
    expect(has('FAIL')).toBe(true);
    expect(has('  ● suite › test')).toBe(true);
    expect(has('all good, rro and FAI only')).toBe(false);
    expect(has('')).toBe(false);
  });

  it('looks only inside the given byte range', () => {
    const b = Buffer.from('ok line\nerror line\n');
    expect(index.has(b, 0, 7)).toBe(false);
    expect(index.has(b, 8, 18)).toBe(true);
  });

  it('refuses stems too short for its three-byte key', () => {
    expect(() => new StemIndex(['ab'])).toThrow(/shorter than three bytes/);
  });
});

describe('RuleSet', () => {
  it('refuses duplicate ids and anchors that no stem covers', () => {
    expect(() => new RuleSet([rule('a', ['error'], /x/), rule('a', ['error'], /y/)])).toThrow(/duplicate/);
    expect(() => new RuleSet([rule('b', ['zebra'], /x/)])).toThrow(/no scan stem/);
  });

  it('finds every rule whose anchor occurs, also anchors that start another one', () => {
    const rules = new RuleSet([
      rule('tagged', ['[ERROR]'], /^\[ERROR\]/),
      rule('spaced', ['[ERROR] '], /^\[ERROR\] \S/),
      rule('word', ['ERROR'], /ERROR/),
    ]);
    const line = '[ERROR] boom';
    expect(
      rules
        .match(line, line)
        .map((h) => h.rule.id)
        .sort(),
    ).toEqual(['spaced', 'tagged', 'word']);
    expect(
      rules
        .match('[ERROR] ', '[ERROR] ')
        .map((h) => h.rule.id)
        .sort(),
    ).toEqual(['tagged', 'word']);
  });
});
