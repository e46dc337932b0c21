/**
 * The ready-for-review watch: a draft pull request that autoheal opened waits until every
 * required check on its head commit is green; then autoheal says so once, in a comment, and
 * requests its code owners' reviews. Required checks are the `required-checks` input, else what
 * the base branch's protection and rulesets require, else every check reported on the commit.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { findMarker, isTrustedMarkerSource, parseMarkers, renderMarker } from '@autoheal/core/markers';
import { ownersOfChange, parseCodeowners } from '@autoheal/core/pr/codeowners';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { changedPaths } from './analysis.js';
import {
  type IssueComment,
  listComments,
  listPullFiles,
  type PullRequestInfo,
  readCodeowners,
  readReviewState,
} from './github-data.js';
import type { Inputs } from './inputs.js';
import { planReviewers, requestReviewers } from './reviewers.js';
import type { Writer } from './writer.js';

export const READY_MARKER_KIND = 'pr-ready';
export const REVIEW_MARKER_KIND = 'pr-review';

/** At most this many drafts are looked at in one run: each costs a handful of reads. */
export const MAX_WATCHED_DRAFTS = 20;

const PASSING = new Set(['success', 'neutral', 'skipped']);

export interface CheckRunLike {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
}

export interface StatusLike {
  context: string;
  state: string;
}

export interface CheckVerdict {
  ready: boolean;
  /** The checks that had to pass (`every check` when no list was known). */
  required: string[] | 'all';
  passed: string[];
  failing: string[];
  pending: string[];
  /** Required checks that did not report at all. */
  missing: string[];
}

/** Whether the head commit's checks allow calling the draft ready: pure, from what GitHub reported. */
export function evaluateChecks(
  required: readonly string[],
  runs: readonly CheckRunLike[],
  statuses: readonly StatusLike[],
): CheckVerdict {
  // The newest run of each name counts (a re-run replaces a failure).
  const latest = new Map<string, CheckRunLike>();
  for (const run of runs) {
    const seen = latest.get(run.name);
    if (!seen || run.id > seen.id) latest.set(run.name, run);
  }
  const byContext = new Map<string, string>();
  for (const s of statuses) byContext.set(s.context, s.state);
  const verdict: CheckVerdict = {
    ready: false,
    required: required.length > 0 ? [...required] : 'all',
    passed: [],
    failing: [],
    pending: [],
    missing: [],
  };
  const judge = (name: string) => {
    const run = latest.get(name);
    if (run) {
      if (run.status !== 'completed') verdict.pending.push(name);
      else if (PASSING.has(run.conclusion ?? '')) verdict.passed.push(name);
      else verdict.failing.push(name);
      return;
    }
    const state = byContext.get(name);
    if (state === undefined) verdict.missing.push(name);
    else if (state === 'success') verdict.passed.push(name);
    else if (state === 'pending') verdict.pending.push(name);
    else verdict.failing.push(name);
  };
  if (required.length > 0) for (const name of required) judge(name);
  else for (const name of new Set([...latest.keys(), ...byContext.keys()])) judge(name);
  verdict.ready =
    verdict.passed.length > 0 &&
    verdict.failing.length === 0 &&
    verdict.pending.length === 0 &&
    verdict.missing.length === 0;
  return verdict;
}

/** A pull request autoheal opened: authored by one of its logins and carrying one of its markers. */
export function isAutohealPull(
  pr: Pick<PullRequestInfo, 'author' | 'body'>,
  trusted: readonly string[],
): boolean {
  return isTrustedMarkerSource(pr.author, trusted) && parseMarkers(pr.body).length > 0;
}

/** The checks the base branch requires: classic protection and rulesets (either may be unreadable). */
export async function requiredChecks(github: GitHubClient, repo: RepoRef, branch: string): Promise<string[]> {
  const names = new Set<string>();
  try {
    const { data } = await github.rest.repos.getBranch({ ...repo, branch });
    const checks = data.protection?.required_status_checks;
    for (const c of checks?.contexts ?? []) names.add(c);
    for (const c of checks?.checks ?? []) names.add(c.context);
  } catch (error) {
    if (!(isRequestError(error) && (error.status === 404 || error.status === 403))) throw error;
  }
  try {
    const rules = await github.paginate(github.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 });
    for (const rule of rules) {
      if (rule.type !== 'required_status_checks') continue;
      const params = (rule as { parameters?: { required_status_checks?: { context: string }[] } }).parameters;
      for (const c of params?.required_status_checks ?? []) names.add(c.context);
    }
  } catch (error) {
    // Older GitHub Enterprise Server versions have no rulesets API.
    if (!(isRequestError(error) && (error.status === 404 || error.status === 403))) throw error;
  }
  return [...names];
}

