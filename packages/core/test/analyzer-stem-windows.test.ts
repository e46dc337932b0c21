import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { builtinRuleSet } from '../src/analyzer/builtin-rules.js';
import { FALLBACK_STEMS } from '../src/analyzer/fallback.js';
import { StemHits, StemIndex } from '../src/analyzer/rule.js';
import type { UserRule } from '../src/analyzer/user-rules.js';
import { LineSplitter, splitText } from '../src/log/lines.js';

/**
 * The scanner finds stems once per window of lines (StemIndex.scan, its byte loop in WebAssembly)
 * and hands each line the hits inside it; a line with no anchor is never made a string. Each
 * shortcut must find exactly what the plain way finds.
 */

const rules = builtinRuleSet();
const stems = [...rules.stemList, ...FALLBACK_STEMS];
const tags = stems.map((_, i) => (i < rules.stemList.length ? 1 : 2));
const cidiff = path.resolve(import.meta.dirname, '../../fixtures/cidiff');

/** The recorded tool outputs, then `cidiffLogs` of the CiDiff failed logs (the largest). */
function recordedLogs(cidiffLogs = 12): Buffer[] {
  const out = listEcosystemCases().map((c) => readFileSync(c.log));
  for (const e of readdirSync(cidiff, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .slice(0, cidiffLogs))
    out.push(readFileSync(path.join(cidiff, e.name, 'fail.log')));
  return out;
}

/** The hits of a scan as (key, from, id) triples, flat. */
const scratch = new StemHits();
function hitsOf(index: StemIndex, bytes: Uint8Array, start: number, end: number): Int32Array {
  const hits = scratch;
  index.scan(bytes, start, end, hits);
  const out = new Int32Array(hits.count * 3);
  for (let k = 0; k < hits.count; k++) out.set([hits.key[k]!, hits.from[k]!, hits.id[k]!], k * 3);
  return out;
}

/** Whether two scans found the same (compared as bytes: toEqual on large arrays is slow). */
function same(a: Int32Array, b: Int32Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

describe('StemIndex.scan', () => {
  const kernel = new StemIndex(stems, tags);
  const plain = new StemIndex(stems, tags, { kernel: false });

  it('finds in WebAssembly exactly the stems the JavaScript loop finds, on every recorded log', () => {
    let total = 0;
    for (const log of recordedLogs()) {
      // Windows of several sizes, one longer than the kernel takes at once (the JS loop runs it).
      for (const size of [65_536, 997, 7, (1 << 18) + 5]) {
        // Tiny windows over the head only: millions of calls otherwise.
        const length = size < 100 ? Math.min(log.length, 20_000) : log.length;
        for (let s = 0; s < length; s += size) {
          const e = Math.min(length, s + size);
          const expected = hitsOf(plain, log, s, e);
          if (!same(hitsOf(kernel, log, s, e), expected)) expect.fail(`window [${s}, ${e}) of ${size}`);
          if (size === 65_536) total += expected.length / 3;
        }
      }
    }
    expect(total).toBeGreaterThan(10_000);
  });

  it('finds the same on arbitrary bytes, at both ends of the run and across line breaks', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let round = 0; round < 50; round++) {
      const parts: Buffer[] = [];
      for (let j = 0; j < 200; j++) {
        const r = random() % 4;
        if (r === 0) parts.push(Buffer.from(stems[random() % stems.length]!, 'utf8'));
        else if (r === 1) parts.push(Buffer.from([random() & 255, random() & 255]));
        else if (r === 2) parts.push(Buffer.from(random() % 2 ? '\r\n' : '\n'));
        else parts.push(Buffer.from('Error: ail rror ##[ \u001b[31m'));
      }
      const bytes = Buffer.concat(parts);
      for (const [s, e] of [
        [0, bytes.length],
        [1, bytes.length - 1],
        [5, 8],
        [0, 3],
      ] as const)
        expect(
          same(hitsOf(kernel, bytes, s, e), hitsOf(plain, bytes, s, e)),
          `round ${round} [${s}, ${e})`,
        ).toBe(true);
    }
  });
});

describe('StemIndex.scan beyond the kernel’s layout', () => {
  it('finds stems that share one key more than the kernel holds (the JavaScript loop runs)', () => {
    // Ten stems keyed by their rarest three bytes, the same `Q#!` for all.
    const many = [...'abcdefghij'].map((c) => `Q#!${c}`);
    const index = new StemIndex(many);
    const line = Buffer.from('x Q#!a Q#!j Q#!z Q#!');
    expect(Array.from(hitsOf(index, line, 0, line.length))).toEqual([2, 2, 0, 7, 7, 9]);
    expect(
      same(
        hitsOf(index, line, 0, line.length),
        hitsOf(new StemIndex(many, undefined, { kernel: false }), line, 0, line.length),
      ),
    ).toBe(true);
  });
});

describe('a line’s share of its window’s stems', () => {
  it('gives each line the candidates a scan of that line alone gives, cut lines included', () => {
    const index = new StemIndex(stems, tags);
    const hits = new StemHits();
    let lines = 0;
    let withCandidates = 0;
    let cut = 0;
    for (const log of recordedLogs()) {
      // Short lines: many are cut, and stems past the cut must not count.
      const splitter = new LineSplitter({ maxLineBytes: 60 });
      for (const batch of [splitter.push(log), splitter.end()]) {
        const n = batch.starts.length;
        if (n === 0) continue;
        cut += batch.truncated.length;
        index.scan(batch.bytes, batch.starts[0]!, batch.ends[n - 1]!, hits);
        let k = 0;
        for (let i = 0; i < n; i++) {
          const start = batch.starts[i]!;
          const end = batch.ends[i]!;
          while (k < hits.count && hits.key[k]! < start) k++;
          const first = k;
          while (k < hits.count && hits.key[k]! < end) k++;
          const expected = rules.candidatesIn(batch.bytes, start, end).map((r) => r.id);
          const got = rules.candidatesOf(hits, first, k, start, end, batch.bytes).map((r) => r.id);
          expect(got, JSON.stringify(batch.bytes.toString('utf8', start, end))).toEqual(expected);
          lines++;
          if (expected.length > 0) withCandidates++;
        }
      }
    }
    expect(lines).toBeGreaterThan(30_000);
    expect(withCandidates).toBeGreaterThan(3_000);
    expect(cut).toBeGreaterThan(10_000);
  });
});

