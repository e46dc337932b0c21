import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';

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
