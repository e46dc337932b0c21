/**
 * Exactly-once writes through the bundle (dist/index.js) on the simulator: GitHub applies a write
 * and its answer is lost (502, or the connection is reset). The action must file one issue, post
 * one comment, report the right `result`, and notify once. Rebuild first:
 * `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import type { Fault } from '@autoheal/testkit/simulator/faults';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeStep, BundleRig, failing, issuesOf, startSimulator, withRuns } from './bundle-helpers.js';

const ISSUES = '/repos/{owner}/{repo}/issues';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

const rig = new BundleRig();
const servers: Server[] = [];
afterEach(async () => {
  await rig.cleanup();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers.length = 0;
});

const failedRun = (id: number): SeedRun => ({
  id,
  workflow: 'CI',
  branch: 'main',
  conclusion: 'failure',
  jobs: [failing('test', 'tf-checks-run68')],
});

function simulator(runIds: number[]): Promise<GitHubSimulator> {
  return startSimulator(rig, withRuns(runIds.map(failedRun)));
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
  const { result } = await analyzeStep(rig, sim, runId, inputs);
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  return result;
}

const issues = issuesOf;

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
