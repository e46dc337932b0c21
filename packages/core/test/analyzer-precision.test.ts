import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';

/** The line numbers shown across all findings. */
function shown(a: Analysis): number[] {
  return a.findings.flatMap((f) =>
    f.lines.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)),
  );
}

/** A GitHub Actions job log with runner timestamps. */
function githubLog(lines: string[]): string {
  return `${lines.map((l, i) => `2024-03-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n')}\n`;
}

describe('a failed job never comes out with nothing shown', () => {
  // Commands that failed without printing a word, in each CI's own words.
  const silent: [string, string, string][] = [
    [
      'Travis',
      [
        'travis_fold:start:install',
        '$ npm ci',
        'added 3 packages',
        'travis_fold:end:install',
        '$ ./run.sh',
        'The command "./run.sh" exited with 1.',
        '',
        'Done. Your build exited with 1.',
      ].join('\r\n'),
      './run.sh',
    ],
    [
      'Jenkins',
      [
        '[Pipeline] sh',
        '+ ./run.sh',
        '[Pipeline] }',
        'ERROR: script returned exit code 1',
        'Finished: FAILURE',
      ].join('\n'),
      'script returned exit code 1',
    ],
    [
      'GitHub Actions',
      githubLog([
        '##[group]Run ./run.sh',
        './run.sh',
        '##[endgroup]',
        '##[error]Process completed with exit code 3.',
      ]),
      'exit code 3',
    ],
  ];
  for (const [ci, log, named] of silent) {
    it(`${ci}: shows the last lines, naming the command or its exit`, async () => {
      // With a green log identical to the failed one nothing is new; something is still shown.
      for (const options of [{}, { baseline: log }]) {
        const a = await analyzeLog(log, options);
        expect(shown(a).length).toBeGreaterThan(0);
        expect(a.findings.flatMap((f) => f.excerpt.map((e) => e.text)).join('\n')).toContain(named);
      }
    });
  }
});

describe('warning-level log lines', () => {
  const MAVEN = [
    '[INFO] Scanning for projects...', // 1
    '[WARNING] Could not transfer metadata org.acme:plugin:1.0-SNAPSHOT/maven-metadata.xml from/to snapshots (https://repo.example.org/snapshots): Connection refused', // 2
    '[WARNING] Failed to retrieve plugin descriptor for org.acme:plugin:1.0-SNAPSHOT: Plugin org.acme:plugin:1.0-SNAPSHOT or one of its dependencies could not be resolved: Could not find artifact org.acme:plugin:jar:1.0-SNAPSHOT', // 3
    '[INFO] ------------------------------------------------------------------------', // 4
    '[INFO] BUILD FAILURE', // 5
    '[INFO] ------------------------------------------------------------------------', // 6
    '[ERROR] Plugin org.acme:plugin:1.0-SNAPSHOT or one of its dependencies could not be resolved: Could not find artifact org.acme:plugin:jar:1.0-SNAPSHOT -> [Help 1]', // 7
  ];

  it('are not shown beside the error that failed the build', async () => {
    const a = await analyzeLog(`${MAVEN.join('\n')}\n`);
    expect(shown(a)).toContain(7);
    expect(shown(a)).not.toContain(2);
    expect(shown(a)).not.toContain(3);
  });

  it('are still shown when nothing else states an error', async () => {
    const a = await analyzeLog(`${MAVEN.slice(0, 4).join('\n')}\n`);
    expect(shown(a)).toContain(3);
  });
});

describe('go test -v', () => {
  it("shows a test's t.Error output where the parallel run printed it, far from its --- FAIL line", async () => {
    const log = [
      '=== RUN   TestInit', // 1
      '=== PAUSE TestInit', // 2
      '=== CONT  TestInit', // 3
      '    init_test.go:76: unexpected init error: exit status 1', // 4
      '        stderr:', // 5
      '        Error: Failed to install provider', // 6
      '=== RUN   TestOther', // 7
      '    other_test.go:12: listening on 127.0.0.1:4000', // 8
      '--- PASS: TestOther (0.10s)', // 9
      '--- FAIL: TestInit (1.20s)', // 10
      'FAIL', // 11
      'FAIL\texample.com/app\t1.300s', // 12
    ];
    const a = await analyzeLog(`${log.join('\n')}\n`);
    expect(a.category).toBe('test_failure');
    for (const n of [4, 5, 6, 10]) expect(shown(a)).toContain(n);
    // A passing test's log line is not a failure.
    expect(shown(a)).not.toContain(8);
  });
});

describe('tallies beside the failure they tally', () => {
  it("leaves out Go's package line under the failed tests, and keeps it when it is all there is", async () => {
    const log = [
      '=== RUN   TestParse', // 1
      '--- FAIL: TestParse (0.00s)', // 2
      '    parse_test.go:12: got 1, want 2', // 3
      'FAIL', // 4
      'FAIL\texample.com/app/parse\t0.020s', // 5
      'ok  \texample.com/app/z\t0.011s', // 6
    ];
    const a = await analyzeLog(`${log.join('\n')}\n`);
    expect(shown(a)).toEqual([2, 3]);
    const alone = await analyzeLog('FAIL\texample.com/app/parse\t0.020s\n');
    expect(shown(alone)).toEqual([1]);
  });
});

describe('lines shown per job', () => {
  it('shows at most 15 lines across findings that each state one failure, the strongest whole', async () => {
    const failure = (name: string) => [
      `--- FAIL: ${name} (0.00s)`,
      ...Array.from({ length: 9 }, (_, i) => `    detail ${i} of ${name}`),
    ];
    const log = [
      ...failure('TestOne'),
      ...Array.from({ length: 10 }, (_, i) => `=== RUN   TestPass${i}`),
      ...failure('TestTwo'),
    ];
    const a = await analyzeLog(`${log.join('\n')}\n`);
    expect(shown(a).length).toBeGreaterThan(0);
    expect(shown(a).length).toBeLessThanOrEqual(15);
    // Each failure alone is 10 lines: the one that leads is shown whole, the other does not fit.
    expect(a.findings).toHaveLength(1);
    expect(shown(a)).toHaveLength(10);
  });

  it('keeps every finding of a job whose failure is a long list (a compiler listing each error)', async () => {
    const log = Array.from(
      { length: 12 },
      (_, i) =>
        `src/m${i}.c:${i + 1}:5: error: unknown type name 'foo${i}'\n    ${i + 1} | foo${i} x;\n      |     ^~~~`,
    );
    const a = await analyzeLog(`${log.join('\n')}\n`);
    expect(a.findings.flatMap((f) => f.excerpt).filter((l) => l.text.includes('error:'))).toHaveLength(12);
  });
});
