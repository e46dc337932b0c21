import { afterEach, describe, expect, it } from 'vitest';
import { autohealWorkflowRef, BundleRig, workflowRunEvent, writeLines } from '../src/harness/bundle-steps.js';
import { seedBuilder } from '../src/simulator/seed-builder.js';
import type { RecordedRequest } from '../src/simulator/server.js';

const rig = new BundleRig();
afterEach(async () => {
  await rig.cleanup();
});

const request = (method: string, path: string, status: number) =>
  ({ method, path, status }) as RecordedRequest;

describe('bundle steps', () => {
  it('writeLines lists what was not a read, with or without the status', () => {
    const requests = [
      request('GET', '/repos/o/r', 200),
      request('POST', '/repos/o/r/issues', 201),
      request('HEAD', '/repos/o/r', 200),
      request('PATCH', '/repos/o/r/issues/1', 200),
    ];
    expect(writeLines(requests)).toEqual(['POST /repos/o/r/issues 201', 'PATCH /repos/o/r/issues/1 200']);
    expect(writeLines(requests, { status: false })).toEqual([
      'POST /repos/o/r/issues',
      'PATCH /repos/o/r/issues/1',
    ]);
  });

  it('builds the workflow_run event from the run and repository the API shows, and fails on a missing run', async () => {
    const sim = await rig.start({
      seed: seedBuilder()
        .repo('o/r', (r) =>
          r
            .file('README.md', 'x\n')
            .workflow('CI', '.github/workflows/ci.yml', 7)
            .run({ id: 41, workflow: 'CI', branch: 'main', conclusion: 'failure' }),
        )
        .build(),
    });
    const event = await workflowRunEvent(sim, 'o/r', 41);
    expect(event.name).toBe('workflow_run');
    const payload = event.payload as {
      workflow_run: { id: number; conclusion: string };
      repository: { full_name: string };
    };
    expect(payload.workflow_run).toMatchObject({ id: 41, conclusion: 'failure' });
    expect(payload.repository.full_name).toBe('o/r');
    await expect(workflowRunEvent(sim, 'o/r', 42)).rejects.toThrow(/404/);
    expect(autohealWorkflowRef('o/r')).toBe('o/r/.github/workflows/autoheal.yml@refs/heads/main');
  });

  it('cleanup closes every simulator it started and hands back their errors', async () => {
    const sim = await rig.start({
      seed: seedBuilder()
        .repo('o/r', (r) => r.file('README.md', 'x\n'))
        .build(),
    });
    sim.errors.push(new Error('a route bug'));
    expect((await rig.cleanup()).map((e) => e.message)).toEqual(['a route bug']);
    await expect(fetch(`${sim.url}/repos/o/r`)).rejects.toThrow();
    expect(await rig.cleanup()).toEqual([]);
  });
});
