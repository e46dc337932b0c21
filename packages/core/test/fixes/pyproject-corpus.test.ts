/**
 * pyproject.toml edits over a corpus of real-looking files (setuptools, hatch, Poetry 1 and 2,
 * PEP 621 with comments, inline tables, dotted keys, arrays over lines, CRLF, no final newline,
 * a `[project]` that only appears inside a string). Each edit must be one contiguous insertion, and
 * a full TOML parser (`toml-eslint-parser`) must read the result as the same document with one
 * more dependency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import { describe, expect, it } from 'vitest';
import { addProjectDependency, pyprojectChangeProblems } from '../../src/fixes/pyproject-edit.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pyproject');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.toml'))
  .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));

type Doc = Record<string, unknown> & { project?: { dependencies?: string[] } };
const read = (text: string) => getStaticTOMLValue(parseTOML(text)) as Doc;

/** Files with a `[project] dependencies` array that autoheal must be able to edit. */
const EDITABLE = [
  'crlf.toml',
  'fake-project-in-string.toml',
  'hatch.toml',
  'inline-and-dotted.toml',
  'no-final-newline.toml',
  'pep621-setuptools.toml',
  'poetry2-pep621.toml',
  'spaced-header.toml',
  'trailing-nocomma.toml',
];

describe('pyproject edits over a corpus', () => {
  it('holds the corpus it claims to', () => {
    expect(corpus.map((c) => c.name).sort()).toEqual([...EDITABLE, 'poetry.toml'].sort());
  });

  for (const { name, text } of corpus) {
    it(`${name}: each addition is one insertion that a TOML parser reads as one more dependency`, () => {
      const before = read(text);
      for (const dist of ['aaa-first', 'mmm-middle', 'zzz-last']) {
        const edit = addProjectDependency(text, dist);
        if (!EDITABLE.includes(name)) {
          expect(edit.ok, name).toBe(false);
          continue;
        }
        // Some layouts are refused on purpose (several strings on one line of a multi-line array).
        if (!edit.ok) {
          expect(edit.reason, `${name} ${dist}`).toMatch(
            /several strings on one line|shares the last string/,
          );
          continue;
        }
        const after = edit.value;
        let p = 0;
        while (p < text.length && text[p] === after[p]) p++;
        let s = 0;
        while (s < text.length - p && text[text.length - 1 - s] === after[after.length - 1 - s]) s++;
        // Byte-exact: nothing of the old text is removed or rewritten, only inserted into.
        expect(text.length - p - s, `${name} ${dist}: bytes removed`).toBe(0);
        // The differing run is the insertion, up to where the aligner put it (a rotation of it).
        const inserted = after.slice(p, after.length - s);
        expect(inserted).toMatch(/^[-a-z,'"\s]*$/);
        expect(`${inserted}${inserted}`).toMatch(new RegExp(`(["'])${dist}\\1`));
        if (!/(?<!\r)\n/.test(text)) expect(after).not.toMatch(/(?<!\r)\n/);
        const parsed = read(after);
        const deps = parsed.project?.dependencies ?? [];
        expect([...deps].sort()).toEqual([...(before.project?.dependencies ?? []), dist].sort());
        expect({ ...parsed, project: { ...parsed.project, dependencies: [] } }).toEqual({
          ...before,
          project: { ...before.project, dependencies: [] },
        });
        expect(pyprojectChangeProblems(text, after), `${name} ${dist}`).toEqual([]);
      }
    });
  }

  it('refuses an edit of a string that only looks like the dependencies array', () => {
    const text = corpus.find((c) => c.name === 'fake-project-in-string.toml')!.text;
    const forged = text.replace('  "requests",\n', '  "requests",\n  "evil",\n');
    expect(forged).not.toBe(text);
    expect(pyprojectChangeProblems(text, forged)).not.toEqual([]);
  });

  it('refuses an edit that leaves the file unreadable as TOML', () => {
    const text = corpus.find((c) => c.name === 'trailing-nocomma.toml')!.text;
    const broken = text.replace('  "werkzeug"\n', '  "werkzeug",\n  "zzz",\n') + 'x = \n';
    expect(pyprojectChangeProblems(text, broken)).not.toEqual([]);
  });

  it('refuses hostile files with a reason instead of throwing: deep nesting, duplicate keys, bad TOML', () => {
    const nested = `[project]\ndependencies = ["a"]\nx = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const duplicate = '[project]\ndependencies = ["a"]\ndependencies = ["b"]\n';
    const unclosed = '[project]\ndependencies = ["a",\n';
    for (const text of [nested, duplicate, unclosed]) {
      const edit = addProjectDependency(text, 'zzz');
      expect(edit.ok).toBe(false);
      expect(pyprojectChangeProblems(text, `${text} `)).not.toEqual([]);
    }
  });
});
