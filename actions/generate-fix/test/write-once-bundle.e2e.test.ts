/**
 * Exactly-once writes through the bundles: analyze-failure files the issue, then generate-fix
 * delivers the fix while GitHub loses answers to writes that took effect. One branch and one pull
 * request must result, named in the outputs. `node scripts/lib/build.js generate-fix analyze-failure`.
 */
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { describe, expect, it } from 'vitest';
import { analyzeRun, dispatchStep, useBundleRig } from './bundle-helpers.js';
import { baseSeed, MAINTAINER_TOKEN, REPO, TIMEOUT } from './helpers.js';

const rig = useBundleRig();
let sim: GitHubSimulator | undefined;

async function analyze(s: GitHubSimulator, runId: number): Promise<ActionResult> {
  return (await analyzeRun(rig, s, runId)).result;
}

describe('generate-fix bundle: writes whose answers are lost are done once', () => {
  it('one branch and one pull request after a 5xx on a blob, a 502 after the ref and a reset after the PR', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
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
    const { result } = await dispatchStep(rig, sim, {
      'analysis-file': analyzed.outputs['analysis-file']!,
      'issue-number': issue,
      token: MAINTAINER_TOKEN,
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
