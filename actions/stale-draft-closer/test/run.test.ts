/**
 * `run` against the GitHub simulator with a clock the tests move: which drafts are warned, when
 * they close, what counts as activity, exemptions, the budget and resuming, dry runs, failures.
 */
import { findMarker } from '@autoheal/core/markers';
import { recorder } from '@autoheal/testkit/recorder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addComment,
  BOT,
  DAY_MS,
  type DraftSpec,
  pullOf,
  REPO,
  recordEvent,
  runOnce,
  STALE,
  seedWith,
  startSim,
  TestClock,
  writes,
} from './helpers.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function world(
  drafts: DraftSpec[],
  clock = new TestClock(NOW),
  configure?: Parameters<typeof seedWith>[2],
) {
  sim = await startSim(seedWith(NOW, drafts, configure), clock);
  return { sim, clock };
}

function notices(s: GitHubSimulator, number: number, action: string) {
  return pullOf(s, number).comments.filter(
    (c) => c.author === BOT && findMarker(c.body, 'stale-draft')?.fields.action === action,
  );
}

describe('what counts as activity', () => {
  it('warns drafts idle since a person last acted, whatever bots did since', async () => {
    const { sim } = await world([
      // Alice's last commit was 50 days ago; since then only bots commented and labelled.
      {
        number: 1,
        openedDaysAgo: 60,
        commitDaysAgo: 50,
        comments: [
          { by: 'renovate[bot]', daysAgo: 5, body: 'Rebased onto main.' },
          { by: BOT, daysAgo: 4, body: 'CI is red again.' },
        ],
        events: [
          { event: 'labeled', actor: BOT, label: 'ci', daysAgo: 3 },
          { event: 'unlabeled', actor: 'renovate[bot]', label: 'ci', daysAgo: 2 },
        ],
      },
      // A person commented 10 days ago.
      { number: 2, openedDaysAgo: 60, comments: [{ by: 'bob', daysAgo: 10 }] },
      // Ready for review, untouched for 90 days: never closed on a timer.
      { number: 3, openedDaysAgo: 90, draft: false },
      // A review 5 days ago.
      { number: 4, openedDaysAgo: 60, reviews: [{ by: 'carol', daysAgo: 5 }] },
      // Marked ready and back to draft 2 days ago (seeds cannot say so; added below).
      { number: 5, openedDaysAgo: 60 },
      // Opened 10 days ago: too young to be stale, its history is not even read.
      { number: 6, openedDaysAgo: 10 },
      // A bot's review and a bot's commit 1 day ago do not count either.
      {
        number: 7,
        openedDaysAgo: 45,
        moreCommits: [{ by: 'renovate[bot]', daysAgo: 1 }],
        reviews: [{ by: 'copilot-pull-request-reviewer[bot]', daysAgo: 1 }],
      },
    ]);
    recordEvent(sim, 5, 'ready_for_review', 'alice', NOW - 3 * DAY_MS);
    recordEvent(sim, 5, 'convert_to_draft', 'alice', NOW - 2 * DAY_MS);

    const { result, rec } = await runOnce(sim, new TestClock(NOW));
    expect(result.staled).toEqual([1, 7]);
    expect(result.closed).toEqual([]);
    expect(rec.outputs).toMatchObject({
      staled: '[1,7]',
      closed: '[]',
      unstaled: '[]',
      skipped: '[]',
      undone: '[]',
    });
    expect(pullOf(sim, 1).labels).toContain(STALE);
    expect(notices(sim, 1, 'warn')).toHaveLength(1);
    const warning = notices(sim, 1, 'warn')[0]!.body;
    expect(warning).toContain('for 50 days');
    expect(warning).toContain('on 2025-03-08');
    expect(pullOf(sim, 3).labels).toEqual([]);
    for (const n of [2, 3, 4, 5, 6]) expect(notices(sim, n, 'warn')).toHaveLength(0);
    // The list holds all a young draft needs; its history is never asked for.
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/issues/6/timeline')).toHaveLength(0);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/issues/3/timeline')).toHaveLength(0);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/issues/1/timeline')).toHaveLength(1);
    expect(rec.summary.join('')).toContain('50 days ago: commit by alice');
  });

  it('starts the clock at the opening of a draft nobody touched, even one autoheal opened', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 31, author: BOT, commitBy: BOT, branch: 'autoheal/issue-1-x' },
      { number: 2, openedDaysAgo: 29, author: BOT, commitBy: BOT, branch: 'autoheal/issue-2-y' },
    ]);
    const { result, rec } = await runOnce(sim, new TestClock(NOW));
    expect(result.staled).toEqual([1]);
    expect(rec.summary.join('')).toContain('31 days ago: opened by github-actions&#x5B;bot&#x5D;');
  });

  it('takes a marker typed by a person for a comment, not for a notice', async () => {
    const forged = '<!-- autoheal:kind=stale-draft action=close v=1 -->\nclose me please';
    const { sim } = await world([
      { number: 1, openedDaysAgo: 60, comments: [{ by: 'mallory', daysAgo: 40, body: forged }] },
    ]);
    const { result } = await runOnce(sim, new TestClock(NOW));
    // Not closed as "already noticed": warned for the 40 days since mallory's comment.
    expect(result.closed).toEqual([]);
    expect(result.staled).toEqual([1]);
    expect(notices(sim, 1, 'warn')[0]!.body).toContain('for 40 days');
  });
});

