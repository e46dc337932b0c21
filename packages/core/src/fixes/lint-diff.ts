/**
 * The gate between the unprivileged job that runs a lint fix command and the privileged job that
 * commits its output: the diff may only edit, as text, files inside the repository that
 * `fixes.lint-paths` allows (never workflows), never through symlinks, and within a size cap.
 */
import { ConfigurationError } from '../errors.js';

export interface LintDiffLimits {
  /** Repository-relative paths the fix command reported changing; absent when only the diff was handed on. */
  touchedFiles?: readonly string[];
  /** Whether the config lets a lint fix change this path (`fixes.lint-paths`). */
  allowedPath?: (path: string) => boolean;
  /** The most bytes the diff may have. */
  maxBytes: number;
}

export interface LintDiffCheck {
  ok: boolean;
  problems: string[];
  /** The files the diff changes. */
  files: string[];
}

/** Undo git's C-style quoting of unusual path names (`"a/\303\251.txt"`). */
export function unquoteGitPath(text: string): string | undefined {
  if (!text.startsWith('"')) return text;
  if (!text.endsWith('"') || text.length < 2) return undefined;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) return undefined;
    const oct = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (oct) {
      bytes.push(Number.parseInt(oct[0], 8));
      i += 3;
    } else if (simple[next] !== undefined) {
      bytes.push(simple[next]!);
      i += 1;
    } else return undefined;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Why a path from a diff is not one the fix may write, if it is not. */
export function unsafePath(path: string): string | undefined {
  if (path === '') return 'an empty path';
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'a control character in the path';
  if (path.includes('\\')) return 'a backslash in the path';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'an absolute path';
  const parts = path.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === ''))
    return 'a path with "..", "." or an empty segment';
  if (parts.some((p) => p.toLowerCase() === '.git')) return 'a path inside .git';
  if (/^\.github\/workflows\//i.test(path)) return 'a workflow file (.github/workflows/)';
  return undefined;
}

interface Section {
  header: string;
  lines: string[];
}

function sections(diff: string): { preamble: string[]; files: Section[] } {
  const lines = diff.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const preamble: string[] = [];
  const files: Section[] = [];
  for (const line of lines) {
    if (line.startsWith('diff --git ')) files.push({ header: line, lines: [] });
    else if (files.length === 0) preamble.push(line);
    else files[files.length - 1]!.lines.push(line);
  }
  return { preamble, files };
}

/** Check the hunks' line counts against their headers: a malformed diff is refused, not guessed at. */
function hunksProblem(lines: readonly string[]): string | undefined {
  let i = 0;
  let hunks = 0;
  while (i < lines.length) {
    const m = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(lines[i]!);
    if (!m) return `unexpected line "${lines[i]!.slice(0, 40)}"`;
    hunks++;
    let old = m[1] === undefined ? 1 : Number(m[1]);
    let now = m[2] === undefined ? 1 : Number(m[2]);
    i++;
    while (old > 0 || now > 0) {
      const line = lines[i];
      if (line === undefined) return 'a hunk is cut short';
      const c = line[0];
      if (c === ' ') {
        old--;
        now--;
      } else if (c === '-') old--;
      else if (c === '+') now--;
      else if (c !== '\\') return 'a hunk holds a line that is not context, removal or addition';
      if (old < 0 || now < 0) return 'a hunk is longer than its header says';
      i++;
    }
    while (lines[i]?.startsWith('\\')) i++;
  }
  return hunks === 0 ? 'no hunks' : undefined;
}

/** Check a `git diff` from the lint fix job before it is applied with write access. */
export function validateLintDiff(diff: string, limits: LintDiffLimits): LintDiffCheck {
  if (!Number.isInteger(limits.maxBytes) || limits.maxBytes < 1)
    throw new ConfigurationError(
      `maxBytes: ${limits.maxBytes} is not allowed; use a whole number of bytes, at least 1`,
    );
  const problems: string[] = [];
  const files: string[] = [];
  const size = Buffer.byteLength(diff, 'utf8');
  if (size > limits.maxBytes)
    problems.push(`the diff has ${size} bytes, more than the ${limits.maxBytes} allowed`);
  const touched = limits.touchedFiles ? new Set(limits.touchedFiles) : undefined;
  const { preamble, files: parts } = sections(diff);
  if (preamble.some((l) => l.trim() !== '')) problems.push('the diff has text before its first file');
  if (parts.length === 0) problems.push('the diff changes no file');
  for (const part of parts) {
    const meta: string[] = [];
    let i = 0;
    while (i < part.lines.length && !part.lines[i]!.startsWith('@@')) meta.push(part.lines[i++]!);
    // One pair per file: readers differ on which of two pairs names the file the hunks change.
    if (
      meta.filter((l) => l.startsWith('--- ')).length > 1 ||
      meta.filter((l) => l.startsWith('+++ ')).length > 1
    ) {
      problems.push(
        `${part.header.slice(11).split(' ')[0]?.replace(/^a\//, '') ?? ''}: more than one ---/+++ file header`,
      );
      continue;
    }
    const minus = meta.find((l) => l.startsWith('--- '));
    const plus = meta.find((l) => l.startsWith('+++ '));
    const from = minus === undefined ? undefined : unquoteGitPath(minus.slice(4).trimEnd());
    const to = plus === undefined ? undefined : unquoteGitPath(plus.slice(4).trimEnd());
    const named = [to, from].find((p) => p !== undefined && p !== '/dev/null');
    const label = named?.replace(/^[ab]\//, '') ?? part.header.slice(11);
    const refuse = (why: string) => problems.push(`${label}: ${why}`);
    if (meta.some((l) => /^(?:Binary files |GIT binary patch)/.test(l))) {
      refuse('a binary change');
      continue;
    }
    if (meta.some((l) => /120000/.test(l) && /^(?:(?:old|new|deleted file|new file) mode|index )/.test(l))) {
      refuse('a symbolic link');
      continue;
    }
    if (meta.some((l) => /^(?:rename|copy) (?:from|to) /.test(l))) {
      refuse('a rename or copy');
      continue;
    }
    if (meta.some((l) => /^(?:new file mode|deleted file mode) /.test(l))) {
      refuse('a created or deleted file');
      continue;
    }
    if (meta.some((l) => /^(?:old|new) mode /.test(l))) {
      refuse('a file mode change');
      continue;
    }
    const unknown = meta.find((l) => !/^(?:index [0-9a-f]+\.\.[0-9a-f]+(?: [0-7]{6})?|--- |\+\+\+ )/.test(l));
    if (unknown !== undefined) {
      refuse(`an unexpected header line "${unknown.slice(0, 40)}"`);
      continue;
    }
    if (from === undefined || to === undefined || !from.startsWith('a/') || !to.startsWith('b/')) {
      refuse('no a/ and b/ file headers');
      continue;
    }
    const path = to.slice(2);
    if (from.slice(2) !== path) {
      refuse('its old and new paths differ');
      continue;
    }
    const unsafe = unsafePath(path);
    if (unsafe) {
      refuse(unsafe);
      continue;
    }
    if (touched && !touched.has(path)) refuse('not a file the fix command touched');
    if (limits.allowedPath && !limits.allowedPath(path))
      refuse('outside fixes.lint-paths (a lint fix may not change it)');
    if (files.includes(path)) refuse('changed twice');
    const hunks = hunksProblem(part.lines.slice(i));
    if (hunks) refuse(hunks);
    files.push(path);
  }
  return { ok: problems.length === 0, problems, files };
}
