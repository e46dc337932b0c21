/**
 * What generate-fix's bundle tests share: the bundles they chain (analyze-failure files the issue,
 * generate-fix delivers the fix, issue-to-draft-pr hands off), each run as the runner runs it on
 * the simulator with autoheal's waits shrunk, and a rig that closes the simulators after each test
 * and fails it if a simulator itself went wrong. Build the bundles first:
 * `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure generate-fix issue-to-draft-pr`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BundleRig, type BundleStep, FAST_ENV, writeLines } from '@autoheal/testkit/harness/bundle-steps';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, expect } from 'vitest';
import { dispatchEvent, REPO } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const generateFixDir = path.resolve(here, '..');
export const analyzeDir = path.resolve(here, '../../analyze-failure');
export const issueToDraftPrDir = path.resolve(here, '../../issue-to-draft-pr');

/** A rig for this test file: after each test its simulators are closed, and their own errors fail the test. */
export function useBundleRig(): BundleRig {
  const rig = new BundleRig();
  afterEach(async () => {
    expect(await rig.cleanup()).toEqual([]);
  });
  return rig;
}

/** analyze-failure's bundle on run `runId`'s `workflow_run` event; its temp folder (the analysis file) is kept for the test. */
export async function analyzeRun(
  rig: BundleRig,
  sim: GitHubSimulator,
  runId: number,
  inputs: Record<string, string> = {},
): Promise<BundleStep> {
  const step = await rig.analyzeRun(sim, {
    actionDir: analyzeDir,
    repository: REPO,
    runId,
    inputs,
    workflowFile: 'auto-heal.yml',
    keepTemp: true,
  });
  expect(step.result.exitCode, step.result.stdout).toBe(0);
  return step;
}

/** An action of this repository (generate-fix by default) on a `workflow_dispatch`, on Node 24. */
export function dispatchStep(
  rig: BundleRig,
  sim: GitHubSimulator,
  inputs: Record<string, string>,
  options: {
    actionDir?: string;
    token?: string;
    event?: { name: string; payload: unknown };
    keepTemp?: boolean;
  } = {},
): Promise<BundleStep> {
  return rig.step(sim, {
    actionDir: options.actionDir ?? generateFixDir,
    inputs,
    event: options.event ?? dispatchEvent,
    token: options.token ?? SIMULATOR_TOKEN,
    repository: REPO,
    env: { ...FAST_ENV },
    node: 'node24',
    ...(options.keepTemp ? { keepTemp: true } : {}),
  });
}

export { type BundleStep, FAST_ENV, writeLines };
