/**
 * Dependencies named only by a log are never pushed blindly: a missing-dependency fix becomes a
 * pull request only for this repository's own commit and a name the table or the repository
 * confirms; otherwise it is a suggestion on the issue that says to verify the name.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import {
  baseSeed,
  failureIssue,
  inputsFrom,
  MAINTAINER_TOKEN,
  NOW,
  PYTHON,
  REPO,
  TYPO,
  testDeps,
  typoRun,
  writes,
} from './helpers.js';

let sim: GitHubSimulator;
let tempDir: string;
beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-deps-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

/** Every write but the one comment: no blob, tree, commit, ref or pull request. */
const otherWrites = () =>
  writes(sim).filter((w) => !/^POST \/repos\/[^/]+\/[^/]+\/issues\/4\/comments$/.test(w));

describe('a missing dependency', () => {
  it('named only by the log (`import reqeusts`) is a suggestion on the issue to verify the name, never a branch', async () => {
    const { issue } = await failureIssue(TYPO, 4);
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => typoRun(r.issue(issue))).build(),
      now: () => NOW,
    });
    const inputs = inputsFrom({ token: MAINTAINER_TOKEN, 'issue-number': '4' });
    const out = await run(inputs, testDeps(sim, inputs, { tempDir }).deps);
    expect(out.fix).toMatchObject({ kind: 'suggestion', fixType: 'missing_dependency' });
    expect(out.result).toBe('suggested');
    const comments = sim.state.requireRepo(REPO).issues.get(4)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Verify the package name on PyPI before adding it/);
    expect(comments[0]!.body).toContain('+reqeusts');
    expect(otherWrites()).toEqual([]);
  });

  it('from a fork’s commit gets no fix at all, not even a suggestion, even when the table confirms the name', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const inputs = inputsFrom({ token: MAINTAINER_TOKEN, 'issue-number': '4' });
    const t = testDeps(sim, inputs, { tempDir });
    // The simulator's runs are all the repository's own; the API answer is turned into a fork's.
    t.deps.github.hook.wrap('request', async (request, options) => {
      const response = await request(options);
      if (String(options.url).endsWith('/actions/runs/{run_id}'))
        (response.data as { head_repository: { full_name: string } }).head_repository = {
          ...(response.data as { head_repository: object }).head_repository,
          full_name: 'mallory/widgets',
        };
      return response;
    });
    const out = await run(inputs, t.deps);
    // The fork gate comes before any fix is computed: a fork's run is analysis only.
    expect(out.result).toBe('skipped');
    expect(out.fix).toBeUndefined();
    expect(out.headline).toMatch(/fork/);
    expect(sim.state.requireRepo(REPO).issues.get(4)!.comments).toEqual([]);
    expect(otherWrites()).toEqual([]);
  });

  it('from this repository’s commit, with a name the table confirms, is a pull request', async () => {
    const { issue } = await failureIssue(PYTHON, 4);
    sim = await startGitHubSimulator({ seed: baseSeed((r) => r.issue(issue)).build(), now: () => NOW });
    const inputs = inputsFrom({ token: MAINTAINER_TOKEN, 'issue-number': '4' });
    const out = await run(inputs, testDeps(sim, inputs, { tempDir }).deps);
    expect(out.result).toBe('created');
    expect(out.fix).toMatchObject({ kind: 'patch', title: 'Add PyYAML to requirements.txt' });
  });
});
