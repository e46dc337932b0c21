import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitHubClient } from '@autoheal/core/github-client';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import { gatherRun, selectFailedJobs } from '../src/gather.js';
import { runInfoFrom } from '../src/trigger.js';
import type { RunInfo } from '../src/types.js';
import { cidiffLog, Fixture, failedJob, greenJob, memoryLogger, simClient } from './gather-helpers.js';

const LOGS_ROUTE = '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs';
const ARCHIVE_ROUTE = '/repos/{owner}/{repo}/actions/runs/{run_id}/logs';

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const OWNER = 'octo-org';
const REPO = 'widgets';
const WORKFLOW_ID = 161;

function seedWith(
  runs: SeedRun[],
  configure: (r: import('@autoheal/testkit/simulator/seed-builder').RepoBuilder) => unknown = () => {},
) {
  return seedBuilder()
    .repo(`${OWNER}/${REPO}`, (r) => {
      r.file('README.md', '# widgets').workflow('CI', '.github/workflows/ci.yml', WORKFLOW_ID);
      r.branch('feature', { 'src/a.ts': 'export const a = 1;\n' });
      configure(r);
      for (const run of runs) r.run(run);
    })
    .build();
}

/** The RunInfo decideTrigger would make of run `id`, read back from the simulator as the API shows it. */
async function runInfo(sim: Awaited<ReturnType<Fixture['sim']>>, id: number): Promise<RunInfo> {
  const github = simClient(sim);
  const { data } = await github.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: id });
  sim.requests.length = 0;
  return runInfoFrom(data, { owner: OWNER, repo: REPO, defaultBranch: 'main', source: 'test' });
}

describe('gatherRun on one failed job', () => {
  it('streams the log to disk, reads annotations and a baseline from the same branch', async () => {
    const sim = await fixture.sim({
      seed: seedWith([
        {
          id: 500,
          workflow: 'CI',
          branch: 'feature',
          conclusion: 'success',
          jobs: [greenJob('test', { file: cidiffLog('tf-checks-run68', 'pass') })],
        },
        {
          id: 600,
          workflow: 'CI',
          branch: 'feature',
          conclusion: 'failure',
          jobs: [
            greenJob('lint', 'all good\n'),
            failedJob('test', { file: cidiffLog('tf-checks-run68', 'fail') }, 'Test', {
              annotations: [
                {
                  path: '.github',
                  start_line: 1,
                  annotation_level: 'failure',
                  message: 'Process completed with exit code 1.',
                },
                { path: 'README.md', start_line: 1, annotation_level: 'notice', message: 'just a notice' },
              ],
            }),
          ],
        },
      ]),
    });
    const run = await runInfo(sim, 600);
    const log = memoryLogger();
    const dir = await fixture.tempDir();
    const gathered = await gatherRun(simClient(sim), run, { maxJobs: 5, tempDir: dir, log });

    expect(gathered.jobs.map((j) => j.name)).toEqual(['test']);
    const job = gathered.jobs[0]!;
    expect(job.logStatus).toBe('ok');
    expect(job.failedSteps).toEqual([{ number: 4, name: 'Test', conclusion: 'failure' }]);
    // GitHub's job logs start with a byte order mark; the rest is the fixture byte for byte.
    const original = await readFile(cidiffLog('tf-checks-run68', 'fail'));
    const written = await readFile(job.logFile!);
    expect(written.subarray(3).equals(original)).toBe(true);
    expect(job.logFile!.startsWith(dir)).toBe(true);
    expect(job.annotations).toEqual([
      { level: 'failure', message: 'Process completed with exit code 1.', path: '.github', startLine: 1 },
    ]);
    expect(gathered.baseline).toMatchObject({ runId: 500, branch: 'feature' });
    const baseline = await readFile(job.baselineLogFile!);
    expect(baseline.subarray(3).equals(await readFile(cidiffLog('tf-checks-run68', 'pass')))).toBe(true);

    const api = sim.requests.filter((r) => !r.path.startsWith('/_blobs/'));
    const blobs = sim.requests.filter((r) => r.path.startsWith('/_blobs/'));
    // jobs, annotations, job log (302), successful runs on the branch, their jobs, baseline log (302).
    expect(api.map((r) => r.operationId).sort()).toEqual(
      [
        'actions/download-job-logs-for-workflow-run',
        'actions/download-job-logs-for-workflow-run',
        'actions/list-jobs-for-workflow-run',
        'actions/list-jobs-for-workflow-run-attempt',
        'actions/list-workflow-runs',
        'checks/list-annotations',
      ].sort(),
    );
    expect(blobs).toHaveLength(2);
    // The storage host gets no token.
    for (const b of blobs) expect(b.headers.authorization).toBeUndefined();
  });
});

