import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';

/** The login GitHub shows as the author of what GITHUB_TOKEN posts, and of the re-runs it starts. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The logins whose issues, pull requests and re-runs are autoheal's. Given ones win. An
 * installation token (`ghs_…`: GITHUB_TOKEN, or an App's) cannot ask GET /user, and GITHUB_TOKEN
 * acts as github-actions[bot]; an App acts as `<slug>[bot]`, to be given in `trusted-authors`.
 * Any other token is a user's: GET /user names it.
 */
export async function resolveTrustedAuthors(
  github: GitHubClient,
  token: string,
  configured: readonly string[],
): Promise<string[]> {
  if (configured.length > 0) return [...configured];
  if (token.startsWith('ghs_')) return [ACTIONS_BOT];
  try {
    const me = await github.rest.users.getAuthenticated();
    return [me.data.login];
  } catch (error) {
    if (isRequestError(error) && error.status === 403) return [ACTIONS_BOT];
    throw error;
  }
}
