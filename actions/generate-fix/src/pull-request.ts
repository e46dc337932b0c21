/**
 * The fix's pull request: found by its branch, opened as a draft (or, where the repository has no
 * drafts, as a normal one the caller labels), updated in place on later runs.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { findMarker, isTrustedMarkerSource } from '@autoheal/core/markers';
import {
  isActionsPullRefused,
  type OpenedPull,
  openDraftPull,
  type PullRequestFields,
} from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';

export const PR_MARKER_KIND = 'fix';

export interface FixPull {
  number: number;
  url: string;
  title: string;
  body: string;
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  author: string | null;
  /** Opened by a trusted login and carrying our marker for this fingerprint. */
  ours: boolean;
  /** The commit our marker recorded. */
  commit?: string;
}

export interface FixPulls {
  open?: FixPull;
  /** The latest pull request of the branch closed without merging (a maintainer said no). */
  rejected?: FixPull;
}

interface ApiPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  draft?: boolean;
  state: string;
  merged_at: string | null;
  user: { login: string } | null;
}

function fixPull(p: ApiPull, fingerprint: string, trusted: readonly string[]): FixPull {
  const body = p.body ?? '';
  const author = p.user?.login ?? null;
  const marker = isTrustedMarkerSource(author, trusted)
    ? findMarker(body, PR_MARKER_KIND)?.fields
    : undefined;
  const ours = marker?.fingerprint === fingerprint;
  const pull: FixPull = {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body,
    draft: p.draft === true,
    state: p.state === 'closed' ? 'closed' : 'open',
    merged: p.merged_at !== null,
    author,
    ours,
  };
  if (ours && marker?.commit && /^[0-9a-f]{40}$/.test(marker.commit)) pull.commit = marker.commit;
  return pull;
}

/** The branch's open pull request and the latest one rejected, from one listing. */
export async function findFixPulls(
  github: GitHubClient,
  repo: RepoRef,
  branch: string,
  fingerprint: string,
  trusted: readonly string[],
): Promise<FixPulls> {
  const items = await github.paginate(github.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  const pulls = (items as ApiPull[]).map((p) => fixPull(p, fingerprint, trusted));
  const found: FixPulls = {};
  const open = pulls.find((p) => p.state === 'open');
  if (open) found.open = open;
  const rejected = pulls.find((p) => p.state === 'closed' && !p.merged);
  if (rejected) found.rejected = rejected;
  return found;
}

export const ACTIONS_PULL_SETTING =
  'GitHub refused to let GitHub Actions open the pull request: enable "Allow GitHub Actions to create and approve pull requests" ' +
  'in the repository’s Settings → Actions → General → Workflow permissions (an organization may have to allow it first), ' +
  'or give generate-fix a GitHub App or personal access token as `token`.';

/** A draft pull request, or a normal one where drafts are not supported (two writes at most). */
export async function openFixPull(
  github: GitHubClient,
  repo: RepoRef,
  fields: PullRequestFields,
): Promise<OpenedPull> {
  try {
    return await openDraftPull(github, repo, fields);
  } catch (error) {
    if (isActionsPullRefused(error)) throw new ConfigurationError(ACTIONS_PULL_SETTING);
    throw error;
  }
}
