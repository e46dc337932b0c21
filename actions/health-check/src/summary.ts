/**
 * The report as markdown: the job summary, and the tracking issue's body. Every name that comes
 * from the repository (workflows, branches, jobs) is escaped as inline text; numbers and links
 * are ours.
 */
import type { AlertReason, AlertThresholds } from '@autoheal/core/health/alerts';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { durationChart, successRateChart } from './charts.js';
import type { FixState } from './fixes.js';
import { dateTime, duration, percent, points } from './format.js';
import type { FiguresJson, HealthReport, WorkflowJson } from './report.js';
import type { RequestKind } from './request-count.js';

export interface SummaryContext {
  clean: Sanitizer;
  /** `https://github.com/owner/repo`, for links to runs and commits. */
  repoUrl: string;
  maxCharts: number;
}

/** Rows of a table shown at most; the JSON report has them all. */
const MAX_ROWS = 25;

const STATUS: Record<WorkflowJson['alert']['status'], string> = {
  new: '🔴 new alert',
  ongoing: '🟠 still flagged',
  cleared: '🟢 cleared',
  ok: '',
};

function reasonText(reason: AlertReason, w: WorkflowJson, t: AlertThresholds): string {
  switch (reason) {
    case 'below-min':
      return `below ${percent(t.minSuccessRate)}`;
    case 'drop':
      return `fell ${points(w.successRateChange).replace(/^−/, '')} since the previous window (more than ${(t.maxDrop * 100).toFixed(1)})`;
    case 'not-recovered':
      return `not yet back at ${percent(t.recoverRate)}`;
    case 'too-few-runs':
      return `too few runs to clear it (fewer than ${t.minRuns})`;
  }
}

function link(text: string, url: string): string {
  return /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? `[${text}](${url})` : text;
}

function runLink(ctx: SummaryContext, id: number): string {
  return link(`run ${id}`, `${ctx.repoUrl}/actions/runs/${id}`);
}

