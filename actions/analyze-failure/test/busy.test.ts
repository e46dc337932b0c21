/**
 * A busy repository: many runs of one failure at once, green runs that arrive late or on other
 * commits, failures on several branches. Filing and closing against the simulator, with runs
 * started in parallel on the one simulator and events delivered in shuffled order.
 */

import { takeClaim } from '@autoheal/core/filing/claims';
import { RunLinks, readFailureMarker, withOccurrence } from '@autoheal/core/filing/issue-body';
import { closeResolved, type FileInput, fileFailure } from '@autoheal/core/filing/issues';
import { judgeRun } from '@autoheal/core/filing/verdict';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatheredRun, RunInfo, RunVerdict } from '../src/types.js';
import {
  cidiffLog,
  Fixture,
  failedJob,
  HOUR,
  isoAt,
  issueDeps,
  runInfo,
  simClient,
  T0,
  verdictFor,
  writes,
} from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const LABELS = { base: 'autoheal', categoryPrefix: 'autoheal:', extra: [] as string[] };

function fileInput(run: RunInfo, v: { verdict: RunVerdict; gathered: GatheredRun }): FileInput {
  return {
    run,
    gathered: v.gathered,
    verdict: v.verdict,
    labels: LABELS,
    maxPerHour: 50,
    reopenDays: 14,
    minConfidence: 0,
  };
}

/** A repository whose main has three commits (c0 → c1 → c2) and a branch `feature` off c1 with one more. */
async function repoWithHistory(): Promise<{ sim: GitHubSimulator; sha: Record<string, string> }> {
  const sim = await fixture.sim(
    seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .file('README.md', 'c0\n')
          .commit('main', { 'a.txt': 'c1\n' }, 'c1')
          .branch('feature', { 'f.txt': 'f1\n' })
          .commit('main', { 'a.txt': 'c2\n' }, 'c2'),
      )
      .build(),
  );
  const repo = sim.state.requireRepo('octo-org/widgets');
  const main = repo.refs.get('refs/heads/main')!;
  const c1 = repo.git.commit(main)!.parents[0]!;
  const c0 = repo.git.commit(c1)!.parents[0]!;
  const feature = repo.refs.get('refs/heads/feature')!;
  return { sim, sha: { c0, c1, c2: main, feature } };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('concurrent runs of one failure', () => {
  for (const n of [5, 20]) {
    it(`${n} runs at once: exactly one issue, count ${n}, no issue opened and closed`, async () => {
      const { sim, sha } = await repoWithHistory();
      const runs = Array.from({ length: n }, (_, i) =>
        runInfo({ id: 1000 + i, headSha: sha.c2!, createdAt: isoAt(T0 + i * 1000) }),
      );
      const verdicts = await Promise.all(runs.map((r) => verdictFor(r, { cidiff: 'tf-checks-run68' })));
      const outcomes = await Promise.all(
        shuffled([...runs.keys()], n).map((i) =>
          fileFailure(issueDeps(sim, fixture), fileInput(runs[i]!, verdicts[i]!)),
        ),
      );

      const repo = sim.state.requireRepo('octo-org/widgets');
      const issues = [...repo.issues.values()];
      expect(issues).toHaveLength(1);
      expect(issues[0]!.state).toBe('open');
      expect(outcomes.filter((o) => o.result === 'created')).toHaveLength(1);
      expect(outcomes.filter((o) => o.result === 'updated')).toHaveLength(n - 1);
      expect(readFailureMarker(issues[0]!.body)?.occurrence.count).toBe(n);
      // One "seen again" comment per other run, none twice.
      const runsCommented = issues[0]!.comments.map((c) => /run=(\d+)/.exec(c.body)?.[1]);
      expect(runsCommented).toHaveLength(n - 1);
      expect(new Set(runsCommented).size).toBe(n - 1);
      // Exactly one claim was taken; the others lost it (422) and waited for the winner's issue.
      const claims = sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs');
      expect(claims.filter((r) => r.status === 201)).toHaveLength(1);
      expect(claims.filter((r) => r.status === 422)).toHaveLength(n - 1);
      expect(writes(sim).filter((w) => w === 'POST /repos/octo-org/widgets/issues')).toHaveLength(1);
      expect(repo.refs.has(`refs/autoheal/claims/${verdicts[0]!.verdict.fingerprint}`)).toBe(true);
    });
  }

  it('a claim left behind by a run that died is taken over after waiting, and one issue is filed', async () => {
    const { sim, sha } = await repoWithHistory();
    const run = runInfo({ id: 2000, headSha: sha.c2! });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const repo = sim.state.requireRepo('octo-org/widgets');
    repo.refs.set(`refs/autoheal/claims/${v.verdict.fingerprint}`, sha.c1!);
    const waits: number[] = [];
    const outcome = await fileFailure(
      issueDeps(sim, fixture, { pause: async (s) => void waits.push(s) }),
      fileInput(run, v),
    );
    expect(outcome.result).toBe('created');
    expect(waits.reduce((a, b) => a + b, 0)).toBe(30);
    expect(repo.issues.size).toBe(1);
    expect(repo.refs.get(`refs/autoheal/claims/${v.verdict.fingerprint}`)).toBe(sha.c2);
  });
});

