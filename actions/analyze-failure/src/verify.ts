/**
 * Verified fixes: CI on a fix branch (`autoheal/<fingerprint>`, pushed by generate-fix) proves or
 * disproves the fix. A completed run there is never filed as an issue; instead it is told on the
 * fix's pull request:
 *
 * - green: a section "verified by run N" in autoheal's one comment on the pull request (one
 *   section per workflow, pr-comment.ts); unless another watched workflow failed on the same
 *   commit, also the `autoheal:verified` label, one note on the failure's issue (edited in place
 *   later), and with `fixes.ready-when-verified` the pull request marked ready for review (once no
 *   other watched workflow is still running on the commit: that cannot be taken back);
 * - red: that section holds the new analysis, edited in place on later red runs, the label comes
 *   off and the issue's note (if any) says so. The pull request stays as it is (a draft stays a
 *   draft).
 *
 * Only this repository's branch counts: the pull request is looked up by `owner:branch`, its head
 * must be this repository, its author a login that opens autoheal's fixes, and its hidden `fix`
 * marker must name the branch's fingerprint. A run of an older commit than the pull request's head,
 * or older than the run that last wrote its workflow's section, changes nothing (events arrive in
 * any order). A head commit that is not the one autoheal made
 * (someone pushed to the branch) is still verified and labelled, since CI judged that code, but
 * never marked ready automatically: a person's change goes to review as that person decides.
 *
 * This needs CI to run on the fix branch, so generate-fix must push with a fix token (an App or a
 * personal token): GitHub starts no workflow for pushes and pull requests made with GITHUB_TOKEN.
 */
import { isRequestError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource, parseMarkers, renderMarker } from '@autoheal/core/markers';
import { markReadyForReview } from '@autoheal/core/ready-for-review';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { findTrustedComment } from '@autoheal/core/trusted-comments';
import { type PrCommentDeps, upsertPrComment } from './pr-comment.js';
import type { ActionResult, RunInfo } from './types.js';

/** generate-fix's branch: `autoheal/` and the failure's 16-hex-digit fingerprint, nothing else. */
const FIX_BRANCH = /^autoheal\/([0-9a-f]{16})$/;
/** The marker kind generate-fix puts on its pull request's body (its `PR_MARKER_KIND`). */
export const FIX_PR_KIND = 'fix';
/** The marker kind of the verification note on the failure's issue. */
export const VERIFIED_NOTE_KIND = 'fix-verified';
/** The label of a fix pull request whose CI passed on its head. */
export const VERIFIED_LABEL = 'autoheal:verified';

/** The fingerprint a fix branch names, or undefined for any other branch. */
export function fixBranchFingerprint(branch: string | null | undefined): string | undefined {
  if (!branch) return undefined;
  return FIX_BRANCH.exec(branch)?.[1];
}

export interface VerifyDeps extends PrCommentDeps {
  /** Logins that open autoheal's fix pull requests (the fix token's account, and this token's). */
  fixAuthors: readonly string[];
  /** `fixes.ready-when-verified`. */
  readyWhenVerified: boolean;
  /** Whether a workflow is among those the config watches (only those must pass to verify). */
  watched: (run: { workflowName: string; workflowPath: string }) => boolean;
}

export interface VerifyOutcome {
  result: ActionResult;
  done: string[];
  notFiled?: string;
}

export interface FixPull {
  number: number;
  url: string;
  nodeId: string;
  draft: boolean;
  headSha: string;
  labels: string[];
  /** The commit generate-fix made, from its marker. */
  commit?: string;
  /** The failure issue its marker names. */
  issue?: number;
}

