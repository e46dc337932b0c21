/**
 * The runs of a time range, fetched with as few requests as GitHub allows: the repository-wide
 * list (every workflow at once, not one list per workflow) with the `created` filter, 100 runs a
 * page, without the pull request details nobody reads here. GitHub answers a filtered list with
 * at most 1,000 runs however many pages are asked for; when it reports more, the range is split
 * into parts small enough to be listed whole.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { fromApiRun, type HealthRun } from '@autoheal/core/health/runs';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';

/** GitHub's documented cap on the results of a filtered runs list. */
export const SEARCH_CAP = 1000;
export const PER_PAGE = 100;
/** Splits within splits before giving up on a range (a 1,000-run second is not a thing). */
const MAX_DEPTH = 8;

export interface ListedRuns {
  runs: HealthRun[];
  /** List requests made. */
  pages: number;
  /** True when some range held more runs than GitHub would list, even after splitting. */
  truncated: boolean;
}

/** A time in the search syntax's form, whole seconds and an explicit UTC offset. */
export function searchTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

/** The `created` filter for runs created from `fromMs` to `toMs`, both ends included. */
export function createdRange(fromMs: number, toMs: number): string {
  return `${searchTime(fromMs)}..${searchTime(toMs)}`;
}

/** Equal parts of [from, to] (whole seconds, both ends included), oldest first. */
export function splitRange(fromMs: number, toMs: number, parts: number): [number, number][] {
  const from = Math.floor(fromMs / 1000);
  const to = Math.floor(toMs / 1000);
  const seconds = to - from + 1;
  const n = Math.max(1, Math.min(parts, seconds));
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = from + Math.floor((i * seconds) / n);
    const b = from + Math.floor(((i + 1) * seconds) / n) - 1;
    out.push([a * 1000, b * 1000]);
  }
  return out;
}

interface Page {
  total: number;
  runs: HealthRun[];
}

async function listPage(github: GitHubClient, repo: RepoRef, created: string, page: number): Promise<Page> {
  const { data } = await github.rest.actions.listWorkflowRunsForRepo({
    owner: repo.owner,
    repo: repo.repo,
    created,
    per_page: PER_PAGE,
    page,
    exclude_pull_requests: true,
  });
  return { total: data.total_count, runs: data.workflow_runs.map(fromApiRun) };
}

/**
 * Every run created from `fromMs` to `toMs` (inclusive, whole seconds). One request per 100 runs,
 * plus one per split when the range holds more than GitHub lists.
 */
export async function listRunsCreated(
  github: GitHubClient,
  repo: RepoRef,
  fromMs: number,
  toMs: number,
  log: Logger,
): Promise<ListedRuns> {
  const result: ListedRuns = { runs: [], pages: 0, truncated: false };
  const seen = new Set<number>();
  const add = (runs: readonly HealthRun[]) => {
    for (const run of runs) {
      if (seen.has(run.id)) continue;
      seen.add(run.id);
      result.runs.push(run);
    }
  };

  const listRange = async (from: number, to: number, depth: number): Promise<void> => {
    const created = createdRange(from, to);
    const first = await listPage(github, repo, created, 1);
    result.pages += 1;
    if (first.total > SEARCH_CAP && to - from >= 1000 && depth < MAX_DEPTH) {
      // Aim below the cap, so runs bunched in one part rarely need a second split.
      const parts = Math.ceil(first.total / (SEARCH_CAP * 0.9));
      log.debug(
        `${first.total} runs created ${created}: more than GitHub lists at once; splitting in ${parts}.`,
      );
      for (const [a, b] of splitRange(from, to, parts)) await listRange(a, b, depth + 1);
      return;
    }
    if (first.total > SEARCH_CAP) {
      result.truncated = true;
      log.warning(
        `GitHub lists at most ${SEARCH_CAP} of the ${first.total} runs created ${created}; the report counts only those.`,
      );
    }
    add(first.runs);
    const pages = Math.ceil(Math.min(first.total, SEARCH_CAP) / PER_PAGE);
    for (let page = 2; page <= pages; page++) {
      const next = await listPage(github, repo, created, page);
      result.pages += 1;
      add(next.runs);
      if (next.runs.length < PER_PAGE) break;
    }
  };

  if (toMs >= fromMs) await listRange(fromMs, toMs, 0);
  return result;
}
