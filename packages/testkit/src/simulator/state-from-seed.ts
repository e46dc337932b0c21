import path from 'node:path';
import { ConfigurationError } from '@autoheal/core/errors';
import { addRuleset } from './branch-rules.js';
import { addCheckRun, addCommitStatus } from './commit-checks.js';
import type { FlatEntry } from './git-objects.js';
import { resolveCommit } from './refs.js';
import type {
  PermissionLevel,
  PermissionScope,
  Seed,
  SeedAttempt,
  SeedIssue,
  SeedJob,
  SeedMilestone,
  SeedPull,
  SeedRepo,
  SeedRun,
  SeedToken,
} from './seed-types.js';
import { PERMISSION_SCOPES } from './seed-types.js';
import type {
  SimAttempt,
  SimIssue,
  SimJob,
  SimRepo,
  SimRun,
  SimulatorState,
  TokenIdentity,
} from './state.js';

/** Turn a checked seed into state: users, tokens, repositories with real git objects, issues, runs. */

export function tokenPermissions(
  permissions: SeedToken['permissions'],
): Record<PermissionScope, PermissionLevel> {
  const out = {} as Record<PermissionScope, PermissionLevel>;
  for (const scope of PERMISSION_SCOPES) {
    if (permissions === undefined) out[scope] = 'write';
    else if (typeof permissions === 'string') out[scope] = permissions;
    else out[scope] = permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
  }
  return out;
}

export function addToken(state: SimulatorState, token: SeedToken): TokenIdentity {
  state.ensureUser(token.login);
  const identity: TokenIdentity = {
    token: token.token,
    login: state.user(token.login)!.login,
    permissions: tokenPermissions(token.permissions),
    workflows: token.workflows ?? false,
  };
  state.tokens.set(token.token, identity);
  return identity;
}

export function signatureOf(
  state: SimulatorState,
  login: string,
  date: string,
): { name: string; email: string; date: string } {
  const user = state.ensureUser(login);
  return {
    name: user.name ?? user.login,
    email: user.email ?? `${user.id}+${user.login}@users.noreply.github.com`,
    date,
  };
}

function seedGit(state: SimulatorState, repo: SimRepo, seed: SeedRepo): void {
  const files = new Map<string, FlatEntry>();
  for (const [file, text] of Object.entries(seed.files ?? {})) {
    files.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
  }
  const sig = signatureOf(state, seed.owner, repo.created_at);
  const root = repo.git.writeCommit({
    tree: repo.git.writeFlat(files),
    parents: [],
    author: sig,
    committer: sig,
    message: 'Initial commit',
  });
  repo.refs.set(`refs/heads/${repo.default_branch}`, root);

  // Branches may build on each other; create them in dependency order.
  const pending = new Map(Object.entries(seed.branches ?? {}));
  while (pending.size > 0) {
    let progressed = false;
    for (const [name, branch] of pending) {
      const fromSha = repo.refs.get(`refs/heads/${branch.from ?? repo.default_branch}`);
      if (!fromSha) continue;
      const parent = repo.git.commit(fromSha)!;
      const flat = repo.git.flatten(parent.tree);
      for (const [file, text] of Object.entries(branch.files)) {
        if (text === null) flat.delete(file);
        else flat.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
      }
      const date = branch.date ?? state.timestamp();
      const author = signatureOf(state, branch.author ?? seed.owner, date);
      const sha = repo.git.writeCommit({
        tree: repo.git.writeFlat(flat),
        parents: [fromSha],
        author,
        committer: author,
        message: branch.message ?? `Update ${name}`,
      });
      repo.refs.set(`refs/heads/${name}`, sha);
      pending.delete(name);
      progressed = true;
    }
    if (!progressed)
      throw new ConfigurationError(
        `seed repos ${seed.owner}/${seed.name} branches: ${[...pending.keys()].join(', ')} build on each other in a cycle; accepted: branches whose "from" chain ends at the default branch`,
      );
  }

  (seed.commits ?? []).forEach((c, i) => {
    const parentSha = repo.refs.get(`refs/heads/${c.branch}`);
    if (!parentSha)
      throw new ConfigurationError(
        `seed repos ${seed.owner}/${seed.name} commits[${i}].branch "${c.branch}" does not exist; accepted: the default branch or one in "branches"`,
      );
    const flat = repo.git.flatten(repo.git.commit(parentSha)!.tree);
    for (const [file, text] of Object.entries(c.files)) {
      if (text === null) flat.delete(file);
      else flat.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
    }
    const author = signatureOf(state, c.author ?? seed.owner, c.date ?? state.timestamp());
    repo.refs.set(
      `refs/heads/${c.branch}`,
      repo.git.writeCommit({
        tree: repo.git.writeFlat(flat),
        parents: [parentSha],
        author,
        committer: author,
        message: c.message,
      }),
    );
  });
}

