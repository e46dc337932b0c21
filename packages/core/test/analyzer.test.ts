import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeFile, analyzeLog } from '../src/analyzer/analyze.js';
import { FAILURE_CATEGORIES } from '../src/analyzer/categories.js';
import { location } from '../src/analyzer/rules/helpers.js';
import type { UserRule } from '../src/analyzer/user-rules.js';
import { ConfigurationError } from '../src/errors.js';

/** A GitHub Actions job log with runner timestamps, as the runner writes it. */
function githubLog(lines: string[]): string {
  let t = 0;
  return `${lines.map((l) => `2024-03-01T10:00:${String(t++ % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n')}\n`;
}

function shown(a: Analysis): number[] {
  return a.findings.flatMap((f) =>
    f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
  );
}

const GO_JOB = [
  '##[group]Run actions/checkout@v4', // 1
  'with:', // 2
  '##[endgroup]', // 3
  'Syncing repository: acme/app', // 4
  '##[group]Run go test ./...', // 5
  'go test ./...', // 6
  'echo "ERROR: this echo is the script, not its output"', // 7
  '##[endgroup]', // 8
  'ok  \tgithub.com/acme/app/a\t0.012s', // 9
  '--- FAIL: TestParse (0.00s)', // 10
  '    parse_test.go:12: got 1, want 2', // 11
  'FAIL', // 12
  'FAIL\tgithub.com/acme/app/parse\t0.020s', // 13
  'ok  \tgithub.com/acme/app/z\t0.011s', // 14
  '##[error]Process completed with exit code 1.', // 15
  'Post job cleanup.', // 16
  '[command]/usr/bin/git version', // 17
  '##[error]fatal: not a git repository (or any of the parent directories): .git', // 18
];

describe('analyzeLog on a GitHub Actions log', () => {
  it('finds the failing test in the failing step, with its facts, and not the post-job noise', async () => {
    const a = await analyzeLog(githubLog(GO_JOB));
    expect(a.schemaVersion).toBe(1);
    expect(a.category).toBe('test_failure');
    expect(a.stats.format).toBe('github-raw');
    expect(a.stats.failingStep).toBe('go test ./...');
    expect(a.stats.steps).toBeGreaterThanOrEqual(2);
    const top = a.findings[0]!;
    expect(top.lines[0]).toEqual({ start: 10, end: 11 });
    expect(top.facts).toMatchObject({
      tool: 'go test',
      tests: ['TestParse'],
      exitCode: 1,
      step: 'go test ./...',
    });
    expect(top.keyLine).toBe('--- FAIL: TestParse (0.00s)');
    expect(top.excerpt[0]).toEqual({ no: 10, text: '--- FAIL: TestParse (0.00s)' });
    // The script echo (line 7) and the post-job git error (line 18) are not shown.
    expect(shown(a)).not.toContain(7);
    expect(shown(a)).not.toContain(18);
    // Nor is the runner's exit-code line: it says only the exit code, which is in the facts.
    expect(shown(a)).not.toContain(15);
  });

  it('reads `gh run view --log` output, where every line names its step', async () => {
    const text = GO_JOB.slice(8, 15)
      .map((l, i) => `test\tRun tests\t2024-03-01T10:00:0${i}.0000000Z ${l}`)
      .join('\n');
    const a = await analyzeLog(`test\tSet up job\t2024-03-01T09:59:59.0000000Z Runner\n${text}\n`);
    expect(a.stats.format).toBe('github-full');
    expect(a.category).toBe('test_failure');
    expect(a.findings[0]!.step).toBe('Run tests');
    expect(a.findings[0]!.lines[0]!.start).toBe(3);
  });

  it('recognises runner timeouts, cancellation and OOM kills', async () => {
    const timeout = await analyzeLog(
      githubLog([
        '##[group]Run make e2e',
        'make e2e',
        '##[endgroup]',
        'waiting for server…',
        '##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 30 minutes.',
        '##[error]The operation was canceled.',
      ]),
    );
    expect(timeout.category).toBe('timeout');
    expect(timeout.findings[0]!.facts?.timeoutMinutes).toBe(30);
    const oom = await analyzeLog(
      githubLog([
        '##[group]Run cargo build',
        'cargo build',
        '##[endgroup]',
        '   Compiling big v0.1.0',
        '##[error]Process completed with exit code 137.',
      ]),
    );
    expect(oom.category).toBe('resource_exhaustion');
    expect(oom.findings[0]!.facts?.exitCode).toBe(137);
  });

  it('falls back to the last lines of the failing step when no rule knows its output', async () => {
    const a = await analyzeLog(
      githubLog([
        '##[group]Run ./deploy.sh',
        './deploy.sh',
        '##[endgroup]',
        'uploading artefacts',
        'the cake is a lie',
        '##[error]Process completed with exit code 3.',
      ]),
    );
    expect(a.category).toBe('unknown');
    expect(a.confidence).toBeLessThan(0.5);
    expect(a.findings[0]!.rule).toBe('fallback');
    expect(shown(a)).toEqual([4, 5]);
    expect(a.findings[0]!.facts?.exitCode).toBe(3);
  });
});

describe('analyzeLog on plain CI logs', () => {
  const maven = [
    '[INFO] Compiling 12 source files', // 1
    '[INFO] -------------------------------------------------------------', // 2
    '[ERROR] COMPILATION ERROR : ', // 3
    '[INFO] -------------------------------------------------------------', // 4
    '[ERROR] /w/src/main/java/a/Foo.java:[42,17] cannot find symbol', // 5
    '  symbol:   method bar()', // 6
    '  location: class a.Foo', // 7
    '[INFO] 1 error', // 8
    '[INFO] BUILD FAILURE', // 9
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project a: Compilation failure', // 10
    '[ERROR] /w/src/main/java/a/Foo.java:[42,17] cannot find symbol', // 11
    '[ERROR] ', // 12
    '[ERROR] -> [Help 1]', // 13
    "Build step 'Execute shell' marked build as failure", // 14
    'Finished: FAILURE', // 15
  ];

  it('shows the compiler errors and the Maven failure block, with file:line facts', async () => {
    const a = await analyzeLog(`${maven.join('\r\n')}\r\n`);
    expect(a.stats.format).toBe('plain');
    expect(a.category).toBe('compile_error');
    expect(shown(a).sort((x, y) => x - y)).toEqual([5, 6, 7, 10, 11, 12, 13, 14]);
    const locations = a.findings.flatMap((f) => f.facts?.locations ?? []);
    expect(locations).toContainEqual(
      expect.objectContaining({ file: '/w/src/main/java/a/Foo.java', line: 42, column: 17 }),
    );
  });

  it('numbers lines as \\r\\n, lone \\r and \\n end them, blank lines included', async () => {
    const a = await analyzeLog(
      'progress 1%\rprogress 100%\r\n\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found\n',
    );
    expect(a.stats.linesRead).toBe(5);
    expect(a.category).toBe('missing_dependency');
    expect(a.findings[0]!.lines).toEqual([{ start: 4, end: 5 }]);
    expect(a.findings[0]!.facts?.package).toBe('left-padd');
  });

  it('strips ANSI colours before matching but keeps line numbers', async () => {
    const a = await analyzeLog(
      '\u001b[1;34mINFO\u001b[m start\n[\u001b[1;31mERROR\u001b[m] No space left on device\n',
    );
    expect(a.category).toBe('resource_exhaustion');
    expect(a.findings[0]!.excerpt[0]).toEqual({ no: 2, text: '[ERROR] No space left on device' });
  });

  it('survives invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('ok\n\xff\xfe garbage \n', 'latin1'),
      Buffer.from('error: could not compile `app`\n'),
    ]);
    const a = await analyzeLog(new Uint8Array(bytes));
    expect(a.category).toBe('compile_error');
    expect(a.findings[0]!.lines).toEqual([{ start: 3, end: 3 }]);
  });
});

