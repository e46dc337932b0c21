/**
 * Failures that are not a GitHub Actions run: a command run under `autoheal run` on any CI (or a
 * laptop), or a Node program's uncaught error caught by captureErrors. They are analyzed by the
 * same analyzer and filed by the same code as analyze-failure's (fingerprints, markers, labels,
 * caps, sanitizer, claims), so the same failure is one issue whoever reports it. What differs is
 * only where it happened: the RunInfo carries an `external` site, and the body links to the CI
 * provider instead of an Actions page.
 */
import { createHash } from 'node:crypto';
import { type Analysis, analyzeFile, analyzeLog, categoryLabel } from '../analyzer/analyze.js';
import type { UserRule } from '../analyzer/user-rules.js';
import type { AutohealConfig } from '../config/schema.js';
import { failureFingerprint } from '../fingerprint.js';
import type { GitHubClient } from '../github-client.js';
import { defangWorkflowCommands } from '../text/controls.js';
import type { Sanitizer } from '../text/sanitize.js';
import { nextStep } from './issue-body.js';
import { type FileOutcome, fileFailure, type IssueDeps } from './issues.js';
import type { CapturedNodeError, ExternalRun, FailedJob, RunInfo, RunVerdict } from './types.js';
import { failureSite } from './verdict.js';

export type { CapturedNodeError, ExternalRun } from './types.js';

/** The `workflow` of an external failure's marker: never a real workflow path, so never an Actions issue. */
export const EXTERNAL_RUN_WORKFLOW = 'external:run';
export const EXTERNAL_CAPTURE_WORKFLOW = 'external:capture';

/** What was captured: a spill file on disk (streamed, never read whole) or a short text. */
export type CapturedOutput = { file: string } | { text: string };

/** Where the failure happened, as the CI provider's environment says (every field untrusted). */
export interface ExternalSite {
  /** `GitLab CI`, `Jenkins`, `Buildkite`… or `local` when no CI was detected. */
  provider: string;
  /** The provider's pipeline or build id. */
  runId?: string;
  /** The provider's job id, when jobs have their own. */
  jobId?: string;
  /** 1 for the first try; a retried job counts up. */
  attempt?: number;
  /** The run or job page. */
  runUrl?: string;
  /** The CI job's name. */
  job?: string;
  branch?: string;
  commit?: string;
  /** The default branch when the provider names it (GitLab does); else GitHub is asked when needed. */
  defaultBranch?: string;
}

export interface ExternalFailure {
  owner: string;
  repo: string;
  output: CapturedOutput;
  /** The command as run, secrets already redacted by the caller (redacted again before posting). */
  command: string;
  exitCode?: number | null;
  signal?: string | null;
  site: ExternalSite;
  /** A Node program's uncaught error (captureErrors); then `output` is the last lines it wrote. */
  error?: CapturedNodeError;
  /** The program's name (captureErrors): what identifies it in fingerprints instead of the command. */
  program?: string;
}

/** What filing needs (as IssueDeps), the client made optional, and what an external report adds. */
export interface ExternalDeps
  extends Pick<IssueDeps, 'log' | 'clock' | 'budget' | 'sanitizer' | 'dryRun' | 'trusted' | 'pause'> {
  /** Without a client nothing is filed: the analysis is returned for printing. */
  github?: GitHubClient;
  config: Pick<AutohealConfig, 'labels' | 'issues'>;
  userRules?: readonly UserRule[];
  /** The repository's web address (GHES: the server's), for links; github.com by default. */
  repoUrl?: string;
  /** Asked with the verdict before anything is sent: a reason not to file (a rate limit), or undefined. */
  beforeFiling?: (verdict: RunVerdict) => Promise<string | undefined>;
}

export interface ExternalOutcome {
  run: RunInfo;
  verdict: RunVerdict;
  /** Undefined when there was no client, or the scope keeps this branch out of issues (see `notFiled`). */
  filed?: FileOutcome;
  notFiled?: string;
}

const MAX_JOB_NAME = 200;
const MAX_LAST_LINES = 200;

/** A command collapsed to one line and capped: what names the "job" of an external failure. */
export function commandName(command: string): string {
  const one = command.replace(/\s+/g, ' ').trim();
  return one.length > MAX_JOB_NAME ? `${one.slice(0, MAX_JOB_NAME - 1)}…` : one || '(no command)';
}

/**
 * A stand-in run id: a number (the markers and occurrence comments count run:attempt pairs) that
 * is the same for every report from one CI job and differs between jobs. Without any CI id, the
 * clock's milliseconds: each local run is its own occurrence.
 */
