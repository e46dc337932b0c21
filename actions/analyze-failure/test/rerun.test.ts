import { defaultConfig } from '@autoheal/core/config/defaults';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { decideRerun, rerunFailedJobs } from '../src/rerun.js';
import { Fixture, simClient, writes } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const reruns = defaultConfig().reruns;

describe('decideRerun', () => {
  it('re-runs a sure transient failure on its first attempt', () => {
    const d = decideRerun({ category: 'network_error', confidence: 0.8 }, { attempt: 1 }, reruns);
    expect(d).toEqual({
      rerun: true,
      reason:
        'A network_error failure at confidence 0.80 is usually transient: re-running the failed jobs (re-run 1 of at most 1).',
    });
    expect(decideRerun({ category: 'infrastructure', confidence: 0.95 }, { attempt: 1 }, reruns).rerun).toBe(
      true,
    );
  });

  it.each([
    [
      'a category not worth it',
      { category: 'test_failure' as const, confidence: 1 },
      1,
      reruns,
      /test_failure failure is not re-run/,
    ],
    [
      'too unsure',
      { category: 'network_error' as const, confidence: 0.79 },
      1,
      reruns,
      /0.79 is below reruns.min-confidence \(0.8\)/,
    ],
    [
      'already re-run up to the limit',
      { category: 'network_error' as const, confidence: 0.9 },
      2,
      reruns,
      /already re-run 1 time \(the limit is 1\) and failed again/,
    ],
    [
      're-runs turned off by max 0',
      { category: 'network_error' as const, confidence: 0.9 },
      1,
      { ...reruns, max: 0 },
      /max-reruns: 0/,
    ],
    [
      're-runs disabled',
      { category: 'network_error' as const, confidence: 0.9 },
      1,
      { ...reruns, enabled: false },
      /reruns.enabled: false/,
    ],
  ])('does not re-run: %s', (_name, verdict, attempt, config, reason) => {
    const d = decideRerun(verdict, { attempt }, config);
    expect(d.rerun).toBe(false);
    expect(d.reason).toMatch(reason);
  });

  it('allows up to max re-runs: attempt n has been re-run n - 1 times', () => {
    const config = { ...reruns, max: 3 };
    const at = (attempt: number) =>
      decideRerun({ category: 'network_error', confidence: 0.9 }, { attempt }, config).rerun;
    expect([1, 2, 3, 4].map(at)).toEqual([true, true, true, false]);
    expect(
      decideRerun({ category: 'network_error', confidence: 0.9 }, { attempt: 4 }, config).reason,
    ).toContain('re-run 3 times');
  });
});

describe('rerunFailedJobs', () => {
  it('asks GitHub to re-run only the failed jobs, which starts a new attempt', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r.workflow('CI', '.github/workflows/ci.yml', 161).run({
            id: 700,
            workflow: 'CI',
            branch: 'main',
            conclusion: 'failure',
            jobs: [
              { name: 'build', status: 'completed', conclusion: 'failure', log: 'boom\n' },
              { name: 'lint', status: 'completed', conclusion: 'success', log: 'ok\n' },
            ],
          }),
        )
        .build(),
    );
    await rerunFailedJobs(simClient(sim), { owner: 'octo-org', repo: 'widgets', id: 700 });
    expect(writes(sim)).toEqual(['POST /repos/octo-org/widgets/actions/runs/700/rerun-failed-jobs']);
    const run = sim.state.requireRepo('octo-org/widgets').runs.get(700)!;
    expect(run.attempts).toHaveLength(2);
  });
});
