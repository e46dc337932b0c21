/**
 * What a run does, decided from the triggering event alone: review one pull request, watch
 * autoheal's draft pull requests for green checks, or nothing (with the reason).
 */
import { ConfigurationError } from '@autoheal/core/errors';

export type Plan =
  | { kind: 'review'; prNumber: number }
  /** Watch autoheal's drafts; `sha` limits it to drafts whose head is that commit. */
  | { kind: 'watch'; sha?: string }
  | { kind: 'skip'; reason: string };

/** The pull_request activity types the reviewer acts on. */
export const REVIEW_ACTIONS = ['opened', 'reopened', 'ready_for_review', 'synchronize'] as const;

const SHA = /^[0-9a-f]{40}$/i;

function field(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) ? value.toLowerCase() : undefined;
}

export function planFromEvent(eventName: string, payload: unknown, prNumberInput: number | undefined): Plan {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const action = field(payload, 'action');
      const number =
        positiveInt(field(payload, 'pull_request', 'number')) ?? positiveInt(field(payload, 'number'));
      if (number === undefined)
        throw new ConfigurationError(
          `The ${eventName} event payload has no pull request number; the runner always sets one.`,
        );
      if (typeof action !== 'string' || !(REVIEW_ACTIONS as readonly string[]).includes(action))
        return {
          kind: 'skip',
          reason: `pull request activity "${String(action)}" is not reviewed (only ${REVIEW_ACTIONS.join(', ')})`,
        };
      return { kind: 'review', prNumber: number };
    }
    case 'workflow_dispatch':
      return prNumberInput === undefined ? { kind: 'watch' } : { kind: 'review', prNumber: prNumberInput };
    case 'workflow_run': {
      const head = sha(field(payload, 'workflow_run', 'head_sha'));
      if (field(payload, 'action') !== 'completed')
        return { kind: 'skip', reason: 'a workflow run that has not completed says nothing about checks' };
      return head === undefined ? { kind: 'watch' } : { kind: 'watch', sha: head };
    }
    case 'check_suite': {
      const head = sha(field(payload, 'check_suite', 'head_sha'));
      if (field(payload, 'action') !== 'completed')
        return { kind: 'skip', reason: 'a check suite that has not completed says nothing about checks' };
      return head === undefined ? { kind: 'watch' } : { kind: 'watch', sha: head };
    }
    case 'status': {
      const head = sha(field(payload, 'sha'));
      return head === undefined ? { kind: 'watch' } : { kind: 'watch', sha: head };
    }
    case 'schedule':
      return { kind: 'watch' };
    default:
      throw new ConfigurationError(
        `autoheal pr-reviewer does not handle the "${eventName || '(none)'}" event; run it on pull_request ` +
          '(opened, reopened, ready_for_review, synchronize), workflow_dispatch (with pr-number to review one pull ' +
          'request), or workflow_run, check_suite, status or schedule (to watch autoheal drafts for green checks).',
      );
  }
}
