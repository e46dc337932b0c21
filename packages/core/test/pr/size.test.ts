import { describe, expect, it } from 'vitest';
import { parseGitAttributes } from '../../src/pr/gitattributes.js';
import {
  type ChangedFile,
  checkThresholds,
  GITHUB_PR_FILES_CAP,
  ignoreReason,
  measureSize,
  sizeIndex,
  sizeLabels,
} from '../../src/pr/size.js';

function file(path: string, additions: number, deletions = 0): ChangedFile {
  return { path, status: 'modified', additions, deletions };
}

describe('pull request size', () => {
  it('puts each count in the right size at the default thresholds (10/30/100/500/1000)', () => {
    const cases: [number, string][] = [
      [0, 'size/XS'],
      [9, 'size/XS'],
      [10, 'size/S'],
      [29, 'size/S'],
      [30, 'size/M'],
      [99, 'size/M'],
      [100, 'size/L'],
      [499, 'size/L'],
      [500, 'size/XL'],
      [999, 'size/XL'],
      [1000, 'size/XXL'],
      [250_000, 'size/XXL'],
    ];
    for (const [lines, label] of cases)
      expect(measureSize([file('a.ts', lines)]).label, `${lines} lines`).toBe(label);
  });

  it('counts additions and deletions and honours custom thresholds and prefix', () => {
    const result = measureSize([file('a.ts', 30, 25)], { thresholds: [50, 200], labelPrefix: 'sz:' });
    expect(result.lines).toBe(55);
    expect(result.label).toBe('sz:S');
    expect(result.allLabels).toEqual(['sz:XS', 'sz:S', 'sz:M']);
    expect(sizeIndex(200, [50, 200])).toBe(2);
    expect(sizeLabels([1, 2, 3, 4, 5, 6])).toEqual([
      'size/XS',
      'size/S',
      'size/M',
      'size/L',
      'size/XL',
      'size/XXL',
      'size/XXXL',
    ]);
  });

  it('leaves out lockfiles, linguist-generated and vendored files and configured globs, each with its reason', () => {
    const attributes = parseGitAttributes(
      'api/gen/** linguist-generated\nthird_party/keep/** -linguist-vendored\n',
    );
    const files = [
      file('src/app.ts', 40),
      file('pnpm-lock.yaml', 5000),
      file('packages/web/package-lock.json', 900),
      file('api/gen/client.ts', 700),
      file('vendor/lib/x.go', 300),
      file('third_party/keep/patched.c', 12),
      file('docs/snapshots/a.snap', 80),
      file('docs/snapshots/keep.snap', 3),
    ];
    const result = measureSize(files, { attributes, ignore: ['**/*.snap', '!**/keep.snap'] });
    expect(result.counted.map((f) => f.path)).toEqual([
      'src/app.ts',
      'third_party/keep/patched.c',
      'docs/snapshots/keep.snap',
    ]);
    expect(result.lines).toBe(55);
    expect(result.label).toBe('size/M');
    expect(result.ignored.map((i) => [i.file.path, i.reason])).toEqual([
      ['pnpm-lock.yaml', 'lockfile'],
      ['packages/web/package-lock.json', 'lockfile'],
      ['api/gen/client.ts', 'generated'],
      ['vendor/lib/x.go', 'vendored'],
      ['docs/snapshots/a.snap', 'configured'],
    ]);
  });

  it('counts a lockfile the repository marks -linguist-generated', () => {
    const attributes = parseGitAttributes('yarn.lock -linguist-generated\n');
    expect(ignoreReason('yarn.lock', { attributes })).toBeUndefined();
    expect(ignoreReason('yarn.lock', {})).toBe('lockfile');
  });

  it('gives the largest size, and says so, when GitHub did not list every file', () => {
    const listed = Array.from({ length: GITHUB_PR_FILES_CAP }, (_, i) => file(`f${i}.txt`, 0));
    const capped = measureSize(listed, { totalFiles: 4200 });
    expect(capped.capped).toBe(true);
    expect(capped.label).toBe('size/XXL');
    expect(capped.note).toMatch(/at most 3,000 files.*changes 4,200.*size\/XXL/);
    const exact = measureSize(listed, { totalFiles: GITHUB_PR_FILES_CAP });
    expect(exact.capped).toBe(false);
    expect(exact.label).toBe('size/XS');
  });

  it('rejects thresholds that are not strictly ascending whole numbers', () => {
    expect(() => checkThresholds([10, 10])).toThrow(/strictly ascending/);
    expect(() => checkThresholds([])).toThrow(/1 to 10/);
    expect(() => checkThresholds([0])).toThrow(/≥ 1/);
  });
});
