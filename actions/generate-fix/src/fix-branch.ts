/**
 * The fix branch `autoheal/<fingerprint>`: absent, ours (autoheal's one commit on top of a base
 * commit, and the commit our pull request recorded, when there is one), or someone's work. Only a
 * branch that is ours is ever moved by force; anything else is left alone.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { branchHead } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';
import { fixTrailers } from './git-commit.js';

export type BranchState =
  | { kind: 'absent' }
  | { kind: 'ours'; sha: string; parent: string; digest?: string }
  | { kind: 'foreign'; sha: string; why: string };

/**
 * What the branch holds. `recordedCommit` is the commit our open pull request's marker names: a
 * head that differs from it was pushed by someone else, even if it looks like ours.
 */
export async function readFixBranch(
  github: GitHubClient,
  repo: RepoRef,
  branch: string,
  fingerprint: string,
  recordedCommit?: string,
): Promise<BranchState> {
  const sha = await branchHead(github, repo, branch);
  if (sha === undefined) return { kind: 'absent' };
  if (recordedCommit !== undefined && recordedCommit !== sha)
    return {
      kind: 'foreign',
      sha,
      why: `its head ${sha.slice(0, 7)} is not the commit autoheal made (${recordedCommit.slice(0, 7)}): someone pushed to it`,
    };
  const { data: commit } = await github.rest.git.getCommit({ ...repo, commit_sha: sha });
  const trailers = fixTrailers(commit.message);
  const author = commit.author?.name ?? 'someone';
  if (!trailers || trailers.fingerprint !== fingerprint)
    return {
      kind: 'foreign',
      sha,
      why: `its head ${sha.slice(0, 7)} is a commit by ${author}, not autoheal's fix commit`,
    };
  if (commit.parents.length !== 1)
    return { kind: 'foreign', sha, why: `its head ${sha.slice(0, 7)} is a merge commit` };
  return {
    kind: 'ours',
    sha,
    parent: commit.parents[0]!.sha,
    ...(trailers.digest === undefined ? {} : { digest: trailers.digest }),
  };
}
