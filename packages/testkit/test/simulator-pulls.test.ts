import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { mergePull } from '../src/simulator/issue-changes.js';
import { PULL_FILES_CAP } from '../src/simulator/routes-pulls.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const o = { owner: 'octo-org', repo: 'widgets' };
const ALICE = 'ghp_aliceToken0000000000000000000000000';

let sim: GitHubSimulator;
let gh: GitHubClient;
const client = (token: string) =>
  createGitHubClient({ token, apiUrl: sim.url, pacing: { writeMs: 0, notifyMs: 0 }, retries: 0 });

async function start(allowDrafts = true, bigBranch = false) {
  const many: Record<string, string> = {};
  if (bigBranch)
    for (let i = 0; i < PULL_FILES_CAP + 5; i++) many[`gen/f${String(i).padStart(4, '0')}.txt`] = `${i}\n`;
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .token(ALICE, 'alice')
      .repo(
        'octo-org/widgets',
        (r) => {
          r.file('src/app.js', 'one\ntwo\nthree\n')
            .branch('fix', { 'src/app.js': 'one\n2\nthree\n', 'docs/new.md': 'new\n' }, { author: 'alice' })
            .branch('fix-2', { 'src/app.js': 'one\n2\n3\n' }, { from: 'fix', author: 'alice' })
            .collaborator('mona', 'write')
            .collaborator('alice', 'write')
            .pull({
              title: 'Fix app',
              author: 'alice',
              head: 'fix-2',
              reviews: [
                {
                  author: 'mona',
                  state: 'CHANGES_REQUESTED',
                  body: 'hmm',
                  submitted_at: '2026-01-02T00:00:00Z',
                },
              ],
            });
          if (bigBranch) r.branch('big', many);
        },
        { allow_drafts: allowDrafts },
      )
      .build(),
  });
  gh = client(SIMULATOR_TOKEN);
}

afterEach(async () => {
  await sim.close();
});

