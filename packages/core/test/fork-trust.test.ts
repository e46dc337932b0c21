import { afterEach, describe, expect, it } from 'vitest';
import {
  anyFork,
  fixTrustForRun,
  greenSpeaksForBranch,
  isWriterPermission,
  pullRequestEventForkVerdict,
  runForkVerdict,
  runOrigin,
} from '../src/fork-trust.js';
import { createGitHubClient, type GitHubClient } from '../src/github-client.js';
import { type Answer, type LocalApi, type Received, startLocalApi } from './local-api.js';

const repo = { owner: 'octo-org', repo: 'widgets', id: 17 };

function runObject(head: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 5,
    event: 'push',
    head_repository: head,
    actor: { login: 'alice' },
    triggering_actor: { login: 'alice' },
    ...extra,
  };
}

describe('runOrigin and runForkVerdict', () => {
  it('reads the head repository, event and both actors of a run object', () => {
    expect(
      runOrigin(
        runObject(
          { id: 99, full_name: 'mallory/widgets' },
          { event: 'pull_request', triggering_actor: { login: 'bob' } },
        ),
      ),
    ).toEqual({
      headRepository: 'mallory/widgets',
      headRepositoryId: 99,
      event: 'pull_request',
      actors: ['alice', 'bob'],
    });
  });

  it('a run of this repository (names compared without case) is not a fork', () => {
    expect(runForkVerdict(runOrigin(runObject({ id: 17, full_name: 'Octo-Org/Widgets' })), repo)).toEqual({
      fork: false,
    });
  });

  it('a run whose commit came from another repository is a fork, named in the reason', () => {
    const v = runForkVerdict(runOrigin(runObject({ id: 99, full_name: 'mallory/widgets' })), repo);
    expect(v.fork).toBe(true);
    expect(v.fork && v.reason).toContain('mallory/widgets');
  });

  it('the same name with another id (a repository recreated under the name) is a fork', () => {
    expect(runForkVerdict(runOrigin(runObject({ id: 18, full_name: 'octo-org/widgets' })), repo).fork).toBe(
      true,
    );
  });

  it.each([
    ['no head_repository', runObject(undefined)],
    ['a null head_repository (deleted fork)', runObject(null)],
    ['a head_repository without a name', runObject({ id: 17 })],
    ['not an object at all', 'run'],
  ])('fails closed on %s', (_what, run) => {
    expect(runForkVerdict(runOrigin(run), repo).fork).toBe(true);
  });
});

describe('pullRequestEventForkVerdict', () => {
  const pr = (head: unknown, base: unknown) => ({
    pull_request: { head: { repo: head }, base: { repo: base } },
  });
  const base = { id: 17, full_name: 'octo-org/widgets' };

  it('a same-repository pull request is not a fork; a fork pull request is', () => {
    expect(pullRequestEventForkVerdict('pull_request', pr(base, base))).toEqual({ fork: false });
    const v = pullRequestEventForkVerdict(
      'pull_request_target',
      pr({ id: 99, full_name: 'mallory/widgets' }, base),
    );
    expect(v).toEqual({
      fork: true,
      reason: 'the pull request comes from mallory/widgets, a fork of octo-org/widgets',
    });
  });

  it('a deleted head repository (null) is treated as a fork', () => {
    expect(pullRequestEventForkVerdict('pull_request', pr(null, base)).fork).toBe(true);
  });

  it('other events name no pull request and decide nothing', () => {
    expect(pullRequestEventForkVerdict('workflow_run', pr(null, base))).toEqual({ fork: false });
  });

  it('anyFork returns the first fork verdict', () => {
    expect(anyFork({ fork: false }, { fork: true, reason: 'a' }, { fork: true, reason: 'b' })).toEqual({
      fork: true,
      reason: 'a',
    });
    expect(anyFork({ fork: false })).toEqual({ fork: false });
  });
});

describe('isWriterPermission', () => {
  it.each([
    [{ permission: 'admin', role_name: 'admin' }, true],
    [{ permission: 'write', role_name: 'maintain' }, true],
    [{ permission: 'write', role_name: 'write' }, true],
    [{ permission: 'read', role_name: 'triage' }, false],
    [{ permission: 'read', role_name: 'read' }, false],
    [{ permission: 'none', role_name: 'none' }, false],
    // role_name wins where both are standard: a stale legacy field cannot grant write.
    [{ permission: 'write', role_name: 'triage' }, false],
    // A custom role: the legacy permission it maps to decides.
    [{ permission: 'write', role_name: 'release-manager' }, true],
    [{ permission: 'read', role_name: 'auditor' }, false],
    [{}, false],
  ])('%j → %s', (answer, writer) => {
    expect(isWriterPermission(answer)).toBe(writer);
  });
});

