/**
 * The action's inputs (`INPUT_*`) and the runner environment it reads, as one typed object each.
 * Every bad input is reported at once, naming the input and what it accepts.
 */
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import type { ConfigOverrides } from '@autoheal/core/config/merge';
import { labelProblem } from '@autoheal/core/config/settings';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, type InputSpec, int, readInputs, splitList, str } from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ActionInputs {
  token: string;
  runId?: number;
  runAttempt?: number;
  /** The repository of `run-id`, when it is not the one running this workflow. */
  repository?: RepoRef;
  configFile: string;
  dryRun: boolean;
  maxJobs: number;
  /** Overrides of the config file; undefined means "use the file's value". */
  maxIssuesPerHour?: number;
  reopenDays?: number;
  closeOnSuccess?: boolean;
  maxReruns?: number;
  /** Extra labels, added to the config file's `labels.extra`. */
  labels: string[];
  operationsBudget: number;
  slackWebhookUrl?: string;
  /** Logins whose issues and comments may carry autoheal's markers; empty means "work it out from the token". */
  trustedAuthors: string[];
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
// A GitHub login, with the `[bot]` suffix the API gives apps (markers.ts checks the same shape).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

function repositoryProblem(value: string): string | undefined {
  if (!REPOSITORY.test(value) || value.endsWith('/.') || value.endsWith('/..'))
    return 'must be a repository written as owner/name, such as octo-org/widgets';
  return undefined;
}

function configPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === ''))
    return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
  if (/[\r\n\\]/.test(value)) return 'must be a single path with forward slashes';
  return undefined;
}

/** A list input whose items are each checked; a bad item is named in the message. */
function checkedList(
  accepts: string,
  itemProblem: (item: string) => string | undefined,
): InputSpec<string[] | undefined> {
  return {
    name: undefined,
    required: false,
    secret: false,
    default: undefined,
    accepts,
    parse(raw) {
      const items = splitList(raw);
      if (items.length > 20) return { problem: `must list at most 20 items, but lists ${items.length}` };
      for (const item of items) {
        const problem = itemProblem(item);
        if (problem !== undefined) return { problem, part: item };
      }
      return { value: items };
    },
  };
}

function labelItemProblem(item: string): string | undefined {
  const problem = labelProblem(item);
  // labelProblem quotes the value itself; readInputs quotes the offending item after the problem.
  return problem === undefined ? undefined : `has a label that ${problem.replace(/; got .*$/s, '')}`;
}

function loginItemProblem(item: string): string | undefined {
  if (LOGIN.test(item)) return undefined;
  return 'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])';
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/**
 * What is wrong with a webhook URL, or undefined. https only: the URL is a credential and the
 * message names an issue. Plain http is accepted for the loopback interface alone, where nothing
 * crosses a network (a local relay, and tests).
 */
export function webhookUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a URL such as https://hooks.slack.com/services/…';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  return 'must be an https:// URL (http:// only for 127.0.0.1 or localhost)';
}

const SPECS = {
  token: str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' }),
  runId: int({ min: 1 }),
  runAttempt: int({ min: 1 }),
  repository: str({ check: repositoryProblem, accepts: 'owner/name' }),
  configFile: str({ default: DEFAULT_CONFIG_PATH, check: configPathProblem }),
  dryRun: bool({ default: false }),
  maxJobs: int({ min: 1, max: 20, default: 5 }),
  maxIssuesPerHour: int({ min: 0, max: 100 }),
  reopenDays: int({ min: 0, max: 365 }),
  closeOnSuccess: bool(),
  labels: checkedList('a list of labels (one per line, or comma-separated)', labelItemProblem),
  maxReruns: int({ min: 0, max: 5 }),
  operationsBudget: int({ min: 1, max: 200, default: 30 }),
  slackWebhookUrl: str({ secret: true, check: webhookUrlProblem }),
  trustedAuthors: checkedList('a list of GitHub logins', loginItemProblem),
};

