import { ConfigurationError } from '@autoheal/core/errors';
import { describeGitHubError } from '@autoheal/core/github-errors';
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import type { RunnerEvent } from '@autoheal/core/runner-context';
import { webhookExample } from '@autoheal/testkit/events/webhook-examples';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import type { SimRepo } from '@autoheal/testkit/simulator/state';
import { afterEach, describe, expect, it } from 'vitest';
import { commitMessage } from '../src/branch.js';
import { run } from '../src/run.js';
import {
  baseSeed,
  INJECTION_TITLE,
  inputsFrom,
  iso,
  labeledEvent,
  MAINTAINER_TOKEN,
  NOW,
  openedEvent,
  REPO,
  testDeps,
  writes,
} from './helpers.js';

const BRANCH = 'autoheal/issue-1-fix-the-flaky-login-test';

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(seed = baseSeed()): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({ seed: seed.build(), now: () => NOW });
  return sim;
}

function repoOf(s: GitHubSimulator): SimRepo {
  return s.state.requireRepo(REPO);
}

const event1 = labeledEvent({ number: 1, title: 'Fix the flaky login test' });

async function runOnce(
  s: GitHubSimulator,
  given: Record<string, string> = {},
  event: RunnerEvent = event1,
  copilot = false,
) {
  const inputs = inputsFrom(given);
  const t = testDeps(s, event, inputs, { copilot });
  const outcome = await run(inputs, t.deps);
  return { outcome, ...t };
}

