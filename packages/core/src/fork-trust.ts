/**
 * Whose code a workflow run ran, and so what autoheal may do about it. A run whose commit came
 * from a fork ran code anyone could write, and its log says whatever that code printed: it may be
 * analysed and commented on, never turned into a fix, an issue lifecycle change or a hand-off. A
 * run that someone who cannot push started (a pull request from a branch here, or an event anyone
 * may start on the default branch: issue_comment, pull_request_target, a chained workflow_run) is
 * the same for fixes.
 *
 * Every decision fails closed: a missing or contradictory fact makes the run a fork's.
 */
import type { GitHubClient } from './github-client.js';
import { isRequestError } from './github-errors.js';

export interface RepositoryIdentity {
  owner: string;
  repo: string;
  /** The repository's numeric id, when known: compared too, so a rename cannot confuse names. */
  id?: number;
}

/** What a workflow run says about where its commit came from. */
export interface RunOrigin {
  /** `head_repository.full_name`, when the run names it. */
  headRepository?: string;
  headRepositoryId?: number;
  /** The run's event (`push`, `pull_request`, …). */
  event?: string;
  /** `actor` and `triggering_actor` logins, as far as the run names them. */
  actors: string[];
}

export type ForkVerdict = { fork: false } | { fork: true; reason: string };

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** The origin facts of a workflow run object, as the REST API or a `workflow_run` webhook gives it. */
export function runOrigin(run: unknown): RunOrigin {
  const r = record(run);
  const head = record(r?.head_repository);
  const actors = [record(r?.actor)?.login, record(r?.triggering_actor)?.login]
    .map(text)
    .filter((l): l is string => l !== undefined);
  const origin: RunOrigin = { actors: [...new Set(actors)] };
  const fullName = text(head?.full_name);
  if (fullName !== undefined) origin.headRepository = fullName;
  const id = positiveInt(head?.id);
  if (id !== undefined) origin.headRepositoryId = id;
  const event = text(r?.event);
  if (event !== undefined) origin.event = event;
  return origin;
}

function fullName(repo: RepositoryIdentity): string {
  return `${repo.owner}/${repo.repo}`;
}

/** GitHub compares owner and repository names without case. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether the run's commit came from another repository than `repo` (unknown counts as yes). */
export function runForkVerdict(origin: RunOrigin, repo: RepositoryIdentity): ForkVerdict {
  const here = fullName(repo);
  if (origin.headRepository === undefined)
    return {
      fork: true,
      reason: 'the run does not name its head repository, so it is treated as a fork’s run',
    };
  if (!sameName(origin.headRepository, here))
    return {
      fork: true,
      reason: `the run’s commit comes from ${origin.headRepository}, not from ${here}`,
    };
  if (repo.id !== undefined && origin.headRepositoryId !== undefined && repo.id !== origin.headRepositoryId)
    return {
      fork: true,
      reason: `the run’s head repository has id ${origin.headRepositoryId}, not ${here}’s id ${repo.id}`,
    };
  return { fork: false };
}

/** The events whose payload names a pull request with a head and a base repository. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * For a pull request event (the one running this workflow): whether the pull request's head is a
 * fork. Other events return `{ fork: false }`: they name no pull request to judge.
 */
export function pullRequestEventForkVerdict(eventName: string, payload: unknown): ForkVerdict {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return { fork: false };
  const pull = record(record(payload)?.pull_request);
  const head = record(record(pull?.head)?.repo);
  const base = record(record(pull?.base)?.repo);
  const headName = text(head?.full_name);
  const baseName = text(base?.full_name);
  if (headName === undefined || baseName === undefined)
    return {
      fork: true,
      reason: `the ${eventName} event does not name both the head and the base repository of its pull request (a deleted fork?), so it is treated as a fork’s`,
    };
  if (!sameName(headName, baseName))
    return { fork: true, reason: `the pull request comes from ${headName}, a fork of ${baseName}` };
  const headId = positiveInt(head?.id);
  const baseId = positiveInt(base?.id);
  if (headId !== undefined && baseId !== undefined && headId !== baseId)
    return {
      fork: true,
      reason: `the pull request’s head repository id ${headId} is not its base’s ${baseId}`,
    };
  return { fork: false };
}

/** The first verdict that says fork, else not a fork. */
export function anyFork(...verdicts: ForkVerdict[]): ForkVerdict {
  return verdicts.find((v) => v.fork) ?? { fork: false };
}

/** Roles that may push. The legacy `permission` says `write` for maintain and `read` for triage. */
const WRITER_ROLES: ReadonlySet<string> = new Set(['admin', 'maintain', 'write']);

