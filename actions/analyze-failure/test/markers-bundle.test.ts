/**
 * Forged markers through the bundle (dist/index.js, rebuilt by `pnpm build`): with `marker-key`,
 * an issue carrying a copied, unsigned or wrongly signed marker is never edited, commented on,
 * closed or reopened, whoever wrote it; without the key the summary says markers are unsigned.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import { UNSIGNED_MARKERS_NOTICE } from '@autoheal/core/run-main';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type ActionResult, runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedIssue, SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { cidiffLog, simClient } from './issues-fixture.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWNER = 'octo-org';
const REPO = 'widgets';
const KEY = 'markers-bundle-test-key-4f0c2a9e7b1d';
const OTHER_KEY = 'another-repositorys-key-0a1b2c3d4e5f';

const sims: GitHubSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims.length = 0;
});

const STEPS = ['Set up job', 'Run actions/checkout@v4', 'Test', 'Complete job'];
const job = (conclusion: 'failure' | 'success'): SeedJob => ({
  name: 'test',
  status: 'completed',
  conclusion,
  steps: STEPS.map((name, i) => ({
    name,
    number: i + 1,
    status: 'completed' as const,
    conclusion: conclusion === 'failure' && i === 2 ? ('failure' as const) : ('success' as const),
  })),
  log: { file: cidiffLog('tf-checks-run68', conclusion === 'failure' ? 'fail' : 'pass') },
});
const T0 = Date.now() - 3_600_000;
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const RUNS: SeedRun[] = [
  {
    id: 600,
    workflow: 'CI',
    branch: 'main',
    conclusion: 'failure',
    created_at: at(0),
    jobs: [job('failure')],
  },
  // Later runs are still running while earlier ones are handled, as on GitHub.
  {
    id: 603,
    workflow: 'CI',
    branch: 'main',
    status: 'in_progress',
    conclusion: null,
    created_at: at(1),
    jobs: [job('success')],
  },
  {
    id: 604,
    workflow: 'CI',
    branch: 'main',
    status: 'in_progress',
    conclusion: null,
    created_at: at(2),
    jobs: [job('failure')],
  },
];

/** The run's latest attempt ends now (as GitHub would record it). */
function finish(sim: GitHubSimulator, id: number, conclusion: 'success' | 'failure'): void {
  const run = sim.state.requireRepo(`${OWNER}/${REPO}`).runs.get(id)!;
  const attempt = run.attempts[run.attempts.length - 1]!;
  attempt.status = 'completed';
  attempt.conclusion = conclusion;
}

async function simulator(issues: SeedIssue[] = []): Promise<GitHubSimulator> {
  const seed = seedBuilder()
    .repo(`${OWNER}/${REPO}`, (r) => {
      r.file('README.md', '# widgets\n').workflow('CI', '.github/workflows/ci.yml', 161);
      for (const issue of issues) r.issue(issue);
      for (const run of RUNS) r.run(run);
    })
    .build();
  const sim = await startGitHubSimulator({ seed });
  sims.push(sim);
  return sim;
}

interface Step {
  result: ActionResult;
  writes: string[];
}

