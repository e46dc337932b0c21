import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  goldLines,
  isAccepted,
  listCases,
  parseGroundTruth,
  parseLabels,
} from '../../fixtures/src/cidiff.js';
import { analyzeFile } from '../src/analyzer/analyze.js';

describe('CiDiff fixture loader', () => {
  it('parses ground truth: format line, E and C ranges, single lines', () => {
    const gt = parseGroundTruth('RAW_GITHUB\nE 10-12\nC 9\n\nE 20\n');
    expect(gt.format).toBe('RAW_GITHUB');
    expect(gt.ranges).toEqual([
      { kind: 'E', start: 10, end: 12 },
      { kind: 'C', start: 9, end: 9 },
      { kind: 'E', start: 20, end: 20 },
    ]);
    expect([...goldLines(gt)].sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 20]);
  });

  it('rejects malformed ground truth with the line at fault', () => {
    expect(() => parseGroundTruth('JENKINS\nE 1')).toThrow(/first line/);
    expect(() => parseGroundTruth('DEFAULT\nX 3')).toThrow(/groundtruth:2/);
    expect(() => parseGroundTruth('DEFAULT\nE 5-3')).toThrow(/bad range/);
  });

  it('parses labels with and without also-accepted categories', () => {
    const labels = parseLabels(
      '# case\tprimary\talso\na\tgit_error\tnetwork_error, permission_denied\nb\ttest_failure\t\n',
    );
    expect(labels.get('a')).toEqual({
      primary: 'git_error',
      alsoAccepted: ['network_error', 'permission_denied'],
    });
    expect(labels.get('b')).toEqual({ primary: 'test_failure', alsoAccepted: [] });
    expect(isAccepted(labels.get('a')!, 'permission_denied')).toBe(true);
    expect(isAccepted(labels.get('b')!, 'unknown')).toBe(false);
  });

  it('lists the 37 cases with logs, ground truth and labels', () => {
    const cases = listCases();
    expect(cases).toHaveLength(37);
    for (const c of cases) {
      expect(c.label, c.name).toBeDefined();
      expect(c.groundTruth.ranges.length, c.name).toBeGreaterThan(0);
    }
    expect(cases.filter((c) => c.groundTruth.format === 'DEFAULT').length).toBe(17);
  });
});

describe('analyzer on real logs (sanity; the benchmark measures quality)', () => {
  const cases = new Map(listCases().map((c) => [c.name, c]));

  it.each([
    ['cv_45', 'git_error'],
    ['tf-checks-run568', 'lint_failure'],
    ['tf-build-run312', 'docker_failure'],
    ['astor_400', 'compile_error'],
  ])('%s: names the cause and shows gold lines', async (name, category) => {
    const c = cases.get(name)!;
    const a = await analyzeFile(c.failLog, { baselinePath: c.passLog });
    expect(a.category).toBe(category);
    // The runner's `Process completed with exit code N` is never shown (rules/runner.ts says why),
    // though some labels include it.
    const log = readFileSync(c.failLog, 'utf8').split(/\r\n|\r|\n/);
    const gold = new Set(
      [...goldLines(c.groundTruth)].filter(
        (n) => !log[n - 1]?.includes('##[error]Process completed with exit code'),
      ),
    );
    const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
    expect(shown.some((n) => log[n - 1]?.includes('Process completed with exit code'))).toBe(false);
    const hit = shown.filter((n) => gold.has(n)).length;
    expect(hit / gold.size).toBeGreaterThan(0.8);
    expect(hit / shown.length).toBeGreaterThan(0.8);
  });

  it('extracts fix-ready facts from a staticcheck failure', async () => {
    const c = cases.get('tf-checks-run568')!;
    const a = await analyzeFile(c.failLog);
    expect(a.findings[0]!.facts).toMatchObject({
      code: 'U1000',
      exitCode: 2,
      locations: [expect.objectContaining({ file: 'internal/lang/functions.go', line: 176, column: 17 })],
    });
  });
});
