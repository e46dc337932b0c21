import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';
import { builtinRuleSet } from '../src/analyzer/builtin-rules.js';
import { CiTracker } from '../src/analyzer/ci-format.js';
import { Scanner, type ScanResult } from '../src/analyzer/scan.js';
import type { StepInfo } from '../src/analyzer/structure.js';
import { cleanLine, detectFormat, type LogFormat } from '../src/log/clean.js';
import { LineSplitter } from '../src/log/lines.js';

/** Unit tests of the CI structure tracker: each format's markup, and what must not be taken for it. */

const ESC = '\u001b';

function scan(lines: readonly string[]): ScanResult {
  const scanner = new Scanner(builtinRuleSet());
  const splitter = new LineSplitter();
  const batch = splitter.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
  if (batch.starts.length > 0) scanner.push(batch);
  const last = splitter.end();
  if (last.starts.length > 0) scanner.push(last);
  return scanner.finish();
}

function failing(steps: readonly StepInfo[]): StepInfo | undefined {
  return [...steps].reverse().find((s) => s.failed && !s.post);
}

function names(steps: readonly StepInfo[]): string[] {
  return steps.map((s) => s.name);
}

function candidate(format: LogFormat, line: string): boolean {
  const bytes = Buffer.from(line, 'utf8');
  return new CiTracker(format).candidate(bytes, 0, bytes.length);
}

describe('CiTracker.candidate: a byte test before any decoding', () => {
  it('takes structural lines, past timestamps and colour codes', () => {
    expect(candidate('jenkins', '[Pipeline] sh')).toBe(true);
    expect(candidate('jenkins', '[Pipeline] }')).toBe(true);
    expect(candidate('jenkins', '[Joda Time] $ /bin/sh -xe /tmp/jenkins1.sh')).toBe(true);
    expect(candidate('jenkins', '[2024-05-01T10:00:00.123Z] + make check')).toBe(true);
    expect(candidate('jenkins', '10:00:01  ERROR: script returned exit code 2')).toBe(true);
    expect(candidate('travis', `${ESC}[0K$ npm test`)).toBe(true);
    expect(candidate('travis', `${ESC}[31;1mThe command "npm test" exited with 1.${ESC}[0m`)).toBe(true);
    expect(candidate('gitlab', `${ESC}[0Ksection_end:1700000000:step_script`)).toBe(true);
    expect(candidate('buildkite', '🚨 Error: The command exited with status 1')).toBe(true);
    expect(candidate('azure', '2024-05-01T10:00:00.1230000Z ##[section]Starting: Run tests')).toBe(true);
    expect(candidate('circleci', '  #!/bin/bash -eo pipefail')).toBe(true);
  });

  it('leaves output alone', () => {
    expect(candidate('jenkins', '[INFO] BUILD FAILURE')).toBe(false);
    expect(candidate('jenkins', '[ERROR] Tests run: 3, Failures: 1')).toBe(false);
    expect(candidate('jenkins', 'Tests run: 3')).toBe(false);
    expect(candidate('travis', 'test_calc.py .F.')).toBe(false);
    expect(candidate('gitlab', 'some output $ x')).toBe(false);
    expect(candidate('shell', 'added 412 packages')).toBe(false);
    expect(candidate('github-raw', '##[group]Run npm test')).toBe(false);
  });
});

