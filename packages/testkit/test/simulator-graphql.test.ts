/**
 * The simulator's one GraphQL mutation, markPullRequestReadyForReview: what it does, how it
 * refuses, and its contract with GitHub's published GraphQL schema (@octokit/graphql-schema):
 * the document autoheal sends validates, and the simulator's answer to it is what that schema
 * lets GitHub answer (executed against the schema, so a wrong type or a missing non-null field fails).
 */
import { schema as githubSchema, validate } from '@octokit/graphql-schema';
import { buildClientSchema, execute, type IntrospectionQuery, parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../core/src/github-client.js';
import { markReadyForReview, READY_FOR_REVIEW_MUTATION } from '../../core/src/ready-for-review.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const READ_PULLS = 'ghs_readPullsOnly000000000000000000000';
let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(basePath = ''): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    basePath,
    seed: seedBuilder()
      .token(READ_PULLS, 'github-actions[bot]', { permissions: { pull_requests: 'read', issues: 'write' } })
      .repo('octo-org/widgets', (r) => {
        r.file('README.md', '# w\n')
          .branch('fix', { 'a.txt': 'a\n' })
          .pull({ number: 1, title: 'Fix', author: 'alice', head: 'fix', draft: true });
      })
      .build(),
  });
  return sim;
}

async function post(s: GitHubSimulator, body: unknown, token = SIMULATOR_TOKEN, path = '/graphql') {
  const res = await fetch(`${s.origin}${path}`, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const nodeIdOf = async (s: GitHubSimulator) => {
  const res = await fetch(`${s.url}/repos/octo-org/widgets/pulls/1`, {
    headers: { authorization: `token ${SIMULATOR_TOKEN}` },
  });
  return ((await res.json()) as { node_id: string }).node_id;
};

describe('GraphQL markPullRequestReadyForReview', () => {
  it('validates against GitHub’s schema, and the simulator answers as that schema allows', async () => {
    expect(validate(READY_FOR_REVIEW_MUTATION).map((e) => e.message)).toEqual([]);
    const s = await start();
    const variables = { pullRequestId: await nodeIdOf(s) };
    const answer = await post(s, { query: READY_FOR_REVIEW_MUTATION, variables });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      data: { markPullRequestReadyForReview: { pullRequest: { number: 1, isDraft: false } } },
    });
    // The answer run through GitHub's schema: every field typed and present as declared.
    const data = answer.json.data as { markPullRequestReadyForReview: unknown };
    const executed = await execute({
      // The introspection JSON (the IDL file defines one field twice, which graphql-js refuses).
      schema: buildClientSchema(githubSchema.json as unknown as IntrospectionQuery),
      document: parse(READY_FOR_REVIEW_MUTATION),
      rootValue: { markPullRequestReadyForReview: () => data.markPullRequestReadyForReview },
      variableValues: variables,
    });
    expect(executed.errors).toBeUndefined();
    expect(executed.data).toEqual(data);
  });

  it('takes the pull request out of draft through the real client, records the event, and is a no-op the second time', async () => {
    const s = await start();
    const gh = createGitHubClient({ token: SIMULATOR_TOKEN, apiUrl: s.url, retries: 0 });
    const id = await nodeIdOf(s);
    expect(await markReadyForReview(gh, id)).toBeUndefined();
    const issue = s.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(issue.pull!.draft).toBe(false);
    expect(issue.events.map((e) => [e.event, e.actor])).toEqual([
      ['ready_for_review', 'github-actions[bot]'],
    ]);
    expect(await markReadyForReview(gh, id)).toBeUndefined();
    expect(issue.events).toHaveLength(1);
    expect(s.requestsTo('POST', '/graphql')).toHaveLength(2);
  });

  it('refuses as GitHub does: FORBIDDEN without pull-requests: write, NOT_FOUND for an unknown id, 401 without a token', async () => {
    const s = await start();
    const id = await nodeIdOf(s);
    const forbidden = await post(
      s,
      { query: READY_FOR_REVIEW_MUTATION, variables: { pullRequestId: id } },
      READ_PULLS,
    );
    expect(forbidden.status).toBe(200);
    expect(forbidden.json).toMatchObject({
      data: { markPullRequestReadyForReview: null },
      errors: [{ type: 'FORBIDDEN', path: ['markPullRequestReadyForReview'] }],
    });
    expect(s.state.requireRepo('octo-org/widgets').issues.get(1)!.pull!.draft).toBe(true);
    const gh = createGitHubClient({ token: READ_PULLS, apiUrl: s.url, retries: 0 });
    expect(await markReadyForReview(gh, id)).toBe(
      'GitHub refused to mark the pull request ready for review: FORBIDDEN (the token needs pull-requests: write). It stays a draft.',
    );
    const missing = await post(s, {
      query: READY_FOR_REVIEW_MUTATION,
      variables: { pullRequestId: 'PR_nope' },
    });
    expect(missing.json).toMatchObject({ errors: [{ type: 'NOT_FOUND' }] });
    const anonymous = await fetch(`${s.origin}/graphql`, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
  });

  it('a lost answer is retried by the client, and marking ready twice is harmless (one event)', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/graphql',
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    const gh = createGitHubClient({ token: SIMULATOR_TOKEN, apiUrl: s.url, retries: 2, waitScaleMs: 1 });
    expect(await markReadyForReview(gh, await nodeIdOf(s))).toBeUndefined();
    const issue = s.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(issue.pull!.draft).toBe(false);
    expect(issue.events.filter((e) => e.event === 'ready_for_review')).toHaveLength(1);
    expect(s.requestsTo('POST', '/graphql').map((r) => r.status)).toEqual([502, 200]);
  });

  it('answers any other document with GitHub’s undefined-field error, so unmodelled use fails loudly', async () => {
    const s = await start();
    const other = await post(s, { query: 'query { viewer { login } }' });
    expect(other.json).toMatchObject({ errors: [{ extensions: { code: 'undefinedField' } }] });
    expect(other.json.data).toBeUndefined();
  });

  it('is served at /api/graphql beside a GHES base path of /api/v3', async () => {
    const s = await start('/api/v3');
    const gh = createGitHubClient({ token: SIMULATOR_TOKEN, apiUrl: s.url, retries: 0 });
    expect(await markReadyForReview(gh, await nodeIdOf(s))).toBeUndefined();
    expect(s.state.requireRepo('octo-org/widgets').issues.get(1)!.pull!.draft).toBe(false);
    expect(s.requests.find((r) => r.method === 'POST')?.path).toBe('/graphql');
  });
});
