/**
 * pyproject.toml: only the `[project] dependencies` array (PEP 621) is ever edited, by inserting
 * one string. `toml-eslint-parser` reads the whole file and gives the array's exact source range,
 * so a `[project]` written inside a string, a spaced header or a dotted key cannot mislead the
 * edit; the edit is checked by reading the result again: the array must read back as the old
 * strings plus the new one, and every byte outside it must be unchanged. Poetry's
 * `[tool.poetry.dependencies]` table is never edited (it needs a version constraint autoheal
 * cannot know).
 */
import { type AST, parseTOML } from 'toml-eslint-parser';
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

function keyPath(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

/** The array of single-line strings at `node`; throws on anything else. */
function stringArray(text: string, node: AST.TOMLContentNode): DependencyArray {
  if (node.type !== 'TOMLArray') throw new Error('project.dependencies is not an array');
  const elements = node.elements.map((e): Element => {
    if (e.type !== 'TOMLValue' || e.kind !== 'string')
      throw new Error(`the dependencies array holds something other than strings at ${e.range[0]}`);
    if (e.multiline) throw new Error('multi-line strings in the dependencies array');
    return { value: e.value, start: e.range[0], end: e.range[1], quote: e.style === 'basic' ? '"' : "'" };
  });
  const close = node.range[1] - 1;
  const last = elements[elements.length - 1];
  // Between the last string and `]` only blanks, comments and at most one comma can stand.
  const trailingComma = last !== undefined && /^\s*,/.test(text.slice(last.end, close));
  return { open: node.range[0], close, elements, trailingComma };
}

/** The `[project]` table's `dependencies = [...]`, if the file has one; throws when it is not TOML. */
export function projectDependencies(text: string): DependencyArray | undefined {
  const top = parseTOML(text).body[0];
  for (const node of top.body) {
    const pairs = node.type === 'TOMLTable' ? node.body : [node];
    // `[[project]]` (an array of tables) is not PEP 621's table.
    if (node.type === 'TOMLTable' && node.kind !== 'standard') continue;
    const prefix = node.type === 'TOMLTable' ? node.resolvedKey.map(String) : [];
    for (const pair of pairs) {
      const path = [...prefix, ...keyPath(pair.key)];
      if (path.length === 2 && path[0] === 'project' && path[1] === 'dependencies')
        return stringArray(text, pair.value);
    }
  }
  return undefined;
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
