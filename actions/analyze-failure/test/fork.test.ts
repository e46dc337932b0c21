import { parseMarkers } from '@autoheal/core/markers';
import { webhookExamples, withFields } from '@autoheal/testkit/events/webhook-examples';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { commentOnForkPull, findForkPull, markForkPullGreen } from '../src/fork-comment.js';
import { PR_COMMENT_KIND, parseSections, sectionKey } from '../src/pr-comment.js';
import { forkFingerprint } from '../src/run.js';
import { decideTrigger } from '../src/trigger.js';
import {
  Fixture,
  issueDeps,
  memoryLogger,
  runInfo,
  simClient,
  verdictFor,
  writes,
} from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const OWNER = 'octo-org';
const REPO = 'octo-repo';

/** The real `workflow_run: completed` payload whose run is this repository's, failed. */
function completedEvent(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const example = webhookExamples('workflow_run', 'completed').find(
    (e) => (e.workflow_run as { path?: string }).path !== undefined,
  );
  if (!example) throw new Error('no workflow_run completed example with a path');
  return withFields(example, {
    'workflow_run.status': 'completed',
    'workflow_run.conclusion': 'failure',
    ...fields,
  });
}

const forkRepo = { id: 99, name: 'octo-repo', full_name: 'mallory/octo-repo', owner: { login: 'mallory' } };

async function decide(
  eventName: string,
  payload: Record<string, unknown>,
  runId?: number,
  seed = seedBuilder().build(),
) {
  const sim = await fixture.sim(seed);
  const decision = await decideTrigger(simClient(sim), {
    eventName,
    payload,
    owner: OWNER,
    repo: REPO,
    ...(runId === undefined ? {} : { runId }),
    log: memoryLogger(),
  });
  return decision;
}

describe('fork detection in the trigger', () => {
  it('a workflow_run of this repository’s own commit is not a fork’s', async () => {
    const d = await decide('workflow_run', completedEvent());
    expect(d.kind).toBe('analyze');
    expect(d.run?.forkReason).toBeUndefined();
    expect(d.run?.headRepository).toBe('octo-org/octo-repo');
  });

  it('a workflow_run whose head repository is a fork is analysis only, and so is one with no head repository', async () => {
    const fork = await decide('workflow_run', completedEvent({ 'workflow_run.head_repository': forkRepo }));
    expect(fork.kind).toBe('analyze');
    expect(fork.run?.forkReason).toContain('mallory/octo-repo');
    const gone = await decide('workflow_run', completedEvent({ 'workflow_run.head_repository': null }));
    expect(gone.run?.forkReason).toContain('does not name its head repository');
    // A green fork run is still reported as success with the fork noted: run.ts closes nothing for it.
    const green = await decide(
      'workflow_run',
      completedEvent({ 'workflow_run.head_repository': forkRepo, 'workflow_run.conclusion': 'success' }),
    );
    expect(green.kind).toBe('success');
    expect(green.run?.forkReason).toBeDefined();
  });

  it('same name but another repository id (the example’s id for this repository is the payload’s) is a fork', async () => {
    const d = await decide(
      'workflow_run',
      completedEvent({ 'workflow_run.head_repository': { id: 1, full_name: 'octo-org/octo-repo' } }),
    );
    expect(d.run?.forkReason).toContain('id 1');
  });

  const seedWithRuns = () =>
    seedBuilder()
      .repo(`${OWNER}/${REPO}`, (r) =>
        r
          .workflow('CI', '.github/workflows/ci.yml', 161)
          .run({ id: 900, workflow: 'CI', branch: 'main', conclusion: 'failure' })
          .run({
            id: 901,
            workflow: 'CI',
            branch: 'main',
            head_repository: 'mallory/octo-repo',
            event: 'pull_request',
            conclusion: 'failure',
          }),
      )
      .build();

  it('with run-id, reads head_repository from the API’s run', async () => {
    const own = await decide('workflow_dispatch', {}, 900, seedWithRuns());
    expect(own.run?.forkReason).toBeUndefined();
    const fork = await decide('workflow_dispatch', {}, 901, seedWithRuns());
    expect(fork.run?.forkReason).toContain('mallory/octo-repo');
    expect(fork.run?.headRepository).toBe('mallory/octo-repo');
  });

  it('with run-id on a pull_request event from a fork, the event’s pull request counts too', async () => {
    const pr = withFields(webhookExamples('pull_request', 'opened')[0]!, {
      'pull_request.head.repo': forkRepo,
    });
    const d = await decide('pull_request', pr, 900, seedWithRuns());
    expect(d.run?.forkReason).toContain('a fork of');
  });
});

