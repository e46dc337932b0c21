/**
 * `max-prs-per-hour`, counted from GitHub rather than remembered: the pull requests from our issue
 * branches that our own account opened in the last hour. Authors are compared in the form the API
 * gives them (`github-actions[bot]`, not `github-actions`, which is a different account), so the
 * count cannot silently stay at zero.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isTrustedMarkerSource } from '@autoheal/core/markers';
import { ISSUE_BRANCH_PREFIX } from '@autoheal/core/pr/slug';
import { pullsCreatedSince } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';

export const HOUR_MS = 3_600_000;

export interface RecentPulls {
  count: number;
  numbers: number[];
}

interface ApiPull {
  number: number;
  created_at: string;
  user: { login: string } | null;
  head: { ref: string };
}

/** Whether a listed pull request counts against the hourly limit. */
export function countsTowardsLimit(pull: ApiPull, authors: readonly string[], since: number): boolean {
  return (
    Date.parse(pull.created_at) >= since &&
    pull.head.ref.startsWith(ISSUE_BRANCH_PREFIX) &&
    isTrustedMarkerSource(pull.user?.login, authors)
  );
}

/** Our issue pull requests created at or after `since` (ms), newest first; stops paging at older ones. */
export async function recentIssuePulls(
  github: GitHubClient,
  repo: RepoRef,
  authors: readonly string[],
  since: number,
): Promise<RecentPulls> {
  const numbers: number[] = [];
  for await (const pull of pullsCreatedSince(github, repo, since))
    if (countsTowardsLimit(pull, authors, since)) numbers.push(pull.number);
  return { count: numbers.length, numbers };
}
