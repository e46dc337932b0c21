import { ConfigurationError } from '@autoheal/core/errors';
import { webhookExample, webhookExamples, withFields } from '@autoheal/testkit/events/webhook-examples';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { RunConclusion } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyRun, decideTrigger, isSelfWorkflow, parseWorkflowRef, runInfoFrom } from '../src/trigger.js';
import { Fixture, failedJob, memoryLogger, simClient } from './gather-helpers.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const OWNER = 'octo-org';
const REPO = 'octo-repo';

/** The real `workflow_run: completed` payload, as this run ended. */
function completedEvent(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const example = webhookExamples('workflow_run', 'completed').find(
    (e) => (e.workflow_run as { path?: string }).path !== undefined,
  );
  if (!example) throw new Error('no workflow_run completed example with a path');
  return withFields(example, {
    'workflow_run.id': 4242,
    'workflow_run.status': 'completed',
    'workflow_run.conclusion': 'failure',
    ...fields,
  });
}

async function decideOnEvent(payload: Record<string, unknown>, selfWorkflowPath?: string) {
  const sim = await fixture.sim({ seed: seedBuilder().build() });
  const log = memoryLogger();
  const decision = await decideTrigger(simClient(sim), {
    eventName: 'workflow_run',
    payload,
    owner: OWNER,
    repo: REPO,
    ...(selfWorkflowPath !== undefined ? { selfWorkflowPath } : {}),
    log,
  });
  return { decision, sim, log };
}

