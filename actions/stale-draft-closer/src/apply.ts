/**
 * Carrying out the plan within the operation budget. A pull request's writes are done whole or
 * not started: before each one the budget must hold all its writes, and once one does not fit
 * the run stops there (everything after is left for the next run, which starts from the same
 * oldest-first order).
 *
 * The writes of one pull request go comment first: the notice is what the next run reads back,
 * so a run that fails after it (before the label, or before the close) is finished by the next
 * one instead of being repeated.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import { BudgetExhaustedError } from '@autoheal/core/errors';
import { describeGitHubError } from '@autoheal/core/github-errors';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { closingBody, warningBody } from './comments.js';
import type { PlanItem } from './plan.js';
import type { Settings } from './settings.js';
import type { PullWriter } from './writes.js';

export type Step = 'warned' | 'labelled' | 'commented' | 'closed' | 'branch deleted' | 'label removed';

export type Status =
  /** Nothing to write. */
  | 'idle'
  | 'done'
  /** Not started: the budget could not hold its writes. */
  | 'undone'
  /** Not started: the run stopped after an error that would fail every write (permissions, rate limit). */
  | 'not-reached'
  | 'failed';

export interface Outcome {
  item: PlanItem;
  status: Status;
  /** The writes that went through (or would have, in a dry run). */
  steps: Step[];
  /** What went wrong, as a sentence. */
  error?: string;
  /** This failure stopped the run (it is reported as the step's error). */
  stoppedRun?: boolean;
}

export interface ApplyResult {
  outcomes: Outcome[];
  /** The error that stopped the run, when one did. */
  fatal?: unknown;
  /** The budget stopped the run before everything was done. */
  budgetExhausted: boolean;
}

/** Failures that concern one pull request only (it was merged or deleted meanwhile, a refused edit); the run goes on. */
const PER_PULL_FAILURES = new Set(['not-found', 'gone', 'validation', 'conflict']);

async function perform(
  item: PlanItem,
  writer: PullWriter,
  steps: Step[],
  settings: Settings,
  now: number,
  clean: Sanitizer,
): Promise<void> {
  const { pull, decision } = item;
  switch (decision.action) {
    case 'stale':
      await writer.comment(
        pull,
        warningBody(
          {
            idleMs: decision.idleMs,
            closeAt: decision.closeAt,
            closeAfterMs: settings.rules.closeAfterMs,
            staleLabel: settings.staleLabel,
            exemptLabels: settings.exemptions.labels,
          },
          clean,
        ),
      );
      steps.push('warned');
      if (decision.addLabel) {
        await writer.addLabel(pull, settings.staleLabel);
        steps.push('labelled');
      }
      return;
    case 'wait':
      if (decision.addLabel) {
        await writer.addLabel(pull, settings.staleLabel);
        steps.push('labelled');
      }
      return;
    case 'close':
      if (decision.comment) {
        const last = item.reading?.last.at ?? decision.warnedAt;
        await writer.comment(
          pull,
          closingBody(
            {
              idleMs: now - last,
              warnedAt: decision.warnedAt,
              now,
              ...(item.deleteBranch ? { deletingBranch: pull.headRef } : {}),
            },
            clean,
          ),
        );
        steps.push('commented');
      }
      await writer.close(pull);
      steps.push('closed');
      if (item.deleteBranch) {
        await writer.deleteBranch(pull);
        steps.push('branch deleted');
      }
      return;
    case 'unstale':
      await writer.removeLabel(pull, settings.staleLabel);
      steps.push('label removed');
      return;
    case 'none':
      return;
  }
}

export interface ApplyContext {
  writer: PullWriter;
  budget: OperationBudget;
  settings: Settings;
  now: number;
  clean: Sanitizer;
}

export async function applyPlan(items: readonly PlanItem[], ctx: ApplyContext): Promise<ApplyResult> {
  const outcomes: Outcome[] = [];
  let budgetExhausted = false;
  let fatal: unknown;
  let stopped = false;
  for (const item of items) {
    if (item.writes === 0) {
      outcomes.push({ item, status: 'idle', steps: [] });
      continue;
    }
    if (stopped) {
      outcomes.push({ item, status: fatal === undefined ? 'undone' : 'not-reached', steps: [] });
      if (fatal === undefined) ctx.budget.skip(`#${item.pull.number}: ${item.decision.action}`);
      continue;
    }
    if (!ctx.budget.canAfford(item.writes)) {
      budgetExhausted = true;
      stopped = true;
      ctx.budget.skip(`#${item.pull.number}: ${item.decision.action}`);
      outcomes.push({ item, status: 'undone', steps: [] });
      continue;
    }
    const steps: Step[] = [];
    try {
      await perform(item, ctx.writer, steps, ctx.settings, ctx.now, ctx.clean);
      outcomes.push({ item, status: 'done', steps });
    } catch (error) {
      const described = describeGitHubError(error, ctx.now);
      if (error instanceof BudgetExhaustedError) {
        // Only when a write was not counted in the plan; the rest waits for the next run all the same.
        budgetExhausted = true;
        stopped = true;
        outcomes.push({
          item,
          status: steps.length > 0 ? 'failed' : 'undone',
          steps,
          error: described.message,
        });
        continue;
      }
      const stopsRun = !PER_PULL_FAILURES.has(described.kind);
      outcomes.push({
        item,
        status: 'failed',
        steps,
        error: described.message,
        ...(stopsRun ? { stoppedRun: true } : {}),
      });
      if (stopsRun) {
        fatal = error;
        stopped = true;
      }
    }
  }
  return { outcomes, budgetExhausted, ...(fatal !== undefined ? { fatal } : {}) };
}
