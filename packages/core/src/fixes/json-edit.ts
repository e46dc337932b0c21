/**
 * Adding one entry to a JSON object in place (package.json dependencies): the file keeps its
 * indentation, key order, line endings and final newline; only the new entry's bytes are added.
 */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { eolOf, splice } from './text-edit.js';
import type { Found } from './workflow-model.js';

interface Member {
  key: string;
  keyStart: number;
  value: Node;
  valueEnd: number;
}

interface JsonObject {
  open: number;
  close: number;
  members: Member[];
}

/**
 * The members of an object node, with offsets into the text. jsonc-parser parses; where to put
 * the new entry stays ours, because its `modify` re-formats the neighbouring members' spacing.
 */
function objectOf(node: Node): JsonObject {
  const members: Member[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    members.push({
      key: String(key.value),
      keyStart: key.offset,
      value,
      valueEnd: value.offset + value.length,
    });
  }
  return { open: node.offset, close: node.offset + node.length - 1, members };
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
  // A byte-order mark is not JSON to the parser; a space in its place keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  const error = errors[0];
  if (error)
    return {
      ok: false,
      reason: `the file is not valid JSON (${printParseErrorCode(error.error)} at ${error.offset})`,
    };
  if (tree?.type !== 'object') return { ok: false, reason: 'the file is not a JSON object' };
  const root = objectOf(tree);
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
  if (existing.value.type !== 'object') return { ok: false, reason: `"${section}" is not an object` };
  const obj = objectOf(existing.value);
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
