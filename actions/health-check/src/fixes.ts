/**
 * Verified fixes, read back: autoheal's fix pull requests (branch `autoheal/<16 hex digits>`,
 * opened by a login that opens autoheal's fixes, with generate-fix's `fix` marker for that
 * fingerprint) and where each stands. analyze-failure labels one `autoheal:verified` while CI
 * passed on its head commit and takes the label off when a later run fails, so the label is the
 * state: open and labelled is verified, open without it unverified. Merged ones say whether they
 * were verified when merged (the label stays).
 *
 * One request more than the rest of the report: the open pull requests are listed whole; the
 * closed ones come from the listing of pull requests updated in the window.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { findMarker, isTrustedMarkerSource } from '@autoheal/core/markers';
import type { RepoRef } from '@autoheal/core/runner-context';
import { isoSeconds } from './format.js';

/** The label analyze-failure keeps on a fix whose CI passed (its verify.ts). */
export const VERIFIED_LABEL = 'autoheal:verified';
/** generate-fix's branch and marker kind. */
const FIX_BRANCH = /^autoheal\/([0-9a-f]{16})$/;
const FIX_MARKER_KIND = 'fix';

export type FixState = 'verified' | 'unverified' | 'merged' | 'closed';

export interface FixRecord {
  number: number;
  /** The pull request's title as GitHub has it: escape before showing it. */
  title: string;
  url: string;
  state: FixState;
  /** Carries the verified label (for a merged one: it was verified when merged). */
  verified: boolean;
  fingerprint: string;
  openedAt: string;
  mergedAt: string | null;
}

export interface FixesReport {
  /** Open and verified. */
  verified: number;
  /** Open, not verified (no green CI on its head yet, or a later run failed). */
  unverified: number;
  /** Merged in the window. */
  merged: number;
  /** Of those, merged while verified. */
  mergedVerified: number;
  /** Closed without merging in the window. */
  closed: number;
  /** Every fix counted above, open ones first, each group newest first. */
  list: FixRecord[];
}

export interface ApiPull {
  number: number;
  title: string;
  html_url: string;
  body?: string | null;
  state: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
  user: { login: string } | null;
  labels: { name?: string }[];
  head: { ref: string; repo: { full_name: string } | null };
}

/** The fix a listed pull request is, or undefined when it is not autoheal's fix. */
export function fixRecord(pull: ApiPull, repo: RepoRef, authors: readonly string[]): FixRecord | undefined {
  const fingerprint = FIX_BRANCH.exec(pull.head.ref)?.[1];
  if (fingerprint === undefined) return undefined;
  // A fork's branch of the same name is not ours.
  if (pull.head.repo?.full_name.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
    return undefined;
  if (!isTrustedMarkerSource(pull.user?.login, authors)) return undefined;
  if (findMarker(pull.body, FIX_MARKER_KIND)?.fields.fingerprint !== fingerprint) return undefined;
  const verified = pull.labels.some((l) => (l.name ?? '').toLowerCase() === VERIFIED_LABEL);
  const merged = pull.merged_at !== null;
  const state: FixState =
    pull.state === 'open' ? (verified ? 'verified' : 'unverified') : merged ? 'merged' : 'closed';
  return {
    number: pull.number,
    title: pull.title,
    url: pull.html_url,
    state,
    verified,
    fingerprint,
    openedAt: isoSeconds(Date.parse(pull.created_at)),
    mergedAt: merged ? isoSeconds(Date.parse(pull.merged_at!)) : null,
  };
}

/**
 * Every open fix (one listing of the open pull requests: an unverified fix may sit untouched for
 * weeks), and the fixes merged or closed since `sinceMs` among `updatedInWindow`, the pull
 * requests updated in the window that autoheal-records.ts lists anyway.
 */
export async function listFixes(
  github: GitHubClient,
  repo: RepoRef,
  options: { sinceMs: number; authors: readonly string[]; updatedInWindow: readonly ApiPull[] },
): Promise<FixRecord[]> {
  const found: FixRecord[] = [];
  const open = await github.paginate(github.rest.pulls.list, {
    owner: repo.owner,
    repo: repo.repo,
    state: 'open',
    per_page: 100,
  });
  for (const p of open as ApiPull[]) {
    const fix = fixRecord(p, repo, options.authors);
    if (fix) found.push(fix);
  }
  for (const p of options.updatedInWindow) {
    // Open ones come from the listing above; one closed before the window and only touched since is not this window's.
    if (p.state === 'open' || p.closed_at === null || Date.parse(p.closed_at) < options.sinceMs) continue;
    const fix = fixRecord(p, repo, options.authors);
    if (fix) found.push(fix);
  }
  return found;
}

const ORDER: Record<FixState, number> = { verified: 0, unverified: 1, merged: 2, closed: 3 };

export function summarizeFixes(list: readonly FixRecord[]): FixesReport {
  const count = (state: FixState) => list.filter((f) => f.state === state).length;
  return {
    verified: count('verified'),
    unverified: count('unverified'),
    merged: count('merged'),
    mergedVerified: list.filter((f) => f.state === 'merged' && f.verified).length,
    closed: count('closed'),
    list: [...list].sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.number - a.number),
  };
}
