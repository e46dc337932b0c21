/**
 * The simulator's seed: the world a test starts from, as plain JSON. Every field that GitHub
 * would fill in (ids, urls, node ids, shas) is optional and derived; timestamps default to the
 * simulator's clock. `loadSeedFile` reads one from disk; `seedBuilder` makes one in code.
 */

/** How far a token may go with one kind of resource, named as in a workflow's `permissions:`. */
export type PermissionLevel = 'none' | 'read' | 'write';

/** The scopes routes are checked against (`metadata` covers the repository, users, rate limit). */
export type PermissionScope =
  | 'contents'
  | 'issues'
  | 'pull_requests'
  | 'actions'
  | 'checks'
  | 'statuses'
  | 'metadata';

export const PERMISSION_SCOPES: readonly PermissionScope[] = [
  'contents',
  'issues',
  'pull_requests',
  'actions',
  'checks',
  'statuses',
  'metadata',
];

export interface SeedUser {
  login: string;
  /** Defaults to `Bot` for logins ending in `[bot]`, else `User`. */
  type?: 'User' | 'Bot' | 'Organization';
  id?: number;
  name?: string | null;
  email?: string | null;
  site_admin?: boolean;
  created_at?: string;
}

export interface SeedToken {
  /** The secret sent as `Authorization: token …` or `Bearer …`. */
  token: string;
  /** Whose identity the token carries; added to `users` when missing. */
  login: string;
  /** One level for every scope, or per scope (missing scopes: `none`, `metadata`: `read`). Default `write`. */
  permissions?: PermissionLevel | Partial<Record<PermissionScope, PermissionLevel>>;
  /** May create or change files under `.github/workflows/` (GitHub's `workflows` permission). Default false. */
  workflows?: boolean;
}

export interface SeedLabel {
  name: string;
  /** Six hex digits, no `#`. Default `ededed`. */
  color?: string;
  description?: string | null;
  default?: boolean;
}

export interface SeedComment {
  author: string;
  body: string;
  created_at?: string;
  updated_at?: string;
}

/** A past event on an issue's timeline (labels, assignment, closing) by someone. */
export interface SeedIssueEvent {
  event: 'labeled' | 'unlabeled' | 'assigned' | 'unassigned' | 'closed' | 'reopened' | 'renamed';
  actor: string;
  created_at?: string;
  /** For labeled/unlabeled. */
  label?: string;
  /** For assigned/unassigned. */
  assignee?: string;
  /** For renamed. */
  rename?: { from: string; to: string };
}

interface SeedIssueFields {
  /** Defaults to the next free number in the repository (issues and pulls share numbers). */
  number?: number;
  title: string;
  body?: string | null;
  author: string;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** Label names; labels missing from the repository are created. */
  labels?: string[];
  assignees?: string[];
  locked?: boolean;
  created_at?: string;
  updated_at?: string;
  closed_at?: string | null;
  comments?: SeedComment[];
  events?: SeedIssueEvent[];
  /** The title of one of the repository's `milestones`. */
  milestone?: string;
}

export type SeedIssue = SeedIssueFields;

/** A milestone of the repository; issues and pulls name it by title. */
export interface SeedMilestone {
  /** Defaults to the next free milestone number. */
  number?: number;
  title: string;
  description?: string | null;
  state?: 'open' | 'closed';
  /** Who made it; default the repository's owner. */
  creator?: string;
  due_on?: string | null;
  created_at?: string;
  updated_at?: string;
  /** For a closed milestone; default its `updated_at`. */
  closed_at?: string | null;
}

/** A team of the owning organization with access to the repository (review requests name it by slug). */
export interface SeedTeam {
  slug: string;
  /** Default: the slug. */
  name?: string;
  id?: number;
  description?: string | null;
  /** The team's role on the repository, as for collaborators. Default `write`. */
  permission?: 'admin' | 'maintain' | 'write' | 'triage' | 'read';
}

export interface SeedReview {
  author: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  body?: string;
  submitted_at?: string;
}

export interface SeedPull extends SeedIssueFields {
  /** Branch name in the same repository; must exist (see `branches`), unless `head_repository` is set. */
  head: string;
  /**
   * `owner/name` of the fork the head branch lives in (a fork pull request). The branch then need
   * not exist here; the head commit is `head_sha`, as GitHub keeps a fork's commits fetchable from
   * the base repository (`refs/pull/N/head`).
   */
  head_repository?: string;
  /** With `head_repository`: the head commit, a sha or a revision here (default the base branch's head). */
  head_sha?: string;
  /** Defaults to the repository's default branch. */
  base?: string;
  draft?: boolean;
  requested_reviewers?: string[];
  /** Slugs of the repository's `teams` requested to review. */
  requested_teams?: string[];
  reviews?: SeedReview[];
  /**
   * When the pull request was merged: it is then closed (`state` defaults to `closed`, `closed_at`
   * to this time) and shows `merged`, `merged_at`, `merged_by` and a `merge_commit_sha`.
   */
  merged_at?: string;
  /** Who merged it; default its author. */
  merged_by?: string;
}

/** A branch made of one commit on top of `from`, changing the given files (`null` deletes). */
export interface SeedBranch {
  from?: string;
  files: Record<string, string | null>;
  message?: string;
  author?: string;
  date?: string;
}

/** A further commit on an existing branch (applied in order, after `branches`). */
export interface SeedCommit {
  branch: string;
  files: Record<string, string | null>;
  message: string;
  author?: string;
  date?: string;
}