describe('Travis', () => {
  const K = `\r${ESC}[0K`;
  const log = [
    `travis_fold:start:install${K}travis_time:start:0001${K}$ npm ci`,
    'added 10 packages',
    `travis_time:end:0001:start=1,finish=2,duration=1${K}travis_fold:end:install${K}travis_time:start:0002${K}$ npm run lint`,
    'src/a.js: line 3: Unexpected console statement',
    '$ eslint src', // a tool printing a `$` line: not a Travis echo (no timer marker before it)
    `travis_time:end:0002:start=2,finish=3,duration=1${K}`,
    `${ESC}[31;1mThe command "npm run lint" exited with 1.${ESC}[0m`,
    `travis_time:start:0003${K}$ npm test`,
    'all tests passed',
    `travis_time:end:0003:start=3,finish=4,duration=1${K}`,
    `${ESC}[32;1mThe command "npm test" exited with 0.${ESC}[0m`,
    `travis_fold:start:after_failure.1${K}travis_time:start:0004${K}$ cat npm-debug.log`,
    'cat: npm-debug.log: No such file or directory',
    `travis_time:end:0004:start=4,finish=5,duration=1${K}travis_fold:end:after_failure.1${K}`,
    '',
    'Done. Your build exited with 1.',
  ];

  it('names each command, reads phases from folds, and finds the failing command by its name', () => {
    const r = scan(log);
    expect(r.format).toBe('travis');
    const f = failing(r.steps)!;
    expect(f.name).toBe('npm run lint');
    expect(f.exitCode).toBe(1);
    expect(f.phase).toBe('main');
    // The script continued after the failure: the later green command is not the failing one.
    const test = r.steps.find((s) => s.name === 'npm test')!;
    expect(test.failed).toBe(false);
    expect(test.exitCode).toBe(0);
    expect(r.steps.find((s) => s.name === 'npm ci')!.phase).toBe('setup');
    // after_failure prints about the failure: searched as a step that ran, not as cleanup.
    const after = r.steps.find((s) => s.name === 'cat npm-debug.log')!;
    expect([after.post, after.phase, after.failed]).toEqual([false, 'main', false]);
    expect(names(r.steps)).not.toContain('eslint src');
  });

  it('an error printed by a command Travis says exited with 0 does not stand in for the failing one', async () => {
    const a = await analyzeLog(
      `${[
        `travis_time:start:0001${K}$ npm run fetch-fixtures`,
        'npm ERR! code ECONNRESET',
        'retrying in 2s… done',
        `travis_time:end:0001:start=1,finish=2,duration=1${K}`,
        'The command "npm run fetch-fixtures" exited with 0.',
        `travis_time:start:0002${K}$ ./check.sh`,
        'checking 14 widgets',
        'widget 9 is out of tolerance',
        `travis_time:end:0002:start=2,finish=3,duration=1${K}`,
        'The command "./check.sh" exited with 1.',
      ].join('\n')}\n`,
    );
    expect(a.stats.failingStep).toBe('./check.sh');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]!.rule).toBe('fallback');
    expect(a.findings[0]!.excerpt.map((l) => l.text)).toEqual([
      'checking 14 widgets',
      'widget 9 is out of tolerance',
    ]);
  });

  it('retried install commands and stalled jobs name the command too', async () => {
    const retried = scan([
      `travis_fold:start:install${K}travis_time:start:0001${K}$ ./gradlew assemble`,
      'FAILURE: Build failed with an exception.',
      `travis_time:end:0001:start=1,finish=2,duration=1${K}`,
      'The command "eval ./gradlew assemble" failed 3 times.',
    ]);
    expect(failing(retried.steps)!.name).toBe('./gradlew assemble');
    const lines = [
      `travis_time:start:0001${K}$ npm test`,
      'waiting for the database…',
      '',
      'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.',
      'Check the details on how to adjust your build configuration on: https://docs.travis-ci.com/user/common-build-problems/#build-times-out-because-no-output-was-received',
      '',
      'The build has been terminated',
    ];
    const stalled = scan(lines);
    expect(failing(stalled.steps)!.name).toBe('npm test');
    const a = await analyzeLog(`${lines.join('\n')}\n`);
    expect(a.findings.flatMap((f) => f.excerpt.map((l) => l.text)).join('\n')).toContain(
      'No output has been received',
    );
  });

  it('a failure during install names the install command', () => {
    const r = scan([
      `travis_fold:start:install${K}travis_time:start:0001${K}$ bundle install --jobs=3`,
      'Could not find gem rake',
      `travis_time:end:0001:start=1,finish=2,duration=1${K}`,
      `${ESC}[31;1mThe command "bundle install --jobs=3" failed and exited with 7 during install.${ESC}[0m`,
      '',
      'Your build has been stopped.',
    ]);
    const f = failing(r.steps)!;
    expect(f.name).toBe('bundle install --jobs=3');
    expect(f.exitCode).toBe(7);
  });

  it('a fold the command prints itself is its output, not a step', () => {
    const r = scan([
      `travis_time:start:0001${K}$ ./x.py test`,
      'travis_fold:start:test_codegen',
      'running 120 tests',
      'travis_fold:end:test_codegen',
      'travis_fold:start:install_tools', // named like a Travis phase, still the command's own
      'test [run-make] long-linker-command-lines ... FAILED',
      'travis_fold:end:install_tools',
      `travis_time:end:0001:start=1,finish=2,duration=1${K}`,
      `${ESC}[31;1mThe command "./x.py test" exited with 1.${ESC}[0m`,
      `travis_fold:start:after_failure.1${K}travis_time:start:0002${K}$ tail build.log`,
    ]);
    expect(names(r.steps)).toEqual(['./x.py test', 'after_failure.1', 'tail build.log']);
    const f = failing(r.steps)!;
    expect([f.name, f.start, f.end]).toEqual(['./x.py test', 2, 11]);
  });

  it('logs from before timers: bare `$ cmd` echoes in the script phase are commands', () => {
    const r = scan([
      'travis_fold:start:git.checkout\r$ git clone --depth=50 https://github.com/o/r.git o/r',
      "Cloning into 'o/r'...",
      'travis_fold:end:git.checkout\r',
      '$ yarn test',
      'yarn run v1.3.2',
      '$ jest src', // yarn's own echo, inside the command's output
      ' FAIL  src/sum.test.js',
      '',
      'The command "yarn test" exited with 1.',
      '$ bundle exec rake',
      'rake aborted!',
      '',
      'The command "bundle exec rake" exited with 1.',
    ]);
    expect(names(r.steps)).toEqual([
      'git.checkout',
      'git clone --depth=50 https://github.com/o/r.git o/r',
      'yarn test',
      'bundle exec rake',
    ]);
    expect(r.steps.find((s) => s.name === 'yarn test')!.failed).toBe(true);
    expect(failing(r.steps)!.name).toBe('bundle exec rake');
  });

  it('cleaning takes the markers off and keeps the text after them', () => {
    expect(cleanLine('travis_fold:start:install', 'travis')).toEqual({
      text: '',
      marker: 'travis_fold:start:install',
    });
    expect(
      cleanLine(`${ESC}[0Ktravis_time:end:0a:start=1,finish=2,duration=1${ESC}[0K$ make`, 'travis'),
    ).toEqual({
      text: '$ make',
      marker: 'travis_time:end:0a:start=1,finish=2,duration=1',
    });
    // Only Travis logs lose such lines: elsewhere they are text.
    expect(cleanLine('travis_fold:start:install', 'plain').text).toBe('travis_fold:start:install');
  });
});