describe('a claim whose issue GitHub refused', () => {
  for (const [what, path, status] of [
    ['the issue', '/repos/{owner}/{repo}/issues', 403],
    ['the issue', '/repos/{owner}/{repo}/issues', 422],
    ['a label', '/repos/{owner}/{repo}/labels', 403],
  ] as const) {
    it(`is given back when ${what} is refused (${status}): the next delivery files at once, without waiting it out`, async () => {
      const { sim, sha } = await repoWithHistory();
      const run = runInfo({ id: 2200, headSha: sha.c2! });
      const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
      const repo = sim.state.requireRepo('octo-org/widgets');
      const refused = sim.faults.inject({
        method: 'POST',
        path,
        fault:
          status === 422 ? { kind: 'validation', message: 'Validation Failed' } : { kind: 'status', status },
      });
      await expect(fileFailure(issueDeps(sim, fixture), fileInput(run, v))).rejects.toThrow();
      expect(refused.hits).toBe(1);
      expect(repo.issues.size).toBe(0);
      // Nothing was filed, so nothing holds the claim.
      expect(repo.refs.has(`refs/autoheal/claims/${v.verdict.fingerprint}`)).toBe(false);
      const waits: number[] = [];
      const again = await fileFailure(
        issueDeps(sim, fixture, { pause: async (s) => void waits.push(s) }),
        fileInput(runInfo({ id: 2201, headSha: sha.c2! }), v),
      );
      expect(again.result).toBe('created');
      expect(waits).toEqual([]);
      expect(repo.issues.size).toBe(1);
    });
  }

  it('is kept when the answer was lost (the issue may exist): a 502 that the re-read shows took no effect is retried, one issue', async () => {
    const { sim, sha } = await repoWithHistory();
    const run = runInfo({ id: 2300, headSha: sha.c2! });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const repo = sim.state.requireRepo('octo-org/widgets');
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      fault: { kind: 'server-error', status: 502 },
    });
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));
    expect(outcome.result).toBe('created');
    expect(repo.issues.size).toBe(1);
    expect(repo.refs.has(`refs/autoheal/claims/${v.verdict.fingerprint}`)).toBe(true);
  });
});

describe('a claim after a lost answer', () => {
  it('is not taken as ours when the same commit is claimed already (a retry cannot tell whose it is)', async () => {
    const { sim, sha } = await repoWithHistory();
    const run = runInfo({ id: 2100, headSha: sha.c2! });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const repo = sim.state.requireRepo('octo-org/widgets');
    // Another run of this failure holds the claim, at the same commit.
    repo.refs.set(`refs/autoheal/claims/${v.verdict.fingerprint}`, sha.c2!);
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'server-error', status: 502 },
    });
    expect(await takeClaim(issueDeps(sim, fixture), v.verdict.fingerprint, sha.c2!)).toBe('lost');
    const tries = sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs');
    expect(tries.map((r) => r.status)).toEqual([502, 422]);
  });
});

