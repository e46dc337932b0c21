/**
 * The bundled action (dist/index.js) run as the runner runs it, against the GitHub simulator, on
 * real CI logs. Rebuild first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */

import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analyzeStep,
  BundleRig,
  failing,
  finish,
  green,
  issuesOf,
  OWNER,
  REPO,
  startSimulator,
  withRuns,
  writeLines,
} from './bundle-helpers.js';

const rig = new BundleRig();
afterEach(async () => {
  await rig.cleanup();
});

/** Runs created a minute apart in id order, ending moments ago (so later ids are newer, as on GitHub). */
const T_START = Date.now();
const createdAt = (id: number) => new Date(T_START - (605 - id) * 60_000).toISOString();
const failed = (id: number, job: SeedJob): SeedRun => ({
  id,
  workflow: 'CI',
  branch: 'main',
  conclusion: 'failure',
  created_at: createdAt(id),
  jobs: [job],
});

function simulator(
  runs: SeedRun[],
  options: { now?: () => number; configure?: (r: RepoBuilder) => unknown } = {},
): Promise<GitHubSimulator> {
  return startSimulator(rig, withRuns(runs, options.configure), options.now ? { now: options.now } : {});
}

interface Step {
  result: ActionResult;
  /** API requests this step made (blob downloads excluded: they are not API calls). */
  calls: number;
  writes: string[];
}

