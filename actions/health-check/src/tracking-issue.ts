/**
 * The one tracking issue: the latest report, edited in place every run, never a new issue per
 * run. It is found by its label and hidden marker (only in a body by a trusted login), and the
 * marker also carries the alert state between runs, which is what makes the hysteresis work:
 * a workflow flagged last week stays flagged until it reaches the recover rate.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource, renderMarker } from '@autoheal/core/markers';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Sanitizer } from '@autoheal/core/text/sanitize';

export const HEALTH_MARKER_KIND = 'health';
export const TRACKING_TITLE = 'autoheal: CI health report';

/** The alert state a report leaves in its marker. */
export interface AlertMemory {
  /** End of the window the report covered (epoch ms), when recorded. */
  end?: number;
  /** Workflow ids flagged after that report. */
  alerted: number[];
  /** Workflow ids flagged before it: the state a re-run of the same report starts from again. */
  before: number[];
}

export interface TrackingIssue {
  number: number;
  url: string;
  body: string;
  state: 'open' | 'closed';
  memory: AlertMemory;
}

function ids(raw: string | undefined): number[] {
  return (raw ?? '')
    .split(',')
    .filter((s) => /^\d{1,15}$/.test(s))
    .map(Number);
}

/** The alert state in a body's health marker, or undefined without one. */
export function readAlertMemory(body: string | null | undefined): AlertMemory | undefined {
  const marker = findMarker(body, HEALTH_MARKER_KIND);
  if (!marker) return undefined;
  const end = marker.fields.end === undefined ? Number.NaN : Date.parse(marker.fields.end);
  const alerted = ids(marker.fields.alerts);
  return {
    ...(Number.isNaN(end) ? {} : { end }),
    alerted,
    before: marker.fields.before === undefined ? alerted : ids(marker.fields.before),
  };
}

/**
 * The workflows flagged before a report for the window ending at `end`: those the last report
 * left flagged, or, when that report covered this very window (a re-run), those it started from,
 * so a re-run gives the same report. Undefined for a report of an earlier window than the last.
 */
export function priorAlerts(memory: AlertMemory, end: number): number[] | undefined {
  if (memory.end === undefined || memory.end < end) return memory.alerted;
  if (memory.end === end) return memory.before;
  return undefined;
}

/** The tracking issue (lowest number if there are several), open or closed, or undefined. */
export async function findTrackingIssue(
  github: GitHubClient,
  repo: RepoRef,
  options: { label: string; trusted: readonly string[] },
): Promise<TrackingIssue | undefined> {
  const items = await github.paginate(github.rest.issues.listForRepo, {
    owner: repo.owner,
    repo: repo.repo,
    labels: options.label,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    if (item.pull_request || !isTrustedMarkerSource(item.user?.login, options.trusted)) continue;
    const memory = readAlertMemory(item.body);
    if (memory === undefined) continue;
    return {
      number: item.number,
      url: item.html_url,
      body: item.body ?? '',
      state: item.state === 'closed' ? 'closed' : 'open',
      memory,
    };
  }
  return undefined;
}

const list = (values: readonly number[]) => [...values].sort((a, b) => a - b).join(',');

/** The issue body: the marker with the alert state first, then the report, sanitized. */
export function trackingBody(
  markdown: string,
  state: { end: number; alerted: readonly number[]; before: readonly number[] },
  clean: Sanitizer,
): string {
  const marker = renderMarker({
    kind: HEALTH_MARKER_KIND,
    end: new Date(state.end).toISOString(),
    alerts: list(state.alerted),
    before: list(state.before),
    v: '1',
  });
  return `${marker}\n${clean.body(markdown)}`;
}

export type TrackingAction =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'would-create'
  | 'would-update'
  | 'out-of-budget';

export interface TrackingOutcome {
  action: TrackingAction;
  number?: number;
  url?: string;
}

export interface TrackingDeps {
  github: GitHubClient;
  repo: RepoRef;
  budget: OperationBudget;
  dryRun: boolean;
  label: string;
}

function alreadyExists(error: unknown): boolean {
  if (!isRequestError(error) || error.status !== 422) return false;
  const errors = (error.response?.data as { errors?: unknown } | undefined)?.errors;
  return (
    Array.isArray(errors) && errors.some((e) => (e as { code?: unknown } | null)?.code === 'already_exists')
  );
}

async function labelExists(d: TrackingDeps): Promise<boolean> {
  try {
    await d.github.rest.issues.getLabel({ owner: d.repo.owner, repo: d.repo.repo, name: d.label });
    return true;
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return false;
    throw error;
  }
}

/** Writes `body` to the tracking issue, creating it (and its label) the first time. */
export async function saveTrackingIssue(
  d: TrackingDeps,
  existing: TrackingIssue | undefined,
  body: string,
): Promise<TrackingOutcome> {
  const { owner, repo } = d.repo;
  if (existing) {
    const where = { number: existing.number, url: existing.url };
    if (existing.body === body) return { action: 'unchanged', ...where };
    if (d.dryRun) return { action: 'would-update', ...where };
    if (!d.budget.canAfford(1)) {
      d.budget.skip(`update tracking issue #${existing.number}`);
      return { action: 'out-of-budget', ...where };
    }
    await d.github.rest.issues.update({ owner, repo, issue_number: existing.number, body });
    return { action: 'updated', ...where };
  }
  const needsLabel = !(await labelExists(d));
  if (d.dryRun) return { action: 'would-create' };
  // Both writes or neither: an issue without its label would not be found next time.
  if (!d.budget.canAfford(needsLabel ? 2 : 1)) {
    d.budget.skip('create the tracking issue');
    return { action: 'out-of-budget' };
  }
  if (needsLabel) {
    try {
      await d.github.rest.issues.createLabel({
        owner,
        repo,
        name: d.label,
        color: '0e8a16',
        description: "autoheal's CI health report",
      });
    } catch (error) {
      if (!alreadyExists(error)) throw error;
    }
  }
  const { data } = await d.github.rest.issues.create({
    owner,
    repo,
    title: TRACKING_TITLE,
    body,
    labels: [d.label],
  });
  return { action: 'created', number: data.number, url: data.html_url };
}
