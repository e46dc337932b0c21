/**
 * CODEOWNERS as GitHub reads it (docs: "About code owners"):
 *
 * - GitHub uses the first file it finds of `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS`,
 *   taken from the pull request's base branch; a file of 3 MB or more is not loaded at all.
 * - Each line is a pattern and zero or more owners: `@user`, `@org/team`, or an e-mail address.
 *   `#` starts a comment, at the start of a line or after a blank.
 * - The last matching line wins, and only its owners count. A line with no owners leaves the paths
 *   it matches without an owner (it does not fall back to an earlier line).
 * - Patterns follow `.gitignore`, with GitHub's exceptions: no `!` negation, no `[ ]` ranges, no
 *   `\#` escape; a line using one is invalid and skipped. Unlike `.gitignore`, a pattern ending in
 *   `/*` (`docs/*`) owns only what is directly in that directory, not deeper files; with a trailing
 *   slash (`docs/*\/`, `packages/*\/`, `/*\/`) it names directories and owns all inside them.
 */

import {
  compileGitPattern,
  type GitPattern,
  hasBracket,
  matchesPath,
  matchesPathOrParent,
} from './git-pattern.js';

/** Where GitHub looks for the file, in the order it looks. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub does not load a CODEOWNERS file this large or larger. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

export type CodeOwner =
  | { kind: 'user'; login: string }
  | { kind: 'team'; org: string; slug: string }
  | { kind: 'email'; email: string };

export interface CodeownersRule {
  /** 1-based line in the file. */
  line: number;
  pattern: string;
  owners: CodeOwner[];
  /** Compiled pattern (internal to matching). */
  compiled: GitPattern;
}

export interface CodeownersProblem {
  line: number;
  message: string;
}

export interface Codeowners {
  rules: CodeownersRule[];
  /** Lines GitHub would skip, and why; or why the whole file is not used. */
  problems: CodeownersProblem[];
}

const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]+)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Splits a line into words; `\ ` is a space inside a word, and a word starting with `#` ends the line. */
function words(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      current += c + line[i + 1];
      inWord = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
      continue;
    }
    if (c === '#' && !inWord) break;
    current += c;
    inWord = true;
  }
  if (inWord) out.push(current);
  return out;
}

/** `\ ` in a pattern is a literal space; other escapes stay for the pattern compiler. */
function unescapeSpaces(pattern: string): string {
  return pattern.replace(/\\ /g, ' ');
}

function parseOwner(word: string): CodeOwner | undefined {
  const team = TEAM.exec(word);
  if (team) return { kind: 'team', org: team[1]!, slug: team[2]! };
  const user = USER.exec(word);
  if (user) return { kind: 'user', login: user[1]! };
  if (EMAIL.test(word)) return { kind: 'email', email: word };
  return undefined;
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!'))
    return `"${pattern}" uses "!" to negate a pattern, which CODEOWNERS does not support`;
  if (pattern.startsWith('\\#'))
    return `"${pattern}" escapes a leading "#", which CODEOWNERS does not support`;
  if (hasBracket(pattern))
    return `"${pattern}" uses "[ ]" for a character range, which CODEOWNERS does not support`;
  return undefined;
}

/** Reads a CODEOWNERS file; invalid lines are skipped and reported, as GitHub skips them. */
export function parseCodeowners(text: string): Codeowners {
  const problems: CodeownersProblem[] = [];
  if (Buffer.byteLength(text, 'utf8') >= CODEOWNERS_MAX_BYTES) {
    return {
      rules: [],
      problems: [{ line: 0, message: 'the file is 3 MB or larger, so GitHub does not use it' }],
    };
  }
  const rules: CodeownersRule[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const parts = words(raw);
    if (parts.length === 0) return;
    const [pattern, ...ownerWords] = parts as [string, ...string[]];
    const problem = patternProblem(pattern);
    if (problem !== undefined) {
      problems.push({ line, message: problem });
      return;
    }
    const owners: CodeOwner[] = [];
    for (const word of ownerWords) {
      const owner = parseOwner(word);
      if (owner === undefined) {
        problems.push({
          line,
          message: `"${word}" is not an owner: write @user, @org/team or an e-mail address`,
        });
        return;
      }
      owners.push(owner);
    }
    rules.push({ line, pattern, owners, compiled: compileGitPattern(unescapeSpaces(pattern)) });
  });
  return { rules, problems };
}

function compiledMatches(compiled: GitPattern, path: string): boolean {
  // `docs/*` owns what is directly in docs/, not files further down (GitHub's documented example).
  // `docs/*/` names directories, so it owns everything inside each of them, as any `dir/` does.
  return compiled.endsWithStar && !compiled.directoryOnly
    ? matchesPath(compiled, path)
    : matchesPathOrParent(compiled, path);
}

function ruleMatches(rule: CodeownersRule, path: string): boolean {
  return compiledMatches(rule.compiled, path);
}

/** Whether one CODEOWNERS pattern, as written in the file, covers a path (a trailing `/` names a directory). */
export function patternMatches(pattern: string, path: string): boolean {
  return compiledMatches(compileGitPattern(unescapeSpaces(pattern)), path);
}

/** The rule that decides a path's owners (the last one matching), or undefined when none matches. */
export function ruleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (ruleMatches(rule, path)) return rule;
  }
  return undefined;
}

/** A path's owners: empty when no rule matches or the deciding rule names none. */
export function ownersOf(codeowners: Codeowners, path: string): CodeOwner[] {
  return ruleFor(codeowners, path)?.owners ?? [];
}

export function ownerText(owner: CodeOwner): string {
  if (owner.kind === 'user') return `@${owner.login}`;
  if (owner.kind === 'team') return `@${owner.org}/${owner.slug}`;
  return owner.email;
}

export interface OwnersOfChange {
  /** Logins to request, in first-seen order, without duplicates (case-insensitive). */
  users: string[];
  /** Teams to request, as `org/slug`, in first-seen order. */
  teams: { org: string; slug: string }[];
  /** E-mail owners: GitHub maps them to accounts, the REST API cannot request them. */
  emails: string[];
  /** Changed paths no rule gives an owner. */
  unowned: string[];
}

/** The owners of every changed path (renamed files count under both names, as either side may be owned). */
export function ownersOfChange(codeowners: Codeowners, paths: readonly string[]): OwnersOfChange {
  const users = new Map<string, string>();
  const teams = new Map<string, { org: string; slug: string }>();
  const emails = new Map<string, string>();
  const unowned: string[] = [];
  for (const path of paths) {
    const owners = ownersOf(codeowners, path);
    if (owners.length === 0) unowned.push(path);
    for (const owner of owners) {
      if (owner.kind === 'user') {
        if (!users.has(owner.login.toLowerCase())) users.set(owner.login.toLowerCase(), owner.login);
      } else if (owner.kind === 'team') {
        const key = `${owner.org}/${owner.slug}`.toLowerCase();
        if (!teams.has(key)) teams.set(key, { org: owner.org, slug: owner.slug });
      } else if (!emails.has(owner.email.toLowerCase())) emails.set(owner.email.toLowerCase(), owner.email);
    }
  }
  return { users: [...users.values()], teams: [...teams.values()], emails: [...emails.values()], unowned };
}
