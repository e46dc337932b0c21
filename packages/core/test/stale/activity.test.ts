import { describe, expect, it } from 'vitest';
import type { PeoplePolicy } from '../../src/stale/accounts.js';
import {
  type CommitItem,
  type HistoryOptions,
  type PullHistory,
  readHistory,
  type TimelineItem,
} from '../../src/stale/activity.js';
import { noticeMarker } from '../../src/stale/notice.js';

const people: PeoplePolicy = { ours: ['github-actions[bot]'], bots: [] };
const options: HistoryOptions = { people, staleLabel: 'autoheal:stale' };
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const ALICE = { login: 'alice', type: 'User' };
const RENOVATE = { login: 'renovate[bot]', type: 'Bot' };

const ms = (iso: string) => Date.parse(iso);

function history(fields: Partial<PullHistory> = {}): PullHistory {
  return {
    author: ALICE,
    createdAt: '2025-01-01T00:00:00Z',
    timeline: [],
    commits: [],
    reviews: [],
    commitsComplete: true,
    ...fields,
  };
}

function event(eventName: string, actor: typeof ALICE | null, at: string, extra: Partial<TimelineItem> = {}) {
  return { event: eventName, actor, at, ...extra };
}

function commit(
  author: { login: string; type: string } | null,
  date: string,
  extra: Partial<CommitItem> = {},
): CommitItem {
  return {
    sha: `${date}-${author?.login ?? 'x'}`,
    author,
    committer: author,
    gitAuthor: { name: author?.login ?? 'Someone', email: 'someone@example.com', date },
    gitCommitter: { name: author?.login ?? 'Someone', email: 'someone@example.com', date },
    ...extra,
  };
}

