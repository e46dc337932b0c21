import { describe, expect, it } from 'vitest';
import { builtinRuleSet } from '../../src/analyzer/builtin-rules.js';
import { FALLBACK_STEMS } from '../../src/analyzer/fallback.js';
import { type Rule, RuleSet, STEMS, StemHits, StemIndex } from '../../src/analyzer/rule.js';
import { seededRandom as random } from '../seeded-random.js';

/**
 * RuleSet.candidatesIn (stem occurrences, anchors split by the characters on both sides of their
 * stem, a lone anchor's list handed out as it is) must give exactly what the anchors' alternation
 * (`candidates(view)`) gives, in the same order, for any bytes: random lines made of anchors, their
 * pieces, stems, the characters anchors have beside their stems, line ends and non-ASCII bytes.
 */

const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const ids = (list: readonly Rule[]) => list.map((r) => r.id);

/** Fragments lines are made of, as latin1 strings (one character per byte). */
function fragments(rules: RuleSet, stems: readonly string[]): string[] {
  const anchors = [...new Set(rules.rules.flatMap((r) => r.anchors))].map(latin1);
  const out = new Set<string>();
  for (const a of anchors) {
    out.add(a);
    // Pieces: an anchor cut short on either side still holds its stem, not the anchor.
    if (a.length > 2) {
      out.add(a.slice(1));
      out.add(a.slice(0, -1));
      out.add(a.slice(0, Math.ceil(a.length / 2)));
      out.add(a.slice(Math.floor(a.length / 2)));
    }
  }
  for (const s of stems.map(latin1)) {
    out.add(s);
    // A stem with each character some anchor has just before or after it.
    for (const a of anchors) {
      const k = a.indexOf(s);
      if (k > 0) out.add(a[k - 1]! + s);
      if (k >= 0 && k + s.length < a.length) out.add(s + a[k + s.length]!);
    }
  }
  for (const c of [
    ' ',
    '\t',
    '\r',
    ':',
    '[',
    ']',
    '>',
    'x',
    'E',
    'e',
    '\u0000',
    '\u00e2',
    '\u0094',
    '\u00ff',
    '\u0080',
  ])
    out.add(c);
  return [...out];
}

function randomLine(next: () => number, parts: readonly string[]): string {
  const count = 1 + Math.floor(next() * 6);
  let line = '';
  for (let i = 0; i < count; i++) {
    if (next() < 0.2) line += String.fromCharCode(Math.floor(next() * 256));
    else line += parts[Math.floor(next() * parts.length)]!;
  }
  return line;
}

/**
 * Checks `rules` on `lines`: candidatesIn on the line alone, on the line inside other bytes (which
 * must not count, neither as a stem nor as the character beside one), and candidatesOf from one
 * stem scan over all the lines joined. Returns how many lines held a candidate.
 */
function check(rules: RuleSet, lines: readonly string[], index: StemIndex = rules.stems): number {
  const joined = Buffer.from(lines.join('\n'), 'latin1');
  const hits = new StemHits();
  index.scan(joined, 0, joined.length, hits);
  let k = 0;
  let at = 0;
  let held = 0;
  for (const line of lines) {
    const expected = ids(rules.candidates(line));
    if (expected.length > 0) held++;
    const bytes = Buffer.from(line, 'latin1');
    expect(ids(rules.candidatesIn(bytes, 0, bytes.length)), JSON.stringify(line)).toEqual(expected);
    // Stems and anchor characters just outside [start, end) are not the line's.
    const framed = Buffer.from(`rror ail: >${line}Error: x`, 'latin1');
    expect(ids(rules.candidatesIn(framed, 11, 11 + bytes.length)), JSON.stringify(line)).toEqual(expected);
    // The scanner's way: the stems of a window of lines, then each line's share of them.
    const start = at;
    const end = at + bytes.length;
    while (k < hits.count && hits.key[k]! < start) k++;
    let last = k;
    while (last < hits.count && hits.key[last]! < end) last++;
    expect(ids(rules.candidatesOf(hits, k, last, start, end, joined)), JSON.stringify(line)).toEqual(
      expected,
    );
    at = end + 1;
  }
  return held;
}