describe('baseline novelty', () => {
  const green = [
    'Error: connect ETIMEDOUT 10.1.2.3:443 (telemetry, ignored)',
    'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0',
    'BUILD SUCCESS',
  ];
  const red = [
    'Error: connect ETIMEDOUT 10.1.2.3:443 (telemetry, ignored)', // 1: also in the green run
    'unrelated 1',
    'unrelated 2',
    'unrelated 3',
    'unrelated 4',
    'Error: connect ECONNREFUSED 127.0.0.1:5432', // 6: new
  ];

  it('drops a block the green run also printed when a new one explains the failure', async () => {
    const without = await analyzeLog(red.join('\n'));
    expect(shown(without)).toContain(1);
    const withBaseline = await analyzeLog(red.join('\n'), { baseline: green.join('\n') });
    expect(withBaseline.stats.baselineUsed).toBe(true);
    expect(withBaseline.stats.baselineLines).toBe(3);
    expect(shown(withBaseline)).toEqual([6]);
    expect(withBaseline.category).toBe('network_error');
  });

  it('compares after normalising volatile tokens (times, ports, hashes)', async () => {
    const a = await analyzeLog(
      '2024-01-02 10:11:12 ERROR: cache miss for key 3f2a9c1d in 12ms on localhost:4312\nError: could not compile the app\n',
      {
        baseline: '2023-12-31 09:00:00 ERROR: cache miss for key 77e0b6aa in 7ms on localhost:5999\n',
      },
    );
    expect(shown(a)).toEqual([2]);
  });
});