interface ApiPull {
  number: number;
  html_url: string;
  node_id: string;
  draft?: boolean;
  state: string;
  body: string | null;
  user: { login: string } | null;
  labels: { name?: string }[];
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

function sameRepo(fullName: string | undefined, owner: string, repo: string): boolean {
  return fullName !== undefined && fullName.toLowerCase() === `${owner}/${repo}`.toLowerCase();
}

/** `[text](url)` for an http(s) URL without characters that would end the link early; else the text. */
function mdLink(text: string, url: string | undefined): string {
  return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? `[${text}](${url})` : text;
}

function runLink(run: RunInfo): string {
  return mdLink(`run ${run.id}`, run.htmlUrl);
}

/**
 * The open pull request of this repository's fix branch that autoheal opened for `fingerprint`,
 * or undefined. A fork's branch of the same name is listed under the fork's owner, and is
 * excluded twice: by the `owner:branch` filter and by its head repository.
 */
export async function findFixPull(
  d: Pick<VerifyDeps, 'github' | 'owner' | 'repo' | 'fixAuthors'>,
  branch: string,
  fingerprint: string,
): Promise<FixPull | undefined> {
  const { data } = await d.github.rest.pulls.list({
    owner: d.owner,
    repo: d.repo,
    head: `${d.owner}:${branch}`,
    state: 'open',
    per_page: 10,
  });
  for (const p of data as ApiPull[]) {
    if (p.state !== 'open' || p.head.ref !== branch) continue;
    if (!sameRepo(p.head.repo?.full_name, d.owner, d.repo)) continue;
    if (!sameRepo(p.base.repo.full_name, d.owner, d.repo)) continue;
    if (!isTrustedMarkerSource(p.user?.login, d.fixAuthors)) continue;
    const marker = findMarker(p.body, FIX_PR_KIND)?.fields;
    if (marker?.fingerprint !== fingerprint) continue;
    const issue =
      marker.issue !== undefined && /^\d{1,10}$/.test(marker.issue) ? Number(marker.issue) : undefined;
    return {
      number: p.number,
      url: p.html_url,
      nodeId: p.node_id,
      draft: p.draft === true,
      headSha: p.head.sha,
      labels: p.labels.map((l) => l.name ?? '').filter((n) => n !== ''),
      ...(marker.commit !== undefined && /^[0-9a-f]{40}$/.test(marker.commit)
        ? { commit: marker.commit }
        : {}),
      ...(issue === undefined ? {} : { issue }),
    };
  }
  return undefined;
}

/** Where the other watched workflows stand on the same commit: failed or unfinished ones, by name. */
export async function otherWorkflows(
  d: Pick<VerifyDeps, 'github' | 'owner' | 'repo' | 'watched'>,
  run: RunInfo,
): Promise<{ failed: string[]; pending: string[] }> {
  const { data } = await d.github.rest.actions.listWorkflowRunsForRepo({
    owner: d.owner,
    repo: d.repo,
    head_sha: run.headSha,
    ...(run.headBranch ? { branch: run.headBranch } : {}),
    per_page: 100,
  });
  // The newest run of each workflow decides (a re-run or a later push event replaces an earlier one).
  const latest = new Map<number, (typeof data.workflow_runs)[number]>();
  for (const r of data.workflow_runs) {
    if (r.head_sha !== run.headSha) continue;
    const seen = latest.get(r.workflow_id);
    if (!seen || Date.parse(r.created_at) > Date.parse(seen.created_at)) latest.set(r.workflow_id, r);
  }
  const failed: string[] = [];
  const pending: string[] = [];
  for (const [workflowId, r] of latest) {
    if (workflowId === run.workflowId) continue;
    if (!d.watched({ workflowName: r.name ?? '', workflowPath: r.path })) continue;
    if (r.status !== 'completed') pending.push(r.name ?? r.path);
    else if (!['success', 'skipped', 'neutral'].includes(r.conclusion ?? '')) failed.push(r.name ?? r.path);
  }
  return { failed, pending };
}

function sectionKey(run: RunInfo): string {
  return `verify:${run.workflowPath}`;
}

/** The section a green run writes. */
export function verifiedSection(s: Sanitizer, run: RunInfo, pull: FixPull): string {
  const who =
    pull.commit === run.headSha
      ? 'autoheal’s fix commit'
      : `commit ${run.headSha.slice(0, 7)}, which is not the commit autoheal made (someone pushed to the branch), so it is not marked ready automatically`;
  return `**${s.inline(run.workflowName, 200)}: fix verified by ${runLink(run)}.** CI passed on ${who}.`;
}

/** The section a red run writes: the new analysis, given as markdown (pr-comment's failureSection). */
export function refutedSection(analysis: string): string {
  return `**The fix did not pass CI.** The pull request stays a draft; the new analysis:\n\n${analysis}`;
}

interface IssueNote {
  id: number;
  sha: string;
  /** What the note says of that commit. */
  state: NoteState;
}

type NoteState = 'verified' | 'failed';

/** The failure issue the pull request names, when it is ours and about this fingerprint. */
async function failureIssue(d: VerifyDeps, number: number, fingerprint: string): Promise<boolean> {
  try {
    const { data } = await d.github.rest.issues.get({ owner: d.owner, repo: d.repo, issue_number: number });
    if (data.pull_request) return false;
    if (!isTrustedMarkerSource(data.user?.login, d.trusted)) return false;
    return findMarker(data.body, 'failure')?.fields.fingerprint === fingerprint;
  } catch (error) {
    if (isRequestError(error) && (error.status === 404 || error.status === 410)) return false;
    throw error;
  }
}

async function findIssueNote(
  d: VerifyDeps,
  issue: number,
  fingerprint: string,
): Promise<IssueNote | undefined> {
  const note = await findTrustedComment(
    d.github,
    { owner: d.owner, repo: d.repo },
    issue,
    d.trusted,
    (body) =>
      parseMarkers(body).find(
        (x) => x.fields.kind === VERIFIED_NOTE_KIND && x.fields.fingerprint === fingerprint,
      ),
  );
  if (!note) return undefined;
  const fields = note.found.fields;
  return { id: note.id, sha: fields.sha ?? '', state: fields.state === 'failed' ? 'failed' : 'verified' };
}

function issueNoteBody(run: RunInfo, pull: FixPull, fingerprint: string, state: NoteState): string {
  const marker = renderMarker({
    kind: VERIFIED_NOTE_KIND,
    fingerprint,
    pull: String(pull.number),
    sha: run.headSha,
    state,
  });
  const fix = mdLink(`pull request #${pull.number}`, pull.url);
  const commit = run.headSha.slice(0, 7);
  // Only numbers, a hex commit and links built from the API's URLs: nothing here needs the sanitizer.
  return state === 'verified'
    ? `${marker}\nThe fix in ${fix} is verified by ${runLink(run)}: CI passed on commit ${commit}.`
    : `${marker}\nThe fix in ${fix} is no longer verified: ${runLink(run)} failed on commit ${commit} (the analysis is on the pull request).`;
}

/** Keeps the issue's note (when the pull request names our issue) saying `state` of this commit; never adds a note for a failure. */
async function noteOnIssue(
  d: VerifyDeps,
  w: Writes,
  run: RunInfo,
  pull: FixPull,
  fingerprint: string,
  state: NoteState,
): Promise<void> {
  if (pull.issue === undefined || !(await failureIssue(d, pull.issue, fingerprint))) return;
  const issue = pull.issue;
  const note = await findIssueNote(d, issue, fingerprint);
  const body = issueNoteBody(run, pull, fingerprint, state);
  if (note === undefined) {
    if (state === 'verified')
      await w.one(`comment on issue #${issue}`, `Told issue #${issue} that the fix is verified.`, () =>
        d.github.rest.issues.createComment({ owner: d.owner, repo: d.repo, issue_number: issue, body }),
      );
    return;
  }
  if (note.sha === run.headSha && note.state === state) return;
  await w.one(
    `update the verification note on issue #${issue}`,
    `Updated the verification note on issue #${issue}: ${state === 'verified' ? 'verified' : 'no longer verified'} at ${run.headSha.slice(0, 7)}.`,
    () => d.github.rest.issues.updateComment({ owner: d.owner, repo: d.repo, comment_id: note.id, body }),
  );
}

/**
 * The section's time: the run's `created_at`, which every attempt of a run shares, plus the
 * attempt number in milliseconds, so a later attempt (a re-run) outranks an earlier one that is
 * delivered after it.
 */
function sectionTime(run: RunInfo): string {
  return new Date(Date.parse(run.createdAt ?? new Date(0).toISOString()) + run.attempt).toISOString();
}

/** Counts and words of the writes of one verification. */
class Writes {
  readonly done: string[] = [];
  wrote = false;
  dry = false;
  constructor(private readonly d: VerifyDeps) {}

