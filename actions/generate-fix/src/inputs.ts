/**
 * The action's inputs (`INPUT_*`) as one typed object. Every bad value is reported at once, each
 * naming the input and what it accepts; combinations that cannot work are refused the same way.
 */
import {
  configFileInput,
  labelInputProblem,
  labelsInput,
  markerKeyInput,
  tokenInput,
  trustedAuthorsInput,
} from '@autoheal/core/common-inputs';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { bool, int, num, oneOf, readInputs, str } from '@autoheal/core/inputs';
import type { Env } from '@autoheal/core/runtime';

export const MODES = ['full', 'compute', 'apply'] as const;
export type Mode = (typeof MODES)[number];

export const FIX_KINDS = ['patch', 'suggestion', 'command', 'none'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export const WORKFLOW_EDIT_CHOICES = ['auto', 'true', 'false'] as const;
export type WorkflowEdits = (typeof WORKFLOW_EDIT_CHOICES)[number];

export interface ActionInputs {
  token: string;
  /** Signs the hidden markers this action writes and verifies those it reads; none: unsigned, as before. */
  markerKey?: string;
  /** `full`: compute and deliver; `compute`: read-only, writes the fix file; `apply`: delivers a fix file. */
  mode: Mode;
  analysisFile?: string;
  issueNumber?: number;
  runId?: number;
  fixFile?: string;
  /** With mode apply: the compute job's `fix-kind` output, which the fix computed again must match. */
  expectedFixKind?: FixKind;
  /** A checkout of the failing commit; without it files are read through the contents API. */
  checkoutPath?: string;
  /** The branch the pull request targets; undefined means the repository's default branch. */
  baseBranch?: string;
  minConfidence?: number;
  force: boolean;
  /** Whether the token may change `.github/workflows/`: `auto` tries and falls back on GitHub's refusal. */
  canEditWorkflows: WorkflowEdits;
  copilotToken?: string;
  labels: string[];
  draftFallbackLabel: string;
  triggerLabel: string;
  maxOpenPrs?: number;
  maxPrsPerHour?: number;
  configFile: string;
  dryRun: boolean;
  operationsBudget: number;
  trustedAuthors: string[];
}

function fileProblem(value: string): string | undefined {
  return /[\r\n\0]/.test(value) ? 'must be a single file path' : undefined;
}

// Git's own rules for a branch name, the ones a typo meets: no spaces, `..`, `~^:?*[\`, or a leading `-`.
function branchProblem(value: string): string | undefined {
  if (
    /[\s~^:?*[\\\0-\x1f\x7f]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(value) ||
    value.length > 250 ||
    value === '@'
  )
    return 'must be a branch name such as main or release/1.x';
  return undefined;
}

const SPECS = {
  token: tokenInput(),
  markerKey: markerKeyInput(),
  mode: oneOf(MODES, { default: 'full' }),
  analysisFile: str({ check: fileProblem, accepts: 'the path of analyze-failure’s analysis file' }),
  issueNumber: int({ min: 1 }),
  runId: int({ min: 1 }),
  fixFile: str({ check: fileProblem, accepts: 'the path of the fix file written in compute mode' }),
  expectedFixKind: oneOf(FIX_KINDS),
  checkoutPath: str({ check: fileProblem, accepts: 'the folder of a checkout of the failing commit' }),
  baseBranch: str({ check: branchProblem, accepts: 'a branch name' }),
  minConfidence: num({ min: 0, max: 1 }),
  force: bool({ default: false }),
  canEditWorkflows: oneOf(WORKFLOW_EDIT_CHOICES, { default: 'auto' }),
  copilotToken: str({ secret: true }),
  labels: labelsInput({ maxItems: 10 }),
  draftFallbackLabel: str({ default: 'autoheal:draft', check: labelInputProblem }),
  triggerLabel: str({ default: 'autoheal:fix', check: labelInputProblem }),
  maxOpenPrs: int({ min: 0, max: 50 }),
  maxPrsPerHour: int({ min: 0, max: 20 }),
  configFile: configFileInput(),
  dryRun: bool({ default: false }),
  operationsBudget: int({ min: 1, max: 100, default: 15 }),
  trustedAuthors: trustedAuthorsInput(),
};

/** Reads every input of action.yml from `INPUT_*`; all bad values, and bad combinations, are reported together. */
export function parseInputs(env: Env): ActionInputs {
  const v = readInputs(env, SPECS);
  const errors: ConfigurationError[] = [];
  const problem = (message: string) => errors.push(new ConfigurationError(message));
  if (v.mode === 'apply') {
    if (v.fixFile === undefined)
      problem(
        'Input "fix-file" is required when "mode" is apply: give the fix file the compute job wrote (fix.json from its artifact).',
      );
    if (v.expectedFixKind === undefined)
      problem(
        'Input "expected-fix-kind" is required when "mode" is apply: give the fix-kind output of the compute step (a job output, set before any repository code ran), e.g. ${{ needs.fix.outputs.fix-kind }}.',
      );
    if (v.analysisFile !== undefined || v.runId !== undefined || v.checkoutPath !== undefined)
      problem(
        'Inputs "analysis-file", "run-id" and "checkout-path" belong to the compute step; with "mode: apply" the fix comes from "fix-file".',
      );
  } else if (v.fixFile !== undefined || v.expectedFixKind !== undefined) {
    problem(
      'Inputs "fix-file" and "expected-fix-kind" are read only when "mode" is apply; remove them, or set mode: apply.',
    );
  }
  if (v.runId !== undefined && (v.issueNumber !== undefined || v.analysisFile !== undefined))
    problem(
      'Input "run-id" cannot be combined with "issue-number" or "analysis-file": give the issue (its run is in its marker), the analysis file, or the run alone.',
    );
  if (v.copilotToken?.startsWith('ghs_'))
    problem(
      'Input "copilot-token" is an installation token (GITHUB_TOKEN or a GitHub App’s), which GitHub does not accept for assigning Copilot; give a user token (a personal access token of someone with a Copilot seat).',
    );
  if (errors.length > 0) throw new ConfigurationErrors(errors);

  const inputs: ActionInputs = {
    token: v.token,
    mode: v.mode,
    force: v.force,
    canEditWorkflows: v.canEditWorkflows,
    labels: v.labels ?? [],
    draftFallbackLabel: v.draftFallbackLabel,
    triggerLabel: v.triggerLabel,
    configFile: v.configFile,
    dryRun: v.dryRun,
    operationsBudget: v.operationsBudget,
    trustedAuthors: v.trustedAuthors ?? [],
  };
  if (v.analysisFile !== undefined) inputs.analysisFile = v.analysisFile;
  if (v.issueNumber !== undefined) inputs.issueNumber = v.issueNumber;
  if (v.runId !== undefined) inputs.runId = v.runId;
  if (v.fixFile !== undefined) inputs.fixFile = v.fixFile;
  if (v.expectedFixKind !== undefined) inputs.expectedFixKind = v.expectedFixKind;
  if (v.checkoutPath !== undefined) inputs.checkoutPath = v.checkoutPath;
  if (v.baseBranch !== undefined) inputs.baseBranch = v.baseBranch;
  if (v.minConfidence !== undefined) inputs.minConfidence = v.minConfidence;
  if (v.copilotToken !== undefined) inputs.copilotToken = v.copilotToken;
  if (v.maxOpenPrs !== undefined) inputs.maxOpenPrs = v.maxOpenPrs;
  if (v.maxPrsPerHour !== undefined) inputs.maxPrsPerHour = v.maxPrsPerHour;
  if (v.markerKey !== undefined) inputs.markerKey = v.markerKey;
  return inputs;
}
