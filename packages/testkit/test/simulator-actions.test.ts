import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { logFileName } from '../src/simulator/log-archive.js';
import { RUN_SEARCH_CAP } from '../src/simulator/routes-actions.js';
import { SIMULATOR_TOKEN, seedBuilder, stepsFailingAt } from '../src/simulator/seed-builder.js';
import { loadSeedFile } from '../src/simulator/seed-load.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';
import { writeZip } from '../src/simulator/zip.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const o = { owner: 'octo-org', repo: 'widgets' };

/** An independent zip reader (central directory → local headers → inflate), checking every CRC. */
function readZip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data) >>> 0, name).toBe(crc);
    out.set(name, data.toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

const FAIL_LOG = [
  '2026-01-05T10:00:00.0000000Z Requested labels: ubuntu-latest',
  '2026-01-05T10:00:01.0000000Z ##[group]Run actions/checkout@v4',
  '2026-01-05T10:00:02.0000000Z ##[endgroup]',
  '2026-01-05T10:00:03.0000000Z ##[group]Run npm test',
  '2026-01-05T10:00:06.0000000Z FAIL src/index.test.js',
  '2026-01-05T10:00:07.0000000Z ##[error]Process completed with exit code 1.',
  '2026-01-05T10:00:08.0000000Z Post job cleanup.',
  '2026-01-05T10:00:09.0000000Z Cleaning up orphan processes',
].join('\n');

let clock = Date.parse('2026-01-10T00:00:00Z');
let sim: GitHubSimulator;
let gh: GitHubClient;

function seed() {
  return seedBuilder()
    .repo('octo-org/widgets', (r) =>
      r
        .file('README.md', 'hi\n')
        .commit('main', { 'README.md': 'hi again\n' }, 'Second commit')
        .branch('feature', { 'a.txt': 'a\n' })
        .pull({ title: 'Feature', author: 'alice', head: 'feature' })
        .workflow('CI', '.github/workflows/ci.yml', 11)
        .workflow('Release', '.github/workflows/release.yml', 12)
        .run({
          id: 101,
          workflow: 'ci.yml',
          branch: 'main',
          head_sha: 'main~1',
          conclusion: 'success',
          created_at: '2026-01-01T10:00:00Z',
          jobs: [{ id: 1011, name: 'test', log: 'all good\n' }],
        })
        .run({
          id: 102,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          created_at: '2026-01-05T10:00:00Z',
          jobs: [
            {
              id: 1021,
              name: 'lint',
              conclusion: 'success',
              log: 'lint ok\n',
              steps: stepsFailingAt(['Set up job', 'Complete job']),
            },
            {
              id: 1022,
              name: 'test / node: 20',
              conclusion: 'failure',
              check_run_id: 5555,
              log: FAIL_LOG,
              steps: stepsFailingAt(
                [
                  'Set up job',
                  'Run actions/checkout@v4',
                  'Run npm test',
                  'Run npm run build',
                  'Post Run actions/checkout@v4',
                  'Complete job',
                ],
                'Run npm test',
              ),
              annotations: [
                {
                  path: 'src/index.test.js',
                  start_line: 3,
                  annotation_level: 'failure',
                  message: 'expected 1 to be 2',
                  title: 'test failed',
                },
              ],
            },
          ],
        })
        .run({
          id: 103,
          workflow: 'ci.yml',
          branch: 'feature',
          event: 'pull_request',
          pull_requests: [1],
          conclusion: 'success',
          created_at: '2026-01-06T10:00:00Z',
        })
        .run({
          id: 104,
          workflow: 12,
          branch: 'main',
          event: 'workflow_dispatch',
          status: 'in_progress',
          created_at: '2026-01-07T10:00:00Z',
          jobs: [{ name: 'publish', status: 'in_progress' }],
        })
        .run({
          id: 105,
          workflow: 'ci.yml',
          branch: 'main',
          conclusion: 'failure',
          created_at: '2025-11-01T10:00:00Z',
          jobs: [{ name: 'test', conclusion: 'failure', log: 'x' }],
        }),
    )
    .build();
}

beforeEach(async () => {
  clock = Date.parse('2026-01-10T00:00:00Z');
  sim = await startGitHubSimulator({ seed: seed(), now: () => clock });
  gh = createGitHubClient({
    token: SIMULATOR_TOKEN,
    apiUrl: sim.url,
    pacing: { writeMs: 0, notifyMs: 0 },
    retries: 0,
  });
});
afterEach(async () => {
  await sim.close();
});

const ids = (runs: Array<{ id: number }>) => runs.map((r) => r.id);

describe('workflows and runs', () => {
  it('finds workflows by id or file name', async () => {
    expect((await gh.rest.actions.listRepoWorkflows(o)).data).toMatchObject({ total_count: 2 });
    expect((await gh.rest.actions.getWorkflow({ ...o, workflow_id: 'release.yml' })).data.id).toBe(12);
    expect((await gh.rest.actions.getWorkflow({ ...o, workflow_id: 11 })).data.path).toBe(
      '.github/workflows/ci.yml',
    );
    await expect(gh.rest.actions.getWorkflow({ ...o, workflow_id: 'nope.yml' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('filters runs by workflow, branch, event, status or conclusion, head_sha and created', async () => {
    const list = async (q: Record<string, string | number | boolean>) =>
      ids((await gh.rest.actions.listWorkflowRunsForRepo({ ...o, ...q })).data.workflow_runs);
    expect(await list({})).toEqual([104, 103, 102, 101, 105]);
    expect(
      ids((await gh.rest.actions.listWorkflowRuns({ ...o, workflow_id: 'ci.yml' })).data.workflow_runs),
    ).toEqual([103, 102, 101, 105]);
    expect(await list({ branch: 'feature' })).toEqual([103]);
    expect(await list({ event: 'workflow_dispatch' })).toEqual([104]);
    expect(await list({ status: 'in_progress' })).toEqual([104]);
    expect(await list({ status: 'failure' })).toEqual([102, 105]);
    expect(await list({ status: 'completed' })).toEqual([103, 102, 101, 105]);
    const main = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    expect(await list({ head_sha: main })).toEqual([104, 102, 105]);
    expect(await list({ created: '>=2026-01-05' })).toEqual([104, 103, 102]);
    expect(await list({ created: '<2026-01-05' })).toEqual([101, 105]);
    expect(await list({ created: '2026-01-01..2026-01-05' })).toEqual([102, 101]);
    expect(await list({ created: '2026-01-06' })).toEqual([103]);
    await expect(list({ created: '>=yesterday' })).rejects.toMatchObject({ status: 422 });
    // Each attempt is a check suite: the filter finds the run by the id its JSON gives.
    const suite = (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 102 })).data.check_suite_id!;
    expect(await list({ check_suite_id: suite })).toEqual([102]);
    expect(await list({ check_suite_id: 1 })).toEqual([]);
  });

  it('reports pull requests on runs unless excluded, and the head commit', async () => {
    const run = (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 103 })).data;
    expect(run.pull_requests!.map((p) => p.number)).toEqual([1]);
    expect(
      (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 103, exclude_pull_requests: true })).data
        .pull_requests,
    ).toEqual([]);
    const green = (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 101 })).data;
    const red = (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 102 })).data;
    expect(green.head_sha).not.toBe(red.head_sha);
    expect(red.head_commit!.message).toBe('Second commit');
    expect(red.display_title).toBe('Second commit');
  });
});

