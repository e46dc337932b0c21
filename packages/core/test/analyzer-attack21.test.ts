import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { BUILTIN_RULES } from '../src/analyzer/builtin-rules.js';
import { expectInertIssueText, HOSTILE } from './inert-issue-text.js';

/**
 * The MUnit, specs2, Carthage, Julia and Nix rules attacked from outside: output of other tools
 * that looks like theirs, and what a fork's job can print. Each test here failed before the fix
 * beside it (see the review21 report for the inputs that held).
 */

describe("scalac's quoted source line under sbt is not a specs2 example", () => {
  // scalac 2 quotes the offending line as it is in the source, after sbt's "[error] ": a line that
  // starts with a variable x and a method ("x foreach println", "x match {") reads like specs2's
  // "[error] x <example>".
  for (const [code, message] of [
    ['x foreach println', 'value foreach is not a member of Int'],
    ['x match {', 'type mismatch;'],
    ['x shouldBe 2', 'value shouldBe is not a member of Int'],
  ] as const) {
    it(`"[error]   ${code}" under a compile error keeps it a compile error`, async () => {
      const log = [
        '[info] compiling 3 Scala sources to /w/target/scala-2.13/classes ...',
        `[error] /w/src/main/scala/A.scala:5:7: ${message}`,
        `[error]   ${code}`,
        '[error]     ^',
        '[error] one error found',
        '[error] (Compile / compileIncremental) Compilation failed',
        '',
      ].join('\n');
      const a = await analyzeLog(log);
      expect(a.category).toBe('compile_error');
      const f = a.findings[0]!;
      expect(f.rule).toBe('sbt.scalac-error');
      expect(f.keyLine).toContain('A.scala:5:7');
      // The source line is not listed as a failing test.
      expect(f.facts?.tests ?? []).toEqual([]);
    });
  }

  it('a specs2 failure under sbt is still a failed test with its name', async () => {
    const log = [
      '[info] CalcSpec',
      '[info] presentation',
      '[info]   + adds',
      '[error]   x subtracts',
      "[error]    '1' is not equal to '2' (CalcSpec.scala:12)",
      '[info] Total for specification CalcSpec',
      '[error] Failed: Total 2, Failed 1, Errors 0, Passed 1',
      '',
    ].join('\n');
    const a = await analyzeLog(log);
    expect(a.category).toBe('test_failure');
    expect(a.findings[0]!.rule).toBe('specs2.failed');
    expect(a.findings[0]!.facts?.tests).toEqual(['subtracts']);
  });
});

describe("a REPL's echoed input is not a Nix builder's prefixed log line", () => {
  // `nix build -L` prefixes a builder's lines with the derivation's name and "> ", as a REPL's
  // prompt does with the input it echoes: "julia> error(\"boom\")" is the call, not its failure.
  for (const [echo, error] of [
    ['julia> error("boom")', 'ERROR: boom'],
    ['ghci> error "boom"', '*** Exception: boom'],
    ['julia> Error("x") isa Exception', 'ERROR: UndefVarError: `Error` not defined'],
  ] as const) {
    it(`"${echo}"`, async () => {
      const a = await analyzeLog([echo, error, 'Stacktrace:', ' [1] top-level scope', ''].join('\n'));
      expect(a.findings.map((f) => f.rule)).not.toContain('nix.builder-log-prefixed');
      for (const f of a.findings) expect(f.facts?.tool).not.toBe('nix');
      expect(a.findings.flatMap((f) => f.excerpt.map((l) => l.text))).toContain(error);
    });
  }

  it("a derivation's prefixed failing line is still found", async () => {
    const a = await analyzeLog(
      [
        'slugify-unit-tests> .F',
        'slugify-unit-tests> FAIL: test_spaces (test_slug.SlugTest.test_spaces)',
        '',
      ].join('\n'),
    );
    expect(a.findings[0]?.rule).toBe('nix.builder-log-prefixed');
  });

  it("Haskell stack's package-prefixed compiler error is shown without naming Nix as its tool", async () => {
    // stack prefixes each package's build output with "<package>> ", as `nix build -L` does.
    const a = await analyzeLog(
      [
        'foo> build (lib)',
        'foo> Building library for foo-0.1.0.0..',
        'foo> /w/src/Foo.hs:3:7: error: [GHC-88464]',
        'foo>     Variable not in scope: bar :: Int',
        '',
      ].join('\n'),
    );
    expect(a.findings[0]?.category).toBe('compile_error');
    expect(a.findings[0]?.excerpt.map((l) => l.text)).toContain('foo> /w/src/Foo.hs:3:7: error: [GHC-88464]');
    for (const f of a.findings) expect(f.facts?.tool).not.toBe('nix');
  });
});

