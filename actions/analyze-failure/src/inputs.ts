/**
 * The action's inputs (`INPUT_*`) as one typed object.
 * Every bad input is reported at once, naming the input and what it accepts.
 */
import {
  configFileInput,
  labelsInput,
  markerKeyInput,
  tokenInput,
  trustedAuthorsInput,
} from '@autoheal/core/common-inputs';
import type { ConfigOverrides } from '@autoheal/core/config/merge';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, int, oneOf, readInputs, str } from '@autoheal/core/inputs';
import { parseRepository, type RepoRef } from '@autoheal/core/runner-context';
import type { Env } from '@autoheal/core/runtime';

export interface ActionInputs {
  token: string;
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
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
  /** What a fork's failing run gets: one comment on its pull request, nothing, or an issue. */
  forks: ForkMode;
  /** Logins that open autoheal's fix pull requests (the fix token's account); empty: see verify.ts. */
  fixAuthors?: string[];
}

export const FORK_MODES = ['comment', 'none', 'issue'] as const;
export type ForkMode = (typeof FORK_MODES)[number];

function repositoryProblem(value: string): string | undefined {
  if (parseRepository(value) === undefined)
    return 'must be a repository written as owner/name, such as octo-org/widgets';
  return undefined;
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
  token: tokenInput(),
  markerKey: markerKeyInput(),
  runId: int({ min: 1 }),
  runAttempt: int({ min: 1 }),
  repository: str({ check: repositoryProblem, accepts: 'owner/name' }),
  configFile: configFileInput(),
  dryRun: bool({ default: false }),
  maxJobs: int({ min: 1, max: 20, default: 5 }),
  maxIssuesPerHour: int({ min: 0, max: 100 }),
  reopenDays: int({ min: 0, max: 365 }),
  closeOnSuccess: bool(),
  labels: labelsInput(),
  maxReruns: int({ min: 0, max: 5 }),
  operationsBudget: int({ min: 1, max: 200, default: 30 }),
  slackWebhookUrl: str({ secret: true, check: webhookUrlProblem }),
  trustedAuthors: trustedAuthorsInput(),
  forks: oneOf(FORK_MODES, { default: 'comment' }),
  fixAuthors: trustedAuthorsInput(),
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
    forks: values.forks,
  };
  if (values.runId !== undefined) inputs.runId = values.runId;
  if (values.runAttempt !== undefined) inputs.runAttempt = values.runAttempt;
  const repository = parseRepository(values.repository);
  if (repository !== undefined) inputs.repository = repository;
  if (values.maxIssuesPerHour !== undefined) inputs.maxIssuesPerHour = values.maxIssuesPerHour;
  if (values.reopenDays !== undefined) inputs.reopenDays = values.reopenDays;
  if (values.closeOnSuccess !== undefined) inputs.closeOnSuccess = values.closeOnSuccess;
  if (values.maxReruns !== undefined) inputs.maxReruns = values.maxReruns;
  if (values.slackWebhookUrl !== undefined) inputs.slackWebhookUrl = values.slackWebhookUrl;
  if (values.markerKey !== undefined) inputs.markerKey = values.markerKey;
  if (values.fixAuthors !== undefined && values.fixAuthors.length > 0) inputs.fixAuthors = values.fixAuthors;
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
