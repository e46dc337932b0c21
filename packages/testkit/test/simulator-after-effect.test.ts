import { afterEach, describe, expect, it } from 'vitest';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

/** Faults that strike after the request took effect: the write is applied, its answer is lost. */

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) => r.file('README.md', 'hi\n').label('bug'))
      .build(),
  });
  return sim;
}

function post(s: GitHubSimulator, path: string, body: unknown): Promise<Response> {
  return fetch(`${s.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${SIMULATOR_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('after-effect faults', () => {
  it('a 502 after effect: the issue exists, the answer is GitHub’s 502 body', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    const res = await post(s, '/repos/octo-org/widgets/issues', { title: 'one' });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ message: 'Server Error' });
    expect([...s.state.requireRepo('octo-org/widgets').issues.values()].map((i) => i.title)).toEqual(['one']);
    expect(s.requests[0]).toMatchObject({ status: 502, fault: 'server-error', appliedStatus: 201 });
    // The fault was used up: the next request is answered normally.
    expect((await post(s, '/repos/octo-org/widgets/issues', { title: 'two' })).status).toBe(201);
  });

  it('a reset after effect: the connection drops, the comment exists', async () => {
    const s = await start();
    await post(s, '/repos/octo-org/widgets/issues', { title: 'one' });
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      fault: { kind: 'connection-reset', afterEffect: true },
    });
    await expect(post(s, '/repos/octo-org/widgets/issues/1/comments', { body: 'hi' })).rejects.toThrow();
    expect(
      s.state
        .requireRepo('octo-org/widgets')
        .issues.get(1)!
        .comments.map((c) => c.body),
    ).toEqual(['hi']);
    expect(s.requests[1]).toMatchObject({ status: 0, fault: 'connection-reset', appliedStatus: 201 });
  });

  it('a refused request stays refused underneath: appliedStatus shows the 422', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/labels',
      fault: { kind: 'server-error', status: 503, afterEffect: true },
    });
    const res = await post(s, '/repos/octo-org/widgets/labels', { name: 'bug', color: 'ffffff' });
    expect(res.status).toBe(503);
    expect(s.requests[0]).toMatchObject({ status: 503, appliedStatus: 422 });
    expect(s.state.requireRepo('octo-org/widgets').labels.size).toBe(1);
  });

  it('without afterEffect nothing is applied', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'server-error' },
    });
    expect((await post(s, '/repos/octo-org/widgets/issues', { title: 'one' })).status).toBe(500);
    expect(s.state.requireRepo('octo-org/widgets').issues.size).toBe(0);
    expect(s.requests[0]!.appliedStatus).toBeUndefined();
  });
});
