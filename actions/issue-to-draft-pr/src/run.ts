/**
 * The action: for an issue that passes the gates, a branch with one empty commit, a draft pull
 * request linked to the issue, one comment on the issue, and optionally the hand-off to Copilot's
 * coding agent. Everything is injected; tests call `run` with a client pointed at the simulator.
 *
 * Order of writes, chosen so that a failure leaves nothing a re-run cannot finish: the commit
 * (invisible until referenced), the branch, the pull request (if it fails, the branch we just made
 * is deleted again), labels (cosmetic), the hand-off (reported, never fatal), and the comment on
 * the issue (a re-run that finds our pull request posts it if it is missing).
 */
import type { OperationBudget } from '@autoheal/core/budget';
import { assignCopilotAgent, isCopilotLogin } from '@autoheal/core/copilot';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import { resolveTrustedAuthors } from '@autoheal/core/identity';
import { isPullExists, type OpenedPull, openDraftPull } from '@autoheal/core/pull-requests';
import type { ActionDeps } from '@autoheal/core/run-main';
import type { ActionContext, RepoRef } from '@autoheal/core/runner-context';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import {
  customInstructions,
  type HandOffOutcome,
  type HandOffPlan,
  linkComment,
  pullBody,
  pullTitle,
} from './body.js';
import { BranchTaken, type CreatedBranch, createBranch, deleteBranch, planBranch } from './branch.js';
import { readRepoConfig } from './config-file.js';
import { type ExistingPull, findExistingPull, hasLinkComment } from './existing.js';
import { untrustedIssueReason } from './fork-gate.js';
import { hasWriteAccess, issueGate, triggerGate } from './gate.js';
import { HOUR_MS, recentIssuePulls } from './hourly-limit.js';
import type { ActionInputs } from './inputs.js';
import { type IssueInfo, readIssue } from './issue.js';
import { type Result, renderSummary, type SummaryFacts } from './summary.js';

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  /** A client with `copilot-token`; absent when none was given. */
  copilot?: GitHubClient;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  context: ActionContext;
}

export interface RunOutcome {
  result: Result;
  issueNumber?: number;
  branch?: string;
  pull?: { number: number; url: string; draft: boolean };
  handOff: HandOffOutcome['status'];
  /** Why nothing (more) was done, when it was not. */
  reason?: string;
}

/** How old our pull request must be before a run adds the issue comment its own run did not. */
export const REPAIR_AFTER_MS = 10 * 60_000;

/** Writes a run makes at most beyond the plan: a second pull request attempt or a rollback. */
const RESERVE_WRITES = 2;

function report(deps: RunDeps, facts: SummaryFacts, outcome: RunOutcome): RunOutcome {
  const { sink } = deps;
  sink.setOutput('result', outcome.result);
  sink.setOutput('branch', outcome.branch ?? '');
  sink.setOutput('pr-number', outcome.pull ? String(outcome.pull.number) : '');
  sink.setOutput('pr-url', outcome.pull?.url ?? '');
  sink.setOutput('handoff', outcome.handOff);
  sink.appendSummary(renderSummary({ ...facts, budget: deps.budget }, deps.sanitizer));
  return outcome;
}

function skipped(deps: RunDeps, reason: string, issue?: IssueInfo, result: Result = 'skipped'): RunOutcome {
  return report(
    deps,
    {
      result,
      headline: `Nothing done: ${reason}.`,
      ...(issue ? { issue: { number: issue.number, title: issue.title, url: issue.htmlUrl } } : {}),
      notes: [],
    },
    { result, handOff: 'none', reason, ...(issue ? { issueNumber: issue.number } : {}) },
  );
}

