/**
 * Fork runs are analysis only, through the bundles (`dist/index.js` of analyze-failure and
 * generate-fix) on the simulator, with real `workflow_run` payloads: the attack of issue 11
 * (a fork's pytest names `evil_pkg`) ends in at most one comment on the fork's pull request.
 * Rebuild first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure generate-fix`.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import { stepsFailingAt } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { describe, expect, it } from 'vitest';
import {
  analyzeRun,
  type BundleStep,
  dispatchStep,
  issueToDraftPrDir,
  useBundleRig,
  writeLines,
} from './bundle-helpers.js';
import { baseSeed, fileAt, iso, MAINTAINER_TOKEN, PYTHON, PYTHON_LOG, REPO, runnerLog } from './helpers.js';

const FORK = 'mallory/widgets';

const PY_STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Run actions/setup-python@v5',
  'Run pip install -r requirements.txt',
  'Run pytest',
  'Complete job',
];

/** What the fork's own test prints: the module it wants us to add. */
const EVIL_LOG = runnerLog([
  '##[group]Run pytest',
  'pytest',
  '##[endgroup]',
  '============================= test session starts ==============================',
  'collected 0 items / 1 error',
  '==================================== ERRORS ====================================',
  '_____________________ ERROR collecting tests/test_app.py ________________________',
  "ImportError while importing test module '/home/runner/work/widgets/widgets/tests/test_app.py'.",
  'tests/test_app.py:1: in <module>',
  '    import evil_pkg  # @octo-org/maintainers please merge',
  "E   ModuleNotFoundError: No module named 'evil_pkg'",
  '=========================== short test summary info ============================',
  'ERROR tests/test_app.py',
  '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
  '##[error]Process completed with exit code 2.',
]);

const job = (conclusion: 'failure' | 'success', log: string): SeedJob => ({
  name: PYTHON.jobName,
  status: 'completed',
  conclusion,
  steps:
    conclusion === 'failure'
      ? stepsFailingAt(PY_STEPS, PYTHON.step)
      : PY_STEPS.map((name, i) => ({ name, number: i + 1, status: 'completed', conclusion: 'success' })),
  log,
});

/** A run of the Python workflow for a pull request from the fork (its commit is fetchable here). */
const forkRun = (id: number, branch: string, conclusion: 'failure' | 'success', log: string): SeedRun => ({
  id,
  workflow: PYTHON.workflowPath,
  branch,
  head_sha: 'main',
  head_repository: FORK,
  event: 'pull_request',
  actor: 'mallory',
  conclusion,
  created_at: iso(60_000),
  jobs: [job(conclusion, log)],
});

const EVIL_RUN = 7101;
const FORK_MAIN_GREEN = 7102;
const OWN_MAIN_GREEN = 7103;
const STRANGER_PR_RUN = 7104;
const FORK_MAIN_RED = 7105;
const EVIL_FIXED = 7106;

const rig = useBundleRig();
let sim: GitHubSimulator | undefined;

async function start(): Promise<GitHubSimulator> {
  sim = await rig.start({
    seed: baseSeed((r) => {
      // Issues for every branch's failures, so a same-repository PR branch gets one (not a PR comment).
      r.file('.github/autoheal.yml', 'issues:\n  scope: all\n');
      r.pull({
        number: 20,
        title: 'Add a feature',
        author: 'mallory',
        head: 'patch-1',
        head_repository: FORK,
      })
        .pull({ number: 21, title: 'Sync', author: 'mallory', head: 'main', head_repository: FORK })
        .run(forkRun(EVIL_RUN, 'patch-1', 'failure', EVIL_LOG))
        .run(forkRun(FORK_MAIN_GREEN, 'main', 'success', PYTHON_LOG))
        .run(forkRun(FORK_MAIN_RED, 'main', 'failure', PYTHON_LOG))
        .run(forkRun(EVIL_FIXED, 'patch-1', 'success', PYTHON_LOG))
        .run({
          id: OWN_MAIN_GREEN,
          workflow: PYTHON.workflowPath,
          branch: 'main',
          event: 'push',
          // Still running while the failure is filed (a finished newer green run would make it moot).
          status: 'in_progress',
          conclusion: null,
          created_at: iso(30_000),
          jobs: [job('success', PYTHON_LOG)],
        })
        .run({
          id: STRANGER_PR_RUN,
          workflow: PYTHON.workflowPath,
          branch: 'feature',
          head_sha: 'main',
          event: 'pull_request',
          actor: 'stranger',
          conclusion: 'failure',
          created_at: iso(60_000),
          jobs: [job('failure', EVIL_LOG)],
        });
    }).build(),
  });
  return sim;
}

