import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Analysis, analyzeFile, categoryLabel, type Finding } from '../analyzer/analyze.js';
import { type RunnerEvent, strongestRunnerEvent, withRunnerEvent } from '../analyzer/annotations.js';
import { type FailureCategory, ROOT_CAUSE_RANK } from '../analyzer/categories.js';
import { categoryFromStepName } from '../analyzer/classify.js';
import type { Facts } from '../analyzer/facts.js';
import type { UserRule } from '../analyzer/user-rules.js';
import { failureFingerprint, normalizeJobName, normalizeWorkflowPath } from '../fingerprint.js';
import type { FailedJob, GatheredRun, JobVerdict, RunInfo, RunVerdict } from './types.js';

/**
 * The verdict: each failed job's log through the analyzer (with the baseline when there is one),
 * the runner's own account from the annotations put first when it has one (a timeout explains the
 * lines before it), and, without a log, what the annotations and the step name tell. The run's
 * verdict is the strongest job's: see `strongerVerdict`.
 */

export interface JudgeOptions {
  userRules?: readonly UserRule[];
  /**
   * Reads a job's check-run annotations into `job.annotations` when the log alone is not
   * conclusive (see `logIsConclusive`). Without it, the annotations already on the job are used.
   */
  loadAnnotations?: (job: FailedJob) => Promise<void>;
}

/** A log finding at least this confident needs no word from the runner. */
export const CONCLUSIVE_CONFIDENCE = 0.8;

/**
 * Whether a job's log analysis can stand without the check-run annotations: the log was read, the
 * finding is confident, and nothing hints at what only the runner reports (a job or step that was
 * cancelled or timed out: that is how a hit `timeout-minutes` or a lost runner looks).
 */
export function logIsConclusive(job: FailedJob, analysis: Analysis | undefined): boolean {
  if (!analysis || job.logStatus !== 'ok') return false;
  if (job.conclusion !== 'failure') return false;
  if (job.failedSteps.some((st) => st.conclusion !== 'failure')) return false;
  return analysis.confidence >= CONCLUSIVE_CONFIDENCE;
}

/**
 * Confidences this close count as equal, so that among near-equals the likelier root cause wins
 * (the network failing explains the tests failing after it) rather than a rounding difference.
 */
export const CONFIDENCE_TIE = 0.15;

/** Name of the stand-in job of a run that failed before, or without, any job failing. */
export const RUN_LEVEL_JOB = '(workflow)';

interface Synthetic {
  category: FailureCategory;
  confidence: number;
  keyLine: string;
  title: string;
  rule: string;
  facts?: Facts;
  step?: string;
}

/** A finding that comes from what the API says rather than from log lines (so it points at none). */
function syntheticFinding(s: Synthetic): Finding {
  const finding: Finding = {
    category: s.category,
    confidence: s.confidence,
    title: s.title,
    lines: [],
    keyLine: s.keyLine,
    excerpt: [],
    rule: s.rule,
  };
  if (s.step) finding.step = s.step;
  if (s.facts && Object.keys(s.facts).length > 0) finding.facts = s.facts;
  return finding;
}

function syntheticAnalysis(s: Synthetic, summary: string): Analysis {
  const analysis: Analysis = {
    schemaVersion: 1,
    category: s.category,
    confidence: s.confidence,
    summary,
    findings: [syntheticFinding(s)],
    stats: {
      linesRead: 0,
      bytes: 0,
      format: 'plain',
      steps: 0,
      baselineUsed: false,
      linesShown: 0,
      durationMs: 0,
    },
  };
  if (s.step) analysis.stats.failingStep = s.step;
  return analysis;
}

function eventSynthetic(event: RunnerEvent, step: string | undefined): Synthetic {
  const s: Synthetic = {
    category: event.category,
    confidence: event.confidence,
    keyLine: event.keyLine,
    title: `${categoryLabel(event.category)} (runner): ${event.message}`,
    rule: event.rule,
    facts: { ...event.facts, ...(step ? { step } : {}) },
  };
  if (step) s.step = step;
  return s;
}

/** What can be said of a job whose log could not be read. */
function withoutLog(job: FailedJob, event: RunnerEvent | undefined, step: string | undefined): Analysis {
  const why = job.logProblem ?? 'Its log was not read.';
  if (event)
    return syntheticAnalysis(
      eventSynthetic(event, step),
      `${categoryLabel(event.category)}: ${event.message} ${why}`,
    );
  const prior = categoryFromStepName(step);
  const where = step ? `Step "${step}"` : `Job "${job.name}"`;
  return syntheticAnalysis(
    {
      category: prior ?? 'unknown',
      // A guess from a step's name: enough to label, too little to act on alone.
      confidence: prior ? 0.3 : 0.1,
      keyLine: `${where} failed; its log could not be read.`,
      title: `${categoryLabel(prior ?? 'unknown')} (guessed from the step name): ${where} failed`,
      rule: prior ? 'step-name' : 'no-log',
      facts: step ? { step } : {},
      ...(step ? { step } : {}),
    },
    `${where} failed. ${why}`,
  );
}

