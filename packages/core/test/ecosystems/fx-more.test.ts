import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * What the analyzer makes of real output of GoogleTest/Catch2, OCaml, D, Nim, Fortran, Crystal
 * and Haxe, and of the Python, Go, Rust and Java tools it already had rules for (recorded by
 * scripts/src/fixtures/generate.ts). Only the `tune` cases are asserted: the held-out ones
 * measure the rules, they do not shape them.
 */
const NEW = ['cpp-test', 'ocaml', 'd', 'nim', 'fortran', 'crystal', 'haxe', 'elm'];
const KNOWN = ['python', 'go', 'rust', 'java'];
const ECOSYSTEMS = new Set([...NEW, ...KNOWN]);
const cases = listEcosystemCases().filter((c) => ECOSYSTEMS.has(c.ecosystem));
const tune = cases.filter((c) => c.split === 'tune');

/**
 * A Go panic keeps its goroutine dump: the CiDiff ground truth marks the whole dump as the
 * failure, so this one case may show more than 15 lines (the panic line is still shown).
 */
const LONGER = new Map([['go/test-panic', 25]]);

describe('GoogleTest/Catch2, OCaml, D, Nim, Fortran, Crystal, Haxe, Python, Go, Rust and Java recordings', () => {
  it('has recordings of each ecosystem to tune on', () => {
    // elm fetches its package list before it compiles anything: offline, only failures that come
    // before that (a broken elm.json, the fetch itself) can be recorded.
    for (const eco of ECOSYSTEMS)
      expect(tune.filter((c) => c.ecosystem === eco).length, eco).toBeGreaterThanOrEqual(
        eco === 'elm' ? 2 : 3,
      );
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (id, c) => {
      await expectReasonShown(c, LONGER.get(id) ?? 15);
    },
  );
});
