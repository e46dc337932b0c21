/**
 * Filing a failure as exactly one issue. Earlier issues are found by their hidden marker through
 * the issues list API (search lags behind and would let duplicates through), and only markers in
 * bodies written by a trusted login count. An open issue with the same fingerprint gets a comment
 * and a new occurrence count; a recently closed one is reopened; otherwise a new issue is filed,
 * within the hourly cap. Runs racing to file the same failure converge on the lowest-numbered
 * issue: each rechecks just before creating, and lists again right after.
 */

import type { OperationBudget } from '../budget.js';
import type { GitHubClient } from '../github-client.js';
import { isRequestError } from '../github-errors.js';
import { isTrustedMarkerSource } from '../markers.js';
import type { Clock, Logger } from '../runtime.js';
import type { Sanitizer } from '../text/sanitize.js';
import { releaseClaim, takeClaim } from './claims.js';
import {
  type BranchSeen,
  commentMarker,
  duplicateComment,
  type FailureMarker,
  greenAgainComment,
  issueBody,
  issueTitle,
  link,
  mergeBranches,
  OCCURRENCE_KIND,
  type Occurrence,
  type OccurrenceRecord,
  occurrenceRecord,
  RunLinks,
  readFailureMarker,
  reopenComment,
  seenAgainComment,
  seenOn,
  withOccurrence,
} from './issue-body.js';
import { createLabels, issueLabels, type LabelNames, missingLabels, unseenLabels } from './labels.js';
import type { ActionResult, GatheredRun, RunInfo, RunVerdict } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Writes kept in reserve when filing, so a duplicate found after creating can still be closed. */
const DUPLICATE_RESERVE = 2;

/** The login GitHub shows as the author of what GITHUB_TOKEN posts. */
export { ACTIONS_BOT } from '../identity.js';

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
  /** Waits this many seconds (scaled in tests); the clock's sleep by default. */
  pause?: (seconds: number) => Promise<void>;
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

export { resolveTrustedAuthors } from '../identity.js';

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
  const fixed = await alreadyGreen(d, input.run, input.gathered.newerGreen);
  if (fixed) return fixed;
  const open = await listLabelledIssues(d, { label: input.labels.base, state: 'open' });
  const existing = sameFailure(open, fingerprint)[0];
  if (existing) return recordOccurrence(d, input, existing, 'seen');
  // A failure first filed without its log (another fingerprint) is found by where it happened.
  const site = sameSite(open, input);
  if (site && !input.verdict.degraded && site.marker?.degraded) return upgradeDegraded(d, input, site);
  if (site && input.verdict.degraded) return recordOccurrence(d, input, site, 'seen');

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
  if (reopenable && input.reopenDays > 0) {
    const clearedAt = reopenable.marker?.cleared?.[input.run.headBranch ?? ''];
    if (clearedAt && input.run.createdAt && Date.parse(input.run.createdAt) <= Date.parse(clearedAt))
      return {
        result: 'skipped',
        issue: ref(reopenable),
        done: [
          `This failure is older than the green run that closed ${issueLink(reopenable)}; it stays closed.`,
        ],
      };
    return recordOccurrence(d, input, reopenable, 'reopen');
  }
  return createIssue(d, input, open, closed);
}

/**
 * The open issue of this failure's site (workflow, job, step) that the verdict could be a fuller or
 * a poorer account of: a degraded issue of the same run attempt or site for a full verdict, a full
 * issue of the same site for a degraded one. Lowest number first.
 */
export function sameSite(
  list: readonly IssueRecord[],
  input: Pick<FileInput, 'run' | 'verdict'>,
): IssueRecord | undefined {
  const { run, verdict } = input;
  return list
    .filter((i) => {
      const m = i.marker;
      if (!m || m.fingerprint === verdict.fingerprint || m.workflowPath !== run.workflowPath) return false;
      if (verdict.degraded) return !m.degraded && m.site !== undefined && m.site === verdict.site;
      if (!m.degraded) return false;
      const sameAttempt = m.occurrence.firstRun === run.id && m.occurrence.firstAttempt === run.attempt;
      return sameAttempt || (m.site !== undefined && m.site === verdict.site);
    })
    .sort((a, b) => a.number - b.number)[0];
}

/**
 * A full analysis takes over the issue a degraded one filed ("its log could not be read"): new
 * title, body and category label, the occurrences and branches kept, the old fingerprint kept as
 * `formerly` so its comments still count. Then, when this is another run, its occurrence.
 */
