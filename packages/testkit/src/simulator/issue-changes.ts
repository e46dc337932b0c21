import { roleOf } from './auth.js';
import type { SimIssue, SimIssueEvent, SimRepo, SimulatorState } from './state.js';
import { ensureLabel } from './state-from-seed.js';

/**
 * Changes to issues that GitHub records on the timeline: every label, assignment, state and
 * title change adds the event GitHub would show, by the caller, at the simulator's time.
 */

function record(
  state: SimulatorState,
  issue: SimIssue,
  actor: string,
  event: Omit<SimIssueEvent, 'id' | 'actor' | 'created_at'>,
): void {
  issue.events.push({ id: state.nextId(), actor, created_at: state.timestamp(), ...event });
}

export function touch(state: SimulatorState, issue: SimIssue): void {
  issue.updated_at = state.timestamp();
}

/** Who can be assigned: the owner and collaborators (GitHub also allows commenters on public repos). */
export function isAssignable(state: SimulatorState, repo: SimRepo, login: string): boolean {
  return state.user(login) !== undefined && roleOf(repo, login) !== undefined;
}

export function addLabels(
  state: SimulatorState,
  repo: SimRepo,
  issue: SimIssue,
  actor: string,
  names: string[],
): void {
  for (const name of names) {
    const label = ensureLabel(state, repo, name);
    if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    record(state, issue, actor, { event: 'labeled', label: { name: label.name, color: label.color } });
  }
  if (names.length > 0) touch(state, issue);
}

export function removeLabel(
  state: SimulatorState,
  repo: SimRepo,
  issue: SimIssue,
  actor: string,
  name: string,
): boolean {
  const i = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (i < 0) return false;
  const [removed] = issue.labels.splice(i, 1);
  const label = repo.labels.get(removed!.toLowerCase());
  record(state, issue, actor, {
    event: 'unlabeled',
    label: { name: removed!, color: label?.color ?? 'ededed' },
  });
  touch(state, issue);
  return true;
}

export function setLabels(
  state: SimulatorState,
  repo: SimRepo,
  issue: SimIssue,
  actor: string,
  names: string[],
): void {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const existing of [...issue.labels])
    if (!wanted.has(existing.toLowerCase())) removeLabel(state, repo, issue, actor, existing);
  addLabels(state, repo, issue, actor, names);
  touch(state, issue);
}

export function addAssignees(state: SimulatorState, issue: SimIssue, actor: string, logins: string[]): void {
  for (const login of logins) {
    const user = state.user(login)!;
    if (issue.assignees.some((a) => a.toLowerCase() === user.login.toLowerCase())) continue;
    issue.assignees.push(user.login);
    record(state, issue, actor, { event: 'assigned', assignee: user.login, assigner: actor });
  }
  if (logins.length > 0) touch(state, issue);
}

export function removeAssignees(
  state: SimulatorState,
  issue: SimIssue,
  actor: string,
  logins: string[],
): void {
  for (const login of logins) {
    const i = issue.assignees.findIndex((a) => a.toLowerCase() === login.toLowerCase());
    if (i < 0) continue;
    const [removed] = issue.assignees.splice(i, 1);
    record(state, issue, actor, { event: 'unassigned', assignee: removed!, assigner: actor });
  }
  touch(state, issue);
}

export function setState(
  state: SimulatorState,
  issue: SimIssue,
  actor: string,
  next: 'open' | 'closed',
  reason: string | null | undefined,
): void {
  if (issue.state === next) {
    if (reason !== undefined && next === 'closed') issue.state_reason = reason;
    return;
  }
  issue.state = next;
  if (next === 'closed') {
    issue.closed_at = state.timestamp();
    issue.closed_by = actor;
    issue.state_reason = reason ?? 'completed';
    record(state, issue, actor, { event: 'closed', state_reason: issue.state_reason });
  } else {
    issue.closed_at = null;
    issue.closed_by = null;
    issue.state_reason = 'reopened';
    record(state, issue, actor, { event: 'reopened', state_reason: 'reopened' });
  }
  touch(state, issue);
}

export function rename(state: SimulatorState, issue: SimIssue, actor: string, title: string): void {
  if (issue.title === title) return;
  record(state, issue, actor, { event: 'renamed', rename: { from: issue.title, to: title } });
  issue.title = title;
  touch(state, issue);
}

export function requestReview(state: SimulatorState, issue: SimIssue, actor: string, reviewer: string): void {
  record(state, issue, actor, {
    event: 'review_requested',
    requested_reviewer: reviewer,
    review_requester: actor,
  });
}

export function removeReviewRequest(
  state: SimulatorState,
  issue: SimIssue,
  actor: string,
  reviewer: string,
): void {
  record(state, issue, actor, {
    event: 'review_request_removed',
    requested_reviewer: reviewer,
    review_requester: actor,
  });
}

export function requestTeamReview(state: SimulatorState, issue: SimIssue, actor: string, slug: string): void {
  record(state, issue, actor, { event: 'review_requested', requested_team: slug, review_requester: actor });
}

export function removeTeamReviewRequest(
  state: SimulatorState,
  issue: SimIssue,
  actor: string,
  slug: string,
): void {
  record(state, issue, actor, {
    event: 'review_request_removed',
    requested_team: slug,
    review_requester: actor,
  });
}

/**
 * Merges an open pull request as a merge on github.com would look through the API: merged,
 * `merged_at`/`merged_by`, closed at the same moment, with `merged` and `closed` events naming the
 * head commit. The simulator writes no merge commit: the base branch does not move, and
 * `merge_commit_sha` is the head commit (as after a fast-forward).
 */
export function mergePull(
  state: SimulatorState,
  repo: SimRepo,
  number: number,
  options: { by?: string; at?: string } = {},
): SimIssue {
  const issue = repo.issues.get(number);
  if (!issue?.pull) throw new Error(`simulator has no pull request #${number} in ${repo.owner}/${repo.name}`);
  if (issue.pull.merged || issue.state !== 'open')
    throw new Error(`simulator pull request #${number} in ${repo.owner}/${repo.name} is not open`);
  // GitHub merges no draft: it must be marked ready for review first.
  if (issue.pull.draft)
    throw new Error(`simulator pull request #${number} in ${repo.owner}/${repo.name} is a draft`);
  const at = options.at ?? state.timestamp();
  const by = state.ensureUser(options.by ?? issue.author).login;
  const sha = repo.refs.get(`refs/heads/${issue.pull.head}`) ?? issue.pull.headSha;
  issue.pull.headSha = sha;
  issue.pull.merged = true;
  issue.pull.merged_at = at;
  issue.pull.merged_by = by;
  issue.pull.merge_commit_sha = sha;
  issue.state = 'closed';
  issue.state_reason = null;
  issue.closed_at = at;
  issue.closed_by = by;
  issue.updated_at = at;
  issue.events.push({ id: state.nextId(), event: 'merged', actor: by, created_at: at, commit_id: sha });
  issue.events.push({ id: state.nextId(), event: 'closed', actor: by, created_at: at, commit_id: sha });
  return issue;
}
