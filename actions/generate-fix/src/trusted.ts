/**
 * Whose hidden markers count here. Two accounts matter: the one analyze-failure files issues as
 * (with GITHUB_TOKEN: github-actions[bot]) and the one this action posts as (the `token`'s
 * identity: a user when a personal token is given so that pull requests start CI). By default both
 * are trusted; `trusted-authors` replaces the default entirely.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { ACTIONS_BOT, resolveTrustedAuthors } from '@autoheal/core/identity';

export async function trustedAuthors(
  github: GitHubClient,
  token: string,
  configured: readonly string[],
): Promise<string[]> {
  if (configured.length > 0) return [...configured];
  const own = await resolveTrustedAuthors(github, token, []);
  return [...new Set([ACTIONS_BOT, ...own])];
}
