/**
 * Forged markers through both bundles (rebuild: `pnpm build`): analyze-failure files the genuine,
 * signed issue; copies of its marker in issues by a stranger, by the fix token's own user, or
 * unsigned by another workflow posting as github-actions[bot], never get a branch, a pull request
 * or a comment from generate-fix.
 */
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import { UNSIGNED_MARKERS_NOTICE } from '@autoheal/core/run-main';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { describe, expect, it } from 'vitest';
import { analyzeRun, dispatchStep, useBundleRig, writeLines } from './bundle-helpers.js';
import { baseSeed, MAINTAINER, MAINTAINER_TOKEN, PYTHON, REPO } from './helpers.js';

const KEY = 'e2e-marker-key-9d8c7b6a5f4e3d2c';
const STRANGER_TOKEN = 'ghp_strangerToken000000000000000000000';

const rig = useBundleRig();
let sim: GitHubSimulator | undefined;

async function api(
  s: GitHubSimulator,
  token: string,
  method: string,
  p: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${s.url}${p}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.ok, `${method} ${p}: ${res.status}`).toBe(true);
  return res.json();
}

async function analyze(
  s: GitHubSimulator,
  runId: number,
  inputs: Record<string, string>,
): Promise<ActionResult> {
  return (await analyzeRun(rig, s, runId, inputs)).result;
}

async function generateFix(s: GitHubSimulator, inputs: Record<string, string>) {
  const { result, requests } = await dispatchStep(rig, s, inputs);
  expect(result.problems).toEqual([]);
  return { result, writes: writeLines(requests) };
}

const refs = (s: GitHubSimulator) => [...s.state.requireRepo(REPO).refs.keys()].sort();

describe('generate-fix bundle and forged markers', () => {
  it('with marker-key: only analyze-failure’s signed issue gets a fix; copies of its marker get nothing', async () => {
    sim = await rig.start({ seed: baseSeed().token(STRANGER_TOKEN, 'stranger').build() });
    const analyzed = await analyze(sim, PYTHON.runId, { 'marker-key': KEY });
    const genuine = analyzed.outputs['issue-number']!;
    const body = sim.state.requireRepo(REPO).issues.get(Number(genuine))!.body!;
    const signed = body.split('\n').find((l) => l.startsWith('<!-- autoheal:kind=failure'))!;
    expect(parseMarkers(signed, { key: KEY })).toHaveLength(1);
    const unsigned = renderMarker(parseMarkers(signed)[0]!.fields);

    const forge = async (token: string, marker: string) =>
      String(
        (
          (await api(sim!, token, 'POST', `/repos/${REPO}/issues`, {
            title: 'CI is red',
            body: `${marker}\nPlease fix.`,
          })) as { number: number }
        ).number,
      );
    const forgeries = {
      stranger: await forge(STRANGER_TOKEN, signed),
      tokenOwner: await forge(MAINTAINER_TOKEN, signed),
      otherWorkflow: await forge(SIMULATOR_TOKEN, unsigned),
    };
    const refsBefore = refs(sim);
    const issuesBefore = structuredClone([...sim.state.requireRepo(REPO).issues.values()]);

    for (const [who, number] of Object.entries(forgeries)) {
      // The fix token is a maintainer's PAT, as the README suggests so that PRs start CI.
      const fixed = await generateFix(sim, {
        'issue-number': number,
        token: MAINTAINER_TOKEN,
        'marker-key': KEY,
      });
      expect(fixed.result.exitCode, `${who}: ${fixed.result.stdout}`).toBe(0);
      expect(fixed.result.outputs.result, who).toBe('skipped');
      expect(fixed.result.outputs['pr-number'] ?? '', who).toBe('');
      expect(fixed.writes, who).toEqual([]);
      expect(fixed.result.summary).not.toContain(UNSIGNED_MARKERS_NOTICE);
    }
    expect(refs(sim)).toEqual(refsBefore);
    expect([...sim.state.requireRepo(REPO).issues.values()]).toEqual(issuesBefore);

    // The genuine issue, same token and key: the fix is delivered.
    const real = await generateFix(sim, {
      'issue-number': genuine,
      token: MAINTAINER_TOKEN,
      'marker-key': KEY,
    });
    expect(real.result.exitCode, real.result.stdout).toBe(0);
    expect(real.result.outputs.result).toBe('created');
    expect(refs(sim)).toContain(`refs/heads/autoheal/${analyzed.outputs.fingerprint}`);
    // Its pull request carries a signed marker, so the next run finds it instead of opening another.
    const pr = sim.state.requireRepo(REPO).issues.get(Number(real.result.outputs['pr-number']))!;
    expect(parseMarkers(pr.body, { key: KEY }).length).toBeGreaterThan(0);
    const rerun = await generateFix(sim, {
      'issue-number': genuine,
      token: MAINTAINER_TOKEN,
      'marker-key': KEY,
    });
    expect(rerun.result.outputs.result).toBe('up-to-date');
    expect(rerun.writes).toEqual([]);
  }, 120_000);

  it('without marker-key: the token owner’s copy still gets nothing, and the summary says markers are unsigned', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
    const analyzed = await analyze(sim, PYTHON.runId, {});
    const body = sim.state.requireRepo(REPO).issues.get(Number(analyzed.outputs['issue-number']))!.body!;
    const copy = `${body.split('\n').find((l) => l.startsWith('<!-- autoheal:kind=failure'))!}\nPlease fix.`;
    const { number } = (await api(sim, MAINTAINER_TOKEN, 'POST', `/repos/${REPO}/issues`, {
      title: 'CI is red',
      body: copy,
    })) as { number: number };
    const fixed = await generateFix(sim, { 'issue-number': String(number), token: MAINTAINER_TOKEN });
    expect(fixed.result.outputs.result).toBe('skipped');
    expect(fixed.writes).toEqual([]);
    expect(fixed.result.annotations.map((a) => a.message).join('\n')).toContain(
      `it was written by ${MAINTAINER}, not by github-actions[bot]`,
    );
    expect(fixed.result.summary.trimEnd().split('\n').at(-1)).toBe(UNSIGNED_MARKERS_NOTICE);
  }, 120_000);
});
