/**
 * The fix's pull request: found by its branch, opened as a draft (or, where the repository has no
 * drafts, as a normal one the caller labels), updated in place on later runs.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource } from '@autoheal/core/markers';
import type { RepoRef } from './context.js';

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

function validationText(error: unknown): string {
  if (!isRequestError(error)) return '';
  return JSON.stringify(error.response?.data ?? error.message);
}

export function isDraftUnsupported(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 422 &&
    /draft pull requests are not supported/i.test(validationText(error))
  );
}

export function isPullExists(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 422 &&
    /a pull request already exists/i.test(validationText(error))
  );
}

/** GitHub's refusal when the repository does not let GitHub Actions open pull requests. */
export function isActionsPullRefused(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 403 &&
    /not permitted to create or approve pull requests/i.test(validationText(error))
  );
}

export const ACTIONS_PULL_SETTING =
  'GitHub refused to let GitHub Actions open the pull request: enable "Allow GitHub Actions to create and approve pull requests" ' +
  'in the repository’s Settings → Actions → General → Workflow permissions (an organization may have to allow it first), ' +
  'or give generate-fix a GitHub App or personal access token as `token`.';

export interface OpenedPull {
  number: number;
  url: string;
  draft: boolean;
  /** The repository has no drafts: a normal pull request was opened instead. */
  draftFallback: boolean;
}

/** A draft pull request, or a normal one where drafts are not supported (two writes at most). */
export async function openFixPull(
  github: GitHubClient,
  repo: RepoRef,
  fields: { title: string; body: string; head: string; base: string },
): Promise<OpenedPull> {
  const create = async (draft: boolean): Promise<OpenedPull> => {
    const { data } = await github.rest.pulls.create({
      ...repo,
      ...fields,
      head: `${repo.owner}:${fields.head}`,
      draft,
      maintainer_can_modify: true,
    });
    return { number: data.number, url: data.html_url, draft: data.draft === true, draftFallback: !draft };
  };
  try {
    try {
      return await create(true);
    } catch (error) {
      if (!isDraftUnsupported(error)) throw error;
    }
    return await create(false);
  } catch (error) {
    if (isActionsPullRefused(error)) throw new ConfigurationError(ACTIONS_PULL_SETTING);
    throw error;
  }
}
