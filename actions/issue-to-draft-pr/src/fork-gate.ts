/**
 * No Copilot hand-off for a failure a fork's run (or a non-writer's pull request run) reported:
 * the issue quotes that run's log, which its author wrote, and the agent would take it as
 * instructions. The runs come from the issue's failure marker (any marker: a forged one can only
 * make us refuse, the safe direction) and are judged on what the API says about them now.
 */
import { fixTrustForRun } from '@autoheal/core/fork-trust';
import type { GitHubClient } from '@autoheal/core/github-client';
import { parseMarkers } from '@autoheal/core/markers';
import type { RepoRef } from '@autoheal/core/runner-context';

const RUN_FIELDS = ['first-run', 'last-run'] as const;

/** The run ids a failure marker names; undefined when a failure marker names none it can parse. */
export function markerRunIds(body: string | null | undefined): number[] | undefined {
  const failures = parseMarkers(body).filter((m) => m.fields.kind === 'failure');
  if (failures.length === 0) return [];
  const ids = new Set<number>();
  for (const m of failures)
    for (const field of RUN_FIELDS) {
      const raw = m.fields[field];
      if (raw === undefined) continue;
      if (!/^[1-9]\d{0,14}$/.test(raw)) return undefined;
      ids.add(Number(raw));
    }
  return ids.size === 0 ? undefined : [...ids];
}

/** Why this issue gets no hand-off, or undefined when every run it reports is trusted. */
export async function untrustedIssueReason(
  github: GitHubClient,
  repo: RepoRef,
  issue: { number: number; body: string },
): Promise<string | undefined> {
  const ids = markerRunIds(issue.body);
  if (ids === undefined)
    return `issue #${issue.number} carries a failure marker whose runs cannot be read, so whose code failed is unknown`;
  for (const id of ids) {
    const trust = await fixTrustForRun(github, repo, id);
    if (!trust.trusted)
      return `issue #${issue.number} reports ${trust.reason}; ${trust.why === 'fork' ? 'a fork’s run gets analysis only' : 'only runs started by people with write access'} are handed to a coding agent`;
  }
  return undefined;
}