describe('GitLab', () => {
  const start = (ts: number, name: string) =>
    `${ESC}[0Ksection_start:${ts}:${name}\r${ESC}[0K${ESC}[36;1m${name}${ESC}[0;m`;
  const end = (ts: number, name: string) => `${ESC}[0Ksection_end:${ts}:${name}\r${ESC}[0K`;
  const log = [
    `${ESC}[0KRunning with gitlab-runner 16.11.0 (91a27b2a)${ESC}[0;m`,
    start(1, 'get_sources'),
    'Checking out 1a2b3c4d as detached HEAD (ref is main)...',
    end(2, 'get_sources'),
    start(2, 'step_script'),
    `${ESC}[32;1m$ make${ESC}[0;m`,
    'cc -c a.c',
    '$ not an echo: printed by the build', // not green: output
    'a.c:3:5: error: unknown type name ‘foo’',
    end(3, 'step_script'),
    start(3, 'after_script'),
    `${ESC}[32;1m$ cat build.log${ESC}[0;m`,
    'cat: build.log: No such file or directory',
    end(4, 'after_script'),
    start(4, 'cleanup_file_variables'),
    `${end(5, 'cleanup_file_variables')}${ESC}[31;1mERROR: Job failed: exit code 2`,
  ];

  it('the job stopped at the last script command; the exit is placed where its output ended', () => {
    const r = scan(log);
    expect(r.format).toBe('gitlab');
    const f = failing(r.steps)!;
    expect(f.name).toBe('make');
    expect(f.exitCode).toBe(2);
    // Markers end with `\r\e[0K`: each section line counts as two (as the ground truth counts);
    // the section's end closes its last command.
    expect(f.start).toBe(9);
    expect(f.end).toBe(12);
    // The tail the fallback reads ends at the command's output, not at the job's verdict.
    expect(f.exitLine).toBe(13);
    expect(
      r.tails.some((t) => t.at === 13 && t.lines.some((l) => l.text.includes('unknown type name'))),
    ).toBe(true);
    expect(r.steps.find((s) => s.name === 'cat build.log')!.post).toBe(true);
    expect(r.steps.find((s) => s.name === 'get_sources')!.phase).toBe('setup');
    expect(names(r.steps)).not.toContain('not an echo: printed by the build');
  });

  it("a script's own sections are its output; runners without sections announce after_script", () => {
    const custom = scan([
      ...log.slice(0, 6),
      `${ESC}[0Ksection_start:9:my_tests[collapsed=true]\r${ESC}[0KUnit tests`,
      'FAIL: test_parse',
      `${ESC}[0Ksection_end:9:my_tests\r${ESC}[0K`,
      ...log.slice(9),
    ]);
    expect(names(custom.steps)).not.toContain('my_tests');
    expect(failing(custom.steps)!.name).toBe('make');
    const old = scan([
      'Running with gitlab-runner 10.8.0 (079aad9e)',
      `${ESC}[32;1m$ make${ESC}[0;m`,
      'a.c:3:5: error: unknown type name ‘foo’',
      `${ESC}[32;1mRunning after script...${ESC}[0;m`,
      `${ESC}[32;1m$ cat build.log${ESC}[0;m`,
      'cat: build.log: No such file or directory',
      `${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m`,
    ]);
    expect(old.format).toBe('gitlab');
    const f = failing(old.steps)!;
    expect([f.name, f.end]).toEqual(['make', 3]);
    expect(old.steps.find((s) => s.name === 'cat build.log')!.post).toBe(true);
  });

  it("the runner's verdict and cleanup errors are not findings", async () => {
    const a = await analyzeLog(`${log.join('\n')}\n`);
    expect(a.findings[0]!.keyLine).toContain('unknown type name');
    expect(a.findings.flatMap((f) => f.excerpt.map((l) => l.text)).join('\n')).not.toMatch(
      /Job failed|No such file/,
    );
  });
});

