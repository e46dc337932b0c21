/**
 * The soak's invariant checker, proven able to fail: a crafted GitHub state where every invariant
 * holds, then one change per invariant that breaks it (and, where it can, only it).
 */
import { renderMarker } from '@autoheal/core/markers';
import { describe, expect, it } from 'vitest';
import {
  type CheckOptions,
  checkInvariants,
  type InvariantId,
  type SoakDelivery,
  type SoakIssue,
  type SoakPull,
} from '../bench/soak-invariants.js';

const BOT = 'github-actions[bot]';
const A = '.github/workflows/a.yml';
const B = '.github/workflows/b.yml';
const F1 = 'aaaaaaaaaaaaaaaa';
const F2 = 'bbbbbbbbbbbbbbbb';

const options: CheckOptions = {
  defaultBranch: 'main',
  trustedAuthors: [BOT],
  scope: 'default-branch',
  countSince: 'created',
};

function delivery(
  runId: number,
  workflowPath: string,
  branch: string,
  minute: number,
  fingerprint?: string,
  exitCode = 0,
): SoakDelivery {
  return {
    runId,
    attempt: 1,
    workflowPath,
    branch,
    createdAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`,
    conclusion: fingerprint ? 'failure' : 'success',
    ...(fingerprint ? { fingerprint } : {}),
    endedMs: Date.parse('2026-12-07T11:00:00Z') + runId * 1000,
    exitCode,
  };
}

/** F1 fails on main twice and is live; F2 failed on main and a newer green run fixed it; F1 also failed on a feature branch. */
const deliveries: SoakDelivery[] = [
  delivery(1, A, 'main', 1, F1),
  delivery(3, B, 'main', 2, F2),
  delivery(2, A, 'main', 5, F1),
  delivery(4, B, 'main', 9),
  delivery(5, A, 'feature/x', 7, F1),
];

function failureBody(fingerprint: string, count: number, firstRun: number, workflow: string): string {
  return `${renderMarker({ kind: 'failure', fingerprint, workflow, branch: 'main', count: String(count), 'first-run': String(firstRun), 'first-attempt': '1', v: '1' })}\n**Occurrences:** ${count}`;
}

const occurrence = (fingerprint: string, run: number) => ({
  author: BOT,
  body: `${renderMarker({ kind: 'occurrence', fingerprint, run: String(run), attempt: '1' })}\nSeen again in run ${run}.`,
  createdAt: '2026-12-07T11:00:05Z',
});

function goodIssues(): SoakIssue[] {
  return [
    {
      number: 1,
      state: 'open',
      stateReason: null,
      author: BOT,
      body: failureBody(F1, 2, 1, A),
      createdAt: '2026-12-07T11:00:01Z',
      closedAt: null,
      comments: [occurrence(F1, 2)],
      events: [],
    },
    {
      number: 2,
      state: 'closed',
      stateReason: 'completed',
      author: BOT,
      body: failureBody(F2, 1, 3, B),
      createdAt: '2026-12-07T11:00:02Z',
      closedAt: '2026-12-07T11:00:04Z',
      comments: [
        {
          author: BOT,
          body: `${renderMarker({ kind: 'resolved', fingerprint: F2, run: '4' })}\nGreen again.`,
          createdAt: '2026-12-07T11:00:04Z',
        },
      ],
      events: [{ event: 'closed', createdAt: '2026-12-07T11:00:04Z', stateReason: 'completed' }],
    },
  ];
}

/** The one autoheal comment on feature/x's pull request, with one section per workflow. */
function prComment(sections: string[] = [A]): SoakPull['comments'][number] {
  return {
    author: BOT,
    body: [
      renderMarker({ kind: 'pr-comment', pr: '9' }),
      ...sections.flatMap((key) => [
        renderMarker({ kind: 'pr-section', key, at: '2026-12-01T10:07:00Z' }),
        'Failed.',
      ]),
    ].join('\n'),
    createdAt: '2026-12-07T11:00:06Z',
  };
}

function goodPulls(): SoakPull[] {
  return [{ number: 9, branch: 'feature/x', comments: [prComment()] }];
}

function failing(
  issues: SoakIssue[],
  opts: CheckOptions = options,
  ds = deliveries,
  pulls = goodPulls(),
): InvariantId[] {
  return checkInvariants(issues, ds, opts, pulls)
    .filter((r) => !r.pass)
    .map((r) => r.id);
}

function violations(
  issues: SoakIssue[],
  id: InvariantId,
  opts: CheckOptions = options,
  ds = deliveries,
  pulls = goodPulls(),
): string[] {
  return checkInvariants(issues, ds, opts, pulls).find((r) => r.id === id)!.violations;
}

describe('the soak invariant checker', () => {
  it('passes a state where every promise was kept, and checks something for each invariant', () => {
    const results = checkInvariants(goodIssues(), deliveries, options, goodPulls());
    expect(results.map((r) => [r.id, r.pass])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', true],
      ['f', true],
      ['g', true],
    ]);
    expect(results.every((r) => r.checked > 0)).toBe(true);
  });

  it('(a) fails when a live failure has no open issue', () => {
    const issues = goodIssues();
    issues[0]!.state = 'closed';
    expect(failing(issues)).toEqual(['a']);
    expect(violations(issues, 'a')[0]).toMatch(
      /^aaaaaaaaaaaaaaaa: 0 open issues, though the latest run 2 \(failure, main/,
    );
    // Closed by a green run of the feature branch: the violation names it.
    issues[0]!.comments.push({
      author: BOT,
      body: `${renderMarker({ kind: 'resolved', fingerprint: F1, run: '6' })}\nGreen again.`,
      createdAt: '2026-12-07T11:00:09Z',
    });
    issues[0]!.stateReason = 'completed';
    const greenFeature = [...deliveries, delivery(6, A, 'feature/x', 8)];
    expect(checkInvariants(issues, greenFeature, options).find((r) => r.id === 'a')!.violations[0]).toMatch(
      /; #1 closed \(completed\) by green run 6 \(success, feature\/x, created 2026-12-01T10:08:00.000Z\)$/,
    );
  });

  it('(b) fails when the issue of a recovered failure is open, or one for a fingerprint no run had', () => {
    const issues = goodIssues();
    issues[1]!.state = 'open';
    expect(failing(issues)).toEqual(['b']);
    expect(violations(issues, 'b')).toEqual([
      '#2 (bbbbbbbbbbbbbbbb) is open though it recovered: run 4 (success, main, created 2026-12-01T10:09:00.000Z) is newer than every failure (delivered after every failure)',
    ]);
    // The green run's event delivered first: the violation says the events came out of order.
    const reordered = deliveries.map((d) => (d.runId === 4 ? { ...d, endedMs: d.endedMs - 10_000 } : d));
    expect(checkInvariants(issues, reordered, options).find((r) => r.id === 'b')!.violations[0]).toMatch(
      /\(the green run's event came before the older failing run 3\)$/,
    );

    const stray = goodIssues();
    stray.push({ ...stray[0]!, number: 3, body: failureBody('cccccccccccccccc', 1, 2, A), comments: [] });
    expect(violations(stray, 'b')).toEqual([
      '#3 (cccccccccccccccc) is open for a fingerprint no delivered run has (a degraded or wrong analysis)',
    ]);
  });

  it('(b) with the default-branch scope: an open issue for a failure seen only on a feature branch', () => {
    const onlyFeature = [delivery(5, A, 'feature/x', 7, F1), delivery(4, B, 'main', 9)];
    const issues = [{ ...goodIssues()[0]!, body: failureBody(F1, 1, 5, A), comments: [] }];
    expect(failing(issues, options, onlyFeature)).toContain('b');
    expect(failing(issues, { ...options, scope: 'all' }, onlyFeature)).toEqual([]);
  });

  it('(c) fails when two open issues share a fingerprint (and (a) with it)', () => {
    const issues = goodIssues();
    issues.push({ ...issues[0]!, number: 3, body: failureBody(F1, 2, 1, A), comments: [occurrence(F1, 2)] });
    expect(failing(issues)).toEqual(['a', 'c']);
    expect(violations(issues, 'c')).toEqual(['aaaaaaaaaaaaaaaa: open as #1, #3']);
  });

  it('(d) fails on a throw-away issue closed as a duplicate, by state reason or by our duplicate comment', () => {
    const issues = goodIssues();
    issues.push({
      number: 3,
      state: 'closed',
      stateReason: 'duplicate',
      author: BOT,
      body: failureBody(F1, 1, 2, A),
      createdAt: '2026-12-07T11:00:03Z',
      closedAt: '2026-12-07T11:00:03Z',
      comments: [],
      events: [{ event: 'closed', createdAt: '2026-12-07T11:00:03Z', stateReason: 'duplicate' }],
    });
    expect(failing(issues)).toEqual(['d']);

    const commented = goodIssues();
    commented.push({
      ...issues[2]!,
      stateReason: 'not_planned',
      events: [],
      comments: [
        {
          author: BOT,
          body: `${renderMarker({ kind: 'duplicate', fingerprint: F1, of: '1' })}\nDuplicate.`,
          createdAt: '2026-12-07T11:00:03Z',
        },
      ],
    });
    expect(violations(commented, 'd')).toEqual([
      '#3 (aaaaaaaaaaaaaaaa, created 2026-12-07T11:00:03Z) was closed as a duplicate of #1',
    ]);
  });

  it('(e) fails when one run is recorded twice on an issue, or "green again" is posted twice', () => {
    const issues = goodIssues();
    issues[0]!.comments.push(occurrence(F1, 2));
    expect(failing(issues)).toEqual(['e']);
    expect(violations(issues, 'e')).toEqual(['#1: run 2/1 recorded 2 times (its event was delivered once)']);

    // The same run delivered twice (a redelivery) and recorded by both: the message says so.
    const redelivered = [...deliveries, delivery(2, A, 'main', 5, F1)];
    expect(checkInvariants(issues, redelivered, options).find((r) => r.id === 'e')!.violations).toEqual([
      '#1: run 2/1 recorded 2 times (its event was delivered 2 times)',
    ]);

    const first = goodIssues();
    first[0]!.comments.push(occurrence(F1, 1));
    expect(violations(first, 'e')).toEqual([
      '#1: run 1/1 recorded 2 times (it is the run that filed the issue) (its event was delivered once)',
    ]);

    const green = goodIssues();
    green[1]!.comments.push({ ...green[1]!.comments[0]! });
    expect(violations(green, 'e')).toEqual([
      '#2: "green again" for run 4 posted 2 times (its event was delivered once)',
    ]);

    // Someone else's comment carrying a copied marker is not ours: it does not count.
    const forged = goodIssues();
    forged[0]!.comments.push({ ...occurrence(F1, 2), author: 'mallory' });
    expect(failing(forged)).toEqual([]);
  });

  it('(f) fails when a count is off, whichever way; a redelivered run counts once', () => {
    const high = goodIssues();
    high[0]!.body = failureBody(F1, 3, 1, A);
    expect(failing(high)).toEqual(['f']);
    expect(violations(high, 'f')).toEqual([
      '#1 (aaaaaaaaaaaaaaaa): count 3, expected 2 distinct failing runs (1@main, 2@main)',
    ]);

    const low = goodIssues();
    low[0]!.body = failureBody(F1, 1, 1, A);
    expect(failing(low)).toEqual(['f']);

    // Run 2 delivered twice, the first time crashing: still one occurrence.
    const twice = [...deliveries, delivery(2, A, 'main', 5, F1, 1)];
    expect(failing(goodIssues(), options, twice)).toEqual([]);
  });

  it('(f) names runs whose every delivery crashed: a count lost because the action failed', () => {
    const crashed = deliveries.map((d) => (d.runId === 2 ? { ...d, exitCode: 1 } : d));
    const issues = goodIssues();
    issues[0]!.body = failureBody(F1, 1, 1, A);
    issues[0]!.comments = [];
    const result = checkInvariants(issues, crashed, options).find((r) => r.id === 'f')!;
    expect(result.violations).toEqual([
      '#1 (aaaaaaaaaaaaaaaa): count 1, expected 2 distinct failing runs (1@main, 2@main); not recorded on it: 2; 1 of the expected only in deliveries that exited ≠ 0',
    ]);
  });

  it('(f) with scope all counts the feature branch run too', () => {
    expect(failing(goodIssues(), { ...options, scope: 'all' })).toEqual(['f']);
    const issues = goodIssues();
    issues[0]!.body = failureBody(F1, 3, 1, A);
    issues[0]!.comments.push(occurrence(F1, 5));
    expect(failing(issues, { ...options, scope: 'all' })).toEqual([]);
    // Judged for the default branch, the feature run is one the issue should not have counted.
    expect(violations(issues, 'f')).toEqual([
      '#1 (aaaaaaaaaaaaaaaa): count 3, expected 2 distinct failing runs (1@main, 2@main); recorded on it but not expected: 5@feature/x',
    ]);
  });

  it('(f) leaves out a history run, and fails when no newer green run had completed to justify the claim', () => {
    const green = { ...delivery(8, A, 'main', 4), visibleAtMs: deliveries[0]!.endedMs };
    const history = { ...delivery(7, A, 'main', 3, F1), history: true };
    // Run 7 failed before green run 8, which had completed when run 7 was delivered: not counted.
    const justified = [...deliveries, green, history];
    expect(failing(goodIssues(), options, justified)).toEqual([]);
    // Counting it anyway is a wrong count.
    const counted = goodIssues();
    counted[0]!.body = failureBody(F1, 3, 1, A);
    counted[0]!.comments.push(occurrence(F1, 7));
    expect(failing(counted, options, justified)).toEqual(['f']);

    // The green run completed only after the delivery that called run 7 history ended: a lost count.
    const early = [...deliveries, { ...green, visibleAtMs: history.endedMs + 1 }, history];
    expect(violations(goodIssues(), 'f', options, early)).toEqual([
      'run 7 (failure, main, created 2026-12-01T10:03:00.000Z) was said to be history (already green again, or older than the closing green run), but no newer green run of its workflow on main had completed by then (the first completed later: run 8)',
    ]);
    // No newer green run at all.
    expect(failing(goodIssues(), options, [...deliveries, history])).toEqual(['f']);
    // Another delivery of the same run recorded it: it counts, and the issue must show it.
    const recorded = [...justified, { ...history, history: false }];
    expect(failing(goodIssues(), options, recorded)).toEqual(['f']);
  });

  it('(g) fails on two autoheal comments on one pull request, on none after a failure, and on a workflow twice in one', () => {
    const two = goodPulls();
    two[0]!.comments.push(prComment());
    expect(failing(goodIssues(), options, deliveries, two)).toEqual(['g']);
    expect(violations(goodIssues(), 'g', options, deliveries, two)).toEqual([
      'PR #9 (feature/x): 2 autoheal comments, expected 1 (failing runs of its branch were delivered)',
    ]);

    const none: SoakPull[] = [{ number: 9, branch: 'feature/x', comments: [] }];
    expect(failing(goodIssues(), options, deliveries, none)).toEqual(['g']);
    // With scope all the branch files issues: no comment is expected (two would still be wrong).
    expect(
      checkInvariants(goodIssues(), deliveries, { ...options, scope: 'all' }, none).find((r) => r.id === 'g')!
        .pass,
    ).toBe(true);

    const doubled: SoakPull[] = [{ number: 9, branch: 'feature/x', comments: [prComment([A, B, A])] }];
    expect(violations(goodIssues(), 'g', options, deliveries, doubled)).toEqual([
      'PR #9: its comment has 2 sections for 1 workflow(s)',
    ]);
    // A comment by someone else with our marker is not ours.
    const forged = goodPulls();
    forged[0]!.comments.push({ ...prComment(), author: 'mallory' });
    expect(failing(goodIssues(), options, deliveries, forged)).toEqual([]);
  });

  it('(f) counting since the last reopening leaves out runs delivered before the close', () => {
    const issues = goodIssues();
    // Closed after runs 1 and 2 were delivered, then reopened by run 6.
    const closedAt = new Date(deliveries[2]!.endedMs + 500).toISOString();
    issues[0]!.events = [
      { event: 'closed', createdAt: closedAt, stateReason: 'completed' },
      { event: 'reopened', createdAt: closedAt },
    ];
    const later = [
      ...deliveries,
      { ...delivery(6, A, 'main', 20, F1), endedMs: deliveries[2]!.endedMs + 60_000 },
    ];
    issues[0]!.body = failureBody(F1, 1, 1, A);
    expect(failing(issues, { ...options, countSince: 'reopened' }, later)).toEqual([]);
    expect(failing(issues, options, later)).toEqual(['f']);
  });
});
