import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCORING_SCANS } from '../src/analyzer/fallback.js';
import { seededRandom } from './seeded-random.js';

/**
 * scoreLine runs each family of its patterns as one combined scan. A scan that lost a pattern, or
 * changed what one matches (a flag, a bad split of an alternation), would change scores without
 * any fallback test noticing at once; here every line of every recorded log, and random lines
 * built from the patterns' own words, must match a scan exactly when one of its patterns does.
 */

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function recordedLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) lines.push(...readFileSync(p, 'utf8').split(/\r\n|\r|\n/));
    }
  };
  walk(FIXTURES);
  return lines;
}

// Words and shapes the patterns look for, and near misses of them.
const PIECES = [
  'FAIL',
  'FAILED',
  'fail',
  'Failed',
  'failure',
  'ERROR',
  'Error',
  'error:',
  'Error: ',
  'errors',
  'FATAL',
  'fatal',
  'panic',
  'panicked',
  'Traceback',
  'segfault',
  'core dumped',
  'Exception',
  'exception:',
  'assert',
  'assertEquals',
  'failed asserting',
  'not ok',
  'ok 1',
  'ok',
  'PASS',
  'PASSED',
  '[ OK ]',
  '... ok',
  ': passed',
  '✓',
  '✗',
  '✖',
  '√',
  '! Undefined',
  '0 errors',
  'no failures',
  'Failures: 0',
  'zero',
  'expected',
  'unexpected',
  'got',
  'but was',
  'left:',
  'right :',
  'halted',
  'cannot',
  "can't",
  'could not',
  'unable to',
  'refused',
  'no such',
  'not found',
  'mismatched',
  'timed out',
  'aborted',
  'crashed',
  'invalid',
  'attempt to index',
  'src/a.ts:12: ',
  'a.c:3:4: ',
  'line 12',
  '.java:',
  '(12)',
  'Finished: FAILURE',
  'BUILD FAILED',
  'The command "make" exited with 1.',
  'Task failed',
  '🚨 Error: The command exited',
  'command failed with exit code 2',
  'process exited with code',
  '50%',
  '| 80 |',
  '12/40 (30%)',
  '[ 42%]',
  '#####',
  '███▉',
  'coverage',
  'Statements : 80%',
  'Time:',
  'real',
  'Finished in 2s',
  'Downloading',
  'Installing',
  'Get:1',
  'warning',
  'Warnings',
  'see above',
  'for details',
  'rerun with',
  '3 tests',
  'Tests: 4',
  'FAILURES!',
  'Files=3',
  'tests failed',
  'FAIL 2 |',
  'code:',
  'message :',
  '1) ',
  '\t',
  ' ',
  '  ',
  ':',
  '=',
  '0',
  '7',
  'x',
  'Q',
  '-',
  '/',
  '.',
  '_',
  'é',
  'ß',
  'ı',
  'ſ',
  'K',
];

function randomLines(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    const n = 1 + Math.floor(random() * 6);
    for (let k = 0; k < n; k++) {
      let piece = PIECES[Math.floor(random() * PIECES.length)]!;
      const r = random();
      if (r < 0.15) piece = piece.toUpperCase();
      else if (r < 0.3) piece = piece.toLowerCase();
      line += piece + (random() < 0.5 ? ' ' : '');
    }
    out.push(line);
  }
  return out;
}

describe("scoreLine's combined scans", () => {
  const lines = [...recordedLines(), ...randomLines(30_000, 15)];

  it('reads enough lines to mean something', () => {
    expect(lines.length).toBeGreaterThan(200_000);
  });

  for (const [i, { scan, patterns, exact }] of SCORING_SCANS.entries()) {
    it(`scan ${i} (${patterns.length} patterns) matches ${exact ? 'exactly' : 'at least'} where one of its patterns does`, () => {
      const wrong: string[] = [];
      let matched = 0;
      for (const line of lines) {
        const any = patterns.some((p) => p.test(line));
        const combined = scan.test(line);
        if (any) matched++;
        if (exact ? combined !== any : any && !combined) wrong.push(line);
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      // Each family meets lines it matches: the comparison is not vacuous.
      expect(matched).toBeGreaterThan(20);
    });
  }
});