function commitLink(ctx: SummaryContext, sha: string): string {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return ctx.clean.inline(sha.slice(0, 12));
  return link(`\`${sha.slice(0, 7)}\``, `${ctx.repoUrl}/commit/${sha}`);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function overview(report: HealthReport): string[] {
  const now = report.totals.current;
  const before = report.totals.previous;
  const c = now.counts;
  const failed =
    `${c.failed} (${c.broken} broken, ${c.flaky} flaky)` +
    (c.flakyReruns > 0 ? `; ${plural(c.flakyReruns, 're-run')} turned green after a failed attempt` : '');
  const lines = [
    `- **Runs:** ${c.runs} (previous window: ${before.counts.runs})` +
      (c.pending > 0 ? `, ${c.pending} not finished` : ''),
    `- **Success rate:** ${percent(now.successRate)} (previous: ${percent(before.successRate)}, ${points(report.totals.successRateChange)})`,
    `- **Failed runs:** ${failed}`,
    `- **Not charged:** ${plural(c.infrastructure, 'failure')} on outage days, ${c.cancelled} cancelled, ${c.other} skipped or neutral`,
    `- **Duration of successful runs:** median ${duration(ms(now.durationSeconds.median))}, p95 ${duration(ms(now.durationSeconds.p95))} (previous: median ${duration(ms(before.durationSeconds.median))})`,
    `- **Time to recovery:** median ${duration(ms(now.recovery.medianSeconds))} over ${plural(now.recovery.recovered, 'recovered incident')}; ${now.recovery.open.length} still open`,
  ];
  return lines;
}

function ms(seconds: number | null): number | null {
  return seconds === null ? null : seconds * 1000;
}

function alertsSection(report: HealthReport, ctx: SummaryContext): string[] {
  const shown = report.workflows.filter((w) => w.alert.status !== 'ok');
  if (shown.length === 0) return [];
  const lines = [
    '',
    '### Alerts',
    '',
    '| Workflow | Status | Success rate | Previous | Why |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const w of shown)
    lines.push(
      `| ${ctx.clean.inline(w.name)} | ${STATUS[w.alert.status]} | ${percent(w.current?.successRate)} | ${percent(w.previous?.successRate)} | ${
        w.alert.reasons.map((r) => reasonText(r, w, report.thresholds)).join('; ') ||
        `back at ${percent(report.thresholds.recoverRate)} or above`
      } |`,
    );
  return lines;
}

function cell(f: FiguresJson | null, pick: (f: FiguresJson) => string): string {
  return f ? pick(f) : '—';
}

function workflowsSection(report: HealthReport, ctx: SummaryContext): string[] {
  const lines = [
    '',
    '### Workflows',
    '',
    '| Workflow | Runs | Success rate | Change | Broken | Flaky | Infra | Cancelled | Median | p95 | Recovery | Open incidents |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = report.workflows.filter((w) => w.current !== null);
  for (const w of rows.slice(0, MAX_ROWS)) {
    const c = w.current!;
    const mark = w.alert.status === 'new' || w.alert.status === 'ongoing' ? ' ⚠️' : '';
    lines.push(
      `| ${ctx.clean.inline(w.name)}${mark} | ${c.counts.runs} | ${percent(c.successRate)} | ${points(w.successRateChange)} | ${c.counts.broken} | ${c.counts.flaky + c.counts.flakyReruns} | ${c.counts.infrastructure} | ${c.counts.cancelled} | ${duration(ms(c.durationSeconds.median))} | ${duration(ms(c.durationSeconds.p95))} | ${cell(c, (f) => duration(ms(f.recovery.medianSeconds)))} | ${c.recovery.open.length} |`,
    );
  }
  if (rows.length > MAX_ROWS)
    lines.push('', `…and ${rows.length - MAX_ROWS} more workflows in the JSON report.`);
  const idle = report.workflows.filter((w) => w.current === null);
  if (idle.length > 0)
    lines.push('', `No runs in this window: ${idle.map((w) => ctx.clean.inline(w.name)).join(', ')}.`);
  lines.push(
    '',
    'Flaky counts failed runs of a commit that another run passed, and re-runs that turned green; ' +
      'infra counts failures on outage days, charged to no workflow.',
  );
  return lines;
}

function outageSection(report: HealthReport, ctx: SummaryContext): string[] {
  const days = report.outageDays.current;
  if (days.length === 0) return [];
  const lines = [
    '',
    '### Outage days',
    '',
    `Days when more than half of the workflows that ran failed (at least ${report.thresholds.outageMinWorkflows} ran): their failures are marked infrastructure and not charged to any workflow.`,
    '',
    '| Day (UTC) | Workflows that ran | Failed | Failed runs not charged |',
    '| --- | ---: | --- | ---: |',
  ];
  for (const d of days)
    lines.push(
      `| ${d.day} | ${d.workflows} | ${d.failedWorkflows.map((n) => ctx.clean.inline(n)).join(', ')} | ${d.failedRuns} |`,
    );
  return lines;
}

function flakySection(report: HealthReport, ctx: SummaryContext): string[] {
  if (report.flaky.length === 0) return [];
  const lines = [
    '',
    '### Flaky commits',
    '',
    '| Workflow | Commit | Branch | What happened | Jobs that failed |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const f of report.flaky.slice(0, MAX_ROWS)) {
    const what =
      f.kind === 'rerun'
        ? `${runLink(ctx, f.passedRunId)} passed when re-run`
        : `failed in ${f.failedRunIds.map((id) => runLink(ctx, id)).join(', ')}, passed in ${runLink(ctx, f.passedRunId)}`;
    lines.push(
      `| ${ctx.clean.inline(f.workflow)} | ${commitLink(ctx, f.sha)} | ${ctx.clean.inline(f.branch)} | ${what} | ${
        f.jobs.map((j) => ctx.clean.inline(j)).join(', ') || '—'
      } |`,
    );
  }
  if (report.flaky.length > MAX_ROWS)
    lines.push('', `…and ${report.flaky.length - MAX_ROWS} more in the JSON report.`);
  return lines;
}

function autohealSection(report: HealthReport): string[] {
  const a = report.autoheal;
  const reopened =
    `${a.issues.reopened}` +
    (a.issues.reopenedUnchecked > 0 ? ` (${a.issues.reopenedUnchecked} issues not checked)` : '');
  const categories = Object.entries(a.coverage.byCategory)
    .sort(([x, m], [y, n]) => n - m || x.localeCompare(y))
    .map(([category, n]) => `${category} ${n}`)
    .join(', ');
  return [
    '',
    '### autoheal',
    '',
    '| | In this window |',
    '| --- | --- |',
    `| Failure issues opened | ${a.issues.opened} |`,
    `| Reopened | ${reopened} |`,
    `| Closed | ${a.issues.closed} (median time to close ${duration(ms(a.issues.medianTimeToCloseSeconds))}) |`,
    `| Fix pull requests | ${a.pulls.opened} opened, ${a.pulls.merged} merged, ${a.pulls.closedUnmerged} closed unmerged |`,
    `| Fixes verified by CI | ${a.fixes.verified} open and verified, ${a.fixes.unverified} open and unverified, ${a.fixes.merged} merged (${a.fixes.mergedVerified} of them verified), ${a.fixes.closed} closed unmerged |`,
    `| Re-runs by autoheal | ${a.reruns.total}, ${a.reruns.green} turned green |`,
    `| Diagnosis coverage | ${percent(a.coverage.share)} (${a.coverage.categorized} of ${a.coverage.failures} new issues with a category other than unknown)${categories ? `: ${categories}` : ''} |`,
  ];
}

const FIX_STATE: Record<FixState, string> = {
  verified: '✅ verified',
  unverified: '⏳ unverified',
  merged: '🟣 merged',
  closed: 'closed unmerged',
};

/** Each fix pull request counted above: open ones first. Titles are the pull requests' text, escaped. */
function fixesSection(report: HealthReport, ctx: SummaryContext): string[] {
  const list = report.autoheal.fixes.list;
  if (list.length === 0) return [];
  const lines = [
    '',
    '#### Fix pull requests',
    '',
    '| Pull request | State | Opened | Merged |',
    '| --- | --- | --- | --- |',
  ];
  for (const f of list.slice(0, MAX_ROWS)) {
    const state =
      f.state === 'merged'
        ? `${FIX_STATE.merged}${f.verified ? ', verified' : ', not verified'}`
        : FIX_STATE[f.state];
    lines.push(
      `| ${link(`#${f.number}`, f.url)} ${ctx.clean.inline(f.title, 120)} | ${state} | ${dateTime(Date.parse(f.openedAt))} | ${f.mergedAt ? dateTime(Date.parse(f.mergedAt)) : ''} |`,
    );
  }
  if (list.length > MAX_ROWS) lines.push('', `…and ${list.length - MAX_ROWS} more in the JSON report.`);
  return lines;
}

function chartsSection(report: HealthReport, ctx: SummaryContext): string[] {
  if (ctx.maxCharts === 0) return [];
  // Flagged workflows first, then the busiest.
  const chosen = report.workflows
    .filter((w) => w.current !== null)
    .sort(
      (a, b) =>
        Number(b.alert.status === 'new' || b.alert.status === 'ongoing') -
          Number(a.alert.status === 'new' || a.alert.status === 'ongoing') ||
        b.current!.counts.runs - a.current!.counts.runs ||
        a.name.localeCompare(b.name),
    )
    .slice(0, ctx.maxCharts);
  const lines: string[] = [];
  for (const w of chosen) {
    const charts = [successRateChart(w, ctx.clean), durationChart(w, ctx.clean)].filter(
      (c): c is string => c !== undefined,
    );
    if (charts.length === 0) continue;
    lines.push('', `#### ${ctx.clean.inline(w.name)}`, '', charts.join('\n\n'));
  }
  return lines.length > 0 ? ['', '### Day by day', ...lines] : [];
}

const KIND_NAMES: Record<RequestKind, [string, string]> = {
  runs: ['run-list page', 'run-list pages'],
  jobs: ['jobs lookup of a re-run', 'jobs lookups of re-runs'],
  issues: ['issue-list page', 'issue-list pages'],
  'issue-events': ['issue-events lookup', 'issue-events lookups'],
  pulls: ['pull-request-list page', 'pull-request-list pages'],
  other: ['other request', 'other requests'],
};

function apiSection(report: HealthReport): string[] {
  const api = report.api;
  const parts = (Object.entries(api.byKind) as [RequestKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? KIND_NAMES[kind][0] : KIND_NAMES[kind][1]}`);
  const lines = [
    '',
    `**API use:** ${plural(api.requests, 'request')} (${parts.join(', ')}) for ${plural(api.runsListed, 'run')}.`,
  ];
  if (api.truncated)
    lines.push(
      '',
      '⚠️ GitHub listed only part of the runs of a range (it lists at most 1,000 per query); the counts are low.',
    );
  const skipped = api.rerunLookups.skipped + api.reopenLookups.skipped;
  if (skipped > 0)
    lines.push(
      '',
      `${plural(skipped, 'lookup')} left out by \`max-detail-requests\` (${api.rerunLookups.skipped} re-runs, ${api.reopenLookups.skipped} issues): flaky re-runs and reopens may be undercounted.`,
    );
  return lines;
}

export function renderReport(report: HealthReport, ctx: SummaryContext): string {
  const start = Date.parse(report.window.start);
  const end = Date.parse(report.window.end);
  const lines = [
    `## autoheal: CI health of ${ctx.clean.inline(report.repository)}`,
    '',
    `Runs created from ${dateTime(start)} to ${dateTime(end)} (${plural(report.window.days, 'day')}), compared with the ${plural(report.window.days, 'day')} before.`,
    '',
    ...overview(report),
    ...alertsSection(report, ctx),
    ...workflowsSection(report, ctx),
    ...outageSection(report, ctx),
    ...flakySection(report, ctx),
    ...autohealSection(report),
    ...fixesSection(report, ctx),
    ...chartsSection(report, ctx),
    ...apiSection(report),
  ];
  return `${lines.join('\n')}\n`;
}
