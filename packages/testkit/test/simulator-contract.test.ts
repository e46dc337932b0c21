import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { addCheckRun } from '../src/simulator/commit-checks.js';
import { mergePull } from '../src/simulator/issue-changes.js';
import {
  findOperation,
  formatErrors,
  loadDescription,
  ResponseValidator,
  routesMissingFrom,
} from '../src/simulator/openapi-contract.js';
import { COPILOT_REVIEWER_LOGIN } from '../src/simulator/review-requests.js';
import { SIMULATOR_ROUTES, simulatorRoutes } from '../src/simulator/route-table.js';
import { Router } from '../src/simulator/router.js';
import { SIMULATOR_TOKEN, seedBuilder, stepsFailingAt } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, type RecordedRequest, startGitHubSimulator } from '../src/simulator/server.js';

/**
 * The simulator must not drift from GitHub: (1) every route it serves exists in GitHub's OpenAPI
 * description, for github.com and for GHES; (2) a scenario through the real client touches every
 * route and every answer is validated against the documented schema for its status; (3) where
 * @octokit/fixtures recorded real traffic for a route we serve, our answers have the same shape.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const MONA_TOKEN = 'ghp_monaContractToken0000000000000000000';
const READER_TOKEN = 'ghs_readOnlyContractToken00000000000000';

const FAILING_LOG = [
  '2026-01-05T10:00:00.0000000Z Requested labels: ubuntu-latest',
  '2026-01-05T10:00:01.0000000Z ##[group]Run actions/checkout@v4',
  '2026-01-05T10:00:02.0000000Z ##[endgroup]',
  '2026-01-05T10:00:03.0000000Z ##[group]Run npm test',
  '2026-01-05T10:00:04.0000000Z npm test',
  '2026-01-05T10:00:05.0000000Z ##[endgroup]',
  '2026-01-05T10:00:06.0000000Z FAIL src/index.test.js',
  '2026-01-05T10:00:07.0000000Z ##[error]Process completed with exit code 1.',
  '2026-01-05T10:00:08.0000000Z Post job cleanup.',
  '2026-01-05T10:00:09.0000000Z Cleaning up orphan processes',
].join('\n');

function contractSeed() {
  return seedBuilder()
    .user('octo-org', { type: 'Organization' })
    .user('mona', { name: 'Mona Lisa', email: 'mona@example.com' })
    .user('alice')
    .user('bob')
    .token(MONA_TOKEN, 'mona', { workflows: true })
    .token(READER_TOKEN, 'reader[bot]', { permissions: 'read' })
    .repo('octo-org/widgets', (r) =>
      r
        .set({ created_at: '2026-01-01T00:00:00Z', description: 'Widgets' })
        .files({
          'README.md': '# widgets\n',
          'src/index.js': 'export const answer = 42;\n',
          '.github/workflows/ci.yml': 'name: CI\non: push\njobs: {}\n',
        })
        .branch(
          'feature',
          { 'src/index.js': 'export const answer = 43;\n' },
          { author: 'alice', date: '2026-01-02T00:00:00Z' },
        )
        .branch('merged-fix', { 'src/fix.js': 'fixed\n' }, { author: 'alice', date: '2026-01-02T00:00:00Z' })
        .collaborator('mona', 'maintain')
        .collaborator('alice', 'write')
        .team('core', 'Core', { description: 'Core maintainers' })
        .team('docs', 'Docs', { permission: 'read' })
        .set({ copilot_review: true })
        .label('bug', 'd73a4a', "Something isn't working")
        .milestone('v1.0', { description: 'First release', due_on: '2026-02-01T00:00:00Z', creator: 'mona' })
        .issue({
          milestone: 'v1.0',
          title: 'Flaky test',
          author: 'alice',
          body: 'It fails sometimes',
          labels: ['bug'],
          assignees: ['mona'],
          created_at: '2026-01-03T00:00:00Z',
          comments: [{ author: 'mona', body: 'Seen it too', created_at: '2026-01-03T01:00:00Z' }],
          events: [{ event: 'labeled', actor: 'alice', label: 'bug', created_at: '2026-01-03T00:00:01Z' }],
        })
        .pull({
          title: 'Bump answer',
          author: 'alice',
          head: 'feature',
          milestone: 'v1.0',
          requested_teams: ['docs'],
          created_at: '2026-01-04T00:00:00Z',
          reviews: [
            { author: 'mona', state: 'APPROVED', body: 'LGTM', submitted_at: '2026-01-04T01:00:00Z' },
          ],
        })
        .pull({
          number: 3,
          title: 'Fix it',
          author: 'alice',
          head: 'merged-fix',
          created_at: '2026-01-02T01:00:00Z',
          merged_at: '2026-01-02T02:00:00Z',
          merged_by: 'mona',
        })
        // Checks on the commit the runs below are on (main when seeded), besides their jobs.
        .checkRun({ id: 7001, name: 'external / scan', status: 'completed', conclusion: 'neutral' })
        .checkRun({ id: 7002, name: 'external / deploy', status: 'in_progress' })
        .status({ context: 'ci/legacy', state: 'pending', created_at: '2026-01-05T10:00:00Z' })
        .status({
          context: 'ci/legacy',
          state: 'success',
          description: 'Legacy CI passed',
          target_url: 'https://ci.example.com/1',
          creator: 'mona',
          created_at: '2026-01-05T10:05:00Z',
        })
        .status({ context: 'ci/coverage', state: 'failure', created_at: '2026-01-05T10:06:00Z' })
        .protect('main', ['test', 'ci/legacy'])
        .ruleset({
          name: 'default branch checks',
          branches: ['~DEFAULT_BRANCH'],
          required_status_checks: ['lint'],
        })
        .ruleset({ name: 'release checks', branches: ['release/**'], required_status_checks: ['e2e'] })
        .workflow('CI', '.github/workflows/ci.yml', 77)
        .run({
          id: 9001,
          workflow: 'ci.yml',
          branch: 'main',
          conclusion: 'success',
          created_at: '2026-01-05T09:00:00Z',
          jobs: [
            {
              id: 8001,
              name: 'test',
              conclusion: 'success',
              log: 'ok\n',
              steps: stepsFailingAt(['Set up job', 'Run npm test', 'Complete job']),
            },
          ],
        })
        .run({
          id: 9002,
          workflow: 'ci.yml',
          branch: 'main',
          conclusion: 'failure',
          created_at: '2026-01-05T10:00:00Z',
          pull_requests: [2],
          jobs: [
            {
              id: 8002,
              name: 'lint',
              conclusion: 'success',
              log: 'lint ok\n',
              steps: stepsFailingAt(['Set up job', 'Complete job']),
            },
            {
              id: 8003,
              name: 'test',
              conclusion: 'failure',
              log: FAILING_LOG,
              steps: stepsFailingAt(
                [
                  'Set up job',
                  'Run actions/checkout@v4',
                  'Run npm test',
                  'Post Run actions/checkout@v4',
                  'Complete job',
                ],
                'Run npm test',
              ),
              annotations: [
                {
                  path: '.github',
                  start_line: 1,
                  annotation_level: 'failure',
                  message: 'Process completed with exit code 1.',
                },
              ],
            },
          ],
        }),
    )
    .build();
}

/** Touch every route the simulator serves through the real client. */
async function scenario(
  sim: GitHubSimulator,
  gh: GitHubClient,
  mona: GitHubClient,
  reader: GitHubClient,
): Promise<void> {
  const o = { owner: 'octo-org', repo: 'widgets' };
  const widgets = sim.state.requireRepo('octo-org/widgets');
  const expectStatus = async (promise: Promise<unknown>, status: number) => {
    await expect(promise).rejects.toMatchObject({ status });
  };

  // Repository, contents, branches, commits, permissions.
  await gh.rest.repos.get(o);
  await expectStatus(gh.rest.repos.get({ owner: 'octo-org', repo: 'nope' }), 404);
  const readme = await gh.rest.repos.getContent({ ...o, path: 'README.md' });
  await gh.rest.repos.getContent({ ...o, path: '' });
  await gh.rest.repos.getContent({ ...o, path: 'src', ref: 'feature' });
  await expectStatus(gh.rest.repos.getContent({ ...o, path: 'missing.txt' }), 404);
  const created = await gh.rest.repos.createOrUpdateFileContents({
    ...o,
    path: 'docs/notes.md',
    message: 'Add notes',
    content: Buffer.from('notes\n').toString('base64'),
  });
  await gh.rest.repos.createOrUpdateFileContents({
    ...o,
    path: 'docs/notes.md',
    message: 'Update notes',
    content: Buffer.from('more notes\n').toString('base64'),
    sha: created.data.content!.sha!,
  });
  await expectStatus(
    gh.rest.repos.createOrUpdateFileContents({ ...o, path: 'docs/notes.md', message: 'x', content: 'eA==' }),
    422,
  );
  await expectStatus(
    gh.rest.repos.createOrUpdateFileContents({
      ...o,
      path: 'docs/notes.md',
      message: 'x',
      content: 'eA==',
      sha: 'f'.repeat(40),
    }),
    409,
  );
  await expectStatus(
    gh.rest.repos.createOrUpdateFileContents({
      ...o,
      path: '.github/workflows/new.yml',
      message: 'x',
      content: 'eA==',
    }),
    403,
  );
  await gh.rest.repos.getBranch({ ...o, branch: 'main' });
  await gh.rest.repos.getBranch({ ...o, branch: 'feature' });
  await expectStatus(gh.rest.repos.getBranch({ ...o, branch: 'nope' }), 404);
  await gh.rest.repos.getBranchRules({ ...o, branch: 'main' });
  await gh.rest.repos.getBranchRules({ ...o, branch: 'release/2026/01' });
  await gh.rest.repos.getBranchRules({ ...o, branch: 'feature' });
  await expectStatus(gh.rest.repos.getBranchRules({ owner: 'octo-org', repo: 'nope', branch: 'main' }), 404);
  await gh.rest.repos.getCommit({ ...o, ref: 'main' });
  await gh.rest.repos.compareCommitsWithBasehead({ ...o, basehead: 'main~1...main' });
  await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'mona' });
  await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'bob' });

  // Git data.
  await gh.rest.git.getBlob({
    ...o,
    file_sha: readme.data && !Array.isArray(readme.data) ? readme.data.sha : '',
  });
  const blob = await gh.rest.git.createBlob({ ...o, content: 'generated\n', encoding: 'utf-8' });
  const main = await gh.rest.git.getRef({ ...o, ref: 'heads/main' });
  await expectStatus(gh.rest.git.getRef({ ...o, ref: 'heads/nope' }), 404);
  await gh.rest.git.listMatchingRefs({ ...o, ref: 'heads/' });
  const head = await gh.rest.git.getCommit({ ...o, commit_sha: main.data.object.sha });
  await gh.rest.git.getTree({ ...o, tree_sha: head.data.tree.sha, recursive: '1' });
  const tree = await gh.rest.git.createTree({
    ...o,
    base_tree: head.data.tree.sha,
    tree: [{ path: 'generated.txt', mode: '100644', type: 'blob', sha: blob.data.sha }],
  });
  const commit = await gh.rest.git.createCommit({
    ...o,
    message: 'Generate',
    tree: tree.data.sha,
    parents: [main.data.object.sha],
  });
  await gh.rest.git.createRef({ ...o, ref: 'refs/heads/autoheal/fix', sha: commit.data.sha });
  await expectStatus(
    gh.rest.git.createRef({ ...o, ref: 'refs/heads/autoheal/fix', sha: commit.data.sha }),
    422,
  );
  await expectStatus(gh.rest.git.updateRef({ ...o, ref: 'heads/feature', sha: commit.data.sha }), 422);
  await gh.rest.git.updateRef({ ...o, ref: 'heads/autoheal/fix', sha: commit.data.sha, force: false });
  await gh.rest.git.deleteRef({ ...o, ref: 'heads/autoheal/fix' });

  // Issues, comments, events, labels on issues, assignees.
  await gh.rest.issues.listForRepo({ ...o, state: 'all' });
  await gh.rest.issues.listForRepo({ ...o, state: 'all', per_page: 1 });
  await expectStatus(gh.rest.issues.create({ ...o, title: '' }), 422);
  const issue = await gh.rest.issues.create({ ...o, title: 'CI failed', body: 'details', labels: ['bug'] });
  const n = issue.data.number;
  await gh.rest.issues.get({ ...o, issue_number: n });
  await gh.rest.issues.get({ ...o, issue_number: 1 });
  await gh.rest.issues.get({ ...o, issue_number: 2 });
  await gh.rest.issues.get({ ...o, issue_number: 3 });
  await expectStatus(gh.rest.issues.get({ ...o, issue_number: 999 }), 404);
  const comment = await gh.rest.issues.createComment({ ...o, issue_number: n, body: 'first' });
  await gh.rest.issues.listComments({ ...o, issue_number: 1 });
  await gh.rest.issues.getComment({ ...o, comment_id: comment.data.id });
  await gh.rest.issues.updateComment({ ...o, comment_id: comment.data.id, body: 'edited' });
  await gh.rest.issues.deleteComment({ ...o, comment_id: comment.data.id });
  await gh.rest.issues.addLabels({ ...o, issue_number: n, labels: ['ci'] });
  await gh.rest.issues.setLabels({ ...o, issue_number: n, labels: ['bug', 'ci'] });
  await gh.rest.issues.removeLabel({ ...o, issue_number: n, name: 'ci' });
  await expectStatus(gh.rest.issues.removeLabel({ ...o, issue_number: n, name: 'ci' }), 404);
  await gh.rest.issues.listLabelsOnIssue({ ...o, issue_number: n });
  await gh.rest.issues.addAssignees({ ...o, issue_number: n, assignees: ['alice'] });
  await gh.rest.issues.removeAssignees({ ...o, issue_number: n, assignees: ['alice'] });
  await gh.rest.issues.checkUserCanBeAssigned({ ...o, assignee: 'alice' });
  await expectStatus(gh.rest.issues.checkUserCanBeAssigned({ ...o, assignee: 'bob' }), 404);
  await gh.rest.issues.update({
    ...o,
    issue_number: n,
    title: 'CI failed on main',
    state: 'closed',
    state_reason: 'completed',
  });
  await gh.rest.issues.listEvents({ ...o, issue_number: 1 });
  await gh.rest.issues.listEvents({ ...o, issue_number: n });
  await gh.rest.issues.listEventsForTimeline({ ...o, issue_number: 1 });
  await gh.rest.issues.listEventsForTimeline({ ...o, issue_number: n });

  // Repository labels.
  await gh.rest.issues.listLabelsForRepo(o);
  await gh.rest.issues.createLabel({
    ...o,
    name: 'autoheal',
    color: 'ededed',
    description: 'Made by autoheal',
  });
  await expectStatus(gh.rest.issues.createLabel({ ...o, name: 'autoheal', color: 'ededed' }), 422);
  await expectStatus(gh.rest.issues.createLabel({ ...o, name: 'foo', color: 'invalid' }), 422);
  await gh.rest.issues.getLabel({ ...o, name: 'autoheal' });
  await gh.rest.issues.updateLabel({ ...o, name: 'autoheal', new_name: 'autoheal-fix', color: '0e8a16' });
  await gh.rest.issues.deleteLabel({ ...o, name: 'autoheal-fix' });

  // Pull requests.
  await gh.rest.git.createRef({ ...o, ref: 'refs/heads/autoheal/fix-2', sha: commit.data.sha });
  const pull = await gh.rest.pulls.create({
    ...o,
    title: 'Fix CI',
    head: 'autoheal/fix-2',
    base: 'main',
    draft: true,
    body: 'fix',
  });
  await expectStatus(
    gh.rest.pulls.create({ ...o, title: 'Fix CI', head: 'autoheal/fix-2', base: 'main' }),
    422,
  );
  await gh.rest.pulls.list({ ...o, state: 'all' });
  await gh.rest.pulls.get({ ...o, pull_number: pull.data.number });
  await gh.rest.pulls.update({ ...o, pull_number: pull.data.number, title: 'Fix CI (generated)' });
  await gh.rest.pulls.requestReviewers({
    ...o,
    pull_number: pull.data.number,
    reviewers: ['mona', COPILOT_REVIEWER_LOGIN],
    team_reviewers: ['core'],
  });
  await expectStatus(gh.rest.pulls.requestReviewers({ ...o, pull_number: 2, reviewers: ['alice'] }), 422);
  await expectStatus(
    gh.rest.pulls.requestReviewers({ ...o, pull_number: 2, team_reviewers: ['no-such-team'] }),
    422,
  );
  await expectStatus(reader.rest.pulls.requestReviewers({ ...o, pull_number: 2, reviewers: ['mona'] }), 403);
  await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: pull.data.number });
  await gh.rest.pulls.listRequestedReviewers({ ...o, pull_number: 2 });
  await gh.rest.pulls.removeRequestedReviewers({
    ...o,
    pull_number: pull.data.number,
    reviewers: ['mona'],
    team_reviewers: ['core'],
  });
  await expectStatus(
    gh.request('DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      ...o,
      pull_number: pull.data.number,
      team_reviewers: ['core'],
    } as never),
    422,
  );
  await gh.rest.pulls.listFiles({ ...o, pull_number: 2 });
  await gh.rest.pulls.listCommits({ ...o, pull_number: 2 });
  await gh.rest.pulls.listReviews({ ...o, pull_number: 2 });
  await gh.rest.issues.listEventsForTimeline({ ...o, issue_number: pull.data.number });
  await gh.rest.issues.listEvents({ ...o, issue_number: pull.data.number });
  // Merged pull requests: #3 seeded so, #2 merged now (as a merge on github.com would leave it).
  await gh.rest.pulls.get({ ...o, pull_number: 3 });
  mergePull(sim.state, widgets, 2, { by: 'mona' });
  await gh.rest.pulls.get({ ...o, pull_number: 2 });
  await gh.rest.pulls.list({ ...o, state: 'closed' });
  await gh.rest.issues.listEvents({ ...o, issue_number: 2 });
  await gh.rest.issues.listEventsForTimeline({ ...o, issue_number: 2 });

  // Actions and checks.
  await gh.rest.actions.listRepoWorkflows(o);
  await gh.rest.actions.getWorkflow({ ...o, workflow_id: 'ci.yml' });
  await gh.rest.actions.listWorkflowRuns({ ...o, workflow_id: 77, status: 'failure' });
  await gh.rest.actions.listWorkflowRunsForRepo({ ...o, branch: 'main', created: '>=2026-01-01' });
  await gh.rest.actions.getWorkflowRun({ ...o, run_id: 9002 });
  await gh.rest.actions.getWorkflowRunAttempt({ ...o, run_id: 9002, attempt_number: 1 });
  await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 9002, filter: 'all' });
  await gh.rest.actions.listJobsForWorkflowRunAttempt({ ...o, run_id: 9002, attempt_number: 1 });
  const job = await gh.rest.actions.getJobForWorkflowRun({ ...o, job_id: 8003 });
  await gh.rest.actions.downloadJobLogsForWorkflowRun({ ...o, job_id: 8003 });
  await gh.rest.actions.downloadWorkflowRunLogs({ ...o, run_id: 9002 });
  const checkRunId = Number(job.data.check_run_url.split('/').pop());
  await gh.rest.checks.get({ ...o, check_run_id: checkRunId });
  await gh.rest.checks.listAnnotations({ ...o, check_run_id: checkRunId });

  // Checks and statuses on a commit: the jobs of its runs, other check runs, commit statuses.
  const sha = job.data.head_sha;
  await gh.rest.checks.listForRef({ ...o, ref: sha, per_page: 2 });
  await gh.rest.checks.listForRef({ ...o, ref: sha, per_page: 2, page: 2 });
  await gh.rest.checks.listForRef({ ...o, ref: sha, check_name: 'external / scan' });
  await gh.rest.checks.listForRef({ ...o, ref: 'feature' });
  await expectStatus(gh.rest.checks.listForRef({ ...o, ref: 'no-such-ref' }), 422);
  addCheckRun(sim.state, widgets, { id: 7003, name: 'external / late', head_sha: sha, status: 'queued' });
  await gh.rest.checks.get({ ...o, check_run_id: 7003 });
  await gh.rest.checks.get({ ...o, check_run_id: 7001 });
  await gh.rest.checks.listAnnotations({ ...o, check_run_id: 7001 });
  await expectStatus(gh.rest.checks.get({ ...o, check_run_id: 1 }), 404);
  await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: sha });
  await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: sha, per_page: 1 });
  await gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'feature' });
  await expectStatus(gh.rest.repos.getCombinedStatusForRef({ ...o, ref: 'no-such-ref' }), 404);
  await gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 9002 });
  await expectStatus(gh.rest.actions.reRunWorkflowFailedJobs({ ...o, run_id: 9002 }), 403);
  await gh.rest.actions.getWorkflowRun({ ...o, run_id: 9002 });
  await gh.rest.actions.listJobsForWorkflowRun({ ...o, run_id: 9002 });
  await gh.rest.checks.listForRef({ ...o, ref: sha, status: 'queued' });
  await gh.rest.actions.reRunWorkflow({ ...o, run_id: 9001 });

  // Conditional requests: a list asked again with its ETag is 304, free; a changed one is 200.
  const listed = await gh.rest.actions.listWorkflowRunsForRepo({ ...o, status: 'completed', per_page: 5 });
  const runsTag = listed.headers.etag!;
  const remaining = Number(listed.headers['x-ratelimit-remaining']);
  const notModified = await gh.rest.actions
    .listWorkflowRunsForRepo({
      ...o,
      status: 'completed',
      per_page: 5,
      headers: { 'if-none-match': runsTag },
    })
    .then(
      () => undefined,
      (error: { status: number; response: { headers: Record<string, string>; data: unknown } }) => error,
    );
  expect(notModified?.status).toBe(304);
  expect(notModified?.response.headers.etag).toBe(runsTag);
  expect(Number(notModified?.response.headers['x-ratelimit-remaining'])).toBe(remaining);
  const pulls = await gh.rest.pulls.list({ ...o, state: 'all' });
  await expectStatus(
    gh.rest.pulls.list({ ...o, state: 'all', headers: { 'if-none-match': pulls.headers.etag! } }),
    304,
  );
  await gh.rest.issues.create({ ...o, title: 'Changes the pull list? No: the issue list', body: 'x' });
  await gh.rest.pulls.list({ ...o, state: 'all', headers: { 'if-none-match': 'W/"0000", "1111"' } });

  // Organizations.
  await gh.rest.repos.listForOrg({ org: 'octo-org', per_page: 1 });
  await expectStatus(gh.rest.repos.listForOrg({ org: 'mona' }), 404);

  // Rate limit and users.
  await gh.rest.rateLimit.get();
  await mona.rest.users.getAuthenticated();
  await expectStatus(gh.rest.users.getAuthenticated(), 403);
  await gh.rest.users.getByUsername({ username: 'alice' });
  await expectStatus(gh.rest.users.getByUsername({ username: 'nobody-here' }), 404);

  // Permission and authentication failures.
  await expectStatus(reader.rest.issues.create({ ...o, title: 'x' }), 403);
  await reader.rest.issues.listForRepo(o);
}

