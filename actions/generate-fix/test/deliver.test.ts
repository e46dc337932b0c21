/** Delivering a patch as one draft pull request: `run()` in full mode against the simulator. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SIMULATOR_BOT, SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixTrailers } from '../src/git-commit.js';
import { run } from '../src/run.js';
import {
  baseSeed,
  CI_WORKFLOW,
  changedPaths,
  failureIssue,
  fileAt,
  inputsFrom,
  iso,
  MAINTAINER_TOKEN,
  NOW,
  PYTHON,
  REPO,
  REQUIREMENTS,
  TIMEOUT,
  testDeps,
  writes,
} from './helpers.js';

let sim: GitHubSimulator;
let tempDir: string;
let fp: string;

async function start(configure?: Parameters<typeof baseSeed>[0], fields: Record<string, unknown> = {}) {
  const timeout = await failureIssue(TIMEOUT, 1);
  const python = await failureIssue(PYTHON, 2);
  fp = timeout.fp;
  sim = await startGitHubSimulator({
    seed: baseSeed((r) => {
      r.issue(timeout.issue).issue(python.issue);
      configure?.(r);
    }, fields).build(),
    now: () => NOW,
  });
}

function fix(given: Record<string, string> = {}) {
  const inputs = inputsFrom({ token: MAINTAINER_TOKEN, 'issue-number': '1', ...given });
  const t = testDeps(sim, inputs, { tempDir });
  return { t, done: run(inputs, t.deps) };
}

function pulls() {
  return [...sim.state.requireRepo(REPO).issues.values()].filter((i) => i.pull);
}

/** Commit a change to a branch as the maintainer, through the contents API. */
async function push(branch: string, file: string, text: string) {
  const headers = { authorization: `token ${MAINTAINER_TOKEN}`, 'content-type': 'application/json' };
  const get = await fetch(`${sim.url}/repos/${REPO}/contents/${file}?ref=${branch}`, { headers });
  const sha = get.status === 200 ? ((await get.json()) as { sha: string }).sha : undefined;
  const put = await fetch(`${sim.url}/repos/${REPO}/contents/${file}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      message: `edit ${file}`,
      content: Buffer.from(text).toString('base64'),
      branch,
      ...(sha ? { sha } : {}),
    }),
  });
  expect(put.status).toBeLessThan(300);
}

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-test-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

describe('a timeout fix', () => {
  it('opens one draft pull request on autoheal/<fingerprint> that changes only the timeout', async () => {
    await start();
    const { t, done } = fix();
    const out = await done;
    expect(out.result).toBe('created');
    const branch = `autoheal/${fp}`;
    expect(t.recorded.outputs).toMatchObject({
      result: 'created',
      'fix-kind': 'patch',
      'fix-type': 'timeout',
      fingerprint: fp,
      'pr-number': '3',
      'pr-url': 'https://github.com/octo-org/widgets/pull/3',
    });
    // The branch differs from main in the workflow file only, and there in the one value.
    expect(changedPaths(sim, 'main', branch)).toEqual(['.github/workflows/ci.yml']);
    const after = fileAt(sim, branch, '.github/workflows/ci.yml')!;
    expect(after).toBe(CI_WORKFLOW.replace('timeout-minutes: 30 #', 'timeout-minutes: 45 #'));
    // One commit on main, marked as autoheal's.
    const repo = sim.state.requireRepo(REPO);
    const head = repo.git.commit(repo.refs.get(`refs/heads/${branch}`)!)!;
    expect(head.parents).toEqual([repo.refs.get('refs/heads/main')]);
    expect(fixTrailers(head.message)).toEqual({
      fingerprint: fp,
      digest: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    // A draft, linked, labelled, saying what and why.
    const [pr] = pulls();
    expect(pr!.pull).toMatchObject({ head: branch, base: 'main', draft: true });
    expect(pr!.author).toBe('mona');
    expect(pr!.labels).toEqual(['autoheal']);
    expect(pr!.title).toBe('[autoheal] Raise the timeout of job "test" from 30 to 45 minutes');
    const body = pr!.body!;
    expect(body.split('\n')[0]).toBe(
      `<!-- autoheal:kind=fix fingerprint=${fp} commit=${repo.refs.get(`refs/heads/${branch}`)} issue=1 v=1 -->`,
    );
    expect(body.trimEnd().split('\n').pop()).toBe('Fixes #1');
    expect(body).toMatch(/\*\*Confidence:\*\* 0\.86/);
    expect(body).toContain('#### How to verify');
    expect(body).toContain('-    timeout-minutes: 30 # the suite takes about 20 minutes');
    expect(body).toContain('+    timeout-minutes: 45 # the suite takes about 20 minutes');
    // The patch file holds the same diff.
    const patchFile = t.recorded.outputs['patch-file']!;
    expect(readFileSync(patchFile, 'utf8')).toMatch(/^diff --git a\/\.github\/workflows\/ci\.yml/);
    expect(writes(sim)).toEqual([
      `POST /repos/${REPO}/git/blobs`,
      `POST /repos/${REPO}/git/trees`,
      `POST /repos/${REPO}/git/commits`,
      `POST /repos/${REPO}/git/refs`,
      `POST /repos/${REPO}/pulls`,
      `POST /repos/${REPO}/issues/3/labels`,
    ]);
  });

  it('a re-run with nothing new writes nothing and says the pull request is up to date', async () => {
    await start();
    await fix().done;
    const before = writes(sim).length;
    const { t, done } = fix();
    expect((await done).result).toBe('up-to-date');
    expect(writes(sim).length).toBe(before);
    expect(t.recorded.outputs['pr-number']).toBe('3');
    expect(pulls()).toHaveLength(1);
  });

  it('a re-run after main moved on leaves an identical diff alone, and rebuilds the commit only when the diff changes', async () => {
    await start();
    await fix().done;
    const repo = sim.state.requireRepo(REPO);
    const first = repo.refs.get(`refs/heads/autoheal/${fp}`)!;
    await push('main', 'README.md', '# widgets\n\nNow with docs.\n');
    const before = writes(sim).length;
    const same = fix();
    expect((await same.done).result).toBe('up-to-date');
    // No force-push of the same diff: reviewers are not notified and CI does not start again.
    expect(writes(sim).slice(before)).toEqual([]);
    expect(repo.refs.get(`refs/heads/autoheal/${fp}`)).toBe(first);
    expect(same.t.recorded.outputs['pr-number']).toBe('3');

    // main changes the workflow itself: the diff changes, so the one commit is rebuilt on the new main.
    await push('main', '.github/workflows/ci.yml', `# edited on main\n${CI_WORKFLOW}`);
    const main = repo.refs.get('refs/heads/main');
    const { t, done } = fix();
    expect((await done).result).toBe('updated');
    const head = repo.refs.get(`refs/heads/autoheal/${fp}`)!;
    expect(repo.git.commit(head)!.parents).toEqual([main]);
    expect(changedPaths(sim, 'main', `autoheal/${fp}`)).toEqual(['.github/workflows/ci.yml']);
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]!.body).toContain(`commit=${head}`);
    expect(t.recorded.outputs['pr-number']).toBe('3');
    expect(sim.requestsTo('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}')[0]!.body).toMatchObject({
      force: true,
    });
  });

  it('computes the fix again on main when the workflow changed there since the failing commit', async () => {
    await start();
    await push('main', '.github/workflows/ci.yml', `# edited since the run\n${CI_WORKFLOW}`);
    const { done } = fix();
    expect((await done).result).toBe('created');
    const after = fileAt(sim, `autoheal/${fp}`, '.github/workflows/ci.yml')!;
    expect(after).toBe(
      `# edited since the run\n${CI_WORKFLOW.replace('timeout-minutes: 30 #', 'timeout-minutes: 45 #')}`,
    );
    expect(pulls()[0]!.body).toMatch(
      /\.github\/workflows\/ci\.yml changed on main since the failing commit; the fix was computed again on main/,
    );
  });

  it('stops with a clear message, writing nothing, when the fix no longer applies on main', async () => {
    await start();
    await push(
      'main',
      '.github/workflows/ci.yml',
      CI_WORKFLOW.replace('timeout-minutes: 30', 'timeout-minutes: 40'),
    );
    const before = writes(sim).length;
    const { t, done } = fix();
    const out = await done;
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /changed on main since the failing commit, and computed again there the fix no longer applies: the log says job "test" stopped after 30 minutes but the file sets 40/,
    );
    expect(writes(sim).length).toBe(before);
    expect(t.recorded.summary.join('')).toContain('no longer applies');
  });

  it('never force-pushes over someone else’s commit on the fix branch', async () => {
    await start();
    await fix().done;
    const branch = `autoheal/${fp}`;
    await push(branch, 'NOTES.md', 'a maintainer’s note\n');
    const repo = sim.state.requireRepo(REPO);
    const theirs = repo.refs.get(`refs/heads/${branch}`);
    await push('main', 'README.md', '# moved on\n');
    const { t, done } = fix();
    const out = await done;
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(
      /branch autoheal\/[0-9a-f]{16} holds other work .*autoheal never force-pushes over it/,
    );
    // Skipped, the open pull request is still named in the outputs.
    expect(t.recorded.outputs['pr-number']).toBe(String(pulls()[0]!.number));
    expect(t.recorded.outputs['pr-url']).toBe(`https://github.com/${REPO}/pull/${pulls()[0]!.number}`);
    expect(repo.refs.get(`refs/heads/${branch}`)).toBe(theirs);
    expect(sim.requestsTo('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}')).toHaveLength(0);
  });

  it('does not propose a fix again after its pull request was closed unmerged, unless forced', async () => {
    await start();
    await fix().done;
    const pr = pulls()[0]!;
    pr.state = 'closed';
    pr.closed_at = iso(0);
    const { done } = fix();
    const out = await done;
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(/pull request #3 with this fix was closed without merging/);
    const forced = fix({ force: 'true' });
    expect((await forced.done).result).toBe('created');
    expect(pulls().filter((p) => p.state === 'open')).toHaveLength(1);
    expect(forced.t.recorded.outputs['pr-number']).toBe('4');
  });

  it('opens a normal pull request, labelled, where the repository allows no drafts', async () => {
    await start(undefined, { allow_drafts: false });
    const { t, done } = fix({ labels: 'ci' });
    const out = await done;
    expect(out.result).toBe('created');
    const [pr] = pulls();
    expect(pr!.pull!.draft).toBe(false);
    expect(pr!.labels).toEqual(['autoheal', 'ci', 'autoheal:draft']);
    expect(t.recorded.summary.join('')).toContain('does not allow draft pull requests');
  });

  it('names the repository setting when GitHub Actions may not open pull requests, and leaves no branch', async () => {
    await start();
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      times: Number.POSITIVE_INFINITY,
      fault: {
        kind: 'status',
        status: 403,
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
      },
    });
    const python = fix({ 'issue-number': '2', token: SIMULATOR_TOKEN });
    await expect(python.done).rejects.toThrow(
      /Allow GitHub Actions to create and approve pull requests.*Settings → Actions → General/,
    );
    expect(python.t.recorded.outputs.result).toBe('failed');
    const refs = [...sim.state.requireRepo(REPO).refs.keys()];
    expect(refs.filter((r) => r.startsWith('refs/heads/autoheal/'))).toEqual([]);
    expect(python.t.recorded.summary.join('')).toContain(
      'Allow GitHub Actions to create and approve pull requests',
    );
    // The branch made for it was deleted again.
    expect(sim.requestsTo('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}')).toHaveLength(1);
  });

  it('caps open fix pull requests and those opened per hour, counted from GitHub', async () => {
    const other = 'autoheal/aaaaaaaaaaaaaaaa';
    await start((r) =>
      r.branch(other, { 'README.md': '# x\n' }).pull({
        number: 50,
        title: 'an earlier fix',
        head: other,
        author: SIMULATOR_BOT,
        created_at: iso(10 * 60_000),
      }),
    );
    const open = fix({ 'max-open-prs': '1' });
    expect((await open.done).headline).toMatch(
      /1 autoheal fix pull request\(s\) are open \(#50\), the most max-open-prs allows \(1\)/,
    );
    const hourly = fix({ 'max-prs-per-hour': '1' });
    expect((await hourly.done).headline).toMatch(
      /1 fix pull request\(s\) were opened in the last hour \(#50\)/,
    );
    expect(writes(sim)).toEqual([]);
    expect((await fix({ 'max-prs-per-hour': '2' }).done).result).toBe('created');
  });

  it('in a dry run computes, validates and shows the diff but writes nothing', async () => {
    await start();
    const { t, done } = fix({ 'dry-run': 'true' });
    const out = await done;
    expect(out.result).toBe('dry-run');
    expect(out.headline).toMatch(
      /^Dry run: would create branch autoheal\/[0-9a-f]{16} with one commit on main \(\.github\/workflows\/ci\.yml\), and open a draft pull request into main\.$/,
    );
    expect(writes(sim)).toEqual([]);
    expect(t.recorded.summary.join('')).toContain('+    timeout-minutes: 45');
    // The diff is printed to the log as well.
    const printed = t.recorded.logs.find((l) => l.level === 'info' && l.message.startsWith('The diff:'));
    expect(printed?.message).toContain('+    timeout-minutes: 45 # the suite takes about 20 minutes');
  });

  it('stops before writing when the operations budget cannot cover the delivery, and says what was left', async () => {
    await start();
    const { t, done } = fix({ 'operations-budget': '3' });
    const out = await done;
    expect(out.result).toBe('skipped');
    expect(out.headline).toMatch(/the operations budget has 3 write\(s\) left, too few to deliver the fix/);
    expect(writes(sim)).toEqual([]);
    expect(t.recorded.summary.join('')).toMatch(/not done for lack of budget: deliver the fix on autoheal\//);
  });
});

describe('a missing Python module', () => {
  it('adds PyYAML to requirements.txt with GITHUB_TOKEN, which needs no workflow permission', async () => {
    await start();
    const { t, done } = fix({ 'issue-number': '2', token: SIMULATOR_TOKEN });
    const out = await done;
    expect(out.result).toBe('created');
    const branch = t.recorded.outputs.fingerprint ? `autoheal/${t.recorded.outputs.fingerprint}` : '';
    expect(changedPaths(sim, 'main', branch)).toEqual(['requirements.txt']);
    expect(fileAt(sim, branch, 'requirements.txt')).toBe(`${REQUIREMENTS}PyYAML\n`);
    expect(t.recorded.outputs['fix-type']).toBe('missing_dependency');
    expect(pulls()[0]!.author).toBe(SIMULATOR_BOT);
    expect(pulls()[0]!.body).toMatch(/\nFixes #2$/);
    expect(existsSync(t.recorded.outputs['patch-file']!)).toBe(true);
  });
});
