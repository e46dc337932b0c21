/**
 * What goes to the failure's issue instead of a pull request: a suggested diff (a fix only a
 * person can make, or one the token may not push), or, when there is no mechanical fix, the
 * hand-off to Copilot's coding agent or one comment saying how to enable it. Each is one comment
 * per failure, edited in place by later runs; the bot never @-mentions anyone.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import { assignCopilotAgent, isCopilotLogin } from '@autoheal/core/copilot';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { findNote, upsertNote } from './issue-notes.js';
import type { Result, Subject } from './types.js';

export interface IssueDeliveryDeps {
  github: GitHubClient;
  copilot?: GitHubClient;
  repo: RepoRef;
  log: Logger;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  trusted: readonly string[];
  dryRun: boolean;
  baseBranch: string;
}

export interface IssueDelivery {
  result: Result;
  headline: string;
  done: string[];
}

export interface Suggestion {
  title: string;
  explanation: string;
  diff: string;
  /** Why it is a suggestion and not a pull request. */
  why: string;
  /** Say how to give autoheal a token that may change workflow files. */
  tokenHint: boolean;
  /** GitHub refused this kind of token a workflow change: remembered in the note's marker. */
  refused?: 'installation';
}

export const WORKFLOW_TOKEN_HINT =
  'To let autoheal open the pull request itself, give generate-fix a `token` that may change workflow files, stored as a ' +
  'secret (for example AUTOHEAL_FIX_TOKEN): a fine-grained personal access token with Contents, Pull requests and ' +
  'Workflows set to read and write (or a classic one with the `repo` and `workflow` scopes), or a GitHub App ' +
  'installation token whose app has the Workflows permission. GITHUB_TOKEN can never change workflow files.';

export function suggestionMarkdown(s: Sanitizer, suggestion: Suggestion): string {
  const parts = [
    `### Suggested fix: ${s.inline(suggestion.title, 300)}`,
    '',
    s.body(suggestion.why, { maxLength: 2000 }),
    '',
    s.body(suggestion.explanation, { maxLength: 4000 }),
    '',
  ];
  if (suggestion.diff.trim() !== '')
    parts.push(
      s.code(suggestion.diff, 'diff', 40_000),
      '',
      'Apply it with `git apply` (save the diff to a file first), review, and commit.',
      '',
    );
  if (suggestion.tokenHint) parts.push(WORKFLOW_TOKEN_HINT, '');
  parts.push('<sub>autoheal generate-fix: later runs update this comment instead of adding another.</sub>');
  return s.body(parts.join('\n'));
}

/**
 * The suggestion note once a pull request carries the change: edited to point there, so the
 * issue does not offer a diff to apply by hand next to the pull request (one write at most).
 */
export async function retireSuggestion(
  d: IssueDeliveryDeps,
  subject: Subject,
  pull: number,
): Promise<string | undefined> {
  const issue = subject.issue;
  if (!issue || d.dryRun) return undefined;
  const found = await findNote(
    d.github,
    d.repo,
    issue.number,
    { fingerprint: subject.fingerprint, topic: 'suggestion' },
    d.trusted,
  );
  if (!found) return undefined;
  const note = {
    fingerprint: subject.fingerprint,
    topic: 'suggestion' as const,
    // Only our own words and a number: left unsanitized so that #N links to the pull request.
    markdown: [
      `### Suggested fix: now pull request #${pull}`,
      '',
      `The change suggested here is proposed in pull request #${pull}; review it there.`,
      '',
      '<sub>autoheal generate-fix: later runs update this comment instead of adding another.</sub>',
    ].join('\n'),
  };
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`point the suggested fix on issue #${issue.number} at pull request #${pull}`);
    return undefined;
  }
  const outcome = await upsertNote(d.github, d.repo, issue.number, note, d.trusted);
  return outcome === 'unchanged'
    ? undefined
    : `Edited the suggested fix on issue #${issue.number} to point at pull request #${pull}.`;
}

/** One comment on the issue with the suggested change (one write at most). */
export async function suggestOnIssue(
  d: IssueDeliveryDeps,
  subject: Subject,
  suggestion: Suggestion,
): Promise<IssueDelivery> {
  const issue = subject.issue;
  if (!issue)
    return {
      result: 'suggested',
      headline: `Suggested fix (in this summary only: no issue is known for failure ${subject.fingerprint}): ${suggestion.title}.`,
      done: [suggestion.why],
    };
  if (d.dryRun)
    return {
      result: 'dry-run',
      headline: `Dry run: would post the suggested fix on issue #${issue.number}: ${suggestion.title}.`,
      done: [suggestion.why],
    };
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`post the suggested fix on issue #${issue.number}`);
    return { result: 'skipped', headline: 'Not posted: the operations budget is spent.', done: [] };
  }
  const outcome = await upsertNote(
    d.github,
    d.repo,
    issue.number,
    {
      fingerprint: subject.fingerprint,
      topic: 'suggestion',
      markdown: suggestionMarkdown(d.sanitizer, suggestion),
      ...(suggestion.refused ? { refused: suggestion.refused } : {}),
    },
    d.trusted,
  );
  const what =
    outcome === 'unchanged'
      ? `The suggested fix on issue #${issue.number} is already up to date.`
      : `${outcome === 'created' ? 'Posted' : 'Updated'} the suggested fix on issue #${issue.number}.`;
  return { result: 'suggested', headline: what, done: [suggestion.why, what] };
}