describe('Jenkins', () => {
  const pipeline = [
    'Started by user Build Bot',
    '[Pipeline] Start of Pipeline',
    '[Pipeline] node',
    '[Pipeline] {',
    '[Pipeline] stage',
    '[Pipeline] { (Declarative: Checkout SCM)',
    '[Pipeline] checkout',
    'Selected Git installation does not exist. Using Default',
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] stage',
    '[Pipeline] { (Test)',
    '[Pipeline] sh',
    '+ npm test',
    '  - Expected',
    '  + Received',
    '+ expected - actual', // mocha's diff header: not a command
    'AssertionError [ERR_ASSERTION]: values are not equal',
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] stage',
    '[Pipeline] { (Declarative: Post Actions)',
    '[Pipeline] sh',
    '+ ./collect-logs.sh',
    'ERROR: no logs to collect',
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] End of Pipeline',
    'ERROR: script returned exit code 1',
    'Finished: FAILURE',
  ];

  it('stages give phases; the failing sh step is the last outside post; diff lines are not commands', () => {
    const r = scan(pipeline);
    expect(r.format).toBe('jenkins');
    const f = failing(r.steps)!;
    expect(f.name).toBe('npm test');
    expect(f.exitCode).toBe(1);
    expect(f.start).toBe(13);
    expect(f.end).toBe(18);
    expect(f.exitLine).toBe(19);
    expect(names(r.steps)).not.toContain('expected - actual');
    expect(r.steps.find((s) => s.name === './collect-logs.sh')!.post).toBe(true);
    expect(r.steps.find((s) => s.name === 'Declarative: Checkout SCM')!.phase).toBe('setup');
  });

  it('the verdict line is structure, the post-stage error is not the finding', async () => {
    const a = await analyzeLog(`${pipeline.join('\n')}\n`);
    expect(a.stats.failingStep).toBe('npm test');
    expect(a.findings[0]!.keyLine).toContain('values are not equal');
    const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.text)).join('\n');
    expect(shown).not.toContain('script returned exit code');
    expect(shown).not.toContain('no logs to collect');
  });

  it('freestyle: the launcher and `+ cmd` lines split the shell step; the verdict stays with the command', () => {
    const r = scan([
      'Started by timer',
      'Building remotely on builder01 (lin) in workspace /builds/workspace/proj',
      '[proj] $ /bin/sh -xe /tmp/jenkins123.sh',
      '+ mvn -q compile',
      '[INFO] compiled',
      '+ mvn test',
      '[ERROR] Tests run: 3, Failures: 1',
      "Build step 'Execute shell' marked build as failure",
      'Finished: FAILURE',
    ]);
    expect(r.format).toBe('jenkins');
    expect(names(r.steps)).toEqual(['mvn -q compile', 'mvn test']);
    const f = failing(r.steps)!;
    expect(f.name).toBe('mvn test');
    expect(f.exitLine).toBe(8);
  });

  it('parallel branches labelled on each line are steps of their own; the failing branch is the failing step', async () => {
    const lines = [
      '[Pipeline] Start of Pipeline',
      '[Pipeline] node',
      '[Pipeline] {',
      '[Pipeline] stage',
      '[Pipeline] { (Test)',
      '[Pipeline] parallel',
      '[Pipeline] { (Branch: linux)',
      '[Pipeline] { (Branch: mac)',
      '[Pipeline] sh',
      '[Pipeline] sh',
      '[linux] + make check',
      '[mac] + make check',
      '[mac] all 12 tests passed',
      '[linux] FAIL: test_parse (expected 8080, got 0)',
      '[Pipeline] }',
      '[Pipeline] }',
      'Failed in branch linux',
      '[Pipeline] // parallel',
      '[Pipeline] }',
      '[Pipeline] // stage',
      '[Pipeline] End of Pipeline',
      'ERROR: script returned exit code 2',
      'Finished: FAILURE',
    ];
    const r = scan(lines);
    const f = failing(r.steps)!;
    // `[linux] + make check` (11) to `[linux] FAIL: …` (14); the verdict after the pipeline (22).
    expect([f.name, f.start, f.end, f.exitCode, f.exitLine]).toEqual(['linux', 11, 14, 2, 22]);
    const mac = r.steps.find((s) => s.name === 'mac')!;
    expect([mac.start, mac.end, mac.failed]).toEqual([12, 13, false]);
    expect(r.steps.find((s) => s.name === 'parallel')!.failed).toBe(false);
    // Each line's block is in its own branch's step, whatever ran between.
    const a = await analyzeLog(`${lines.join('\n')}\n`);
    expect(a.stats.failingStep).toBe('linux');
    expect(a.findings[0]!.step).toBe('linux');
    expect(a.findings[0]!.excerpt.map((l) => l.text)).toContain(
      '[linux] FAIL: test_parse (expected 8080, got 0)',
    );
    expect(a.findings.flatMap((f) => f.excerpt.map((l) => l.text))).not.toContain(
      '[mac] all 12 tests passed',
    );
  });

  it("rules see a labelled branch's line without its label, so rules anchored at the start match", async () => {
    const lines = [
      '[Pipeline] parallel',
      '[Pipeline] { (Branch: py311)',
      '[Pipeline] { (Branch: py312)',
      '[py311] + pytest -q',
      '[py312] + pytest -q',
      '[py312] 3 passed in 0.02s',
      '[py311] FAILED tests/test_parse.py::test_port - AssertionError: assert 0 == 8080',
      '[py311] 1 failed, 2 passed in 0.03s',
      '[Pipeline] }',
      '[Pipeline] }',
      'Failed in branch py311',
      '[Pipeline] // parallel',
      'ERROR: script returned exit code 1',
      'Finished: FAILURE',
    ];
    const a = await analyzeLog(`${lines.join('\n')}\n`);
    expect(a.stats.failingStep).toBe('py311');
    expect(a.findings[0]!.rule).toBe('pytest.failed');
    expect(a.category).toBe('test_failure');
    // Shown as the log has it, label and all.
    expect(a.findings[0]!.excerpt.map((l) => l.text)).toContain(lines[6]);
  });

  it('branch labels are known from the declarations of 2015–2018 Pipeline logs, and only inside parallel', () => {
    const tracker = new CiTracker('jenkins');
    const lines = [
      '[Pipeline] parallel',
      '[Pipeline] [unit] { (Branch: unit)',
      '[Pipeline] [it] { (Branch: it)',
      '[unit] + mvn test',
      '[INFO] BUILD FAILURE',
      '[Pipeline] // parallel',
    ];
    const seen = lines.map((text, i) => {
      const bytes = Buffer.from(text, 'utf8');
      const structural = tracker.candidate(bytes, 0, bytes.length);
      if (structural) tracker.observeCi(i + 1, text, text, undefined);
      return [structural, tracker.branchLabelLength(text)];
    });
    // Maven's `[INFO]` is not a branch; after `// parallel` no label is one any more.
    expect(seen).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
      [true, 7],
      [false, 0],
      [true, 0],
    ]);
    expect(tracker.branchLabelLength('[unit] + mvn test')).toBe(0);
    expect(tracker.steps.map((s) => s.name)).toEqual(['parallel', 'unit', '(pipeline)']);
  });

  it('without labels (Pipeline since 2018) the parallel block stays one step', () => {
    const r = scan([
      '[Pipeline] { (Test)',
      '[Pipeline] parallel',
      '[Pipeline] { (Branch: linux)',
      '[Pipeline] { (Branch: mac)',
      '[Pipeline] sh',
      '[Pipeline] sh',
      '+ make check',
      '+ make check',
      'FAIL: test_parse (expected 8080, got 0)',
      '[Pipeline] }',
      'Failed in branch linux',
      '[Pipeline] // parallel',
      'ERROR: script returned exit code 2',
    ]);
    const f = failing(r.steps)!;
    expect([f.name, f.start, f.end, f.exitCode]).toEqual(['parallel', 2, 11, 2]);
  });

  it('strips Timestamper prefixes in cleaning', () => {
    expect(cleanLine('[2024-05-01T10:00:00.123Z] + make', 'jenkins').text).toBe('+ make');
    expect(cleanLine('10:00:01  [Pipeline] sh', 'jenkins').text).toBe('[Pipeline] sh');
  });
});

