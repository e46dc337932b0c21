import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CI_WRAP_FORMATS, type CiWrapFormat, wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { analyzeLog } from '../src/analyzer/analyze.js';
import type { Block } from '../src/analyzer/blocks.js';
import { builtinRuleSet } from '../src/analyzer/builtin-rules.js';
import { blockScore, type LocalizeInput } from '../src/analyzer/localize.js';
import { Scanner, type ScanResult } from '../src/analyzer/scan.js';
import type { StepInfo } from '../src/analyzer/structure.js';
import { LineSplitter } from '../src/log/lines.js';

/**
 * Real tool outputs (recorded by `pnpm fixtures:generate`) wrapped in each CI system's job log:
 * the failing command must be found from the format's own structure, its block must hold exactly
 * its output, and the tool's failure must win over the setup and cleanup noise around it.
 */

function scan(text: string): ScanResult {
  const scanner = new Scanner(builtinRuleSet());
  const splitter = new LineSplitter();
  const batch = splitter.push(Buffer.from(text, 'utf8'));
  if (batch.starts.length > 0) scanner.push(batch);
  const last = splitter.end();
  if (last.starts.length > 0) scanner.push(last);
  return scanner.finish();
}

function failingOf(steps: readonly StepInfo[]): StepInfo | undefined {
  return [...steps].reverse().find((s) => s.failed && !s.post);
}

/** 1-based number of the first line of `text` holding `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the log`);
  return i + 1;
}

function stepAt(steps: readonly StepInfo[], no: number): StepInfo | undefined {
  return steps.find((s) => s.start <= no && no <= s.end);
}

function shownLines(a: Awaited<ReturnType<typeof analyzeLog>>): number[] {
  return a.findings.flatMap((f) =>
    f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
  );
}

const cases = listEcosystemCases();
const pytest = cases.find((c) => c.id === 'python/pytest-assert')!;
const bats = cases.find((c) => c.id === 'shell/bats-assert')!;

/** What each format calls the failing step. */
const STEP_NAME: Record<CiWrapFormat, (command: string) => string> = {
  travis: (c) => c,
  gitlab: (c) => c,
  jenkins: (c) => c,
  buildkite: (c) => c,
  circleci: (c) => c,
  azure: () => 'Run tests',
  shell: (c) => c,
};

/** A line of setup noise with error words, and one printed after the failure, per format. */
const NOISE: Record<CiWrapFormat, { setup: string; after?: string }> = {
  travis: { setup: 'is not signed', after: 'cat: build/reports/*.log: No such file or directory' },
  gitlab: { setup: 'Failed to extract cache', after: 'ERROR: No files to upload' },
  jenkins: { setup: 'Selected Git installation does not exist', after: 'No test report files were found' },
  buildkite: { setup: 'Cache miss for key', after: 'No files matched paths' },
  circleci: { setup: 'No cache is found for key', after: 'Error: No test results found' },
  azure: { setup: 'Syncing repository', after: 'No test result files matching' },
  shell: { setup: 'Resolving deltas' },
};

