/**
 * One pass of `autoheal monitor` over many repositories: list each repository's recent completed
 * runs (conditionally: an unchanged list is a free 304), and hand each failed run not yet handled
 * to analyze-failure's own `run(inputs, deps)` — the code path of the action, so the same
 * fingerprints, markers, claims, labels, caps and sanitizer decide what is filed — and each green
 * run an open issue waits for (its workflow and branch), so the issue is closed as the action would. Which runs are
 * handled is kept in GitHub, not here: a run an issue's marker already names (filed by the action
 * or another monitor) is skipped before anything is fetched, and two monitors that reach the same
 * run at once meet at the action's claim ref, so one issue is filed. What a process remembers
 * (tags, runs it handled) only saves requests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ActionInputs } from '@autoheal/analyze-failure/inputs';
import { type RunDeps, run } from '@autoheal/analyze-failure/run';
import type { ActionResult } from '@autoheal/analyze-failure/types';
import { OperationBudget } from '@autoheal/core/budget';
import { clientTuning } from '@autoheal/core/client-tuning';
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import { normalizeWorkflowPath } from '@autoheal/core/fingerprint';
import { createGitHubClient, type GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import { ACTIONS_BOT, resolveTrustedAuthors } from '@autoheal/core/identity';
import { isTrustedMarkerSource, withMarkerKey } from '@autoheal/core/markers';
import { parseRepository, type RepoRef } from '@autoheal/core/runner-context';
import type { Clock, Env, Logger } from '@autoheal/core/runtime';
import { ConditionalCache } from './monitor-conditional.js';
import { governClient, type RateGovernor, type RepoRate } from './monitor-rate.js';

/** Conclusions analyze-failure analyzes (trigger.ts `classifyRun`); others are not failures to file. */
export const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Results after which the repository's issues are read again. */
const CHANGES_ISSUES = new Set<string>(['created', 'updated', 'reopened', 'closed']);
/** Pages of 100 runs read per repository at most, whatever the lookback. */
const MAX_RUN_PAGES = 3;
/** The label analyze-failure puts on its issues unless a repository's config names another. */
const DEFAULT_BASE_LABEL = 'autoheal';

export interface MonitorSettings {
  token: string;
  /** GITHUB_API_URL (GHES, the simulator); api.github.com when undefined. */
  apiUrl?: string;
  repos: RepoRef[];
  /** List the organization's repositories (each pass) besides `repos`. */
  org?: string;
  /** Runs that completed within this many milliseconds are looked at. */
  sinceMs: number;
  dryRun: boolean;
  configFile?: string;
  /** Logins whose markers count; default: the token's own login and github-actions[bot]. */
  trustedAuthors?: string[];
  /** Signs and verifies markers, as the action's `marker-key`. */
  markerKey?: string;
  /** Writes each handled run may make (the action's `operations-budget`). */
  operationsBudget?: number;
}

export interface MonitorDeps {
  clock: Clock;
  /** The monitor's own lines and analyze-failure's, already prefixed with the run. */
  log: Logger;
  /** For analyze-failure: its test knobs (AUTOHEAL_WAIT_SCALE_MS…) and GITHUB_WORKFLOW_REF. */
  env: Env;
  governor: RateGovernor;
  /** A logger for one run's lines (the command prefixes them with the repository and run). */
  runLog: (repo: string, runId: number) => Logger;
  tempDir?: string;
}

/** A failed or green run found in a repository's list. */
export interface ListedRun {
  id: number;
  attempt: number;
  conclusion: string;
  /** `updated_at`: when the run last changed (it completed). */
  updatedAt: string;
  /** The workflow file (`.github/workflows/ci.yml`). */
  workflow: string;
  branch: string | null;
}

/** What the repository's autoheal issues say: runs already filed, and what open issues wait for. */
interface IssueState {
  /** `id.attempt` of runs a trusted marker names. */
  filed: Set<string>;
  /** `workflow path\0branch` that an open issue waits to see green. */
  waiting: Set<string>;
}

