/**
 * Filing a failure as exactly one issue. Earlier issues are found by their hidden marker through
 * the issues list API (search lags behind and would let duplicates through), and only markers in
 * bodies written by a trusted login count. An open issue with the same fingerprint gets a comment
 * and a new occurrence count; a recently closed one is reopened; otherwise a new issue is filed,
 * within the hourly cap. Runs racing to file the same failure converge on the lowest-numbered
 * issue: each rechecks just before creating, and lists again right after.
 */

import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import { isTrustedMarkerSource } from '@autoheal/core/markers';
import type { Clock, Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import {
  commentMarker,
  duplicateComment,
  type FailureMarker,
  greenAgainComment,
  issueBody,
  issueTitle,
  link,
  OCCURRENCE_KIND,
  type Occurrence,
  RunLinks,
  readFailureMarker,
  reopenComment,
  seenAgainComment,
  withOccurrence,
} from './issue-body.js';
import { createLabels, issueLabels, type LabelNames, missingLabels } from './labels.js';
import type { ActionResult, GatheredRun, RunInfo, RunVerdict } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Writes kept in reserve when filing, so a duplicate found after creating can still be closed. */
const DUPLICATE_RESERVE = 2;

/** The login GitHub shows as the author of what GITHUB_TOKEN posts. */
export { ACTIONS_BOT } from '@autoheal/core/identity';

export interface IssueRecord {
  number: number;
  htmlUrl: string;
  title: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  author: string | null;
  body: string;
  createdAt: string;
  closedAt: string | null;
  labels: string[];
  /** Only when the author is trusted and the body has a valid failure marker. */
  marker?: FailureMarker;
}

export interface IssueDeps {
  github: GitHubClient;
  owner: string;
  repo: string;
  log: Logger;
  clock: Clock;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  dryRun: boolean;
  /** Logins whose markers count (see resolveTrustedAuthors). */
  trusted: readonly string[];
  /** Runs between the last recheck and the create; tests interleave a concurrent run here. */
  beforeCreate?: () => Promise<void>;
}

export interface IssueRef {
  number: number;
  url: string;
}

export interface FileOutcome {
  result: ActionResult;
  issue?: IssueRef;
  /** What was done (or, in a dry run, would have been): our own words, numbers and links. */
  done: string[];
  /** Why nothing was filed, when that is the outcome (cap, confidence, budget). */
  notFiled?: string;
  /** Set when a notification is due. */
  notify?: 'created' | 'reopened';
  /** The issue's title, for the notification. */
  title?: string;
}

// ---------------------------------------------------------------------------------------------
// Who we are

export { resolveTrustedAuthors } from '@autoheal/core/identity';

// ---------------------------------------------------------------------------------------------
// Reading issues

function trusted(d: Pick<IssueDeps, 'trusted'>, login: string | null | undefined): boolean {
  return isTrustedMarkerSource(login, d.trusted);
}

/** Issues (not pull requests) carrying `label`, every page. */
export async function listLabelledIssues(
  d: IssueDeps,
  options: { label: string; state: 'open' | 'closed'; since?: string },
): Promise<IssueRecord[]> {
  const items = await d.github.paginate(d.github.rest.issues.listForRepo, {
    owner: d.owner,
    repo: d.repo,
    labels: options.label,
    state: options.state,
    per_page: 100,
    ...(options.since === undefined ? {} : { since: options.since }),
  });
  const out: IssueRecord[] = [];
  for (const item of items) {
    if (item.pull_request) continue;
    const author = item.user?.login ?? null;
    const body = item.body ?? '';
    const record: IssueRecord = {
      number: item.number,
      htmlUrl: item.html_url,
      title: item.title,
      state: item.state === 'closed' ? 'closed' : 'open',
      stateReason: item.state_reason ?? null,
      author,
      body,
      createdAt: item.created_at,
      closedAt: item.closed_at ?? null,
      labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
    };
    const marker = trusted(d, author) ? readFailureMarker(body) : undefined;
    if (marker) record.marker = marker;
    out.push(record);
  }
  return out;
}

/** Trusted issues of this fingerprint, lowest number first. */
export function sameFailure(list: readonly IssueRecord[], fingerprint: string): IssueRecord[] {
  return list.filter((i) => i.marker?.fingerprint === fingerprint).sort((a, b) => a.number - b.number);
}

/** Trusted autoheal issues created at or after `sinceMs`, each counted once. */
export function createdSince(lists: readonly (readonly IssueRecord[])[], sinceMs: number): number {
  const numbers = new Set<number>();
  for (const list of lists)
    for (const i of list) if (i.marker && Date.parse(i.createdAt) >= sinceMs) numbers.add(i.number);
  return numbers.size;
}

function ref(issue: Pick<IssueRecord, 'number' | 'htmlUrl'>): IssueRef {
  return { number: issue.number, url: issue.htmlUrl };
}

function issueLink(issue: Pick<IssueRecord, 'number' | 'htmlUrl'>): string {
  return link(`issue ${issue.number}`, issue.htmlUrl);
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

// ---------------------------------------------------------------------------------------------
// Filing

export interface FileInput {
  run: RunInfo;
  gathered: GatheredRun;
  verdict: RunVerdict;
  labels: LabelNames;
  maxPerHour: number;
  reopenDays: number;
  minConfidence: number;
}

/** Files the verdict: comment on the open issue, reopen a recently closed one, or create one. */
export async function fileFailure(d: IssueDeps, input: FileInput): Promise<FileOutcome> {
  const fingerprint = input.verdict.fingerprint;
  const open = await listLabelledIssues(d, { label: input.labels.base, state: 'open' });
  const existing = sameFailure(open, fingerprint)[0];
  if (existing) return recordOccurrence(d, input, existing, 'seen');

  const now = d.clock.now();
  // One list serves both the reopen window and the hourly cap: closing an issue updates it, so
  // everything closed (or created) within the window was updated within it.
  const since = now - Math.max(input.reopenDays * DAY_MS, HOUR_MS);
  const closed = await listLabelledIssues(d, {
    label: input.labels.base,
    state: 'closed',
    since: iso(since),
  });
  const windowStart = now - input.reopenDays * DAY_MS;
  const reopenable = sameFailure(closed, fingerprint)
    .filter(
      (i) => i.stateReason !== 'duplicate' && i.closedAt !== null && Date.parse(i.closedAt) >= windowStart,
    )
    .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
  if (reopenable && input.reopenDays > 0) return recordOccurrence(d, input, reopenable, 'reopen');
  return createIssue(d, input, open, closed);
}

async function createIssue(
  d: IssueDeps,
  input: FileInput,
  open: readonly IssueRecord[],
  closed: readonly IssueRecord[],
): Promise<FileOutcome> {
  const { run, verdict } = input;
  const title = issueTitle(d.sanitizer, run, verdict);
  const quotedTitle = d.sanitizer.inline(title);
  if (verdict.confidence < input.minConfidence) {
    return {
      result: 'skipped',
      done: [],
      notFiled: `Not filed: confidence ${verdict.confidence.toFixed(2)} is below issues.min-confidence (${input.minConfidence}). Issue not filed: "${quotedTitle}".`,
    };
  }
  const now = d.clock.now();
  const lastHour = createdSince([open, closed], now - HOUR_MS);
  if (lastHour >= input.maxPerHour) {
    return {
      result: 'skipped',
      done: [],
      notFiled: `Not filed: ${lastHour} autoheal issue${lastHour === 1 ? ' was' : 's were'} filed in the last hour, and issues.max-per-hour is ${input.maxPerHour}. Issue not filed: "${quotedTitle}".`,
    };
  }

  const labels = issueLabels(input.labels, verdict.category);
  const known = new Set([...open, ...closed].flatMap((i) => i.labels.map((l) => l.toLowerCase())));
  const missing = await missingLabels(d, labels, known);
  if (!d.dryRun && !d.budget.canAfford(missing.length + 1 + DUPLICATE_RESERVE)) {
    d.budget.skip(`create the issue "${title}"`);
    return {
      result: 'skipped',
      done: [],
      notFiled: `Not filed: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and filing needs ${missing.length + 1 + DUPLICATE_RESERVE}. Issue not filed: "${quotedTitle}".`,
    };
  }

  // The recheck: another run may have filed this failure while we were reading.
  const recheck = sameFailure(
    await listLabelledIssues(d, { label: input.labels.base, state: 'open' }),
    verdict.fingerprint,
  )[0];
  if (recheck) return recordOccurrence(d, input, recheck, 'seen');

  const occurrence: Occurrence = {
    count: 1,
    firstSeen: iso(now),
    firstRun: run.id,
    firstAttempt: run.attempt,
    lastSeen: iso(now),
    lastRun: run.id,
    lastAttempt: run.attempt,
  };
  const body = issueBody(d.sanitizer, { run, gathered: input.gathered, verdict, occurrence });
  const names = labels.map((l) => l.name);
  const labelList = names.map((n) => d.sanitizer.inline(n)).join(', ');
  if (d.dryRun) {
    const done = [`Would create the issue "${quotedTitle}" with labels ${labelList}.`];
    if (missing.length > 0)
      done.push(
        `Would first create the missing label${missing.length === 1 ? '' : 's'} ${missing.map((l) => d.sanitizer.inline(l.name)).join(', ')}.`,
      );
    return { result: 'dry-run', done };
  }

  const done: string[] = [];
  const createdLabels = await createLabels(d, missing);
  if (createdLabels.length > 0)
    done.push(
      `Created the label${createdLabels.length === 1 ? '' : 's'} ${createdLabels.map((n) => d.sanitizer.inline(n)).join(', ')}.`,
    );
  await d.beforeCreate?.();
  const created = await d.github.rest.issues.create({
    owner: d.owner,
    repo: d.repo,
    title,
    body,
    labels: names,
  });
  const ours: IssueRecord = {
    number: created.data.number,
    htmlUrl: created.data.html_url,
    title,
    state: 'open',
    stateReason: null,
    author: created.data.user?.login ?? null,
    body,
    createdAt: created.data.created_at,
    closedAt: null,
    labels: names,
  };
  done.push(`Created ${issueLink(ours)}: "${quotedTitle}".`);
  if (!trusted(d, ours.author)) {
    d.log.warning(
      `Issue #${ours.number} was created as "${ours.author ?? 'unknown'}", which is not among the trusted marker authors (${d.trusted.join(', ')}). ` +
        `Later runs would not recognise it and would file duplicates: set the trusted-authors input to "${ours.author ?? ''}".`,
    );
  }

  // Converge: if a concurrent run filed the same failure, the lowest number stays open.
  const after = await listLabelledIssues(d, { label: input.labels.base, state: 'open' });
  const rivals = sameFailure(after, verdict.fingerprint).filter((i) => i.number !== ours.number);
  const canonical = rivals.find((i) => i.number < ours.number);
  if (!canonical) return { result: 'created', issue: ref(ours), done, notify: 'created', title };

  await closeAsDuplicate(d, ours, canonical, verdict.fingerprint);
  done.push(`Closed it again as a duplicate of ${issueLink(canonical)}, which a concurrent run filed first.`);
  const recorded = await recordOccurrence(d, input, canonical, 'seen');
  return { ...recorded, done: [...done, ...recorded.done] };
}

async function closeAsDuplicate(
  d: IssueDeps,
  ours: IssueRecord,
  canonical: IssueRecord,
  fingerprint: string,
): Promise<void> {
  await d.github.rest.issues.createComment({
    owner: d.owner,
    repo: d.repo,
    issue_number: ours.number,
    body: duplicateComment(d.sanitizer, {
      canonical: canonical.number,
      canonicalUrl: canonical.htmlUrl,
      fingerprint,
    }),
  });
  try {
    await d.github.rest.issues.update({
      owner: d.owner,
      repo: d.repo,
      issue_number: ours.number,
      state: 'closed',
      state_reason: 'duplicate',
    });
  } catch (error) {
    // `duplicate` is a newer state reason; a server that refuses it still takes not_planned.
    if (!isRequestError(error) || error.status !== 422) throw error;
    await d.github.rest.issues.update({
      owner: d.owner,
      repo: d.repo,
      issue_number: ours.number,
      state: 'closed',
      state_reason: 'not_planned',
    });
  }
}

/** One more occurrence on an existing issue: the body's count and a comment (and a reopen). */
async function recordOccurrence(
  d: IssueDeps,
  input: FileInput,
  issue: IssueRecord,
  how: 'seen' | 'reopen',
): Promise<FileOutcome> {
  const { run, verdict } = input;
  const marker = issue.marker!;
  const o = marker.occurrence;
  if (o.firstRun === run.id && o.firstAttempt === run.attempt)
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [`This run already filed ${issueLink(issue)}; nothing to do.`],
    };
  if (o.lastRun === run.id && o.lastAttempt === run.attempt) return alreadyRecorded(d, input, issue);

  const now = iso(d.clock.now());
  const occurrence: Occurrence = {
    ...o,
    count: o.count + 1,
    lastSeen: now,
    lastRun: run.id,
    lastAttempt: run.attempt,
  };
  const updated: FailureMarker = { ...marker, branch: run.headBranch ?? marker.branch, occurrence };
  const body = withOccurrence(issue.body, updated, new RunLinks(run));
  const comment =
    how === 'reopen'
      ? reopenComment(d.sanitizer, {
          run,
          verdict,
          fingerprint: marker.fingerprint,
          occurrence,
          closedAt: issue.closedAt,
        })
      : seenAgainComment(d.sanitizer, { run, verdict, fingerprint: marker.fingerprint, occurrence });
  const what = how === 'reopen' ? `reopen ${issueLink(issue)}` : `comment on ${issueLink(issue)}`;
  if (d.dryRun)
    return {
      result: 'dry-run',
      issue: ref(issue),
      done: [`Would ${what} (seen again: occurrence ${occurrence.count}) and update its occurrence count.`],
    };
  if (!d.budget.canAfford(2)) {
    d.budget.skip(`${how === 'reopen' ? 'reopen' : 'record the occurrence on'} issue #${issue.number}`);
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [],
      notFiled: `Not recorded: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and recording this occurrence on ${issueLink(issue)} needs 2.`,
    };
  }
  // The body first: once it names this run, a re-run of this step knows the occurrence is counted
  // and only checks that the comment exists (see alreadyRecorded).
  await d.github.rest.issues.update({
    owner: d.owner,
    repo: d.repo,
    issue_number: issue.number,
    body,
    ...(how === 'reopen' ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
  });
  await d.github.rest.issues.createComment({
    owner: d.owner,
    repo: d.repo,
    issue_number: issue.number,
    body: comment,
  });
  if (how === 'reopen')
    return {
      result: 'reopened',
      issue: ref(issue),
      done: [`Reopened ${issueLink(issue)}: the failure came back (occurrence ${occurrence.count}).`],
      notify: 'reopened',
      title: issue.title,
    };
  return {
    result: 'updated',
    issue: ref(issue),
    done: [`Commented on ${issueLink(issue)}: seen again (occurrence ${occurrence.count}).`],
  };
}

/**
 * This run is already counted on the issue (the step was re-run). Post its comment only if an
 * earlier attempt of this step stopped between updating the body and commenting.
 */
async function alreadyRecorded(d: IssueDeps, input: FileInput, issue: IssueRecord): Promise<FileOutcome> {
  const { run } = input;
  const o = issue.marker!.occurrence;
  if (o.count === 1 && o.firstRun === run.id)
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [`This run already filed ${issueLink(issue)}; nothing to do.`],
    };
  const since = Date.parse(o.lastSeen);
  const comments = await d.github.paginate(d.github.rest.issues.listComments, {
    owner: d.owner,
    repo: d.repo,
    issue_number: issue.number,
    per_page: 100,
    ...(Number.isNaN(since) ? {} : { since: iso(since - 5 * 60_000) }),
  });
  const posted = comments.some((c) => {
    if (!trusted(d, c.user?.login)) return false;
    const fields = commentMarker(c.body, OCCURRENCE_KIND);
    return fields?.run === String(run.id) && fields.attempt === String(run.attempt);
  });
  if (posted)
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [`This run is already recorded on ${issueLink(issue)}; nothing to do.`],
    };
  const body = seenAgainComment(d.sanitizer, {
    run,
    verdict: input.verdict,
    fingerprint: issue.marker!.fingerprint,
    occurrence: o,
  });
  if (d.dryRun)
    return {
      result: 'dry-run',
      issue: ref(issue),
      done: [`Would add the missing "seen again" comment for this run to ${issueLink(issue)}.`],
    };
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`comment on issue #${issue.number}`);
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [],
      notFiled: `Not recorded: the operations budget is spent.`,
    };
  }
  await d.github.rest.issues.createComment({
    owner: d.owner,
    repo: d.repo,
    issue_number: issue.number,
    body,
  });
  return {
    result: 'updated',
    issue: ref(issue),
    done: [`Added the missing "seen again" comment for this run to ${issueLink(issue)}.`],
  };
}

