import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CI_WRAP_FORMATS, shiftGold, wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { listCases } from '../../fixtures/src/cidiff.js';
import { type EcosystemCase, listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { builtinRuleSet, builtinRuleSetWithout } from '../src/analyzer/builtin-rules.js';
import {
  FALLBACK_MAX_LINES,
  mayBeat,
  scoreBound,
  scoreLine,
  TOP_CANDIDATES,
} from '../src/analyzer/fallback.js';
import { Scanner } from '../src/analyzer/scan.js';
import { cleanLine, detectFormat, stripAnsi } from '../src/log/clean.js';
import { LineSplitter } from '../src/log/lines.js';

/**
 * The fallback on real tool output (packages/fixtures/ecosystems, recorded by
 * `pnpm fixtures:generate`), with the rules that know each tool removed, so the fallback alone has
 * to find the failure, as it must for a tool we have never seen.
 */

const cases = new Map(listEcosystemCases().map((c) => [c.id, c]));

function recording(id: string): EcosystemCase {
  const c = cases.get(id);
  if (!c) throw new Error(`no recording ${id}`);
  return c;
}

function textOf(c: EcosystemCase): string {
  return readFileSync(c.log, 'utf8');
}

/** Built-in rules matching a line of the text, less the CI-level and tool-independent ones. */
function rulesFor(text: string): string[] {
  const rules = builtinRuleSet();
  const ids = new Set<string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = stripAnsi(raw);
    for (const hit of rules.match(Buffer.from(line, 'utf8').toString('latin1'), line))
      if (!['runner', 'jenkins', 'any'].includes(hit.rule.tool)) ids.add(hit.rule.id);
  }
  return [...ids];
}

function shown(a: Analysis): number[] {
  const out = new Set<number>();
  for (const f of a.findings) for (const r of f.lines) for (let n = r.start; n <= r.end; n++) out.add(n);
  return [...out].sort((x, y) => x - y);
}

async function withoutItsRules(c: EcosystemCase, text = textOf(c)): Promise<Analysis> {
  return analyzeLog(text, { withoutRules: rulesFor(textOf(c)) });
}

