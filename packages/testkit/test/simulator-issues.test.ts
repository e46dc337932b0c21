import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const MONA = 'ghp_monaIssuesToken00000000000000000000';
const o = { owner: 'octo-org', repo: 'widgets' };
let clock = Date.parse('2026-03-01T00:00:00Z');

function seed() {
  return seedBuilder()
    .token(MONA, 'mona')
    .repo('octo-org/widgets', (r) =>
      r
        .file('README.md', 'hi\n')
        .branch('fix', { 'README.md': 'hello\n' })
        .collaborator('mona', 'maintain')
        .collaborator('alice', 'write')
        .label('bug', 'd73a4a')
        .label('ci')
        .issue({
          title: 'old bug',
          author: 'alice',
          labels: ['bug'],
          assignees: ['mona'],
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-10T00:00:00Z',
        })
        .issue({ title: 'closed one', author: 'bob', state: 'closed', created_at: '2026-01-02T00:00:00Z' })
        .issue({
          title: 'ci flake',
          author: 'alice',
          labels: ['bug', 'ci'],
          created_at: '2026-01-03T00:00:00Z',
          updated_at: '2026-01-05T00:00:00Z',
          comments: [
            { author: 'bob', body: 'me too', created_at: '2026-01-04T00:00:00Z' },
            { author: 'mona', body: 'looking', created_at: '2026-01-04T02:00:00Z' },
          ],
          events: [{ event: 'labeled', actor: 'alice', label: 'ci', created_at: '2026-01-04T01:00:00Z' }],
        })
        .pull({ title: 'Fix README', author: 'alice', head: 'fix', created_at: '2026-01-06T00:00:00Z' }),
    )
    .build();
}

let sim: GitHubSimulator;
let gh: GitHubClient;
const client = (token: string) =>
  createGitHubClient({ token, apiUrl: sim.url, pacing: { writeMs: 0, notifyMs: 0 }, retries: 0 });

beforeEach(async () => {
  clock = Date.parse('2026-03-01T00:00:00Z');
  sim = await startGitHubSimulator({ seed: seed(), now: () => clock });
  gh = client(SIMULATOR_TOKEN);
});
afterEach(async () => {
  await sim.close();
});

const numbers = (list: Array<{ number: number }>) => list.map((i) => i.number);

