/**
 * Where `autoheal run` runs: which CI provider (ci-info knows them; we do not keep our own list of
 * detection variables) and, for the providers people use most, the run link, branch, commit and
 * repository that provider's environment gives. Every value is untrusted text from the
 * environment: it is only ever put into an issue through the sanitizer, and a repository slug is
 * accepted only in the `owner/name` shape.
 */
import { readFileSync } from 'node:fs';
import ciInfo from 'ci-info';
import type { Env } from '../runtime.js';
import type { ExternalSite } from './external.js';

/** What ci-info says about the environment: its vendor constant (`GITLAB`) and display name. */
export interface DetectedCi {
  id: string | null;
  name: string | null;
  isCI: boolean;
}

/** What ci-info read from this process's environment (it reads process.env once, when loaded). */
export function detectCi(): DetectedCi {
  return { id: ciInfo.id, name: ciInfo.name, isCI: ciInfo.isCI };
}

export interface CiSite {
  site: ExternalSite;
  /** `owner/name` on GitHub, when the provider's variables name it. */
  repository?: string;
  /** A git remote URL the provider names (Jenkins GIT_URL, Buildkite BUILDKITE_REPO…), to read a GitHub slug from. */
  remoteUrl?: string;
  /**
   * Set when the provider says this pipeline runs a fork's pull/merge request: the fork's name (or
   * `a fork`). Its output was written by whoever opened the request, so it files nothing.
   */
  fork?: string;
}

/**
 * A repository name, path, slug or remote URL reduced to `host/path` (or the path alone), so the
 * forms one provider mixes (`git@host:o/r.git`, `git://host/o/r.git`, `https://host/o/r`) compare equal.
 */
function repoKey(value: string): string {
  const v = value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  const scp = /^[^@/\s]+@([^:/\s]+):\/*(.+)$/.exec(v);
  if (scp) return `${scp[1]}/${scp[2]}`.toLowerCase();
  try {
    const u = new URL(v);
    if (u.hostname) return `${u.hostname}${u.pathname}`.replace(/\/+$/, '').toLowerCase();
  } catch {
    // Not a URL: a path or slug.
  }
  return v.toLowerCase();
}

/** Two repository names (paths, slugs or remote URLs) that name different repositories. */
function differ(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return repoKey(a) !== repoKey(b);
}

/**
 * The head repository of the pull request a GitHub Actions run is for, when it is not this one
 * (pull_request_target and the like hand a fork's code the base repository's secrets).
 */
function githubFork(env: Env): string | undefined {
  const file = first(env, 'GITHUB_EVENT_PATH');
  if (!file || !first(env, 'GITHUB_HEAD_REF')) return undefined;
  let head: unknown;
  try {
    const event = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { head?: { repo?: unknown } } };
    const repo = event.pull_request?.head?.repo;
    // GitHub sends null for a fork deleted since: still not this repository.
    if (repo === null) return 'a deleted fork';
    head = (repo as { full_name?: unknown } | undefined)?.full_name;
  } catch {
    return undefined;
  }
  if (typeof head !== 'string') return undefined;
  return differ(head, first(env, 'GITHUB_REPOSITORY')) ? head : undefined;
}

/**
 * The fork a pull/merge request pipeline runs, by each provider's own variables (all set by the
 * provider, not by the request's code): GitLab's source and target projects, Jenkins' CHANGE_FORK,
 * Buildkite's pull request repository, CircleCI's CIRCLE_PR_*, Travis' pull request slug, Azure's
 * SYSTEM_PULLREQUEST_ISFORK, GitHub Actions' event (read by the caller).
 */
