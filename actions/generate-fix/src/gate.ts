/**
 * Whether to act, in two gates. The trigger: an explicit input (a workflow_dispatch or the
 * workflow's own wiring), or an `issues: labeled` event adding the trigger label, by someone with
 * write access. The fix: confident enough (or forced), of a kind `fixes.allowed` permits.
 */
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { ConfigurationError } from '@autoheal/core/errors';
import type { FixResult } from '@autoheal/core/fixes/types';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef, RunnerEvent } from '@autoheal/core/runner-context';
import type { ActionInputs } from './inputs.js';
import type { Subject } from './types.js';

export type Skip = { skip: string };

export interface Trigger {
  /** The issue named by the event or the input. */
  issueNumber?: number;
  /** How the work was asked for, for the summary. */
  via: string;
  /** The login that added the trigger label: checked for write access. */
  labelledBy?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Gate 1, from the event and the inputs alone (no API call). */
export function triggerGate(
  event: RunnerEvent,
  inputs: Pick<ActionInputs, 'mode' | 'issueNumber' | 'runId' | 'analysisFile' | 'fixFile' | 'triggerLabel'>,
): Trigger | Skip {
  if (event.name === 'issues') {
    const action = String(event.payload.action ?? '');
    const label = String(record(event.payload.label)?.name ?? '');
    if (action !== 'labeled')
      return {
        skip: `issues events with action "${action}" do not ask for a fix (only adding the "${inputs.triggerLabel}" label does)`,
      };
    if (label.toLowerCase() !== inputs.triggerLabel.toLowerCase())
      return { skip: `the label added was "${label}", not the trigger label "${inputs.triggerLabel}"` };
    const number = record(event.payload.issue)?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
      throw new ConfigurationError(
        'The issues event payload has no issue number; is GITHUB_EVENT_PATH the event file?',
      );
    if (inputs.issueNumber !== undefined && inputs.issueNumber !== number)
      throw new ConfigurationError(
        `Input "issue-number" (#${inputs.issueNumber}) differs from the labelled issue #${number}; leave it empty on issues events.`,
      );
    const sender = String(record(event.payload.sender)?.login ?? '');
    return { issueNumber: number, via: `the "${inputs.triggerLabel}" label`, labelledBy: sender };
  }
  const given = inputs.issueNumber ?? inputs.runId ?? inputs.analysisFile ?? inputs.fixFile;
  if (given === undefined)
    throw new ConfigurationError(
      `Nothing to fix: give "analysis-file" (analyze-failure's output), "issue-number" (an autoheal failure issue) or "run-id"${event.name ? ` on a "${event.name}" event` : ''}.`,
    );
  return {
    ...(inputs.issueNumber === undefined ? {} : { issueNumber: inputs.issueNumber }),
    via: inputs.fixFile
      ? 'the fix-file input'
      : inputs.analysisFile
        ? 'the analysis-file input'
        : inputs.issueNumber
          ? 'the issue-number input'
          : 'the run-id input',
  };
}

/** Permissions that let someone push: what "write access" means here. */
const WRITE = new Set(['admin', 'maintain', 'write']);

export async function hasWriteAccess(github: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  if (login === '') return false;
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return WRITE.has(data.permission) || WRITE.has(data.role_name ?? '');
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return false;
    throw error;
  }
}

/** Why this fix is not delivered, when it is not (gate 2). */
export function fixGate(
  subject: Pick<Subject, 'confidence'>,
  fix: FixResult,
  config: AutohealConfig,
  inputs: Pick<ActionInputs, 'minConfidence' | 'force'>,
): string | undefined {
  if (fix.kind === 'none') return undefined; // a hand-off is not a change: no confidence needed
  const min = inputs.minConfidence ?? config.fixes.minConfidence;
  if (subject.confidence < min && !inputs.force)
    return `the diagnosis is ${subject.confidence.toFixed(2)} confident, below min-confidence ${min.toFixed(2)} (a manual run with force: true overrides this)`;
  if ((fix.kind === 'patch' || fix.kind === 'command') && !config.fixes.allowed.includes(fix.fixType))
    return `${fix.fixType} fixes are not in fixes.allowed of the autoheal config (${config.fixes.allowed.join(', ') || 'none'})`;
  return undefined;
}