describe('simulator contract with GitHub', () => {
  const api = loadDescription('api.github.com');
  const ghes = loadDescription('ghes-3.19');

  it('serves only routes GitHub documents, under the same operationId and documentation page', () => {
    expect(routesMissingFrom(api, simulatorRoutes())).toEqual([]);
    for (const route of simulatorRoutes()) {
      const found = findOperation(api, route.method, route.path)!;
      const docs = (found.operation.externalDocs as { url: string }).url;
      expect(route.documentationUrl, `${route.method} ${route.path}`).toBe(docs);
    }
  });

  it('lists exactly the served routes in its README', () => {
    const readme = readFileSync(path.join(here, '..', 'src', 'simulator', 'README.md'), 'utf8');
    const listed = /<!-- routes -->\n([\s\S]*?)\n<!-- \/routes -->/.exec(readme)![1]!.split('\n');
    expect(listed).toEqual(simulatorRoutes().map((r) => `- \`${r.method} ${r.path}\``));
  });

  it('serves only routes GitHub Enterprise Server documents (under /api/v3)', async () => {
    expect(routesMissingFrom(ghes, simulatorRoutes())).toEqual([]);
    const sim = await startGitHubSimulator({ seed: contractSeed(), basePath: '/api/v3' });
    try {
      expect(sim.url).toMatch(/\/api\/v3$/);
      const gh = createGitHubClient({
        token: SIMULATOR_TOKEN,
        apiUrl: sim.url,
        pacing: { writeMs: 0, notifyMs: 0 },
      });
      const repo = await gh.rest.repos.get({ owner: 'octo-org', repo: 'widgets' });
      expect(repo.data.url).toBe(`${sim.url}/repos/octo-org/widgets`);
      const validator = new ResponseValidator(ghes);
      const found = findOperation(ghes, 'GET', '/repos/{owner}/{repo}')!;
      expect(validator.check(found.operation, 200, sim.requests[0]!.response).errors).toEqual([]);
      // Outside the base path nothing is served, as on a GHES host.
      const outside = await fetch(`${sim.origin}/repos/octo-org/widgets`, {
        headers: { authorization: `token ${SIMULATOR_TOKEN}` },
      });
      expect(outside.status).toBe(404);
    } finally {
      await sim.close();
    }
  });

  describe.each([
    { target: 'github.com', basePath: '', description: 'api.github.com' as const },
    { target: 'GHES 3.19', basePath: '/api/v3', description: 'ghes-3.19' as const },
  ])('a scenario through the real client ($target)', ({ basePath, description: descriptionName }) => {
    let sim: GitHubSimulator;
    let validator: ResponseValidator;
    const description = loadDescription(descriptionName);
    const router = new Router(SIMULATOR_ROUTES);

    beforeAll(async () => {
      sim = await startGitHubSimulator({
        seed: contractSeed(),
        basePath,
        now: () => Date.parse('2026-01-10T12:00:00Z'),
      });
      const client = (token: string) =>
        createGitHubClient({ token, apiUrl: sim.url, pacing: { writeMs: 0, notifyMs: 0 }, retries: 0 });
      await scenario(sim, client(SIMULATOR_TOKEN), client(MONA_TOKEN), client(READER_TOKEN));
      validator = new ResponseValidator(description);
    }, 60_000);

    afterAll(async () => {
      await sim?.close();
    });

    it('had no simulator bugs', () => {
      expect(sim.errors).toEqual([]);
    });

    it('validates for real: a broken answer fails', () => {
      const issue = sim.requests.find((r) => r.operationId === 'issues/get' && r.status === 200)!;
      const operation = findOperation(
        description,
        'GET',
        '/repos/{owner}/{repo}/issues/{issue_number}',
      )!.operation;
      expect(validator.check(operation, 200, issue.response).errors).toEqual([]);
      const { number: _dropped, ...withoutNumber } = issue.response as Record<string, unknown>;
      expect(formatErrors(validator.check(operation, 200, withoutNumber).errors)).toMatch(
        /must have required property 'number'/,
      );
      expect(validator.check(operation, 200, { ...(issue.response as object), state: 7 }).errors).not.toEqual(
        [],
      );
      expect(
        validator.check(operation, 200, { ...(issue.response as object), closed_at: null }).errors,
      ).toEqual([]);
      expect(
        validator.check(operation, 200, { ...(issue.response as object), title: null }).errors,
      ).not.toEqual([]);
    });

    it('validated the merge-gate and review fields filled in, not only empty', () => {
      const answers = (operationId: string) =>
        sim.requests
          .filter((r) => r.operationId === operationId && r.status < 300)
          .map((r) => r.response as Json);
      const pulls = answers('pulls/get');
      expect(pulls.find((p) => p.number === 3)).toMatchObject({
        merged: true,
        merged_at: '2026-01-02T02:00:00Z',
        merged_by: { login: 'mona' },
        milestone: null,
      });
      expect(pulls.find((p) => p.number === 2)).toMatchObject({
        merged: true,
        state: 'closed',
        milestone: { title: 'v1.0', open_issues: 1 },
        requested_teams: [{ slug: 'docs' }],
      });
      expect(answers('issues/get').find((i) => i.number === 1)).toMatchObject({
        milestone: { title: 'v1.0', creator: { login: 'mona' } },
      });
      expect(answers('pulls/request-reviewers')[0]).toMatchObject({
        requested_reviewers: [{ login: 'mona' }, { login: 'Copilot', type: 'Bot' }],
        requested_teams: [{ slug: 'core' }],
      });
      expect(answers('pulls/list-requested-reviewers').map((a) => (a.teams as Json[]).length)).toEqual([
        1, 1,
      ]);
      const events = answers('issues/list-events').flatMap((list) => list as unknown as Json[]);
      expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['merged', 'review_requested']));
      expect(events.find((e) => e.requested_team)).toMatchObject({ requested_team: { slug: 'core' } });
      const checks = answers('checks/list-for-ref').flatMap((a) => a.check_runs as Json[]);
      expect(checks.map((c) => c.name)).toEqual(expect.arrayContaining(['external / scan', 'test', 'lint']));
      const combined = answers('repos/get-combined-status-for-ref');
      expect(combined[0]).toMatchObject({ state: 'failure', total_count: 2 });
      expect((combined[0]!.statuses as Json[]).map((st) => [st.context, st.state])).toEqual([
        ['ci/legacy', 'success'],
        ['ci/coverage', 'failure'],
      ]);
      expect(answers('repos/get-branch').find((b) => b.name === 'main')).toMatchObject({
        protected: true,
        protection: { required_status_checks: { contexts: ['test', 'ci/legacy'] } },
      });
      expect(answers('repos/get-branch-rules').map((rules) => (rules as unknown as Json[]).length)).toEqual([
        1, 1, 0,
      ]);
    });

    it('answers every request as GitHub documents it, and exercised every route', () => {
      const problems: string[] = [];
      const validated = new Map<string, Set<number>>();
      const notModifiedDocumented = new Set<string>();
      const notModifiedUndocumented = new Set<string>();
      for (const request of sim.requests) {
        if (request.path.startsWith('/_blobs/')) {
          if (request.status !== 200) problems.push(`blob ${request.path} answered ${request.status}`);
          continue;
        }
        const route = router.match(request.method as 'GET', request.path)?.route;
        if (!route) {
          problems.push(`${request.method} ${request.path}: no route`);
          continue;
        }
        const found = findOperation(description, route.method, route.path)!;
        const check = validator.check(found.operation, request.status, request.response);
        const where = `${request.method} ${request.path} → ${request.status}`;
        if (request.status === 304) {
          // Documented for some operations only, but GitHub answers conditional GETs on most
          // endpoints (see the README): held to what every documented 304 is, no body, plus the tag asked for.
          if (request.response !== undefined) problems.push(`${where}: a 304 with a body`);
          if (!request.headers['if-none-match']) problems.push(`${where}: a 304 to an unconditional request`);
          if (!request.responseHeaders?.etag) problems.push(`${where}: a 304 without its ETag`);
          if (check.outcome !== 'empty' && check.outcome !== 'undocumented-status')
            problems.push(`${where}: ${check.outcome}`);
          if (check.outcome === 'empty') notModifiedDocumented.add(`${route.method} ${route.path}`);
          else notModifiedUndocumented.add(`${route.method} ${route.path}`);
          continue;
        }
        if (check.outcome === 'undocumented-status') {
          // Statuses GitHub's description leaves out may still be answered, but only with its basic-error body.
          if (request.status < 400) problems.push(`${where}: success status not in the description`);
          if (check.errors.length > 0)
            problems.push(`${where}: not a basic-error: ${formatErrors(check.errors)}`);
        } else if (check.outcome !== 'schema' && check.outcome !== 'empty') {
          problems.push(`${where}: ${check.outcome}`);
        } else if (check.errors.length > 0) {
          problems.push(`${where} (${check.schemaName ?? 'inline schema'}): ${formatErrors(check.errors)}`);
        }
        if (check.outcome === 'schema' || check.outcome === 'empty') {
          const key = `${route.method} ${route.path}`;
          if (!validated.has(key)) validated.set(key, new Set());
          validated.get(key)!.add(request.status);
        }
      }
      const report = SIMULATOR_ROUTES.map((r) => {
        const statuses = validated.get(`${r.method} ${r.path}`);
        return `${statuses ? 'validated' : 'NOT EXERCISED'} ${r.method} ${r.path} ${statuses ? [...statuses].join(',') : ''}`;
      });
      console.info(
        `Contract (${descriptionName}): ${validated.size} of ${SIMULATOR_ROUTES.length} routes validated\n${report.join('\n')}`,
      );
      expect(problems).toEqual([]);
      // 304s were seen both where GitHub's description lists them and where it does not.
      expect([...notModifiedDocumented]).toEqual(['GET /repos/{owner}/{repo}/pulls']);
      expect([...notModifiedUndocumented]).toEqual(['GET /repos/{owner}/{repo}/actions/runs']);
      const missing = SIMULATOR_ROUTES.filter((r) => {
        const statuses = validated.get(`${r.method} ${r.path}`);
        return !statuses || ![...statuses].some((s) => s < 400);
      }).map((r) => `${r.method} ${r.path}`);
      expect(missing).toEqual([]);
    });

    // Recorded traffic is from github.com, so only that target is compared with it.
    if (descriptionName !== 'api.github.com') return;
    it('answers with the same shape as GitHub did in @octokit/fixtures recordings', () => {
      const require = createRequire(import.meta.url);
      const root = path.join(
        path.dirname(require.resolve('@octokit/fixtures/package.json')),
        'scenarios',
        'api.github.com',
      );
      const ours = new Map<string, RecordedRequest[]>();
      for (const r of sim.requests) {
        const route = router.match(r.method as 'GET', r.path)?.route;
        if (!route) continue;
        const key = `${route.operationId} ${r.status}`;
        ours.set(key, [...(ours.get(key) ?? []), r]);
      }
      const basicError = new Set(
        Object.keys((api.components.schemas['basic-error'] as { properties: Json }).properties),
      );
      const problems: string[] = [];
      const compared: string[] = [];
      const skipped: string[] = [];
      for (const scenarioName of readdirSync(root)) {
        const file = path.join(root, scenarioName, 'normalized-fixture.json');
        let recorded: Array<{
          method: string;
          path: string;
          status: number;
          response: unknown;
          headers: Record<string, string>;
        }>;
        try {
          recorded = JSON.parse(readFileSync(file, 'utf8'));
        } catch {
          continue;
        }
        for (const rec of recorded) {
          const method = rec.method.toUpperCase() as 'GET';
          const route = router.match(method, rec.path.replace(/\?.*$/, ''))?.route;
          if (!route) continue;
          const label = `${scenarioName}: ${method} ${rec.path} → ${rec.status}`;
          if (OUT_OF_SCOPE[scenarioName]) {
            skipped.push(`${label} (${OUT_OF_SCOPE[scenarioName]})`);
            continue;
          }
          // Of our answers for the same operation and status, the one of the same kind (list or object, paginated or not).
          const candidates = (ours.get(`${route.operationId} ${rec.status}`) ?? []).filter(
            (r) =>
              Array.isArray(r.response) === Array.isArray(rec.response) &&
              (!rec.headers.link || r.responseHeaders?.link),
          );
          const mine = candidates[0];
          if (!mine) {
            problems.push(
              `${label}: the scenario never answered ${route.operationId} with ${rec.status} in that form`,
            );
            continue;
          }
          compared.push(label);
          const schema = validator.responseSchema(
            findOperation(api, route.method, route.path)!.operation,
            rec.status,
          )?.schema;
          const documented = schemaProperties(description, schema);
          if (documented && rec.status >= 400) for (const key of basicError) documented.add(key);
          problems.push(...shapeDifferences(label, rec.response, mine.response, documented));
          if (rec.headers.link) {
            const rels = (h: string) => [...h.matchAll(/rel="(\w+)"/g)].map((m) => m[1]);
            expect(rels(mine.responseHeaders!.link!)).toEqual(expect.arrayContaining(rels(rec.headers.link)));
          }
        }
      }
      console.info(
        `Shapes compared with recorded GitHub traffic:\n${compared.join('\n')}\nNot compared:\n${skipped.join('\n')}`,
      );
      expect(compared.length).toBeGreaterThanOrEqual(15);
      expect(problems).toEqual([]);
    });
  });
});

