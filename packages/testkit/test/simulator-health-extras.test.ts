import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../core/src/github-client.js';
import {
  findOperation,
  formatErrors,
  loadDescription,
  ResponseValidator,
  routesMissingFrom,
} from '../src/simulator/openapi-contract.js';
import { type SimulatorOverlay, startSimulatorOverlay } from '../src/simulator/overlay.js';
import { healthExtraRoutes, markMerged, RUN_SEARCH_CAP } from '../src/simulator/routes-health-extras.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const o = { owner: 'octo-org', repo: 'widgets' };
const RUNS = 1050;

function seed() {
  return seedBuilder()
    .repo('octo-org/widgets', (r) => {
      r.file('README.md', 'hi\n')
        .branch('autoheal/fix-1', { 'a.txt': 'a\n' })
        .branch('feature', { 'b.txt': 'b\n' })
        .pull({
          title: 'Fix',
          author: 'github-actions[bot]',
          head: 'autoheal/fix-1',
          created_at: '2026-03-01T00:00:00Z',
        })
        .pull({ title: 'Feature', author: 'mona', head: 'feature', created_at: '2026-03-02T00:00:00Z' })
        .workflow('CI', '.github/workflows/ci.yml', 11);
      for (let i = 0; i < RUNS; i++)
        r.run({
          id: 10_000 + i,
          workflow: 'CI',
          branch: 'main',
          conclusion: 'success',
          created_at: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 60_000).toISOString(),
        });
    })
    .build();
}

let sim: GitHubSimulator | undefined;
let overlay: SimulatorOverlay | undefined;
afterEach(async () => {
  await overlay?.close();
  await sim?.close();
  overlay = undefined;
  sim = undefined;
});

async function start() {
  sim = await startGitHubSimulator({ seed: seed(), now: () => Date.parse('2026-03-10T00:00:00Z') });
  overlay = await startSimulatorOverlay(sim, healthExtraRoutes);
  const gh = createGitHubClient({
    token: SIMULATOR_TOKEN,
    apiUrl: overlay.url,
    pacing: { writeMs: 0, notifyMs: 0 },
  });
  return { sim, gh };
}

describe('the health-check overlay', () => {
  it('serves only routes GitHub documents, on github.com and GHES', () => {
    const summaries = healthExtraRoutes.map((r) => ({
      method: r.method,
      path: r.path,
      operationId: r.operationId,
      documentationUrl: `https://docs.github.com/rest/${r.docs}`,
    }));
    expect(routesMissingFrom(loadDescription('api.github.com'), summaries)).toEqual([]);
    expect(routesMissingFrom(loadDescription('ghes-3.19'), summaries)).toEqual([]);
  });

  it('lists at most 1,000 runs of a filtered list, with the true total', async () => {
    const { sim, gh } = await start();
    const created = '2026-03-01T00:00:00+00:00..2026-03-02T00:00:00+00:00';
    const page10 = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, created, per_page: 100, page: 10 });
    expect(page10.data.total_count).toBe(RUNS);
    expect(page10.data.workflow_runs).toHaveLength(100);
    expect(page10.headers.link).not.toContain('rel="next"');
    const page11 = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, created, per_page: 100, page: 11 });
    expect(page11.data.total_count).toBe(RUNS);
    expect(page11.data.workflow_runs).toEqual([]);
    const all = await gh.paginate(gh.rest.actions.listWorkflowRunsForRepo, { ...o, created, per_page: 100 });
    expect(all).toHaveLength(RUN_SEARCH_CAP);
    // Unfiltered, every run is listed.
    const unfiltered = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, per_page: 100, page: 11 });
    expect(unfiltered.data.workflow_runs).toHaveLength(RUNS - RUN_SEARCH_CAP);

    const validator = new ResponseValidator(loadDescription('api.github.com'));
    const operation = findOperation(
      loadDescription('api.github.com'),
      'GET',
      '/repos/{owner}/{repo}/actions/runs',
    )!;
    for (const request of sim.requests) {
      const check = validator.check(operation.operation, request.status, request.response);
      expect(formatErrors(check.errors), `${request.path} ${JSON.stringify(request.query)}`).toBe('');
    }
    expect(sim.errors).toEqual([]);
  });

  it('gives merged pull requests their merged_at, and leaves the others null', async () => {
    const { sim, gh } = await start();
    markMerged(sim.state, 'octo-org/widgets', 1, '2026-03-03T12:00:00Z');
    const { data } = await gh.rest.pulls.list({ ...o, state: 'all', sort: 'updated', direction: 'desc' });
    expect(data.map((p) => [p.number, p.state, p.merged_at, p.closed_at])).toEqual([
      [1, 'closed', '2026-03-03T12:00:00Z', '2026-03-03T12:00:00Z'],
      [2, 'open', null, null],
    ]);
    const validator = new ResponseValidator(loadDescription('api.github.com'));
    const operation = findOperation(loadDescription('api.github.com'), 'GET', '/repos/{owner}/{repo}/pulls')!;
    const request = sim.requests.find((r) => r.operationId === 'pulls/list')!;
    expect(formatErrors(validator.check(operation.operation, 200, request.response).errors)).toBe('');
    expect(() => markMerged(sim.state, 'octo-org/widgets', 99, '2026-03-03T12:00:00Z')).toThrow(
      /no pull request #99/,
    );
  });
});
