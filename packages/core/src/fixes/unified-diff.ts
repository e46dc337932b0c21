/**
 * Unified diffs (the format `git diff` and `patch` read), so PR bodies and dry runs can show a fix
 * without a git binary. jsdiff finds the edit script and the hunks; we print them the way git
 * does (a count of one left out), which the diffs users see and apply re-reads. Lines are compared
 * with their line endings, so a CRLF file stays CRLF in the diff and a missing final newline is
 * reported the standard way.
 */
import { diffArrays, structuredPatch } from 'diff';
import type { FileChange } from './types.js';

type Op = 'equal' | 'delete' | 'insert';

export interface Edit {
  op: Op;
  line: string;
}

/** The text cut after each `\n`, endings kept; the last piece may have none. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A shortest edit script between two line lists, deletions before insertions in each change. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  return diffArrays([...a], [...b]).flatMap((change) =>
    change.value.map(
      (line): Edit => ({
        op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
        line,
      }),
    ),
  );
}

function range(start: number, count: number): string {
  // jsdiff starts an empty range at the line after it; git names the line before. A count of one is left out.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** The hunks of one file's change, `context` lines around each change. */
export function diffHunks(before: string, after: string, context = 3): string {
  const { hunks } = structuredPatch('a', 'b', before, after, undefined, undefined, { context });
  let out = '';
  for (const hunk of hunks) {
    out += `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`;
    for (const line of hunk.lines) out += `${line}\n`;
  }
  return out;
}

/** A unified diff of every change, with `a/` and `b/` headers; unchanged files are left out. */
export function unifiedDiff(changes: readonly FileChange[], context = 3): string {
  let out = '';
  for (const change of changes) {
    const hunks = diffHunks(change.before, change.after, context);
    if (hunks === '') continue;
    out += `diff --git a/${change.path} b/${change.path}\n--- a/${change.path}\n+++ b/${change.path}\n${hunks}`;
  }
  return out;
}
