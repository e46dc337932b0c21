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
