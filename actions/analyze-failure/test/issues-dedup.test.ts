import { OperationBudget } from '@autoheal/core/budget';
import { issueBody, readFailureMarker, renderFailureMarker } from '@autoheal/core/filing/issue-body';
import { type FileInput, fileFailure, listLabelledIssues } from '@autoheal/core/filing/issues';
import { parseMarkers } from '@autoheal/core/markers';
import { fencedLines } from '@autoheal/core/text/fences';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { stampedRequestId, stripRequestStamp } from '@autoheal/core/write-once';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedIssue } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatheredRun, RunInfo, RunVerdict } from '../src/types.js';
import { DAY, Fixture, HOUR, isoAt, issueDeps, runInfo, T0, verdictFor, writes } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const LABELS = { base: 'autoheal', categoryPrefix: 'autoheal:', extra: [] as string[] };

function fileInput(
  run: RunInfo,
  v: { verdict: RunVerdict; gathered: GatheredRun },
  extra: Partial<FileInput> = {},
): FileInput {
  return {
    run,
    gathered: v.gathered,
    verdict: v.verdict,
    labels: LABELS,
    maxPerHour: 5,
    reopenDays: 14,
    minConfidence: 0,
    ...extra,
  };
}

/** An issue as an earlier run of autoheal would have filed it, for seeding. */
function earlierIssue(
  run: RunInfo,
  v: { verdict: RunVerdict; gathered: GatheredRun },
  fields: Partial<SeedIssue> & { at?: number } = {},
): SeedIssue {
  const at = fields.at ?? T0 - 2 * DAY;
  const { at: _at, ...rest } = fields;
  const body = issueBody(createSanitizer(), {
    run,
    gathered: v.gathered,
    verdict: v.verdict,
    occurrence: {
      count: 1,
      firstSeen: isoAt(at),
      firstRun: run.id,
      firstAttempt: 1,
      lastSeen: isoAt(at),
      lastRun: run.id,
      lastAttempt: 1,
    },
  });
  return {
    title: '[autoheal] CI · test: earlier',
    body,
    author: 'github-actions[bot]',
    labels: ['autoheal', `autoheal:${v.verdict.category}`],
    created_at: isoAt(at),
    updated_at: isoAt(at),
    ...rest,
  };
}

