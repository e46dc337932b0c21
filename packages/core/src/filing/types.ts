/**
 * The seams of filing: what gathering hands to the verdict, and what the verdict hands to filing.
 * analyze-failure gathers a GitHub Actions run; `autoheal run`, captureErrors and the monitor build
 * the same shapes (external.ts), so every failure is filed by one code path.
 */
import type { Analysis } from '../analyzer/analyze.js';
import type { JobAnnotation } from '../analyzer/annotations.js';
import type { FailureCategory } from '../analyzer/categories.js';

/** The workflow run being looked at, as the API describes it (only what we use). */
export interface RunInfo {
  owner: string;
  repo: string;
  id: number;
  attempt: number;
  /** The workflow's display name (`name:` or its path). */
  workflowName: string;
  /** `.github/workflows/ci.yml` */
  workflowPath: string;
  workflowId: number;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  /** Login of whoever triggered the run (`triggering_actor`, else `actor`). */
  actor: string | null;
  htmlUrl: string;
  /** The repository's default branch (for the baseline fallback and config). */
  defaultBranch: string;
  /** The run's title as GitHub shows it (commit message or pull request title), when known. */
  displayTitle?: string;
  /**
   * The run's latest attempt, when known (a dispatch asks the API; an event does not). The
   * run-log archive holds the latest attempt only, so gathering uses it only when this is
   * `attempt` or unknown.
   */
  latestAttempt?: number;
  /** When the run was created (`created_at`): what orders failures and green runs. */
  createdAt?: string;
  /** Pull requests of the run's head branch in this repository (`pull_requests`), when known. */
  pullRequests?: number[];
  /** `owner/name` the run's commit came from, when the run names it. */
  headRepository?: string;
  /** Set when the run ran a fork's code (or its origin is unknown): why. Such a run is analysis only. */
  forkReason?: string;
  /** Set when the failure is not a GitHub Actions run (`autoheal run`, captureErrors): where it was. */
  external?: ExternalRun;
}

/** A Node program's uncaught error, as captureErrors reports it (all of it untrusted text). */
export interface CapturedNodeError {
  /** `TypeError`, or `unhandled rejection` for a rejection with a non-Error value. */
  type: string;
  message: string;
  /** The stack with paths made relative to the project. */
  stack?: string;
  /** `Node v24.1.0 · linux 6.8.0 x64`. */
  runtime?: string;
}

/**
 * Where a failure outside GitHub Actions happened. The RunInfo of such a failure uses a numeric
 * stand-in for the run id (the provider's job or build number when it has one) so markers and
 * occurrence comments work unchanged; links go to the provider, never to an Actions page.
 */
export interface ExternalRun {
  /** The CI provider's name as people know it (`GitLab CI`, `Jenkins`), or `local`. */
  provider: string;
  /** How the provider names this run (`pipeline 812, job 4411`), for text. */
  label: string;
  /** The provider's page of the run or job, when known (http(s) only is ever linked). */
  runUrl?: string;
  /** The repository's web address on GitHub (GHES included), for commit and issue links. */
  repoUrl?: string;
  /** The command as run, secrets redacted. */
  command: string;
  exitCode?: number | null;
  signal?: string | null;
  /** The CI job's own name, when the provider gives one. */
  ciJob?: string;
  error?: CapturedNodeError;
}

export interface StepInfo {
  number: number;
  name: string;
  conclusion: string | null;
}

/** What the checks API says that the log text may not (timeouts, cancellations): core's one shape. */
export type { JobAnnotation };

export type LogStatus = 'ok' | 'expired' | 'unavailable' | 'not-fetched';

export interface FailedJob {
  id: number;
  name: string;
  htmlUrl: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  failedSteps: StepInfo[];
  /** The job's log on disk (under RUNNER_TEMP), streamed there, never held whole. */
  logFile?: string;
  logStatus: LogStatus;
  /** One sentence when the log could not be read ("logs expired (410)…"). */
  logProblem?: string;
  annotations: JobAnnotation[];
  /** The job's check run (`check_run_url`), where its annotations are read from. */
  checkRunUrl?: string;
  /** The same-named job's log from the baseline run, when one was found and fetched. */
  baselineLogFile?: string;
}

export interface GatheredRun {
  run: RunInfo;
  /** Failed jobs analyzed, at most max-jobs. */
  jobs: FailedJob[];
  /** Failed jobs beyond max-jobs: counted and named in the summary, not analyzed. */
  skippedJobs: { id: number; name: string }[];
  /** The last successful run of the same workflow on the same branch (else the default branch). */
  baseline?: { runId: number; htmlUrl: string; branch: string };
  /** The newest green run of the workflow on the branch, when it was created after this run. */
  newerGreen?: { runId: number; htmlUrl: string; createdAt: string; headSha: string };
}

export interface JobVerdict {
  job: FailedJob;
  analysis: Analysis;
  /** Stable hash of workflow path + job name + category + the normalised key line. */
  fingerprint: string;
}

export interface RunVerdict {
  category: FailureCategory;
  confidence: number;
  fingerprint: string;
  /** The strongest job's key line (cleaned). */
  keyLine: string;
  /** The job whose finding is the verdict. */
  primary: JobVerdict;
  jobs: JobVerdict[];
  /** Hash of the workflow file, the primary job and its failed step (see `failureSite`). */
  site?: string;
  /** The primary job's log could not be read and nothing else named the cause: a guess. */
  degraded?: boolean;
}

/** The `result` output. */
export type ActionResult =
  | 'created'
  | 'updated'
  | 'reopened'
  | 'closed'
  | 'commented'
  | 'skipped'
  | 'rerun'
  | 'dry-run';