async function upgradeDegraded(d: IssueDeps, input: FileInput, issue: IssueRecord): Promise<FileOutcome> {
  const { run, verdict } = input;
  const old = issue.marker!;
  const title = issueTitle(d.sanitizer, run, verdict);
  const sameAttempt = old.occurrence.firstRun === run.id && old.occurrence.firstAttempt === run.attempt;
  const marker: FailureMarker = {
    ...old,
    fingerprint: verdict.fingerprint,
    ...(verdict.site === undefined ? {} : { site: verdict.site }),
    degraded: false,
    formerly: old.fingerprint,
  };
  const fresh = issueBody(d.sanitizer, {
    run,
    gathered: input.gathered,
    verdict,
    occurrence: old.occurrence,
  });
  const body = withOccurrence(fresh, marker, new RunLinks(run));
  // The category label follows the new category; the base, extra and maintainers' labels stay.
  const prefix = input.labels.categoryPrefix.toLowerCase();
  const wanted = issueLabels(input.labels, verdict.category);
  const kept = issue.labels.filter(
    (l) => !l.toLowerCase().startsWith(prefix) || l.toLowerCase() === input.labels.base.toLowerCase(),
  );
  const names = [...new Set([...kept, ...wanted.map((l) => l.name)])];
  const missing = unseenLabels(wanted, new Set(issue.labels.map((l) => l.toLowerCase())));
  const what = `${issueLink(issue)}, filed while the log could not be read`;
  if (d.dryRun)
    return {
      result: 'dry-run',
      issue: ref(issue),
      done: [`Would replace the analysis of ${what}, with this run's: "${d.sanitizer.inline(title)}".`],
    };
  const writes = missing.length + 2 + (sameAttempt ? 0 : 2);
  if (!d.budget.canAfford(writes)) {
    d.budget.skip(`replace the analysis of issue #${issue.number}`);
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [],
      notFiled: `Not updated: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and replacing the analysis of ${issueLink(issue)} needs ${writes}.`,
    };
  }
  await createLabels(d, missing);
  await d.github.rest.issues.update({
    owner: d.owner,
    repo: d.repo,
    issue_number: issue.number,
    title,
    body,
    labels: names,
  });
  // The degraded fingerprint's claim would otherwise never be released (closing releases the new one).
  await releaseClaim(d, old.fingerprint);
  const done = [
    `Replaced the analysis of ${what}, now that it could be read: "${d.sanitizer.inline(title)}".`,
  ];
  if (sameAttempt) return { result: 'updated', issue: ref(issue), done, title };
  const upgraded: IssueRecord = { ...issue, title, body, labels: names, marker };
  const recorded = await recordOccurrence(d, input, upgraded, 'seen');
  return { ...recorded, done: [...done, ...recorded.done] };
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
  // A dry run asks which labels exist (reads are free of side effects); a real run just creates them.
  const missing = d.dryRun ? await missingLabels(d, labels, known) : unseenLabels(labels, known);
  if (!d.dryRun && !d.budget.canAfford(missing.length + 2 + DUPLICATE_RESERVE)) {
    d.budget.skip(`create the issue "${title}"`);
    return {
      result: 'skipped',
      done: [],
      notFiled: `Not filed: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and filing needs ${missing.length + 2 + DUPLICATE_RESERVE}. Issue not filed: "${quotedTitle}".`,
    };
  }

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

  // The claim: an atomic ref create, so of runs racing to file this failure exactly one creates
  // the issue; the others wait for it and record their occurrence there.
  const claim = await takeClaim(d, verdict.fingerprint, run.headSha);
  let held = claim === 'won';
  if (claim === 'lost') {
    const winner = await awaitClaimedIssue(d, input);
    if (winner) return recordOccurrence(d, input, winner, 'seen');
    // Nobody filed it in time: the claim is left over from a run that died; take it over.
    d.log.info(`The claim on failure ${verdict.fingerprint} has no issue after waiting; taking it over.`);
    await releaseClaim(d, verdict.fingerprint);
    const again = await takeClaim(d, verdict.fingerprint, run.headSha);
    held = again === 'won';
    if (again === 'lost') {
      const late = await awaitClaimedIssue(d, input);
      if (late) return recordOccurrence(d, input, late, 'seen');
    }
  } else if (claim === 'unavailable') {
    // Without a claim (no contents: write, say), the recheck narrows the race as before.
    const recheck = sameFailure(
      await listLabelledIssues(d, { label: input.labels.base, state: 'open' }),
      verdict.fingerprint,
    )[0];
    if (recheck) return recordOccurrence(d, input, recheck, 'seen');
  }

  const done: string[] = [];
  let created: Awaited<ReturnType<IssueDeps['github']['rest']['issues']['create']>>;
  try {
    const createdLabels = await createLabels(d, missing);
    if (createdLabels.length > 0)
      done.push(
        `Created the label${createdLabels.length === 1 ? '' : 's'} ${createdLabels.map((n) => d.sanitizer.inline(n)).join(', ')}.`,
      );
    await d.beforeCreate?.();
    created = await d.github.rest.issues.create({
      owner: d.owner,
      repo: d.repo,
      title,
      body,
      labels: names,
    });
  } catch (error) {
    // GitHub refused outright (no permission, a rejected title or label): nothing was filed, so
    // the claim is given back, or every later run of this failure would wait it out as a dead
    // run's. After a lost answer (5xx, reset) the issue may exist: the claim stays.
    if (held && isRequestError(error) && error.status >= 400 && error.status < 500)
      // The refusal is what the run reports; a claim that cannot be given back is waited out later.
      await releaseClaim(d, verdict.fingerprint).catch((e: unknown) =>
        d.log.info(`Could not give back the claim on failure ${verdict.fingerprint}: ${String(e)}`),
      );
    throw error;
  }
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

  if (claim !== 'unavailable') return { result: 'created', issue: ref(ours), done, notify: 'created', title };
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

