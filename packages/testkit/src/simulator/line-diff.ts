/**
 * Line diffs for the `patch`, `additions` and `deletions` GitHub reports on pull request files
 * and commits: Myers' shortest edit script, rendered as unified-diff hunks with three lines of
 * context and no file header (GitHub's `patch` field starts at the first `@@`).
 */

type Op = { kind: 'equal' | 'delete' | 'insert'; line: string };

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

function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!)
          ? v[k + 1 + offset]!
          : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) {
    return [
      ...a.map((line) => ({ kind: 'delete' as const, line })),
      ...b.map((line) => ({ kind: 'insert' as const, line })),
    ];
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!) ? k + 1 : k - 1;
    const prevX = v[prevK + offset]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'equal', line: a[x - 1]! });
      x--;
      y--;
    }
    if (x === prevX) ops.push({ kind: 'insert', line: b[y - 1]! });
    else ops.push({ kind: 'delete', line: a[x - 1]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'equal', line: a[x - 1]! });
    x--;
    y--;
  }
  return ops.reverse();
}

export function diffLines(before: string, after: string, context = 3): LineDiff {
  const ops = editScript(splitLines(before), splitLines(after));
  let additions = 0;
  let deletions = 0;
  for (const op of ops) {
    if (op.kind === 'insert') additions++;
    if (op.kind === 'delete') deletions++;
  }
  const changed = ops.map((op, i) => (op.kind === 'equal' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return { additions, deletions, patch: '' };

  // Group changes whose context windows touch into one hunk.
  const groups: Array<[number, number]> = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context) last[1] = i;
    else groups.push([i, i]);
  }
  // Line numbers (1-based) in old and new file at each op index.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let nw = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(nw);
    if (op.kind !== 'insert') o++;
    if (op.kind !== 'delete') nw++;
  }
  const hunks: string[] = [];
  for (const [first, last] of groups) {
    const start = Math.max(0, first - context);
    const end = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(start, end + 1);
    const oldCount = slice.filter((op) => op.kind !== 'insert').length;
    const newCount = slice.filter((op) => op.kind !== 'delete').length;
    const oldStart = oldCount === 0 ? oldAt[start]! - 1 : oldAt[start]!;
    const newStart = newCount === 0 ? newAt[start]! - 1 : newAt[start]!;
    const body = slice.map(
      (op) => `${op.kind === 'equal' ? ' ' : op.kind === 'delete' ? '-' : '+'}${op.line}`,
    );
    hunks.push([`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body].join('\n'));
  }
  return { additions, deletions, patch: hunks.join('\n') };
}
