/** What goes to the issue instead of a pull request: suggested diffs and the Copilot hand-off. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseMarkers } from '@autoheal/core/markers';
import { SIMULATOR_BOT, SIMULATOR_TOKEN, stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import {
  baseSeed,
  COPILOT_USER_TOKEN,
  type FailureCase,
  failureIssue,
  GO,
  inputsFrom,
  MAINTAINER_TOKEN,
  NOW,
  REPO,
  runnerLog,
  TIMEOUT,
  testDeps,
  writes,
} from './helpers.js';

let sim: GitHubSimulator;
let tempDir: string;

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-issue-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

async function go(given: Record<string, string>, options: { copilot?: boolean } = {}) {
  const inputs = inputsFrom(given);
  const t = testDeps(sim, inputs, { tempDir, ...options });
  const out = await run(inputs, t.deps);
  return { out, t };
}

function comments(number: number) {
  return sim.state.requireRepo(REPO).issues.get(number)!.comments;
}

function autohealBranches(): string[] {
  return [...sim.state.requireRepo(REPO).refs.keys()].filter((r) => r.startsWith('refs/heads/autoheal/'));
}

describe('a workflow fix the token may not push', () => {
  it('becomes one suggested diff on the issue, naming the token to add, with no branch left behind', async () => {
    const { fp, issue } = await failureIssue(TIMEOUT, 1);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const first = await go({ 'issue-number': '1', token: SIMULATOR_TOKEN });
    expect(first.out.result).toBe('suggested');
    expect(first.out.headline).toBe('Posted the suggested fix on issue #1.');
    // GitHub's refusal came at the branch write; the unreferenced blob, tree and commit are all that was made.
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs')[0]!.status).toBe(403);
    expect(autohealBranches()).toEqual([]);
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/pulls')).toHaveLength(0);
    const [comment] = comments(1);
    expect(comment!.author).toBe(SIMULATOR_BOT);
    expect(parseMarkers(comment!.body)[0]!.fields).toMatchObject({
      kind: 'fix-note',
      fingerprint: fp,
      topic: 'suggestion',
    });
    expect(parseMarkers(comment!.body)[0]!.fields.refused).toBe('installation');
    expect(comment!.body).toContain('GitHub refuses to let this token change workflow files');
    expect(first.t.recorded.logs.map((m) => m.message).join('\n')).toContain(
      'refusing to allow a GitHub App to create or update workflow',
    );
    expect(comment!.body).toContain('+    timeout-minutes: 45 # the suite takes about 20 minutes');
    expect(comment!.body).toMatch(
      /Workflows set to read and write .*GITHUB_TOKEN can never change workflow files/,
    );
    expect(first.t.recorded.outputs['patch-file']).not.toBe('');

    // The refusal is remembered: a re-run with an installation token writes nothing at all.
    const before = writes(sim).length;
    const again = await go({ 'issue-number': '1', token: SIMULATOR_TOKEN });
    expect(again.out.result).toBe('suggested');
    expect(again.out.headline).toBe('The suggested fix on issue #1 is already up to date.');
    expect(writes(sim).slice(before)).toEqual([]);
    expect(comments(1)).toHaveLength(1);
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs')).toHaveLength(1);

    // A token that may change workflows opens the pull request; the suggestion then points at it.
    const maintainer = await go({ 'issue-number': '1', token: MAINTAINER_TOKEN });
    expect(maintainer.out.result).toBe('created');
    const pr = maintainer.out.pull!.number;
    const [pointed] = comments(1);
    expect(pointed!.body).toContain(`### Suggested fix: now pull request #${pr}`);
    expect(pointed!.body).not.toContain('+    timeout-minutes: 45');
    // (The summary escapes issue references with a zero-width space.)
    expect(maintainer.t.recorded.summary.join('\n').replaceAll('\u200b', '')).toContain(
      `Edited the suggested fix on issue #1 to point at pull request #${pr}.`,
    );
    // force retries an installation token even after a refusal.
    const forced = await go({ 'issue-number': '1', token: SIMULATOR_TOKEN, force: 'true' });
    expect(forced.out.result).toBe('up-to-date');
  });

  it('with a classic token whose scopes lack `workflow` is suggested before any write', async () => {
    const { issue } = await failureIssue(TIMEOUT, 1);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const inputs = inputsFrom({ 'issue-number': '1', token: MAINTAINER_TOKEN });
    const t = testDeps(sim, inputs, { tempDir });
    // GitHub lists a classic token's scopes on every answer; the simulator does not, so they are added.
    t.deps.github.hook.wrap('request', async (request, options) => {
      const response = await request(options);
      response.headers['x-oauth-scopes'] = 'repo, read:org';
      return response;
    });
    const out = await run(inputs, t.deps);
    expect(out.result).toBe('suggested');
    expect(writes(sim)).toEqual([`POST /repos/${REPO}/issues/1/comments`]);
    expect(comments(1)[0]!.body).toMatch(/this token's scopes \(repo, read:org\) do not include `workflow`/);
  });

  it('with can-edit-workflows: false is suggested without trying to push', async () => {
    const { issue } = await failureIssue(TIMEOUT, 1);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out } = await go({ 'issue-number': '1', 'can-edit-workflows': 'false' });
    expect(out.result).toBe('suggested');
    expect(writes(sim)).toEqual([`POST /repos/${REPO}/issues/1/comments`]);
  });

  it('with can-edit-workflows: true fails on the refusal, with GitHub’s reason and the permission to add', async () => {
    const { issue } = await failureIssue(TIMEOUT, 1);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    await expect(go({ 'issue-number': '1', 'can-edit-workflows': 'true' })).rejects.toThrow(
      /refusing to allow a GitHub App/,
    );
    expect(autohealBranches()).toEqual([]);
    expect(comments(1)).toHaveLength(0);
  });

  it('opens the pull request once the token may change workflows', async () => {
    const { issue } = await failureIssue(TIMEOUT, 1);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    expect((await go({ 'issue-number': '1', token: MAINTAINER_TOKEN })).out.result).toBe('created');
  });
});

describe('a change only a person can make', () => {
  it('a missing permission becomes a suggested permissions diff on the issue, never a pull request', async () => {
    const report: FailureCase = {
      runId: 7020,
      workflowPath: '.github/workflows/report.yml',
      jobName: 'report',
      step: 'Run actions/github-script@v7',
      log: runnerLog([
        '##[group]Run actions/github-script@v7',
        'with:',
        '  script: await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body })',
        '##[endgroup]',
        'RequestError [HttpError]: Resource not accessible by integration',
        '    at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:9537:21',
        '##[error]Unhandled error: HttpError: Resource not accessible by integration',
      ]),
    };
    const workflow =
      'name: Report\non:\n  pull_request:\n\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: "hi" })\n';
    const { issue } = await failureIssue(report, 8);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) =>
        r
          .issue(issue)
          .file('.github/workflows/report.yml', workflow)
          .workflow('Report', '.github/workflows/report.yml', 15)
          .run({
            id: report.runId,
            workflow: report.workflowPath,
            branch: 'main',
            status: 'completed',
            conclusion: 'failure',
            jobs: [
              {
                name: 'report',
                status: 'completed',
                conclusion: 'failure',
                log: report.log,
                steps: stepsFailingAt(['Set up job', report.step], 1),
              },
            ],
          }),
      ).build(),
      now: () => NOW,
    });
    const { out, t } = await go({ 'issue-number': '8', token: MAINTAINER_TOKEN, 'min-confidence': '0' });
    expect(out.result).toBe('suggested');
    expect(t.recorded.outputs).toMatchObject({ 'fix-kind': 'suggestion', 'fix-type': 'permission_denied' });
    const [comment] = comments(8);
    expect(comment!.body).toContain(
      '### Suggested fix: Grant pull-requests: write to job &quot;report&quot;',
    );
    expect(comment!.body).toContain('+    permissions:');
    expect(comment!.body).toMatch(/needs a decision or a setting only a maintainer can make/);
    expect(writes(sim)).toEqual([`POST /repos/${REPO}/issues/8/comments`]);
  });
});

describe('no mechanical fix', () => {
  it('says once, on the issue, how to hand it to Copilot’s coding agent, never @-mentioning anyone', async () => {
    const { fp, issue } = await failureIssue(GO, 3);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const first = await go({ 'issue-number': '3' });
    expect(first.out.result).toBe('commented');
    expect(first.t.recorded.outputs).toMatchObject({
      'fix-kind': 'none',
      'fix-type': 'none',
      'pr-number': '',
    });
    const [comment] = comments(3);
    expect(comment!.body).toMatch(
      /autoheal has no mechanical fix for this failure: a test failure has no mechanical fix\./,
    );
    expect(comment!.body).toContain('copilot-token');
    expect(comment!.body).not.toMatch(/(^|[^\w`])@\w/);
    expect(parseMarkers(comment!.body)[0]!.fields).toMatchObject({
      kind: 'fix-note',
      fingerprint: fp,
      topic: 'handoff',
    });
    const again = await go({ 'issue-number': '3' });
    expect(again.out.result).toBe('up-to-date');
    expect(comments(3)).toHaveLength(1);
  });

  it('assigns the issue to Copilot’s coding agent with the user token, and checks it took', async () => {
    const { issue } = await failureIssue(GO, 3);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => r.issue(issue).collaborator('copilot-swe-agent[bot]', 'write')).build(),
      now: () => NOW,
    });
    const { out } = await go({ 'issue-number': '3', 'copilot-token': COPILOT_USER_TOKEN }, { copilot: true });
    expect(out.result).toBe('handed-off');
    const [assign] = sim.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/assignees');
    expect(assign!.headers.authorization).toBe(`token ${COPILOT_USER_TOKEN}`);
    expect(assign!.body).toMatchObject({
      assignees: ['copilot-swe-agent[bot]'],
      agent_assignment: {
        target_repo: REPO,
        base_branch: 'main',
        custom_instructions: expect.stringContaining('has no mechanical fix'),
      },
    });
    expect(sim.state.requireRepo(REPO).issues.get(3)!.assignees).toEqual(['copilot-swe-agent[bot]']);
    expect(comments(3)).toHaveLength(0);
    // Already with Copilot: nothing more is sent.
    const before = writes(sim).length;
    expect(
      (await go({ 'issue-number': '3', 'copilot-token': COPILOT_USER_TOKEN }, { copilot: true })).out.result,
    ).toBe('handed-off');
    expect(writes(sim).length).toBe(before);
  });

  it('comments with the reason when GitHub accepts the assignment but the agent is not assigned', async () => {
    const { issue } = await failureIssue(GO, 3);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out, t } = await go(
      { 'issue-number': '3', 'copilot-token': COPILOT_USER_TOKEN },
      { copilot: true },
    );
    expect(out.result).toBe('commented');
    expect(
      t.recorded.logs.some(
        (l) => l.level === 'warning' && /agent is not among the assignees/.test(l.message),
      ),
    ).toBe(true);
    expect(comments(3)[0]!.body).toMatch(
      /The hand-off to Copilot’s coding agent did not take: GitHub accepted the request but the agent is not among the assignees/,
    );
  });

  it('in a dry run says what it would do and writes nothing', async () => {
    const { issue } = await failureIssue(GO, 3);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const { out } = await go({ 'issue-number': '3', 'dry-run': 'true' });
    expect(out).toMatchObject({
      result: 'dry-run',
      headline: expect.stringMatching(/would comment on issue #3 how to enable the hand-off/),
    });
    expect(writes(sim)).toEqual([]);
  });
});
