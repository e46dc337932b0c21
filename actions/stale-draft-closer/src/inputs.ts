/**
 * The action's inputs (`INPUT_*`) as one typed object; every bad input is reported at once,
 * naming the input and what it accepts. Inputs that `.github/autoheal.yml` can also set
 * (`stale-drafts.*`) are undefined when not given, so the file's value applies.
 */
import {
  labelInputProblem,
  labelItemProblem,
  markerKeyInput,
  repoPathProblem,
  tokenInput,
} from '@autoheal/core/common-inputs';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, type InputSpec, int, oneOf, readInputs, splitList, str } from '@autoheal/core/inputs';
import { readRunnerContext } from '@autoheal/core/runner-context';
import type { Env } from '@autoheal/core/runtime';
import { normaliseLogin } from '@autoheal/core/stale/accounts';
import { ANY } from '@autoheal/core/stale/exemptions';
import { budgetFloorProblem } from './budget-floor.js';

export const DRY_RUN_MODES = ['auto', 'true', 'false'] as const;
export type DryRunMode = (typeof DRY_RUN_MODES)[number];

export interface Inputs {
  token: string;
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
  /** The config file's path in the repository; undefined means none is read. */
  configFile?: string;
  daysBeforeStale?: number;
  daysBeforeClose?: number;
  exemptLabels?: string[];
  onlyAutoheal?: boolean;
  deleteBranch?: boolean;
  staleLabel: string;
  /** Logins in the API's form (`app/x` given as input becomes `x[bot]`). */
  exemptAuthors: string[];
  /** Milestone titles, or `*` for any. */
  exemptMilestones: string[];
  /** Logins, or `*` for any. */
  exemptAssignees: string[];
  exemptPendingReviews: boolean;
  /** The logins autoheal posts as; empty means "work it out from the token". */
  autohealLogins: string[];
  botLogins: string[];
  operationsPerRun: number;
  /** Resolved: `auto` is a dry run for manual (`workflow_dispatch`) runs only. */
  dryRun: boolean;
}

/** A list input whose items are checked (and rewritten) one by one; repeats are dropped. */
function itemList(
  accepts: string,
  read: (item: string) => { value: string } | { problem: string },
  options: { default?: string[]; maxItems?: number } = {},
): InputSpec<string[] | undefined> {
  const maxItems = options.maxItems ?? 100;
  return {
    name: undefined,
    required: false,
    secret: false,
    default: options.default,
    accepts,
    parse(raw) {
      const items: string[] = [];
      for (const item of splitList(raw)) {
        const result = read(item);
        if ('problem' in result) return { problem: result.problem, part: item };
        if (!items.some((i) => i.toLowerCase() === result.value.toLowerCase())) items.push(result.value);
      }
      if (items.length > maxItems)
        return { problem: `must list at most ${maxItems} items, but lists ${items.length}` };
      return { value: items };
    },
  };
}

const LOGIN_PROBLEM =
  'must list GitHub logins as the API writes them: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], or app/github-actions)';

function login(item: string): { value: string } | { problem: string } {
  const value = normaliseLogin(item);
  return value === undefined ? { problem: LOGIN_PROBLEM } : { value };
}

function loginOrAny(item: string): { value: string } | { problem: string } {
  return item === ANY ? { value: ANY } : login(item);
}

const SPECS = {
  token: tokenInput(),
  markerKey: markerKeyInput(),
  configFile: str({ check: repoPathProblem, accepts: 'a path in the repository' }),
  daysBeforeStale: int({ min: 1, max: 3650 }),
  daysBeforeClose: int({ min: 0, max: 3650 }),
  exemptLabels: itemList('a list of labels', (item) => {
    const problem = labelItemProblem(item);
    return problem === undefined ? { value: item } : { problem };
  }),
  onlyAutoheal: bool(),
  deleteBranch: bool(),
  staleLabel: str({ default: 'autoheal:stale', check: labelInputProblem, accepts: 'a label' }),
  exemptAuthors: itemList('a list of GitHub logins', login, { default: [] }),
  exemptMilestones: itemList(
    'a list of milestone titles, or *',
    (item) =>
      item.length > 255 ? { problem: 'has a milestone title longer than 255 characters' } : { value: item },
    { default: [] },
  ),
  exemptAssignees: itemList('a list of GitHub logins, or *', loginOrAny, { default: [] }),
  exemptPendingReviews: bool({ default: true }),
  autohealLogins: itemList('a list of GitHub logins', login, { default: [], maxItems: 20 }),
  botLogins: itemList('a list of GitHub logins', login, { default: [] }),
  operationsPerRun: int({ min: 1, max: 1000, default: 100 }),
  dryRun: oneOf(DRY_RUN_MODES, { default: 'auto' }),
};

/** `auto`: a manual run (workflow_dispatch) only shows what it would do; a scheduled one acts. */
export function resolveDryRun(mode: DryRunMode, eventName: string): boolean {
  if (mode === 'auto') return eventName === 'workflow_dispatch';
  return mode === 'true';
}

export function parseInputs(env: Env): Inputs {
  const values = readInputs(env, SPECS);
  const errors: ConfigurationError[] = [];
  const stale = values.staleLabel.toLowerCase();
  if (values.exemptLabels?.some((l) => l.toLowerCase() === stale))
    errors.push(
      new ConfigurationError(
        `Input "exempt-labels" lists the stale label "${values.staleLabel}"; every warned draft would then be exempt and lose its label again. Remove it from exempt-labels, or choose another stale-label.`,
      ),
    );
  // Before any request; the config file's delete-branch is checked again once it is read.
  const floor = budgetFloorProblem(values.operationsPerRun, values.deleteBranch === true);
  if (floor) errors.push(floor);
  if (errors.length > 0) throw new ConfigurationErrors(errors);
  const inputs: Inputs = {
    token: values.token,
    staleLabel: values.staleLabel,
    exemptAuthors: values.exemptAuthors ?? [],
    exemptMilestones: values.exemptMilestones ?? [],
    exemptAssignees: values.exemptAssignees ?? [],
    exemptPendingReviews: values.exemptPendingReviews,
    autohealLogins: values.autohealLogins ?? [],
    botLogins: values.botLogins ?? [],
    operationsPerRun: values.operationsPerRun,
    dryRun: resolveDryRun(values.dryRun, readRunnerContext(env).eventName),
  };
  if (values.configFile !== undefined) inputs.configFile = values.configFile;
  if (values.daysBeforeStale !== undefined) inputs.daysBeforeStale = values.daysBeforeStale;
  if (values.daysBeforeClose !== undefined) inputs.daysBeforeClose = values.daysBeforeClose;
  if (values.exemptLabels !== undefined) inputs.exemptLabels = values.exemptLabels;
  if (values.onlyAutoheal !== undefined) inputs.onlyAutoheal = values.onlyAutoheal;
  if (values.deleteBranch !== undefined) inputs.deleteBranch = values.deleteBranch;
  if (values.markerKey !== undefined) inputs.markerKey = values.markerKey;
  return inputs;
}
