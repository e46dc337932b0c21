/**
 * Whose hidden markers count here. Two accounts matter: the one analyze-failure files issues as
 * (with GITHUB_TOKEN: github-actions[bot]) and the one this action posts as (the `token`'s
 * identity: a user when a personal token is given so that pull requests start CI). Failure issues
 * count only from the first: the token's owner is often a maintainer's own account, and an issue
 * it wrote by hand (or another tool using the same token wrote) must not pick what is pushed.
 * Our own pull requests and notes count from both. `trusted-authors` replaces both defaults.
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

/** Whose failure issues count: `trusted-authors`, else only the account analyze-failure files them as by default. */
export function issueAuthors(configured: readonly string[]): string[] {
  return configured.length > 0 ? [...configured] : [ACTIONS_BOT];
}
