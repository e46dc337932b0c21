/**
 * operations-per-run too small for one draft's work, through the bundle: such a run could never
 * get past the oldest draft, so it is refused up front with one clear error, before any write.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { largestUnit } from '../src/budget-floor.js';
import { parseInputs } from '../src/inputs.js';
import { type DraftSpec, REPO, SIMULATOR_TOKEN, seedWith, writes } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function world(drafts: DraftSpec[], config?: string): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    seed: seedWith(Date.now(), drafts, (r) => (config ? r.file('.github/autoheal.yml', config) : r)),
  });
  return sim;
}

function step(s: GitHubSimulator, inputs: Record<string, string>) {
  return runAction({
    actionDir,
    inputs,
    event: { name: 'schedule', payload: {} },
    apiUrl: s.url,
    token: SIMULATOR_TOKEN,
    repository: REPO,
    env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
  });
}

function errors(result: Awaited<ReturnType<typeof step>>): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

describe('stale-draft-closer and a budget too small for one draft', () => {
  it('refuses operations-per-run: 1 with one clear error before any request', async () => {
    const s = await world([{ number: 1, openedDaysAgo: 40 }]);
    const result = await step(s, { 'operations-per-run': '1' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      'Input "operations-per-run" is 1, too few for one draft: warning a draft takes 2 writes (the comment and ' +
        'the stale label), so no run would ever get past it. Set operations-per-run to at least 2.',
    ]);
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(s.requests).toEqual([]);
  });

  it('refuses 2 with delete-branch, from the input before any request or from the config file before any write', async () => {
    const s = await world([{ number: 1, openedDaysAgo: 40 }]);
    const byInput = await step(s, { 'operations-per-run': '2', 'delete-branch': 'true' });
    expect(byInput.exitCode).toBe(1);
    expect(errors(byInput)).toEqual([
      expect.stringMatching(
        /^Input "operations-per-run" is 2, too few for one draft: closing a draft with delete-branch takes 3 writes .*at least 3\.$/,
      ),
    ]);
    expect(s.requests).toEqual([]);
    await s.close();

    const t = await world([{ number: 1, openedDaysAgo: 40 }], 'stale-drafts:\n  delete-branch: true\n');
    const byFile = await step(t, { 'operations-per-run': '2' });
    expect(byFile.exitCode).toBe(1);
    expect(errors(byFile)).toEqual([
      expect.stringMatching(
        /closing a draft with stale-drafts\.delete-branch in \.github\/autoheal\.yml takes 3 writes .*at least 3\.$/,
      ),
    ]);
    expect(writes(t)).toEqual([]);
  });

  it('makes progress with the smallest budget it accepts: one draft warned per run, oldest first', async () => {
    const s = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    const first = await step(s, { 'operations-per-run': '2' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ staled: '[1]', undone: '[2]', operations: '2' });
    const second = await step(s, { 'operations-per-run': '2' });
    expect(second.outputs).toMatchObject({ staled: '[2]', undone: '[]', operations: '2' });
  });

  it('counts the largest unit with the plan’s own write counts', () => {
    expect(largestUnit(false)).toBe(2);
    expect(largestUnit(true)).toBe(3);
    const env = {
      INPUT_TOKEN: SIMULATOR_TOKEN,
      'INPUT_OPERATIONS-PER-RUN': '3',
      'INPUT_DELETE-BRANCH': 'true',
    };
    expect(parseInputs(env).operationsPerRun).toBe(3);
    expect(() => parseInputs({ ...env, 'INPUT_OPERATIONS-PER-RUN': '2' })).toThrow(/at least 3/);
  });
});
