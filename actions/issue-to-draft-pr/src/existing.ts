/**
 * Finding earlier work for an issue, so a re-run (or a second event for the same issue) creates
 * nothing twice: an open pull request from one of our issue branches or carrying our marker, or
 * any open pull request that already closes the issue (a linked PR, e.g. one Copilot opened).
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isTrustedMarkerSource, parseMarkers } from '@autoheal/core/markers';
import { isIssueBranch } from '@autoheal/core/pr/slug';
import type { RepoRef } from '@autoheal/core/runner-context';
import { FenceTracker } from '@autoheal/core/text/fences';
import { findTrustedComment } from '@autoheal/core/trusted-comments';

export const PR_MARKER_KIND = 'issue-pr';
export const COMMENT_MARKER_KIND = 'issue-pr-link';

/** Open pull requests read at most: 10 pages of 100; a repository with more is not our audience. */
export const MAX_OPEN_PULLS_READ = 1000;

export interface ExistingPull {
  number: number;
  url: string;
  branch: string;
  author: string;
  draft: boolean;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** True when autoheal opened it (our branch in this repository, or our trusted marker). */
  ours: boolean;
  /** Why it counts, for the notice. */
  why: string;
}

const KEYWORD = '(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Body text outside fenced code blocks, where GitHub does not look for closing keywords. */
function prose(body: string): string {
  const tracker = new FenceTracker();
  return body
    .split(/\r\n|\r|\n/)
    .filter((line) => !tracker.next(line))
    .join('\n');
}

/**
 * Whether a pull request body closes issue `issueNumber` of `repo` with a closing keyword:
 * `Closes #12`, `fixes owner/repo#12`, `Resolves https://github.com/owner/repo/issues/12`
 * (any host, for GHES). An optional colon after the keyword is accepted too: a false positive
 * only means no duplicate pull request is opened.
 */
export function closesIssue(body: string | null | undefined, repo: RepoRef, issueNumber: number): boolean {
  if (!body) return false;
  const n = String(issueNumber);
  const full = `${escapeRegExp(repo.owner)}/${escapeRegExp(repo.repo)}`;
  const target = `(?:${full})?#${n}|https?://[^\\s/]+/${full}/issues/${n}`;
  const pattern = new RegExp(`(?<![A-Za-z0-9_])${KEYWORD}:?\\s+(?:${target})(?![0-9A-Za-z_])`, 'i');
  return pattern.test(prose(body));
}

interface ApiPull {
  number: number;
  html_url: string;
  body?: string | null;
  user: { login: string } | null;
  draft?: boolean;
  created_at: string;
  head: { ref: string; repo: { full_name: string } | null };
}

/** Which of our pull requests, or which linked one, already works on the issue. */
export function classifyPull(
  pull: ApiPull,
  repo: RepoRef,
  issueNumber: number,
  trustedAuthors: readonly string[],
): ExistingPull | undefined {
  const author = pull.user?.login ?? 'ghost';
  const base = {
    number: pull.number,
    url: pull.html_url,
    branch: pull.head.ref,
    author,
    draft: pull.draft === true,
    createdAt: Date.parse(pull.created_at),
  };
  const sameRepo =
    pull.head.repo !== null &&
    pull.head.repo.full_name.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
  // Only people who can push create branches in this repository, so the name alone identifies it.
  if (sameRepo && isIssueBranch(pull.head.ref, issueNumber))
    return { ...base, ours: true, why: `its branch ${pull.head.ref} is autoheal's branch for the issue` };
  const marked = parseMarkers(pull.body).some(
    (m) => m.fields.kind === PR_MARKER_KIND && m.fields.issue === String(issueNumber),
  );
  if (marked && isTrustedMarkerSource(author, trustedAuthors))
    return { ...base, ours: true, why: `it carries autoheal's marker for the issue` };
  if (closesIssue(pull.body, repo, issueNumber))
    return { ...base, ours: false, why: `it is linked to the issue (its description closes it)` };
  return undefined;
}

/** The open pull request already working on the issue, ours first; undefined when there is none. */
export async function findExistingPull(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  trustedAuthors: readonly string[],
): Promise<ExistingPull | undefined> {
  let linked: ExistingPull | undefined;
  let read = 0;
  for await (const page of github.paginate.iterator(github.rest.pulls.list, {
    ...repo,
    state: 'open',
    per_page: 100,
  })) {
    for (const pull of page.data) {
      const found = classifyPull(pull, repo, issueNumber, trustedAuthors);
      if (found?.ours) return found;
      linked ??= found;
    }
    read += page.data.length;
    if (read >= MAX_OPEN_PULLS_READ) break;
  }
  return linked;
}

/** Whether the issue already has our comment linking pull request `pullNumber`. */
export async function hasLinkComment(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  pullNumber: number,
  trustedAuthors: readonly string[],
): Promise<boolean> {
  const found = await findTrustedComment(github, repo, issueNumber, trustedAuthors, (body) => {
    const marker = parseMarkers(body).find((m) => m.fields.kind === COMMENT_MARKER_KIND);
    return marker && marker.fields.pr === String(pullNumber) ? true : undefined;
  });
  return found !== undefined;
}
