import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGitHubClient, type GitHubClient } from '@autoheal/core/github-client';
import type { Logger } from '@autoheal/core/runtime';
import { SIMULATOR_TOKEN, stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedStep } from '@autoheal/testkit/simulator/seed-types';
import {
  type GitHubSimulator,
  type GitHubSimulatorOptions,
  startGitHubSimulator,
} from '@autoheal/testkit/simulator/server';

/** Shared by the Gather tests: a simulator, a client on it, a logger that remembers, real logs. */

const here = path.dirname(fileURLToPath(import.meta.url));

/** A real CI log from packages/fixtures/cidiff (Apache-2.0, see its NOTICE). */
export function cidiffLog(name: string, which: 'fail' | 'pass'): string {
  return path.resolve(here, '..', '..', '..', 'packages', 'fixtures', 'cidiff', name, `${which}.log`);
}

export interface MemoryLogger extends Logger {
  lines: { level: string; message: string }[];
  text(level?: string): string;
}

export function memoryLogger(): MemoryLogger {
  const lines: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => {
    lines.push({ level, message });
  };
  return {
    lines,
    text: (level) =>
      lines
        .filter((l) => level === undefined || l.level === level)
        .map((l) => l.message)
        .join('\n'),
    debug: push('debug'),
    info: push('info'),
    notice: push('notice'),
    warning: push('warning'),
    error: push('error'),
    startGroup: push('group'),
    endGroup: () => {},
  };
}

export function simClient(sim: GitHubSimulator, log?: Logger): GitHubClient {
  return createGitHubClient({
    token: SIMULATOR_TOKEN,
    apiUrl: sim.url,
    waitScaleMs: 1,
    pacing: { writeMs: 0, notifyMs: 0 },
    ...(log ? { log } : {}),
  });
}

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