export interface RunReport {
  repo: string;
  id: number;
  attempt: number;
  /** analyze-failure's result, `already-filed` when a marker names the run, `error` when it failed. */
  result: ActionResult | 'already-filed' | 'error';
  issue?: number;
  reason?: string;
}

export interface PassReport {
  pass: number;
  startedAt: string;
  repositories: number;
  /** Repositories whose run list was unchanged (304). */
  unchanged: number;
  failedRunsSeen: number;
  runs: RunReport[];
  requests: { counted: number; notModified: number };
  rateLimit?: { limit: number; remaining: number; resetAt: string; share: number; keptForOthers: number };
  perRepositoryLastHour: RepoRate[];
  errors: string[];
  /** Seconds the pass waited for the rate-limit window. */
  waitedSeconds: number;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

/** The failed and green runs of a page of `GET …/actions/runs`, and when its oldest run was created. */
function runsOf(data: unknown): { runs: ListedRun[]; count: number; oldestCreated?: number } {
  const runs = record(data).workflow_runs;
  const list = Array.isArray(runs) ? runs.map(record) : [];
  const kept: ListedRun[] = [];
  let oldest: number | undefined;
  for (const r of list) {
    const created = Date.parse(String(r.created_at));
    if (!Number.isNaN(created)) oldest = oldest === undefined ? created : Math.min(oldest, created);
    const conclusion = String(r.conclusion);
    if (typeof r.id !== 'number') continue;
    if (!FAILED_CONCLUSIONS.has(conclusion) && conclusion !== 'success') continue;
    kept.push({
      id: r.id,
      attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
      conclusion,
      updatedAt: String(r.updated_at ?? r.created_at),
      workflow: normalizeWorkflowPath(typeof r.path === 'string' ? r.path : ''),
      branch: typeof r.head_branch === 'string' ? r.head_branch : null,
    });
  }
  return { runs: kept, count: list.length, ...(oldest === undefined ? {} : { oldestCreated: oldest }) };
}

/** Runs trusted markers name as filed, and what open issues wait for (lists: the cache keeps JSON-like values). */
/** The trusted logins a kept issue state was read with: it answers only for the same list. */
function trustKey(trusted: readonly string[]): string {
  return [...new Set(trusted.map((l) => l.toLowerCase()))].sort().join(',');
}

function issueStateOf(
  data: unknown,
  trusted: readonly string[],
): { filed: string[]; waiting: string[]; trust: string } {
  const filed: string[] = [];
  const waiting: string[] = [];
  for (const item of Array.isArray(data) ? data.map(record) : []) {
    if (item.pull_request) continue;
    if (!isTrustedMarkerSource(String(record(item.user).login ?? ''), trusted)) continue;
    const marker = readFailureMarker(typeof item.body === 'string' ? item.body : '');
    if (!marker) continue;
    const o = marker.occurrence;
    filed.push(`${o.firstRun}.${o.firstAttempt}`, `${o.lastRun}.${o.lastAttempt}`);
    if (item.state !== 'open') continue;
    const workflow = normalizeWorkflowPath(marker.workflowPath);
    for (const b of marker.branches ?? [{ branch: marker.branch }]) waiting.push(`${workflow}\0${b.branch}`);
  }
  return { filed, waiting, trust: trustKey(trusted) };
}

/** The organization's own repositories (by name, so a listing cannot add another owner's). */
function ofOrg(full: string, org: string): boolean {
  return parseRepository(full) !== undefined && full.toLowerCase().startsWith(`${org.toLowerCase()}/`);
}

/**
 * The repositories of an organization's listing worth watching: not archived or disabled, not a
 * fork (its CI is another project's, rarely run, and its issues are usually off) and not one with
 * issues turned off (nothing could be filed: an error every pass). `--repo` still names any.
 */
export function repoNamesOf(data: unknown, org: string): { names: string[]; count: number } {
  const list = Array.isArray(data) ? data.map(record) : [];
  const names = list
    .filter(
      (r) =>
        r.archived !== true &&
        r.disabled !== true &&
        r.fork !== true &&
        r.has_issues !== false &&
        typeof r.full_name === 'string',
    )
    .map((r) => String(r.full_name))
    // GitHub's own names only: anything else never reaches a URL.
    .filter((full) => ofOrg(full, org));
  return { names, count: list.length };
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Kept values as the extractors above make them (a state file's may be anything). */
const validRepoNames = (org: string) => (v: unknown) => {
  const r = record(v);
  return isCount(r.count) && isStrings(r.names) && (r.names as string[]).every((n) => ofOrg(n, org));
};

function validRuns(v: unknown): boolean {
  const r = record(v);
  if (!isCount(r.count) || !Array.isArray(r.runs)) return false;
  if (r.oldestCreated !== undefined && typeof r.oldestCreated !== 'number') return false;
  return r.runs.every((x) => {
    const run = record(x);
    return (
      Number.isSafeInteger(run.id) &&
      Number.isSafeInteger(run.attempt) &&
      typeof run.conclusion === 'string' &&
      typeof run.updatedAt === 'string' &&
      typeof run.workflow === 'string' &&
      (run.branch === null || typeof run.branch === 'string')
    );
  });
}

/** Also read with the same trusted logins: markers a login no longer trusted wrote do not count. */
const validIssueState = (trusted: readonly string[]) => (v: unknown) => {
  const r = record(v);
  return isStrings(r.filed) && isStrings(r.waiting) && r.trust === trustKey(trusted);
};

const sink = { setOutput: () => undefined, appendSummary: () => undefined };

/** What a monitor keeps between processes (`--state FILE`): it only saves requests, never decides a filing. */
export interface MonitorState {
  version: 1;
  /** The API the tags came from; a state for another API is not used. */
  api: string;
  conditional: [string, string, unknown][];
  /** Runs handled, `owner/repo#id.attempt`, newest last. */
  handled: string[];
}

/** Runs remembered as handled at most (the oldest are forgotten; the markers still answer for them). */
const MAX_HANDLED = 20_000;

export class Monitor {
  private readonly cache = new ConditionalCache();
  /** Runs this process handled (`owner/repo#id.attempt`): never handed to analyze-failure twice. */
  private readonly handled = new Set<string>();
  private readonly github: GitHubClient;
  private trusted?: string[];
  private passes = 0;

  constructor(
    private readonly settings: MonitorSettings,
    private readonly deps: MonitorDeps,
  ) {
    this.github = this.client();
  }

  private get api(): string {
    return (this.settings.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  }

  /** Takes up a state a previous process saved; false when it was for another API or malformed. */
  restore(state: unknown): boolean {
    const s = record(state);
    if (s.version !== 1 || s.api !== this.api) return false;
    this.cache.import(s.conditional);
    if (Array.isArray(s.handled))
      for (const key of s.handled.slice(-MAX_HANDLED))
        if (typeof key === 'string' && key.length <= 300) this.handled.add(key);
    return true;
  }

  /** What the next process can start from (tags, compact lists, runs handled). */
  state(): MonitorState {
    return {
      version: 1,
      api: this.api,
      conditional: this.cache.export(),
      handled: [...this.handled].slice(-MAX_HANDLED),
    };
  }

  /** A client under the governor; one per handled run, so analyze-failure's hooks do not pile up. */
  private client(budget?: OperationBudget): GitHubClient {
    return governClient(
      createGitHubClient({
        token: this.settings.token,
        ...(this.settings.apiUrl ? { apiUrl: this.settings.apiUrl } : {}),
        log: this.deps.log,
        ...(budget ? { budget } : {}),
        ...clientTuning(this.deps.env),
        // A rate limit is waited out (the governor keeps the monitor clear of it in the first place).
        maxRateLimitWaitSeconds: 3600,
      }),
      this.deps.governor,
    );
  }

  private async trustedAuthors(): Promise<string[]> {
    if (this.trusted) return this.trusted;
    const given = this.settings.trustedAuthors ?? [];
    if (given.length > 0) this.trusted = [...given];
    else {
      // Its own login (what it files as) and the action's bot: a monitor and the action see each other's issues.
      if (this.settings.token.startsWith('ghs_'))
        this.deps.log.warning(
          'an installation token cannot tell which app it is, so only github-actions[bot] is trusted: give --trusted-authors with the app’s login (name[bot]), or its own issues will not be recognised',
        );
      const own = await resolveTrustedAuthors(this.github, this.settings.token, []);
      this.trusted = [...new Set([...own, ACTIONS_BOT])];
    }
    return this.trusted;
  }

  private async repositories(errors: string[]): Promise<RepoRef[]> {
    const names = new Map<string, RepoRef>();
    for (const r of this.settings.repos) names.set(`${r.owner}/${r.repo}`.toLowerCase(), r);
    const org = this.settings.org;
    if (org) {
      try {
        for (let page = 1; page <= 10; page++) {
          const listed = await this.cache.get(
            this.github,
            'GET /orgs/{org}/repos',
            { org, type: 'all', sort: 'full_name', per_page: 100, page },
            (data) => repoNamesOf(data, org),
            validRepoNames(org),
          );
          for (const full of listed.value.names) names.set(full.toLowerCase(), parseRepository(full)!);
          if (listed.value.count < 100) break;
        }
      } catch (error) {
        errors.push(
          `--org ${this.settings.org}: ${describeGitHubError(error, this.deps.clock.now()).message}`,
        );
      }
    }
    return [...names.values()];
  }

  /** The failed and green runs of `repo` that completed within the lookback, oldest first. */
  private async recentRuns(
    repo: RepoRef,
    cutoff: number,
  ): Promise<{ runs: ListedRun[]; unchanged: boolean }> {
    const runs: ListedRun[] = [];
    let unchanged = true;
    for (let page = 1; page <= MAX_RUN_PAGES; page++) {
      const listed = await this.cache.get(
        this.github,
        'GET /repos/{owner}/{repo}/actions/runs',
        { owner: repo.owner, repo: repo.repo, status: 'completed', per_page: 100, page },
        runsOf,
        validRuns,
      );
      if (!listed.notModified) unchanged = false;
      runs.push(...listed.value.runs.filter((r) => Date.parse(r.updatedAt) >= cutoff));
      // Runs are listed newest first: a page that reaches past the lookback is the last one needed.
      const oldest = listed.value.oldestCreated;
      if (listed.value.count < 100 || (oldest !== undefined && oldest < cutoff)) break;
    }
    runs.sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id - b.id);
    return { runs, unchanged };
  }

  /** What trusted markers of the repository's recently updated autoheal issues say. */
  private async issueState(repo: RepoRef): Promise<IssueState> {
    const trusted = await this.trustedAuthors();
    const listed = await this.cache.get(
      this.github,
      'GET /repos/{owner}/{repo}/issues',
      {
        owner: repo.owner,
        repo: repo.repo,
        labels: DEFAULT_BASE_LABEL,
        state: 'all',
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
      },
      (data) => issueStateOf(data, trusted),
      validIssueState(trusted),
    );
    return { filed: new Set(listed.value.filed), waiting: new Set(listed.value.waiting) };
  }

  /** analyze-failure's `run` for one run, with a client and budget of its own, as the action would. */
  private async handle(repo: RepoRef, listed: ListedRun): Promise<RunReport> {
    const name = `${repo.owner}/${repo.repo}`;
    const budget = new OperationBudget(this.settings.operationsBudget ?? 30);
    const inputs: ActionInputs = {
      token: this.settings.token,
      runId: listed.id,
      runAttempt: listed.attempt,
      repository: repo,
      configFile: this.settings.configFile ?? DEFAULT_CONFIG_PATH,
      dryRun: this.settings.dryRun,
      maxJobs: 5,
      labels: [],
      operationsBudget: budget.limit,
      trustedAuthors: await this.trustedAuthors(),
      forks: 'comment',
      ...(this.settings.markerKey ? { markerKey: this.settings.markerKey } : {}),
    };
    const tempDir = await mkdtemp(path.join(this.deps.tempDir ?? os.tmpdir(), 'autoheal-monitor-'));
    const deps: RunDeps = {
      env: this.deps.env,
      log: this.deps.runLog(name, listed.id),
      sink,
      clock: this.deps.clock,
      github: this.client(budget),
      budget,
      tempDir,
    };
    try {
      const outcome = await withMarkerKey(this.settings.markerKey, () => run(inputs, deps));
      return {
        repo: name,
        id: listed.id,
        attempt: listed.attempt,
        result: outcome.result,
        ...(outcome.issue ? { issue: outcome.issue.number } : {}),
        ...(outcome.reason ? { reason: outcome.reason } : {}),
      };
    } catch (error) {
      return {
        repo: name,
        id: listed.id,
        attempt: listed.attempt,
        result: 'error',
        reason: describeGitHubError(error, this.deps.clock.now()).message,
      };
    } finally {
      await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** One pass over every repository; errors of one repository or run do not stop the others. */
  async pass(): Promise<PassReport> {
    this.passes += 1;
    const started = this.deps.clock.now();
    const waitedBefore = this.deps.governor.waitedMs;
    const errors: string[] = [];
    const reports: RunReport[] = [];
    const repos = await this.repositories(errors);
    const cutoff = started - this.settings.sinceMs;
    let unchanged = 0;
    let failedSeen = 0;
    for (const repo of repos) {
      const name = `${repo.owner}/${repo.repo}`;
      try {
        const found = await this.recentRuns(repo, cutoff);
        if (found.unchanged) unchanged += 1;
        failedSeen += found.runs.filter((r) => r.conclusion !== 'success').length;
        const fresh = found.runs.filter((r) => !this.handled.has(`${name}#${r.id}.${r.attempt}`));
        if (fresh.length === 0) continue;
        let issues = await this.issueState(repo);
        // Oldest first, as the action sees them: a failure is filed before the green run that fixes it.
        for (const listed of fresh) {
          const key = `${name}#${listed.id}.${listed.attempt}`;
          const green = listed.conclusion === 'success';
          if (green && !issues.waiting.has(`${listed.workflow}\0${listed.branch ?? ''}`)) {
            // No open issue waits for this workflow and branch: the green run closes nothing.
            this.handled.add(key);
            continue;
          }
          if (!green && issues.filed.has(`${listed.id}.${listed.attempt}`)) {
            this.handled.add(key);
            reports.push({ repo: name, id: listed.id, attempt: listed.attempt, result: 'already-filed' });
            continue;
          }
          const report = await this.handle(repo, listed);
          if (!green || report.result !== 'skipped') reports.push(report);
          // A failed attempt (a GitHub outage, a budget) is tried again next pass; the rest is done.
          if (report.result !== 'error') this.handled.add(key);
          else errors.push(`${name} run ${listed.id}: ${report.reason ?? 'failed'}`);
          // What it filed or closed changes what the later runs of this pass find.
          if (CHANGES_ISSUES.has(report.result)) issues = await this.issueState(repo);
        }
      } catch (error) {
        errors.push(`${name}: ${describeGitHubError(error, this.deps.clock.now()).message}`);
      }
    }
    const w = this.deps.governor.known;
    const share = this.deps.governor.share;
    return {
      pass: this.passes,
      startedAt: new Date(started).toISOString(),
      repositories: repos.length,
      unchanged,
      failedRunsSeen: failedSeen,
      runs: reports,
      requests: this.deps.governor.since(started),
      ...(w
        ? {
            rateLimit: {
              limit: w.limit,
              remaining: w.remaining,
              resetAt: new Date(w.resetAt).toISOString(),
              share,
              keptForOthers: this.deps.governor.floor(w.limit),
            },
          }
        : {}),
      perRepositoryLastHour: this.deps.governor.lastHour(),
      errors,
      waitedSeconds: Math.round((this.deps.governor.waitedMs - waitedBefore) / 1000),
    };
  }
}