describe('Buildkite', () => {
  it('groups are steps; Go’s `--- FAIL:` is output; the verdict marks the open group', () => {
    const r = scan([
      '~~~ Running global environment hook',
      '$ /buildkite/hooks/environment',
      '~~~ Preparing working directory',
      '$ git clone -v -- https://github.com/o/r.git .',
      '--- :go: Running tests',
      '$ go test ./...',
      '--- FAIL: TestParse (0.00s)',
      '    parse_test.go:12: got 0, want 8080',
      'FAIL',
      '^^^ +++',
      '🚨 Error: The command exited with status 1',
      '~~~ Running plugin artifacts post-command hook',
    ]);
    expect(r.format).toBe('buildkite');
    expect(names(r.steps)).toEqual([
      'Running global environment hook',
      'Preparing working directory',
      ':go: Running tests',
      'Running plugin artifacts post-command hook',
    ]);
    const f = failing(r.steps)!;
    expect(f.name).toBe(':go: Running tests');
    expect(f.exitCode).toBe(1);
    expect(f.exitLine).toBe(11);
    expect(r.steps[0]!.phase).toBe('setup');
    expect(r.steps[3]!.post).toBe(true);
    // `^^^ +++` is structure: never shown.
    expect(cleanLine('^^^ +++', 'buildkite').text).toBe('');
  });

  it('groups the command prints are its own output: the verdict fails the command, not the last `+++`', () => {
    const r = scan([
      '~~~ Preparing working directory',
      '$ git clone -v -- https://github.com/o/r.git .',
      '~~~ Running commands',
      '$ ./ci.sh',
      '--- :hammer: build',
      'built 3 targets',
      '+++ :go: test',
      '--- FAIL: TestParse (0.00s)',
      '    parse_test.go:12: got 0, want 8080',
      'FAIL',
      '+++ :white_check_mark: all good',
      '^^^ +++',
      '🚨 Error: The command exited with status 1',
      '~~~ Running plugin artifacts post-command hook',
      '$ buildkite-agent artifact upload "coverage/**/*"',
    ]);
    expect(names(r.steps)).toEqual([
      'Preparing working directory',
      './ci.sh',
      'Running plugin artifacts post-command hook',
    ]);
    const f = failing(r.steps)!;
    expect(f.name).toBe('./ci.sh');
    expect([f.start, f.end]).toEqual([3, 13]);
    expect(f.exitLine).toBe(13);
    expect(r.steps[2]!.post).toBe(true);
  });

  it('a second `Running commands` group, printed by the job, does not take the verdict either', () => {
    const r = scan([
      '~~~ Running commands',
      '$ make test',
      'make: *** [test] Error 1',
      '~~~ Running commands',
      '🚨 Error: The command exited with status 2',
    ]);
    expect(names(r.steps)).toEqual(['make test']);
    expect(failing(r.steps)?.exitCode).toBe(2);
  });
});

