/**
 * The health of every workflow over one window of time: the numbers of the report, computed from
 * the runs created in the window alone (so two windows never share a run).
 *
 * Definitions (the README repeats them for readers of the report):
 * - runs: every run created in the window, whatever its state;
 * - failed = broken + flaky: failed runs (failure, timed_out, startup_failure) charged to the
 *   workflow; failures on an outage day are `infrastructure` instead, charged to no workflow;
 * - flaky: failed runs of a commit that another run of the same workflow passed; `flakyReruns`:
 *   runs whose re-run passed after the attempt before failed (they count as successes);
 * - success rate = success / (success + failed); cancelled, skipped and unfinished runs are left
 *   out, and so are infrastructure failures;
 * - durations: of successful runs, latest attempt, start to end; median and nearest-rank p95;
 * - recovery: incidents that started in the window (see recovery.ts); the median over those that
 *   ended in it, and the ones still open at its end.
 */
import { type FlakyCommit, findFlakyCommits, type RerunFinding } from './flaky.js';
import { groupBy } from './group.js';
import { DEFAULT_OUTAGE_OPTIONS, findOutageDays, type OutageDay, type OutageOptions } from './outage.js';
import { findIncidents, type Incident } from './recovery.js';
import { durationMs, type HealthRun, outcomeOf, utcDay } from './runs.js';
import { median, percentile, share } from './stats.js';

export interface TimeWindow {
  /** Inclusive, epoch ms. */
  start: number;
  /** Exclusive, epoch ms. */
  end: number;
}

export interface RunCounts {
  runs: number;
  success: number;
  /** broken + flaky. */
  failed: number;
  broken: number;
  flaky: number;
  infrastructure: number;
  cancelled: number;
  /** Skipped, neutral, stale, action_required. */
  other: number;
  /** Not finished. */
  pending: number;
  /** Successful runs whose earlier attempt failed. */
  flakyReruns: number;
}

export interface DurationStats {
  /** Successful runs measured. */
  count: number;
  medianMs: number | null;
  p95Ms: number | null;
}

export interface OpenIncident {
  branch: string;
  since: number;
  failedRuns: number;
  firstFailedRunId: number;
}

export interface RecoveryStats {
  incidents: number;
  recovered: number;
  medianMs: number | null;
  open: OpenIncident[];
}

export interface DailyPoint {
  day: string;
  success: number;
  failed: number;
  successRate: number | null;
  medianDurationMs: number | null;
}

export interface HealthFigures {
  counts: RunCounts;
  successRate: number | null;
  durations: DurationStats;
  recovery: RecoveryStats;
}

export interface WorkflowHealth extends HealthFigures {
  workflowId: number;
  /** The name its latest run in the window carried. */
  workflow: string;
  path: string;
  daily: DailyPoint[];
}

export interface WindowHealth {
  window: TimeWindow;
  workflows: WorkflowHealth[];
  totals: HealthFigures;
  outageDays: OutageDay[];
  flaky: FlakyCommit[];
}

export interface WindowHealthOptions {
  outage?: OutageOptions;
  /** What the jobs of re-run runs showed (absent runs were not looked up: not counted as flaky). */
  rerunFindings?: ReadonlyMap<number, RerunFinding>;
}

function emptyCounts(): RunCounts {
  return {
    runs: 0,
    success: 0,
    failed: 0,
    broken: 0,
    flaky: 0,
    infrastructure: 0,
    cancelled: 0,
    other: 0,
    pending: 0,
    flakyReruns: 0,
  };
}

/** The UTC days a window touches, oldest first. */
export function windowDays(window: TimeWindow): string[] {
  const days: string[] = [];
  if (window.end <= window.start) return days;
  const last = utcDay(window.end - 1);
  let at = Date.parse(`${utcDay(window.start)}T00:00:00Z`);
  for (;;) {
    const day = utcDay(at);
    days.push(day);
    if (day === last) return days;
    at += 86_400_000;
  }
}

function durationStats(values: readonly number[]): DurationStats {
  return { count: values.length, medianMs: median(values) ?? null, p95Ms: percentile(values, 95) ?? null };
}

