import { findMarker } from '@autoheal/core/markers';
import { addRuleset } from '@autoheal/testkit/simulator/branch-rules';
import { addCheckRun, addCommitStatus } from '@autoheal/testkit/simulator/commit-checks';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateChecks } from '../src/ready-watch.js';
import { runReviewer, startWorld, type World, webhookExample, withFields, writesSince } from './world.js';

const DRAFT_BRANCH = 'autoheal/issue-5-fix-the-handler';

/** Draft #1, opened by autoheal (github-actions[bot], with its marker), and a CI run on its head. */
function autohealDraft(conclusion: 'success' | 'failure' = 'success') {
  return (r: RepoBuilder) => {
    r.branch(DRAFT_BRANCH, { 'src/api/handler.ts': 'export const a = 2;\n' })
      .pull({
        title: 'Fix the handler',
        author: 'github-actions[bot]',
        head: DRAFT_BRANCH,
        draft: true,
        body: '<!-- autoheal:kind=issue-pr issue=5 -->\nCloses the handler issue.',
      })
      .workflow('CI', '.github/workflows/ci.yml')
      .run({
        workflow: 'CI',
        branch: DRAFT_BRANCH,
        event: 'pull_request',
        status: 'completed',
        conclusion,
        jobs: [
          { name: 'test', status: 'completed', conclusion },
          { name: 'lint', status: 'completed', conclusion: 'success' },
        ],
      });
  };
}

function workflowRunEvent(world: World) {
  const sha = world.repo.refs.get(`refs/heads/${DRAFT_BRANCH}`)!;
  return {
    name: 'workflow_run',
    payload: withFields(webhookExample('workflow_run', 'completed'), { 'workflow_run.head_sha': sha }),
  };
}