describe('from warning to closing', () => {
  it('waits days-before-close after the warning, then closes with a comment', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 40 }], clock);
    expect((await runOnce(sim, clock)).result.staled).toEqual([1]);

    clock.advance(6);
    sim.requests.length = 0;
    const waiting = await runOnce(sim, clock);
    expect(waiting.result).toMatchObject({ staled: [], closed: [] });
    expect(writes(sim)).toEqual([]);
    expect(waiting.rec.summary.join('')).toContain('warned on 2025-03-01; closes on 2025-03-08');

    clock.advance(1);
    const closing = await runOnce(sim, clock);
    expect(closing.result.closed).toEqual([1]);
    expect(closing.rec.outputs.closed).toBe('[1]');
    expect(pullOf(sim, 1).state).toBe('closed');
    expect(notices(sim, 1, 'close')).toHaveLength(1);
    expect(notices(sim, 1, 'close')[0]!.body).toContain('nothing happened in the 7 days since the warning');
  });

  it('is idempotent: a second run at the same time writes nothing', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world(
      [
        { number: 1, openedDaysAgo: 40 },
        { number: 2, openedDaysAgo: 35 },
      ],
      clock,
    );
    await runOnce(sim, clock);
    const before = writes(sim).length;
    expect(before).toBe(4);
    const again = await runOnce(sim, clock);
    expect(again.result).toMatchObject({ staled: [], closed: [], unstaled: [] });
    expect(writes(sim)).toHaveLength(before);
  });

  it('takes the label off when a person comes back after the warning, and restarts the clock', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 40 }], clock);
    await runOnce(sim, clock);
    clock.advance(2);
    addComment(sim, 1, 'alice', clock.now(), 'Back on it this week.');
    clock.advance(1);
    const back = await runOnce(sim, clock);
    expect(back.result.unstaled).toEqual([1]);
    expect(pullOf(sim, 1).labels).not.toContain(STALE);
    expect(back.rec.summary.join('')).toContain('stale label removed: active again');

    clock.advance(7);
    const later = await runOnce(sim, clock);
    expect(later.result).toMatchObject({ staled: [], closed: [], unstaled: [] });
    expect(pullOf(sim, 1).state).toBe('open');
  });

  it('counts removing the stale label by hand as activity, and does not put it back', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 40 }], clock);
    await runOnce(sim, clock);
    clock.advance(1);
    const issue = pullOf(sim, 1);
    issue.labels = issue.labels.filter((l) => l !== STALE);
    recordEvent(sim, 1, 'unlabeled', 'carol', clock.now());
    issue.events[issue.events.length - 1]!.label = { name: STALE, color: 'ededed' };
    clock.advance(7);
    const after = await runOnce(sim, clock);
    expect(after.result).toMatchObject({ staled: [], closed: [], unstaled: [] });
    expect(pullOf(sim, 1).labels).not.toContain(STALE);
    expect(pullOf(sim, 1).state).toBe('open');
  });

  it('puts back a stale label a bot removed, without a second warning', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 40 }], clock);
    await runOnce(sim, clock);
    const issue = pullOf(sim, 1);
    issue.labels = [];
    clock.advance(1);
    const next = await runOnce(sim, clock);
    expect(next.result.staled).toEqual([]);
    expect(pullOf(sim, 1).labels).toEqual([STALE]);
    expect(notices(sim, 1, 'warn')).toHaveLength(1);
  });

  it('takes the label off a warned draft that was marked ready for review, and never closes it', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 40 }], clock);
    await runOnce(sim, clock);
    clock.advance(1);
    pullOf(sim, 1).pull!.draft = false;
    recordEvent(sim, 1, 'ready_for_review', 'alice', clock.now());
    clock.advance(30);
    const ready = await runOnce(sim, clock);
    expect(ready.result).toMatchObject({ unstaled: [1], closed: [] });
    expect(ready.rec.summary.join('')).toContain('no longer a draft');
    expect(pullOf(sim, 1).state).toBe('open');
  });
});

