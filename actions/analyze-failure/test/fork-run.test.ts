/**
 * run() on a fork's runs: no re-run of a transient failure, and with `forks: issue` a label of its
 * own, so fork issues neither spend this repository's hourly cap nor meet its issues.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { inputEnvName } from '@autoheal/core/inputs';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { type RunDeps, run } from '../src/run.js';
import { cidiffLog, Fixture, memoryLogger, memorySink, simClient, writes } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const STEPS = ['Set up job', 'Run actions/checkout@v4', 'Build', 'Complete job'];
const failing = (name: string, cidiff: string): SeedJob => ({
  name,
  status: 'completed',
  conclusion: 'failure',
  steps: STEPS.map((s, i) => ({
    name: s,
    number: i + 1,
    status: 'completed' as const,
    conclusion: i < 2 ? ('success' as const) : i === 2 ? ('failure' as const) : ('success' as const),
  })),
  log: { file: cidiffLog(cidiff, 'fail') },
});

const fromFork = { head_repository: 'mallory/widgets', event: 'pull_request', actor: 'mallory' };

function seed(runs: SeedRun[]) {
  return seedBuilder()
    .repo('octo-org/widgets', (r) => {
      r.file('README.md', '# widgets\n').workflow('CI', '.github/workflows/ci.yml', 161);
      for (const x of runs) r.run(x);
    })
    .build();
}

async function deps(sim: GitHubSimulator): Promise<RunDeps & { sink: ReturnType<typeof memorySink> }> {
  const temp = await fixture.tempDir();
  const eventPath = path.join(temp, 'event.json');
  await writeFile(eventPath, '{}');
  const budget = new OperationBudget(30);
  const log = memoryLogger();
  return {
    env: {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/widgets',
      GITHUB_WORKFLOW_REF: 'octo-org/widgets/.github/workflows/autoheal.yml@refs/heads/main',
      RUNNER_TEMP: temp,
    },
    log,
    sink: memorySink(),
    clock: fixture.clock,
    github: simClient(sim, { budget, log }),
    budget,
    tempDir: temp,
  };
}

function inputs(values: Record<string, string>) {
  const env: Record<string, string> = { [inputEnvName('token')]: 'ghs_autohealSimulatorToken0000000000000' };
  for (const [k, v] of Object.entries(values)) env[inputEnvName(k)] = v;
  return parseInputs(env);
}

describe('run on a fork’s run', () => {
  it('never re-runs a fork’s transient failure (run.test shows this log is re-run from our own branch)', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 700,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('build', 'tf-build-run407')],
          ...fromFork,
        },
      ]),
    );
    const d = await deps(sim);
    const outcome = await run(inputs({ 'run-id': '700', forks: 'none' }), d);
    expect(d.sink.outputs.category).toBe('network_error');
    expect(outcome.result).toBe('skipped');
    expect(writes(sim)).toEqual([]);
    expect(sim.state.requireRepo('octo-org/widgets').runs.get(700)!.attempts).toHaveLength(1);
    expect(d.sink.summary).toContain('A fork’s run, analysis only');
  });

  it('with forks: issue, labels the fork’s issue apart so it spends none of this repository’s hourly cap', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 701,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
          ...fromFork,
        },
        {
          id: 702,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('lint', 'cidiff_75')],
          ...fromFork,
        },
        {
          id: 703,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    const cap = { forks: 'issue', 'max-issues-per-hour': '1' };
    const fork = await run(inputs({ 'run-id': '701', ...cap }), await deps(sim));
    expect(fork.result).toBe('created');
    const issues = () => [...sim.state.requireRepo('octo-org/widgets').issues.values()];
    expect(issues()[0]!.labels).toContain('autoheal:fork');
    expect(issues()[0]!.labels).not.toContain('autoheal');
    // The fork's second failure meets the fork issues' own cap of 1.
    const forkAgain = await run(inputs({ 'run-id': '702', ...cap }), await deps(sim));
    expect(forkAgain.result).toBe('skipped');
    // Our own failure (the same one the fork showed) still gets its issue: the cap was not spent.
    const own = await run(inputs({ 'run-id': '703', ...cap }), await deps(sim));
    expect(own.result).toBe('created');
    expect(issues()).toHaveLength(2);
    expect(issues()[1]!.labels).toContain('autoheal');
    expect(issues()[0]!.comments).toEqual([]);
  });
});
