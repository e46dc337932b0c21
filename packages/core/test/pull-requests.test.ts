import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../src/github-client.js';
import {
  branchHead,
  isActionsPullRefused,
  isDraftUnsupported,
  isPullExists,
  openDraftPull,
  pullsCreatedSince,
} from '../src/pull-requests.js';
import { type Answer, type LocalApi, type Received, startLocalApi } from './local-api.js';

const repo = { owner: 'octo-org', repo: 'widgets' };
const fields = { title: 'Fix it', body: 'Closes #1', head: 'autoheal/issue-1-fix-it', base: 'main' };

let api: LocalApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function clientFor(answer: (r: Received) => Answer): Promise<GitHubClient> {
  api = await startLocalApi(answer);
  return createGitHubClient({
    token: 'ghs_x',
    apiUrl: api.url,
    retries: 0,
    waitScaleMs: 1,
    pacing: { writeMs: 0, notifyMs: 0 },
  });
}

const created = (draft: boolean): Answer => ({
  status: 201,
  body: { number: 9, html_url: 'https://github.com/octo-org/widgets/pull/9', draft },
});
const refused = (status: number, message: string): Answer => ({
  status,
  body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message }] },
});

describe('opening a draft pull request', () => {
  it('opens a draft from the branch in the repository, which maintainers may edit', async () => {
    const github = await clientFor(() => created(true));
    expect(await openDraftPull(github, repo, fields)).toEqual({
      number: 9,
      url: 'https://github.com/octo-org/widgets/pull/9',
      draft: true,
      draftFallback: false,
    });
    expect(api?.received.map((r) => [r.method, r.path])).toEqual([['POST', '/repos/octo-org/widgets/pulls']]);
    expect(api?.received[0]?.body).toEqual({
      title: 'Fix it',
      body: 'Closes #1',
      base: 'main',
      head: 'octo-org:autoheal/issue-1-fix-it',
      draft: true,
      maintainer_can_modify: true,
    });
  });

  it('opens a normal one where the plan has no drafts', async () => {
    const github = await clientFor((r) =>
      (r.body as { draft: boolean }).draft
        ? refused(422, 'Draft pull requests are not supported in this repository.')
        : created(false),
    );
    expect(await openDraftPull(github, repo, fields)).toMatchObject({ draft: false, draftFallback: true });
    expect(api?.received.map((r) => (r.body as { draft: boolean }).draft)).toEqual([true, false]);
  });

  it('throws any other refusal as GitHub gave it, telling the known ones apart', async () => {
    const exists = await clientFor(() =>
      refused(422, 'A pull request already exists for octo-org:autoheal/issue-1-fix-it.'),
    );
    const thrown = await openDraftPull(exists, repo, fields).catch((e: unknown) => e);
    expect(isPullExists(thrown)).toBe(true);
    expect(isDraftUnsupported(thrown)).toBe(false);
    expect(api?.received).toHaveLength(1);
    await api?.close();

    const forbidden = await clientFor(() => ({
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    }));
    const refusal = await openDraftPull(forbidden, repo, fields).catch((e: unknown) => e);
    expect(isActionsPullRefused(refusal)).toBe(true);
    expect(isPullExists(refusal)).toBe(false);
    expect(isActionsPullRefused(new Error('not permitted to create or approve pull requests'))).toBe(false);
  });
});

describe('pull requests created since', () => {
  const at = (hour: number) => `2026-03-02T${String(hour).padStart(2, '0')}:00:00Z`;
  const pull = (n: number, hour: number) => ({ number: n, created_at: at(hour) });

  async function numbers(since: number, maxRead?: number): Promise<number[]> {
    const github = await clientFor((r) =>
      r.path.includes('page=2')
        ? { status: 200, body: [pull(3, 9), pull(2, 7), pull(1, 6)] }
        : {
            status: 200,
            body: [pull(5, 11), pull(4, 10)],
            headers: { link: `<${api?.url}/repos/octo-org/widgets/pulls?page=2>; rel="next"` },
          },
    );
    const found: number[] = [];
    for await (const p of pullsCreatedSince(github, repo, since, maxRead)) found.push(p.number);
    return found;
  }

  it('lists newest first and stops at the first older one', async () => {
    expect(await numbers(Date.parse(at(8)))).toEqual([5, 4, 3]);
    expect(api?.received.map((r) => r.path)).toEqual([
      '/repos/octo-org/widgets/pulls?state=all&sort=created&direction=desc&per_page=100',
      '/repos/octo-org/widgets/pulls?page=2',
    ]);
  });

  it('reads no further page once it has read enough', async () => {
    expect(await numbers(0, 2)).toEqual([5, 4]);
    expect(api?.received).toHaveLength(1);
  });
});

describe('a branch’s head', () => {
  it('is the commit the branch points at, or undefined when there is no branch', async () => {
    const sha = 'a'.repeat(40);
    const github = await clientFor((r) =>
      decodeURIComponent(r.path).endsWith('/heads/main')
        ? { status: 200, body: { ref: 'refs/heads/main', object: { sha, type: 'commit' } } }
        : decodeURIComponent(r.path).endsWith('/heads/broken')
          ? { status: 500, body: { message: 'Server Error' } }
          : { status: 404, body: { message: 'Not Found' } },
    );
    expect(await branchHead(github, repo, 'main')).toBe(sha);
    expect(await branchHead(github, repo, 'gone')).toBeUndefined();
    await expect(branchHead(github, repo, 'broken')).rejects.toMatchObject({ status: 500 });
    expect(api?.received[0]?.path).toBe('/repos/octo-org/widgets/git/ref/heads%2Fmain');
  });
});
