import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedStep } from '@autoheal/testkit/simulator/seed-types';
import {
  type GitHubSimulator,
  type GitHubSimulatorOptions,
  startGitHubSimulator,
} from '@autoheal/testkit/simulator/server';

/** Shared by the Gather tests: a simulator, a client on it, a logger that remembers, real logs. */

export { simClient } from '@autoheal/testkit/sim-client';
export { cidiffLog, type MemoryLogger, memoryLogger } from './issues-fixture.js';

/** Starts simulators and temp dirs for one test file and stops them after each test. */
export class Fixture {
  private sims: GitHubSimulator[] = [];
  private dirs: string[] = [];

  async sim(options: GitHubSimulatorOptions): Promise<GitHubSimulator> {
    const sim = await startGitHubSimulator(options);
    this.sims.push(sim);
    return sim;
  }

  async tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-gather-'));
    this.dirs.push(dir);
    return dir;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.sims.map((s) => s.close()));
    await Promise.all(this.dirs.map((d) => rm(d, { recursive: true, force: true })));
    this.sims = [];
    this.dirs = [];
  }
}

export const STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Build',
  'Test',
  'Post Run actions/checkout@v4',
  'Complete job',
];

/** A job that failed at `step` with a log (inline text or a fixture file). */
export function failedJob(
  name: string,
  log: string | { file: string } | undefined,
  step = 'Test',
  extra: Partial<SeedJob> = {},
): SeedJob {
  const steps: SeedStep[] = stepsFailingAt(STEPS, step);
  return {
    name,
    status: 'completed',
    conclusion: 'failure',
    steps,
    ...(log !== undefined ? { log } : {}),
    ...extra,
  };
}

export function greenJob(name: string, log: string | { file: string }): SeedJob {
  return { name, status: 'completed', conclusion: 'success', steps: stepsFailingAt(STEPS), log };
}