async function commitChecks(github: GitHubClient, repo: RepoRef, sha: string) {
  const runs = await github.paginate(github.rest.checks.listForRef, { ...repo, ref: sha, per_page: 100 });
  const { data: combined } = await github.rest.repos.getCombinedStatusForRef({
    ...repo,
    ref: sha,
    per_page: 100,
  });
  return {
    runs: runs.map((r) => ({ id: r.id, name: r.name, status: r.status, conclusion: r.conclusion })),
    statuses: combined.statuses.map((s) => ({ context: s.context, state: s.state })),
  };
}

export interface WatchDeps {
  github: GitHubClient;
  repo: RepoRef;
  inputs: Pick<Inputs, 'requiredChecks' | 'trustedAuthors' | 'requestReviewers' | 'maxReviewers'>;
  writer: Writer;
  sanitizer: Sanitizer;
  log: Logger;
}

export interface WatchOutcome {
  number: number;
  state: 'announced' | 'already-announced' | 'waiting' | 'not-done';
  verdict: CheckVerdict;
  requested: string[];
  notes: string[];
}

function fieldsOf(
  comments: readonly IssueComment[],
  kind: string,
  number: number,
  trusted: readonly string[],
) {
  for (const c of comments) {
    if (!isTrustedMarkerSource(c.author, trusted)) continue;
    const marker = findMarker(c.body, kind);
    if (marker && marker.fields.pr === String(number)) return { comment: c, fields: marker.fields };
  }
  return undefined;
}

/** Reviewers autoheal recorded as requested in its markers on this pull request. */
export function recordedReviewers(
  comments: readonly IssueComment[],
  number: number,
  trusted: readonly string[],
): string[] {
  const out: string[] = [];
  for (const kind of [REVIEW_MARKER_KIND, READY_MARKER_KIND]) {
    const found = fieldsOf(comments, kind, number, trusted);
    for (const r of (found?.fields.requested ?? '').split(',')) if (r !== '' && !out.includes(r)) out.push(r);
  }
  return out;
}

function checkList(names: readonly string[], s: Sanitizer): string {
  return names.length === 0 ? 'none' : names.map((n) => s.inline(n)).join(', ');
}

/** One draft: judge its checks, and when green, request reviews and announce it (once). */
export async function watchDraft(deps: WatchDeps, pr: PullRequestInfo): Promise<WatchOutcome> {
  const { github, repo, inputs, writer, sanitizer: s } = deps;
  const required =
    inputs.requiredChecks.length > 0 ? inputs.requiredChecks : await requiredChecks(github, repo, pr.baseRef);
  const { runs, statuses } = await commitChecks(github, repo, pr.headSha);
  const verdict = evaluateChecks(required, runs, statuses);
  const outcome: WatchOutcome = { number: pr.number, state: 'waiting', verdict, requested: [], notes: [] };
  if (!verdict.ready) return outcome;
  const comments = await listComments(github, repo, pr.number);
  if (fieldsOf(comments, READY_MARKER_KIND, pr.number, inputs.trustedAuthors)) {
    outcome.state = 'already-announced';
    return outcome;
  }
  const before = recordedReviewers(comments, pr.number, inputs.trustedAuthors);
  if (inputs.requestReviewers) {
    const codeowners = await readCodeowners(github, repo, pr.baseSha);
    const files = await listPullFiles(github, repo, pr.number);
    const owners = ownersOfChange(parseCodeowners(codeowners?.text ?? ''), changedPaths(files));
    const state = await readReviewState(github, repo, pr.number);
    const plan = planReviewers({
      owners,
      author: pr.author,
      repoOwner: repo.owner,
      state,
      requestedBefore: before,
      trusted: inputs.trustedAuthors,
      max: inputs.maxReviewers,
    });
    if (plan.reason) outcome.notes.push(plan.reason);
    outcome.notes.push(...plan.notes);
    const result = await requestReviewers(github, repo, pr.number, plan, writer, 1);
    outcome.requested = result.requested;
    for (const r of result.refused) outcome.notes.push(`GitHub refused to request ${r.who}: ${r.message}`);
  }
  const recorded = [...before, ...outcome.requested.filter((r) => !before.includes(r))];
  const marker = renderMarker({
    kind: READY_MARKER_KIND,
    pr: String(pr.number),
    sha: pr.headSha,
    ...(recorded.length > 0 ? { requested: recorded.join(',') } : {}),
  });
  const checks = verdict.required === 'all' ? 'Every check' : 'Every required check';
  const text = [
    '### autoheal: checks are green',
    '',
    `${checks} passed on commit ${s.inline(pr.headSha.slice(0, 7))}: ${checkList(verdict.passed, s)}.`,
    '',
    'This draft is ready for a human review: mark it “Ready for review” once you have looked at it.',
    '',
    `Reviews requested from: ${checkList(outcome.requested, s)}.`,
    '',
  ].join('\n');
  const posted = await writer.write(`comment that draft #${pr.number} is ready for review`, () =>
    github.rest.issues.createComment({
      ...repo,
      issue_number: pr.number,
      body: `${marker}\n${s.body(text)}`,
    }),
  );
  outcome.state = posted.ok ? 'announced' : 'not-done';
  return outcome;
}
