/**
 * Everything the reviewer reads from GitHub, through the REST API only: a pull request is never
 * checked out and none of its code runs, so this is safe on pull requests from forks.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { CODEOWNERS_PATHS } from '@autoheal/core/pr/codeowners';
import { type ChangedFile, GITHUB_PR_FILES_CAP } from '@autoheal/core/pr/size';
import type { RepoRef } from '@autoheal/core/runner-context';

export interface PullRequestInfo {
  number: number;
  title: string;
  state: string;
  draft: boolean;
  /** The author's login as the API gives it (`dependabot[bot]` for apps). */
  author: string;
  body: string;
  htmlUrl: string;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** GitHub's own count of changed files (not capped at 3,000 like the file list). */
  changedFiles: number;
  labels: string[];
}

export async function getPull(github: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await github.rest.pulls.get({ ...repo, pull_number: number });
  return {
    number: data.number,
    title: data.title,
    state: data.state,
    draft: data.draft === true,
    author: data.user.login,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    changedFiles: data.changed_files,
    labels: data.labels.map((l) => l.name),
  };
}

/** The pull request's files, as many as GitHub lists (at most 3,000). */
export async function listPullFiles(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  await github.paginate(
    github.rest.pulls.listFiles,
    { ...repo, pull_number: number, per_page: 100 },
    (response, done) => {
      for (const f of response.data) {
        const file: ChangedFile = {
          path: f.filename,
          status: f.status,
          additions: f.additions,
          deletions: f.deletions,
        };
        if (f.previous_filename) file.previousPath = f.previous_filename;
        files.push(file);
      }
      if (files.length >= GITHUB_PR_FILES_CAP) done();
      return [];
    },
  );
  return files.slice(0, GITHUB_PR_FILES_CAP);
}

export type FileRead = { kind: 'file'; text: string } | { kind: 'missing' } | { kind: 'directory' };

/** A file's text at `ref` (default branch when absent) through the contents API. */
export async function readRepoFile(
  github: GitHubClient,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<FileRead> {
  let data: unknown;
  try {
    ({ data } = await github.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) }));
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return { kind: 'missing' };
    throw error;
  }
  if (Array.isArray(data)) return { kind: 'directory' };
  const file = data as { type?: string; encoding?: string; content?: string; sha?: string };
  if (file.type !== 'file') return { kind: 'missing' };
  if (file.encoding === 'base64' && typeof file.content === 'string')
    return { kind: 'file', text: Buffer.from(file.content, 'base64').toString('utf8') };
  // Files over 1 MB come without content; the blob API still has them.
  if (file.sha) {
    const blob = await github.rest.git.getBlob({ ...repo, file_sha: file.sha });
    return { kind: 'file', text: Buffer.from(blob.data.content, 'base64').toString('utf8') };
  }
  return { kind: 'missing' };
}

/** The CODEOWNERS file GitHub uses for the base branch: the first of its three places that exists. */
export async function readCodeowners(
  github: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<{ path: string; text: string } | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    const read = await readRepoFile(github, repo, path, ref);
    if (read.kind === 'file') return { path, text: read.text };
  }
  return undefined;
}

export interface ReviewState {
  /** Logins requested now (as the API lists them). */
  users: string[];
  /** Teams requested now, as `org/slug` (the repository owner is the org). */
  teams: string[];
  /** Logins that have submitted a review. */
  reviewed: string[];
  /** Review requests from the issue events: who asked, and for whom (a login, or `org/slug` for a team). */
  requests: { actor: string; reviewer: string }[];
}

export async function readReviewState(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<ReviewState> {
  const { data: requested } = await github.rest.pulls.listRequestedReviewers({
    ...repo,
    pull_number: number,
  });
  const reviews = await github.paginate(github.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  const events = await github.paginate(github.rest.issues.listEvents, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  const requests: { actor: string; reviewer: string }[] = [];
  for (const e of events) {
    if (e.event !== 'review_requested') continue;
    const actor = e.actor?.login ?? '';
    // The event types are a union; review requests carry a user or a team.
    const request = e as { requested_reviewer?: { login?: string }; requested_team?: { slug?: string } };
    if (request.requested_reviewer?.login)
      requests.push({ actor, reviewer: request.requested_reviewer.login });
    else if (request.requested_team?.slug)
      requests.push({ actor, reviewer: `${repo.owner}/${request.requested_team.slug}` });
  }
  return {
    users: requested.users.map((u) => u.login),
    teams: requested.teams.map((t) => `${repo.owner}/${t.slug}`),
    reviewed: [
      ...new Set(reviews.map((r) => r.user?.login).filter((l): l is string => typeof l === 'string')),
    ],
    requests,
  };
}

export interface IssueComment {
  id: number;
  author: string;
  body: string;
}

export async function listComments(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<IssueComment[]> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  return comments.map((c) => ({ id: c.id, author: c.user?.login ?? '', body: c.body ?? '' }));
}
