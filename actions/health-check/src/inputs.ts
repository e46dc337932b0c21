/**
 * The action's inputs (`INPUT_*`) and what it reads of the runner environment, as one typed
 * object. Every bad input is reported at once, naming the input and what it accepts.
 */
import path from 'node:path';
import {
  configFileInput,
  labelInputProblem,
  markerKeyInput,
  tokenInput,
  trustedAuthorsInput,
} from '@autoheal/core/common-inputs';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, globs, int, num, readInputsInto, str } from '@autoheal/core/inputs';
import { envValue, type RepoRef, readRunnerContext, requireRepository } from '@autoheal/core/runner-context';
import type { Env } from '@autoheal/core/runtime';

export interface Inputs {
  token: string;
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
  repository: RepoRef;
  /** Overrides of `.github/autoheal.yml`'s `health` section; undefined means "the file's value". */
  windowDays?: number;
  minSuccessRate?: number;
  recoverRate?: number;
  maxDrop?: number;
  /** End of the window (exclusive, epoch ms); undefined means now. */
  until?: number;
  minRuns: number;
  outageMinWorkflows: number;
  /** Globs matched against each workflow's name and file path. */
  workflows: string[];
  failOnAlert: boolean;
  trackingIssue: boolean;
  trackingLabel: string;
  /** Absolute path of the JSON report. */
  reportFile: string;
  configFile: string;
  trustedAuthors: string[];
  /** Logins that open autoheal's fix pull requests; unset: the trusted authors and github-actions[bot]. */
  fixAuthors?: string[];
  maxDetailRequests: number;
  maxCharts: number;
  dryRun: boolean;
  operationsBudget: number;
}

// A date, or a date and time with seconds and a zone (Z or ±hh:mm).
const UNTIL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** `2026-03-15` (midnight UTC, the window ends just before it) or `2026-03-15T06:00:00Z`. */
export function parseUntil(value: string): number | undefined {
  if (!UNTIL.test(value)) return undefined;
  // Date.parse rolls 2026-02-30 over into March; a date that does not exist is a typo.
  const [y = 0, m = 0, d = 0] = value.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(ms) ? undefined : ms;
}

const rate = () => num({ min: 0, max: 1 });

const SPECS = {
  token: tokenInput(),
  markerKey: markerKeyInput(),
  windowDays: int({ min: 1, max: 90 }),
  until: str({
    accepts: 'a date (2026-03-15) or a date and time with a zone (2026-03-15T06:00:00Z)',
    check: (v) =>
      parseUntil(v) === undefined
        ? 'must be a date such as 2026-03-15 (midnight UTC) or a date and time with a zone such as 2026-03-15T06:00:00Z'
        : undefined,
  }),
  minSuccessRate: rate(),
  recoverRate: rate(),
  maxDrop: rate(),
  minRuns: int({ min: 1, max: 1000, default: 5 }),
  outageMinWorkflows: int({ min: 2, max: 100, default: 3 }),
  workflows: globs({ default: ['**'] }),
  failOnAlert: bool({ default: false }),
  trackingIssue: bool({ default: false }),
  trackingLabel: str({
    default: 'autoheal:health',
    accepts: 'a label',
    check: labelInputProblem,
  }),
  reportFile: str({ accepts: 'a file path' }),
  configFile: configFileInput(),
  trustedAuthors: trustedAuthorsInput(),
  fixAuthors: trustedAuthorsInput(),
  maxDetailRequests: int({ min: 0, max: 200, default: 30 }),
  maxCharts: int({ min: 0, max: 20, default: 6 }),
  dryRun: bool({ default: false }),
  operationsBudget: int({ min: 1, max: 20, default: 5 }),
};

/** Reads every input of action.yml from `INPUT_*` and the runner's environment; all problems at once. */
export function parseInputs(env: Env): Inputs {
  const errors: ConfigurationError[] = [];
  const values = readInputsInto(env, SPECS, errors);
  let repository: RepoRef | undefined;
  try {
    repository = requireRepository(env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    errors.push(error);
  }
  if (errors.length > 0 || values === undefined || repository === undefined)
    throw new ConfigurationErrors(errors);
  const runner = readRunnerContext(env);
  const temp = runner.tempDir ?? envValue(env, 'TMPDIR') ?? '/tmp';
  const workspace = runner.workspace ?? process.cwd();
  const inputs: Inputs = {
    token: values.token,
    repository,
    minRuns: values.minRuns,
    outageMinWorkflows: values.outageMinWorkflows,
    workflows: values.workflows,
    failOnAlert: values.failOnAlert,
    trackingIssue: values.trackingIssue,
    trackingLabel: values.trackingLabel,
    reportFile: values.reportFile
      ? path.resolve(workspace, values.reportFile)
      : path.join(temp, 'autoheal-health-report.json'),
    configFile: values.configFile,
    trustedAuthors: values.trustedAuthors ?? [],
    maxDetailRequests: values.maxDetailRequests,
    maxCharts: values.maxCharts,
    dryRun: values.dryRun,
    operationsBudget: values.operationsBudget,
  };
  if (values.windowDays !== undefined) inputs.windowDays = values.windowDays;
  if (values.minSuccessRate !== undefined) inputs.minSuccessRate = values.minSuccessRate;
  if (values.recoverRate !== undefined) inputs.recoverRate = values.recoverRate;
  if (values.maxDrop !== undefined) inputs.maxDrop = values.maxDrop;
  if (values.until !== undefined) inputs.until = parseUntil(values.until);
  if (values.markerKey !== undefined) inputs.markerKey = values.markerKey;
  if (values.fixAuthors !== undefined && values.fixAuthors.length > 0) inputs.fixAuthors = values.fixAuthors;
  return inputs;
}