/** Reads every input of action.yml from `INPUT_*`; all bad values are reported together. */
export function parseInputs(env: Env): ActionInputs {
  const values = readInputs(env, SPECS);
  const errors: ConfigurationError[] = [];
  if (values.runId === undefined) {
    // Without run-id the triggering event names the run, so these would be silently ignored.
    if (values.runAttempt !== undefined)
      errors.push(new ConfigurationError('Input "run-attempt" needs "run-id": give the run to analyze too.'));
    if (values.repository !== undefined)
      errors.push(new ConfigurationError('Input "repository" needs "run-id": give the run to analyze too.'));
  }
  if (errors.length > 0) throw new ConfigurationErrors(errors);
  const inputs: ActionInputs = {
    token: values.token,
    configFile: values.configFile,
    dryRun: values.dryRun,
    maxJobs: values.maxJobs,
    labels: values.labels ?? [],
    operationsBudget: values.operationsBudget,
    trustedAuthors: values.trustedAuthors ?? [],
  };
  if (values.runId !== undefined) inputs.runId = values.runId;
  if (values.runAttempt !== undefined) inputs.runAttempt = values.runAttempt;
  if (values.repository !== undefined) {
    const [owner = '', repo = ''] = values.repository.split('/');
    inputs.repository = { owner, repo };
  }
  if (values.maxIssuesPerHour !== undefined) inputs.maxIssuesPerHour = values.maxIssuesPerHour;
  if (values.reopenDays !== undefined) inputs.reopenDays = values.reopenDays;
  if (values.closeOnSuccess !== undefined) inputs.closeOnSuccess = values.closeOnSuccess;
  if (values.maxReruns !== undefined) inputs.maxReruns = values.maxReruns;
  if (values.slackWebhookUrl !== undefined) inputs.slackWebhookUrl = values.slackWebhookUrl;
  return inputs;
}

/** The inputs that override `.github/autoheal.yml` (labels are added, not overridden: see run.ts). */
export function configOverrides(inputs: ActionInputs): ConfigOverrides {
  return {
    issues: {
      maxPerHour: inputs.maxIssuesPerHour,
      reopenDays: inputs.reopenDays,
      closeOnSuccess: inputs.closeOnSuccess,
    },
    reruns: { max: inputs.maxReruns },
  };
}

/** What the runner tells every step through its environment. */
export interface RunnerContext {
  eventName: string;
  /** GITHUB_EVENT_PATH: the triggering event's payload (JSON). */
  eventPath?: string;
  /** GITHUB_REPOSITORY: the repository running this workflow. */
  repository?: RepoRef;
  apiUrl?: string;
  /** This workflow's own file (from GITHUB_WORKFLOW_REF), so autoheal never diagnoses itself. */
  selfWorkflowPath?: string;
  /** RUNNER_TEMP: where logs and the analysis file go. */
  tempDir?: string;
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

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function readRunnerContext(env: Env): RunnerContext {
  const context: RunnerContext = { eventName: nonEmpty(env.GITHUB_EVENT_NAME) ?? '' };
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  if (eventPath) context.eventPath = eventPath;
  const repository = nonEmpty(env.GITHUB_REPOSITORY);
  if (repository && REPOSITORY.test(repository)) {
    const [owner = '', repo = ''] = repository.split('/');
    context.repository = { owner, repo };
  }
  const apiUrl = nonEmpty(env.GITHUB_API_URL);
  if (apiUrl) context.apiUrl = apiUrl;
  const self = workflowPathFromRef(nonEmpty(env.GITHUB_WORKFLOW_REF));
  if (self) context.selfWorkflowPath = self;
  const tempDir = nonEmpty(env.RUNNER_TEMP);
  if (tempDir) context.tempDir = tempDir;
  return context;
}

export { type ClientTuning, clientTuning } from '@autoheal/core/client-tuning';
