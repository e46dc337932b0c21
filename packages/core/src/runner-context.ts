/**
 * What the runner tells every step through its environment (GITHUB_* and RUNNER_*), read in one
 * place so every action trims, defaults and validates it the same way, and the triggering event's
 * payload from GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from './errors.js';
import type { Env } from './runtime.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RunnerContext {
  /** GITHUB_EVENT_NAME (`push`, `issues`, `workflow_dispatch`, …); empty when unset. */
  eventName: string;
  /** GITHUB_EVENT_PATH: the triggering event's payload (JSON). */
  eventPath?: string;
  /** GITHUB_REPOSITORY, when it is owner/name: the repository running this workflow. */
  repository?: RepoRef;
  /** GITHUB_API_URL; undefined means api.github.com. On GHES it ends in `/api/v3`. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL without a trailing slash, for links; github.com when unset. */
  serverUrl: string;
  /** This workflow's own file (from GITHUB_WORKFLOW_REF). */
  selfWorkflowPath?: string;
  /** RUNNER_TEMP: a folder emptied after each job. */
  tempDir?: string;
  /** GITHUB_WORKSPACE: where a checkout lands; relative paths are taken from here. */
  workspace?: string;
}

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME: `issues`, `workflow_run`, `workflow_dispatch`, … */
  name: string;
  /** The parsed GITHUB_EVENT_PATH payload; `{}` when there is none. */
  payload: Record<string, unknown>;
}

/** The runner context of an action that works on its own repository and event: both read, the repository required. */
export interface ActionContext {
  repository: RepoRef;
  event: RunnerEvent;
  apiUrl?: string;
  serverUrl: string;
  tempDir?: string;
  workspace?: string;
}

const DEFAULT_SERVER_URL = 'https://github.com';
// GitHub's own limits: a login of up to 39 letters, digits and hyphens; a name of up to 100 of these.
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

/** A variable's value, trimmed; undefined when unset or blank (the runner may set some to ''). */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** `owner/name` → its parts; undefined for anything else (`.` and `..` are not repository names). */
export function parseRepository(value: string | undefined): RepoRef | undefined {
  const text = value?.trim();
  if (!text || !REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..')) return undefined;
  const [owner = '', repo = ''] = text.split('/');
  return { owner, repo };
}

/** `owner/repo/.github/workflows/autoheal.yml@refs/heads/main` → `.github/workflows/autoheal.yml`. */
export function workflowPathFromRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const at = ref.lastIndexOf('@');
  const full = at >= 0 ? ref.slice(0, at) : ref;
  const parts = full.split('/');
  if (parts.length < 3) return undefined;
  return parts.slice(2).join('/');
}

/** Reads the runner's variables; nothing is required here (see requireRepository). */
export function readRunnerContext(env: Env): RunnerContext {
  const context: RunnerContext = {
    eventName: envValue(env, 'GITHUB_EVENT_NAME') ?? '',
    serverUrl: (envValue(env, 'GITHUB_SERVER_URL') ?? DEFAULT_SERVER_URL).replace(/\/+$/, ''),
  };
  const eventPath = envValue(env, 'GITHUB_EVENT_PATH');
  if (eventPath) context.eventPath = eventPath;
  const repository = parseRepository(envValue(env, 'GITHUB_REPOSITORY'));
  if (repository) context.repository = repository;
  const apiUrl = envValue(env, 'GITHUB_API_URL');
  if (apiUrl) context.apiUrl = apiUrl;
  const self = workflowPathFromRef(envValue(env, 'GITHUB_WORKFLOW_REF'));
  if (self) context.selfWorkflowPath = self;
  const tempDir = envValue(env, 'RUNNER_TEMP');
  if (tempDir) context.tempDir = tempDir;
  const workspace = envValue(env, 'GITHUB_WORKSPACE');
  if (workspace) context.workspace = workspace;
  return context;
}

/** GITHUB_REPOSITORY as owner/name, or a ConfigurationError that shows what it is instead. */
export function requireRepository(env: Env): RepoRef {
  const given = envValue(env, 'GITHUB_REPOSITORY');
  const repository = parseRepository(given);
  if (repository) return repository;
  throw new ConfigurationError(
    `GITHUB_REPOSITORY must be "owner/name" but is ${given === undefined ? 'not set' : JSON.stringify(given.slice(0, 200))}; ` +
      'run this action in a GitHub Actions workflow (the runner sets it).',
  );
}

/**
 * The JSON object in `text`, read from the event file at `eventPath`, or a ConfigurationError that
 * names the file and says what is wrong (not JSON, or JSON that is not an object).
 */
export function parseEventPayload(text: string, eventPath: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): it is not valid JSON (${errorMessage(error).slice(0, 200)}). ${EVENT_FILE_HINT}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const what = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    throw new ConfigurationError(
      `Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): it holds ${what}, not a JSON object. ${EVENT_FILE_HINT}`,
    );
  }
  return parsed as Record<string, unknown>;
}

const EVENT_FILE_HINT =
  'The runner writes this file for every step; run the action in a GitHub Actions workflow, or point GITHUB_EVENT_PATH at a webhook payload.';

function unreadable(eventPath: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${errorMessage(error)}. ${EVENT_FILE_HINT}`,
  );
}

/** The JSON object at GITHUB_EVENT_PATH; `{}` when no path is set. A missing, unreadable or malformed file is a ConfigurationError. */
export async function readEventPayload(eventPath: string | undefined): Promise<Record<string, unknown>> {
  if (!eventPath) return {};
  let text: string;
  try {
    text = await readFile(eventPath, 'utf8');
  } catch (error) {
    throw unreadable(eventPath, error);
  }
  return parseEventPayload(text, eventPath);
}

/** readEventPayload's check, synchronous: the problem with the event file GITHUB_EVENT_PATH names, or undefined when it is fine or unset. */
export function eventFileProblem(env: Env): ConfigurationError | undefined {
  const eventPath = envValue(env, 'GITHUB_EVENT_PATH');
  if (!eventPath) return undefined;
  let text: string;
  try {
    text = readFileSync(eventPath, 'utf8');
  } catch (error) {
    return unreadable(eventPath, error);
  }
  try {
    parseEventPayload(text, eventPath);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
}

/** The repository (required), the event with its payload, and the URLs and folders, for actions that need them all. */
export async function readActionContext(env: Env): Promise<ActionContext> {
  const repository = requireRepository(env);
  const runner = readRunnerContext(env);
  const context: ActionContext = {
    repository,
    event: { name: runner.eventName, payload: await readEventPayload(runner.eventPath) },
    serverUrl: runner.serverUrl,
  };
  if (runner.apiUrl) context.apiUrl = runner.apiUrl;
  if (runner.tempDir) context.tempDir = runner.tempDir;
  if (runner.workspace) context.workspace = runner.workspace;
  return context;
}