describe('fileFailure', () => {
  it('creates one issue for a new failure, with its labels and a marker carrying the fingerprint', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo({ id: 200 });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const d = issueDeps(sim, fixture);

    const outcome = await fileFailure(d, fileInput(run, v));

    expect(outcome.result).toBe('created');
    expect(outcome.notify).toBe('created');
    const repo = sim.state.requireRepo('octo-org/widgets');
    const issues = [...repo.issues.values()];
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(outcome.issue?.number).toBe(issue.number);
    expect(issue.title).toMatch(
      /^\[autoheal\] CI · test: Test failure: --- FAIL: TestCloud_configWithEnvVars/,
    );
    expect(issue.labels).toEqual(['autoheal', 'autoheal:test_failure']);
    expect([...repo.labels.keys()].sort()).toEqual(['autoheal', 'autoheal:test_failure']);
    const marker = readFailureMarker(issue.body);
    expect(marker?.fingerprint).toBe(v.verdict.fingerprint);
    expect(marker?.workflowPath).toBe('.github/workflows/ci.yml');
    expect(marker?.branch).toBe('main');
    expect(marker?.occurrence).toMatchObject({ count: 1, firstRun: 200, lastRun: 200, lastAttempt: 1 });
    expect(writes(sim)).toEqual([
      'POST /repos/octo-org/widgets/git/refs',
      'POST /repos/octo-org/widgets/labels',
      'POST /repos/octo-org/widgets/labels',
      'POST /repos/octo-org/widgets/issues',
    ]);
  });

  it('comments once and updates the count when the failure is seen again, never a second issue', async () => {
    const first = runInfo({ id: 150 });
    const v1 = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r.issue(
            earlierIssue(first, v1, {
              body: `${earlierIssue(first, v1).body}\n\nMaintainer note: flaky on Tuesdays.`,
            }),
          ),
        )
        .build(),
    );
    const run = runInfo({ id: 160, headBranch: 'release' });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    expect(v.verdict.fingerprint).toBe(v1.verdict.fingerprint);

    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));

    expect(outcome.result).toBe('updated');
    expect(outcome.notify).toBeUndefined();
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.size).toBe(1);
    const issue = repo.issues.get(1)!;
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain('Seen again in [run 160, attempt 1]');
    expect(issue.comments[0]!.body).toContain('That makes 2 occurrences');
    const marker = readFailureMarker(issue.body);
    expect(marker?.occurrence).toMatchObject({ count: 2, firstRun: 150, lastRun: 160, lastSeen: isoAt(T0) });
    expect(marker?.branch).toBe('release');
    expect(issue.body).toContain('**Occurrences:** 2 · first seen');
    expect(issue.body).toContain('Maintainer note: flaky on Tuesdays.');
    // The comment first: the count is derived from the comments, so a racing writer cannot lose it.
    expect(writes(sim)).toEqual([
      'POST /repos/octo-org/widgets/issues/1/comments',
      'PATCH /repos/octo-org/widgets/issues/1',
    ]);
  });

  it('writes nothing when the same run is filed again (a re-run of the step)', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo({ id: 200 });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    await fileFailure(issueDeps(sim, fixture), fileInput(run, v));
    const seen = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 201 }), v));
    expect(seen.result).toBe('updated');
    const before = writes(sim).length;

    const again = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 201 }), v));
    const creator = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));

    expect(again.result).toBe('skipped');
    expect(creator.result).toBe('skipped');
    expect(writes(sim).length).toBe(before);
    const issue = sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(issue.comments).toHaveLength(1);
    expect(readFailureMarker(issue.body)?.occurrence.count).toBe(2);
  });

  it('adds only the missing comment when an earlier attempt stopped after updating the body', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const run = runInfo({ id: 170 });
    // The body already counts run 170 (its PATCH went through), but its comment was never posted.
    const seeded = earlierIssue(first, v);
    seeded.body = seeded.body!.replace('last-run=150', 'last-run=170').replace('count=1', 'count=2');
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(seeded))
        .build(),
    );

    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));
    const again = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));

    expect(outcome.result).toBe('updated');
    expect(again.result).toBe('skipped');
    expect(writes(sim)).toEqual([
      'POST /repos/octo-org/widgets/issues/1/comments',
      'PATCH /repos/octo-org/widgets/issues/1',
    ]);
    expect(
      readFailureMarker(sim.state.requireRepo('octo-org/widgets').issues.get(1)!.body)?.occurrence.count,
    ).toBe(2);
  });

  it('reopens an issue of the same failure closed within reopen-days, with a comment', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const closed = earlierIssue(first, v, {
      state: 'closed',
      state_reason: 'completed',
      closed_at: isoAt(T0 - 3 * DAY),
      updated_at: isoAt(T0 - 3 * DAY),
    });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(closed))
        .build(),
    );
    const run = runInfo({ id: 180 });

    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v));

    expect(outcome.result).toBe('reopened');
    expect(outcome.notify).toBe('reopened');
    const issue = sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    expect(issue.state).toBe('open');
    expect(issue.state_reason).toBe('reopened');
    expect(issue.comments.map((c) => c.body).join('\n')).toContain(
      'Reopened: the same failure happened again in [run 180',
    );
    expect(readFailureMarker(issue.body)?.occurrence.count).toBe(2);
    expect(sim.state.requireRepo('octo-org/widgets').issues.size).toBe(1);
  });

  it('files a new issue when the closed one was closed longer ago than reopen-days', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const closed = earlierIssue(first, v, {
      at: T0 - 40 * DAY,
      state: 'closed',
      state_reason: 'completed',
      closed_at: isoAt(T0 - 20 * DAY),
      updated_at: isoAt(T0 - 20 * DAY),
    });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(closed))
        .build(),
    );

    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 180 }), v));

    expect(outcome.result).toBe('created');
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.get(1)!.state).toBe('closed');
    expect(repo.issues.get(1)!.comments).toHaveLength(0);
    expect(repo.issues.get(2)!.state).toBe('open');
    // The closed list asked only for what changed within the window.
    const closedList = sim.requests.find((r) => r.path.endsWith('/issues') && r.query.state === 'closed');
    expect(closedList?.query.since).toBe(isoAt(T0 - 14 * DAY));
  });

  it('ignores a marker in an issue written by anyone but the trusted author', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    // A stranger copies an autoheal body, marker and all, to make autoheal treat the issue as its own.
    const forged = earlierIssue(first, v, { author: 'mallory', title: 'totally autoheal' });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(forged))
        .build(),
    );

    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 180 }), v));

    expect(outcome.result).toBe('created');
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.get(1)!.comments).toHaveLength(0);
    expect(repo.issues.get(1)!.body).toBe(forged.body);
    expect(writes(sim).some((w) => w.includes('/issues/1'))).toBe(false);
    expect(repo.issues.get(2)!.author).toBe('github-actions[bot]');
  });

  it('does not reopen a closed duplicate; it reopens the issue it duplicated', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r
            .issue(
              earlierIssue(first, v, {
                state: 'closed',
                state_reason: 'completed',
                closed_at: isoAt(T0 - 2 * DAY),
                updated_at: isoAt(T0 - 2 * DAY),
              }),
            )
            .issue(
              earlierIssue(first, v, {
                state: 'closed',
                state_reason: 'duplicate',
                closed_at: isoAt(T0 - DAY),
                updated_at: isoAt(T0 - DAY),
              }),
            ),
        )
        .build(),
    );
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 190 }), v));
    expect(outcome.result).toBe('reopened');
    expect(outcome.issue?.number).toBe(1);
    expect(sim.state.requireRepo('octo-org/widgets').issues.get(2)!.state).toBe('closed');
  });

  it('two runs racing past the recheck end with one open issue', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const runA = runInfo({ id: 300 });
    const runB = runInfo({ id: 301 });
    const vA = await verdictFor(runA, { cidiff: 'tf-checks-run68' });
    const vB = await verdictFor(runB, { cidiff: 'tf-checks-run68' });
    // Both runs wait at the point between their last recheck and their create until both are there.
    let arrived = 0;
    let release: () => void = () => {};
    const barrier = new Promise<void>((resolve) => {
      release = resolve;
    });
    const beforeCreate = async () => {
      arrived += 1;
      if (arrived === 2) release();
      await barrier;
    };

    const [a, b] = await Promise.all([
      fileFailure(issueDeps(sim, fixture, { beforeCreate }), fileInput(runA, vA)),
      fileFailure(issueDeps(sim, fixture, { beforeCreate }), fileInput(runB, vB)),
    ]);

    expect(arrived).toBe(2);
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.size).toBe(2);
    const open = [...repo.issues.values()].filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    const canonical = open[0]!;
    const duplicate = [...repo.issues.values()].find((i) => i.state === 'closed')!;
    expect(canonical.number).toBeLessThan(duplicate.number);
    expect(duplicate.state_reason).toBe('duplicate');
    expect(duplicate.comments[0]!.body).toContain(`closing this one as its duplicate`);
    // The loser's occurrence is counted on the survivor.
    expect(readFailureMarker(canonical.body)?.occurrence.count).toBe(2);
    expect(canonical.comments).toHaveLength(1);
    expect([a.result, b.result].sort()).toEqual(['created', 'updated']);
    expect([a.issue?.number, b.issue?.number]).toEqual([canonical.number, canonical.number]);
  });

  it('a run that comes second sees the first issue at the recheck and comments instead', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const runA = runInfo({ id: 300 });
    const runB = runInfo({ id: 301 });
    const vA = await verdictFor(runA, { cidiff: 'tf-checks-run68' });
    // A files its issue while B is between its first look (nothing) and its recheck.
    let aDone = false;
    const d = issueDeps(sim, fixture);
    let calls = 0;
    d.github.hook.before('request', async (options) => {
      if (/\/issues(\?|$)/.test(String(options.url)) && options.method === 'GET') {
        calls += 1;
        // B's third list is its recheck (open, closed, recheck).
        if (calls === 3 && !aDone) {
          await fileFailure(issueDeps(sim, fixture), fileInput(runA, vA));
          aDone = true;
        }
      }
    });
    const b = await fileFailure(d, fileInput(runB, await verdictFor(runB, { cidiff: 'tf-checks-run68' })));

    expect(aDone).toBe(true);
    expect(b.result).toBe('updated');
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.size).toBe(1);
    expect(repo.issues.get(1)!.comments).toHaveLength(1);
  });

  it('files a different failure as a second issue', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo({ id: 200 });
    await fileFailure(
      issueDeps(sim, fixture),
      fileInput(run, await verdictFor(run, { cidiff: 'tf-checks-run68' })),
    );
    const lint = await verdictFor(run, { cidiff: 'cidiff_75' }, { name: 'lint' });
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(runInfo({ id: 201 }), lint));
    expect(outcome.result).toBe('created');
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.size).toBe(2);
    expect(repo.issues.get(2)!.labels).toEqual(['autoheal', 'autoheal:lint_failure']);
  });

  it('does not file below issues.min-confidence', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo();
    const v = await verdictFor(run, { cidiff: 'cidiff_75' });
    const outcome = await fileFailure(issueDeps(sim, fixture), fileInput(run, v, { minConfidence: 0.95 }));
    expect(outcome.result).toBe('skipped');
    expect(outcome.notFiled).toContain('below issues.min-confidence (0.95)');
    expect(writes(sim)).toEqual([]);
  });

  it('reads every page of open issues (more than 100)', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r.issue(earlierIssue(first, v, { at: T0 - 30 * DAY })).issues(130, (i) => ({
            title: `other ${i}`,
            author: 'alice',
            labels: ['autoheal'],
            created_at: isoAt(T0 - DAY + i * 1000),
          })),
        )
        .build(),
    );
    const d = issueDeps(sim, fixture);
    const open = await listLabelledIssues(d, { label: 'autoheal', state: 'open' });
    expect(open).toHaveLength(131);
    const outcome = await fileFailure(d, fileInput(runInfo({ id: 151 }), v));
    expect(outcome.result).toBe('updated');
    expect(outcome.issue?.number).toBe(1);
  });
});

