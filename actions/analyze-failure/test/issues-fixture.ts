/**
 * Shared by the filing tests (issues, run, rerun, summary): a simulator with a settable clock, a
 * client on it, a logger and sink that remember, and verdicts made by the real analyzer from real
 * CI logs (packages/fixtures/cidiff, Apache-2.0: see its NOTICE).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile, analyzeLog } from '@autoheal/core/analyzer/analyze';
import { OperationBudget } from '@autoheal/core/budget';
import { ACTIONS_BOT, type IssueDeps } from '@autoheal/core/filing/issues';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { Clock, Logger, ResultSink } from '@autoheal/core/runtime';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { simClient } from '@autoheal/testkit/sim-client';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import type { FailedJob, GatheredRun, JobVerdict, RunInfo, RunVerdict } from '../src/types.js';

export { writes } from '@autoheal/testkit/sim-writes';

export { simClient };

const here = path.dirname(fileURLToPath(import.meta.url));

export function cidiffLog(name: string, which: 'fail' | 'pass'): string {
  return path.resolve(here, '..', '..', '..', 'packages', 'fixtures', 'cidiff', name, `${which}.log`);
}

export const T0 = Date.parse('2025-03-03T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A clock tests move by hand; the simulator and the action share it. */
export class TestClock implements Clock {
  constructor(public t = T0) {}
  now = (): number => this.t;
  sleep = async (_ms: number): Promise<void> => {};
}

export interface MemoryLogger extends Logger {
  lines: { level: string; message: string; props?: unknown }[];
  text(level?: string): string;
}

export function memoryLogger(): MemoryLogger {
  const lines: { level: string; message: string; props?: unknown }[] = [];
  const push = (level: string) => (message: string, props?: unknown) => {
    lines.push({ level, message, ...(props === undefined ? {} : { props }) });
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

export interface MemorySink extends ResultSink {
  outputs: Record<string, string>;
  summary: string;
}

export function memorySink(): MemorySink {
  const sink: MemorySink = {
    outputs: {},
    summary: '',
    setOutput: (name, value) => {
      sink.outputs[name] = value;
    },
    appendSummary: (markdown) => {
      sink.summary += markdown;
    },
  };
  return sink;
}

/** Simulators and temp dirs of one test file, stopped and removed after each test. */
export class Fixture {
  private sims: GitHubSimulator[] = [];
  private dirs: string[] = [];
  readonly clock = new TestClock();

  async sim(seed: Seed): Promise<GitHubSimulator> {
    const sim = await startGitHubSimulator({ seed, now: this.clock.now });
    this.sims.push(sim);
    return sim;
  }

  async tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-file-'));
    this.dirs.push(dir);
    return dir;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.sims.map((s) => s.close()));
    await Promise.all(this.dirs.map((d) => rm(d, { recursive: true, force: true })));
    this.sims = [];
    this.dirs = [];
    this.clock.t = T0;
  }
}

export function runInfo(fields: Partial<RunInfo> = {}): RunInfo {
  const id = fields.id ?? 100;
  return {
    owner: 'octo-org',
    repo: 'widgets',
    id,
    attempt: 1,
    workflowName: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    workflowId: 7,
    headBranch: 'main',
    headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    actor: 'octocat',
    htmlUrl: `https://github.com/octo-org/widgets/actions/runs/${id}`,
    defaultBranch: 'main',
    // After the seeded runs (created at the clock's T0), as the run being looked at usually is.
    createdAt: isoAt(T0 + HOUR),
    ...fields,
  };
}

export function failedJob(fields: Partial<FailedJob> = {}): FailedJob {
  return {
    id: 501,
    name: 'test',
    htmlUrl: 'https://github.com/octo-org/widgets/actions/runs/100/job/501',
    conclusion: 'failure',
    startedAt: null,
    completedAt: null,
    failedSteps: [{ number: 4, name: 'go test ./...', conclusion: 'failure' }],
    logStatus: 'ok',
    annotations: [],
    ...fields,
  };
}

/** A verdict of the real analyzer on a real log (or on `text`), as judgeRun shapes it. */
export async function verdictFor(
  run: RunInfo,
  source: { cidiff: string } | { text: string },
  job: Partial<FailedJob> = {},
): Promise<{ verdict: RunVerdict; gathered: GatheredRun }> {
  const analysis =
    'cidiff' in source
      ? await analyzeFile(cidiffLog(source.cidiff, 'fail'), {
          baselinePath: cidiffLog(source.cidiff, 'pass'),
        })
      : await analyzeLog(source.text);
  const failed = failedJob(job);
  const keyLine = analysis.findings[0]?.keyLine ?? '';
  const fingerprint = failureFingerprint({
    workflowPath: run.workflowPath,
    jobName: failed.name,
    category: analysis.category,
    keyLine,
  });
  const jv: JobVerdict = { job: failed, analysis, fingerprint };
  return {
    verdict: {
      category: analysis.category,
      confidence: analysis.confidence,
      fingerprint,
      keyLine,
      primary: jv,
      jobs: [jv],
    },
    gathered: { run, jobs: [failed], skippedJobs: [] },
  };
}

export function issueDeps(
  sim: GitHubSimulator,
  fixture: Fixture,
  options: Partial<Omit<IssueDeps, 'github'>> & { github?: GitHubClient } = {},
): IssueDeps & { log: MemoryLogger } {
  const budget = options.budget ?? new OperationBudget(30);
  return {
    github: options.github ?? simClient(sim, { budget }),
    owner: 'octo-org',
    repo: 'widgets',
    clock: fixture.clock,
    budget,
    sanitizer: createSanitizer({ secrets: [SIMULATOR_TOKEN] }),
    dryRun: false,
    trusted: [ACTIONS_BOT],
    ...options,
    log: memoryLogger(),
  };
}