describe('user rules', () => {
  const rule: UserRule = {
    id: 'flaky-db',
    category: 'infrastructure',
    confidence: 0.7,
    match: (line) => (/DB pool exhausted/.test(line) ? { tool: 'our-db' } : undefined),
  };

  it('apply to lines no built-in rule knows, and win over built-ins on the same line', async () => {
    const a = await analyzeLog('starting\nError: DB pool exhausted after 30s\ndone\n', { userRules: [rule] });
    expect(a.category).toBe('infrastructure');
    expect(a.findings[0]!.rule).toBe('user.flaky-db');
    expect(a.findings[0]!.confidence).toBe(0.7);
    expect(a.findings[0]!.facts?.tool).toBe('our-db');
  });

  it('rejects a category that is not one of ours', async () => {
    const bad = { ...rule, category: 'flaky' } as unknown as UserRule;
    await expect(analyzeLog('x\n', { userRules: [bad] })).rejects.toThrow(ConfigurationError);
  });
});

describe('streaming', () => {
  const log = githubLog(GO_JOB);

  it('gives the same analysis fed whole, as bytes, or in odd-sized chunks', async () => {
    const whole = await analyzeLog(log);
    const bytes = Buffer.from(log);
    for (const size of [1, 7, 61, 4093]) {
      async function* chunks() {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      }
      const chunked = await analyzeLog(chunks());
      expect({ ...chunked, stats: { ...chunked.stats, durationMs: 0 } }, `chunk size ${size}`).toEqual({
        ...whole,
        stats: { ...whole.stats, durationMs: 0 },
      });
    }
  });

  it('handles a single line of several megabytes without losing the lines after it', async () => {
    const huge = `progress ${'#'.repeat(5_000_000)}`;
    const text = `start\n${huge}\nnpm ERR! code E404\n`;
    const whole = await analyzeLog(text);
    async function* chunks() {
      const b = Buffer.from(text);
      for (let i = 0; i < b.length; i += 999_983) yield b.subarray(i, i + 999_983);
    }
    const chunked = await analyzeLog(chunks());
    expect(whole.stats.linesRead).toBe(3);
    expect(whole.findings[0]!.lines).toEqual([{ start: 3, end: 3 }]);
    expect(chunked.findings).toEqual(whole.findings);
    expect(chunked.category).toBe(whole.category);
  });
});

describe('the JSON contract', () => {
  it('serialises to schema version 1 with the documented fields', async () => {
    const a = await analyzeLog(githubLog(GO_JOB));
    const json = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([
      'category',
      'confidence',
      'findings',
      'schemaVersion',
      'stats',
      'summary',
    ]);
    expect(FAILURE_CATEGORIES).toContain(json.category);
    expect(typeof json.summary).toBe('string');
    for (const f of json.findings as Record<string, unknown>[]) {
      expect(FAILURE_CATEGORIES).toContain(f.category);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(typeof f.title).toBe('string');
      expect(typeof f.keyLine).toBe('string');
      const lines = f.lines as { start: number; end: number }[];
      const excerpt = f.excerpt as { no: number; text: string }[];
      // `lines` and `excerpt` are the same shown lines.
      expect(excerpt.map((l) => l.no)).toEqual(
        lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
      );
    }
    expect(Object.keys(json.stats as object).sort()).toEqual(
      [
        'baselineUsed',
        'bytes',
        'durationMs',
        'failingStep',
        'format',
        'linesRead',
        'linesShown',
        'steps',
      ].sort(),
    );
  });

  it('reports an empty log as such', async () => {
    const a = await analyzeLog('');
    expect(a).toMatchObject({
      category: 'unknown',
      confidence: 0,
      findings: [],
      summary: 'The log is empty.',
    });
  });
});

