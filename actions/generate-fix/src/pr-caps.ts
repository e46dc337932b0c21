/**
 * `fixes.max-open-prs` and `fixes.max-prs-per-hour`, counted from GitHub rather than remembered:
 * pull requests from fix branches (`autoheal/<fingerprint>`) opened by a trusted login. Authors
 * are compared in the API's form (`github-actions[bot]`), so the count cannot silently stay zero.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isTrustedMarkerSource } from '@autoheal/core/markers';
import { pullsCreatedSince } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';
import { isFixBranch } from './types.js';

export const HOUR_MS = 3_600_000;
/** Pull requests read at most per listing: 10 pages of 100. */
export const MAX_READ = 1000;

interface ApiPull {
  number: number;
  created_at: string;
  user: { login: string } | null;
  head: { ref: string };
}

export function isOurFixPull(pull: ApiPull, trusted: readonly string[]): boolean {
  return isFixBranch(pull.head.ref) && isTrustedMarkerSource(pull.user?.login, trusted);
}

export interface FixPullCounts {
  /** Open fix pull requests. */
  open: number[];
  /** Fix pull requests opened at or after `since`, open or not. */
  recent: number[];
}

export async function countFixPulls(
  github: GitHubClient,
  repo: RepoRef,
  trusted: readonly string[],
  since: number,
): Promise<FixPullCounts> {
  const open: number[] = [];
  let read = 0;
  for await (const page of github.paginate.iterator(github.rest.pulls.list, {
    ...repo,
    state: 'open',
    per_page: 100,
  })) {
    for (const pull of page.data) if (isOurFixPull(pull, trusted)) open.push(pull.number);
    read += page.data.length;
    if (read >= MAX_READ) break;
  }
  const recent: number[] = [];
  for await (const pull of pullsCreatedSince(github, repo, since, MAX_READ))
    if (isOurFixPull(pull, trusted)) recent.push(pull.number);
  return { open, recent };
}
