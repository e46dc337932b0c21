/**
 * What a person reads after the step: the job summary (verdict, key lines, where, what autoheal
 * did and did not do, API calls and budget) and error annotations on the files the compiler or
 * linter named. Everything from the run is untrusted text and passes the sanitizer.
 */
import { categoryLabel } from '@autoheal/core/analyzer/analyze';
import { failedStepNumber, keyLinesBlock, link, RunLinks, stepUrl } from '@autoheal/core/filing/issue-body';
import type { IssueRef } from '@autoheal/core/filing/issues';
import type { Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { ActionResult, GatheredRun, RunInfo, RunVerdict } from './types.js';

export interface SummaryReport {
  result: ActionResult;
  dryRun: boolean;
  /** Why nothing was analyzed or filed (trigger, config, filters), in our own words. */
  reason?: string;
  run?: RunInfo;
  gathered?: GatheredRun;
  verdict?: RunVerdict;
  /** The re-run decision, when one was made. */
  rerun?: string;
  /** What was done, or would have been (our own sentences; see FileOutcome.done). */
  done: readonly string[];
  notFiled?: string;
  issue?: IssueRef;
  apiCalls: number;
  budget: { limit: number; used: number; undone: readonly string[] };
  analysisFile?: string;
  /** A GitHub error that stopped the run (already described for people). */
  error?: string;
}

const HEADLINES: Record<ActionResult, string> = {
  created: 'filed a new issue',
  updated: 'recorded the failure on its existing issue',
  reopened: 'reopened the issue of a failure that came back',
  closed: 'closed the issues of a workflow that is green again',
  commented: 'commented on the pull request instead of filing an issue (a fork’s: analysis only)',
  skipped: 'nothing filed',
  rerun: 're-ran the failed jobs',
  'dry-run': 'dry run, nothing written',
};

const MAX_OTHER_JOBS = 10;

function verdictLines(s: Sanitizer, r: SummaryReport, run: RunInfo, verdict: RunVerdict): string[] {
  const links = new RunLinks(run);
  const primary = verdict.primary;
  const job = primary.job;
  const finding = primary.analysis.findings[0];
  const stepName = finding?.step ?? primary.analysis.stats.failingStep;
  const stepNo = failedStepNumber(job, stepName);
  const out: string[] = [];
  out.push(
    `**Verdict:** ${categoryLabel(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)}`,
    '',
  );
  const where = [
    `**Run:** ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))} of ${s.inline(run.workflowName, 200)}`,
  ];
  if (run.headBranch) where.push(`on ${s.inline(run.headBranch, 200)}`);
  if (/^[0-9a-f]{7,64}$/i.test(run.headSha))
    where.push(`at ${link(run.headSha.slice(0, 7), links.commit(run.headSha))}`);
  out.push(where.join(' '), '');
  const jobPart = `**Job:** ${link(s.inline(job.name, 200), job.htmlUrl)}`;
  const stepPart =
    stepName !== undefined || stepNo !== undefined
      ? ` · **Step:** ${link(s.inline(stepName ?? `step ${stepNo}`, 200), stepUrl(job, stepNo))}`
      : '';
  out.push(jobPart + stepPart, '');
  if (finding) {
    const first = finding.lines[0];
    const last = finding.lines[finding.lines.length - 1];
    const span =
      first && last
        ? first.start === last.end
          ? ` (line ${first.start})`
          : ` (lines ${first.start}–${last.end})`
        : '';
    out.push(`### Key lines${span}`, '', keyLinesBlock(s, finding), '');
  }
  if (job.logStatus !== 'ok' && job.logStatus !== 'not-fetched')
    out.push(
      `The job's log could not be read: ${s.inline(job.logProblem ?? `logs ${job.logStatus}`, 300)}`,
      '',
    );
  const others = verdict.jobs.filter((j) => j.job.id !== job.id);
  const skipped = r.gathered?.skippedJobs ?? [];
  if (others.length > 0 || skipped.length > 0) {
    out.push('### Other failed jobs', '');
    for (const other of others.slice(0, MAX_OTHER_JOBS)) {
      const key = other.analysis.findings[0]?.keyLine ?? '';
      out.push(
        `- ${link(s.inline(other.job.name, 200), other.job.htmlUrl)}: ${categoryLabel(other.analysis.category)}${key ? ` — ${s.inline(key, 200)}` : ''}`,
      );
    }
    if (others.length > MAX_OTHER_JOBS) out.push(`- … and ${others.length - MAX_OTHER_JOBS} more`);
    if (skipped.length > 0)
      out.push(
        `- ${skipped.length} more failed job${skipped.length === 1 ? ' was' : 's were'} not analyzed (max-jobs): ${skipped
          .slice(0, MAX_OTHER_JOBS)
          .map((j) => s.inline(j.name, 100))
          .join(', ')}`,
      );
    out.push('');
  }
  return out;
}

/** The job summary, as markdown. */
export function renderSummary(s: Sanitizer, r: SummaryReport): string {
  const out: string[] = [`## autoheal analyze-failure: ${HEADLINES[r.result]}`, ''];
  if (r.dryRun) out.push('Dry run: every read happened, nothing was written to GitHub.', '');
  if (r.reason) out.push(s.inline(r.reason, 1000), '');
  if (r.run?.forkReason)
    out.push(
      `**A fork’s run, analysis only:** ${s.inline(r.run.forkReason, 500)}. autoheal files no issue (unless \`forks: issue\`), closes or reopens nothing, fixes nothing and sends no notification for it.`,
      '',
    );
  if (r.error) out.push(`**Stopped by an error:** ${s.inline(r.error, 2000)}`, '');
  if (r.run && r.verdict) out.push(...verdictLines(s, r, r.run, r.verdict));
  else if (r.run) {
    const links = new RunLinks(r.run);
    out.push(
      `**Run:** ${link(`run ${r.run.id}, attempt ${r.run.attempt}`, links.run(r.run.id, r.run.attempt))} of ${s.inline(r.run.workflowName, 200)}`,
      '',
    );
  }
  const actions = [
    ...(r.rerun ? [s.inline(r.rerun, 1000)] : []),
    ...r.done,
    ...(r.notFiled ? [r.notFiled] : []),
  ];
  if (actions.length > 0) out.push('### What autoheal did', '', ...actions.map((a) => `- ${a}`), '');
  out.push('### Cost', '');
  out.push(`- GitHub API calls: ${r.apiCalls}`);
  out.push(`- Writes: ${r.budget.used} of the operations budget of ${r.budget.limit}`);
  if (r.budget.undone.length > 0) {
    out.push(`- Left undone for lack of budget (raise operations-budget, or the next run continues):`);
    for (const what of r.budget.undone.slice(0, 20)) out.push(`  - ${s.inline(what, 300)}`);
  }
  if (r.analysisFile) out.push(`- Analysis file: ${s.inline(r.analysisFile, 500)}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Annotations

const MAX_ANNOTATIONS = 10;
// Checkouts live under these on hosted runners and in containers; annotations want repository paths.
const WORKSPACE_PREFIX =
  /^(?:\/home\/runner\/work\/[^/]+\/[^/]+\/|\/__w\/[^/]+\/[^/]+\/|[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/]|\.\/)/;

/** A repository-relative path for an annotation, or undefined when the path cannot be one. */
export function annotationPath(file: string): string | undefined {
  const relative = file.replace(WORKSPACE_PREFIX, '').replace(/\\/g, '/');
  if (relative === '' || relative.startsWith('/') || /[\n\r]/.test(relative)) return undefined;
  if (relative.split('/').some((part) => part === '..')) return undefined;
  return relative;
}

/**
 * `::error file=…,line=…::` for the compiler and linter locations of each analyzed job, so they
 * show on the changed files. At most 10, most telling job first.
 */
export function annotateLocations(s: Sanitizer, verdict: RunVerdict, log: Logger): number {
  let count = 0;
  const jobs = [verdict.primary, ...verdict.jobs.filter((j) => j !== verdict.primary)];
  for (const job of jobs) {
    for (const finding of job.analysis.findings) {
      if (finding.category !== 'compile_error' && finding.category !== 'lint_failure') continue;
      for (const loc of finding.facts?.locations ?? []) {
        if (count >= MAX_ANNOTATIONS) return count;
        const file = annotationPath(loc.file);
        if (file === undefined) continue;
        // Annotations are plain text in the log: one line, redacted, workflow commands defanged.
        const message = s.log((loc.message ?? finding.keyLine).replace(/\s+/g, ' ').trim(), 1000);
        const props: { title: string; file: string; startLine?: number; startColumn?: number } = {
          title: `autoheal: ${categoryLabel(finding.category)} in ${s.title(job.job.name, 100)}`,
          file,
        };
        if (loc.line !== undefined) props.startLine = loc.line;
        if (loc.column !== undefined) props.startColumn = loc.column;
        log.error(message, props);
        count += 1;
      }
    }
  }
  return count;
}
