import type { GitHubClient } from '../github-client.js';
import { describeGitHubError, isRequestError } from '../github-errors.js';
import type { RepoRef } from '../runner-context.js';
import { type Analysis, categoryLabel, type Finding } from './analyze.js';
import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';

/** A check-run annotation as the analysis keeps it. */
export interface JobAnnotation {
  level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
  path?: string;
  startLine?: number;
}

/**
 * Check-run annotations (shared by analyze-failure and generate-fix, which must reach the same
 * verdict and fingerprint from the same run): what the runner says about a job that its log may not — it hit its time
 * limit, the machine was taken away, the runner lost touch with GitHub. The log is often cut off
 * before any of that could be written into it.
 */

/** One page: runner annotations come first, and a job with more is a linter's, already in the log. */
const PAGE = 100;
/** Kept per job, so a linter's thousand annotations cannot swell the analysis. */
const MAX_KEPT = 50;

export interface AnnotationFetch {
  annotations: JobAnnotation[];
  /** Why none could be read, when that failed (e.g. the token lacks `checks: read`). */
  problem?: string;
}

/** The check run id at the end of a job's `check_run_url`. */
export function checkRunIdOf(checkRunUrl: string | null | undefined): number | undefined {
  const m = /\/check-runs\/(\d+)\/?$/.exec(checkRunUrl ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A runner's account of why a job ended, recognised in an annotation. */
export interface RunnerEvent {
  category: FailureCategory;
  confidence: number;
  /** A stable wording (runner names and the like left out): what fingerprints are made of. */
  keyLine: string;
  /** The annotation as GitHub wrote it. */
  message: string;
  rule: string;
  facts: Facts;
}

interface EventRule {
  rule: string;
  pattern: RegExp;
  category: FailureCategory;
  confidence: number;
  keyLine: (m: RegExpExecArray) => string;
  facts?: (m: RegExpExecArray) => Facts;
}

const EVENT_RULES: readonly EventRule[] = [
  {
    rule: 'runner.timeout',
    pattern: /has exceeded the maximum execution time of (\d+) minutes?/i,
    category: 'timeout',
    confidence: 0.95,
    keyLine: (m) => `The job exceeded its maximum execution time of ${m[1]} minutes.`,
    facts: (m) => ({ timeoutMinutes: Number(m[1]) }),
  },
  {
    rule: 'runner.shutdown',
    pattern: /runner has received a shutdown signal/i,
    category: 'infrastructure',
    confidence: 0.9,
    keyLine: () => 'The runner received a shutdown signal.',
  },
  {
    rule: 'runner.lost',
    pattern: /lost communication with the server/i,
    category: 'infrastructure',
    confidence: 0.9,
    keyLine: () => 'The runner lost communication with the server.',
  },
  {
    rule: 'runner.disk',
    pattern: /running out of disk space|no space left on device/i,
    category: 'resource_exhaustion',
    confidence: 0.85,
    keyLine: () => 'The runner ran out of disk space.',
    facts: () => ({ resource: 'disk' }),
  },
  {
    rule: 'runner.billing',
    pattern:
      /account is locked due to a billing issue|spending limit needs to be increased|recent account payments have failed/i,
    category: 'infrastructure',
    confidence: 0.9,
    keyLine: () => 'The job was not started because of a billing problem or spending limit on the account.',
  },
  {
    rule: 'runner.not-acquired',
    pattern: /was not acquired by runner/i,
    category: 'infrastructure',
    confidence: 0.85,
    keyLine: () => 'No runner picked up the job.',
  },
];

export function runnerEvent(annotation: JobAnnotation): RunnerEvent | undefined {
  const text = `${annotation.title ?? ''} ${annotation.message}`;
  for (const r of EVENT_RULES) {
    const m = r.pattern.exec(text);
    if (m)
      return {
        category: r.category,
        confidence: r.confidence,
        keyLine: r.keyLine(m),
        message: annotation.message.trim(),
        rule: r.rule,
        facts: { tool: 'runner', ...(r.facts?.(m) ?? {}) },
      };
  }
  return undefined;
}

/** The runner event that best explains the job: the most confident, the first among equals. */
export function strongestRunnerEvent(annotations: readonly JobAnnotation[]): RunnerEvent | undefined {
  let best: RunnerEvent | undefined;
  for (const a of annotations) {
    const e = runnerEvent(a);
    if (e && (!best || e.confidence > best.confidence)) best = e;
  }
  return best;
}

function level(value: unknown): JobAnnotation['level'] | undefined {
  return value === 'failure' || value === 'warning' || value === 'notice' ? value : undefined;
}

/**
 * A job's failure-level annotations (and runner warnings that explain a failure, such as running
 * out of disk), from `GET /check-runs/{id}/annotations`. A failure to read them is reported, not
 * thrown, unless it dooms every other request too.
 */
export async function fetchJobAnnotations(
  github: GitHubClient,
  repo: RepoRef,
  checkRunUrl: string | null | undefined,
): Promise<AnnotationFetch> {
  const checkRunId = checkRunIdOf(checkRunUrl);
  if (checkRunId === undefined) return { annotations: [] };
  let data: unknown[];
  try {
    const response = await github.rest.checks.listAnnotations({
      ...repo,
      check_run_id: checkRunId,
      per_page: PAGE,
    });
    data = response.data;
  } catch (error) {
    if (!isRequestError(error)) throw error;
    const described = describeGitHubError(error);
    if (['auth', 'rate-limit', 'secondary-rate-limit', 'budget'].includes(described.kind)) throw error;
    return { annotations: [], problem: described.message };
  }
  const kept: JobAnnotation[] = [];
  for (const item of data) {
    if (kept.length >= MAX_KEPT) break;
    const a = item as {
      annotation_level?: unknown;
      message?: unknown;
      title?: unknown;
      path?: unknown;
      start_line?: unknown;
    };
    const lvl = level(a.annotation_level);
    if (!lvl || typeof a.message !== 'string') continue;
    const annotation: JobAnnotation = { level: lvl, message: a.message };
    if (typeof a.title === 'string' && a.title !== '') annotation.title = a.title;
    if (typeof a.path === 'string' && a.path !== '') annotation.path = a.path;
    if (typeof a.start_line === 'number') annotation.startLine = a.start_line;
    if (lvl === 'failure' || runnerEvent(annotation)) kept.push(annotation);
  }
  return { annotations: kept };
}

/** The finding a runner event stands for: it comes from the API, so it points at no log line. */
export function runnerEventFinding(event: RunnerEvent, step: string | undefined): Finding {
  const finding: Finding = {
    category: event.category,
    confidence: event.confidence,
    title: `${categoryLabel(event.category)} (runner): ${event.message}`,
    lines: [],
    keyLine: event.keyLine,
    excerpt: [],
    rule: event.rule,
    facts: { ...event.facts, ...(step ? { step } : {}) },
  };
  if (step) finding.step = step;
  return finding;
}

/** The runner's account leads; the log's findings stay behind it as what was happening at the time. */
export function withRunnerEvent(analysis: Analysis, event: RunnerEvent, step: string | undefined): Analysis {
  return {
    ...analysis,
    category: event.category,
    confidence: event.confidence,
    summary: `${categoryLabel(event.category)}: ${event.message}`,
    findings: [runnerEventFinding(event, step), ...analysis.findings],
  };
}
