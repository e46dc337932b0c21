/**
 * The JSON report (the `report-file` output): everything the summary shows, as numbers, for
 * dashboards and later runs. Times are ISO 8601 UTC, durations in seconds, rates from 0 to 1.
 * `schema` names the version; fields are only ever added within one version. The README documents
 * each field.
 */
import {
  type AlertDecision,
  type AlertThresholds,
  decideAlert,
  isAlerted,
} from '@autoheal/core/health/alerts';
import type { Effectiveness } from '@autoheal/core/health/effectiveness';
import type { FlakyCommit } from '@autoheal/core/health/flaky';
import type { OutageDay } from '@autoheal/core/health/outage';
import type {
  HealthFigures,
  RunCounts,
  TimeWindow,
  WindowHealth,
  WorkflowHealth,
} from '@autoheal/core/health/window-health';
import type { FixesReport } from './fixes.js';
import { isoSeconds } from './format.js';
import type { RequestKind } from './request-count.js';

export const REPORT_SCHEMA = 'autoheal-health/v1';

export interface FiguresJson {
  counts: RunCounts;
  successRate: number | null;
  durationSeconds: { count: number; median: number | null; p95: number | null };
  recovery: {
    incidents: number;
    recovered: number;
    medianSeconds: number | null;
    open: { branch: string; since: string; failedRuns: number; firstFailedRunId: number }[];
  };
}

export interface DailyJson {
  day: string;
  success: number;
  failed: number;
  successRate: number | null;
  medianDurationSeconds: number | null;
}

export interface WorkflowJson {
  id: number;
  name: string;
  path: string;
  current: FiguresJson | null;
  previous: FiguresJson | null;
  /** current − previous success rate, when both are known. */
  successRateChange: number | null;
  alert: AlertDecision;
  daily: DailyJson[];
}

export interface ApiUse {
  requests: number;
  byKind: Record<RequestKind, number>;
  runsListed: number;
  /** True when GitHub listed fewer runs than a range held (the report undercounts). */
  truncated: boolean;
  rerunLookups: { checked: number; skipped: number };
  reopenLookups: { checked: number; skipped: number };
}

export interface HealthReport {
  schema: typeof REPORT_SCHEMA;
  repository: string;
  generatedAt: string;
  window: { start: string; end: string; days: number };
  previousWindow: { start: string; end: string };
  thresholds: AlertThresholds & { outageMinWorkflows: number; outageShare: number };
  /** Where the alert state of the last report came from. */
  alertStateFrom: 'tracking-issue' | 'previous-window';
  totals: { current: FiguresJson; previous: FiguresJson; successRateChange: number | null };
  workflows: WorkflowJson[];
  alerts: { flagged: string[]; new: string[]; cleared: string[] };
  outageDays: { current: OutageDay[]; previous: OutageDay[] };
  flaky: FlakyCommit[];
  autoheal: {
    issues: Omit<Effectiveness['issues'], 'medianTimeToCloseMs'> & {
      medianTimeToCloseSeconds: number | null;
    };
    pulls: Effectiveness['pulls'];
    reruns: Effectiveness['reruns'];
    coverage: Effectiveness['coverage'];
    /** Fix pull requests: open ones verified or not by CI on their branch, merged and closed in the window. */
    fixes: FixesReport;
  };
  api: ApiUse;
}

const seconds = (ms: number | null): number | null => (ms === null ? null : ms / 1000);

export function figuresJson(f: HealthFigures): FiguresJson {
  return {
    counts: f.counts,
    successRate: f.successRate,
    durationSeconds: {
      count: f.durations.count,
      median: seconds(f.durations.medianMs),
      p95: seconds(f.durations.p95Ms),
    },
    recovery: {
      incidents: f.recovery.incidents,
      recovered: f.recovery.recovered,
      medianSeconds: seconds(f.recovery.medianMs),
      open: f.recovery.open.map((o) => ({
        branch: o.branch,
        since: isoSeconds(o.since),
        failedRuns: o.failedRuns,
        firstFailedRunId: o.firstFailedRunId,
      })),
    },
  };
}

function change(current: number | null | undefined, previous: number | null | undefined): number | null {
  return current === null || current === undefined || previous === null || previous === undefined
    ? null
    : current - previous;
}

function decided(f: HealthFigures | undefined): number {
  return f ? f.counts.success + f.counts.failed : 0;
}