export function standInRunId(site: ExternalSite, now: number): number {
  const parts = [site.provider, site.runId ?? '', site.jobId ?? '', site.runUrl ?? ''];
  if (parts.slice(1).every((p) => p === '')) return Math.max(1, Math.floor(now));
  const hex = createHash('sha256').update(parts.join('\n'), 'utf8').digest('hex').slice(0, 12);
  // 48 bits: at most 15 digits, what the marker reader accepts.
  return Number.parseInt(hex, 16) || 1;
}

function runLabel(site: ExternalSite): string {
  const parts: string[] = [];
  if (site.runId) parts.push(`run ${site.runId}`);
  if (site.jobId) parts.push(`job ${site.jobId}`);
  if ((site.attempt ?? 1) > 1) parts.push(`attempt ${site.attempt}`);
  return parts.length > 0 ? parts.join(', ') : site.provider === 'local' ? 'a local run' : 'a run';
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The RunInfo filing needs, for a failure outside Actions. */
export function externalRunInfo(input: ExternalFailure, now: number, repoUrl?: string): RunInfo {
  const { site } = input;
  const attempt =
    site.attempt !== undefined && Number.isInteger(site.attempt) && site.attempt > 0 ? site.attempt : 1;
  const external: ExternalRun = {
    provider: site.provider,
    label: runLabel(site),
    command: input.command,
    ...(site.runUrl ? { runUrl: site.runUrl } : {}),
    ...(repoUrl ? { repoUrl } : {}),
    ...(input.exitCode === undefined ? {} : { exitCode: input.exitCode }),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(site.job ? { ciJob: site.job } : {}),
    ...(input.error ? { error: input.error } : {}),
  };
  return {
    owner: input.owner,
    repo: input.repo,
    id: standInRunId(site, now),
    attempt,
    workflowName: input.error ? 'uncaught error' : site.provider === 'local' ? 'local run' : site.provider,
    workflowPath: input.error ? EXTERNAL_CAPTURE_WORKFLOW : EXTERNAL_RUN_WORKFLOW,
    workflowId: 0,
    headBranch: site.branch ?? null,
    headSha: site.commit && /^[0-9a-f]{40}$/i.test(site.commit) ? site.commit.toLowerCase() : '',
    event: 'external',
    status: 'completed',
    conclusion: 'failure',
    actor: null,
    htmlUrl: site.runUrl ?? '',
    defaultBranch: site.defaultBranch ?? '',
    createdAt: iso(now),
    external,
  };
}

/** The first stack frame of the project itself (not node: internals, not node_modules). */
export function projectFrame(stack: string | undefined): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(1, 50)) {
    const t = line.trim();
    if (!t.startsWith('at ') || /\bnode:|node_modules|\(internal\//.test(t)) continue;
    return t.slice(0, 300);
  }
  return undefined;
}

/** The captured error's analysis: the category from its text, its first line as the key line, the program's last lines as the excerpt. */
async function analyzeCaptured(
  error: CapturedNodeError,
  output: CapturedOutput,
  userRules: readonly UserRule[] | undefined,
): Promise<Analysis> {
  const head = `${error.type}: ${error.message}`.split('\n')[0]!.slice(0, 500);
  const text = `${head}\n${error.stack ?? ''}`;
  const analysis = await analyzeLog(text, userRules ? { userRules } : {});
  const last =
    'text' in output
      ? output.text
          .split(/\r?\n/)
          .filter((l) => l !== '')
          .slice(-MAX_LAST_LINES)
      : [];
  const lead = analysis.findings[0];
  const finding = {
    category: analysis.category,
    confidence: analysis.confidence,
    title: `${error.type}: ${error.message}`.slice(0, 300),
    lines: [],
    keyLine: head,
    excerpt: last.map((t, i) => ({ no: i + 1, text: t })),
    rule: lead?.rule ?? 'captured-error',
    ...(lead?.facts ? { facts: lead.facts } : {}),
  };
  return { ...analysis, findings: [finding, ...analysis.findings.slice(1)] };
}

/** The verdict of an external failure: one "job", the command (or the program). */
export async function judgeExternal(
  input: ExternalFailure,
  run: RunInfo,
  userRules?: readonly UserRule[],
): Promise<RunVerdict> {
  const jobName = input.program ? commandName(input.program) : commandName(input.command);
  let analysis: Analysis;
  let keyLine: string;
  if (input.error) {
    analysis = await analyzeCaptured(input.error, input.output, userRules);
    const frame = projectFrame(input.error.stack);
    // The frame tells apart the same message thrown from two places; positions are normalised away.
    keyLine = `${analysis.findings[0]!.keyLine}${frame ? ` ${frame}` : ''}`;
  } else {
    const options = userRules ? { userRules } : {};
    analysis =
      'file' in input.output
        ? await analyzeFile(input.output.file, options)
        : await analyzeLog(input.output.text, options);
    keyLine = analysis.findings[0]?.keyLine || analysis.summary;
  }
  const job: FailedJob = {
    id: run.id,
    name: jobName,
    htmlUrl: run.htmlUrl,
    conclusion: 'failure',
    startedAt: null,
    completedAt: null,
    failedSteps: [],
    logStatus: 'ok',
    ...('file' in input.output ? { logFile: input.output.file } : {}),
    annotations: [],
  };
  const fingerprint = failureFingerprint({
    workflowPath: run.workflowPath,
    jobName,
    category: analysis.category,
    keyLine,
  });
  const primary = { job, analysis, fingerprint };
  return {
    category: analysis.category,
    confidence: analysis.confidence,
    fingerprint,
    keyLine: analysis.findings[0]?.keyLine || analysis.summary,
    primary,
    jobs: [primary],
    site: failureSite(run.workflowPath, jobName, undefined),
  };
}

/** Whether `issues.scope` lets this branch's failure become an issue (as analyze-failure decides). */
async function inScope(d: ExternalDeps, run: RunInfo): Promise<string | undefined> {
  if (d.config.issues.scope === 'all' || run.headBranch === null) return undefined;
  let defaultBranch = run.defaultBranch;
  if (defaultBranch === '' && d.github) {
    const { data } = await d.github.rest.repos.get({ owner: run.owner, repo: run.repo });
    defaultBranch = data.default_branch;
    run.defaultBranch = defaultBranch;
  }
  if (defaultBranch === '' || run.headBranch === defaultBranch) return undefined;
  return `Not filed: the failure is on ${run.headBranch}, not the default branch ${defaultBranch}, and issues.scope is default-branch.`;
}

/**
 * Analyze an external failure and, with a client, file or update its issue through the one filing
 * path. Throws what GitHub throws: the caller decides that an outage must not fail its build.
 */
export async function reportExternalFailure(
  input: ExternalFailure,
  deps: ExternalDeps,
): Promise<ExternalOutcome> {
  const run = externalRunInfo(input, deps.clock.now(), deps.repoUrl);
  const verdict = await judgeExternal(input, run, deps.userRules);
  if (!deps.github) return { run, verdict };
  const out = (await deps.beforeFiling?.(verdict)) ?? (await inScope(deps, run));
  if (out) return { run, verdict, notFiled: out };
  const issueDeps: IssueDeps = {
    github: deps.github,
    owner: input.owner,
    repo: input.repo,
    log: deps.log,
    clock: deps.clock,
    budget: deps.budget,
    sanitizer: deps.sanitizer,
    dryRun: deps.dryRun,
    trusted: deps.trusted,
    ...(deps.pause ? { pause: deps.pause } : {}),
  };
  const { labels, issues } = deps.config;
  const filed = await fileFailure(issueDeps, {
    run,
    gathered: { run, jobs: [verdict.primary.job], skippedJobs: [] },
    verdict,
    labels: { base: labels.base, categoryPrefix: labels.categoryPrefix, extra: labels.extra },
    maxPerHour: issues.maxPerHour,
    reopenDays: issues.reopenDays,
    minConfidence: issues.minConfidence,
  });
  return { run, verdict, filed };
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** Inline markdown as a terminal should show it: character references decoded, zero-width spaces gone. */
function plainText(markdown: string): string {
  return markdown
    .replace(/&#x([0-9a-f]{1,6});/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&(amp|lt|gt|quot);/g, (_m, name: string) => NAMED[name] ?? '')
    .replace(/\u200b/g, '');
}

/**
 * The analysis as plain lines for a terminal (no token, or a dry run): category, key lines, a
 * next step. Secrets are redacted; nothing here is markdown.
 */
export function describeExternal(
  outcome: Pick<ExternalOutcome, 'verdict'>,
  sanitizer: Sanitizer,
  maxLines = 20,
): string[] {
  const { verdict } = outcome;
  const finding = verdict.primary.analysis.findings[0];
  const out = [
    `autoheal: ${categoryLabel(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)}`,
    `  key line: ${sanitizer.redact(verdict.keyLine).slice(0, 500)}`,
  ];
  const excerpt = finding?.excerpt ?? [];
  if (excerpt.length > 0) {
    out.push('  key lines:');
    for (const l of excerpt.slice(0, maxLines)) out.push(`    ${sanitizer.redact(l.text).slice(0, 500)}`);
    if (excerpt.length > maxLines) out.push(`    … ${excerpt.length - maxLines} more`);
  }
  const step = plainText(nextStep(sanitizer, verdict.category, finding?.facts));
  out.push(`  next step: ${step}`, `  fingerprint: ${verdict.fingerprint}`);
  // In an Actions log a line whose trimmed start is `::` is a workflow command: the output's lines
  // (stripped of the control characters that kept them from being one) must not become one here.
  return out.map(defangWorkflowCommands);
}
