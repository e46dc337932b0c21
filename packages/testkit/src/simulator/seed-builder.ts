import type {
  Seed,
  SeedCheckRun,
  SeedCommitStatus,
  SeedIssue,
  SeedJob,
  SeedLog,
  SeedMilestone,
  SeedPull,
  SeedRepo,
  SeedRuleset,
  SeedRun,
  SeedStep,
  SeedTeam,
  SeedToken,
  SeedUser,
} from './seed-types.js';

/**
 * Concise seeds for tests:
 *
 *   seedBuilder()
 *     .repo('octo-org/widgets', (r) => r.file('README.md', '# widgets').label('bug').workflow('CI', '.github/workflows/ci.yml'))
 *     .build()
 *
 * Unless told not to, it adds `SIMULATOR_TOKEN` for `github-actions[bot]` with write access.
 */

/** The token a built seed accepts by default: `github-actions[bot]`, write on everything, no `workflows`. */
export const SIMULATOR_TOKEN = 'ghs_autohealSimulatorToken0000000000000';
export const SIMULATOR_BOT = 'github-actions[bot]';

export class RepoBuilder {
  constructor(readonly seed: SeedRepo) {}

  set(fields: Partial<SeedRepo>): this {
    Object.assign(this.seed, fields);
    return this;
  }

  file(path: string, text: string): this {
    this.seed.files = { ...(this.seed.files ?? {}), [path]: text };
    return this;
  }

  files(files: Record<string, string>): this {
    this.seed.files = { ...(this.seed.files ?? {}), ...files };
    return this;
  }

  /** A branch one commit ahead of `from` (default branch unless given). */
  branch(
    name: string,
    files: Record<string, string | null>,
    options: { from?: string; message?: string; author?: string; date?: string } = {},
  ): this {
    this.seed.branches = { ...(this.seed.branches ?? {}), [name]: { files, ...options } };
    return this;
  }

  /** One more commit on an existing branch. */
  commit(
    branch: string,
    files: Record<string, string | null>,
    message: string,
    options: { author?: string; date?: string } = {},
  ): this {
    this.seed.commits = [...(this.seed.commits ?? []), { branch, files, message, ...options }];
    return this;
  }

  collaborator(
    login: string,
    permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read' = 'write',
  ): this {
    this.seed.collaborators = [...(this.seed.collaborators ?? []), { login, permission }];
    return this;
  }

  /** A team of the owning organization with access to the repository (`write` unless told). */
  team(slug: string, name?: string, fields: Omit<SeedTeam, 'slug' | 'name'> = {}): this {
    this.seed.teams = [...(this.seed.teams ?? []), { slug, ...(name ? { name } : {}), ...fields }];
    return this;
  }

  /** A milestone; issues and pulls name it by `title` (`milestone: 'v1.0'`). */
  milestone(title: string, fields: Omit<SeedMilestone, 'title'> = {}): this {
    this.seed.milestones = [...(this.seed.milestones ?? []), { title, ...fields }];
    return this;
  }

  /** A check run that no workflow job made (another app's check). */
  checkRun(check: SeedCheckRun): this {
    this.seed.check_runs = [...(this.seed.check_runs ?? []), check];
    return this;
  }

  /** A commit status (the newest per context counts). */
  status(status: SeedCommitStatus): this {
    this.seed.statuses = [...(this.seed.statuses ?? []), status];
    return this;
  }

  /** Classic branch protection requiring these checks (check run names or status contexts). */
  protect(branch: string, requiredStatusChecks: string[]): this {
    this.seed.protected_branches = {
      ...(this.seed.protected_branches ?? {}),
      [branch]: { required_status_checks: requiredStatusChecks },
    };
    return this;
  }

  /** A ruleset requiring status checks on the branches it targets. */
  ruleset(ruleset: SeedRuleset): this {
    this.seed.rulesets = [...(this.seed.rulesets ?? []), ruleset];
    return this;
  }

  label(name: string, color?: string, description?: string): this {
    this.seed.labels = [
      ...(this.seed.labels ?? []),
      {
        name,
        ...(color ? { color } : {}),
        ...(description ? { description } : {}),
      },
    ];
    return this;
  }

  issue(issue: SeedIssue): this {
    this.seed.issues = [...(this.seed.issues ?? []), issue];
    return this;
  }

  /** Many issues at once (e.g. 250 for pagination), numbered in order. */
  issues(count: number, make: (i: number) => SeedIssue): this {
    for (let i = 1; i <= count; i++) this.issue(make(i));
    return this;
  }

  pull(pull: SeedPull): this {
    this.seed.pulls = [...(this.seed.pulls ?? []), pull];
    return this;
  }

  workflow(name: string, path: string, id?: number): this {
    this.seed.workflows = [
      ...(this.seed.workflows ?? []),
      { name, path, ...(id !== undefined ? { id } : {}) },
    ];
    return this;
  }

  run(run: SeedRun): this {
    this.seed.runs = [...(this.seed.runs ?? []), run];
    return this;
  }
}

export class SeedBuilder {
  private readonly seed: { users: SeedUser[]; tokens: SeedToken[]; repos: SeedRepo[] } = {
    users: [],
    tokens: [],
    repos: [],
  };

  constructor(options: { defaultToken?: boolean } = {}) {
    if (options.defaultToken !== false) this.token(SIMULATOR_TOKEN, SIMULATOR_BOT);
  }

  user(login: string, fields: Omit<SeedUser, 'login'> = {}): this {
    this.seed.users.push({ login, ...fields });
    return this;
  }

  token(token: string, login: string, options: Omit<SeedToken, 'token' | 'login'> = {}): this {
    this.seed.tokens.push({ token, login, ...options });
    return this;
  }

  repo(fullName: string, configure?: (repo: RepoBuilder) => unknown, fields: Partial<SeedRepo> = {}): this {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new RangeError(`repo name must be "owner/name", got "${fullName}"`);
    const repo: SeedRepo = { owner, name, ...fields };
    configure?.(new RepoBuilder(repo));
    this.seed.repos.push(repo);
    return this;
  }

  build(): Seed {
    return structuredClone(this.seed);
  }
}

export function seedBuilder(options: { defaultToken?: boolean } = {}): SeedBuilder {
  return new SeedBuilder(options);
}

/**
 * Steps as GitHub reports a job that failed at `failing` (an index or name): earlier steps
 * succeeded, later ones were skipped, except the `Post …` and `Complete job` steps, which run anyway.
 */
export function stepsFailingAt(names: string[], failing?: number | string): SeedStep[] {
  const at = typeof failing === 'string' ? names.indexOf(failing) : (failing ?? -1);
  if (typeof failing === 'string' && at < 0)
    throw new RangeError(`no step named "${failing}" in ${names.join(', ')}`);
  return names.map((name, i) => {
    const always = name.startsWith('Post ') || name === 'Complete job' || name === 'Set up job';
    const conclusion = at < 0 || i < at ? 'success' : i === at ? 'failure' : always ? 'success' : 'skipped';
    return { name, number: i + 1, status: 'completed', conclusion };
  });
}

/** A completed job with the given outcome and log. */
export function completedJob(
  name: string,
  conclusion: 'success' | 'failure',
  log: SeedLog,
  steps?: SeedStep[],
): SeedJob {
  return { name, status: 'completed', conclusion, log, ...(steps ? { steps } : {}) };
}
