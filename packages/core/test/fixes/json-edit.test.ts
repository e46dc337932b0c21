import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addJsonEntry } from '../../src/fixes/json-edit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Real manifests: the workspace's own and those of the installed packages, in a fixed order. */
function manifests(limit: number): { file: string; text: string }[] {
  const store = path.join(root, 'node_modules/.pnpm');
  const files = ['package.json', 'packages/core/package.json', 'actions/analyze-failure/package.json'].map(
    (f) => path.join(root, f),
  );
  for (const dir of readdirSync(store).sort()) {
    if (files.length >= limit) break;
    const modules = path.join(store, dir, 'node_modules');
    let names: string[];
    try {
      names = readdirSync(modules);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const pkg = name.startsWith('@')
        ? readdirSync(path.join(modules, name)).map((n) => path.join(modules, name, n, 'package.json'))
        : [path.join(modules, name, 'package.json')];
      files.push(...pkg);
    }
  }
  const out: { file: string; text: string }[] = [];
  for (const file of files.slice(0, limit)) {
    try {
      out.push({ file, text: readFileSync(file, 'utf8') });
    } catch {
      // A linked package's manifest may be missing; skip it.
    }
  }
  return out;
}

/** The one run of characters `after` has that `before` does not, if the edit was a pure insertion. */
function insertion(before: string, after: string): string | undefined {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  if (head + tail !== before.length) return undefined;
  return after.slice(head, after.length - tail);
}

describe('adding a JSON entry', () => {
  it('only inserts, and the result parses to the manifest plus the entry, over real package.json files', () => {
    const all = manifests(300);
    expect(all.length).toBeGreaterThan(100);
    let checked = 0;
    for (const { file, text } of all) {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        expect(addJsonEntry(text, 'dependencies', 'zz-new', '1.0.0').ok, file).toBe(false);
        continue;
      }
      for (const section of ['dependencies', 'devDependencies', 'peerDependencies']) {
        const current = parsed[section];
        const result = addJsonEntry(text, section, '@autoheal/zz-new', '^1.2.3', 'devDependencies');
        if (
          current !== undefined &&
          (typeof current !== 'object' || current === null || Array.isArray(current))
        ) {
          expect(result.ok, file).toBe(false);
          continue;
        }
        if (!result.ok) throw new Error(`${file} ${section}: ${result.reason}`);
        expect(insertion(text, result.value), `${file} ${section}`).toBeDefined();
        const expected = { ...parsed, [section]: { ...(current ?? {}), '@autoheal/zz-new': '^1.2.3' } };
        expect(JSON.parse(result.value), `${file} ${section}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("leaves a neighbour's own spacing alone (why jsonc-parser's modify is not used)", () => {
    const text = '{\n  "dependencies": {\n    "a":"1",\n    "c":"1"\n  }\n}\n';
    expect(addJsonEntry(text, 'dependencies', 'b', '2')).toEqual({
      ok: true,
      value: '{\n  "dependencies": {\n    "a":"1",\n    "b": "2",\n    "c":"1"\n  }\n}\n',
    });
  });

  it('reads escaped keys and strings holding brackets as the JSON they are', () => {
    // As in jsonc-parser's scanner cases: escapes in keys, brackets and quotes inside strings.
    const text = '{\n  "dependencies": {\n    "\\u0061": "1",\n    "b{\\"}": "[x]"\n  }\n}\n';
    expect(addJsonEntry(text, 'dependencies', 'a', '2')).toEqual({
      ok: false,
      reason: '"dependencies" already has "a"',
    });
    const added = addJsonEntry(text, 'dependencies', 'c', '2');
    expect(added.ok && JSON.parse(added.value).dependencies).toEqual({ a: '1', 'b{"}': '[x]', c: '2' });
  });

  it('keeps a byte-order mark and refuses what is not strict JSON', () => {
    const bom = '\ufeff{\n  "name": "x"\n}\n';
    expect(addJsonEntry(bom, 'dependencies', 'a', '1')).toEqual({
      ok: true,
      value: '\ufeff{\n  "name": "x",\n  "dependencies": {\n    "a": "1"\n  }\n}\n',
    });
    for (const bad of [
      '{ "name": "x", }',
      '{ // comment\n "name": "x" }',
      '{ "name": "x" } trailing',
      '{ "name": ',
      '{ name: "x" }',
    ])
      expect(addJsonEntry(bad, 'dependencies', 'a', '1'), bad).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/not valid JSON/),
      });
    expect(addJsonEntry('{ "dependencies": [] }', 'dependencies', 'a', '1')).toEqual({
      ok: false,
      reason: '"dependencies" is not an object',
    });
  });
});
