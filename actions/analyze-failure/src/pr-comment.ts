/**
 * One autoheal comment per pull request, edited in place: where failures of a PR's runs go when
 * they are not filed as issues (`issues.scope: default-branch`, or a fork's run with
 * `forks: comment`; fork-comment.ts only finds the fork's pull request and calls in here). The comment is
 * found again by its hidden marker, counted only in a comment by a trusted login, and holds one
 * section per key (a workflow, say), each with its own marker, so two workflows failing on one PR
 * share the comment without overwriting each other. A section records the `created_at` of the run
 * that wrote it, and an older run never overwrites a newer one's section (events arrive in any
 * order). Every section's text passes the sanitizer; markers are added after that pass.
 */
import { createHash } from 'node:crypto';
import { categoryLabel } from '@autoheal/core/analyzer/analyze';
import type { OperationBudget } from '@autoheal/core/budget';
import { releaseClaim, takeClaim } from '@autoheal/core/filing/claims';
import { keyLinesBlock, link, nextStep, RunLinks } from '@autoheal/core/filing/issue-body';
import type { FileOutcome } from '@autoheal/core/filing/issues';
import type { GitHubClient } from '@autoheal/core/github-client';
import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import type { Clock, Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { findTrustedComment } from '@autoheal/core/trusted-comments';
import type { RunInfo, RunVerdict } from './types.js';

export const PR_COMMENT_KIND = 'pr-comment';
export const PR_SECTION_KIND = 'pr-section';
/** Most sections kept in one comment (the oldest are dropped first), so the comment stays readable. */
const MAX_SECTIONS = 10;
/** GitHub refuses comment bodies over 65,536 characters; a section is capped well below. */
const MAX_SECTION_CHARS = 6000;

export interface PrCommentDeps {
  github: GitHubClient;
  owner: string;
  repo: string;
  log: Logger;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  dryRun: boolean;
  /** Logins whose markers count. */
  trusted: readonly string[];
  /** Waits this many seconds (scaled in tests), for the claim's winner; the clock's sleep by default. */
  pause?: (seconds: number) => Promise<void>;
  clock?: Clock;
}

export interface PrSection {
  /** What the section is about (a workflow path): one section per key. Any text; it is hashed into the marker. */
  key: string;
  /** The section's markdown; passed through the sanitizer here. */
  markdown: string;
  /** `created_at` of the run the section describes: an older run does not replace a newer one's section. */
  at: string;
  /** A state recorded in the section's marker (verify.ts: `green:<sha>`), for `keepSameTag`. */
  tag?: string;
}

export interface PrCommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'stale' | 'dry-run' | 'skipped';
  commentId?: number;
  url?: string;
  /** One sentence for the summary: our own words, a number and a link. */
  said: string;
}

interface ParsedSection {
  key: string;
  at: string;
  text: string;
  tag?: string;
}

/** The marker's form of a section key: a fork's workflow path is its author's text, so it never goes into a marker raw. */
export function sectionKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

/** The sections of a comment we wrote: each starts at its marker line and runs to the next. */
export function parseSections(body: string): ParsedSection[] {
  const lines = body.split(/\r?\n/);
  const markers = parseMarkers(body).filter((m) => m.fields.kind === PR_SECTION_KIND);
  return markers.map((m, i) => {
    const end = i + 1 < markers.length ? markers[i + 1]!.line - 1 : lines.length;
    return {
      key: m.fields.key ?? '',
      at: m.fields.at ?? '',
      text: lines.slice(m.line, end).join('\n').trim(),
      ...(m.fields.tag === undefined ? {} : { tag: m.fields.tag }),
    };
  });
}

/** The comment's note for a same-repository pull request. */
export const PR_NOTE =
  "<sub>autoheal: this pull request's failed runs, one section per workflow, edited in place on later runs.</sub>";
/** The note on a fork's pull request: why there is a comment and nothing more. */
export const FORK_NOTE =
  '### autoheal: why the checks failed\n\nThis pull request comes from a fork, so autoheal only explains failures here: it opens no issue and proposes no fix for it. This comment is updated when the checks run again.';

function renderComment(pull: number, sections: readonly ParsedSection[], note: string): string {
  // The note goes first: everything after a section's marker belongs to that section.
  const parts = [renderMarker({ kind: PR_COMMENT_KIND, pr: String(pull) }), note, ''];
  for (const s of sections)
    parts.push(
      renderMarker({
        kind: PR_SECTION_KIND,
        key: s.key,
        at: s.at,
        ...(s.tag === undefined ? {} : { tag: s.tag }),
      }),
      s.text,
      '',
    );
  return parts.join('\n').trimEnd();
}