describe('gatherRun: annotations', () => {
  it('warns once, naming the permission, when the token cannot read check runs, and gathers the rest', async () => {
    const seed = seedWith([
      {
        id: 650,
        workflow: 'CI',
        branch: 'main',
        conclusion: 'failure',
        jobs: [failedJob('a', 'a broke\n'), failedJob('b', 'b broke\n')],
      },
    ]);
    seed.tokens!.push({
      token: 'ghs_noChecks',
      login: 'github-actions[bot]',
      permissions: { actions: 'read', contents: 'read', issues: 'write' },
    });
    const sim = await fixture.sim({ seed });
    const run = await runInfo(sim, 650);
    const github = createGitHubClient({ token: 'ghs_noChecks', apiUrl: sim.url, waitScaleMs: 1 });
    const log = memoryLogger();
    const gathered = await gatherRun(github, run, { maxJobs: 5, tempDir: await fixture.tempDir(), log });
    expect(gathered.jobs.map((j) => j.logStatus)).toEqual(['ok', 'ok']);
    expect(gathered.jobs.every((j) => j.annotations.length === 0)).toBe(true);
    const warnings = log.lines.filter((l) => l.level === 'warning' && /annotations/.test(l.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/Grant `checks: read`/);
  });

  it('keeps failure-level annotations and runner warnings, and at most 50', async () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      path: 'src/x.ts',
      start_line: i + 1,
      annotation_level: i % 2 === 0 ? ('failure' as const) : ('warning' as const),
      message: `problem ${i}`,
    }));
    const sim = await fixture.sim({
      seed: seedWith([
        {
          id: 660,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [
            failedJob('few', 'x\n', 'Test', {
              annotations: [
                {
                  path: '.github',
                  start_line: 1,
                  annotation_level: 'warning',
                  message:
                    'You are running out of disk space. The runner will stop working when the machine runs out of disk space.',
                },
                {
                  path: '.github',
                  start_line: 1,
                  annotation_level: 'warning',
                  message: 'Node.js 16 actions are deprecated.',
                },
              ],
            }),
            failedJob('many', 'y\n', 'Test', { annotations: many }),
          ],
        },
      ]),
    });
    const run = await runInfo(sim, 660);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.jobs[0]!.annotations.map((a) => a.message)).toEqual([
      'You are running out of disk space. The runner will stop working when the machine runs out of disk space.',
    ]);
    const kept = gathered.jobs[1]!.annotations;
    expect(kept).toHaveLength(40);
    expect(kept.every((a) => a.level === 'failure' && a.path === 'src/x.ts')).toBe(true);
  });
});

describe('selectFailedJobs', () => {
  const job = (name: string, conclusion: string | null) => ({
    id: name.length,
    name,
    html_url: null,
    conclusion,
    started_at: null,
    completed_at: null,
  });
  it('takes failed and timed-out jobs, not fail-fast cancellations', () => {
    const jobs = [
      job('a', 'success'),
      job('bb', 'failure'),
      job('ccc', 'cancelled'),
      job('dddd', 'timed_out'),
    ];
    expect(selectFailedJobs(jobs, 'failure').map((j) => j.name)).toEqual(['bb', 'dddd']);
  });
  it('takes cancelled jobs when the run timed out, or when nothing else failed', () => {
    const jobs = [job('a', 'success'), job('bb', 'failure'), job('ccc', 'cancelled')];
    expect(selectFailedJobs(jobs, 'timed_out').map((j) => j.name)).toEqual(['bb', 'ccc']);
    expect(
      selectFailedJobs([job('a', 'success'), job('ccc', 'cancelled')], 'failure').map((j) => j.name),
    ).toEqual(['ccc']);
    expect(selectFailedJobs([job('a', 'success'), job('s', 'skipped')], 'failure')).toEqual([]);
  });
});

