import { GitObjectStore } from './git-objects.js';
import type {
  CheckRunStatus,
  JobConclusion,
  PermissionLevel,
  PermissionScope,
  RunConclusion,
  RunStatus,
  SeedAnnotation,
  SeedCollaborator,
} from './seed-types.js';

/**
 * The simulator's in-memory world. Routes read and change it; tests inspect it (`sim.state`)
 * to assert what an action did, and may change it between steps (complete a re-run, add a run).
 */

export interface SimUser {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
  site_admin: boolean;
  created_at: string;
}

export interface TokenIdentity {
  token: string;
  login: string;
  /** Per scope; a scope left out is `none` (identities made by hand may list only some). */
  permissions: Partial<Record<PermissionScope, PermissionLevel>>;
  workflows: boolean;
}

export interface SimLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface SimComment {
  id: number;
  issueNumber: number;
  author: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface SimIssueEvent {
  id: number;
  event: string;
  actor: string;
  created_at: string;
  label?: { name: string; color: string };
  assignee?: string;
  assigner?: string;
  rename?: { from: string; to: string };
  requested_reviewer?: string;
  /** The slug of a team requested to review (instead of `requested_reviewer`). */
  requested_team?: string;
  review_requester?: string;
  state_reason?: string | null;
  /** The commit a `merged` or `closed` event names. */
  commit_id?: string;
}

export interface SimReview {
  id: number;
  author: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  submitted_at: string;
  commit_id: string;
}

/** A fork another account owns, known only by name (the simulator serves no API for it). */
export interface SimFork {
  id: number;
  owner: string;
  name: string;
}

export interface SimPull {
  id: number;
  head: string;
  /** Set for a fork pull request: `head` is a branch of this fork, not of the repository. */
  headRepo?: SimFork;
  /** The head branch's commit when last seen (kept when the branch is deleted). */
  headSha: string;
  base: string;
  draft: boolean;
  merged: boolean;
  /** Set when merged (the pull request is closed at the same time). */
  merged_at: string | null;
  merged_by: string | null;
  /** The head commit when merged (the simulator does not write merge commits). */
  merge_commit_sha: string | null;
  maintainer_can_modify: boolean;
  requested_reviewers: string[];
  /** Slugs of the teams requested to review, in request order. */
  requested_teams: string[];
  reviews: SimReview[];
}

export interface SimIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  comments: SimComment[];
  events: SimIssueEvent[];
  /** The number of one of the repository's milestones. */
  milestone: number | null;
  pull?: SimPull;
}

export interface SimMilestone {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  creator: string;
  due_on: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface SimTeam {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  permission: CollaboratorRole;
}

/** A check run that is not a simulated workflow job (those are check runs already). */
export interface SimCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: CheckRunStatus;
  conclusion: JobConclusion | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  checkSuiteId: number;
}

export interface SimCommitStatus {
  id: number;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  target_url: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface SimBranchProtection {
  required_status_checks: string[];
}

export interface SimRuleset {
  id: number;
  name: string;
  enforcement: 'active' | 'evaluate' | 'disabled';
  /** Target patterns as seeded (see `SeedRuleset.branches`). */
  branches: string[];
  required_status_checks: string[];
}

export interface SimWorkflow {
  id: number;
  name: string;
  path: string;
  state: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  created_at: string;
  updated_at: string;
}

export interface SimStep {
  name: string;
  number: number;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: JobConclusion | null;
  started_at: string | null;
  completed_at: string | null;
  log?: string;
}

/** Where a job's log comes from; a file is read on first request and then kept. */
export type LogSource = { text: string } | { file: string; text?: string };

export interface SimJob {
  id: number;
  runId: number;
  attempt: number;
  name: string;
  status: RunStatus;
  conclusion: JobConclusion | null;
  created_at: string;
  started_at: string;
  completed_at: string | null;
  steps: SimStep[];
  checkRunId: number;
  annotations: SeedAnnotation[];
  log?: LogSource;
  labels: string[];
  runner_name: string | null;
}

export interface SimAttempt {
  attempt: number;
  status: RunStatus;
  conclusion: RunConclusion | null;
  created_at: string;
  updated_at: string;
  run_started_at: string;
  actor: string;
  /** Ids of this attempt's jobs (jobs carried over from an earlier attempt keep their id). */
  jobIds: number[];
}

export interface SimRun {
  id: number;
  workflowId: number;
  name: string;
  branch: string;
  headSha: string;
  event: string;
  runNumber: number;
  display_title: string;
  pullRequests: number[];
  /** Set when the run's commit came from a fork. */
  headRepo?: SimFork;
  attempts: SimAttempt[];
}

export type CollaboratorRole = SeedCollaborator['permission'];

export interface SimRepo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  default_branch: string;
  allow_drafts: boolean;
  created_at: string;
  updated_at: string;
  pushed_at: string;
  git: GitObjectStore;
  /** Full ref name (`refs/heads/main`) → commit sha. */
  refs: Map<string, string>;
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  labels: Map<string, SimLabel>;
  issues: Map<number, SimIssue>;
  nextNumber: number;
  collaborators: Map<string, CollaboratorRole>;
  /** Teams with access, keyed by lower-cased slug. */
  teams: Map<string, SimTeam>;
  copilot_review: boolean;
  milestones: Map<number, SimMilestone>;
  workflows: SimWorkflow[];
  runs: Map<number, SimRun>;
  jobs: Map<number, SimJob>;
  /** Check runs besides the workflow jobs' (add them with `addCheckRun`). */
  checkRuns: SimCheckRun[];
  /** Commit statuses, oldest first (add them with `addCommitStatus`). */
  statuses: SimCommitStatus[];
  /** Branch name → its classic protection. */
  protection: Map<string, SimBranchProtection>;
  rulesets: SimRuleset[];
}

