/**
 * Forged markers through the bundle (dist/index.js, rebuilt by `pnpm build`): with `marker-key`,
 * an issue carrying a copied, unsigned or wrongly signed marker is never edited, commented on,
 * closed or reopened, whoever wrote it; without the key the summary says markers are unsigned.
 */
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import { UNSIGNED_MARKERS_NOTICE } from '@autoheal/core/run-main';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import type { ActionResult } from '@autoheal/testkit/harness/run-action';
import type { SeedIssue, SeedRun } from '@autoheal/testkit/simulator/seed-types';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analyzeStep,
  BundleRig,
  failing,
  finish,
  green,
  issuesOf,
  startSimulator,
  withRuns,
  writeLines,
} from './bundle-helpers.js';

const KEY = 'markers-bundle-test-key-4f0c2a9e7b1d';
const OTHER_KEY = 'another-repositorys-key-0a1b2c3d4e5f';

const rig = new BundleRig();
afterEach(async () => {
  await rig.cleanup();
});

const job = (conclusion: 'failure' | 'success') =>
  conclusion === 'failure' ? failing('test', 'tf-checks-run68') : green('test', 'tf-checks-run68');
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

function simulator(issues: SeedIssue[] = []): Promise<GitHubSimulator> {
  return startSimulator(
    rig,
    withRuns(RUNS, (r) => {
      for (const issue of issues) r.issue(issue);
    }),
  );
}

interface Step {
  result: ActionResult;
  writes: string[];
}

async function step(sim: GitHubSimulator, runId: number, inputs: Record<string, string> = {}): Promise<Step> {
  const { result, requests } = await analyzeStep(rig, sim, runId, inputs);
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.problems).toEqual([]);
  return { result, writes: writeLines(requests, { status: false }) };
}

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