describe('gatherRun: jobs', () => {
  it('pages through more than 100 jobs and keeps at most max-jobs, naming the rest', async () => {
    const jobs = Array.from({ length: 130 }, (_, i) =>
      [7, 104, 121].includes(i)
        ? failedJob(`shard ${i}`, `shard ${i} failed\n`)
        : greenJob(`shard ${i}`, 'ok\n'),
    );
    const sim = await fixture.sim({
      seed: seedWith([{ id: 700, workflow: 'CI', branch: 'main', conclusion: 'failure', jobs }]),
    });
    const run = await runInfo(sim, 700);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 2,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(
      sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{n}/jobs'),
    ).toHaveLength(2);
    expect(gathered.jobs.map((j) => j.name)).toEqual(['shard 7', 'shard 104']);
    expect(gathered.skippedJobs.map((j) => j.name)).toEqual(['shard 121']);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/check-runs/{id}/annotations')).toHaveLength(2);
  });

  it('reads the attempt asked for, not the latest', async () => {
    const sim = await fixture.sim({
      seed: seedWith([
        {
          id: 710,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'success',
          jobs: [greenJob('test', 'fine now\n')],
          previous_attempts: [{ conclusion: 'failure', jobs: [failedJob('test', 'first attempt broke\n')] }],
        },
      ]),
    });
    const run = { ...(await runInfo(sim, 710)), attempt: 1, conclusion: 'failure', latestAttempt: 2 };
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.jobs).toHaveLength(1);
    expect(await readFile(gathered.jobs[0]!.logFile!, 'utf8')).toContain('first attempt broke');
  });

  it('finds nothing to read in a run that failed at startup', async () => {
    const sim = await fixture.sim({
      seed: seedWith([{ id: 720, workflow: 'CI', branch: 'main', conclusion: 'startup_failure', jobs: [] }]),
    });
    const run = await runInfo(sim, 720);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.jobs).toEqual([]);
    expect(gathered.baseline).toBeUndefined();
    expect(sim.requests.map((r) => r.operationId)).toEqual(['actions/list-jobs-for-workflow-run-attempt']);
  });

  it('refuses a max-jobs below 1, naming the input', async () => {
    const sim = await fixture.sim({
      seed: seedWith([{ id: 730, workflow: 'CI', branch: 'main', conclusion: 'failure' }]),
    });
    const run = await runInfo(sim, 730);
    await expect(
      gatherRun(simClient(sim), run, { maxJobs: 0, tempDir: '/nonexistent', log: memoryLogger() }),
    ).rejects.toThrow(/^max-jobs: 0 is not allowed/);
  });
});