async function step(
  sim: GitHubSimulator,
  runId: number,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<Step> {
  const s = await analyzeStep(rig, sim, runId, inputs, env);
  return { result: s.result, calls: s.calls, writes: writeLines(s.requests) };
}

const issues = issuesOf;

function ok(s: Step): void {
  expect(s.result.exitCode, `${s.result.stdout}\n${s.result.stderr}`).toBe(0);
  expect(s.result.problems).toEqual([]);
  expect(s.result.annotations.filter((a) => a.level === 'error')).toEqual([]);
}

describe('the bundle, end to end on the simulator', () => {
  it('creates, comments, files a different failure apart and closes both when green', async () => {
    const sim = await simulator([
      failed(600, failing('test', 'tf-checks-run68')),
      failed(601, failing('test', 'tf-checks-run68')),
      failed(602, failing('lint', 'cidiff_75')),
      {
        id: 603,
        workflow: 'CI',
        branch: 'main',
        // Still running while the failures are filed: a green run already done would make them history.
        status: 'in_progress',
        conclusion: null,
        created_at: createdAt(603),
        jobs: [green('test', 'tf-checks-run68'), green('lint', 'cidiff_75')],
      },
    ]);

    const create = await step(sim, 600);
    ok(create);
    expect(create.result.outputs).toMatchObject({
      result: 'created',
      category: 'test_failure',
      'issue-number': '1',
    });
    expect(create.result.outputs['analysis-file']).toMatch(/autoheal-analysis-600-1\.json$/);
    expect(create.result.summary).toContain('filed a new issue');
    expect(issues(sim)).toHaveLength(1);
    expect(issues(sim)[0]!.labels).toEqual(['autoheal', 'autoheal:test_failure']);

    const again = await step(sim, 601);
    ok(again);
    expect(again.result.outputs).toMatchObject({ result: 'updated', 'issue-number': '1' });
    // The comment comes first: the count is derived from the comments (see issues.ts).
    expect(again.writes).toEqual([
      `POST /repos/${OWNER}/${REPO}/issues/1/comments 201`,
      `PATCH /repos/${OWNER}/${REPO}/issues/1 200`,
    ]);
    expect(issues(sim)).toHaveLength(1);
    expect(issues(sim)[0]!.comments).toHaveLength(1);

    const other = await step(sim, 602);
    ok(other);
    expect(other.result.outputs).toMatchObject({
      result: 'created',
      category: 'lint_failure',
      'issue-number': '2',
    });

    finish(sim, 603, 'success');
    const close = await step(sim, 603);
    ok(close);
    expect(close.result.outputs).toMatchObject({ result: 'closed', 'issue-number': '1' });
    expect(issues(sim).map((i) => i.state)).toEqual(['closed', 'closed']);

    // Re-running the green step changes nothing more.
    const idle = await step(sim, 603);
    ok(idle);
    expect(idle.result.outputs.result).toBe('skipped');
    expect(idle.writes).toEqual([]);

    console.log(
      `API calls per cycle (bundle, workflow_run event): first issue in a fresh repository ${create.calls}, ` +
        `seen again ${again.calls}, a different failure ${other.calls}, green run closing two issues ${close.calls}, green with nothing to close ${idle.calls}`,
    );
    expect(again.calls).toBeLessThanOrEqual(12);
    // Issue 12's budget: a first issue in a repository without autoheal's labels.
    expect(create.calls).toBeLessThanOrEqual(12);
    // A confident log needs no annotations: only the lint failure (below 0.8) asked for them.
    const asked = sim.requestsTo('GET', '/repos/{owner}/{repo}/check-runs/{id}/annotations');
    expect(asked).toHaveLength(1);
    expect(Number(other.result.outputs.confidence)).toBeLessThan(0.8);
    expect(Number(create.result.outputs.confidence)).toBeGreaterThanOrEqual(0.8);
  });

  it('files a first issue within 12 calls with run-id too (the run and the repository read)', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    const s = await step(sim, 600, { 'run-id': '600' });
    ok(s);
    expect(s.result.outputs.result).toBe('created');
    console.log(`API calls, first issue with run-id: ${s.calls}`);
    expect(s.calls).toBeLessThanOrEqual(12);
  });

  it('dry-run writes nothing and reports what it would do', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    const dry = await step(sim, 600, { 'dry-run': 'true' });
    ok(dry);
    expect(dry.writes).toEqual([]);
    expect(dry.result.outputs).toMatchObject({ result: 'dry-run', category: 'test_failure' });
    expect(dry.result.summary).toContain('Would create the issue');
  });

  it('two concurrent runs of one failure end in one open issue', async () => {
    const sim = await simulator([
      failed(600, failing('test', 'tf-checks-run68')),
      failed(601, failing('test', 'tf-checks-run68')),
    ]);
    const [a, b] = await Promise.all([step(sim, 600), step(sim, 601)]);
    ok(a);
    ok(b);
    const open = issues(sim).filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(readFailureMarker(open[0]!.body)?.occurrence.count).toBe(2);
    for (const closed of issues(sim).filter((i) => i.state === 'closed'))
      expect(closed.state_reason).toBe('duplicate');
    expect([a.result.outputs['issue-number'], b.result.outputs['issue-number']]).toEqual([
      String(open[0]!.number),
      String(open[0]!.number),
    ]);
  });

  it('bad input is one clear ::error:: naming the input, before any API call', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    const bad = await step(sim, 600, { 'max-jobs': '99', 'slack-webhook-url': 'http://hooks.example.com/x' });
    expect(bad.result.exitCode).toBe(1);
    expect(bad.result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Input "max-jobs" must be an integer from 1 to 20; got "99".',
      'Input "slack-webhook-url" must be an https:// URL (http:// only for 127.0.0.1 or localhost); the value is not shown because the input is secret.',
    ]);
    expect(bad.calls).toBe(0);
  });

  it('masks the webhook URL', async () => {
    const sim = await simulator([
      {
        id: 603,
        workflow: 'CI',
        branch: 'main',
        conclusion: 'success',
        jobs: [green('test', 'tf-checks-run68')],
      },
    ]);
    const url = 'https://hooks.slack.com/services/T0/B0/abcdefghijklmnop';
    const s = await step(sim, 603, { 'slack-webhook-url': url });
    ok(s);
    expect(s.result.masks).toContain(url);
  });
});