describe('CI formats: the failing command is found from the format’s own structure', () => {
  it('has the recorded outputs it wraps', () => {
    expect(pytest).toBeDefined();
    expect(bats).toBeDefined();
  });

  for (const format of CI_WRAP_FORMATS) {
    it(`${format}: the failing step is the command, its block holds exactly its output`, () => {
      const output = readFileSync(pytest.log, 'utf8');
      const w = wrapInCi(format, { command: pytest.command, output, exit: pytest.exit });
      const result = scan(w.text);
      expect(result.format).toBe(format);
      const failing = failingOf(result.steps);
      expect(failing?.name).toBe(STEP_NAME[format](pytest.command));
      // The block starts at (or after) the command echo and covers every output line.
      // (Jenkins' `[Pipeline] sh`, a Buildkite group header, CircleCI's `====>>` and shebang
      // open the step just before the echo; Azure's task banner and script echo come first.)
      expect(failing!.start).toBeLessThanOrEqual(w.commandLine);
      expect(failing!.start).toBeGreaterThanOrEqual(w.commandLine - (format === 'azure' ? 12 : 2));
      expect(failing!.echoEnd).toBe(format === 'azure' ? w.offset : w.commandLine);
      expect(failing!.end).toBeGreaterThanOrEqual(w.offset + w.outputLines);
      // …and stops before what runs after the failure.
      const noise = NOISE[format];
      if (noise.after) {
        const after = lineOf(w.text, noise.after);
        expect(failing!.end).toBeLessThan(after);
        if (format === 'travis') {
          // after_failure prints about the failure: searched as a step that ran, not as cleanup.
          const step = stepAt(result.steps, after)!;
          expect([step.post, step.phase, step.failed]).toEqual([false, 'main', false]);
        } else if (format !== 'azure') expect(stepAt(result.steps, after)?.post).toBe(true);
      }
      // Setup is its own step, never the failing one.
      const setup = stepAt(result.steps, lineOf(w.text, noise.setup));
      expect(setup).toBeDefined();
      expect(setup).not.toBe(failing);
      if (format !== 'shell') expect(setup!.phase).toBe('setup');
      if (format !== 'shell') {
        expect(failing!.exitCode).toBe(pytest.exit);
        expect(failing!.exitLine).toBeGreaterThan(w.offset + w.outputLines);
      }
      if (format === 'travis' || format === 'buildkite' || format === 'circleci' || format === 'azure')
        expect(failing!.exitLine).toBe(w.exitLine);
    });

    it(`${format}: the tool's failure is shown and ranked above setup and cleanup noise`, async () => {
      const output = readFileSync(pytest.log, 'utf8');
      const w = wrapInCi(format, { command: pytest.command, output, exit: pytest.exit });
      const a = await analyzeLog(w.text);
      expect(a.category).toBe('test_failure');
      expect(a.stats.failingStep).toBe(STEP_NAME[format](pytest.command));
      const gold = [...pytest.gold].map((n) => n + w.offset);
      const shown = shownLines(a);
      for (const g of gold) expect(shown).toContain(g);
      // Nothing outside the command's output is shown: not the setup, not the cleanup, not the verdict.
      for (const n of shown) {
        expect(n).toBeGreaterThan(w.offset);
        expect(n).toBeLessThanOrEqual(w.offset + w.outputLines);
      }
      // Where the noise itself matches rules, its block scores below the failure's.
      const result = scan(w.text);
      const input: LocalizeInput = {
        format: result.format,
        lines: result.lines,
        steps: result.steps,
        failing: failingOf(result.steps),
        blocks: result.blocks,
        tails: result.tails,
        baseline: false,
        maxLinesShown: 3000,
      };
      const blockAt = (no: number): Block | undefined =>
        result.blocks.find((b) => b.start <= no && no <= b.end);
      const failure = blockAt(gold[0]!)!;
      expect(failure).toBeDefined();
      for (const needle of [NOISE[format].setup, NOISE[format].after]) {
        if (!needle) continue;
        const block = blockAt(lineOf(w.text, needle));
        if (block) expect(blockScore(block, input)).toBeLessThan(blockScore(failure, input) * 0.45);
      }
    });

    it(`${format}: with no rule for the tool, the fallback shows the end of the failing command's output`, async () => {
      const output = readFileSync(bats.log, 'utf8');
      const w = wrapInCi(format, { command: bats.command, output, exit: bats.exit });
      // bats and TAP have rules now: taken away, bats stands for a tool we have never seen.
      const a = await analyzeLog(w.text, { withoutRules: ['bats', 'tap'] });
      expect(a.findings).toHaveLength(1);
      expect(a.findings[0]!.rule).toBe('fallback');
      const shown = shownLines(a);
      for (const g of [...bats.gold].map((n) => n + w.offset)) expect(shown).toContain(g);
      for (const n of shown) {
        expect(n).toBeGreaterThan(w.offset);
        expect(n).toBeLessThanOrEqual(w.offset + w.outputLines);
      }
    });
  }

  it('an error a rule knows, in a setup step that succeeded, does not stand in for the failing command', async () => {
    const output = readFileSync(bats.log, 'utf8');
    // (GitLab has no install phase: before_script commands run in the script, and the script ran
    // past this one, so it succeeded.)
    for (const format of ['travis', 'gitlab', 'jenkins'] as const) {
      const w = wrapInCi(format, { command: bats.command, output, exit: bats.exit });
      // A flaky mirror during setup, retried successfully: real CI logs are full of these.
      const noise = 'npm ERR! code ECONNRESET\nnpm ERR! errno ECONNRESET\n';
      const at = w.text.indexOf('Reading package lists...');
      expect(at).toBeGreaterThan(0);
      const text = w.text.slice(0, at) + noise + w.text.slice(at);
      const shift = 2;
      const a = await analyzeLog(text);
      expect(a.stats.failingStep, format).toBe(bats.command);
      const shown = shownLines(a);
      for (const g of [...bats.gold].map((n) => n + w.offset + shift)) expect(shown, format).toContain(g);
      for (const n of shown) expect(n, format).toBeGreaterThan(w.offset + shift);
      // The noise is recognised (so the test is not vacuous), just not shown.
      expect(
        scan(text).blocks.some((b) => b.hits.some((h) => h.text.startsWith('npm ERR!'))),
        format,
      ).toBe(true);
    }
  });

  it('recognises the noise blocks it ranks (the ranking test is not vacuous)', () => {
    // GitLab's artifact upload error and CircleCI's test-results error match the generic rules.
    for (const format of ['gitlab', 'circleci', 'jenkins'] as const) {
      const output = readFileSync(pytest.log, 'utf8');
      const w = wrapInCi(format, { command: pytest.command, output, exit: pytest.exit });
      const result = scan(w.text);
      const after = lineOf(w.text, format === 'jenkins' ? 'ERROR: Step' : NOISE[format].after!);
      expect(result.blocks.some((b) => b.start <= after && after <= b.end)).toBe(true);
    }
  });

  it('Jenkins with Timestamper prefixes: the same step, the same lines', async () => {
    const output = readFileSync(pytest.log, 'utf8');
    const w = wrapInCi('jenkins', { command: pytest.command, output, exit: pytest.exit, timestamps: true });
    const a = await analyzeLog(w.text);
    expect(a.stats.format).toBe('jenkins');
    expect(a.stats.failingStep).toBe(pytest.command);
    const shown = shownLines(a);
    for (const g of [...pytest.gold].map((n) => n + w.offset)) expect(shown).toContain(g);
    // The excerpt is the tool's text, without the timestamp.
    expect(a.findings[0]!.excerpt.some((l) => l.text.startsWith('FAILED test_calc.py'))).toBe(true);
  });

  it('GitLab with FF_TIMESTAMPS prefixes: the same step, the same lines', async () => {
    const output = readFileSync(pytest.log, 'utf8');
    const w = wrapInCi('gitlab', { command: pytest.command, output, exit: pytest.exit, timestamps: true });
    expect(w.text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z 00O /);
    const a = await analyzeLog(w.text);
    expect(a.stats.format).toBe('gitlab');
    expect(a.stats.failingStep).toBe(pytest.command);
    const shown = shownLines(a);
    for (const g of [...pytest.gold].map((n) => n + w.offset)) expect(shown).toContain(g);
    for (const n of shown) expect(n).toBeLessThanOrEqual(w.offset + w.outputLines);
    expect(a.findings[0]!.excerpt.some((l) => l.text.startsWith('FAILED test_calc.py'))).toBe(true);
  });

  it('without setup phases the command is still found', async () => {
    for (const format of CI_WRAP_FORMATS) {
      const output = readFileSync(pytest.log, 'utf8');
      const w = wrapInCi(format, { command: pytest.command, output, exit: pytest.exit, setup: false });
      const a = await analyzeLog(w.text);
      expect(a.stats.failingStep, format).toBe(STEP_NAME[format](pytest.command));
      expect(a.category, format).toBe('test_failure');
    }
  });
});

