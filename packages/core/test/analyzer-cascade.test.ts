import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CI_WRAP_FORMATS, shiftGold, wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { type EcosystemCase, listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';

/**
 * The root cause, not its echo (issue 15): real recordings of a build that goes on after a file
 * failed to compile or parse (`cmake --build -k` then ctest, `php -l` then PHPUnit, `rebar3 xref`
 * then eunit, compileall then pytest), and of coverage gates that fail a green test run. Only the
 * `tune` cases are asserted; the held-out ones are measured by `pnpm bench:analysis`.
 */
const all = listEcosystemCases().filter((c) => c.ecosystem === 'cascade' || c.ecosystem === 'coverage-gate');
const tune = all.filter((c) => c.split === 'tune');
const byId = new Map(all.map((c) => [c.id, c]));

function tuneCase(id: string): EcosystemCase {
  const c = byId.get(id);
  if (!c) throw new Error(`no recording ${id}`);
  // Asserting a held-out case would tune the analyzer on it.
  expect(c.split, id).toBe('tune');
  return c;
}

const textOf = (c: EcosystemCase) => readFileSync(c.log, 'utf8');
const shownNos = (a: Analysis) => a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
const shownText = (a: Analysis) => a.findings.flatMap((f) => f.excerpt.map((l) => l.text));

describe('cascades and coverage gates, recorded', () => {
  it('has tune recordings of both', () => {
    expect(tune.filter((c) => c.ecosystem === 'cascade').length).toBeGreaterThanOrEqual(5);
    expect(tune.filter((c) => c.ecosystem === 'coverage-gate').length).toBeGreaterThanOrEqual(4);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: the lead finding shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      const a = await analyzeLog(textOf(c));
      const lead = a.findings[0]?.excerpt.map((l) => l.no) ?? [];
      expect(
        lead.some((n) => c.gold.has(n)),
        `lead ${lead.join(',')}; gold ${[...c.gold].join(',')}`,
      ).toBe(true);
      expect(shownNos(a).length).toBeLessThanOrEqual(15);
      expect(a.category).toBe(c.category);
    },
  );

  it.each(
    tune
      .filter((c) => c.ecosystem === 'cascade')
      .flatMap((c) => CI_WRAP_FORMATS.map((format) => [c.id, format, c] as const)),
  )('%s in a %s job: the cause still leads', async (_id, format, c) => {
    const wrapped = wrapInCi(format, { command: c.command, output: textOf(c), exit: c.exit });
    const gold = shiftGold(c.gold, wrapped);
    const a = await analyzeLog(wrapped.text);
    const lead = a.findings[0]?.excerpt.map((l) => l.no) ?? [];
    expect(
      lead.some((n) => gold.has(n)),
      `lead ${lead.join(',')}; gold ${[...gold].join(',')}`,
    ).toBe(true);
    expect(a.category).toBe(c.category);
  });
});

describe('the echo of a cause is not shown', () => {
  it('ctest does not lead with the test the build could not make', async () => {
    const a = await analyzeLog(textOf(tuneCase('cascade/cmake-ctest-not-run')));
    expect(a.findings[0]?.rule).toBe('cc.error');
    expect(a.findings[0]?.keyLine).toContain('error: no matching function for call to');
    expect(
      shownText(a).some((t) => t.includes('***Not Run') || t.includes('Could not find executable')),
    ).toBe(false);
  });

  it("PHPUnit's ParseError per test gives way to php -l's parse error", async () => {
    const a = await analyzeLog(textOf(tuneCase('cascade/php-parse-phpunit')));
    expect(a.findings[0]?.keyLine).toMatch(/^PHP Parse error: +syntax error/);
    expect(shownText(a).filter((t) => t.startsWith('ParseError:'))).toEqual([]);
    expect(a.category).toBe('compile_error');
  });

  it("eunit's undef of lists:usort2 gives way to xref's warning naming it", async () => {
    const a = await analyzeLog(textOf(tuneCase('cascade/rebar3-xref-eunit')));
    expect(a.findings[0]?.rule).toBe('xref.undefined-call');
    expect(shownText(a).some((t) => t.includes('{error,undef'))).toBe(false);
  });

  it("pytest's collection error repeating the SyntaxError gives way to the compile step's", async () => {
    const c = tuneCase('cascade/py-compileall-pytest');
    const a = await analyzeLog(textOf(c));
    const first = Math.min(...c.gold);
    expect(a.findings[0]?.excerpt.map((l) => l.no)).toContain(first);
    expect(shownText(a).some((t) => t.startsWith('ERROR tests/test_stock.py'))).toBe(false);
  });
});

describe('what is not a cascade', () => {
  it('a compiler warning before a failing test does not lead', async () => {
    const c = tuneCase('cascade/cmake-warning-then-test-failure');
    const a = await analyzeLog(textOf(c));
    expect(a.findings[0]?.rule).toBe('ctest.failed');
    expect(shownText(a).some((t) => t.includes('warning:'))).toBe(false);
  });

  it('a coverage miss does not lead a test that failed', async () => {
    const c = tuneCase('coverage-gate/pytest-cov-with-failing-test');
    const a = await analyzeLog(textOf(c));
    expect(a.findings[0]?.rule).toMatch(/^pytest\./);
    expect(a.findings[0]?.excerpt.some((l) => c.gold.has(l.no))).toBe(true);
  });

  it('a coverage miss leads the green test report above it', async () => {
    const c = tuneCase('coverage-gate/simplecov-minimum');
    const a = await analyzeLog(textOf(c));
    expect(a.findings[0]?.rule).toBe('coverage.simplecov-minimum');
    expect(a.category).toBe('test_failure');
  });
});
