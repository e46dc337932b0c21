import type { Analysis } from '@autoheal/core/analyzer/analyze';
import type { FailureCategory } from '@autoheal/core/analyzer/categories';
import type { UserRule } from '@autoheal/core/analyzer/user-rules';
import {
  analyzeJob,
  CONFIDENCE_TIE,
  failureSite,
  judgeRun,
  RUN_LEVEL_JOB,
  strongestVerdict,
} from '@autoheal/core/filing/verdict';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { gatherRun } from '../src/gather.js';
import { runInfoFrom } from '../src/trigger.js';
import type { FailedJob, GatheredRun, JobVerdict, RunInfo } from '../src/types.js';
import { cidiffLog, Fixture, failedJob, greenJob, memoryLogger, simClient } from './gather-helpers.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const RUN: RunInfo = {
  owner: 'octo-org',
  repo: 'widgets',
  id: 42,
  attempt: 1,
  workflowName: 'CI',
  workflowPath: '.github/workflows/ci.yml',
  workflowId: 7,
  headBranch: 'main',
  headSha: 'abc123',
  event: 'push',
  status: 'completed',
  conclusion: 'failure',
  actor: 'mona',
  htmlUrl: 'https://github.com/octo-org/widgets/actions/runs/42',
  defaultBranch: 'main',
};

function job(fields: Partial<FailedJob> & { name: string }): FailedJob {
  return {
    id: fields.name.length,
    htmlUrl: `https://github.com/octo-org/widgets/actions/runs/42/job/${fields.name.length}`,
    conclusion: 'failure',
    startedAt: null,
    completedAt: null,
    failedSteps: [{ number: 4, name: 'Test', conclusion: 'failure' }],
    logStatus: 'not-fetched',
    annotations: [],
    ...fields,
  };
}

const withLog = (name: string, fixtureName: string, extra: Partial<FailedJob> = {}): FailedJob =>
  job({ name, logStatus: 'ok', logFile: cidiffLog(fixtureName, 'fail'), ...extra });

const TIMEOUT = (runner: string, minutes = 30) => ({
  level: 'failure' as const,
  message: `The job running on runner ${runner} has exceeded the maximum execution time of ${minutes} minutes.`,
  path: '.github',
  startLine: 1,
});

describe('judgeRun on the simulator with real logs', () => {
  it('picks the root cause among two failed jobs, whatever their order', async () => {
    for (const order of [
      ['unit', 'deps'],
      ['deps', 'unit'],
    ]) {
      const logs: Record<string, string> = { unit: 'tf-checks-run68', deps: 'tf-build-run407' };
      const sim = await fixture.sim({
        seed: seedBuilder()
          .repo('octo-org/widgets', (r) => {
            r.file('README.md', '# w').workflow('CI', '.github/workflows/ci.yml', 7);
            r.run({
              id: 300,
              workflow: 'CI',
              branch: 'main',
              conclusion: 'failure',
              jobs: [
                greenJob('lint', 'ok\n'),
                ...order.map((n) => failedJob(n, { file: cidiffLog(logs[n]!, 'fail') })),
              ],
            });
          })
          .build(),
      });
      const github = simClient(sim);
      const { data } = await github.rest.actions.getWorkflowRun({
        owner: 'octo-org',
        repo: 'widgets',
        run_id: 300,
      });
      const run = runInfoFrom(data, {
        owner: 'octo-org',
        repo: 'widgets',
        defaultBranch: 'main',
        source: 'test',
      });
      const gathered = await gatherRun(github, run, {
        maxJobs: 5,
        tempDir: await fixture.tempDir(),
        log: memoryLogger(),
      });
      const verdict = await judgeRun(gathered);

      const byName = Object.fromEntries(verdict.jobs.map((v) => [v.job.name, v]));
      expect(byName.unit!.analysis.category).toBe('test_failure');
      expect(byName.deps!.analysis.category).toBe('network_error');
      // Near-equal confidence: the failed download explains more than the failed test.
      expect(
        Math.abs(byName.unit!.analysis.confidence - byName.deps!.analysis.confidence),
      ).toBeLessThanOrEqual(CONFIDENCE_TIE);
      expect(verdict.primary.job.name).toBe('deps');
      expect(verdict.category).toBe('network_error');
      expect(verdict.confidence).toBe(byName.deps!.analysis.confidence);
      expect(verdict.fingerprint).toBe(byName.deps!.fingerprint);
      expect(verdict.keyLine).toBe(byName.deps!.analysis.findings[0]!.keyLine);
      expect(verdict.jobs.map((v) => v.job.name)).toEqual(order);
      expect(byName.unit!.fingerprint).toBe(
        failureFingerprint({
          workflowPath: '.github/workflows/ci.yml',
          jobName: 'unit',
          category: 'test_failure',
          keyLine: byName.unit!.analysis.findings[0]!.keyLine,
        }),
      );
    }
  });
});