describe('pull requests', () => {
  beforeEach(async () => {
    await start();
  });

  it('opens a draft pull request from an existing branch, authored by the token', async () => {
    const pull = await gh.rest.pulls.create({
      ...o,
      title: 'Fix',
      head: 'octo-org:fix',
      base: 'main',
      draft: true,
      body: 'b',
    });
    expect(pull.status).toBe(201);
    expect(pull.data).toMatchObject({
      draft: true,
      state: 'open',
      title: 'Fix',
      commits: 1,
      additions: 2,
      deletions: 1,
      changed_files: 2,
    });
    expect(pull.data.user.login).toBe('github-actions[bot]');
    expect(pull.data.head).toMatchObject({ ref: 'fix', label: 'octo-org:fix' });
    const asIssue = await gh.rest.issues.get({ ...o, issue_number: pull.data.number });
    expect(asIssue.data.pull_request).toBeDefined();
    const listed = await gh.rest.pulls.list({ ...o, head: 'octo-org:fix' });
    expect(listed.data.map((p) => p.number)).toEqual([pull.data.number]);
  });

  it('refuses what GitHub refuses: a second pull for a branch, a missing head, no commits', async () => {
    await expect(
      gh.rest.pulls.create({ ...o, title: 'Again', head: 'fix-2', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'A pull request already exists for octo-org:fix-2.',
            },
          ],
        },
      },
    });
    await expect(
      gh.rest.pulls.create({ ...o, title: 'x', head: 'nope', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } },
    });
    await expect(
      gh.rest.pulls.create({ ...o, title: 'x', head: 'main', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'custom', message: 'No commits between main and main' }] } },
    });
  });

  it('lists changed files with patches, commits oldest first, and reviews', async () => {
    const files = (await gh.rest.pulls.listFiles({ ...o, pull_number: 1 })).data;
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['docs/new.md', 'added', 1, 0],
      ['src/app.js', 'modified', 2, 2],
    ]);
    expect(files[1]!.patch).toBe('@@ -1,3 +1,3 @@\n one\n-two\n-three\n+2\n+3');
    const commits = (await gh.rest.pulls.listCommits({ ...o, pull_number: 1 })).data;
    expect(commits.map((c) => c.commit.message)).toEqual(['Update fix', 'Update fix-2']);
    expect(commits[0]!.author!.login).toBe('alice');
    const reviews = (await gh.rest.pulls.listReviews({ ...o, pull_number: 1 })).data;
    expect(reviews.map((r) => [r.user!.login, r.state])).toEqual([['mona', 'CHANGES_REQUESTED']]);
  });

  it('requests reviewers, but never the author', async () => {
    await expect(
      gh.rest.pulls.requestReviewers({ ...o, pull_number: 1, reviewers: ['alice'] }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Review cannot be requested from pull request author.' } },
    });
    await expect(
      gh.rest.pulls.requestReviewers({ ...o, pull_number: 1, reviewers: ['stranger'] }),
    ).rejects.toMatchObject({ status: 422 });
    const requested = await gh.rest.pulls.requestReviewers({ ...o, pull_number: 1, reviewers: ['mona'] });
    expect(requested.status).toBe(201);
    expect(
      (await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 1 })).data.users.map((u) => u.login),
    ).toEqual(['mona']);
    await gh.rest.pulls.removeRequestedReviewers({ ...o, pull_number: 1, reviewers: ['mona'] });
    expect((await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 1 })).data.users).toEqual([]);
    const events = (await gh.rest.issues.listEvents({ ...o, issue_number: 1 })).data.map((e) => e.event);
    expect(events).toEqual(['review_requested', 'review_request_removed']);
  });

  it('closes and retitles through PATCH', async () => {
    const closed = await client(ALICE).rest.pulls.update({
      ...o,
      pull_number: 1,
      state: 'closed',
      title: 'Fix app (superseded)',
    });
    expect(closed.data).toMatchObject({ state: 'closed', title: 'Fix app (superseded)', merged: false });
    expect((await gh.rest.pulls.list(o)).data).toEqual([]);
    expect((await gh.rest.pulls.list({ ...o, state: 'closed' })).data.map((p) => p.number)).toEqual([1]);
  });

  it('follows the head branch as it moves', async () => {
    const fix2 = await gh.rest.git.getRef({ ...o, ref: 'heads/fix-2' });
    const head = await gh.rest.git.getCommit({ ...o, commit_sha: fix2.data.object.sha });
    const tree = await gh.rest.git.createTree({
      ...o,
      base_tree: head.data.tree.sha,
      tree: [{ path: 'b.txt', mode: '100644', type: 'blob', content: 'b\n' }],
    });
    const commit = await gh.rest.git.createCommit({
      ...o,
      message: 'more',
      tree: tree.data.sha,
      parents: [fix2.data.object.sha],
    });
    await gh.rest.git.updateRef({ ...o, ref: 'heads/fix-2', sha: commit.data.sha });
    const pull = await gh.rest.pulls.get({ ...o, pull_number: 1 });
    expect(pull.data.head.sha).toBe(commit.data.sha);
    expect(pull.data.commits).toBe(3);
  });
});

describe('repository settings and limits', () => {
  it('refuses drafts where the repository does not allow them', async () => {
    await start(false);
    await expect(
      gh.rest.pulls.create({ ...o, title: 'x', head: 'fix', base: 'main', draft: true }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'Draft pull requests are not supported in this repository.',
            },
          ],
        },
      },
    });
    expect((await gh.rest.pulls.create({ ...o, title: 'x', head: 'fix', base: 'main' })).status).toBe(201);
  });

  it(`lists at most ${PULL_FILES_CAP} files, paginated`, async () => {
    await start(true, true);
    const pull = await gh.rest.pulls.create({ ...o, title: 'big', head: 'big', base: 'main' });
    expect(pull.data.changed_files).toBe(PULL_FILES_CAP + 5);
    const files = await gh.paginate(gh.rest.pulls.listFiles, {
      ...o,
      pull_number: pull.data.number,
      per_page: 100,
    });
    expect(files).toHaveLength(PULL_FILES_CAP);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(30);
  }, 60_000);
});