describe('exemptions and scope', () => {
  it('skips exempt drafts and takes the stale label off one that became exempt', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 60, labels: ['Keep'] },
      { number: 2, openedDaysAgo: 60, author: 'bob' },
      { number: 3, openedDaysAgo: 60, assignees: ['carol'] },
      { number: 4, openedDaysAgo: 60, requestedReviewers: ['carol'] },
      { number: 5, openedDaysAgo: 60, labels: ['security', STALE] },
      { number: 6, openedDaysAgo: 60 },
    ]);
    const { result, rec } = await runOnce(sim, new TestClock(NOW), {
      exemptAuthors: ['bob'],
      exemptAssignees: ['*'],
    });
    expect(result.staled).toEqual([6]);
    expect(result.skipped).toEqual([1, 2, 3, 4, 5]);
    expect(result.unstaled).toEqual([5]);
    expect(pullOf(sim, 5).labels).toEqual(['security']);
    const summary = rec.summary.join('');
    expect(summary).toContain('| label Keep |');
    expect(summary).toContain('| author bob |');
    expect(summary).toContain('| assigned to carol |');
    expect(summary).toContain('| review requested from carol |');
    // Exempt drafts need nothing but the list.
    for (const n of [1, 2, 3, 4, 5])
      expect(sim.requestsTo('GET', `/repos/{owner}/{repo}/issues/${n}/timeline`)).toHaveLength(0);
  });

  it('waits on requested reviewers only while exempt-pending-reviews is on', async () => {
    const { sim } = await world([{ number: 1, openedDaysAgo: 60, requestedReviewers: ['carol'] }]);
    const { result } = await runOnce(sim, new TestClock(NOW), { exemptPendingReviews: false });
    expect(result.staled).toEqual([1]);
  });

  it('with only-autoheal, looks after autoheal drafts only, comparing the API login', async () => {
    const { sim } = await world(
      [
        { number: 1, openedDaysAgo: 60, author: BOT, commitBy: BOT, branch: 'autoheal/issue-1-a' },
        { number: 2, openedDaysAgo: 60, author: 'alice' },
        // A person whose login is the app's name without [bot] is not the app.
        { number: 3, openedDaysAgo: 60, author: 'github-actions' },
        { number: 4, openedDaysAgo: 60, author: 'alice', labels: [STALE] },
      ],
      new TestClock(NOW),
    );
    const { result } = await runOnce(sim, new TestClock(NOW), { onlyAutoheal: true });
    expect(result.staled).toEqual([1]);
    expect(result.skipped).toEqual([]);
    // A label autoheal no longer manages comes off.
    expect(result.unstaled).toEqual([4]);
  });

  it('reads the stale-drafts section of the config file, with inputs on top', async () => {
    const config = 'stale-drafts:\n  days-before-stale: 10\n  exempt-labels: [wip]\n';
    const { sim } = await world(
      [
        { number: 1, openedDaysAgo: 12 },
        { number: 2, openedDaysAgo: 12, labels: ['wip'] },
        { number: 3, openedDaysAgo: 12, labels: ['keep'] },
      ],
      new TestClock(NOW),
      (r) => r.file('.github/autoheal.yml', config),
    );
    const fromFile = await runOnce(sim, new TestClock(NOW), { configFile: '.github/autoheal.yml' });
    expect(fromFile.result).toMatchObject({ staled: [1, 3], skipped: [2] });
    expect(fromFile.result.settings.daysBeforeStale).toBe(10);

    sim.reset();
    const overridden = await runOnce(sim, new TestClock(NOW), {
      configFile: '.github/autoheal.yml',
      daysBeforeStale: 20,
    });
    expect(overridden.result.staled).toEqual([]);
  });

  it('reports a bad config file as the user’s mistake, naming the key', async () => {
    const { sim } = await world([], new TestClock(NOW), (r) =>
      r.file('.github/autoheal.yml', 'stale-drafts:\n  days-before-stale: 0\n'),
    );
    await expect(runOnce(sim, new TestClock(NOW), { configFile: '.github/autoheal.yml' })).rejects.toThrow(
      /stale-drafts\.days-before-stale/,
    );
  });

  it('refuses a config file that exempts the stale label itself', async () => {
    const { sim } = await world([], new TestClock(NOW), (r) =>
      r.file('.github/autoheal.yml', `stale-drafts:\n  exempt-labels: ['${STALE}']\n`),
    );
    await expect(runOnce(sim, new TestClock(NOW), { configFile: '.github/autoheal.yml' })).rejects.toThrow(
      /lists the stale label/,
    );
  });
});