export async function run(inputs: ActionInputs, deps: RunDeps): Promise<RunOutcome> {
  const { github, log, context } = deps;
  const repo = context.repository;

  const triggered = triggerGate(context.event, inputs);
  if ('skip' in triggered) {
    // Other labels and actions are the common case: a log line, not an annotation.
    log.info(`Skipped: ${triggered.skip}.`);
    return skipped(deps, triggered.skip);
  }

  const { data: repository } = await github.rest.repos.get({ ...repo });
  const defaultBranch = repository.default_branch;
  const config = await readRepoConfig(github, repo, defaultBranch, inputs.configFile);
  if (!config.enabled) {
    const reason = `autoheal is turned off for this repository (enabled: false in ${inputs.configFile})`;
    log.notice(`Skipped: ${reason}.`);
    return skipped(deps, reason);
  }

  const issue = await readIssue(github, repo, triggered.issueNumber);
  const trusted = await resolveTrustedAuthors(github, inputs.token, inputs.trustedAuthors);
  const gate = await issueGate(
    issue,
    { ...inputs, needsLabel: triggered.needsLabel, explicit: inputs.issueNumber !== undefined },
    (login) => hasWriteAccess(github, repo, login),
  );
  if ('skip' in gate) {
    log.notice(`Skipped: ${gate.skip}.`);
    return skipped(deps, gate.skip, issue);
  }
  log.info(`Issue #${issue.number} chosen by ${triggered.via}; its author passes because ${gate.why}.`);
  const untrusted = await untrustedIssueReason(github, repo, issue);
  if (untrusted) {
    log.notice(`Skipped: ${untrusted}.`);
    return skipped(deps, untrusted, issue);
  }

  const existing = await findExistingPull(github, repo, issue.number, trusted);
  if (existing) return reportExisting(inputs, deps, issue, existing, trusted);

  const limit = inputs.maxPrsPerHour;
  const recent =
    limit === 0
      ? { count: 0, numbers: [] }
      : await recentIssuePulls(github, repo, trusted, deps.clock.now() - HOUR_MS);
  if (recent.count >= limit) {
    const reason =
      limit === 0
        ? 'max-prs-per-hour is 0, so no pull request is opened'
        : `${recent.count} issue pull request(s) opened by ${trusted.join(', ')} in the last hour ` +
          `(${recent.numbers.map((n) => `#${n}`).join(', ')}) reach max-prs-per-hour (${limit}); ` +
          'a run after the hour can open it';
    log.notice(`Not opened now: ${reason}.`);
    return skipped(deps, reason, issue, 'rate-limited');
  }

  let plan = await planBranch(github, repo, issue.number, issue.title);
  const handOffPlan: HandOffPlan = deps.copilot ? 'copilot' : 'none';
  const title = pullTitle(deps.sanitizer, issue.number, issue.title);
  const labels = [...inputs.labels];
  const issueFacts = { number: issue.number, title: issue.title, url: issue.htmlUrl };

  if (inputs.dryRun) {
    const headline =
      `Dry run: would ${plan.reuse ? 'reuse' : 'create'} branch ${plan.name} from ${defaultBranch}, open a draft ` +
      `pull request titled "${title}"${labels.length > 0 ? ` labelled ${labels.join(', ')}` : ''}, ` +
      `comment on issue #${issue.number}` +
      (handOffPlan === 'copilot' ? ", and assign Copilot's coding agent." : '.');
    log.notice(headline);
    return report(
      deps,
      {
        result: 'dry-run',
        headline,
        issue: issueFacts,
        branch: plan.name,
        ...(handOffPlan === 'copilot' ? { handOff: { status: 'planned' as const } } : {}),
        notes: [],
      },
      { result: 'dry-run', issueNumber: issue.number, branch: plan.name, handOff: 'none' },
    );
  }

  const needed =
    (plan.reuse ? 0 : 2) + 1 + (labels.length > 0 ? 1 : 0) + 1 + (handOffPlan === 'copilot' ? 1 : 0);
  if (!deps.budget.canAfford(needed + RESERVE_WRITES)) {
    const what = `open the pull request for issue #${issue.number} (needs up to ${needed + RESERVE_WRITES} writes)`;
    deps.budget.skip(what);
    const reason = `the operations budget has ${deps.budget.remaining} write(s) left, too few to ${what}`;
    log.warning(`Not opened: ${reason}. Raise operations-budget.`);
    return skipped(deps, reason, issue, 'budget-exhausted');
  }

  const notes: string[] = [];
  let branch: CreatedBranch | undefined;
  let pull: OpenedPull | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        branch = await createBranch(github, repo, plan, defaultBranch, issue.number);
        break;
      } catch (error) {
        // Another run took the name between our look and our write: look again, once.
        if (!(error instanceof BranchTaken) || attempt > 1) throw error;
        plan = await planBranch(github, repo, issue.number, issue.title);
      }
    }
    const body = pullBody({
      issueNumber: issue.number,
      issueTitle: issue.title,
      issueBody: issue.body,
      branch: branch.name,
      linkKeyword: inputs.linkKeyword,
      handOff: handOffPlan,
      sanitizer: deps.sanitizer,
    });
    try {
      pull = await openDraftPull(github, repo, { title, body, head: branch.name, base: defaultBranch });
    } catch (error) {
      // Another run opened it between our look and our write: report that one.
      if (isPullExists(error)) {
        const found = await findExistingPull(github, repo, issue.number, trusted);
        if (found) return reportExisting(inputs, deps, issue, found, trusted);
      }
      if (branch.created) await rollback(deps, repo, branch.name, notes);
      throw error;
    }
  } catch (error) {
    failureSummary(deps, error, issueFacts, branch, notes);
    throw error;
  }

  const labelsToAdd = pull.draftFallback ? [...labels, inputs.draftFallbackLabel] : labels;
  if (pull.draftFallback)
    notes.push(
      `This repository does not allow draft pull requests; #${pull.number} is a normal one, labelled instead.`,
    );
  if (labelsToAdd.length > 0) {
    try {
      await github.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: labelsToAdd });
    } catch (error) {
      const message = `Could not label pull request #${pull.number}: ${describeGitHubError(error).message}`;
      log.warning(message);
      notes.push(message);
    }
  }

  let handOff: HandOffOutcome = { status: 'none' };
  if (deps.copilot) {
    // Already with the agent: it is not asked again.
    handOff = issue.assignees.some(isCopilotLogin)
      ? { status: 'assigned' }
      : await assignCopilotAgent(deps.copilot, github, repo, {
          issueNumber: issue.number,
          baseBranch: branch.name,
          instructions: customInstructions({
            branch: branch.name,
            pullNumber: pull.number,
            ...(inputs.copilotInstructions ? { instructions: inputs.copilotInstructions } : {}),
          }),
        });
    if (handOff.status === 'not-assigned')
      log.warning(`Copilot's coding agent was not assigned: ${handOff.reason}`);
  }

  const pullFacts = { number: pull.number, url: pull.url, draft: pull.draft };
  try {
    await github.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: linkComment({
        issueNumber: issue.number,
        pullNumber: pull.number,
        branch: branch.name,
        draft: pull.draft,
        ...(pull.draftFallback ? { fallbackLabel: inputs.draftFallbackLabel } : {}),
        handOff,
        sanitizer: deps.sanitizer,
      }),
    });
  } catch (error) {
    notes.push(
      `The pull request is open, but the comment on the issue failed; a re-run posts it. ${describeGitHubError(error).message}`,
    );
    failureSummary(deps, error, issueFacts, branch, notes, pullFacts);
    throw error;
  }

  log.notice(
    `Opened ${pull.draft ? 'draft ' : ''}pull request #${pull.number} for issue #${issue.number} on ${branch.name}.`,
  );
  return report(
    deps,
    {
      result: 'created',
      headline: `Opened ${pull.draft ? 'draft ' : ''}pull request #${pull.number} for issue #${issue.number}.`,
      issue: issueFacts,
      branch: branch.name,
      pull: pullFacts,
      handOff,
      notes,
    },
    {
      result: 'created',
      issueNumber: issue.number,
      branch: branch.name,
      pull: pullFacts,
      handOff: handOff.status,
    },
  );
}

