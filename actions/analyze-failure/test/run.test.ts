import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { ConfigurationErrors } from '@autoheal/core/errors';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import { inputEnvName } from '@autoheal/core/inputs';
import { type RepoBuilder, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { plainText, type RunDeps, run } from '../src/run.js';
import { cidiffLog, Fixture, memoryLogger, memorySink, simClient, writes } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Build',
  'Test',
  'Post Run actions/checkout@v4',
  'Complete job',
];

function steps(failing?: string) {
  const at = failing === undefined ? -1 : STEPS.indexOf(failing);
  return STEPS.map((name, i) => ({
    name,
    number: i + 1,
    status: 'completed' as const,
    conclusion:
      at < 0 || i < at
        ? ('success' as const)
        : i === at
          ? ('failure' as const)
          : name.startsWith('Post') || name === 'Complete job'
            ? ('success' as const)
            : ('skipped' as const),
  }));
}

function failing(name: string, cidiff: string, extra: Partial<SeedJob> = {}): SeedJob {
  return {
    name,
    status: 'completed',
    conclusion: 'failure',
    steps: steps('Test'),
    log: { file: cidiffLog(cidiff, 'fail') },
    ...extra,
  };
}

function green(name: string, cidiff: string): SeedJob {
  return {
    name,
    status: 'completed',
    conclusion: 'success',
    steps: steps(),
    log: { file: cidiffLog(cidiff, 'pass') },
  };
}

function seed(runs: SeedRun[], configure: (r: RepoBuilder) => unknown = () => {}) {
  return seedBuilder()
    .repo('octo-org/widgets', (r) => {
      r.file('README.md', '# widgets\n')
        .workflow('CI', '.github/workflows/ci.yml', 161)
        .workflow('autoheal', '.github/workflows/autoheal.yml', 162);
      configure(r);
      for (const x of runs) r.run(x);
    })
    .build();
}

interface Harness {
  deps: RunDeps & { log: ReturnType<typeof memoryLogger>; sink: ReturnType<typeof memorySink> };
  masked: string[];
}

async function harness(
  sim: GitHubSimulator,
  options: { budget?: number; token?: string; fetch?: RunDeps['fetch']; env?: Record<string, string> } = {},
): Promise<Harness> {
  const temp = await fixture.tempDir();
  const eventPath = path.join(temp, 'event.json');
  await writeFile(eventPath, '{}');
  const budget = new OperationBudget(options.budget ?? 30);
  const log = memoryLogger();
  const masked: string[] = [];
  return {
    masked,
    deps: {
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'octo-org/widgets',
        GITHUB_WORKFLOW_REF: 'octo-org/widgets/.github/workflows/autoheal.yml@refs/heads/main',
        RUNNER_TEMP: temp,
        ...options.env,
      },
      log,
      sink: memorySink(),
      clock: fixture.clock,
      github: simClient(sim, { budget, log, ...(options.token ? { token: options.token } : {}) }),
      budget,
      tempDir: temp,
      mask: (v) => masked.push(v),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  };
}

function inputs(values: Record<string, string>) {
  const env: Record<string, string> = { [inputEnvName('token')]: 'ghs_autohealSimulatorToken0000000000000' };
  for (const [k, v] of Object.entries(values)) env[inputEnvName(k)] = v;
  return parseInputs(env);
}

const issuesOf = (sim: GitHubSimulator) => [...sim.state.requireRepo('octo-org/widgets').issues.values()];

