import { afterEach, describe, expect, it } from 'vitest';
import { assignCopilotAgent, COPILOT_ASSIGNEE, isCopilotLogin } from '../src/copilot.js';
import { createGitHubClient, type GitHubClient } from '../src/github-client.js';
import { type Answer, type LocalApi, type Received, startLocalApi } from './local-api.js';

const repo = { owner: 'octo-org', repo: 'widgets' };
const request = { issueNumber: 7, baseBranch: 'main', instructions: 'Fix the flaky test.' };
const ASSIGN = '/repos/octo-org/widgets/issues/7/assignees';
const ISSUE = '/repos/octo-org/widgets/issues/7';

let api: LocalApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

function client(url: string, token: string): GitHubClient {
  return createGitHubClient({
    token,
    apiUrl: url,
    retries: 0,
    waitScaleMs: 1,
    pacing: { writeMs: 0, notifyMs: 0 },
  });
}

/** The agent assigned (or not) by a stand-in API; returns the outcome and what was sent. */
async function handOff(answer: (r: Received) => Answer) {
  api = await startLocalApi(answer);
  const outcome = await assignCopilotAgent(
    client(api.url, 'ghp_userToken'),
    client(api.url, 'ghs_actionToken'),
    repo,
    request,
  );
  return { outcome, received: api.received };
}

const withAssignees = (logins: string[]): Answer => ({
  status: 200,
  body: { number: 7, assignees: logins.map((login) => ({ login })) },
});

describe('Copilot’s coding agent', () => {
  it('recognises the forms the agent shows up as, and no one else', () => {
    expect(['copilot-swe-agent[bot]', 'Copilot', 'copilot-swe-agent'].every(isCopilotLogin)).toBe(true);
    expect(isCopilotLogin('copilot-fan')).toBe(false);
    expect(isCopilotLogin(COPILOT_ASSIGNEE)).toBe(true);
  });

  it('assigns with the user token and the documented agent_assignment, then checks with the action’s token', async () => {
    const { outcome, received } = await handOff((r) =>
      r.method === 'POST' ? { status: 201, body: {} } : withAssignees(['Copilot']),
    );
    expect(outcome).toEqual({ status: 'assigned' });
    expect(received.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      `POST ${ASSIGN} token ghp_userToken`,
      `GET ${ISSUE} token ghs_actionToken`,
    ]);
    expect(received[0]?.body).toEqual({
      assignees: ['copilot-swe-agent[bot]'],
      agent_assignment: {
        target_repo: 'octo-org/widgets',
        base_branch: 'main',
        custom_instructions: 'Fix the flaky test.',
      },
    });
  });

  it('says so when GitHub accepts the request but ignores the agent', async () => {
    const { outcome } = await handOff((r) =>
      r.method === 'POST' ? { status: 201, body: {} } : withAssignees(['mona']),
    );
    expect(outcome).toEqual({
      status: 'not-assigned',
      reason: expect.stringMatching(
        /^GitHub accepted the request but the agent is not among the assignees: check that Copilot’s coding agent is enabled/,
      ),
    });
  });

  it('reports a refused assignment without reading the issue back', async () => {
    const { outcome, received } = await handOff(() => ({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    }));
    expect(outcome.status).toBe('not-assigned');
    expect(outcome.status === 'not-assigned' && outcome.reason).toMatch(/403|not accessible|permission/i);
    expect(received).toHaveLength(1);
  });

  it('reports a failed read-back as such, never throwing', async () => {
    const { outcome } = await handOff((r) =>
      r.method === 'POST' ? { status: 201, body: {} } : { status: 404, body: { message: 'Not Found' } },
    );
    expect(outcome).toEqual({
      status: 'not-assigned',
      reason: expect.stringMatching(/^the assignment was sent, but reading the issue back failed: /),
    });
  });
});
