import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';

/**
 * What a finding shows on the recorded outputs (tune split): the failure's own lines, not what
 * surrounds them. A compiler's error is shown without the code excerpt and caret under it (or
 * GHC's "• In the expression" context), an exception without its call stack, and a run's closing
 * count ("2 examples, 1 failure", "test result: FAILED.") is not shown beside the failures it
 * counts. Precision is what the outside measure (the bare failure reason, ≤ 15 lines) rewards.
 */

const ECOSYSTEMS = new Set([
  'c',
  'cpp-test',
  'crystal',
  'd',
  'elixir',
  'erlang',
  'haskell',
  'js',
  'lua',
  'nim',
  'ocaml',
  'perl',
  'php',
  'r',
  'ruby',
  'rust',
  'shell',
]);

/** Rules whose finding is a compiler error or an exception message. */
const MESSAGE_RULES = new Set([
  'cc.error',
  'gdc.error',
  'ghc.error',
  'crystal.error',
  'tasty.fail',
  'alcotest.exception',
]);

// "    5 |   total++;", "      |   ^~~~~", GHC's "  |", a caret line alone, GHC's context bullets,
// Haskell's call stack, OCaml's "Raised at"/"Called from" frames.
const CONTEXT =
  /^\s*\d*\s+\|(?:\s|$)|^\s*[\^~][\^~-]*\s*$|^\s*• In |CallStack \(from HasCallStack\):|^\s+(?:Raised at|Called from) /;
const RUN_COUNT =
  /^\d+ examples?, \d+ failures?|^\d+ (?:runs|tests), \d+ assertions|^test result: FAILED\.|^\d+ successe?s? \/ \d+ failures? \/|^Total: \d+ warnings? \/|^rake aborted!$|^# Looks like you failed \d+ tests? of|had compilation errors\.$|: Executed \d+ of \d+ .*\(\d+ FAILED\)/;

const cases = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem) && c.split === 'tune');

describe('shown lines on recorded outputs (tune split)', () => {
  it('covers compiler errors and test runs of several ecosystems', async () => {
    let messages = 0;
    for (const c of cases) {
      const a = await analyzeFile(c.log);
      if (a.findings.some((f) => MESSAGE_RULES.has(f.rule))) messages += 1;
    }
    expect(messages).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(`${c.id}: no code excerpt under a compiler error, no run count beside the failures`, async () => {
      const a = await analyzeFile(c.log);
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
      // A run count may speak only when nothing else was recognised.
      if (a.findings.some((f) => f.rule !== 'fallback'))
        expect(shown.filter((t) => RUN_COUNT.test(t))).toEqual([]);
      for (const f of a.findings.filter((x) => MESSAGE_RULES.has(x.rule)))
        expect(f.excerpt.map((l) => l.text).filter((t) => CONTEXT.test(t))).toEqual([]);
    });
  }
});
