/**
 * The logins autoheal posts as. They matter twice: autoheal's own comments and labels must not
 * count as activity (or every warning would restart the clock it reports), and its notices are
 * trusted only from these accounts.
 */
import { errorMessage } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { Logger } from '@autoheal/core/runtime';

/** The account GITHUB_TOKEN acts as, in the API's login form. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * `autoheal-logins` when given. Otherwise an installation token (`ghs_…`: GITHUB_TOKEN or an
 * app's) cannot ask who it is and is taken to be github-actions[bot] (an app must be named in
 * autoheal-logins); any other token is asked with `GET /user`.
 */
export async function resolveOurLogins(
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
        'Set autoheal-logins to the login autoheal posts as.',
    );
    return [ACTIONS_BOT];
  }
}
