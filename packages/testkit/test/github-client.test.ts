import { afterEach, describe, expect, it } from 'vitest';
import { OperationBudget } from '../../core/src/budget.js';
import { BudgetExhaustedError } from '../../core/src/errors.js';
import {
  createGitHubClient,
  GITHUB_API_VERSION,
  type GitHubClientOptions,
} from '../../core/src/github-client.js';
import { describeGitHubError } from '../../core/src/github-errors.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import {
  type GitHubSimulator,
  type GitHubSimulatorOptions,
  startGitHubSimulator,
} from '../src/simulator/server.js';

/**
 * The real client (packages/core/src/github-client.ts) against the simulator: retries, rate
 * limits, the operation budget and the messages users read when GitHub says no.
 */

const READER = 'ghs_readerClientToken000000000000000000';
const o = { owner: 'octo-org', repo: 'widgets' };
const issues = '/repos/{owner}/{repo}/issues';

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: GitHubSimulatorOptions = {}) {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .token(READER, 'reader[bot]', { permissions: 'read' })
      .repo('octo-org/widgets', (r) =>
        r
          .file('README.md', 'hi\n')
          .label('bug')
          .issues(5, (i) => ({ title: `issue ${i}`, author: 'alice' }))
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
    ...options,
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

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('the GitHub client against the simulator', () => {
  it('sends the pinned API version and a user agent', async () => {
    const s = await start();
    await client(s).rest.repos.get(o);
    expect(s.requests[0]!.headers['x-github-api-version']).toBe(GITHUB_API_VERSION);
    expect(s.requests[0]!.headers['user-agent']).toMatch(/^autoheal/);
  });

  it('waits out a secondary rate limit (retry-after: 1) and succeeds', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: issues,
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    const created = await client(s).rest.issues.create({ ...o, title: 'after the wait' });
    expect(created.status).toBe(201);
    expect(s.requestsTo('POST', issues).map((r) => [r.status, r.fault])).toEqual([
      [403, 'secondary-rate-limit'],
      [201, undefined],
    ]);
    // Exactly one issue was created.
    expect(s.state.requireRepo('octo-org/widgets').issues.size).toBe(6);
  });

  it('gives up on a secondary limit that does not lift, and says so', async () => {
    const s = await start();
    s.faults.inject({
      path: issues,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 1 },
    });
    const error = await failure(client(s, { maxSecondaryRetries: 2 }).rest.issues.listForRepo(o));
    expect(s.requestsTo('GET', issues)).toHaveLength(3);
    const described = describeGitHubError(error);
    expect(described.kind).toBe('secondary-rate-limit');
    expect(described.message).toMatch(
      /secondary rate limit stopped GET .*\/repos\/octo-org\/widgets\/issues \(retry after 1s\)/,
    );
  });

  it('waits for a primary limit that resets soon', async () => {
    const s = await start();
    s.faults.inject({ path: issues, fault: { kind: 'rate-limit', resetInSeconds: 1 } });
    const list = await client(s).rest.issues.listForRepo(o);
    expect(list.data).toHaveLength(5);
    expect(s.requestsTo('GET', issues).map((r) => r.status)).toEqual([403, 200]);
  });

  it('stops at a primary limit that resets later than it may wait, with a clear message', async () => {
    const s = await start();
    s.faults.inject({
      path: issues,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'rate-limit', resetInSeconds: 3600 },
    });
    const error = await failure(client(s, { maxRateLimitWaitSeconds: 60 }).rest.issues.listForRepo(o));
    expect(s.requestsTo('GET', issues)).toHaveLength(1);
    const described = describeGitHubError(error);
    expect(described.kind).toBe('rate-limit');
    expect(described.githubMessage).toMatch(/^API rate limit exceeded for installation ID \d+\./);
    expect(described.message).toMatch(
      /^GitHub API rate limit exhausted \(limit 5000 requests\/hour\) on GET .*\/issues; it resets at .* \(in 60 min\)\. Stopped rather than wait; the next run will continue\.$/,
    );
  });

  it('retries a 5xx and succeeds when it passes', async () => {
    const s = await start();
    s.faults.inject({ path: issues, times: 2, fault: { kind: 'server-error', status: 502 } });
    const list = await client(s).rest.issues.listForRepo(o);
    expect(list.status).toBe(200);
    expect(s.requestsTo('GET', issues).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('retries a 5xx the configured number of times, then reports it', async () => {
    const s = await start();
    s.faults.inject({
      path: issues,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 503 },
    });
    const error = await failure(client(s, { retries: 2 }).rest.issues.listForRepo(o));
    expect(s.requestsTo('GET', issues)).toHaveLength(3);
    const described = describeGitHubError(error);
    expect(described).toMatchObject({ kind: 'server', status: 503 });
    expect(described.message).toMatch(
      /^GitHub answered 503 on GET .*\/issues after retries \(No server is currently available/,
    );
  });

  it('retries a reset connection and reports it as a network failure, not a GitHub 500', async () => {
    const s = await start();
    s.faults.inject({ path: issues, times: Number.POSITIVE_INFINITY, fault: { kind: 'connection-reset' } });
    const error = await failure(client(s, { retries: 1 }).rest.issues.listForRepo(o));
    expect(s.requestsTo('GET', issues)).toHaveLength(2);
    const described = describeGitHubError(error);
    expect(described.kind).toBe('network');
    expect(described.message).toMatch(
      /^Could not reach GitHub \((ECONNRESET|UND_ERR_SOCKET)\) on GET .*\/issues/,
    );
  });

  it('describes 404, 410 and 422 clearly', async () => {
    const s = await start();
    const gh = client(s);
    const notFound = describeGitHubError(
      await failure(gh.rest.repos.getContent({ ...o, path: 'missing.md' })),
    );
    expect(notFound).toMatchObject({ kind: 'not-found', status: 404 });
    expect(notFound.message).toMatch(
      /^Not found: GET .*\/repos\/octo-org\/widgets\/contents\/missing\.md \(404\)\. It does not exist or the token cannot see it\.$/,
    );

    s.faults.inject({
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      fault: { kind: 'status', status: 410 },
    });
    const gone = describeGitHubError(
      await failure(gh.rest.actions.downloadJobLogsForWorkflowRun({ ...o, job_id: 70 })),
    );
    expect(gone).toMatchObject({ kind: 'gone', status: 410 });
    expect(gone.message).toMatch(/^Gone: GET .*\/actions\/jobs\/70\/logs \(410 Gone\)\.$/);

    const invalid = describeGitHubError(
      await failure(gh.rest.issues.createLabel({ ...o, name: 'bug', color: 'ffffff' })),
    );
    expect(invalid).toMatchObject({ kind: 'validation', status: 422 });
    expect(invalid.message).toMatch(
      /^GitHub refused POST .*\/labels: Validation Failed \(already_exists\) \(422\)\.$/,
    );
  });

  it('explains an expired log link as such, not as a permission problem', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const s = await start({ now: () => now });
    const gh = client(s);
    const res = await fetch(`${s.url}/repos/octo-org/widgets/actions/jobs/70/logs`, {
      headers: { authorization: `token ${SIMULATOR_TOKEN}` },
      redirect: 'manual',
    });
    const link = res.headers.get('location')!;
    now += 61_000;
    // The client follows links itself; an expired one comes back from storage as 403 XML.
    const error = await failure(gh.request(`GET ${link}`));
    const described = describeGitHubError(error);
    expect(described).toMatchObject({ kind: 'gone', status: 403, githubMessage: 'AuthenticationFailed' });
    expect(described.message).toMatch(
      /refused by its storage \(403 AuthenticationFailed\); such links expire after a minute/,
    );
  });

  it('names the permission a read-only token lacks, and a bad token', async () => {
    const s = await start();
    const denied = describeGitHubError(
      await failure(client(s, { token: READER }).rest.issues.create({ ...o, title: 'x' })),
    );
    expect(denied.kind).toBe('permission');
    expect(denied.message).toMatch(
      /\(403 Resource not accessible by integration\)\. Grant `issues: write` in the workflow's `permissions:`\.$/,
    );
    const unknown = describeGitHubError(await failure(client(s, { token: 'ghs_wrong' }).rest.repos.get(o)));
    expect(unknown.kind).toBe('auth');
    expect(unknown.message).toMatch(/^GitHub rejected the token \(401 Bad credentials\)/);
    const workflow = describeGitHubError(
      await failure(
        client(s).rest.repos.createOrUpdateFileContents({
          ...o,
          path: '.github/workflows/x.yml',
          message: 'x',
          content: 'eA==',
        }),
      ),
    );
    expect(workflow.kind).toBe('workflow-permission');
  });

  it('stops writes at the operation budget before they are sent, and lists what was undone', async () => {
    const s = await start();
    const budget = new OperationBudget(2);
    const gh = client(s, { budget });
    await gh.rest.issues.create({ ...o, title: 'one' });
    await gh.rest.issues.listForRepo(o);
    await gh.rest.issues.createComment({ ...o, issue_number: 1, body: 'two' });
    const error = await failure(gh.rest.issues.addLabels({ ...o, issue_number: 1, labels: ['bug'] }));
    expect(error).toBeInstanceOf(BudgetExhaustedError);
    expect(s.requests.filter((r) => r.method !== 'GET')).toHaveLength(2);
    expect(s.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels')).toHaveLength(0);
    expect(budget.used).toBe(2);
    expect(budget.undone).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/labels']);
    const described = describeGitHubError(error);
    expect(described.kind).toBe('budget');
    expect(described.message).toBe(
      'Operation budget of 2 reached; not done: POST /repos/{owner}/{repo}/issues/{issue_number}/labels. Raise the operations budget or let the next run continue.',
    );
  });

  it('works against a GHES base path (/api/v3), paginating through Link headers', async () => {
    const s = await start({ basePath: '/api/v3' });
    const gh = client(s);
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...o, per_page: 2 });
    expect(all).toHaveLength(5);
    const calls = s.requestsTo('GET', issues);
    expect(calls).toHaveLength(3);
    expect(calls[0]!.responseHeaders!.link).toContain(
      `${s.origin}/api/v3/repos/octo-org/widgets/issues?per_page=2&page=2`,
    );
    expect(calls.every((c) => c.headers['x-github-api-version'] === GITHUB_API_VERSION)).toBe(true);
  });
});