describe('the hourly cap', () => {
  function capped(n: number, minutesAgo: number, fingerprint: string): SeedIssue {
    const at = T0 - minutesAgo * 60_000;
    const marker = renderFailureMarker({
      fingerprint,
      workflowPath: '.github/workflows/ci.yml',
      branch: 'main',
      occurrence: {
        count: 1,
        firstSeen: isoAt(at),
        firstRun: n,
        firstAttempt: 1,
        lastSeen: isoAt(at),
        lastRun: n,
        lastAttempt: 1,
      },
    });
    return {
      title: `[autoheal] earlier ${n}`,
      author: 'github-actions[bot]',
      labels: ['autoheal'],
      body: `${marker}\nbody`,
      created_at: isoAt(at),
      updated_at: isoAt(at),
    };
  }

  it('counts issues created in the last hour from GitHub, open or closed, and files none beyond the cap', async () => {
    const seed = seedBuilder()
      .repo('octo-org/widgets', (r) =>
        r
          .issue(capped(1, 10, 'aaaa'))
          .issue({
            ...capped(2, 20, 'bbbb'),
            state: 'closed',
            state_reason: 'completed',
            closed_at: isoAt(T0 - 5 * 60_000),
            updated_at: isoAt(T0 - 5 * 60_000),
          })
          // Older than an hour, and one by someone else: neither counts.
          .issue(capped(3, 90, 'cccc'))
          .issue({ ...capped(4, 5, 'dddd'), author: 'mallory' }),
      )
      .build();
    const sim = await fixture.sim(seed);
    const run = runInfo({ id: 400 });
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });

    const blocked = await fileFailure(issueDeps(sim, fixture), fileInput(run, v, { maxPerHour: 2 }));
    expect(blocked.result).toBe('skipped');
    expect(blocked.notFiled).toContain(
      '2 autoheal issues were filed in the last hour, and issues.max-per-hour is 2',
    );
    expect(blocked.notFiled).toContain('Test failure');
    expect(writes(sim)).toEqual([]);

    const allowed = await fileFailure(issueDeps(sim, fixture), fileInput(run, v, { maxPerHour: 3 }));
    expect(allowed.result).toBe('created');
  });

  it('0 files nothing', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo();
    const outcome = await fileFailure(
      issueDeps(sim, fixture),
      fileInput(run, await verdictFor(run, { cidiff: 'tf-checks-run68' }), { maxPerHour: 0 }),
    );
    expect(outcome.result).toBe('skipped');
    expect(writes(sim)).toEqual([]);
  });

  it('lets the window pass: an hour later the same history no longer blocks', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(capped(1, 30, 'aaaa')))
        .build(),
    );
    const run = runInfo();
    const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    expect((await fileFailure(issueDeps(sim, fixture), fileInput(run, v, { maxPerHour: 1 }))).result).toBe(
      'skipped',
    );
    fixture.clock.t = T0 + HOUR;
    expect((await fileFailure(issueDeps(sim, fixture), fileInput(run, v, { maxPerHour: 1 }))).result).toBe(
      'created',
    );
  });
});

