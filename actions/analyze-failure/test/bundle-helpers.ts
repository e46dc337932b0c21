/**
 * What analyze-failure's bundle tests share: the repository they run in, jobs built from the
 * cidiff fixtures, a simulator seeded with the CI workflow, and one bundle step per run.
 * Rebuild the bundle first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BundleRig, type BundleStep, writeLines } from '@autoheal/testkit/harness/bundle-steps';
import { type RepoBuilder, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator, GitHubSimulatorOptions } from '@autoheal/testkit/simulator/server';
import { cidiffLog } from './issues-fixture.js';

export const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OWNER = 'octo-org';
export const REPO = 'widgets';
export const REPOSITORY = `${OWNER}/${REPO}`;

const STEPS = ['Set up job', 'Run actions/checkout@v4', 'Test', 'Complete job'];

/** The job's steps: all green, or failing at `failingAt` with the later ones skipped (the last always runs). */
export const steps = (failingAt?: number) =>
  STEPS.map((name, i) => ({
    name,
    number: i + 1,
    status: 'completed' as const,
    conclusion:
      failingAt === undefined || i < failingAt
        ? ('success' as const)
        : i === failingAt
          ? ('failure' as const)
          : name === 'Complete job'
            ? ('success' as const)
            : ('skipped' as const),
  }));

/** A job failing at its Test step with a real CI log (a cidiff fixture's failing side). */
export const failing = (name: string, cidiff: string): SeedJob => ({
  name,
  status: 'completed',
  conclusion: 'failure',
  steps: steps(2),
  log: { file: cidiffLog(cidiff, 'fail') },
});

/** The same job passing (the fixture's passing side). */
export const green = (name: string, cidiff: string): SeedJob => ({
  name,
  status: 'completed',
  conclusion: 'success',
  steps: steps(),
  log: { file: cidiffLog(cidiff, 'pass') },
});

/** A simulator with README and the CI workflow, `configure` adding to the repository. */
export function startSimulator(
  rig: BundleRig,
  configure: (r: RepoBuilder) => unknown,
  options: Omit<GitHubSimulatorOptions, 'seed'> = {},
): Promise<GitHubSimulator> {
  const seed = seedBuilder()
    .repo(REPOSITORY, (r) => {
      r.file('README.md', '# widgets\n').workflow('CI', '.github/workflows/ci.yml', 161);
      configure(r);
    })
    .build();
  return rig.start({ seed, ...options });
}

/** Seeds `runs` (after `configure`, so their commits exist). */
export const withRuns =
  (runs: readonly SeedRun[], configure?: (r: RepoBuilder) => unknown) =>
  (r: RepoBuilder): void => {
    configure?.(r);
    for (const run of runs) r.run(run);
  };

/** analyze-failure's bundle on the `workflow_run` event of `runId`, with waits shrunk. */
export function analyzeStep(
  rig: BundleRig,
  sim: GitHubSimulator,
  runId: number,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<BundleStep> {
  return rig.analyzeRun(sim, { actionDir, repository: REPOSITORY, runId, inputs, env });
}

/** The run's latest attempt ends now (as GitHub would record it). */
export function finish(sim: GitHubSimulator, id: number, conclusion: 'success' | 'failure'): void {
  const run = sim.state.requireRepo(REPOSITORY).runs.get(id)!;
  const attempt = run.attempts[run.attempts.length - 1]!;
  attempt.status = 'completed';
  attempt.conclusion = conclusion;
}

export const issuesOf = (sim: GitHubSimulator) => [...sim.state.requireRepo(REPOSITORY).issues.values()];

export { BundleRig, type BundleStep, writeLines };
