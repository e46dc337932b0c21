/**
 * Who autoheal posts as, in the API's login form. It matters for trust (a marker counts only in
 * what these accounts wrote), for hourly caps (only our own issues and PRs count) and for idleness
 * (our own comments are not activity).
 */
import type { GitHubClient } from './github-client.js';
import { isRequestError } from './github-errors.js';

/** The account GITHUB_TOKEN acts as: the author of what it posts and of the re-runs it starts. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The logins whose work is autoheal's. Given ones win. An installation token (`ghs_…`: GITHUB_TOKEN,
 * or a GitHub App's) cannot ask GET /user (GitHub answers 403) and what GITHUB_TOKEN posts is
 * authored by github-actions[bot]; an App posts as `<slug>[bot]`, which must then be given. Any
 * other token is a user's (a PAT): GET /user names it. Other failures are thrown, not guessed
 * around: trusting the wrong login would file duplicates or trust forged markers.
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
