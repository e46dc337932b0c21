import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { builtinRuleSet } from '../../src/analyzer/builtin-rules.js';
import { FALLBACK_STEMS } from '../../src/analyzer/fallback.js';
import { StemIndex, stemKey } from '../../src/analyzer/rule.js';
import { Scanner } from '../../src/analyzer/scan.js';
import { FREQUENT_TRIGRAMS } from '../../src/analyzer/trigrams.js';
import { LineSplitter, splitText } from '../../src/log/lines.js';

/**
 * The scan's shortcuts (anchors narrowed by the character beside their stem, the second pass
 * starting at the first stem, the scanner's cleaned-line memory) must find exactly what the plain
 * ways find.
 */

const rules = builtinRuleSet();
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

function recordedLines(): string[] {
  const out: string[] = [];
  for (const c of listEcosystemCases()) out.push(...splitText(readFileSync(c.log)));
  const cidiff = path.resolve(import.meta.dirname, '../../../fixtures/cidiff');
  for (const e of readdirSync(cidiff, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .slice(0, 12))
    out.push(...splitText(readFileSync(path.join(cidiff, e.name, 'fail.log'))));
  return out;
}

describe('RuleSet.candidatesIn', () => {
  it('finds the rules the anchors’ alternation finds, in the same order, on every recorded line', () => {
    const lines = recordedLines();
    let withCandidates = 0;
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      const view = bytes.toString('latin1');
      const expected = ids(rules.candidates(view));
      expect(ids(rules.candidatesIn(bytes, 0, bytes.length)), line).toEqual(expected);
      if (expected.length > 0) withCandidates++;
    }
    // The recordings exercise it: thousands of lines hold an anchor.
    expect(withCandidates).toBeGreaterThan(2000);
  });

  it('compares anchors whose stem sits at the very start or end of the line', () => {
    // `rror` and `ail` have dozens of anchors, split by the character before or after the stem.
    for (const line of [
      'Error',
      'rror',
      'Error:',
      'error: x',
      'x error',
      ' error',
      'FileNotFoundError',
      'Failure',
      'ail',
      ' failed',
      'Failed tests:',
      'Tests in error:',
    ]) {
      const bytes = Buffer.from(line, 'utf8');
      const view = bytes.toString('latin1');
      expect(ids(rules.candidatesIn(bytes, 0, bytes.length)), line).toEqual(ids(rules.candidates(view)));
    }
    const hit = (line: string) => {
      const bytes = Buffer.from(line, 'utf8');
      return ids(rules.candidatesIn(bytes, 0, bytes.length));
    };
    expect(hit('FileNotFoundError').length).toBeGreaterThan(0);
    expect(hit('Failed tests:').length).toBeGreaterThan(0);
  });
});

describe('scan stems', () => {
  const has = (line: string) => {
    const bytes = Buffer.from(line, 'utf8');
    return rules.stems.has(bytes, 0, bytes.length);
  };
  const found = (line: string) => {
    const bytes = Buffer.from(line, 'utf8');
    return ids(rules.candidatesIn(bytes, 0, bytes.length));
  };

  it('do not stop on common words that hold no anchor', () => {
    for (const line of [
      'namespace App\\Http;',
      'Workspace: /home/runner/work',
      'Resolving deltas: 100% (10/10), done.',
      "const x = require('x');",
      'timeout: 30',
      '* checkout step',
      'see examples/basic',
    ])
      expect(has(line), line).toBe(false);
  });

  it('still find the anchors those words came from', () => {
    expect(found('write /tmp/x: No space left on device')).toContain('os.no-space');
    expect(found('You are running out of disk space.').length).toBeGreaterThan(0);
    expect(found('Because x depends on y, version solving failed.').length).toBeGreaterThan(0);
    expect(found('* checking for code/documentation mismatches ... WARNING')).toContain(
      'rcmdcheck.step-warning',
    );
    expect(found('3 examples, 1 failure')).toContain('rspec.summary');
    expect(found('dial tcp: i/o timeout').length).toBeGreaterThan(0);
    expect(found('Error: Timeout of 2000ms exceeded.')).toContain('mocha.timeout');
    expect(found('go: module example.com/x requires go >= 1.22').length).toBeGreaterThan(0);
    expect(found('no required module provides package example.com/y').length).toBeGreaterThan(0);
  });

  it('the fallback’s own stems are unchanged by the rules’ (a line only they hold is still scored)', () => {
    const index = new StemIndex([...rules.stemList, ...FALLBACK_STEMS]);
    const bytes = Buffer.from('the assertion did not hold');
    expect(index.has(bytes, 0, bytes.length)).toBe(true);
    expect(has('the assertion did not hold')).toBe(false);
  });
});

describe('Scanner', () => {
  it('shows each line with its own text, whichever path cleaned it first', () => {
    // Lines that rules look at (`Error:`), that only the fallback scores (`assertion`), and plain
    // ones, over many more lines than the scanner remembers, with verdicts that take tails.
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) {
      if (i % 997 === 0) lines.push(`Process completed with exit code ${i % 7}.`);
      else if (i % 13 === 0) lines.push(`\u001b[31mError: case ${i} broke\u001b[0m`);
      else if (i % 11 === 0) lines.push(`case ${i}: assertion did not hold`);
      else lines.push(`line ${i} ok`);
    }
    const scanner = new Scanner(rules);
    const splitter = new LineSplitter();
    for (let i = 0; i < lines.length; i += 300)
      scanner.push(splitter.push(`${lines.slice(i, i + 300).join('\n')}\n`));
    const result = scanner.finish();
    const shown = [
      ...result.blocks.flatMap((b) => b.lines),
      ...result.tails.flatMap((t) => [...t.lines, ...t.candidates.flatMap((c) => c.lines)]),
    ];
    expect(shown.length).toBeGreaterThan(200);
    const clean = (s: string) => s.replace(/\u001b\[\d+m/g, '');
    for (const l of shown) expect(l.text, `line ${l.no}`).toBe(clean(lines[l.no - 1]!));
    expect(result.tails.some((t) => t.candidates.length > 0)).toBe(true);
  });
});

describe('stem keys', () => {
  const rank = new Map<string, number>();
  for (let i = 0; i < FREQUENT_TRIGRAMS.length; i += 3) rank.set(FREQUENT_TRIGRAMS.slice(i, i + 3), i / 3);
  // Rarer is a higher rank; sequences outside the measured table are the rarest of all.
  const rarity = (t: string) => rank.get(t) ?? Number.POSITIVE_INFINITY;

  it("are each stem's rarest three bytes as measured on the recorded logs", () => {
    const worse: string[] = [];
    for (const stem of [...rules.stemList, ...FALLBACK_STEMS]) {
      const bytes = Buffer.from(stem, 'utf8').toString('latin1');
      const key = stemKey(stem);
      expect(bytes).toContain(key);
      for (let o = 0; o + 3 <= bytes.length; o++)
        if (rarity(bytes.slice(o, o + 3)) > rarity(key))
          worse.push(`${stem}: ${key} over ${bytes.slice(o, o + 3)}`);
    }
    expect(worse).toEqual([]);
  });

  it('no longer stop the scan on every assert, ::test or missing', () => {
    // Keyed by `sse`, `:te` and `sin` these were a quarter of the key hits on the benchmark log.
    expect(stemKey('ssert')).not.toBe('sse');
    expect(stemKey('::test')).not.toBe(':te');
    expect(stemKey('issing')).not.toBe('sin');
    for (const stem of ['ssert', '::test', 'issing']) expect(rarity(stemKey(stem))).toBeGreaterThan(100);
  });
});