describe('Travis after_failure: what it prints about the failure is searched', () => {
  // A recorded `make check; cat test-suite.log`: the harness's part ran as the script, the log's
  // `cat` as after_failure, the way projects set up Travis to show the failing test's output.
  const automake = cases.find((c) => c.id === 'c/automake-check-fail')!;
  const lines = readFileSync(automake.log, 'utf8').split('\n');
  const cut = lines.findIndex((l) => l.startsWith('make: *** [Makefile:975'));
  const testSuiteLog = { command: 'cat test-suite.log', output: lines.slice(cut + 1).join('\n') };

  it('the failing command stays the failing step; its after_failure steps are neither setup nor post', () => {
    const w = wrapInCi('travis', {
      command: 'make check',
      output: lines.slice(0, cut + 1).join('\n'),
      exit: 2,
      afterFailure: testSuiteLog,
    });
    const r = scan(w.text);
    expect(failingOf(r.steps)?.name).toBe('make check');
    const after = stepAt(r.steps, w.afterFailureOffset! + 1)!;
    expect([after.name, after.phase, after.post, after.failed]).toEqual([
      'cat test-suite.log',
      'main',
      false,
      false,
    ]);
    // What runs after it (after_script) is still cleanup.
    expect(stepAt(r.steps, lineOf(w.text, 'Travis CI detected'))!.post).toBe(true);
  });

  it('when the command says only that something failed, the log after_failure prints gives the reason', async () => {
    // A wrapper script whose own output names no test: the reason is in the log it points to.
    const w = wrapInCi('travis', {
      command: './check.sh',
      output: 'checking 2 suites\n1 of 2 suites did not pass, see test-suite.log\n',
      exit: 1,
      afterFailure: testSuiteLog,
    });
    const a = await analyzeLog(w.text);
    expect(a.stats.failingStep).toBe('./check.sh');
    expect(a.category).toBe('test_failure');
    const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(shown).toContain('test_upper: upper("straße") = "STRAßE", want "STRASSE"');
    expect(a.findings[0]!.step).toBe('cat test-suite.log');
  });

  it('the failing command’s own failure still leads', async () => {
    const w = wrapInCi('travis', {
      command: 'make check',
      output: lines.slice(0, cut + 1).join('\n'),
      exit: 2,
      afterFailure: testSuiteLog,
    });
    const a = await analyzeLog(w.text);
    expect(a.findings[0]!.step).toBe('make check');
    expect(a.findings[0]!.excerpt.map((l) => l.text)).toContain('FAIL: tests/test_upper');
  });
});