export class SimulatorState {
  readonly users = new Map<string, SimUser>();
  readonly tokens = new Map<string, TokenIdentity>();
  readonly repos = new Map<string, SimRepo>();
  /** Forks that runs and pull requests came from, by lower-cased `owner/name`. */
  readonly forks = new Map<string, SimFork>();
  private nextIdValue = 1000;
  private readonly clock: () => number;

  constructor(now: () => number) {
    this.clock = now;
  }

  now(): number {
    return this.clock();
  }

  /** Forget everything (before a seed is applied again). */
  clear(): void {
    this.users.clear();
    this.tokens.clear();
    this.repos.clear();
    this.forks.clear();
    this.nextIdValue = 1000;
  }

  /** The fork named `owner/name`, one id per name (its owner becomes a known user). */
  ensureFork(fullName: string): SimFork {
    const key = fullName.toLowerCase();
    const known = this.forks.get(key);
    if (known) return known;
    const [owner = '', name = ''] = fullName.split('/');
    const fork: SimFork = { id: this.nextId(), owner: this.ensureUser(owner).login, name };
    this.forks.set(key, fork);
    return fork;
  }

  /** The clock as GitHub prints times: ISO 8601, whole seconds, `Z`. */
  timestamp(ms: number = this.clock()): string {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  /** A fresh id, unique across every kind of object in this simulator. */
  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  /** Make sure later generated ids do not collide with one a seed chose. */
  reserveId(id: number): void {
    if (id > this.nextIdValue) this.nextIdValue = id;
  }

  user(login: string): SimUser | undefined {
    return this.users.get(login.toLowerCase());
  }

  /** The user with this login, created (as GitHub would already know them) when missing. */
  ensureUser(login: string, fields: Partial<Omit<SimUser, 'login'>> = {}): SimUser {
    const existing = this.user(login);
    if (existing) return existing;
    const id = fields.id ?? this.nextId();
    this.reserveId(id);
    const user: SimUser = {
      id,
      login,
      type: fields.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: fields.name ?? null,
      email: fields.email ?? null,
      site_admin: fields.site_admin ?? false,
      created_at: fields.created_at ?? this.timestamp(),
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  repo(owner: string, name: string): SimRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** A repository by `owner/name`, throwing when the seed has none (a test's typo should be loud). */
  requireRepo(fullName: string): SimRepo {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = this.repo(owner, name);
    if (!repo) throw new Error(`simulator has no repository "${fullName}"`);
    return repo;
  }

  addRepo(fields: {
    id?: number;
    owner: string;
    name: string;
    private?: boolean;
    description?: string | null;
    default_branch?: string;
    allow_drafts?: boolean;
    copilot_review?: boolean;
    created_at?: string;
  }): SimRepo {
    const id = fields.id ?? this.nextId();
    this.reserveId(id);
    const created = fields.created_at ?? this.timestamp();
    const repo: SimRepo = {
      id,
      owner: fields.owner,
      name: fields.name,
      private: fields.private ?? false,
      description: fields.description ?? null,
      default_branch: fields.default_branch ?? 'main',
      allow_drafts: fields.allow_drafts ?? true,
      created_at: created,
      updated_at: created,
      pushed_at: created,
      git: new GitObjectStore(),
      refs: new Map(),
      labels: new Map(),
      issues: new Map(),
      nextNumber: 1,
      collaborators: new Map(),
      teams: new Map(),
      copilot_review: fields.copilot_review ?? false,
      milestones: new Map(),
      workflows: [],
      runs: new Map(),
      jobs: new Map(),
      checkRuns: [],
      statuses: [],
      protection: new Map(),
      rulesets: [],
    };
    this.repos.set(`${fields.owner}/${fields.name}`.toLowerCase(), repo);
    return repo;
  }

  /** The run's latest attempt. */
  latestAttempt(run: SimRun): SimAttempt {
    return run.attempts[run.attempts.length - 1]!;
  }

  /** Find a job anywhere (job ids are unique across repositories). */
  findJob(jobId: number): { repo: SimRepo; job: SimJob } | undefined {
    for (const repo of this.repos.values()) {
      const job = repo.jobs.get(jobId);
      if (job) return { repo, job };
    }
    return undefined;
  }

  /**
   * Finish a run's latest attempt (e.g. after `rerun-failed-jobs`), as the runner would:
   * its queued jobs complete with `conclusion`, and the attempt concludes from its jobs.
   */
  completeLatestAttempt(
    repo: SimRepo,
    runId: number,
    outcome: { conclusion: JobConclusion; log?: string } = { conclusion: 'success' },
  ): SimAttempt {
    const run = repo.runs.get(runId);
    if (!run) throw new Error(`simulator has no run ${runId} in ${repo.owner}/${repo.name}`);
    const attempt = this.latestAttempt(run);
    const at = this.timestamp();
    for (const jobId of attempt.jobIds) {
      const job = repo.jobs.get(jobId)!;
      if (job.status === 'completed') continue;
      job.status = 'completed';
      job.conclusion = outcome.conclusion;
      job.completed_at = at;
      if (outcome.log !== undefined) job.log = { text: outcome.log };
      for (const step of job.steps) {
        step.status = 'completed';
        step.conclusion = outcome.conclusion;
        step.completed_at = at;
      }
    }
    const conclusions = attempt.jobIds.map((id) => repo.jobs.get(id)!.conclusion);
    attempt.status = 'completed';
    attempt.conclusion = conclusions.includes('failure')
      ? 'failure'
      : conclusions.includes('cancelled')
        ? 'cancelled'
        : 'success';
    attempt.updated_at = at;
    return attempt;
  }
}