  /**
   * Runs `write` unless this is a dry run or the budget is spent; says `said` (or why not). A
   * write that answers with a sentence was refused, and that sentence is said instead.
   */
  async one(what: string, said: string, write: () => Promise<unknown>): Promise<void> {
    if (this.d.dryRun) {
      this.dry = true;
      this.done.push(`Would ${what}.`);
      return;
    }
    if (!this.d.budget.canAfford(1)) {
      this.d.budget.skip(what);
      this.done.push(`Not done (the operations budget is spent): ${what}.`);
      return;
    }
    const refused = await write();
    if (typeof refused === 'string') {
      this.d.log.warning(refused);
      this.done.push(refused);
      return;
    }
    this.wrote = true;
    this.done.push(said);
  }

  section(got: { action: string; said: string }): void {
    this.done.push(got.said);
    if (got.action === 'created' || got.action === 'updated') this.wrote = true;
    if (got.action === 'dry-run') this.dry = true;
  }

  outcome(): VerifyOutcome {
    return { result: this.wrote ? 'commented' : this.dry ? 'dry-run' : 'skipped', done: this.done };
  }
}

/** Where a run of the fix branch stands before anything is written, or why nothing is. */
async function locate(
  d: VerifyDeps,
  run: RunInfo,
): Promise<{ pull: FixPull; fingerprint: string } | { skip: string }> {
  const fingerprint = fixBranchFingerprint(run.headBranch);
  if (fingerprint === undefined || run.headBranch === null) return { skip: 'Not a fix branch.' };
  const branch = d.sanitizer.inline(run.headBranch, 100);
  const pull = await findFixPull(d, run.headBranch, fingerprint);
  if (!pull)
    return {
      skip: `${branch} is a fix branch, but it has no open pull request of this repository opened by ${d.fixAuthors.map((l) => d.sanitizer.inline(l, 60)).join(' or ')} with autoheal's marker for it (set fix-authors to the fix token's login); nothing to verify, and no issue is filed for a fix branch.`,
    };
  if (pull.headSha !== run.headSha)
    return {
      skip: `${runLink(run)} tested commit ${run.headSha.slice(0, 7)}, but pull request #${pull.number} is now at ${pull.headSha.slice(0, 7)}: its result no longer speaks for the fix.`,
    };
  return { pull, fingerprint };
}

/** A green run of a fix branch. */
export async function verifyFix(d: VerifyDeps, run: RunInfo): Promise<VerifyOutcome> {
  const where = await locate(d, run);
  if ('skip' in where) return { result: 'skipped', done: [where.skip] };
  const { pull, fingerprint } = where;
  const w = new Writes(d);
  const said = await upsertPrComment(
    d,
    pull.number,
    {
      key: sectionKey(run),
      markdown: verifiedSection(d.sanitizer, run, pull),
      at: sectionTime(run),
      tag: `green:${run.headSha}`,
    },
    { keepSameTag: true, sha: run.headSha },
  );
  w.section(said);
  // A newer run of this workflow already spoke (events arrive in any order): it decides.
  if (said.action === 'stale') return w.outcome();

  // Another watched workflow that failed on this commit holds the verification back. One still
  // running does not: its completion may never reach autoheal (the caller's workflow_run list
  // need not name every watched workflow), and when it does and fails, the label comes off again.
  const others = await otherWorkflows(d, run);
  const names = (list: string[]) => list.map((n) => d.sanitizer.inline(n, 100)).join(', ');
  if (others.failed.length > 0) {
    w.done.push(`Not verified yet: on the same commit ${names(others.failed)} failed.`);
    return w.outcome();
  }
  if (others.pending.length > 0)
    w.done.push(
      `${names(others.pending)} still running on the same commit; a failure there takes the label off again.`,
    );

  if (!pull.labels.some((l) => l.toLowerCase() === VERIFIED_LABEL))
    await w.one(
      `label pull request #${pull.number} ${VERIFIED_LABEL}`,
      `Labelled ${mdLink(`pull request #${pull.number}`, pull.url)} ${VERIFIED_LABEL}.`,
      () =>
        d.github.rest.issues.addLabels({
          owner: d.owner,
          repo: d.repo,
          issue_number: pull.number,
          labels: [VERIFIED_LABEL],
        }),
    );

  await noteOnIssue(d, w, run, pull, fingerprint, 'verified');

  if (d.readyWhenVerified && pull.draft) {
    if (pull.commit !== run.headSha)
      w.done.push(
        `Left #${pull.number} a draft: its head is not the commit autoheal made, so a person decides when it is ready.`,
      );
    else if (others.pending.length > 0)
      // Unlike the label, ready for review is not taken back when that workflow fails: wait for it
      // (its own green run marks the pull request ready; if it never reaches autoheal, a person does).
      w.done.push(
        `Left #${pull.number} a draft: ${names(others.pending)} still running on the same commit; it is marked ready when every watched workflow has passed.`,
      );
    else
      await w.one(
        `mark pull request #${pull.number} ready for review`,
        `Marked ${mdLink(`pull request #${pull.number}`, pull.url)} ready for review (fixes.ready-when-verified).`,
        () => markReadyForReview(d.github, pull.nodeId),
      );
  }
  return w.outcome();
}

/** A failed run of a fix branch: `analysis` is the section's markdown for the failure. */
export async function refuteFix(d: VerifyDeps, run: RunInfo, analysis: string): Promise<VerifyOutcome> {
  const where = await locate(d, run);
  if ('skip' in where) return { result: 'skipped', done: [where.skip], notFiled: where.skip };
  const { pull, fingerprint } = where;
  const w = new Writes(d);
  const said = await upsertPrComment(
    d,
    pull.number,
    {
      key: sectionKey(run),
      markdown: refutedSection(analysis),
      at: sectionTime(run),
      tag: `red:${run.headSha}`,
    },
    { sha: run.headSha },
  );
  w.section(said);
  if (said.action === 'stale') return w.outcome();

  const label = pull.labels.find((l) => l.toLowerCase() === VERIFIED_LABEL);
  if (label !== undefined)
    await w.one(
      `remove ${VERIFIED_LABEL} from pull request #${pull.number}`,
      `Removed ${VERIFIED_LABEL} from pull request #${pull.number}.`,
      async () => {
        try {
          await d.github.rest.issues.removeLabel({
            owner: d.owner,
            repo: d.repo,
            issue_number: pull.number,
            name: label,
          });
        } catch (error) {
          // Already gone (a person removed it meanwhile): what we wanted.
          if (!(isRequestError(error) && error.status === 404)) throw error;
        }
      },
    );
  await noteOnIssue(d, w, run, pull, fingerprint, 'failed');
  return w.outcome();
}
