import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import {
  ISSUE_STATES,
  type Json,
  PERMISSION_LEVELS,
  ROLES,
  RUN_STATUSES,
  SeedChecker,
} from './seed-checker.js';
import type { Seed, SeedJob, SeedRepo, SeedRun } from './seed-types.js';
import { PERMISSION_SCOPES } from './seed-types.js';
import { checkMergeGates } from './seed-validate-checks.js';

/**
 * Reading and checking seeds. A seed is written by a test author, so its mistakes are
 * ConfigurationErrors naming the key (`repos[0].runs[1].workflow`), the problem and what is accepted.
 */

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

function checkFullName(c: SeedChecker, value: unknown, where: string): void {
  if (typeof value === 'string' && !/^[\w.-]+\/[\w.-]+$/.test(value))
    c.fail(where, `is ${JSON.stringify(value)}`, 'a repository written as owner/name');
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
  c.string(run, 'head_repository', where, false);
  checkFullName(c, run.head_repository, `${where}.head_repository`);
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
  c.boolean(repo, 'copilot_review', where);
  const teams = new Set<string>();
  for (const [i, team] of c.array(repo, 'teams', where).entries()) {
    const w = `${where}.teams[${i}]`;
    c.string(team, 'slug', w, true);
    c.oneOf(team, 'permission', w, ROLES);
    if (typeof team.slug !== 'string') continue;
    if (teams.has(team.slug.toLowerCase()))
      c.fail(`${w}.slug`, `"${team.slug}" is used twice`, 'unique slugs');
    teams.add(team.slug.toLowerCase());
  }
  const milestones = new Set<string>();
  for (const [i, milestone] of c.array(repo, 'milestones', where).entries()) {
    const w = `${where}.milestones[${i}]`;
    c.string(milestone, 'title', w, true);
    c.oneOf(milestone, 'state', w, ISSUE_STATES);
    for (const key of ['due_on', 'created_at', 'updated_at', 'closed_at']) c.date(milestone, key, w);
    if (typeof milestone.title !== 'string') continue;
    if (milestones.has(milestone.title))
      c.fail(`${w}.title`, `"${milestone.title}" is used twice`, 'unique milestone titles');
    milestones.add(milestone.title);
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
      if (issue.milestone !== undefined && !milestones.has(String(issue.milestone)))
        c.fail(
          `${w}.milestone`,
          `names no milestone ${JSON.stringify(issue.milestone)}`,
          `the title of one of the repository's milestones (${[...milestones].join(', ') || 'none'})`,
        );
      if (key === 'pulls') checkPull(c, issue, w, branchNames, teams);
    }
  }
  for (const [i, wf] of c.array(repo, 'workflows', where).entries()) {
    c.string(wf, 'name', `${where}.workflows[${i}]`, true);
    c.string(wf, 'path', `${where}.workflows[${i}]`, true);
  }
  for (const [i, run] of c.array(repo, 'runs', where).entries())
    checkRun(c, run, `${where}.runs[${i}]`, repo);
  checkMergeGates(c, repo, where, branchNames);
}

function checkPull(
  c: SeedChecker,
  pull: Json,
  w: string,
  branchNames: Set<string>,
  teams: Set<string>,
): void {
  c.string(pull, 'head', w, true);
  c.string(pull, 'head_repository', w, false);
  checkFullName(c, pull.head_repository, `${w}.head_repository`);
  c.string(pull, 'head_sha', w, false);
  if (pull.head_sha !== undefined && pull.head_repository === undefined)
    c.fail(`${w}.head_sha`, 'is set without head_repository', 'head_sha only for a fork pull request');
  if (typeof pull.head === 'string' && pull.head_repository === undefined && !branchNames.has(pull.head))
    c.fail(`${w}.head`, `names no branch "${pull.head}"`, [...branchNames].join(', '));
  if (typeof pull.base === 'string' && !branchNames.has(pull.base))
    c.fail(`${w}.base`, `names no branch "${pull.base}"`, [...branchNames].join(', '));
  for (const slug of c.strings(pull, 'requested_teams', w, false))
    if (!teams.has(slug.toLowerCase()))
      c.fail(
        `${w}.requested_teams`,
        `names no team "${slug}"`,
        `slugs of the repository's teams (${[...teams].join(', ') || 'none'})`,
      );
  c.date(pull, 'merged_at', w);
  c.string(pull, 'merged_by', w, false);
  if (pull.merged_by !== undefined && pull.merged_at === undefined)
    c.fail(`${w}.merged_by`, 'is set without merged_at', 'merged_by only with merged_at');
  if (pull.merged_at === undefined) return;
  // A merged pull request is closed, and closed when it merged.
  if (pull.state === 'open') c.fail(`${w}.state`, 'is "open" with merged_at', 'closed (or left out)');
  if (pull.closed_at !== undefined && pull.closed_at !== pull.merged_at)
    c.fail(
      `${w}.closed_at`,
      `is ${JSON.stringify(pull.closed_at)}, not merged_at`,
      'the same time as merged_at',
    );
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
  const types = new Map<string, unknown>();
  for (const user of c.array(root, 'users', 'users'))
    if (typeof user.login === 'string') types.set(user.login.toLowerCase(), user.type ?? 'User');
  for (const [i, repo] of c.array(root, 'repos', 'repos').entries()) {
    checkRepo(c, repo, `repos[${i}]`);
    // Teams belong to organizations; a user-owned repository has none.
    const ownerType = typeof repo.owner === 'string' ? types.get(repo.owner.toLowerCase()) : undefined;
    if (
      Array.isArray(repo.teams) &&
      repo.teams.length > 0 &&
      ownerType !== undefined &&
      ownerType !== 'Organization'
    )
      c.fail(
        `repos[${i}].teams`,
        `are given but the owner "${String(repo.owner)}" is a ${String(ownerType)}`,
        'teams only on repositories of an organization (users[].type "Organization")',
      );
  }
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
