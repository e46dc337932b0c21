import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyzer/analyze.js';

/** Real job logs of other CI systems (packages/fixtures/ci, licences beside them). */
const ciDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'ci');

describe('a real Travis CI log (Jest failing under `yarn test`)', () => {
  const file = path.join(ciDir, 'travis', 'github-ci-monitor-jest.log');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

  it('names the failing command and shows the failed tests, not the clone, cache or install', async () => {
    const a = await analyzeFile(file);
    expect(a.stats.format).toBe('travis');
    expect(a.stats.failingStep).toBe('yarn test');
    expect(a.category).toBe('test_failure');
    const shown = new Set(a.findings.flatMap((f) => f.excerpt.map((l) => l.no)));
    // The two failed tests' headers and their expected/received values.
    for (const needle of [
      '● Sum correctly adds two basic numbers',
      'Expected: 5',
      '● Sums are calculated consistently',
      'Expected: 111',
    ])
      expect(shown.has(at(needle)), needle).toBe(true);
    // Nothing from before the command or after its verdict.
    const command = at('$ yarn test');
    const verdict = at('The command "yarn test" exited with 1.');
    for (const n of shown) {
      expect(n).toBeGreaterThan(command);
      expect(n).toBeLessThan(verdict);
    }
    expect(a.findings[0]!.facts?.exitCode).toBe(1);
  });
});