async function step(sim: GitHubSimulator, runId: number, inputs: Record<string, string> = {}): Promise<Step> {
  const github = simClient(sim);
  const { data: run } = await github.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: runId });
  const { data: repository } = await github.rest.repos.get({ owner: OWNER, repo: REPO });
  const mark = sim.requests.length;
  const result = await runAction({
    actionDir,
    inputs,
    event: {
      name: 'workflow_run',
      payload: withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository }),
    },
    apiUrl: sim.url,
    token: SIMULATOR_TOKEN,
    repository: `${OWNER}/${REPO}`,
    env: {
      AUTOHEAL_WAIT_SCALE_MS: '1',
      AUTOHEAL_WRITE_PACING_MS: '0',
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/autoheal.yml@refs/heads/main`,
    },
  });
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.problems).toEqual([]);
  const writes = sim.requests
    .slice(mark)
    .filter((r) => r.method !== 'GET' && !r.path.startsWith('/_blobs/'))
    .map((r) => `${r.method} ${r.path}`);
  return { result, writes };
}

const issuesOf = (sim: GitHubSimulator) => [...sim.state.requireRepo(`${OWNER}/${REPO}`).issues.values()];
const markerLine = (body: string) =>
  body.split('\n').find((l) => l.startsWith('<!-- autoheal:kind=failure'))!;

/** The genuine, signed issue body analyze-failure writes for run 600: what a forger copies from. */
async function genuineBody(): Promise<string> {
  const sim = await simulator();
  await step(sim, 600, { 'marker-key': KEY });
  const [issue] = issuesOf(sim);
  return issue!.body!;
}

describe('forged markers, through the bundle', () => {
  it('with marker-key: copied, unsigned and wrongly signed markers are never touched; our own issue is found and closed', async () => {
    const genuine = await genuineBody();
    const signed = markerLine(genuine);
    expect(parseMarkers(signed, { key: KEY })).toHaveLength(1);
    const fields = parseMarkers(signed)[0]!.fields;
    const unsigned = renderMarker(fields);
    const wrongKey = renderMarker(fields, { key: OTHER_KEY });
    const sanitized = createSanitizer().body(genuine);
    const forged: SeedIssue[] = [
      // Another workflow of the repository posting as github-actions[bot], with our label.
      {
        number: 1,
        title: 'CI failing',
        author: 'github-actions[bot]',
        labels: ['autoheal'],
        body: `${unsigned}\nforged`,
      },
      {
        number: 2,
        title: 'CI failing',
        author: 'github-actions[bot]',
        labels: ['autoheal'],
        body: `${wrongKey}\nforged`,
      },
      // Our own post, echoed through our sanitizer by another bot.
      {
        number: 3,
        title: 'CI failing',
        author: 'github-actions[bot]',
        labels: ['autoheal'],
        body: sanitized,
      },
      // A stranger copying our signed marker whole.
      { number: 4, title: 'CI failing', author: 'mallory', labels: ['autoheal'], body: `${signed}\ncopied` },
    ];
    const sim = await simulator(forged);
    const before = new Map(issuesOf(sim).map((i) => [i.number, structuredClone(i)]));

    const failed = await step(sim, 600, { 'marker-key': KEY });
    expect(failed.result.outputs).toMatchObject({ result: 'created', 'issue-number': '5' });
    finish(sim, 603, 'success');
    const green = await step(sim, 603, { 'marker-key': KEY });
    expect(green.result.outputs).toMatchObject({ result: 'closed', 'issue-number': '5' });
    // Seen again after green (a newer run): it reopens ours, never a forgery.
    finish(sim, 604, 'failure');
    const again = await step(sim, 604, { 'marker-key': KEY });
    expect(again.result.outputs['issue-number']).toBe('5');

    for (const s of [failed, green, again]) {
      expect(
        s.writes.filter((w) => /\/issues\/[1-4](?:\/|$)/.test(w)),
        s.writes.join('\n'),
      ).toEqual([]);
      expect(s.result.summary).not.toContain(UNSIGNED_MARKERS_NOTICE);
    }
    for (const issue of issuesOf(sim).filter((i) => i.number <= 4)) {
      const was = before.get(issue.number)!;
      expect(issue.state).toBe('open');
      expect(issue.body).toBe(was.body);
      expect(issue.comments).toEqual(was.comments);
      expect(issue.labels).toEqual(was.labels);
    }
    const ours = issuesOf(sim).find((i) => i.number === 5)!;
    expect(parseMarkers(ours.body, { key: KEY }).map((m) => m.fields.fingerprint)).toEqual([
      fields.fingerprint,
    ]);
  }, 90_000);

  it('without marker-key: a stranger’s copy is still ignored (author check), and the summary says markers are unsigned', async () => {
    const genuine = await genuineBody();
    const copy = markerLine(genuine);
    const sim = await simulator([
      { number: 1, title: 'CI failing', author: 'mallory', labels: ['autoheal'], body: `${copy}\ncopied` },
    ]);
    const failed = await step(sim, 600);
    expect(failed.result.outputs).toMatchObject({ result: 'created', 'issue-number': '2' });
    finish(sim, 603, 'success');
    const green = await step(sim, 603);
    expect(green.result.outputs).toMatchObject({ result: 'closed', 'issue-number': '2' });
    for (const s of [failed, green]) {
      expect(s.writes.filter((w) => /\/issues\/1(?:\/|$)/.test(w))).toEqual([]);
      expect(s.result.summary.trimEnd().split('\n').at(-1)).toBe(UNSIGNED_MARKERS_NOTICE);
    }
    expect(issuesOf(sim)[0]).toMatchObject({ number: 1, state: 'open' });
    // Unsigned markers are written without a key, as before.
    expect(markerLine(issuesOf(sim)[1]!.body!)).not.toMatch(/ sig=/);
  }, 90_000);

  it('the key is what stops another bot: without it, an unsigned marker by github-actions[bot] is taken as ours', async () => {
    const genuine = await genuineBody();
    const unsigned = renderMarker(parseMarkers(markerLine(genuine))[0]!.fields);
    const forged: SeedIssue = {
      number: 1,
      title: 'CI failing',
      author: 'github-actions[bot]',
      labels: ['autoheal'],
      body: `${unsigned}\nforged`,
    };
    // The same forgery, twice: only the key tells it apart.
    const keyless = await step(await simulator([forged]), 600);
    expect(keyless.result.outputs['issue-number']).toBe('1');
    const keyed = await step(await simulator([forged]), 600, { 'marker-key': KEY });
    expect(keyed.result.outputs).toMatchObject({ result: 'created', 'issue-number': '2' });
    expect(keyed.writes.filter((w) => /\/issues\/1(?:\/|$)/.test(w))).toEqual([]);
  }, 90_000);
});