function seedIssue(
  state: SimulatorState,
  repo: SimRepo,
  seed: SeedIssue | SeedPull,
  isPull: boolean,
): SimIssue {
  const number = seed.number ?? repo.nextNumber;
  if (repo.issues.has(number))
    throw new ConfigurationError(
      `seed ${repo.owner}/${repo.name} issue number ${number} is used twice; accepted: unique numbers across issues and pulls`,
    );
  repo.nextNumber = Math.max(repo.nextNumber, number + 1);
  const created = seed.created_at ?? state.timestamp();
  const mergedAt = isPull ? (seed as SeedPull).merged_at : undefined;
  // A merged pull request closed when it merged.
  const state_ = seed.state ?? (mergedAt ? 'closed' : 'open');
  for (const name of seed.labels ?? []) ensureLabel(state, repo, name);
  state.ensureUser(seed.author);
  const issue: SimIssue = {
    id: state.nextId(),
    number,
    title: seed.title,
    body: seed.body ?? null,
    author: state.user(seed.author)!.login,
    state: state_,
    // GitHub gives merged pull requests no state reason.
    state_reason: seed.state_reason ?? (state_ === 'closed' && !mergedAt ? 'completed' : null),
    labels: [...(seed.labels ?? [])].map((n) => repo.labels.get(n.toLowerCase())!.name),
    assignees: (seed.assignees ?? []).map((a) => state.ensureUser(a).login),
    locked: seed.locked ?? false,
    created_at: created,
    updated_at: seed.updated_at ?? created,
    closed_at: state_ === 'closed' ? (seed.closed_at ?? mergedAt ?? seed.updated_at ?? created) : null,
    closed_by: state_ === 'closed' ? state.user(seed.author)!.login : null,
    comments: [],
    events: [],
    milestone:
      seed.milestone === undefined
        ? null
        : [...repo.milestones.values()].find((m) => m.title === seed.milestone)!.number,
  };
  for (const c of seed.comments ?? []) {
    const at = c.created_at ?? created;
    issue.comments.push({
      id: state.nextId(),
      issueNumber: number,
      author: state.ensureUser(c.author).login,
      body: c.body,
      created_at: at,
      updated_at: c.updated_at ?? at,
    });
  }
  for (const e of seed.events ?? []) {
    const label = e.label !== undefined ? ensureLabel(state, repo, e.label) : undefined;
    issue.events.push({
      id: state.nextId(),
      event: e.event,
      actor: state.ensureUser(e.actor).login,
      created_at: e.created_at ?? created,
      ...(label ? { label: { name: label.name, color: label.color } } : {}),
      ...(e.assignee
        ? { assignee: state.ensureUser(e.assignee).login, assigner: state.user(e.actor)!.login }
        : {}),
      ...(e.rename ? { rename: e.rename } : {}),
    });
  }
  if (isPull) {
    const pull = seed as SeedPull;
    const fork = pull.head_repository ? state.ensureFork(pull.head_repository) : undefined;
    const headSha = fork
      ? resolveCommit(repo, pull.head_sha ?? pull.base ?? repo.default_branch)!
      : repo.refs.get(`refs/heads/${pull.head}`)!;
    const mergedBy = pull.merged_at ? state.ensureUser(pull.merged_by ?? pull.author).login : null;
    issue.pull = {
      id: state.nextId(),
      head: pull.head,
      ...(fork ? { headRepo: fork } : {}),
      headSha,
      base: pull.base ?? repo.default_branch,
      draft: pull.draft ?? false,
      merged: pull.merged_at !== undefined,
      merged_at: pull.merged_at ?? null,
      merged_by: mergedBy,
      merge_commit_sha: pull.merged_at ? headSha : null,
      maintainer_can_modify: false,
      requested_reviewers: (pull.requested_reviewers ?? []).map((r) => state.ensureUser(r).login),
      requested_teams: (pull.requested_teams ?? []).map((t) => repo.teams.get(t.toLowerCase())!.slug),
      reviews: (pull.reviews ?? []).map((r) => ({
        id: state.nextId(),
        author: state.ensureUser(r.author).login,
        state: r.state,
        body: r.body ?? '',
        submitted_at: r.submitted_at ?? created,
        commit_id: headSha,
      })),
    };
  }
  if (issue.pull?.merged_by) issue.closed_by = issue.pull.merged_by;
  repo.issues.set(number, issue);
  return issue;
}

