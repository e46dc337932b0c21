/**
 * The action: read the open pull requests, read the history of the drafts that may be stale,
 * decide for each, and carry the decisions out oldest-first within the operation budget. Every
 * read happens before the first write, so a failed read changes nothing.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import { resolveTrustedAuthors } from '@autoheal/core/identity';
import type { ActionDeps } from '@autoheal/core/run-main';
import type { RepoRef } from '@autoheal/core/runner-context';
import { type HistoryReading, readHistory } from '@autoheal/core/stale/activity';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { type ApplyResult, applyPlan, type Outcome } from './apply.js';
import type { Inputs } from './inputs.js';
import { orderPlan, type PlanItem, planItem, triage } from './plan.js';
import { listOpenPulls, readPullHistory } from './pulls.js';
import { readSettings, type Settings } from './settings.js';
import { renderSummary } from './summary.js';
import { dryRunWriter, gitHubWriter, type PullWriter } from './writes.js';

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  repo: RepoRef;
  /** Replaces the writer chosen from `dry-run` (tests). */
  writer?: PullWriter;
}

export interface RunResult {
  settings: Settings;
  outcomes: Outcome[];
  staled: number[];
  closed: number[];
  unstaled: number[];
  /** Exempt drafts. */
  skipped: number[];
  /** Left for the next run: the budget ran out. */
  undone: number[];
  /** Pull requests whose writes failed (each reported as an error). */
  failed: number[];
  budgetExhausted: boolean;
}

function numbers(outcomes: readonly Outcome[], test: (o: Outcome) => boolean): number[] {
  return outcomes
    .filter(test)
    .map((o) => o.item.pull.number)
    .sort((a, b) => a - b);
}

/** A pull request merged, closed or deleted between the list and its history: nothing to do. */
function vanished(error: unknown): boolean {
  return isRequestError(error) && (error.status === 404 || error.status === 410);
}

export async function run(inputs: Inputs, deps: RunDeps): Promise<RunResult> {
  const { github, log, sink, budget, repo } = deps;
  const clean = deps.sanitizer;
  const now = deps.clock.now();
  const ours = await resolveTrustedAuthors(github, inputs.token, inputs.autohealLogins);
  const settings = await readSettings(inputs, github, repo, ours);

  const pulls = await listOpenPulls(github, repo);
  const items: PlanItem[] = [];
  for (const pull of pulls) {
    const triaged = triage(pull, settings, now);
    let reading: HistoryReading | undefined;
    if (triaged.needsHistory) {
      try {
        reading = readHistory(await readPullHistory(github, repo, pull), {
          people: settings.people,
          staleLabel: settings.staleLabel,
        });
      } catch (error) {
        if (!vanished(error)) throw error;
        log.info(`#${pull.number} is gone (${describeGitHubError(error, now).message}); skipped.`);
        continue;
      }
    }
    items.push(planItem(pull, triaged, reading, settings, pulls, now));
  }

  const writer =
    deps.writer ??
    (settings.dryRun
      ? dryRunWriter(budget, log, clean)
      : gitHubWriter(github, repo, settings.people.ours, log));
  const applied: ApplyResult = await applyPlan(orderPlan(items), {
    writer,
    budget,
    settings,
    now,
    clean,
  });
  const { outcomes } = applied;

  const stepped = (step: Outcome['steps'][number]) => (o: Outcome) => o.steps.includes(step);
  const result: RunResult = {
    settings,
    outcomes,
    staled: numbers(outcomes, stepped('warned')),
    closed: numbers(outcomes, stepped('closed')),
    unstaled: numbers(outcomes, stepped('label removed')),
    skipped: numbers(outcomes, (o) => o.item.pull.draft && o.item.exemption !== undefined),
    undone: numbers(outcomes, (o) => o.status === 'undone'),
    failed: numbers(outcomes, (o) => o.status === 'failed'),
    budgetExhausted: applied.budgetExhausted,
  };

  // The failure that stopped the run is reported once, by runMain, as the step's error.
  for (const o of outcomes)
    if (o.status === 'failed' && !o.stoppedRun)
      log.error(
        clean.log(
          `#${o.item.pull.number}: ${o.item.decision.action} failed` +
            `${o.steps.length > 0 ? ` after: ${o.steps.join(', ')}` : ''}: ${o.error ?? 'unknown error'}`,
        ),
      );
  if (result.undone.length > 0)
    log.warning(
      `The operation budget of ${budget.limit} writes (operations-per-run) ran out; left for the next run: ` +
        `${result.undone.map((n) => `#${n}`).join(', ')}. The next run starts with them; raise operations-per-run to do more per run.`,
    );
  const prefix = settings.dryRun ? 'Dry run, would have: ' : '';
  log.info(
    `${prefix}staled ${JSON.stringify(result.staled)}, closed ${JSON.stringify(result.closed)}, ` +
      `unstaled ${JSON.stringify(result.unstaled)}; exempt ${JSON.stringify(result.skipped)}; ` +
      `${budget.used} of ${budget.limit} writes.`,
  );

  sink.setOutput('staled', JSON.stringify(result.staled));
  sink.setOutput('closed', JSON.stringify(result.closed));
  sink.setOutput('unstaled', JSON.stringify(result.unstaled));
  sink.setOutput('skipped', JSON.stringify(result.skipped));
  sink.setOutput('undone', JSON.stringify(result.undone));
  sink.setOutput('operations', String(budget.used));
  sink.setOutput('dry-run', String(settings.dryRun));
  sink.appendSummary(
    renderSummary(
      {
        dryRun: settings.dryRun,
        settings,
        openCount: pulls.length,
        outcomes,
        budget,
        now,
        ...(applied.fatal !== undefined
          ? { stoppedBy: describeGitHubError(applied.fatal, now).message }
          : {}),
      },
      clean,
    ),
  );
  // runMain reports it (rate limit, permissions, GitHub down) as the step's error.
  if (applied.fatal !== undefined) throw applied.fatal;
  return result;
}
