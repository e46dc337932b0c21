/**
 * Exactly-once writes through the bundle (`dist/index.js`) on the simulator: GitHub applies the
 * branch, the pull request and the link comment but loses each answer. One of each must result,
 * and the outputs must name them. `node scripts/lib/build.js issue-to-draft-pr` makes the bundle.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseSeed, labeledEvent, REPO } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const REFS = '/repos/{owner}/{repo}/git/refs';
const PULLS = '/repos/{owner}/{repo}/pulls';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

describe('issue-to-draft-pr bundle: writes whose answers are lost are done once', () => {
  it('one branch, one draft pull request, one link comment after a 502, a 502 and a reset', async () => {
    sim = await startGitHubSimulator({ seed: baseSeed().build() });
    sim.faults.inject({
      method: 'POST',
      path: REFS,
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    sim.faults.inject({
      method: 'POST',
      path: PULLS,
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    sim.faults.inject({
      method: 'POST',
      path: COMMENTS,
      fault: { kind: 'connection-reset', afterEffect: true },
    });

    const result = await runAction({
      actionDir,
      inputs: {},
      event: labeledEvent({ number: 1, title: 'Fix the flaky login test' }),
      apiUrl: sim.url,
      token: SIMULATOR_TOKEN,
      repository: REPO,
      env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
      node: 'node24',
    });
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.annotations.filter((a) => a.level !== 'notice')).toEqual([]);

    const repo = sim.state.requireRepo(REPO);
    const pulls = [...repo.issues.values()].filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull.pull!.draft).toBe(true);
    expect(result.outputs).toMatchObject({
      result: 'created',
      'pr-number': String(pull.number),
      branch: pull.pull!.head,
    });
    expect(repo.refs.get(`refs/heads/${pull.pull!.head}`)).toBeDefined();
    // The pull request was labelled: the run went on past the lost answers as if they had come.
    expect(pull.labels).toContain('autoheal');

    const comments = repo.issues.get(1)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`#${pull.number}`);

    // Each write was sent once; the ref's repeat was refused as existing, which proved it made.
    expect(sim.requestsTo('POST', REFS).map((r) => [r.status, r.appliedStatus])).toEqual([
      [502, 201],
      [422, undefined],
    ]);
    expect(sim.requestsTo('POST', PULLS)).toHaveLength(1);
    expect(sim.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });
});
