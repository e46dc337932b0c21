/**
 * The split setup: an unprivileged compute step writes the fix file (running a lint command on the
 * failing commit in between), and a privileged apply step checks it against GitHub and delivers.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyzeLog } from '@autoheal/core/analyzer/analyze';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import { SIMULATOR_TOKEN, stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FixDocument } from '../src/fix-file.js';
import { run } from '../src/run.js';
import {
  baseSeed,
  changedPaths,
  type FailureCase,
  failureIssue,
  failureMarker,
  fileAt,
  inputsFrom,
  iso,
  MAINTAINER_TOKEN,
  NOW,
  REPO,
  runnerLog,
  TIMEOUT,
  testDeps,
  writes,
} from './helpers.js';

const READ_TOKEN = 'ghs_readOnlyToken000000000000000000000';
const APP_BEFORE = 'const greeting = "hello";\nexport default greeting;\n';
const APP_AFTER = "const greeting = 'hello';\nexport default greeting;\n";

const LINT: FailureCase = {
  runId: 7004,
  workflowPath: '.github/workflows/lint.yml',
  jobName: 'lint',
  step: 'Run npm run lint',
  log: runnerLog([
    '##[group]Run npm run lint',
    'npm run lint',
    '##[endgroup]',
    '> widgets@1.0.0 lint',
    '> eslint .',
    '',
    '/home/runner/work/widgets/widgets/src/app.js',
    '  1:18  error  Strings must use singlequote  quotes',
    '',
    '✖ 1 problem (1 error, 0 warnings)',
    '  1 error and 0 warnings potentially fixable with the `--fix` option.',
    '##[error]Process completed with exit code 1.',
  ]),
};

let sim: GitHubSimulator;
let tempDir: string;

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-apply-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

async function lintFingerprint(): Promise<string> {
  const analysis = await analyzeLog(LINT.log, { stepName: LINT.step });
  return failureFingerprint({
    workflowPath: LINT.workflowPath,
    jobName: LINT.jobName,
    category: analysis.category,
    keyLine: analysis.findings[0]!.keyLine,
  });
}

async function world(): Promise<{ timeoutFp: string; lintFp: string }> {
  const timeout = await failureIssue(TIMEOUT, 1);
  const lintFp = await lintFingerprint();
  sim = await startGitHubSimulator({
    seed: baseSeed((r) =>
      r
        .issue(timeout.issue)
        .issue({
          number: 6,
          title: 'lint',
          author: 'github-actions[bot]',
          labels: ['autoheal'],
          body: `${failureMarker(lintFp, LINT)}\n`,
        })
        .files({
          '.github/autoheal.yml': 'fixes:\n  lint-command: npm run lint -- --fix\n  min-confidence: 0.7\n',
          '.github/workflows/lint.yml':
            'name: Lint\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run lint\n',
          'src/app.js': APP_BEFORE,
        })
        .workflow('Lint', '.github/workflows/lint.yml', 14)
        .run({
          id: LINT.runId,
          workflow: LINT.workflowPath,
          branch: 'main',
          status: 'completed',
          conclusion: 'failure',
          created_at: iso(3_600_000),
          jobs: [
            {
              name: 'lint',
              status: 'completed',
              conclusion: 'failure',
              log: LINT.log,
              steps: stepsFailingAt(
                ['Set up job', 'Run actions/checkout@v4', 'Run npm run lint', 'Complete job'],
                2,
              ),
            },
          ],
        }),
    )
      .token(READ_TOKEN, 'github-actions[bot]', { permissions: 'read' })
      .build(),
    now: () => NOW,
  });
  return { timeoutFp: timeout.fp, lintFp };
}

async function compute(issue: number) {
  const inputs = inputsFrom({ mode: 'compute', token: READ_TOKEN, 'issue-number': String(issue) });
  const t = testDeps(sim, inputs, { tempDir });
  const out = await run(inputs, t.deps);
  return { out, t };
}

async function apply(issue: number, fixFile: string, token = MAINTAINER_TOKEN) {
  const inputs = inputsFrom({ mode: 'apply', token, 'issue-number': String(issue), 'fix-file': fixFile });
  const t = testDeps(sim, inputs, { tempDir: path.join(tempDir, 'apply') });
  const out = await run(inputs, t.deps);
  return { out, t };
}

async function editFixFile(file: string, edit: (doc: FixDocument) => void): Promise<void> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as FixDocument;
  edit(doc);
  await writeFile(file, JSON.stringify(doc));
}

/** What the compute job's shell step does: run the command on the checkout, then `git diff`. */
async function runLintCommand(dir: string, files: Record<string, [string, string]>): Promise<void> {
  const repo = path.join(tempDir, 'checkout');
  await mkdir(repo, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  for (const [name, [before]] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), before);
  }
  git('add', '.');
  git('commit', '-qm', 'the failing commit');
  for (const [name, [, after]] of Object.entries(files)) await writeFile(path.join(repo, name), after);
  await writeFile(path.join(dir, 'lint.diff'), git('diff'));
  await writeFile(path.join(dir, 'lint-files.txt'), git('diff', '--name-only'));
}