type Json = Record<string, unknown>;

/** Recorded scenarios that exercise GitHub features the simulator does not model, and why. */
const OUT_OF_SCOPE: Record<string, string> = {
  'rename-repository': 'repository renames and their 301 redirects are not simulated',
};

/** Top-level property names a response schema documents (through one $ref and array items). */
function schemaProperties(
  api: ReturnType<typeof loadDescription>,
  schema: Json | null | undefined,
): Set<string> | undefined {
  let node = schema ?? undefined;
  for (let i = 0; node && i < 4; i++) {
    if (typeof node.$ref === 'string') node = api.components.schemas[node.$ref.split('/').pop()!];
    else if (node.type === 'array' && node.items) node = node.items as Json;
    else break;
  }
  const props = node?.properties as Json | undefined;
  return props ? new Set(Object.keys(props)) : undefined;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Same keys at the top level with the same JSON types. A key only one side has is accepted when
 * GitHub's current description explains it (a newer field we send, or one GitHub has since dropped).
 */
function shapeDifferences(
  label: string,
  theirs: unknown,
  mine: unknown,
  documented: Set<string> | undefined,
): string[] {
  const a = Array.isArray(theirs) ? theirs[0] : theirs;
  const b = Array.isArray(mine) ? mine[0] : mine;
  if (Array.isArray(theirs) !== Array.isArray(mine))
    return [`${label}: GitHub answered ${typeOf(theirs)}, we ${typeOf(mine)}`];
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [];
  const problems: string[] = [];
  const theirKeys = Object.keys(a);
  const myKeys = Object.keys(b);
  for (const key of theirKeys) {
    if (!(key in b)) {
      if (!documented || documented.has(key)) problems.push(`${label}: GitHub sent "${key}", we did not`);
      continue;
    }
    const t = typeOf((a as Json)[key]);
    const m = typeOf((b as Json)[key]);
    if (t !== m && t !== 'null' && m !== 'null')
      problems.push(`${label}: "${key}" is ${t} at GitHub, ${m} here`);
  }
  for (const key of myKeys) {
    if (!(key in a) && documented && !documented.has(key))
      problems.push(`${label}: we send "${key}", which GitHub neither sent nor documents`);
  }
  return problems;
}