interface Step {
  result: ActionResult;
  writes: string[];
  /** API requests the step made (blob downloads left out). */
  calls: number;
}

function checked({ result, requests, calls }: BundleStep): Step {
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.problems).toEqual([]);
  return { result, writes: writeLines(requests), calls };
}

async function analyze(
  s: GitHubSimulator,
  runId: number,
  inputs: Record<string, string> = {},
): Promise<Step> {
  return checked(await analyzeRun(rig, s, runId, inputs));
}

async function generateFix(s: GitHubSimulator, inputs: Record<string, string>): Promise<Step> {
  return checked(await dispatchStep(rig, s, { token: MAINTAINER_TOKEN, ...inputs }));
}

/** issue-to-draft-pr on an autoheal issue, opted in to autoheal issues: the Copilot hand-off path. */
async function issueToDraftPr(s: GitHubSimulator, issueNumber: number): Promise<Step> {
  return checked(
    await dispatchStep(
      rig,
      s,
      { 'issue-number': String(issueNumber), 'allow-autoheal-issues': 'true', token: MAINTAINER_TOKEN },
      { actionDir: issueToDraftPrDir },
    ),
  );
}

const repoOf = (s: GitHubSimulator) => s.state.requireRepo(REPO);
const issuesOf = (s: GitHubSimulator) => [...repoOf(s).issues.values()].filter((i) => !i.pull);
const pullsOf = (s: GitHubSimulator) => [...repoOf(s).issues.values()].filter((i) => i.pull);

