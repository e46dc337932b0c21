/**
 * health-check: read the runs of two windows (this one and the one before), autoheal's issues
 * and pull requests, compute the report, and hand it out as a job summary, a JSON file, step
 * outputs and, when asked, the one tracking issue. Everything it talks to is injected.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OperationBudget } from '@autoheal/core/budget';
import { mergeConfig } from '@autoheal/core/config/merge';
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import type { AlertThresholds } from '@autoheal/core/health/alerts';
import { computeEffectiveness } from '@autoheal/core/health/effectiveness';
import { rerunCandidates } from '@autoheal/core/health/flaky';
import { DEFAULT_OUTAGE_OPTIONS, findOutageDays } from '@autoheal/core/health/outage';
import { utcDay } from '@autoheal/core/health/runs';
import { computeWindowHealth, type TimeWindow } from '@autoheal/core/health/window-health';
import { ACTIONS_BOT, resolveTrustedAuthors } from '@autoheal/core/identity';
import { isTrustedMarkerSource } from '@autoheal/core/markers';
import { loadRepoConfig } from '@autoheal/core/repo-config';
import type { ActionDeps } from '@autoheal/core/run-main';
import { readRunnerContext } from '@autoheal/core/runner-context';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { listAutohealIssues, listAutohealPulls, readReopens } from './autoheal-records.js';
import { type ApiPull, listFixes, summarizeFixes } from './fixes.js';
import type { Inputs } from './inputs.js';
import { listRunsCreated } from './list-runs.js';
import { alertStateFromPrevious, buildReport, flaggedIds, type HealthReport } from './report.js';
import type { RequestCount } from './request-count.js';
import { lookUpReruns } from './rerun-jobs.js';
import { renderReport } from './summary.js';
import {
  findTrackingIssue,
  priorAlerts,
  saveTrackingIssue,
  type TrackingIssue,
  type TrackingOutcome,
  trackingBody,
} from './tracking-issue.js';
import { workflowFilter } from './workflow-filter.js';

const DAY_MS = 86_400_000;

export interface FileWriter {
  writeText(file: string, text: string): Promise<void>;
}

export const nodeFileWriter: FileWriter = {
  async writeText(file, text) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  },
};

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  budget: OperationBudget;
  requests: RequestCount;
  files: FileWriter;
}

export interface RunResult {
  report: HealthReport;
  markdown: string;
  reportFile: string;
  tracking?: TrackingOutcome;
}

function trackingLine(outcome: TrackingOutcome, label: string): string {
  const ref =
    outcome.number === undefined
      ? 'the tracking issue'
      : outcome.url && /^https?:\/\/[^\s()<>]+$/.test(outcome.url)
        ? `[tracking issue ${outcome.number}](${outcome.url})`
        : `tracking issue ${outcome.number}`;
  switch (outcome.action) {
    case 'created':
      return `Created ${ref} (label ${label}); later runs edit it in place.`;
    case 'updated':
      return `Updated ${ref} in place.`;
    case 'unchanged':
      return `The report in ${ref} is already this one; it was not edited.`;
    case 'would-create':
      return `Dry run: would create the tracking issue (label ${label}).`;
    case 'would-update':
      return `Dry run: would update ${ref} in place.`;
    case 'out-of-budget':
      return `Not written: the operations budget ran out before ${ref} could be ${outcome.number === undefined ? 'created' : 'updated'}; the next run will write it.`;
  }
}

export async function run(inputs: Inputs, deps: RunDeps): Promise<RunResult> {
  const { github, log, sink, requests } = deps;
  const repo = inputs.repository;
  const clean = createSanitizer({ secrets: [inputs.token] });

  const fileConfig = await loadRepoConfig(github, repo, inputs.configFile);
  const config = mergeConfig(fileConfig, {
    health: {
      windowDays: inputs.windowDays,
      minSuccessRate: inputs.minSuccessRate,
      recoverRate: inputs.recoverRate,
      maxDrop: inputs.maxDrop,
    },
  });
  const thresholds: AlertThresholds = {
    minSuccessRate: config.health.minSuccessRate,
    recoverRate: config.health.recoverRate,
    maxDrop: config.health.maxDrop,
    minRuns: inputs.minRuns,
  };
  const outage = { minWorkflows: inputs.outageMinWorkflows, share: DEFAULT_OUTAGE_OPTIONS.share };
  const span = config.health.windowDays * DAY_MS;
  const end = inputs.until ?? deps.clock.now();
  const window: TimeWindow = { start: end - span, end };
  const previousWindow: TimeWindow = { start: end - 2 * span, end: end - span };
  const trusted = await resolveTrustedAuthors(github, inputs.token, inputs.trustedAuthors);
  const isAutoheal = (login: string | null) => isTrustedMarkerSource(login, trusted);

  // One list per window, each split further only if GitHub would not list it whole.
  const wanted = workflowFilter(inputs.workflows);
  const listed = [];
  for (const w of [previousWindow, window])
    listed.push(await listRunsCreated(github, repo, w.start, w.end - 1000, log));
  const runs = listed.flatMap((l) => l.runs).filter(wanted);
  log.info(
    `Listed ${runs.length} runs of the two windows in ${listed.reduce((n, l) => n + l.pages, 0)} requests.`,
  );

  // Job-level data only for re-runs that passed, on days charged to the workflows.
  const inWindow = runs.filter((r) => r.createdAt >= window.start && r.createdAt < window.end);
  const outages = findOutageDays(inWindow, outage);
  const candidates = rerunCandidates(inWindow).filter((r) => !outages.has(utcDay(r.createdAt)));
  const reruns = await lookUpReruns(github, repo, candidates, inputs.maxDetailRequests, log);

  const current = computeWindowHealth(runs, window, { outage, rerunFindings: reruns.findings });
  const previous = computeWindowHealth(runs, previousWindow, { outage });

  const issues = await listAutohealIssues(github, repo, {
    label: config.labels.base,
    categoryPrefix: config.labels.categoryPrefix,
    sinceMs: window.start,
    trusted,
  });
  let lookupsLeft = inputs.maxDetailRequests - reruns.requests;
  let reopenChecked = 0;
  let reopenSkipped = 0;
  for (const issue of issues) {
    if (issue.reopenedAt !== undefined) continue;
    if (lookupsLeft <= 0) {
      reopenSkipped += 1;
      continue;
    }
    issue.reopenedAt = await readReopens(github, repo, issue.number);
    lookupsLeft -= 1;
    reopenChecked += 1;
  }
  const updatedInWindow: ApiPull[] = [];
  const { pulls } = await listAutohealPulls(github, repo, {
    sinceMs: window.start,
    trusted,
    onListed: (p) => updatedInWindow.push(p),
  });
  const effectiveness = computeEffectiveness(window, { issues, pulls, runs, isAutoheal });
  const fixes = summarizeFixes(
    await listFixes(github, repo, {
      sinceMs: window.start,
      authors: inputs.fixAuthors ?? [...new Set([...trusted, ACTIONS_BOT])],
      updatedInWindow,
    }),
  );

  let tracked: TrackingIssue | undefined;
  if (inputs.trackingIssue)
    tracked = await findTrackingIssue(github, repo, { label: inputs.trackingLabel, trusted });
  const remembered = tracked ? priorAlerts(tracked.memory, window.end) : undefined;
  const alertState = remembered
    ? { ids: new Set(remembered), from: 'tracking-issue' as const }
    : { ids: alertStateFromPrevious(previous, thresholds), from: 'previous-window' as const };

  const report = buildReport({
    repository: `${repo.owner}/${repo.repo}`,
    generatedAt: deps.clock.now(),
    window,
    previousWindow,
    current,
    previous,
    thresholds,
    outageMinWorkflows: outage.minWorkflows,
    outageShare: outage.share,
    alertState,
    effectiveness,
    fixes,
    api: {
      requests: requests.total,
      byKind: requests.byKind(),
      runsListed: listed.reduce((n, l) => n + l.runs.length, 0),
      truncated: listed.some((l) => l.truncated),
      rerunLookups: { checked: reruns.requests, skipped: reruns.skipped },
      reopenLookups: { checked: reopenChecked, skipped: reopenSkipped },
    },
  });
  const { serverUrl } = readRunnerContext(deps.env);
  const markdown = renderReport(report, {
    clean,
    repoUrl: `${serverUrl}/${repo.owner}/${repo.repo}`,
    maxCharts: inputs.maxCharts,
  });

  // The report reaches the summary, the file and the outputs even if the issue cannot be written.
  let tracking: TrackingOutcome | undefined;
  let trackingError: unknown;
  if (inputs.trackingIssue) {
    try {
      tracking = await saveTrackingIssue(
        { github, repo, budget: deps.budget, dryRun: inputs.dryRun, label: inputs.trackingLabel },
        tracked,
        trackingBody(
          markdown,
          { end: window.end, alerted: flaggedIds(report), before: [...alertState.ids] },
          clean,
        ),
      );
      if (tracking.action === 'out-of-budget')
        log.warning(
          `The operations budget (${deps.budget.limit} writes) ran out before the tracking issue could be written; not done: ${deps.budget.undone.join(', ')}. The next run will write it.`,
        );
    } catch (error) {
      trackingError = error;
    }
  }

  await deps.files.writeText(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const flagged = report.workflows.filter((w) => w.alert.status === 'new' || w.alert.status === 'ongoing');
  sink.setOutput('report-file', inputs.reportFile);
  sink.setOutput('alerts', JSON.stringify(report.alerts.flagged));
  sink.setOutput('cleared', JSON.stringify(report.alerts.cleared));
  sink.setOutput(
    'success-rate',
    report.totals.current.successRate === null ? '' : report.totals.current.successRate.toFixed(4),
  );
  sink.setOutput('runs', String(report.totals.current.counts.runs));
  sink.setOutput('api-requests', String(report.api.requests));
  sink.setOutput('tracking-issue', tracking?.number === undefined ? '' : String(tracking.number));
  const notes: string[] = [];
  if (tracking) notes.push(trackingLine(tracking, clean.inline(inputs.trackingLabel)));
  if (trackingError !== undefined)
    notes.push(
      `The tracking issue was not written: ${clean.inline(describeGitHubError(trackingError).message)}`,
    );
  sink.appendSummary(
    notes.length > 0 ? `${markdown}\n${notes.map((n) => `_${n}_`).join('\n\n')}\n` : markdown,
  );

  for (const w of flagged)
    log.warning(
      clean.log(
        `${w.name}: success rate ${w.current?.successRate === null || w.current === null ? 'unknown' : `${(w.current.successRate * 100).toFixed(1)} %`} (${w.alert.reasons.join(', ')}).`,
      ),
      { title: `autoheal health: ${w.alert.status === 'new' ? 'new alert' : 'still flagged'}` },
    );
  log.info(
    `Report written to ${inputs.reportFile}: ${report.totals.current.counts.runs} runs, ${flagged.length} flagged, ${report.api.requests} API requests.`,
  );
  if (trackingError !== undefined) throw trackingError;
  if (inputs.failOnAlert && flagged.length > 0)
    throw new ConfigurationError(
      clean.log(
        `${flagged.length} workflow${flagged.length === 1 ? ' is' : 's are'} flagged by the health check (${flagged
          .map((w) => w.name)
          .join(', ')}), and fail-on-alert is true. See the job summary.`,
      ),
    );
  return { report, markdown, reportFile: inputs.reportFile, ...(tracking ? { tracking } : {}) };
}