describe('ordering: a green run closes only what it provably fixed', () => {
  async function filedAt(sim: GitHubSimulator, run: RunInfo) {
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));
    expect(['created', 'updated']).toContain(outcome.result);
    return v;
  }
  const close = (sim: GitHubSimulator, run: RunInfo) =>
    closeResolved(issueDeps(sim, fixture), { run, baseLabel: 'autoheal', reopenDays: 14, forgetDays: 14 });

  it('an older green run (created before the failure) says nothing, in any delivery order', async () => {
    const { sim, sha } = await repoWithHistory();
    const failure = runInfo({ id: 31, headSha: sha.c2!, createdAt: isoAt(T0 + 30 * 60_000) });
    const slowGreen = runInfo({ id: 30, headSha: sha.c2!, conclusion: 'success', createdAt: isoAt(T0) });
    await filedAt(sim, failure);
    const before = writes(sim).length;
    const outcome = await close(sim, slowGreen);
    expect(outcome.result).toBe('skipped');
    expect(writes(sim).length).toBe(before);
    expect(sim.state.requireRepo('octo-org/widgets').issues.get(1)!.state).toBe('open');
  });

  it('a newer green run on a commit without the failing one says nothing; one on a descendant closes', async () => {
    const { sim, sha } = await repoWithHistory();
    await filedAt(sim, runInfo({ id: 40, headSha: sha.c1!, createdAt: isoAt(T0) }));
    // Newer, but on c0, which does not contain c1.
    const behind = await close(
      sim,
      runInfo({ id: 41, headSha: sha.c0!, conclusion: 'success', createdAt: isoAt(T0 + HOUR) }),
    );
    expect(behind.result).toBe('skipped');
    expect(sim.state.requireRepo('octo-org/widgets').issues.get(1)!.state).toBe('open');
    const ahead = await close(
      sim,
      runInfo({ id: 42, headSha: sha.c2!, conclusion: 'success', createdAt: isoAt(T0 + 2 * HOUR) }),
    );
    expect(ahead.result).toBe('closed');
    const issue = sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(issue.state).toBe('closed');
    // One compare call per green run, and the claim released with the close.
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/compare/{basehead}')).toHaveLength(2);
    expect(
      [...sim.state.requireRepo('octo-org/widgets').refs.keys()].some((r) => r.startsWith('refs/autoheal/')),
    ).toBe(false);
  });

  it('a failure delivered after a newer green run that contains it files nothing', async () => {
    const { sim, sha } = await repoWithHistory();
    const run = runInfo({ id: 50, headSha: sha.c1!, createdAt: isoAt(T0) });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    v.gathered.newerGreen = {
      runId: 51,
      htmlUrl: 'https://github.com/octo-org/widgets/actions/runs/51',
      createdAt: isoAt(T0 + HOUR),
      headSha: sha.c2!,
    };
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));
    expect(outcome.result).toBe('skipped');
    expect(outcome.done.join(' ')).toContain('already green again');
    expect(writes(sim)).toEqual([]);
  });
});

describe('branch scope: an issue waits on every branch it was seen on', () => {
  const close = (sim: GitHubSimulator, run: RunInfo) =>
    closeResolved(issueDeps(sim, fixture), { run, baseLabel: 'autoheal', reopenDays: 14, forgetDays: 14 });

  it('main green does not close while feature is red; feature green then closes it', async () => {
    const { sim, sha } = await repoWithHistory();
    const onMain = runInfo({ id: 60, headSha: sha.c2!, createdAt: isoAt(T0) });
    const onFeature = runInfo({
      id: 61,
      headSha: sha.feature!,
      headBranch: 'feature',
      createdAt: isoAt(T0 + 60_000),
    });
    const v = await verdictFor(onMain, { cidiff: 'tf-checks-run68' });
    await fileFailure(issueDeps(sim, fixture), fileInput(onMain, v));
    await fileFailure(
      issueDeps(sim, fixture),
      fileInput(onFeature, await verdictFor(onFeature, { cidiff: 'tf-checks-run68' })),
    );
    const issue = () => sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(
      readFailureMarker(issue().body)
        ?.branches?.map((b) => b.branch)
        .sort(),
    ).toEqual(['feature', 'main']);

    const mainGreen = await close(
      sim,
      runInfo({ id: 62, headSha: sha.c2!, conclusion: 'success', createdAt: isoAt(T0 + HOUR) }),
    );
    expect(mainGreen.result).toBe('updated');
    expect(issue().state).toBe('open');
    expect(readFailureMarker(issue().body)?.branches?.map((b) => b.branch)).toEqual(['feature']);
    // A green feature run older than its failure proves nothing.
    const stale = await close(
      sim,
      runInfo({
        id: 58,
        headSha: sha.feature!,
        headBranch: 'feature',
        conclusion: 'success',
        createdAt: isoAt(T0),
      }),
    );
    expect(stale.result).toBe('skipped');
    const featureGreen = await close(
      sim,
      runInfo({
        id: 63,
        headSha: sha.feature!,
        headBranch: 'feature',
        conclusion: 'success',
        createdAt: isoAt(T0 + HOUR),
      }),
    );
    expect(featureGreen.result).toBe('closed');
    expect(issue().state).toBe('closed');
    expect(issue().comments.filter((c) => c.body.includes('Green again'))).toHaveLength(1);
  });

  it('a deleted branch, or one idle for forget-days, is no longer waited for', async () => {
    const { sim, sha } = await repoWithHistory();
    const onMain = runInfo({ id: 70, headSha: sha.c2!, createdAt: isoAt(T0) });
    const v = await verdictFor(onMain, { cidiff: 'tf-checks-run68' });
    await fileFailure(issueDeps(sim, fixture), fileInput(onMain, v));
    const gone = runInfo({
      id: 71,
      headSha: sha.feature!,
      headBranch: 'feature',
      createdAt: isoAt(T0 + 60_000),
    });
    await fileFailure(
      issueDeps(sim, fixture),
      fileInput(gone, await verdictFor(gone, { cidiff: 'tf-checks-run68' })),
    );
    sim.state.requireRepo('octo-org/widgets').refs.delete('refs/heads/feature');
    const outcome = await close(
      sim,
      runInfo({ id: 72, headSha: sha.c2!, conclusion: 'success', createdAt: isoAt(T0 + HOUR) }),
    );
    expect(outcome.result).toBe('closed');
    expect(outcome.done.join(' ')).toContain('no longer waiting on feature');
  });

  it('a green run clearing a branch while an occurrence is written keeps both (re-read, written once more)', async () => {
    const { sim, sha } = await repoWithHistory();
    const onMain = runInfo({ id: 80, headSha: sha.c2!, createdAt: isoAt(T0) });
    const onFeature = runInfo({
      id: 81,
      headSha: sha.feature!,
      headBranch: 'feature',
      createdAt: isoAt(T0 + 60_000),
    });
    await fileFailure(
      issueDeps(sim, fixture),
      fileInput(onMain, await verdictFor(onMain, { cidiff: 'tf-checks-run68' })),
    );
    await fileFailure(
      issueDeps(sim, fixture),
      fileInput(onFeature, await verdictFor(onFeature, { cidiff: 'tf-checks-run68' })),
    );
    const issue = () => sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    // The other writer read the body before the green run wrote, and writes it (count 3) right after.
    const before = issue().body ?? '';
    const stale = readFailureMarker(before)!;
    const staleBody = withOccurrence(
      before,
      { ...stale, occurrence: { ...stale.occurrence, count: 3 } },
      new RunLinks(onMain),
    );
    const green = simClient(sim);
    let raced = false;
    green.hook.after('request', async (_response, options) => {
      if (raced || options.method !== 'PATCH') return;
      raced = true;
      await simClient(sim).rest.issues.update({
        owner: 'octo-org',
        repo: 'widgets',
        issue_number: 1,
        body: staleBody,
      });
    });
    const out = await closeResolved(issueDeps(sim, fixture, { github: green }), {
      run: runInfo({ id: 82, headSha: sha.c2!, conclusion: 'success', createdAt: isoAt(T0 + HOUR) }),
      baseLabel: 'autoheal',
      reopenDays: 14,
      forgetDays: 14,
    });
    expect(raced).toBe(true);
    expect(out.result).toBe('updated');
    const marker = readFailureMarker(issue().body)!;
    expect(marker.branches?.map((b) => b.branch)).toEqual(['feature']);
    expect(marker.cleared?.main).toBe(isoAt(T0 + HOUR));
    expect(marker.occurrence.count).toBe(3);
    expect(issue().state).toBe('open');
  });
});