describe('opening the draft pull request', () => {
  it('creates the branch with one empty commit, the draft, its label and one comment', async () => {
    const s = await start();
    const main = repoOf(s).refs.get('refs/heads/main')!;
    const { outcome, recorded } = await runOnce(s);

    expect(outcome).toMatchObject({ result: 'created', branch: BRANCH, handOff: 'none' });
    const repo = repoOf(s);
    const head = repo.refs.get(`refs/heads/${BRANCH}`)!;
    const commit = repo.git.commit(head)!;
    // One empty commit on top of main: same tree, main as its only parent.
    expect(commit.parents).toEqual([main]);
    expect(commit.tree).toBe(repo.git.commit(main)!.tree);
    expect(commit.message).toBe(commitMessage(1));

    const pr = repo.issues.get(outcome.pull!.number)!;
    expect(pr.pull).toMatchObject({ head: BRANCH, base: 'main', draft: true });
    expect(pr.title).toBe('Fix the flaky login test');
    expect(pr.author).toBe('github-actions[bot]');
    expect(pr.labels).toEqual(['autoheal']);
    expect(pr.body!.split('\n').slice(0, 2)).toEqual([
      renderMarker({ kind: 'issue-pr', issue: '1', v: '1' }),
      'Closes #1',
    ]);
    expect(pr.body).toContain(
      '- [ ] find the race\n- [x] reproduce it\n  - [ ] add a @\u200Bmona check for #\u200B12',
    );

    const comments = repo.issues.get(1)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author).toBe('github-actions[bot]');
    expect(parseMarkers(comments[0]!.body)[0]?.fields).toEqual({
      kind: 'issue-pr-link',
      issue: '1',
      pr: String(pr.number),
      v: '1',
    });

    expect(writes(s)).toEqual([
      'POST /repos/octo-org/widgets/git/commits',
      'POST /repos/octo-org/widgets/git/refs',
      'POST /repos/octo-org/widgets/pulls',
      `POST /repos/octo-org/widgets/issues/${pr.number}/labels`,
      'POST /repos/octo-org/widgets/issues/1/comments',
    ]);
    expect(recorded.outputs).toEqual({
      result: 'created',
      branch: BRANCH,
      'pr-number': String(pr.number),
      'pr-url': `https://github.com/octo-org/widgets/pull/${pr.number}`,
      handoff: 'none',
    });
    expect(recorded.summary.join('')).toContain(
      `| Pull request | [#${pr.number}](https://github.com/octo-org/widgets/pull/${pr.number}) (draft) |`,
    );
    expect(recorded.summary.join('')).toContain('| Writes | 5 of 10 |');
    expect(s.errors).toEqual([]);
  });

  it('adds nothing on a re-run: one notice naming the open pull request', async () => {
    const s = await start();
    const first = await runOnce(s);
    const before = writes(s).length;
    const second = await runOnce(s);
    expect(second.outcome).toMatchObject({
      result: 'exists',
      branch: BRANCH,
      pull: { number: first.outcome.pull!.number },
    });
    expect(writes(s)).toHaveLength(before);
    const notices = second.recorded.logs.filter((l) => l.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain(`already has open pull request #${first.outcome.pull!.number}`);
    expect(second.recorded.outputs['pr-number']).toBe(String(first.outcome.pull!.number));
  });

  it('keeps a hostile title out of the branch name and posts it only as sanitised text', async () => {
    const s = await start(
      baseSeed((r) =>
        r.issue({ number: 2, title: INJECTION_TITLE, author: 'alice', labels: ['autoheal:work'] }),
      ),
    );
    const { outcome } = await runOnce(s, {}, labeledEvent({ number: 2, title: INJECTION_TITLE }));
    expect(outcome.branch).toBe('autoheal/issue-2-a-curl-x-sh-id');
    const pr = repoOf(s).issues.get(outcome.pull!.number)!;
    // A title field is plain text: quotes and `$(…)` are harmless there and are kept as typed.
    expect(pr.title).toBe(INJECTION_TITLE);
    expect(pr.body).toContain('a&quot;; curl x&#x7C;sh; &quot;&#x24;(id)');
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    const s = await start();
    const { outcome, recorded } = await runOnce(s, { 'dry-run': 'true' });
    expect(outcome).toMatchObject({ result: 'dry-run', branch: BRANCH });
    expect(writes(s)).toEqual([]);
    const notice = recorded.logs.find((l) => l.level === 'notice')!.message;
    expect(notice).toContain(
      `would create branch ${BRANCH} from main, open a draft pull request titled "Fix the flaky login test" labelled autoheal`,
    );
    expect(recorded.outputs).toMatchObject({ result: 'dry-run', branch: BRANCH, 'pr-number': '' });
  });

  it('works on the issue named by issue-number on workflow_dispatch', async () => {
    const s = await start();
    const dispatch = { name: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') };
    const { outcome } = await runOnce(s, { 'issue-number': '1' }, dispatch);
    expect(outcome).toMatchObject({ result: 'created', branch: BRANCH });
  });

  it('refuses a pull request number given as issue-number', async () => {
    const s = await start(
      baseSeed((r) =>
        r
          .branch('feature', { 'a.txt': 'a' })
          .pull({ number: 5, title: 'PR', author: 'alice', head: 'feature' }),
      ),
    );
    const dispatch = { name: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') };
    await expect(runOnce(s, { 'issue-number': '5' }, dispatch)).rejects.toThrow(ConfigurationError);
    expect(writes(s)).toEqual([]);
  });
});

describe('the gates', () => {
  it('skips issues by authors without write access, asking GitHub about collaborators only', async () => {
    const s = await start(
      baseSeed((r) =>
        r
          .collaborator('reader', 'read')
          .issue({ number: 2, title: 'By a stranger', author: 'stranger', labels: ['autoheal:work'] })
          .issue({ number: 3, title: 'By a reader', author: 'reader', labels: ['autoheal:work'] }),
      ).user('reader'),
    );
    const stranger = await runOnce(s, {}, labeledEvent({ number: 2, title: 'By a stranger' }));
    expect(stranger.outcome).toMatchObject({
      result: 'skipped',
      reason: expect.stringMatching(/stranger \(NONE\), has no write access/),
    });
    const reader = await runOnce(s, {}, labeledEvent({ number: 3, title: 'By a reader' }));
    expect(reader.outcome).toMatchObject({
      result: 'skipped',
      reason: expect.stringMatching(/reader \(COLLABORATOR\), has no write access/),
    });
    expect(
      s.requestsTo('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission').map((r) => r.path),
    ).toEqual(['/repos/octo-org/widgets/collaborators/reader/permission']);
    expect(writes(s)).toEqual([]);
    // With the author allowed, the same issue goes through.
    const allowed = await runOnce(
      s,
      { 'allowed-authors': 'Stranger' },
      labeledEvent({ number: 2, title: 'By a stranger' }),
    );
    expect(allowed.outcome.result).toBe('created');
  });

  it('guards against loops: autoheal issues and bot issues are skipped unless opted in', async () => {
    // As analyze-failure writes it: the failure and the run of this repository it was seen in.
    const marker = renderMarker({
      kind: 'failure',
      fingerprint: 'abc',
      'first-run': '700',
      'last-run': '700',
    });
    const s = await start(
      baseSeed((r) =>
        r
          .workflow('CI', '.github/workflows/ci.yml')
          .run({ id: 700, workflow: 'CI', branch: 'main', conclusion: 'failure' })
          .issue({
            number: 2,
            title: 'CI failed',
            author: 'github-actions[bot]',
            labels: ['autoheal:work'],
            body: `${marker}\nlog`,
          })
          .issue({ number: 3, title: 'Bump deps', author: 'renovate[bot]', labels: ['autoheal:work'] }),
      ),
    );
    const ours = await runOnce(s, {}, labeledEvent({ number: 2, title: 'CI failed' }));
    expect(ours.outcome.reason).toMatch(/filed by autoheal \(loop guard\)/);
    const bot = await runOnce(s, {}, labeledEvent({ number: 3, title: 'Bump deps' }));
    expect(bot.outcome.reason).toMatch(/opened by the bot renovate\[bot\]/);
    expect(writes(s)).toEqual([]);
    const allowed = await runOnce(
      s,
      { 'allow-autoheal-issues': 'true' },
      labeledEvent({ number: 2, title: 'CI failed' }),
    );
    expect(allowed.outcome).toMatchObject({ result: 'created', branch: 'autoheal/issue-2-ci-failed' });
  });

  it('ignores other labels quietly and issues opened without the label', async () => {
    const s = await start();
    const other = await runOnce(s, {}, labeledEvent({ number: 1, title: 'x' }, 'bug'));
    expect(other.outcome.result).toBe('skipped');
    expect(other.recorded.logs.filter((l) => l.level === 'notice')).toEqual([]);
    const opened = await runOnce(s, {}, openedEvent({ number: 1, title: 'x' }, []));
    expect(opened.outcome.reason).toBe('the issue was opened without the trigger label "autoheal:work"');
    // No API call at all for an event that does not qualify.
    expect(s.requests).toEqual([]);
    const any = await runOnce(s, { trigger: 'any-new-issue' }, openedEvent({ number: 1, title: 'x' }, []));
    expect(any.outcome.result).toBe('created');
  });

  it('skips a closed issue, and one whose label was removed before the run read it', async () => {
    const s = await start(
      baseSeed((r) =>
        r
          .issue({ number: 2, title: 'Done', author: 'alice', labels: ['autoheal:work'], state: 'closed' })
          .issue({ number: 3, title: 'Unlabelled', author: 'alice', labels: [] }),
      ),
    );
    expect((await runOnce(s, {}, labeledEvent({ number: 2, title: 'Done' }))).outcome.reason).toBe(
      'issue #2 is closed',
    );
    expect((await runOnce(s, {}, labeledEvent({ number: 3, title: 'Unlabelled' }))).outcome.reason).toBe(
      'issue #3 no longer has the trigger label "autoheal:work"',
    );
  });

  it('does nothing when the config file turns autoheal off', async () => {
    const s = await start(baseSeed((r) => r.file('.github/autoheal.yml', 'enabled: false\n')));
    const { outcome } = await runOnce(s);
    expect(outcome).toMatchObject({ result: 'skipped', reason: expect.stringMatching(/turned off/) });
    expect(writes(s)).toEqual([]);
  });
});

describe('earlier work', () => {
  it('counts a linked pull request that closes the issue as the work for it', async () => {
    const s = await start(
      baseSeed((r) =>
        r.branch('copilot/fix-login', { 'src/app.js': 'export const x = 2;\n' }).pull({
          number: 9,
          title: '[WIP] Fix the flaky login test',
          author: 'Copilot',
          head: 'copilot/fix-login',
          body: 'Fixes #1',
        }),
      ).user('Copilot', { type: 'Bot' }),
    );
    const { outcome } = await runOnce(s);
    expect(outcome).toMatchObject({ result: 'exists', branch: 'copilot/fix-login', pull: { number: 9 } });
    expect(outcome.reason).toContain('linked to the issue');
    expect(writes(s)).toEqual([]);
  });

  it('posts the missing issue comment for our settled pull request, once', async () => {
    const s = await start(
      baseSeed((r) =>
        r.branch(BRANCH, {}, { message: commitMessage(1) }).pull({
          number: 9,
          title: 'Fix the flaky login test',
          author: 'github-actions[bot]',
          head: BRANCH,
          draft: true,
          body: `${renderMarker({ kind: 'issue-pr', issue: '1', v: '1' })}\nCloses #1`,
          created_at: iso(3_600_000),
        }),
      ),
    );
    const first = await runOnce(s);
    expect(first.outcome.result).toBe('exists');
    expect(writes(s)).toEqual(['POST /repos/octo-org/widgets/issues/1/comments']);
    expect(parseMarkers(repoOf(s).issues.get(1)!.comments[0]!.body)[0]?.fields.pr).toBe('9');
    await runOnce(s);
    expect(writes(s)).toHaveLength(1);
  });

  it('reuses a branch that holds only our empty commit, and never touches one with other work', async () => {
    const s = await start(
      baseSeed((r) =>
        r
          .branch(BRANCH, {}, { message: commitMessage(1) })
          .issue({ number: 2, title: 'Add dark mode', author: 'alice', labels: ['autoheal:work'] })
          .branch(
            'autoheal/issue-2-add-dark-mode',
            { 'theme.css': 'body{}' },
            { message: 'WIP dark mode', author: 'alice' },
          ),
      ),
    );
    const reused = await runOnce(s);
    expect(reused.outcome).toMatchObject({ result: 'created', branch: BRANCH });
    expect(writes(s).filter((w) => w.includes('/git/'))).toEqual([]);

    const theirs = repoOf(s).refs.get('refs/heads/autoheal/issue-2-add-dark-mode');
    const suffixed = await runOnce(s, {}, labeledEvent({ number: 2, title: 'Add dark mode' }));
    expect(suffixed.outcome).toMatchObject({ result: 'created', branch: 'autoheal/issue-2-add-dark-mode-2' });
    expect(repoOf(s).refs.get('refs/heads/autoheal/issue-2-add-dark-mode')).toBe(theirs);
  });

  it('opens exactly one pull request and one comment when two runs race for the same issue', async () => {
    const s = await start();
    // Hold back the first run's commit, so the other run takes the branch name and opens the pull
    // request in between: the first then meets "Reference already exists" and "A pull request already exists".
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/commits',
      fault: { kind: 'delay', ms: 300 },
    });
    const results = await Promise.all([runOnce(s), runOnce(s)]);
    expect(results.map((r) => r.outcome.result).sort()).toEqual(['created', 'exists']);
    expect(
      s
        .requestsTo('POST', '/repos/{owner}/{repo}/git/refs')
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 422]);
    expect(
      s
        .requestsTo('POST', '/repos/{owner}/{repo}/pulls')
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 422]);
    const pulls = [...repoOf(s).issues.values()].filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    expect(repoOf(s).issues.get(1)!.comments).toHaveLength(1);
    expect([...repoOf(s).refs.keys()].filter((r) => r.includes('autoheal/'))).toEqual([
      `refs/heads/${BRANCH}`,
    ]);
    expect(s.errors).toEqual([]);
  });
});

