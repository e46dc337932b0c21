/**
 * Reading GitHub: the open pull requests (one paginated list holds all that exemptions need), and
 * for the drafts that may be stale their history — timeline, commits and reviews — reduced to
 * the shapes of `@autoheal/core/stale/activity`.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Account } from '@autoheal/core/stale/accounts';
import type { CommitItem, PullHistory, ReviewItem, TimelineItem } from '@autoheal/core/stale/activity';

export interface OpenPull {
  number: number;
  title: string;
  url: string;
  draft: boolean;
  author: Account;
  labels: string[];
  milestone: string | null;
  assignees: string[];
  /** Requested reviewers who have not reviewed yet (GitHub drops a reviewer once they review): logins and team slugs. */
  pendingReviewers: string[];
  headRef: string;
  /** `owner/name` of the head's repository; null when the fork was deleted. */
  headRepo: string | null;
  baseRef: string;
  baseRepo: string;
  createdAt: string;
  updatedAt: string;
}

/** GitHub shows a deleted account as `ghost`. */
const GHOST: Account = { login: 'ghost', type: 'User' };

/** GitHub lists at most this many commits of a pull request. */
export const COMMITS_LISTED = 250;

function account(value: { login: string; type?: string } | null | undefined): Account | null {
  return value ? { login: value.login, type: value.type ?? null } : null;
}

export async function listOpenPulls(github: GitHubClient, repo: RepoRef): Promise<OpenPull[]> {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  return pulls.map((p) => ({
    number: p.number,
    title: p.title,
    url: p.html_url,
    draft: p.draft === true,
    author: account(p.user) ?? GHOST,
    labels: p.labels.map((l) => l.name ?? '').filter((n) => n !== ''),
    milestone: p.milestone?.title ?? null,
    assignees: (p.assignees ?? []).map((a) => a.login),
    pendingReviewers: [
      ...(p.requested_reviewers ?? []).map((r) => r.login),
      ...(p.requested_teams ?? []).map((t) => t.slug),
    ],
    headRef: p.head.ref,
    headRepo: p.head.repo?.full_name ?? null,
    baseRef: p.base.ref,
    baseRepo: p.base.repo.full_name,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));
}

/** A field of a loosely typed JSON object (timeline items are a union of many shapes). */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function looseAccount(value: unknown): Account | null {
  const login = text(field(value, 'login'));
  return login === null ? null : { login, type: text(field(value, 'type')) };
}

/** One timeline item; comments and reviews name their author `user`, other events `actor`. */
export function timelineItem(raw: unknown): TimelineItem {
  const event = text(field(raw, 'event')) ?? '';
  return {
    event,
    actor: looseAccount(field(raw, 'actor')) ?? looseAccount(field(raw, 'user')),
    at: text(field(raw, 'created_at')) ?? text(field(raw, 'submitted_at')),
    label: text(field(field(raw, 'label'), 'name')),
    body: text(field(raw, 'body')),
  };
}

export async function readPullHistory(
  github: GitHubClient,
  repo: RepoRef,
  pull: OpenPull,
): Promise<PullHistory> {
  const number = { ...repo, issue_number: pull.number, per_page: 100 };
  const timeline = await github.paginate(github.rest.issues.listEventsForTimeline, number);
  const commits = await github.paginate(github.rest.pulls.listCommits, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const reviews = await github.paginate(github.rest.pulls.listReviews, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  return {
    author: pull.author,
    createdAt: pull.createdAt,
    timeline: timeline.map((item) => timelineItem(item)),
    commits: commits.map(
      (c): CommitItem => ({
        sha: c.sha,
        // A commit whose email matches no account has `author: null` (or `{}` in some answers).
        author: looseAccount(c.author),
        committer: looseAccount(c.committer),
        gitAuthor: {
          name: c.commit.author?.name,
          email: c.commit.author?.email,
          date: c.commit.author?.date,
        },
        gitCommitter: {
          name: c.commit.committer?.name,
          email: c.commit.committer?.email,
          date: c.commit.committer?.date,
        },
      }),
    ),
    reviews: reviews.map(
      (r): ReviewItem => ({ user: account(r.user), state: r.state, submittedAt: r.submitted_at ?? null }),
    ),
    commitsComplete: commits.length < COMMITS_LISTED,
  };
}
