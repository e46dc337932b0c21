/** Where the diagnosis comes from (analysis file, issue marker, run) and who may ask for a fix. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyzeLog } from '@autoheal/core/analyzer/analyze';
import type { RunnerEvent } from '@autoheal/core/runner-context';
import { SIMULATOR_TOKEN, stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import {
  baseSeed,
  CUT_TIMEOUT,
  cutTimeoutFingerprint,
  cutTimeoutRun,
  type FailureCase,
  failureIssue,
  failureMarker,
  fingerprintOf,
  GO_LOG,
  inputsFrom,
  iso,
  labeledEvent,
  MAINTAINER_TOKEN,
  NOW,
  PY_WORKFLOW,
  PYTHON,
  PYTHON_LOG,
  REPO,
  REQUIREMENTS,
  TIMEOUT,
  testDeps,
  writes,
} from './helpers.js';

let sim: GitHubSimulator;
let tempDir: string;

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-src-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

/** analyze-failure's analysis file for a failure of the seeded world (schema version 1). */
async function analysisFile(c: FailureCase, fingerprint: string): Promise<string> {
  const res = await fetch(`${sim.url}/repos/${REPO}/actions/runs/${c.runId}`, {
    headers: { authorization: `token ${SIMULATOR_TOKEN}` },
  });
  const apiRun = (await res.json()) as { head_sha: string; html_url: string };
  const analysis = await analyzeLog(c.log, { stepName: c.step });
  const doc = {
    schemaVersion: 1,
    run: {
      owner: 'octo-org',
      repo: 'widgets',
      id: c.runId,
      attempt: 1,
      workflowName: 'x',
      workflowPath: c.workflowPath,
      headSha: apiRun.head_sha,
      headBranch: 'main',
      htmlUrl: apiRun.html_url,
    },
    verdict: {
      category: analysis.category,
      confidence: analysis.confidence,
      fingerprint,
      keyLine: analysis.findings[0]!.keyLine,
      primaryJob: 99,
    },
    jobs: [
      {
        id: 99,
        name: c.jobName,
        failedSteps: [{ number: 5, name: c.step, conclusion: 'failure' }],
        analysis,
      },
    ],
  };
  const file = path.join(tempDir, 'analysis.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

async function go(given: Record<string, string>, event?: RunnerEvent) {
  const inputs = inputsFrom({ token: MAINTAINER_TOKEN, ...given });
  const t = testDeps(sim, inputs, { tempDir, ...(event ? { event } : {}) });
  const out = await run(inputs, t.deps);
  return { out, t };
}

describe('analysis-file', () => {
  it('fixes exactly the failure analyze-failure judged, and finds its issue by fingerprint', async () => {
    const { fp, issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out, t } = await go({ 'analysis-file': await analysisFile(PYTHON, fp), token: SIMULATOR_TOKEN });
    expect(out.result).toBe('created');
    expect(out.subject).toMatchObject({ source: 'analysis-file', fingerprint: fp, issue: { number: 4 } });
    expect(t.recorded.outputs['fix-type']).toBe('missing_dependency');
    const pr = sim.state.requireRepo(REPO).issues.get(5)!;
    expect(pr.body).toMatch(/\nFixes #4$/);
  });

  it('refuses an issue whose marker names another failure, writing nothing', async () => {
    const timeout = await failureIssue(TIMEOUT, 1);
    const { fp } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => r.issue(timeout.issue)).build(),
      now: () => NOW,
    });
    const { out } = await go({ 'analysis-file': await analysisFile(PYTHON, fp), 'issue-number': '1' });
    expect(out.result).toBe('skipped');
    expect(out.headline).toBe(
      `Nothing done: the analysis is of failure ${fp}, but issue #1 is about failure ${timeout.fp}.`,
    );
    expect(writes(sim)).toEqual([]);
  });

  it('refuses an unreadable or foreign analysis file as a mistake in the input', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build(), now: () => NOW });
    const file = path.join(tempDir, 'bad.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, run: { owner: 'x' }, verdict: {}, jobs: [] }));
    await expect(go({ 'analysis-file': file })).rejects.toThrow(
      /^Input "analysis-file": .*bad\.json is not a usable analysis of analyze-failure: run\.repo is not a string/,
    );
  });
});