describe('limits', () => {
  /** Our PRs in the last hour, by the API's login form, plus look-alikes that must not count. */
  function busySeed() {
    return baseSeed((r) =>
      r
        .branch('autoheal/issue-20-a', {}, { message: commitMessage(20) })
        .branch('autoheal/issue-21-b', {}, { message: commitMessage(21) })
        .branch('autoheal/issue-22-c', {}, { message: commitMessage(22) })
        .branch('autoheal/issue-23-d', {}, { message: commitMessage(23) })
        .pull({
          title: 'a',
          author: 'github-actions[bot]',
          head: 'autoheal/issue-20-a',
          created_at: iso(10 * 60_000),
        })
        .pull({
          title: 'b',
          author: 'github-actions[bot]',
          head: 'autoheal/issue-21-b',
          created_at: iso(30 * 60_000),
        })
        // A user called `github-actions` is somebody else: never ours.
        .pull({
          title: 'c',
          author: 'github-actions',
          head: 'autoheal/issue-22-c',
          created_at: iso(5 * 60_000),
        })
        // Ours, but more than an hour ago.
        .pull({
          title: 'd',
          author: 'github-actions[bot]',
          head: 'autoheal/issue-23-d',
          created_at: iso(2 * 3_600_000),
        }),
    ).user('github-actions');
  }

  it('stops at max-prs-per-hour, counting only our login in its API form', async () => {
    const s = await start(busySeed());
    const limited = await runOnce(s, { 'max-prs-per-hour': '2' });
    expect(limited.outcome.result).toBe('rate-limited');
    expect(limited.outcome.reason).toMatch(
      /^2 issue pull request\(s\) opened by github-actions\[bot\] in the last hour \(#\d+, #\d+\)/,
    );
    expect(writes(s)).toEqual([]);
    const room = await runOnce(s, { 'max-prs-per-hour': '3' });
    expect(room.outcome.result).toBe('created');
  });

  it('opens none with max-prs-per-hour 0', async () => {
    const s = await start();
    expect((await runOnce(s, { 'max-prs-per-hour': '0' })).outcome.result).toBe('rate-limited');
    expect(writes(s)).toEqual([]);
  });

  it('does not start work the operations budget cannot finish, and says what was left undone', async () => {
    const s = await start();
    const { outcome, recorded } = await runOnce(s, { 'operations-budget': '5' });
    expect(outcome.result).toBe('budget-exhausted');
    expect(writes(s)).toEqual([]);
    expect(recorded.summary.join('')).toContain(
      '| Left undone | open the pull request for issue #&#x200B;1 (needs up to 7 writes) |'.replace(
        '&#x200B;',
        '\u200B',
      ),
    );
  });
});

describe('GitHub refusals', () => {
  it('opens a normal pull request, labelled, where drafts are not supported', async () => {
    const s = await start(baseSeed(undefined, { allow_drafts: false }));
    const { outcome, recorded } = await runOnce(s);
    expect(outcome).toMatchObject({ result: 'created', pull: { draft: false } });
    const pr = repoOf(s).issues.get(outcome.pull!.number)!;
    expect(pr.pull!.draft).toBe(false);
    expect(pr.labels).toEqual(['autoheal', 'autoheal:draft']);
    expect(repoOf(s).issues.get(1)!.comments[0]!.body).toContain(
      'not a draft: this repository does not allow drafts',
    );
    expect(recorded.summary.join('')).toContain('does not allow draft pull requests');
    expect(
      s.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((r) => (r.body as { draft: boolean }).draft),
    ).toEqual([true, false]);
  });

  it('deletes the branch it made when the pull request is refused, and fails with a clear message', async () => {
    const s = await start(
      baseSeed().token('ghs_noPullsToken000000000000000000000000', 'github-actions[bot]', {
        permissions: { contents: 'write', issues: 'write', pull_requests: 'read', metadata: 'read' },
      }),
    );
    const error = await runOnce(s, { token: 'ghs_noPullsToken000000000000000000000000' }).catch(
      (e: unknown) => e,
    );
    expect(describeGitHubError(error).message).toContain('Grant `pull-requests: write`');
    expect(repoOf(s).refs.has(`refs/heads/${BRANCH}`)).toBe(false);
    expect(repoOf(s).issues.get(1)!.comments).toEqual([]);
    // Octokit sends the ref's slashes encoded; GitHub (and the simulator) decode them.
    expect(writes(s).map(decodeURIComponent)).toContain(
      `DELETE /repos/octo-org/widgets/git/refs/heads/${BRANCH}`,
    );
  });

  it('reports a missing issue as GitHub’s 404, having written nothing', async () => {
    const s = await start();
    const dispatch = { name: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') };
    const error = await runOnce(s, { 'issue-number': '99' }, dispatch).catch((e: unknown) => e);
    expect(describeGitHubError(error)).toMatchObject({ kind: 'not-found', status: 404 });
    expect(writes(s)).toEqual([]);
  });

  it('passes on GitHub’s 422 when a pull request it was told exists cannot be found, and rolls back', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      fault: {
        kind: 'validation',
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for octo-org:${BRANCH}.`,
          },
        ],
      },
    });
    const error = await runOnce(s).catch((e: unknown) => e);
    expect(describeGitHubError(error)).toMatchObject({ kind: 'validation', status: 422 });
    expect(describeGitHubError(error).message).toContain('A pull request already exists');
    expect(repoOf(s).refs.has(`refs/heads/${BRANCH}`)).toBe(false);
  });

  it('after a 5xx on opening the pull request, a re-run completes the work', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 502 },
    });
    const t = testDeps(s, event1, inputsFrom());
    await expect(run(inputsFrom(), t.deps)).rejects.toMatchObject({ status: 502 });
    expect(t.recorded.outputs.result).toBe('failed');
    expect(t.recorded.summary.join('')).toContain('Deleted branch');
    expect(repoOf(s).refs.has(`refs/heads/${BRANCH}`)).toBe(false);
    s.faults.clear();
    expect((await runOnce(s)).outcome.result).toBe('created');
  });

  it('when only the issue comment fails, the pull request stays and the next run posts the comment', async () => {
    const s = await start();
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/comments',
      fault: { kind: 'status', status: 410, message: 'Issues are disabled for this repo' },
    });
    await expect(runOnce(s)).rejects.toMatchObject({ status: 410 });
    const pulls = [...repoOf(s).issues.values()].filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    // The repair waits until the pull request has settled (its own run may still be commenting).
    const t = testDeps(s, event1, inputsFrom());
    t.deps.clock.now = () => NOW + 11 * 60_000;
    expect((await run(inputsFrom(), t.deps)).result).toBe('exists');
    expect(repoOf(s).issues.get(1)!.comments).toHaveLength(1);
  });
});

describe("handing off to Copilot's coding agent", () => {
  const withAgent = () =>
    baseSeed((r) => r.collaborator('copilot-swe-agent[bot]', 'write')).user('copilot-swe-agent[bot]', {
      type: 'Bot',
    });

  it('assigns the agent with the documented agent_assignment and checks it took', async () => {
    const s = await start(withAgent());
    const { outcome, recorded } = await runOnce(
      s,
      { 'copilot-token': MAINTAINER_TOKEN, 'copilot-instructions': 'Run pnpm test.' },
      event1,
      true,
    );
    expect(outcome).toMatchObject({ result: 'created', handOff: 'assigned' });
    const [assign] = s.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/assignees');
    expect(assign!.headers.authorization).toContain(MAINTAINER_TOKEN);
    expect(assign!.body).toEqual({
      assignees: ['copilot-swe-agent[bot]'],
      agent_assignment: {
        target_repo: REPO,
        base_branch: BRANCH,
        custom_instructions: expect.stringMatching(
          /on branch autoheal\/issue-1-fix-the-flaky-login-test[\s\S]*Run pnpm test\.$/,
        ),
      },
    });
    expect(repoOf(s).issues.get(1)!.assignees).toEqual(['copilot-swe-agent[bot]']);
    expect(repoOf(s).issues.get(1)!.comments[0]!.body).toContain("Copilot's coding agent was assigned");
    expect(recorded.outputs.handoff).toBe('assigned');
    // The hand-off is the only write made with the Copilot token.
    expect(
      s.requests.filter((r) => r.method !== 'GET' && r.headers.authorization?.includes(MAINTAINER_TOKEN)),
    ).toHaveLength(1);
  });

  it('reports an assignment GitHub silently ignored, and still opens the pull request', async () => {
    const s = await start();
    const { outcome, recorded } = await runOnce(s, { 'copilot-token': MAINTAINER_TOKEN }, event1, true);
    expect(outcome).toMatchObject({ result: 'created', handOff: 'not-assigned' });
    expect(recorded.logs.find((l) => l.level === 'warning')?.message).toMatch(/not among the assignees/);
    expect(repoOf(s).issues.get(1)!.comments[0]!.body).toContain(
      "Copilot's coding agent could not be assigned",
    );
  });

  it('reports a refused assignment without failing the run', async () => {
    const s = await start(withAgent());
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/assignees',
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by personal access token' },
    });
    const { outcome, recorded } = await runOnce(s, { 'copilot-token': MAINTAINER_TOKEN }, event1, true);
    expect(outcome).toMatchObject({ result: 'created', handOff: 'not-assigned' });
    expect(recorded.summary.join('')).toContain('Resource not accessible by personal access token');
  });

  it('mentions and assigns no one without a copilot-token', async () => {
    const s = await start(withAgent());
    await runOnce(s);
    expect(s.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/assignees')).toEqual([]);
    const posted = s.requests.filter((r) => r.method !== 'GET').map((r) => JSON.stringify(r.body));
    expect(posted.join('\n')).not.toMatch(/@copilot/i);
  });

  it('uses the GITHUB_TOKEN identity without asking who it is', async () => {
    const s = await start();
    await runOnce(s, { token: SIMULATOR_TOKEN });
    expect(s.requestsTo('GET', '/user')).toEqual([]);
  });
});
