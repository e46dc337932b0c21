/**
 * Path patterns in the style of `.gitignore`, as CODEOWNERS and `.gitattributes` write them, turned
 * into regular expressions. The two files share the pattern language but not how a pattern applies
 * to what is below a directory: callers decide that (see `matchesPathOrParent`).
 *
 * - `*` matches within one path segment, `?` one character of it, `**` as a whole segment any
 *   number of segments (`**\/x`, `a/**\/b`, `a/**`).
 * - A pattern with a `/` at its start or in its middle is anchored at the repository root; one
 *   without (`*.js`, `logs`, `apps/`) matches at any depth.
 * - A trailing `/` makes the pattern match directories only; `a/**\/` includes `a` itself.
 * - `\` escapes the next character.
 *
 * The expressions run on RE2 (`re2js`, linear time): on a backtracking engine one line such as
 * `*a*a*a*a*a*b` in CODEOWNERS or .gitattributes takes seconds per path, and would stall the
 * reviewer on every pull request of the repository.
 */
import { RE2JS } from 're2js';

export interface GitPattern {
  /** The pattern as written. */
  readonly source: string;
  /** Matches a whole path (or a whole directory path), without leading or trailing `/`. */
  readonly regex: RE2JS;
  /** Written with a trailing `/`: matches directories only. */
  readonly directoryOnly: boolean;
  /** Its last segment is exactly `*` (`docs/*`): matches what is directly in a directory. */
  readonly endsWithStar: boolean;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A bracket expression (`[a-z]`, `[!0-9]`) at `start`, as a regex class and where it ends; undefined when unclosed. */
function bracket(segment: string, start: number): { regex: string; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negated = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === ']' && !first) return { regex: `[${negated ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '\\' && i + 1 < segment.length) {
      i++;
      body += escapeRegex(segment[i]!);
    } else if (c === '-') body += '-';
    else body += escapeRegex(c);
  }
  return undefined;
}

function segmentRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      i++;
      out += escapeRegex(segment[i]!);
    } else if (c === '*') {
      // Runs of `*` inside a segment are one `*` (git: "other consecutive asterisks are regular").
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const found = bracket(segment, i);
      if (found === undefined) out += '\\[';
      else {
        out += found.regex;
        i = found.end;
      }
    } else out += escapeRegex(c);
  }
  return out;
}

/** Whether the pattern has an unescaped `[` (CODEOWNERS does not support character ranges). */
export function hasBracket(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '[') return true;
  }
  return false;
}

/** Compiles one pattern; the caller has already removed comments, negation and surrounding blanks. */
export function compileGitPattern(source: string): GitPattern {
  let body = source;
  const directoryOnly = body.endsWith('/') && !body.endsWith('\\/');
  if (directoryOnly) body = body.replace(/\/+$/, '');
  const leadingSlash = body.startsWith('/');
  if (leadingSlash) body = body.replace(/^\/+/, '');
  // `a/b` and `/a` are anchored; `a` and `a/` are not (the trailing slash is already gone).
  const anchored = leadingSlash || body.includes('/');
  const segments = body.split('/').filter((s) => s !== '');
  // `a/**/` names every directory from `a` down: `**/` may stand for no directory at all (as in
  // `a/**/b` matching `a/b`), so `a` itself is one of them and owns everything inside it.
  const throughSelf = directoryOnly && segments.length > 1 && segments[segments.length - 1] === '**';
  if (throughSelf) segments.pop();
  let regex = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      if (!last) regex += '(?:[^/]+/)*';
      // `a/**` is everything inside `a`, not `a` itself; a lone `**` is everything.
      else regex += i === 0 ? '.*' : '[^/].*';
      return;
    }
    regex += segmentRegex(segment) + (last ? '' : '/');
  });
  if (throughSelf) regex += '(?:/.*)?';
  const prefix = anchored ? '' : '(?:[^/]+/)*';
  return {
    source,
    regex: RE2JS.compile(`^${prefix}${regex}$`),
    directoryOnly,
    endsWithStar: segments[segments.length - 1] === '*',
  };
}

/** The directories a path is in, outermost first: `a/b/c.txt` → `a`, `a/b`. */
export function parentDirectories(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

/** A path written with a trailing `/` names a directory. */
function splitDirectory(path: string): { path: string; isDirectory: boolean } {
  return path.endsWith('/')
    ? { path: path.replace(/\/+$/, ''), isDirectory: true }
    : { path, isDirectory: false };
}

/** The pattern matches the path itself: a file (never for a directory-only pattern) or a directory (`x/`). */
export function matchesPath(pattern: GitPattern, path: string): boolean {
  const target = splitDirectory(path);
  if (pattern.directoryOnly && !target.isDirectory) return false;
  return pattern.regex.matches(target.path);
}

/** The pattern matches the path or one of the directories it is in (gitignore's reach). */
export function matchesPathOrParent(pattern: GitPattern, path: string): boolean {
  if (matchesPath(pattern, path)) return true;
  return parentDirectories(splitDirectory(path).path).some((dir) => pattern.regex.matches(dir));
}
