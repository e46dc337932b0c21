/**
 * The action's inputs (`INPUT_*`) as one typed object.
 * Every bad input is reported at once, naming the input and what it accepts.
 */
import {
  checkedList,
  configFileInput,
  markerKeyInput,
  tokenInput,
  trustedAuthorsInput,
} from '@autoheal/core/common-inputs';
import { labelProblem } from '@autoheal/core/config/settings';
import { bool, globs, type InputSpec, int, readInputs, splitList, str } from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

export interface Inputs {
  token: string;
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
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
  token: tokenInput(),
  markerKey: markerKeyInput(),
  prNumber: int({ min: 1 }),
  configFile: configFileInput(),
  dryRun: bool({ default: false }),
  includeDrafts: bool(),
  sizeThresholds: thresholdsSpec(),
  sizeLabelPrefix: str({ default: 'size/', check: prefixProblem }),
  ignore: globs({ maxItems: 100 }),
  requestReviewers: bool({ default: true }),
  maxReviewers: int({ min: 1, max: 15, default: 10 }),
  copilotReview: bool(),
  requiredChecks: checkedList(
    'a list of check names',
    (item) => (item.length > 200 ? 'must list check names of at most 200 characters' : undefined),
    { maxItems: 50 },
  ),
  readyWatch: bool({ default: true }),
  trustedAuthors: trustedAuthorsInput(),
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
  if (v.markerKey !== undefined) inputs.markerKey = v.markerKey;
  return inputs;
}
