import { afterEach, describe, expect, it } from 'vitest';
import { OperationBudget } from '../../core/src/budget.js';
import { createGitHubClient, type GitHubClientOptions } from '../../core/src/github-client.js';
import { parseMarkers, renderMarker } from '../../core/src/markers.js';
import { MAX_BODY_LENGTH, stampedRequestId } from '../../core/src/write-once.js';
import type { Fault } from '../src/simulator/faults.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

/**
 * Exactly-once writes (packages/core/src/write-once.ts) through the real client against the
 * simulator: GitHub applies the write and loses the answer (502, or the connection is reset),
 * and the client must neither repeat it nor report a failure.
 */

const o = { owner: 'octo-org', repo: 'widgets' };
const ISSUES = '/repos/{owner}/{repo}/issues';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const LOST_502: Fault = { kind: 'server-error', status: 502, afterEffect: true };
const LOST_RESET: Fault = { kind: 'connection-reset', afterEffect: true };

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .file('README.md', 'hi\n')
          .label('bug')
          .branch('autoheal/fix-1', { 'fix.txt': 'fixed\n' })
          .collaborator('alice')
          .collaborator('bob')
          .issues(3, (i) => ({ title: `issue ${i}`, author: 'alice' }))
          .workflow('CI', '.github/workflows/ci.yml', 1)
          .run({
            id: 7,
            workflow: 1,
            branch: 'main',
            conclusion: 'failure',
            jobs: [{ id: 70, name: 'test', conclusion: 'failure', log: 'boom\n' }],
          }),
      )
      .build(),
  });
  return sim;
}

function client(s: GitHubSimulator, extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    token: SIMULATOR_TOKEN,
    apiUrl: s.url,
    waitScaleMs: 1,
    pacing: { writeMs: 0, notifyMs: 0 },
    ...extra,
  });
}

const repo = (s: GitHubSimulator) => s.state.requireRepo('octo-org/widgets');
const calls = (s: GitHubSimulator) => s.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

async function failure(promise: Promise<unknown>): Promise<{ status?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as { status?: number };
  }
  throw new Error('expected the call to fail');
}

describe('exactly-once writes on the happy path', () => {
  it('costs one request per write, stamps issue and comment bodies, and hides the stamp from callers', async () => {
    const s = await start();
    const gh = client(s);
    const body = `${renderMarker({ kind: 'failure', fingerprint: 'ab12' })}\n## Tests failed`;
    const issue = await gh.rest.issues.create({ ...o, title: 'CI failed', body });
    const comment = await gh.rest.issues.createComment({
      ...o,
      issue_number: issue.data.number,
      body: 'again',
    });
    expect(calls(s)).toEqual([
      'POST /repos/octo-org/widgets/issues 201',
      `POST /repos/octo-org/widgets/issues/${issue.data.number}/comments 201`,
    ]);
    // Callers see exactly what they sent…
    expect(issue.data.body).toBe(body);
    expect(comment.data.body).toBe('again');
    // …while GitHub holds the stamp that lets a lost answer be found again.
    const stored = repo(s).issues.get(issue.data.number)!;
    expect(stampedRequestId(stored.body!)).toMatch(/^[0-9a-f-]{36}$/);
    expect(stampedRequestId(stored.comments[0]!.body)).toMatch(/^[0-9a-f-]{36}$/);
    expect(parseMarkers(stored.body).map((m) => m.fields)).toEqual([
      { kind: 'failure', fingerprint: 'ab12' },
    ]);
    // Reads strip it too, so a caller comparing bodies sees no change.
    const read = await gh.rest.issues.get({ ...o, issue_number: issue.data.number });
    expect(read.data.body).toBe(body);
    const list = await gh.rest.issues.listForRepo({ ...o, state: 'all' });
    expect(list.data.find((i) => i.number === issue.data.number)?.body).toBe(body);
    const comments = await gh.rest.issues.listComments({ ...o, issue_number: issue.data.number });
    expect(comments.data.map((c) => c.body)).toEqual(['again']);
  });

  it('leaves a PATCH, a label, a ref and a pull request untouched and unrepeated', async () => {
    const s = await start();
    const gh = client(s);
    await gh.rest.issues.update({ ...o, issue_number: 1, body: 'edited' });
    await gh.rest.issues.createLabel({ ...o, name: 'autoheal', color: 'ededed' });
    const main = repo(s).refs.get('refs/heads/main')!;
    await gh.rest.git.createRef({ ...o, ref: 'refs/heads/x', sha: main });
    const pull = await gh.rest.pulls.create({
      ...o,
      title: 'Fix',
      head: 'autoheal/fix-1',
      base: 'main',
      body: 'b',
    });
    expect(s.requests).toHaveLength(4);
    expect(repo(s).issues.get(1)!.body).toBe('edited');
    expect(repo(s).issues.get(pull.data.number)!.body).toBe('b');
  });
});