export function forkOf(ci: DetectedCi, env: Env): string | undefined {
  switch (ci.id) {
    case 'GITLAB': {
      const source = first(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_PATH');
      if (differ(source, first(env, 'CI_MERGE_REQUEST_PROJECT_PATH', 'CI_PROJECT_PATH'))) return source;
      const sourceId = first(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
      return differ(sourceId, first(env, 'CI_MERGE_REQUEST_PROJECT_ID', 'CI_PROJECT_ID'))
        ? (source ?? 'a fork')
        : undefined;
    }
    case 'JENKINS':
      return first(env, 'CHANGE_FORK');
    case 'BUILDKITE': {
      const source = first(env, 'BUILDKITE_PULL_REQUEST_REPO');
      return differ(source, first(env, 'BUILDKITE_REPO')) ? source : undefined;
    }
    case 'CIRCLE': {
      const user = first(env, 'CIRCLE_PR_USERNAME');
      const name = first(env, 'CIRCLE_PR_REPONAME');
      return user || name ? `${user ?? '?'}/${name ?? '?'}` : undefined;
    }
    case 'TRAVIS': {
      const source = first(env, 'TRAVIS_PULL_REQUEST_SLUG');
      return differ(source, first(env, 'TRAVIS_REPO_SLUG')) ? source : undefined;
    }
    case 'AZURE_PIPELINES':
      return /^true$/i.test(first(env, 'SYSTEM_PULLREQUEST_ISFORK') ?? '') ? 'a fork' : undefined;
    case 'GITHUB_ACTIONS':
      return githubFork(env);
    default:
      return undefined;
  }
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** `owner/name` when `value` is one (and not `.` or `..` as a name). */
export function repoSlug(value: string | undefined): string | undefined {
  const v = value?.trim().replace(/\.git$/, '');
  if (!v || !SLUG.test(v)) return undefined;
  const name = v.split('/')[1]!;
  return name === '.' || name === '..' ? undefined : v;
}

/**
 * The `owner/name` of a git remote URL on `host` (github.com unless a GHES host is given):
 * `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@github.com/o/r`.
 */
export function slugFromRemote(url: string | undefined, host = 'github.com'): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  const h = host.toLowerCase();
  const scp = /^[^@/\s]+@([^:/\s]+):(.+)$/.exec(u);
  if (scp) return scp[1]!.toLowerCase() === h ? repoSlug(scp[2]!.replace(/^\/+/, '')) : undefined;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return undefined;
  }
  if (parsed.hostname.toLowerCase() !== h) return undefined;
  return repoSlug(parsed.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
}

function first(env: Env, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = env[n]?.trim();
    if (v) return v;
  }
  return undefined;
}

function positive(value: string | undefined, offset = 0): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value) + offset;
  return n > 0 ? n : undefined;
}

