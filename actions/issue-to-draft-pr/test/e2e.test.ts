/**
 * The bundle (`dist/index.js`) run as the runner runs it, against the simulator: the contract
 * users get. `pnpm build` (or `node scripts/lib/build.js issue-to-draft-pr`) makes the bundle.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseSeed, INJECTION_TITLE, labeledEvent, MAINTAINER_TOKEN, REPO, writes } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FAST = { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' };

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function runBundle(
  s: GitHubSimulator,
  options: { inputs?: Record<string, string>; event: { name: string; payload: unknown }; token?: string },
) {
  return runAction({
    actionDir,
    inputs: options.inputs ?? {},
    event: options.event,
    apiUrl: s.url,
    token: options.token ?? SIMULATOR_TOKEN,
    repository: REPO,
    env: FAST,
    node: 'node24',
  });
}

const hostile = [
  { number: 2, title: INJECTION_TITLE, branch: 'autoheal/issue-2-a-curl-x-sh-id' },
  {
    number: 3,
    title: '--upload-pack=touch /tmp/pwned -rf',
    branch: 'autoheal/issue-3-upload-pack-touch-tmp-pwned-rf',
  },
];

describe('issue-to-draft-pr bundle', () => {
  it('turns hostile titles into safe branches and plain titles, and a re-run adds nothing', async () => {
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => {
        for (const h of hostile)
          r.issue({ number: h.number, title: h.title, author: 'alice', labels: ['autoheal:work'] });
      }).build(),
    });
    for (const h of hostile) {
      const event = labeledEvent({ number: h.number, title: h.title });
      const result = await runBundle(sim, { event });
      expect(result.exitCode, result.stderr + result.stdout).toBe(0);
      expect(result.problems).toEqual([]);
      expect(result.outputs).toMatchObject({ result: 'created', branch: h.branch, handoff: 'none' });
      const repo = sim.state.requireRepo(REPO);
      const pr = repo.issues.get(Number(result.outputs['pr-number']))!;
      expect(pr.pull!.head).toBe(h.branch);
      expect(pr.title).toBe(h.title);
      expect(result.annotations).toEqual([
        {
          level: 'notice',
          message: `Opened draft pull request #${pr.number} for issue #${h.number} on ${h.branch}.`,
        },
      ]);

      const before = writes(sim).length;
      const again = await runBundle(sim, { event });
      expect(again.exitCode).toBe(0);
      expect(again.outputs).toMatchObject({
        result: 'exists',
        branch: h.branch,
        'pr-number': String(pr.number),
      });
      expect(again.annotations.filter((a) => a.level === 'notice')).toHaveLength(1);
      expect(writes(sim)).toHaveLength(before);
    }
    // The job summary shows the title escaped, never as markup.
    const summary = (await runBundle(sim, { event: labeledEvent({ number: 2, title: INJECTION_TITLE }) }))
      .summary;
    expect(summary).toContain('a&quot;; curl x&#x7C;sh; &quot;&#x24;(id)');
  });

  it('reports every bad input as one ::error:: naming it, before any request', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build() });
    const result = await runBundle(sim, {
      inputs: { 'max-prs-per-hour': 'many', 'link-keyword': 'closes-it', 'copilot-instructions': 'x' },
      event: labeledEvent({ number: 1, title: 'x' }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.level)).toEqual(['error', 'error', 'error']);
    const messages = result.annotations.map((a) => a.message).join('\n');
    expect(messages).toContain('Input "max-prs-per-hour" must be an integer from 0 to 50; got "many".');
    expect(messages).toContain(
      'Input "link-keyword" must be one of "closes", "fixes", "resolves" or "refs"; got "closes-it".',
    );
    expect(messages).toContain('Input "copilot-instructions" needs "copilot-token"');
    expect(sim.requests).toEqual([]);
  });

  it('works on workflow_dispatch with issue-number and hands the issue to Copilot without leaking its token', async () => {
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => r.collaborator('copilot-swe-agent[bot]', 'write'))
        .user('copilot-swe-agent[bot]', { type: 'Bot' })
        .build(),
    });
    const event = {
      name: 'workflow_dispatch',
      payload: withFields(webhookExample('workflow_dispatch'), { inputs: { 'issue-number': '1' } }),
    };
    const result = await runBundle(sim, {
      event,
      inputs: { 'issue-number': '1', 'copilot-token': MAINTAINER_TOKEN },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      result: 'created',
      handoff: 'assigned',
      branch: 'autoheal/issue-1-fix-the-flaky-login-test',
    });
    expect(sim.state.requireRepo(REPO).issues.get(1)!.assignees).toEqual(['copilot-swe-agent[bot]']);
    // The one line that may hold it is the command telling the runner to hide it, and it comes first.
    const lines = result.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${MAINTAINER_TOKEN}`)).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l !== `::add-mask::${MAINTAINER_TOKEN}`).join('\n')).not.toContain(
      MAINTAINER_TOKEN,
    );
    expect(lines.findIndex((l) => !l.startsWith('::add-mask::'))).toBeGreaterThan(
      lines.indexOf(`::add-mask::${MAINTAINER_TOKEN}`),
    );
    expect(result.summary).not.toContain(MAINTAINER_TOKEN);
  });

  it('writes nothing in a dry run', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build() });
    const result = await runBundle(sim, {
      event: labeledEvent({ number: 1, title: 'x' }),
      inputs: { 'dry-run': 'true' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'dry-run', 'pr-number': '' });
    expect(writes(sim)).toEqual([]);
    expect(result.summary).toContain(
      'Dry run: would create branch autoheal/issue-1-fix-the-flaky-login-test',
    );
  });

  it('fails with one clear error when the token may not open pull requests, leaving no branch behind', async () => {
    const token = 'ghs_readOnlyPulls0000000000000000000000';
    sim = await startGitHubSimulator({
      seed: baseSeed()
        .token(token, 'github-actions[bot]', {
          permissions: { contents: 'write', issues: 'write', pull_requests: 'read' },
        })
        .build(),
    });
    const result = await runBundle(sim, { event: labeledEvent({ number: 1, title: 'x' }), token });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^The token is not allowed to do POST .*\/pulls \(403 Resource not accessible by integration\)\. Grant `pull-requests: write`/,
    );
    expect(result.outputs.result).toBe('failed');
    expect([...sim.state.requireRepo(REPO).refs.keys()]).toEqual(['refs/heads/main']);
  });

  it('stops with a clear message when the API rate limit is exhausted', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build() });
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'rate-limit', resetInSeconds: 1800 },
    });
    const result = await runBundle(sim, { event: labeledEvent({ number: 1, title: 'x' }) });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /GitHub API rate limit exhausted \(limit 5000 requests\/hour\) on GET .*\/issues\/1; it resets at .* \(in 30 min\)/,
    );
    expect(writes(sim)).toEqual([]);
  });
});