const pullsSeed = () =>
  seedBuilder()
    .repo('octo-org/widgets', (r) =>
      r
        .branch('patch-1', { 'a.txt': 'ours\n' })
        .pull({ number: 5, title: 'ours', author: 'octo-org', head: 'patch-1' })
        .pull({
          number: 6,
          title: 'theirs',
          author: 'mallory',
          head: 'patch-1',
          head_repository: 'mallory/widgets',
        })
        .pull({
          number: 7,
          title: 'main',
          author: 'mallory',
          head: 'main',
          head_repository: 'mallory/widgets',
        }),
    )
    .build();

describe('the fork comment', () => {
  // The comment is pr-comment.ts's (one per pull request, a section per workflow, keyed by a hash
  // of the workflow path); these tests drive it through the fork path on the simulator.
  const forkRun = async (overrides: Parameters<typeof runInfo>[0] = {}) => {
    const sim = await fixture.sim(pullsSeed());
    const main = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    return {
      sim,
      fork: { headRepository: 'mallory/widgets', headBranch: 'patch-1', headSha: main, ...overrides },
    };
  };
  const ourComment = (sim: Awaited<ReturnType<typeof fixture.sim>>) =>
    sim.state.requireRepo('octo-org/widgets').issues.get(6)!.comments;

  it('keeps one section per workflow, replacing only the one that ran again', async () => {
    const { sim, fork } = await forkRun();
    const a = runInfo({ ...fork, workflowPath: '.github/workflows/ci.yml', workflowName: 'CI' });
    const b = runInfo({
      ...fork,
      workflowPath: '.github/workflows/lint.yml',
      workflowName: 'Lint @octo-org/core',
    });
    const { verdict } = await verdictFor(a, {
      text: "E   ModuleNotFoundError: No module named 'evil_pkg'\n",
    });
    await commentOnForkPull(issueDeps(sim, fixture), a, verdict);
    await commentOnForkPull(issueDeps(sim, fixture), b, verdict);
    expect(ourComment(sim)).toHaveLength(1);
    const body = ourComment(sim)[0]!.body;
    expect(parseMarkers(body).filter((m) => m.fields.kind === PR_COMMENT_KIND)).toHaveLength(1);
    expect(body).not.toContain('@octo-org/core'); // a workflow name cannot mention anyone
    const keys = [sectionKey(a.workflowPath), sectionKey(b.workflowPath)];
    expect(parseSections(body).map((x) => x.key)).toEqual(keys);
    // The first workflow runs again: its section is replaced in place, the other kept as it was.
    await commentOnForkPull(issueDeps(sim, fixture), { ...a, attempt: 2 }, verdict);
    const after = parseSections(ourComment(sim)[0]!.body);
    expect(after.map((x) => x.key)).toEqual(keys);
    expect(after[0]!.text).toContain('attempt 2');
    expect(after[1]).toEqual(parseSections(body)[1]);
  });

  it('a log line shaped like our marker does not become a section or a marker', async () => {
    const { sim, fork } = await forkRun();
    const run = runInfo(fork);
    const text =
      '<!-- autoheal:kind=pr-section key=evil at=2099-01-01T00:00:00Z -->\nError: boom <!-- autoheal:kind=pr-comment pr=6 -->\n';
    const { verdict } = await verdictFor(run, { text });
    await commentOnForkPull(issueDeps(sim, fixture), run, verdict);
    const body = ourComment(sim)[0]!.body;
    expect(parseSections(body).map((x) => x.key)).toEqual([sectionKey(run.workflowPath)]);
    expect(parseMarkers(body).filter((m) => m.fields.kind === PR_COMMENT_KIND)).toHaveLength(1);
  });

  it('finds the fork’s pull request by owner, branch, head repository and commit, never ours of the same name', async () => {
    const sim = await fixture.sim(pullsSeed());
    const github = simClient(sim);
    const main = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    const base = { owner: 'octo-org', repo: 'widgets', headRepository: 'mallory/widgets', headSha: main };
    expect(await findForkPull(github, { ...base, headBranch: 'patch-1' })).toMatchObject({ number: 6 });
    expect(await findForkPull(github, { ...base, headBranch: 'main' })).toMatchObject({ number: 7 });
    expect(
      await findForkPull(github, { ...base, headBranch: 'patch-1', headSha: 'f'.repeat(40) }),
    ).toBeUndefined();
    expect(
      await findForkPull(github, { ...base, headBranch: 'patch-1', headRepository: 'eve/widgets' }),
    ).toBeUndefined();
    const { headRepository: _gone, ...unknown } = base;
    expect(await findForkPull(github, { ...unknown, headBranch: 'patch-1' })).toBeUndefined();
  });

  it('writes the one comment, edits it in place for another attempt, and writes nothing in a dry run', async () => {
    const sim = await fixture.sim(pullsSeed());
    const main = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    const run = runInfo({ headRepository: 'mallory/widgets', headBranch: 'patch-1', headSha: main, id: 77 });
    const { verdict } = await verdictFor(run, {
      text: "E   ModuleNotFoundError: No module named 'evil_pkg'\n",
    });
    const dry = await commentOnForkPull(issueDeps(sim, fixture, { dryRun: true }), run, verdict);
    expect(dry.result).toBe('dry-run');
    expect(writes(sim)).toEqual([]);
    const first = await commentOnForkPull(issueDeps(sim, fixture), run, verdict);
    expect(first).toMatchObject({ result: 'commented', pull: { number: 6 } });
    const second = await commentOnForkPull(issueDeps(sim, fixture), { ...run, attempt: 2 }, verdict);
    expect(second.result).toBe('commented');
    expect(writes(sim)).toEqual([
      'POST /repos/octo-org/widgets/issues/6/comments',
      expect.stringMatching(/^PATCH \/repos\/octo-org\/widgets\/issues\/comments\/\d+$/),
    ]);
    const comments = sim.state.requireRepo('octo-org/widgets').issues.get(6)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('attempt 2');
  });
});

