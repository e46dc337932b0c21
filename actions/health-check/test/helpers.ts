/** Shared by this action's tests: a simulator, a recorder, and run() wired to them. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { type Recorder, recorder } from '@autoheal/testkit/recorder';
import { simClient } from '@autoheal/testkit/sim-client';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type Inputs, parseInputs } from '../src/inputs.js';
import { RequestCount } from '../src/request-count.js';
import { nodeFileWriter, type RunResult, run } from '../src/run.js';
import { REPO } from './history.js';

/** The seed with pull requests `numbers` of REPO merged at the time they closed. */
function withMerged(seed: Seed, numbers: number[]): Seed {
  const copy = structuredClone(seed);
  const [owner, name] = REPO.split('/');
  const pulls = copy.repos?.find((r) => r.owner === owner && r.name === name)?.pulls ?? [];
  for (const n of numbers) {
    const pull = pulls.find((p) => p.number === n);
    if (!pull?.closed_at) throw new Error(`the seed has no closed pull request #${n} in ${REPO}`);
    pull.merged_at = pull.closed_at;
  }
  return copy;
}

/** A simulator seeded with `seed`; `merged` pull requests merged when they closed. */
export class World {
  sim!: GitHubSimulator;
  dir!: string;

  /** `now`: the simulator's clock (default 2026-03-15 06:00 UTC, just after the seeded history). */
  static async start(seed: Seed, options: { merged?: number[]; now?: () => number } = {}): Promise<World> {
    const world = new World();
    world.sim = await startGitHubSimulator({
      seed: withMerged(seed, options.merged ?? []),
      now: options.now ?? (() => Date.parse('2026-03-15T06:00:00Z')),
    });
    world.dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-health-'));
    return world;
  }

  /** Inputs as the runner would pass them (names as in action.yml). */
  inputs(given: Record<string, string> = {}): Inputs {
    const env: Record<string, string> = {
      GITHUB_REPOSITORY: REPO,
      RUNNER_TEMP: this.dir,
      INPUT_TOKEN: SIMULATOR_TOKEN,
    };
    for (const [name, value] of Object.entries(given)) env[`INPUT_${name.toUpperCase()}`] = value;
    return parseInputs(env);
  }

  async run(
    inputs: Inputs,
    rec: Recorder = recorder(),
  ): Promise<{ result: RunResult; rec: Recorder; requests: RequestCount }> {
    const budget = new OperationBudget(inputs.operationsBudget);
    const github = simClient(this.sim, { token: inputs.token, budget, retries: 1, log: rec.log });
    const requests = new RequestCount().watch(github);
    const result = await run(inputs, {
      env: { GITHUB_SERVER_URL: 'https://github.com' },
      log: rec.log,
      sink: rec.sink,
      clock: { now: () => Date.parse('2026-03-15T06:00:00Z'), sleep: async () => {} },
      github,
      budget,
      requests,
      files: nodeFileWriter,
    });
    return { result, rec, requests };
  }

  async close(): Promise<void> {
    await this.sim?.close();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
