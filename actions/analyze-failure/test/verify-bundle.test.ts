/**
 * Verified fixes through the bundle (dist/index.js) on the simulator: CI on the fix branch
 * `autoheal/<fingerprint>` proves or disproves generate-fix's pull request. Rebuild first:
 * `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PR_COMMENT_KIND } from '../src/pr-comment.js';
import { VERIFIED_LABEL, VERIFIED_NOTE_KIND } from '../src/verify.js';
import {
  analyzeStep,
  BundleRig,
  type BundleStep,
  failing,
  green,
  issuesOf,
  REPOSITORY,
  startSimulator,
  writeLines,
} from './bundle-helpers.js';

const rig = new BundleRig();
afterEach(async () => {
  const errors = await rig.cleanup();
  expect(errors).toEqual([]);
});

const FP = 'a1b2c3d4e5f60718';
const BRANCH = `autoheal/${FP}`;
const FIXER = 'fixer-bot';
const ISSUE = 1;
const PULL = 2;
const FORK_PULL = 3;
const T_START = Date.now();
const createdAt = (id: number) => new Date(T_START - (800 - id) * 60_000).toISOString();

function run(id: number, conclusion: 'success' | 'failure', fields: Partial<SeedRun> = {}): SeedRun {
  return {
    id,
    workflow: 'CI',
    branch: BRANCH,
    event: 'push',
    conclusion,
    created_at: createdAt(id),
    jobs: [conclusion === 'success' ? green('test', 'tf-checks-run68') : failing('test', 'tf-checks-run68')],
    ...fields,
  };
}

/** The repository: a failure issue, the fix branch and its draft pull request by the fix token's user, and runs. */
async function world(runs: SeedRun[], configure?: (r: RepoBuilder) => unknown): Promise<GitHubSimulator> {
  const sim = await startSimulator(rig, (r) => {
    r.branch(
      BRANCH,
      { 'src/fix.txt': 'fixed\n' },
      { message: `fix: the test\n\nAutoheal-Fingerprint: ${FP}` },
    );
    r.issue({
      number: ISSUE,
      title: 'CI: unit tests failed',
      author: 'github-actions[bot]',
      labels: ['autoheal'],
      body: `${renderMarker({ kind: 'failure', fingerprint: FP, workflow: '.github/workflows/ci.yml', branch: 'main' })}\nThe tests fail.`,
    });
    r.pull({
      number: PULL,
      title: '[autoheal] fix the test',
      author: FIXER,
      head: BRANCH,
      draft: true,
      body: 'set below',
    });
    configure?.(r);
    for (const x of runs) r.run(x);
  });
  // The marker records the commit generate-fix made: the branch's head.
  const repo = sim.state.requireRepo(REPOSITORY);
  const head = repo.refs.get(`refs/heads/${BRANCH}`)!;
  repo.issues.get(PULL)!.body =
    `${renderMarker({ kind: 'fix', fingerprint: FP, commit: head, issue: String(ISSUE), v: '1' })}\n### Fix the test\n\nFixes #${ISSUE}`;
  return sim;
}

const INPUTS = { 'fix-authors': FIXER };

