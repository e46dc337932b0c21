/**
 * The action's inputs (`INPUT_*`) and the runner environment it reads, each as one typed object.
 * Every bad input is reported at once, naming the input and what it accepts.
 */
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { labelProblem } from '@autoheal/core/config/settings';
import { ConfigurationError } from '@autoheal/core/errors';
import { bool, globs, type InputSpec, int, readInputs, splitList, str } from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Inputs {
  token: string;
  /** The pull request to review (workflow_dispatch); otherwise the event names it. */
  prNumber?: number;
  configFile: string;
  dryRun: boolean;
  /** Overrides of `.github/autoheal.yml` (`pr-review.*`); undefined means "the file's value". */
  includeDrafts?: boolean;
  sizeThresholds?: number[];
  copilotReview?: boolean;
  /** Added to the file's `pr-review.ignore`. */
  ignore: string[];
  sizeLabelPrefix: string;
  requestReviewers: boolean;
  maxReviewers: number;
  /** Checks that must pass before an autoheal draft is announced ready; empty: the base branch's required checks. */
  requiredChecks: string[];
  readyWatch: boolean;
  /** Logins whose pull requests and comments may carry autoheal's markers (autoheal's own identity). */
  trustedAuthors: string[];
  operationsBudget: number;
}

// A GitHub login, with the `[bot]` suffix the API gives apps (markers.ts checks the same shape).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

function configPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === '' || part === '.'))
    return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
  if (/[\r\n\\]/.test(value)) return 'must be a single path with forward slashes';
  return undefined;
}

/** A list input whose items are each checked; a bad item is named in the message. */
function checkedList(
  accepts: string,
  maxItems: number,
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
      if (items.length > maxItems)
        return { problem: `must list at most ${maxItems} items, but lists ${items.length}` };
      for (const item of items) {
        const problem = itemProblem(item);
        if (problem !== undefined) return { problem, part: item };
      }
      return { value: items };
    },
  };
}

function thresholdsSpec(): InputSpec<number[] | undefined> {
  return {
    name: undefined,
    required: false,
    secret: false,
    default: undefined,
    accepts: 'ascending whole numbers such as "10, 30, 100, 500, 1000"',
    parse(raw) {
      const items = splitList(raw);
      if (items.length < 1 || items.length > 10)
        return { problem: `must list 1 to 10 ascending whole numbers, but lists ${items.length}` };
      const values: number[] = [];
      for (const item of items) {
        if (!/^\d{1,9}$/.test(item) || Number(item) < 1)
          return { problem: 'must list whole numbers of at least 1', part: item };
        const value = Number(item);
        if (values.length > 0 && value <= values[values.length - 1]!)
          return { problem: 'must list strictly ascending numbers, such as "10, 30, 100, 500, 1000"' };
        values.push(value);
      }
      return { value: values };
    },
  };
}

function prefixProblem(value: string): string | undefined {
  // The prefix plus the longest size name must still be a valid GitHub label.
  const problem = labelProblem(`${value}XXXL`);
  if (problem === undefined) return undefined;
  return 'must be a label prefix of at most 46 characters without leading or trailing spaces, such as "size/"';
}

const SPECS = {
  token: str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' }),
  prNumber: int({ min: 1 }),
  configFile: str({ default: DEFAULT_CONFIG_PATH, check: configPathProblem }),
  dryRun: bool({ default: false }),
  includeDrafts: bool(),
  sizeThresholds: thresholdsSpec(),
  sizeLabelPrefix: str({ default: 'size/', check: prefixProblem }),
  ignore: globs({ maxItems: 100 }),
  requestReviewers: bool({ default: true }),
  maxReviewers: int({ min: 1, max: 15, default: 10 }),
  copilotReview: bool(),
  requiredChecks: checkedList('a list of check names', 50, (item) =>
    item.length > 200 ? 'must list check names of at most 200 characters' : undefined,
  ),
  readyWatch: bool({ default: true }),
  trustedAuthors: checkedList('a list of GitHub logins', 20, (item) =>
    LOGIN.test(item)
      ? undefined
      : 'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])',
  ),
  operationsBudget: int({ min: 1, max: 200, default: 20 }),
};

/** Reads every input of action.yml from `INPUT_*`; all bad values are reported together. */
export function parseInputs(env: Env): Inputs {
  const v = readInputs(env, SPECS);
  const inputs: Inputs = {
    token: v.token,
    configFile: v.configFile,
    dryRun: v.dryRun,
    ignore: v.ignore ?? [],
    sizeLabelPrefix: v.sizeLabelPrefix,
    requestReviewers: v.requestReviewers,
    maxReviewers: v.maxReviewers,
    requiredChecks: v.requiredChecks ?? [],
    readyWatch: v.readyWatch,
    trustedAuthors:
      v.trustedAuthors && v.trustedAuthors.length > 0 ? v.trustedAuthors : ['github-actions[bot]'],
    operationsBudget: v.operationsBudget,
  };
  if (v.prNumber !== undefined) inputs.prNumber = v.prNumber;
  if (v.includeDrafts !== undefined) inputs.includeDrafts = v.includeDrafts;
  if (v.sizeThresholds !== undefined) inputs.sizeThresholds = v.sizeThresholds;
  if (v.copilotReview !== undefined) inputs.copilotReview = v.copilotReview;
  return inputs;
}

/** What the runner tells every step through its environment. */
export interface RunnerContext {
  eventName: string;
  eventPath?: string;
  repository: RepoRef;
  apiUrl?: string;
}

const REPOSITORY = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function readRunnerContext(env: Env): RunnerContext {
  const repository = nonEmpty(env.GITHUB_REPOSITORY);
  const match = repository ? REPOSITORY.exec(repository) : null;
  if (!match)
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set to owner/name; run this action in a GitHub Actions workflow (the runner sets it).',
    );
  const context: RunnerContext = {
    eventName: nonEmpty(env.GITHUB_EVENT_NAME) ?? '',
    repository: { owner: match[1]!, repo: match[2]! },
  };
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  if (eventPath) context.eventPath = eventPath;
  const apiUrl = nonEmpty(env.GITHUB_API_URL);
  if (apiUrl) context.apiUrl = apiUrl;
  return context;
}

export { type ClientTuning, clientTuning } from '@autoheal/core/client-tuning';