describe('the 1,000-result cap on filtered run lists', () => {
  const RUNS = RUN_SEARCH_CAP + 50;

  async function startBusy() {
    await sim.close();
    sim = await startGitHubSimulator({
      seed: seedBuilder()
        .repo('octo-org/widgets', (r) => {
          r.workflow('CI', '.github/workflows/ci.yml', 11);
          for (let i = 0; i < RUNS; i++)
            r.run({
              id: 10_000 + i,
              workflow: 'CI',
              branch: 'main',
              conclusion: 'success',
              created_at: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 60_000).toISOString(),
            });
        })
        .build(),
      now: () => Date.parse('2026-03-10T00:00:00Z'),
    });
    gh = createGitHubClient({ token: SIMULATOR_TOKEN, apiUrl: sim.url, retries: 0 });
  }

  it('lists at most 1,000 runs of a filtered search, with the true total', async () => {
    await startBusy();
    const created = '2026-03-01T00:00:00+00:00..2026-03-02T00:00:00+00:00';
    const page10 = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, created, per_page: 100, page: 10 });
    expect(page10.data.total_count).toBe(RUNS);
    expect(page10.data.workflow_runs).toHaveLength(100);
    expect(page10.headers.link).toContain('rel="prev"');
    expect(page10.headers.link).not.toContain('rel="next"');
    const page11 = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, created, per_page: 100, page: 11 });
    expect(page11.data.total_count).toBe(RUNS);
    expect(page11.data.workflow_runs).toEqual([]);
    const all = await gh.paginate(gh.rest.actions.listWorkflowRunsForRepo, { ...o, created, per_page: 100 });
    expect(all).toHaveLength(RUN_SEARCH_CAP);
    // Newest first: the 50 oldest runs are the ones a search cannot reach.
    expect(all.at(-1)!.id).toBe(10_000 + 50);
    // Every filter counts as a search, on the workflow's own list too.
    const branch = await gh.paginate(gh.rest.actions.listWorkflowRuns, {
      ...o,
      workflow_id: 'ci.yml',
      branch: 'main',
      per_page: 100,
    });
    expect(branch).toHaveLength(RUN_SEARCH_CAP);
    expect(sim.errors).toEqual([]);
  });

  it('lists every run when nothing filters the list', async () => {
    await startBusy();
    const page11 = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, per_page: 100, page: 11 });
    expect(page11.data.total_count).toBe(RUNS);
    expect(page11.data.workflow_runs).toHaveLength(RUNS - RUN_SEARCH_CAP);
    const all = await gh.paginate(gh.rest.actions.listWorkflowRuns, { ...o, workflow_id: 11, per_page: 100 });
    expect(all).toHaveLength(RUNS);
  });
});