/** One job's analysis. */
export async function analyzeJob(job: FailedJob, options: JudgeOptions = {}): Promise<Analysis> {
  const step = job.failedSteps[0]?.name;
  if (job.logStatus !== 'ok' || !job.logFile) {
    await options.loadAnnotations?.(job);
    return withoutLog(job, strongestRunnerEvent(job.annotations), step);
  }
  const analysis = await analyzeFile(job.logFile, {
    ...(job.baselineLogFile ? { baselinePath: job.baselineLogFile } : {}),
    ...(options.userRules ? { userRules: options.userRules } : {}),
    ...(step ? { stepName: step } : {}),
  });
  // One request saved per job on the common path: a confident log says what the runner would.
  if (options.loadAnnotations && !logIsConclusive(job, analysis)) await options.loadAnnotations(job);
  const event = strongestRunnerEvent(job.annotations);
  return event ? withRunnerEvent(analysis, event, step) : analysis;
}

/** The line a job's verdict rests on: its lead finding's key line, else the analysis' summary. */
function keyLineOf(analysis: Analysis): string {
  return analysis.findings[0]?.keyLine || analysis.summary;
}

function jobVerdict(run: RunInfo, job: FailedJob, analysis: Analysis): JobVerdict {
  return {
    job,
    analysis,
    fingerprint: failureFingerprint({
      workflowPath: run.workflowPath,
      jobName: job.name,
      category: analysis.category,
      keyLine: keyLineOf(analysis),
    }),
  };
}

/**
 * The job whose finding is the run's verdict: among the jobs whose confidence is within
 * CONFIDENCE_TIE of the most confident one, the likelier root cause (ROOT_CAUSE_RANK), and among
 * those the earliest job. The window is measured from the top, so near-equals cannot chain down
 * to a weak finding.
 */
export function strongestVerdict(verdicts: readonly JobVerdict[]): JobVerdict {
  if (verdicts.length === 0) throw new RangeError('strongestVerdict needs at least one job verdict');
  const top = Math.max(...verdicts.map((v) => v.analysis.confidence));
  let best: JobVerdict | undefined;
  for (const v of verdicts) {
    if (v.analysis.confidence < top - CONFIDENCE_TIE - 1e-9) continue;
    if (!best || ROOT_CAUSE_RANK[v.analysis.category] > ROOT_CAUSE_RANK[best.analysis.category]) best = v;
  }
  return best!;
}

/** A run with no failed job to read: a startup failure (an invalid workflow file), or a failure of the run as a whole. */
function runLevelVerdict(gathered: GatheredRun): JobVerdict {
  const { run } = gathered;
  const file = path.posix.basename(run.workflowPath);
  const job: FailedJob = {
    id: 0,
    name: RUN_LEVEL_JOB,
    htmlUrl: run.htmlUrl,
    conclusion: run.conclusion,
    startedAt: null,
    completedAt: null,
    failedSteps: [],
    logStatus: 'not-fetched',
    logProblem: 'No job ran to completion with a failure, so there is no job log to read.',
    annotations: [],
  };
  const title = run.displayTitle ? ` (run "${run.displayTitle}")` : '';
  let s: Synthetic;
  if (run.conclusion === 'startup_failure') {
    s = {
      category: 'workflow_syntax',
      confidence: 0.8,
      keyLine: `The workflow file ${run.workflowPath} failed at startup: GitHub could not start any job from it.`,
      title: `${categoryLabel('workflow_syntax')}: ${file} failed at startup, before any job ran${title}`,
      rule: 'run.startup-failure',
      facts: { file: run.workflowPath },
    };
  } else if (run.conclusion === 'timed_out') {
    s = {
      category: 'timeout',
      confidence: 0.6,
      keyLine: `The run of ${run.workflowPath} timed out.`,
      title: `${categoryLabel('timeout')}: the run of ${file} timed out${title}`,
      rule: 'run.timed-out',
    };
  } else {
    s = {
      category: 'unknown',
      confidence: 0.1,
      keyLine: `The run of ${run.workflowPath} failed, but none of its jobs did.`,
      title: `${categoryLabel('unknown')}: the run of ${file} failed, but none of its jobs did${title}`,
      rule: 'run.no-failed-job',
    };
  }
  return jobVerdict(run, job, syntheticAnalysis(s, s.title));
}

/** Rules of a job analysis made without its log or the runner's word: a guess, not a diagnosis. */
const GUESS_RULES = new Set(['step-name', 'no-log']);

/**
 * Where a failure happened, hashed: workflow file, job and failed step. A degraded analysis (no
 * log) and the full one of the same failure share it, so the full one can find the issue the
 * degraded one filed under another fingerprint.
 */
export function failureSite(workflowPath: string, jobName: string, step: string | undefined): string {
  const canonical = [normalizeWorkflowPath(workflowPath), normalizeJobName(jobName), step ?? ''].join('\n');
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}

/** The run's verdict: every analyzed job's, and the strongest as the run's. */
export async function judgeRun(gathered: GatheredRun, options: JudgeOptions = {}): Promise<RunVerdict> {
  const jobs: JobVerdict[] = [];
  // One job at a time: each analysis streams a log, and two at once would only compete for the disk.
  for (const job of gathered.jobs) jobs.push(jobVerdict(gathered.run, job, await analyzeJob(job, options)));
  if (jobs.length === 0) jobs.push(runLevelVerdict(gathered));
  const primary = strongestVerdict(jobs);
  const lead = primary.analysis.findings[0];
  return {
    category: primary.analysis.category,
    confidence: primary.analysis.confidence,
    fingerprint: primary.fingerprint,
    keyLine: keyLineOf(primary.analysis),
    primary,
    jobs,
    site: failureSite(gathered.run.workflowPath, primary.job.name, primary.job.failedSteps[0]?.name),
    degraded: primary.job.logStatus !== 'ok' && lead !== undefined && GUESS_RULES.has(lead.rule),
  };
}
