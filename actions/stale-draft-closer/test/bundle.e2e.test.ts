/**
 * The committed bundle (dist/index.js) run as the runner runs it, against the simulator: inputs
 * from action.yml defaults, outputs, summary and annotations read back. Dates are relative to
 * the real clock, which both the bundle and the simulator use.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMarker } from '@autoheal/core/markers';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BOT,
  DAY_MS,
  type DraftSpec,
  isoAt,
  pullOf,
  REPO,
  SIMULATOR_TOKEN,
  STALE,
  seedWith,
  writes,
} from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** A simulator on the real clock (the bundle reads the real clock too). */
async function world(drafts: DraftSpec[]): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({ seed: seedWith(Date.now(), drafts) });
  return sim;
}

function step(s: GitHubSimulator, inputs: Record<string, string> = {}, eventName = 'schedule') {
  return runAction({
    actionDir,
    inputs,
    event: { name: eventName, payload: {} },
    apiUrl: s.url,
    token: SIMULATOR_TOKEN,
    repository: REPO,
    env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
  });
}

function warned(s: GitHubSimulator, number: number): boolean {
  return pullOf(s, number).comments.some(
    (c) => c.author === BOT && findMarker(c.body, 'stale-draft')?.fields.action === 'warn',
  );
}

/** A seeded history: people and bots at work, exempt labels, a ready pull request. */
const HISTORY: DraftSpec[] = [
  // Idle for 45 days as far as people go; a bot commented and relabelled it since.
  {
    number: 1,
    openedDaysAgo: 60,
    commitDaysAgo: 45,
    comments: [{ by: 'renovate[bot]', daysAgo: 3, body: 'Rebased.' }],
    events: [{ event: 'labeled', actor: BOT, label: 'ci-failed', daysAgo: 2 }],
  },
  // A person reviewed 4 days ago.
  { number: 2, openedDaysAgo: 60, reviews: [{ by: 'carol', daysAgo: 4 }] },
  // Exempt by label.
  { number: 3, openedDaysAgo: 90, labels: ['pinned'] },
  // Ready for review: never closed on a timer.
  { number: 4, openedDaysAgo: 90, draft: false },
  // autoheal's own draft, untouched for 40 days.
  { number: 5, openedDaysAgo: 40, author: BOT, commitBy: BOT, branch: 'autoheal/issue-9-flaky' },
];

describe('the stale-draft-closer bundle', () => {
  for (const node of ['node24', 'node20'] as const)
    it(`warns idle drafts on a schedule, leaving active, exempt and ready ones alone (${node})`, async () => {
      const s = await world(HISTORY);
      const result = await runAction({
        actionDir,
        event: { name: 'schedule', payload: {} },
        apiUrl: s.url,
        token: SIMULATOR_TOKEN,
        repository: REPO,
        env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
        node,
      });
      expect(result.stderr).toBe('');
      expect(result.problems).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toEqual({
        staled: '[1,5]',
        closed: '[]',
        unstaled: '[]',
        skipped: '[3]',
        undone: '[]',
        operations: '4',
        'dry-run': 'false',
      });
      expect(warned(s, 1)).toBe(true);
      expect(warned(s, 5)).toBe(true);
      expect(pullOf(s, 1).labels).toEqual([STALE]);
      expect(pullOf(s, 2).labels).toEqual([]);
      expect(pullOf(s, 4).labels).toEqual([]);
      expect(result.summary).toContain('45 days ago: commit by alice');
      expect(result.summary).toContain('| label pinned |');
      expect(result.annotations).toEqual([]);
    });

  it('closes a draft warned days-before-close ago, and deletes its automated branch when asked', async () => {
    const s = await world([
      { number: 1, openedDaysAgo: 50, author: BOT, commitBy: BOT, branch: 'autoheal/issue-1-fix' },
    ]);
    const warnedAt = Date.now() - 8 * DAY_MS;
    const issue = pullOf(s, 1);
    issue.comments.push({
      id: s.state.nextId(),
      issueNumber: 1,
      author: BOT,
      body: '<!-- autoheal:kind=stale-draft action=warn v=1 -->\nThis draft is stale.',
      created_at: isoAt(warnedAt),
      updated_at: isoAt(warnedAt),
    });
    issue.labels.push(STALE);
    const result = await step(s, { 'delete-branch': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ closed: '[1]', staled: '[]', operations: '3' });
    expect(pullOf(s, 1).state).toBe('closed');
    expect(s.state.requireRepo(REPO).refs.has('refs/heads/autoheal/issue-1-fix')).toBe(false);
  });

  it('ends with a warning when the budget runs out, and the next run resumes with the oldest', async () => {
    const s = await world([
      { number: 1, openedDaysAgo: 40 },
      { number: 2, openedDaysAgo: 70 },
      { number: 3, openedDaysAgo: 50 },
      { number: 4, openedDaysAgo: 60 },
    ]);
    const first = await step(s, { 'operations-per-run': '4' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ staled: '[2,4]', undone: '[1,3]', operations: '4' });
    const warnings = first.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('ran out; left for the next run: #1, #3');
    expect(first.summary).toContain('**Left for the next run:**');

    const second = await step(s, { 'operations-per-run': '4' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ staled: '[1,3]', undone: '[]', operations: '4' });
    expect(second.annotations).toEqual([]);
    for (const n of [1, 2, 3, 4]) expect(warned(s, n)).toBe(true);
  });

  it('only shows what it would do on a manual run', async () => {
    const s = await world([{ number: 1, openedDaysAgo: 40 }]);
    const result = await step(s, {}, 'workflow_dispatch');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ staled: '[1]', 'dry-run': 'true', operations: '2' });
    expect(writes(s)).toEqual([]);
    expect(result.summary).toContain('**Dry run:**');
  });

  it('reports bad inputs as one error each, without a stack trace', async () => {
    const s = await world([]);
    const result = await step(s, { 'days-before-stale': 'a month', 'dry-run': 'perhaps' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', 'Input "days-before-stale" must be an integer from 1 to 3650; got "a month".'],
      ['error', 'Input "dry-run" must be one of "auto", "true" or "false"; got "perhaps".'],
    ]);
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(s.requests).toEqual([]);
  });

  it('goes on past a pull request GitHub no longer has, then fails the step naming it', async () => {
    const s = await world([
      { number: 1, openedDaysAgo: 50 },
      { number: 2, openedDaysAgo: 40 },
    ]);
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/1/comments',
      fault: { kind: 'status', status: 410, message: 'This issue was deleted' },
    });
    const result = await step(s);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ staled: '[2]' });
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      expect.stringMatching(/^#1: stale failed: Gone: POST .*\(410 This issue was deleted\)/),
    ]);
    expect(warned(s, 2)).toBe(true);
  });

  it('fails with the permission to grant when GitHub refuses the writes', async () => {
    const s = await world([{ number: 1, openedDaysAgo: 40 }]);
    s.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{n}/comments',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
    });
    const result = await step(s);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^The token is not allowed to do POST .*\/issues\/1\/comments \(403/);
    expect(errors[0]!.message).toContain('Grant `issues: write`');
    expect(result.summary).toContain('**The run stopped:**');
    expect(pullOf(s, 1).labels).toEqual([]);
  });
});
