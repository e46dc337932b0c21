/**
 * The pull request reviewer: size, area labels, risk checklist, complexity and code-owner review
 * requests for a pull request, in one comment edited in place; and the watch that announces
 * autoheal's draft pull requests once their checks are green.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource, renderMarker } from '@autoheal/core/markers';
import type { ActionDeps } from '@autoheal/core/run-main';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import { createSanitizer, type Sanitizer } from '@autoheal/core/text/sanitize';
import { type Analysis, analyse } from './analysis.js';
import { type Plan, planFromEvent } from './event.js';
import {
  getPull,
  listComments,
  listPullFiles,
  type PullRequestInfo,
  readCodeowners,
  readRepoFile,
  readReviewState,
} from './github-data.js';
import type { Inputs } from './inputs.js';
import { applyLabels, planLabels } from './labels.js';
import {
  isAutohealPull,
  MAX_WATCHED_DRAFTS,
  REVIEW_MARKER_KIND,
  recordedReviewers,
  type WatchOutcome,
  watchDraft,
} from './ready-watch.js';
import { type ReviewView, renderComment, renderReview, renderRunReport } from './render.js';
import { type CopilotOutcome, planReviewers, requestCopilotReview, requestReviewers } from './reviewers.js';
import { loadSettings } from './settings.js';
import { Writer } from './writer.js';

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  budget: OperationBudget;
  event: { name: string; payload: unknown };
  repo: RepoRef;
}

export type Result =
  | 'reviewed'
  | 'unchanged'
  | 'dry-run'
  | 'read-only'
  | 'partial'
  | 'skipped'
  | 'ready-for-review'
  | 'waiting-for-checks'
  | 'no-drafts'
  /** The run stopped on an error (the step fails; the summary says what was done before). */
  | 'failed';

export interface RunResult {
  result: Result;
  /** `XS` … `XXL` (empty when no review ran). */
  size: string;
  complexity: string;
  labels: string[];
  /** Reviewers requested by this run (logins, `org/slug`, `Copilot`). */
  reviewers: string[];
  analysis?: Analysis;
}

interface Context {
  inputs: Inputs;
  deps: RunDeps;
  writer: Writer;
  sanitizer: Sanitizer;
  /** Job summary parts, written once at the end (also when the run stops on an error). */
  summary: string[];
  notes: string[];
}

/**
 * Check names, paths, logins and GitHub's messages end up in log lines: each message is defanged
 * so that none can act as a workflow command (`::set-output`, `::add-mask`) or leak the token.
 */
function sanitizedLogger(log: Logger, sanitizer: Sanitizer): Logger {
  return {
    debug: (m) => log.debug(sanitizer.log(m)),
    info: (m) => log.info(sanitizer.log(m)),
    notice: (m, p) => log.notice(sanitizer.log(m), p),
    warning: (m, p) => log.warning(sanitizer.log(m), p),
    error: (m, p) => log.error(sanitizer.log(m), p),
    startGroup: (name) => log.startGroup(sanitizer.log(name)),
    endGroup: () => log.endGroup(),
  };
}

export async function run(inputs: Inputs, runDeps: RunDeps): Promise<RunResult> {
  const sanitizer = createSanitizer({ secrets: [inputs.token] });
  const deps: RunDeps = { ...runDeps, log: sanitizedLogger(runDeps.log, sanitizer) };
  const ctx: Context = {
    inputs,
    deps,
    writer: new Writer({ dryRun: inputs.dryRun, budget: deps.budget }),
    sanitizer,
    summary: [],
    notes: [],
  };
  const plan = planFromEvent(deps.event.name, deps.event.payload, inputs.prNumber);
  let result: RunResult | undefined;
  let heading = '';
  try {
    result = await execute(ctx, plan);
    heading = headingFor(result.result, plan);
    return result;
  } catch (error) {
    heading = `Stopped: ${describeGitHubError(error).message}`;
    throw error;
  } finally {
    if (ctx.writer.readOnly)
      deps.log.notice(
        'The token cannot write to this repository (a pull request from a fork or from Dependabot gets a read-only ' +
          `token): the review is in the job summary instead. ${ctx.writer.readOnly.message}`,
      );
    if (ctx.writer.undone.length > 0 && !ctx.writer.readOnly)
      deps.log.warning(
        `Operation budget of ${deps.budget.limit} writes reached; not done: ${ctx.writer.undone.join('; ')}. ` +
          'Raise operations-budget or let the next run continue.',
      );
    const report = renderRunReport(
      {
        heading,
        done: ctx.writer.done,
        wouldDo: ctx.writer.wouldDo,
        undone: ctx.writer.undone,
        notes: ctx.notes,
      },
      ctx.sanitizer,
    );
    deps.sink.appendSummary([...ctx.summary, report].join('\n'));
    const r = result ?? empty('failed');
    deps.sink.setOutput('result', r.result);
    deps.sink.setOutput('size', r.size);
    deps.sink.setOutput('complexity', r.complexity);
    deps.sink.setOutput('labels', r.labels.join(','));
    deps.sink.setOutput('reviewers', r.reviewers.join(','));
  }
}

