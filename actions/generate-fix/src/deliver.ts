/**
 * Delivering a validated patch as one draft pull request on `autoheal/<fingerprint>`.
 *
 * Right before writing, the changed files are read again at the head of the base branch: if they
 * differ from what the fix was computed on, it is computed again there (when the caller can) or
 * the run stops and says so. Then, in this order so a failure leaves nothing half-written: blobs,
 * tree and commit (invisible until referenced); the branch (created, or moved by force only when
 * it holds autoheal's commit alone); the pull request (a branch created by this run is deleted
 * again if it cannot be opened); labels. GitHub's refusal to let the token change a workflow file
 * comes at the branch write, so the fallback to a suggested diff leaves no branch behind.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import type { FileChange, RepoFiles } from '@autoheal/core/fixes/types';
import { unifiedDiff } from '@autoheal/core/fixes/unified-diff';
import { isWorkflowPath } from '@autoheal/core/fixes/validate';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import { isPullExists } from '@autoheal/core/pull-requests';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Clock, Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { contentsRepoFiles } from './contents-files.js';
import { type BranchState, readFixBranch } from './fix-branch.js';
import {
  type BaseCommit,
  CommitRefused,
  changeDigest,
  commitMessage,
  readBase,
  regularFileModes,
  writeFixCommit,
} from './git-commit.js';
import type { ActionInputs } from './inputs.js';
import { type IssueDelivery, retireSuggestion, suggestOnIssue } from './issue-delivery.js';
import { findNote } from './issue-notes.js';
import { type DescribedChange, pullBody, pullTitle } from './pr-body.js';
import { countFixPulls, HOUR_MS } from './pr-caps.js';
import { type FixPull, findFixPulls, openFixPull } from './pull-request.js';
import { fixBranch, type Result, type Subject } from './types.js';

export interface DeliverDeps {
  github: GitHubClient;
  copilot?: GitHubClient;
  repo: RepoRef;
  log: Logger;
  clock: Clock;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  trusted: readonly string[];
  config: AutohealConfig;
  inputs: ActionInputs;
  baseBranch: string;
  /** Files at a commit, read through the API; one reader per commit, so no file is fetched twice. */
  contentsAt?: (sha: string) => RepoFiles;
  /**
   * The token's OAuth scopes, when GitHub lists them (`X-OAuth-Scopes`: classic personal access
   * tokens); undefined for tokens whose permissions GitHub does not list (installation, fine-grained).
   */
  oauthScopes?: readonly string[];
}

export interface PatchToDeliver {
  subject: Subject;
  change: DescribedChange;
  changes: FileChange[];
  /** Computes the fix again on other files; a string says why there is none. Absent: stop instead. */
  recompute?: (files: RepoFiles) => Promise<{ change: DescribedChange; changes: FileChange[] } | string>;
}

export interface Delivery {
  result: Result;
  headline: string;
  branch?: string;
  pull?: { number: number; url: string; draft: boolean };
  diff?: string;
  done: string[];
  notes: string[];
}

/**
 * Writes a delivery needs at most beyond blobs, tree and commit: ref, pull request (+ draft retry),
 * labels, rollback, and pointing an earlier suggestion at the pull request.
 */
const PR_WRITES = 6;

/**
 * Installation tokens (GITHUB_TOKEN, a GitHub App's) are new on every run, so a refusal is
 * remembered by kind; a user token that lacks the scope is tried again (it may have been replaced).
 */
function tokenKind(token: string): 'installation' | undefined {
  return token.startsWith('ghs_') ? 'installation' : undefined;
}

const WORKFLOW_REFUSED =
  'GitHub refuses to let this token change workflow files, so no branch was written and the validated change is suggested here instead. ' +
  'autoheal remembers the refusal: later runs with an installation token (GITHUB_TOKEN or a GitHub App’s) post here without trying again, unless run with force: true.';
/** Tries at the commit and branch write: a race or a stale base is met by reading again, a bounded number of times. */
const MAX_ATTEMPTS = 3;

function skipped(headline: string, extra: Partial<Delivery> = {}): Delivery {
  return { result: 'skipped', headline, done: [], notes: [], ...extra };
}

function fromIssue(d: IssueDelivery, diff: string, notes: string[]): Delivery {
  return { result: d.result, headline: d.headline, done: d.done, notes, diff };
}

function gitMessageOf(error: unknown): string {
  return isRequestError(error) ? JSON.stringify(error.response?.data ?? error.message) : '';
}

/** The changed files at the base's head, compared with what the fix was computed on. */
function filesAt(d: DeliverDeps, sha: string): RepoFiles {
  return d.contentsAt ? d.contentsAt(sha) : contentsRepoFiles(d.github, d.repo, sha);
}

