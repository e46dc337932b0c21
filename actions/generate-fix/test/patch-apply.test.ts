import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unifiedDiff } from '@autoheal/core/fixes/unified-diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintChanges } from '../src/lint-apply.js';
import { applyHunks, parsePatch } from '../src/patch-apply.js';
import { isOwnRepository } from '../src/run.js';

/** `git diff` of `before` → `after` for each file, made by real git in a scratch repository. */
async function gitDiff(dir: string, files: Record<string, [string, string]>): Promise<string> {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  git('config', 'core.autocrlf', 'false');
  for (const [name, [before]] of Object.entries(files)) await writeFile(path.join(dir, name), before);
  git('add', '.');
  git('commit', '-qm', 'base');
  for (const [name, [, after]] of Object.entries(files)) await writeFile(path.join(dir, name), after);
  return git('diff');
}

function memory(files: Record<string, string>) {
  return {
    read: async (p: string) => files[p],
    list: async () => [],
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-patch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}\n`).join('');

describe('applying a git diff', () => {
  it('reproduces what git changed, for edits, additions, deletions, CRLF and a missing final newline', async () => {
    const files: Record<string, [string, string]> = {
      'a.js': [lines(30), lines(30).replace('line 3\n', "line 3 ('fixed')\n").replace('line 25\n', '')],
      'b.txt': ['one\r\ntwo\r\nthree\r\n', 'one\r\n2\r\nthree\r\n'],
      'c.txt': ['x\ny\nz', 'x\ny\nz\n'],
      'd.txt': ['keep\n', 'keep\nadded at the end\n'],
    };
    const repoDir = path.join(dir, 'git1');
    await mkdir(repoDir);
    const diff = await gitDiff(repoDir, files);
    const patches = parsePatch(diff);
    expect(patches.map((p) => p.path).sort()).toEqual(['a.js', 'b.txt', 'c.txt', 'd.txt']);
    for (const patch of patches) {
      const [before, after] = files[patch.path]!;
      expect(applyHunks(before, patch.hunks), patch.path).toEqual({ ok: true, text: after });
    }
  });

  it('reads lines that git wrote as content (`++ x`, `-- y` added or removed) as content, never as headers', async () => {
    const files: Record<string, [string, string]> = {
      'notes.md': ['-- y\nkeep\n', 'keep\n++ b/.github/workflows/ci.yml\n'],
    };
    const repoDir = path.join(dir, 'git-headers');
    await mkdir(repoDir);
    const diff = await gitDiff(repoDir, files);
    expect(diff).toMatch(/^\+\+\+ b\/\.github\/workflows\/ci\.yml$/m);
    expect(diff).toMatch(/^--- y$/m);
    const patches = parsePatch(diff);
    expect(patches.map((p) => p.path)).toEqual(['notes.md']);
    expect(applyHunks(files['notes.md']![0], patches[0]!.hunks)).toEqual({
      ok: true,
      text: files['notes.md']![1],
    });
  });

  it('finds a hunk that moved because the file grew above it, and refuses one whose lines changed', () => {
    const before = lines(40);
    const after = before.replace('line 30\n', 'line thirty\n');
    const [patch] = parsePatch(unifiedDiff([{ path: 'f.txt', before, after }]));
    const grown = `${lines(5, 'new')}${before}`;
    expect(applyHunks(grown, patch!.hunks)).toEqual({
      ok: true,
      text: grown.replace('line 30\n', 'line thirty\n'),
    });
    const edited = before.replace('line 29\n', 'line 29 edited\n');
    const refused = applyHunks(edited, patch!.hunks);
    expect(refused).toEqual({
      ok: false,
      reason: expect.stringMatching(/hunk 1 \(at line 27\) does not match the file/),
    });
  });

  it('turns a lint diff into changes on the base, and refuses what validateLintDiff refuses', async () => {
    const before = 'const a = "x";\nexport default a;\n';
    const after = "const a = 'x';\nexport default a;\n";
    const diff = unifiedDiff([{ path: 'src/app.js', before, after }]);
    expect(
      await lintChanges(memory({ 'src/app.js': before }), { diff, touchedFiles: ['src/app.js'] }, 10_000),
    ).toEqual({
      ok: true,
      changes: [{ path: 'src/app.js', before, after }],
    });
    const notTouched = await lintChanges(
      memory({ 'src/app.js': before }),
      { diff, touchedFiles: [] },
      10_000,
    );
    expect(notTouched).toEqual({
      ok: false,
      problem: expect.stringMatching(/not a file the fix command touched/),
    });
    const wf = unifiedDiff([{ path: '.github/workflows/ci.yml', before: 'a: 1\n', after: 'a: 2\n' }]);
    const workflow = await lintChanges(
      memory({ '.github/workflows/ci.yml': 'a: 1\n' }),
      { diff: wf, touchedFiles: ['.github/workflows/ci.yml'] },
      10_000,
    );
    expect(workflow).toEqual({ ok: false, problem: expect.stringMatching(/a workflow file/) });
    // A second header pair naming the workflow, which a last-header-wins reader would edit.
    const doubled = diff.replace(
      '+++ b/src/app.js\n',
      '+++ b/src/app.js\n--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n',
    );
    expect(doubled).not.toBe(diff);
    const smuggled = await lintChanges(
      memory({ 'src/app.js': before, '.github/workflows/ci.yml': before }),
      { diff: doubled },
      10_000,
    );
    expect(smuggled).toEqual({
      ok: false,
      problem: expect.stringMatching(/more than one ---\/\+\+\+ file header/),
    });
    const gone = await lintChanges(memory({}), { diff, touchedFiles: ['src/app.js'] }, 10_000);
    expect(gone).toEqual({ ok: false, problem: 'src/app.js is not on the base branch' });
    expect(await lintChanges(memory({}), { diff: '', touchedFiles: [] }, 10)).toEqual({
      ok: false,
      problem: 'the lint command changed nothing',
    });
  });

  it('runs the lint command never on a fork’s commit: only a run whose head repository is this one qualifies', () => {
    const repo = { owner: 'octo-org', repo: 'widgets' };
    expect(isOwnRepository('Octo-Org/Widgets', repo)).toBe(true);
    expect(isOwnRepository('stranger/widgets', repo)).toBe(false);
    expect(isOwnRepository(null, repo)).toBe(false);
    expect(isOwnRepository(undefined, repo)).toBe(false);
  });
});