describe('dry run and budget', () => {
  it('a dry run reads as a real run would and writes nothing, on every path', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const lint = await verdictFor(first, { cidiff: 'cidiff_75' }, { name: 'lint' });
    const closedLint = earlierIssue(first, lint, {
      state: 'closed',
      state_reason: 'completed',
      closed_at: isoAt(T0 - DAY),
      updated_at: isoAt(T0 - DAY),
    });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(earlierIssue(first, v)).issue(closedLint))
        .build(),
    );
    const run = runInfo({ id: 151 });
    const newOne = await verdictFor(run, { text: 'error: linker `cc` not found\n' }, { name: 'build' });

    const seen = await fileFailure(issueDeps(sim, fixture, { dryRun: true }), fileInput(run, v));
    const reopen = await fileFailure(issueDeps(sim, fixture, { dryRun: true }), fileInput(run, lint));
    const created = await fileFailure(issueDeps(sim, fixture, { dryRun: true }), fileInput(run, newOne));

    expect(writes(sim)).toEqual([]);
    expect([seen.result, reopen.result, created.result]).toEqual(['dry-run', 'dry-run', 'dry-run']);
    expect(seen.done.join(' ')).toContain('Would comment on [issue 1]');
    expect(reopen.done.join(' ')).toContain('Would reopen [issue 2]');
    expect(created.done.join(' ')).toContain('Would create the issue');
    expect(created.done.join(' ')).toMatch(/Would first create the missing label autoheal:/);
    // It looked the missing label up, as a real run would.
    expect(
      sim.requests.some((r) => r.method === 'GET' && r.path.startsWith('/repos/octo-org/widgets/labels/')),
    ).toBe(true);
  });

  it('stops before writing when the budget cannot cover filing, and says what was left undone', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const budget = new OperationBudget(3);
    const run = runInfo();
    const outcome = await fileFailure(
      issueDeps(sim, fixture, { budget }),
      fileInput(run, await verdictFor(run, { cidiff: 'tf-checks-run68' })),
    );
    expect(outcome.result).toBe('skipped');
    expect(outcome.notFiled).toContain('the operations budget has 3 writes left, and filing needs 6');
    expect(budget.undone[0]).toMatch(/^create the issue "\[autoheal\] CI · test: Test failure/);
    expect(writes(sim)).toEqual([]);
  });

  it('does not record half an occurrence when only one write is left', async () => {
    const first = runInfo({ id: 150 });
    const v = await verdictFor(first, { cidiff: 'tf-checks-run68' });
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(earlierIssue(first, v)))
        .build(),
    );
    const budget = new OperationBudget(1);
    const outcome = await fileFailure(
      issueDeps(sim, fixture, { budget }),
      fileInput(runInfo({ id: 151 }), v),
    );
    expect(outcome.result).toBe('skipped');
    expect(budget.undone).toEqual(['record the occurrence on issue #1']);
    expect(writes(sim)).toEqual([]);
  });
});