function readyComments(world: World) {
  return world.repo.issues.get(1)!.comments.filter((c) => findMarker(c.body, 'pr-ready'));
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('ready-for-review watch', () => {
  it('announces a green autoheal draft once and requests its code owners', async () => {
    world = await startWorld(autohealDraft());
    world.repo.protection.set('main', { required_status_checks: ['test'] });
    const { result, captured } = await runReviewer(world, { event: workflowRunEvent(world) });
    expect(result.result).toBe('ready-for-review');
    expect(captured.outputs.reviewers).toBe('alice,bob');
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toEqual(['alice', 'bob']);
    const comments = readyComments(world);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Every required check passed on commit');
    expect(comments[0]!.body).toContain(': test.');
    expect(findMarker(comments[0]!.body, 'pr-ready')?.fields).toMatchObject({
      pr: '1',
      requested: 'alice,bob',
    });

    const mark = world.sim.requests.length;
    const again = await runReviewer(world, { event: workflowRunEvent(world) });
    expect(again.result.result).toBe('ready-for-review');
    expect(writesSince(world.sim, mark)).toEqual([]);
    expect(readyComments(world)).toHaveLength(1);
  });

  it('waits while a required check fails, is missing, or is still running', async () => {
    world = await startWorld(autohealDraft('failure'));
    world.repo.protection.set('main', { required_status_checks: ['test'] });
    const failing = await runReviewer(world, { event: workflowRunEvent(world) });
    expect(failing.result.result).toBe('waiting-for-checks');
    expect(failing.captured.summary).toContain('failing test');

    // A re-run of `test` that passed replaces the failure (the newest run of a name counts).
    const sha = world.repo.refs.get(`refs/heads/${DRAFT_BRANCH}`)!;
    addCheckRun(world.sim.state, world.repo, {
      id: 900_000,
      head_sha: sha,
      name: 'test',
      status: 'in_progress',
      conclusion: null,
    });
    const running = await runReviewer(world, { event: workflowRunEvent(world) });
    expect(running.captured.summary).toContain('pending test');

    const missing = await runReviewer(world, {
      event: workflowRunEvent(world),
      inputs: { requiredChecks: ['e2e'] },
    });
    expect(missing.captured.summary).toContain('not reported e2e');
    expect(writesSince(world.sim)).toEqual([]);
    expect(readyComments(world)).toHaveLength(0);
  });

  it('reads required checks from rulesets and commit statuses too', async () => {
    world = await startWorld(autohealDraft());
    addRuleset(world.sim.state, world.repo, {
      name: 'deploy preview',
      branches: ['main'],
      required_status_checks: ['ci/deploy-preview'],
    });
    const sha = world.repo.refs.get(`refs/heads/${DRAFT_BRANCH}`)!;
    addCommitStatus(world.sim.state, world.repo, {
      id: 1,
      sha,
      context: 'ci/deploy-preview',
      state: 'pending',
      created_at: '2026-01-01T00:00:00Z',
    });
    expect((await runReviewer(world, { event: workflowRunEvent(world) })).result.result).toBe(
      'waiting-for-checks',
    );
    addCommitStatus(world.sim.state, world.repo, {
      id: 2,
      sha,
      context: 'ci/deploy-preview',
      state: 'success',
      created_at: '2026-01-01T00:01:00Z',
    });
    expect((await runReviewer(world, { event: workflowRunEvent(world) })).result.result).toBe(
      'ready-for-review',
    );
  });

  it('ignores drafts that autoheal did not open, even with a copied marker', async () => {
    world = await startWorld((r) => {
      autohealDraft()(r);
      r.seed.pulls![0]!.author = 'mallory';
    });
    const { result } = await runReviewer(world, { event: workflowRunEvent(world) });
    expect(result.result).toBe('no-drafts');
    expect(writesSince(world.sim)).toEqual([]);
  });

  it('watches the draft itself when its own pull_request event arrives', async () => {
    world = await startWorld(autohealDraft());
    const event = {
      name: 'pull_request',
      payload: withFields(webhookExample('pull_request', 'synchronize'), {
        number: 1,
        'pull_request.number': 1,
      }),
    };
    const { result } = await runReviewer(world, { event });
    // No protection: every check on the commit counts, and both passed.
    expect(result.result).toBe('ready-for-review');
    expect(readyComments(world)[0]!.body).toContain('Every check passed on commit');
  });

  it('keeps check names in log lines from acting as workflow commands', async () => {
    world = await startWorld(autohealDraft());
    const sha = world.repo.refs.get(`refs/heads/${DRAFT_BRANCH}`)!;
    const evil = 'lint\n::set-output name=result::ready-for-review\n::add-mask::x';
    addCheckRun(world.sim.state, world.repo, {
      id: 900_001,
      head_sha: sha,
      name: evil,
      status: 'in_progress',
      conclusion: null,
    });
    const { captured } = await runReviewer(world, { event: workflowRunEvent(world) });
    const line = captured.log.find((l) => l.message.startsWith('Draft #1'))!;
    expect(line.message).toContain('pending lint');
    expect(line.message).toContain('set-output');
    for (const entry of captured.log) expect(entry.message).not.toMatch(/(^|\n)::/);
  });

  it('watches every autoheal draft on workflow_dispatch without pr-number', async () => {
    world = await startWorld(autohealDraft());
    const event = { name: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') };
    const { result } = await runReviewer(world, { event });
    expect(result.result).toBe('ready-for-review');
    expect(readyComments(world)).toHaveLength(1);
  });

  it('writes nothing in a dry run', async () => {
    world = await startWorld(autohealDraft());
    const { result, captured } = await runReviewer(world, {
      event: workflowRunEvent(world),
      inputs: { dryRun: true },
    });
    expect(result.result).toBe('dry-run');
    expect(writesSince(world.sim)).toEqual([]);
    expect(captured.summary).toContain('comment that draft #\u200B1 is ready for review');
  });
});

describe('evaluateChecks', () => {
  const run = (id: number, name: string, status: string, conclusion: string | null) => ({
    id,
    name,
    status,
    conclusion,
  });

  it('needs every required check to pass, by check run or by status', () => {
    const v = evaluateChecks(
      ['a', 'b'],
      [run(1, 'a', 'completed', 'success')],
      [{ context: 'b', state: 'success' }],
    );
    expect(v.ready).toBe(true);
    expect(v.passed).toEqual(['a', 'b']);
  });

  it('treats neutral and skipped as passing, anything else completed as failing', () => {
    const v = evaluateChecks(
      [],
      [
        run(1, 'a', 'completed', 'neutral'),
        run(2, 'b', 'completed', 'skipped'),
        run(3, 'c', 'completed', 'timed_out'),
      ],
      [],
    );
    expect(v).toMatchObject({ ready: false, passed: ['a', 'b'], failing: ['c'], required: 'all' });
  });

  it('is not ready when nothing reported at all', () => {
    expect(evaluateChecks([], [], []).ready).toBe(false);
  });
});