describe('run: the whole cycle on real logs', () => {
  it('creates, comments on a repeat, files a different failure apart, and closes both when green', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 500,
          workflow: 'CI',
          branch: 'main',
          created_at: '2025-03-03T08:00:00Z',
          conclusion: 'success',
          jobs: [green('test', 'tf-checks-run68')],
        },
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          created_at: '2025-03-03T09:00:00Z',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
        {
          id: 601,
          workflow: 'CI',
          branch: 'main',
          created_at: '2025-03-03T09:10:00Z',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
        {
          id: 602,
          workflow: 'CI',
          branch: 'main',
          created_at: '2025-03-03T09:20:00Z',
          conclusion: 'failure',
          jobs: [failing('lint', 'cidiff_75')],
        },
        {
          id: 603,
          workflow: 'CI',
          branch: 'main',
          created_at: '2025-03-03T10:00:00Z',
          // Still running while the failures are filed; it completes green before the last step.
          status: 'in_progress',
          conclusion: null,
          jobs: [{ ...green('test', 'tf-checks-run68'), status: 'in_progress', conclusion: null }],
        },
      ]),
    );

    const first = await harness(sim);
    const created = await run(inputs({ 'run-id': '600' }), first.deps);
    expect(created.result).toBe('created');
    expect(first.deps.sink.outputs).toMatchObject({
      result: 'created',
      category: 'test_failure',
      confidence: '0.90',
      'issue-number': '1',
      'issue-url': 'https://github.com/octo-org/widgets/issues/1',
    });
    expect(first.deps.sink.outputs.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const analysis = JSON.parse(await readFile(first.deps.sink.outputs['analysis-file']!, 'utf8')) as {
      verdict: { category: string; fingerprint: string };
      jobs: { name: string; analysis: { category: string } }[];
    };
    expect(analysis.verdict).toMatchObject({
      category: 'test_failure',
      fingerprint: first.deps.sink.outputs.fingerprint,
    });
    expect(analysis.jobs.map((j) => [j.name, j.analysis.category])).toEqual([['test', 'test_failure']]);
    expect(first.deps.sink.summary).toContain('filed a new issue');
    expect(first.deps.sink.summary).toContain('--- FAIL: TestCloud_configWithEnvVars');
    expect(first.deps.sink.summary).toContain(`- GitHub API calls: ${created.apiCalls}`);
    const issue = issuesOf(sim)[0]!;
    expect(issue.labels).toEqual(['autoheal', 'autoheal:test_failure']);
    // The green run before the failure, not the one after it (603, which fixed it).
    expect(issue.body).toMatch(/Compared with the last green \[run 500\]/);
    const firstCalls = created.apiCalls;

    const second = await harness(sim);
    const updated = await run(inputs({ 'run-id': '601' }), second.deps);
    expect(updated.result).toBe('updated');
    expect(second.deps.sink.outputs['issue-number']).toBe('1');
    expect(issuesOf(sim)).toHaveLength(1);
    expect(issuesOf(sim)[0]!.comments).toHaveLength(1);
    expect(readFailureMarker(issuesOf(sim)[0]!.body)?.occurrence.count).toBe(2);

    const third = await harness(sim);
    const lint = await run(inputs({ 'run-id': '602' }), third.deps);
    expect(lint.result).toBe('created');
    expect(third.deps.sink.outputs.category).toBe('lint_failure');
    expect(issuesOf(sim)).toHaveLength(2);

    const repo = sim.state.requireRepo('octo-org/widgets');
    sim.state.completeLatestAttempt(repo, 603);
    const greenRun = await harness(sim);
    const closed = await run(inputs({ 'run-id': '603' }), greenRun.deps);
    expect(closed.result).toBe('closed');
    expect(issuesOf(sim).map((i) => [i.number, i.state, i.state_reason])).toEqual([
      [1, 'closed', 'completed'],
      [2, 'closed', 'completed'],
    ]);
    expect(greenRun.deps.sink.summary).toContain('closed the issues of a workflow that is green again');

    // API calls per cycle, reported by the run itself (and matching what the simulator saw).
    expect(firstCalls + updated.apiCalls + lint.apiCalls + closed.apiCalls).toBe(
      sim.requests.filter((r) => !r.path.startsWith('/_')).length,
    );
    console.log(
      `API calls: create ${firstCalls}, seen again ${updated.apiCalls}, different failure ${lint.apiCalls}, close on success ${closed.apiCalls}`,
    );
  });

  it('a dry run reads everything and writes nothing, and says what it would do', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '600', 'dry-run': 'true' }), h.deps);
    expect(outcome.result).toBe('dry-run');
    expect(writes(sim)).toEqual([]);
    expect(issuesOf(sim)).toHaveLength(0);
    expect(h.deps.sink.outputs).toMatchObject({ result: 'dry-run', category: 'test_failure' });
    expect(h.deps.sink.summary).toContain('Would create the issue');
  });

  it('reads the config from the default branch; inputs override it; extra labels add up', async () => {
    const config = [
      'issues:',
      '  max-per-hour: 0',
      'labels:',
      '  base: ci-failure',
      '  extra: [team-a]',
      '',
    ].join('\n');
    const sim = await fixture.sim(
      seed(
        [
          {
            id: 600,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [failing('test', 'tf-checks-run68')],
          },
        ],
        (r) => r.file('.github/autoheal.yml', config),
      ),
    );
    const blocked = await harness(sim);
    expect((await run(inputs({ 'run-id': '600' }), blocked.deps)).result).toBe('skipped');
    expect(blocked.deps.sink.summary).toContain('issues.max-per-hour is 0');
    const allowed = await harness(sim);
    expect(
      (await run(inputs({ 'run-id': '600', 'max-issues-per-hour': '3', labels: 'urgent' }), allowed.deps))
        .result,
    ).toBe('created');
    expect(issuesOf(sim)[0]!.labels).toEqual(['ci-failure', 'autoheal:test_failure', 'team-a', 'urgent']);
  });

  it('reports every mistake in the config file with its line, after writing the summary', async () => {
    const sim = await fixture.sim(
      seed(
        [
          {
            id: 600,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [failing('test', 'tf-checks-run68')],
          },
        ],
        (r) => r.file('.github/autoheal.yml', 'issues:\n  max-per-hour: lots\nreruns:\n  maxx: 1\n'),
      ),
    );
    const h = await harness(sim);
    const error = await run(inputs({ 'run-id': '600' }), h.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationErrors);
    const errors = (error as ConfigurationErrors).errors;
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ['.github/autoheal.yml', 2],
      ['.github/autoheal.yml', 4],
    ]);
    expect(h.deps.sink.summary).toContain('**Stopped by an error:**');
    expect(writes(sim)).toEqual([]);
  });
});

