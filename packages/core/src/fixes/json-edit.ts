/**
 * Adding one entry to a JSON object in place (package.json dependencies): the file keeps its
 * indentation, key order, line endings and final newline; only the new entry's bytes are added.
 * Not jsonc-parser: its `modify` re-formats the neighbouring members, and its parser alone would
 * add 86 KB to the generate-fix bundle to replace the small offset scanner below.
 */
import { eolOf, splice } from './text-edit.js';
import type { Found } from './workflow-model.js';

interface Member {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

interface JsonObject {
  open: number;
  close: number;
  members: Member[];
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  throw new Error('unterminated string');
}

/** Offset just past the JSON value starting at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = stringEnd(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    throw new Error('unterminated container');
  }
  const m = /^[^,}\]\s]+/.exec(text.slice(i));
  if (!m) throw new Error(`unexpected character at ${i}`);
  return i + m[0].length;
}

/** The members of the object whose `{` is at `open`. */
function objectAt(text: string, open: number): JsonObject {
  const members: Member[] = [];
  let i = skipSpace(text, open + 1);
  while (text[i] !== '}') {
    if (text[i] !== '"') throw new Error(`expected a key at ${i}`);
    const keyStart = i;
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') throw new Error(`expected ":" at ${i}`);
    const valueStart = skipSpace(text, i + 1);
    const end = valueEnd(text, valueStart);
    members.push({ key, keyStart, valueStart, valueEnd: end });
    i = skipSpace(text, end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return { open, close: i, members };
}

function indentBefore(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** Whether keys are in order by `compare` (npm keeps dependencies sorted with localeCompare). */
function sortedBy(keys: readonly string[], compare: (a: string, b: string) => number): boolean {
  for (let i = 1; i < keys.length; i++) if (compare(keys[i - 1]!, keys[i]!) > 0) return false;
  return true;
}

const byLocale = (a: string, b: string) => a.localeCompare(b, 'en');
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Add `"name": "version"` to the top-level object `section` (created after the last member, or
 * before `before` when that member exists). Sorted objects stay sorted; others get it at the end.
 */
export function addJsonEntry(
  text: string,
  section: string,
  name: string,
  version: string,
  before?: string,
): Found<string> {
  let root: JsonObject;
  try {
    // The scanner below finds offsets in valid JSON and is lenient about the rest (a trailing comma,
    // text after the object); the built-in parser refuses those first.
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const open = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (text[open] !== '{') return { ok: false, reason: 'the file is not a JSON object' };
    root = objectAt(text, open);
  } catch (error) {
    return { ok: false, reason: `the file is not valid JSON (${(error as Error).message})` };
  }
  const eol = eolOf(text);
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(version)}`;
  const first = root.members[0];
  const unit = first ? indentBefore(text, first.keyStart) : '  ';
  const existing = root.members.find((m) => m.key === section);
  if (existing === undefined) {
    const body = `${JSON.stringify(section)}: {${eol}${unit}${unit}${entry}${eol}${unit}}`;
    const next = before !== undefined ? root.members.find((m) => m.key === before) : undefined;
    if (next) return { ok: true, value: splice(text, next.keyStart, next.keyStart, `${body},${eol}${unit}`) };
    const last = root.members[root.members.length - 1];
    if (!last)
      return { ok: true, value: splice(text, root.open + 1, root.close, `${eol}${unit}${body}${eol}`) };
    return { ok: true, value: splice(text, last.valueEnd, last.valueEnd, `,${eol}${unit}${body}`) };
  }
  if (text[existing.valueStart] !== '{') return { ok: false, reason: `"${section}" is not an object` };
  const obj = objectAt(text, existing.valueStart);
  if (obj.members.some((m) => m.key === name))
    return { ok: false, reason: `"${section}" already has "${name}"` };
  if (obj.members.length === 0) {
    const outer = indentBefore(text, existing.keyStart);
    return {
      ok: true,
      value: splice(text, obj.open + 1, obj.close, `${eol}${outer}${unit}${entry}${eol}${outer}`),
    };
  }
  const keys = obj.members.map((m) => m.key);
  const compare = sortedBy(keys, byLocale) ? byLocale : sortedBy(keys, byCodePoint) ? byCodePoint : undefined;
  const successor = compare ? obj.members.find((m) => compare(m.key, name) > 0) : undefined;
  const multiline = text.slice(obj.open, obj.close).includes('\n');
  if (!multiline) {
    if (successor)
      return { ok: true, value: splice(text, successor.keyStart, successor.keyStart, `${entry}, `) };
    const last = obj.members[obj.members.length - 1]!;
    return { ok: true, value: splice(text, last.valueEnd, last.valueEnd, `, ${entry}`) };
  }
  const indent = indentBefore(text, obj.members[0]!.keyStart);
  if (successor)
    return {
      ok: true,
      value: splice(text, successor.keyStart, successor.keyStart, `${entry},${eol}${indent}`),
    };
  const last = obj.members[obj.members.length - 1]!;
  return { ok: true, value: splice(text, last.valueEnd, last.valueEnd, `,${eol}${indent}${entry}`) };
}
