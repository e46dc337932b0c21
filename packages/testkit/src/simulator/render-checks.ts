import { type CheckOnCommit, combinedState } from './commit-checks.js';
import { checkRunJson } from './render-actions.js';
import { minimalRepository } from './render-repo.js';
import type { JsonObject } from './render-user.js';
import type { SimCheckRun, SimCommitStatus, SimRepo, SimRuleset, SimulatorState } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Check runs, commit statuses and branch rules as GitHub's Checks, Statuses and Rules APIs show them. */

/** A check run that no workflow job made (`check-run`). */
export function otherCheckRunJson(urls: Urls, repo: SimRepo, check: SimCheckRun): JsonObject {
  const url = `${urls.repo(repo.owner, repo.name)}/check-runs/${check.id}`;
  return {
    id: check.id,
    name: check.name,
    node_id: nodeId('CheckRun', check.id),
    head_sha: check.headSha,
    external_id: String(check.id),
    url,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/runs/${check.id}`,
    details_url: check.details_url,
    status: check.status,
    conclusion: check.conclusion,
    started_at: check.started_at,
    completed_at: check.completed_at,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: check.checkSuiteId },
    app: null,
    pull_requests: [],
  };
}

export function anyCheckRunJson(urls: Urls, repo: SimRepo, found: CheckOnCommit): JsonObject {
  return found.kind === 'job'
    ? checkRunJson(urls, repo, found.run, found.job)
    : otherCheckRunJson(urls, repo, found.check);
}

/** `simple-commit-status`, as the combined status lists each context. */
export function commitStatusJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  status: SimCommitStatus,
): JsonObject {
  return {
    url: `${urls.repo(repo.owner, repo.name)}/statuses/${status.sha}`,
    avatar_url: urls.avatar(state.ensureUser(status.creator).id),
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
  };
}

/** `combined-commit-status`: one page of the latest status per context, and the state of all of them. */
export function combinedStatusJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  sha: string,
  all: readonly SimCommitStatus[],
  page: readonly SimCommitStatus[],
): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  return {
    state: combinedState(all),
    statuses: page.map((s) => commitStatusJson(state, urls, repo, s)),
    sha,
    total_count: all.length,
    repository: minimalRepository(state, urls, repo),
    commit_url: `${base}/commits/${sha}`,
    url: `${base}/commits/${sha}/status`,
  };
}

/** A ruleset's `required_status_checks` rule as `repository-rule-detailed`. */
export function requiredChecksRuleJson(repo: SimRepo, ruleset: SimRuleset): JsonObject {
  return {
    type: 'required_status_checks',
    ruleset_source_type: 'Repository',
    ruleset_source: `${repo.owner}/${repo.name}`,
    ruleset_id: ruleset.id,
    parameters: {
      strict_required_status_checks_policy: false,
      required_status_checks: ruleset.required_status_checks.map((context) => ({ context })),
    },
  };
}