function headingFor(result: Result, plan: Plan): string {
  const target = plan.kind === 'review' ? `pull request #${plan.prNumber}` : 'autoheal draft pull requests';
  const words: Record<Result, string> = {
    reviewed: `Reviewed ${target}`,
    unchanged: `Reviewed ${target}: nothing needed changing`,
    'dry-run': `Dry run for ${target}: nothing was written`,
    'read-only': `Reviewed ${target} with a read-only token: nothing was written`,
    partial: `Reviewed ${target} in part`,
    skipped: `Skipped ${target}`,
    'ready-for-review': 'Announced autoheal drafts whose checks are green',
    'waiting-for-checks': 'autoheal drafts are still waiting for green checks',
    'no-drafts': 'No autoheal draft pull request to watch',
    failed: `Stopped while working on ${target}`,
  };
  return words[result];
}

function empty(result: Result): RunResult {
  return { result, size: '', complexity: '', labels: [], reviewers: [] };
}

function writeResult(writer: Writer, changed: boolean): Result {
  if (writer.dryRun) return 'dry-run';
  if (writer.readOnly) return 'read-only';
  if (writer.undone.length > 0) return 'partial';
  return changed ? 'reviewed' : 'unchanged';
}

async function execute(ctx: Context, plan: Plan): Promise<RunResult> {
  const { deps } = ctx;
  if (plan.kind === 'skip') {
    deps.log.notice(`Nothing to do: ${plan.reason}.`);
    ctx.notes.push(plan.reason);
    return empty('skipped');
  }
  if (plan.kind === 'watch') return watch(ctx, plan.sha === undefined ? {} : { sha: plan.sha });
  return review(ctx, plan.prNumber);
}

async function watch(ctx: Context, target: { sha?: string; pr?: PullRequestInfo }): Promise<RunResult> {
  const { deps, inputs } = ctx;
  if (!inputs.readyWatch) {
    ctx.notes.push('ready-watch is off');
    return empty('skipped');
  }
  let drafts: PullRequestInfo[];
  if (target.pr) drafts = [target.pr];
  else {
    const open = await deps.github.paginate(deps.github.rest.pulls.list, {
      ...deps.repo,
      state: 'open',
      per_page: 100,
    });
    drafts = [];
    for (const p of open) {
      if (p.draft !== true || (target.sha && p.head.sha !== target.sha)) continue;
      const info = { author: p.user?.login ?? '', body: p.body ?? '' };
      if (!isAutohealPull(info, inputs.trustedAuthors)) continue;
      drafts.push(await getPull(deps.github, deps.repo, p.number));
      if (drafts.length >= MAX_WATCHED_DRAFTS) break;
    }
  }
  if (drafts.length === 0) {
    ctx.notes.push(
      target.sha ? `no open autoheal draft has head commit ${target.sha}` : 'no open autoheal draft',
    );
    return empty('no-drafts');
  }
  const outcomes: WatchOutcome[] = [];
  for (const pr of drafts) {
    const outcome = await watchDraft({ ...deps, inputs, writer: ctx.writer, sanitizer: ctx.sanitizer }, pr);
    outcomes.push(outcome);
    const v = outcome.verdict;
    const detail =
      outcome.state === 'waiting'
        ? `waiting: ${[
            v.failing.length > 0 ? `failing ${v.failing.join(', ')}` : '',
            v.pending.length > 0 ? `pending ${v.pending.join(', ')}` : '',
            v.missing.length > 0 ? `not reported ${v.missing.join(', ')}` : '',
            v.passed.length + v.failing.length + v.pending.length + v.missing.length === 0
              ? 'no checks reported yet'
              : '',
          ]
            .filter((x) => x !== '')
            .join('; ')}`
        : outcome.state;
    deps.log.info(`Draft #${pr.number}: ${detail}.`);
    ctx.notes.push(`draft #${pr.number}: ${detail}`, ...outcome.notes);
  }
  const requested = outcomes.flatMap((o) => o.requested);
  const announced = outcomes.some((o) => o.state === 'announced' || o.state === 'already-announced');
  const result: Result = ctx.writer.dryRun
    ? 'dry-run'
    : ctx.writer.readOnly
      ? 'read-only'
      : outcomes.some((o) => o.state === 'not-done')
        ? 'partial'
        : announced
          ? 'ready-for-review'
          : 'waiting-for-checks';
  return { ...empty(result), reviewers: requested };
}