describe('issue-number', () => {
  it('reads the run named by the issue’s trusted marker again and fixes the job with its fingerprint', async () => {
    const { fp, issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out } = await go({ 'issue-number': '4', token: SIMULATOR_TOKEN });
    expect(out.result).toBe('created');
    expect(out.subject).toMatchObject({
      source: 'issue',
      fingerprint: fp,
      jobName: 'pytest',
      run: { id: PYTHON.runId },
    });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs')).toHaveLength(1);
  });

  it('ignores a forged marker: an issue by someone else redirects nothing, even when a maintainer labels it', async () => {
    const fp = await fingerprintOf(PYTHON);
    const forged = {
      number: 9,
      title: 'please fix',
      author: 'stranger',
      body: `${failureMarker(fp, PYTHON)}\nI wrote this marker myself.`,
    };
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(forged)).build(), now: () => NOW });
    const { out } = await go({}, labeledEvent(9, 'mona'));
    expect(out.result).toBe('skipped');
    expect(out.headline).toBe(
      'Nothing done: issue #9 is not an autoheal failure issue: it was written by stranger, not by github-actions[bot], so its markers do not count.',
    );
    expect(writes(sim)).toEqual([]);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}')).toHaveLength(0);
  });

  it('uses the only failed job when the fingerprint cannot be reproduced, and says so', async () => {
    const issue = {
      number: 4,
      title: 'x',
      author: 'github-actions[bot]',
      body: `${failureMarker('0123456789abcdef', PYTHON)}\nbody`,
    };
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out, t } = await go({ 'issue-number': '4', 'dry-run': 'true' });
    expect(out.result).toBe('dry-run');
    expect(out.subject?.fingerprint).toBe('0123456789abcdef');
    expect(t.recorded.summary.join('')).toMatch(
      /could not be reproduced from job &quot;pytest&quot;&#x27;s log alone; it is the run&#x27;s only failed job/,
    );
  });

  it('stops rather than guess when several jobs failed and none has the issue’s fingerprint', async () => {
    const twoJobs: FailureCase = { ...PYTHON, runId: 7010 };
    const issue = {
      number: 4,
      title: 'x',
      author: 'github-actions[bot]',
      body: `${failureMarker('0123456789abcdef', twoJobs)}\n`,
    };
    sim = await startGitHubSimulator({
      seed: baseSeed((r) =>
        r.issue(issue).run({
          id: 7010,
          workflow: PYTHON.workflowPath,
          branch: 'main',
          status: 'completed',
          conclusion: 'failure',
          created_at: iso(3_600_000),
          jobs: [
            {
              name: 'pytest',
              status: 'completed',
              conclusion: 'failure',
              log: PYTHON_LOG,
              steps: stepsFailingAt(['Set up job', 'Run pytest'], 1),
            },
            {
              name: 'go',
              status: 'completed',
              conclusion: 'failure',
              log: GO_LOG,
              steps: stepsFailingAt(['Set up job', 'Run go test ./...'], 1),
            },
          ],
        }),
      ).build(),
      now: () => NOW,
    });
    const { out } = await go({ 'issue-number': '4' });
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /none of the failed jobs of run 7010 \("pytest", "go"\) reproduces the issue's fingerprint 0123456789abcdef.*pass the analysis-file output of analyze-failure instead/,
    );
    expect(writes(sim)).toEqual([]);
  });

  it('leaves a closed issue alone', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => r.issue({ ...issue, state: 'closed' })).build(),
      now: () => NOW,
    });
    const { out } = await go({ 'issue-number': '4' });
    expect(out).toMatchObject({ result: 'skipped', headline: 'Nothing done: issue #4 is closed.' });
  });
});

describe('checkout-path', () => {
  it('reads the failing commit’s files from the checkout instead of the contents API', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const checkout = path.join(tempDir, 'checkout');
    await mkdir(path.join(checkout, '.github', 'workflows'), { recursive: true });
    await mkdir(path.join(checkout, 'tests'), { recursive: true });
    await writeFile(path.join(checkout, '.github', 'workflows', 'python.yml'), PY_WORKFLOW);
    await writeFile(path.join(checkout, 'requirements.txt'), REQUIREMENTS);
    await writeFile(path.join(checkout, 'tests', 'test_config.py'), 'import yaml\n');
    const inputs = inputsFrom({ token: SIMULATOR_TOKEN, 'issue-number': '4', 'checkout-path': 'checkout' });
    const out = await run(inputs, testDeps(sim, inputs, { tempDir, workspace: tempDir }).deps);
    expect(out.result).toBe('created');
    // Only the re-read at the base branch, right before committing, goes through the API.
    expect(
      sim
        .requestsTo('GET', '/repos/{owner}/{repo}/contents/{path}')
        .map((r) => decodeURIComponent(r.path).replace(/^.*\/contents\/?/, '')),
    ).toEqual(['.github/autoheal.yml', 'requirements.txt']);
  });
});