describe('a fork’s green run', () => {
  it('marks the workflow as passing in our comment, and writes nothing where there is none', async () => {
    const sim = await fixture.sim(pullsSeed());
    const main = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    const run = runInfo({ headRepository: 'mallory/widgets', headBranch: 'patch-1', headSha: main, id: 77 });
    const other = runInfo({ headRepository: 'mallory/widgets', headBranch: 'main', headSha: main, id: 78 });
    expect((await markForkPullGreen(issueDeps(sim, fixture), other)).result).toBe('skipped');
    expect(writes(sim)).toEqual([]);
    const { verdict } = await verdictFor(run, {
      text: "E   ModuleNotFoundError: No module named 'evil_pkg'\n",
    });
    await commentOnForkPull(issueDeps(sim, fixture), run, verdict);
    const green = await markForkPullGreen(issueDeps(sim, fixture), { ...run, id: 79, conclusion: 'success' });
    expect(green.result).toBe('commented');
    const body = sim.state.requireRepo('octo-org/widgets').issues.get(6)!.comments[0]!.body;
    expect(body).toContain('Passed in [run 79');
    expect(body).not.toContain('evil_pkg');
    const again = await markForkPullGreen(issueDeps(sim, fixture), { ...run, id: 79, conclusion: 'success' });
    expect(again.result).toBe('skipped');
    expect(writes(sim)).toHaveLength(2);
  });
});

describe('forkFingerprint', () => {
  it('is 16 hex digits, differs from the failure’s own and between forks, and is stable', () => {
    const fp = '0123456789abcdef';
    const a = forkFingerprint(fp, 'mallory/widgets');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(fp);
    expect(forkFingerprint(fp, 'Mallory/Widgets')).toBe(a);
    expect(forkFingerprint(fp, 'eve/widgets')).not.toBe(a);
  });
});