export interface SeedWorkflow {
  id?: number;
  name: string;
  /** `.github/workflows/ci.yml`. */
  path: string;
  state?: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  created_at?: string;
  updated_at?: string;
}

/** A job log: inline text, or a file read the first time it is requested. */
export type SeedLog = string | { file: string };

export interface SeedAnnotation {
  path: string;
  start_line: number;
  end_line?: number;
  start_column?: number | null;
  end_column?: number | null;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string | null;
  raw_details?: string | null;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure';
export type JobConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required';

export interface SeedStep {
  name: string;
  /** Defaults to the step's position, from 1. */
  number?: number;
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: JobConclusion | null;
  started_at?: string;
  completed_at?: string;
  /** This step's part of the log; when absent it is cut from the job log (see log-archive.ts). */
  log?: string;
}

export interface SeedJob {
  id?: number;
  name: string;
  status?: RunStatus;
  conclusion?: JobConclusion | null;
  started_at?: string;
  completed_at?: string | null;
  steps?: SeedStep[];
  check_run_id?: number;
  annotations?: SeedAnnotation[];
  log?: SeedLog;
  labels?: string[];
  runner_name?: string | null;
}

/** One attempt of a run: what it ended as and the jobs it ran. */
export interface SeedAttempt {
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  created_at?: string;
  updated_at?: string;
  run_started_at?: string;
  actor?: string;
  jobs?: SeedJob[];
}

export interface SeedRun extends SeedAttempt {
  id?: number;
  /** The workflow's path, file name, name or id. */
  workflow: string | number;
  /** Defaults to the workflow's name. */
  name?: string;
  branch: string;
  /** A sha or a revision such as `main~1` (first-parent ancestor); defaults to the branch's head. */
  head_sha?: string;
  event?: string;
  run_number?: number;
  display_title?: string;
  /** Numbers of pull requests the run belongs to. */
  pull_requests?: number[];
  /** `owner/name` of the fork the run's commit came from (a fork pull request's run); default this repository. */
  head_repository?: string;
  /** Earlier attempts, oldest first; the run's own fields are the latest attempt (`run_attempt` = these + 1). */
  previous_attempts?: SeedAttempt[];
}

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

/**
 * A check run on a commit that no simulated workflow job made (another app's check, or one a
 * test adds while it runs). Actions jobs are check runs already; do not repeat them here.
 */
export interface SeedCheckRun {
  id?: number;
  name: string;
  /** A sha or a revision such as `main` or `feature~1`; default the default branch's head. */
  head_sha?: string;
  /** Default `completed`. */
  status?: CheckRunStatus;
  /** Default `success` when completed, else null. */
  conclusion?: JobConclusion | null;
  started_at?: string;
  completed_at?: string | null;
  details_url?: string | null;
}

/** A commit status (the older statuses API), one context's report on a commit. */
export interface SeedCommitStatus {
  id?: number;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  /** A sha or a revision such as `main`; default the default branch's head. */
  sha?: string;
  description?: string | null;
  target_url?: string | null;
  /** Who reported it; default the repository's owner. */
  creator?: string;
  created_at?: string;
  updated_at?: string;
}

/** A branch's classic protection, as far as the simulator models it: the checks it requires. */
export interface SeedBranchProtection {
  /** Contexts (check run names or status contexts) that must pass before merging. */
  required_status_checks: string[];
}

/** A repository ruleset requiring status checks on the branches it targets. */
export interface SeedRuleset {
  id?: number;
  name: string;
  /** Default `active`; GitHub applies only active rulesets. */
  enforcement?: 'active' | 'evaluate' | 'disabled';
  /**
   * Branches it targets: names or `fnmatch` patterns (`release/*`, `**`), `refs/heads/` optional,
   * `~DEFAULT_BRANCH` and `~ALL` as in GitHub's ruleset conditions.
   */
  branches: string[];
  required_status_checks: string[];
}

export interface SeedCollaborator {
  login: string;
  permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read';
}

export interface SeedRepo {
  owner: string;
  name: string;
  id?: number;
  private?: boolean;
  description?: string | null;
  /** Default `main`. */
  default_branch?: string;
  /** Whether draft pull requests may be opened (GitHub refuses them on some plans). Default true. */
  allow_drafts?: boolean;
  created_at?: string;
  /** Files on the default branch (path → UTF-8 text), committed as one initial commit. */
  files?: Record<string, string>;
  /** Further branches, each one commit on top of another branch. */
  branches?: Record<string, SeedBranch>;
  /** Further commits on existing branches, in order (for history: a green run at `main~1`, a red one at `main`). */
  commits?: SeedCommit[];
  collaborators?: SeedCollaborator[];
  /** Teams with access (the owner must then be an organization; it is made one when not seeded). */
  teams?: SeedTeam[];
  /** Whether Copilot code review is available: without it GitHub accepts a request for Copilot and requests no one. Default false. */
  copilot_review?: boolean;
  labels?: SeedLabel[];
  milestones?: SeedMilestone[];
  issues?: SeedIssue[];
  pulls?: SeedPull[];
  workflows?: SeedWorkflow[];
  runs?: SeedRun[];
  /** Check runs besides the simulated workflow jobs. */
  check_runs?: SeedCheckRun[];
  statuses?: SeedCommitStatus[];
  /** Branch name → its classic protection; the branch must exist. */
  protected_branches?: Record<string, SeedBranchProtection>;
  rulesets?: SeedRuleset[];
}

export interface Seed {
  users?: SeedUser[];
  tokens?: SeedToken[];
  repos?: SeedRepo[];
}