async function reportExisting(
  inputs: ActionInputs,
  deps: RunDeps,
  issue: IssueInfo,
  existing: ExistingPull,
  trusted: readonly string[],
): Promise<RunOutcome> {
  const { github, context } = deps;
  const notes: string[] = [];
  // A run that opened our pull request but failed before commenting: finish its work. Not for a
  // pull request a few minutes old, whose own run may still be about to comment.
  const settled = deps.clock.now() - existing.createdAt >= REPAIR_AFTER_MS;
  if (existing.ours && settled && !inputs.dryRun) {
    const commented = await hasLinkComment(
      github,
      context.repository,
      issue.number,
      existing.number,
      trusted,
    );
    if (!commented) {
      await github.rest.issues.createComment({
        ...context.repository,
        issue_number: issue.number,
        body: linkComment({
          issueNumber: issue.number,
          pullNumber: existing.number,
          branch: existing.branch,
          draft: existing.draft,
          handOff: { status: 'none' },
          sanitizer: deps.sanitizer,
        }),
      });
      notes.push(`Posted the missing comment linking #${existing.number} on the issue.`);
    }
  }
  const reason = `issue #${issue.number} already has open pull request #${existing.number} (${existing.why})`;
  deps.log.notice(`Nothing new opened: ${reason}.`);
  const pull = { number: existing.number, url: existing.url, draft: existing.draft };
  return report(
    deps,
    {
      result: 'exists',
      headline: `Nothing new opened: ${reason}.`,
      issue: { number: issue.number, title: issue.title, url: issue.htmlUrl },
      branch: existing.branch,
      pull,
      notes,
    },
    { result: 'exists', issueNumber: issue.number, branch: existing.branch, pull, handOff: 'none', reason },
  );
}

async function rollback(deps: RunDeps, repo: RepoRef, branch: string, notes: string[]): Promise<void> {
  try {
    await deleteBranch(deps.github, repo, branch);
    notes.push(`Deleted branch ${branch} again, since its pull request could not be opened.`);
  } catch (error) {
    const message =
      `Branch ${branch} was created but its pull request could not be opened, and deleting the branch failed ` +
      `(${describeGitHubError(error).message}); a re-run reuses it.`;
    deps.log.warning(message);
    notes.push(message);
  }
}

function failureSummary(
  deps: RunDeps,
  error: unknown,
  issue: SummaryFacts['issue'],
  branch: CreatedBranch | undefined,
  notes: string[],
  pull?: SummaryFacts['pull'],
): void {
  deps.sink.setOutput('result', 'failed');
  deps.sink.appendSummary(
    renderSummary(
      {
        result: 'failed',
        headline: `Failed: ${describeGitHubError(error).message}`,
        ...(issue ? { issue } : {}),
        ...(branch ? { branch: branch.name } : {}),
        ...(pull ? { pull } : {}),
        notes,
        budget: deps.budget,
      },
      deps.sanitizer,
    ),
  );
}