function seedMilestones(state: SimulatorState, repo: SimRepo, milestones: SeedMilestone[]): void {
  let next = 1;
  for (const m of milestones) {
    const number = m.number ?? next;
    if (repo.milestones.has(number))
      throw new ConfigurationError(
        `seed ${repo.owner}/${repo.name} milestone number ${number} is used twice; accepted: unique milestone numbers`,
      );
    next = Math.max(next, number + 1);
    const created = m.created_at ?? repo.created_at;
    const updated = m.updated_at ?? created;
    const closed = (m.state ?? 'open') === 'closed';
    repo.milestones.set(number, {
      id: state.nextId(),
      number,
      title: m.title,
      description: m.description ?? null,
      state: m.state ?? 'open',
      creator: state.ensureUser(m.creator ?? repo.owner).login,
      due_on: m.due_on ?? null,
      created_at: created,
      updated_at: updated,
      closed_at: closed ? (m.closed_at ?? updated) : null,
    });
  }
}

/** The label with this name (any case), created with GitHub's default colour when missing. */
export function ensureLabel(state: SimulatorState, repo: SimRepo, name: string, color = 'ededed') {
  const key = name.toLowerCase();
  let label = repo.labels.get(key);
  if (!label) {
    label = { id: state.nextId(), name, color, description: null, default: false };
    repo.labels.set(key, label);
  }
  return label;
}

function seedJobs(
  state: SimulatorState,
  repo: SimRepo,
  run: SimRun,
  attempt: number,
  jobs: SeedJob[],
  created: string,
): number[] {
  return jobs.map((j) => {
    const id = j.id ?? state.nextId();
    state.reserveId(id);
    if (repo.jobs.has(id))
      throw new ConfigurationError(
        `seed ${repo.owner}/${repo.name} job id ${id} is used twice; accepted: unique job ids`,
      );
    const checkRunId = j.check_run_id ?? id;
    state.reserveId(checkRunId);
    const status = j.status ?? 'completed';
    const conclusion = j.conclusion !== undefined ? j.conclusion : status === 'completed' ? 'success' : null;
    const started = j.started_at ?? created;
    const completed = j.completed_at !== undefined ? j.completed_at : status === 'completed' ? started : null;
    const job: SimJob = {
      id,
      runId: run.id,
      attempt,
      name: j.name,
      status,
      conclusion,
      created_at: created,
      started_at: started,
      completed_at: completed,
      steps: (j.steps ?? []).map((s, i) => {
        const stepStatus = s.status ?? (status === 'completed' ? 'completed' : 'queued');
        return {
          name: s.name,
          number: s.number ?? i + 1,
          status: stepStatus,
          conclusion:
            s.conclusion !== undefined ? s.conclusion : stepStatus === 'completed' ? 'success' : null,
          started_at: s.started_at ?? (stepStatus === 'queued' ? null : started),
          completed_at: s.completed_at ?? (stepStatus === 'completed' ? (completed ?? started) : null),
          ...(s.log !== undefined ? { log: s.log } : {}),
        };
      }),
      checkRunId,
      annotations: j.annotations ?? [],
      ...(j.log === undefined
        ? {}
        : { log: typeof j.log === 'string' ? { text: j.log } : { file: j.log.file } }),
      labels: j.labels ?? ['ubuntu-latest'],
      runner_name:
        j.runner_name !== undefined ? j.runner_name : status === 'queued' ? null : 'GitHub Actions 2',
    };
    repo.jobs.set(id, job);
    return id;
  });
}

function seedAttempt(
  state: SimulatorState,
  repo: SimRepo,
  run: SimRun,
  seed: SeedAttempt,
  number: number,
  actor: string,
): SimAttempt {
  const created = seed.created_at ?? state.timestamp();
  const status = seed.status ?? 'completed';
  return {
    attempt: number,
    status,
    conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
    created_at: created,
    updated_at: seed.updated_at ?? created,
    run_started_at: seed.run_started_at ?? created,
    actor: seed.actor ? state.ensureUser(seed.actor).login : actor,
    jobIds: seedJobs(state, repo, run, number, seed.jobs ?? [], created),
  };
}