/**
 * A failure delivered after a green run that already contains its commit is history: nothing is
 * filed (events arrive in any order). One compare call, only when such a green run exists.
 */
async function alreadyGreen(
  d: IssueDeps,
  run: RunInfo,
  newer: GatheredRun['newerGreen'],
): Promise<FileOutcome | undefined> {
  if (!newer || !run.createdAt || Date.parse(newer.createdAt) <= Date.parse(run.createdAt)) return undefined;
  const sha = /^[0-9a-f]{40}$/i;
  if (!sha.test(run.headSha) || !sha.test(newer.headSha)) return undefined;
  let status = 'identical';
  if (run.headSha !== newer.headSha) {
    try {
      const { data } = await d.github.rest.repos.compareCommitsWithBasehead({
        owner: d.owner,
        repo: d.repo,
        basehead: `${run.headSha}...${newer.headSha}`,
        per_page: 1,
      });
      status = data.status;
    } catch (error) {
      if (!isRequestError(error) || ![404, 422].includes(error.status)) throw error;
      return undefined;
    }
  }
  if (status !== 'ahead' && status !== 'identical') return undefined;
  return {
    result: 'skipped',
    done: [
      `Not filed: the workflow was already green again on this branch in ${link(`run ${newer.runId}`, newer.htmlUrl)}, which is newer and contains this commit.`,
    ],
  };
}

/** How long a loser of the claim waits for the winner's issue: 1+2+4+8+15 s, then the claim is stale. */
const CLAIM_WAITS_S = [1, 2, 4, 8, 15];

/** The open issue the claim's winner files, looked for after each wait; undefined when none came. */
async function awaitClaimedIssue(d: IssueDeps, input: FileInput): Promise<IssueRecord | undefined> {
  for (const seconds of CLAIM_WAITS_S) {
    await pause(d, seconds);
    const found = sameFailure(
      await listLabelledIssues(d, { label: input.labels.base, state: 'open' }),
      input.verdict.fingerprint,
    )[0];
    if (found) return found;
  }
  return undefined;
}

