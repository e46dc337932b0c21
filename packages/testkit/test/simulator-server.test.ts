import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { SIMULATOR_ROUTES } from '../src/simulator/route-table.js';
import { Router } from '../src/simulator/router.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { loadSeedFile, validateSeed } from '../src/simulator/seed-load.js';
import {
  type GitHubSimulator,
  type GitHubSimulatorOptions,
  startGitHubSimulator,
} from '../src/simulator/server.js';

const READER = 'ghs_readerToken000000000000000000000000';
const ISSUES_ONLY = 'ghs_issuesOnlyToken00000000000000000000';

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: GitHubSimulatorOptions = {}) {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .token(READER, 'reader[bot]', { permissions: 'read' })
      .token(ISSUES_ONLY, 'triage[bot]', { permissions: { issues: 'write' } })
      .repo('octo-org/widgets', (r) => r.file('README.md', 'hi\n').issue({ title: 'one', author: 'alice' }))
      .build(),
    ...options,
  });
  return sim;
}

interface ErrorBody {
  message: string;
  documentation_url?: string;
  status?: string;
}

/** A JSON body read as the shape a test expects (tests assert the fields they read). */
async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

function call(s: GitHubSimulator, method: string, route: string, token?: string, body?: unknown) {
  return fetch(`${s.url}${route}`, {
    method,
    headers: { ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

describe('authentication and permissions', () => {
  it('answers a missing token and an unknown one with 401, as GitHub does', async () => {
    const s = await start();
    const missing = await call(s, 'GET', '/repos/octo-org/widgets');
    expect(missing.status).toBe(401);
    expect(await json<ErrorBody>(missing)).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository',
      status: '401',
    });
    const bad = await call(s, 'GET', '/repos/octo-org/widgets', 'ghp_nope');
    expect(bad.status).toBe(401);
    expect((await json<ErrorBody>(bad)).message).toBe('Bad credentials');
    expect((await call(s, 'GET', '/repos/octo-org/widgets', undefined)).status).toBe(401);
    const bearer = await fetch(`${s.url}/repos/octo-org/widgets`, {
      headers: { authorization: `Bearer ${SIMULATOR_TOKEN}` },
    });
    expect(bearer.status).toBe(200);
  });

  it('lets a read-only token read but not write', async () => {
    const s = await start();
    expect((await call(s, 'GET', '/repos/octo-org/widgets/issues', READER)).status).toBe(200);
    const write = await call(s, 'POST', '/repos/octo-org/widgets/issues', READER, { title: 'x' });
    expect(write.status).toBe(403);
    expect((await json<ErrorBody>(write)).message).toBe('Resource not accessible by integration');
    expect(s.state.requireRepo('octo-org/widgets').issues.size).toBe(1);
  });

  it('checks each permission scope separately', async () => {
    const s = await start();
    expect(
      (await call(s, 'POST', '/repos/octo-org/widgets/issues', ISSUES_ONLY, { title: 'x' })).status,
    ).toBe(201);
    expect((await call(s, 'GET', '/repos/octo-org/widgets/contents/README.md', ISSUES_ONLY)).status).toBe(
      403,
    );
    expect((await call(s, 'GET', '/repos/octo-org/widgets', ISSUES_ONLY)).status).toBe(200);
  });

  it('refuses /user for installation tokens and serves it for people', async () => {
    const s = await start();
    expect((await call(s, 'GET', '/user', SIMULATOR_TOKEN)).status).toBe(403);
    await s.close();
    sim = await startGitHubSimulator({
      seed: seedBuilder({ defaultToken: false })
        .user('mona', { name: 'Mona' })
        .token('ghp_mona', 'mona')
        .build(),
    });
    const me = await call(sim, 'GET', '/user', 'ghp_mona');
    expect(await json<ErrorBody>(me)).toMatchObject({ login: 'mona', name: 'Mona', type: 'User' });
  });
});

describe('GitHub-like answers', () => {
  it('sends rate-limit headers that count down, and refuses with 403 when the hour is spent', async () => {
    const s = await start({ rateLimit: 3, now: () => Date.parse('2026-01-01T00:00:00Z') });
    const first = await call(s, 'GET', '/repos/octo-org/widgets', SIMULATOR_TOKEN);
    expect(first.headers.get('x-ratelimit-limit')).toBe('3');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(first.headers.get('x-ratelimit-used')).toBe('1');
    expect(first.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-01-01T01:00:00Z') / 1000));
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    expect(first.headers.get('x-github-api-version-selected')).toBe('2022-11-28');
    await call(s, 'GET', '/repos/octo-org/widgets', SIMULATOR_TOKEN);
    await call(s, 'GET', '/repos/octo-org/widgets', SIMULATOR_TOKEN);
    const limited = await call(s, 'GET', '/repos/octo-org/widgets', SIMULATOR_TOKEN);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await json<ErrorBody>(limited)).message).toMatch(
      /^API rate limit exceeded for installation ID \d+\.$/,
    );
    // Another identity has its own budget.
    expect((await call(s, 'GET', '/repos/octo-org/widgets', READER)).status).toBe(200);
    const rate = await json<{ resources: { core: Record<string, number> } }>(
      call(s, 'GET', '/rate_limit', READER),
    );
    expect(rate.resources.core).toMatchObject({ limit: 3, used: 1, remaining: 2 });
    // Asking for the rate limit does not spend it.
    expect((await json<{ rate: { used: number } }>(call(s, 'GET', '/rate_limit', READER))).rate.used).toBe(1);
  });

  it('answers unknown routes with 404 and broken JSON with 400', async () => {
    const s = await start();
    expect((await call(s, 'GET', '/repos/octo-org/widgets/teleport', SIMULATOR_TOKEN)).status).toBe(404);
    expect((await call(s, 'GET', '/repos/octo-org/widgets/issues/abc', SIMULATOR_TOKEN)).status).toBe(404);
    const broken = await call(s, 'POST', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN, '{"title": ');
    expect(broken.status).toBe(400);
    expect((await json<ErrorBody>(broken)).message).toBe('Problems parsing JSON');
  });

  it('records every request with its status, query, body and duration', async () => {
    const s = await start();
    await call(s, 'POST', '/repos/octo-org/widgets/issues?x=1', SIMULATOR_TOKEN, { title: 'recorded' });
    const [request] = s.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/widgets/issues',
      query: { x: '1' },
      status: 201,
      body: { title: 'recorded' },
      operationId: 'issues/create',
    });
    expect(request!.durationMs).toBeGreaterThanOrEqual(0);
    expect(s.requestsTo('POST', '/repos/{owner}/{repo}/issues')).toHaveLength(1);
    expect(s.requestsTo('GET', '/repos/{owner}/{repo}/issues')).toHaveLength(0);
  });
});

