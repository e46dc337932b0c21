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

export { type ClientTuning, clientTuning } from '@autoheal/core/client-tuning';
