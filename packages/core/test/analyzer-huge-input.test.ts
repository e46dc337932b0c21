import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Huge and broken logs a job can print: the analyzer finishes them with bounded memory. Each runs
 * in a child process (the compiled analyzer, as `pnpm bench:throughput` runs it) so its peak RSS
 * is its own; no timing is asserted.
 */

const LIB = fileURLToPath(new URL('../lib/analyzer/analyze.js', import.meta.url));
const PEAK_RSS_MB = 256;
const dir = mkdtempSync(join(tmpdir(), 'autoheal-huge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes at least `total` bytes of `piece` repeated, then `tail`; returns the file and the pieces written. */
function write(name: string, piece: Buffer, total: number, tail = Buffer.alloc(0)): [string, number] {
  const file = join(dir, name);
  const fd = openSync(file, 'w');
  const per = Math.max(1, Math.floor((1 << 20) / piece.length));
  const block = Buffer.concat(Array.from({ length: per }, () => piece));
  let pieces = 0;
  for (let n = 0; n < total; n += block.length) {
    writeSync(fd, block);
    pieces += per;
  }
  writeSync(fd, tail);
  closeSync(fd);
  return [file, pieces];
}

interface ChildResult {
  maxRssMb: number;
  linesRead: number;
  bytes: number;
  keyLines: string[];
}

function analyzeInChild(file: string): ChildResult {
  const code = `
    const { analyzeFile } = await import(${JSON.stringify(LIB)});
    const a = await analyzeFile(process.argv[1]);
    process.stdout.write(JSON.stringify({
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      linesRead: a.stats.linesRead,
      bytes: a.stats.bytes,
      keyLines: a.findings.map((f) => f.keyLine),
    }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`analyzer child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

describe('huge and broken logs, in a child process', { timeout: 300_000 }, () => {
  it('has the compiled analyzer (tsc -b) to run', () => {
    expect(existsSync(LIB)).toBe(true);
  });

  it('200 MB of one short line repeated', () => {
    const line = Buffer.from('ok 1 - passes\n');
    const [file, pieces] = write(
      'repeat.log',
      line,
      200e6,
      Buffer.from('Error: the real failure\nexit status 1\n'),
    );
    const r = analyzeInChild(file);
    expect(r.bytes).toBeGreaterThan(200e6);
    expect(r.linesRead).toBe(pieces + 2);
    expect(r.maxRssMb).toBeLessThan(PEAK_RSS_MB);
    expect(r.keyLines.join('\n')).toContain('the real failure');
  });

  it('one 50 MB line: cut at the splitter cap, the failure at its head still found', () => {
    const [file] = write('one-line.log', Buffer.from('x'.repeat(1024)), 50e6);
    const head = join(dir, 'one-line-head.log');
    const fd = openSync(head, 'w');
    writeSync(fd, 'Error: boom before a long line ');
    const chunk = Buffer.alloc(1 << 20, 0x61);
    for (let n = 0; n < 50e6; n += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    for (const f of [file, head]) {
      const r = analyzeInChild(f);
      expect(r.linesRead).toBe(1);
      expect(r.maxRssMb).toBeLessThan(PEAK_RSS_MB);
    }
    expect(analyzeInChild(head).keyLines.join('\n')).toContain('Error: boom');
  });

  it('invalid UTF-8 with CR-only line ends', () => {
    // Bytes no UTF-8 decoder accepts (lone continuation bytes, 0xff), lines ended by a bare CR.
    const junk = Buffer.from([0x80, 0xbf, 0xc0, 0xff, 0xfe, 0x20, 0xe2, 0x82, 0x0d]);
    const [file] = write('junk.log', junk, 20e6, Buffer.from('Error: after the junk\rexit status 1\r'));
    const r = analyzeInChild(file);
    expect(r.linesRead).toBeGreaterThan(2e6);
    expect(r.maxRssMb).toBeLessThan(PEAK_RSS_MB);
    expect(r.keyLines.join('\n')).toContain('after the junk');
  });

  it('lines of only ANSI escapes', () => {
    const ansi = Buffer.from('\u001b[0m\u001b[31;1m\u001b[K\u001b[2J\u001b]0;title\u0007\n');
    const [file] = write(
      'ansi.log',
      ansi,
      50e6,
      Buffer.from('\u001b[31mError: in colour\u001b[0m\nexit status 1\n'),
    );
    const r = analyzeInChild(file);
    expect(r.maxRssMb).toBeLessThan(PEAK_RSS_MB);
    expect(r.keyLines.join('\n')).toContain('Error: in colour');
  });
});