async function step(sim: GitHubSimulator, runId: number, inputs: Record<string, string> = INPUTS) {
  const s: BundleStep = await analyzeStep(rig, sim, runId, inputs);
  expect(s.result.exitCode, `${s.result.stdout}\n${s.result.stderr}`).toBe(0);
  expect(s.result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  return { ...s, writes: writeLines(s.requests) };
}

const pull = (sim: GitHubSimulator, n = PULL) => sim.state.requireRepo(REPOSITORY).issues.get(n)!;
const ourComments = (sim: GitHubSimulator, n: number) =>
  pull(sim, n).comments.filter((c) => c.author === 'github-actions[bot]');

describe('verified fixes, through the bundle', () => {
  it('a green run on the fix branch comments on the pull request and the issue, labels it and (configured) marks it ready; re-delivery and a second green run of the same commit write nothing', async () => {
    const sim = await world([run(700, 'success'), run(701, 'success')], (r) =>
      r.file('.github/autoheal.yml', 'fixes:\n  ready-when-verified: true\n'),
    );
    const first = await step(sim, 700);
    expect(first.result.outputs.result).toBe('commented');
    const p = pull(sim);
    expect(p.labels).toContain(VERIFIED_LABEL);
    expect(p.pull!.draft).toBe(false);
    expect(p.events.map((e) => e.event)).toContain('ready_for_review');
    const prComments = ourComments(sim, PULL);
    expect(prComments).toHaveLength(1);
    expect(parseMarkers(prComments[0]!.body).some((m) => m.fields.kind === PR_COMMENT_KIND)).toBe(true);
    expect(prComments[0]!.body).toContain('fix verified by [run 700]');
    const issueNotes = ourComments(sim, ISSUE);
    expect(issueNotes).toHaveLength(1);
    expect(issueNotes[0]!.body).toContain('is verified by [run 700]');
    expect(parseMarkers(issueNotes[0]!.body)[0]!.fields).toMatchObject({
      kind: VERIFIED_NOTE_KIND,
      fingerprint: FP,
    });
    // The one GraphQL request is the mutation; no issue was filed.
    expect(sim.requestsTo('POST', '/graphql')).toHaveLength(1);
    expect(issuesOf(sim).filter((i) => !i.pull)).toHaveLength(1);

    const again = await step(sim, 700);
    expect(again.writes).toEqual([]);
    const second = await step(sim, 701);
    expect(second.writes).toEqual([]);
    expect(ourComments(sim, PULL)[0]!.body).toContain('run 700');
    expect(ourComments(sim, ISSUE)).toHaveLength(1);
  });

  it('with ready-when-verified, a green run while another watched workflow still runs on the commit labels but keeps the draft; that workflow’s own green marks it ready', async () => {
    const lint = run(702, 'success', {
      workflow: 'Lint',
      status: 'in_progress',
      conclusion: null,
      jobs: [{ ...green('lint', 'tf-checks-run68'), status: 'in_progress', conclusion: null }],
    });
    const sim = await world([run(700, 'success'), lint], (r) =>
      r
        .workflow('Lint', '.github/workflows/lint.yml')
        .file('.github/autoheal.yml', 'fixes:\n  ready-when-verified: true\n'),
    );
    const first = await step(sim, 700);
    expect(pull(sim).labels).toContain(VERIFIED_LABEL);
    expect(pull(sim).pull!.draft).toBe(true);
    expect(sim.requestsTo('POST', '/graphql')).toHaveLength(0);
    expect(first.result.summary).toContain('Left #2 a draft: Lint still running on the same commit');

    // Lint finishes green: its own run marks the fix ready.
    const attempt = sim.state.requireRepo(REPOSITORY).runs.get(702)!.attempts.at(-1)!;
    attempt.status = 'completed';
    attempt.conclusion = 'success';
    for (const id of attempt.jobIds) {
      const job = sim.state.requireRepo(REPOSITORY).jobs.get(id)!;
      Object.assign(job, { status: 'completed', conclusion: 'success' });
    }
    await step(sim, 702);
    expect(pull(sim).pull!.draft).toBe(false);
    expect(sim.requestsTo('POST', '/graphql')).toHaveLength(1);
  });

  it('without fixes.ready-when-verified, verifies and labels but leaves the draft a draft', async () => {
    const sim = await world([run(700, 'success')]);
    await step(sim, 700);
    expect(pull(sim).labels).toContain(VERIFIED_LABEL);
    expect(pull(sim).pull!.draft).toBe(true);
    expect(sim.requestsTo('POST', '/graphql')).toHaveLength(0);
  });

  it('a red run comments the new analysis on the pull request once (edited in place later), files no issue, and takes the verified label off', async () => {
    // issues.scope all: any other branch's failure would be filed as an issue; a fix branch's never is.
    const sim = await world([run(700, 'success'), run(701, 'failure'), run(702, 'failure')], (r) =>
      r.file('.github/autoheal.yml', 'issues:\n  scope: all\n'),
    );
    await step(sim, 700);
    expect(pull(sim).labels).toContain(VERIFIED_LABEL);
    const issuesBefore = issuesOf(sim).length;

    const red = await step(sim, 701);
    expect(red.result.outputs.result).toBe('commented');
    expect(pull(sim).labels).not.toContain(VERIFIED_LABEL);
    const comments = ourComments(sim, PULL);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('The fix did not pass CI');
    expect(comments[0]!.body).toContain('run 701');
    expect(pull(sim).pull!.draft).toBe(true);
    expect(issuesOf(sim)).toHaveLength(issuesBefore);
    expect(red.writes.some((w) => w.startsWith('POST /repos/octo-org/widgets/issues '))).toBe(false);
    // The issue's note is edited to say so, not joined by another comment.
    expect(ourComments(sim, ISSUE)).toHaveLength(1);
    expect(ourComments(sim, ISSUE)[0]!.body).toContain('no longer verified: [run 701]');

    const red2 = await step(sim, 702);
    expect(red2.writes.filter((w) => w.startsWith('POST'))).toEqual([]);
    // Same commit, same state: the issue's note keeps the first failure's run.
    expect(ourComments(sim, ISSUE)[0]!.body).toContain('no longer verified: [run 701]');
    expect(red2.writes.some((w) => w.startsWith('PATCH /repos/octo-org/widgets/issues/comments/'))).toBe(
      true,
    );
    expect(ourComments(sim, PULL)).toHaveLength(1);
    expect(ourComments(sim, PULL)[0]!.body).toContain('run 702');
    expect(issuesOf(sim)).toHaveLength(issuesBefore);
  });

  it('a fork’s pull request from a branch named autoheal/<fingerprint> gets none of this', async () => {
    const fork = {
      branch: BRANCH,
      head_repository: 'mallory/widgets',
      event: 'pull_request',
      head_sha: 'main',
    };
    const sim = await world([run(710, 'failure', fork), run(711, 'success', fork)], (r) =>
      r.pull({
        number: FORK_PULL,
        title: 'totally a fix',
        author: 'mallory',
        head: BRANCH,
        head_repository: 'mallory/widgets',
        head_sha: 'main',
        body: renderMarker({ kind: 'fix', fingerprint: FP, v: '1' }),
      }),
    );
    const issuesBefore = issuesOf(sim).length;
    await step(sim, 710, { ...INPUTS, 'fix-authors': `${FIXER},mallory` });
    await step(sim, 711, { ...INPUTS, 'fix-authors': `${FIXER},mallory` });
    // Our fix pull request is untouched: no comment, no label, still a draft; no issue either.
    expect(ourComments(sim, PULL)).toEqual([]);
    expect(pull(sim).labels).not.toContain(VERIFIED_LABEL);
    expect(pull(sim).pull!.draft).toBe(true);
    expect(pull(sim, FORK_PULL).labels).not.toContain(VERIFIED_LABEL);
    expect(ourComments(sim, ISSUE)).toEqual([]);
    expect(issuesOf(sim)).toHaveLength(issuesBefore);
  });
});