describe('run: what is skipped, and why', () => {
  it.each([
    ['a cancelled run', { conclusion: 'cancelled' as const }, '', /was cancelled/],
    ['autoheal off in the config', {}, 'enabled: false\n', /turned off for this repository \(enabled: false/],
    ['an excluded workflow', {}, 'workflows:\n  exclude: [CI]\n', /is excluded by workflows.exclude/],
    [
      'an unwatched branch',
      { branch: 'feature' },
      'branches:\n  include: [main]\n',
      /branch "feature" is not watched/,
    ],
  ])('%s', async (_name, fields, config, reason) => {
    const sim = await fixture.sim(
      seed(
        [
          {
            id: 600,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [failing('test', 'tf-checks-run68')],
            ...fields,
          },
        ],
        (r) => {
          r.branch('feature', { 'x.txt': 'x\n' });
          if (config) r.file('.github/autoheal.yml', config);
        },
      ),
    );
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '600' }), h.deps);
    expect(outcome.result).toBe('skipped');
    expect(outcome.reason).toMatch(reason);
    expect(h.deps.sink.outputs.result).toBe('skipped');
    expect(h.deps.sink.summary).toContain('nothing filed');
    expect(h.deps.log.text('notice')).toMatch(reason);
    expect(writes(sim)).toEqual([]);
  });

  it('leaves issues open on success when close-on-success is off', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 603,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'success',
          jobs: [green('test', 'tf-checks-run68')],
        },
      ]),
    );
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '603', 'close-on-success': 'false' }), h.deps);
    expect(outcome.result).toBe('skipped');
    expect(outcome.reason).toContain('close-on-success is off');
  });
});