describe('jobs, logs and annotations', () => {
  it('lists jobs with steps and check run links', async () => {
    const jobs = (await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 102 })).data;
    expect(jobs.total_count).toBe(2);
    const test = jobs.jobs[1]!;
    expect(test.steps!.map((s) => `${s.number} ${s.name} ${s.conclusion}`)).toEqual([
      '1 Set up job success',
      '2 Run actions/checkout@v4 success',
      '3 Run npm test failure',
      '4 Run npm run build skipped',
      '5 Post Run actions/checkout@v4 success',
      '6 Complete job success',
    ]);
    expect(test.check_run_url).toBe(`${sim.url}/repos/octo-org/widgets/check-runs/5555`);
    const annotations = (await gh.rest.checks.listAnnotations({ ...o, check_run_id: 5555 })).data;
    expect(annotations).toMatchObject([
      {
        path: 'src/index.test.js',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        message: 'expected 1 to be 2',
      },
    ]);
    expect((await gh.rest.checks.get({ ...o, check_run_id: 5555 })).data.output.annotations_count).toBe(1);
  });

  it('redirects job logs to a signed link that serves the log (with a BOM) for 60 seconds', async () => {
    const res = await fetch(`${sim.url}/repos/octo-org/widgets/actions/jobs/1022/logs`, {
      headers: { authorization: `token ${SIMULATOR_TOKEN}` },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${sim.origin}/_blobs/job-logs/\\d+/1022\\?sv=.*&se=.*&sig=`));
    const blob = await fetch(location);
    expect(blob.status).toBe(200);
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FAIL_LOG);
    // The blob needs no token, as a storage link does not.
    expect(sim.requests[sim.requests.length - 1]!.headers.authorization).toBeUndefined();

    clock += 61_000;
    const expired = await fetch(location);
    expect(expired.status).toBe(403);
    expect(expired.headers.get('content-type')).toBe('application/xml');
    expect(expired.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    const xml = await expired.text();
    expect(xml).toContain('<Code>AuthenticationFailed</Code>');
    expect(xml).toMatch(
      /Signature not valid in the specified time frame: Start \[.*\] - Expiry \[.*\] - Current \[.*\]/,
    );
    const forged = await fetch(location.replace(/sig=[^&]+/, 'sig=AAAA'));
    expect(forged.status).toBe(403);
  });

  it('follows the redirect through the client and returns the log text', async () => {
    const log = await gh.rest.actions.downloadJobLogsForWorkflowRun({ ...o, job_id: 1011 });
    expect(String(log.data).replace(/^\uFEFF/, '')).toBe('all good\n');
    await expect(gh.rest.actions.downloadJobLogsForWorkflowRun({ ...o, job_id: 999 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('serves run logs as a zip laid out as GitHub does', async () => {
    const res = await gh.rest.actions.downloadWorkflowRunLogs({ ...o, run_id: 102 });
    const zip = readZip(Buffer.from(res.data as ArrayBuffer));
    expect([...zip.keys()]).toEqual([
      '0_lint.txt',
      'lint/1_Set up job.txt',
      'lint/2_Complete job.txt',
      '1_test  node 20.txt',
      'test  node 20/1_Set up job.txt',
      'test  node 20/2_Run actionscheckout@v4.txt',
      'test  node 20/3_Run npm test.txt',
      'test  node 20/5_Post Run actionscheckout@v4.txt',
      'test  node 20/6_Complete job.txt',
    ]);
    expect(zip.get('1_test  node 20.txt')).toBe(FAIL_LOG);
    expect(zip.get('test  node 20/3_Run npm test.txt')).toBe(FAIL_LOG.split('\n').slice(3, 6).join('\n'));
    expect(zip.get('test  node 20/1_Set up job.txt')).toBe(FAIL_LOG.split('\n')[0]);
    expect(zip.get('test  node 20/6_Complete job.txt')).toBe(FAIL_LOG.split('\n')[7]);
    await expect(gh.rest.actions.downloadWorkflowRunLogs({ ...o, run_id: 104 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('names log files as the archive service does', () => {
    expect(logFileName('build / test: unit')).toBe('build  test unit');
    expect(logFileName(`  ${'x'.repeat(100)}`)).toBe('x'.repeat(88));
    const zip = readZip(
      writeZip([
        { name: 'a.txt', data: 'aaaa'.repeat(100) },
        { name: 'dir/b.txt', data: 'b' },
      ]),
    );
    expect(zip.get('a.txt')).toBe('aaaa'.repeat(100));
    expect(zip.get('dir/b.txt')).toBe('b');
  });
});

describe('re-runs', () => {
  it('re-runs failed jobs as a new attempt, keeping the jobs that passed', async () => {
    const rerun = await gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 102 });
    expect(rerun.status).toBe(201);
    expect(rerun.data).toEqual({});
    const run = (await gh.rest.actions.getWorkflowRun({ ...o, run_id: 102 })).data;
    expect(run).toMatchObject({
      run_attempt: 2,
      status: 'queued',
      conclusion: null,
      previous_attempt_url: `${sim.url}/repos/octo-org/widgets/actions/runs/102/attempts/1`,
    });
    const first = (await gh.rest.actions.getWorkflowRunAttempt({ ...o, run_id: 102, attempt_number: 1 }))
      .data;
    expect(first).toMatchObject({ run_attempt: 1, conclusion: 'failure' });
    const latest = (await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 102 })).data.jobs;
    expect(latest.map((j) => [j.id === 1021, j.name, j.status, j.run_attempt])).toEqual([
      [true, 'lint', 'completed', 1],
      [false, 'test / node: 20', 'queued', 2],
    ]);
    const all = (await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 102, filter: 'all' })).data
      .jobs;
    expect(all).toHaveLength(3);
    expect(
      (await gh.rest.actions.listJobsForWorkflowRunAttempt({ ...o, run_id: 102, attempt_number: 1 })).data
        .total_count,
    ).toBe(2);

    await expect(gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 102 })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'This workflow is already running' } },
    });
    const repo = sim.state.requireRepo('octo-org/widgets');
    sim.state.completeLatestAttempt(repo, 102, { conclusion: 'success', log: 'passed on retry\n' });
    expect((await gh.rest.actions.getWorkflowRun({ ...o, run_id: 102 })).data).toMatchObject({
      status: 'completed',
      conclusion: 'success',
    });
  });

  it('refuses to re-run what cannot be re-run', async () => {
    await expect(gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 101 })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'This workflow run cannot be retried' } },
    });
    // Older than 30 days.
    await expect(gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 105 })).rejects.toMatchObject({
      status: 403,
    });
    await expect(gh.rest.actions.reRunWorkflow({ ...o, run_id: 104 })).rejects.toMatchObject({ status: 403 });
    expect((await gh.rest.actions.reRunWorkflow({ ...o, run_id: 101 })).status).toBe(201);
    const jobs = (await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 101 })).data.jobs;
    expect(jobs.map((j) => [j.id === 1011, j.status])).toEqual([[false, 'queued']]);
  });
});

describe('the example seed (pnpm demo)', () => {
  it('serves a red run with a real CI log and the green run before it', async () => {
    await sim.close();
    const seedFile = path.join(here, '..', 'seeds', 'demo.json');
    const loaded = await loadSeedFile(seedFile);
    sim = await startGitHubSimulator({ seed: loaded });
    const demo = createGitHubClient({
      token: 'ghs_demoGithubToken00000000000000000000',
      apiUrl: sim.url,
      retries: 0,
    });
    const d = { owner: 'demo-org', repo: 'terraform' };
    const runs = (await demo.rest.actions.listWorkflowRunsForRepo({ ...d, branch: 'main' })).data
      .workflow_runs;
    expect(runs.map((r) => [r.run_number, r.conclusion])).toEqual([
      [68, 'failure'],
      [67, 'success'],
    ]);
    expect(runs[0]!.head_sha).not.toBe(runs[1]!.head_sha);
    const job = (await demo.rest.actions.listJobsForWorkflowRun({ ...d, run_id: runs[0]!.id })).data.jobs[0]!;
    expect(job.steps!.find((s) => s.conclusion === 'failure')!.name).toBe('Run go test ./...');
    const repoState = sim.state.requireRepo('demo-org/terraform');
    const source = repoState.jobs.get(job.id)!.log!;
    // Read lazily: nothing is read until the log is asked for.
    expect('text' in source && source.text).toBeFalsy();
    const log = await demo.rest.actions.downloadJobLogsForWorkflowRun({ ...d, job_id: job.id });
    const fixture = readFileSync(
      path.join(here, '..', '..', 'fixtures', 'cidiff', 'tf-checks-run68', 'fail.log'),
      'utf8',
    );
    expect(String(log.data).replace(/^\uFEFF/, '')).toBe(fixture);
    const green = (await demo.rest.actions.listJobsForWorkflowRun({ ...d, run_id: runs[1]!.id })).data
      .jobs[0]!;
    const greenLog = await demo.rest.actions.downloadJobLogsForWorkflowRun({ ...d, job_id: green.id });
    expect(String(greenLog.data)).toContain('ok  \tgithub.com/hashicorp/terraform');
    const zip = readZip(
      Buffer.from(
        (await demo.rest.actions.downloadWorkflowRunLogs({ ...d, run_id: runs[0]!.id })).data as ArrayBuffer,
      ),
    );
    // The step is named `Run go test ./...`; its file name loses the slash.
    expect(zip.get('Unit Tests/6_Run go test .....txt')).toContain('--- FAIL: TestCloud_configWithEnvVars');
    expect(zip.get('Unit Tests/6_Run go test .....txt')).not.toContain('Run actions/cache@v3');
  });
});
