/**
 * Claims: which of several runs racing to file one failure creates its issue. Creating a git ref
 * is atomic on GitHub (a second create of the same name answers 422 "Reference already exists"),
 * so `refs/autoheal/claims/<fingerprint>` goes to exactly one run. The ref lives outside
 * `refs/heads` and `refs/tags`, so it shows up in no branch list and triggers no workflow. It
 * points at the failing run's head commit (any existing commit would do; that one is at hand).
 * It is deleted when the issue is closed as fixed; a claim that outlives its run (the run died
 * between claiming and filing) is taken over by the next run that finds no issue after waiting.
 */
import { isRequestError } from '../github-errors.js';
import { SHARED_REF_TARGET } from '../write-once.js';
import type { IssueDeps } from './issues.js';

export type ClaimResult = 'won' | 'lost' | 'unavailable';

/** A fingerprint is hex; anything else would not be a safe ref component. */
const SAFE = /^[0-9a-f]{8,64}$/;

export function claimRefName(fingerprint: string): string | undefined {
  return SAFE.test(fingerprint) ? `refs/autoheal/claims/${fingerprint}` : undefined;
}

function alreadyExists(error: unknown): boolean {
  if (!isRequestError(error) || error.status !== 422) return false;
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' && /already exists/i.test(data.message);
}

/**
 * Try to take the claim. `unavailable` when the claim cannot be used at all: the token may not
 * write refs (403/404), the commit is unknown to this repository (a fork's), or the fingerprint is
 * not hex; the caller then falls back to rechecking before it creates.
 */
export async function takeClaim(
  d: Pick<IssueDeps, 'github' | 'owner' | 'repo' | 'log' | 'dryRun'>,
  fingerprint: string,
  sha: string,
): Promise<ClaimResult> {
  const ref = claimRefName(fingerprint);
  if (!ref || d.dryRun || !/^[0-9a-f]{40}$/i.test(sha)) return 'unavailable';
  try {
    // Other runs of this failure point their claim at the same commit, so after a lost answer an
    // "already exists" cannot tell our claim from theirs: the client must report it, not call it ours.
    await d.github.rest.git.createRef({
      owner: d.owner,
      repo: d.repo,
      ref,
      sha,
      request: { [SHARED_REF_TARGET]: true },
    });
    return 'won';
  } catch (error) {
    if (alreadyExists(error)) return 'lost';
    if (isRequestError(error) && [403, 404, 422].includes(error.status)) {
      d.log.info(
        `Could not take the claim ${ref} (${error.status}); filing without it, with a recheck instead.`,
      );
      return 'unavailable';
    }
    throw error;
  }
}

/** Delete the claim (after the issue closed, or when it is stale); one already gone is fine. */
export async function releaseClaim(
  d: Pick<IssueDeps, 'github' | 'owner' | 'repo' | 'log'>,
  fingerprint: string,
): Promise<void> {
  const ref = claimRefName(fingerprint);
  if (!ref) return;
  try {
    await d.github.rest.git.deleteRef({ owner: d.owner, repo: d.repo, ref: ref.slice('refs/'.length) });
  } catch (error) {
    if (isRequestError(error) && [404, 422].includes(error.status)) return;
    if (isRequestError(error) && error.status === 403) {
      d.log.info(`Could not delete the claim ${ref} (403).`);
      return;
    }
    throw error;
  }
}
