import { afterEach, describe, expect, it } from 'vitest';
import { simClient } from '../src/sim-client.js';
import {
  findOperation,
  formatErrors,
  loadDescription,
  ResponseValidator,
} from '../src/simulator/openapi-contract.js';
import { seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const forkSeed = () =>
  seedBuilder()
    .repo('octo-org/widgets', (r) =>
      r
        .workflow('CI', '.github/workflows/ci.yml', 161)
        .branch('patch-1', { 'ours.txt': 'ours\n' })
        .pull({ number: 1, title: 'ours', author: 'octo-org', head: 'patch-1' })
        // The fork's branch is named main, like ours; its commit is the one named by head_sha.
        .pull({
          number: 2,
          title: 'theirs',
          author: 'mallory',
          head: 'main',
          head_repository: 'mallory/widgets',
          head_sha: 'patch-1',
        })
        .run({
          id: 50,
          workflow: 'CI',
          branch: 'main',
          head_sha: 'patch-1',
          head_repository: 'mallory/widgets',
          event: 'pull_request',
          actor: 'mallory',
          conclusion: 'failure',
        })
        .run({ id: 51, workflow: 'CI', branch: 'main', conclusion: 'success' }),
    )
    .build();

describe('fork pull requests and their runs', () => {
  it('name the fork as head repository, and pass GitHub’s response schemas', async () => {
    sim = await startGitHubSimulator({ seed: forkSeed() });
    const gh = simClient(sim);
    const o = { owner: 'octo-org', repo: 'widgets' };
    const patch1 = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/patch-1')!;
    const { data: repo } = await gh.rest.repos.get(o);
    const { data: forkRun } = await gh.rest.actions.getWorkflowRun({ ...o, run_id: 50 });
    expect(forkRun.head_repository).toMatchObject({
      full_name: 'mallory/widgets',
      fork: true,
      owner: { login: 'mallory' },
    });
    expect(forkRun.head_repository.id).not.toBe(repo.id);
    expect(forkRun.head_sha).toBe(patch1);
    const { data: ownRun } = await gh.rest.actions.getWorkflowRun({ ...o, run_id: 51 });
    expect(ownRun.head_repository).toMatchObject({ full_name: 'octo-org/widgets', id: repo.id, fork: false });

    const { data: theirs } = await gh.rest.pulls.get({ ...o, pull_number: 2 });
    expect(theirs.head).toMatchObject({
      label: 'mallory:main',
      ref: 'main',
      sha: patch1,
      repo: { full_name: 'mallory/widgets', fork: true },
    });
    expect(theirs.head.repo?.id).toBe(forkRun.head_repository.id);
    // `head=owner:branch` tells the fork's main from ours.
    const byFork = await gh.rest.pulls.list({ ...o, head: 'mallory:main' });
    expect(byFork.data.map((p) => p.number)).toEqual([2]);
    const byUs = await gh.rest.pulls.list({ ...o, head: 'octo-org:main' });
    expect(byUs.data).toEqual([]);

    const description = loadDescription('api.github.com');
    const validator = new ResponseValidator(description);
    const templates: Record<string, string> = {
      'actions/get-workflow-run': '/repos/{owner}/{repo}/actions/runs/{run_id}',
      'pulls/get': '/repos/{owner}/{repo}/pulls/{pull_number}',
      'pulls/list': '/repos/{owner}/{repo}/pulls',
    };
    const checked = sim.requests.filter((r) => templates[r.operationId ?? ''] !== undefined);
    expect(checked).toHaveLength(5);
    for (const r of checked) {
      const op = findOperation(description, 'GET', templates[r.operationId!]!)!.operation;
      expect(
        validator.check(op, r.status, r.response).errors,
        `${r.path}: ${formatErrors(validator.check(op, r.status, r.response).errors)}`,
      ).toEqual([]);
    }
    expect(sim.errors).toEqual([]);
  });

  it('are checked in seeds: owner/name, and head_sha only for a fork', async () => {
    const bad = seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .pull({ number: 1, title: 'x', author: 'm', head: 'nowhere', head_repository: 'not a repo' })
          .pull({ number: 2, title: 'y', author: 'm', head: 'main', head_sha: 'main' }),
      )
      .build();
    await expect(startGitHubSimulator({ seed: bad })).rejects.toThrow(/head_repository[\s\S]*head_sha/);
  });
});