describe('routing', () => {
  const router = new Router(SIMULATOR_ROUTES);
  const match = (method: 'GET' | 'PATCH', route: string) => {
    const found = router.match(method, route);
    return found && { operationId: found.route.operationId, params: found.params };
  };

  it('lets refs and file paths span segments, without swallowing sub-resources', () => {
    expect(match('GET', '/repos/o/r/commits/feature/x')).toEqual({
      operationId: 'repos/get-commit',
      params: { owner: 'o', repo: 'r', ref: 'feature/x' },
    });
    expect(match('GET', '/repos/o/r/commits/abc/statuses')).toBeUndefined();
    expect(match('PATCH', '/repos/o/r/git/refs/heads/feature/x')?.params.ref).toBe('heads/feature/x');
    expect(match('GET', '/repos/o/r/contents/a/b.txt')?.params.path).toBe('a/b.txt');
    expect(match('GET', '/repos/o/r/contents/.github%2Fworkflows%2Fci.yml')?.params.path).toBe(
      '.github%2Fworkflows%2Fci.yml',
    );
    expect(match('GET', '/repos/o/r/contents/')?.params.path).toBe('');
    expect(match('GET', '/repos/o/r/issues/comments/5')?.operationId).toBe('issues/get-comment');
    expect(match('GET', '/repos/o/r/issues/5/comments')?.operationId).toBe('issues/list-comments');
  });
});