describe("Julia's thrown test failure names no test", () => {
  // Outside a test set `@test` throws: the "ERROR: " before "Test Failed" is Julia's, not a test set.
  it('"ERROR: Test Failed at …" gives the location, not a test named ERROR', async () => {
    const a = await analyzeLog(
      [
        'ERROR: Test Failed at /w/test/runtests.jl:3',
        '  Expression: 1 + 1 == 3',
        '   Evaluated: 2 == 3',
        '',
      ].join('\n'),
    );
    const f = a.findings[0];
    expect(f?.rule).toBe('julia.test-failed');
    expect(f?.facts?.tests ?? []).not.toContain('ERROR');
    expect(f?.facts?.locations?.[0]).toMatchObject({ file: '/w/test/runtests.jl', line: 3 });
  });

  it('a test set\'s name before "Test Failed" is still its name', async () => {
    const a = await analyzeLog(
      ['add: Test Failed at /w/test/runtests.jl:7', '  Expression: add(1, 1) == 3', ''].join('\n'),
    );
    expect(a.findings[0]?.facts?.tests).toEqual(['add']);
  });
});

describe("the new rules' facts reach an issue only through the sanitizer", () => {
  const E = HOSTILE;
  // The same without spaces, for facts captured as one \S+ word.
  const W = '@maintainer<img/src=x/onerror=alert(1)>[x](javascript:alert(1))$(curl)#123';
  const logs: Array<[string, string]> = [
    ['munit.failed', `==> X evil.Suite.${E}  0.001s munit.FailException: ${E}\n`],
    ['specs2.failed', `[error] x ${E}\n[error]  '1' is not equal to '2'\n`],
    ['specs2.error', `[error] ! ${E}\n[error]  boom\n`],
    ['julia.test-failed', `${E}: Test Failed at /w/test/${W}.jl:7\n  Expression: 1 == 2\n`],
    ['julia.error-during-test', `${E}: Error During Test at /w/${W}.jl:12\n  Test threw exception\n`],
    ['julia.pkg-build', `┌ Error: Error building \`${E}\`:\n│ boom\n└ @ Pkg\n`],
    ['julia.pkg-unsatisfiable', `ERROR: Unsatisfiable requirements detected for package ${W} [0123abcd]:\n`],
    ['documenter.doctest-failure', `┌ Error: doctest failure in src/${W}.md:3-6\n`],
    [
      'carthage.common-architectures',
      `Building universal frameworks with common architectures is not possible. The device and simulator slices for "${E}" both build for: arm64\n`,
    ],
  ];

  for (const [rule, log] of logs) {
    it(`${rule}: its facts, next step, key lines and title carry no live markup`, async () => {
      const a = await analyzeLog(log);
      const f = a.findings[0]!;
      expect(f.rule).toBe(rule);
      // The facts hold the hostile text: what follows is about the output, not a lucky miss.
      expect(JSON.stringify(f.facts)).toMatch(/@maintainer/);
      expectInertIssueText(a);
    });
  }
});

/** The recordings the new rules were written from. */
const recordings = listEcosystemCases().filter(
  (c) => c.ecosystem === 'julia' || c.ecosystem === 'nix' || /munit|specs2|carthage/.test(c.id),
);

