/**
 * verify.ts on the simulator: which pull request is a fix's, what a green or red run of its
 * branch writes, and what it leaves alone (an older commit, a person's push, another workflow
 * still red, a dry run, a spent budget, GraphQL's refusal).
 */
import { OperationBudget } from '@autoheal/core/budget';
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import { READY_FOR_REVIEW_MUTATION } from '@autoheal/core/ready-for-review';
import { type RepoBuilder, SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PR_MARKER_KIND } from '../../generate-fix/src/pull-request.js';
import { parseSections } from '../src/pr-comment.js';
import type { RunInfo } from '../src/types.js';
import {
  FIX_PR_KIND,
  findFixPull,
  fixBranchFingerprint,
  refuteFix,
  VERIFIED_LABEL,
  type VerifyDeps,
  verifyFix,
} from '../src/verify.js';
import { Fixture, issueDeps, runInfo, simClient } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const FP = '0123456789abcdef';
const BRANCH = `autoheal/${FP}`;
const REPOSITORY = 'octo-org/widgets';
const FIXER = 'fixer-bot';

interface World {
  sim: GitHubSimulator;
  head: string;
}

async function world(
  configure?: (r: RepoBuilder) => unknown,
  markerCommit?: (head: string) => string,
): Promise<World> {
  const seed = seedBuilder()
    .repo(REPOSITORY, (r) => {
      r.file('README.md', '# widgets\n')
        .workflow('CI', '.github/workflows/ci.yml', 7)
        .workflow('Lint', '.github/workflows/lint.yml', 8)
        .branch(BRANCH, { 'src/fix.txt': 'fixed\n' }, { message: 'fix' });
      r.issue({
        number: 1,
        title: 'CI failed',
        author: 'github-actions[bot]',
        body: `${renderMarker({ kind: 'failure', fingerprint: FP })}\nbody`,
      });
      r.pull({ number: 2, title: '[autoheal] fix', author: FIXER, head: BRANCH, draft: true, body: '' });
      configure?.(r);
    })
    .build();
  const sim = await fixture.sim(seed);
  const repo = sim.state.requireRepo(REPOSITORY);
  const head = repo.refs.get(`refs/heads/${BRANCH}`)!;
  repo.issues.get(2)!.body =
    `${renderMarker({ kind: 'fix', fingerprint: FP, commit: markerCommit ? markerCommit(head) : head, issue: '1', v: '1' })}\ntext`;
  return { sim, head };
}

function deps(sim: GitHubSimulator, fields: Partial<VerifyDeps> = {}): VerifyDeps {
  const budget = fields.budget ?? new OperationBudget(30);
  return {
    ...issueDeps(sim, fixture, { budget, github: simClient(sim, { budget }) }),
    fixAuthors: [FIXER],
    readyWhenVerified: true,
    watched: () => true,
    ...fields,
  };
}

const fixRun = (head: string, fields: Partial<RunInfo> = {}): RunInfo =>
  runInfo({ headBranch: BRANCH, headSha: head, conclusion: 'success', workflowId: 7, ...fields });

const writesOf = (sim: GitHubSimulator) =>
  sim.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('fix branches', () => {
  it('only autoheal/ and a 16-hex-digit fingerprint is a fix branch', () => {
    expect(fixBranchFingerprint(BRANCH)).toBe(FP);
    for (const other of [
      'autoheal/issue-12-fix-the-build',
      'autoheal/0123456789ABCDEF',
      `${BRANCH}/more`,
      `refs/heads/${BRANCH}`,
      'autoheal/0123456789abcde',
      `x${BRANCH}`,
      null,
      '',
    ])
      expect(fixBranchFingerprint(other)).toBeUndefined();
  });

  it('reads the marker generate-fix writes', () => {
    expect(FIX_PR_KIND).toBe(PR_MARKER_KIND);
  });
});

