/**
 * The run-log archive read by the bundled action (yauzl inside ncc's bundle), against the
 * simulator. Rebuild first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeStep, BundleRig, failing, issuesOf, startSimulator, withRuns } from './bundle-helpers.js';

const ARCHIVE_ROUTE = '/repos/{owner}/{repo}/actions/runs/{run_id}/logs';
const LOGS_ROUTE = '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs';

const rig = new BundleRig();
afterEach(async () => {
  await rig.cleanup();
});

describe('the bundle reading a run-log archive', () => {
  it('reads every failed job of a run from one archive and files their failures', async () => {
    const sim = await startSimulator(
      rig,
      withRuns([
        {
          id: 700,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'failure',
          created_at: new Date(Date.now() - 60_000).toISOString(),
          jobs: [
            failing('unit / node 20: linux', 'tf-checks-run68'),
            failing('lint', 'cidiff_75'),
            failing(`integration ${'x'.repeat(100)}`, 'tf-build-run407'),
          ],
        },
      ]),
    );
    const step = await analyzeStep(rig, sim, 700);
    expect(step.result.exitCode, `${step.result.stdout}\n${step.result.stderr}`).toBe(0);
    expect(sim.requestsTo('GET', ARCHIVE_ROUTE)).toHaveLength(1);
    // No job fell back to its own log: each was found and read whole from the archive.
    expect(sim.requestsTo('GET', LOGS_ROUTE)).toHaveLength(0);
    expect(issuesOf(sim).length).toBeGreaterThan(0);
  });
});
