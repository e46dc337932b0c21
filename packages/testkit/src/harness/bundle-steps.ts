/**
 * What the "through the bundle" tests of several actions share: simulators and temp folders
 * cleaned up after each test, the `workflow_run` event GitHub would send for a run, the runner
 * environment that shrinks autoheal's waits, and what one step cost (its requests, its writes).
 */
import { rm } from 'node:fs/promises';
import { webhookExample, withFields } from '../events/webhook-examples.js';
import { SIMULATOR_TOKEN } from '../simulator/seed-builder.js';
import {
  type GitHubSimulator,
  type GitHubSimulatorOptions,
  type RecordedRequest,
  startGitHubSimulator,
} from '../simulator/server.js';
import { type ActionResult, type RunActionOptions, runAction } from './run-action.js';

/** autoheal's waits (claims, back-off) in milliseconds instead of seconds, and no pacing between writes. */
export const FAST_ENV: Readonly<Record<string, string>> = {
  AUTOHEAL_WAIT_SCALE_MS: '1',
  AUTOHEAL_WRITE_PACING_MS: '0',
};

/** GITHUB_WORKFLOW_REF of the workflow that runs autoheal (its own runs are never analysed). */
export function autohealWorkflowRef(repository: string, file = 'autoheal.yml'): string {
  return `${repository}/.github/workflows/${file}@refs/heads/main`;
}

/** The `workflow_run: completed` event for run `runId`: a real payload carrying the run and repository as the API shows them. */
export async function workflowRunEvent(
  sim: { url: string },
  repository: string,
  runId: number,
  token = SIMULATOR_TOKEN,
): Promise<{ name: string; payload: unknown }> {
  const headers = { authorization: `token ${token}` };
  const [run, repo] = await Promise.all(
    [`/repos/${repository}/actions/runs/${runId}`, `/repos/${repository}`].map(async (p) => {
      const res = await fetch(`${sim.url}${p}`, { headers });
      if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
      return res.json();
    }),
  );
  return {
    name: 'workflow_run',
    payload: withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository: repo }),
  };
}

export interface BundleStep {
  result: ActionResult;
  /** Requests made while the step ran, blob downloads left out (they are not API calls). */
  requests: RecordedRequest[];
  /** `requests.length`. */
  calls: number;
}

/** The requests that were not reads, as `METHOD path status` (or `METHOD path` without `status`). */
export function writeLines(
  requests: readonly RecordedRequest[],
  options: { status?: boolean } = {},
): string[] {
  return requests
    .filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
    .map((r) => (options.status === false ? `${r.method} ${r.path}` : `${r.method} ${r.path} ${r.status}`));
}

/**
 * The simulators and kept temp folders of one test file. Call `cleanup()` in `afterEach`; it
 * returns what the simulators themselves got wrong (their `errors`), for the test to assert empty.
 */
export class BundleRig {
  private readonly sims: GitHubSimulator[] = [];
  private readonly temps: string[] = [];

  async start(options: GitHubSimulatorOptions): Promise<GitHubSimulator> {
    const sim = await startGitHubSimulator(options);
    this.sims.push(sim);
    return sim;
  }

  /**
   * Runs an action's bundle against `sim`. Requests are those recorded while it ran: with other
   * steps running at the same time on the same simulator, theirs are counted too.
   */
  async step(sim: GitHubSimulator, options: RunActionOptions): Promise<BundleStep> {
    const from = sim.requests.length;
    const result = await runAction({ apiUrl: sim.url, token: SIMULATOR_TOKEN, ...options });
    if (options.keepTemp) this.temps.push(result.tempDir);
    const requests = sim.requests.slice(from).filter((r) => !r.path.startsWith('/_blobs/'));
    return { result, requests, calls: requests.length };
  }

  /** analyze-failure's bundle on the `workflow_run` event of `runId`, with waits shrunk. */
  async analyzeRun(
    sim: GitHubSimulator,
    options: {
      actionDir: string;
      repository: string;
      runId: number;
      inputs?: Record<string, string>;
      env?: Record<string, string>;
      /** The workflow file autoheal runs in (GITHUB_WORKFLOW_REF). */
      workflowFile?: string;
      keepTemp?: boolean;
    },
  ): Promise<BundleStep> {
    const event = await workflowRunEvent(sim, options.repository, options.runId);
    return this.step(sim, {
      actionDir: options.actionDir,
      inputs: options.inputs ?? {},
      event,
      repository: options.repository,
      env: {
        ...FAST_ENV,
        GITHUB_WORKFLOW_REF: autohealWorkflowRef(options.repository, options.workflowFile),
        ...options.env,
      },
      ...(options.keepTemp ? { keepTemp: true } : {}),
    });
  }

  async cleanup(): Promise<Error[]> {
    const errors = this.sims.flatMap((s) => s.errors);
    await Promise.all(this.sims.splice(0).map((s) => s.close()));
    await Promise.all(this.temps.splice(0).map((t) => rm(t, { recursive: true, force: true })));
    return errors;
  }
}