describe('RuleSet.candidatesIn on random lines', () => {
  it('gives the alternation’s candidates, in its order, with the built-in rules', () => {
    const rules = builtinRuleSet();
    const parts = fragments(rules, STEMS);
    const next = random(21);
    const lines = Array.from({ length: 20000 }, () => randomLine(next, parts));
    // Most lines hold some anchor, many several: the comparison is not of empty lists.
    expect(check(rules, lines)).toBeGreaterThan(10000);
  });

  it('gives them from the scanner’s stem scan too, whose index adds the fallback’s stems after the rules’', () => {
    const rules = builtinRuleSet();
    const index = new StemIndex([...rules.stemList, ...FALLBACK_STEMS]);
    const parts = fragments(rules, [...STEMS, ...FALLBACK_STEMS]);
    const next = random(2121);
    const lines = Array.from({ length: 5000 }, () => randomLine(next, parts));
    expect(check(rules, lines, index)).toBeGreaterThan(2000);
  });

  it('gives the alternation’s candidates with small rule sets whose anchors share stems and sides', () => {
    const rule = (id: string, anchors: string[]): Rule => ({
      id,
      tool: 't',
      anchors,
      pattern: /x/,
      role: 'error',
      weight: 0.5,
    });
    const sets: Array<{ stems: string[]; rules: Rule[] }> = [
      {
        // One stem, anchors on both sides, one side only, the stem alone; prefixes of each other.
        stems: ['rror'],
        rules: [
          rule('a', ['Error', 'error:']),
          rule('b', ['Error:', ' error']),
          rule('c', ['rror']),
          rule('d', ['[Error] ', 'Error: ', 'rror: ']),
          rule('e', ['xErrorx', 'ErrorE', 'errors']),
          rule('f', ['Error', 'Errors']),
        ],
      },
      {
        // Anchors holding two stems; the same anchor for several rules; a rule naming an anchor twice.
        stems: ['ail', 'ed:', '==>'],
        rules: [
          rule('g', ['failed:', 'Failed:', 'failed:']),
          rule('h', ['failed:', 'ail']),
          rule('i', ['ed: ', 'Failed', '==> ']),
          rule('j', ['==> X ', '==>', 'X ==> ail']),
          rule('k', ['tailed:', 'mailed:', 'ailed:']),
        ],
      },
      {
        // Non-ASCII anchors and stems (their UTF-8 bytes), a stem inside another's anchors.
        stems: ['✖ ', '│ ', 'ERR'],
        rules: [
          rule('l', ['✖ fail', '✖ ', '│ ERR']),
          rule('m', ['│ ERROR: ', 'ERROR', ' ERR']),
          rule('n', ['ERR!', '✖ ERR', '│ ✖ ']),
        ],
      },
    ];
    sets.push({
      // Two anchors that start at one place, one the other's prefix, found from different stems
      // (the longer's first stem starts earlier but is found later): the alternation orders their
      // rules by the anchors' order, whichever stem is met first.
      stems: ['CDE', 'xCDEFG', 'rror', 'ed: Error'],
      rules: [
        rule('long', ['xxCDEFG']),
        rule('short', ['xxCDE']),
        rule('errors', ['failed: Errors']),
        rule('error', ['failed: Error']),
      ],
    });
    let held = 0;
    sets.forEach(({ stems, rules: list }, i) => {
      const rules = new RuleSet(list, stems);
      const parts = fragments(rules, stems);
      const next = random(100 + i);
      held += check(
        rules,
        Array.from({ length: 5000 }, () => randomLine(next, parts)),
      );
    });
    expect(held).toBeGreaterThan(5000);
  });
});

describe('RuleSet.candidatesIn on a line with more stems than its scratch space', () => {
  // A fork's test name can hold a stem thousands of times before the runner's own anchor.
  const rules = builtinRuleSet();
  const lines = [
    `[info] - should ${'rror'.repeat(1100)} *** FAILED ***`,
    `${'ail '.repeat(1500)}FAILED tests/test_x.py::test_y - assert 1 == 2`,
    `${'Error: '.repeat(2000)}`,
  ];

  it('still gives the alternation’s candidates', () => {
    for (const line of lines) {
      const expected = ids(rules.candidates(line));
      expect(expected.length, line.slice(-40)).toBeGreaterThan(0);
      const bytes = Buffer.from(line, 'latin1');
      expect(ids(rules.candidatesIn(bytes, 0, bytes.length)), line.slice(-40)).toEqual(expected);
      const hits = new StemHits();
      rules.stems.scan(bytes, 0, bytes.length, hits);
      expect(ids(rules.candidatesOf(hits, 0, hits.count, 0, bytes.length, bytes)), line.slice(-40)).toEqual(
        expected,
      );
    }
  });

  it('so the failed test on it is still recognised', async () => {
    const { analyzeLog } = await import('../../src/analyzer/analyze.js');
    const a = await analyzeLog(`${lines[0]}\n[info]   1 did not equal 2 (A.scala:3)\n`);
    expect(a.findings[0]?.rule).toBe('scalatest.failed');
  });
});
