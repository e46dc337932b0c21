/**
 * The action's inputs (`INPUT_*`) as one typed object. Every bad input is reported at once,
 * naming the input and what it accepts.
 */
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { labelProblem } from '@autoheal/core/config/settings';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import {
  bool,
  type InputSpec,
  type InputValues,
  inputEnvName,
  int,
  oneOf,
  readInputs,
  splitList,
  str,
} from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

/** `author_association` values GitHub gives an issue's author. */
export const AUTHOR_ASSOCIATIONS = [
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
] as const;
export type AuthorAssociation = (typeof AUTHOR_ASSOCIATIONS)[number];

export const TRIGGERS = ['label', 'any-new-issue'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** How the pull request body links the issue: a closing keyword, or `refs` (no auto-close). */
export const LINK_KEYWORDS = ['closes', 'fixes', 'resolves', 'refs'] as const;
export type LinkKeyword = (typeof LINK_KEYWORDS)[number];

export interface ActionInputs {
  token: string;
  /** A user token (PAT) that may assign Copilot's coding agent; none means no hand-off. */
  copilotToken?: string;
  copilotInstructions?: string;
  /** For `workflow_dispatch`: the issue to work on. */
  issueNumber?: number;
  trigger: Trigger;
  triggerLabel: string;
  allowedAuthors: string[];
  allowedAssociations: AuthorAssociation[];
  allowBotAuthors: boolean;
  allowAutohealIssues: boolean;
  linkKeyword: LinkKeyword;
  labels: string[];
  draftFallbackLabel: string;
  maxPrsPerHour: number;
  /** Logins autoheal posts as (the API's form); empty means "work it out from the token". */
  trustedAuthors: string[];
  configFile: string;
  dryRun: boolean;
  operationsBudget: number;
}

// A GitHub login, with the `[bot]` suffix the API gives apps (markers.ts checks the same shape).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

function configPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === ''))
    return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
  if (/[\r\n\\]/.test(value)) return 'must be a single path with forward slashes';
  return undefined;
}

/** labelProblem quotes the value itself; readInputs quotes it after the problem, so that part goes. */
function oneLabelProblem(value: string): string | undefined {
  return labelProblem(value)?.replace(/; got .*$/s, '');
}

/** A list input whose items are each checked; a bad item is named in the message. */
function checkedList(
  accepts: string,
  itemProblem: (item: string) => string | undefined,
  options: { maxItems?: number; normalise?: (item: string) => string } = {},
): InputSpec<string[] | undefined> {
  const maxItems = options.maxItems ?? 20;
  return {
    name: undefined,
    required: false,
    secret: false,
    default: undefined,
    accepts,
    parse(raw) {
      const items = splitList(raw).map(options.normalise ?? ((i) => i));
      if (items.length > maxItems)
        return { problem: `must list at most ${maxItems} items, but lists ${items.length}` };
      for (const item of items) {
        const problem = itemProblem(item);
        if (problem !== undefined) return { problem, part: item };
      }
      return { value: [...new Set(items)] };
    },
  };
}

const loginItem = (item: string): string | undefined =>
  LOGIN.test(item)
    ? undefined
    : 'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])';

const SPECS = {
  token: str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' }),
  copilotToken: str({ secret: true }),
  copilotInstructions: str({
    check: (v) => (v.length > 4000 ? 'must be at most 4000 characters long' : undefined),
  }),
  issueNumber: int({ min: 1 }),
  trigger: oneOf(TRIGGERS, { default: 'label' }),
  triggerLabel: str({ default: 'autoheal:work', check: oneLabelProblem, accepts: 'a label' }),
  allowedAuthors: checkedList('a list of GitHub logins', loginItem, { maxItems: 100 }),
  allowedAssociations: checkedList(
    `a list of author associations (${AUTHOR_ASSOCIATIONS.join(', ')})`,
    (item) =>
      (AUTHOR_ASSOCIATIONS as readonly string[]).includes(item)
        ? undefined
        : `must list author associations, each one of ${AUTHOR_ASSOCIATIONS.join(', ')}`,
    { normalise: (item) => item.toUpperCase() },
  ),
  allowBotAuthors: bool({ default: false }),
  allowAutohealIssues: bool({ default: false }),
  linkKeyword: oneOf(LINK_KEYWORDS, { default: 'closes' }),
  labels: checkedList('a list of labels (one per line, or comma-separated)', (item) => {
    const problem = oneLabelProblem(item);
    return problem === undefined ? undefined : `has a label that ${problem}`;
  }),
  draftFallbackLabel: str({ default: 'autoheal:draft', check: oneLabelProblem, accepts: 'a label' }),
  maxPrsPerHour: int({ min: 0, max: 50, default: 5 }),
  trustedAuthors: checkedList('a list of GitHub logins', loginItem),
  configFile: str({ default: DEFAULT_CONFIG_PATH, check: configPathProblem }),
  dryRun: bool({ default: false }),
  operationsBudget: int({ min: 1, max: 100, default: 10 }),
};

/** Reads every input of action.yml from `INPUT_*`; all bad values are reported together. */
export function parseInputs(env: Env): ActionInputs {
  // Checked on the raw values, so this mistake is reported together with any bad value.
  const given = (name: string) => (env[inputEnvName(name)] ?? '').trim() !== '';
  const errors: ConfigurationError[] = [];
  if (given('copilot-instructions') && !given('copilot-token'))
    errors.push(
      new ConfigurationError(
        'Input "copilot-instructions" needs "copilot-token": without a token nothing is handed to Copilot, so the instructions would be ignored.',
      ),
    );
  let values: InputValues<typeof SPECS>;
  try {
    values = readInputs(env, SPECS);
  } catch (error) {
    if (error instanceof ConfigurationErrors) throw new ConfigurationErrors([...error.errors, ...errors]);
    throw error;
  }
  if (errors.length > 0) throw new ConfigurationErrors(errors);
  const inputs: ActionInputs = {
    token: values.token,
    trigger: values.trigger,
    triggerLabel: values.triggerLabel,
    allowedAuthors: values.allowedAuthors ?? [],
    allowedAssociations: (values.allowedAssociations ?? []) as AuthorAssociation[],
    allowBotAuthors: values.allowBotAuthors,
    allowAutohealIssues: values.allowAutohealIssues,
    linkKeyword: values.linkKeyword,
    // Empty means none: action.yml's default (`autoheal`) is what the runner passes when it is not set.
    labels: values.labels ?? [],
    draftFallbackLabel: values.draftFallbackLabel,
    maxPrsPerHour: values.maxPrsPerHour,
    trustedAuthors: values.trustedAuthors ?? [],
    configFile: values.configFile,
    dryRun: values.dryRun,
    operationsBudget: values.operationsBudget,
  };
  if (values.copilotToken !== undefined) inputs.copilotToken = values.copilotToken;
  if (values.copilotInstructions !== undefined) inputs.copilotInstructions = values.copilotInstructions;
  if (values.issueNumber !== undefined) inputs.issueNumber = values.issueNumber;
  return inputs;
}