describe('a failure first filed without its log', () => {
  const judged = async (run: RunInfo, withLog: boolean) => {
    const gathered: GatheredRun = {
      run,
      jobs: [
        withLog
          ? failedJob({ logStatus: 'ok', logFile: cidiffLog('tf-checks-run68', 'fail') })
          : failedJob({ logStatus: 'unavailable', logProblem: 'The log of job 501 is unavailable (404).' }),
      ],
      skippedJobs: [],
    };
    return { verdict: await judgeRun(gathered), gathered };
  };

  it('is taken over by the full analysis of another run at the same site (count 2), and a later degraded run records there', async () => {
    const { sim } = await repoWithHistory();
    const a = runInfo({ id: 90, createdAt: isoAt(T0) });
    const b = runInfo({ id: 91, createdAt: isoAt(T0 + 60_000) });
    const c = runInfo({ id: 92, createdAt: isoAt(T0 + 120_000) });
    const degraded = await judged(a, false);
    expect(degraded.verdict.degraded).toBe(true);
    const first = await fileFailure(issueDeps(sim, fixture), fileInput(a, degraded));
    expect(first.result).toBe('created');

    const full = await judged(b, true);
    const second = await fileFailure(issueDeps(sim, fixture), fileInput(b, full));
    expect(second).toMatchObject({ result: 'updated', issue: { number: 1 } });
    const issue = () => sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(sim.state.requireRepo('octo-org/widgets').issues.size).toBe(1);
    let marker = readFailureMarker(issue().body)!;
    expect(marker).toMatchObject({
      fingerprint: full.verdict.fingerprint,
      formerly: degraded.verdict.fingerprint,
    });
    expect(marker.occurrence.count).toBe(2);
    expect(issue().labels).toEqual(expect.arrayContaining(['autoheal', 'autoheal:test_failure']));
    expect(issue().title).not.toContain('could not be read');

    const third = await fileFailure(issueDeps(sim, fixture), fileInput(c, await judged(c, false)));
    expect(third).toMatchObject({ result: 'updated', issue: { number: 1 } });
    marker = readFailureMarker(issue().body)!;
    expect(marker.fingerprint).toBe(full.verdict.fingerprint);
    expect(marker.occurrence.count).toBe(3);
    expect(sim.state.requireRepo('octo-org/widgets').issues.size).toBe(1);
  });
});