describe('escaping', () => {
  it('posts a hostile job name and log line harmlessly', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const hostile = '@octocat #1 ``` <!-- autoheal:kind=failure fingerprint=evil -->';
    const run = runInfo({ workflowName: 'CI @team', headBranch: 'fix/@admin-#2' });
    const log = [
      '##[group]Run npm test',
      'npm test',
      '##[endgroup]',
      `Error: ${hostile} fixes #3 ghp_abcdefghijklmnopqrstuvwxyz0123456789`,
      '```',
      '<!-- autoheal:kind=failure fingerprint=evil -->',
      '##[error]Process completed with exit code 1.',
    ].join('\n');
    const v = await verdictFor(run, { text: log }, { name: hostile });

    await fileFailure(issueDeps(sim, fixture), fileInput(run, v));

    const issue = sim.state.requireRepo('octo-org/widgets').issues.get(1)!;
    // The client's own request stamp (core write-once.ts) closes the stored body; the rest is what was rendered.
    expect(stampedRequestId(issue.body ?? '')).toBeDefined();
    const body = stripRequestStamp(issue.body ?? '');
    const markers = parseMarkers(body);
    expect(markers).toHaveLength(1);
    expect(markers[0]!.fields.fingerprint).toBe(v.verdict.fingerprint);
    expect(markers[0]!.line).toBe(1);
    // Outside code blocks (where GitHub links nothing): no live mention, reference or comment.
    const fenced = fencedLines(body, { strict: true });
    const prose = body.split('\n').filter((_l, i) => !fenced[i]);
    for (const text of [issue.title, prose.join('\n')]) {
      expect(text).not.toMatch(/(?<![A-Za-z0-9])@(octocat|team|admin)/);
      expect(text).not.toMatch(/#[123](?!\d)/);
      expect(text).not.toMatch(/<!--(?! autoheal:kind=failure fingerprint=[0-9a-f]{16} )/);
    }
    expect(body).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    // The log's own ``` cannot close the block: it ends where autoheal ends it, before the facts.
    const code = body.split('\n').filter((_l, i) => fenced[i]);
    expect(code[0]).toBe('````text');
    expect(code[code.length - 1]).toBe('````');
    expect(code.join('\n')).toContain('Error: @octocat #1 ``` ');
    expect(body.indexOf('#### Facts')).toBeGreaterThan(body.lastIndexOf('````'));
    expect(prose.join('\n')).not.toMatch(/\bfixes #/i);
    expect(issue.title.length).toBeLessThanOrEqual(256);
  });
});