describe('compute, then apply', () => {
  it('computes with a read-only token, writing nothing; the apply step opens the pull request', async () => {
    const { timeoutFp } = await world();
    const computed = await compute(1);
    expect(computed.out.result).toBe('computed');
    expect(writes(sim)).toEqual([]);
    const fixFile = computed.t.recorded.outputs['fix-file']!;
    expect(path.basename(fixFile)).toBe('fix.json');
    expect(computed.t.recorded.outputs).toMatchObject({
      'fix-kind': 'patch',
      'fix-type': 'timeout',
      'lint-command': '',
      'checkout-sha': '',
    });
    const applied = await apply(1, fixFile);
    expect(applied.out.result).toBe('created');
    expect(changedPaths(sim, 'main', `autoheal/${timeoutFp}`)).toEqual(['.github/workflows/ci.yml']);
  });

  it('refuses a fix file whose failure is not the issue’s, or whose patch touches other files', async () => {
    await world();
    const { t } = await compute(1);
    const fixFile = t.recorded.outputs['fix-file']!;
    await editFixFile(fixFile, (doc) => {
      doc.subject.fingerprint = 'ffffffffffffffff';
    });
    const swapped = await apply(1, fixFile);
    expect(swapped.out.result).toBe('skipped');
    expect(swapped.out.headline).toMatch(
      /^Refused: the fix file is for failure ffffffffffffffff in \.github\/workflows\/ci\.yml, but issue #1 is about failure [0-9a-f]{16}/,
    );

    const again = await compute(1);
    await editFixFile(again.t.recorded.outputs['fix-file']!, (doc) => {
      if (doc.fix.kind === 'patch') doc.fix.changes[0]!.path = 'README.md';
    });
    const elsewhere = await apply(1, again.t.recorded.outputs['fix-file']!);
    expect(elsewhere.out.headline).toMatch(
      /^Refused: the fix file's patch does not pass validation: README\.md was not meant to be changed/,
    );

    const third = await compute(1);
    await editFixFile(third.t.recorded.outputs['fix-file']!, (doc) => {
      if (doc.fix.kind === 'patch') doc.fix.changes[0]!.path = '../../etc/passwd';
    });
    await expect(apply(1, third.t.recorded.outputs['fix-file']!)).rejects.toThrow(
      /is not a plain path inside the repository/,
    );
    expect(writes(sim)).toEqual([]);
  });

  it('stops when the base branch changed the file since the fix was computed', async () => {
    await world();
    const { t } = await compute(1);
    await editFixFile(t.recorded.outputs['fix-file']!, (doc) => {
      if (doc.fix.kind === 'patch') doc.fix.changes[0]!.before = 'something else\n';
    });
    const { out } = await apply(1, t.recorded.outputs['fix-file']!);
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /\.github\/workflows\/ci\.yml changed on main since the failing commit, so the computed fix may no longer apply; run the workflow again/,
    );
    expect(writes(sim)).toEqual([]);
  });
});

describe('a lint fix', () => {
  it('names the commit and command for the unprivileged job, then applies its validated diff', async () => {
    const { lintFp } = await world();
    const computed = await compute(6);
    expect(computed.out.result).toBe('computed');
    const outputs = computed.t.recorded.outputs;
    expect(outputs).toMatchObject({
      'fix-kind': 'command',
      'fix-type': 'lint_failure',
      'lint-command': 'npm run lint -- --fix',
    });
    const head = sim.state.requireRepo(REPO).refs.get('refs/heads/main');
    expect(outputs['checkout-sha']).toBe(head);
    const dir = path.dirname(outputs['fix-file']!);
    await runLintCommand(dir, { 'src/app.js': [APP_BEFORE, APP_AFTER] });
    const applied = await apply(6, outputs['fix-file']!, SIMULATOR_TOKEN);
    expect(applied.out.result).toBe('created');
    expect(changedPaths(sim, 'main', `autoheal/${lintFp}`)).toEqual(['src/app.js']);
    expect(fileAt(sim, `autoheal/${lintFp}`, 'src/app.js')).toBe(APP_AFTER);
  });

  it('refuses a lint diff that reaches for a workflow file, or comes without the files beside it', async () => {
    await world();
    const computed = await compute(6);
    const fixFile = computed.t.recorded.outputs['fix-file']!;
    const missing = await apply(6, fixFile, SIMULATOR_TOKEN);
    expect(missing.out.headline).toMatch(/there is no lint\.diff beside the fix file/);
    await runLintCommand(path.dirname(fixFile), {
      'src/app.js': [APP_BEFORE, APP_AFTER],
      '.github/workflows/lint.yml': ['on: push\n', 'on: [push, pull_request]\n'],
    });
    const { out } = await apply(6, fixFile, SIMULATOR_TOKEN);
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /the lint diff was refused: \.github\/workflows\/lint\.yml: a workflow file/,
    );
    expect(writes(sim)).toEqual([]);
  });

  it('is never delivered in full mode, which holds a write token', async () => {
    await world();
    const inputs = inputsFrom({ token: SIMULATOR_TOKEN, 'issue-number': '6' });
    const out = await run(inputs, testDeps(sim, inputs, { tempDir }).deps);
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /runs `npm run lint -- --fix` on a checkout of the failing commit, which this action never does in a job that can write/,
    );
  });
});