async function review(ctx: Context, number: number): Promise<RunResult> {
  const { deps, inputs, writer, sanitizer } = ctx;
  const { github, repo, log } = deps;
  const pr = await getPull(github, repo, number);
  ctx.summary.push(
    `Pull request #${pr.number}: ${sanitizer.inline(pr.title)} (from ${sanitizer.inline(pr.headRef)} into ${sanitizer.inline(pr.baseRef)})\n`,
  );
  if (pr.state !== 'open') {
    ctx.notes.push(`pull request #${number} is ${pr.state}`);
    log.notice(`Pull request #${number} is ${pr.state}; nothing to review.`);
    return empty('skipped');
  }
  const settings = await loadSettings(github, repo, inputs);
  if (pr.draft && !settings.includeDrafts) {
    if (inputs.readyWatch && isAutohealPull(pr, inputs.trustedAuthors)) return watch(ctx, { pr });
    ctx.notes.push(`pull request #${number} is a draft (set include-drafts to review drafts)`);
    log.notice(`Pull request #${number} is a draft; drafts are not reviewed unless include-drafts is true.`);
    return empty('skipped');
  }

  log.startGroup(`Reading pull request #${number}`);
  const files = await listPullFiles(github, repo, number);
  const codeowners = await readCodeowners(github, repo, pr.baseSha);
  const attributes = await readRepoFile(github, repo, '.gitattributes', pr.baseSha);
  const comments = await listComments(github, repo, number);
  const state = await readReviewState(github, repo, number);
  log.info(
    `${files.length} of ${pr.changedFiles} changed files listed; CODEOWNERS: ${codeowners?.path ?? 'none'}.`,
  );
  log.endGroup();

  const analysis = analyse(
    {
      files,
      totalFiles: pr.changedFiles,
      ...(codeowners ? { codeowners } : {}),
      ...(attributes.kind === 'file' ? { gitattributes: attributes.text } : {}),
    },
    settings,
  );
  for (const problem of analysis.codeownersProblems)
    log.warning(`${analysis.codeownersPath}: ${problem.message}; GitHub skips this line.`, {
      file: analysis.codeownersPath ?? 'CODEOWNERS',
      ...(problem.line > 0 ? { startLine: problem.line } : {}),
    });
  log.info(
    `Size ${analysis.size.label} (${analysis.size.lines} lines), complexity ${analysis.complexity.score}, ` +
      `areas: ${analysis.areas.join(', ') || 'none'}, risks: ${analysis.risks.map((r) => r.id).join(', ') || 'none'}.`,
  );

  const existing = comments.find(
    (c) =>
      isTrustedMarkerSource(c.author, inputs.trustedAuthors) &&
      findMarker(c.body, REVIEW_MARKER_KIND)?.fields.pr === String(number),
  );
  const before = recordedReviewers(comments, number, inputs.trustedAuthors);
  // One write is always kept for the comment, which reports everything else.
  const reserve = 1;

  const labelPlan = planLabels(pr.labels, analysis.size.label, analysis.size.allLabels, analysis.areas);
  const labels = await applyLabels(github, repo, number, labelPlan, writer, reserve);

  const reviewerNotes: string[] = [];
  const requested: string[] = [];
  if (inputs.requestReviewers) {
    const plan = planReviewers({
      owners: analysis.owners,
      author: pr.author,
      repoOwner: repo.owner,
      state,
      requestedBefore: before,
      trusted: inputs.trustedAuthors,
      max: inputs.maxReviewers,
    });
    if (plan.reason) reviewerNotes.push(plan.reason);
    reviewerNotes.push(...plan.notes);
    const result = await requestReviewers(github, repo, number, plan, writer, reserve);
    requested.push(...result.requested);
    for (const r of result.refused) {
      reviewerNotes.push(`GitHub refused to request ${r.who}: ${r.message}`);
      log.warning(`GitHub refused to request a review from ${r.who}: ${r.message}`);
    }
  }
  let copilot: CopilotOutcome | undefined;
  if (settings.copilotReview) {
    copilot = await requestCopilotReview(github, repo, number, state, before, writer, reserve);
    reviewerNotes.push(copilot.message);
    if (copilot.status === 'requested') requested.push('Copilot');
    if (copilot.status === 'not-listed' || copilot.status === 'refused') log.warning(copilot.message);
  }

  const recorded = [
    ...before,
    ...requested.filter((r) => !before.some((b) => b.toLowerCase() === r.toLowerCase())),
  ];
  const view: ReviewView = {
    analysis,
    labels: labelPlan.wanted,
    reviewers: recorded,
    reviewerNotes,
    headSha: pr.headSha,
  };
  const marker = renderMarker({
    kind: REVIEW_MARKER_KIND,
    pr: String(number),
    ...(recorded.length > 0 ? { requested: recorded.join(',') } : {}),
  });
  const body = renderComment(view, sanitizer, marker);
  let commentChanged = false;
  if (existing === undefined) {
    const posted = await writer.write(`comment the review on #${number}`, () =>
      github.rest.issues.createComment({ ...repo, issue_number: number, body }),
    );
    commentChanged = posted.ok;
  } else if (existing.body !== body) {
    const edited = await writer.write(`update the review comment on #${number}`, () =>
      github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
    );
    commentChanged = edited.ok;
  } else log.info('The review comment is up to date.');

  ctx.summary.push(renderReview(view, sanitizer));
  const changed = commentChanged || labels.added.length + labels.removed.length + requested.length > 0;
  return {
    result: writeResult(writer, changed),
    size: analysis.size.name,
    complexity: String(analysis.complexity.score),
    labels: labelPlan.wanted,
    reviewers: requested,
    analysis,
  };
}