describe('CircleCI and Azure Pipelines: the command echo is not output', () => {
  it('CircleCI: the echoed command with error words is not the finding', async () => {
    const a = await analyzeLog(
      `${[
        '====>> Checkout code',
        '  #!/bin/sh -eo pipefail',
        'git clone --no-checkout git@github.com:o/r.git .',
        '====>> npm run lint || echo "Error: lint failed"',
        '  #!/bin/bash -eo pipefail',
        'npm run lint || echo "Error: lint failed"',
        '/home/circleci/project/src/a.js',
        '  3:1  error  Unexpected console statement  no-console',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
        'Exited with code exit status 1',
        'Task failed',
      ].join('\n')}\n`,
    );
    expect(a.stats.format).toBe('circleci');
    expect(a.stats.failingStep).toBe('npm run lint || echo "Error: lint failed"');
    expect(a.findings.flatMap((f) => f.excerpt.map((l) => l.no))).not.toContain(6);
    expect(a.findings[0]!.excerpt.some((l) => l.text.includes('Unexpected console statement'))).toBe(true);
  });

  it('Azure: tasks are steps, the script echo is not output, the exit is a verdict, not an error', async () => {
    const t = '2024-05-01T10:00:00.0000000Z ';
    const lines = [
      '##[section]Starting: Initialize job',
      "Agent name: 'Azure Pipelines 2'",
      '##[section]Finishing: Initialize job',
      '##[section]Starting: Build',
      'Generating script.',
      'Script contents:',
      'make || echo "error: build failed"',
      '##vso[task.setvariable variable=BUILD_KIND]release',
      '========================== Starting Command Output ===========================',
      '/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/a.sh',
      'a.c:3:5: error: unknown type name ‘foo’',
      "##[error]Bash exited with code '2'.",
      '##[section]Finishing: Build',
      '##[section]Starting: Finalize Job',
      '##[section]Finishing: Finalize Job',
    ].map((l) => t + l);
    const r = scan(lines);
    expect(r.format).toBe('azure');
    const f = failing(r.steps)!;
    expect(f.name).toBe('Build');
    expect(f.exitCode).toBe(2);
    expect(f.exitLine).toBe(12);
    expect(f.echoEnd).toBe(10);
    const a = await analyzeLog(`${lines.join('\n')}\n`);
    const shown = a.findings.flatMap((f) => f.excerpt.map((l) => l.no));
    expect(shown).toContain(11);
    for (const echo of [7, 8, 12]) expect(shown).not.toContain(echo);
    expect(cleanLine('##vso[task.logissue type=error;sourcepath=a.c]bad input', 'azure').text).toBe(
      'bad input',
    );
    expect(cleanLine('##vso[task.setvariable variable=X]1', 'azure').text).toBe('');
  });
});

