/**
 * In-place edits of YAML source: new lines are written in the file's own indentation and line
 * endings next to nodes found by the parser; nothing else is re-serialised, so comments, quoting,
 * anchors and key order stay exactly as they were.
 */
import { isMap, isPair, isScalar, type Node, parse, type Scalar, type YAMLMap } from 'yaml';
import { block, eolOf, lineStart, nextLineStart, splice } from './text-edit.js';
import type { Found } from './workflow-model.js';

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The file's indentation step: how far the first job id sits inside `jobs:` (2 when unknown). */
export function indentUnit(text: string, root: YAMLMap): string {
  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'jobs' || !isMap(pair.value)) continue;
    const outer = pair.key.range?.[0];
    const first = pair.value.items[0];
    const inner = isPair(first) && isScalar(first.key) ? first.key.range?.[0] : undefined;
    if (outer === undefined || inner === undefined) break;
    const step = columnOf(text, inner) - columnOf(text, outer);
    if (step > 0 && step <= 8) return ' '.repeat(step);
  }
  return '  ';
}

/** Re-indent lines written with two spaces per level to the file's indentation step. */
function reindent(lines: readonly string[], unit: string): string[] {
  return lines.map((line) => {
    const depth = /^ */.exec(line)![0].length;
    return unit.repeat(Math.floor(depth / 2)) + line.slice(depth - (depth % 2));
  });
}

/**
 * Insert a new step before `step`, in the list's own layout (`- ` column and key column). Comment
 * lines directly above the step at its dash column stay with it.
 */
export function insertStepBefore(
  text: string,
  step: YAMLMap,
  body: readonly string[],
  unit: string,
): Found<string> {
  const start = step.range?.[0];
  if (start === undefined) return { ok: false, reason: 'the step has no position in the file' };
  let at = lineStart(text, start);
  const layout = /^( *)-( +)$/.exec(text.slice(at, start));
  if (!layout) return { ok: false, reason: 'the step is not written as "- key: value" on its first line' };
  const dash = layout[1]!;
  const gap = layout[2]!;
  // Keep the step's own comments (lines just above at the dash column) attached to it.
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    const line = text.slice(prev, at).replace(/\r?\n$/, '');
    if (!new RegExp(`^${dash}#`).test(line)) break;
    at = prev;
  }
  const eol = eolOf(text);
  const keyIndent = `${dash} ${gap}`;
  const lines = reindent(body, unit).map((line, i) => (i === 0 ? `${dash}-${gap}${line}` : keyIndent + line));
  return { ok: true, value: splice(text, at, at, block(lines, eol)) };
}

/** Offset where a new line after `node` goes: after its last line, trailing comment included. */
export function afterNode(text: string, node: Node): number {
  const end = node.range?.[1] ?? text.length;
  return end > 0 && text[end - 1] === '\n' ? end : nextLineStart(text, end);
}

/** Insert whole lines at a line boundary, adding the line ending the last line may lack. */
export function insertLines(text: string, at: number, lines: readonly string[]): string {
  const eol = eolOf(text);
  const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n');
  if (needsBreak) return text + eol + lines.join(eol);
  return splice(text, at, at, block(lines, eol));
}

/**
 * Add `key: value` entries at the end of a mapping: as new lines at its key column (block), or
 * before the closing brace (flow). `entries` are single-line `key: value` texts.
 */
export function appendEntries(text: string, map: YAMLMap, entries: readonly string[]): Found<string> {
  const last = map.items[map.items.length - 1];
  if (map.flow) {
    const end = map.range?.[1];
    if (end === undefined) return { ok: false, reason: 'the mapping has no position in the file' };
    const close = text.lastIndexOf('}', end);
    if (close < 0) return { ok: false, reason: 'the flow mapping has no closing brace' };
    const lastEnd = isPair(last)
      ? ((last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1])
      : undefined;
    if (lastEnd === undefined)
      return { ok: true, value: splice(text, close, close, `${entries.join(', ')} `) };
    return { ok: true, value: splice(text, lastEnd, lastEnd, `, ${entries.join(', ')}`) };
  }
  const firstKey = map.items[0];
  const keyStart = isPair(firstKey) ? (firstKey.key as Node | null)?.range?.[0] : undefined;
  if (keyStart === undefined || !isPair(last)) return { ok: false, reason: 'the mapping is empty' };
  const indent = ' '.repeat(columnOf(text, keyStart));
  const at = afterNode(text, map);
  return {
    ok: true,
    value: insertLines(
      text,
      at,
      entries.map((e) => indent + e),
    ),
  };
}

/** Replace a scalar's source text (quotes included) with `source`. */
export function replaceScalar(text: string, scalar: Scalar, source: string): string {
  const [start, end] = scalar.range ?? [0, 0];
  return splice(text, start, end, source);
}

/** A scalar's source text as written (quotes and all). */
export function scalarSource(text: string, scalar: Scalar): string {
  const [start, end] = scalar.range ?? [0, 0];
  return text.slice(start, end);
}

/**
 * `value` written as a YAML scalar in the style of `old` (plain, '…' or "…"), quoted when plain
 * text would read as something else (`3.10` is the number 3.1).
 */
export function scalarLike(old: string, value: string): string {
  if (old.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (old.startsWith('"')) return JSON.stringify(value);
  let reads: unknown;
  try {
    reads = parse(value);
  } catch {
    reads = undefined;
  }
  const same =
    typeof reads === 'string' ? reads === value : typeof reads === 'number' && String(reads) === value;
  return same ? value : `'${value.replace(/'/g, "''")}'`;
}

/**
 * Add entries to the mapping under `key` in `parent` (a step's `env:` or `with:`), creating it at
 * the end of `parent` when absent. Refused when the key holds something other than a mapping.
 */
export function addToChildMap(
  text: string,
  parent: YAMLMap,
  key: string,
  entries: readonly string[],
  unit: string,
): Found<string> {
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  if (pair) {
    const value = pair.value as Node | null;
    if (!isMap(value)) return { ok: false, reason: `${key} is not a mapping written in place` };
    return appendEntries(text, value, entries);
  }
  const firstKey = parent.items[0];
  const keyStart = isPair(firstKey) ? (firstKey.key as Node | null)?.range?.[0] : undefined;
  if (keyStart === undefined) return { ok: false, reason: 'the mapping is empty' };
  if (parent.flow) return { ok: false, reason: 'the mapping is a flow mapping' };
  const indent = ' '.repeat(columnOf(text, keyStart));
  return {
    ok: true,
    value: insertLines(text, afterNode(text, parent), [
      `${indent}${key}:`,
      ...entries.map((e) => `${indent}${unit}${e}`),
    ]),
  };
}
