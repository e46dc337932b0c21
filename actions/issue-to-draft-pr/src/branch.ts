/**
 * The issue's branch: `autoheal/issue-<n>-<slug>` from the default branch, holding one empty
 * commit made through the git data API (a pull request needs a commit, and the API needs no
 * checkout, so nothing of the issue ever reaches a shell or a working tree).
 */
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { issueBranchName } from '@autoheal/core/pr/slug';
import { branchHead } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';

/** The git trailer that marks our empty commit, so a re-run can tell our branch from someone's work. */
export const COMMIT_TRAILER = 'Autoheal-Issue';
/** Names tried for one issue: the plain one, then `-2` … `-5` when a name holds other work. */
export const MAX_BRANCH_SUFFIX = 5;

export function commitMessage(issueNumber: number): string {
  // "issue 12", not "#12": a reference in a pushed commit would add an event to the issue's timeline.
  return [
    `Start work on issue ${issueNumber}`,
    '',
    'An empty commit, so that a pull request can be opened before any change is',
    'made. Made by autoheal issue-to-draft-pr.',
    '',
    `${COMMIT_TRAILER}: ${issueNumber}`,
  ].join('\n');
}

/** Whether a commit message is that of our empty commit for the issue. */
export function isOurCommit(message: string, issueNumber: number): boolean {
  return new RegExp(`^${COMMIT_TRAILER}: ${issueNumber}$`, 'm').test(message);
}

export interface BranchPlan {
  name: string;
  /** The branch exists already and holds only our empty commit: use it as it is. */
  reuse: boolean;
  /** The existing head when reused. */
  sha?: string;
}

/**
 * The branch to use, by reading only: the first free name, or one that already holds just our
 * empty commit for this issue (a run that stopped before opening the pull request). A name whose
 * branch holds anything else is someone's work and is never touched.
 */
export async function planBranch(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  title: string,
): Promise<BranchPlan> {
  const tried: string[] = [];
  for (let suffix = 1; suffix <= MAX_BRANCH_SUFFIX; suffix++) {
    const name = issueBranchName(issueNumber, title, suffix === 1 ? undefined : suffix);
    tried.push(name);
    const sha = await branchHead(github, repo, name);
    if (sha === undefined) return { name, reuse: false };
    const { data: commit } = await github.rest.git.getCommit({ ...repo, commit_sha: sha });
    if (isOurCommit(commit.message, issueNumber)) return { name, reuse: true, sha };
  }
  throw new ConfigurationError(
    `Branches ${tried[0]} to ${tried[tried.length - 1]} all exist and hold other work; ` +
      'delete the ones no longer needed so autoheal can open its branch for the issue.',
  );
}

/** Thrown when the planned name was taken between planning and creating (another run). */
export class BranchTaken extends Error {
  override readonly name = 'BranchTaken';
}

export interface CreatedBranch {
  name: string;
  sha: string;
  /** False when an existing branch of ours was reused (a rollback must not delete it). */
  created: boolean;
}

/** Makes the empty commit on top of `baseBranch` and points the new branch at it (two writes). */
export async function createBranch(
  github: GitHubClient,
  repo: RepoRef,
  plan: BranchPlan,
  baseBranch: string,
  issueNumber: number,
): Promise<CreatedBranch> {
  if (plan.reuse && plan.sha !== undefined) return { name: plan.name, sha: plan.sha, created: false };
  const baseSha = await branchHead(github, repo, baseBranch);
  if (baseSha === undefined)
    throw new ConfigurationError(
      `The default branch "${baseBranch}" has no commit to start the issue's branch from.`,
    );
  const { data: base } = await github.rest.git.getCommit({ ...repo, commit_sha: baseSha });
  const { data: commit } = await github.rest.git.createCommit({
    ...repo,
    message: commitMessage(issueNumber),
    tree: base.tree.sha,
    parents: [baseSha],
  });
  try {
    await github.rest.git.createRef({ ...repo, ref: `refs/heads/${plan.name}`, sha: commit.sha });
  } catch (error) {
    if (
      isRequestError(error) &&
      error.status === 422 &&
      /already exists/i.test(JSON.stringify(error.response?.data ?? error.message))
    )
      throw new BranchTaken(`branch ${plan.name} was created by someone else meanwhile`);
    throw error;
  }
  return { name: plan.name, sha: commit.sha, created: true };
}

export async function deleteBranch(github: GitHubClient, repo: RepoRef, branch: string): Promise<void> {
  await github.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
}