function seedRun(state: SimulatorState, repo: SimRepo, seed: SeedRun, index: number): SimRun {
  const workflow = repo.workflows.find(
    (w) =>
      w.id === seed.workflow ||
      w.path === seed.workflow ||
      w.name === seed.workflow ||
      path.posix.basename(w.path) === seed.workflow,
  )!;
  const id = seed.id ?? state.nextId();
  state.reserveId(id);
  const explicit =
    seed.head_sha && /^[0-9a-f]{40}$/i.test(seed.head_sha) ? seed.head_sha.toLowerCase() : undefined;
  const headSha = explicit ?? resolveCommit(repo, seed.head_sha ?? seed.branch);
  if (!headSha)
    throw new ConfigurationError(
      `seed ${repo.owner}/${repo.name} runs[${index}].head_sha "${seed.head_sha ?? seed.branch}" names no commit; accepted: a commit sha, a branch, or a revision like main~1`,
    );
  const actor = state.ensureUser(seed.actor ?? repo.owner).login;
  const run: SimRun = {
    id,
    workflowId: workflow.id,
    name: seed.name ?? workflow.name,
    branch: seed.branch,
    headSha,
    event: seed.event ?? 'push',
    runNumber: seed.run_number ?? repo.runs.size + 1,
    display_title: seed.display_title ?? repo.git.commit(headSha)?.message.split('\n')[0] ?? workflow.name,
    pullRequests: seed.pull_requests ?? [],
    ...(seed.head_repository ? { headRepo: state.ensureFork(seed.head_repository) } : {}),
    attempts: [],
  };
  const attempts = [...(seed.previous_attempts ?? []), seed];
  attempts.forEach((a, i) => {
    run.attempts.push(seedAttempt(state, repo, run, a, i + 1, actor));
  });
  repo.runs.set(id, run);
  return run;
}

export function applySeed(state: SimulatorState, seed: Seed): void {
  for (const u of seed.users ?? []) {
    state.ensureUser(u.login, {
      ...(u.id !== undefined ? { id: u.id } : {}),
      ...(u.type !== undefined ? { type: u.type } : {}),
      ...(u.name !== undefined ? { name: u.name } : {}),
      ...(u.email !== undefined ? { email: u.email } : {}),
      ...(u.site_admin !== undefined ? { site_admin: u.site_admin } : {}),
      ...(u.created_at !== undefined ? { created_at: u.created_at } : {}),
    });
  }
  for (const t of seed.tokens ?? []) addToken(state, t);
  for (const r of seed.repos ?? []) {
    // Only organizations have teams: an owner the seed does not describe is made one.
    state.ensureUser(r.owner, (r.teams ?? []).length > 0 ? { type: 'Organization' } : {});
    const repo = state.addRepo({
      owner: state.user(r.owner)!.login,
      name: r.name,
      ...(r.id !== undefined ? { id: r.id } : {}),
      ...(r.private !== undefined ? { private: r.private } : {}),
      ...(r.description !== undefined ? { description: r.description } : {}),
      ...(r.default_branch !== undefined ? { default_branch: r.default_branch } : {}),
      ...(r.allow_drafts !== undefined ? { allow_drafts: r.allow_drafts } : {}),
      ...(r.copilot_review !== undefined ? { copilot_review: r.copilot_review } : {}),
      ...(r.created_at !== undefined ? { created_at: r.created_at } : {}),
    });
    seedGit(state, repo, r);
    for (const c of r.collaborators ?? [])
      repo.collaborators.set(state.ensureUser(c.login).login.toLowerCase(), c.permission);
    for (const l of r.labels ?? []) {
      const label = ensureLabel(state, repo, l.name, l.color ?? 'ededed');
      label.color = (l.color ?? label.color).toLowerCase();
      label.description = l.description ?? null;
      label.default = l.default ?? false;
    }
    for (const w of r.workflows ?? []) {
      const id = w.id ?? state.nextId();
      state.reserveId(id);
      const created = w.created_at ?? repo.created_at;
      repo.workflows.push({
        id,
        name: w.name,
        path: w.path,
        state: w.state ?? 'active',
        created_at: created,
        updated_at: w.updated_at ?? created,
      });
    }
    for (const t of r.teams ?? []) {
      const id = t.id ?? state.nextId();
      state.reserveId(id);
      repo.teams.set(t.slug.toLowerCase(), {
        id,
        slug: t.slug,
        name: t.name ?? t.slug,
        description: t.description ?? null,
        permission: t.permission ?? 'write',
      });
    }
    seedMilestones(state, repo, r.milestones ?? []);
    for (const issue of r.issues ?? []) seedIssue(state, repo, issue, false);
    for (const pull of r.pulls ?? []) seedIssue(state, repo, pull, true);
    for (const [i, run] of (r.runs ?? []).entries()) seedRun(state, repo, run, i);
    for (const [i, check] of (r.check_runs ?? []).entries())
      addCheckRun(state, repo, check, `check_runs[${i}]`);
    for (const [i, status] of (r.statuses ?? []).entries())
      addCommitStatus(state, repo, status, `statuses[${i}]`);
    for (const [branch, protection] of Object.entries(r.protected_branches ?? {}))
      repo.protection.set(branch, { required_status_checks: [...protection.required_status_checks] });
    for (const ruleset of r.rulesets ?? []) addRuleset(state, repo, ruleset);
  }
}
