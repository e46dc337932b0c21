import { OperationBudget } from '@autoheal/core/budget';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { destinationOf, PR_COMMENT_KIND, parseSections, upsertPrComment } from '../src/pr-comment.js';
import { Fixture, isoAt, issueDeps, runInfo, simClient, T0 } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

async function simWithPull(comments: { author: string; body: string }[] = []): Promise<GitHubSimulator> {
  return fixture.sim(
    seedBuilder()
      .repo('octo-org/widgets', (r) => {
        r.file('README.md', '# widgets\n')
          .branch('feat/x', { 'src/x.ts': 'export const x = 1;\n' })
          .pull({ number: 40, title: 'Add x', author: 'mona', head: 'feat/x', comments });
      })
      .build(),
  );
}

const commentsOn = (sim: GitHubSimulator) =>
  sim.state.requireRepo('octo-org/widgets').issues.get(40)!.comments;

describe('concurrent runs on one pull request', () => {
  it('two workflows failing at once (found by the soak): one comment with both sections, not two comments', async () => {
    const sim = await simWithPull();
    const sha = sim.state.requireRepo('octo-org/widgets').refs.get('refs/heads/feat/x')!;
    // Real waits, short: the loser must see the winner's comment appear while it waits.
    const pause = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 20));
    const runs = ['ci.yml', 'lint.yml', 'docs.yml'].map((key) =>
      upsertPrComment(
        issueDeps(sim, fixture, { pause }),
        40,
        { key, markdown: `${key} failed`, at: isoAt(T0) },
        { sha },
      ),
    );
    const outcomes = await Promise.all(runs);
    expect(outcomes.map((o) => o.action).sort()).toEqual(['created', 'updated', 'updated']);
    expect(commentsOn(sim)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.commentId))).toEqual(new Set([commentsOn(sim)[0]!.id]));
    // Each loser edits after the winner posted; the edits may still cross, so at least the
    // winner's section and the last editor's are there, and no section is there twice.
    const texts = parseSections(commentsOn(sim)[0]!.body).map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('destinationOf', () => {
  it('sends non-default branches to the PR comment or the summary with default-branch, everything to issues with all', () => {
    expect(destinationOf('default-branch', runInfo({ headBranch: 'main' }))).toBe('issue');
    expect(destinationOf('default-branch', runInfo({ headBranch: null }))).toBe('issue');
    expect(destinationOf('default-branch', runInfo({ headBranch: 'feat/x', pullRequests: [40] }))).toBe(
      'pr-comment',
    );
    expect(destinationOf('default-branch', runInfo({ headBranch: 'spike' }))).toBe('summary');
    expect(destinationOf('all', runInfo({ headBranch: 'feat/x', pullRequests: [40] }))).toBe('issue');
  });
});

describe('upsertPrComment', () => {
  it('posts one comment, then edits its section; a second key gets its own section', async () => {
    const sim = await simWithPull();
    const d = issueDeps(sim, fixture);
    const first = await upsertPrComment(d, 40, { key: 'ci.yml', markdown: 'CI failed: one', at: isoAt(T0) });
    expect(first.action).toBe('created');
    const second = await upsertPrComment(d, 40, {
      key: 'ci.yml',
      markdown: 'CI failed: two',
      at: isoAt(T0 + 60_000),
    });
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    await upsertPrComment(d, 40, { key: 'lint.yml', markdown: 'Lint failed', at: isoAt(T0) });
    expect(commentsOn(sim)).toHaveLength(1);
    const sections = parseSections(commentsOn(sim)[0]!.body);
    expect(sections.map((s) => s.text)).toEqual(['CI failed: two', 'Lint failed']);
    // The same text again writes nothing; an older run's text is not let over a newer one's.
    const mark = sim.requests.length;
    expect(
      (await upsertPrComment(d, 40, { key: 'ci.yml', markdown: 'CI failed: two', at: isoAt(T0 + 60_000) }))
        .action,
    ).toBe('unchanged');
    expect((await upsertPrComment(d, 40, { key: 'ci.yml', markdown: 'old', at: isoAt(T0) })).action).toBe(
      'stale',
    );
    expect(sim.requests.slice(mark).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('ignores a look-alike marker from an untrusted author and sanitizes the text', async () => {
    const sim = await simWithPull([
      { author: 'mallory', body: `<!-- autoheal:kind=${PR_COMMENT_KIND} pr=40 -->\nhi` },
    ]);
    const d = issueDeps(sim, fixture);
    const got = await upsertPrComment(d, 40, {
      key: 'ci.yml',
      markdown: 'ping @octo-org/everyone <!-- autoheal:kind=pr-section key=x at=y --> fixes #12',
      at: isoAt(T0),
    });
    expect(got.action).toBe('created');
    expect(commentsOn(sim)).toHaveLength(2);
    expect(commentsOn(sim)[0]!.body).toContain('hi');
    const ours = commentsOn(sim)[1]!.body;
    expect(ours).not.toContain('@octo-org/everyone');
    expect(parseSections(ours)).toHaveLength(1);
  });

  it('finds the comment a lost answer (502 after it took effect) posted, instead of posting again', async () => {
    const sim = await simWithPull();
    // GitHub posts the comment, then its answer is lost: the core client's exactly-once POST finds it.
    // Its re-read asks for comments since the POST by the runner's clock, so GitHub's clock is today's.
    fixture.clock.t = Date.now();
    const fault = sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      fault: { kind: 'server-error', status: 502, afterEffect: true },
    });
    const github = simClient(sim, { budget: new OperationBudget(30) });
    const d = issueDeps(sim, fixture, { github });
    const got = await upsertPrComment(d, 40, { key: 'ci.yml', markdown: 'CI failed', at: isoAt(T0) });
    expect(fault.hits).toBe(1);
    expect(got.action).toBe('created');
    expect(commentsOn(sim)).toHaveLength(1);
  });

  it('a green run corrects an existing comment only, and posts none', async () => {
    const sim = await simWithPull();
    const d = issueDeps(sim, fixture);
    const none = await upsertPrComment(
      d,
      40,
      { key: 'ci.yml', markdown: 'green again', at: isoAt(T0) },
      { onlyIfPresent: true },
    );
    expect(none.action).toBe('unchanged');
    expect(commentsOn(sim)).toHaveLength(0);
  });
});