describe('fixTrustForRun (facts read from the API)', () => {
  let api: LocalApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function clientFor(run: unknown, roles: Record<string, string | undefined>): Promise<GitHubClient> {
    api = await startLocalApi((r: Received): Answer => {
      if (/^\/repos\/octo-org\/widgets\/actions\/runs\/5(?:\?|$)/.test(r.path))
        return { status: 200, body: run };
      const perm = /\/collaborators\/([^/]+)\/permission$/.exec(r.path);
      if (perm) {
        const role = roles[decodeURIComponent(perm[1]!)];
        return role === undefined
          ? { status: 404, body: { message: 'Not Found' } }
          : {
              status: 200,
              body: { permission: role === 'triage' ? 'read' : role, role_name: role, user: null },
            };
      }
      if (r.path === '/repos/octo-org/widgets')
        return { status: 200, body: { id: 17, default_branch: 'main' } };
      return { status: 404, body: { message: 'Not Found' } };
    });
    return createGitHubClient({
      token: 'ghs_x',
      apiUrl: api.url,
      retries: 0,
      waitScaleMs: 1,
      pacing: { writeMs: 0, notifyMs: 0 },
    });
  }

  const own = { id: 17, full_name: 'octo-org/widgets' };

  it('refuses a fork run without asking anyone’s permission', async () => {
    const github = await clientFor(
      runObject({ id: 99, full_name: 'mallory/widgets' }, { event: 'pull_request' }),
      {},
    );
    const trust = await fixTrustForRun(github, repo, 5);
    expect(trust).toMatchObject({ trusted: false, why: 'fork' });
    expect(api?.received.some((r) => r.path.includes('/collaborators/'))).toBe(false);
  });

  it('refuses, without throwing, a run the API no longer has', async () => {
    const github = await clientFor(runObject(own), {});
    const trust = await fixTrustForRun(github, repo, 6);
    expect(trust).toMatchObject({ trusted: false, why: 'fork' });
    expect(trust.trusted === false && trust.reason).toContain('run 6 is not found');
  });

  it('trusts a push run of this repository', async () => {
    const github = await clientFor(runObject(own), {});
    expect(await fixTrustForRun(github, repo, 5)).toEqual({ trusted: true });
  });

  it.each(['read', 'triage', 'none'])(
    'refuses a same-repository pull request run by a %s user',
    async (role) => {
      const github = await clientFor(
        runObject(own, {
          event: 'pull_request',
          actor: { login: 'tia' },
          triggering_actor: { login: 'tia' },
        }),
        { tia: role },
      );
      const trust = await fixTrustForRun(github, repo, 5);
      expect(trust).toMatchObject({ trusted: false, why: 'non-writer' });
      expect(trust.trusted === false && trust.reason).toContain('tia');
    },
  );

  it('refuses when the re-runner is a writer but the author is not a collaborator (404)', async () => {
    const github = await clientFor(
      runObject(own, {
        event: 'pull_request',
        actor: { login: 'drive-by' },
        triggering_actor: { login: 'alice' },
      }),
      { alice: 'write' },
    );
    expect(await fixTrustForRun(github, repo, 5)).toMatchObject({ trusted: false, why: 'non-writer' });
  });

  // These run the default branch's workflow, but anyone may start them (a comment, an issue, a
  // fork's run that a workflow_run chains from), and such workflows often check out the pull
  // request's head: the log is theirs. Only the events that need write access to start skip the check.
  it.each(['issue_comment', 'issues', 'workflow_run', 'discussion_comment', 'gollum', 'some_future_event'])(
    'refuses a %s run started by someone who cannot push',
    async (event) => {
      const github = await clientFor(
        runObject(own, { event, actor: { login: 'drive-by' }, triggering_actor: { login: 'drive-by' } }),
        {},
      );
      const trust = await fixTrustForRun(github, repo, 5);
      expect(trust).toMatchObject({ trusted: false, why: 'non-writer' });
      expect(trust.trusted === false && trust.reason).toContain('drive-by');
    },
  );

  it('refuses a run that does not name its event, unless its actors can push', async () => {
    const { event: _dropped, ...noEvent } = runObject(own, { actor: { login: 'drive-by' } });
    const stranger = await clientFor(noEvent, {});
    expect(await fixTrustForRun(stranger, repo, 5)).toMatchObject({ trusted: false, why: 'non-writer' });
    await api?.close();
    const writer = await clientFor(noEvent, { 'drive-by': 'write', alice: 'write' });
    expect(await fixTrustForRun(writer, repo, 5)).toEqual({ trusted: true });
  });

  it.each(['push', 'schedule', 'workflow_dispatch', 'merge_group'])(
    'trusts a %s run without asking anyone (only writers start one)',
    async (event) => {
      const github = await clientFor(runObject(own, { event, actor: { login: 'renovate[bot]' } }), {});
      expect(await fixTrustForRun(github, repo, 5)).toEqual({ trusted: true });
      expect(api?.received.some((r) => r.path.includes('/collaborators/'))).toBe(false);
    },
  );

  it('trusts a same-repository pull request run started by writers', async () => {
    const github = await clientFor(
      runObject(own, { event: 'pull_request', actor: { login: 'alice' }, triggering_actor: { login: 'mo' } }),
      { alice: 'write', mo: 'maintain' },
    );
    expect(await fixTrustForRun(github, repo, 5)).toEqual({ trusted: true });
  });
});

describe('greenSpeaksForBranch', () => {
  it('counts runs only writers start and pull request runs on their own branch; not base-branch runs anyone starts', () => {
    for (const e of ['push', 'schedule', 'workflow_dispatch', 'merge_group', 'pull_request'])
      expect(greenSpeaksForBranch(e), e).toBe(true);
    for (const e of [
      'pull_request_target',
      'issue_comment',
      'workflow_run',
      'issues',
      'fork',
      'watch',
      undefined,
    ])
      expect(greenSpeaksForBranch(e), String(e)).toBe(false);
  });
});
