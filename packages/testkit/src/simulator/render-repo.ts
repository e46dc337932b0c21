import { type JsonObject, simpleUser } from './render-user.js';
import type { SimFork, SimRepo, SimulatorState } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Repositories as `minimal-repository` (inside runs) and `full-repository` (GET /repos/{owner}/{repo}). */

export function repoUrls(urls: Urls, repo: SimRepo): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  return {
    url: base,
    archive_url: `${base}/{archive_format}{/ref}`,
    assignees_url: `${base}/assignees{/user}`,
    blobs_url: `${base}/git/blobs{/sha}`,
    branches_url: `${base}/branches{/branch}`,
    collaborators_url: `${base}/collaborators{/collaborator}`,
    comments_url: `${base}/comments{/number}`,
    commits_url: `${base}/commits{/sha}`,
    compare_url: `${base}/compare/{base}...{head}`,
    contents_url: `${base}/contents/{+path}`,
    contributors_url: `${base}/contributors`,
    deployments_url: `${base}/deployments`,
    downloads_url: `${base}/downloads`,
    events_url: `${base}/events`,
    forks_url: `${base}/forks`,
    git_commits_url: `${base}/git/commits{/sha}`,
    git_refs_url: `${base}/git/refs{/sha}`,
    git_tags_url: `${base}/git/tags{/sha}`,
    issue_comment_url: `${base}/issues/comments{/number}`,
    issue_events_url: `${base}/issues/events{/number}`,
    issues_url: `${base}/issues{/number}`,
    keys_url: `${base}/keys{/key_id}`,
    labels_url: `${base}/labels{/name}`,
    languages_url: `${base}/languages`,
    merges_url: `${base}/merges`,
    milestones_url: `${base}/milestones{/number}`,
    notifications_url: `${base}/notifications{?since,all,participating}`,
    pulls_url: `${base}/pulls{/number}`,
    releases_url: `${base}/releases{/id}`,
    stargazers_url: `${base}/stargazers`,
    statuses_url: `${base}/statuses/{sha}`,
    subscribers_url: `${base}/subscribers`,
    subscription_url: `${base}/subscription`,
    tags_url: `${base}/tags`,
    teams_url: `${base}/teams`,
    trees_url: `${base}/git/trees{/sha}`,
    hooks_url: `${base}/hooks`,
  };
}

/** A fork as a repository object: the base repository's shape under the fork's id and name. */
export function forkRepository(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  fork: SimFork,
  permissions?: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean },
): JsonObject {
  const shadow: SimRepo = { ...repo, id: fork.id, owner: fork.owner, name: fork.name };
  const json = permissions
    ? fullRepository(state, urls, shadow, permissions)
    : minimalRepository(state, urls, shadow);
  return { ...json, fork: true };
}

export function minimalRepository(state: SimulatorState, urls: Urls, repo: SimRepo): JsonObject {
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: simpleUser(urls, state.ensureUser(repo.owner)),
    html_url: urls.repoHtml(repo.owner, repo.name),
    description: repo.description,
    fork: false,
    ...repoUrls(urls, repo),
  };
}

function openIssuesCount(repo: SimRepo): number {
  let count = 0;
  for (const issue of repo.issues.values()) if (issue.state === 'open') count++;
  return count;
}

export function fullRepository(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  permissions: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean },
): JsonObject {
  const host = new URL(urls.web).host;
  const owner = state.ensureUser(repo.owner);
  const open = openIssuesCount(repo);
  return {
    ...minimalRepository(state, urls, repo),
    git_url: `git://${host}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@${host}:${repo.owner}/${repo.name}.git`,
    clone_url: `${urls.web}/${repo.owner}/${repo.name}.git`,
    svn_url: `${urls.web}/${repo.owner}/${repo.name}`,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.default_branch,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.pushed_at,
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    permissions,
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_merge_commit: true,
    allow_forking: true,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
    squash_merge_commit_message: 'COMMIT_MESSAGES',
    merge_commit_title: 'MERGE_MESSAGE',
    merge_commit_message: 'PR_TITLE',
    temp_clone_token: '',
    web_commit_signoff_required: false,
    subscribers_count: 0,
    network_count: 0,
    license: null,
    forks: 0,
    open_issues: open,
    watchers: 0,
    // GitHub names the organization only for repositories an organization owns.
    ...(owner.type === 'Organization' ? { organization: simpleUser(urls, owner) } : {}),
  };
}
