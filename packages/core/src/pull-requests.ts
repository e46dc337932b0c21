/**
 * autoheal's pull requests on GitHub: opened as drafts (or, where the repository's plan has no
 * drafts, as normal ones that the caller marks not ready), GitHub's refusals told apart by their
 * texts, the ones opened since a time listed newest first, and a branch's head.
 */
import type { GitHubClient } from './github-client.js';
import { isRequestError } from './github-errors.js';
import type { RepoRef } from './runner-context.js';

export interface PullRequestFields {
  title: string;
  body: string;
  /** The branch in `repo` (never a fork). */
  head: string;
  base: string;
}

export interface OpenedPull {
  number: number;
  url: string;
  draft: boolean;
  /** GitHub refused a draft here, so a normal pull request was opened instead. */
  draftFallback: boolean;
}

/** GitHub's error body (its message and the messages of its `errors` array), for matching. */
function errorText(error: unknown): string {
  if (!isRequestError(error)) return '';
  return JSON.stringify(error.response?.data ?? error.message);
}

/** 422: the repository's plan has no draft pull requests. */
export function isDraftUnsupported(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 422 &&
    /draft pull requests are not supported/i.test(errorText(error))
  );
}

/** 422: a pull request from this branch exists already (another run won). */
export function isPullExists(error: unknown): boolean {
  return (
    isRequestError(error) && error.status === 422 && /a pull request already exists/i.test(errorText(error))
  );
}

/** 403: the repository does not let GitHub Actions open pull requests. */
export function isActionsPullRefused(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 403 &&
    /not permitted to create or approve pull requests/i.test(errorText(error))
  );
}

/**
 * A draft pull request from `fields.head`, or a normal one where drafts are not supported (two
 * writes at most). Any other refusal is thrown as GitHub gave it, for the caller to word.
 */
export async function openDraftPull(
  github: GitHubClient,
  repo: RepoRef,
  fields: PullRequestFields,
): Promise<OpenedPull> {
  const create = async (draft: boolean): Promise<OpenedPull> => {
    const { data } = await github.rest.pulls.create({
      owner: repo.owner,
      repo: repo.repo,
      title: fields.title,
      body: fields.body,
      base: fields.base,
      head: `${repo.owner}:${fields.head}`,
      draft,
      maintainer_can_modify: true,
    });
    return { number: data.number, url: data.html_url, draft: data.draft === true, draftFallback: !draft };
  };
  try {
    return await create(true);
  } catch (error) {
    if (!isDraftUnsupported(error)) throw error;
  }
  return create(false);
}

export type ListedPull = Awaited<ReturnType<GitHubClient['rest']['pulls']['list']>>['data'][number];

/**
 * The repository's pull requests, open or closed, created at or after `since` (ms), newest first.
 * Paging stops at the first older one, or once `maxRead` have been read (whole pages).
 */
export async function* pullsCreatedSince(
  github: GitHubClient,
  repo: RepoRef,
  since: number,
  maxRead = Number.POSITIVE_INFINITY,
): AsyncGenerator<ListedPull> {
  let read = 0;
  for await (const page of github.paginate.iterator(github.rest.pulls.list, {
    owner: repo.owner,
    repo: repo.repo,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  })) {
    for (const pull of page.data) {
      if (Date.parse(pull.created_at) < since) return;
      yield pull;
    }
    read += page.data.length;
    if (read >= maxRead) return;
  }
}

/** The commit `branch` points at, or undefined when there is no such branch. */
export async function branchHead(
  github: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return undefined;
    throw error;
  }
}