describe('the bundle: issues.scope', () => {
  const onBranch = (id: number, branch: string, job: SeedJob, pulls: number[] = []): SeedRun => ({
    ...failed(id, job),
    branch,
    ...(pulls.length > 0 ? { pull_requests: pulls } : {}),
  });
  const withPull = (r: RepoBuilder) =>
    r
      .branch('feat/x', { 'src/x.ts': 'export const x = 1;\n' })
      .branch('spike', { 'src/y.ts': 'export const y = 1;\n' })
      .pull({ number: 40, title: 'Add x', author: 'mona', head: 'feat/x' });
  const comments = (sim: GitHubSimulator, n: number) =>
    sim.state.requireRepo(`${OWNER}/${REPO}`).issues.get(n)?.comments ?? [];

  it('comments once on the pull request, edits that comment on later runs, and marks it green; no issue', async () => {
    const sim = await simulator(
      [
        onBranch(600, 'feat/x', failing('test', 'tf-checks-run68'), [40]),
        onBranch(601, 'feat/x', failing('lint', 'cidiff_75'), [40]),
        {
          id: 602,
          workflow: 'CI',
          branch: 'feat/x',
          pull_requests: [40],
          status: 'in_progress',
          conclusion: null,
          created_at: createdAt(602),
          jobs: [green('test', 'tf-checks-run68'), green('lint', 'cidiff_75')],
        },
      ],
      { configure: withPull },
    );
    const first = await step(sim, 600);
    ok(first);
    expect(first.result.outputs.result).toBe('commented');
    // The claim first: of runs of several workflows racing on one PR, exactly one posts.
    expect(first.writes).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/refs 201`,
      `POST /repos/${OWNER}/${REPO}/issues/40/comments 201`,
    ]);
    console.log(`API calls, a failure on a pull request's branch: first comment ${first.calls}`);
    expect(issues(sim).filter((i) => !i.pull)).toHaveLength(0);
    expect(comments(sim, 40)).toHaveLength(1);
    expect(comments(sim, 40)[0]!.body).toContain('CI failed');

    const second = await step(sim, 601);
    ok(second);
    expect(second.result.outputs.result).toBe('commented');
    expect(second.writes).toEqual([
      expect.stringMatching(/^PATCH \/repos\/octo-org\/widgets\/issues\/comments\/\d+ 200$/),
    ]);
    expect(comments(sim, 40)).toHaveLength(1);
    expect(comments(sim, 40)[0]!.body).toContain('Lint');

    // The first run delivered again (late): it is older than the section, so nothing changes.
    const late = await step(sim, 600);
    ok(late);
    expect(late.writes).toEqual([]);

    finish(sim, 602, 'success');
    const greenRun = await step(sim, 602);
    ok(greenRun);
    expect(greenRun.result.outputs.result).toBe('commented');
    expect(comments(sim, 40)).toHaveLength(1);
    expect(comments(sim, 40)[0]!.body).toContain('green again');
    expect(issues(sim).filter((i) => !i.pull)).toHaveLength(0);
  });

  it('files nothing for a branch without a pull request, and files issues for every branch with scope all', async () => {
    const sim = await simulator([onBranch(600, 'spike', failing('test', 'tf-checks-run68'))], {
      configure: (r) => withPull(r).file('.github/autoheal.yml', 'issues:\n  scope: default-branch\n'),
    });
    const quiet = await step(sim, 600);
    ok(quiet);
    expect(quiet.result.outputs.result).toBe('skipped');
    expect(quiet.writes).toEqual([]);
    expect(quiet.result.summary).toContain('only report');

    const all = await simulator([onBranch(600, 'spike', failing('test', 'tf-checks-run68'))], {
      configure: (r) => withPull(r).file('.github/autoheal.yml', 'issues:\n  scope: all\n'),
    });
    const filed = await step(all, 600);
    ok(filed);
    expect(filed.result.outputs.result).toBe('created');
    const filedIssue = issues(all).find((i) => !i.pull)!;
    expect(readFailureMarker(filedIssue.body)?.branches?.map((b) => b.branch)).toEqual(['spike']);
  });
});