describe('faults', () => {
  const path = '/repos/{owner}/{repo}/issues';

  it('answers 5xx with GitHub bodies, for the given number of requests', async () => {
    const s = await start();
    const fault = s.faults.inject({
      method: 'GET',
      path,
      times: 2,
      fault: { kind: 'server-error', status: 502 },
    });
    const first = await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN);
    expect(first.status).toBe(502);
    expect(await json<ErrorBody>(first)).toEqual({ message: 'Server Error' });
    expect((await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN)).status).toBe(502);
    expect((await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN)).status).toBe(200);
    expect(fault.hits).toBe(2);
    expect(fault.remaining).toBe(0);
    expect(s.requests.map((r) => r.fault)).toEqual(['server-error', 'server-error', undefined]);
    s.faults.inject({ path: '/repos/*', fault: { kind: 'server-error', status: 503 } });
    expect(
      (await json<ErrorBody>(call(s, 'GET', '/repos/octo-org/widgets', SIMULATOR_TOKEN))).message,
    ).toMatch(/No server is currently available/);
  });

  it('injects primary and secondary rate limits', async () => {
    const s = await start({ now: () => Date.parse('2026-01-01T00:00:00Z') });
    s.faults.inject({ path, fault: { kind: 'rate-limit', resetInSeconds: 120 } });
    const primary = await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN);
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(primary.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-01-01T00:02:00Z') / 1000));
    s.faults.inject({ path, fault: { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 7 } });
    const secondary = await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN);
    expect(secondary.status).toBe(429);
    expect(secondary.headers.get('retry-after')).toBe('7');
    expect((await json<ErrorBody>(secondary)).message).toMatch(
      /^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./,
    );
  });

  it('answers any status or validation message on demand, and always when told', async () => {
    const s = await start();
    s.faults.inject({
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 410 },
    });
    for (let i = 0; i < 3; i++) {
      const gone = await call(s, 'GET', '/repos/octo-org/widgets/actions/jobs/1/logs', SIMULATOR_TOKEN);
      expect(gone.status).toBe(410);
      expect((await json<ErrorBody>(gone)).message).toBe('Gone');
    }
    s.faults.clear();
    s.faults.inject({
      method: 'POST',
      path,
      fault: { kind: 'validation', message: 'Issues are disabled for this repo' },
    });
    const refused = await call(s, 'POST', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN, { title: 'x' });
    expect(refused.status).toBe(422);
    expect((await json<ErrorBody>(refused)).message).toBe('Issues are disabled for this repo');
  });

  it('delays an answer and resets a connection', async () => {
    const s = await start();
    s.faults.inject({ path, fault: { kind: 'delay', ms: 60 } });
    const slow = await call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN);
    expect(slow.status).toBe(200);
    expect(s.requests[0]!.durationMs).toBeGreaterThanOrEqual(50);
    s.faults.inject({ path, fault: { kind: 'connection-reset' } });
    await expect(call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN)).rejects.toThrow(
      /fetch failed/,
    );
    expect(s.requests[1]).toMatchObject({ status: 0, fault: 'connection-reset' });
  });
});

describe('lifecycle', () => {
  const handles = () =>
    process
      .getActiveResourcesInfo()
      .filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap' || r === 'Timeout').length;

  it('leaves no open handles after close, even with a delayed answer pending', async () => {
    // Let sockets of earlier tests finish closing before counting.
    await new Promise((r) => setTimeout(r, 100));
    const before = handles();
    const s = await startGitHubSimulator({ seed: seedBuilder().repo('o/r').build() });
    expect(handles()).toBeGreaterThan(before);
    await call(s, 'GET', '/repos/o/r', SIMULATOR_TOKEN);
    s.faults.inject({ path: '/repos/{owner}/{repo}', fault: { kind: 'delay', ms: 60_000 } });
    const pending = call(s, 'GET', '/repos/o/r', SIMULATOR_TOKEN).catch(() => 'closed');
    await new Promise((r) => setTimeout(r, 20));
    await s.close();
    expect(await pending).toBe('closed');
    await new Promise((r) => setTimeout(r, 20));
    expect(handles()).toBe(before);
  });

  it('resets to the seed', async () => {
    const s = await start();
    await call(s, 'POST', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN, { title: 'temp' });
    s.faults.inject({ path: '*', fault: { kind: 'server-error' } });
    s.reset();
    expect(s.requests).toEqual([]);
    expect(s.faults.active).toEqual([]);
    const issues = await json<Array<{ title: string }>>(
      call(s, 'GET', '/repos/octo-org/widgets/issues', SIMULATOR_TOKEN),
    );
    expect(issues.map((i) => i.title)).toEqual(['one']);
  });

  it('starts without a seed: no repositories, and the default token works', async () => {
    sim = await startGitHubSimulator();
    expect((await call(sim, 'GET', '/rate_limit', SIMULATOR_TOKEN)).status).toBe(200);
    expect((await call(sim, 'GET', '/repos/o/r', SIMULATOR_TOKEN)).status).toBe(404);
  });

  it('refuses a base path that is not a path', async () => {
    await expect(startGitHubSimulator({ basePath: 'api/v3' })).rejects.toThrow(/basePath/);
  });
});

