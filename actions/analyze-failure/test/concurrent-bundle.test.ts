/**
 * Issue 12's race, through the bundle: N separate analyze-failure processes (dist/index.js, as N
 * runners would start them) on N failing runs of one failure, all at once on one simulator. One
 * issue, occurrence count exactly N, N-1 distinct "seen again" comments, no issue opened and then
 * closed; the green run closes it and releases the claim, so the next failure is filed at once.
 * Rebuild first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */

import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analyzeStep,
  BundleRig,
  type BundleStep,
  failing,
  finish,
  green,
  issuesOf,
  REPOSITORY,
  startSimulator,
  withRuns,
} from './bundle-helpers.js';

const rig = new BundleRig();
afterEach(async () => {
  expect(await rig.cleanup()).toEqual([]);
});

/**
 * Milliseconds per autoheal second for the claim waits. A loser of the claim waits 1+2+4+8+15
 * autoheal seconds for the winner's issue, then takes the claim over as abandoned. At 100 that is
 * 3 s, so a winner slowed by 20 processes on two shared cores is never taken for dead; at 1 (the
 * single-process tests' value) the race passed here too, but with a margin of milliseconds.
 */
const CLAIM_WAIT_SCALE = '100';

const T = Date.now() - 2 * 3_600_000;
const at = (minute: number) => new Date(T + minute * 60_000).toISOString();
const FIRST = 700;

/**
 * N failing runs of CI on main with the same log, created a minute apart; a green run after them
 * and one more failure after that, both still running while the N are handled. With
 * `distinctShas` each failure is on its own commit (main~N … main~1) and the green one on main.
 */
function repository(n: number, distinctShas: boolean) {
  const runs: SeedRun[] = Array.from({ length: n }, (_, i) => ({
    id: FIRST + i,
    workflow: 'CI',
    branch: 'main',
    head_sha: distinctShas ? `main~${n - i}` : 'main',
    conclusion: 'failure',
    created_at: at(i),
    jobs: [failing('test', 'tf-checks-run68')],
  }));
  const running = (id: number, minute: number, job: ReturnType<typeof green>): SeedRun => ({
    id,
    workflow: 'CI',
    branch: 'main',
    status: 'in_progress',
    conclusion: null,
    created_at: at(minute),
    jobs: [job],
  });
  runs.push(
    running(FIRST + n, n, green('test', 'tf-checks-run68')),
    running(FIRST + n + 1, n + 1, failing('test', 'tf-checks-run68')),
  );
  const commits = (r: RepoBuilder) => {
    for (let i = 0; i < (distinctShas ? n : 0); i++) r.commit('main', { 'src/a.txt': `${i}\n` }, `c${i}`);
  };
  return withRuns(runs, commits);
}

function ok(s: BundleStep): void {
  expect(s.result.exitCode, `${s.result.stdout}\n${s.result.stderr}`).toBe(0);
  expect(s.result.problems).toEqual([]);
  expect(s.result.annotations.filter((a) => a.level === 'error')).toEqual([]);
}

const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';
const claimRefs = (sim: GitHubSimulator) =>
  [...sim.state.requireRepo(REPOSITORY).refs.keys()].filter((r) => r.startsWith('refs/autoheal/claims/'));