describe('set -x shells and detection', () => {
  it('`+ cmd` lines are steps; the log ends where the failing one stopped it', () => {
    const r = scan(['+ cd project', '+ make', 'make: *** [all] Error 2']);
    expect(r.format).toBe('shell');
    expect(names(r.steps)).toEqual(['cd project', 'make']);
    expect(failing(r.steps)!.name).toBe('make');
  });

  it('a bare log ending in an exit status: one failed step, the fallback stops before the status', async () => {
    const lines = ['building widgets', 'widget 3: checksum mismatch in frobnicator', 'Exited with code 4'];
    const r = scan(lines);
    expect(r.format).toBe('plain');
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]).toMatchObject({ start: 1, end: 3, failed: true, exitCode: 4, exitLine: 3 });
    const a = await analyzeLog(`${lines.join('\n')}\n`);
    expect(a.findings[0]!.rule).toBe('fallback');
    expect(a.findings[0]!.excerpt.map((l) => l.no)).toEqual([1, 2]);
    expect(a.findings[0]!.facts?.exitCode).toBe(4);
    // No exit line: no step, as before.
    expect(scan(lines.slice(0, 2)).steps).toHaveLength(0);
  });

  it('detects each format from its first lines, and leaves other logs alone', () => {
    expect(detectFormat(['travis_fold:start:worker_info', 'Worker information'])).toBe('travis');
    expect(detectFormat([`${ESC}[0KRunning with gitlab-runner 16.11.0 (91a27b2a)${ESC}[0;m`])).toBe('gitlab');
    expect(detectFormat(['Started by user x', '[Pipeline] Start of Pipeline'])).toBe('jenkins');
    expect(detectFormat(['Started by timer', 'Building remotely on b1 (lin) in workspace /w/p'])).toBe(
      'jenkins',
    );
    expect(detectFormat(['~~~ Running global environment hook'])).toBe('buildkite');
    expect(detectFormat(['====>> Spin up environment'])).toBe('circleci');
    expect(detectFormat(['2024-05-01T10:00:00.0000000Z ##[section]Starting: Initialize job'])).toBe('azure');
    expect(detectFormat(['+ set -e', '+ make'])).toBe('shell');
    // A diff, a test runner's or npm's `+` lines are not a shell trace.
    expect(detectFormat(['--- a/x.txt', '+++ b/x.txt', '+ expected - actual', '+   "a": 1'])).toBe('plain');
    expect(detectFormat(['+ react@18.2.0', 'added 1 package in 2s'])).toBe('plain');
    expect(detectFormat(['2024-03-01T10:00:00.1234567Z ##[group]Run npm test'])).toBe('github-raw');
  });
});