describe('findFixPull', () => {
  it('finds the fix token’s pull request of this repository’s branch, with the commit and issue its marker names', async () => {
    const { sim, head } = await world();
    const found = await findFixPull(deps(sim), BRANCH, FP);
    expect(found).toMatchObject({ number: 2, draft: true, headSha: head, commit: head, issue: 1 });
  });

  it('skips a fork’s pull request from a branch of the same name, even by a fix author with our marker', async () => {
    const { sim } = await world((r) =>
      r.pull({
        number: 3,
        title: 'fork',
        author: 'mallory',
        head: BRANCH,
        head_repository: 'mallory/widgets',
        head_sha: 'main',
        body: renderMarker({ kind: 'fix', fingerprint: FP }),
      }),
    );
    // Our own pull request closed: only the fork's is open.
    sim.state.requireRepo(REPOSITORY).issues.get(2)!.state = 'closed';
    expect(await findFixPull(deps(sim, { fixAuthors: [FIXER, 'mallory'] }), BRANCH, FP)).toBeUndefined();
  });

  it('skips a pull request by someone else, or whose marker is for another failure', async () => {
    const { sim } = await world();
    expect(await findFixPull(deps(sim, { fixAuthors: ['someone-else'] }), BRANCH, FP)).toBeUndefined();
    expect(await findFixPull(deps(sim), BRANCH, 'ffffffffffffffff')).toBeUndefined();
  });
});

