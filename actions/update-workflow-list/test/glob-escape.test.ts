import { describe, expect, it } from 'vitest';
import { escapeWorkflowName } from '../src/glob-escape.js';

describe('escapeWorkflowName', () => {
  it('leaves ordinary names alone', () => {
    for (const name of [
      'CI',
      'Deploy to prod',
      'build/test (linux)',
      'a!b',
      'v1.2 {x} @y',
      '.github/workflows/ci.yml',
    ])
      expect(escapeWorkflowName(name)).toBe(name);
  });

  it('escapes the characters GitHub treats as glob syntax', () => {
    expect(escapeWorkflowName('Build C++')).toBe('Build C\\+\\+');
    expect(escapeWorkflowName('[foo] parent')).toBe('\\[foo\\] parent');
    expect(escapeWorkflowName('What? *All*')).toBe('What\\? \\*All\\*');
    expect(escapeWorkflowName('a\\b')).toBe('a\\\\b');
  });

  it('escapes `!` only at the start, where it would negate', () => {
    expect(escapeWorkflowName('!important')).toBe('\\!important');
    expect(escapeWorkflowName('!!')).toBe('\\!!');
    expect(escapeWorkflowName('Wow!')).toBe('Wow!');
  });

  it('leaves no special character unescaped', () => {
    const nasty = '\\*?+[]!x*\\';
    const pattern = escapeWorkflowName(`!${nasty}`);
    // Reading left to right, every special character is preceded by an escaping backslash.
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      expect('*?+[]'.includes(c) || (c === '!' && i === 0)).toBe(false);
    }
  });
});