describe('run: re-runs of transient failures', () => {
  // The last green run of the same job, so the verdict is as sure as it gets (a baseline).
  const greenBuild: SeedRun = {
    id: 500,
    workflow: 'CI',
    branch: 'main',
    conclusion: 'success',
    jobs: [
      {
        name: 'build',
        status: 'completed',
        conclusion: 'success',
        steps: steps(),
        log: { file: cidiffLog('tf-build-run407', 'pass') },
      },
    ],
  };
  const network = (id: number, previous = 0): SeedRun => ({
    id,
    workflow: 'CI',
    branch: 'main',
    conclusion: 'failure',
    jobs: [failing('build', 'tf-build-run407')],
    ...(previous > 0
      ? {
          previous_attempts: Array.from({ length: previous }, () => ({
            conclusion: 'failure' as const,
            jobs: [failing('build', 'tf-build-run407')],
          })),
        }
      : {}),
  });

  it('re-runs the failed jobs of a network failure instead of filing', async () => {
    const sim = await fixture.sim(seed([greenBuild, network(700)]));
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '700' }), h.deps);
    expect(outcome.result).toBe('rerun');
    expect(h.deps.sink.outputs.category).toBe('network_error');
    expect(writes(sim)).toEqual(['POST /repos/octo-org/widgets/actions/runs/700/rerun-failed-jobs']);
    expect(sim.state.requireRepo('octo-org/widgets').runs.get(700)!.attempts).toHaveLength(2);
    expect(h.deps.sink.summary).toContain('re-ran the failed jobs');
    expect(h.deps.sink.summary).toContain('usually transient');
    expect(issuesOf(sim)).toHaveLength(0);
  });

  it('files the issue when the re-run failed again, and says so in the body', async () => {
    const sim = await fixture.sim(seed([greenBuild, network(700, 1)]));
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '700' }), h.deps);
    expect(outcome.result).toBe('created');
    expect(issuesOf(sim)[0]!.body).toContain(
      'This is attempt 2 of the run: it was re-run 1 time and failed again',
    );
    expect(h.deps.sink.summary).toContain('already re-run 1 time (the limit is 1) and failed again');
  });

  it('files at once with max-reruns 0, and a dry run only says it would re-run', async () => {
    const sim = await fixture.sim(seed([greenBuild, network(700)]));
    const dry = await harness(sim);
    expect((await run(inputs({ 'run-id': '700', 'dry-run': 'true' }), dry.deps)).result).toBe('dry-run');
    expect(dry.deps.sink.summary).toContain('Would re-run the failed jobs');
    expect(writes(sim)).toEqual([]);
    const h = await harness(sim);
    expect((await run(inputs({ 'run-id': '700', 'max-reruns': '0' }), h.deps)).result).toBe('created');
  });

  it('files the issue when the token may not re-run (no actions: write)', async () => {
    const sim = await fixture.sim({
      ...seed([greenBuild, network(700)]),
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
    });
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '700' }), h.deps);
    expect(outcome.result).toBe('created');
    expect(h.deps.log.text('warning')).toContain('Could not re-run the failed jobs');
    expect(h.deps.log.text('warning')).toContain('actions: write');
  });
});

