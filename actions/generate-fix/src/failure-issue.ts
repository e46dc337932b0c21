/**
 * autoheal's failure issues, read through the API. An issue's hidden failure marker names the
 * failure (fingerprint), its workflow and the run it was last seen in; the marker counts only in a
 * body written by a trusted login, so a marker typed into someone else's issue redirects nothing.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource } from '@autoheal/core/markers';
import type { RepoRef } from '@autoheal/core/runner-context';
import { FINGERPRINT, type IssueRef } from './types.js';

/** The marker kind analyze-failure writes on the issues it files. */
export const FAILURE_KIND = 'failure';

export interface FailureMarker {
  fingerprint: string;
  workflowPath: string;
  lastRun: number;
  lastAttempt: number;
}

export interface FailureIssue extends IssueRef {
  author: string | null;
  isPullRequest: boolean;
  /** Present only when the author is trusted and the body carries a well-formed failure marker. */
  marker?: FailureMarker;
  /** Why there is no marker, when there is none. */
  noMarker?: string;
}

function whole(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** The failure marker of a body, when it is complete; trust is the caller's question. */
export function parseFailureMarker(body: string | null | undefined): FailureMarker | undefined {
  const fields = findMarker(body, FAILURE_KIND)?.fields;
  if (!fields) return undefined;
  const fingerprint = fields.fingerprint ?? '';
  const workflowPath = fields.workflow ?? '';
  const lastRun = whole(fields['last-run'] ?? fields['first-run']);
  const lastAttempt = whole(fields['last-attempt'] ?? fields['first-attempt']) ?? 1;
  if (!FINGERPRINT.test(fingerprint) || !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflowPath))
    return undefined;
  if (lastRun === undefined || lastRun < 1 || lastAttempt < 1) return undefined;
  return { fingerprint, workflowPath, lastRun, lastAttempt };
}

interface ApiIssue {
  number: number;
  html_url: string;
  title: string;
  state: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
  assignees?: { login: string }[] | null;
}

function record(item: ApiIssue, trusted: readonly string[]): FailureIssue {
  const author = item.user?.login ?? null;
  const issue: FailureIssue = {
    number: item.number,
    url: item.html_url,
    title: item.title,
    state: item.state === 'closed' ? 'closed' : 'open',
    assignees: (item.assignees ?? []).map((a) => a.login),
    author,
    isPullRequest: item.pull_request !== undefined && item.pull_request !== null,
  };
  if (!isTrustedMarkerSource(author, trusted)) {
    issue.noMarker = `it was written by ${author ?? 'a deleted account'}, not by ${trusted.join(' or ')}, so its markers do not count`;
    return issue;
  }
  const marker = parseFailureMarker(item.body);
  if (marker) issue.marker = marker;
  else issue.noMarker = 'its body has no complete autoheal failure marker';
  return issue;
}

/** One issue with its trusted marker; a missing issue is the input's mistake. */
export async function readFailureIssue(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  trusted: readonly string[],
): Promise<FailureIssue> {
  try {
    const { data } = await github.rest.issues.get({ ...repo, issue_number: number });
    return record(data as ApiIssue, trusted);
  } catch (error) {
    if (isRequestError(error) && (error.status === 404 || error.status === 410))
      throw new ConfigurationError(
        `Input "issue-number": issue #${number} does not exist in ${repo.owner}/${repo.repo} (or the token cannot see it); give the number of an autoheal failure issue.`,
      );
    throw error;
  }
}

/** The lowest-numbered open issue whose trusted marker has `fingerprint`, among those labelled `label`. */
export async function findIssueByFingerprint(
  github: GitHubClient,
  repo: RepoRef,
  fingerprint: string,
  label: string,
  trusted: readonly string[],
): Promise<FailureIssue | undefined> {
  const items = await github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'open',
    per_page: 100,
  });
  const found = items
    .filter((i) => !i.pull_request)
    .map((i) => record(i as ApiIssue, trusted))
    .filter((i) => i.marker?.fingerprint === fingerprint)
    .sort((a, b) => a.number - b.number);
  return found[0];
}
