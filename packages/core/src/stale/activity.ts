/**
 * A draft's idle time is the time since the last thing a person did on it. This module reads a
 * pull request's history (timeline, commits, reviews) into that one moment, and finds autoheal's
 * earlier notices on the way.
 *
 * What counts, when a person does it: a commit, a comment, a review, marking the draft ready or
 * back to draft, reopening, a force-push, and removing the stale label (a way of saying "keep
 * this"). What never counts: anything by a bot or by autoheal (comments, labels, commits of a
 * rebase bot), label and assignment changes, mentions and cross-references. The opening of the
 * pull request is the starting point, whoever opened it, so that a draft nobody ever touched
 * is idle since it was opened.
 */
import {
  type Account,
  classifyAccount,
  classifyGitIdentity,
  type GitIdentity,
  type PeoplePolicy,
} from './accounts.js';
import { type Notice, readNotice } from './notice.js';

export type ActivityKind =
  | 'opened'
  | 'commit'
  | 'comment'
  | 'review'
  | 'ready-for-review'
  | 'converted-to-draft'
  | 'reopened'
  | 'force-push'
  | 'stale-label-removed';

export interface Activity {
  kind: ActivityKind;
  /** Milliseconds since the epoch. */
  at: number;
  /** Who did it (for a commit without an account: the git author's name). */
  who: string;
}

/** One timeline item, reduced to what idle time needs. */
export interface TimelineItem {
  /** GitHub's event name: `commented`, `reviewed`, `labeled`, `ready_for_review`, … */
  event: string;
  /** `actor`, or `user` for comments and reviews. */
  actor: Account | null;
  /** `created_at`, or `submitted_at` for reviews. */
  at: string | null;
  /** The label of `labeled`/`unlabeled`. */
  label?: string | null;
  /** The body of a comment. */
  body?: string | null;
}

export interface CommitItem {
  sha: string;
  /** The accounts GitHub linked to the commit's author and committer, when it could. */
  author: Account | null;
  committer: Account | null;
  gitAuthor: GitIdentity;
  gitCommitter: GitIdentity;
}

export interface ReviewItem {
  user: Account | null;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED` or `PENDING`. */
  state: string;
  submittedAt: string | null;
}

export interface PullHistory {
  author: Account;
  createdAt: string;
  timeline: readonly TimelineItem[];
  commits: readonly CommitItem[];
  reviews: readonly ReviewItem[];
  /** False when GitHub cut the commit list (it lists at most 250), so some commits are unknown. */
  commitsComplete: boolean;
}

export interface HistoryOptions {
  people: PeoplePolicy;
  /** The label autoheal marks stale drafts with. */
  staleLabel: string;
}

export interface HistoryReading {
  /** The latest activity by a person, or the opening when there was none. */
  last: Activity;
  /** Every activity by a person, oldest first (the opening is not one). */
  activities: Activity[];
  /** autoheal's notices on the pull request, oldest first. */
  notices: Notice[];
  /** Commits that a person authored or committed. */
  humanCommits: number;
  /** True when every commit is known and none is by a person: the branch holds only automated work. */
  onlyAutomatedCommits: boolean;
}

/** Timeline events that are activity when a person causes them. */
const TIMELINE_ACTIVITY: Readonly<Record<string, ActivityKind>> = {
  commented: 'comment',
  reviewed: 'review',
  ready_for_review: 'ready-for-review',
  convert_to_draft: 'converted-to-draft',
  reopened: 'reopened',
  head_ref_force_pushed: 'force-push',
};

function time(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

function timelineActivity(item: TimelineItem, options: HistoryOptions): ActivityKind | undefined {
  if (item.event === 'unlabeled')
    return item.label?.toLowerCase() === options.staleLabel.toLowerCase() ? 'stale-label-removed' : undefined;
  return TIMELINE_ACTIVITY[item.event];
}

/**
 * A commit as a person's work: whether a person wrote or committed it, and when. A commit by a
 * person counts against deleting the branch even when its dates are missing.
 */
function commitActivity(
  commit: CommitItem,
  people: PeoplePolicy,
): { byPerson: boolean; activity?: Activity } {
  const authorKind = commit.author
    ? classifyAccount(commit.author, people)
    : classifyGitIdentity(commit.gitAuthor, people);
  const committerKind = commit.committer
    ? classifyAccount(commit.committer, people)
    : classifyGitIdentity(commit.gitCommitter, people);
  if (authorKind !== 'person' && committerKind !== 'person') return { byPerson: false };
  const authorTime = time(commit.gitAuthor.date);
  const committerTime = time(commit.gitCommitter.date);
  const times: number[] = [];
  if (authorKind === 'person' && authorTime !== undefined) times.push(authorTime);
  // A person's commit made in the web editor has GitHub as its committer, at the time it was made.
  if (
    (committerKind === 'person' || (committerKind === 'platform' && authorKind === 'person')) &&
    committerTime !== undefined
  )
    times.push(committerTime);
  if (times.length === 0) return { byPerson: true };
  const who =
    authorKind === 'person'
      ? (commit.author?.login ?? commit.gitAuthor.name ?? 'someone')
      : (commit.committer?.login ?? commit.gitCommitter.name ?? 'someone');
  return { byPerson: true, activity: { kind: 'commit', at: Math.max(...times), who } };
}

/** Reads a pull request's history: the last activity by a person, autoheal's notices, who made the commits. */
export function readHistory(history: PullHistory, options: HistoryOptions): HistoryReading {
  const { people } = options;
  const activities: Activity[] = [];
  const notices: Notice[] = [];
  for (const item of history.timeline) {
    const at = time(item.at);
    if (at === undefined || item.actor === null) continue;
    const kind = classifyAccount(item.actor, people);
    if (item.event === 'commented' && kind === 'ours') {
      const notice = readNotice({ author: item.actor.login, body: item.body, at }, people.ours);
      if (notice) notices.push(notice);
      continue;
    }
    if (kind !== 'person') continue;
    const activity = timelineActivity(item, options);
    if (activity) activities.push({ kind: activity, at, who: item.actor.login });
  }
  for (const review of history.reviews) {
    const at = time(review.submittedAt);
    // A pending review is visible only to its author: nobody has seen it yet.
    if (at === undefined || review.user === null || review.state === 'PENDING') continue;
    if (classifyAccount(review.user, people) === 'person')
      activities.push({ kind: 'review', at, who: review.user.login });
  }
  let humanCommits = 0;
  for (const commit of history.commits) {
    const { byPerson, activity } = commitActivity(commit, people);
    if (byPerson) humanCommits += 1;
    if (activity) activities.push(activity);
  }
  activities.sort((a, b) => a.at - b.at);
  notices.sort((a, b) => a.at - b.at);
  const opened: Activity = {
    kind: 'opened',
    at: time(history.createdAt) ?? 0,
    who: history.author.login,
  };
  const latest = activities[activities.length - 1];
  return {
    last: latest && latest.at > opened.at ? latest : opened,
    activities,
    notices,
    humanCommits,
    onlyAutomatedCommits: history.commitsComplete && humanCommits === 0,
  };
}