describe('gatherRun: logs', () => {
  it('streams a multi-megabyte log to disk unchanged', async () => {
    const dir = await fixture.tempDir();
    const big = path.join(dir, 'big.log');
    const lines: string[] = [];
    for (let i = 0; i < 60_000; i++)
      lines.push(
        `2024-05-01T10:${String(Math.floor(i / 1000) % 60).padStart(2, '0')}:00.0000000Z line ${i} ${'é✓x'.repeat(i % 40)}`,
      );
    lines.push('2024-05-01T11:00:00.0000000Z ##[error]Process completed with exit code 1.');
    await writeFile(big, `\uFEFF${lines.join('\n')}\n`);
    const sim = await fixture.sim({
      seed: seedWith([
        {
          id: 800,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failedJob('big', { file: big })],
        },
      ]),
    });
    const run = await runInfo(sim, 800);
    const gathered = await gatherRun(simClient(sim), run, { maxJobs: 5, tempDir: dir, log: memoryLogger() });
    const job = gathered.jobs[0]!;
    expect(job.logStatus).toBe('ok');
    expect((await readFile(big)).length).toBeGreaterThan(4 * 1024 * 1024);
    expect(await sha256(job.logFile!)).toBe(await sha256(big));
  });

  it('asks again when the storage link has expired, and reads the log with the fresh one', async () => {
    const base = Date.parse('2026-03-01T12:00:00Z');
    let blobsSeen = 0;
    // The simulator's clock: past the link's minute at the first storage request only.
    const now = () => {
      const last = sim?.requests[sim.requests.length - 1];
      const firstBlob = last?.path.startsWith('/_blobs/') && blobsSeen === 1;
      return base + (firstBlob ? 61_000 : 0);
    };
    let sim: Awaited<ReturnType<Fixture['sim']>> | undefined;
    sim = await fixture.sim({
      now,
      seed: seedWith([
        {
          id: 810,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failedJob('test', 'it broke\n')],
        },
      ]),
    });
    const run = await runInfo(sim, 810);
    const originalPush = sim.requests.push.bind(sim.requests);
    sim.requests.push = (...items) => {
      for (const r of items) if (r.path.startsWith('/_blobs/')) blobsSeen += 1;
      return originalPush(...items);
    };
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(2);
    const blobs = sim.requests.filter((r) => r.path.startsWith('/_blobs/job-logs/'));
    expect(blobs.map((b) => b.status)).toEqual([403, 200]);
    expect(gathered.jobs[0]!.logStatus).toBe('ok');
    expect(await readFile(gathered.jobs[0]!.logFile!, 'utf8')).toContain('it broke');
  });

  it('says the log expired when every link it gets has expired, and carries on', async () => {
    const base = Date.parse('2026-03-01T12:00:00Z');
    let sim: Awaited<ReturnType<Fixture['sim']>> | undefined;
    // Every storage request arrives more than a minute after its link was issued.
    const now = () =>
      base + (sim?.requests[sim.requests.length - 1]?.path.startsWith('/_blobs/') ? 61_000 : 0);
    sim = await fixture.sim({
      now,
      seed: seedWith([
        {
          id: 820,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [failedJob('test', 'it broke\n')],
        },
      ]),
    });
    const run = await runInfo(sim, 820);
    const log = memoryLogger();
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log,
    });
    const job = gathered.jobs[0]!;
    expect(job.logStatus).toBe('expired');
    expect(job.logFile).toBeUndefined();
    expect(job.logProblem).toMatch(/download link expired before it could be read, twice/);
    expect(log.text('warning')).toContain(job.logProblem);
    // Asked once more, not forever.
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(2);
    // The green runs are still listed once (a newer one may already have fixed this failure), but
    // no baseline log is fetched: it would only sharpen a log there is none of.
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/workflows/{id}/runs')).toHaveLength(1);
    expect(gathered.baseline).toBeUndefined();
  });

  it('reports 404 and 410 logs as unavailable and expired, and gathers the other jobs', async () => {
    const sim = await fixture.sim({
      seed: seedWith([
        {
          id: 830,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          jobs: [
            failedJob('no log', undefined, 'Build', { id: 831 }),
            failedJob('old log', 'too old\n', 'Build', { id: 832 }),
            failedJob('fine', 'fine log\n', 'Test', { id: 833 }),
          ],
        },
      ]),
    });
    // One at a time, so the archive is not in play.
    const run = { ...(await runInfo(sim, 830)), latestAttempt: 99 };
    sim.faults.inject({
      path: '/repos/{owner}/{repo}/actions/jobs/832/logs',
      fault: { kind: 'status', status: 410 },
    });
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    const [none, old, fine] = gathered.jobs;
    expect(none).toMatchObject({ logStatus: 'unavailable' });
    expect(none!.logProblem).toMatch(/^The log of job 831 is unavailable \(404\)/);
    expect(old).toMatchObject({ logStatus: 'expired' });
    expect(old!.logProblem).toMatch(/^The log of job 832 has expired \(410\)/);
    expect(fine).toMatchObject({ logStatus: 'ok' });
    expect(await readFile(fine!.logFile!, 'utf8')).toContain('fine log');
  });

  it('treats a 404 from the storage host as unavailable', async () => {
    const sim = await fixture.sim({
      seed: seedWith([
        { id: 840, workflow: 'CI', branch: 'main', conclusion: 'failure', jobs: [failedJob('test', 'x\n')] },
      ]),
    });
    const run = await runInfo(sim, 840);
    sim.faults.inject({ path: /^\/_blobs\//, times: Infinity, fault: { kind: 'status', status: 404 } });
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.jobs[0]).toMatchObject({ logStatus: 'unavailable' });
    expect(gathered.jobs[0]!.logProblem).toMatch(/storage host has no such file \(404\)/);
  });

  it('stops on a rate limit instead of filing half of what it could know', async () => {
    const sim = await fixture.sim({
      seed: seedWith([
        { id: 850, workflow: 'CI', branch: 'main', conclusion: 'failure', jobs: [failedJob('test', 'x\n')] },
      ]),
    });
    const run = await runInfo(sim, 850);
    sim.faults.inject({
      path: LOGS_ROUTE,
      times: Infinity,
      fault: { kind: 'rate-limit', resetInSeconds: 3600 },
    });
    await expect(
      gatherRun(simClient(sim), run, { maxJobs: 5, tempDir: await fixture.tempDir(), log: memoryLogger() }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('gatherRun: the run-log archive for several failed jobs', () => {
  const names = ['unit / node 20: linux', 'lint', `integration ${'x'.repeat(100)} (the long one)`];
  function archiveRun(id: number): SeedRun {
    return {
      id,
      workflow: 'CI',
      branch: 'main',
      conclusion: 'failure',
      jobs: [
        greenJob('setup', 'ok\n'),
        failedJob(names[0]!, { file: cidiffLog('tf-checks-run68', 'fail') }, 'Test', { id: id + 1 }),
        failedJob(names[1]!, { file: cidiffLog('cidiff_75', 'fail') }, 'Build', { id: id + 2 }),
        failedJob(names[2]!, { file: cidiffLog('tf-build-run407', 'fail') }, 'Build', { id: id + 3 }),
      ],
    };
  }

  it('downloads one archive instead of one log per job, and finds each job in it despite stripped and cut names', async () => {
    const sim = await fixture.sim({ seed: seedWith([archiveRun(900)]) });
    const run = await runInfo(sim, 900);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(sim.requestsTo('GET', ARCHIVE_ROUTE)).toHaveLength(1);
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(0);
    expect(gathered.jobs.map((j) => j.name)).toEqual(names);
    const fixtures = ['tf-checks-run68', 'cidiff_75', 'tf-build-run407'];
    for (const [i, job] of gathered.jobs.entries()) {
      expect(job.logStatus).toBe('ok');
      const original = await readFile(cidiffLog(fixtures[i]!, 'fail'));
      const got = await readFile(job.logFile!);
      // The archive's copy is the job log as GitHub serves it (a byte order mark ahead of the text).
      expect(got.toString('utf8').replace(/^\uFEFF/, '')).toBe(
        original.toString('utf8').replace(/^\uFEFF/, ''),
      );
    }
    // The archive itself is not left behind.
    const dir = path.dirname(gathered.jobs[0]!.logFile!);
    await expect(readFile(path.join(dir, 'run-900-logs.zip'))).rejects.toThrow();
  });

  it("reads the baseline from the green run's archive too: eight API requests for three failed jobs", async () => {
    const greenRun: SeedRun = {
      id: 940,
      workflow: 'CI',
      branch: 'main',
      conclusion: 'success',
      jobs: [
        greenJob(names[0]!, { file: cidiffLog('tf-checks-run68', 'pass') }),
        greenJob(names[1]!, { file: cidiffLog('cidiff_75', 'pass') }),
        greenJob(names[2]!, { file: cidiffLog('tf-build-run407', 'pass') }),
      ],
    };
    const sim = await fixture.sim({ seed: seedWith([greenRun, archiveRun(950)]) });
    const run = await runInfo(sim, 950);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.baseline).toMatchObject({ runId: 940, branch: 'main' });
    for (const [i, job] of gathered.jobs.entries()) {
      const pass = ['tf-checks-run68', 'cidiff_75', 'tf-build-run407'][i]!;
      expect((await readFile(job.baselineLogFile!, 'utf8')).replace(/^\uFEFF/, '')).toBe(
        (await readFile(cidiffLog(pass, 'pass'), 'utf8')).replace(/^\uFEFF/, ''),
      );
    }
    const api = sim.requests.filter((r) => !r.path.startsWith('/_blobs/'));
    // jobs, 3 × annotations, the archive, successful runs, their jobs, their archive.
    expect(api).toHaveLength(8);
    expect(sim.requestsTo('GET', ARCHIVE_ROUTE).map((r) => r.path)).toEqual([
      '/repos/octo-org/widgets/actions/runs/950/logs',
      '/repos/octo-org/widgets/actions/runs/940/logs',
    ]);
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(0);
  });

  it('falls back to one request per job when the archive cannot be had', async () => {
    const sim = await fixture.sim({ seed: seedWith([archiveRun(910)]) });
    const run = await runInfo(sim, 910);
    sim.faults.inject({ path: ARCHIVE_ROUTE, times: Infinity, fault: { kind: 'status', status: 404 } });
    const log = memoryLogger();
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log,
    });
    expect(sim.requestsTo('GET', ARCHIVE_ROUTE)).toHaveLength(1);
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(3);
    expect(gathered.jobs.every((j) => j.logStatus === 'ok')).toBe(true);
    expect(log.text('info')).toMatch(
      /log archive of run 910 is unavailable \(404\).*Fetching each job's log instead/,
    );
  });

  it('asks nothing more when the archive is gone for good (410)', async () => {
    const sim = await fixture.sim({ seed: seedWith([archiveRun(920)]) });
    const run = await runInfo(sim, 920);
    sim.faults.inject({ path: ARCHIVE_ROUTE, fault: { kind: 'status', status: 410 } });
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(0);
    expect(gathered.jobs.map((j) => j.logStatus)).toEqual(['expired', 'expired', 'expired']);
  });

  it('does not use the archive for an attempt that is not the latest (it holds the latest only)', async () => {
    const sim = await fixture.sim({ seed: seedWith([archiveRun(930)]) });
    const run = { ...(await runInfo(sim, 930)), latestAttempt: 2 };
    await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(sim.requestsTo('GET', ARCHIVE_ROUTE)).toHaveLength(0);
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(3);
  });
});

describe('gatherRun: the baseline', () => {
  const failing = (id: number, branch: string): SeedRun => ({
    id,
    workflow: 'CI',
    branch,
    conclusion: 'failure',
    jobs: [failedJob('test', { file: cidiffLog('tf-checks-run68', 'fail') })],
  });
  const green = (id: number, branch: string): SeedRun => ({
    id,
    workflow: 'CI',
    branch,
    conclusion: 'success',
    jobs: [greenJob('test', { file: cidiffLog('tf-checks-run68', 'pass') })],
  });

  it('falls back to the default branch when the branch never went green', async () => {
    const sim = await fixture.sim({ seed: seedWith([green(1000, 'main'), failing(1001, 'feature')]) });
    const run = await runInfo(sim, 1001);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.baseline).toMatchObject({ runId: 1000, branch: 'main' });
    expect(gathered.jobs[0]!.baselineLogFile).toBeDefined();
    const lookups = sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/workflows/{id}/runs');
    expect(lookups.map((r) => r.query.branch)).toEqual(['feature', 'main']);
    expect(lookups.every((r) => r.query.status === 'success' && r.query.per_page === '20')).toBe(true);
  });

  it('goes without when there is no green run, in two requests', async () => {
    const sim = await fixture.sim({ seed: seedWith([failing(1010, 'feature')]) });
    const run = await runInfo(sim, 1010);
    const log = memoryLogger();
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log,
    });
    expect(gathered.baseline).toBeUndefined();
    expect(gathered.jobs[0]!.baselineLogFile).toBeUndefined();
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/workflows/{id}/runs')).toHaveLength(2);
    expect(log.text('info')).toMatch(
      /No baseline: "CI" has no successful run before this one on "feature" or "main"/,
    );
  });

  it('keeps the baseline run but no log when the green run has no job of that name', async () => {
    const other: SeedRun = {
      id: 1020,
      workflow: 'CI',
      branch: 'main',
      conclusion: 'success',
      jobs: [greenJob('build', 'ok\n')],
    };
    const sim = await fixture.sim({ seed: seedWith([other, failing(1021, 'main')]) });
    const run = await runInfo(sim, 1021);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.baseline).toMatchObject({ runId: 1020 });
    expect(gathered.jobs[0]!.baselineLogFile).toBeUndefined();
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(1);
  });

  it('survives a failing baseline lookup', async () => {
    const sim = await fixture.sim({ seed: seedWith([green(1030, 'main'), failing(1031, 'main')]) });
    const run = await runInfo(sim, 1031);
    sim.faults.inject({
      path: '/repos/{owner}/{repo}/actions/workflows/{id}/runs',
      times: Infinity,
      fault: { kind: 'server-error', status: 502 },
    });
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
    });
    expect(gathered.baseline).toBeUndefined();
    expect(gathered.jobs[0]!.logStatus).toBe('ok');
  });
});

