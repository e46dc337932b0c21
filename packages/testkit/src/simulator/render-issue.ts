import { teamJson } from './render-team.js';
import { type JsonObject, simpleUser } from './render-user.js';
import type {
  SimComment,
  SimIssue,
  SimIssueEvent,
  SimLabel,
  SimMilestone,
  SimRepo,
  SimulatorState,
} from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Issues, labels, comments and issue events as GitHub's REST API shows them. */

export function labelJson(urls: Urls, repo: SimRepo, label: SimLabel): JsonObject {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${urls.repo(repo.owner, repo.name)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

/** OWNER, COLLABORATOR or NONE: what GitHub shows next to an author's name. */
export function authorAssociation(repo: SimRepo, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  if (repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR';
  return 'NONE';
}

export function reactions(url: string): JsonObject {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

export function issueUrl(urls: Urls, repo: SimRepo, number: number): string {
  return `${urls.repo(repo.owner, repo.name)}/issues/${number}`;
}

export function issueHtmlUrl(urls: Urls, repo: SimRepo, issue: SimIssue): string {
  return `${urls.repoHtml(repo.owner, repo.name)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

export function issueLabels(urls: Urls, repo: SimRepo, issue: SimIssue): JsonObject[] {
  return issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l): l is SimLabel => l !== undefined)
    .map((l) => labelJson(urls, repo, l));
}

/** `milestone`, with its open and closed issue counts (pull requests count too, as on GitHub). */
export function milestoneJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  milestone: SimMilestone,
): JsonObject {
  const url = `${urls.repo(repo.owner, repo.name)}/milestones/${milestone.number}`;
  const issues = [...repo.issues.values()].filter((i) => i.milestone === milestone.number);
  return {
    url,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/milestone/${milestone.number}`,
    labels_url: `${url}/labels`,
    id: milestone.id,
    node_id: nodeId('Milestone', milestone.id),
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: milestone.description,
    creator: simpleUser(urls, state.ensureUser(milestone.creator)),
    open_issues: issues.filter((i) => i.state === 'open').length,
    closed_issues: issues.filter((i) => i.state === 'closed').length,
    created_at: milestone.created_at,
    updated_at: milestone.updated_at,
    closed_at: milestone.closed_at,
    due_on: milestone.due_on,
  };
}

/** The issue's milestone, or null. */
export function issueMilestone(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: SimIssue,
): JsonObject | null {
  const milestone = issue.milestone === null ? undefined : repo.milestones.get(issue.milestone);
  return milestone ? milestoneJson(state, urls, repo, milestone) : null;
}

export function issueJson(state: SimulatorState, urls: Urls, repo: SimRepo, issue: SimIssue): JsonObject {
  const url = issueUrl(urls, repo, issue.number);
  const assignees = issue.assignees.map((a) => simpleUser(urls, state.ensureUser(a)));
  const out: JsonObject = {
    url,
    repository_url: urls.repo(repo.owner, repo.name),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: issueHtmlUrl(urls, repo, issue),
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    title: issue.title,
    user: simpleUser(urls, state.ensureUser(issue.author)),
    labels: issueLabels(urls, repo, issue),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: issueMilestone(state, urls, repo, issue),
    comments: issue.comments.length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: authorAssociation(repo, issue.author),
    active_lock_reason: null,
    body: issue.body,
    closed_by: issue.closed_by ? simpleUser(urls, state.ensureUser(issue.closed_by)) : null,
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.state_reason,
  };
  if (issue.pull) {
    const pullUrl = `${urls.repo(repo.owner, repo.name)}/pulls/${issue.number}`;
    const html = issueHtmlUrl(urls, repo, issue);
    out.draft = issue.pull.draft;
    // GitHub marks an issue that is really a pull request with this key; list filters depend on it.
    out.pull_request = {
      url: pullUrl,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull.merged_at,
    };
  }
  return out;
}

export function commentJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: SimIssue,
  comment: SimComment,
): JsonObject {
  const url = `${urls.repo(repo.owner, repo.name)}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${issueHtmlUrl(urls, repo, issue)}#issuecomment-${comment.id}`,
    issue_url: issueUrl(urls, repo, issue.number),
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: simpleUser(urls, state.ensureUser(comment.author)),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: authorAssociation(repo, comment.author),
    body: comment.body,
    reactions: reactions(url),
    performed_via_github_app: null,
  };
}

export function eventJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  event: SimIssueEvent,
): JsonObject {
  const out: JsonObject = {
    id: event.id,
    node_id: nodeId('IssueEvent', event.id),
    url: `${urls.repo(repo.owner, repo.name)}/issues/events/${event.id}`,
    actor: simpleUser(urls, state.ensureUser(event.actor)),
    event: event.event,
    commit_id: event.commit_id ?? null,
    commit_url: event.commit_id ? `${urls.repo(repo.owner, repo.name)}/commits/${event.commit_id}` : null,
    created_at: event.created_at,
    performed_via_github_app: null,
  };
  if (event.label) out.label = event.label;
  if (event.assignee) {
    out.assignee = simpleUser(urls, state.ensureUser(event.assignee));
    out.assigner = simpleUser(urls, state.ensureUser(event.assigner ?? event.actor));
  }
  if (event.rename) out.rename = event.rename;
  if (event.requested_reviewer)
    out.requested_reviewer = simpleUser(urls, state.ensureUser(event.requested_reviewer));
  const team = event.requested_team ? repo.teams.get(event.requested_team.toLowerCase()) : undefined;
  if (team) out.requested_team = teamJson(state, urls, repo, team);
  if (event.requested_reviewer || event.requested_team)
    out.review_requester = simpleUser(urls, state.ensureUser(event.review_requester ?? event.actor));
  if (event.event === 'closed' || event.event === 'reopened') out.state_reason = event.state_reason ?? null;
  return out;
}

/** The timeline: events and comments (as `commented` events) in time order. */
export function timelineJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  issue: SimIssue,
): JsonObject[] {
  const items: Array<{ at: string; id: number; json: JsonObject }> = [];
  for (const event of issue.events)
    items.push({ at: event.created_at, id: event.id, json: eventJson(state, urls, repo, event) });
  for (const comment of issue.comments) {
    const json = commentJson(state, urls, repo, issue, comment);
    items.push({
      at: comment.created_at,
      id: comment.id,
      json: { event: 'commented', actor: json.user, ...json },
    });
  }
  items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  return items.map((i) => i.json);
}