export interface ReportInput {
  repository: string;
  generatedAt: number;
  window: TimeWindow;
  previousWindow: TimeWindow;
  current: WindowHealth;
  previous: WindowHealth;
  thresholds: AlertThresholds;
  outageMinWorkflows: number;
  outageShare: number;
  /** Workflow ids flagged by the last report, and where that came from. */
  alertState: { ids: ReadonlySet<number>; from: HealthReport['alertStateFrom'] };
  effectiveness: Effectiveness;
  fixes: FixesReport;
  api: ApiUse;
}

/** The alert state the previous window implies, when no earlier report recorded one. */
export function alertStateFromPrevious(previous: WindowHealth, t: AlertThresholds): Set<number> {
  const ids = new Set<number>();
  for (const w of previous.workflows)
    if (w.successRate !== null && decided(w) >= t.minRuns && w.successRate < t.minSuccessRate - 1e-9)
      ids.add(w.workflowId);
  return ids;
}

export function buildReport(input: ReportInput): HealthReport {
  const current = new Map(input.current.workflows.map((w) => [w.workflowId, w]));
  const previous = new Map(input.previous.workflows.map((w) => [w.workflowId, w]));
  const ids = new Set<number>([...current.keys(), ...previous.keys(), ...input.alertState.ids]);
  const workflows: WorkflowJson[] = [];
  for (const id of ids) {
    const now: WorkflowHealth | undefined = current.get(id);
    const before: WorkflowHealth | undefined = previous.get(id);
    const alert = decideAlert(
      {
        rate: now?.successRate ?? null,
        decided: decided(now),
        previousRate: before?.successRate ?? null,
        previousDecided: decided(before),
        wasAlerted: input.alertState.ids.has(id),
      },
      input.thresholds,
    );
    workflows.push({
      id,
      name: now?.workflow ?? before?.workflow ?? `workflow ${id}`,
      path: now?.path ?? before?.path ?? '',
      current: now ? figuresJson(now) : null,
      previous: before ? figuresJson(before) : null,
      successRateChange: change(now?.successRate, before?.successRate),
      alert,
      daily: (now?.daily ?? []).map((d) => ({
        day: d.day,
        success: d.success,
        failed: d.failed,
        successRate: d.successRate,
        medianDurationSeconds: seconds(d.medianDurationMs),
      })),
    });
  }
  workflows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const e = input.effectiveness;
  return {
    schema: REPORT_SCHEMA,
    repository: input.repository,
    generatedAt: isoSeconds(input.generatedAt),
    window: {
      start: isoSeconds(input.window.start),
      end: isoSeconds(input.window.end),
      days: Math.round((input.window.end - input.window.start) / 86_400_000),
    },
    previousWindow: {
      start: isoSeconds(input.previousWindow.start),
      end: isoSeconds(input.previousWindow.end),
    },
    thresholds: {
      ...input.thresholds,
      outageMinWorkflows: input.outageMinWorkflows,
      outageShare: input.outageShare,
    },
    alertStateFrom: input.alertState.from,
    totals: {
      current: figuresJson(input.current.totals),
      previous: figuresJson(input.previous.totals),
      successRateChange: change(input.current.totals.successRate, input.previous.totals.successRate),
    },
    workflows,
    alerts: {
      flagged: workflows.filter((w) => isAlerted(w.alert)).map((w) => w.name),
      new: workflows.filter((w) => w.alert.status === 'new').map((w) => w.name),
      cleared: workflows.filter((w) => w.alert.status === 'cleared').map((w) => w.name),
    },
    outageDays: { current: input.current.outageDays, previous: input.previous.outageDays },
    flaky: input.current.flaky,
    autoheal: {
      issues: {
        opened: e.issues.opened,
        reopened: e.issues.reopened,
        reopenedUnchecked: e.issues.reopenedUnchecked,
        closed: e.issues.closed,
        medianTimeToCloseSeconds: seconds(e.issues.medianTimeToCloseMs),
      },
      pulls: e.pulls,
      reruns: e.reruns,
      coverage: e.coverage,
      fixes: input.fixes,
    },
    api: input.api,
  };
}

/** Ids of the workflows the report leaves flagged: the state the next run starts from. */
export function flaggedIds(report: HealthReport): number[] {
  return report.workflows.filter((w) => isAlerted(w.alert)).map((w) => w.id);
}
