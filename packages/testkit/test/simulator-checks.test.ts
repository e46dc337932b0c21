import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { addRuleset, branchPattern } from '../src/simulator/branch-rules.js';
import { addCheckRun, addCommitStatus } from '../src/simulator/commit-checks.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';
import type { SimRepo } from '../src/simulator/state.js';

/** Check runs, commit statuses, branch protection and rulesets: what a merge waits for. */

const o = { owner: 'octo-org', repo: 'widgets' };
const NO_STATUSES = 'ghs_checksOnlyToken00000000000000000000';

let sim: GitHubSimulator;
let gh: GitHubClient;
let repo: SimRepo;
let main: string;

const running: GitHubSimulator[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
});

async function start() {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .token(NO_STATUSES, 'checker[bot]', { permissions: { checks: 'read', contents: 'read' } })
      .repo('octo-org/widgets', (r) =>
        r
          .file('README.md', 'hi\n')
          .commit('main', { 'README.md': 'hi again\n' }, 'Second')
          .branch('release/2026/01', { 'r.txt': 'r\n' })
          .branch('feature', { 'f.txt': 'f\n' })
          .workflow('CI', '.github/workflows/ci.yml', 11)
          .run({
            id: 100,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            created_at: '2026-01-05T10:00:00Z',
            jobs: [
              { id: 1001, name: 'build', conclusion: 'success' },
              { id: 1002, name: 'test', conclusion: 'failure' },
            ],
          })
          .run({
            id: 200,
            workflow: 'CI',
            branch: 'main',
            head_sha: 'main~1',
            jobs: [{ id: 2001, name: 'older commit', conclusion: 'success' }],
          })
          .checkRun({
            id: 3001,
            name: 'scan',
            conclusion: 'neutral',
            details_url: 'https://scan.example.com/1',
          })
          .checkRun({ id: 3002, name: 'deploy', status: 'in_progress', started_at: '2026-01-05T10:01:00Z' })
          .checkRun({ id: 3003, name: 'on feature', head_sha: 'feature' })
          .status({ context: 'ci/a', state: 'pending', created_at: '2026-01-05T10:00:00Z' })
          .status({ context: 'ci/b', state: 'success', created_at: '2026-01-05T10:00:00Z' })
          .status({ context: 'ci/a', state: 'success', created_at: '2026-01-05T10:02:00Z' })
          .status({ context: 'ci/old', state: 'failure', sha: 'main~1' })
          .protect('main', ['build', 'ci/a'])
          .ruleset({ name: 'default', branches: ['~DEFAULT_BRANCH'], required_status_checks: ['test'] })
          .ruleset({ name: 'releases', branches: ['refs/heads/release/**'], required_status_checks: ['e2e'] })
          .ruleset({ name: 'everything', branches: ['~ALL'], required_status_checks: ['lint'] })
          .ruleset({
            name: 'trial',
            enforcement: 'evaluate',
            branches: ['~ALL'],
            required_status_checks: ['trial'],
          }),
      )
      .build(),
    now: () => Date.parse('2026-01-10T00:00:00Z'),
  });
  running.push(sim);
  gh = createGitHubClient({ token: SIMULATOR_TOKEN, apiUrl: sim.url, retries: 0 });
  repo = sim.state.requireRepo('octo-org/widgets');
  main = repo.refs.get('refs/heads/main')!;
}

describe('check runs on a commit', () => {
  it('lists the jobs of the runs on the commit, then the other check runs, by sha or branch', async () => {
    await start();
    const names = async (ref: string, q: Record<string, string> = {}) =>
      (await gh.rest.checks.listForRef({ ...o, ref, ...q })).data.check_runs.map((c) => c.name);
    expect(await names(main)).toEqual(['build', 'test', 'scan', 'deploy']);
    expect(await names('main')).toEqual(['build', 'test', 'scan', 'deploy']);
    expect(await names('feature')).toEqual(['on feature']);
    expect(await names(repo.git.commit(main)!.parents[0]!)).toEqual(['older commit']);
    expect(await names('main', { check_name: 'scan' })).toEqual(['scan']);
    expect(await names('main', { status: 'in_progress' })).toEqual(['deploy']);
    const page = await gh.rest.checks.listForRef({ ...o, ref: 'main', per_page: 3, page: 2 });
    expect(page.data).toMatchObject({ total_count: 4, check_runs: [{ name: 'deploy' }] });
    await expect(gh.rest.checks.listForRef({ ...o, ref: 'nope' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No commit found for SHA: nope' } },
    });
  });

  it('shows other check runs as GitHub does, and serves them by id with no annotations', async () => {
    await start();
    const scan = (await gh.rest.checks.get({ ...o, check_run_id: 3001 })).data;
    expect(scan).toMatchObject({
      id: 3001,
      head_sha: main,
      status: 'completed',
      conclusion: 'neutral',
      details_url: 'https://scan.example.com/1',
      completed_at: scan.started_at,
    });
    const deploy = (await gh.rest.checks.get({ ...o, check_run_id: 3002 })).data;
    expect(deploy).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null });
    expect((await gh.rest.checks.listAnnotations({ ...o, check_run_id: 3001 })).data).toEqual([]);
    // A job's check run is still found by the id its job links to.
    expect((await gh.rest.checks.get({ ...o, check_run_id: 1002 })).data.name).toBe('test');
  });

  it('follows re-runs: only the latest attempt’s jobs are on the commit', async () => {
    await start();
    await gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 100 });
    const runs = (await gh.rest.checks.listForRef({ ...o, ref: main })).data.check_runs;
    expect(runs.map((c) => [c.name, c.status])).toEqual([
      ['build', 'completed'],
      ['test', 'queued'],
      ['scan', 'completed'],
      ['deploy', 'in_progress'],
    ]);
  });

  it('takes check runs added while a test runs, in the seed’s shape, and refuses a taken id', async () => {
    await start();
    addCheckRun(sim.state, repo, { id: 4001, name: 'late', status: 'queued' });
    expect(
      (await gh.rest.checks.listForRef({ ...o, ref: 'main', check_name: 'late' })).data.check_runs,
    ).toEqual([expect.objectContaining({ id: 4001, status: 'queued', conclusion: null, head_sha: main })]);
    expect(() => addCheckRun(sim.state, repo, { id: 1002, name: 'clash' })).toThrow(
      /check run\.id 1002 is already a check run/,
    );
    expect(() => addCheckRun(sim.state, repo, { name: 'x', head_sha: 'nope' })).toThrow(
      /check run\.head_sha "nope" names no commit/,
    );
  });
});

