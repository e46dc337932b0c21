/**
 * What the runner tells the step through its environment: the repository, the event, the API and
 * server URLs, the temp and workspace folders, and the test-only knobs that shrink waits.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '@autoheal/core/errors';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME: `issues`, `workflow_run`, `workflow_dispatch`, … */
  name: string;
  /** The parsed GITHUB_EVENT_PATH payload; `{}` when there is none. */
  payload: Record<string, unknown>;
}

export interface RunnerContext {
  repository: RepoRef;
  event: RunnerEvent;
  apiUrl?: string;
  /** GITHUB_SERVER_URL, for links. */
  serverUrl: string;
  /** RUNNER_TEMP: logs, the patch and the fix file go here. */
  tempDir?: string;
  /** GITHUB_WORKSPACE: a relative checkout-path is taken from here. */
  workspace?: string;
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function parseRepository(value: string | undefined): RepoRef | undefined {
  const text = nonEmpty(value);
  if (!text || !REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..')) return undefined;
  const [owner = '', repo = ''] = text.split('/');
  return { owner, repo };
}

/** Reads the runner's environment and the event payload file. */
export async function readRunnerContext(env: Env): Promise<RunnerContext> {
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  if (!repository)
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set to owner/name; run this action in a GitHub Actions job.',
    );
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(eventPath, 'utf8'));
    } catch (error) {
      throw new ConfigurationError(
        `Could not read the event payload at GITHUB_EVENT_PATH: ${errorMessage(error)}`,
      );
    }
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      payload = parsed as Record<string, unknown>;
  }
  const context: RunnerContext = {
    repository,
    event: { name: nonEmpty(env.GITHUB_EVENT_NAME) ?? '', payload },
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
  };
  const apiUrl = nonEmpty(env.GITHUB_API_URL);
  if (apiUrl) context.apiUrl = apiUrl;
  const tempDir = nonEmpty(env.RUNNER_TEMP);
  if (tempDir) context.tempDir = tempDir;
  const workspace = nonEmpty(env.GITHUB_WORKSPACE);
  if (workspace) context.workspace = workspace;
  return context;
}

export interface ClientTuning {
  waitScaleMs?: number;
  pacing?: { writeMs: number; notifyMs: number };
}

function knob(env: Env, name: string): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  if (!/^\d{1,7}$/.test(raw))
    throw new ConfigurationError(
      `Environment variable ${name} must be a whole number of milliseconds; got "${raw.slice(0, 20)}".`,
    );
  return Number(raw);
}

/**
 * Test-only knobs: `AUTOHEAL_WAIT_SCALE_MS` (milliseconds per second of retry back-off and
 * `retry-after`) and `AUTOHEAL_WRITE_PACING_MS` (gap between writes), so end-to-end tests of the
 * bundle do not sit out GitHub's real waits. Unset in real workflows.
 */
export function clientTuning(env: Env): ClientTuning {
  const tuning: ClientTuning = {};
  const wait = knob(env, 'AUTOHEAL_WAIT_SCALE_MS');
  if (wait !== undefined) tuning.waitScaleMs = wait;
  const pacing = knob(env, 'AUTOHEAL_WRITE_PACING_MS');
  if (pacing !== undefined) tuning.pacing = { writeMs: pacing, notifyMs: pacing };
  return tuning;
}