describe('readHistory', () => {
  it('starts from the opening when nobody did anything', () => {
    const read = readHistory(history({ author: BOT }), options);
    expect(read.last).toEqual({ kind: 'opened', at: ms('2025-01-01T00:00:00Z'), who: 'github-actions[bot]' });
    expect(read.activities).toEqual([]);
  });

  it('counts comments, reviews, commits and ready/draft changes by people', () => {
    const read = readHistory(
      history({
        timeline: [
          event('commented', ALICE, '2025-01-02T00:00:00Z', { body: 'looks fine' }),
          event('ready_for_review', ALICE, '2025-01-03T00:00:00Z'),
          event('convert_to_draft', ALICE, '2025-01-04T00:00:00Z'),
          event('head_ref_force_pushed', ALICE, '2025-01-05T00:00:00Z'),
          event('reopened', ALICE, '2025-01-06T00:00:00Z'),
        ],
        reviews: [{ user: ALICE, state: 'COMMENTED', submittedAt: '2025-01-07T00:00:00Z' }],
        commits: [commit(ALICE, '2025-01-08T00:00:00Z')],
      }),
      options,
    );
    expect(read.activities.map((a) => a.kind)).toEqual([
      'comment',
      'ready-for-review',
      'converted-to-draft',
      'force-push',
      'reopened',
      'review',
      'commit',
    ]);
    expect(read.last).toEqual({ kind: 'commit', at: ms('2025-01-08T00:00:00Z'), who: 'alice' });
  });

  it('ignores what bots and autoheal do: comments, label changes, commits, reviews', () => {
    const read = readHistory(
      history({
        timeline: [
          event('commented', RENOVATE, '2025-02-01T00:00:00Z', { body: 'rebased' }),
          event('commented', BOT, '2025-02-02T00:00:00Z', { body: 'some other workflow speaking' }),
          event('labeled', BOT, '2025-02-03T00:00:00Z', { label: 'autoheal:stale' }),
          event('unlabeled', RENOVATE, '2025-02-03T00:00:00Z', { label: 'autoheal:stale' }),
          event('ready_for_review', RENOVATE, '2025-02-04T00:00:00Z'),
        ],
        reviews: [
          {
            user: { login: 'copilot-pull-request-reviewer[bot]', type: 'Bot' },
            state: 'COMMENTED',
            submittedAt: '2025-02-05T00:00:00Z',
          },
        ],
        commits: [commit(RENOVATE, '2025-02-06T00:00:00Z')],
      }),
      options,
    );
    expect(read.activities).toEqual([]);
    expect(read.last.kind).toBe('opened');
  });

  it('ignores label and assignment changes by people, except removing the stale label', () => {
    const read = readHistory(
      history({
        timeline: [
          event('labeled', ALICE, '2025-01-02T00:00:00Z', { label: 'bug' }),
          event('unlabeled', ALICE, '2025-01-03T00:00:00Z', { label: 'bug' }),
          event('assigned', ALICE, '2025-01-04T00:00:00Z'),
          event('mentioned', ALICE, '2025-01-05T00:00:00Z'),
          event('cross-referenced', ALICE, '2025-01-06T00:00:00Z'),
          event('unlabeled', ALICE, '2025-01-07T00:00:00Z', { label: 'AUTOHEAL:STALE' }),
        ],
      }),
      options,
    );
    expect(read.activities).toEqual([
      { kind: 'stale-label-removed', at: ms('2025-01-07T00:00:00Z'), who: 'alice' },
    ]);
  });

  it('ignores pending reviews and items without a time or an actor', () => {
    const read = readHistory(
      history({
        timeline: [event('commented', null, '2025-01-02T00:00:00Z'), event('commented', ALICE, '')],
        reviews: [
          { user: ALICE, state: 'PENDING', submittedAt: '2025-01-03T00:00:00Z' },
          { user: ALICE, state: 'APPROVED', submittedAt: null },
        ],
      }),
      options,
    );
    expect(read.activities).toEqual([]);
  });

  it('finds autoheal notices only in comments written by autoheal', () => {
    const warn = `${noticeMarker('warn')}\nThis draft is stale.`;
    const read = readHistory(
      history({
        timeline: [
          event('commented', BOT, '2025-02-01T00:00:00Z', { body: warn }),
          // Anyone can type the marker; from someone else it is just a comment (and activity).
          event('commented', ALICE, '2025-02-02T00:00:00Z', { body: `${noticeMarker('close')}\nha` }),
          event('commented', RENOVATE, '2025-02-03T00:00:00Z', { body: `${noticeMarker('close')}\nha` }),
          event('commented', BOT, '2025-02-04T00:00:00Z', { body: `${noticeMarker('close')}\nClosed.` }),
        ],
      }),
      options,
    );
    expect(read.notices).toEqual([
      { action: 'warn', at: ms('2025-02-01T00:00:00Z') },
      { action: 'close', at: ms('2025-02-04T00:00:00Z') },
    ]);
    expect(read.last).toMatchObject({ kind: 'comment', who: 'alice' });
  });

  describe('commits', () => {
    it('dates a commit by the later of its author and committer dates when a person made both', () => {
      const read = readHistory(
        history({
          commits: [
            commit(ALICE, '2025-01-05T00:00:00Z', {
              gitCommitter: { name: 'alice', email: 'a@example.com', date: '2025-01-09T00:00:00Z' },
            }),
          ],
        }),
        options,
      );
      expect(read.last.at).toBe(ms('2025-01-09T00:00:00Z'));
    });

    it('does not count a bot rebasing a person’s commit as new activity', () => {
      const read = readHistory(
        history({
          commits: [
            commit(ALICE, '2025-01-05T00:00:00Z', {
              committer: RENOVATE,
              gitCommitter: {
                name: 'renovate[bot]',
                email: 'bot@renovateapp.com',
                date: '2025-03-01T00:00:00Z',
              },
            }),
          ],
        }),
        options,
      );
      expect(read.last.at).toBe(ms('2025-01-05T00:00:00Z'));
      expect(read.humanCommits).toBe(1);
    });

    it('counts a web-editor commit (committed by GitHub) at its commit time', () => {
      const read = readHistory(
        history({
          commits: [
            commit(ALICE, '2025-01-05T00:00:00Z', {
              committer: { login: 'web-flow', type: 'User' },
              gitCommitter: { name: 'GitHub', email: 'noreply@github.com', date: '2025-01-06T00:00:00Z' },
            }),
          ],
        }),
        options,
      );
      expect(read.last.at).toBe(ms('2025-01-06T00:00:00Z'));
    });

    it('counts a person committing a bot’s work at the commit time', () => {
      const read = readHistory(
        history({
          commits: [
            commit(BOT, '2025-01-05T00:00:00Z', {
              committer: ALICE,
              gitCommitter: { name: 'alice', email: 'a@example.com', date: '2025-01-07T00:00:00Z' },
            }),
          ],
        }),
        options,
      );
      expect(read.last).toEqual({ kind: 'commit', at: ms('2025-01-07T00:00:00Z'), who: 'alice' });
    });

    it('classifies commits without a linked account by their signature', () => {
      const unlinked = commit(null, '2025-01-05T00:00:00Z', {
        gitAuthor: { name: 'Dana', email: 'dana@example.com', date: '2025-01-05T00:00:00Z' },
        gitCommitter: { name: 'Dana', email: 'dana@example.com', date: '2025-01-05T00:00:00Z' },
      });
      const signedByBot = commit(null, '2025-01-06T00:00:00Z', {
        gitAuthor: {
          name: 'github-actions[bot]',
          email: '41898282+github-actions[bot]@users.noreply.github.com',
          date: '2025-01-06T00:00:00Z',
        },
        gitCommitter: { name: 'GitHub', email: 'noreply@github.com', date: '2025-01-06T00:00:00Z' },
      });
      const read = readHistory(history({ commits: [unlinked, signedByBot] }), options);
      expect(read.activities).toEqual([{ kind: 'commit', at: ms('2025-01-05T00:00:00Z'), who: 'Dana' }]);
      expect(read.humanCommits).toBe(1);
    });

    it('says the branch holds only automated work only when every commit is known and none is a person’s', () => {
      const bots = [commit(BOT, '2025-01-02T00:00:00Z'), commit(RENOVATE, '2025-01-03T00:00:00Z')];
      expect(readHistory(history({ commits: bots }), options).onlyAutomatedCommits).toBe(true);
      expect(
        readHistory(history({ commits: bots, commitsComplete: false }), options).onlyAutomatedCommits,
      ).toBe(false);
      const withPerson = [...bots, commit(ALICE, '')];
      // A person's commit without dates is still a person's commit.
      const read = readHistory(history({ commits: withPerson }), options);
      expect(read.onlyAutomatedCommits).toBe(false);
      expect(read.humanCommits).toBe(1);
      expect(read.activities).toEqual([]);
    });
  });
});
