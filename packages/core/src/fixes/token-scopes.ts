/**
 * Which `permissions:` scope of GITHUB_TOKEN a failed call needed, from what the log shows: the
 * REST call (method and URL), the documentation link GitHub's error carries, a GraphQL mutation,
 * git's or a registry's refusal, a `gh` command, or the action the step uses.
 */
import { ownEntry } from '../own-entry.js';

export type Scope =
  | 'actions'
  | 'attestations'
  | 'checks'
  | 'contents'
  | 'deployments'
  | 'discussions'
  | 'id-token'
  | 'issues'
  | 'packages'
  | 'pages'
  | 'pull-requests'
  | 'security-events'
  | 'statuses';

export interface ScopeNeed {
  scope: Scope;
  level: 'read' | 'write';
  /** What in the log or workflow shows it. */
  evidence: string;
}

/** The scope of a REST path below `/repos/{owner}/{repo}/`. Issue comments on a pull request need `pull-requests`. */
export function scopeOfRepoPath(path: string, pullRequestsOnly: boolean): Scope | undefined {
  const p = path.replace(/^\/+/, '');
  if (/^issues\/(?:\d+\/comments|comments\b)/.test(p)) return pullRequestsOnly ? 'pull-requests' : 'issues';
  if (/^(?:issues|labels|milestones)\b/.test(p)) return 'issues';
  if (/^pulls\b/.test(p)) return 'pull-requests';
  if (/^(?:contents|git|releases|merges|dispatches|tags|commits\/[^/]+\/comments)\b/.test(p))
    return 'contents';
  if (/^(?:statuses|commits\/[^/]+\/status)\b/.test(p)) return 'statuses';
  if (/^(?:check-runs|check-suites)\b/.test(p)) return 'checks';
  if (/^(?:deployments|environments)\b/.test(p)) return 'deployments';
  if (/^pages\b/.test(p)) return 'pages';
  if (/^actions\b/.test(p)) return 'actions';
  if (/^code-scanning\b/.test(p)) return 'security-events';
  if (/^attestations\b/.test(p)) return 'attestations';
  return undefined;
}

/** docs.github.com/rest/<area>/… links in API errors name the endpoint's area. */
const DOCS_AREA: Record<string, Scope> = {
  pulls: 'pull-requests',
  releases: 'contents',
  git: 'contents',
  checks: 'checks',
  deployments: 'deployments',
  pages: 'pages',
  actions: 'actions',
  'code-scanning': 'security-events',
};

const MUTATION_SCOPE: Record<string, Scope> = {
  addComment: 'issues',
  createIssue: 'issues',
  updateIssue: 'issues',
  closeIssue: 'issues',
  reopenIssue: 'issues',
  addLabelsToLabelable: 'issues',
  removeLabelsFromLabelable: 'issues',
  createPullRequest: 'pull-requests',
  updatePullRequest: 'pull-requests',
  mergePullRequest: 'pull-requests',
  closePullRequest: 'pull-requests',
  addPullRequestReview: 'pull-requests',
  submitPullRequestReview: 'pull-requests',
  enablePullRequestAutoMerge: 'pull-requests',
  markPullRequestReadyForReview: 'pull-requests',
  createDiscussion: 'discussions',
  addDiscussionComment: 'discussions',
};

const ACTION_SCOPES: Record<string, Scope[]> = {
  'peter-evans/create-pull-request': ['contents', 'pull-requests'],
  'peter-evans/create-or-update-comment': ['issues'],
  'marocchino/sticky-pull-request-comment': ['pull-requests'],
  'thollander/actions-comment-pull-request': ['pull-requests'],
  'actions/labeler': ['pull-requests'],
  'actions/stale': ['issues', 'pull-requests'],
  'softprops/action-gh-release': ['contents'],
  'ncipollo/release-action': ['contents'],
  'actions/create-release': ['contents'],
  'stefanzweifel/git-auto-commit-action': ['contents'],
  'ad-m/github-push-action': ['contents'],
  'github/codeql-action/upload-sarif': ['security-events'],
  'github/codeql-action/analyze': ['security-events'],
  'actions/deploy-pages': ['pages', 'id-token'],
  'aws-actions/configure-aws-credentials': ['id-token'],
  'google-github-actions/auth': ['id-token'],
  'azure/login': ['id-token'],
  'actions/attest-build-provenance': ['id-token', 'attestations'],
  'dorny/test-reporter': ['checks'],
  'EnricoMi/publish-unit-test-result-action': ['checks'],
};

const GH_COMMANDS: [RegExp, Scope][] = [
  [/\bgh\s+pr\s+(?:comment|create|edit|merge|review|close|reopen|ready|lock)\b/, 'pull-requests'],
  [/\bgh\s+issue\s+(?:comment|create|edit|close|reopen|delete|transfer|pin|lock)\b/, 'issues'],
  [/\bgh\s+label\s+(?:create|edit|delete|clone)\b/, 'issues'],
  [/\bgh\s+release\s+(?:create|upload|edit|delete)\b/, 'contents'],
  [/\bgh\s+(?:workflow\s+(?:run|enable|disable)|run\s+(?:rerun|cancel|delete))\b/, 'actions'],
  [/\bgit\s+push\b/, 'contents'],
];

function need(scope: Scope, level: 'read' | 'write', evidence: string): ScopeNeed {
  return { scope, level, evidence };
}