export const HANDOFF_HOW_TO =
  'Copilot’s coding agent can work on it: give generate-fix a `copilot-token` (a personal access token of someone ' +
  'with a Copilot seat and write access, stored as a secret such as AUTOHEAL_COPILOT_TOKEN) and autoheal assigns ' +
  'this issue to the agent. Installation tokens, GITHUB_TOKEN included, cannot assign it. Or assign Copilot to ' +
  'this issue by hand.';

export function handoffMarkdown(s: Sanitizer, reason: string, problem?: string): string {
  return s.body(
    [
      `autoheal has no mechanical fix for this failure: ${s.inline(reason, 600)}.`,
      '',
      ...(problem
        ? [`The hand-off to Copilot’s coding agent did not take: ${s.inline(problem, 600)}`, '']
        : []),
      HANDOFF_HOW_TO,
      '',
      '<sub>autoheal generate-fix: later runs update this comment instead of adding another.</sub>',
    ].join('\n'),
  );
}

/** What the agent is told besides the issue: why autoheal had no mechanical fix, so it starts from what is known. */
export function agentInstructions(reason: string): string {
  return (
    `autoheal diagnosed this CI failure but has no mechanical fix for it (${reason}). ` +
    'Reproduce the failure from the key lines in the issue, fix its cause, and keep the change focused on it.'
  );
}

/** No mechanical fix: assign Copilot's coding agent when a user token allows it, else say how once. */
export async function handOff(
  d: IssueDeliveryDeps,
  subject: Subject,
  reason: string,
): Promise<IssueDelivery> {
  const issue = subject.issue;
  if (!issue)
    return {
      result: 'skipped',
      headline: `No mechanical fix (${reason}), and no issue is known for failure ${subject.fingerprint} to hand off.`,
      done: [],
    };
  if (d.copilot && issue.assignees.some(isCopilotLogin))
    return {
      result: 'handed-off',
      headline: `No mechanical fix; issue #${issue.number} is already assigned to Copilot’s coding agent.`,
      done: [],
    };
  if (d.dryRun)
    return {
      result: 'dry-run',
      headline: d.copilot
        ? `Dry run: no mechanical fix (${reason}); would assign issue #${issue.number} to Copilot’s coding agent.`
        : `Dry run: no mechanical fix (${reason}); would comment on issue #${issue.number} how to enable the hand-off.`,
      done: [],
    };
  let problem: string | undefined;
  if (d.copilot) {
    if (!d.budget.canAfford(1)) {
      d.budget.skip(`assign issue #${issue.number} to Copilot’s coding agent`);
      return { result: 'skipped', headline: 'Not handed off: the operations budget is spent.', done: [] };
    }
    const outcome = await assignCopilotAgent(d.copilot, d.github, d.repo, {
      issueNumber: issue.number,
      baseBranch: d.baseBranch,
      instructions: agentInstructions(reason),
    });
    if (outcome.status === 'assigned')
      return {
        result: 'handed-off',
        headline: `No mechanical fix; assigned issue #${issue.number} to Copilot’s coding agent.`,
        done: [
          `Assigned issue #${issue.number} to Copilot’s coding agent (checked by reading the issue back).`,
        ],
      };
    problem = outcome.reason;
    d.log.warning(`Copilot’s coding agent was not assigned: ${problem}`);
  }
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`comment on issue #${issue.number}`);
    return { result: 'skipped', headline: 'Not commented: the operations budget is spent.', done: [] };
  }
  const outcome = await upsertNote(
    d.github,
    d.repo,
    issue.number,
    {
      fingerprint: subject.fingerprint,
      topic: 'handoff',
      markdown: handoffMarkdown(d.sanitizer, reason, problem),
    },
    d.trusted,
  );
  const what =
    outcome === 'unchanged'
      ? `Issue #${issue.number} already says how to hand it off.`
      : `${outcome === 'created' ? 'Commented on' : 'Updated the comment on'} issue #${issue.number}: no mechanical fix, and how to enable the hand-off.`;
  return {
    result: outcome === 'unchanged' ? 'up-to-date' : 'commented',
    headline: `No mechanical fix (${reason}). ${what}`,
    done: [what],
  };
}
