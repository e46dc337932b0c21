import { forkRepository, minimalRepository } from './render-repo.js';
import { type JsonObject, simpleUser } from './render-user.js';
import type { SeedAnnotation } from './seed-types.js';
import type { SimAttempt, SimJob, SimRepo, SimRun, SimulatorState, SimWorkflow } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Workflows, runs, jobs, check runs and annotations as GitHub's Actions and Checks APIs show them. */

export function workflowJson(urls: Urls, repo: SimRepo, workflow: SimWorkflow): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const html = urls.repoHtml(repo.owner, repo.name);
  return {
    id: workflow.id,
    node_id: nodeId('Workflow', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: workflow.created_at,
    updated_at: workflow.updated_at,
    url: `${base}/actions/workflows/${workflow.id}`,
    html_url: `${html}/blob/${repo.default_branch}/${workflow.path}`,
    badge_url: `${html}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

function pullRequestMinimal(urls: Urls, repo: SimRepo, number: number): JsonObject | undefined {
  const issue = repo.issues.get(number);
  if (!issue?.pull) return undefined;
  const base = urls.repo(repo.owner, repo.name);
  const repoRef = { id: repo.id, url: base, name: repo.name };
  return {
    id: issue.pull.id,
    number,
    url: `${base}/pulls/${number}`,
    head: { ref: issue.pull.head, sha: issue.pull.headSha, repo: repoRef },
    base: {
      ref: issue.pull.base,
      sha: repo.refs.get(`refs/heads/${issue.pull.base}`) ?? issue.pull.headSha,
      repo: repoRef,
    },
  };
}

export function runJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  run: SimRun,
  attempt: SimAttempt,
  options: { excludePullRequests?: boolean } = {},
): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const url = `${base}/actions/runs/${run.id}`;
  const workflow = repo.workflows.find((w) => w.id === run.workflowId)!;
  const commit = repo.git.commit(run.headSha);
  const actor = simpleUser(urls, state.ensureUser(attempt.actor));
  const firstActor = simpleUser(urls, state.ensureUser(run.attempts[0]!.actor));
  const checkSuiteId = run.id + attempt.attempt;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.branch,
    head_sha: run.headSha,
    path: workflow.path,
    display_title: run.display_title,
    run_number: run.runNumber,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
    url,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}`,
    pull_requests: options.excludePullRequests
      ? []
      : run.pullRequests.map((n) => pullRequestMinimal(urls, repo, n)).filter((p) => p !== undefined),
    created_at: run.attempts[0]!.created_at,
    updated_at: attempt.updated_at,
    actor: firstActor,
    run_attempt: attempt.attempt,
    referenced_workflows: [],
    run_started_at: attempt.run_started_at,
    triggering_actor: actor,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${base}/check-suites/${checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: attempt.attempt > 1 ? `${url}/attempts/${attempt.attempt - 1}` : null,
    workflow_url: `${base}/actions/workflows/${run.workflowId}`,
    head_commit: commit
      ? {
          id: run.headSha,
          tree_id: commit.tree,
          message: commit.message,
          timestamp: commit.committer.date,
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email },
        }
      : null,
    repository: minimalRepository(state, urls, repo),
    head_repository: run.headRepo
      ? forkRepository(state, urls, repo, run.headRepo)
      : minimalRepository(state, urls, repo),
  };
}

export function jobJson(urls: Urls, repo: SimRepo, run: SimRun, job: SimJob): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const queued = job.status === 'queued' || job.status === 'waiting' || job.status === 'pending';
  return {
    id: job.id,
    run_id: run.id,
    workflow_name: run.name,
    head_branch: run.branch,
    run_url: `${base}/actions/runs/${run.id}`,
    run_attempt: job.attempt,
    node_id: nodeId('CheckRun', job.checkRunId),
    head_sha: run.headSha,
    url: `${base}/actions/jobs/${job.id}`,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    name: job.name,
    steps: job.steps.map((s) => ({
      name: s.name,
      status: s.status,
      conclusion: s.conclusion,
      number: s.number,
      started_at: s.started_at,
      completed_at: s.completed_at,
    })),
    check_run_url: `${base}/check-runs/${job.checkRunId}`,
    labels: job.labels,
    runner_id: queued ? null : 2,
    runner_name: job.runner_name,
    runner_group_id: queued ? null : 2,
    runner_group_name: queued ? null : 'GitHub Actions',
  };
}

export function annotationJson(urls: Urls, repo: SimRepo, headSha: string, a: SeedAnnotation): JsonObject {
  return {
    path: a.path,
    blob_href: `${urls.repoHtml(repo.owner, repo.name)}/blob/${headSha}/${a.path}`,
    start_line: a.start_line,
    end_line: a.end_line ?? a.start_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? '',
    message: a.message,
    raw_details: a.raw_details ?? '',
  };
}

export function checkRunJson(urls: Urls, repo: SimRepo, run: SimRun, job: SimJob): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const url = `${base}/check-runs/${job.checkRunId}`;
  const checkSuiteId = run.id + job.attempt;
  return {
    id: job.checkRunId,
    name: job.name,
    node_id: nodeId('CheckRun', job.checkRunId),
    head_sha: run.headSha,
    external_id: String(job.id),
    url,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
    details_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    started_at: job.started_at,
    completed_at: job.completed_at,
    output: {
      title: job.conclusion === 'failure' ? `${job.name} failed` : null,
      summary: null,
      text: null,
      annotations_count: job.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: checkSuiteId },
    app: null,
    pull_requests: [],
  };
}