/** Whether a collaborator permission answer means write access (read, triage and none do not). */
export function isWriterPermission(answer: {
  permission?: string | null;
  role_name?: string | null;
}): boolean {
  const role = answer.role_name ?? undefined;
  // role_name is the finer one; when it is given it decides (a custom role falls back to permission).
  if (
    role !== undefined &&
    (WRITER_ROLES.has(role) || role === 'read' || role === 'triage' || role === 'none')
  )
    return WRITER_ROLES.has(role);
  return WRITER_ROLES.has(answer.permission ?? '');
}

/** Whether `login` may push to `repo`, from the collaborator permission API (404: no, it is nobody's). */
export async function canPush(
  github: GitHubClient,
  repo: RepositoryIdentity,
  login: string,
): Promise<boolean> {
  if (login === '') return false;
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({
      owner: repo.owner,
      repo: repo.repo,
      username: login,
    });
    return isWriterPermission(data);
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return false;
    throw error;
  }
}

export type FixTrust =
  | { trusted: true }
  | {
      trusted: false;
      /** A fork's run (analysis only), or a non-writer's pull request run (no fixes; issues allowed). */
      why: 'fork' | 'non-writer';
      reason: string;
    };

/**
 * Whether a fix may be made from this run, from facts read now through the API (never from an
 * artifact or an issue a run wrote): its commit is this repository's, and when it ran for a pull
 * request, everyone who started it can push.
 */
export async function fixTrustForRun(
  github: GitHubClient,
  repo: RepositoryIdentity,
  runId: number,
): Promise<FixTrust> {
  let run: unknown;
  let repositoryId: number;
  try {
    const [runResponse, repository] = await Promise.all([
      github.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: runId }),
      github.rest.repos.get({ owner: repo.owner, repo: repo.repo }),
    ]);
    run = runResponse.data;
    repositoryId = repository.data.id;
  } catch (error) {
    // A deleted (or expired) run cannot be checked: treated as a fork's, with its own reason.
    if (isRequestError(error) && (error.status === 404 || error.status === 410))
      return {
        trusted: false,
        why: 'fork',
        reason: `run ${runId} is not found in ${fullName(repo)} (deleted or expired), so whose code it ran cannot be checked`,
      };
    throw error;
  }
  const origin = runOrigin(run);
  const verdict = runForkVerdict(origin, { ...repo, id: repositoryId });
  if (verdict.fork) return { trusted: false, why: 'fork', reason: `run ${runId}: ${verdict.reason}` };
  return fixTrustForOrigin(github, repo, origin, `run ${runId}`);
}

/**
 * Events only someone who can push (or GitHub itself, for a writer's schedule or queue) can start.
 * Any other event (issue_comment, issues, workflow_run chained from a fork's run, discussions, wiki
 * edits, pull requests, one GitHub adds later) can be started by anyone, often to run a pull
 * request's code on the default branch, so its actors are checked.
 */
export const WRITER_ONLY_EVENTS: ReadonlySet<string> = new Set([
  'push',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'merge_group',
  'release',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'registry_package',
  'page_build',
  'dynamic',
]);

/**
 * Whether a green run of this event says its head branch is healthy again. A run for
 * pull_request_target, issue_comment, workflow_run and the like is reported on the default
 * branch, yet anyone may start one, and it often tests a pull request's code: it must neither
 * close the branch's issue, nor make its failure moot, nor serve as the log a failure is compared with.
 */
export function greenSpeaksForBranch(event: string | undefined): boolean {
  if (event === undefined) return false;
  return WRITER_ONLY_EVENTS.has(event) || (PULL_REQUEST_EVENTS.has(event) && event !== 'pull_request_target');
}

/** The non-writer half of fixTrustForRun, for a run already known to be this repository's. */
export async function fixTrustForOrigin(
  github: GitHubClient,
  repo: RepositoryIdentity,
  origin: RunOrigin,
  what: string,
): Promise<FixTrust> {
  if (origin.event !== undefined && WRITER_ONLY_EVENTS.has(origin.event)) return { trusted: true };
  const ranFor = origin.event === undefined ? 'ran for an unnamed event' : `ran for ${origin.event}`;
  if (origin.actors.length === 0)
    return {
      trusted: false,
      why: 'non-writer',
      reason: `${what} ${ranFor} and names no actor, so whether they can push is unknown`,
    };
  for (const login of origin.actors)
    if (!(await canPush(github, repo, login)))
      return {
        trusted: false,
        why: 'non-writer',
        reason: `${what} ${ranFor}, started by ${login}, who cannot push to ${fullName(repo)}`,
      };
  return { trusted: true };
}
