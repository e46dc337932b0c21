import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import type { Seed, SeedJob, SeedRepo, SeedRun } from './seed-types.js';
import { PERMISSION_SCOPES } from './seed-types.js';

/**
 * Reading and checking seeds. A seed is written by a test author, so its mistakes are
 * ConfigurationErrors naming the key (`repos[0].runs[1].workflow`), the problem and what is accepted.
 */

type Json = Record<string, unknown>;

const ISSUE_STATES = ['open', 'closed'];
const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const PERMISSION_LEVELS = ['none', 'read', 'write'];
const ROLES = ['admin', 'maintain', 'write', 'triage', 'read'];

class SeedChecker {
  readonly errors: ConfigurationError[] = [];

  constructor(private readonly file?: string) {}

  fail(key: string, problem: string, accepted: string): void {
    this.errors.push(
      new ConfigurationError(
        `seed ${key}: ${problem}; accepted: ${accepted}`,
        this.file ? { file: this.file } : undefined,
      ),
    );
  }

  string(obj: Json, key: string, where: string, required: boolean): void {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(`${where}.${key}`, 'is missing', 'a string');
      return;
    }
    if (typeof value !== 'string' || value === '')
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'a non-empty string');
  }

  oneOf(obj: Json, key: string, where: string, allowed: readonly string[]): void {
    const value = obj[key];
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || !allowed.includes(value))
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, allowed.join(', '));
  }

  date(obj: Json, key: string, where: string): void {
    const value = obj[key];
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      this.fail(
        `${where}.${key}`,
        `is ${JSON.stringify(value)}`,
        'an ISO 8601 date-time such as 2026-01-31T12:00:00Z',
      );
  }

  array(obj: Json, key: string, where: string): Json[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(`${where}.${key}`, `is ${typeof value}`, 'an array');
      return [];
    }
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.fail(`${where}.${key}[${i}]`, `is ${JSON.stringify(item)}`, 'an object');
        return {};
      }
      return item as Json;
    });
  }
}

function checkJob(c: SeedChecker, job: Json, where: string): void {
  c.string(job, 'name', where, true);
  c.oneOf(job, 'status', where, RUN_STATUSES);
  for (const [i, step] of c.array(job, 'steps', where).entries())
    c.string(step, 'name', `${where}.steps[${i}]`, true);
  for (const [i, a] of c.array(job, 'annotations', where).entries()) {
    const w = `${where}.annotations[${i}]`;
    c.string(a, 'path', w, true);
    c.string(a, 'message', w, true);
    c.oneOf(a, 'annotation_level', w, ['notice', 'warning', 'failure']);
    if (typeof a.start_line !== 'number') c.fail(`${w}.start_line`, 'is missing', 'a line number');
  }
  const log = job.log;
  if (log !== undefined && typeof log !== 'string') {
    const file = (log as { file?: unknown }).file;
    if (typeof file !== 'string')
      c.fail(`${where}.log`, `is ${JSON.stringify(log)}`, 'a string or { "file": path }');
    else if (!existsSync(file)) c.fail(`${where}.log.file`, `"${file}" does not exist`, 'a readable file');
  }
}

function checkRun(c: SeedChecker, run: Json, where: string, repo: Json): void {
  const workflows = (repo.workflows as Json[] | undefined) ?? [];
  const ref = run.workflow;
  const match = workflows.some(
    (w) =>
      w.id === ref ||
      w.path === ref ||
      w.name === ref ||
      (typeof w.path === 'string' && path.posix.basename(w.path) === ref),
  );
  if (!match)
    c.fail(
      `${where}.workflow`,
      `${JSON.stringify(ref)} matches no workflow of the repository`,
      "a workflow's path, file name, name or id",
    );
  c.string(run, 'branch', where, true);
  c.oneOf(run, 'status', where, RUN_STATUSES);
  c.date(run, 'created_at', where);
  c.date(run, 'updated_at', where);
  for (const [i, job] of c.array(run, 'jobs', where).entries()) checkJob(c, job, `${where}.jobs[${i}]`);
  for (const [i, attempt] of c.array(run, 'previous_attempts', where).entries()) {
    c.oneOf(attempt, 'status', `${where}.previous_attempts[${i}]`, RUN_STATUSES);
    for (const [j, job] of c.array(attempt, 'jobs', `${where}.previous_attempts[${i}]`).entries())
      checkJob(c, job, `${where}.previous_attempts[${i}].jobs[${j}]`);
  }
}