function recoveryStats(incidents: readonly Incident[], window: TimeWindow): RecoveryStats {
  const recovered = incidents.filter((i) => i.end !== undefined && i.end < window.end);
  return {
    incidents: incidents.length,
    recovered: recovered.length,
    medianMs: median(recovered.map((i) => i.end! - i.start)) ?? null,
    open: incidents
      .filter((i) => i.end === undefined || i.end >= window.end)
      .map((i) => ({
        branch: i.branch,
        since: i.start,
        failedRuns: i.failedRuns,
        firstFailedRunId: i.firstFailedRunId,
      })),
  };
}

function figures(
  runs: readonly HealthRun[],
  kind: ReadonlyMap<number, RunKind>,
  incidents: readonly Incident[],
  window: TimeWindow,
): HealthFigures {
  const counts = emptyCounts();
  const durations: number[] = [];
  for (const run of runs) {
    counts.runs += 1;
    const k = kind.get(run.id)!;
    counts[k] += 1;
    if (k === 'broken' || k === 'flaky') counts.failed += 1;
    if (k === 'success') {
      const ms = durationMs(run);
      if (ms !== undefined) durations.push(ms);
    }
  }
  return {
    counts,
    successRate: share(counts.success, counts.success + counts.failed),
    durations: durationStats(durations),
    recovery: recoveryStats(incidents, window),
  };
}

type RunKind = 'success' | 'broken' | 'flaky' | 'infrastructure' | 'cancelled' | 'other' | 'pending';

function kindOf(run: HealthRun, charged: boolean, flaky: boolean): RunKind {
  const outcome = outcomeOf(run);
  if (outcome !== 'failure') return outcome;
  if (!charged) return 'infrastructure';
  return flaky ? 'flaky' : 'broken';
}

/** The health of each workflow with runs created in `window`, and of all of them together. */
export function computeWindowHealth(
  allRuns: readonly HealthRun[],
  window: TimeWindow,
  options: WindowHealthOptions = {},
): WindowHealth {
  const runs = allRuns.filter((r) => r.createdAt >= window.start && r.createdAt < window.end);
  const outages = findOutageDays(runs, options.outage ?? DEFAULT_OUTAGE_OPTIONS);
  const charged = (run: HealthRun) => !outages.has(utcDay(run.createdAt));
  const findings = options.rerunFindings ?? new Map<number, RerunFinding>();
  const flaky = findFlakyCommits(runs, charged, findings);
  const flakyFailed = new Set(flaky.filter((f) => f.kind === 'another-run').flatMap((f) => f.failedRunIds));
  const flakyRerun = new Set(flaky.filter((f) => f.kind === 'rerun').map((f) => f.passedRunId));

  const kind = new Map<number, RunKind>();
  for (const run of runs) kind.set(run.id, kindOf(run, charged(run), flakyFailed.has(run.id)));

  const incidents = findIncidents(runs, charged);
  const days = windowDays(window);
  const byWorkflow = groupBy(runs, (run) => run.workflowId);
  const workflows: WorkflowHealth[] = [];
  for (const [workflowId, list] of byWorkflow) {
    const latest = list.reduce((a, b) =>
      b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.id > a.id) ? b : a,
    );
    const base = figures(
      list,
      kind,
      incidents.filter((i) => i.workflowId === workflowId),
      window,
    );
    base.counts.flakyReruns = list.filter((r) => flakyRerun.has(r.id)).length;
    workflows.push({
      workflowId,
      workflow: latest.workflow,
      path: latest.path,
      ...base,
      daily: days.map((day) => {
        const today = list.filter((r) => utcDay(r.createdAt) === day);
        const success = today.filter((r) => kind.get(r.id) === 'success');
        const failed = today.filter((r) => kind.get(r.id) === 'broken' || kind.get(r.id) === 'flaky').length;
        const durations = success.map(durationMs).filter((ms): ms is number => ms !== undefined);
        return {
          day,
          success: success.length,
          failed,
          successRate: share(success.length, success.length + failed),
          medianDurationMs: median(durations) ?? null,
        };
      }),
    });
  }
  workflows.sort((a, b) => a.workflow.localeCompare(b.workflow) || a.workflowId - b.workflowId);
  const totals = figures(runs, kind, incidents, window);
  totals.counts.flakyReruns = flakyRerun.size;
  return { window, workflows, totals, outageDays: [...outages.values()], flaky };
}
