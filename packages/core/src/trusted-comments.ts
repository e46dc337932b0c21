import type { GitHubClient } from './github-client.js';
import { isTrustedMarkerSource } from './markers.js';
import type { RepoRef } from './runner-context.js';

export interface TrustedComment<T> {
  id: number;
  body: string;
  url: string;
  /** What `pick` took from the body. */
  found: T;
}

/**
 * The first comment on an issue or pull request, written by a trusted marker author, from which
 * `pick` takes something (one of our markers, say). Pages are read only until it is found.
 */
export async function findTrustedComment<T>(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  trusted: readonly string[],
  pick: (body: string) => T | undefined,
): Promise<TrustedComment<T> | undefined> {
  for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data) {
      if (!isTrustedMarkerSource(comment.user?.login, trusted)) continue;
      const body = comment.body ?? '';
      const found = pick(body);
      if (found !== undefined) return { id: comment.id, body, url: comment.html_url, found };
    }
  }
  return undefined;
}
