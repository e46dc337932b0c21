/**
 * What a fork's failing run gets by default: one comment on its pull request, edited in place on
 * later runs, holding one section per workflow. Nothing else is written for it: the log is the
 * fork author's text, so it must not open issues, spend caps, ping webhooks or reach a fixer.
 *
 * The pull request is found through the API (a fork's run lists none), by the fork's owner and
 * branch, and kept only when its head is exactly the run's commit from the run's head repository.
 * The comment is found by its marker in comments written by a trusted login only.
 */
import { categoryLabel } from '@autoheal/core/analyzer/analyze';
import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { findMarker, isTrustedMarkerSource, parseMarkers, renderMarker } from '@autoheal/core/markers';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { keyLinesBlock, link, RunLinks } from './issue-body.js';
import type { RunInfo, RunVerdict } from './types.js';

export const FORK_COMMENT_KIND = 'fork-analysis';
const SECTION_KIND = 'fork-section';
const END_KIND = 'fork-end';
const MAX_SECTIONS = 10;

export interface ForkPull {
  number: number;
  url: string;
}

export interface ForkCommentDeps {
  github: GitHubClient;
  owner: string;
  repo: string;
  sanitizer: Sanitizer;
  budget: OperationBudget;
  dryRun: boolean;
  trusted: readonly string[];
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

/** One workflow's section: our words and numbers; run text only through the sanitizer. */
export function forkSection(s: Sanitizer, run: RunInfo, verdict: RunVerdict): string {
  const links = new RunLinks(run);
  const job = verdict.primary.job;
  const finding = verdict.primary.analysis.findings[0];
  const lines = [
    renderMarker({ kind: SECTION_KIND, workflow: run.workflowPath }),
    `#### ${s.inline(run.workflowName, 200)}`,
    '',
    `${categoryLabel(verdict.category)} (\`${verdict.category}\`), confidence ${verdict.confidence.toFixed(2)}, in ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}, job ${link(s.inline(job.name, 200), job.htmlUrl)}.`,
    '',
  ];
  if (finding) lines.push(keyLinesBlock(s, finding), '');
  return lines.join('\n');
}

/** Sections of an earlier comment of ours, by workflow path, in order. */
export function sectionsOf(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const all = body.split(/\r\n|\r|\n/);
  const markers = parseMarkers(body).filter(
    (m) => m.fields.kind === SECTION_KIND || m.fields.kind === END_KIND,
  );
  markers.forEach((m, i) => {
    if (m.fields.kind !== SECTION_KIND || m.fields.workflow === undefined) return;
    const end = markers[i + 1]?.line ?? all.length + 1;
    out.set(m.fields.workflow, all.slice(m.line - 1, end - 1).join('\n'));
  });
  return out;
}

/** The whole comment: the header marker, the sections (newest workflow replacing its own), a footer. */
export function forkCommentBody(sections: ReadonlyMap<string, string>): string {
  const kept = [...sections.values()].slice(-MAX_SECTIONS);
  return [
    renderMarker({ kind: FORK_COMMENT_KIND }),
    '### autoheal: why the checks failed',
    '',
    'This pull request comes from a fork, so autoheal only explains failures here: it opens no issue and proposes no fix for it. This comment is updated when the checks run again.',
    '',
    ...kept,
    renderMarker({ kind: END_KIND }),
    '',
  ].join('\n');
}

/** A workflow's section once a later run of it passed: the failure it showed is gone. */
export function forkGreenSection(s: Sanitizer, run: RunInfo): string {
  const links = new RunLinks(run);
  return [
    renderMarker({ kind: SECTION_KIND, workflow: run.workflowPath }),
    `#### ${s.inline(run.workflowName, 200)}`,
    '',
    `Passed in ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}.`,
    '',
  ].join('\n');
}

/**
 * A fork's green run: if our comment on its pull request shows this workflow failing, say it
 * passes now. Only our own comment is edited; nothing is written when there is none.
 */
export async function markForkPullGreen(d: ForkCommentDeps, run: RunInfo): Promise<ForkCommentOutcome> {
  const pull = await findForkPull(d.github, run);
  if (!pull) return { result: 'skipped', done: [] };
  const comments = await d.github.paginate(d.github.rest.issues.listComments, {
    owner: d.owner,
    repo: d.repo,
    issue_number: pull.number,
    per_page: 100,
  });
  const ours = comments.find(
    (c) => isTrustedMarkerSource(c.user?.login, d.trusted) && findMarker(c.body, FORK_COMMENT_KIND),
  );
  const sections = ours ? sectionsOf(ours.body ?? '') : undefined;
  if (!ours || !sections?.has(run.workflowPath)) return { result: 'skipped', pull, done: [] };
  sections.set(run.workflowPath, forkGreenSection(d.sanitizer, run));
  const body = forkCommentBody(sections);
  if (ours.body === body) return { result: 'skipped', pull, done: [] };
  const prLink = link(`pull request ${pull.number}`, pull.url);
  if (d.dryRun)
    return { result: 'dry-run', pull, done: [`Would update the comment on ${prLink}: passes now.`] };
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`update the comment on pull request #${pull.number}`);
    return { result: 'skipped', pull, done: [] };
  }
  await d.github.rest.issues.updateComment({ owner: d.owner, repo: d.repo, comment_id: ours.id, body });
  return { result: 'commented', pull, done: [`Updated the comment on ${prLink}: the workflow passes now.`] };
}

/** Writes (or, unchanged, leaves) the one comment on the fork's pull request. */
export async function commentOnForkPull(
  d: ForkCommentDeps,
  run: RunInfo,
  verdict: RunVerdict,
): Promise<ForkCommentOutcome> {
  const pull = await findForkPull(d.github, run);
  if (!pull)
    return {
      result: 'skipped',
      done: [
        'Found no open pull request whose head is this run’s commit in its fork, so nothing was written.',
      ],
    };
  const prLink = link(`pull request ${pull.number}`, pull.url);
  const comments = await d.github.paginate(d.github.rest.issues.listComments, {
    owner: d.owner,
    repo: d.repo,
    issue_number: pull.number,
    per_page: 100,
  });
  const ours = comments.find(
    (c) => isTrustedMarkerSource(c.user?.login, d.trusted) && findMarker(c.body, FORK_COMMENT_KIND),
  );
  const sections = ours ? sectionsOf(ours.body ?? '') : new Map<string, string>();
  sections.delete(run.workflowPath);
  sections.set(run.workflowPath, forkSection(d.sanitizer, run, verdict));
  const body = forkCommentBody(sections);
  if (ours && ours.body === body)
    return { result: 'skipped', pull, done: [`The comment on ${prLink} already says this; nothing to do.`] };
  const verb = ours ? 'update the comment on' : 'comment on';
  if (d.dryRun) return { result: 'dry-run', pull, done: [`Would ${verb} ${prLink} (analysis only).`] };
  if (!d.budget.canAfford(1)) {
    d.budget.skip(`${verb} pull request #${pull.number}`);
    return { result: 'skipped', pull, done: [`Did not ${verb} ${prLink}: the operations budget is spent.`] };
  }
  if (ours)
    await d.github.rest.issues.updateComment({ owner: d.owner, repo: d.repo, comment_id: ours.id, body });
  else
    await d.github.rest.issues.createComment({
      owner: d.owner,
      repo: d.repo,
      issue_number: pull.number,
      body,
    });
  return {
    result: 'commented',
    pull,
    done: [`${ours ? 'Updated the comment on' : 'Commented on'} ${prLink}: the analysis, and nothing else.`],
  };
}
