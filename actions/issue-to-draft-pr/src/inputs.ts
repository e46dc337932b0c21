/**
 * The action's inputs (`INPUT_*`) as one typed object. Every bad input is reported at once,
 * naming the input and what it accepts.
 */
import {
  checkedList,
  configFileInput,
  labelInputProblem,
  labelsInput,
  loginItemProblem,
  markerKeyInput,
  tokenInput,
  trustedAuthorsInput,
} from '@autoheal/core/common-inputs';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, inputEnvName, int, oneOf, readInputsInto, str } from '@autoheal/core/inputs';
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
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
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

const SPECS = {
  token: tokenInput(),
  markerKey: markerKeyInput(),
  copilotToken: str({ secret: true }),
  copilotInstructions: str({
    check: (v) => (v.length > 4000 ? 'must be at most 4000 characters long' : undefined),
  }),
  issueNumber: int({ min: 1 }),
  trigger: oneOf(TRIGGERS, { default: 'label' }),
  triggerLabel: str({ default: 'autoheal:work', check: labelInputProblem, accepts: 'a label' }),
  allowedAuthors: checkedList('a list of GitHub logins', loginItemProblem, { maxItems: 100, unique: true }),
  allowedAssociations: checkedList(
    `a list of author associations (${AUTHOR_ASSOCIATIONS.join(', ')})`,
    (item) =>
      (AUTHOR_ASSOCIATIONS as readonly string[]).includes(item)
        ? undefined
        : `must list author associations, each one of ${AUTHOR_ASSOCIATIONS.join(', ')}`,
    { normalise: (item) => item.toUpperCase(), unique: true },
  ),
  allowBotAuthors: bool({ default: false }),
  allowAutohealIssues: bool({ default: false }),
  linkKeyword: oneOf(LINK_KEYWORDS, { default: 'closes' }),
  labels: labelsInput({ unique: true }),
  draftFallbackLabel: str({ default: 'autoheal:draft', check: labelInputProblem, accepts: 'a label' }),
  maxPrsPerHour: int({ min: 0, max: 50, default: 5 }),
  trustedAuthors: trustedAuthorsInput({ unique: true }),
  configFile: configFileInput(),
  dryRun: bool({ default: false }),
  operationsBudget: int({ min: 1, max: 100, default: 10 }),
};

/** Reads every input of action.yml from `INPUT_*`; all bad values are reported together. */
export function parseInputs(env: Env): ActionInputs {
  const errors: ConfigurationError[] = [];
  const values = readInputsInto(env, SPECS, errors);
  // Checked on the raw values, so this mistake is reported together with any bad value.
  const given = (name: string) => (env[inputEnvName(name)] ?? '').trim() !== '';
  if (given('copilot-instructions') && !given('copilot-token'))
    errors.push(
      new ConfigurationError(
        'Input "copilot-instructions" needs "copilot-token": without a token nothing is handed to Copilot, so the instructions would be ignored.',
      ),
    );
  if (errors.length > 0 || values === undefined) throw new ConfigurationErrors(errors);
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
  if (values.markerKey !== undefined) inputs.markerKey = values.markerKey;
  return inputs;
}