function checkRepo(c: SeedChecker, repo: Json, where: string): void {
  c.string(repo, 'owner', where, true);
  c.string(repo, 'name', where, true);
  c.date(repo, 'created_at', where);
  const files = repo.files;
  if (files !== undefined && (typeof files !== 'object' || files === null || Array.isArray(files)))
    c.fail(`${where}.files`, `is ${JSON.stringify(files)}`, 'an object of path → text');
  const branches = (repo.branches ?? {}) as Record<string, Json>;
  const branchNames = new Set([String(repo.default_branch ?? 'main'), ...Object.keys(branches)]);
  for (const [name, branch] of Object.entries(branches)) {
    if (branch.from !== undefined && !branchNames.has(String(branch.from)))
      c.fail(
        `${where}.branches.${name}.from`,
        `names no branch "${String(branch.from)}"`,
        [...branchNames].join(', '),
      );
  }
  for (const [i, commit] of c.array(repo, 'commits', where).entries()) {
    c.string(commit, 'message', `${where}.commits[${i}]`, true);
    if (typeof commit.branch !== 'string' || !branchNames.has(commit.branch))
      c.fail(
        `${where}.commits[${i}].branch`,
        `is ${JSON.stringify(commit.branch)}`,
        [...branchNames].join(', '),
      );
    if (typeof commit.files !== 'object' || commit.files === null)
      c.fail(`${where}.commits[${i}].files`, 'is missing', 'an object of path → text (null deletes)');
  }
  for (const [i, col] of c.array(repo, 'collaborators', where).entries()) {
    c.string(col, 'login', `${where}.collaborators[${i}]`, true);
    c.oneOf(col, 'permission', `${where}.collaborators[${i}]`, ROLES);
  }
  for (const [i, label] of c.array(repo, 'labels', where).entries()) {
    c.string(label, 'name', `${where}.labels[${i}]`, true);
    if (label.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(String(label.color)))
      c.fail(`${where}.labels[${i}].color`, `is ${JSON.stringify(label.color)}`, 'six hex digits without #');
  }
  for (const key of ['issues', 'pulls'] as const) {
    for (const [i, issue] of c.array(repo, key, where).entries()) {
      const w = `${where}.${key}[${i}]`;
      c.string(issue, 'title', w, true);
      c.string(issue, 'author', w, true);
      c.oneOf(issue, 'state', w, ISSUE_STATES);
      c.date(issue, 'created_at', w);
      c.date(issue, 'updated_at', w);
      for (const [j, comment] of c.array(issue, 'comments', w).entries()) {
        c.string(comment, 'author', `${w}.comments[${j}]`, true);
        c.date(comment, 'created_at', `${w}.comments[${j}]`);
      }
      if (key === 'pulls') {
        c.string(issue, 'head', w, true);
        if (typeof issue.head === 'string' && !branchNames.has(issue.head))
          c.fail(`${w}.head`, `names no branch "${issue.head}"`, [...branchNames].join(', '));
        if (typeof issue.base === 'string' && !branchNames.has(issue.base))
          c.fail(`${w}.base`, `names no branch "${issue.base}"`, [...branchNames].join(', '));
      }
    }
  }
  for (const [i, wf] of c.array(repo, 'workflows', where).entries()) {
    c.string(wf, 'name', `${where}.workflows[${i}]`, true);
    c.string(wf, 'path', `${where}.workflows[${i}]`, true);
  }
  for (const [i, run] of c.array(repo, 'runs', where).entries())
    checkRun(c, run, `${where}.runs[${i}]`, repo);
}

/** Check a seed's shape and references; throws every problem found at once. */
export function validateSeed(seed: unknown, file?: string): asserts seed is Seed {
  const c = new SeedChecker(file);
  if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) {
    c.fail('(root)', `is ${JSON.stringify(seed)}`, 'an object with users, tokens and repos');
    throw c.errors[0];
  }
  const root = seed as Json;
  for (const [i, user] of c.array(root, 'users', 'users').entries()) {
    c.string(user, 'login', `users[${i}]`, true);
    c.oneOf(user, 'type', `users[${i}]`, ['User', 'Bot', 'Organization']);
  }
  for (const [i, token] of c.array(root, 'tokens', 'tokens').entries()) {
    const w = `tokens[${i}]`;
    c.string(token, 'token', w, true);
    c.string(token, 'login', w, true);
    const p = token.permissions;
    if (typeof p === 'string') c.oneOf(token, 'permissions', w, PERMISSION_LEVELS);
    else if (p !== undefined) {
      for (const [scope, level] of Object.entries(p as Json)) {
        if (!(PERMISSION_SCOPES as readonly string[]).includes(scope))
          c.fail(`${w}.permissions.${scope}`, 'is not a known scope', PERMISSION_SCOPES.join(', '));
        else if (!PERMISSION_LEVELS.includes(String(level)))
          c.fail(`${w}.permissions.${scope}`, `is ${JSON.stringify(level)}`, PERMISSION_LEVELS.join(', '));
      }
    }
  }
  for (const [i, repo] of c.array(root, 'repos', 'repos').entries()) checkRepo(c, repo, `repos[${i}]`);
  if (c.errors.length === 1) throw c.errors[0];
  if (c.errors.length > 1) throw new ConfigurationErrors(c.errors);
}

function resolveLog(job: SeedJob, dir: string): void {
  if (typeof job.log === 'object' && job.log !== null && typeof job.log.file === 'string')
    job.log = { file: path.resolve(dir, job.log.file) };
}

/** Make `{ file }` log references absolute against `dir` (a seed file's folder). */
export function resolveSeedPaths(seed: Seed, dir: string): Seed {
  const visitRun = (run: SeedRun): void => {
    for (const job of run.jobs ?? []) resolveLog(job, dir);
    for (const attempt of run.previous_attempts ?? [])
      for (const job of attempt.jobs ?? []) resolveLog(job, dir);
  };
  for (const repo of seed.repos ?? ([] as SeedRepo[])) for (const run of repo.runs ?? []) visitRun(run);
  return seed;
}

/** Read a JSON seed; log files it names are resolved against the seed file's folder. */
export async function loadSeedFile(file: string): Promise<Seed> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `seed file "${file}" cannot be read (${(error as Error).message}); accepted: a JSON file`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`seed file "${file}" is not valid JSON (${(error as Error).message})`, {
      file,
    });
  }
  if (typeof parsed === 'object' && parsed !== null)
    resolveSeedPaths(parsed as Seed, path.dirname(path.resolve(file)));
  validateSeed(parsed, file);
  return parsed;
}