async function changedOnBase(
  d: DeliverDeps,
  base: BaseCommit,
  changes: readonly FileChange[],
): Promise<string[]> {
  const files = filesAt(d, base.sha);
  const moved: string[] = [];
  for (const c of changes) if ((await files.read(c.path)) !== c.before) moved.push(c.path);
  return moved;
}

export async function deliverPatch(d: DeliverDeps, patch: PatchToDeliver): Promise<Delivery> {
  const { github, repo, inputs } = d;
  const subject = patch.subject;
  const notes: string[] = [];
  let { change, changes } = patch;
  let base = await readBase(github, repo, d.baseBranch);

  const moved = await changedOnBase(d, base, changes);
  if (moved.length > 0) {
    const what = `${moved.join(', ')} changed on ${base.branch} since the failing commit`;
    if (!patch.recompute)
      return skipped(
        `Not delivered: ${what}, so the computed fix may no longer apply; run the workflow again to compute it on the current ${base.branch}.`,
      );
    const again = await patch.recompute(filesAt(d, base.sha));
    if (typeof again === 'string')
      return skipped(`Not delivered: ${what}, and computed again there the fix no longer applies: ${again}.`);
    ({ change, changes } = again);
    notes.push(`${what}; the fix was computed again on ${base.branch} at ${base.sha.slice(0, 7)}.`);
  }
  const diff = unifiedDiff(changes);
  const suggest = (why: string, refused?: 'installation') =>
    suggestOnIssue({ ...d, dryRun: inputs.dryRun }, subject, {
      title: change.title,
      explanation: change.explanation,
      diff,
      why,
      tokenHint: true,
      ...(refused ? { refused } : {}),
    }).then((r) => fromIssue(r, diff, notes));
  const workflows = changes.filter((c) => isWorkflowPath(c.path)).map((c) => c.path);
  if (workflows.length > 0 && inputs.canEditWorkflows === 'false')
    return suggest(
      `The fix changes ${workflows.join(', ')}, and can-edit-workflows is false: the token may not change workflow files, so the change is suggested here instead of pushed.`,
    );
  if (
    workflows.length > 0 &&
    inputs.canEditWorkflows === 'auto' &&
    d.oauthScopes !== undefined &&
    !d.oauthScopes.includes('workflow')
  )
    // Known before any write: a classic token without the `workflow` scope is always refused.
    return suggest(
      `The fix changes ${workflows.join(', ')}, and this token's scopes (${d.oauthScopes.join(', ') || 'none'}) do not include \`workflow\`, which GitHub requires to change workflow files; so nothing was pushed and the change is suggested here instead.`,
    );
  const kind = tokenKind(inputs.token);
  if (workflows.length > 0 && inputs.canEditWorkflows === 'auto' && kind && !inputs.force && subject.issue) {
    // GitHub refused this kind of token before: no blob, tree or commit is written to hear it again.
    const earlier = await findNote(
      github,
      repo,
      subject.issue.number,
      { fingerprint: subject.fingerprint, topic: 'suggestion' },
      d.trusted,
    );
    if (earlier?.refused === kind) {
      notes.push(
        'An earlier run found that GitHub refuses this kind of token a workflow change; it was not tried again.',
      );
      return suggest(WORKFLOW_REFUSED, kind);
    }
  }

  const branch = fixBranch(subject.fingerprint);
  const pulls = await findFixPulls(github, repo, branch, subject.fingerprint, d.trusted);
  // A run that stops short of updating an open pull request still names it (the pr-number output).
  const known: Partial<Delivery> = pulls.open
    ? { pull: { number: pulls.open.number, url: pulls.open.url, draft: pulls.open.draft } }
    : {};
  if (!pulls.open && pulls.rejected && !inputs.force)
    return skipped(
      `Not opened: pull request #${pulls.rejected.number} with this fix was closed without merging; autoheal does not propose it again (a manual run with force: true does).`,
      { branch, diff, ...known },
    );
  let state = await readFixBranch(
    github,
    repo,
    branch,
    subject.fingerprint,
    pulls.open?.ours ? pulls.open.commit : undefined,
  );
  if (state.kind === 'foreign')
    return skipped(
      `Not updated: branch ${branch} holds other work (${state.why}); autoheal never force-pushes over it.`,
      { branch, diff, ...known },
    );

  if (!pulls.open) {
    const maxOpenPrs = inputs.maxOpenPrs ?? d.config.fixes.maxOpenPrs;
    const maxPrsPerHour = inputs.maxPrsPerHour ?? d.config.fixes.maxPrsPerHour;
    const counts = await countFixPulls(github, repo, d.trusted, d.clock.now() - HOUR_MS);
    if (counts.open.length >= maxOpenPrs)
      return skipped(
        `Not opened: ${counts.open.length} autoheal fix pull request(s) are open (${counts.open.map((n) => `#${n}`).join(', ') || 'none'}), the most max-open-prs allows (${maxOpenPrs}).`,
        { branch, diff, ...known },
      );
    if (counts.recent.length >= maxPrsPerHour)
      return skipped(
        `Not opened: ${counts.recent.length} fix pull request(s) were opened in the last hour (${counts.recent.map((n) => `#${n}`).join(', ') || 'none'}), the most max-prs-per-hour allows (${maxPrsPerHour}); a later run can open it.`,
        { branch, diff, ...known },
      );
  }

  const digest = changeDigest(changes);
  // The same diff is left where it is when the base moves on: a force-push with nothing new in it
  // would only notify reviewers and restart CI. The files it changes were checked against the base.
  const upToDate = (s: BranchState) => s.kind === 'ours' && s.digest === digest;

  // File modes are needed only to write, but a dry run checks them too: it does all but the writes.
  let modes = new Map<string, string>();
  if (!upToDate(state) || inputs.dryRun) {
    try {
      modes = await regularFileModes(
        github,
        repo,
        base.treeSha,
        changes.map((c) => c.path),
      );
    } catch (error) {
      if (error instanceof CommitRefused)
        return skipped(`Not delivered: ${error.message}.`, { branch, diff, ...known });
      throw error;
    }
  }

  if (inputs.dryRun) {
    const gitPart = upToDate(state)
      ? `branch ${branch} already holds this fix`
      : `${state.kind === 'absent' ? 'create' : 'update'} branch ${branch} with one commit on ${base.branch} (${changes.map((c) => c.path).join(', ')})`;
    const prPart = pulls.open
      ? `update pull request #${pulls.open.number}`
      : `open a draft pull request into ${base.branch}`;
    return {
      result: 'dry-run',
      headline: `Dry run: would ${gitPart}, and ${prPart}.`,
      branch,
      diff,
      done: [],
      notes,
      ...known,
    };
  }
  const needed = (upToDate(state) ? 0 : changes.length + 2) + PR_WRITES;
  if (!d.budget.canAfford(needed)) {
    const what = `deliver the fix on ${branch} (needs up to ${needed} writes)`;
    d.budget.skip(what);
    return skipped(
      `Not delivered: the operations budget has ${d.budget.remaining} write(s) left, too few to ${what}. Raise operations-budget.`,
      { branch, diff, ...known },
    );
  }

  const subjectLine = d.sanitizer.title(`autoheal: ${change.title}`, 120);
  const message = commitMessage(
    subjectLine,
    subject.fingerprint,
    digest,
    d.sanitizer.log(change.explanation, 2000),
  );
  let head: string;
  let createdBranch = false;
  let branchMoved = false;
  if (upToDate(state) && state.kind === 'ours') head = state.sha;
  else {
    let written: string | undefined;
    for (let attempt = 1; written === undefined; attempt++) {
      try {
        const sha = await writeFixCommit(github, repo, base, changes, modes, message);
        if (state.kind === 'absent') {
          await github.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
          createdBranch = true;
        } else {
          // Only ever over autoheal's own single commit (checked just above).
          await github.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
        }
        written = sha;
        branchMoved = true;
      } catch (error) {
        const described = describeGitHubError(error, d.clock.now());
        if (described.kind === 'workflow-permission') {
          if (inputs.canEditWorkflows === 'true') throw error;
          // The note's text stays the same from run to run (GitHub's words go to the log), so a
          // re-run that posts it again finds it unchanged and writes nothing.
          d.log.info(`GitHub refused the workflow change: ${described.githubMessage ?? described.message}`);
          return suggest(WORKFLOW_REFUSED, kind);
        }
        if (attempt >= MAX_ATTEMPTS || !isRequestError(error)) throw error;
        if (error.status === 422 && /already exists/i.test(gitMessageOf(error))) {
          // Another run made the branch between our look and our write: look again.
          state = await readFixBranch(github, repo, branch, subject.fingerprint);
          if (state.kind === 'foreign')
            return skipped(`Not updated: branch ${branch} was just created with other work (${state.why}).`, {
              branch,
              diff,
              ...known,
            });
          if (upToDate(state) && state.kind === 'ours') written = state.sha;
          continue;
        }
        if (
          error.status === 409 ||
          (error.status === 422 && /fast forward|update failed/i.test(gitMessageOf(error)))
        ) {
          // The base or the branch moved meanwhile: read both again and make the commit once more.
          d.log.info(`${described.message} Reading ${base.branch} and ${branch} again.`);
          base = await readBase(github, repo, d.baseBranch);
          if ((await changedOnBase(d, base, changes)).length > 0)
            return skipped(
              `Not delivered: ${base.branch} moved while the fix was being written and the changed files differ now; run again.`,
              { branch, diff, ...known },
            );
          state = await readFixBranch(github, repo, branch, subject.fingerprint);
          if (state.kind === 'foreign')
            return skipped(`Not updated: branch ${branch} holds other work (${state.why}).`, {
              branch,
              diff,
              ...known,
            });
          if (upToDate(state) && state.kind === 'ours') written = state.sha;
          continue;
        }
        throw error;
      }
    }
    head = written;
  }

  const title = pullTitle(d.sanitizer, change);
  const body = pullBody({ subject, change, diff, commit: head, sanitizer: d.sanitizer, remarks: notes });
  const done: string[] = [];
  if (branchMoved)
    done.push(
      `${createdBranch ? 'Created' : 'Updated'} branch ${branch}: one commit on ${base.branch} at ${base.sha.slice(0, 7)} (${changes.map((c) => c.path).join(', ')}).`,
    );
  let existing: FixPull | undefined = pulls.open;
  let opened: Awaited<ReturnType<typeof openFixPull>> | undefined;
  if (!existing) {
    try {
      opened = await openFixPull(github, repo, { title, body, head: branch, base: base.branch });
    } catch (error) {
      if (isPullExists(error))
        existing = (await findFixPulls(github, repo, branch, subject.fingerprint, d.trusted)).open;
      if (!existing) {
        if (createdBranch) await rollback(d, branch, notes);
        throw error;
      }
    }
  }
  if (opened) {
    const labels = [
      ...new Set([
        d.config.labels.base,
        ...inputs.labels,
        ...(opened.draftFallback ? [inputs.draftFallbackLabel] : []),
      ]),
    ];
    if (opened.draftFallback)
      notes.push(
        `This repository does not allow draft pull requests; #${opened.number} is a normal one, labelled ${inputs.draftFallbackLabel}.`,
      );
    try {
      await github.rest.issues.addLabels({ ...repo, issue_number: opened.number, labels });
    } catch (error) {
      const message = `Could not label pull request #${opened.number}: ${describeGitHubError(error).message}`;
      d.log.warning(message);
      notes.push(message);
    }
    done.push(`Opened ${opened.draft ? 'draft ' : ''}pull request #${opened.number} into ${base.branch}.`);
    const retired = await retireSuggestion({ ...d, dryRun: false }, subject, opened.number);
    if (retired) done.push(retired);
    return {
      result: 'created',
      headline: `Opened ${opened.draft ? 'draft ' : ''}pull request #${opened.number}: ${change.title}.`,
      branch,
      pull: { number: opened.number, url: opened.url, draft: opened.draft },
      diff,
      done,
      notes,
    };
  }
  const pull = existing!;
  let edited = false;
  if (pull.ours && (pull.body !== body || pull.title !== title)) {
    await github.rest.pulls.update({ ...repo, pull_number: pull.number, title, body });
    edited = true;
    done.push(`Updated the description of pull request #${pull.number}.`);
  } else if (!pull.ours)
    notes.push(
      `Pull request #${pull.number} from ${branch} was not opened by autoheal; its description is left as it is.`,
    );
  const retired = pull.ours
    ? await retireSuggestion({ ...d, dryRun: false }, subject, pull.number)
    : undefined;
  if (retired) done.push(retired);
  const changed = branchMoved || edited;
  return {
    result: changed ? 'updated' : 'up-to-date',
    headline: changed
      ? `Updated pull request #${pull.number}: ${change.title}.`
      : `Pull request #${pull.number} already holds this fix; nothing to change.`,
    branch,
    pull: { number: pull.number, url: pull.url, draft: pull.draft },
    diff,
    done,
    notes,
  };
}

async function rollback(d: DeliverDeps, branch: string, notes: string[]): Promise<void> {
  try {
    await d.github.rest.git.deleteRef({ ...d.repo, ref: `heads/${branch}` });
    notes.push(`Deleted branch ${branch} again, since its pull request could not be opened.`);
  } catch (error) {
    const message = `Branch ${branch} was created but its pull request could not be opened, and deleting it failed (${describeGitHubError(error).message}); a re-run reuses it.`;
    d.log.warning(message);
    notes.push(message);
  }
}
