import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
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
