/**
 * `pnpm bench:throughput`: build a 300 MB log from the CiDiff fixtures in the temp dir, then in
 * the same run time `grep -cE` with a 22-keyword alternation over it (the reference) and the
 * analyzer over it in a child process, reporting our MB/s as a ratio to grep's and the child's
 * peak RSS. A 30 MB log is measured too, to show memory does not grow with the log. Files are
 * removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '@autoheal/core/analyzer/analyze';
import { median } from './stats.js';

const KEYWORDS = [
  'error',
  'Error',
  'ERROR',
  'FAIL',
  'fatal',
  'denied',
  'exit code',
  'No such',
  'not found',
  'Killed',
  'timed out',
  'Traceback',
  'panic:',
  'Exception',
  'Cannot',
  'cannot',
  'failed',
  'Failed',
  'refused',
  'timeout',
  'unavailable',
  'warning',
];

const here = path.dirname(fileURLToPath(import.meta.url));
const cidiff = path.resolve(here, '..', '..', '..', 'packages', 'fixtures', 'cidiff');

/** Child mode: analyse one file, print timing and this process's peak RSS. */
async function child(file: string): Promise<void> {
  const started = performance.now();
  const analysis = await analyzeFile(file);
  const ms = performance.now() - started;
  const maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(
    `${JSON.stringify({ ms, maxRssKiB, lines: analysis.stats.linesRead, findings: analysis.findings.length })}\n`,
  );
}

function buildLog(file: string, bytes: number): number {
  const parts = readdirSync(cidiff, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => readFileSync(path.join(cidiff, e.name, 'fail.log')));
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (let i = 0; written < bytes; i++) {
      const part = parts[i % parts.length]!;
      writeSync(fd, part);
      written += part.length;
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

function timeGrep(file: string): number {
  const pattern = KEYWORDS.join('|');
  const started = performance.now();
  const r = spawnSync('grep', ['-cE', pattern, file], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed: ${r.stderr}`);
  return ms;
}

interface ChildResult {
  ms: number;
  maxRssKiB: number;
  lines: number;
  findings: number;
}

function timeAnalyzer(file: string): ChildResult {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`analyzer child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-throughput-'));
  try {
    for (const target of [300e6, 30e6]) {
      const file = path.join(dir, `log-${target / 1e6}mb.log`);
      const size = buildLog(file, target);
      const mb = statSync(file).size / 1e6;
      const grepRuns: number[] = [];
      const ours: ChildResult[] = [];
      const runs = target > 100e6 ? 3 : 2;
      for (let i = 0; i < runs; i++) {
        grepRuns.push(timeGrep(file));
        ours.push(timeAnalyzer(file));
      }
      const grepMs = median(grepRuns);
      const ourMs = median(ours.map((o) => o.ms));
      const grepRate = mb / (grepMs / 1000);
      const ourRate = mb / (ourMs / 1000);
      const rss = Math.max(...ours.map((o) => o.maxRssKiB)) / 1024;
      console.log(
        `log ${mb.toFixed(0)} MB (${size} bytes, ${ours[0]!.lines} lines): analyzer ${ourRate.toFixed(0)} MB/s (median of ${runs}), grep -cE (${KEYWORDS.length} keywords) ${grepRate.toFixed(0)} MB/s; ratio analyzer/grep ${(ourRate / grepRate).toFixed(2)} (grep is ${(grepRate / ourRate).toFixed(1)}x faster); analyzer peak RSS ${rss.toFixed(0)} MB`,
      );
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else await main();