describe('listing issues', () => {
  it('filters by state, labels, creator, assignee and since, and sorts', async () => {
    expect(numbers((await gh.rest.issues.listForRepo(o)).data)).toEqual([4, 3, 1]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, state: 'closed' })).data)).toEqual([2]);
    expect(
      numbers((await gh.rest.issues.listForRepo({ ...o, state: 'all', direction: 'asc' })).data),
    ).toEqual([1, 2, 3, 4]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, labels: 'bug,CI' })).data)).toEqual([3]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, creator: 'alice' })).data)).toEqual([4, 3, 1]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, assignee: 'mona' })).data)).toEqual([1]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, assignee: 'none' })).data)).toEqual([4, 3]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, assignee: '*' })).data)).toEqual([1]);
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, since: '2026-01-05T00:00:00Z' })).data)).toEqual(
      [4, 3, 1],
    );
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, since: '2026-01-07T00:00:00Z' })).data)).toEqual(
      [1],
    );
    expect(numbers((await gh.rest.issues.listForRepo({ ...o, sort: 'comments' })).data)).toEqual([3, 4, 1]);
    expect(
      numbers((await gh.rest.issues.listForRepo({ ...o, sort: 'updated', direction: 'asc' })).data),
    ).toEqual([3, 4, 1]);
  });

  it('marks pull requests with a pull_request key, as GitHub does', async () => {
    const list = (await gh.rest.issues.listForRepo(o)).data;
    expect(list.filter((i) => i.pull_request).map((i) => i.number)).toEqual([4]);
    expect(list.find((i) => i.number === 4)!.pull_request!.url).toBe(
      `${sim.url}/repos/octo-org/widgets/pulls/4`,
    );
    expect((await gh.rest.issues.get({ ...o, issue_number: 3 })).data.pull_request).toBeUndefined();
  });

  it('shows seeded milestones, counting the open and closed issues and pulls in them', async () => {
    await sim.close();
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r
            .branch('fix', { 'a.txt': 'a\n' })
            .milestone('v1.0', { description: 'First', creator: 'mona', created_at: '2026-01-01T00:00:00Z' })
            .milestone('v0.9', {
              number: 7,
              state: 'closed',
              updated_at: '2026-01-02T00:00:00Z',
              due_on: '2026-01-02T00:00:00Z',
            })
            .issue({ title: 'a', author: 'alice', milestone: 'v1.0' })
            .issue({ title: 'b', author: 'alice', milestone: 'v1.0', state: 'closed' })
            .issue({ title: 'c', author: 'alice', milestone: 'v0.9', state: 'closed' })
            .issue({ title: 'd', author: 'alice' })
            .pull({ title: 'e', author: 'alice', head: 'fix', milestone: 'v1.0' }),
        )
        .build(),
    });
    gh = client(SIMULATOR_TOKEN);
    const a = (await gh.rest.issues.get({ ...o, issue_number: 1 })).data;
    expect(a.milestone).toMatchObject({
      number: 1,
      title: 'v1.0',
      description: 'First',
      state: 'open',
      creator: { login: 'mona' },
      open_issues: 2,
      closed_issues: 1,
      closed_at: null,
      due_on: null,
      url: `${sim.url}/repos/octo-org/widgets/milestones/1`,
      html_url: 'https://github.com/octo-org/widgets/milestone/1',
    });
    expect((await gh.rest.issues.get({ ...o, issue_number: 3 })).data.milestone).toMatchObject({
      number: 7,
      state: 'closed',
      closed_at: '2026-01-02T00:00:00Z',
      creator: { login: 'octo-org' },
    });
    expect((await gh.rest.issues.get({ ...o, issue_number: 4 })).data.milestone).toBeNull();
    expect((await gh.rest.pulls.get({ ...o, pull_number: 5 })).data.milestone!.title).toBe('v1.0');
  });

  it('paginates 250 issues into 3 requests of 100 through octokit.paginate', async () => {
    await sim.close();
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .repo('octo-org/many', (r) => r.issues(250, (i) => ({ title: `issue ${i}`, author: 'alice' })))
        .build(),
    });
    gh = client(SIMULATOR_TOKEN);
    const all = await gh.paginate(gh.rest.issues.listForRepo, {
      owner: 'octo-org',
      repo: 'many',
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    const calls = sim.requestsTo('GET', '/repos/{owner}/{repo}/issues');
    expect(calls.map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3']);
    const link = calls[1]!.responseHeaders!.link!;
    expect(link).toContain(`<${sim.url}/repos/octo-org/many/issues?per_page=100&page=3>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(link).toContain('page=1>; rel="first"');
    expect(calls[2]!.responseHeaders!.link).not.toContain('rel="next"');
  });
});

describe('changing issues', () => {
  it('creates issues authored by the token, creating missing labels', async () => {
    const created = await gh.rest.issues.create({
      ...o,
      title: 'CI failed',
      body: 'see run',
      labels: ['ci', 'autoheal'],
      assignees: ['alice'],
    });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['ci', 'autoheal']);
    expect(created.data.assignees!.map((a) => a.login)).toEqual(['alice']);
    expect((await gh.rest.issues.getLabel({ ...o, name: 'autoheal' })).data.color).toBe('ededed');
    await expect(gh.rest.issues.create({ ...o, title: 'x', assignees: ['stranger'] })).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'assignees', code: 'invalid', value: 'stranger' }],
        },
      },
    });
  });

  it('updates state, state_reason, title, body, labels and assignees, recording timeline events', async () => {
    clock = Date.parse('2026-03-02T00:00:00Z');
    const updated = await gh.rest.issues.update({
      ...o,
      issue_number: 1,
      title: 'old bug (triaged)',
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['ci'],
      assignees: ['alice'],
    });
    expect(updated.data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      title: 'old bug (triaged)',
      closed_at: '2026-03-02T00:00:00Z',
    });
    expect(updated.data.closed_by!.login).toBe('github-actions[bot]');
    expect(updated.data.updated_at).toBe('2026-03-02T00:00:00Z');
    const events = (await gh.rest.issues.listEvents({ ...o, issue_number: 1 })).data;
    expect(events.map((e) => e.event)).toEqual([
      'renamed',
      'unlabeled',
      'labeled',
      'unassigned',
      'assigned',
      'closed',
    ]);
    expect(events.every((e) => e.actor!.login === 'github-actions[bot]')).toBe(true);
    const reopened = await gh.rest.issues.update({ ...o, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    await expect(
      gh.rest.issues.update({ ...o, issue_number: 1, state: 'merged' as 'open' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('keeps comments and events in one timeline, in time order', async () => {
    clock = Date.parse('2026-03-03T00:00:00Z');
    await client(MONA).rest.issues.createComment({ ...o, issue_number: 3, body: 'fixed?' });
    const timeline = (await gh.rest.issues.listEventsForTimeline({ ...o, issue_number: 3 })).data as Array<{
      event?: string;
      actor?: { login: string };
      created_at?: string;
    }>;
    expect(timeline.map((e) => `${e.event} ${e.actor?.login} ${e.created_at}`)).toEqual([
      'commented bob 2026-01-04T00:00:00Z',
      'labeled alice 2026-01-04T01:00:00Z',
      'commented mona 2026-01-04T02:00:00Z',
      'commented mona 2026-03-03T00:00:00Z',
    ]);
    expect((await gh.rest.issues.get({ ...o, issue_number: 3 })).data.comments).toBe(3);
  });

  it('edits and deletes comments', async () => {
    const comment = await gh.rest.issues.createComment({ ...o, issue_number: 1, body: 'v1' });
    clock += 60_000;
    const edited = await gh.rest.issues.updateComment({ ...o, comment_id: comment.data.id, body: 'v2' });
    expect(edited.data.body).toBe('v2');
    expect(edited.data.updated_at).not.toBe(edited.data.created_at);
    await gh.rest.issues.deleteComment({ ...o, comment_id: comment.data.id });
    await expect(gh.rest.issues.getComment({ ...o, comment_id: comment.data.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('adds, sets and removes labels on issues; removing an absent one is 404', async () => {
    expect(
      (await gh.rest.issues.addLabels({ ...o, issue_number: 1, labels: ['ci'] })).data.map((l) => l.name),
    ).toEqual(['bug', 'ci']);
    expect(
      (await gh.rest.issues.setLabels({ ...o, issue_number: 1, labels: ['new'] })).data.map((l) => l.name),
    ).toEqual(['new']);
    expect((await gh.rest.issues.removeLabel({ ...o, issue_number: 1, name: 'new' })).data).toEqual([]);
    await expect(gh.rest.issues.removeLabel({ ...o, issue_number: 1, name: 'new' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Label does not exist' } },
    });
  });

  it('manages assignees and says who can be assigned', async () => {
    const added = await gh.rest.issues.addAssignees({
      ...o,
      issue_number: 3,
      assignees: ['alice', 'stranger'],
    });
    expect(added.status).toBe(201);
    expect(added.data.assignees!.map((a) => a.login)).toEqual(['alice']);
    const removed = await gh.rest.issues.removeAssignees({ ...o, issue_number: 3, assignees: ['alice'] });
    expect(removed.data.assignees).toEqual([]);
    expect((await gh.rest.issues.checkUserCanBeAssigned({ ...o, assignee: 'mona' })).status).toBe(204);
    await expect(gh.rest.issues.checkUserCanBeAssigned({ ...o, assignee: 'bob' })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('repository labels', () => {
  it('refuses a duplicate label exactly as GitHub does', async () => {
    await expect(gh.rest.issues.createLabel({ ...o, name: 'BUG', color: 'ffffff' })).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        },
      },
    });
    await expect(gh.rest.issues.createLabel({ ...o, name: 'x', color: 'nope' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] } },
    });
  });

  it('renames labels on every issue and deletes them from every issue', async () => {
    await gh.rest.issues.updateLabel({ ...o, name: 'bug', new_name: 'defect' });
    expect(
      (await gh.rest.issues.get({ ...o, issue_number: 1 })).data.labels.map((l) =>
        typeof l === 'string' ? l : l.name,
      ),
    ).toEqual(['defect']);
    await gh.rest.issues.deleteLabel({ ...o, name: 'defect' });
    expect((await gh.rest.issues.get({ ...o, issue_number: 1 })).data.labels).toEqual([]);
    await expect(gh.rest.issues.getLabel({ ...o, name: 'defect' })).rejects.toMatchObject({ status: 404 });
  });
});
