/**
 * Handing the issue to Copilot's coding agent, the documented REST way: add the assignee
 * `copilot-swe-agent[bot]` to the issue with an `agent_assignment` (target repository, base
 * branch, instructions), using a user token (GitHub does not accept installation tokens such as
 * GITHUB_TOKEN for this). GitHub answers success even when it ignores an assignee it cannot assign
 * (the agent not enabled, no Copilot seat), so the issue is read back to check the agent is there.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import type { HandOffOutcome } from './body.js';
import type { RepoRef } from './context.js';

/** The assignee the REST API takes for Copilot's coding agent. */
export const COPILOT_ASSIGNEE = 'copilot-swe-agent[bot]';
/** Logins the agent may show under on an issue (the API names the same account in these forms). */
export const COPILOT_LOGINS = ['copilot-swe-agent[bot]', 'copilot-swe-agent', 'copilot'];

export function isCopilotLogin(login: string): boolean {
  return COPILOT_LOGINS.includes(login.toLowerCase());
}

export interface HandOffRequest {
  issueNumber: number;
  /** The branch Copilot starts from (our issue branch), so its pull request targets it. */
  branch: string;
  pullNumber: number;
  instructions?: string;
}

/** The instructions Copilot gets besides the issue: where to work, and the user's own. */
export function customInstructions(request: HandOffRequest): string {
  const ours =
    `autoheal opened draft pull request #${request.pullNumber} on branch ${request.branch} for this issue. ` +
    'Start from that branch and keep the change focused on the issue.';
  return request.instructions ? `${ours}\n\n${request.instructions}` : ours;
}

/**
 * Assigns the agent (one write, with the Copilot token) and reads the issue back (with `verifier`,
 * the action's own token). Never throws for GitHub's answers: the pull request exists already, and
 * a failed hand-off is reported, not fatal.
 */
export async function handOffToCopilot(
  copilot: GitHubClient,
  verifier: GitHubClient,
  repo: RepoRef,
  request: HandOffRequest,
): Promise<HandOffOutcome> {
  try {
    await copilot.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
      ...repo,
      issue_number: request.issueNumber,
      assignees: [COPILOT_ASSIGNEE],
      agent_assignment: {
        target_repo: `${repo.owner}/${repo.repo}`,
        base_branch: request.branch,
        custom_instructions: customInstructions(request),
      },
    });
  } catch (error) {
    return { status: 'not-assigned', reason: describeGitHubError(error).message };
  }
  try {
    const { data } = await verifier.rest.issues.get({ ...repo, issue_number: request.issueNumber });
    if ((data.assignees ?? []).some((a) => isCopilotLogin(a.login))) return { status: 'assigned' };
  } catch (error) {
    return {
      status: 'not-assigned',
      reason: `the assignment was sent, but reading the issue back failed: ${describeGitHubError(error).message}`,
    };
  }
  return {
    status: 'not-assigned',
    reason:
      'GitHub accepted the request but the agent is not among the assignees. Check that the coding agent ' +
      'is enabled for this repository and that copilot-token is a user token (not an app or GITHUB_TOKEN) ' +
      'of someone with a Copilot seat and write access.',
  };
}

/** Whether the issue is already assigned to the agent (then it is not asked again). */
export function alreadyWithCopilot(assignees: readonly string[]): boolean {
  return assignees.some(isCopilotLogin);
}