function lineNo(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in the recording`);
  return i + 1;
}

describe('scored fallback on tools with no rule (real recordings, rules removed)', () => {
  // Tune-split cases only: the held-out ones measure the fallback in `pnpm bench:analysis`.
  const ids = [
    'c/ctest-failed',
    'erlang/rebar3-eunit-assert',
    'latex/undefined-cs',
    'lua/busted-same',
    'perl/prove-is',
    'php/phpunit-count',
    'r/rcmdcheck-tests',
    'ruby/minitest-rake',
    'shell/bats-status',
  ];

  it.each(ids)('%s: a gold line is shown, in at most 15 lines, with an honest confidence', async (id) => {
    const c = recording(id);
    expect(c.split).toBe('tune');
    const a = await withoutItsRules(c);
    const lines = shown(a);
    expect(lines.some((n) => c.gold.has(n))).toBe(true);
    const fallback = a.findings.find((f) => f.rule === 'fallback');
    expect(fallback).toBeDefined();
    expect(fallback!.excerpt.length).toBeLessThanOrEqual(FALLBACK_MAX_LINES);
    expect(fallback!.confidence).toBeLessThanOrEqual(0.3);
  });

  it('beats the old tail fallback on the same cases', async () => {
    let scored = 0;
    let tail = 0;
    for (const id of ids) {
      const c = recording(id);
      const without = rulesFor(textOf(c));
      const s = await analyzeLog(textOf(c), { withoutRules: without });
      const t = await analyzeLog(textOf(c), { withoutRules: without, fallback: 'tail' });
      if (shown(s).some((n) => c.gold.has(n))) scored += 1;
      if (shown(t).some((n) => c.gold.has(n))) tail += 1;
    }
    expect(scored).toBe(ids.length);
    expect(tail).toBeLessThan(scored);
  });

  it('CTest: shows the failing assertion, not the pass line, the percentage summary or the timing', async () => {
    const c = recording('c/ctest-failed');
    const text = textOf(c);
    const lines = shown(await withoutItsRules(c));
    expect(lines).toContain(lineNo(text, 'test_wrap.c:9: oldest element: expected 3, got 6'));
    expect(lines).not.toContain(lineNo(text, 'Test #1: push'));
    expect(lines).not.toContain(lineNo(text, '50% tests passed'));
    expect(lines).not.toContain(lineNo(text, 'Total Test time'));
  });

  it('PHPUnit: shows the failed assertion, not the progress bar, the timing or the closing count', async () => {
    const c = recording('php/phpunit-count');
    const text = textOf(c);
    const a = await withoutItsRules(c);
    const lines = shown(a);
    expect(lines).toContain(lineNo(text, 'Failed asserting that actual size'));
    expect(lines).not.toContain(lineNo(text, '(100%)'));
    expect(lines).not.toContain(lineNo(text, 'Time: '));
    expect(lines).not.toContain(lineNo(text, 'Tests: '));
    expect(a.findings[0]!.keyLine).toMatch(/Failed asserting/);
  });

  it('prove: the failed test and its got/expected, not the summary report or the wallclock line', async () => {
    const c = recording('perl/prove-is');
    const text = textOf(c);
    const lines = shown(await withoutItsRules(c));
    expect(lines).toContain(lineNo(text, "Failed test 'leading and trailing separators are dropped'"));
    expect(lines).toContain(lineNo(text, "got: '-trim-me-'"));
    expect(lines).not.toContain(lineNo(text, 'Test Summary Report'));
    expect(lines).not.toContain(lineNo(text, 'wallclock secs'));
    expect(lines).not.toContain(lineNo(text, 'Result: FAIL'));
  });

  it('a second failing test is shown too, within the line budget', async () => {
    const c = recording('php/phpunit-multiple');
    const text = textOf(c);
    const lines = shown(await analyzeLog(text, { withoutRules: rulesFor(text) }));
    expect(lines).toContain(lineNo(text, 'Failed asserting that 23.0 matches expected 32.0.'));
    expect(lines).toContain(lineNo(text, 'Failed asserting that 203.0 matches expected 212.0.'));
    expect(lines.length).toBeLessThanOrEqual(FALLBACK_MAX_LINES);
  });

  it('joins a finding made only by a tag-level rule (`Error: Test failures`) with the failing test', async () => {
    const c = recording('r/rcmdcheck-tests');
    const text = textOf(c);
    const a = await withoutItsRules(c);
    expect(a.findings.some((f) => f.rule === 'generic.error-prefix')).toBe(true);
    const fallback = a.findings.find((f) => f.rule === 'fallback');
    expect(fallback?.excerpt.map((l) => l.no)).toContain(lineNo(text, "── Failure ('test-add.R:2'): adds"));
  });

  it('a strong failure line leads a finding made only by a tag-level rule; a medium one follows it', async () => {
    const strong = await analyzeLog(['Error: build step 3', 'parses dates ✘'].join('\n'));
    expect(strong.findings.map((f) => f.rule)).toEqual(['fallback', 'generic.error-prefix']);
    const medium = await analyzeLog(['Error: build step 3', 'could not parse dates'].join('\n'));
    expect(medium.findings.map((f) => f.rule)).toEqual(['generic.error-prefix', 'fallback']);
  });

  it('finds the failure inside a Jenkins job log around it', async () => {
    const c = recording('lua/busted-same');
    const wrapped = wrapInCi('jenkins', { command: c.command, output: textOf(c), exit: c.exit });
    const gold = shiftGold(c.gold, wrapped);
    const a = await withoutItsRules(c, wrapped.text);
    expect(shown(a).some((n) => gold.has(n))).toBe(true);
  });
});

describe('never zero lines', () => {
  it('every recording, raw and in three CI formats, with all its rules removed, shows lines', async () => {
    for (const c of cases.values()) {
      const text = textOf(c);
      const without = rulesFor(text);
      for (const format of ['raw', 'travis', 'gitlab', 'jenkins'] as const) {
        const log =
          format === 'raw' ? text : wrapInCi(format, { command: c.command, output: text, exit: c.exit }).text;
        const a = await analyzeLog(log, { withoutRules: without });
        expect(shown(a).length, `${c.id} ${format}`).toBeGreaterThan(0);
      }
    }
    // Hundreds of analyses, each with its own reduced rule set: slow on a shared machine.
  }, 180_000);

  it('output with no failure vocabulary at all still shows its last lines', async () => {
    const a = await analyzeLog('building\nlinking the widget\nthe cake is a lie\n');
    expect(shown(a)).toEqual([1, 2, 3]);
    expect(a.findings[0]!.rule).toBe('fallback');
  });

  const github = (lines: string[]) => lines.map((l) => `2024-01-01T00:00:00.0000000Z ${l}`).join('\n');

  it('a step that failed without printing a word shows its command and exit-code line, not the group markers', async () => {
    const a = await analyzeLog(
      github([
        '##[group]Run ./deploy.sh',
        './deploy.sh',
        '##[endgroup]',
        '##[error]Process completed with exit code 3.',
      ]),
    );
    expect(shown(a)).toEqual([2, 4]);
    expect(a.findings[0]!.facts?.exitCode).toBe(3);
  });

  it('output the green run printed too is still shown when nothing else is there', async () => {
    const log = github([
      '##[group]Run ./deploy.sh',
      './deploy.sh',
      '##[endgroup]',
      'uploading',
      'the cake is a lie',
      '##[error]Process completed with exit code 3.',
    ]);
    const a = await analyzeLog(log, { baseline: log });
    expect(shown(a)).toEqual([4, 5]);
    expect(a.confidence).toBeLessThanOrEqual(0.3);
  });

  it('output whose only failure words are noise still shows lines', async () => {
    const a = await analyzeLog(
      ['ok 1 - error handling', 'ok 2 - fails gracefully', '0 errors, 0 failures', 'done'].join('\n'),
    );
    expect(shown(a).length).toBeGreaterThan(0);
  });
});

describe('scoreLine', () => {
  it('scores failure statements above their detail, and their detail above nothing', () => {
    const reason = scoreLine("#   Failed test 'math works'").score;
    const tap = scoreLine('not ok 2 - math works').score;
    const detail = scoreLine("#          got: '4'").score;
    expect(reason).toBeGreaterThan(detail);
    expect(tap).toBeGreaterThan(detail);
    expect(detail).toBeGreaterThan(0);
    expect(scoreLine('Compiling calc').score).toBe(0);
  });

  it('words, not substrings: "tail", "available" and "errorless" hold no failure', () => {
    expect(scoreLine('tail -n 20 build.log').score).toBe(0);
    expect(scoreLine('3 updates available').score).toBe(0);
    expect(scoreLine('an errorless run').score).toBe(0);
  });

  it('passing tests, zero counts and CI verdicts score nothing', () => {
    expect(scoreLine('ok 3 - error handling').score).toBe(0);
    expect(scoreLine('✓ rejects invalid input with an error').score).toBe(0);
    expect(scoreLine('PASSED tests/test_errors.py::test_raise').score).toBe(0);
    expect(scoreLine('Found 0 errors in 12 files').score).toBe(0);
    expect(scoreLine('Failures: 0, Errors: 0').score).toBe(0);
    expect(scoreLine('Finished: FAILURE').score).toBe(0);
    expect(scoreLine('The command "make test" exited with 2.').score).toBe(0);
  });

  it('coverage rows, progress, timing and download chatter weigh far less than the same words elsewhere', () => {
    const plain = scoreLine('src/errors.php: failed to load').score;
    expect(scoreLine('src/errors.php        |   41.18 |    25.00 |   50.00 |   41.18 |').score).toBeLessThan(
      plain * 0.2,
    );
    expect(scoreLine('All files |   85.71 |   50 | 100 | 85.71 | error.js').score).toBeLessThan(plain * 0.2);
    expect(scoreLine('[=====>      ] 45% fetching error-codes').score).toBeLessThan(plain * 0.3);
    expect(scoreLine('Downloading error-prone-2.10.0.jar').score).toBeLessThan(plain * 0.3);
    expect(scoreLine('Time: 00:00.011, failed tests took 3 s').score).toBeLessThan(plain * 0.3);
  });

  it('a closing summary counts, but less than a reason', () => {
    const summary = scoreLine('Tests: 3, Assertions: 3, Failures: 2.');
    expect(summary.summary).toBe(true);
    expect(summary.score).toBeLessThan(scoreLine('Failed asserting that 2 is identical to 1.').score);
  });
});

describe('bounded memory', () => {
  it('keeps at most TOP_CANDIDATES scored lines with small context, and a window of 200 lines', () => {
    const scanner = new Scanner(builtinRuleSet());
    const splitter = new LineSplitter();
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++)
      lines.push(i % 3 === 0 ? `case ${i}: assertion failed at t/case.t line ${i}` : `step ${i} running`);
    for (let i = 0; i < lines.length; i += 1000) {
      const batch = splitter.push(`${lines.slice(i, i + 1000).join('\n')}\n`);
      if (batch.starts.length > 0) scanner.push(batch);
    }
    const last = splitter.end();
    if (last.starts.length > 0) scanner.push(last);
    const result = scanner.finish();
    const kept = result.tails.flatMap((t) => [...t.lines, ...t.candidates.flatMap((c) => c.lines)]);
    for (const t of result.tails) {
      expect(t.candidates.length).toBeLessThanOrEqual(TOP_CANDIDATES);
      expect(t.lines.length).toBeLessThanOrEqual(200);
      for (const c of t.candidates) expect(c.lines.length).toBeLessThanOrEqual(11);
    }
    expect(kept.length).toBeLessThan(600);
  });
});

describe('leave-one-ecosystem-out', () => {
  it('withoutRules removes rules by id, tool or id prefix, and nothing else', () => {
    const all = builtinRuleSet().rules;
    const without = builtinRuleSetWithout(['cc', 'make.error', 'ld']).rules;
    expect(without.some((r) => r.id.startsWith('cc.'))).toBe(false);
    expect(without.some((r) => r.id === 'make.error')).toBe(false);
    expect(without.some((r) => r.tool === 'ld')).toBe(false);
    const removed = all.filter((r) => !without.includes(r));
    expect(removed.length).toBeGreaterThan(0);
    for (const r of removed)
      expect(r.id.startsWith('cc.') || r.id === 'make.error' || r.tool === 'ld' || r.tool === 'cc').toBe(
        true,
      );
  });

  it('a gcc error is found by its rule, and by the fallback once the rule is gone', async () => {
    const c = recording('c/gcc-undeclared');
    const text = textOf(c);
    const withRules = await analyzeLog(text);
    expect(withRules.findings[0]!.rule).not.toBe('fallback');
    const without = await analyzeLog(text, { withoutRules: rulesFor(text) });
    expect(without.findings.some((f) => f.rule === 'fallback')).toBe(true);
    expect(shown(without).some((n) => c.gold.has(n))).toBe(true);
  });
});

describe('scoreBound, the cheap test that lets the scanner skip scoring a line', () => {
  // Every recorded log: the CiDiff failing and passing logs, every ecosystem recording raw and in
  // every CI wrapper, and the real CI logs.
  function* recordedLogs(): Generator<[string, Buffer]> {
    for (const c of listCases()) {
      yield [c.failLog, readFileSync(c.failLog)];
      yield [c.passLog, readFileSync(c.passLog)];
    }
    for (const c of listEcosystemCases()) {
      const text = textOf(c);
      yield [c.id, Buffer.from(text)];
      for (const f of CI_WRAP_FORMATS)
        yield [
          `${c.id} in ${f}`,
          Buffer.from(wrapInCi(f, { command: c.command, output: text, exit: c.exit }).text),
        ];
    }
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)],
      );
    for (const f of walk(fileURLToPath(new URL('../../fixtures/ci', import.meta.url))))
      if (!f.endsWith('.md')) yield [f, readFileSync(f)];
  }

  const FLOORS = [0.3, 0.55, 0.7000000000000001, 0.8, 0.8 + 0.15];
  const t0 = (text: string, format: ReturnType<typeof detectFormat>) =>
    cleanLine(text, format).text.slice(0, 2000);

  it('is at least what scoreLine gives, on every line of every recorded log, raw or cleaned', () => {
    const wrong: string[] = [];
    const scores = new Set<number>();
    let lines = 0;
    for (const [name, bytes] of recordedLogs()) {
      const texts = bytes.toString('utf8').split(/\r?\n/);
      const format = detectFormat(texts.slice(0, 50));
      const raws = bytes.toString('latin1').split(/\r?\n/);
      texts.forEach((text, i) => {
        // The scanner bounds the raw bytes (a latin1 view) and scores the cleaned, clipped text;
        // lines over the length limit are never scored once a list is full.
        const raw = raws[i] ?? '';
        if (raw.length > 1000) return;
        lines++;
        const bound = scoreBound(raw);
        for (const t of [text, cleanLine(text, format).text.slice(0, 2000)]) {
          const s = scoreLine(t).score;
          scores.add(s);
          if (s > bound) wrong.push(`${name}:${i + 1} bound ${bound} < score ${s}: ${JSON.stringify(t)}`);
        }
        // Scoring that stops once the line cannot beat a floor gives the same answer above it, and
        // under it never claims more.
        const full = scoreLine(t0(text, format));
        for (const floor of FLOORS) {
          const cut = scoreLine(t0(text, format), floor);
          if (full.score > floor ? JSON.stringify(cut) !== JSON.stringify(full) : cut.score > floor)
            wrong.push(`${name}:${i + 1} over ${floor}: ${JSON.stringify(cut)} vs ${JSON.stringify(full)}`);
        }
      });
    }
    expect(lines).toBeGreaterThan(100_000);
    expect(wrong.slice(0, 5)).toEqual([]);
    // The bound is tight: the best score a line can get is reached, with and without a location.
    expect(scores).toContain(scoreBound('Error: x at a.ts:1'));
    expect(scores).toContain(scoreBound('Error: x'));
  });

  it('mayBeat answers as the bound does, at every score a line got', () => {
    const view = [
      'Error: boom',
      'FAILED src/a.py:12: assert 1 == 2',
      'warning: x',
      `Error ${'x'.repeat(1200)}`,
    ].join('\n');
    const bytes = Buffer.from(view, 'latin1');
    let start = 0;
    for (const line of view.split('\n')) {
      const end = start + line.length;
      for (const worst of [0, 0.3, 0.55, 0.7000000000000001, 0.8, 0.9, 0.8 + 0.15, 1]) {
        const expected = worst <= 0 || scoreBound(line) > worst;
        expect(mayBeat(bytes, start, end, worst), `${line.slice(0, 40)} over ${worst}`).toBe(expected);
      }
      start = end + 1;
    }
  });
});
