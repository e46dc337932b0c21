/**
 * Opening the pull request: a draft, or, where the repository's plan has no drafts, a normal pull
 * request that a label marks as not ready (the caller adds it).
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from './context.js';

export interface OpenedPull {
  number: number;
  url: string;
  draft: boolean;
  /** GitHub refused a draft here, so a normal pull request was opened instead. */
  draftFallback: boolean;
}

/** Thrown when GitHub says a pull request from this branch exists already (another run won). */
export class PullExists extends Error {
  override readonly name = 'PullExists';
  /** GitHub's 422, to report if the pull request cannot be found after all. */
  readonly original: unknown;

  constructor(message: string, original: unknown) {
    super(message);
    this.original = original;
  }
}

/** GitHub's 422 text, with the messages of its `errors` array, for matching. */
function validationText(error: unknown): string {
  if (!isRequestError(error) || error.status !== 422) return '';
  return JSON.stringify(error.response?.data ?? error.message);
}

export function isDraftUnsupported(error: unknown): boolean {
  return /draft pull requests are not supported/i.test(validationText(error));
}

export function isPullExists(error: unknown): boolean {
  return /a pull request already exists/i.test(validationText(error));
}

export interface PullRequestFields {
  title: string;
  body: string;
  head: string;
  base: string;
}

export async function openPull(
  github: GitHubClient,
  repo: RepoRef,
  fields: PullRequestFields,
): Promise<OpenedPull> {
  const create = async (draft: boolean): Promise<OpenedPull> => {
    try {
      const { data } = await github.rest.pulls.create({
        ...repo,
        ...fields,
        head: `${repo.owner}:${fields.head}`,
        draft,
        maintainer_can_modify: true,
      });
      return { number: data.number, url: data.html_url, draft: data.draft === true, draftFallback: !draft };
    } catch (error) {
      if (isPullExists(error))
        throw new PullExists(`a pull request from ${fields.head} exists already`, error);
      throw error;
    }
  };
  try {
    return await create(true);
  } catch (error) {
    if (!isDraftUnsupported(error)) throw error;
  }
  return create(false);
}