async function race(n: number, distinctShas: boolean): Promise<void> {
  const sim = await startSimulator(rig, repository(n, distinctShas));
  const ids = Array.from({ length: n }, (_, i) => FIRST + i);
  const started = Date.now();
  const mark = sim.requests.length;
  const steps = await Promise.all(
    ids.map((id) => analyzeStep(rig, sim, id, {}, { AUTOHEAL_WAIT_SCALE_MS: CLAIM_WAIT_SCALE })),
  );
  const seconds = (Date.now() - started) / 1000;
  const calls = sim.requests.slice(mark).filter((r) => !r.path.startsWith('/_blobs/')).length;
  for (const s of steps) ok(s);

  const issues = issuesOf(sim);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue!.state).toBe('open');
  const results = steps.map((s) => s.result.outputs.result);
  expect(results.filter((r) => r === 'created')).toHaveLength(1);
  expect(results.filter((r) => r === 'updated')).toHaveLength(n - 1);
  expect(new Set(steps.map((s) => s.result.outputs['issue-number']))).toEqual(
    new Set([String(issue!.number)]),
  );
  expect(readFailureMarker(issue!.body)?.occurrence.count).toBe(n);
  // One "seen again" comment for every run but the one that filed, none twice.
  const creator = ids[results.indexOf('created')]!;
  const commented = issue!.comments.map((c) => Number(/run=(\d+)/.exec(c.body)?.[1]));
  expect(commented).toHaveLength(n - 1);
  expect(new Set(commented)).toEqual(new Set(ids.filter((id) => id !== creator)));
  // No throw-away issue: one create, no close of anything.
  expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/issues')).toHaveLength(1);
  const closes = sim
    .requestsTo('PATCH', ISSUE)
    .filter((r) => (r.body as { state?: string } | null)?.state === 'closed');
  expect(closes).toEqual([]);
  const claims = sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs');
  expect(claims.filter((r) => r.status === 201)).toHaveLength(1);
  expect(claimRefs(sim)).toHaveLength(1);

  // The green run after them closes the issue and releases the claim.
  finish(sim, FIRST + n, 'success');
  const close = await analyzeStep(rig, sim, FIRST + n);
  ok(close);
  expect(close.result.outputs).toMatchObject({ result: 'closed', 'issue-number': String(issue!.number) });
  expect(issuesOf(sim)[0]!.state).toBe('closed');
  expect(claimRefs(sim)).toEqual([]);

  // The next failure, with reopening off so it must file anew, takes a fresh claim at once: a
  // claim left behind would answer 422 and hold it waiting for an issue that never comes.
  finish(sim, FIRST + n + 1, 'failure');
  const from = sim.requests.length;
  const next = await analyzeStep(rig, sim, FIRST + n + 1, { 'reopen-days': '0' });
  ok(next);
  expect(next.result.outputs.result).toBe('created');
  const nextClaims = sim.requests
    .slice(from)
    .filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs'))
    .map((r) => r.status);
  expect(nextClaims).toEqual([201]);
  expect(issuesOf(sim).map((i) => i.state)).toEqual(['closed', 'open']);
  console.log(
    `${n} concurrent analyze-failure processes (${distinctShas ? 'distinct' : 'one'} head sha): ${seconds.toFixed(1)} s, ` +
      `${calls} API calls in all (${(calls / n).toFixed(1)} per run)`,
  );
}

describe('concurrent analyze-failure processes on one failure, through the bundle', () => {
  for (const n of [5, 20])
    for (const distinctShas of [false, true])
      it(`${n} processes at once, ${distinctShas ? 'each on its own commit' : 'one commit'}: one issue, count ${n}, none opened and closed, claim released when green`, async () => {
        await race(n, distinctShas);
      }, 180_000);
});

describe('concurrent analyze-failure processes on one pull request, through the bundle', () => {
  it('three workflows failing on one PR branch at once: one autoheal comment on the PR (found by the soak: each posted its own)', async () => {
    const workflows = ['CI', 'Lint', 'Docs'];
    const ids = workflows.map((_, i) => 900 + i);
    const runs: SeedRun[] = workflows.map((workflow, i) => ({
      id: ids[i]!,
      workflow,
      branch: 'feat/x',
      pull_requests: [40],
      conclusion: 'failure',
      created_at: at(i),
      jobs: [failing('test', 'tf-checks-run68')],
    }));
    const sim = await startSimulator(
      rig,
      withRuns(runs, (r) => {
        r.workflow('Lint', '.github/workflows/lint.yml', 162)
          .workflow('Docs', '.github/workflows/docs.yml', 163)
          .branch('feat/x', { 'src/x.ts': 'export const x = 1;\n' })
          .pull({ number: 40, title: 'Add x', author: 'mona', head: 'feat/x' });
      }),
    );
    // A slow first post (GitHub takes a second): every process lists the PR's comments before
    // any comment exists, as when their runs complete together, not one after the other.
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{n}/comments',
      times: 3,
      fault: { kind: 'delay', ms: 1500 },
    });
    const steps = await Promise.all(
      ids.map((id) => analyzeStep(rig, sim, id, {}, { AUTOHEAL_WAIT_SCALE_MS: CLAIM_WAIT_SCALE })),
    );
    for (const s of steps) ok(s);
    expect(steps.map((s) => s.result.outputs.result)).toEqual(['commented', 'commented', 'commented']);
    const pull = sim.state.requireRepo(REPOSITORY).issues.get(40)!;
    expect(pull.comments).toHaveLength(1);
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    // No issue for a PR branch's failure (issues.scope default-branch).
    expect(issuesOf(sim).filter((i) => !i.pull)).toEqual([]);
  }, 120_000);
});
