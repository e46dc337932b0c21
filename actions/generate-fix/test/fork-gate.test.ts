import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { simClient } from '@autoheal/testkit/sim-client';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { eventRunIds, untrustedRunReason } from '../src/fork-gate.js';

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const repo = { owner: 'octo-org', repo: 'widgets' };

async function start(): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .collaborator('alice', 'write')
          .collaborator('tia', 'triage')
          .workflow('CI', '.github/workflows/ci.yml', 161)
          .run({ id: 1, workflow: 'CI', branch: 'main', conclusion: 'failure' })
          .run({
            id: 2,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            head_repository: 'mallory/widgets',
            event: 'pull_request',
          })
          .run({
            id: 3,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            event: 'pull_request',
            actor: 'alice',
          })
          .run({
            id: 4,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            event: 'pull_request_target',
            actor: 'tia',
          }),
      )
      .build(),
  });
  return sim;
}

describe('generate-fix’s fork gate', () => {
  it('takes the runs the event and run-id name, once each', () => {
    const event = {
      name: 'workflow_run',
      payload: withFields(webhookExample('workflow_run', 'completed'), { 'workflow_run.id': 7 }),
    };
    expect(eventRunIds(event, 7)).toEqual([7]);
    expect(eventRunIds(event, 8)).toEqual([7, 8]);
    expect(eventRunIds({ name: 'workflow_dispatch', payload: {} }, undefined)).toEqual([]);
  });

  it('lets this repository’s push runs and writers’ pull request runs through, and refuses the others', async () => {
    const github = simClient(await start());
    const dispatch = { name: 'workflow_dispatch', payload: {} };
    expect(await untrustedRunReason(github, repo, dispatch, [1, 3])).toBeUndefined();
    expect(await untrustedRunReason(github, repo, dispatch, [1, 2])).toMatch(
      /^Refused: run 2: the run’s commit comes from mallory\/widgets.*no fix, branch, pull request or hand-off/,
    );
    expect(await untrustedRunReason(github, repo, dispatch, [4])).toMatch(/tia, who cannot push/);
    expect(await untrustedRunReason(github, repo, dispatch, [99])).toMatch(/run 99 is not found/);
  });

  it('refuses on a pull_request_target event from a fork before asking about any run', async () => {
    const s = await start();
    const payload = withFields(webhookExample('pull_request', 'opened'), {
      'pull_request.head.repo': { id: 99, full_name: 'mallory/widgets' },
    });
    const from = s.requests.length;
    const reason = await untrustedRunReason(
      simClient(s),
      repo,
      { name: 'pull_request_target', payload },
      [1],
    );
    expect(reason).toMatch(/comes from mallory\/widgets, a fork of/);
    expect(s.requests.slice(from)).toEqual([]);
  });
});
