import { createGitHubClient } from '@autoheal/core/github-client';
import { findMarker } from '@autoheal/core/markers';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import {
  READ_ONLY_TOKEN,
  runReviewer,
  startWorld,
  tryReviewer,
  type World,
  webhookExample,
  withFields,
  writesSince,
} from './world.js';

const CONFIG = `pr-review:
  areas:
    area/api: { any: ['src/api/**'] }
    area/docs: { all: ['docs/**', '**/*.md'] }
`;

const HANDLER = Array.from({ length: 40 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';

/** Pull request #1 by alice: an API change, generated code, a lockfile, docs and the README. */
function featurePull(
  world: (r: import('@autoheal/testkit/simulator/seed-builder').RepoBuilder) => unknown = () => {},
) {
  return (r: import('@autoheal/testkit/simulator/seed-builder').RepoBuilder) => {
    r.file('.github/autoheal.yml', CONFIG)
      .branch('feature', {
        'src/api/handler.ts': HANDLER,
        'src/api/generated/client.ts': 'x\n'.repeat(300),
        'pnpm-lock.yaml': 'lock\n'.repeat(500),
        'docs/guide.md': 'guide\n'.repeat(10),
        'README.md': '# widgets\n\nMore.\n',
      })
      .pull({ title: 'Add the handler', author: 'alice', head: 'feature', labels: ['bug', 'size/XS'] });
    world(r);
  };
}

function openedEvent(number = 1) {
  return {
    name: 'pull_request',
    payload: withFields(webhookExample('pull_request', 'opened'), { number, 'pull_request.number': number }),
  };
}

function synchronizeEvent(number = 1) {
  return {
    name: 'pull_request',
    payload: withFields(webhookExample('pull_request', 'synchronize'), {
      number,
      'pull_request.number': number,
    }),
  };
}

function reviewComments(world: World, number = 1) {
  const issue = world.repo.issues.get(number)!;
  return issue.comments.filter((c) => findMarker(c.body, 'pr-review')?.fields.pr === String(number));
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('pr-reviewer on a pull request', () => {
  it('labels, requests code owners and comments once, with every part of the review', async () => {
    world = await startWorld(featurePull());
    const { result, captured } = await runReviewer(world, { event: openedEvent() });
    expect(result.result).toBe('reviewed');
    expect(captured.outputs).toEqual({
      result: 'reviewed',
      size: 'M',
      complexity: '3',
      labels: 'size/M,area/api',
      reviewers: 'carol,bob,octo-org/docs,octo-org/core',
    });
    const issue = world.repo.issues.get(1)!;
    // Only the size label of our set was replaced; `bug` stays.
    expect(issue.labels).toEqual(['bug', 'size/M', 'area/api']);
    expect(issue.pull!.requested_reviewers).toEqual(['carol', 'bob']);
    expect(world.repo.issues.get(1)!.pull!.requested_teams).toEqual(['docs', 'core']);
    const comments = reviewComments(world);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(comments[0]!.author).toBe('github-actions[bot]');
    expect(body).toContain('**size/M** · 53 changed lines in 3 files');
    expect(body).toContain('**Complexity 3 of 5:**');
    expect(body).toContain('Lockfile changed without its manifest');
    expect(body).toMatch(/pnpm-lock\.yaml \(lockfile, 500 lines\)/);
    expect(body).toMatch(/client\.ts \(generated \(linguist-generated\), 300 lines\)/);
    expect(body).toContain('alice is the author');
    expect(body).toContain('docs@example.com is an e-mail owner');
    // Nobody is pinged by the comment itself: the review request already notified them.
    expect(body).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z]/m);
    expect(findMarker(body, 'pr-review')?.fields.requested).toBe('carol,bob,octo-org/docs,octo-org/core');
  });

  it('adds nothing on a re-run: no write at all', async () => {
    world = await startWorld(featurePull());
    await runReviewer(world, { event: openedEvent() });
    const mark = world.sim.requests.length;
    const { result } = await runReviewer(world, { event: synchronizeEvent() });
    expect(writesSince(world.sim, mark)).toEqual([]);
    expect(result.result).toBe('unchanged');
    expect(reviewComments(world)).toHaveLength(1);
  });

  it('edits its comment in place after a push and replaces only its own size label', async () => {
    world = await startWorld(featurePull());
    await runReviewer(world, { event: openedEvent() });
    const client = createGitHubClient({
      token: SIMULATOR_TOKEN,
      apiUrl: world.sim.url,
      pacing: { writeMs: 0, notifyMs: 0 },
    });
    const { data: file } = await client.rest.repos.getContent({
      owner: 'octo-org',
      repo: 'widgets',
      path: 'src/api/handler.ts',
      ref: 'feature',
    });
    await client.rest.repos.createOrUpdateFileContents({
      owner: 'octo-org',
      repo: 'widgets',
      path: 'src/api/handler.ts',
      branch: 'feature',
      message: 'Grow the handler',
      sha: (file as { sha: string }).sha,
      content: Buffer.from('export const x = 1;\n'.repeat(700)).toString('base64'),
    });
    const mark = world.sim.requests.length;
    const { captured } = await runReviewer(world, { event: synchronizeEvent() });
    expect(captured.outputs.size).toBe('XL');
    const writes = writesSince(world.sim, mark).map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/octo-org/widgets/issues/1/labels',
      'DELETE /repos/octo-org/widgets/issues/1/labels/size%2FM',
      expect.stringMatching(/^PATCH \/repos\/octo-org\/widgets\/issues\/comments\/\d+$/),
    ]);
    expect(world.repo.issues.get(1)!.labels).toEqual(['bug', 'area/api', 'size/XL']);
    expect(captured.outputs.labels).toBe('size/XL,area/api');
    const comments = reviewComments(world);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('**size/XL**');
  });

  it('requests nobody when a person already chose reviewers', async () => {
    world = await startWorld((r) => {
      featurePull()(r);
      r.seed.pulls![0]!.requested_reviewers = ['erin'];
    });
    const { captured } = await runReviewer(world, { event: openedEvent() });
    expect(captured.outputs.reviewers).toBe('');
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toEqual(['erin']);
    expect(world.repo.issues.get(1)!.pull!.requested_teams).toEqual([]);
    expect(reviewComments(world)[0]!.body).toContain(
      'Reviewers were already requested by someone other than autoheal',
    );
  });

  it('skips owners already requested or reviewing, and never re-requests one a maintainer removed', async () => {
    world = await startWorld(featurePull());
    await runReviewer(world, { event: openedEvent() });
    // A maintainer takes bob off the pull request; the next run must not put him back.
    const client = createGitHubClient({
      token: SIMULATOR_TOKEN,
      apiUrl: world.sim.url,
      pacing: { writeMs: 0, notifyMs: 0 },
    });
    await client.rest.pulls.removeRequestedReviewers({
      owner: 'octo-org',
      repo: 'widgets',
      pull_number: 1,
      reviewers: ['bob'],
    });
    const mark = world.sim.requests.length;
    await runReviewer(world, { event: synchronizeEvent() });
    expect(
      world.sim
        .requestsTo('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers')
        .filter((r) => world!.sim.requests.indexOf(r) >= mark),
    ).toEqual([]);
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toEqual(['carol']);
  });

  it('does not fail when GitHub refuses a request, and still requests the others', async () => {
    world = await startWorld((r) => {
      featurePull()(r);
      r.file('.github/CODEOWNERS', '* @octo-org/core\n/src/api/ @alice @bob @mallory\n');
    });
    // mallory is a GitHub user but not a collaborator: GitHub refuses the whole request.
    world.sim.state.ensureUser('mallory');
    const { result, captured } = await runReviewer(world, { event: openedEvent() });
    expect(result.result).toBe('reviewed');
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toEqual(['bob']);
    expect(world.repo.issues.get(1)!.pull!.requested_teams).toEqual(['core']);
    expect(captured.outputs.reviewers).toBe('bob,octo-org/core');
    expect(
      captured.log.some(
        (l) =>
          l.level === 'warning' &&
          /mallory: Reviews may only be requested from collaborators/.test(l.message),
      ),
    ).toBe(true);
    expect(reviewComments(world)[0]!.body).toContain('GitHub refused to request mallory');
  });

  it('survives "Review cannot be requested from pull request author"', async () => {
    world = await startWorld((r) => {
      featurePull()(r);
      r.file('.github/CODEOWNERS', '/src/api/ @bob\n');
    });
    world.sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      fault: { kind: 'validation', message: 'Review cannot be requested from pull request author.' },
    });
    const { result, captured } = await runReviewer(world, { event: openedEvent() });
    expect(result.result).toBe('reviewed');
    expect(captured.outputs.reviewers).toBe('');
    expect(reviewComments(world)[0]!.body).toContain(
      'GitHub refused to request bob: Review cannot be requested from pull request author.',
    );
  });

  it('gives the largest size, and says why, when GitHub lists only 3,000 of the files', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3005; i++) files[`data/f${i}.txt`] = `${i}\n`;
    world = await startWorld((r) =>
      r.branch('huge', files).pull({ title: 'Huge', author: 'dave', head: 'huge' }),
    );
    const { captured } = await runReviewer(world, { event: openedEvent() });
    expect(captured.outputs.size).toBe('XXL');
    expect(world.sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(30);
    const body = reviewComments(world)[0]!.body;
    expect(body).toContain('**size/XXL** · not counted');
    expect(body).toContain('GitHub lists at most 3,000 files of a pull request and this one changes 3,005');
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    world = await startWorld(featurePull());
    const { result, captured } = await runReviewer(world, { event: openedEvent(), inputs: { dryRun: true } });
    expect(result.result).toBe('dry-run');
    expect(writesSince(world.sim)).toEqual([]);
    expect(captured.summary).toContain('Would do (dry run)');
    expect(captured.summary).toContain('add labels size/M, area/api');
    expect(captured.summary).toContain('request reviews from carol, bob, octo-org/docs, octo-org/core');
    // The sanitizer breaks `#1` so that the summary links nothing.
    expect(captured.summary).toContain('comment the review on #\u200B1');
    expect(captured.summary).toContain('**size/M**');
  });

  it('with a read-only token (a fork, Dependabot) puts the review in the job summary and succeeds', async () => {
    world = await startWorld(featurePull());
    const { result, captured } = await runReviewer(world, {
      event: openedEvent(),
      inputs: { token: READ_ONLY_TOKEN },
    });
    expect(result.result).toBe('read-only');
    const writes = writesSince(world.sim);
    // One write was tried and refused; nothing after it.
    expect(writes.map((w) => w.status)).toEqual([403]);
    expect(world.repo.issues.get(1)!.labels).toEqual(['bug', 'size/XS']);
    expect(captured.log.some((l) => l.level === 'notice' && /read-only/.test(l.message))).toBe(true);
    expect(captured.summary).toContain('**size/M**');
    expect(captured.summary).toContain('Left undone');
  });

  it('stays inside the operation budget, keeping a write for the comment, and says what was left', async () => {
    world = await startWorld(featurePull());
    const { result, captured } = await runReviewer(world, {
      event: openedEvent(),
      inputs: { operationsBudget: 2 },
    });
    expect(result.result).toBe('partial');
    const writes = writesSince(world.sim).map((w) => `${w.method} ${w.path}`);
    // The label change needs two writes plus the comment's: left out whole, never half done.
    expect(writes).toEqual([
      'POST /repos/octo-org/widgets/pulls/1/requested_reviewers',
      'POST /repos/octo-org/widgets/issues/1/comments',
    ]);
    expect(world.repo.issues.get(1)!.labels).toEqual(['bug', 'size/XS']);
    expect(captured.summary).toContain('Left undone');
    expect(captured.summary).toContain('add labels size/M, area/api');
    expect(captured.summary).toContain('remove label size/XS');
    expect(captured.log.some((l) => l.level === 'warning' && /Operation budget of 2/.test(l.message))).toBe(
      true,
    );
  });

  it('skips drafts unless include-drafts, and closed pull requests', async () => {
    world = await startWorld((r) => {
      featurePull()(r);
      r.seed.pulls![0]!.draft = true;
    });
    const skipped = await runReviewer(world, { event: openedEvent() });
    expect(skipped.result.result).toBe('skipped');
    expect(writesSince(world.sim)).toEqual([]);
    const reviewed = await runReviewer(world, { event: openedEvent(), inputs: { includeDrafts: true } });
    expect(reviewed.result.result).toBe('reviewed');
  });

  it('requests Copilot’s review and checks that GitHub lists it', async () => {
    world = await startWorld(featurePull());
    world.repo.copilot_review = true;
    const { captured } = await runReviewer(world, { event: openedEvent(), inputs: { copilotReview: true } });
    expect(captured.outputs.reviewers).toBe('carol,bob,octo-org/docs,octo-org/core,Copilot');
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toContain('Copilot');
    const mark = world.sim.requests.length;
    await runReviewer(world, { event: synchronizeEvent(), inputs: { copilotReview: true } });
    expect(writesSince(world.sim, mark)).toEqual([]);
  });

  it('warns when GitHub accepts Copilot’s review request but does not list Copilot', async () => {
    world = await startWorld(featurePull());
    const { captured } = await runReviewer(world, { event: openedEvent(), inputs: { copilotReview: true } });
    expect(captured.outputs.reviewers).not.toContain('Copilot');
    expect(captured.log.some((l) => l.level === 'warning' && /does not list Copilot/.test(l.message))).toBe(
      true,
    );
    expect(reviewComments(world)[0]!.body).toContain('does not list Copilot');
  });

  it('reports a GitHub failure clearly, in the summary too, and leaves no half-written comment', async () => {
    world = await startWorld(featurePull());
    world.sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      times: Infinity,
      fault: { kind: 'server-error', status: 502 },
    });
    const attempt = await tryReviewer(world, { event: openedEvent() });
    expect('error' in attempt && attempt.error).toMatchObject({ status: 502 });
    expect(attempt.captured.summary).toMatch(
      /Stopped: GitHub answered 502 on POST .*\/issues\/1\/comments after retries/,
    );
    // What was done before the failure is listed, so the next run's work is clear.
    expect(attempt.captured.summary).toContain('add labels size/M, area/api');
    expect(attempt.captured.outputs.result).toBe('failed');
    expect(reviewComments(world)).toHaveLength(0);
  });

  it('stops with a clear message when the rate limit is spent, writing nothing', async () => {
    world = await startWorld(featurePull());
    world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      fault: { kind: 'rate-limit', resetInSeconds: 3600 },
    });
    const attempt = await tryReviewer(world, { event: openedEvent() });
    expect('error' in attempt && attempt.error).toMatchObject({ status: 403 });
    expect(attempt.captured.summary).toMatch(
      /Stopped: GitHub API rate limit exhausted .* it resets at .*Stopped rather than wait/,
    );
    expect(writesSince(world.sim)).toEqual([]);
  });

  it('stops with a clear message on 410 Gone', async () => {
    world = await startWorld(featurePull());
    world.sim.faults.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      fault: { kind: 'status', status: 410 },
    });
    const attempt = await tryReviewer(world, { event: openedEvent() });
    expect(attempt.captured.summary).toMatch(/Stopped: Gone: GET .*\/issues\/1\/comments \(410 Gone\)/);
    expect(writesSince(world.sim)).toEqual([]);
  });

  it('stops with a clear message when the pull request does not exist', async () => {
    world = await startWorld(featurePull());
    const attempt = await tryReviewer(world, { event: openedEvent(99) });
    expect('error' in attempt && attempt.error).toMatchObject({ status: 404 });
    expect(attempt.captured.summary).toMatch(/Stopped: Not found: GET .*\/pulls\/99 \(404\)/);
    expect(writesSince(world.sim)).toEqual([]);
  });
});