describe('gatherRun: a log not written yet', () => {
  const ENDED = Date.parse('2026-03-02T10:00:00Z');
  const seedRun = (id: number): SeedRun => ({
    id,
    workflow: 'CI',
    branch: 'main',
    conclusion: 'failure',
    created_at: new Date(ENDED).toISOString(),
    jobs: [failedJob('test', 'the real log\n')],
  });

  it('asks again with backoff (3 tries over 30 s) for a fresh job whose log is 404, then reads it', async () => {
    const sim = await fixture.sim({ seed: seedWith([seedRun(850)]) });
    const run = await runInfo(sim, 850);
    sim.faults.inject({ path: LOGS_ROUTE, times: 2, fault: { kind: 'status', status: 404 } });
    const waits: number[] = [];
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
      pause: async (s) => {
        waits.push(s);
      },
      now: () => ENDED + 60_000,
    });
    expect(gathered.jobs[0]).toMatchObject({ logStatus: 'ok' });
    expect(await readFile(gathered.jobs[0]!.logFile!, 'utf8')).toContain('the real log');
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  it('degrades after the third try, and does not retry a job that ended long ago', async () => {
    const sim = await fixture.sim({ seed: seedWith([seedRun(851)]) });
    const run = await runInfo(sim, 851);
    sim.faults.inject({ path: LOGS_ROUTE, times: Infinity, fault: { kind: 'status', status: 410 } });
    const options = { maxJobs: 5, log: memoryLogger(), pause: async () => {} };
    const fresh = await gatherRun(simClient(sim), run, {
      ...options,
      tempDir: await fixture.tempDir(),
      now: () => ENDED + 60_000,
    });
    expect(fresh.jobs[0]).toMatchObject({ logStatus: 'expired' });
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(3);

    sim.requests.length = 0;
    const old = await gatherRun(simClient(sim), run, {
      ...options,
      tempDir: await fixture.tempDir(),
      now: () => ENDED + 86_400_000,
    });
    expect(old.jobs[0]).toMatchObject({ logStatus: 'expired' });
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(1);
  });

  it('defers annotations to the verdict when asked, keeping the check run to read them from', async () => {
    const sim = await fixture.sim({ seed: seedWith([seedRun(852)]) });
    const run = await runInfo(sim, 852);
    const gathered = await gatherRun(simClient(sim), run, {
      maxJobs: 5,
      tempDir: await fixture.tempDir(),
      log: memoryLogger(),
      annotations: 'deferred',
    });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/check-runs/{id}/annotations')).toHaveLength(0);
    expect(gathered.jobs[0]!.checkRunUrl).toMatch(/\/check-runs\/\d+$/);
  });
});