describe('a write whose answer is lost', () => {
  for (const [name, fault] of [
    ['502 after the issue was created', LOST_502],
    ['connection reset after the issue was created', LOST_RESET],
  ] as const) {
    it(`creates one issue: ${name}`, async () => {
      const s = await start();
      s.faults.inject({ method: 'POST', path: ISSUES, fault });
      const created = await client(s).rest.issues.create({
        ...o,
        title: 'CI failed',
        body: 'details',
        labels: ['bug'],
      });
      expect(created.status).toBe(201);
      expect(created.data).toMatchObject({ number: 4, title: 'CI failed', body: 'details', state: 'open' });
      expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['bug']);
      expect(repo(s).issues.size).toBe(4);
      const posts = s.requestsTo('POST', ISSUES);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ fault: fault.kind, appliedStatus: 201 });
      // One re-read, of the newest issues.
      const reads = s.requestsTo('GET', ISSUES);
      expect(reads).toHaveLength(1);
      expect(reads[0]!.query).toMatchObject({ state: 'all', sort: 'created', direction: 'desc' });
    });
  }

  it('finds the lost issue on GitHub Enterprise Server too (/api/v3)', async () => {
    const seed = seedBuilder()
      .repo('octo-org/widgets', (r) => r.file('README.md', 'hi\n'))
      .build();
    sim = await startGitHubSimulator({ seed, basePath: '/api/v3' });
    sim.faults.inject({ method: 'POST', path: ISSUES, fault: LOST_502 });
    const created = await client(sim).rest.issues.create({ ...o, title: 'CI failed', body: 'details' });
    expect(created.data).toMatchObject({ number: 1, body: 'details' });
    expect(created.url).toBe(`${sim.url}/repos/octo-org/widgets/issues`);
    expect(repo(sim).issues.size).toBe(1);
    expect(sim.requestsTo('GET', ISSUES)).toHaveLength(1);
  });

  it('sends the issue again when the failure struck before anything was made', async () => {
    const s = await start();
    s.faults.inject({ method: 'POST', path: ISSUES, fault: { kind: 'server-error', status: 502 } });
    const created = await client(s).rest.issues.create({ ...o, title: 'CI failed', body: 'details' });
    expect(created.data.number).toBe(4);
    expect(repo(s).issues.size).toBe(4);
    expect(calls(s)).toEqual([
      'POST /repos/octo-org/widgets/issues 502',
      'GET /repos/octo-org/widgets/issues 200',
      'POST /repos/octo-org/widgets/issues 201',
    ]);
  });

  it('finds an issue whose body was too long to stamp by its exact title and body', async () => {
    const s = await start();
    s.faults.inject({ method: 'POST', path: ISSUES, fault: LOST_502 });
    const body = 'y'.repeat(MAX_BODY_LENGTH - 5);
    const created = await client(s).rest.issues.create({ ...o, title: 'Long', body });
    expect(created.data.number).toBe(4);
    expect(repo(s).issues.get(4)!.body).toBe(body);
    expect(repo(s).issues.size).toBe(4);
    expect(s.requestsTo('POST', ISSUES)).toHaveLength(1);
  });

  it('does not take an older issue with the same long, unstamped body for ours', async () => {
    const body = 'y'.repeat(MAX_BODY_LENGTH - 5);
    const seed = seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r.issue({
          number: 1,
          title: 'Long',
          body,
          author: 'github-actions[bot]',
          created_at: '2020-01-01T00:00:00Z',
        }),
      )
      .build();
    sim = await startGitHubSimulator({ seed });
    sim.faults.inject({ method: 'POST', path: ISSUES, fault: { kind: 'server-error', status: 502 } });
    const created = await client(sim).rest.issues.create({ ...o, title: 'Long', body });
    expect(created.data.number).toBe(2);
    expect(repo(sim).issues.size).toBe(2);
  });

  it('does not take someone else’s issue with the same title for ours', async () => {
    const s = await start();
    // The same title and body already exist; ours is stamped, so the first attempt's loss is told apart.
    await client(s).rest.issues.create({ ...o, title: 'CI failed', body: 'details' });
    s.faults.inject({ method: 'POST', path: ISSUES, fault: { kind: 'server-error', status: 502 } });
    const second = await client(s).rest.issues.create({ ...o, title: 'CI failed', body: 'details' });
    expect(second.data.number).toBe(5);
    expect(repo(s).issues.size).toBe(5);
  });

  for (const [name, fault] of [
    ['502', LOST_502],
    ['connection reset', LOST_RESET],
  ] as const) {
    it(`posts one comment: ${name} after it was posted`, async () => {
      const s = await start();
      s.faults.inject({ method: 'POST', path: COMMENTS, fault });
      const comment = await client(s).rest.issues.createComment({
        ...o,
        issue_number: 2,
        body: 'seen again',
      });
      expect(comment.status).toBe(201);
      expect(comment.data.body).toBe('seen again');
      expect(repo(s).issues.get(2)!.comments).toHaveLength(1);
      expect(comment.data.id).toBe(repo(s).issues.get(2)!.comments[0]!.id);
      expect(s.requestsTo('POST', COMMENTS)).toHaveLength(1);
      const reread = s.requestsTo('GET', COMMENTS);
      expect(reread).toHaveLength(1);
      expect(reread[0]!.query.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    });
  }

  it('tells two identical comments apart by their stamps', async () => {
    const s = await start();
    const gh = client(s);
    await gh.rest.issues.createComment({ ...o, issue_number: 2, body: '+1' });
    s.faults.inject({ method: 'POST', path: COMMENTS, fault: { kind: 'server-error', status: 503 } });
    await gh.rest.issues.createComment({ ...o, issue_number: 2, body: '+1' });
    expect(repo(s).issues.get(2)!.comments).toHaveLength(2);
  });

  it('opens one pull request, answered in the full shape of the POST', async () => {
    const s = await start();
    s.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', fault: LOST_502 });
    const pull = await client(s).rest.pulls.create({
      ...o,
      title: 'Fix',
      head: 'autoheal/fix-1',
      base: 'main',
      draft: true,
    });
    expect(pull.status).toBe(201);
    expect(pull.data).toMatchObject({ number: 4, draft: true, head: { ref: 'autoheal/fix-1' } });
    expect(pull.data).toHaveProperty('mergeable');
    expect([...repo(s).issues.values()].filter((i) => i.pull)).toHaveLength(1);
    expect(s.requestsTo('POST', '/repos/{owner}/{repo}/pulls')).toHaveLength(1);
    expect(s.requestsTo('GET', '/repos/{owner}/{repo}/pulls')[0]!.query).toMatchObject({
      state: 'open',
      head: 'octo-org:autoheal/fix-1',
      base: 'main',
    });
  });

  it('answers with the pull request when the retry is refused because one now exists for the head', async () => {
    const s = await start();
    const PULLS = '/repos/{owner}/{repo}/pulls';
    // First attempt: a 502 before any effect. The retry is held back, and meanwhile the pull
    // request appears (as when a re-read missed it); GitHub then refuses the retry with a 422.
    s.faults.inject({ method: 'POST', path: PULLS, fault: { kind: 'server-error', status: 502 } });
    s.faults.inject({ method: 'POST', path: PULLS, fault: { kind: 'delay', ms: 300 } });
    const pending = client(s).rest.pulls.create({ ...o, title: 'Fix', head: 'autoheal/fix-1', base: 'main' });
    while (s.requestsTo('POST', PULLS).length < 2) await new Promise((r) => setTimeout(r, 5));
    const other = await fetch(`${s.url}/repos/octo-org/widgets/pulls`, {
      method: 'POST',
      headers: { authorization: `token ${SIMULATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Fix', head: 'autoheal/fix-1', base: 'main' }),
    });
    expect(other.status).toBe(201);
    const pull = await pending;
    expect(pull.status).toBe(201);
    expect(pull.data.number).toBe(((await other.json()) as { number: number }).number);
    expect(s.requestsTo('POST', PULLS).map((r) => r.status)).toEqual([502, 422, 201]);
    expect([...repo(s).issues.values()].filter((i) => i.pull)).toHaveLength(1);
  });

  it('takes a label that the lost request made (422 already_exists on the retry) as made', async () => {
    const s = await start();
    s.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/labels', fault: LOST_RESET });
    const label = await client(s).rest.issues.createLabel({ ...o, name: 'autoheal', color: 'ededed' });
    expect(label.status).toBe(201);
    expect(label.data).toMatchObject({ name: 'autoheal', color: 'ededed' });
    expect(s.requestsTo('POST', '/repos/{owner}/{repo}/labels').map((r) => r.status)).toEqual([0, 422]);
  });

  it('still reports 422 when the label existed before (no answer was lost)', async () => {
    const s = await start();
    const error = await failure(client(s).rest.issues.createLabel({ ...o, name: 'bug', color: 'ededed' }));
    expect(error.status).toBe(422);
    expect(s.requests).toHaveLength(1);
  });

  it('takes a ref that the lost request made as made, but not someone else’s under the same name', async () => {
    const s = await start();
    const gh = client(s);
    const main = repo(s).refs.get('refs/heads/main')!;
    const fix = repo(s).refs.get('refs/heads/autoheal/fix-1')!;
    s.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs', fault: LOST_502 });
    const ref = await gh.rest.git.createRef({ ...o, ref: 'refs/autoheal/claims/ab12', sha: main });
    expect(ref.data).toMatchObject({ ref: 'refs/autoheal/claims/ab12', object: { sha: main } });
    expect(repo(s).refs.get('refs/autoheal/claims/ab12')).toBe(main);

    // A 5xx before any effect, and the name is taken by another sha: the conflict is reported.
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'server-error' },
    });
    const error = await failure(gh.rest.git.createRef({ ...o, ref: 'refs/autoheal/claims/ab12', sha: fix }));
    expect(error.status).toBe(422);
    expect(repo(s).refs.get('refs/autoheal/claims/ab12')).toBe(main);
  });

  it('requests reviewers once', async () => {
    const s = await start();
    const gh = client(s);
    const pull = await gh.rest.pulls.create({ ...o, title: 'Fix', head: 'autoheal/fix-1', base: 'main' });
    const path = '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers';
    s.faults.inject({ method: 'POST', path, fault: LOST_502 });
    const requested = await gh.rest.pulls.requestReviewers({
      ...o,
      pull_number: pull.data.number,
      reviewers: ['Alice'],
    });
    expect(requested.status).toBe(201);
    expect(requested.data.number).toBe(pull.data.number);
    expect(s.requestsTo('POST', path)).toHaveLength(1);
    expect(repo(s).issues.get(pull.data.number)!.pull!.requested_reviewers).toEqual(['alice']);
  });

  it('re-runs failed jobs once: "already running" on the retry means the lost request worked', async () => {
    const s = await start();
    const path = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
    s.faults.inject({ method: 'POST', path, fault: LOST_502 });
    const rerun = await client(s).rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 7 });
    expect(rerun.status).toBe(201);
    expect(repo(s).runs.get(7)!.attempts).toHaveLength(2);
    expect(s.requestsTo('POST', path).map((r) => r.status)).toEqual([502, 403]);
  });

  it('never repeats a POST it does not know', async () => {
    const s = await start();
    const path = '/repos/{owner}/{repo}/dispatches';
    s.faults.inject({ method: 'POST', path, fault: { kind: 'server-error', status: 502 } });
    const error = await failure(
      client(s).request('POST /repos/{owner}/{repo}/dispatches', { ...o, event_type: 'x' }),
    );
    expect(error.status).toBe(502);
    expect(s.requests).toHaveLength(1);
  });

  it('stops, without posting again, when it cannot tell whether the write took effect', async () => {
    const s = await start();
    s.faults.inject({ method: 'POST', path: ISSUES, fault: LOST_502 });
    s.faults.inject({
      method: 'GET',
      path: ISSUES,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error' },
    });
    const error = await failure(client(s, { retries: 2 }).rest.issues.create({ ...o, title: 'CI failed' }));
    expect(error.status).toBe(502);
    expect(s.requestsTo('POST', ISSUES)).toHaveLength(1);
    // The re-read itself was retried as any read is.
    expect(s.requestsTo('GET', ISSUES)).toHaveLength(3);
    expect(repo(s).issues.size).toBe(4);
  });

  it('gives up after the configured retries when nothing ever takes effect, looking each time', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: ISSUES,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 503 },
    });
    const error = await failure(client(s, { retries: 2 }).rest.issues.create({ ...o, title: 'CI failed' }));
    expect(error.status).toBe(503);
    expect(s.requestsTo('POST', ISSUES)).toHaveLength(3);
    expect(s.requestsTo('GET', ISSUES)).toHaveLength(3);
    expect(repo(s).issues.size).toBe(3);
  });

  it('counts one write against the budget however it was recovered; the re-read counts as a read only when reads count', async () => {
    const s = await start();
    const budget = new OperationBudget(5);
    s.faults.inject({ method: 'POST', path: ISSUES, fault: LOST_502 });
    await client(s, { budget }).rest.issues.create({ ...o, title: 'CI failed' });
    expect(budget.used).toBe(1);
    const both = new OperationBudget(5);
    s.faults.inject({ method: 'POST', path: COMMENTS, fault: LOST_502 });
    await client(s, { budget: both, budgetCountsReads: true }).rest.issues.createComment({
      ...o,
      issue_number: 1,
      body: 'x',
    });
    expect(both.used).toBe(2);
  });
});
