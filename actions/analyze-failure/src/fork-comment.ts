/**
 * What a fork's failing run gets by default: its section in autoheal's one comment on the fork's
 * pull request (pr-comment.ts writes it, exactly as for a same-repository pull request). Nothing
 * else is written for it: the log is the fork author's text, so it must not open issues, spend
 * caps, ping webhooks or reach a fixer.
 *
 * What is specific to forks is finding the pull request: a fork's run lists none, so it is looked
 * up through the API by the fork's owner and branch, and kept only when its head is exactly the
 * run's commit from the run's head repository.
 */

import { link } from '@autoheal/core/filing/issue-body';
import type { GitHubClient } from '@autoheal/core/github-client';
import {
  FORK_NOTE,
  failureSection,
  greenSection,
  type PrCommentDeps,
  upsertPrComment,
} from './pr-comment.js';
import type { RunInfo, RunVerdict } from './types.js';

export interface ForkPull {
  number: number;
  url: string;
}

export interface ForkCommentOutcome {
  result: 'commented' | 'skipped' | 'dry-run';
  done: string[];
  pull?: ForkPull;
}

/** The open pull request whose head is this run's commit in its fork, or undefined. */
export async function findForkPull(
  github: GitHubClient,
  run: Pick<RunInfo, 'owner' | 'repo' | 'headRepository' | 'headBranch' | 'headSha'>,
): Promise<ForkPull | undefined> {
  const headRepo = run.headRepository;
  if (headRepo === undefined || run.headBranch === null || run.headSha === '') return undefined;
  const forkOwner = headRepo.split('/')[0] ?? '';
  const pulls = await github.paginate(github.rest.pulls.list, {
    owner: run.owner,
    repo: run.repo,
    state: 'open',
    head: `${forkOwner}:${run.headBranch}`,
    per_page: 100,
  });
  const match = pulls
    .filter(
      (p) =>
        p.head.sha === run.headSha && (p.head.repo?.full_name ?? '').toLowerCase() === headRepo.toLowerCase(),
    )
    .sort((a, b) => a.number - b.number)[0];
  return match ? { number: match.number, url: match.html_url } : undefined;
}

/** The run's section (keyed by its workflow) in the comment on the fork's pull request. */
async function upsertForkSection(
  d: PrCommentDeps,
  run: RunInfo,
  markdown: string,
  green: boolean,
): Promise<ForkCommentOutcome> {
  const pull = await findForkPull(d.github, run);
  if (!pull)
    return {
      result: 'skipped',
      done: green
        ? []
        : ['Found no open pull request whose head is this run’s commit in its fork, so nothing was written.'],
    };
  const got = await upsertPrComment(
    d,
    pull.number,
    { key: run.workflowPath, markdown, at: run.createdAt ?? new Date(0).toISOString() },
    { onlyIfPresent: green, note: FORK_NOTE },
  );
  const prLink = link(`pull request ${pull.number}`, pull.url);
  switch (got.action) {
    case 'created':
    case 'updated':
      return {
        result: 'commented',
        pull,
        done: [
          green
            ? `Updated the comment on ${prLink}: the workflow passes now.`
            : `${got.action === 'created' ? 'Commented on' : 'Updated the comment on'} ${prLink}: the analysis, and nothing else.`,
        ],
      };
    case 'dry-run':
      return { result: 'dry-run', pull, done: [got.said] };
    default:
      // A green run with nothing to correct says nothing; a failure says why it wrote nothing.
      return { result: 'skipped', pull, done: green && got.action !== 'skipped' ? [] : [got.said] };
  }
}

/** Writes (or, unchanged, leaves) the fork's section of the one comment on its pull request. */
export function commentOnForkPull(
  d: PrCommentDeps,
  run: RunInfo,
  verdict: RunVerdict,
): Promise<ForkCommentOutcome> {
  return upsertForkSection(d, run, failureSection(d.sanitizer, run, verdict, { advice: false }), false);
}

/**
 * A fork's green run: if our comment on its pull request has a section for this workflow, it
 * says the workflow passes now. Only our own comment is edited; nothing is written when there is none.
 */
export function markForkPullGreen(d: PrCommentDeps, run: RunInfo): Promise<ForkCommentOutcome> {
  return upsertForkSection(d, run, greenSection(d.sanitizer, run), true);
}