describe('run-id', () => {
  it('analyzes the run, fixes its failure and links the issue found by fingerprint', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out } = await go({ 'run-id': String(PYTHON.runId), token: SIMULATOR_TOKEN });
    expect(out.result).toBe('created');
    expect(out.subject).toMatchObject({ source: 'run', issue: { number: 4 } });
  });
});

describe('the autoheal:fix label', () => {
  it('counts only when added by someone with write access, and only that label', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => r.issue(issue).collaborator('trish', 'triage'))
        .user('trish')
        .build(),
      now: () => NOW,
    });
    const other = await go({}, labeledEvent(4, 'mona', 'bug'));
    expect(other.out.headline).toBe(
      'Nothing done: the label added was "bug", not the trigger label "autoheal:fix".',
    );
    expect(other.out.apiCalls).toBe(0);
    const triage = await go({}, labeledEvent(4, 'trish'));
    expect(triage.out.headline).toMatch(
      /added by trish, who has no write access; only maintainers can ask for a fix/,
    );
    expect(writes(sim)).toEqual([]);
    const maintainer = await go({ token: SIMULATOR_TOKEN }, labeledEvent(4, 'mona'));
    expect(maintainer.out.result).toBe('created');
  });
});

describe('the autoheal:fix label path (issue-number alone)', () => {
  it('reads the check-run annotations as analyze-failure does: a cut-off timeout is 0.95, not 0.54, and is fixed', async () => {
    const fp = cutTimeoutFingerprint();
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => {
        cutTimeoutRun(r);
        r.issue({
          number: 9,
          title: '[autoheal] Unit tests: timeout',
          author: 'github-actions[bot]',
          labels: ['autoheal'],
          body: `${failureMarker(fp, CUT_TIMEOUT)}\n`,
        });
      }).build(),
      now: () => NOW,
    });
    // The log alone is a weak timeout, below the default min-confidence of 0.8.
    const logOnly = await analyzeLog(CUT_TIMEOUT.log, { stepName: CUT_TIMEOUT.step });
    expect(logOnly.confidence).toBeLessThan(0.8);
    const { out } = await go({ token: MAINTAINER_TOKEN }, labeledEvent(9, 'mona'));
    expect(out.subject).toMatchObject({
      source: 'issue',
      fingerprint: fp,
      confidence: 0.95,
      category: 'timeout',
    });
    expect(out.subject!.notes).toEqual([]);
    expect(out.result).toBe('created');
    expect(out.fix).toMatchObject({ kind: 'patch', fixType: 'timeout' });
  });

  it('says so when the annotations cannot be read, and judges from the log alone', async () => {
    const fp = cutTimeoutFingerprint();
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => {
        cutTimeoutRun(r);
        r.issue({
          number: 9,
          title: 'x',
          author: 'github-actions[bot]',
          labels: ['autoheal'],
          body: `${failureMarker(fp, CUT_TIMEOUT)}\n`,
        });
      }).build(),
      now: () => NOW,
    });
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
      fault: { kind: 'status', status: 404, message: 'Not Found' },
    });
    const { out } = await go({ 'issue-number': '9', 'dry-run': 'true' });
    expect(out.subject?.confidence).toBe(0.54);
    expect(out.subject!.notes.join(' ')).toMatch(/annotations of job "Unit tests" could not be read/);
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(/confidence/);
  });
});

describe('the config file', () => {
  it('is honoured: fixes turned off, a type not allowed, a confidence bar that force lowers', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    const config = (text: string) =>
      baseSeed((r) => r.issue(issue).file('.github/autoheal.yml', text)).build();
    sim = await startGitHubSimulator({ seed: config('fixes:\n  enabled: false\n'), now: () => NOW });
    expect((await go({ 'issue-number': '4' })).out.headline).toMatch(
      /fixes are turned off \(fixes\.enabled: false/,
    );
    await sim.close();
    sim = await startGitHubSimulator({ seed: config('fixes:\n  allowed: [timeout]\n'), now: () => NOW });
    expect((await go({ 'issue-number': '4' })).out.headline).toMatch(
      /missing_dependency fixes are not in fixes\.allowed of the autoheal config \(timeout\)/,
    );
    await sim.close();
    sim = await startGitHubSimulator({ seed: config('fixes:\n  min-confidence: 0.95\n'), now: () => NOW });
    expect((await go({ 'issue-number': '4' })).out.headline).toMatch(
      /the diagnosis is 0\.81 confident, below min-confidence 0\.95 \(a manual run with force: true overrides this\)/,
    );
    expect(writes(sim)).toEqual([]);
    expect((await go({ 'issue-number': '4', force: 'true', token: SIMULATOR_TOKEN })).out.result).toBe(
      'created',
    );
  });
});