function pause(d: IssueDeps, seconds: number): Promise<void> {
  return d.pause ? d.pause(seconds) : d.clock.sleep(seconds * 1000);
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

/**
 * Trusted "seen again"/"reopened" comments of the marker's fingerprint (or the one it had before a
 * full analysis replaced a degraded one) on the issue, in order, with the total count of comments.
 */
async function occurrenceComments(
  d: IssueDeps,
  issueNumber: number,
  marker: Pick<FailureMarker, 'fingerprint' | 'formerly'>,
): Promise<{ records: OccurrenceRecord[]; total: number }> {
  const comments = await d.github.paginate(d.github.rest.issues.listComments, {
    owner: d.owner,
    repo: d.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const records: OccurrenceRecord[] = [];
  for (const c of comments) {
    if (!trusted(d, c.user?.login)) continue;
    const fields = commentMarker(c.body, OCCURRENCE_KIND);
    const of = fields?.fingerprint;
    if (of === undefined || (of !== marker.fingerprint && of !== marker.formerly)) continue;
    const record = occurrenceRecord(fields);
    if (record) records.push(record);
  }
  return { records, total: comments.length };
}

/**
 * The occurrence as GitHub's state says it: the first run plus every distinct run attempt with a
 * trusted occurrence comment, so no count is lost to runs writing the body at the same time. A
 * count the body already shows above that (comments deleted by hand) is kept.
 */
export function derivedOccurrence(
  marker: FailureMarker,
  records: readonly OccurrenceRecord[],
  lastSeen: string,
): Occurrence {
  const o = marker.occurrence;
  const keys = new Set<string>([`${o.firstRun}:${o.firstAttempt}`]);
  for (const r of records) keys.add(`${r.run}:${r.attempt}`);
  const last = records[records.length - 1];
  return {
    ...o,
    count: Math.max(keys.size, o.count),
    ...(last ? { lastSeen, lastRun: last.run, lastAttempt: last.attempt } : {}),
  };
}

/** At most this many rounds of re-deriving the body when other runs write it at the same time. */
const MAX_BODY_ROUNDS = 5;

/**
 * One more occurrence on an existing issue: a comment marked with the run (posted once per run
 * attempt), then the body's marker rebuilt from the comments. The comment comes first, so the
 * count never depends on a body another run may be overwriting: whoever writes the body last has
 * seen every comment posted before, and a writer that sees the comment total move under it
 * (GitHub returns it with the update) derives and writes again.
 */
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

  const now = iso(d.clock.now());
  const listed = await occurrenceComments(d, issue.number, marker);
  const posted = listed.records.some((r) => r.run === run.id && r.attempt === run.attempt);
  const mine: OccurrenceRecord = { run: run.id, attempt: run.attempt };
  if (run.headBranch) mine.seen = seenOn(run, now);
  const records = posted ? listed.records : [...listed.records, mine];
  const occurrence = derivedOccurrence(marker, records, now);
  const what = how === 'reopen' ? `reopen ${issueLink(issue)}` : `comment on ${issueLink(issue)}`;
  if (posted && issue.state === 'open' && o.count >= occurrence.count)
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [`This run is already recorded on ${issueLink(issue)}; nothing to do.`],
    };
  if (d.dryRun)
    return {
      result: 'dry-run',
      issue: ref(issue),
      done: [`Would ${what} (seen again: occurrence ${occurrence.count}) and update its occurrence count.`],
    };
  const writesNeeded = posted ? 1 : 2;
  if (!d.budget.canAfford(writesNeeded)) {
    d.budget.skip(`${how === 'reopen' ? 'reopen' : 'record the occurrence on'} issue #${issue.number}`);
    return {
      result: 'skipped',
      issue: ref(issue),
      done: [],
      notFiled: `Not recorded: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and recording this occurrence on ${issueLink(issue)} needs ${writesNeeded}.`,
    };
  }
  if (!posted) {
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
    await d.github.rest.issues.createComment({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      body: comment,
    });
  }

  let total = listed.total + (posted ? 0 : 1);
  let current = records;
  let written = occurrence;
  for (let round = 1; ; round++) {
    written = derivedOccurrence(marker, current, now);
    const seen = current.map((r) => r.seen).filter((b): b is BranchSeen => b !== undefined);
    const updated: FailureMarker = {
      ...marker,
      branch: run.headBranch ?? marker.branch,
      branches: mergeBranches(marker.branches ?? [], seen, marker.cleared),
      occurrence: written,
    };
    const body = withOccurrence(issue.body, updated, new RunLinks(run));
    const response = await d.github.rest.issues.update({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      body,
      ...(how === 'reopen' ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
    });
    // The same total means no comment arrived between our list and our write.
    if (response.data.comments === total || round >= MAX_BODY_ROUNDS) break;
    const again = await occurrenceComments(d, issue.number, marker);
    current = again.records;
    total = again.total;
  }

  if (how === 'reopen')
    return {
      result: 'reopened',
      issue: ref(issue),
      done: [`Reopened ${issueLink(issue)}: the failure came back (occurrence ${written.count}).`],
      notify: 'reopened',
      title: issue.title,
    };
  return {
    result: 'updated',
    issue: ref(issue),
    done: [
      posted
        ? `Brought the occurrence count of ${issueLink(issue)} up to date (occurrence ${written.count}).`
        : `Commented on ${issueLink(issue)}: seen again (occurrence ${written.count}).`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Closing on success

export interface CloseInput {
  run: RunInfo;
  baseLabel: string;
  reopenDays: number;
  /** A non-default branch with no failure for this many days is no longer waited for. */
  forgetDays?: number;
}

/** Why a green run may or may not clear a branch of an issue. */
type GreenVerdict = { clears: true } | { clears: false; why: string };

/**
 * Whether the green run is provably after the failure on its branch: created after the newest
 * failing run recorded there, and on that run's commit or a descendant of it (one compare call
 * per failing commit, cached). Without the green run's time, nothing is provable.
 */
async function greenClears(
  d: IssueDeps,
  run: RunInfo,
  entry: BranchSeen,
  compared: Map<string, string>,
): Promise<GreenVerdict> {
  if (!run.createdAt) return { clears: false, why: 'the green run has no creation time' };
  if (Date.parse(run.createdAt) <= Date.parse(entry.failedAt))
    return { clears: false, why: `the green run is not newer than the failure (${entry.failedAt})` };
  if (entry.sha === '' || entry.sha === run.headSha) return { clears: true };
  if (!/^[0-9a-f]{40}$/i.test(run.headSha)) return { clears: false, why: 'the green commit is unknown' };
  let status = compared.get(entry.sha);
  if (status === undefined) {
    try {
      const { data } = await d.github.rest.repos.compareCommitsWithBasehead({
        owner: d.owner,
        repo: d.repo,
        basehead: `${entry.sha}...${run.headSha}`,
        per_page: 1,
      });
      status = data.status;
    } catch (error) {
      if (!isRequestError(error) || ![404, 422].includes(error.status)) throw error;
      status = 'unknown';
    }
    compared.set(entry.sha, status);
  }
  if (status === 'ahead' || status === 'identical') return { clears: true };
  return {
    clears: false,
    why: `the green commit does not contain the failing commit ${entry.sha.slice(0, 7)} (${status})`,
  };
}

/** Whether the branch still exists: 404 means deleted. */
async function branchExists(d: IssueDeps, branch: string, cache: Map<string, boolean>): Promise<boolean> {
  const known = cache.get(branch);
  if (known !== undefined) return known;
  let exists = true;
  try {
    await d.github.rest.repos.getBranch({ owner: d.owner, repo: d.repo, branch });
  } catch (error) {
    if (!isRequestError(error) || error.status !== 404) throw error;
    exists = false;
  }
  cache.set(branch, exists);
  return exists;
}

/**
 * The issue body is last-writer-wins: a run recording an occurrence at the same moment may write
 * a body read before this green run cleared its branch, and so bring the branch back. Read the
 * body once more after writing; when it changed under us, apply the clearing to what is there now
 * (keeping the other writer's counts) and write once more. Costs one read on this path only.
 */
async function keepClearedMark(
  d: IssueDeps,
  issueNumber: number,
  written: string,
  run: RunInfo,
  branch: string,
  forgotten: readonly string[],
): Promise<void> {
  const { data } = await d.github.rest.issues.get({
    owner: d.owner,
    repo: d.repo,
    issue_number: issueNumber,
  });
  const now = data.body ?? '';
  if (now === written || !trusted(d, data.user?.login)) return;
  const marker = readFailureMarker(now);
  if (!marker || !run.createdAt) return;
  const greenAt = Date.parse(run.createdAt);
  const cleared = { ...marker.cleared, [branch]: run.createdAt };
  // A failure on the branch newer than the green run is news, not something to clear.
  const branches = (marker.branches ?? []).filter(
    (b) => !forgotten.includes(b.branch) && (b.branch !== branch || Date.parse(b.failedAt) > greenAt),
  );
  const already =
    marker.cleared?.[branch] === run.createdAt && branches.length === (marker.branches ?? []).length;
  if (already || !d.budget.canAfford(1)) return;
  d.log.info(`Issue #${issueNumber} was written by another run meanwhile; recording the green branch again.`);
  await d.github.rest.issues.update({
    owner: d.owner,
    repo: d.repo,
    issue_number: issueNumber,
    body: withOccurrence(now, { ...marker, branches, cleared }, new RunLinks(run)),
  });
}

/**
 * A green run clears its branch on the open autoheal issues of its workflow that wait on that
 * branch, when it is provably after the failure there (see greenClears). An issue closes once no
 * branch is left: each was cleared by a green run, deleted, or (not the default branch) showed no
 * failure for `forgetDays`. An issue still waiting on another branch gets its marker updated and
 * no comment; a green run that proves nothing writes nothing.
 */
export async function closeResolved(d: IssueDeps, input: CloseInput): Promise<FileOutcome> {
  const { run } = input;
  const branch = run.headBranch ?? '';
  const open = await listLabelledIssues(d, { label: input.baseLabel, state: 'open' });
  const targets = open
    .filter(
      (i) =>
        i.marker &&
        i.marker.workflowPath === run.workflowPath &&
        (i.marker.branches ?? []).some((b) => b.branch === branch),
    )
    .sort((a, b) => a.number - b.number);
  if (targets.length === 0)
    return {
      result: 'skipped',
      done: [`No open autoheal issue for this workflow on this branch; nothing to close.`],
    };
  const done: string[] = [];
  let first: IssueRef | undefined;
  let closedAny = false;
  let changedAny = false;
  const compared = new Map<string, string>();
  const exists = new Map<string, boolean>();
  const forgetMs = (input.forgetDays ?? 14) * DAY_MS;
  for (const issue of targets) {
    const marker = issue.marker!;
    const waiting = marker.branches ?? [];
    const entry = waiting.find((b) => b.branch === branch)!;
    const green = await greenClears(d, run, entry, compared);
    if (!green.clears) {
      d.log.info(`Issue #${issue.number} stays as it is: ${green.why}.`);
      continue;
    }
    first ??= ref(issue);
    const cleared = { ...marker.cleared, [branch]: run.createdAt! };
    const remaining: BranchSeen[] = [];
    const forgotten: string[] = [];
    for (const other of waiting) {
      if (other.branch === branch) continue;
      if (other.branch !== run.defaultBranch) {
        const idle = d.clock.now() - Date.parse(other.failedAt) > forgetMs;
        if (idle || !(await branchExists(d, other.branch, exists))) {
          forgotten.push(other.branch);
          continue;
        }
      }
      remaining.push(other);
    }
    if (remaining.length > 0) {
      const waiting = remaining.map((b) => d.sanitizer.inline(b.branch, 100)).join(', ');
      if (d.dryRun) {
        done.push(
          `Would record on ${issueLink(issue)} that this branch is green; it still waits on ${waiting}.`,
        );
        continue;
      }
      if (!d.budget.canAfford(1)) {
        d.budget.skip(`record the green branch on issue #${issue.number}`);
        continue;
      }
      const updated: FailureMarker = { ...marker, branches: remaining, cleared };
      const written = withOccurrence(issue.body, updated, new RunLinks(run));
      await d.github.rest.issues.update({
        owner: d.owner,
        repo: d.repo,
        issue_number: issue.number,
        body: written,
      });
      await keepClearedMark(d, issue.number, written, run, branch, forgotten);
      changedAny = true;
      done.push(`Recorded on ${issueLink(issue)} that this branch is green; it still waits on ${waiting}.`);
      continue;
    }
    if (d.dryRun) {
      done.push(`Would close ${issueLink(issue)} with a "green again" comment.`);
      continue;
    }
    if (!d.budget.canAfford(3)) {
      d.budget.skip(`close issue #${issue.number}`);
      continue;
    }
    await d.github.rest.issues.createComment({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      body: greenAgainComment(d.sanitizer, {
        run,
        fingerprint: marker.fingerprint,
        reopenDays: input.reopenDays,
      }),
    });
    // The marker keeps when each branch was cleared, so a late, older failure cannot reopen it.
    const closedMarker: FailureMarker = { ...marker, branches: [], cleared };
    await d.github.rest.issues.update({
      owner: d.owner,
      repo: d.repo,
      issue_number: issue.number,
      body: withOccurrence(issue.body, closedMarker, new RunLinks(run)),
      state: 'closed',
      state_reason: 'completed',
    });
    await releaseClaim(d, marker.fingerprint);
    if (!closedAny) first = ref(issue);
    closedAny = true;
    const also =
      forgotten.length > 0
        ? ` (no longer waiting on ${forgotten.map((b) => d.sanitizer.inline(b, 100)).join(', ')}: deleted or idle)`
        : '';
    done.push(`Closed ${issueLink(issue)}: the workflow is green again${also}.`);
  }
  if (!first)
    return {
      result: 'skipped',
      done: [
        'The open issues of this workflow on this branch stay open: this green run is not provably newer than their failures.',
      ],
    };
  if (d.dryRun) return { result: 'dry-run', issue: first, done };
  if (!closedAny && !changedAny)
    return {
      result: 'skipped',
      issue: first,
      done,
      notFiled: 'Not closed: the operations budget is spent.',
    };
  if (!closedAny) return { result: 'updated', issue: first, done };
  return { result: 'closed', issue: first, done };
}