describe('deleting branches', () => {
  const autoheal = (number: number, extra: Partial<DraftSpec> = {}): DraftSpec => ({
    number,
    openedDaysAgo: 40,
    author: BOT,
    commitBy: BOT,
    branch: `autoheal/issue-${number}-fix`,
    ...extra,
  });

  async function closeAll(drafts: DraftSpec[]) {
    const clock = new TestClock(NOW);
    const { sim } = await world(drafts, clock);
    await runOnce(sim, clock, { deleteBranch: true });
    clock.advance(7);
    const closing = await runOnce(sim, clock, { deleteBranch: true });
    return { sim, closing };
  }

  it('deletes only autoheal/ branches of this repository that hold only automated commits', async () => {
    const { sim, closing } = await closeAll([
      autoheal(1),
      autoheal(2, { moreCommits: [{ by: 'alice', daysAgo: 39 }] }),
      { number: 3, openedDaysAgo: 40, commitBy: BOT, author: BOT, branch: 'fix/not-ours' },
      autoheal(4),
      // #5 is based on #4's branch: deleting it would close #5.
      { number: 5, openedDaysAgo: 1, base: 'autoheal/issue-4-fix', branch: 'feature/on-top' },
    ]);
    expect(closing.result.closed).toEqual([1, 2, 3, 4]);
    const refs = sim.state.requireRepo(REPO).refs;
    expect(refs.has('refs/heads/autoheal/issue-1-fix')).toBe(false);
    expect(refs.has('refs/heads/autoheal/issue-2-fix')).toBe(true);
    expect(refs.has('refs/heads/fix/not-ours')).toBe(true);
    expect(refs.has('refs/heads/autoheal/issue-4-fix')).toBe(true);
    const summary = closing.rec.summary.join('');
    expect(summary).toContain('branch autoheal/issue-1-fix deleted');
    expect(summary).toContain('branch kept: the branch has commits by people');
    expect(summary).toContain('branch kept: only autoheal/ branches are deleted');
    expect(summary).toContain('branch kept: open pull request #5 uses the branch');
    expect(notices(sim, 1, 'close')[0]!.body).toContain('held only automated commits');
    expect(notices(sim, 2, 'close')[0]!.body).not.toContain('held only automated commits');
  });

  it('keeps every branch unless delete-branch is on', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([autoheal(1)], clock);
    await runOnce(sim, clock);
    clock.advance(7);
    expect((await runOnce(sim, clock)).result.closed).toEqual([1]);
    expect(sim.state.requireRepo(REPO).refs.has('refs/heads/autoheal/issue-1-fix')).toBe(true);
  });
});

