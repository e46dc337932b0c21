import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { raisedTimeout } from '../../src/fixes/timeout-fix.js';
import { CONFIG, changedLineNumbers, context, findingOf, memoryRepo } from './helpers.js';

const JOB_TIMEOUT = (minutes: number) => [
  '##[group]Run npm test',
  'npm test',
  '##[endgroup]',
  '> app@1.0.0 test',
  `##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of ${minutes} minutes.`,
];
const STEP_TIMEOUT = (minutes: number) => [
  '##[group]Run npm run e2e',
  'npm run e2e',
  '##[endgroup]',
  `##[error]The action 'Run e2e tests' has timed out after ${minutes} minutes.`,
];

const CI = `# CI for the web app
name: CI
on:
  push:
    branches: [main]
  pull_request:

jobs:
  lint:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
      - run: npm run lint

  test:
    name: Unit tests
    runs-on: ubuntu-latest
    timeout-minutes: 30 # bumped in March
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
`;

async function fix(workflow: string, log: string[], extra: Parameters<typeof context>[2] = {}) {
  const files = memoryRepo({ '.github/workflows/ci.yml': workflow });
  return generateFix(
    context(await findingOf(log), files, { workflowPath: '.github/workflows/ci.yml', ...extra }),
  );
}

describe('timeout fix', () => {
  it('raises the job timeout by the factor, changing only its digits', async () => {
    const result = await fix(CI, JOB_TIMEOUT(30), { jobName: 'Unit tests' });
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]!.after).toBe(
      CI.replace('timeout-minutes: 30 # bumped', 'timeout-minutes: 45 # bumped'),
    );
    expect(result.title).toBe('Raise the timeout of job "test" from 30 to 45 minutes');
    expect(result.complete).toBe(true);
  });

  it('finds the job by id when it has no name, and by a matrix job’s base name', async () => {
    const byId = await fix(CI.replace('timeout-minutes: 10', 'timeout-minutes: 10'), JOB_TIMEOUT(10), {
      jobName: 'lint',
    });
    expect(byId.kind === 'patch' && byId.changes[0]!.after).toBe(
      CI.replace('timeout-minutes: 10', 'timeout-minutes: 15'),
    );
    const matrix = `on: push
jobs:
  build:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        node: [18, 20]
    runs-on: \${{ matrix.os }}
    timeout-minutes: 20
    steps:
      - run: npm test
`;
    const result = await fix(matrix, JOB_TIMEOUT(20), { jobName: 'build (ubuntu-latest, 18)' });
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      matrix.replace('timeout-minutes: 20', 'timeout-minutes: 30'),
    );
  });

  it('matches a name with expressions, and refuses a name two jobs could have', async () => {
    const wf = `on: push
jobs:
  a:
    name: Test on \${{ matrix.os }}
    strategy: { matrix: { os: [ubuntu-latest, macos-latest] } }
    runs-on: \${{ matrix.os }}
    timeout-minutes: 40
    steps: [{ run: make test }]
  b:
    name: Test on \${{ matrix.os }} slowly
    strategy: { matrix: { os: [ubuntu-latest] } }
    runs-on: \${{ matrix.os }}
    timeout-minutes: 90
    steps: [{ run: make slow }]
`;
    const ok = await fix(wf, JOB_TIMEOUT(40), { jobName: 'Test on macos-latest' });
    expect(ok.kind === 'patch' && ok.changes[0]!.after).toBe(
      wf.replace('timeout-minutes: 40', 'timeout-minutes: 60'),
    );
    const ambiguous = await fix(wf, JOB_TIMEOUT(90), { jobName: 'Test on ubuntu-latest slowly' });
    expect(ambiguous).toEqual({ kind: 'none', reason: expect.stringContaining('several jobs') });
  });

  it('raises a step timeout when the step timed out, capped by its job', async () => {
    const wf = `on: push
jobs:
  e2e:
    runs-on: ubuntu-22.04
    timeout-minutes: 25
    steps:
      - uses: actions/checkout@v4
      - name: Run e2e tests
        run: npm run e2e
        timeout-minutes: 20
`;
    const result = await fix(wf, STEP_TIMEOUT(20), { jobName: 'e2e', stepName: 'Run e2e tests' });
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      wf.replace('timeout-minutes: 20', 'timeout-minutes: 25'),
    );
    expect(result.kind === 'patch' && result.title).toBe(
      'Raise the timeout of step "Run e2e tests" from 20 to 25 minutes',
    );
  });

  it('finds the step from the log’s own group line when no step name is given', async () => {
    const wf = `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - name: Run e2e tests
        run: npm run e2e
        timeout-minutes: 12
`;
    const result = await fix(wf, STEP_TIMEOUT(12), { jobName: 'e2e' });
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      wf.replace('timeout-minutes: 12', 'timeout-minutes: 18'),
    );
  });

  it('keeps CRLF line endings, comments and anchors', async () => {
    const wf = [
      'on: [push]',
      'x-defaults: &node',
      '  runs-on: ubuntu-latest',
      'jobs:',
      '  build:',
      '    <<: *node',
      '    timeout-minutes: 7   # short',
      '    steps:',
      '      - run: make',
      '',
    ].join('\r\n');
    const result = await fix(wf, JOB_TIMEOUT(7), { jobName: 'build', validateWorkflow: undefined });
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.changes[0]!.after).toBe(wf.replace('timeout-minutes: 7', 'timeout-minutes: 11'));
  });

  it('does not touch a timeout shared through an alias', async () => {
    const wf = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    timeout-minutes: &t 15
    steps: [{ run: make a }]
  b:
    runs-on: ubuntu-latest
    timeout-minutes: *t
    steps: [{ run: make b }]
`;
    const result = await fix(wf, JOB_TIMEOUT(15), { jobName: 'b' });
    expect(result).toEqual({ kind: 'none', reason: expect.stringContaining('alias or merge key') });
  });

  it('refuses when there is no explicit limit, at the cap, for expressions and when the file changed', async () => {
    const none = await fix(CI.replace('    timeout-minutes: 30 # bumped in March\n', ''), JOB_TIMEOUT(360), {
      jobName: 'Unit tests',
    });
    expect(none).toEqual({ kind: 'none', reason: expect.stringContaining('default of 360 minutes') });
    const atCap = await fix(CI.replace('timeout-minutes: 30', 'timeout-minutes: 360'), JOB_TIMEOUT(360), {
      jobName: 'Unit tests',
    });
    expect(atCap).toEqual({ kind: 'none', reason: expect.stringContaining('the most allowed') });
    const expr = await fix(
      CI.replace('timeout-minutes: 30', 'timeout-minutes: ${{ inputs.minutes }}'),
      JOB_TIMEOUT(30),
      {
        jobName: 'Unit tests',
      },
    );
    expect(expr).toEqual({ kind: 'none', reason: expect.stringContaining('not a whole number') });
    const changed = await fix(CI, JOB_TIMEOUT(20), { jobName: 'Unit tests' });
    expect(changed).toEqual({
      kind: 'none',
      reason: expect.stringContaining('the file has changed since the run'),
    });
  });

  it('caps at GitHub-hosted runners’ 360 minutes but not on self-hosted runners', async () => {
    const config = { ...CONFIG, timeoutMaxMinutes: 1000 };
    const hosted = await fix(CI.replace('timeout-minutes: 30', 'timeout-minutes: 300'), JOB_TIMEOUT(300), {
      jobName: 'Unit tests',
      config,
    });
    expect(hosted.kind === 'patch' && hosted.changes[0]!.after).toContain('timeout-minutes: 360 # bumped');
    const selfHosted = CI.replace('timeout-minutes: 30', 'timeout-minutes: 300').replace(
      'name: Unit tests\n    runs-on: ubuntu-latest',
      'name: Unit tests\n    runs-on: [self-hosted, linux]',
    );
    const result = await fix(selfHosted, JOB_TIMEOUT(300), { jobName: 'Unit tests', config });
    expect(result.kind === 'patch' && result.changes[0]!.after).toContain('timeout-minutes: 450 # bumped');
  });

  it('computes min(cap, ceil(old × factor))', () => {
    expect(raisedTimeout(30, 1.5, 360)).toBe(45);
    expect(raisedTimeout(7, 1.5, 360)).toBe(11);
    expect(raisedTimeout(300, 1.5, 360)).toBe(360);
    expect(raisedTimeout(10, 1.25, 360)).toBe(13);
  });

  it('rejects a bad factor or cap as a configuration mistake naming the key', async () => {
    await expect(fix(CI, JOB_TIMEOUT(30), { config: { ...CONFIG, timeoutFactor: 1 } })).rejects.toThrow(
      /fixes\.timeout\.factor: 1 is not allowed/,
    );
    await expect(fix(CI, JOB_TIMEOUT(30), { config: { ...CONFIG, timeoutMaxMinutes: 0 } })).rejects.toThrow(
      /fixes\.timeout\.maxMinutes/,
    );
  });
});

/** Varied workflows: flow maps, quoting, comments, CRLF, anchors, several jobs and steps. */
const VARIANTS: { text: string; job: string; minutes: number; step?: string }[] = [
  { text: CI, job: 'Unit tests', minutes: 30 },
  { text: CI, job: 'lint', minutes: 10 },
  {
    text: 'on: push\njobs:\n  build: { runs-on: ubuntu-latest, timeout-minutes: 12, steps: [{ run: make }] }\n',
    job: 'build',
    minutes: 12,
  },
  {
    text: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 45\n    steps:\n    - run: make\n',
    job: 'build',
    minutes: 45,
  },
  {
    text: 'on: push\r\njobs:\r\n  docs:\r\n    name: Docs\r\n    runs-on: ubuntu-latest\r\n    timeout-minutes: 5 # fast\r\n    steps:\r\n      - run: make docs\r\n',
    job: 'Docs',
    minutes: 5,
  },
  {
    text: 'on: push\njobs:\n    deploy:\n        runs-on: ubuntu-latest\n        # a comment above\n        timeout-minutes: 60\n        steps:\n            - run: ./deploy.sh\n              timeout-minutes: 50\n',
    job: 'deploy',
    minutes: 60,
  },
  {
    text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    timeout-minutes: 90\n    steps:\n      - name: Tests\n        run: |\n          timeout-minutes: 3\n          make test\n        timeout-minutes: 3\n',
    job: 'test',
    minutes: 3,
    step: 'Tests',
  },
];

describe('timeout fix (property)', () => {
  it('changes only the timeout line of the job or step, in every variant', async () => {
    for (const v of VARIANTS) {
      const log = v.step ? STEP_TIMEOUT(v.minutes) : JOB_TIMEOUT(v.minutes);
      const result = await fix(v.text, log, { jobName: v.job, ...(v.step ? { stepName: v.step } : {}) });
      expect(result.kind, `${v.job}: ${result.kind === 'none' ? result.reason : ''}`).toBe('patch');
      if (result.kind !== 'patch') continue;
      const { before, after } = result.changes[0]!;
      const changed = changedLineNumbers(before, after);
      expect(changed).toHaveLength(1);
      const line = after.split('\n')[changed[0]! - 1]!;
      expect(line).toMatch(/timeout-minutes: ['"]?\d+['"]?/);
      const beforeLine = before.split('\n')[changed[0]! - 1]!;
      // Outside the digits, the line is byte-for-byte the same.
      expect(line.replace(/\d+/g, 'N')).toBe(beforeLine.replace(/\d+/g, 'N'));
      const expected = Math.min(360, Math.ceil(v.minutes * 1.5));
      expect(line).toContain(String(expected));
    }
  });
});

/** A seeded generator of workflows that vary in every way the file's bytes can. */
function generatedWorkflow(seed: number): { text: string; job: string; minutes: number; line: number } {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const unit = pick(['  ', '    ']);
  const eol = pick(['\n', '\r\n']);
  const jobCount = 1 + Math.floor(next() * 3);
  const target = Math.floor(next() * jobCount);
  const lines: string[] = [
    pick(['# CI', 'name: CI', "name: 'CI'"]),
    'on:',
    `${unit}push:`,
    `${unit}${unit}branches: [main]`,
    'jobs:',
  ];
  let job = '';
  let minutes = 0;
  let line = 0;
  for (let j = 0; j < jobCount; j++) {
    const id = `job_${j}`;
    const named = next() < 0.5;
    const m = 5 + Math.floor(next() * 200);
    const keyOrder = pick([
      ['name', 'runs-on', 'timeout', 'steps'],
      ['runs-on', 'timeout', 'name', 'steps'],
      ['timeout', 'name', 'runs-on', 'steps'],
    ]);
    if (next() < 0.4) lines.push('');
    lines.push(`${unit}${id}:${next() < 0.3 ? ' # job comment' : ''}`);
    const i2 = unit + unit;
    for (const key of keyOrder) {
      if (key === 'name' && named) lines.push(`${i2}name: ${pick(['Build', 'Test', 'Lint & format'])} ${j}`);
      if (key === 'runs-on')
        lines.push(`${i2}runs-on: ${pick(['ubuntu-latest', '[self-hosted, linux]', 'windows-2022'])}`);
      if (key === 'timeout') {
        if (next() < 0.3) lines.push(`${i2}# keep this tight`);
        lines.push(`${i2}timeout-minutes: ${m}${pick(['', ' # minutes', '   #no space'])}`);
        if (j === target) line = lines.length;
      }
      if (key === 'steps') {
        if (next() < 0.3) lines.push(`${i2}steps: [{ run: make }, { uses: actions/checkout@v4 }]`);
        else {
          lines.push(`${i2}steps:`);
          const dash = pick([i2, i2 + unit]);
          lines.push(`${dash}- uses: actions/checkout@v4`);
          lines.push(
            `${dash}- run: |`,
            `${dash}${unit}${unit}echo "timeout-minutes: ${m}"`,
            `${dash}${unit}${unit}make`,
          );
        }
      }
    }
    if (j === target) {
      job = named
        ? lines.find((l) => l.startsWith(`${i2}name:`) && l.endsWith(` ${j}`))!.slice(i2.length + 6)
        : id;
      minutes = m;
    }
  }
  return { text: lines.join(eol) + eol, job, minutes, line };
}