// ---------------------------------------------------------------------------------------------
// Closing on success

export interface CloseInput {
  run: RunInfo;
  baseLabel: string;
  reopenDays: number;
}

/** A green run closes the open autoheal issues of its workflow and branch, each with a comment. */
export async function closeResolved(d: IssueDeps, input: CloseInput): Promise<FileOutcome> {
  const { run } = input;
  const branch = run.headBranch ?? '';
  const open = await listLabelledIssues(d, { label: input.baseLabel, state: 'open' });
  const targets = open
    .filter((i) => i.marker && i.marker.workflowPath === run.workflowPath && i.marker.branch === branch)
    .sort((a, b) => a.number - b.number);
  if (targets.length === 0)
    return {
      result: 'skipped',
      done: [`No open autoheal issue for this workflow on this branch; nothing to close.`],
    };
  const done: string[] = [];
  let first: IssueRef | undefined;
  let closedAny = false;
  for (const issue of targets) {
    first ??= ref(issue);
    if (d.dryRun) {
      done.push(`Would close ${issueLink(issue)} with a "green again" comment.`);
      continue;
    }
    if (!d.budget.canAfford(2)) {
      d.budget.skip(`close issue #${issue.number}`);
      continue;
    }
    await d.github.rest.issues.createComment({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      body: greenAgainComment(d.sanitizer, {
        run,
        fingerprint: issue.marker!.fingerprint,
        reopenDays: input.reopenDays,
      }),
    });
    await d.github.rest.issues.update({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
    });
    if (!closedAny) first = ref(issue);
    closedAny = true;
    done.push(`Closed ${issueLink(issue)}: the workflow is green again.`);
  }
  if (d.dryRun) return { result: 'dry-run', issue: first!, done };
  if (!closedAny)
    return {
      result: 'skipped',
      issue: first!,
      done,
      notFiled: 'Not closed: the operations budget is spent.',
    };
  return { result: 'closed', issue: first!, done };
}