describe('verifyFix', () => {
  it('a person’s push (head is not autoheal’s commit) is verified and labelled, but never marked ready', async () => {
    const { sim, head } = await world(undefined, () => 'f'.repeat(40));
    const out = await verifyFix(deps(sim), fixRun(head));
    const pull = sim.state.requireRepo(REPOSITORY).issues.get(2)!;
    expect(pull.labels).toContain(VERIFIED_LABEL);
    expect(pull.pull!.draft).toBe(true);
    expect(sim.requestsTo('POST', '/graphql')).toHaveLength(0);
    expect(out.done.join('\n')).toContain('a person decides when it is ready');
    expect(pull.comments[0]!.body).toContain('not the commit autoheal made');
  });

  it('a run of an older commit than the pull request’s head writes nothing', async () => {
    const { sim } = await world();
    const before = sim.requests.length;
    const out = await verifyFix(deps(sim), fixRun('b'.repeat(40)));
    expect(out.result).toBe('skipped');
    expect(out.done[0]).toContain('no longer speaks for the fix');
    expect(writesOf(sim).length).toBe(0);
    expect(sim.requests.length - before).toBe(1);
  });

  it('while another watched workflow failed on the same commit, says so in its section and neither labels nor notes the issue', async () => {
    const { sim, head } = await world((r) =>
      r.run({ id: 50, workflow: 'Lint', branch: BRANCH, head_sha: BRANCH, conclusion: 'failure' }),
    );
    const out = await verifyFix(deps(sim), fixRun(head));
    const repo = sim.state.requireRepo(REPOSITORY);
    expect(repo.issues.get(2)!.labels).not.toContain(VERIFIED_LABEL);
    expect(repo.issues.get(1)!.comments).toEqual([]);
    expect(out.done.join('\n')).toContain('Lint failed');
    // An unwatched workflow's failure does not hold the verification back.
    const ignoring = await verifyFix(deps(sim, { watched: (w) => w.workflowName !== 'Lint' }), fixRun(head));
    expect(ignoring.done.join('\n')).toContain(VERIFIED_LABEL);
    expect(repo.issues.get(2)!.labels).toContain(VERIFIED_LABEL);
  });

  it('another watched workflow still running on the same commit does not hold the verification back, and is named', async () => {
    const { sim, head } = await world((r) =>
      r.run({
        id: 51,
        workflow: 'Lint',
        branch: BRANCH,
        head_sha: BRANCH,
        status: 'in_progress',
        conclusion: null,
      }),
    );
    const out = await verifyFix(deps(sim, { readyWhenVerified: false }), fixRun(head));
    expect(sim.state.requireRepo(REPOSITORY).issues.get(2)!.labels).toContain(VERIFIED_LABEL);
    expect(out.done.join('\n')).toContain('Lint still running on the same commit');
  });

  it('with ready-when-verified, a green run of one workflow while another watched one still runs labels but leaves the draft a draft', async () => {
    // Marking ready cannot be taken back by autoheal: it waits for every watched workflow, so a
    // quick green Lint never puts a fix up for review while CI, which may still fail, runs.
    const { sim, head } = await world((r) =>
      r.run({
        id: 51,
        workflow: 'Lint',
        branch: BRANCH,
        head_sha: BRANCH,
        status: 'in_progress',
        conclusion: null,
      }),
    );
    const out = await verifyFix(deps(sim), fixRun(head));
    const pull = sim.state.requireRepo(REPOSITORY).issues.get(2)!;
    expect(pull.labels).toContain(VERIFIED_LABEL);
    expect(pull.pull?.draft).toBe(true);
    expect(sim.requests.filter((r) => r.path.endsWith('/graphql'))).toEqual([]);
    expect(out.done.join('\n')).toContain('Left #2 a draft: Lint still running on the same commit');
  });

  it('a new head commit updates the issue’s note in place and the pull request’s section', async () => {
    const { sim, head } = await world();
    await verifyFix(deps(sim), fixRun(head));
    const repo = sim.state.requireRepo(REPOSITORY);
    expect(repo.issues.get(1)!.comments).toHaveLength(1);
    // generate-fix pushes a new commit and records it in its marker.
    const next = 'c'.repeat(40);
    const pull = repo.issues.get(2)!;
    pull.pull!.headSha = next;
    repo.refs.set(`refs/heads/${BRANCH}`, next);
    pull.body = `${renderMarker({ kind: 'fix', fingerprint: FP, commit: next, issue: '1', v: '1' })}\ntext`;
    const out = await verifyFix(
      deps(sim),
      fixRun(next, {
        id: 101,
        createdAt: new Date(Date.parse(fixRun(head).createdAt!) + 60_000).toISOString(),
      }),
    );
    expect(out.result).toBe('commented');
    const notes = repo.issues.get(1)!.comments;
    expect(notes).toHaveLength(1);
    expect(parseMarkers(notes[0]!.body)[0]!.fields.sha).toBe(next);
    expect(notes[0]!.body).toContain('run 101');
    expect(pull.comments).toHaveLength(1);
    expect(parseSections(pull.comments[0]!.body)[0]!.tag).toBe(`green:${next}`);
  });

  it('a dry run writes nothing and says what it would do', async () => {
    const { sim, head } = await world();
    const out = await verifyFix(deps(sim, { dryRun: true }), fixRun(head));
    expect(out.result).toBe('dry-run');
    expect(writesOf(sim)).toEqual([]);
    expect(out.done.join('\n')).toContain('Would label pull request #2');
    expect(out.done.join('\n')).toContain('Would mark pull request #2 ready for review');
  });

  it('a spent budget leaves the rest undone and says so', async () => {
    const { sim, head } = await world();
    const budget = new OperationBudget(2);
    const out = await verifyFix(deps(sim, { budget }), fixRun(head));
    // The comment claim and the comment take the two writes.
    expect(budget.undone.length).toBeGreaterThan(0);
    expect(out.done.join('\n')).toContain('the operations budget is spent');
    expect(sim.state.requireRepo(REPOSITORY).issues.get(2)!.pull!.draft).toBe(true);
  });

  it('GraphQL’s refusal (a token without pull-requests: write) is a warning, and the pull request stays a draft', async () => {
    const { sim, head } = await world();
    const identity = sim.state.tokens.get(SIMULATOR_TOKEN)!;
    identity.permissions = { ...identity.permissions, pull_requests: 'read' };
    const d = deps(sim);
    const out = await verifyFix(d, fixRun(head));
    expect(out.done.join('\n')).toContain('FORBIDDEN (the token needs pull-requests: write)');
    expect(sim.state.requireRepo(REPOSITORY).issues.get(2)!.pull!.draft).toBe(true);
    const graphql = sim.requestsTo('POST', '/graphql');
    expect(graphql).toHaveLength(1);
    expect((graphql[0]!.body as { query: string }).query).toBe(READY_FOR_REVIEW_MUTATION);
  });
});