describe('teams and Copilot as reviewers', () => {
  async function startTeams(copilot = false) {
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .token(ALICE, 'alice')
        .repo(
          'octo-org/widgets',
          (r) =>
            r
              .branch('fix', { 'a.txt': 'a\n' })
              .collaborator('mona', 'write')
              .team('core', 'Core')
              .team('Docs-Team', 'Docs', { permission: 'read' })
              .pull({ title: 'Fix', author: 'alice', head: 'fix', requested_teams: ['core'] }),
          { copilot_review: copilot },
        )
        .build(),
    });
    gh = client(SIMULATOR_TOKEN);
  }

  it('requests teams by slug in any case, lists them, and records who asked', async () => {
    await startTeams();
    expect(sim.state.user('octo-org')!.type).toBe('Organization');
    const requested = await gh.rest.pulls.requestReviewers({
      ...o,
      pull_number: 1,
      reviewers: ['mona'],
      team_reviewers: ['docs-team', 'CORE'],
    });
    expect(requested.data.requested_teams!.map((t) => [t.slug, t.name, t.permission])).toEqual([
      ['core', 'Core', 'push'],
      ['Docs-Team', 'Docs', 'pull'],
    ]);
    const listed = (await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 1 })).data;
    expect(listed.users.map((u) => u.login)).toEqual(['mona']);
    expect(listed.teams.map((t) => t.slug)).toEqual(['core', 'Docs-Team']);
    expect(
      (await gh.rest.pulls.get({ ...o, pull_number: 1 })).data.requested_teams!.map((t) => t.slug),
    ).toEqual(['core', 'Docs-Team']);
    // The seeded request for core has no event; the new ones do, by the token's user.
    const events = (await gh.rest.issues.listEvents({ ...o, issue_number: 1 })).data as Array<{
      event: string;
      requested_team?: { slug: string };
      requested_reviewer?: { login: string };
      review_requester?: { login: string };
    }>;
    expect(events.map((e) => [e.event, e.requested_team?.slug ?? e.requested_reviewer?.login])).toEqual([
      ['review_requested', 'mona'],
      ['review_requested', 'Docs-Team'],
    ]);
    expect(events[1]!.review_requester!.login).toBe('github-actions[bot]');
  });

  it('refuses the whole request when one team or user is not allowed, and changes nothing', async () => {
    await startTeams();
    await expect(
      gh.rest.pulls.requestReviewers({
        ...o,
        pull_number: 1,
        reviewers: ['mona'],
        team_reviewers: ['ghosts'],
      }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: { message: expect.stringMatching(/^Reviews may only be requested from collaborators/) },
      },
    });
    const pull = sim.state.requireRepo('octo-org/widgets').issues.get(1)!.pull!;
    expect(pull.requested_reviewers).toEqual([]);
    expect(pull.requested_teams).toEqual(['core']);
  });

  it('removes teams and users, ignoring names that were not requested, and needs `reviewers`', async () => {
    await startTeams();
    const removed = await gh.rest.pulls.removeRequestedReviewers({
      ...o,
      pull_number: 1,
      reviewers: ['nobody'],
      team_reviewers: ['Core', 'docs-team'],
    });
    expect(removed.data.requested_teams).toEqual([]);
    const events = (await gh.rest.issues.listEvents({ ...o, issue_number: 1 })).data;
    expect(events.map((e) => e.event)).toEqual(['review_request_removed']);
    const noReviewers = await fetch(`${sim.url}/repos/octo-org/widgets/pulls/1/requested_reviewers`, {
      method: 'DELETE',
      headers: { authorization: `token ${SIMULATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ team_reviewers: ['core'] }),
    });
    expect(noReviewers.status).toBe(422);
    expect(((await noReviewers.json()) as { message: string }).message).toBe(
      'Invalid request.\n\n"reviewers" wasn\'t supplied.',
    );
  });

  it('accepts a request for Copilot but lists no one where Copilot review is off', async () => {
    await startTeams(false);
    const answer = await gh.rest.pulls.requestReviewers({
      ...o,
      pull_number: 1,
      reviewers: ['copilot-pull-request-reviewer[bot]'],
    });
    expect(answer.status).toBe(201);
    expect(answer.data.requested_reviewers).toEqual([]);
    expect(sim.state.user('Copilot')).toBeUndefined();
  });

  it('lists Copilot as a Bot where Copilot review is on, and removes it by the same login', async () => {
    await startTeams(true);
    await gh.rest.pulls.requestReviewers({
      ...o,
      pull_number: 1,
      reviewers: ['Copilot-Pull-Request-Reviewer[bot]'],
    });
    const users = (await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 1 })).data.users;
    expect(users.map((u) => [u.login, u.type])).toEqual([['Copilot', 'Bot']]);
    await gh.rest.pulls.removeRequestedReviewers({
      ...o,
      pull_number: 1,
      reviewers: ['copilot-pull-request-reviewer[bot]'],
    });
    expect((await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 1 })).data.users).toEqual([]);
  });
});

describe('merged pull requests', () => {
  async function startMerged() {
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r
            .branch('one', { 'a.txt': 'a\n' })
            .branch('two', { 'b.txt': 'b\n' })
            .branch('three', { 'c.txt': 'c\n' })
            .collaborator('mona', 'maintain')
            .milestone('v1', { due_on: '2026-04-01T00:00:00Z' })
            .pull({
              title: 'One',
              author: 'alice',
              head: 'one',
              created_at: '2026-03-01T00:00:00Z',
              merged_at: '2026-03-03T12:00:00Z',
              merged_by: 'mona',
              milestone: 'v1',
            })
            .pull({ title: 'Two', author: 'alice', head: 'two', created_at: '2026-03-02T00:00:00Z' })
            .pull({ title: 'Three', author: 'alice', head: 'three', draft: true }),
        )
        .build(),
      now: () => Date.parse('2026-03-10T00:00:00Z'),
    });
    gh = client(SIMULATOR_TOKEN);
  }

  it('shows a seeded merge: closed when merged, by whom, on the head commit', async () => {
    await startMerged();
    const head = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/one')!;
    const pull = (await gh.rest.pulls.get({ ...o, pull_number: 1 })).data;
    expect(pull).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2026-03-03T12:00:00Z',
      closed_at: '2026-03-03T12:00:00Z',
      merge_commit_sha: head,
      merged_by: { login: 'mona' },
      milestone: { title: 'v1', open_issues: 0, closed_issues: 1, due_on: '2026-04-01T00:00:00Z' },
    });
    const listed = (await gh.rest.pulls.list({ ...o, state: 'all', sort: 'created', direction: 'asc' })).data;
    expect(listed.map((p) => [p.number, p.state, p.merged_at])).toEqual([
      [1, 'closed', '2026-03-03T12:00:00Z'],
      [2, 'open', null],
      [3, 'open', null],
    ]);
    const asIssue = (await gh.rest.issues.get({ ...o, issue_number: 1 })).data;
    expect(asIssue).toMatchObject({
      state_reason: null,
      closed_by: { login: 'mona' },
      pull_request: { merged_at: '2026-03-03T12:00:00Z' },
    });
  });

  it('merges through the state as a merge on GitHub would look, and leaves the base branch alone', async () => {
    await startMerged();
    const repo = sim.state.requireRepo('octo-org/widgets');
    const main = repo.refs.get('refs/heads/main');
    mergePull(sim.state, repo, 2, { by: 'mona' });
    const pull = (await gh.rest.pulls.get({ ...o, pull_number: 2 })).data;
    expect(pull).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2026-03-10T00:00:00Z',
      merged_by: { login: 'mona' },
    });
    expect(repo.refs.get('refs/heads/main')).toBe(main);
    const events = (await gh.rest.issues.listEvents({ ...o, issue_number: 2 })).data;
    expect(events.map((e) => [e.event, e.actor?.login, e.commit_id])).toEqual([
      ['merged', 'mona', repo.refs.get('refs/heads/two')],
      ['closed', 'mona', repo.refs.get('refs/heads/two')],
    ]);
    // Closed or already merged pull requests and drafts cannot be merged; a typo is loud.
    expect(() => mergePull(sim.state, repo, 2)).toThrow(/#2 .* is not open/);
    expect(() => mergePull(sim.state, repo, 3)).toThrow(/#3 .* is a draft/);
    expect(() => mergePull(sim.state, repo, 99)).toThrow(/no pull request #99/);
  });
});
