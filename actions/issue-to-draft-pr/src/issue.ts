/** The issue as this action needs it, read fresh from the API (the event payload may be stale). */
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: string;
  /** True when the number names a pull request (the issues API serves both). */
  isPullRequest: boolean;
  author: string;
  /** `User`, `Bot` or `Organization`, as the API says. */
  authorType: string;
  /** GitHub's `author_association` of the author with this repository. */
  association: string;
  labels: string[];
  assignees: string[];
  htmlUrl: string;
}

interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  pull_request?: unknown;
  user: { login: string; type?: string } | null;
  author_association?: string;
  labels: Array<string | { name?: string }>;
  assignees?: Array<{ login: string }> | null;
  html_url: string;
}

export function issueFromApi(data: ApiIssue): IssueInfo {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state,
    isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
    author: data.user?.login ?? 'ghost',
    authorType: data.user?.type ?? 'User',
    association: data.author_association ?? 'NONE',
    labels: data.labels
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter((name) => name !== ''),
    assignees: (data.assignees ?? []).map((a) => a.login),
    htmlUrl: data.html_url,
  };
}

export async function readIssue(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<IssueInfo> {
  const { data } = await github.rest.issues.get({ ...repo, issue_number: issueNumber });
  return issueFromApi(data);
}
