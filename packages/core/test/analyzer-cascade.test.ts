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

/**
 * The recorded output as a Travis job that ran the two tools as two `script:` commands: the
 * lines before `split` under the first, the rest under the second. Only Travis' own markers are
 * written here; every tool line is the recording's.
 */
function travisTwoCommands(
  c: EcosystemCase,
  split: number,
  first: [string, number],
  second: [string, number],
) {
  const out = textOf(c).replace(/\n$/, '').split('\n');
  const K = '\r\u001b[0K';
  const section = (n: number, [cmd, exit]: [string, number], lines: string[]) => [
    `travis_time:start:0a1b2c3${n}${K}\u001b[32;1m$ ${cmd}\u001b[0m`,
    ...lines,
    `travis_time:end:0a1b2c3${n}:start=${n},finish=${n + 1},duration=1,event=script${K}\u001b[${exit === 0 ? 32 : 31};1mThe command "${cmd}" exited with ${exit}.\u001b[0m`,
  ];
  const head1 = section(1, first, [])[0]!;
  const head2 = section(2, second, [])[0]!;
  const lines = [
    ...section(1, first, out.slice(0, split)),
    ...section(2, second, out.slice(split)),
    '',
    '',
    'Done. Your build exited with 1.',
  ];
  // Travis' `\r` ends a line too, as the analyzer counts them: count what each marker adds.
  const breaks = (t: string) => t.split(/\r\n|\r|\n/).length;
  const before1 = breaks(head1);
  const before2 = before1 + breaks(section(1, first, [])[1]!) + breaks(head2);
  const gold = new Set([...c.gold].map((n) => (n <= split ? n + before1 : n + before2)));
  return { text: `${lines.join('\n')}\n`, gold };
}

describe('a cause in an earlier command of a Travis job', () => {
  it.each([
    ['cascade/cmake-ctest-not-run', /^Test project /, 'cmake --build build -- -k', 2, 'cd build && ctest'],
    // `php -l` in a loop exits with the last file's status: here 0, though a file did not parse.
    ['cascade/php-parse-phpunit', /^PHPUnit /, 'for f in src/*.php; do php -l $f; done', 0, 'phpunit'],
    ['cascade/rebar3-xref-eunit', /Performing EUnit tests/, 'rebar3 xref', 0, 'rebar3 eunit'],
  ] as const)("%s: the first command's error leads", async (id, at, cmd1, exit1, cmd2) => {
    const c = tuneCase(id);
    const split = textOf(c)
      .split('\n')
      .findIndex((l) => at.test(l));
    expect(split).toBeGreaterThan(0);
    const { text, gold } = travisTwoCommands(c, split, [cmd1, exit1], [cmd2, c.exit]);
    const a = await analyzeLog(text);
    expect(a.stats.failingStep).toBe(cmd2);
    const lead = a.findings[0]?.excerpt.map((l) => l.no) ?? [];
    expect(
      lead.some((n) => gold.has(n)),
      `lead ${lead.join(',')}; gold ${[...gold].join(',')}`,
    ).toBe(true);
    expect(a.category).toBe('compile_error');
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

describe('cascades, line by line', () => {
  it('a lint message naming an undefined name leads the test that hits it', async () => {
    const log = [
      '$ flake8 ledger tests',
      "ledger/book.py:14:49: F821 undefined name 'totl'",
      '$ pytest -q tests',
      '..F                                                                      [100%]',
      '=================================== FAILURES ===================================',
      '_________________________________ test_summary _________________________________',
      '',
      '    def summary(entries):',
      '        total = balance(entries)',
      '>       return {"count": len(entries), "total": str(totl)}',
      "E       NameError: name 'totl' is not defined",
      '',
      'ledger/book.py:14: NameError',
      '=========================== short test summary info ============================',
      "FAILED tests/test_book.py::test_summary - NameError: name 'totl' is not defined",
      '1 failed, 2 passed in 0.05s',
    ].join('\n');
    const a = await analyzeLog(log);
    expect(a.findings[0]?.rule).toBe('flake8.violation');
    expect(a.category).toBe('lint_failure');
    expect(shownText(a).some((t) => t.includes('NameError'))).toBe(false);
  });

  it('a test failing for a reason of its own stays beside the compile error', async () => {
    const log = [
      "/w/test/area_test.cc:6:11: error: no matching function for call to 'area(Vec&)'",
      '    6 |   if (area(size) != 6) { std::puts("area wrong"); return 1; }',
      'gmake: *** [Makefile:101: all] Error 2',
      'Test project /w/build',
      '    Start 1: area_test',
      'Could not find executable /w/build/area_test',
      '1/2 Test #1: area_test ........................***Not Run   0.00 sec',
      '    Start 2: clamp_test',
      '2/2 Test #2: clamp_test .......................***Failed    0.00 sec',
      'clamp(5, 0, 3) = 0, want 3',
      '',
      '0% tests passed, 2 tests failed out of 2',
    ].join('\n');
    const a = await analyzeLog(log);
    // Two failures, neither the other's echo: both show, whichever leads.
    expect(shownText(a).some((t) => t.includes('error: no matching function for call to'))).toBe(true);
    expect(shownText(a)).toContain('clamp(5, 0, 3) = 0, want 3');
    expect(shownNos(a).length).toBeLessThanOrEqual(15);
  });

  it("a test's own failure is no cause: two tests failing alike both show", async () => {
    const log = [
      '=================================== FAILURES ===================================',
      '__________________________________ test_one ___________________________________',
      '>       assert total(ITEMS) == 3',
      "E       NameError: name 'ITEMS' is not defined",
      '__________________________________ test_two ___________________________________',
      '>       assert count(ITEMS) == 2',
      "E       NameError: name 'ITEMS' is not defined",
      '=========================== short test summary info ============================',
      "FAILED tests/test_a.py::test_one - NameError: name 'ITEMS' is not defined",
      "FAILED tests/test_a.py::test_two - NameError: name 'ITEMS' is not defined",
      '2 failed in 0.05s',
    ].join('\n');
    const a = await analyzeLog(log);
    const shown = shownText(a);
    expect(shown.some((t) => t.startsWith('FAILED tests/test_a.py::test_one'))).toBe(true);
    expect(shown.some((t) => t.startsWith('FAILED tests/test_a.py::test_two'))).toBe(true);
    expect(a.category).toBe('test_failure');
  });
});