/** Octokit REST namespaces (`github.rest.<area>.<method>`) and the scope each needs. */
const OCTOKIT_AREA: Record<string, Scope> = {
  issues: 'issues',
  pulls: 'pull-requests',
  git: 'contents',
  checks: 'checks',
  actions: 'actions',
  codeScanning: 'security-events',
  packages: 'packages',
};

/** `github.rest.repos.<method>`: the scope by method. */
function reposScope(method: string): Scope | undefined {
  if (/Status/.test(method)) return 'statuses';
  if (/Deployment/.test(method)) return 'deployments';
  if (/Pages/.test(method)) return 'pages';
  if (/Release|Content|Dispatch|merge|Tag|CommitComment|Branch/.test(method)) return 'contents';
  return undefined;
}

/** Scopes of the API calls an `actions/github-script` script makes, when they all have a known scope. */
export function scriptScopes(script: string, pullRequestsOnly: boolean): ScopeNeed[] | undefined {
  const out: ScopeNeed[] = [];
  const add = (scope: Scope, level: 'read' | 'write', evidence: string) => {
    const same = out.find((n) => n.scope === scope);
    if (!same) out.push(need(scope, level, evidence));
    else if (level === 'write' && same.level === 'read') Object.assign(same, { level, evidence });
  };
  for (const m of script.matchAll(/\b(?:github|octokit)\.rest\.(\w+)\.(\w+)/g)) {
    const [call, area, method] = [m[0], m[1]!, m[2]!];
    const commentOnPr = area === 'issues' && /Comment/.test(method) && pullRequestsOnly;
    const scope = commentOnPr
      ? 'pull-requests'
      : area === 'repos'
        ? reposScope(method)
        : ownEntry(OCTOKIT_AREA, area);
    if (!scope) return undefined;
    add(scope, /^(?:get|list|check)/.test(method) ? 'read' : 'write', `the script calls ${call}`);
  }
  for (const m of script.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) \/repos\/[^/\s]+\/[^/\s]+\/([^\s'"`?]+)/g)) {
    const scope = scopeOfRepoPath(m[2]!, pullRequestsOnly);
    if (!scope) return undefined;
    add(scope, m[1] === 'GET' ? 'read' : 'write', `the script calls ${m[1]} .../${m[2]}`);
  }
  return out.length > 0 ? out : undefined;
}

/** The scopes a failure needed, strongest evidence first; empty when nothing says. */
export function scopesNeeded(
  lines: readonly string[],
  step: { uses?: string; run?: string; script?: string },
  pullRequestsOnly: boolean,
): ScopeNeed[] {
  const text = lines.join('\n');
  // A REST call the log names: `POST /repos/o/r/...`, Octokit's `method: 'POST'` + `url: '...'`, gh's `HTTP 403: … (url)`.
  const url = /(?:https:\/\/[^\s'"()]+)?\/repos\/[^/\s]+\/[^/\s]+\/([^\s'"()?#]+)/.exec(text);
  if (url) {
    const scope = scopeOfRepoPath(url[1]!, pullRequestsOnly);
    const method =
      /\b(GET|POST|PUT|PATCH|DELETE)\b[^\n]*\/repos\//.exec(text)?.[1] ??
      /method: '(GET|POST|PUT|PATCH|DELETE)'/.exec(text)?.[1];
    if (scope) return [need(scope, method === 'GET' ? 'read' : 'write', `the call to .../${url[1]}`)];
  }
  const docs = /docs\.github\.com\/(?:[\w-]+\/)?rest\/([\w-]+)(?:\/([\w-]+))?/.exec(text);
  if (docs) {
    const area = docs[1]!;
    const scope =
      area === 'issues'
        ? docs[2] === 'comments' && pullRequestsOnly
          ? 'pull-requests'
          : 'issues'
        : area === 'repos' && docs[2] === 'contents'
          ? 'contents'
          : ownEntry(DOCS_AREA, area);
    if (scope) return [need(scope, 'write', `the API documentation link ${docs[0]}`)];
  }
  const mutation = /GraphQL: Resource not accessible by integration \((\w+)\)/.exec(text)?.[1];
  const mutationScope = mutation === undefined ? undefined : ownEntry(MUTATION_SCOPE, mutation);
  if (mutation && mutationScope) {
    const scope = mutation === 'addComment' && pullRequestsOnly ? 'pull-requests' : mutationScope;
    return [need(scope, 'write', `the GraphQL mutation ${mutation}`)];
  }
  if (/Permission to \S+ denied to github-actions\[bot\]/.test(text))
    return [need('contents', 'write', 'git push refused for github-actions[bot]')];
  if (
    /denied: (?:installation not allowed to (?:Create|Write) organization package|permission_denied: write_package)/.test(
      text,
    )
  )
    return [need('packages', 'write', 'the container registry refused the push')];
  if (/ACTIONS_ID_TOKEN_REQUEST_URL/.test(text))
    return [need('id-token', 'write', 'the OIDC token request variables are missing')];
  for (const [pattern, scope] of GH_COMMANDS) {
    const m = step.run !== undefined ? pattern.exec(step.run) : null;
    if (m) return [need(scope, 'write', `the step runs \`${m[0]}\``)];
  }
  const fromScript = step.script !== undefined ? scriptScopes(step.script, pullRequestsOnly) : undefined;
  if (fromScript) return fromScript;
  const action = step.uses?.split('@')[0];
  const scopes = action ? ownEntry(ACTION_SCOPES, action) : undefined;
  if (scopes) return scopes.map((s) => need(s, 'write', `the step uses ${action}`));
  return [];
}