describe('the bundle under faults', () => {
  it('rides out a secondary rate limit and a 5xx, filing exactly once', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'server-error', status: 502 },
    });
    const s = await step(sim, 600);
    ok(s);
    expect(s.result.outputs.result).toBe('created');
    expect(issues(sim)).toHaveLength(1);
    expect(s.result.log.join('\n')).toContain('secondary rate limit');
  });

  it('takes 422 "label already exists" as success', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/labels',
      fault: {
        kind: 'validation',
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      },
    });
    const s = await step(sim, 600);
    ok(s);
    expect(s.result.outputs.result).toBe('created');
  });

  it('files what is known when the job log is gone (404)', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 404 },
    });
    const s = await step(sim, 600);
    expect(s.result.exitCode, s.result.stdout).toBe(0);
    expect(s.result.outputs.result).toBe('created');
    expect(issues(sim)[0]!.body).toContain("The job's log could not be read");
    expect(s.result.annotations.some((a) => a.level === 'warning' && /log/i.test(a.message))).toBe(true);
  });

  it('asks again for a log GitHub has not written yet, and analyzes it fully on the third try', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      times: 2,
      fault: { kind: 'status', status: 404 },
    });
    const s = await step(sim, 600);
    ok(s);
    expect(s.result.outputs).toMatchObject({ result: 'created', category: 'test_failure' });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs')).toHaveLength(3);
    expect(issues(sim)[0]!.body).not.toContain('could not be read');
  });

  it('lets the full analysis take over the issue a degraded one filed while the log was missing', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      times: 3,
      fault: { kind: 'status', status: 404 },
    });
    const first = await step(sim, 600);
    expect(first.result.exitCode, first.result.stdout).toBe(0);
    expect(first.result.outputs).toMatchObject({ result: 'created', 'issue-number': '1' });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs')).toHaveLength(3);
    const degraded = issues(sim)[0]!;
    expect(degraded.title).toContain('its log could not be read');
    expect(readFailureMarker(degraded.body)?.degraded).toBe(true);

    // The same run delivered again, its log there now.
    const second = await step(sim, 600);
    ok(second);
    expect(second.result.outputs).toMatchObject({
      result: 'updated',
      'issue-number': '1',
      category: 'test_failure',
    });
    expect(second.result.outputs.fingerprint).not.toBe(first.result.outputs.fingerprint);
    expect(issues(sim)).toHaveLength(1);
    const upgraded = issues(sim)[0]!;
    expect(upgraded.state).toBe('open');
    expect(upgraded.title).not.toContain('could not be read');
    expect(upgraded.body).not.toContain("The job's log could not be read");
    expect(upgraded.labels).toContain('autoheal:test_failure');
    const marker = readFailureMarker(upgraded.body)!;
    expect(marker).toMatchObject({
      fingerprint: second.result.outputs.fingerprint,
      formerly: first.result.outputs.fingerprint,
    });
    expect(marker.degraded).toBeUndefined();
    expect(marker.occurrence.count).toBe(1);
    expect(upgraded.comments).toHaveLength(0);
  });

  it('files what is known when the log download link has expired', async () => {
    // Every reading of the clock is a minute later than the last, so a one-minute link is always stale when used.
    let t = Date.now();
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))], {
      now: () => {
        t += 61_000;
        return t;
      },
    });
    const s = await step(sim, 600);
    expect(s.result.exitCode, s.result.stdout).toBe(0);
    expect(s.result.outputs.result).toBe('created');
    expect(issues(sim)[0]!.body).toMatch(/The job's log could not be read: .*expired/);
  });

  it('stops with one clear message when GitHub keeps failing, leaving no issue behind', async () => {
    const sim = await simulator([failed(600, failing('test', 'tf-checks-run68'))]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 503 },
    });
    const s = await step(sim, 600);
    expect(s.result.exitCode).toBe(1);
    const errors = s.result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^GitHub answered 503 on POST .*\/issues after retries/);
    expect(issues(sim)).toHaveLength(0);
    expect(s.result.summary).toContain('**Stopped by an error:**');
  });
});
