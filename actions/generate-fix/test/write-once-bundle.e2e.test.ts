/**
 * Exactly-once writes through the bundles: analyze-failure files the issue, then generate-fix
 * delivers the fix while GitHub loses answers to writes that took effect. One branch and one pull
 * request must result, named in the outputs. `node scripts/lib/build.js generate-fix analyze-failure`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type ActionResult, runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseSeed, MAINTAINER_TOKEN, REPO, TIMEOUT } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const actionDir = path.resolve(here, '..');
const analyzeDir = path.resolve(here, '../../analyze-failure');
const FAST = { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' };

let sim: GitHubSimulator | undefined;
const temps: string[] = [];
afterEach(async () => {
  expect(sim?.errors ?? []).toEqual([]);
  await sim?.close();
  sim = undefined;
  for (const t of temps.splice(0)) await rm(t, { recursive: true, force: true });
});

async function analyze(s: GitHubSimulator, runId: number): Promise<ActionResult> {
  const headers = { authorization: `token ${SIMULATOR_TOKEN}` };
  const [run, repository] = await Promise.all(
    [`/repos/${REPO}/actions/runs/${runId}`, `/repos/${REPO}`].map(async (p) =>
      (await fetch(`${s.url}${p}`, { headers })).json(),
    ),
  );
  const result = await runAction({
    actionDir: analyzeDir,
    event: {
      name: 'workflow_run',
      payload: withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository }),
    },
    apiUrl: s.url,
    token: SIMULATOR_TOKEN,
    repository: REPO,
    env: { ...FAST, GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/auto-heal.yml@refs/heads/main` },
    keepTemp: true,
  });
  temps.push(result.tempDir);
  expect(result.exitCode, result.stdout).toBe(0);
  return result;
}

describe('generate-fix bundle: writes whose answers are lost are done once', () => {
  it('one branch and one pull request after a 5xx on a blob, a 502 after the ref and a reset after the PR', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build() });
    const analyzed = await analyze(sim, TIMEOUT.runId);
    const issue = analyzed.outputs['issue-number']!;
    const fp = analyzed.outputs.fingerprint!;
    const from = sim.requests.length;

    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/blobs',
      fault: { kind: 'server-error' },
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      fault: { kind: 'connection-reset', afterEffect: true },
    });
    const result = await runAction({
      actionDir,
      inputs: {
        'analysis-file': analyzed.outputs['analysis-file']!,
        'issue-number': issue,
        token: MAINTAINER_TOKEN,
      },
      event: { name: 'workflow_dispatch', payload: {} },
      apiUrl: sim.url,
      token: SIMULATOR_TOKEN,
      repository: REPO,
      env: FAST,
      node: 'node24',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.problems).toEqual([]);

    const pulls = [...sim.state.requireRepo(REPO).issues.values()].filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.pull!.head).toBe(`autoheal/${fp}`);
    expect(result.outputs).toMatchObject({
      result: 'created',
      'pr-number': String(pr.number),
      fingerprint: fp,
    });
    expect(pr.labels.length).toBeGreaterThan(0);
    expect(result.annotations.filter((a) => a.level === 'error' || a.level === 'warning')).toEqual([]);

    const writes = sim.requests
      .slice(from)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(writes).toEqual([
      `POST /repos/${REPO}/git/blobs 500`,
      `POST /repos/${REPO}/git/blobs 201`,
      `POST /repos/${REPO}/git/trees 201`,
      `POST /repos/${REPO}/git/commits 201`,
      `POST /repos/${REPO}/git/refs 502`,
      `POST /repos/${REPO}/git/refs 422`,
      `POST /repos/${REPO}/pulls 0`,
      `POST /repos/${REPO}/issues/${pr.number}/labels 200`,
    ]);
  });
});