describe('commit statuses', () => {
  it('combines the newest status of each context', async () => {
    await start();
    const combined = (await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'main' })).data;
    expect(combined).toMatchObject({ state: 'success', sha: main, total_count: 2 });
    expect(combined.statuses.map((s) => [s.context, s.state])).toEqual([
      ['ci/a', 'success'],
      ['ci/b', 'success'],
    ]);
    // A failure anywhere fails it; a pending one, or none at all, keeps it pending.
    addCommitStatus(sim.state, repo, { context: 'ci/c', state: 'pending' });
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: main })).data.state).toBe('pending');
    addCommitStatus(sim.state, repo, { context: 'ci/b', state: 'error' });
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: main })).data.state).toBe('failure');
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'main~1' })).data).toMatchObject({
      state: 'failure',
      total_count: 1,
    });
    expect((await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'feature' })).data).toMatchObject({
      state: 'pending',
      total_count: 0,
      statuses: [],
    });
  });

  it('pages the contexts while the state covers them all', async () => {
    await start();
    addCommitStatus(sim.state, repo, { context: 'ci/z', state: 'failure' });
    const page = await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'main', per_page: 2, page: 2 });
    expect(page.data).toMatchObject({ state: 'failure', total_count: 3 });
    expect(page.data.statuses.map((s) => s.context)).toEqual(['ci/z']);
    expect(page.headers.link).toContain('rel="prev"');
  });

  it('answers 404 for a ref that names no commit, and needs the statuses permission', async () => {
    await start();
    await expect(gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'nope' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'No commit found for SHA: nope' } },
    });
    const checker = createGitHubClient({ token: NO_STATUSES, apiUrl: sim.url, retries: 0 });
    await expect(checker.rest.repos.getCombinedStatusForRef({ ...o, ref: 'main' })).rejects.toMatchObject({
      status: 403,
    });
    expect((await checker.rest.checks.listForRef({ ...o, ref: 'main' })).status).toBe(200);
  });
});

describe('what a branch requires', () => {
  it('shows classic protection on the branch, set in the seed or later', async () => {
    await start();
    const mainBranch = (await gh.rest.repos.getBranch({ ...o, branch: 'main' })).data;
    expect(mainBranch.protected).toBe(true);
    expect(mainBranch.protection).toEqual({
      enabled: true,
      required_status_checks: {
        enforcement_level: 'non_admins',
        contexts: ['build', 'ci/a'],
        checks: [
          { context: 'build', app_id: null },
          { context: 'ci/a', app_id: null },
        ],
      },
    });
    expect((await gh.rest.repos.getBranch({ ...o, branch: 'feature' })).data.protected).toBe(false);
    repo.protection.set('feature', { required_status_checks: ['test'] });
    expect(
      (await gh.rest.repos.getBranch({ ...o, branch: 'feature' })).data.protection.required_status_checks,
    ).toMatchObject({ contexts: ['test'] });
  });

  it('lists the required checks of the active rulesets targeting a branch name', async () => {
    await start();
    const required = async (branch: string) =>
      (await gh.rest.repos.getBranchRules({ ...o, branch })).data.map((rule) => {
        const r = rule as {
          type: string;
          ruleset_id: number;
          parameters: { required_status_checks: { context: string }[] };
        };
        expect(r.type).toBe('required_status_checks');
        return r.parameters.required_status_checks.map((c) => c.context).join(',');
      });
    expect(await required('main')).toEqual(['test', 'lint']);
    expect(await required('release/2026/01')).toEqual(['e2e', 'lint']);
    expect(await required('feature')).toEqual(['lint']);
    // A branch that does not exist yet still has the rules its name would get.
    expect(await required('release/next')).toEqual(['e2e', 'lint']);
    const added = addRuleset(sim.state, repo, {
      name: 'features',
      branches: ['feat*'],
      required_status_checks: ['x'],
    });
    const rules = (await gh.rest.repos.getBranchRules({ ...o, branch: 'feature' })).data;
    expect(rules.at(-1)).toMatchObject({
      ruleset_id: added.id,
      ruleset_source_type: 'Repository',
      ruleset_source: 'octo-org/widgets',
    });
  });

  it('matches branch patterns as fnmatch does: * within a segment, ** across them', () => {
    expect(branchPattern('release/*').test('release/1')).toBe(true);
    expect(branchPattern('release/*').test('release/1/2')).toBe(false);
    expect(branchPattern('release/**').test('release/1/2')).toBe(true);
    expect(branchPattern('refs/heads/v?.x').test('v1.x')).toBe(true);
    expect(branchPattern('v?.x').test('v10.x')).toBe(false);
    expect(branchPattern('a.b').test('axb')).toBe(false);
  });
});