describe('decideTrigger on a workflow_run event', () => {
  it('takes the run from the payload without asking the API', async () => {
    const { decision, sim } = await decideOnEvent(completedEvent());
    expect(decision.kind).toBe('analyze');
    if (decision.kind !== 'analyze') return;
    const wr = completedEvent().workflow_run as Record<string, unknown>;
    expect(decision.run).toMatchObject({
      owner: OWNER,
      repo: REPO,
      id: 4242,
      attempt: wr.run_attempt,
      workflowPath: wr.path,
      workflowId: wr.workflow_id,
      headBranch: wr.head_branch,
      headSha: wr.head_sha,
      event: wr.event,
      conclusion: 'failure',
      actor: (wr.triggering_actor as { login: string }).login,
      htmlUrl: wr.html_url,
      defaultBranch: (completedEvent().repository as { default_branch: string }).default_branch,
      displayTitle: wr.display_title,
    });
    expect(decision.run.latestAttempt).toBeUndefined();
    expect(sim.requests).toHaveLength(0);
  });

  const cases: [RunConclusion, 'analyze' | 'success' | 'skip', RegExp?][] = [
    ['failure', 'analyze'],
    ['timed_out', 'analyze'],
    ['startup_failure', 'analyze'],
    ['success', 'success'],
    ['cancelled', 'skip', /cancelled \(by a person, or by a newer run in the same concurrency group\)/],
    ['action_required', 'skip', /waiting for approval/],
    ['skipped', 'skip', /was skipped/],
    ['neutral', 'skip', /neutral, which is not a failure/],
    ['stale', 'skip', /stale/],
  ];
  for (const [conclusion, kind, reason] of cases) {
    it(`${conclusion} → ${kind}`, async () => {
      const { decision, log } = await decideOnEvent(
        completedEvent({ 'workflow_run.conclusion': conclusion }),
      );
      expect(decision.kind).toBe(kind);
      if (decision.kind === 'skip') {
        expect(decision.reason).toMatch(reason!);
        expect(decision.run?.id).toBe(4242);
        expect(log.text('info')).toContain(decision.reason);
      }
    });
  }

  it('analyzes a later attempt as that attempt', async () => {
    const { decision } = await decideOnEvent(completedEvent({ 'workflow_run.run_attempt': 3 }));
    expect(decision).toMatchObject({ kind: 'analyze', run: { attempt: 3 } });
  });

  it('skips a run that is not completed, and an event action other than completed', async () => {
    const running = await decideOnEvent(
      completedEvent({ 'workflow_run.status': 'in_progress', 'workflow_run.conclusion': null }),
    );
    expect(running.decision.kind).toBe('skip');
    if (running.decision.kind === 'skip')
      expect(running.decision.reason).toMatch(/not completed \(status "in_progress"\)/);
    const requested = await decideOnEvent(webhookExample('workflow_run', 'requested'));
    expect(requested.decision.kind).toBe('skip');
    if (requested.decision.kind === 'skip')
      expect(requested.decision.reason).toMatch(/action is "requested"/);
  });

  it("skips autoheal's own workflow, named by path or by GITHUB_WORKFLOW_REF", async () => {
    const wr = completedEvent().workflow_run as { path: string };
    const byPath = await decideOnEvent(completedEvent(), wr.path);
    expect(byPath.decision.kind).toBe('skip');
    if (byPath.decision.kind === 'skip') expect(byPath.decision.reason).toMatch(/autoheal's own workflow/);
    const byRef = await decideOnEvent(completedEvent(), `${OWNER}/${REPO}/${wr.path}@refs/heads/main`);
    expect(byRef.decision.kind).toBe('skip');
    // The same file name in another repository is someone else's workflow.
    const other = await decideOnEvent(completedEvent(), `someone/else/${wr.path}@refs/heads/main`);
    expect(other.decision.kind).toBe('analyze');
    // A success of autoheal's own workflow is skipped too: there is nothing of ours to close.
    const green = await decideOnEvent(completedEvent({ 'workflow_run.conclusion': 'success' }), wr.path);
    expect(green.decision.kind).toBe('skip');
  });

  it('falls back to the webhook workflow object for the path of older payloads', async () => {
    const old = webhookExamples('workflow_run', 'completed').find(
      (e) => (e.workflow_run as { path?: string }).path === undefined,
    )!;
    const payload = withFields(old, {
      'workflow_run.status': 'completed',
      'workflow_run.conclusion': 'failure',
    });
    const { decision } = await decideOnEvent(payload);
    expect(decision).toMatchObject({
      kind: 'analyze',
      run: {
        workflowPath: (old.workflow as { path: string }).path,
        workflowName: (old.workflow_run as { name: string }).name,
      },
    });
  });

  it('asks for run-id on an event that names no run', async () => {
    const sim = await fixture.sim({ seed: seedBuilder().build() });
    await expect(
      decideTrigger(simClient(sim), {
        eventName: 'push',
        payload: {},
        owner: OWNER,
        repo: REPO,
        log: memoryLogger(),
      }),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      decideTrigger(simClient(sim), {
        eventName: 'push',
        payload: {},
        owner: OWNER,
        repo: REPO,
        log: memoryLogger(),
      }),
    ).rejects.toThrow(/run-id: empty, and the "push" event names no workflow run/);
  });
});

describe('decideTrigger with run-id (workflow_dispatch, another repository)', () => {
  async function dispatchSim() {
    return fixture.sim({
      seed: seedBuilder()
        .repo(
          `${OWNER}/${REPO}`,
          (r) => {
            r.file('README.md', '# repo').workflow('CI', '.github/workflows/ci.yml', 77);
            r.branch('feat/x', { 'x.txt': 'x\n' }).pull({
              number: 5,
              title: 'X',
              author: 'mona',
              head: 'feat/x',
            });
            r.run({
              id: 901,
              workflow: 'CI',
              branch: 'feat/x',
              pull_requests: [5],
              conclusion: 'failure',
              jobs: [failedJob('test', 'boom\n')],
            });
            r.run({
              id: 900,
              workflow: 'CI',
              branch: 'trunk',
              display_title: 'Fix the frobnicator',
              actor: 'mona',
              conclusion: 'success',
              jobs: [{ name: 'test', conclusion: 'success' }],
              previous_attempts: [
                { conclusion: 'failure', actor: 'hubot', jobs: [failedJob('test', 'boom\n')] },
              ],
            });
          },
          { default_branch: 'trunk' },
        )
        .build(),
    });
  }

  it('GETs the run and the repository (for its default branch): two requests', async () => {
    const sim = await dispatchSim();
    const decision = await decideTrigger(simClient(sim), {
      eventName: 'workflow_dispatch',
      payload: {},
      runId: 900,
      owner: OWNER,
      repo: REPO,
      log: memoryLogger(),
    });
    expect(decision).toMatchObject({
      kind: 'success',
      run: {
        id: 900,
        attempt: 2,
        latestAttempt: 2,
        workflowPath: '.github/workflows/ci.yml',
        workflowId: 77,
        headBranch: 'trunk',
        defaultBranch: 'trunk',
        displayTitle: 'Fix the frobnicator',
        htmlUrl: 'https://github.com/octo-org/octo-repo/actions/runs/900',
      },
    });
    expect(sim.requests.map((r) => r.operationId).sort()).toEqual(['actions/get-workflow-run', 'repos/get']);
  });

  it("knows the run's pull requests, for issues.scope", async () => {
    const sim = await dispatchSim();
    const decision = await decideTrigger(simClient(sim), {
      eventName: 'workflow_dispatch',
      payload: {},
      runId: 901,
      owner: OWNER,
      repo: REPO,
      log: memoryLogger(),
    });
    expect(decision).toMatchObject({ kind: 'analyze', run: { headBranch: 'feat/x', pullRequests: [5] } });
    expect(sim.requests).toHaveLength(2);
  });

  it('GETs the attempt when an earlier one is asked for, and knows it is not the latest', async () => {
    const sim = await dispatchSim();
    const decision = await decideTrigger(simClient(sim), {
      eventName: 'workflow_dispatch',
      payload: {},
      runId: 900,
      runAttempt: 1,
      owner: OWNER,
      repo: REPO,
      log: memoryLogger(),
    });
    expect(decision).toMatchObject({
      kind: 'analyze',
      run: { id: 900, attempt: 1, latestAttempt: 2, actor: 'hubot' },
    });
    expect(sim.requests.map((r) => r.operationId).sort()).toEqual([
      'actions/get-workflow-run',
      'actions/get-workflow-run-attempt',
      'repos/get',
    ]);
  });

  it('does not GET the attempt again when the latest is asked for', async () => {
    const sim = await dispatchSim();
    await decideTrigger(simClient(sim), {
      eventName: 'workflow_dispatch',
      payload: {},
      runId: 900,
      runAttempt: 2,
      owner: OWNER,
      repo: REPO,
      log: memoryLogger(),
    });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{n}')).toHaveLength(0);
  });

  it('names run-id or run-attempt when they point at nothing', async () => {
    const sim = await dispatchSim();
    const base = {
      eventName: 'workflow_dispatch',
      payload: {},
      owner: OWNER,
      repo: REPO,
      log: memoryLogger(),
    };
    await expect(decideTrigger(simClient(sim), { ...base, runId: 12345 })).rejects.toThrow(
      /^run-id: workflow run 12345 was not found in octo-org\/octo-repo \(404\)/,
    );
    await expect(decideTrigger(simClient(sim), { ...base, runId: 900, runAttempt: 5 })).rejects.toThrow(
      /^run-attempt: run 900 has 2 attempt\(s\), so attempt 5 does not exist; use a number from 1 to 2/,
    );
  });
});

describe('workflow refs', () => {
  it('parses GITHUB_WORKFLOW_REF and bare paths', () => {
    expect(parseWorkflowRef('octo/widgets/.github/workflows/autoheal.yml@refs/heads/main')).toEqual({
      owner: 'octo',
      repo: 'widgets',
      path: '.github/workflows/autoheal.yml',
      ref: 'refs/heads/main',
    });
    expect(parseWorkflowRef('.github/workflows/autoheal.yml')).toEqual({
      path: '.github/workflows/autoheal.yml',
    });
  });

  it('compares paths without refs or a leading ./, and repositories case-insensitively', () => {
    const run = { owner: 'Octo', repo: 'Widgets', workflowPath: '.github/workflows/autoheal.yml' };
    expect(isSelfWorkflow('./.github/workflows/autoheal.yml', run)).toBe(true);
    expect(isSelfWorkflow('octo/widgets/.github/workflows/autoheal.yml@v1', run)).toBe(true);
    expect(isSelfWorkflow('.github/workflows/ci.yml', run)).toBe(false);
    expect(isSelfWorkflow('', run)).toBe(false);
    expect(isSelfWorkflow(undefined, run)).toBe(false);
  });

  it('classifyRun keeps the self check ahead of the conclusion', () => {
    const run = runInfoFrom(
      {
        id: 1,
        workflow_id: 2,
        path: '.github/workflows/autoheal.yml@refs/heads/main',
        head_sha: 'abc',
        html_url: 'https://github.com/o/r/actions/runs/1',
        status: 'completed',
        conclusion: 'failure',
      },
      { owner: 'o', repo: 'r', defaultBranch: 'main', source: 'test' },
    );
    expect(run.workflowPath).toBe('.github/workflows/autoheal.yml');
    expect(classifyRun(run, '.github/workflows/autoheal.yml').kind).toBe('skip');
    expect(classifyRun(run).kind).toBe('analyze');
  });

  it('refuses a payload that is not a workflow run, naming what is missing', () => {
    expect(() =>
      runInfoFrom(
        { id: 1 },
        { owner: 'o', repo: 'r', defaultBranch: 'main', source: 'the workflow_run event' },
      ),
    ).toThrow(/^the workflow_run event: the workflow run has no workflow_id, path, head_sha, html_url;/);
  });
});