describe('refuteFix', () => {
  it('writes the analysis into the pull request’s section and leaves a label someone already removed alone', async () => {
    const { sim, head } = await world();
    await verifyFix(deps(sim, { readyWhenVerified: false }), fixRun(head));
    const repo = sim.state.requireRepo(REPOSITORY);
    const pull = repo.issues.get(2)!;
    expect(pull.labels).toContain(VERIFIED_LABEL);
    const d = deps(sim);
    // A person removes the label between our read and our write: the 404 is what we wanted.
    sim.faults.inject({
      method: 'DELETE',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
      fault: { kind: 'status', status: 404 },
    });
    const red = fixRun(head, {
      id: 102,
      conclusion: 'failure',
      createdAt: new Date(Date.parse(fixRun(head).createdAt!) + 60_000).toISOString(),
    });
    const out = await refuteFix(d, red, '**CI failed** with the key lines.');
    expect(out.result).toBe('commented');
    expect(pull.comments).toHaveLength(1);
    expect(pull.comments[0]!.body).toContain('The fix did not pass CI');
    expect(pull.comments[0]!.body).toContain('**CI failed** with the key lines.');
    expect(parseSections(pull.comments[0]!.body)[0]!.tag).toBe(`red:${head}`);
    expect(out.done.join('\n')).toContain(`Removed ${VERIFIED_LABEL}`);
  });

  it('a red run after a verification edits the issue’s note (no new comment), and a green one of the same commit edits it back', async () => {
    const { sim, head } = await world();
    const t = Date.parse(fixRun(head).createdAt!);
    await verifyFix(deps(sim, { readyWhenVerified: false }), fixRun(head));
    const issue = sim.state.requireRepo(REPOSITORY).issues.get(1)!;
    expect(issue.comments).toHaveLength(1);
    await refuteFix(
      deps(sim),
      fixRun(head, { id: 102, conclusion: 'failure', createdAt: new Date(t + 60_000).toISOString() }),
      'analysis',
    );
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain('is no longer verified: [run 102]');
    expect(parseMarkers(issue.comments[0]!.body)[0]!.fields.state).toBe('failed');
    await verifyFix(
      deps(sim, { readyWhenVerified: false }),
      fixRun(head, { id: 103, createdAt: new Date(t + 120_000).toISOString() }),
    );
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain('is verified by [run 103]');
    expect(sim.state.requireRepo(REPOSITORY).issues.get(2)!.labels).toContain(VERIFIED_LABEL);
  });

  it('an earlier attempt’s red delivered after the re-run’s green changes nothing', async () => {
    const { sim, head } = await world();
    await verifyFix(deps(sim, { readyWhenVerified: false }), fixRun(head, { attempt: 2 }));
    const before = writesOf(sim).length;
    const out = await refuteFix(deps(sim), fixRun(head, { attempt: 1, conclusion: 'failure' }), 'analysis');
    expect(out.done[0]).toContain('already describes a newer run');
    expect(writesOf(sim)).toHaveLength(before);
    expect(sim.state.requireRepo(REPOSITORY).issues.get(2)!.labels).toContain(VERIFIED_LABEL);
  });

  it('a red run of a fix branch without our pull request is reported as not filed, with nothing written', async () => {
    const { sim, head } = await world();
    sim.state.requireRepo(REPOSITORY).issues.get(2)!.state = 'closed';
    const out = await refuteFix(deps(sim), fixRun(head, { conclusion: 'failure' }), 'analysis');
    expect(out.result).toBe('skipped');
    expect(out.notFiled).toContain('no issue is filed for a fix branch');
    expect(writesOf(sim)).toEqual([]);
  });
});