function shownLines(a: Analysis): number[] {
  return a.findings.flatMap((f) =>
    f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
  );
}

describe("the new rules' recordings with other line ends and inside other CIs' logs", () => {
  it('has them all', () => {
    expect(recordings.length).toBeGreaterThanOrEqual(28);
  });

  it('shows the same lines with CRLF and lone-CR line ends', async () => {
    for (const c of recordings) {
      const output = readFileSync(c.log, 'utf8');
      const seen = (a: Analysis) =>
        a.findings.map((f) => [f.rule, f.category, f.lines, f.excerpt.map((l) => l.text), f.facts]);
      const base = seen(await analyzeLog(output));
      for (const eol of ['\r\n', '\r'])
        expect(
          seen(await analyzeLog(output.replace(/\r?\n/g, eol))),
          `${c.id} ${JSON.stringify(eol)}`,
        ).toEqual(base);
    }
  });

  it('shows the same gold lines, and nothing outside the command, wrapped by Travis, GitLab, Jenkins, Buildkite', async () => {
    let compared = 0;
    for (const c of recordings) {
      const output = readFileSync(c.log, 'utf8');
      const base = await analyzeLog(output);
      const shownBase = new Set(shownLines(base));
      const gold = [...c.gold].filter((g) => shownBase.has(g));
      for (const format of ['travis', 'gitlab', 'jenkins', 'buildkite'] as const) {
        const w = wrapInCi(format, { command: c.command, output, exit: c.exit || 1 });
        const a = await analyzeLog(w.text);
        const shown = shownLines(a);
        expect(
          gold.filter((g) => !shown.includes(g + w.offset)),
          `${c.id} in ${format}`,
        ).toEqual([]);
        expect(
          shown.filter((n) => n <= w.offset || n > w.offset + w.outputLines),
          `${c.id} in ${format}`,
        ).toEqual([]);
        // The step's name may name a category the raw output left open (nix's bare `throw`).
        if (base.category !== 'unknown') expect(a.category, `${c.id} in ${format}`).toBe(base.category);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(100);
  });
});

describe("the new rules' regular expressions on 16 KB adversarial lines", () => {
  const fill = (head: string, unit: string, tail = '') =>
    head + unit.repeat(Math.floor((16384 - head.length - tail.length) / unit.length)) + tail;
  // Each near a rule's anchor, built to make its pattern try many splits and then fail.
  const LINES = [
    fill('', 'a: Test Failed at a:1:'),
    fill('x', ': Test Failed at x'),
    fill('', 'a: Error During Test at a:1:'),
    fill('┌ Error: doctest failure in ', 'a:1-', 'x'),
    fill('a> ', 'a: error: '),
    fill('a> ', 'aError', ' '),
    fill('       > ', ' ', 'x'),
    fill("error: assertion '", "' failed'"),
    fill("error: build of '/a.drv'", ", '/a.drv'", 'x'),
    fill("builder for '/", '.drv', "' failed with exit code 1x"),
    fill('==> X a', '  1'),
    fill('==> X a 1.', '1', 'x'),
    fill('[error]', ' ', 'x'),
    fill('ERROR: ', 'Error'),
    fill('ERROR: Unsatisfiable requirements detected for package ', 'a [00000000]'),
  ];
  const rules = BUILTIN_RULES.filter((r) => /^(munit|specs2|carthage|julia|documenter|nix)\./.test(r.id));

  it('each pattern, with its facts and category, takes well under a millisecond a line', () => {
    expect(rules.length).toBe(22);
    const started = performance.now();
    for (const line of LINES)
      for (const r of rules) {
        r.pattern.lastIndex = 0;
        const m = r.pattern.exec(line);
        if (m) {
          r.facts?.(m, line);
          r.classify?.(m);
        }
      }
    // 15 lines × 22 rules (Carthage added three): a backtracking pattern would take seconds on one of them.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