describe('the operation budget', () => {
  // Five idle drafts whose last activity is not in number order: #3 is the oldest.
  const five: DraftSpec[] = [
    { number: 1, openedDaysAgo: 50 },
    { number: 2, openedDaysAgo: 40 },
    { number: 3, openedDaysAgo: 90 },
    { number: 4, openedDaysAgo: 60 },
    { number: 5, openedDaysAgo: 35 },
  ];

  it('stops when the budget runs out, warns, and the next run goes on with the oldest', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world(five, clock);
    const first = await runOnce(sim, clock, { operationsPerRun: 5 });
    // Two writes per draft: the third would not fit whole, so it is not started.
    expect(first.result).toMatchObject({ staled: [3, 4], undone: [1, 2, 5], budgetExhausted: true });
    expect(first.budget.used).toBe(4);
    expect(first.rec.outputs).toMatchObject({ operations: '4', undone: '[1,2,5]' });
    const warnings = first.rec.messages.filter((m) => m.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('left for the next run: #1, #2, #5');
    expect(first.rec.summary.join('')).toContain('**Left for the next run:**');
    expect(pullOf(sim, 1).labels).toEqual([]);

    clock.advance(1);
    const second = await runOnce(sim, clock, { operationsPerRun: 5 });
    expect(second.result).toMatchObject({ staled: [1, 2], undone: [5] });
    clock.advance(1);
    const third = await runOnce(sim, clock, { operationsPerRun: 5 });
    expect(third.result).toMatchObject({ staled: [5], undone: [], budgetExhausted: false });
    expect(third.rec.messages.filter((m) => m.level === 'warning')).toEqual([]);
    for (const n of [1, 2, 3, 4, 5]) expect(notices(sim, n, 'warn')).toHaveLength(1);
  });

  it('counts every write, closing and branch deletion included', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world(
      [{ number: 1, openedDaysAgo: 40, author: BOT, commitBy: BOT, branch: 'autoheal/issue-1-x' }],
      clock,
    );
    await runOnce(sim, clock, { deleteBranch: true });
    clock.advance(7);
    // Two writes could never close it: refused before any write rather than left undone on every run.
    const before = writes(sim).length;
    await expect(runOnce(sim, clock, { deleteBranch: true, operationsPerRun: 2 })).rejects.toThrow(
      /"operations-per-run" is 2, too few for one draft: closing a draft with delete-branch takes 3 writes/,
    );
    expect(writes(sim)).toHaveLength(before);
    expect(pullOf(sim, 1).state).toBe('open');
    const enough = await runOnce(sim, clock, { deleteBranch: true, operationsPerRun: 3 });
    expect(enough.result.closed).toEqual([1]);
    expect(enough.budget.used).toBe(3);
  });
});

describe('dry run', () => {
  it('writes nothing, says what it would do, and counts the budget the same way', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([...[1, 2, 3].map((n) => ({ number: n, openedDaysAgo: 40 + n }))], clock);
    const dry = await runOnce(sim, clock, { dryRun: true, operationsPerRun: 4 });
    expect(writes(sim)).toEqual([]);
    expect(dry.result).toMatchObject({ staled: [2, 3], undone: [1] });
    expect(dry.rec.outputs).toMatchObject({ 'dry-run': 'true', staled: '[2,3]', operations: '4' });
    const summary = dry.rec.summary.join('');
    expect(summary).toContain('**Dry run:**');
    expect(summary).toContain('would be marked stale, to close on 2025-03-08');
    expect(dry.rec.messages.some((m) => m.message === 'Dry run: would comment on #3.')).toBe(true);
    expect(
      dry.rec.messages.some((m) => m.message === 'Dry run: would add the label "autoheal:stale" to #3.'),
    ).toBe(true);
  });
});

