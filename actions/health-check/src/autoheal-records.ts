/**
 * What autoheal left on GitHub, read back: its failure issues (its base label, a failure marker,
 * authored by a trusted login), their reopen events, and its fix pull requests (a trusted author,
 * and autoheal's branch prefix or one of its markers in the body). Markers count only in content
 * by a trusted login (see markers.ts): anyone can type one.
 */
import { isFailureCategory } from '@autoheal/core/analyzer/categories';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { AutohealIssueRecord, AutohealPullRecord } from '@autoheal/core/health/effectiveness';
import { findMarker, isTrustedMarkerSource, parseMarkers } from '@autoheal/core/markers';
import type { ListedPull } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';

/** The marker kind of autoheal's failure issues (analyze-failure writes it). */
export const FAILURE_MARKER_KIND = 'failure';
/** Autoheal's branches: issue-to-draft-pr's `autoheal/issue-…` and the fixes' `autoheal/…`. */
export const AUTOHEAL_BRANCH_PREFIX = 'autoheal/';

export interface FoundIssue extends AutohealIssueRecord {
  stateReason: string | null;
}

function labelNames(labels: readonly (string | { name?: string | null })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== '');
}

/** The category of an issue's `<prefix><category>` label, when it carries a known one. */
export function categoryOf(labels: readonly string[], prefix: string): string | null {
  const lower = prefix.toLowerCase();
  for (const label of labels) {
    if (!label.toLowerCase().startsWith(lower)) continue;
    const category = label.slice(prefix.length);
    if (isFailureCategory(category)) return category;
  }
  return null;
}

/** autoheal's failure issues updated since `sinceMs` (so every one created, closed or reopened since). */
export async function listAutohealIssues(
  github: GitHubClient,
  repo: RepoRef,
  options: { label: string; categoryPrefix: string; sinceMs: number; trusted: readonly string[] },
): Promise<FoundIssue[]> {
  const items = await github.paginate(github.rest.issues.listForRepo, {
    owner: repo.owner,
    repo: repo.repo,
    labels: options.label,
    state: 'all',
    since: new Date(options.sinceMs).toISOString(),
    per_page: 100,
  });
  const found: FoundIssue[] = [];
  for (const item of items) {
    if (item.pull_request) continue;
    if (!isTrustedMarkerSource(item.user?.login, options.trusted)) continue;
    if (!findMarker(item.body, FAILURE_MARKER_KIND)?.fields.fingerprint) continue;
    const stateReason = item.state_reason ?? null;
    const open = item.state !== 'closed';
    found.push({
      number: item.number,
      createdAt: Date.parse(item.created_at),
      state: open ? 'open' : 'closed',
      closedAt: !open && item.closed_at ? Date.parse(item.closed_at) : null,
      category: categoryOf(labelNames(item.labels), options.categoryPrefix),
      stateReason,
      // An open issue never closed has nothing to reopen: known without asking.
      ...(open && stateReason === null ? { reopenedAt: [] } : {}),
    });
  }
  return found.sort((a, b) => a.number - b.number);
}

/** When the issue was reopened, from its events. */
export async function readReopens(github: GitHubClient, repo: RepoRef, issue: number): Promise<number[]> {
  const events = await github.paginate(github.rest.issues.listEvents, {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: issue,
    per_page: 100,
  });
  return events.filter((e) => e.event === 'reopened').map((e) => Date.parse(e.created_at));
}

/**
 * autoheal's pull requests updated since `sinceMs`, newest update first, reading pages only until
 * the updates are older (every pull request opened, merged or closed since was updated since).
 */
export async function listAutohealPulls(
  github: GitHubClient,
  repo: RepoRef,
  options: {
    sinceMs: number;
    trusted: readonly string[];
    /** Sees every pull request updated since `sinceMs`, whoever opened it (fixes.ts reads fix pull requests from it). */
    onListed?: (pull: ListedPull) => void;
  },
): Promise<{ pulls: AutohealPullRecord[]; requests: number }> {
  const pulls: AutohealPullRecord[] = [];
  let requests = 0;
  for (let page = 1; ; page++) {
    requests += 1;
    const { data } = await github.rest.pulls.list({
      owner: repo.owner,
      repo: repo.repo,
      state: 'all',
      sort: 'updated',
      direction: 'desc',
      per_page: 100,
      page,
    });
    for (const pull of data) {
      if (Date.parse(pull.updated_at) < options.sinceMs) continue;
      options.onListed?.(pull);
      if (!isTrustedMarkerSource(pull.user?.login, options.trusted)) continue;
      const ours = pull.head.ref.startsWith(AUTOHEAL_BRANCH_PREFIX) || parseMarkers(pull.body).length > 0;
      if (!ours) continue;
      pulls.push({
        number: pull.number,
        createdAt: Date.parse(pull.created_at),
        closedAt: pull.closed_at ? Date.parse(pull.closed_at) : null,
        mergedAt: pull.merged_at ? Date.parse(pull.merged_at) : null,
      });
    }
    const last = data[data.length - 1];
    if (data.length < 100 || last === undefined || Date.parse(last.updated_at) < options.sinceMs) break;
  }
  return { pulls: pulls.sort((a, b) => a.number - b.number), requests };
}
