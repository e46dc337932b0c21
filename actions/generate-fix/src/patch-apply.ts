/**
 * Applying a `git diff` (a lint command's output, already passed by core's `validateLintDiff`) to
 * file texts read from the base branch, as `git apply` would without fuzz: each hunk's old lines
 * must be found exactly, at their line number or, when the file moved on, the nearest place.
 * A hunk that is not found means the diff does not apply: nothing is guessed.
 */
import { unquoteGitPath } from '@autoheal/core/fixes/lint-diff';

interface Hunk {
  oldStart: number;
  /** The lines the hunk expects (context and removals), with their line endings. */
  old: string[];
  /** The lines it leaves (context and additions), with their line endings. */
  new: string[];
}

export interface FilePatch {
  path: string;
  hunks: Hunk[];
}

/** The diff's files and hunks. Throws on anything `validateLintDiff` would have refused. */
export function parsePatch(diff: string): FilePatch[] {
  const lines = diff.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const files: FilePatch[] = [];
  let file: FilePatch | undefined;
  let hunk: Hunk | undefined;
  let last: { list: string[][] } | undefined;
  // Lines the current hunk still owes, from its header: inside them a line is content whatever it
  // starts with, so an added line `++ b/.github/…` (written `+++ b/.github/…`) is no file header.
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of lines) {
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const body = `${line.slice(1)}\n`;
      if (line.startsWith(' ')) {
        hunk.old.push(body);
        hunk.new.push(body);
        oldLeft--;
        newLeft--;
        last = { list: [hunk.old, hunk.new] };
      } else if (line.startsWith('-')) {
        hunk.old.push(body);
        oldLeft--;
        last = { list: [hunk.old] };
      } else if (line.startsWith('+')) {
        hunk.new.push(body);
        newLeft--;
        last = { list: [hunk.new] };
      } else if (!line.startsWith('\\')) throw new Error(`unexpected line in a hunk "${line.slice(0, 40)}"`);
      else
        for (const side of last?.list ?? [])
          side[side.length - 1] = side[side.length - 1]!.replace(/\n$/, '');
      if (oldLeft < 0 || newLeft < 0) throw new Error('a hunk is longer than its header says');
      continue;
    }
    if (hunk && line.startsWith('\\')) {
      // "\ No newline at end of file" after the hunk's last line: that line has no line ending.
      for (const side of last?.list ?? []) side[side.length - 1] = side[side.length - 1]!.replace(/\n$/, '');
      continue;
    }
    if (line.startsWith('diff --git ')) {
      file = undefined;
      hunk = undefined;
      continue;
    }
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
    if (header) {
      if (!file) throw new Error('a hunk before its file header');
      hunk = { oldStart: Number(header[1]), old: [], new: [] };
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLeft = header[3] === undefined ? 1 : Number(header[3]);
      last = undefined;
      file.hunks.push(hunk);
      continue;
    }
    if (hunk) throw new Error(`unexpected line after a hunk "${line.slice(0, 40)}"`);
    if (line.startsWith('+++ ')) {
      const to = unquoteGitPath(line.slice(4).trimEnd());
      if (!to?.startsWith('b/')) throw new Error(`bad file header "${line.slice(0, 60)}"`);
      file = { path: to.slice(2), hunks: [] };
      files.push(file);
    }
    // index, ---, mode lines before the first hunk
  }
  if (hunk && (oldLeft > 0 || newLeft > 0)) throw new Error('a hunk is cut short');
  return files;
}

/** The text cut after each `\n`, endings kept. */
function splitKeep(text: string): string[] {
  const out = text.match(/[^\n]*\n|[^\n]+$/g);
  return out ? [...out] : [];
}

function matchesAt(lines: readonly string[], at: number, expected: readonly string[]): boolean {
  if (at < 0 || at + expected.length > lines.length) return false;
  return expected.every((l, i) => lines[at + i] === l);
}

export type Applied = { ok: true; text: string } | { ok: false; reason: string };

/** The text with every hunk applied in order, or why one does not apply. */
export function applyHunks(text: string, hunks: readonly Hunk[]): Applied {
  const lines = splitKeep(text);
  let offset = 0;
  let floor = 0;
  for (const [n, hunk] of hunks.entries()) {
    // A hunk with no old lines (`-N,0`) inserts after line N; others start at their line.
    const wanted = Math.max(0, (hunk.old.length === 0 ? hunk.oldStart : hunk.oldStart - 1) + offset);
    let at = -1;
    for (let d = 0; d <= lines.length; d++) {
      if (wanted - d >= floor && matchesAt(lines, wanted - d, hunk.old)) {
        at = wanted - d;
        break;
      }
      if (matchesAt(lines, wanted + d, hunk.old)) {
        at = wanted + d;
        break;
      }
      if (wanted - d < floor && wanted + d > lines.length) break;
    }
    if (at < 0)
      return { ok: false, reason: `hunk ${n + 1} (at line ${hunk.oldStart}) does not match the file` };
    lines.splice(at, hunk.old.length, ...hunk.new);
    offset += hunk.new.length - hunk.old.length;
    floor = at + hunk.new.length;
  }
  return { ok: true, text: lines.join('') };
}
