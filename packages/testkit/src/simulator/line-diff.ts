/**
 * Line diffs for the `patch`, `additions` and `deletions` GitHub reports on pull request files
 * and commits: jsdiff's hunks with three lines of context, printed with no file header (GitHub's
 * `patch` field starts at the first `@@`) and no final line break.
 */
import { structuredPatch } from 'diff';

export interface LineDiff {
  additions: number;
  deletions: number;
  /** Unified hunks; empty when the texts are equal. */
  patch: string;
}

/** Past this many edits the script is not searched for; the file is reported as wholly replaced. */
const MAX_EDIT_DISTANCE = 4000;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Every line ended, so a missing final newline is not a change (the simulator has always read it so). */
const ended = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join('');

const start = (first: number, count: number) => (count === 0 ? first - 1 : first);

export function diffLines(before: string, after: string, context = 3): LineDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  const found = structuredPatch('a', 'b', ended(a), ended(b), undefined, undefined, {
    context,
    maxEditLength: MAX_EDIT_DISTANCE,
  });
  const hunks = found
    ? found.hunks
    : [
        {
          oldStart: 1,
          oldLines: a.length,
          newStart: 1,
          newLines: b.length,
          lines: [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)],
        },
      ];
  let additions = 0;
  let deletions = 0;
  const out: string[] = [];
  for (const hunk of hunks) {
    out.push(
      `@@ -${start(hunk.oldStart, hunk.oldLines)},${hunk.oldLines} +${start(hunk.newStart, hunk.newLines)},${hunk.newLines} @@`,
    );
    for (const line of hunk.lines) {
      if (line.startsWith('+')) additions++;
      else if (line.startsWith('-')) deletions++;
      out.push(line);
    }
  }
  return { additions, deletions, patch: out.join('\n') };
}