/** Our comment on the pull request, when there is one: the first trusted comment with our marker. */
async function findOurs(
  d: PrCommentDeps,
  pull: number,
): Promise<{ id: number; body: string; url: string } | undefined> {
  return findTrustedComment(d.github, { owner: d.owner, repo: d.repo }, pull, d.trusted, (body) =>
    parseMarkers(body).some((m) => m.fields.kind === PR_COMMENT_KIND) ? true : undefined,
  );
}

/**
 * Creates or edits autoheal's comment on `pull` so that its section for `section.key` says
 * `section.markdown`. Unchanged text writes nothing; a section written by a newer run is left
 * alone (`stale`). With `onlyIfPresent` (a green run), only an existing section is corrected: no
 * comment or section is added for a workflow that never failed here. A create whose answer is lost
 * (5xx after it took effect) is not posted twice: the core client's exactly-once POST finds it.
 */
export async function upsertPrComment(
  d: PrCommentDeps,
  pull: number,
  section: PrSection,
  options: { onlyIfPresent?: boolean; note?: string; sha?: string; keepSameTag?: boolean } = {},
): Promise<PrCommentOutcome> {
  const where = `pull request ${pull}`;
  const existing = await findOurs(d, pull);
  const key = sectionKey(section.key);
  const sections = existing ? parseSections(existing.body) : [];
  const known = sections.find((s) => s.key === key);
  if (!known && options.onlyIfPresent)
    return { action: 'unchanged', said: `No autoheal section for this on ${where}; nothing to update.` };
  const text = d.sanitizer.body(section.markdown, { maxLength: MAX_SECTION_CHARS });
  if (known && Date.parse(known.at) > Date.parse(section.at))
    return {
      action: 'stale',
      ...(existing ? { commentId: existing.id, url: existing.url } : {}),
      said: `The autoheal comment on ${where} already describes a newer run; left as it is.`,
    };
  // The same state told again (a second green run of one commit): the first run's words stay.
  const sameTag = options.keepSameTag && section.tag !== undefined && known?.tag === section.tag;
  if (known && (sameTag || known.text === text.trim()))
    return {
      action: 'unchanged',
      ...(existing ? { commentId: existing.id, url: existing.url } : {}),
      said: `The autoheal comment on ${where} already says this.`,
    };
  const mine: ParsedSection = {
    key,
    at: section.at,
    text: text.trim(),
    ...(section.tag === undefined ? {} : { tag: section.tag }),
  };
  const next = known
    ? sections.map((s) => (s === known ? mine : s))
    : [...sections, mine].slice(-MAX_SECTIONS);
  const body = renderComment(pull, next, options.note ?? PR_NOTE);
  const verb = existing ? 'update' : 'post';
  if (d.dryRun) return { action: 'dry-run', said: `Would ${verb} the autoheal comment on ${where}.` };
  // A first post with a claim writes twice: the claim ref and the comment.
  if (!d.budget.canAfford(!existing && options.sha !== undefined ? 2 : 1)) {
    d.budget.skip(`${verb} the comment on pull request #${pull}`);
    return { action: 'skipped', said: `Not ${verb}ed: the operations budget is spent (${where}).` };
  }
  if (existing) {
    const { data } = await d.github.rest.issues.updateComment({
      owner: d.owner,
      repo: d.repo,
      comment_id: existing.id,
      body,
    });
    return {
      action: 'updated',
      commentId: data.id,
      url: data.html_url,
      said: `Updated the autoheal comment on ${link(where, data.html_url)}.`,
    };
  }
  // Runs of several workflows on one PR race to post its one comment: the claim picks one poster;
  // the others wait for its comment and add their section to it.
  if (options.sha !== undefined && !(await mayPost(d, pull, options.sha)))
    return upsertPrComment(d, pull, section, { ...options, sha: undefined });
  const { data } = await d.github.rest.issues.createComment({
    owner: d.owner,
    repo: d.repo,
    issue_number: pull,
    body,
  });
  return {
    action: 'created',
    commentId: data.id,
    url: data.html_url,
    said: `Commented on ${link(where, data.html_url)}.`,
  };
}

/** How long a loser of the comment claim waits for the winner's comment: 1+2+4+8+15 s. */
const CLAIM_WAITS_S = [1, 2, 4, 8, 15];

