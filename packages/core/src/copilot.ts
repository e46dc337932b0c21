/**
 * Handing an issue to Copilot's coding agent, the documented REST way: add the assignee
 * `copilot-swe-agent[bot]` with an `agent_assignment` (target repository, base branch,
 * instructions). GitHub accepts this only with a user token (not GITHUB_TOKEN, not an installation
 * token), and answers success even when it ignores an assignee it cannot assign (the agent not
 * enabled, no Copilot seat), so the issue is read back to check the agent is there.
 */
import type { GitHubClient } from './github-client.js';
import { describeGitHubError } from './github-errors.js';
import type { RepoRef } from './runner-context.js';

/** The assignee the REST API takes for Copilot's coding agent. */
export const COPILOT_ASSIGNEE = 'copilot-swe-agent[bot]';
/** Logins the agent may show under on an issue (the API names the same account in these forms). */
export const COPILOT_LOGINS: readonly string[] = ['copilot-swe-agent[bot]', 'copilot-swe-agent', 'copilot'];

export function isCopilotLogin(login: string): boolean {
  return COPILOT_LOGINS.includes(login.toLowerCase());
}

export type CopilotAssignment = { status: 'assigned' } | { status: 'not-assigned'; reason: string };

export interface CopilotAssignmentRequest {
  issueNumber: number;
  /** The branch the agent starts from, so its pull request targets it. */
  baseBranch: string;
  /** What the agent is told besides the issue. */
  instructions: string;
}

/**
 * Assigns the agent (one write, with the Copilot token) and reads the issue back (with `verifier`,
 * the action's own token). Never throws for GitHub's answers: a failed hand-off is reported by the
 * caller, not fatal.
 */
export async function assignCopilotAgent(
  copilot: GitHubClient,
  verifier: GitHubClient,
  repo: RepoRef,
  request: CopilotAssignmentRequest,
): Promise<CopilotAssignment> {
  try {
    await copilot.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: request.issueNumber,
      assignees: [COPILOT_ASSIGNEE],
      agent_assignment: {
        target_repo: `${repo.owner}/${repo.repo}`,
        base_branch: request.baseBranch,
        custom_instructions: request.instructions,
      },
    });
  } catch (error) {
    return { status: 'not-assigned', reason: describeGitHubError(error).message };
  }
  try {
    const { data } = await verifier.rest.issues.get({
      owner: repo.owner,
      repo: repo.repo,
      issue_number: request.issueNumber,
    });
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
      'GitHub accepted the request but the agent is not among the assignees: check that Copilot’s coding agent ' +
      'is enabled for this repository and that copilot-token is a user token (not an app’s, not GITHUB_TOKEN) ' +
      'of someone with a Copilot seat and write access.',
  };
}