describe('seeds', () => {
  it('names every mistake with its key and what is accepted', () => {
    const bad = {
      tokens: [{ token: 't', login: 'x', permissions: { issues: 'admin' } }],
      repos: [
        {
          owner: 'o',
          name: 'r',
          labels: [{ name: 'l', color: '#fff' }],
          workflows: [{ name: 'CI', path: '.github/workflows/ci.yml' }],
          runs: [
            {
              workflow: 'deploy.yml',
              branch: 'main',
              jobs: [{ name: 'j', log: { file: '/nonexistent/x.log' } }],
            },
          ],
          pulls: [{ title: 'p', author: 'a', head: 'missing-branch' }],
        },
      ],
    };
    let error: unknown;
    try {
      validateSeed(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationErrors);
    const messages = (error as ConfigurationErrors).errors.map((e) => e.message);
    expect(messages).toEqual([
      'seed tokens[0].permissions.issues: is "admin"; accepted: none, read, write',
      'seed repos[0].labels[0].color: is "#fff"; accepted: six hex digits without #',
      'seed repos[0].pulls[0].head: names no branch "missing-branch"; accepted: main',
      'seed repos[0].runs[0].workflow: "deploy.yml" matches no workflow of the repository; accepted: a workflow\'s path, file name, name or id',
      'seed repos[0].runs[0].jobs[0].log.file: "/nonexistent/x.log" does not exist; accepted: a readable file',
    ]);
    expect(() => validateSeed({ repos: [{ owner: 'o' }] })).toThrow(ConfigurationError);
    expect(() => validateSeed({ repos: [{ owner: 'o' }] })).toThrow(
      'seed repos[0].name: is missing; accepted: a string',
    );
  });

  it('names mistakes in teams, milestones, merges and merge gates', () => {
    const bad = {
      users: [{ login: 'solo', type: 'User' }],
      repos: [
        {
          owner: 'solo',
          name: 'r',
          copilot_review: 'yes',
          branches: { feature: { files: {} } },
          teams: [{ slug: 'core' }, { slug: 'Core', permission: 'owner' }],
          milestones: [{ title: 'v1', state: 'done' }, { title: 'v1' }],
          issues: [{ title: 'i', author: 'a', milestone: 'v2' }],
          pulls: [
            { title: 'p', author: 'a', head: 'feature', requested_teams: ['ghosts'], merged_by: 'a' },
            { title: 'q', author: 'a', head: 'feature', state: 'open', merged_at: '2026-01-02T00:00:00Z' },
            {
              title: 'r',
              author: 'a',
              head: 'feature',
              merged_at: '2026-01-02T00:00:00Z',
              closed_at: '2026-01-03T00:00:00Z',
            },
          ],
          check_runs: [{ name: 'c', status: 'in_progress', conclusion: 'success' }, { status: 'done' }],
          statuses: [{ context: 'ci' }, { context: 'ci', state: 'green' }],
          protected_branches: { develop: { required_status_checks: ['build'] }, main: {} },
          rulesets: [{ name: 'x', branches: [], required_status_checks: 'build' }],
        },
      ],
    };
    let error: unknown;
    try {
      validateSeed(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationErrors);
    expect((error as ConfigurationErrors).errors.map((e) => e.message)).toEqual([
      'seed repos[0].copilot_review: is "yes"; accepted: true or false',
      'seed repos[0].teams[1].permission: is "owner"; accepted: admin, maintain, write, triage, read',
      'seed repos[0].teams[1].slug: "Core" is used twice; accepted: unique slugs',
      'seed repos[0].milestones[0].state: is "done"; accepted: open, closed',
      'seed repos[0].milestones[1].title: "v1" is used twice; accepted: unique milestone titles',
      'seed repos[0].issues[0].milestone: names no milestone "v2"; accepted: the title of one of the repository\'s milestones (v1)',
      'seed repos[0].pulls[0].requested_teams: names no team "ghosts"; accepted: slugs of the repository\'s teams (core)',
      'seed repos[0].pulls[0].merged_by: is set without merged_at; accepted: merged_by only with merged_at',
      'seed repos[0].pulls[1].state: is "open" with merged_at; accepted: closed (or left out)',
      'seed repos[0].pulls[2].closed_at: is "2026-01-03T00:00:00Z", not merged_at; accepted: the same time as merged_at',
      'seed repos[0].check_runs[0].conclusion: is set while status is "in_progress"; accepted: a conclusion only when completed',
      'seed repos[0].check_runs[1].name: is missing; accepted: a string',
      'seed repos[0].check_runs[1].status: is "done"; accepted: queued, in_progress, completed, waiting, requested, pending',
      'seed repos[0].statuses[0].state: is missing; accepted: error, failure, pending, success',
      'seed repos[0].statuses[1].state: is "green"; accepted: error, failure, pending, success',
      'seed repos[0].protected_branches.develop: names no branch "develop"; accepted: main, feature',
      'seed repos[0].protected_branches.main.required_status_checks: is missing; accepted: an array of strings',
      'seed repos[0].rulesets[0].branches: is empty; accepted: branch names or patterns, ~DEFAULT_BRANCH or ~ALL',
      'seed repos[0].rulesets[0].required_status_checks: is "build"; accepted: an array of non-empty strings',
      'seed repos[0].teams: are given but the owner "solo" is a User; accepted: teams only on repositories of an organization (users[].type "Organization")',
    ]);
  });

  it('refuses at start a revision that names no commit, and a check run id a job has', async () => {
    const seed = seedBuilder()
      .repo('octo-org/widgets', (r) => r.status({ context: 'ci', state: 'success', sha: 'main~5' }))
      .build();
    await expect(startGitHubSimulator({ seed })).rejects.toThrow(
      'seed octo-org/widgets statuses[0].sha "main~5" names no commit; accepted: a commit sha, a branch, or a revision like main~1',
    );
    const clash = seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .workflow('CI', '.github/workflows/ci.yml')
          .run({ workflow: 'CI', branch: 'main', jobs: [{ id: 5, name: 'j' }] })
          .checkRun({ id: 5, name: 'other' }),
      )
      .build();
    await expect(startGitHubSimulator({ seed: clash })).rejects.toThrow(
      'seed octo-org/widgets check_runs[0].id 5 is already a check run; accepted: an id no job or check run has',
    );
  });

  it('loads a seed file, resolving log files next to it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seed-'));
    await writeFile(path.join(dir, 'job.log'), 'from a file\n');
    await writeFile(
      path.join(dir, 'seed.json'),
      JSON.stringify({
        repos: [
          {
            owner: 'o',
            name: 'r',
            workflows: [{ name: 'CI', path: '.github/workflows/ci.yml' }],
            runs: [{ workflow: 'CI', branch: 'main', jobs: [{ name: 'j', log: { file: 'job.log' } }] }],
          },
        ],
      }),
    );
    const seed = await loadSeedFile(path.join(dir, 'seed.json'));
    expect(seed.repos![0]!.runs![0]!.jobs![0]!.log).toEqual({ file: path.join(dir, 'job.log') });
    await writeFile(path.join(dir, 'broken.json'), '{ nope');
    await expect(loadSeedFile(path.join(dir, 'broken.json'))).rejects.toThrow(/is not valid JSON/);
  });
});
