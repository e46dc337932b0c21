import { describe, expect, it } from 'vitest';
import { isTestPath, languageOf, scoreComplexity } from '../../src/pr/complexity.js';

describe('complexity', () => {
  it('scores a small change with its test at 1, showing every factor', () => {
    const result = scoreComplexity({ paths: ['src/a.ts', 'src/a.test.ts'], lines: 12, riskFlags: 0 });
    expect(result.score).toBe(1);
    expect(result.reasons.map((r) => r.text)).toEqual([
      '12 changed lines',
      '2 files',
      '1 directory touched',
      '1 language (TypeScript)',
      '0 risk flags',
      '1 test file changed',
    ]);
    expect(result.reasons.every((r) => r.points === 0)).toBe(true);
  });

  it('adds a point for source changed without tests', () => {
    const result = scoreComplexity({ paths: ['src/a.ts'], lines: 5, riskFlags: 0 });
    expect(result.score).toBe(2);
    expect(result.reasons.at(-1)).toEqual({
      text: 'no test file changed alongside 1 source file',
      points: 1,
    });
  });

  it('does not ask for tests when only docs and config changed', () => {
    expect(scoreComplexity({ paths: ['README.md', 'config.yml'], lines: 5, riskFlags: 0 }).score).toBe(1);
  });

  it('grows with lines, files, directories, languages and risk, and stops at 5', () => {
    const medium = scoreComplexity({
      paths: ['a/x.go', 'b/y.py', 'c/z.rs', 'd/w_test.go'],
      lines: 150,
      riskFlags: 1,
    });
    // 1 + lines(1) + dirs(1) + languages(1) + risk(1) = 5
    expect(medium.reasons.map((r) => r.points)).toEqual([1, 0, 1, 1, 1, 0]);
    expect(medium.score).toBe(5);
    const lines = scoreComplexity({ paths: ['src/a.test.ts'], lines: 600, riskFlags: 0 });
    expect(lines.score).toBe(3);
    const paths = Array.from({ length: 60 }, (_, i) => `pkg${i % 6}/f${i}.ts`);
    const huge = scoreComplexity({ paths, lines: 5000, riskFlags: 4 });
    expect(huge.score).toBe(5);
    expect(huge.reasons.reduce((n, r) => n + r.points, 1)).toBeGreaterThan(5);
  });

  it('knows test files and languages by their names', () => {
    for (const p of [
      'src/__tests__/a.ts',
      'pkg/x_test.go',
      'tests/test_api.py',
      'spec/models/user_spec.rb',
      'src/a.spec.tsx',
      'app/src/FooTest.java',
    ])
      expect(isTestPath(p), p).toBe(true);
    for (const p of ['src/contest.ts', 'src/latest.go', 'src/testament.py'])
      expect(isTestPath(p), p).toBe(false);
    expect(languageOf('Dockerfile')).toBe('Dockerfile');
    expect(languageOf('x/y.PY')).toBe('Python');
    expect(languageOf('LICENSE')).toBeUndefined();
  });

  it("reads a pull request's file names as data: Object's members are no language", () => {
    const names = [
      'constructor',
      '__proto__',
      'toString',
      'x.constructor',
      'a/b.hasOwnProperty',
      'y.__PROTO__',
      'z.valueOf',
    ];
    for (const p of names) expect(languageOf(p), p).toBeUndefined();
    const result = scoreComplexity({ paths: ['src/a.ts', ...names], lines: 5, riskFlags: 0 });
    const languages = result.reasons.find((r) => r.text.includes('language'))!;
    expect(languages.text).toBe('1 language (TypeScript)');
    expect(JSON.stringify(result)).not.toContain('native code');
  });
});
