import { Minimatch } from 'minimatch';

/** Longer than any real path glob; a cap keeps brace expansion and matching cheap. */
export const MAX_GLOB_CHARS = 500;

/** Globs match workflow files under `.github/`, so dot-directories must match like any other. */
const OPTIONS = { dot: true } as const;

/**
 * What is wrong with a glob, or undefined when it is fine. minimatch never rejects a pattern: an
 * unclosed `[`, `{` or `@(` silently becomes literal text that matches nothing the user meant,
 * and a leading `#` makes the pattern a comment. Those are almost always mistakes, so we say so.
 */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  if (pattern.length > MAX_GLOB_CHARS) return `is longer than ${MAX_GLOB_CHARS} characters`;
  if (pattern.startsWith('#'))
    return 'starts with "#", which makes it a comment that matches nothing; write "\\#" to match a "#"';
  if (pattern.startsWith('!!')) return 'starts with more than one "!"; a glob is negated at most once';
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'negates nothing';
  const unclosed = firstUnclosed(body);
  if (unclosed !== undefined)
    return `has an unclosed "${unclosed}"; close it, or write "\\${unclosed[0]}" to match it literally`;
  try {
    new Minimatch(pattern, OPTIONS);
  } catch (error) {
    return `is not a valid glob: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** The first `[`, `{` or extglob `@(` (etc.) that is never closed, honouring `\` escapes. */
function firstUnclosed(pattern: string): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (i === pattern.length - 1) return '\\';
      i++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return '[';
      i = end;
    } else if (c === '{') {
      open.push('{');
    } else if (c === '}') {
      if (open[open.length - 1] === '{') open.pop();
    } else if ('@!?+*'.includes(c) && pattern[i + 1] === '(') {
      open.push(`${c}(`);
      i++;
    } else if (c === ')') {
      const top = open[open.length - 1];
      if (top?.endsWith('(')) open.pop();
    }
  }
  return open[0];
}

/** Index of the `]` closing the class opened at `start`, or -1. A `]` first in the class is literal. */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close >= 0) i = close + 1;
    } else if (c === ']') return i;
  }
  return -1;
}

/**
 * Splits a glob list given as one string: newlines always separate, commas only outside braces,
 * so `src/{a,b}/**` stays one glob.
 */
export function splitGlobList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    if (c === '\n' || c === '\r' || (c === ',' && depth === 0)) {
      // A brace left open on one line must not swallow the next line's commas.
      out.push(current);
      current = '';
      depth = 0;
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** A list that can never match: every glob in it is negated. */
export function onlyNegated(patterns: readonly string[]): boolean {
  return patterns.length > 0 && patterns.every((p) => p.startsWith('!'));
}

/**
 * A matcher for a glob list with GitHub's `paths:` semantics: globs apply in order, a match of a
 * plain glob includes the path, a later match of a `!glob` excludes it again.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    return { negated, matcher: new Minimatch(negated ? pattern.slice(1) : pattern, OPTIONS) };
  });
  return (path) => {
    let included = false;
    for (const { negated, matcher } of compiled) {
      if (included === negated && matcher.match(path)) included = !negated;
    }
    return included;
  };
}
