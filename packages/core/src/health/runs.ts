/**
 * A workflow run as the health report needs it: the few fields of GitHub's run object that the
 * metrics read, with times as epoch milliseconds. `fromApiRun` takes the REST API's shape.
 */

export interface HealthRun {
  id: number;
  workflowId: number;
  /** The workflow's name as the run shows it. */
  workflow: string;
  /** `.github/workflows/ci.yml`. */
  path: string;
  branch: string;
  headSha: string;
  event: string;
  /** The latest attempt's number (1 for a run never re-run). */
  attempt: number;
  status: string;
  conclusion: string | null;
  /** When the run (its first attempt) was created. */
  createdAt: number;
  /** When the latest attempt started. */
  startedAt: number;
  /** When the latest attempt last changed: its end, for a completed run. */
  updatedAt: number;
  /** Who started the latest attempt (a re-run's requester). */
  triggeringActor: string | null;
}

/**
 * What a run counts as. `failure` covers the conclusions that mean the workflow itself went red
 * (failure, timed_out, startup_failure); `other` the ones that say nothing about its health
 * (skipped, neutral, stale, action_required); `pending` runs not finished yet.
 */
export type RunOutcome = 'success' | 'failure' | 'cancelled' | 'other' | 'pending';

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

export function outcomeOf(run: Pick<HealthRun, 'status' | 'conclusion'>): RunOutcome {
  if (run.status !== 'completed') return 'pending';
  if (run.conclusion === 'success') return 'success';
  if (run.conclusion !== null && FAILED.has(run.conclusion)) return 'failure';
  if (run.conclusion === 'cancelled') return 'cancelled';
  return 'other';
}

/** A completed run's wall time (latest attempt: start to end), or undefined. */
export function durationMs(run: HealthRun): number | undefined {
  if (run.status !== 'completed') return undefined;
  const ms = run.updatedAt - run.startedAt;
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The UTC calendar day of a time, `YYYY-MM-DD`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The fields of the REST API's workflow run that `fromApiRun` reads. */
export interface ApiRunLike {
  id: number;
  workflow_id: number;
  name?: string | null;
  path?: string;
  head_branch: string | null;
  head_sha: string;
  event: string;
  run_attempt?: number;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string;
  triggering_actor?: { login: string } | null;
}

function time(iso: string | undefined, fallback: number): number {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? fallback : ms;
}

export function fromApiRun(run: ApiRunLike): HealthRun {
  const createdAt = time(run.created_at, 0);
  return {
    id: run.id,
    workflowId: run.workflow_id,
    workflow: run.name ?? run.path ?? String(run.workflow_id),
    path: run.path ?? '',
    branch: run.head_branch ?? '',
    headSha: run.head_sha,
    event: run.event,
    attempt: run.run_attempt ?? 1,
    status: run.status ?? 'completed',
    conclusion: run.conclusion,
    createdAt,
    startedAt: time(run.run_started_at, createdAt),
    updatedAt: time(run.updated_at, createdAt),
    triggeringActor: run.triggering_actor?.login ?? null,
  };
}
