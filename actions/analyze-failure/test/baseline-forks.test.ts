/**
 * The runs a failure is compared with, and the green run that may already have fixed it, are this
 * repository's own: a fork's branch of the same name is someone else's history.
 */
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { findBaselineRun } from '../src/baseline.js';
import { Fixture, isoAt, memoryLogger, runInfo, simClient, T0 } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

describe('findBaselineRun', () => {
  it('skips a fork’s green runs on a branch named like ours, before and after the failure', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r
            .file('README.md', '# widgets\n')
            .workflow('CI', '.github/workflows/ci.yml', 161)
            .run({
              id: 10,
              workflow: 'CI',
              branch: 'main',
              conclusion: 'success',
              created_at: isoAt(T0 - 3000),
              jobs: [],
            })
            .run({
              id: 11,
              workflow: 'CI',
              branch: 'main',
              head_repository: 'mallory/widgets',
              conclusion: 'success',
              created_at: isoAt(T0 - 1000),
              jobs: [],
            })
            .run({
              id: 13,
              workflow: 'CI',
              branch: 'main',
              head_repository: 'mallory/widgets',
              conclusion: 'success',
              created_at: isoAt(T0 + 5000),
              jobs: [],
            }),
        )
        .build(),
    );
    const failed = runInfo({ id: 12, workflowId: 161, headBranch: 'main', createdAt: isoAt(T0) });
    const found = await findBaselineRun(simClient(sim), failed, memoryLogger());
    expect(found.baseline?.runId).toBe(10);
    expect(found.newerGreen).toBeUndefined();
  });
});
