/**
 * Handing a failure with no mechanical fix to Copilot's coding agent, the documented REST way: add
 * the assignee `copilot-swe-agent[bot]` to the issue with an `agent_assignment` (target
 * repository, base branch, instructions). GitHub accepts this only with a user token (not
 * GITHUB_TOKEN, not an installation token), and answers success even when it ignores an assignee
 * it cannot assign (agent not enabled, no seat), so the issue is read back to check.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import type { RepoRef } from './context.js';

export const COPILOT_ASSIGNEE = 'copilot-swe-agent[bot]';
const COPILOT_LOGINS = ['copilot-swe-agent[bot]', 'copilot-swe-agent', 'copilot'];

export function isCopilotLogin(login: string): boolean {
  return COPILOT_LOGINS.includes(login.toLowerCase());
}

export type HandOff = { status: 'assigned' } | { status: 'not-assigned'; reason: string };

export interface HandOffRequest {
  issueNumber: number;
  baseBranch: string;
  /** Why autoheal had no mechanical fix, so the agent starts from what is known. */
  reason: string;
}

export function agentInstructions(request: HandOffRequest): string {
  return (
    `autoheal diagnosed this CI failure but has no mechanical fix for it (${request.reason}). ` +
    'Reproduce the failure from the key lines in the issue, fix its cause, and keep the change focused on it.'
  );
}

/** One write with the Copilot token, then a read with the action's own token. Never throws for GitHub's answers. */
export async function handOffToCopilot(
  copilot: GitHubClient,
  verifier: GitHubClient,
  repo: RepoRef,
  request: HandOffRequest,
): Promise<HandOff> {
  try {
    await copilot.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
      ...repo,
      issue_number: request.issueNumber,
      assignees: [COPILOT_ASSIGNEE],
      agent_assignment: {
        target_repo: `${repo.owner}/${repo.repo}`,
        base_branch: request.baseBranch,
        custom_instructions: agentInstructions(request),
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
      'GitHub accepted the request but the agent is not among the assignees: check that Copilot’s coding agent is enabled ' +
      'for this repository and that copilot-token is a user token of someone with a Copilot seat and write access.',
  };
}