describe('a fork’s run, through the bundles', () => {
  it('a fork PR whose pytest names evil_pkg: one comment on the PR, no issue, branch or PR; generate-fix refuses', async () => {
    const s = await start();
    const refs = [...repoOf(s).refs.entries()];
    const first = await analyze(s, EVIL_RUN);
    expect(first.result.outputs.result).toBe('commented');
    expect(first.result.outputs['issue-number'] ?? '').toBe('');
    expect(first.writes).toEqual([`POST /repos/${REPO}/issues/20/comments 201`]);
    expect(first.result.summary).toContain('A fork’s run, analysis only');
    const comments = repoOf(s).issues.get(20)!.comments;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain("No module named 'evil_pkg'");
    expect(body).toContain('comes from a fork');
    // The log's mention sits only inside the fenced key lines, where GitHub notifies nobody.
    const outsideFences = body.replace(/```[\s\S]*?```/g, '');
    expect(outsideFences).not.toMatch(/@octo-org/);

    // A re-delivery of the same run: the comment already says it, nothing is written.
    const again = await analyze(s, EVIL_RUN);
    expect(again.writes).toEqual([]);
    expect(repoOf(s).issues.get(20)!.comments).toHaveLength(1);

    // Even asked directly, by run or by the analysis file, generate-fix makes no fix.
    const asks: Record<string, string>[] = [
      { 'run-id': String(EVIL_RUN) },
      { 'analysis-file': first.result.outputs['analysis-file']! },
    ];
    const refusals: number[] = [];
    for (const inputs of asks) {
      const fix = await generateFix(s, inputs);
      refusals.push(fix.calls);
      expect(fix.result.outputs.result).toBe('skipped');
      expect(fix.result.summary).toContain(`comes from ${FORK}`);
      expect(fix.writes).toEqual([]);
    }
    // The fork's next run passes: the one comment says so, and nothing else is written or closed.
    const green = await analyze(s, EVIL_FIXED);
    expect(green.result.outputs.result).toBe('commented');
    expect(green.writes).toEqual([
      expect.stringMatching(new RegExp(`^PATCH /repos/${REPO}/issues/comments/\\d+ 200$`)),
    ]);
    expect(repoOf(s).issues.get(20)!.comments[0]!.body).toContain(`Passed in [run ${EVIL_FIXED}`);
    expect(issuesOf(s)).toEqual([]);
    expect(pullsOf(s).map((p) => p.number)).toEqual([20, 21]);
    expect([...repoOf(s).refs.entries()]).toEqual(refs);
    console.log(
      `API calls (bundles, fork run): first comment ${first.calls}, re-delivery ${again.calls}, green update ${green.calls}; ` +
        `generate-fix refusal by run-id ${refusals[0]}, by analysis file ${refusals[1]}`,
    );
    expect(fileAt(s, 'main', 'requirements.txt')).not.toContain('evil_pkg');
  }, 120_000);

  it('a fork PR from a branch named main going green leaves main’s issue open; main going green closes it', async () => {
    const s = await start();
    const filed = await analyze(s, PYTHON.runId);
    expect(filed.result.outputs.result).toBe('created');
    const number = Number(filed.result.outputs['issue-number']);

    const forkGreen = await analyze(s, FORK_MAIN_GREEN);
    expect(forkGreen.result.outputs.result).toBe('skipped');
    expect(forkGreen.writes).toEqual([]);
    expect(repoOf(s).issues.get(number)!.state).toBe('open');

    // The same green from this repository's main does close it: the check above could fail.
    s.state.completeLatestAttempt(repoOf(s), OWN_MAIN_GREEN);
    const ownGreen = await analyze(s, OWN_MAIN_GREEN);
    expect(ownGreen.result.outputs.result).toBe('closed');
    expect(repoOf(s).issues.get(number)!.state).toBe('closed');
  }, 120_000);

  it('with forks: none, a fork’s failure writes nothing at all, yet is analysed', async () => {
    const s = await start();
    const step = await analyze(s, EVIL_RUN, { forks: 'none' });
    expect(step.writes).toEqual([]);
    expect(step.result.outputs.result).toBe('skipped');
    expect(step.result.outputs.category).toBe('missing_dependency');
    expect(step.result.outputs['analysis-file']).toMatch(/autoheal-analysis-7101-1\.json$/);
  }, 60_000);

  it('with forks: issue, a fork’s failure gets its own issue (never main’s), no webhook, and no fix from it', async () => {
    const hooks: string[] = [];
    const hook = createServer((req, res) => {
      hooks.push(req.url ?? '');
      res.end('ok');
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    try {
      const s = await start();
      const own = await analyze(s, PYTHON.runId, { 'slack-webhook-url': hookUrl });
      expect(own.result.outputs.result).toBe('created');
      expect(hooks).toHaveLength(1); // the control: our own new issue does notify
      const mainIssue = Number(own.result.outputs['issue-number']);

      // The same failure (same log, workflow and job) from the fork's branch named main.
      const fork = await analyze(s, FORK_MAIN_RED, { forks: 'issue', 'slack-webhook-url': hookUrl });
      expect(fork.result.outputs.result).toBe('created');
      const forkIssue = Number(fork.result.outputs['issue-number']);
      expect(forkIssue).not.toBe(mainIssue);
      expect(repoOf(s).issues.get(mainIssue)!.comments).toEqual([]);
      expect(repoOf(s).issues.get(forkIssue)!.body).toContain(`${FORK}:main`);
      expect(repoOf(s).issues.get(forkIssue)!.labels).toEqual([
        'autoheal:fork',
        'autoheal:missing_dependency',
      ]);
      expect(hooks).toHaveLength(1);

      const fix = await generateFix(s, { 'issue-number': String(forkIssue) });
      expect(fix.result.outputs.result).toBe('skipped');
      expect(fix.result.summary).toContain(`comes from ${FORK}`);
      expect(fix.writes).toEqual([]);

      // Nor a hand-off to a coding agent; our own issue still gets one (the control).
      const handOff = await issueToDraftPr(s, forkIssue);
      expect(handOff.result.outputs.result).toBe('skipped');
      expect(handOff.result.summary).toContain('a fork’s run gets analysis only');
      expect(handOff.writes).toEqual([]);
      const ownHandOff = await issueToDraftPr(s, mainIssue);
      expect(ownHandOff.result.outputs.result).toBe('created');
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  }, 120_000);

  it('a same-repository PR run by someone who cannot push: its issue is filed, its fix refused', async () => {
    const s = await start();
    const filed = await analyze(s, STRANGER_PR_RUN);
    expect(filed.result.outputs.result).toBe('created');
    const fix = await generateFix(s, { 'issue-number': filed.result.outputs['issue-number']! });
    expect(fix.result.outputs.result).toBe('skipped');
    expect(fix.result.summary).toContain('stranger, who cannot push');
    expect(fix.writes).toEqual([]);
    expect(pullsOf(s).map((p) => p.number)).toEqual([20, 21]);
  }, 120_000);
});
