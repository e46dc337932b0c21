import { ConfigurationError } from '@autoheal/core/errors';
import { resolveCommit } from './refs.js';
import type { SeedCheckRun, SeedCommitStatus } from './seed-types.js';
import type { SimCheckRun, SimCommitStatus, SimJob, SimRepo, SimRun, SimulatorState } from './state.js';

/**
 * The checks on a commit: workflow jobs (each is a check run), check runs from elsewhere, and
 * commit statuses. Seeds add the latter two; tests may add more while an action runs, with
 * `addCheckRun` and `addCommitStatus`, which take the same shape as the seed.
 */

/** A commit a seed or test names by sha or revision (`main`, `feature~1`); the default branch when absent. */
function commitFor(repo: SimRepo, given: string | undefined, key: string): string {
  const explicit = given && /^[0-9a-f]{40}$/i.test(given) ? given.toLowerCase() : undefined;
  const sha = explicit ?? resolveCommit(repo, given);
  if (!sha)
    throw new ConfigurationError(
      `seed ${repo.owner}/${repo.name} ${key} "${given}" names no commit; accepted: a commit sha, a branch, or a revision like main~1`,
    );
  return sha;
}

function takenCheckRunId(repo: SimRepo, id: number): boolean {
  return repo.checkRuns.some((c) => c.id === id) || [...repo.jobs.values()].some((j) => j.checkRunId === id);
}

/** Adds a check run that no workflow job made (`where` names it in errors, e.g. `check_runs[0]`). */
export function addCheckRun(
  state: SimulatorState,
  repo: SimRepo,
  seed: SeedCheckRun,
  where = 'check run',
): SimCheckRun {
  const id = seed.id ?? state.nextId();
  state.reserveId(id);
  if (takenCheckRunId(repo, id))
    throw new ConfigurationError(
      `seed ${repo.owner}/${repo.name} ${where}.id ${id} is already a check run; accepted: an id no job or check run has`,
    );
  const status = seed.status ?? 'completed';
  const started = seed.started_at ?? state.timestamp();
  const run: SimCheckRun = {
    id,
    name: seed.name,
    headSha: commitFor(repo, seed.head_sha, `${where}.head_sha`),
    status,
    conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
    started_at: started,
    completed_at:
      seed.completed_at !== undefined ? seed.completed_at : status === 'completed' ? started : null,
    details_url: seed.details_url ?? null,
    checkSuiteId: state.nextId(),
  };
  repo.checkRuns.push(run);
  return run;
}

/** Adds a commit status (the newest status of a context is the one that counts). */
export function addCommitStatus(
  state: SimulatorState,
  repo: SimRepo,
  seed: SeedCommitStatus,
  where = 'status',
): SimCommitStatus {
  const id = seed.id ?? state.nextId();
  state.reserveId(id);
  const created = seed.created_at ?? state.timestamp();
  const status: SimCommitStatus = {
    id,
    sha: commitFor(repo, seed.sha, `${where}.sha`),
    context: seed.context,
    state: seed.state,
    description: seed.description ?? null,
    target_url: seed.target_url ?? null,
    creator: state.ensureUser(seed.creator ?? repo.owner).login,
    created_at: created,
    updated_at: seed.updated_at ?? created,
  };
  repo.statuses.push(status);
  return status;
}

export type CheckOnCommit = { kind: 'job'; run: SimRun; job: SimJob } | { kind: 'other'; check: SimCheckRun };

/** The check runs on a commit: the jobs of each workflow run's latest attempt, then the others. */
export function checkRunsOnCommit(state: SimulatorState, repo: SimRepo, sha: string): CheckOnCommit[] {
  const out: CheckOnCommit[] = [];
  for (const run of repo.runs.values()) {
    if (run.headSha !== sha) continue;
    for (const jobId of state.latestAttempt(run).jobIds) {
      const job = repo.jobs.get(jobId);
      if (job) out.push({ kind: 'job', run, job });
    }
  }
  for (const check of repo.checkRuns) if (check.headSha === sha) out.push({ kind: 'other', check });
  return out;
}

/** A check run by id, whether a job's or another one. */
export function findCheckRun(repo: SimRepo, id: number): CheckOnCommit | undefined {
  for (const job of repo.jobs.values())
    if (job.checkRunId === id) return { kind: 'job', run: repo.runs.get(job.runId)!, job };
  const check = repo.checkRuns.find((c) => c.id === id);
  return check ? { kind: 'other', check } : undefined;
}

/** The newest status of each context on a commit (by time, then by id), in the order contexts first reported. */
export function latestStatuses(repo: SimRepo, sha: string): SimCommitStatus[] {
  const latest = new Map<string, SimCommitStatus>();
  for (const s of repo.statuses) {
    if (s.sha !== sha) continue;
    const have = latest.get(s.context);
    const newer =
      !have ||
      Date.parse(s.created_at) > Date.parse(have.created_at) ||
      (s.created_at === have.created_at && s.id > have.id);
    if (newer) latest.set(s.context, s);
  }
  return [...latest.values()];
}

/**
 * GitHub's combined state: `failure` if any context reports error or failure, `pending` if there
 * are no statuses or any is pending, else `success`.
 */
export function combinedState(statuses: readonly SimCommitStatus[]): 'failure' | 'pending' | 'success' {
  if (statuses.some((s) => s.state === 'failure' || s.state === 'error')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}