function stripRef(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/heads\//, '').replace(/^origin\//, '') || undefined;
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drops the keys whose value is undefined (exact optional property types want that). */
function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

/** The site of this run, from the provider ci-info detected and its environment variables. */
export function ciSite(ci: DetectedCi, env: Env): CiSite {
  const site = providerSite(ci, env);
  const fork = forkOf(ci, env);
  return fork === undefined ? site : { ...site, fork: fork.slice(0, 200) };
}

function providerSite(ci: DetectedCi, env: Env): CiSite {
  switch (ci.id) {
    case 'GITLAB':
      return {
        site: {
          provider: 'GitLab CI',
          ...defined({
            runId: first(env, 'CI_PIPELINE_ID'),
            jobId: first(env, 'CI_JOB_ID'),
            runUrl: first(env, 'CI_JOB_URL', 'CI_PIPELINE_URL'),
            job: first(env, 'CI_JOB_NAME'),
            branch: first(
              env,
              'CI_COMMIT_BRANCH',
              'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
              'CI_COMMIT_REF_NAME',
            ),
            commit: first(env, 'CI_COMMIT_SHA'),
            defaultBranch: first(env, 'CI_DEFAULT_BRANCH'),
          }),
        },
        ...defined({ remoteUrl: first(env, 'CI_REPOSITORY_URL') }),
      };
    case 'JENKINS':
      return {
        site: {
          provider: 'Jenkins',
          ...defined({
            runId: first(env, 'BUILD_NUMBER'),
            runUrl: first(env, 'BUILD_URL'),
            job: first(env, 'JOB_NAME'),
            branch: stripRef(first(env, 'BRANCH_NAME', 'CHANGE_BRANCH', 'GIT_BRANCH')),
            commit: first(env, 'GIT_COMMIT'),
          }),
        },
        ...defined({ remoteUrl: first(env, 'GIT_URL') }),
      };
    case 'BUILDKITE': {
      const build = first(env, 'BUILDKITE_BUILD_URL');
      const job = first(env, 'BUILDKITE_JOB_ID');
      return {
        site: {
          provider: 'Buildkite',
          ...defined({
            runId: first(env, 'BUILDKITE_BUILD_NUMBER'),
            jobId: job,
            attempt: positive(first(env, 'BUILDKITE_RETRY_COUNT'), 1),
            runUrl: build && job ? `${build}#${job}` : build,
            job: first(env, 'BUILDKITE_LABEL', 'BUILDKITE_STEP_KEY'),
            branch: first(env, 'BUILDKITE_BRANCH'),
            commit: first(env, 'BUILDKITE_COMMIT'),
            defaultBranch: first(env, 'BUILDKITE_PIPELINE_DEFAULT_BRANCH'),
          }),
        },
        ...defined({ remoteUrl: first(env, 'BUILDKITE_REPO') }),
      };
    }
    case 'CIRCLE': {
      const owner = first(env, 'CIRCLE_PROJECT_USERNAME');
      const name = first(env, 'CIRCLE_PROJECT_REPONAME');
      return {
        site: {
          provider: 'CircleCI',
          ...defined({
            runId: first(env, 'CIRCLE_BUILD_NUM'),
            runUrl: first(env, 'CIRCLE_BUILD_URL'),
            job: first(env, 'CIRCLE_JOB'),
            branch: first(env, 'CIRCLE_BRANCH'),
            commit: first(env, 'CIRCLE_SHA1'),
          }),
        },
        ...defined({
          repository: owner && name ? repoSlug(`${owner}/${name}`) : undefined,
          remoteUrl: first(env, 'CIRCLE_REPOSITORY_URL'),
        }),
      };
    }
    case 'TRAVIS':
      return {
        site: {
          provider: 'Travis CI',
          ...defined({
            runId: first(env, 'TRAVIS_BUILD_ID'),
            jobId: first(env, 'TRAVIS_JOB_ID'),
            runUrl: first(env, 'TRAVIS_JOB_WEB_URL', 'TRAVIS_BUILD_WEB_URL'),
            job: first(env, 'TRAVIS_JOB_NAME'),
            branch: first(env, 'TRAVIS_PULL_REQUEST_BRANCH', 'TRAVIS_BRANCH'),
            commit: first(env, 'TRAVIS_PULL_REQUEST_SHA', 'TRAVIS_COMMIT'),
          }),
        },
        ...defined({ repository: repoSlug(first(env, 'TRAVIS_REPO_SLUG')) }),
      };
    case 'AZURE_PIPELINES': {
      const collection = first(env, 'SYSTEM_TEAMFOUNDATIONCOLLECTIONURI', 'SYSTEM_COLLECTIONURI');
      const project = first(env, 'SYSTEM_TEAMPROJECT');
      const build = first(env, 'BUILD_BUILDID');
      const onGitHub = /^github/i.test(env.BUILD_REPOSITORY_PROVIDER ?? '');
      return {
        site: {
          provider: 'Azure Pipelines',
          ...defined({
            runId: build,
            jobId: first(env, 'SYSTEM_JOBID'),
            attempt: positive(first(env, 'SYSTEM_JOBATTEMPT')),
            runUrl:
              collection && project && build
                ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${encodeURIComponent(build)}`
                : undefined,
            job: first(env, 'SYSTEM_JOBDISPLAYNAME', 'AGENT_JOBNAME'),
            branch: stripRef(first(env, 'SYSTEM_PULLREQUEST_SOURCEBRANCH', 'BUILD_SOURCEBRANCH')),
            commit: first(env, 'BUILD_SOURCEVERSION'),
          }),
        },
        ...defined({
          repository: onGitHub ? repoSlug(first(env, 'BUILD_REPOSITORY_NAME')) : undefined,
          remoteUrl: first(env, 'BUILD_REPOSITORY_URI'),
        }),
      };
    }
    case 'GITHUB_ACTIONS': {
      const server = first(env, 'GITHUB_SERVER_URL') ?? 'https://github.com';
      const repository = repoSlug(first(env, 'GITHUB_REPOSITORY'));
      const run = first(env, 'GITHUB_RUN_ID');
      return {
        site: {
          provider: 'GitHub Actions',
          ...defined({
            runId: run,
            attempt: positive(first(env, 'GITHUB_RUN_ATTEMPT')),
            runUrl: repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined,
            job: first(env, 'GITHUB_JOB'),
            branch: first(env, 'GITHUB_HEAD_REF', 'GITHUB_REF_NAME'),
            commit: first(env, 'GITHUB_SHA'),
          }),
        },
        ...defined({ repository }),
      };
    }
    default:
      // A provider ci-info knows but we map nothing of: its name; branch and commit come from git.
      return { site: { provider: ci.isCI ? (ci.name ?? 'CI') : 'local' } };
  }
}