describe('strongestVerdict', () => {
  const v = (name: string, category: FailureCategory, confidence: number): JobVerdict => ({
    job: job({ name }),
    analysis: { category, confidence } as Analysis,
    fingerprint: name,
  });
  const pick = (...vs: JobVerdict[]) => strongestVerdict(vs).job.name;

  it('takes the clearly more confident finding over a likelier root cause', () => {
    expect(pick(v('a', 'compile_error', 0.95), v('b', 'resource_exhaustion', 0.7))).toBe('a');
  });
  it('takes the likelier root cause among near-equals', () => {
    expect(pick(v('a', 'test_failure', 0.8), v('b', 'infrastructure', 0.7))).toBe('b');
    expect(pick(v('a', 'test_failure', 0.9), v('b', 'unknown', 0.9))).toBe('a');
  });
  it('takes the earlier job among equals', () => {
    expect(pick(v('a', 'lint_failure', 0.8), v('b', 'test_failure', 0.85))).toBe('a');
    expect(pick(v('b', 'test_failure', 0.85), v('a', 'lint_failure', 0.8))).toBe('b');
  });
  it('measures nearness from the top, so near-equals do not chain down to a weak finding', () => {
    expect(
      pick(v('a', 'compile_error', 0.9), v('b', 'network_error', 0.8), v('c', 'infrastructure', 0.7)),
    ).toBe('b');
  });
});

describe('analyzeJob', () => {
  it('reads the log with its baseline, the failed step and the repository rules', async () => {
    const plain = await analyzeJob(withLog('unit', 'tf-checks-run68'));
    expect(plain.stats.baselineUsed).toBe(false);
    const sharp = await analyzeJob(
      withLog('unit', 'tf-checks-run68', { baselineLogFile: cidiffLog('tf-checks-run68', 'pass') }),
    );
    expect(sharp.stats.baselineUsed).toBe(true);
    expect(sharp.category).toBe('test_failure');

    const ours: UserRule = {
      id: 'cloud-flake',
      category: 'infrastructure',
      confidence: 0.97,
      match: (line) =>
        line.includes('--- FAIL: TestCloud_configWithEnvVars') ? { tool: 'ours' } : undefined,
    };
    const ruled = await analyzeJob(withLog('unit', 'tf-checks-run68'), { userRules: [ours] });
    expect(ruled.category).toBe('infrastructure');
    expect(ruled.findings[0]!.rule).toBe('user.cloud-flake');
  });

  it("puts the runner's timeout ahead of what the log was doing when the job was stopped", async () => {
    const analysis = await analyzeJob(
      withLog('unit', 'tf-checks-run68', { annotations: [TIMEOUT('GitHub Actions 27', 45)] }),
    );
    expect(analysis.category).toBe('timeout');
    expect(analysis.confidence).toBeGreaterThanOrEqual(0.9);
    expect(analysis.findings[0]).toMatchObject({
      category: 'timeout',
      rule: 'runner.timeout',
      keyLine: 'The job exceeded its maximum execution time of 45 minutes.',
      facts: { timeoutMinutes: 45, tool: 'runner', step: 'Test' },
      lines: [],
      excerpt: [],
    });
    // The log's own findings stay, behind it.
    expect(analysis.findings.slice(1).some((f) => f.category === 'test_failure')).toBe(true);
  });

  it('says what the annotations tell when there is no log', async () => {
    const timedOut = await analyzeJob(
      job({
        name: 'e2e',
        logStatus: 'expired',
        logProblem: 'The log expired (410).',
        annotations: [TIMEOUT('runner-7')],
      }),
    );
    expect(timedOut.category).toBe('timeout');
    expect(timedOut.findings[0]!.facts?.timeoutMinutes).toBe(30);
    expect(timedOut.summary).toContain('The log expired (410).');

    const shutdown = await analyzeJob(
      job({
        name: 'e2e',
        logStatus: 'unavailable',
        annotations: [
          { level: 'failure', message: 'The operation was canceled.' },
          {
            level: 'failure',
            message:
              'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
          },
        ],
      }),
    );
    expect(shutdown.category).toBe('infrastructure');
    expect(shutdown.findings[0]!.rule).toBe('runner.shutdown');

    const lost = await analyzeJob(
      job({
        name: 'e2e',
        logStatus: 'unavailable',
        annotations: [
          { level: 'failure', message: 'The self-hosted runner: box-3 lost communication with the server.' },
        ],
      }),
    );
    expect(lost.category).toBe('infrastructure');
  });

  it('guesses from the step name, with low confidence, when nothing else is known', async () => {
    const guessed = await analyzeJob(
      job({ name: 'unit', logStatus: 'unavailable', logProblem: 'Gone (404).' }),
    );
    expect(guessed.category).toBe('test_failure');
    expect(guessed.confidence).toBeLessThanOrEqual(0.3);
    expect(guessed.findings[0]!.keyLine).toBe('Step "Test" failed; its log could not be read.');
    const blind = await analyzeJob(
      job({
        name: 'ship',
        logStatus: 'unavailable',
        failedSteps: [{ number: 3, name: 'Ship it', conclusion: 'failure' }],
      }),
    );
    expect(blind.category).toBe('unknown');
  });
});