/** The claim's name for a pull request's comment: hex, as claims.ts wants, apart from fingerprints (16). */
function commentClaim(pull: number): string {
  return createHash('sha256').update(`pr-comment:${pull}`, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Whether this run should post the comment: it took the claim (or claims are unavailable), or it
 * lost it and no comment came while it waited (a claimant that died: the claim is taken over).
 * False once the winner's comment is there, to be edited instead. The claim stays after posting
 * (the comment, found by its marker, is what later runs go by); it only decides the first post.
 */
async function mayPost(d: PrCommentDeps, pull: number, sha: string): Promise<boolean> {
  const claim = commentClaim(pull);
  for (let round = 0; round < 2; round++) {
    if ((await takeClaim(d, claim, sha)) !== 'lost') return true;
    for (const seconds of CLAIM_WAITS_S) {
      await (d.pause ? d.pause(seconds) : d.clock?.sleep(seconds * 1000));
      if (await findOurs(d, pull)) return false;
    }
    if (round === 0) {
      d.log.info(
        `The claim on the comment of pull request ${pull} has no comment after waiting; taking it over.`,
      );
      await releaseClaim(d, claim);
    }
  }
  return true;
}

/**
 * The section for a failed run of a PR's branch: what failed, the key lines, a next step. A fork's
 * run gets no next step (`advice: false`): its log is the fork author's text, and advice built from
 * it ("declare evil_pkg") must not read as ours.
 */
export function failureSection(
  s: Sanitizer,
  run: RunInfo,
  verdict: RunVerdict,
  options: { advice?: boolean } = {},
): string {
  const links = new RunLinks(run);
  const job = verdict.primary.job;
  const finding = verdict.primary.analysis.findings[0];
  const out = [
    `**${s.inline(run.workflowName, 200)} failed** in ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}` +
      ` · job ${link(s.inline(job.name, 200), job.htmlUrl)}: ${categoryLabel(verdict.category)}` +
      ` (confidence ${verdict.confidence.toFixed(2)})`,
    '',
  ];
  if (finding) out.push(keyLinesBlock(s, { ...finding, excerpt: finding.excerpt.slice(0, 15) }), '');
  if (options.advice ?? true) out.push(nextStep(s, verdict.category, finding?.facts));
  return out.join('\n').trimEnd();
}

/** The section once the workflow is green again on the PR's branch. */
export function greenSection(s: Sanitizer, run: RunInfo): string {
  const links = new RunLinks(run);
  return `**${s.inline(run.workflowName, 200)} is green again.** Passed in ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}.`;
}

/** Where a run's outcome goes under `issues.scope`. */
export type Destination = 'issue' | 'pr-comment' | 'summary';

/**
 * `all`, the default branch, or a run without a branch (a tag): an issue. Another branch with
 * `default-branch`: a comment on its pull requests when it has any (`pull_requests` of the run,
 * which GitHub fills for pull requests in the same repository), else the job summary alone.
 */
export function destinationOf(scope: 'default-branch' | 'all', run: RunInfo): Destination {
  if (scope === 'all' || run.headBranch === null || run.headBranch === run.defaultBranch) return 'issue';
  return (run.pullRequests?.length ?? 0) > 0 ? 'pr-comment' : 'summary';
}

/** Most pull requests of one branch commented on by one run. */
const MAX_PULLS = 3;

/**
 * The outcome of a run whose destination is not an issue: its section on each of the branch's
 * pull requests (`green`: only corrected where a comment exists), or a note that only the summary
 * tells.
 */
export async function reportOnPulls(
  d: PrCommentDeps,
  run: RunInfo,
  destination: Exclude<Destination, 'issue'>,
  section: { markdown: string; green: boolean },
): Promise<FileOutcome> {
  const branch = d.sanitizer.inline(run.headBranch ?? '', 100);
  if (destination === 'summary')
    return {
      result: 'skipped',
      done: [
        section.green
          ? `Green on ${branch}; no pull request and no issue to update (issues.scope is default-branch).`
          : `Not filed: ${branch} is not the default branch and has no pull request, and issues.scope is default-branch, so this summary is the only report.`,
      ],
    };
  const at = run.createdAt ?? new Date(0).toISOString();
  const done: string[] = [];
  let wrote = false;
  let dry = false;
  for (const pull of (run.pullRequests ?? []).slice(0, MAX_PULLS)) {
    const got = await upsertPrComment(
      d,
      pull,
      { key: run.workflowPath, markdown: section.markdown, at },
      { onlyIfPresent: section.green, sha: run.headSha },
    );
    done.push(got.said);
    if (got.action === 'created' || got.action === 'updated') wrote = true;
    if (got.action === 'dry-run') dry = true;
  }
  return { result: wrote ? 'commented' : dry ? 'dry-run' : 'skipped', done };
}
