/**
 * What the runner says through the environment: the repository, the event, the API and server
 * URLs, and two test-only knobs that shrink GitHub's waits.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RunnerContext {
  repository: RepoRef;
  /** GITHUB_EVENT_NAME (`schedule`, `workflow_dispatch`, …); empty when unset. */
  eventName: string;
  /** GITHUB_API_URL; undefined means api.github.com. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL, for links in the summary. */
  serverUrl: string;
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

function given(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
}

export function readRunnerContext(env: Env): RunnerContext {
  const repository = given(env.GITHUB_REPOSITORY);
  if (!repository || !REPOSITORY.test(repository))
    throw new ConfigurationError(
      `GITHUB_REPOSITORY must be "owner/name" but is ${repository === undefined ? 'not set' : JSON.stringify(repository)}; run this action in a GitHub Actions job.`,
    );
  const [owner = '', repo = ''] = repository.split('/');
  const context: RunnerContext = {
    repository: { owner, repo },
    eventName: given(env.GITHUB_EVENT_NAME) ?? '',
    serverUrl: (given(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
  };
  const apiUrl = given(env.GITHUB_API_URL);
  if (apiUrl !== undefined) context.apiUrl = apiUrl;
  return context;
}

export interface ClientTuning {
  waitScaleMs?: number;
  pacing?: { writeMs: number; notifyMs: number };
}

function milliseconds(env: Env, name: string): number | undefined {
  const raw = given(env[name]);
  if (raw === undefined) return undefined;
  if (!/^\d{1,7}$/.test(raw))
    throw new ConfigurationError(
      `The environment variable ${name} must be a whole number of milliseconds (0 to 9999999); got ${JSON.stringify(raw.slice(0, 20))}.`,
    );
  return Number(raw);
}

/**
 * Test-only knobs, unset in real workflows: `AUTOHEAL_WAIT_SCALE_MS` is the number of
 * milliseconds a second of retry back-off or `retry-after` lasts, `AUTOHEAL_WRITE_PACING_MS` the
 * gap between writes (GitHub asks for a second, three before a write that notifies people).
 */
export function clientTuning(env: Env): ClientTuning {
  const tuning: ClientTuning = {};
  const wait = milliseconds(env, 'AUTOHEAL_WAIT_SCALE_MS');
  if (wait !== undefined) tuning.waitScaleMs = wait;
  const pacing = milliseconds(env, 'AUTOHEAL_WRITE_PACING_MS');
  if (pacing !== undefined) tuning.pacing = { writeMs: pacing, notifyMs: pacing };
  return tuning;
}
