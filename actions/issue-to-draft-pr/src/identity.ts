/**
 * Who autoheal posts as, in the API's login form: what our pull requests and comments show as
 * their author, so that our markers are trusted only there and the hourly limit counts only ours.
 */
import { errorMessage } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { Logger } from '@autoheal/core/runtime';

/** The account GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * `trusted-authors` when given. Otherwise: an installation token (`ghs_`, which GITHUB_TOKEN is)
 * cannot ask who it is, and is taken to be `github-actions[bot]` (a GitHub App's token must name
 * its `<app-slug>[bot]` in `trusted-authors`); a user token is asked (`GET /user`).
 */
export async function resolveTrustedAuthors(
  configured: readonly string[],
  token: string,
  github: GitHubClient,
  log: Logger,
): Promise<string[]> {
  if (configured.length > 0) return [...configured];
  if (token.startsWith('ghs_')) return [ACTIONS_BOT];
  try {
    const { data } = await github.rest.users.getAuthenticated();
    return [data.login];
  } catch (error) {
    log.warning(
      `Could not ask GitHub whose token this is (${errorMessage(error)}); assuming ${ACTIONS_BOT}. ` +
        'Set trusted-authors to the login autoheal posts as.',
    );
    return [ACTIONS_BOT];
  }
}
