import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, analyzeLog } from '../src/analyzer/analyze.js';

// analyzeFile reads a file in 1 MiB chunks, each read in after the line the last one left
// unfinished; a log held in memory is cut into the same chunks and joined by the splitter.
const MiB = 1 << 20;
const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Filler lines up to `at` bytes, then `tail` so that it straddles the boundary at `at`. */
function upTo(parts: string[], at: number, tail: string, split: number): void {
  let size = Buffer.byteLength(parts.join(''));
  let i = 0;
  while (size < at - split - 80) {
    const line = `ok ${i++} - step ${'.'.repeat(i % 50)}\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push('x'.repeat(at - split - size), '\n');
  parts.push(tail);
}

function withoutTime(a: Awaited<ReturnType<typeof analyzeLog>>) {
  const { durationMs: _ignored, ...stats } = a.stats;
  return { ...a, stats };
}

describe('analyzeFile reads chunks joined at unfinished lines', () => {
  it('gives the analysis the same bytes give in memory, whatever straddles a chunk boundary', async () => {
    const parts: string[] = [];
    // A failure line cut by the first boundary; CRLF cut between its bytes at the second; a
    // line longer than the 16 KiB cap across the third; a multi-byte character across the fourth.
    upTo(parts, MiB, 'src/app.c:12:5: error: expected expression before token\n', 20);
    upTo(parts, 2 * MiB, 'FAIL: test_parse\r\n', 'FAIL: test_parse\r'.length);
    upTo(parts, 3 * MiB, `Error: ${'y'.repeat(40_000)}\n`, 20_000);
    upTo(parts, 4 * MiB, 'AssertionError: expected “résumé” to equal “resume”\n', 30);
    parts.push('make: *** [Makefile:3: check] Error 1\n', 'no newline at the end');
    const log = Buffer.from(parts.join(''), 'utf8');
    const file = path.join(dir, 'straddle.log');
    writeFileSync(file, log);
    const fromFile = await analyzeFile(file);
    const inMemory = await analyzeLog(log);
    expect(fromFile.stats.bytes).toBe(log.length);
    expect(withoutTime(fromFile)).toEqual(withoutTime(inMemory));
    expect(fromFile.findings.map((f) => f.keyLine).join('\n')).toMatch(/error: expected expression/);
  });

  it('an empty file and a file of one unfinished line', async () => {
    for (const text of ['', 'Error: only words, no line break']) {
      const file = path.join(dir, `small-${text.length}.log`);
      writeFileSync(file, text);
      expect(withoutTime(await analyzeFile(file))).toEqual(withoutTime(await analyzeLog(text)));
    }
  });
});
