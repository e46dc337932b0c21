/** The simulator routes the reviewer relies on: review requests (teams, Copilot), check runs, statuses, protection, rulesets. */
import { simClient } from '@autoheal/testkit/sim-client';
import { addRuleset } from '@autoheal/testkit/simulator/branch-rules';
import { addCheckRun, addCommitStatus } from '@autoheal/testkit/simulator/commit-checks';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_ONLY_TOKEN, startWorld, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const repo = { owner: 'octo-org', repo: 'widgets' };

function client(token = SIMULATOR_TOKEN) {
  return simClient(world!, { token, retries: 0 });
}

async function withPull() {
  world = await startWorld((r) =>
    r.branch('feature', { 'a.txt': 'a\n' }).pull({ title: 'A', author: 'dave', head: 'feature' }),
  );
}

describe('simulator review routes', () => {
  it('serves pull requests and review requests, and records the requests', async () => {
    await withPull();
    const { data } = await client().rest.pulls.get({ ...repo, pull_number: 1 });
    expect(data.title).toBe('A');
    await client().rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 });
    const own = world!.sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ status: 200, operationId: 'pulls/list-requested-reviewers' });
  });

  it('checks tokens and permissions like the simulator', async () => {
    await withPull();
    await expect(
      client('ghs_unknown').rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 }),
    ).rejects.toMatchObject({
      status: 401,
    });
    await expect(
      client(READ_ONLY_TOKEN).rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice'] }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/Resource not accessible by integration/),
    });
  });

  it('answers injected faults on the review routes too', async () => {
    await withPull();
    world!.sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      fault: { kind: 'status', status: 410 },
    });
    await expect(
      client().rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice'] }),
    ).rejects.toMatchObject({
      status: 410,
    });
  });

  it('requests teams and users, refusing the author, strangers and unknown teams as GitHub does', async () => {
    await withPull();
    const gh = client();
    const { data } = await gh.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ['alice'],
      team_reviewers: ['Core'],
    });
    expect(data.requested_teams?.map((t) => t.slug)).toEqual(['core']);
    const { data: listed } = await gh.rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 });
    expect(listed.users.map((u) => u.login)).toEqual(['alice']);
    expect(listed.teams.map((t) => t.slug)).toEqual(['core']);
    await expect(
      gh.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['dave'] }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/Review cannot be requested from pull request author/),
    });
    await expect(
      gh.rest.pulls.requestReviewers({ ...repo, pull_number: 1, team_reviewers: ['ghosts'] }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/only be requested from collaborators/),
    });
  });

  it('lists Copilot after a request only where Copilot review is available', async () => {
    await withPull();
    const gh = client();
    await gh.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ['copilot-pull-request-reviewer[bot]'],
    });
    expect((await gh.rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 })).data.users).toEqual([]);
    world!.repo.copilot_review = true;
    await gh.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ['copilot-pull-request-reviewer[bot]'],
    });
    const users = (await gh.rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 })).data.users;
    expect(users.map((u) => [u.login, u.type])).toEqual([['Copilot', 'Bot']]);
  });

  it('serves check runs (from workflow jobs and others, paginated), combined status, protection and rulesets', async () => {
    world = await startWorld((r) =>
      r.workflow('CI', '.github/workflows/ci.yml').run({
        workflow: 'CI',
        branch: 'main',
        jobs: [
          { name: 'build', status: 'completed', conclusion: 'success' },
          { name: 'test', status: 'in_progress', conclusion: null },
        ],
      }),
    );
    const sha = world.repo.refs.get('refs/heads/main')!;
    for (let i = 0; i < 3; i++)
      addCheckRun(world.sim.state, world.repo, {
        id: 5000 + i,
        head_sha: sha,
        name: `extra-${i}`,
        status: 'completed',
        conclusion: 'success',
      });
    const gh = client();
    const runs = await gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: sha, per_page: 2 });
    expect(runs.map((r) => [r.name, r.status])).toEqual([
      ['build', 'completed'],
      ['test', 'in_progress'],
      ['extra-0', 'completed'],
      ['extra-1', 'completed'],
      ['extra-2', 'completed'],
    ]);
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha })).data).toMatchObject({
      state: 'pending',
      total_count: 0,
    });
    addCommitStatus(world.sim.state, world.repo, {
      id: 1,
      sha,
      context: 'ci/x',
      state: 'failure',
      created_at: '2026-01-01T00:00:00Z',
    });
    addCommitStatus(world.sim.state, world.repo, {
      id: 2,
      sha,
      context: 'ci/x',
      state: 'success',
      created_at: '2026-01-01T00:01:00Z',
    });
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data).toMatchObject({
      state: 'success',
      total_count: 1,
    });

    expect((await gh.rest.repos.getBranch({ ...repo, branch: 'main' })).data.protected).toBe(false);
    world.repo.protection.set('main', { required_status_checks: ['build'] });
    const branch = (await gh.rest.repos.getBranch({ ...repo, branch: 'main' })).data;
    expect(branch.protection.required_status_checks?.contexts).toEqual(['build']);
    addRuleset(world.sim.state, world.repo, {
      name: 'tests',
      branches: ['main'],
      required_status_checks: ['test'],
    });
    const rules = await gh.paginate(gh.rest.repos.getBranchRules, { ...repo, branch: 'main' });
    expect(rules).toEqual([expect.objectContaining({ type: 'required_status_checks' })]);
  });
});
