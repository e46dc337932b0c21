/**
 * A small unified-diff writer (the format `git diff` and `patch` read), so PR bodies and dry runs
 * can show a fix without a git binary. Lines are compared with their line endings, so a CRLF file
 * stays CRLF in the diff and a missing final newline is reported the standard way.
 */
import type { FileChange } from './types.js';

type Op = 'equal' | 'delete' | 'insert';

interface Edit {
  op: Op;
  /** Index in the old lines (delete, equal) or the new lines (insert). */
  line: string;
}

interface Row extends Edit {
  oldNo: number;
  newNo: number;
}

/** The text cut after each `\n`, endings kept; the last piece may have none. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Myers' O(ND) shortest edit script between two line lists (common ends trimmed first). */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const middle = myers(x0, y0);
  const out: Edit[] = [];
  for (let i = 0; i < head; i++) out.push({ op: 'equal', line: a[i]! });
  out.push(...middle);
  for (let i = a.length - tail; i < a.length; i++) out.push({ op: 'equal', line: a[i]! });
  return out;
}

function myers(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ op: 'insert', line }));
  if (m === 0) return a.map((line) => ({ op: 'delete', line }));
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back through the saved frontiers to recover the path.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: 'equal', line: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) edits.push({ op: 'insert', line: b[y - 1]! });
      else edits.push({ op: 'delete', line: a[x - 1]! });
      x = prevX;
      y = prevY;
    }
  }
  edits.reverse();
  return regroup(edits);
}

/** Within each run of changes, deletions first, then insertions: how diffs are read. */
function regroup(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  let dels: Edit[] = [];
  let ins: Edit[] = [];
  const flush = () => {
    out.push(...dels, ...ins);
    dels = [];
    ins = [];
  };
  for (const e of edits) {
    if (e.op === 'equal') {
      flush();
      out.push(e);
    } else if (e.op === 'delete') dels.push(e);
    else ins.push(e);
  }
  flush();
  return out;
}

function numbered(edits: readonly Edit[]): Row[] {
  let oldNo = 0;
  let newNo = 0;
  return edits.map((e) => {
    if (e.op !== 'insert') oldNo++;
    if (e.op !== 'delete') newNo++;
    return { ...e, oldNo, newNo };
  });
}

function range(start: number, count: number): string {
  // A hunk adding to an empty range names the line before it; a count of one is left out.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

function printLine(prefix: string, line: string): string {
  return line.endsWith('\n') ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** The hunks of one file's change, `context` lines around each change. */
export function diffHunks(before: string, after: string, context = 3): string {
  const rows = numbered(diffLines(splitLines(before), splitLines(after)));
  const changed = rows.map((r, i) => (r.op === 'equal' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  // Group changes whose context would touch or overlap.
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else groups.push([i, i]);
  }
  let out = '';
  for (const [first, last] of groups) {
    const from = Math.max(0, first - context);
    const to = Math.min(rows.length - 1, last + context);
    const slice = rows.slice(from, to + 1);
    const oldCount = slice.filter((r) => r.op !== 'insert').length;
    const newCount = slice.filter((r) => r.op !== 'delete').length;
    // First line numbers of the hunk on each side: the row's own number, or the one after the previous row.
    const before0 = from === 0 ? 0 : rows[from - 1]!.oldNo;
    const after0 = from === 0 ? 0 : rows[from - 1]!.newNo;
    out += `@@ -${range(before0 + 1, oldCount)} +${range(after0 + 1, newCount)} @@\n`;
    for (const r of slice) out += printLine(r.op === 'equal' ? ' ' : r.op === 'delete' ? '-' : '+', r.line);
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
