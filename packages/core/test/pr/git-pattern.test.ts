import { describe, expect, it } from 'vitest';
import {
  compileGitPattern,
  matchesPath,
  matchesPathOrParent,
  parentDirectories,
} from '../../src/pr/git-pattern.js';

function files(pattern: string, paths: string[]): string[] {
  const compiled = compileGitPattern(pattern);
  return paths.filter((p) => matchesPathOrParent(compiled, p));
}

describe('gitignore-style patterns', () => {
  const paths = ['a.js', 'src/a.js', 'src/lib/b.js', 'src/a.ts', 'lib/src/c.js', 'srcx/d.js', 'x/y/z/e.md'];

  it('matches a slash-free pattern at any depth and an anchored one from the root', () => {
    expect(files('*.js', paths)).toEqual(['a.js', 'src/a.js', 'src/lib/b.js', 'lib/src/c.js', 'srcx/d.js']);
    expect(files('src', paths)).toEqual(['src/a.js', 'src/lib/b.js', 'src/a.ts', 'lib/src/c.js']);
    expect(files('/src', paths)).toEqual(['src/a.js', 'src/lib/b.js', 'src/a.ts']);
    expect(files('src/*.js', paths)).toEqual(['src/a.js']);
  });

  it('treats ** as any number of directories', () => {
    expect(files('**/b.js', paths)).toEqual(['src/lib/b.js']);
    expect(files('src/**/*.js', paths)).toEqual(['src/a.js', 'src/lib/b.js']);
    expect(files('x/**', paths)).toEqual(['x/y/z/e.md']);
    expect(files('**', paths)).toEqual(paths);
  });

  it('matches directories only for a trailing slash, and never a file of that name', () => {
    const dirOnly = compileGitPattern('src/');
    expect(matchesPath(dirOnly, 'src')).toBe(false);
    expect(matchesPathOrParent(dirOnly, 'src/a.js')).toBe(true);
  });

  it('supports ?, bracket classes and escapes', () => {
    expect(files('?.js', paths)).toEqual(['a.js', 'src/a.js', 'src/lib/b.js', 'lib/src/c.js', 'srcx/d.js']);
    expect(files('/?.js', paths)).toEqual(['a.js']);
    expect(files('[ab].js', ['a.js', 'b.js', 'c.js'])).toEqual(['a.js', 'b.js']);
    expect(files('[!ab].js', ['a.js', 'b.js', 'c.js'])).toEqual(['c.js']);
    expect(files('\\*.js', ['*.js', 'a.js'])).toEqual(['*.js']);
    expect(files('a+b(1).js', ['a+b(1).js', 'aab1.js'])).toEqual(['a+b(1).js']);
  });

  it('reads a/**/ as every directory from a down, a itself included', () => {
    expect(files('x/**/', paths)).toEqual(['x/y/z/e.md']);
    expect(files('src/**/', paths)).toEqual(['src/a.js', 'src/lib/b.js', 'src/a.ts']);
    expect(matchesPath(compileGitPattern('src/**/'), 'src')).toBe(false);
  });

  it('takes a path with a trailing slash for a directory', () => {
    const dirOnly = compileGitPattern('src/');
    expect(matchesPath(dirOnly, 'src/')).toBe(true);
    expect(matchesPath(compileGitPattern('/*'), 'src/')).toBe(true);
    expect(matchesPathOrParent(compileGitPattern('lib/'), 'lib/src/')).toBe(true);
    expect(matchesPathOrParent(compileGitPattern('lib/'), 'src/lib')).toBe(false);
  });

  it('lists the directories of a path, outermost first', () => {
    expect(parentDirectories('a/b/c.txt')).toEqual(['a', 'a/b']);
    expect(parentDirectories('c.txt')).toEqual([]);
  });

  // On a backtracking engine `*a*a*a*a*a*b` took 11 s for this one path (5 stars); RE2 is linear.
  it('matches in linear time whatever the pattern a CODEOWNERS or .gitattributes line writes', () => {
    const started = performance.now();
    for (const stars of [5, 10, 30]) {
      const hostile = compileGitPattern(`${'*a'.repeat(stars)}*b`);
      const path = `${'a'.repeat(200)}/${'a'.repeat(200)}`;
      expect(matchesPathOrParent(hostile, path)).toBe(false);
      expect(matchesPath(hostile, `${'a'.repeat(200)}b`)).toBe(true);
    }
    const deep = compileGitPattern('**/**/**/**/**/**/x');
    expect(matchesPath(deep, `${'d/'.repeat(500)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