describe('timeout fix (generated property)', () => {
  it('changes exactly the target job’s timeout digits in 60 generated workflows', async () => {
    let patches = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const w = generatedWorkflow(seed);
      const result = await fix(w.text, JOB_TIMEOUT(w.minutes), {
        jobName: w.job,
        config: { ...CONFIG, timeoutMaxMinutes: 4000 },
      });
      if (w.minutes * 1.5 > 360 && !w.text.includes('self-hosted')) {
        // Hosted runners stop at 360 minutes: the fix may only go up to there, or not at all.
        if (result.kind === 'none') {
          expect(result.reason, `seed ${seed}`).toMatch(/the most allowed/);
          continue;
        }
      }
      expect(result.kind, `seed ${seed}: ${result.kind === 'none' ? result.reason : ''}`).toBe('patch');
      if (result.kind !== 'patch') continue;
      patches++;
      const { before, after } = result.changes[0]!;
      expect(changedLineNumbers(before, after), `seed ${seed}`).toEqual([w.line]);
      const eol = before.includes('\r\n') ? '\r\n' : '\n';
      const was = before.split(eol)[w.line - 1]!;
      const now = after.split(eol)[w.line - 1]!;
      expect(now.replace(/\d+/, 'N'), `seed ${seed}`).toBe(was.replace(/\d+/, 'N'));
      expect(after.split('\r\n').length, `seed ${seed}`).toBe(before.split('\r\n').length);
    }
    // Most generated cases are patches; the rest hit the hosted runners' limit.
    expect(patches).toBeGreaterThan(40);
  });
});
