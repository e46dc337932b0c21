/**
 * Whose failure issues may pick a fix: only trusted authors (by default github-actions[bot], never
 * the fix token's own user) and, with `marker-key`, only with a valid signature.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withMarkerKey } from '@autoheal/core/markers';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import {
  baseSeed,
  failureIssue,
  failureMarker,
  inputsFrom,
  MAINTAINER,
  MAINTAINER_TOKEN,
  NOW,
  TIMEOUT,
  testDeps,
  writes,
} from './helpers.js';

const READ_TOKEN = 'ghs_readOnlyToken000000000000000000000';
const KEY = 'generate-fix-marker-key-7c1e0b9a';

let sim: GitHubSimulator;
let tempDir: string;
beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fix-trust-'));
});
afterEach(async () => {
  expect(sim.errors).toEqual([]);
  await sim.close();
  await rm(tempDir, { recursive: true, force: true });
});

async function world(issues: { number: number; author: string; key?: string }[]): Promise<string> {
  const { fp } = await failureIssue(TIMEOUT, 1);
  const marker = (key?: string) =>
    key ? withMarkerKey(key, () => failureMarker(fp, TIMEOUT)) : failureMarker(fp, TIMEOUT);
  sim = await startGitHubSimulator({
    seed: baseSeed((r) => {
      for (const i of issues)
        r.issue({
          number: i.number,
          title: '[autoheal] build: timeout',
          author: i.author,
          labels: ['autoheal'],
          body: `${marker(i.key)}\n**Occurrences:** 1\n`,
        });
    })
      .token(READ_TOKEN, 'github-actions[bot]', { permissions: 'read' })
      .build(),
    now: () => NOW,
  });
  return fp;
}

async function dir(name: string): Promise<string> {
  const d = path.join(tempDir, name);
  await mkdir(d, { recursive: true });
  return d;
}

async function compute(issue: number) {
  const inputs = inputsFrom({ mode: 'compute', token: READ_TOKEN, 'issue-number': String(issue) });
  const t = testDeps(sim, inputs, { tempDir: await dir(`compute-${issue}`) });
  return { out: await run(inputs, t.deps), t };
}

async function apply(issue: number, fixFile: string, fixKind: string) {
  const inputs = inputsFrom({
    mode: 'apply',
    token: MAINTAINER_TOKEN,
    'issue-number': String(issue),
    'fix-file': fixFile,
    'expected-fix-kind': fixKind,
  });
  const t = testDeps(sim, inputs, { tempDir: await dir(`apply-${issue}`) });
  return { out: await run(inputs, t.deps), t };
}

describe('apply trusts only the accounts that file failure issues', () => {
  it('an issue written by the fix token’s own user, carrying a copied marker, gets no fix', async () => {
    // #1 is analyze-failure's; #7 is the same marker in an issue the maintainer's token wrote.
    await world([
      { number: 1, author: 'github-actions[bot]' },
      { number: 7, author: MAINTAINER },
    ]);
    const computed = await compute(1);
    expect(computed.out.result).toBe('computed');
    const fixFile = computed.t.recorded.outputs['fix-file']!;
    const fixKind = computed.t.recorded.outputs['fix-kind']!;

    const refused = await apply(7, fixFile, fixKind);
    expect(refused.out.result).toBe('skipped');
    expect(refused.out.headline).toBe(
      `Nothing done: issue #7 is not an autoheal failure issue: it was written by ${MAINTAINER}, not by github-actions[bot], so its markers do not count.`,
    );
    expect(writes(sim)).toEqual([]);

    // The same fix file on analyze-failure's own issue is delivered.
    expect((await apply(1, fixFile, fixKind)).out.result).toBe('created');
  });

  it('trusted-authors names the issue authors explicitly, the token’s user included if wanted', async () => {
    await world([{ number: 7, author: MAINTAINER }]);
    const inputs = inputsFrom({
      mode: 'compute',
      token: READ_TOKEN,
      'issue-number': '7',
      'trusted-authors': MAINTAINER,
    });
    const t = testDeps(sim, inputs, { tempDir });
    expect((await run(inputs, t.deps)).result).toBe('computed');
  });
});

describe('with marker-key', () => {
  it('an unsigned or wrongly signed marker by github-actions[bot] picks nothing; a signed one does', async () => {
    await world([
      { number: 1, author: 'github-actions[bot]', key: KEY },
      { number: 2, author: 'github-actions[bot]' },
      { number: 3, author: 'github-actions[bot]', key: 'someone-elses-key-000000000' },
    ]);
    const computed = await withMarkerKey(KEY, () => compute(1));
    expect(computed.out.result).toBe('computed');
    const fixFile = computed.t.recorded.outputs['fix-file']!;
    const fixKind = computed.t.recorded.outputs['fix-kind']!;
    for (const n of [2, 3]) {
      const refused = await withMarkerKey(KEY, () => apply(n, fixFile, fixKind));
      expect(refused.out.result).toBe('skipped');
      expect(refused.out.headline).toBe(
        `Nothing done: issue #${n} is not an autoheal failure issue: its body has no complete autoheal failure marker.`,
      );
      expect((await withMarkerKey(KEY, () => compute(n))).out.result).toBe('skipped');
    }
    expect(writes(sim)).toEqual([]);
    const applied = await withMarkerKey(KEY, () => apply(1, fixFile, fixKind));
    expect(applied.out.result).toBe('created');
  });
});
