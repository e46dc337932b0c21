/**
 * What the runner tells the step through its environment: the event, the repository, the API and
 * server URLs, and the test-only knobs that shrink waits.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@autoheal/core/errors';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME: `issues`, `workflow_dispatch`, … */
  name: string;
  /** The parsed GITHUB_EVENT_PATH payload; `{}` when there is none. */
  payload: Record<string, unknown>;
}

export interface RunnerContext {
  event: RunnerEvent;
  repository: RepoRef;
  apiUrl?: string;
  /** GITHUB_SERVER_URL, for links in the summary. */
  serverUrl: string;
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
    const parsed: unknown = JSON.parse(await readFile(eventPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      payload = parsed as Record<string, unknown>;
  }
  const context: RunnerContext = {
    event: { name: nonEmpty(env.GITHUB_EVENT_NAME) ?? '', payload },
    repository,
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
  };
  const apiUrl = nonEmpty(env.GITHUB_API_URL);
  if (apiUrl) context.apiUrl = apiUrl;
  return context;
}

export { type ClientTuning, clientTuning } from '@autoheal/core/client-tuning';
