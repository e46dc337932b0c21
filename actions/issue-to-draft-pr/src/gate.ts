/**
 * Which issues this action works on. Two gates, both required:
 *
 * 1. The trigger: an `issues` event that opened the issue (with the trigger label, or any new
 *    issue when so configured) or added the trigger label; or an explicit `issue-number`.
 * 2. The issue: open, not autoheal's own and not a bot's (the loop guard) unless opted in, and
 *    written by someone trusted. The author comes from the issue itself (`user`,
 *    `author_association`), never from `github.actor`, who is merely whoever caused the event.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { parseMarkers } from '@autoheal/core/markers';
import type { RepoRef, RunnerEvent } from '@autoheal/core/runner-context';
import type { ActionInputs } from './inputs.js';
import type { IssueInfo } from './issue.js';

export type Skip = { skip: string };

/** The issue the trigger names, and whether the trigger label is what let it through. */
export interface Triggered {
  issueNumber: number;
  /** `labeled`: the issue must still carry the label when it is read. */
  needsLabel: boolean;
  /** How the issue was chosen, for the summary. */
  via: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function sameLabel(a: string, b: string): boolean {
  // GitHub label names are case-insensitive.
  return a.toLowerCase() === b.toLowerCase();
}

/** Gate 1: what the event (or the explicit `issue-number`) asks for. */
export function triggerGate(
  event: RunnerEvent,
  inputs: Pick<ActionInputs, 'issueNumber' | 'trigger' | 'triggerLabel'>,
): Triggered | Skip {
  if (inputs.issueNumber !== undefined)
    return { issueNumber: inputs.issueNumber, needsLabel: false, via: 'the issue-number input' };
  if (event.name !== 'issues') {
    throw new ConfigurationError(
      `Input "issue-number" is required on a ${event.name ? `"${event.name}"` : 'non-issues'} event: ` +
        'this action runs on `issues` events (opened, labeled) or on the issue named by "issue-number" ' +
        '(for workflow_dispatch, pass `issue-number: ${{ inputs.issue-number }}`).',
    );
  }
  const action = String(event.payload.action ?? '');
  const issue = record(event.payload.issue);
  const number = issue?.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    throw new ConfigurationError(
      'The issues event payload has no issue number; is GITHUB_EVENT_PATH the event file?',
    );
  const labels = Array.isArray(issue?.labels)
    ? issue.labels.map((l) => String(record(l)?.name ?? '')).filter((n) => n !== '')
    : [];
  if (action === 'labeled') {
    const added = String(record(event.payload.label)?.name ?? '');
    if (!sameLabel(added, inputs.triggerLabel))
      return { skip: `the label added was "${added}", not the trigger label "${inputs.triggerLabel}"` };
    return { issueNumber: number, needsLabel: true, via: `the "${inputs.triggerLabel}" label` };
  }
  if (action === 'opened') {
    if (inputs.trigger === 'any-new-issue')
      return { issueNumber: number, needsLabel: false, via: 'a new issue' };
    if (labels.some((l) => sameLabel(l, inputs.triggerLabel)))
      return { issueNumber: number, needsLabel: true, via: `the "${inputs.triggerLabel}" label` };
    return { skip: `the issue was opened without the trigger label "${inputs.triggerLabel}"` };
  }
  return { skip: `issues events with action "${action}" are not handled (only opened and labeled)` };
}

export function isBotAuthor(issue: Pick<IssueInfo, 'author' | 'authorType'>): boolean {
  return issue.authorType === 'Bot' || issue.author.endsWith('[bot]');
}

/** An issue autoheal filed itself (it carries one of our hidden markers). */
export function isAutohealIssue(issue: Pick<IssueInfo, 'body'>): boolean {
  // Any marker will do, trusted or not: a forged one can only make us skip, the safe direction.
  return parseMarkers(issue.body).length > 0;
}

/** Permissions that let an author push: what "write access" means here. */
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

/** Whether `login` may push to the repository, from the collaborator permission API. */
export async function hasWriteAccess(github: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return WRITE_PERMISSIONS.has(data.permission) || WRITE_PERMISSIONS.has(data.role_name ?? '');
  } catch (error) {
    // 404: no such user (deleted, renamed) — certainly no access.
    if (isRequestError(error) && error.status === 404) return false;
    throw error;
  }
}

export interface IssueGateOptions
  extends Pick<
    ActionInputs,
    'allowedAuthors' | 'allowedAssociations' | 'allowBotAuthors' | 'allowAutohealIssues' | 'triggerLabel'
  > {
  needsLabel: boolean;
  explicit: boolean;
}

export type IssueGateResult = { pass: true; why: string } | Skip;

/** Gate 2: whether this issue may be worked on. One API read at most (the author's permission). */
export async function issueGate(
  issue: IssueInfo,
  options: IssueGateOptions,
  writeAccess: (login: string) => Promise<boolean>,
): Promise<IssueGateResult> {
  if (issue.isPullRequest) {
    if (options.explicit)
      throw new ConfigurationError(
        `Input "issue-number" names #${issue.number}, which is a pull request; give the number of an issue.`,
      );
    return { skip: `#${issue.number} is a pull request` };
  }
  if (issue.state !== 'open') return { skip: `issue #${issue.number} is ${issue.state}` };
  if (options.needsLabel && !issue.labels.some((l) => sameLabel(l, options.triggerLabel)))
    return { skip: `issue #${issue.number} no longer has the trigger label "${options.triggerLabel}"` };

  const ours = isAutohealIssue(issue);
  if (ours && !options.allowAutohealIssues)
    return {
      skip: `issue #${issue.number} was filed by autoheal (loop guard); set allow-autoheal-issues to work on such issues`,
    };
  if (isBotAuthor(issue)) {
    if (ours) return { pass: true, why: 'an autoheal issue (allow-autoheal-issues)' };
    if (!options.allowBotAuthors)
      return {
        skip: `issue #${issue.number} was opened by the bot ${issue.author} (loop guard); set allow-bot-authors to work on bots' issues`,
      };
    return { pass: true, why: `a bot's issue (allow-bot-authors)` };
  }

  const author = issue.author.toLowerCase();
  if (options.allowedAuthors.some((a) => a.toLowerCase() === author))
    return { pass: true, why: `${issue.author} is in allowed-authors` };
  const association = issue.association.toUpperCase();
  if ((options.allowedAssociations as readonly string[]).includes(association))
    return { pass: true, why: `the author's association ${association} is in allowed-associations` };
  if (association === 'OWNER') return { pass: true, why: `${issue.author} owns the repository` };
  // Anyone with write access is the owner, an organisation member or a collaborator; others need no lookup.
  if ((association === 'MEMBER' || association === 'COLLABORATOR') && (await writeAccess(issue.author)))
    return { pass: true, why: `${issue.author} has write access` };
  return {
    skip:
      `the author of issue #${issue.number}, ${issue.author} (${association}), has no write access; ` +
      'add them to allowed-authors, or their association to allowed-associations, to work on their issues',
  };
}
