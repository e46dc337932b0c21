/**
 * pyproject.toml: only the `[project] dependencies` array (PEP 621) is ever edited, by inserting
 * one string. There is no TOML library in core, so the edit is checked by a small reader of that
 * one array: the array must read back as the old strings plus the new one, and every byte outside
 * it must be unchanged. Poetry's `[tool.poetry.dependencies]` table is never edited (it needs a
 * version constraint autoheal cannot know).
 */
import { normalizeDistribution } from './python-modules.js';
import { eolOf, splice } from './text-edit.js';
import type { Found } from './workflow-model.js';

interface Element {
  value: string;
  start: number;
  end: number;
  /** The quote it was written with. */
  quote: '"' | "'";
}

export interface DependencyArray {
  open: number;
  /** Offset of the closing `]`. */
  close: number;
  elements: Element[];
  trailingComma: boolean;
}

/** Read a TOML array of single-line strings starting at `open` (`[`); throws on anything else. */
function readStringArray(text: string, open: number): DependencyArray {
  const elements: Element[] = [];
  let i = open + 1;
  let trailingComma = false;
  const skip = () => {
    for (;;) {
      while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
      if (text[i] === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      } else return;
    }
  };
  for (;;) {
    skip();
    if (i >= text.length) throw new Error('the dependencies array is not closed');
    if (text[i] === ']') return { open, close: i, elements, trailingComma };
    const quote = text[i];
    if (quote !== '"' && quote !== "'")
      throw new Error(`the dependencies array holds something other than strings at ${i}`);
    if (text.startsWith(quote.repeat(3), i)) throw new Error('multi-line strings in the dependencies array');
    const start = i;
    let value = '';
    i++;
    while (text[i] !== quote) {
      if (i >= text.length || text[i] === '\n')
        throw new Error('an unterminated string in the dependencies array');
      if (quote === '"' && text[i] === '\\') {
        const esc = text[i + 1];
        if (esc === undefined || !'"\\btnfr'.includes(esc))
          throw new Error('an escape autoheal does not read');
        value += esc === '"' || esc === '\\' ? esc : `\\${esc}`;
        i += 2;
      } else value += text[i++];
    }
    i++;
    elements.push({ value, start, end: i, quote });
    skip();
    trailingComma = false;
    if (text[i] === ',') {
      trailingComma = true;
      i++;
    } else if (text[i] !== ']') throw new Error(`expected "," or "]" at ${i}`);
  }
}

/** The `[project]` table's `dependencies = [...]`, if the file has one. */
export function projectDependencies(text: string): DependencyArray | undefined {
  const header = /^[ \t]*\[project\][ \t]*(?:#[^\n]*)?$/m.exec(text);
  if (!header) return undefined;
  const bodyStart = header.index + header[0].length;
  const nextTable = /^[ \t]*\[/m.exec(text.slice(bodyStart));
  const bodyEnd = nextTable ? bodyStart + nextTable.index : text.length;
  const key = /^[ \t]*dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(bodyStart, bodyEnd));
  if (!key) return undefined;
  return readStringArray(text, bodyStart + key.index + key[0].length - 1);
}

function nameOf(requirement: string): string {
  return normalizeDistribution(/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement.trim())?.[0] ?? requirement);
}

export function pyprojectLists(text: string, distribution: string): boolean {
  try {
    const deps = projectDependencies(text);
    return deps?.elements.some((e) => nameOf(e.value) === normalizeDistribution(distribution)) ?? false;
  } catch {
    return false;
  }
}

/** Add `"distribution"` to `[project] dependencies`, in order when sorted, in the array's own layout. */
export function addProjectDependency(text: string, distribution: string): Found<string> {
  let deps: DependencyArray | undefined;
  try {
    deps = projectDependencies(text);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (!deps) return { ok: false, reason: 'there is no [project] dependencies array' };
  const { elements } = deps;
  const quote = elements[0]?.quote ?? '"';
  const item = `${quote}${distribution}${quote}`;
  if (elements.length === 0) return { ok: true, value: splice(text, deps.open + 1, deps.close, item) };
  const keys = elements.map((e) => nameOf(e.value));
  const sorted = keys.every((k, i) => i === 0 || keys[i - 1]! <= k);
  const want = normalizeDistribution(distribution);
  const successor = sorted ? elements.find((e) => nameOf(e.value) > want) : undefined;
  const multiline = text.slice(deps.open, deps.close).includes('\n');
  if (!multiline) {
    if (successor) return { ok: true, value: splice(text, successor.start, successor.start, `${item}, `) };
    const last = elements[elements.length - 1]!;
    return { ok: true, value: splice(text, last.end, last.end, `, ${item}`) };
  }
  const eol = eolOf(text);
  const indentOf = (e: Element) =>
    /[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', e.start) + 1, e.start))![0];
  if (successor) {
    const lineStart = text.lastIndexOf('\n', successor.start) + 1;
    if (text.slice(lineStart, successor.start).trim() !== '')
      return { ok: false, reason: 'the dependencies array puts several strings on one line' };
    return { ok: true, value: splice(text, lineStart, lineStart, `${indentOf(successor)}${item},${eol}`) };
  }
  const last = elements[elements.length - 1]!;
  const lineEnd = text.indexOf('\n', last.end);
  if (lineEnd < 0 || lineEnd > deps.close)
    return { ok: false, reason: "the closing bracket shares the last string's line" };
  // Keep the array's trailing-comma habit: the new last string gets one exactly when the old one had it.
  if (deps.trailingComma)
    return { ok: true, value: splice(text, lineEnd + 1, lineEnd + 1, `${indentOf(last)}${item},${eol}`) };
  return {
    ok: true,
    value: splice(
      splice(text, lineEnd + 1, lineEnd + 1, `${indentOf(last)}${item}${eol}`),
      last.end,
      last.end,
      ',',
    ),
  };
}

/** Problems with an edit of pyproject.toml: only the dependencies array may change, by one added string. */
export function pyprojectChangeProblems(before: string, after: string): string[] {
  let a: DependencyArray | undefined;
  let b: DependencyArray | undefined;
  try {
    a = projectDependencies(before);
    b = projectDependencies(after);
  } catch (error) {
    return [`the [project] dependencies array does not read back: ${(error as Error).message}`];
  }
  if (!a || !b) return ['the [project] dependencies array is missing'];
  const problems: string[] = [];
  if (before.slice(0, a.open) !== after.slice(0, b.open) || before.slice(a.close) !== after.slice(b.close))
    problems.push('text outside the [project] dependencies array changed');
  const old = a.elements.map((e) => e.value);
  const now = b.elements.map((e) => e.value);
  const added = now.filter((v) => !old.includes(v));
  if (now.length !== old.length + 1 || added.length !== 1 || !old.every((v) => now.includes(v)))
    problems.push('the dependencies array did not gain exactly one string');
  return problems;
}