describe('run: notifications', () => {
  it('notifies the webhook from the env var the config names on create, masks it, and not on a repeat', async () => {
    const sim = await fixture.sim(
      seed(
        [
          {
            id: 600,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [failing('test', 'tf-checks-run68')],
          },
          {
            id: 601,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [failing('test', 'tf-checks-run68')],
          },
        ],
        (r) => r.file('.github/autoheal.yml', 'notify:\n  slack-webhook-env: SLACK_WEBHOOK\n'),
      ),
    );
    const sent: { url: string; body: string }[] = [];
    const fetch: RunDeps['fetch'] = async (url, init) => {
      sent.push({ url, body: init.body });
      return { ok: true, status: 200 };
    };
    const url = 'https://hooks.slack.com/services/T0/B0/abcdefghijklmnop';
    const h = await harness(sim, { fetch, env: { SLACK_WEBHOOK: url } });
    await run(inputs({ 'run-id': '600' }), h.deps);
    expect(h.masked).toEqual([url]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(url);
    expect(JSON.parse(sent[0]!.body)).toEqual({
      text: expect.stringMatching(
        /^New CI failure in CI on main: <https:\/\/github\.com\/octo-org\/widgets\/issues\/1\|#1> \[autoheal\] CI · test: Test failure/,
      ),
    });
    expect(h.deps.sink.summary).toContain('Notified the SLACK_WEBHOOK environment variable.');
    expect(JSON.stringify(h.deps.log.lines)).not.toContain('abcdefghijklmnop');
    expect(h.deps.sink.summary).not.toContain('abcdefghijklmnop');

    const again = await harness(sim, { fetch, env: { SLACK_WEBHOOK: url } });
    await run(inputs({ 'run-id': '601' }), again.deps);
    expect(sent).toHaveLength(1);
  });

  it('a failed notification is a warning, not a failed step', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    const h = await harness(sim, { fetch: async () => ({ ok: false, status: 500 }) });
    const outcome = await run(
      inputs({ 'run-id': '600', 'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x' }),
      h.deps,
    );
    expect(outcome.result).toBe('created');
    expect(h.deps.log.text('warning')).toContain('answered HTTP 500');
  });
});

describe('run: budget and faults', () => {
  it('stops within the operations budget and says what was left undone', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    const h = await harness(sim, { budget: 2 });
    const outcome = await run(inputs({ 'run-id': '600', 'operations-budget': '2' }), h.deps);
    expect(outcome.result).toBe('skipped');
    expect(writes(sim)).toEqual([]);
    expect(h.deps.sink.summary).toContain('Left undone for lack of budget');
    expect(h.deps.sink.summary).toContain('create the issue');
    expect(h.deps.log.text('warning')).toContain('the operations budget has 2 writes left');
  });

  it('rides out a 5xx and a secondary rate limit, and files once', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'server-error', status: 502 },
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '600' }), h.deps);
    expect(outcome.result).toBe('created');
    expect(issuesOf(sim)).toHaveLength(1);
    expect(sim.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual([
      'server-error',
      'secondary-rate-limit',
    ]);
  });

  it('stops with a clear message when GitHub keeps failing, creating no issue', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'server-error', status: 503 },
    });
    const h = await harness(sim);
    const error = await run(inputs({ 'run-id': '600' }), h.deps).catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(503);
    expect(h.deps.sink.summary).toMatch(
      /\*\*Stopped by an error:\*\* GitHub answered 503 on POST .*\/issues after retries/,
    );
    expect(issuesOf(sim)).toHaveLength(0);
  });

  it('files what is known when the job log has expired (410)', async () => {
    const sim = await fixture.sim(
      seed([
        {
          id: 600,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failing('test', 'tf-checks-run68')],
        },
      ]),
    );
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 410, message: 'Gone' },
    });
    sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/logs',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 410, message: 'Gone' },
    });
    const h = await harness(sim);
    const outcome = await run(inputs({ 'run-id': '600' }), h.deps);
    expect(outcome.result).toBe('created');
    expect(issuesOf(sim)[0]!.body).toContain("The job's log could not be read");
  });
});

describe('run: edges', () => {
  it('without GITHUB_REPOSITORY or the repository input, says so and still writes the summary', async () => {
    const sim = await fixture.sim(seed([]));
    const h = await harness(sim, { env: { GITHUB_REPOSITORY: '' } });
    await expect(run(inputs({ 'run-id': '1' }), h.deps)).rejects.toThrow(/GITHUB_REPOSITORY is not set/);
    expect(h.deps.sink.summary).toContain('**Stopped by an error:** GITHUB&#x5F;REPOSITORY is not set');
    expect(h.deps.sink.outputs.result).toBe('skipped');
    expect(sim.requests).toHaveLength(0);
  });

  it('turns summary sentences into plain text for the log', () => {
    expect(plainText('Created [issue 3](https://x/3): "&#x5B;autoheal&#x5D; a &lt;b&gt; &amp;#x40;"')).toBe(
      'Created issue 3: "[autoheal] a <b> &#x40;"',
    );
  });
});