describe('analyzeFile', () => {
  it('streams a file and a baseline file from disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-analyze-'));
    try {
      writeFileSync(
        path.join(dir, 'fail.log'),
        "ok\nERROR: go.mod/go.sum are not up-to-date. Run 'go mod tidy' and then commit the updated files.\n",
      );
      writeFileSync(path.join(dir, 'pass.log'), 'ok\n');
      const a = await analyzeFile(path.join(dir, 'fail.log'), { baselinePath: path.join(dir, 'pass.log') });
      expect(a.category).toBe('lint_failure');
      expect(a.findings[0]!.facts?.command).toBe('go mod tidy');
      await expect(analyzeFile(path.join(dir, 'nope.log'))).rejects.toThrow(
        /log file ".*nope\.log" does not exist/,
      );
      await expect(analyzeFile(dir)).rejects.toThrow(ConfigurationError);
      await expect(analyzeFile(path.join(dir, 'fail.log'), { baselinePath: dir })).rejects.toThrow(
        /baseline log file .* is a directory/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('grouped reporters', () => {
  it('gives eslint stylish problems the file printed above them', async () => {
    const log = [
      '##[group]Run npm run lint',
      'npm run lint',
      '##[endgroup]',
      '',
      '/home/runner/work/app/app/src/index.ts',
      "  3:7   error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars",
      '  9:1   error  Unexpected console statement                    no-console',
      '',
      '/home/runner/work/app/app/src/util/date.ts',
      "  14:22  error  'moment' is not defined  no-undef",
      '',
      '✖ 3 problems (3 errors, 0 warnings)',
      '',
      '##[error]Process completed with exit code 1.',
      '',
    ].join('\n');
    const analysis = await analyzeLog(log);
    expect(analysis.category).toBe('lint_failure');
    const locations = analysis.findings.flatMap((f) => f.facts?.locations ?? []);
    expect(locations).toContainEqual(
      expect.objectContaining({ file: '/home/runner/work/app/app/src/index.ts', line: 3, column: 7 }),
    );
    expect(locations).toContainEqual(
      expect.objectContaining({ file: '/home/runner/work/app/app/src/util/date.ts', line: 14, column: 22 }),
    );
    expect(locations.every((l) => l.file !== '')).toBe(true);
  });
});

describe('root causes inside a test run', () => {
  it('names a package Jest could not resolve, not the suite that failed because of it', async () => {
    const log = [
      '##[group]Run npx jest',
      'npx jest',
      '##[endgroup]',
      'FAIL src/config/load.test.js',
      '  ● Test suite failed to run',
      '',
      "    Cannot find module 'js-yaml' from 'src/config/load.js'",
      '',
      '    Require stack:',
      '      src/config/load.js',
      '      src/config/load.test.js',
      '',
      'Test Suites: 1 failed, 3 passed, 4 total',
      'Tests:       12 passed, 12 total',
      '##[error]Process completed with exit code 1.',
      '',
    ].join('\n');
    const analysis = await analyzeLog(log);
    expect(analysis.category).toBe('missing_dependency');
    expect(analysis.findings[0]?.facts).toMatchObject({ module: 'js-yaml' });
  });

  it('names the token permission when the GitHub API refuses a workflow', async () => {
    const log = [
      '##[group]Run actions/github-script@v7',
      'with:',
      '##[endgroup]',
      'RequestError [HttpError]: Resource not accessible by integration',
      '    at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:9537:21',
      '##[error]Unhandled error: HttpError: Resource not accessible by integration',
      '',
    ].join('\n');
    const analysis = await analyzeLog(log);
    expect(analysis.category).toBe('permission_denied');
  });
});

describe('source locations', () => {
  it('redact a location message before cutting it, so the cut never leaves half a token to be posted', () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
    const message = `${'y'.repeat(280)} ${token}`;
    const loc = location('src/a.ts', '3', '1', message);
    expect(loc.message).not.toContain('ghp_');
    expect(loc.message!.length).toBeLessThanOrEqual(300);
  });
});
