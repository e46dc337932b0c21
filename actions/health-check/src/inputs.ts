/**
 * The action's inputs (`INPUT_*`) and the runner environment it reads, as one typed object. Every
 * bad input is reported at once, naming the input and what it accepts.
 */
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { labelProblem } from '@autoheal/core/config/settings';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import {
  bool,
  globs,
  type InputSpec,
  type InputValues,
  int,
  num,
  readInputs,
  splitList,
  str,
} from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Inputs {
  token: string;
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
  maxDetailRequests: number;
  maxCharts: number;
  dryRun: boolean;
  operationsBudget: number;
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;
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

function configPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === ''))
    return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
  if (/[\r\n\\]/.test(value)) return 'must be a single path with forward slashes';
  return undefined;
}

function loginsSpec(): InputSpec<string[] | undefined> {
  return {
    name: undefined,
    required: false,
    secret: false,
    default: undefined,
    accepts: 'a list of GitHub logins',
    parse(raw) {
      const items = splitList(raw);
      if (items.length > 20) return { problem: `must list at most 20 logins, but lists ${items.length}` };
      for (const item of items)
        if (!LOGIN.test(item))
          return {
            problem:
              'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])',
            part: item,
          };
      return { value: items };
    },
  };
}

const rate = () => num({ min: 0, max: 1 });

const SPECS = {
  token: str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' }),
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
    check: (v) => labelProblem(v)?.replace(/; got .*$/s, ''),
  }),
  reportFile: str({ accepts: 'a file path' }),
  configFile: str({ default: DEFAULT_CONFIG_PATH, check: configPathProblem }),
  trustedAuthors: loginsSpec(),
  maxDetailRequests: int({ min: 0, max: 200, default: 30 }),
  maxCharts: int({ min: 0, max: 20, default: 6 }),
  dryRun: bool({ default: false }),
  operationsBudget: int({ min: 1, max: 20, default: 5 }),
};

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Reads every input of action.yml from `INPUT_*` and the runner's environment; all problems at once. */
export function parseInputs(env: Env): Inputs {
  const errors: ConfigurationError[] = [];
  let values: InputValues<typeof SPECS> | undefined;
  try {
    values = readInputs(env, SPECS);
  } catch (error) {
    if (!(error instanceof ConfigurationErrors)) throw error;
    errors.push(...error.errors);
  }
  const repository = nonEmpty(env.GITHUB_REPOSITORY);
  if (repository === undefined || !REPOSITORY.test(repository))
    errors.push(
      new ConfigurationError(
        'GITHUB_REPOSITORY is not set to owner/name; run this action in a GitHub Actions workflow (the runner sets it).',
      ),
    );
  if (errors.length > 0 || values === undefined || repository === undefined)
    throw new ConfigurationErrors(errors);
  const [owner = '', repo = ''] = repository.split('/');
  const temp = nonEmpty(env.RUNNER_TEMP) ?? nonEmpty(env.TMPDIR) ?? '/tmp';
  const workspace = nonEmpty(env.GITHUB_WORKSPACE) ?? process.cwd();
  const inputs: Inputs = {
    token: values.token,
    repository: { owner, repo },
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
  return inputs;
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