describe('failures', () => {
  it('stops on a refused write with a clear message, and writes nothing more', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{n}/comments',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
    });
    const clock = new TestClock(NOW);
    const rec = runOnce(sim, clock);
    await expect(rec).rejects.toMatchObject({ status: 403 });
    expect(writes(sim)).toEqual([{ method: 'POST', path: '/repos/octo-org/widgets/issues/1/comments' }]);
    expect(pullOf(sim, 1).labels).toEqual([]);
  });

  it('summarises the stop and the pull requests not reached', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/comments',
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
    });
    // The run throws, so what it reported is caught by a sink of the test's own.
    const { sink, summary, outputs } = recorder();
    await expect(runOnce(sim, new TestClock(NOW), {}, { sink })).rejects.toMatchObject({ status: 403 });
    const text = summary.join('');
    expect(text).toContain('**The run stopped:** The token is not allowed to do POST');
    expect(text).toContain('Grant &#x60;issues: write&#x60;');
    expect(text).toContain('not reached: the run stopped after an error (stale)');
    expect(outputs.staled).toBe('[]');
  });

  it('goes on past a pull request that vanished or refused one edit, and reports it', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/comments',
      fault: { kind: 'status', status: 404 },
    });
    const { result, rec } = await runOnce(sim, new TestClock(NOW));
    expect(result.failed).toEqual([1]);
    expect(result.staled).toEqual([2]);
    const errors = rec.messages.filter((m) => m.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^#1: stale failed: Not found: POST/);
  });

  it('finishes on the next run what a failure left half done, without repeating the comment', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 50 }], clock);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/labels',
      times: 10,
      fault: { kind: 'server-error', status: 502 },
    });
    const broken = runOnce(sim, clock);
    await expect(broken).rejects.toMatchObject({ status: 502 });
    expect(notices(sim, 1, 'warn')).toHaveLength(1);
    expect(pullOf(sim, 1).labels).toEqual([]);

    sim.faults.clear();
    clock.advance(1);
    const repaired = await runOnce(sim, clock);
    expect(repaired.result.staled).toEqual([]);
    expect(pullOf(sim, 1).labels).toEqual([STALE]);
    expect(notices(sim, 1, 'warn')).toHaveLength(1);

    // Closing: the notice goes through, the close is refused once; the next run only closes.
    clock.advance(7);
    sim.faults.inject({
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/pulls/1',
      fault: { kind: 'validation', message: 'Validation Failed' },
    });
    const refused = await runOnce(sim, clock);
    expect(refused.result).toMatchObject({ failed: [1], closed: [] });
    expect(notices(sim, 1, 'close')).toHaveLength(1);
    clock.advance(1);
    const closed = await runOnce(sim, clock);
    expect(closed.result.closed).toEqual([1]);
    expect(closed.budget.used).toBe(1);
    expect(notices(sim, 1, 'close')).toHaveLength(1);
    expect(pullOf(sim, 1).state).toBe('closed');
  });

  it('stops before any write when a read hits the rate limit', async () => {
    const { sim } = await world([{ number: 1, openedDaysAgo: 50 }]);
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/1/timeline',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'rate-limit', resetInSeconds: 3600 },
    });
    await expect(runOnce(sim, new TestClock(NOW))).rejects.toMatchObject({ status: 403 });
    expect(writes(sim)).toEqual([]);
  });

  it('skips a pull request that disappeared between the list and its history', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/1/timeline',
      fault: { kind: 'status', status: 410 },
    });
    const { result } = await runOnce(sim, new TestClock(NOW));
    expect(result.staled).toEqual([2]);
    expect(result.outcomes.map((o) => o.item.pull.number)).toEqual([2]);
  });
});

describe('identity', () => {
  it('warns when autoheal posts as a login it would not recognise next time', async () => {
    const { sim } = await world([{ number: 1, openedDaysAgo: 50 }]);
    const { rec } = await runOnce(sim, new TestClock(NOW), { autohealLogins: ['my-app[bot]'] });
    const warnings = rec.messages.filter((m) => m.level === 'warning').map((m) => m.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('autoheal posted as github-actions[bot], which is not among the logins');
  });

  it('asks GitHub who a personal token is, so its own comments are not taken for a person’s', async () => {
    const clock = new TestClock(NOW);
    const { sim } = await world([{ number: 1, openedDaysAgo: 50 }], clock, undefined);
    sim.state.tokens.set('ghp_machineUser0000000000000000000000000', {
      token: 'ghp_machineUser0000000000000000000000000',
      login: 'heal-machine',
      permissions: {
        contents: 'write',
        issues: 'write',
        pull_requests: 'write',
        actions: 'write',
        checks: 'write',
        metadata: 'read',
      },
      workflows: false,
    });
    sim.state.ensureUser('heal-machine', { type: 'User' });
    const token = 'ghp_machineUser0000000000000000000000000';
    await runOnce(sim, clock, { token });
    expect(pullOf(sim, 1).comments.map((c) => c.author)).toEqual(['heal-machine']);
    clock.advance(7);
    const closing = await runOnce(sim, clock, { token });
    expect(closing.result.closed).toEqual([1]);
  });
});

describe('untrusted text', () => {
  it('escapes titles and branch names in the summary and the log', async () => {
    const { sim } = await world([
      { number: 1, openedDaysAgo: 50, title: 'Fix <img src=x onerror=alert(1)> for @everyone | pipe' },
    ]);
    const { rec } = await runOnce(sim, new TestClock(NOW), { dryRun: true });
    const summary = rec.summary.join('');
    expect(summary).not.toContain('<img');
    expect(summary).toContain('&lt;img');
    expect(summary).not.toMatch(/@everyone/);
    expect(summary).not.toMatch(/\| pipe/);
  });
});
