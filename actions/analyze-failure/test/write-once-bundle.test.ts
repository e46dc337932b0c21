/**
 * Exactly-once writes through the bundle (dist/index.js) on the simulator: GitHub applies a write
 * and its answer is lost (502, or the connection is reset). The action must file one issue, post
 * one comment, report the right `result`, and notify once. Rebuild first:
 * `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type ActionResult, runAction } from '@autoheal/testkit/harness/run-action';
import type { Fault } from '@autoheal/testkit/simulator/faults';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readFailureMarker } from '../src/issue-body.js';
import { cidiffLog, simClient } from './issues-fixture.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWNER = 'octo-org';
const REPO = 'widgets';
const ISSUES = '/repos/{owner}/{repo}/issues';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

const sims: GitHubSimulator[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  sims.length = 0;
  servers.length = 0;
});

const STEPS = ['Set up job', 'Run actions/checkout@v4', 'Test', 'Complete job'];
const failedRun = (id: number): SeedRun => ({
  id,
  workflow: 'CI',
  branch: 'main',
  conclusion: 'failure',
  jobs: [
    {
      name: 'test',
      status: 'completed',
      conclusion: 'failure',
      steps: STEPS.map((name, i) => ({
        name,
        number: i + 1,
        status: 'completed' as const,
        conclusion: i < 2 || name === 'Complete job' ? 'success' : i === 2 ? 'failure' : 'skipped',
      })),
      log: { file: cidiffLog('tf-checks-run68', 'fail') },
    },
  ],
});

async function simulator(runIds: number[]): Promise<GitHubSimulator> {
  const seed = seedBuilder()
    .repo(`${OWNER}/${REPO}`, (r) => {
      r.file('README.md', '# widgets\n').workflow('CI', '.github/workflows/ci.yml', 161);
      for (const id of runIds) r.run(failedRun(id));
    })
    .build();
  const sim = await startGitHubSimulator({ seed });
  sims.push(sim);
  return sim;
}

/** A Slack-compatible webhook on 127.0.0.1 that records each message. */
async function webhook(): Promise<{ url: string; texts: string[] }> {
  const texts: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      texts.push(String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: unknown }).text));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/services/T000/B000/secretpart`, texts };
}

async function runFor(
  sim: GitHubSimulator,
  runId: number,
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  const github = simClient(sim);
  const { data: run } = await github.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: runId });
  const { data: repository } = await github.rest.repos.get({ owner: OWNER, repo: REPO });
  const result = await runAction({
    actionDir,
    inputs,
    event: {
      name: 'workflow_run',
      payload: withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository }),
    },
    apiUrl: sim.url,
    token: SIMULATOR_TOKEN,
    repository: `${OWNER}/${REPO}`,
    env: {
      AUTOHEAL_WAIT_SCALE_MS: '1',
      AUTOHEAL_WRITE_PACING_MS: '0',
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/autoheal.yml@refs/heads/main`,
    },
  });
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  return result;
}

const issues = (sim: GitHubSimulator) => [...sim.state.requireRepo(`${OWNER}/${REPO}`).issues.values()];

describe('analyze-failure bundle: a write whose answer is lost is done once', () => {
  for (const [name, fault] of [
    ['502 after POST /issues took effect', { kind: 'server-error', status: 502, afterEffect: true }],
    ['connection reset after POST /issues took effect', { kind: 'connection-reset', afterEffect: true }],
  ] as Array<[string, Fault]>) {
    it(`files one issue, says created and notifies once: ${name}`, async () => {
      const sim = await simulator([600]);
      const hook = await webhook();
      sim.faults.inject({ method: 'POST', path: ISSUES, fault });
      const result = await runFor(sim, 600, { 'slack-webhook-url': hook.url });

      expect(issues(sim)).toHaveLength(1);
      const [issue] = issues(sim);
      expect(issue!.state).toBe('open');
      expect(readFailureMarker(issue!.body)?.occurrence.count).toBe(1);
      expect(result.outputs).toMatchObject({ result: 'created', 'issue-number': String(issue!.number) });
      expect(result.summary).toContain('filed a new issue');
      expect(result.summary).not.toMatch(/duplicate/i);
      const posts = sim.requestsTo('POST', ISSUES);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ fault: fault.kind, appliedStatus: 201 });
      // The webhook fired once, for the real issue.
      expect(hook.texts).toHaveLength(1);
      expect(hook.texts[0]).toContain(`/issues/${issue!.number}|#${issue!.number}>`);
    });
  }

  it('posts one "seen again" comment when the 502 comes after the comment was posted', async () => {
    const sim = await simulator([600, 601]);
    await runFor(sim, 600);
    sim.faults.inject({
      method: 'POST',
      path: COMMENTS,
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    const again = await runFor(sim, 601);
    expect(again.outputs).toMatchObject({ result: 'updated', 'issue-number': '1' });
    expect(issues(sim)).toHaveLength(1);
    expect(issues(sim)[0]!.comments).toHaveLength(1);
    expect(readFailureMarker(issues(sim)[0]!.body)?.occurrence.count).toBe(2);
    expect(sim.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });

  it('posts one comment when the connection resets after it was posted', async () => {
    const sim = await simulator([600, 601]);
    await runFor(sim, 600);
    sim.faults.inject({
      method: 'POST',
      path: COMMENTS,
      fault: { kind: 'connection-reset', afterEffect: true },
    });
    const again = await runFor(sim, 601);
    expect(again.outputs).toMatchObject({ result: 'updated', 'issue-number': '1' });
    expect(issues(sim)[0]!.comments).toHaveLength(1);
    expect(sim.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });
});