describe('tails', () => {
  it('Travis: a failing command keeps its tail however many green commands follow it', () => {
    const K = `\r${ESC}[0K`;
    const lines = [
      `travis_time:start:0000${K}$ ./check-a.sh`,
      'check a: wrong answer 41',
      `travis_time:end:0000:start=1,finish=2,duration=1${K}`,
      'The command "./check-a.sh" exited with 3.',
    ];
    for (let i = 1; i <= 40; i++)
      lines.push(
        `travis_time:start:${i}${K}$ ./ok-${i}.sh`,
        'fine',
        `travis_time:end:${i}:start=1,finish=2,duration=1${K}`,
        `The command "./ok-${i}.sh" exited with 0.`,
      );
    const r = scan(lines);
    const f = failing(r.steps)!;
    expect(f.name).toBe('./check-a.sh');
    const tail = r.tails.find((t) => t.at === f.exitLine);
    expect(tail?.lines.some((l) => l.text === 'check a: wrong answer 41')).toBe(true);
  });
});

describe('bounds', () => {
  it('a trace of many commands keeps a bounded number of steps, names the last command, keeps few tails', () => {
    const lines: string[] = [];
    for (let i = 0; i < 12_000; i++) lines.push(`+ step-${i} --flag`, `output of ${i}`);
    lines.push('+ make check', 'FAIL: test_parse', 'make: *** [check] Error 1');
    const r = scan(lines);
    expect(r.format).toBe('shell');
    expect(r.steps.length).toBeLessThanOrEqual(5000);
    expect(failing(r.steps)!.name).toBe('make check');
    // One tail, at the end of the log: green commands followed by commands keep none.
    expect(r.tails).toHaveLength(1);
  });
});
