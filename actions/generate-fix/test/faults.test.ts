/** GitHub answering badly in the middle of a delivery: every case ends with one PR or a clear stop. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { baseSeed, failureIssue, inputsFrom, NOW, PYTHON, REPO, testDeps } from './helpers.js';

let sim: GitHubSimulator;
let tempDir: string;
let fp: string;

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-faults-'));
  const python = await failureIssue(PYTHON, 2);
  fp = python.fp;
  sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(python.issue)).build(), now: () => NOW });
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

function fix() {
  const inputs = inputsFrom({ token: SIMULATOR_TOKEN, 'issue-number': '2' });
  const t = testDeps(sim, inputs, { tempDir });
  return { t, done: run(inputs, t.deps) };
}

const pulls = () => [...sim.state.requireRepo(REPO).issues.values()].filter((i) => i.pull);
const branchExists = () => sim.state.requireRepo(REPO).refs.has(`refs/heads/autoheal/${fp}`);

describe('faults', () => {
  it('422 "Reference already exists": looks at the branch again and carries on', async () => {
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'validation', message: 'Reference already exists' },
    });
    const { done } = fix();
    expect((await done).result).toBe('created');
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').map((r) => r.status)).toEqual([422, 201]);
    expect(pulls()).toHaveLength(1);
  });

  it('409 on the branch write (a stale sha): reads the base again and makes the commit once more', async () => {
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'status', status: 409, message: 'Reference cannot be updated' },
    });
    const { t, done } = fix();
    expect((await done).result).toBe('created');
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/commits')).toHaveLength(2);
    expect(pulls()).toHaveLength(1);
    expect(
      t.recorded.logs.some((l) =>
        /^Conflict on POST .*git\/refs \(409 Reference cannot be updated\)\. Reading main and autoheal\/[0-9a-f]{16} again\.$/.test(
          l.message,
        ),
      ),
    ).toBe(true);
  });

  it('409 at every try: stops after three with GitHub’s message and leaves no branch', async () => {
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      times: 3,
      fault: { kind: 'status', status: 409, message: 'Reference cannot be updated' },
    });
    const { t, done } = fix();
    await expect(done).rejects.toThrow();
    expect(t.recorded.outputs.result).toBe('failed');
    expect(t.recorded.summary.join('')).toMatch(
      /Conflict on POST .*git\/refs \(409 Reference cannot be updated\)/,
    );
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').map((r) => r.status)).toEqual([
      409, 409, 409,
    ]);
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').map((r) => r.status)).toEqual([
      409, 409, 409,
    ]);
    expect(branchExists()).toBe(false);
    expect(pulls()).toHaveLength(0);
  });

  it('a secondary rate limit on opening the pull request is waited out, and one pull request is opened', async () => {
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    const { done } = fix();
    expect((await done).result).toBe('created');
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((r) => r.status)).toEqual([403, 201]);
    expect(pulls()).toHaveLength(1);
  });

  it('a pull request GitHub keeps refusing (5xx): the branch made for it is deleted again', async () => {
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 502 },
    });
    const { t, done } = fix();
    await expect(done).rejects.toThrow();
    expect(branchExists()).toBe(false);
    expect(t.recorded.summary.join('')).toMatch(/GitHub answered 502 on POST .*pulls after retries/);
  });
});