/** The analysis without its timing, for comparing. */
function result(a: Analysis): unknown {
  const { durationMs: _, bytes: __, ...stats } = a.stats;
  return { ...a, stats };
}

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('Scanner over windows of lines', () => {
  it('ignores a stem past a cut line’s end, as if the line ended there', async () => {
    const long = `${'word '.repeat(3300)}Error: only in the cut-off tail`;
    const head = splitText(long)[0]!;
    expect(head.length).toBeLessThan(long.length);
    expect(head).not.toContain('Error');
    const before = 'step 1\nnpm ERR! code E404\n';
    const after = '\nall done\nProcess completed with exit code 1.\n';
    const cut = await analyzeLog(before + long + after);
    const reference = await analyzeLog(before + head + after);
    expect(result(cut)).toEqual(result(reference));
    expect(cut.findings.some((f) => f.excerpt.some((l) => l.text.includes('cut-off tail')))).toBe(false);
  });

  it('finds the same whatever the chunks and windows, with \\r\\n line ends too', async () => {
    // Longer than a window (64 KiB), with escapes, runner commands and `Post job` lines.
    const lines: string[] = [];
    for (let i = 1; i <= 6000; i++) {
      const t = `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.0000000Z `;
      if (i % 1999 === 0) lines.push(`${t}##[error]Process completed with exit code 2.`);
      else if (i % 701 === 0) lines.push(`${t}Post job cleanup.`);
      else if (i % 97 === 0) lines.push(`${t}\u001b[31mError: case ${i} failed\u001b[0m`);
      else if (i % 89 === 0) lines.push(`${t}##[group]Run step ${i}`);
      else if (i % 61 === 0) lines.push(`${t}  at com.example.Case${i}.run(Case.java:${i})`);
      else if (i % 53 === 0) lines.push(`${t}FAIL src/case${i}.test.ts`);
      else if (i % 47 === 0) lines.push(`${t}✖ case ${i} failed: expected “é” got \u{fffd}`);
      else lines.push(`${t}line ${i} available, nothing failed here`);
    }
    // Invalid UTF-8 (a lone continuation byte, a cut sequence) before an anchor on one line.
    const text = Buffer.from(
      `${lines.join('\n')}\n`.replace('line 5 available', 'line 5 \u0000\u0001 Error:'),
    );
    text[text.indexOf('\u0000')] = 0x80;
    text[text.indexOf('\u0001')] = 0xe2;
    const whole = result(await analyzeLog(text));
    expect((whole as Analysis).findings.length).toBeGreaterThan(0);
    for (const size of [1, 7, 4096, 100_000])
      expect(result(await analyzeLog(chunks(text, size))), `chunks of ${size}`).toEqual(whole);
    const crlf = Buffer.from(`${lines.join('\r\n')}\r\n`);
    expect(result(await analyzeLog(chunks(crlf, 4093))), 'with \\r\\n').toEqual(whole);
  });

  it('decides on a line without an anchor as the full path does (escapes, ##[ and Post job included)', async () => {
    // A user rule sends every line down the full path (decoded, cleaned, matched); one that never
    // matches must change nothing, so the shortcut for lines holding a stem and no anchor agrees.
    const never: UserRule = { id: 'never', category: 'unknown', confidence: 0.5, match: () => undefined };
    let compared = 0;
    for (const log of recordedLogs().slice(0, 30)) {
      const plain = await analyzeLog(log);
      const full = await analyzeLog(log, { userRules: [never] });
      expect(result(full)).toEqual(result(plain));
      compared++;
    }
    const markup = [
      '2024-01-01T00:00:00.0000000Z \u001b[36;1mnpm test\u001b[0m',
      '2024-01-01T00:00:01.0000000Z available tail',
      '2024-01-01T00:00:02.0000000Z ##[error]Process completed with exit code 1.',
      '2024-01-01T00:00:03.0000000Z Post job cleanup.',
      '2024-01-01T00:00:04.0000000Z \u001b[31mError: coloured\u001b[0m',
      '2024-01-01T00:00:05.0000000Z Error: plain, after an escape earlier in the batch',
      // Colour codes inside the anchor: only the cleaned line holds `npm ERR!`.
      '2024-01-01T00:00:06.0000000Z \u001b[31mnpm ERR\u001b[0m! code E404',
      '2024-01-01T00:00:07.0000000Z ##[error]Process completed with exit code 1.',
    ].join('\n');
    const analysis = await analyzeLog(markup);
    expect(result(await analyzeLog(markup, { userRules: [never] }))).toEqual(result(analysis));
    // Alone, that line is the finding: its anchor was found in the cleaned text.
    const split = await analyzeLog(
      [
        '2024-01-01T00:00:00.0000000Z \u001b[31mnpm ERR\u001b[0m! code E404',
        '2024-01-01T00:00:01.0000000Z ##[error]Process completed with exit code 1.',
      ].join('\n'),
    );
    expect(split.findings[0]?.excerpt.map((l) => l.text)).toContain('npm ERR! code E404');
    expect(compared).toBe(30);
  });
});
