import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ifNoneMatchHits, parseIfNoneMatch } from '../src/simulator/etag.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const OTHER_TOKEN = 'ghp_otherEtagToken000000000000000000000';

describe('simulator conditional requests (ETag / If-None-Match)', () => {
  let sim: GitHubSimulator;

  beforeEach(async () => {
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .user('mona')
        .token(OTHER_TOKEN, 'mona')
        .repo('octo-org/widgets', (r) =>
          r
            .workflow('CI', '.github/workflows/ci.yml')
            .run({ id: 1, workflow: 'ci.yml', branch: 'main', conclusion: 'failure' }),
        )
        .build(),
    });
  });
  afterEach(async () => {
    await sim.close();
  });

  const get = (path: string, headers: Record<string, string> = {}, token = SIMULATOR_TOKEN) =>
    fetch(`${sim.url}${path}`, { headers: { authorization: `token ${token}`, ...headers } });
  const RUNS = '/repos/octo-org/widgets/actions/runs?status=completed';

  it('tags a JSON answer, answers 304 with no body to its tag, and does not count the 304', async () => {
    const first = await get(RUNS, { 'accept-encoding': 'identity' });
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=60, s-maxage=60');
    expect(first.headers.get('vary')).toContain('Authorization');
    const remaining = first.headers.get('x-ratelimit-remaining');

    const again = await get(RUNS, { 'if-none-match': tag, 'accept-encoding': 'identity' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('x-ratelimit-remaining')).toBe(remaining);
    expect(again.headers.get('x-ratelimit-used')).toBe(first.headers.get('x-ratelimit-used'));
    expect(sim.requests.at(-1)?.status).toBe(304);
    expect(sim.requests.at(-1)?.response).toBeUndefined();

    // An unconditional request still counts.
    const counted = await get(RUNS);
    expect(Number(counted.headers.get('x-ratelimit-remaining'))).toBe(Number(remaining) - 1);
  });

  it('weakens the tag for a client that accepts gzip, and compares weakly', async () => {
    const weak = (await get(RUNS, { 'accept-encoding': 'gzip, deflate' })).headers.get('etag')!;
    const strong = (await get(RUNS, { 'accept-encoding': 'identity' })).headers.get('etag')!;
    expect(weak).toBe(`W/${strong}`);
    expect((await get(RUNS, { 'if-none-match': strong, 'accept-encoding': 'gzip' })).status).toBe(304);
    expect((await get(RUNS, { 'if-none-match': weak, 'accept-encoding': 'identity' })).status).toBe(304);
    expect((await get(RUNS, { 'if-none-match': `"nope", ${weak}` })).status).toBe(304);
    expect((await get(RUNS, { 'if-none-match': '*' })).status).toBe(304);
  });

  it('answers 200 with a new tag once the list changed, and never matches another token’s tag', async () => {
    const tag = (await get(RUNS)).headers.get('etag')!;
    const repo = sim.state.requireRepo('octo-org/widgets');
    repo.runs.get(1)!.attempts[0]!.conclusion = 'success';
    const changed = await get(RUNS, { 'if-none-match': tag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    const theirs = await get(RUNS, { 'if-none-match': changed.headers.get('etag')! }, OTHER_TOKEN);
    expect(theirs.status).toBe(200);
  });

  it('ignores a malformed If-None-Match and does not tag errors or writes', async () => {
    expect((await get(RUNS, { 'if-none-match': 'not-a-tag' })).status).toBe(200);
    const missing = await get('/repos/octo-org/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const created = await fetch(`${sim.url}/repos/octo-org/widgets/issues`, {
      method: 'POST',
      headers: { authorization: `token ${SIMULATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBeNull();
  });

  it('parses If-None-Match lists without backtracking', () => {
    expect(parseIfNoneMatch('"a", W/"b" ,"c"')).toEqual(['a', 'b', 'c']);
    expect(parseIfNoneMatch('*')).toBe('*');
    expect(parseIfNoneMatch('garbage')).toBeUndefined();
    expect(ifNoneMatchHits('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abc"', 'W/"abd"')).toBe(false);
    const hostile = `"${'a'.repeat(50_000)}`;
    const started = performance.now();
    expect(parseIfNoneMatch(hostile)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('simulator organization repositories', () => {
  it('lists an organization’s repositories, and 404s a user or an unknown name', async () => {
    const sim = await startGitHubSimulator({
      seed: seedBuilder()
        .user('fleet', { type: 'Organization' })
        .user('mona')
        .repo('fleet/b')
        .repo('fleet/a')
        .repo('mona/own')
        .build(),
    });
    try {
      const get = (path: string) =>
        fetch(`${sim.url}${path}`, { headers: { authorization: `token ${SIMULATOR_TOKEN}` } });
      const byName = (await (await get('/orgs/fleet/repos?sort=full_name')).json()) as {
        full_name: string;
      }[];
      expect(byName.map((r) => r.full_name)).toEqual(['fleet/a', 'fleet/b']);
      const paged = await get('/orgs/fleet/repos?per_page=1');
      expect(paged.headers.get('link')).toContain('rel="next"');
      expect((await get('/orgs/mona/repos')).status).toBe(404);
      expect((await get('/orgs/nobody/repos')).status).toBe(404);
    } finally {
      await sim.close();
    }
  });
});