describe('fingerprints of jobs without logs', () => {
  it('do not depend on which runner timed out, nor on the limit', async () => {
    const gathered = (runner: string): GatheredRun => ({
      run: RUN,
      jobs: [job({ name: 'e2e', logStatus: 'expired', annotations: [TIMEOUT(runner)] })],
      skippedJobs: [],
    });
    const a = await judgeRun(gathered('GitHub Actions 3'));
    const b = await judgeRun(gathered('GitHub Actions 41'));
    expect(a.fingerprint).toBe(b.fingerprint);
    // A raised limit that is hit again is the same failure; another job timing out is not.
    const longer = await judgeRun({
      ...gathered('x'),
      jobs: [job({ name: 'e2e', logStatus: 'expired', annotations: [TIMEOUT('x', 60)] })],
    });
    expect(longer.fingerprint).toBe(a.fingerprint);
    const other = await judgeRun({
      ...gathered('x'),
      jobs: [job({ name: 'smoke', logStatus: 'expired', annotations: [TIMEOUT('x')] })],
    });
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });
});

describe('a run with no failed job to read', () => {
  it('is a workflow syntax failure when it failed at startup', async () => {
    const run = { ...RUN, conclusion: 'startup_failure', displayTitle: 'Bump deps' };
    const verdict = await judgeRun({ run, jobs: [], skippedJobs: [] });
    expect(verdict.category).toBe('workflow_syntax');
    expect(verdict.primary.job).toMatchObject({
      name: RUN_LEVEL_JOB,
      htmlUrl: run.htmlUrl,
      logStatus: 'not-fetched',
    });
    expect(verdict.primary.analysis.findings[0]!.facts?.file).toBe('.github/workflows/ci.yml');
    expect(verdict.primary.analysis.findings[0]!.title).toContain('ci.yml failed at startup');
    expect(verdict.jobs).toHaveLength(1);
    // Stable: the next startup failure of this workflow is the same failure.
    const again = await judgeRun({
      run: { ...run, id: 43, displayTitle: 'Other commit' },
      jobs: [],
      skippedJobs: [],
    });
    expect(again.fingerprint).toBe(verdict.fingerprint);
  });

  it('is a timeout when the run timed out, and unknown otherwise', async () => {
    expect(
      (await judgeRun({ run: { ...RUN, conclusion: 'timed_out' }, jobs: [], skippedJobs: [] })).category,
    ).toBe('timeout');
    const unknown = await judgeRun({ run: RUN, jobs: [], skippedJobs: [] });
    expect(unknown.category).toBe('unknown');
    expect(unknown.keyLine).toMatch(/failed, but none of its jobs did/);
  });
});

describe('annotations only when the log is not conclusive', () => {
  const loader = (annotations: FailedJob['annotations']) => {
    const asked: string[] = [];
    return {
      asked,
      load: async (j: FailedJob) => {
        asked.push(j.name);
        j.annotations = annotations;
      },
    };
  };

  it('does not ask for a confident log of a plain failure', async () => {
    const l = loader([TIMEOUT('r', 45)]);
    const analysis = await analyzeJob(withLog('unit', 'tf-checks-run68'), { loadAnnotations: l.load });
    expect(analysis.confidence).toBeGreaterThanOrEqual(0.8);
    expect(l.asked).toEqual([]);
    expect(analysis.category).toBe('test_failure');
  });

  it('asks when the job or a step was cancelled (a hit timeout looks so), and the runner event leads', async () => {
    const l = loader([TIMEOUT('r', 45)]);
    const analysis = await analyzeJob(
      withLog('unit', 'tf-checks-run68', {
        conclusion: 'cancelled',
        failedSteps: [{ number: 4, name: 'Test', conclusion: 'cancelled' }],
      }),
      { loadAnnotations: l.load },
    );
    expect(l.asked).toEqual(['unit']);
    expect(analysis).toMatchObject({ category: 'timeout', confidence: 0.95 });
  });

  it('asks when there is no log', async () => {
    const l = loader([TIMEOUT('r')]);
    const analysis = await analyzeJob(job({ name: 'e2e', logStatus: 'unavailable' }), {
      loadAnnotations: l.load,
    });
    expect(l.asked).toEqual(['e2e']);
    expect(analysis.category).toBe('timeout');
  });

  it('marks a run judged from a step name alone as degraded, with the site of workflow, job and step', async () => {
    const verdict = await judgeRun({
      run: RUN,
      jobs: [job({ name: 'unit', logStatus: 'unavailable', logProblem: 'The log is unavailable (404).' })],
      skippedJobs: [],
    });
    expect(verdict.degraded).toBe(true);
    expect(verdict.site).toBe(failureSite(RUN.workflowPath, 'unit', 'Test'));
    const full = await judgeRun({ run: RUN, jobs: [withLog('unit', 'tf-checks-run68')], skippedJobs: [] });
    expect(full.degraded).toBe(false);
    expect(full.site).toBe(verdict.site);
    expect(full.fingerprint).not.toBe(verdict.fingerprint);
  });
});
