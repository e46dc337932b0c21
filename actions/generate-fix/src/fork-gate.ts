/**
 * No fix from a fork's run, nor from a pull request run started by someone who cannot push: their
 * log is text they wrote, and a fix from it (a dependency it names, a hand-off it instructs) would
 * reach a branch here with our token. The facts are read now through the API, for every run this
 * work is about: the triggering event's run, the `run-id` input, and the subject's run (whose id
 * may come from an artifact, so it is checked, never believed).
 */
import { fixTrustForRun, pullRequestEventForkVerdict } from '@autoheal/core/fork-trust';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef, RunnerEvent } from '@autoheal/core/runner-context';

function runIdOf(value: unknown): number | undefined {
  const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The runs the event and the inputs name, before anything else is read. */
export function eventRunIds(event: RunnerEvent, runId: number | undefined): number[] {
  const ids = [runIdOf(event.payload.workflow_run), runId].filter((x): x is number => x !== undefined);
  return [...new Set(ids)];
}

/** Why no fix may be made, or undefined when every run named is this repository's and a writer's. */
export async function untrustedRunReason(
  github: GitHubClient,
  repo: RepoRef,
  event: RunnerEvent,
  runIds: readonly number[],
): Promise<string | undefined> {
  const pr = pullRequestEventForkVerdict(event.name, event.payload);
  if (pr.fork)
    return `Refused: ${pr.reason}. A fork’s pull request gets analysis only; autoheal makes no fix from it.`;
  for (const id of new Set(runIds)) {
    const trust = await fixTrustForRun(github, repo, id);
    if (trust.trusted) continue;
    return trust.why === 'fork'
      ? `Refused: ${trust.reason}. A fork’s run gets analysis only; autoheal makes no fix, branch, pull request or hand-off from it.`
      : `Refused: ${trust.reason}. Fixes are made only from runs that people with write access started; the issue stays for a maintainer.`;
  }
  return undefined;
}
