import { ConfigurationError } from '@autoheal/core/errors';
import { normalizeWorkflowPath } from '@autoheal/core/fingerprint';
import {
  anyFork,
  type ForkVerdict,
  fixTrustForOrigin,
  greenSpeaksForBranch,
  pullRequestEventForkVerdict,
  runForkVerdict,
  runOrigin,
} from '@autoheal/core/fork-trust';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { Logger } from '@autoheal/core/runtime';
import type { RunInfo, TriggerDecision } from './types.js';

/**
 * Which run to look at, and whether to: a `workflow_run` event names its run in the payload; a
 * dispatch (or a cross-repository call) names it by `run-id`. Only failures are analyzed; a success
 * is handed on so filing can close what it fixed; everything else is skipped with the reason.
 */

export interface TriggerContext {
  eventName: string;
  payload: unknown;
  /** `run-id`: when given, it wins over the event. */
  runId?: number;
  /** `run-attempt`: only with `runId`; default the latest. */
  runAttempt?: number;
  owner: string;
  repo: string;
  /**
   * This workflow's own file, from `GITHUB_WORKFLOW_REF`: either the path
   * (`.github/workflows/autoheal.yml`) or the whole ref (`owner/repo/.github/workflows/autoheal.yml@refs/heads/main`).
   */
  selfWorkflowPath?: string;
  log: Logger;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function login(value: unknown): string | undefined {
  return str(record(value)?.login);
}

/** `owner/repo/.github/workflows/x.yml@ref` (GITHUB_WORKFLOW_REF) or a bare path, taken apart. */
export function parseWorkflowRef(ref: string): { owner?: string; repo?: string; path: string; ref?: string } {
  const trimmed = ref.trim();
  const at = trimmed.lastIndexOf('@');
  const left = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const gitRef = at >= 0 ? trimmed.slice(at + 1) : undefined;
  const parts = left.split('/');
  const out: { owner?: string; repo?: string; path: string; ref?: string } =
    parts.length >= 3 && !left.startsWith('.') && !left.startsWith('/')
      ? { owner: parts[0]!, repo: parts[1]!, path: parts.slice(2).join('/') }
      : { path: left };
  if (gitRef) out.ref = gitRef;
  return out;
}

/** Whether `run` is a run of the workflow this action runs in (so it never files issues about itself). */
export function isSelfWorkflow(
  selfWorkflowPath: string | undefined,
  run: Pick<RunInfo, 'owner' | 'repo' | 'workflowPath'>,
): boolean {
  if (!selfWorkflowPath?.trim()) return false;
  const self = parseWorkflowRef(selfWorkflowPath);
  if (self.owner !== undefined && self.repo !== undefined) {
    const same =
      self.owner.toLowerCase() === run.owner.toLowerCase() &&
      self.repo.toLowerCase() === run.repo.toLowerCase();
    if (!same) return false;
  }
  return normalizeWorkflowPath(self.path) === normalizeWorkflowPath(run.workflowPath);
}

/**
 * A RunInfo from a workflow run object as the REST API or a webhook gives it. `workflow` is the
 * webhook's top-level workflow object, which names the file when older payloads' runs do not.
 */
export function runInfoFrom(
  runJson: unknown,
  where: { owner: string; repo: string; defaultBranch: string; workflow?: unknown; source: string },
): RunInfo {
  const run = record(runJson);
  const workflow = record(where.workflow);
  const id = positiveInt(run?.id);
  const workflowId = positiveInt(run?.workflow_id) ?? positiveInt(workflow?.id);
  const workflowPath = str(run?.path) ?? str(workflow?.path);
  const headSha = str(run?.head_sha);
  const htmlUrl = str(run?.html_url);
  const missing = [
    id === undefined && 'id',
    workflowId === undefined && 'workflow_id',
    workflowPath === undefined && 'path',
    headSha === undefined && 'head_sha',
    htmlUrl === undefined && 'html_url',
  ].filter((x): x is string => typeof x === 'string');
  if (missing.length > 0 || id === undefined || workflowId === undefined || workflowPath === undefined)
    throw new ConfigurationError(
      `${where.source}: the workflow run has no ${missing.join(', ')}; expected a workflow run object as GitHub sends it`,
    );
  const path = normalizeWorkflowPath(workflowPath);
  const info: RunInfo = {
    owner: where.owner,
    repo: where.repo,
    id,
    attempt: positiveInt(run?.run_attempt) ?? 1,
    workflowName: str(run?.name) ?? str(workflow?.name) ?? path,
    workflowPath: path,
    workflowId,
    headBranch: str(run?.head_branch) ?? null,
    headSha: headSha ?? '',
    event: str(run?.event) ?? '',
    status: str(run?.status) ?? null,
    conclusion: str(run?.conclusion) ?? null,
    actor: login(run?.triggering_actor) ?? login(run?.actor) ?? null,
    htmlUrl: htmlUrl ?? '',
    defaultBranch: where.defaultBranch,
  };
  const title = str(run?.display_title);
  if (title !== undefined) info.displayTitle = title;
  const created = str(run?.created_at);
  if (created !== undefined && !Number.isNaN(Date.parse(created))) info.createdAt = created;
  if (Array.isArray(run?.pull_requests)) {
    const numbers = run.pull_requests
      .map((p) => positiveInt(record(p)?.number))
      .filter((n): n is number => n !== undefined);
    if (numbers.length > 0) info.pullRequests = numbers;
  }
  const headRepository = str(record(run?.head_repository)?.full_name);
  if (headRepository !== undefined) info.headRepository = headRepository;
  return info;
}

interface RepositoryFacts {
  defaultBranch: string;
  id?: number;
}

async function repositoryFacts(github: GitHubClient, owner: string, repo: string): Promise<RepositoryFacts> {
  const { data } = await github.rest.repos.get({ owner, repo });
  return { defaultBranch: data.default_branch, id: data.id };
}

/**
 * Marks the run as a fork's when its own head repository, or the event's pull request, says so; or
 * when it ran for an event anyone may start on this repository (issue_comment, pull_request_target,
 * a workflow_run chained from a fork's run…) and someone who cannot push started it: such a run
 * often tests a pull request's code on the default branch, so its log is theirs, and filing it as
 * the branch's failure would let them spend the hourly cap, ping the webhook and reopen issues.
 */
async function markFork(
  github: GitHubClient,
  info: RunInfo,
  runJson: unknown,
  ctx: TriggerContext,
  repoId: number | undefined,
): Promise<void> {
  const origin = runOrigin(runJson);
  const verdict: ForkVerdict = anyFork(
    runForkVerdict(origin, {
      owner: ctx.owner,
      repo: ctx.repo,
      ...(repoId === undefined ? {} : { id: repoId }),
    }),
    pullRequestEventForkVerdict(ctx.eventName, ctx.payload),
  );
  if (verdict.fork) {
    info.forkReason = verdict.reason;
    return;
  }
  // Pull request runs of this repository's branches are filed as ever (only their fixes need a writer).
  if (greenSpeaksForBranch(origin.event)) return;
  const trust = await fixTrustForOrigin(
    github,
    { owner: ctx.owner, repo: ctx.repo },
    origin,
    `run ${info.id}`,
  );
  if (!trust.trusted) info.forkReason = `${trust.reason}, so its log may be theirs`;
}

async function runFromApi(github: GitHubClient, ctx: TriggerContext, runId: number): Promise<RunInfo> {
  const { owner, repo } = ctx;
  let latest: unknown;
  let facts: RepositoryFacts;
  try {
    const [runResponse, found] = await Promise.all([
      // With its pull requests: issues.scope sends a PR branch's failure to the pull request.
      github.rest.actions.getWorkflowRun({ owner, repo, run_id: runId }),
      repositoryFacts(github, owner, repo),
    ]);
    latest = runResponse.data;
    facts = found;
  } catch (error) {
    if (isRequestError(error) && error.status === 404)
      throw new ConfigurationError(
        `run-id: workflow run ${runId} was not found in ${owner}/${repo} (404); give the id of a run in that ` +
          'repository (set `repository` for another one) and a token that can read its Actions (actions: read)',
      );
    throw error;
  }
  const latestAttempt = positiveInt(record(latest)?.run_attempt) ?? 1;
  let chosen = latest;
  if (ctx.runAttempt !== undefined && ctx.runAttempt !== latestAttempt) {
    if (ctx.runAttempt > latestAttempt)
      throw new ConfigurationError(
        `run-attempt: run ${runId} has ${latestAttempt} attempt(s), so attempt ${ctx.runAttempt} does not exist; ` +
          `use a number from 1 to ${latestAttempt}, or leave it empty for the latest`,
      );
    chosen = (
      await github.rest.actions.getWorkflowRunAttempt({
        owner,
        repo,
        run_id: runId,
        attempt_number: ctx.runAttempt,
        exclude_pull_requests: true,
      })
    ).data;
  }
  const info = runInfoFrom(chosen, {
    owner,
    repo,
    defaultBranch: facts.defaultBranch,
    source: `workflow run ${runId}`,
  });
  info.latestAttempt = latestAttempt;
  // An earlier attempt is read without them; the run's pull requests are the same for every attempt.
  const pulls = runInfoFrom(latest, {
    owner,
    repo,
    defaultBranch: facts.defaultBranch,
    source: `workflow run ${runId}`,
  }).pullRequests;
  if (pulls && !info.pullRequests) info.pullRequests = pulls;
  // Where the commit came from is the run's, not the attempt's: judged on the run as the API has it now.
  await markFork(github, info, latest, ctx, facts.id);
  return info;
}

async function runFromEvent(
  github: GitHubClient,
  ctx: TriggerContext,
): Promise<RunInfo | { kind: 'skip'; reason: string }> {
  if (ctx.eventName !== 'workflow_run')
    throw new ConfigurationError(
      `run-id: empty, and the "${ctx.eventName}" event names no workflow run; set run-id to the run to analyze ` +
        '(for workflow_dispatch or another repository), or run this action on `workflow_run` with `types: [completed]`',
    );
  const payload = record(ctx.payload);
  const action = str(payload?.action);
  if (action !== 'completed') {
    return {
      kind: 'skip',
      reason: `The workflow_run event's action is "${action ?? 'missing'}"; only completed runs are analyzed (use \`types: [completed]\`).`,
    };
  }
  const repository = record(payload?.repository);
  const given = str(repository?.default_branch);
  const facts: RepositoryFacts = given
    ? { defaultBranch: given, ...(positiveInt(repository?.id) ? { id: positiveInt(repository?.id)! } : {}) }
    : await repositoryFacts(github, ctx.owner, ctx.repo);
  const run = runInfoFrom(payload?.workflow_run, {
    owner: ctx.owner,
    repo: ctx.repo,
    defaultBranch: facts.defaultBranch,
    workflow: payload?.workflow,
    source: 'the workflow_run event',
  });
  await markFork(github, run, payload?.workflow_run, ctx, facts.id);
  return run;
}

/** What to do with the run, given only what GitHub says about it. */
export function classifyRun(run: RunInfo, selfWorkflowPath?: string): TriggerDecision {
  const name = `Run ${run.id} of "${run.workflowName}"`;
  if (isSelfWorkflow(selfWorkflowPath, run))
    return {
      kind: 'skip',
      reason: `${name} is a run of autoheal's own workflow (${run.workflowPath}); autoheal does not file issues about itself.`,
      run,
    };
  if (run.status !== 'completed')
    return {
      kind: 'skip',
      reason: `${name} is not completed (status "${run.status ?? 'unknown'}"); only completed runs are analyzed.`,
      run,
    };
  switch (run.conclusion) {
    case 'success':
      return { kind: 'success', run };
    case 'failure':
    case 'timed_out':
    case 'startup_failure':
      return { kind: 'analyze', run };
    case 'cancelled':
      return {
        kind: 'skip',
        reason: `${name} was cancelled (by a person, or by a newer run in the same concurrency group); a cancelled run is not a failure to diagnose.`,
        run,
      };
    case 'action_required':
      return {
        kind: 'skip',
        reason: `${name} is waiting for approval (action_required): a maintainer has to approve it before it runs, so nothing has failed yet.`,
        run,
      };
    case 'skipped':
      return { kind: 'skip', reason: `${name} was skipped; nothing ran, so nothing failed.`, run };
    case 'neutral':
      return { kind: 'skip', reason: `${name} ended neutral, which is not a failure.`, run };
    case 'stale':
      return {
        kind: 'skip',
        reason: `${name} is stale (GitHub stopped waiting for it to finish); nothing to diagnose.`,
        run,
      };
    default:
      return {
        kind: 'skip',
        reason: `${name} has conclusion "${run.conclusion ?? 'none'}", which autoheal does not analyze.`,
        run,
      };
  }
}

/** Decide whether (and which run) to analyze. */
export async function decideTrigger(github: GitHubClient, ctx: TriggerContext): Promise<TriggerDecision> {
  const found =
    ctx.runId !== undefined ? await runFromApi(github, ctx, ctx.runId) : await runFromEvent(github, ctx);
  if ('kind' in found) {
    ctx.log.info(found.reason);
    return found;
  }
  const decision = classifyRun(found, ctx.selfWorkflowPath);
  if (found.forkReason) ctx.log.notice(`A fork’s run, analysis only: ${found.forkReason}.`);
  if (decision.kind === 'skip') ctx.log.info(decision.reason);
  else
    ctx.log.info(
      `Run ${found.id} (attempt ${found.attempt}) of "${found.workflowName}" ended ${found.conclusion}: ${decision.kind === 'success' ? 'closing what it fixed' : 'analyzing it'}.`,
    );
  return decision;
}
