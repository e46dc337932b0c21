/** Shared by this action's tests: a simulator behind the health overlay, a recorder, and run() wired to them. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient } from '@autoheal/core/github-client';
import type { AnnotationProperties, Logger, ResultSink } from '@autoheal/core/runtime';
import { type SimulatorOverlay, startSimulatorOverlay } from '@autoheal/testkit/simulator/overlay';
import { healthExtraRoutes, markMerged } from '@autoheal/testkit/simulator/routes-health-extras';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type Inputs, parseInputs } from '../src/inputs.js';
import { RequestCount } from '../src/request-count.js';
import { nodeFileWriter, type RunResult, run } from '../src/run.js';
import { REPO } from './history.js';

export interface Recorded {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  message: string;
  properties?: AnnotationProperties;
}

export interface Recorder {
  log: Logger;
  sink: ResultSink;
  messages: Recorded[];
  outputs: Record<string, string>;
  summary: string[];
}

export function recorder(): Recorder {
  const messages: Recorded[] = [];
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const at =
    (level: Recorded['level']) =>
    (message: string, properties?: AnnotationProperties): void => {
      messages.push(properties === undefined ? { level, message } : { level, message, properties });
    };
  return {
    messages,
    outputs,
    summary,
    log: {
      debug: at('debug'),
      info: at('info'),
      notice: at('notice'),
      warning: at('warning'),
      error: at('error'),
      startGroup: () => {},
      endGroup: () => {},
    },
    sink: {
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      appendSummary: (markdown) => {
        summary.push(markdown);
      },
    },
  };
}

/** A simulator seeded with `seed`, behind the overlay (merged pull requests, the 1,000-run cap). */
export class World {
  sim!: GitHubSimulator;
  overlay!: SimulatorOverlay;
  dir!: string;

  /** `now`: the simulator's clock (default 2026-03-15 06:00 UTC, just after the seeded history). */
  static async start(seed: Seed, options: { merged?: number[]; now?: () => number } = {}): Promise<World> {
    const world = new World();
    world.sim = await startGitHubSimulator({
      seed,
      now: options.now ?? (() => Date.parse('2026-03-15T06:00:00Z')),
    });
    world.overlay = await startSimulatorOverlay(world.sim, healthExtraRoutes);
    world.dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-health-'));
    for (const n of options.merged ?? []) {
      const pull = world.sim.state.requireRepo(REPO).issues.get(n)!;
      markMerged(world.sim.state, REPO, n, pull.closed_at!);
    }
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
    const github = createGitHubClient({
      token: inputs.token,
      apiUrl: this.overlay.url,
      budget,
      waitScaleMs: 1,
      pacing: { writeMs: 0, notifyMs: 0 },
      retries: 1,
      log: rec.log,
    });
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
    await this.overlay?.close();
    await this.sim?.close();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
