/**
 * A fleet of 50 repositories on the simulator for `autoheal monitor`'s tests: some with a failed
 * run, some green, some whose failure the action already filed, some whose failure is older than
 * the lookback. Each failing repository fails its own test, so each has its own fingerprint.
 */
import type { ActionInputs } from '@autoheal/analyze-failure/inputs';
import { run } from '@autoheal/analyze-failure/run';
import { OperationBudget } from '@autoheal/core/budget';
import type { Clock, Logger } from '@autoheal/core/runtime';
import { simClient } from '@autoheal/testkit/sim-client';
import { SIMULATOR_TOKEN, seedBuilder, stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';

export const ORG = 'fleet';
export const MONITOR_TOKEN = 'ghp_monitorFleetToken000000000000000000';
export const MONITOR_LOGIN = 'heal-bot';
export const REPOS = Array.from({ length: 50 }, (_, i) => `${ORG}/r${String(i).padStart(2, '0')}`);
/** r00–r19: a failed run in the lookback, not filed yet. */
export const FAILING = REPOS.slice(0, 20);
/** r20–r39: green. */
export const GREEN = REPOS.slice(20, 40);
/** r40–r44: a failed run the action already filed. */
export const FILED_BY_ACTION = REPOS.slice(40, 45);
/** r45–r49: a failed run older than the lookback. */
export const OLD_FAILURE = REPOS.slice(45, 50);

const STEPS = ['Set up job', 'Run actions/checkout@v4', 'Run npm test', 'Complete job'];

function failingLog(repo: string): string {
  const name = repo.split('/')[1]!;
  return [
    '2026-01-05T10:00:00.0000000Z ##[group]Run npm test',
    '2026-01-05T10:00:01.0000000Z npm test',
    '2026-01-05T10:00:02.0000000Z ##[endgroup]',
    `2026-01-05T10:00:03.0000000Z FAIL src/${name}.test.js`,
    `2026-01-05T10:00:04.0000000Z   ● ${name} widget › computes the ${name} total`,
    `2026-01-05T10:00:05.0000000Z     expect(received).toBe(expected) // ${name}`,
    '2026-01-05T10:00:06.0000000Z Tests:       1 failed, 9 passed, 10 total',
    '2026-01-05T10:00:07.0000000Z ##[error]Process completed with exit code 1.',
  ].join('\n');
}

export function runIdOf(repo: string): number {
  return 9000 + REPOS.indexOf(repo);
}

/** The fleet's seed, its runs placed relative to `now` (milliseconds). */
export function fleetSeed(now: number): Seed {
  const b = seedBuilder()
    .user(ORG, { type: 'Organization' })
    .user(MONITOR_LOGIN)
    .token(MONITOR_TOKEN, MONITOR_LOGIN);
  for (const full of REPOS) {
    const failed = !GREEN.includes(full);
    const at = new Date(now - (OLD_FAILURE.includes(full) ? 3 * 3_600_000 : 10 * 60_000)).toISOString();
    b.repo(full, (r) =>
      r
        .file('README.md', `# ${full}\n`)
        .workflow('CI', '.github/workflows/ci.yml')
        .run({
          id: runIdOf(full),
          workflow: 'ci.yml',
          branch: 'main',
          conclusion: failed ? 'failure' : 'success',
          created_at: at,
          jobs: [
            {
              name: 'test',
              status: 'completed',
              conclusion: failed ? 'failure' : 'success',
              steps: stepsFailingAt(STEPS, failed ? 'Run npm test' : undefined),
              log: failed ? failingLog(full) : 'ok\n',
            },
          ],
        }),
    );
  }
  return b.build();
}

/** One repository whose CI failed ten minutes ago on main, and whose next run there is still running. */
export function fixedSinceSeed(now: number): Seed {
  const repo = `${ORG}/fixed`;
  const steps = (failed: boolean) => stepsFailingAt(STEPS, failed ? 'Run npm test' : undefined);
  return seedBuilder()
    .user(ORG, { type: 'Organization' })
    .user(MONITOR_LOGIN)
    .token(MONITOR_TOKEN, MONITOR_LOGIN)
    .repo(repo, (r) =>
      r
        .file('README.md', '# fixed\n')
        .workflow('CI', '.github/workflows/ci.yml')
        .run({
          id: 7001,
          workflow: 'ci.yml',
          branch: 'main',
          conclusion: 'failure',
          created_at: new Date(now - 10 * 60_000).toISOString(),
          jobs: [
            {
              name: 'test',
              status: 'completed',
              conclusion: 'failure',
              steps: steps(true),
              log: failingLog(repo),
            },
          ],
        })
        // Still running; the test completes it (green) after the first pass.
        .run({
          id: 7002,
          workflow: 'ci.yml',
          branch: 'main',
          status: 'in_progress',
          created_at: new Date(now - 5 * 60_000).toISOString(),
          jobs: [{ name: 'test', status: 'in_progress', steps: [] }],
        }),
    )
    .build();
}

export const quietLog: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined,
};

/** Files `repo`'s failed run as the analyze-failure action does, with GITHUB_TOKEN (github-actions[bot]). */
export async function fileAsAction(
  apiUrl: string,
  repo: string,
  clock: Clock,
  tempDir: string,
  trustedAuthors: string[] = [],
): Promise<string> {
  const [owner = '', name = ''] = repo.split('/');
  const budget = new OperationBudget(30);
  const inputs: ActionInputs = {
    token: SIMULATOR_TOKEN,
    runId: runIdOf(repo),
    repository: { owner, repo: name },
    configFile: '.github/autoheal.yml',
    dryRun: false,
    maxJobs: 5,
    labels: [],
    operationsBudget: 30,
    trustedAuthors,
    forks: 'comment',
  };
  const outcome = await run(inputs, {
    env: { AUTOHEAL_WAIT_SCALE_MS: '1' },
    log: quietLog,
    sink: { setOutput: () => undefined, appendSummary: () => undefined },
    clock,
    github: simClient({ url: apiUrl }, { budget }),
    budget,
    tempDir,
  });
  return outcome.result;
}
