import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffHunks, diffLines, splitLines, unifiedDiff } from '../../src/fixes/unified-diff.js';

/** Apply a diff with a real tool in a scratch directory and return the file's new text. */
function applyWith(tool: 'patch' | 'git', before: string, diff: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'autoheal-diff-'));
  try {
    writeFileSync(join(dir, 'f.txt'), before);
    writeFileSync(join(dir, 'change.diff'), diff);
    if (tool === 'patch') execFileSync('patch', ['-p1', '-s', '-i', 'change.diff'], { cwd: dir });
    else
      execFileSync('git', ['apply', '--unsafe-paths', 'change.diff'], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
      });
    return readFileSync(join(dir, 'f.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small deterministic generator, so every run checks the same cases. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('unifiedDiff', () => {
  it('writes git-style headers and standard hunk headers', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nD\ne\nf\ng\nh\n';
    expect(unifiedDiff([{ path: 'x/f.txt', before, after }])).toBe(
      'diff --git a/x/f.txt b/x/f.txt\n--- a/x/f.txt\n+++ b/x/f.txt\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n',
    );
  });

  it('names the line before an insertion at the top as 0 and leaves out counts of one', () => {
    expect(diffHunks('b\n', 'a\nb\n')).toBe('@@ -1 +1,2 @@\n+a\n b\n');
    expect(diffHunks('a\nb\nc\nd\ne\n', 'a\nb\nc\nd\ne\nf\n')).toBe('@@ -3,3 +3,4 @@\n c\n d\n e\n+f\n');
    expect(diffHunks('a\nb\n', 'a\nX\nb\n', 0)).toBe('@@ -1,0 +2 @@\n+X\n');
    expect(diffHunks('', 'a\n')).toBe('@@ -0,0 +1 @@\n+a\n');
    expect(diffHunks('a\n', '')).toBe('@@ -1 +0,0 @@\n-a\n');
  });

  it('marks a missing final newline on either side', () => {
    expect(diffHunks('a\nb', 'a\nb\n')).toBe('@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n');
    expect(diffHunks('a\n', 'a\nb')).toBe('@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n');
  });

  it('keeps CRLF line endings in the diff lines', () => {
    const out = diffHunks('a\r\nb\r\n', 'a\r\nB\r\n');
    expect(out).toBe('@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n');
  });

  it('splits far-apart changes into separate hunks and merges near ones', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const before = `${lines.join('\n')}\n`;
    const far = [...lines];
    far[2] = 'changed 3';
    far[25] = 'changed 26';
    expect(diffHunks(before, `${far.join('\n')}\n`).match(/^@@/gm)).toHaveLength(2);
    const near = [...lines];
    near[2] = 'changed 3';
    near[8] = 'changed 9';
    expect(diffHunks(before, `${near.join('\n')}\n`).match(/^@@/gm)).toHaveLength(1);
  });

  it('merges hunks whose context would touch, as git does, and splits them one line further apart', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
    const at = (a: number, b: number) => {
      const next = [...lines];
      next[a] = 'A';
      next[b] = 'B';
      return diffHunks(`${lines.join('\n')}\n`, `${next.join('\n')}\n`).match(/^@@/gm)?.length;
    };
    // Six unchanged lines between the changes: both contexts of three fill the gap exactly.
    expect(at(2, 9)).toBe(1);
    expect(at(2, 10)).toBe(2);
  });

  it('tells a line ending change apart, and keeps mixed endings as they are', () => {
    expect(diffHunks('a\r\nb\n', 'a\nb\n')).toBe('@@ -1,2 +1,2 @@\n-a\r\n+a\n b\n');
    expect(diffHunks('a\nb', 'a\nb c')).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b c\n\\ No newline at end of file\n',
    );
  });

  it('is read back by jsdiff applyPatch on varied edits, and stays fast on a long file', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: Math.floor(next() * 40) }, () => `${Math.floor(next() * 6)}`);
      const after = before.flatMap((l) => (next() < 0.15 ? [] : next() < 0.15 ? [l, 'new'] : [l]));
      const eol = round % 3 === 0 ? '\r\n' : '\n';
      const b = before.join(eol) + (round % 4 ? eol : '');
      const a = after.join(eol) + (round % 5 ? eol : '');
      const diff = unifiedDiff([{ path: 'f.txt', before: b, after: a }]);
      expect(diff === '' ? b : applyPatch(b, diff), `round ${round}`).toBe(a);
    }
    const long = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
    const changed = [...long];
    changed[100] = 'x';
    changed[40_000] = 'y';
    const started = performance.now();
    expect(diffHunks(long.join('\n'), changed.join('\n')).match(/^@@/gm)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('leaves unchanged files out', () => {
    expect(unifiedDiff([{ path: 'a', before: 'x\n', after: 'x\n' }])).toBe('');
  });

  it('produces minimal edit scripts', () => {
    const edits = diffLines(splitLines('a\nb\nc\nd\n'), splitLines('a\nc\nd\ne\n'));
    expect(edits.filter((e) => e.op !== 'equal')).toEqual([
      { op: 'delete', line: 'b\n' },
      { op: 'insert', line: 'e\n' },
    ]);
  });

  it('is applied exactly by GNU patch and git apply on varied edits', () => {
    const next = random(20240501);
    const pool = ['alpha', 'beta', 'gamma', '  indented: 1', '', '# comment', 'x', 'y', 'z', 'steps:'];
    for (let round = 0; round < 40; round++) {
      const n = Math.floor(next() * 25);
      const before = Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]!);
      const after = before.flatMap((line) => {
        const r = next();
        if (r < 0.1) return [];
        if (r < 0.2) return [line, pool[Math.floor(next() * pool.length)]!];
        if (r < 0.3) return [`${line} changed`];
        return [line];
      });
      if (next() < 0.3) after.push('tail');
      const eol = round % 4 === 0 ? '\r\n' : '\n';
      const finalNewline = round % 5 !== 0;
      const join = (ls: string[]) => (ls.length === 0 ? '' : ls.join(eol) + (finalNewline ? eol : ''));
      const b = join(before);
      const a = round % 7 === 0 ? join(after).replace(/\r?\n$/, '') : join(after);
      const diff = unifiedDiff([{ path: 'f.txt', before: b, after: a }]);
      if (b === a) {
        expect(diff).toBe('');
        continue;
      }
      expect(applyWith('patch', b, diff)).toBe(a);
      expect(applyWith('git', b, diff)).toBe(a);
    }
  });
});
