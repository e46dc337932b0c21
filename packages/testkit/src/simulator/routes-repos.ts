import { refuseWorkflowChange, roleOf } from './auth.js';
import { rulesetsFor } from './branch-rules.js';
import type { FlatEntry } from './git-objects.js';
import { pagedReply } from './pagination.js';
import { branchRef, resolveCommit } from './refs.js';
import { requiredChecksRuleJson } from './render-checks.js';
import { compareJson } from './render-compare.js';
import { branchJson, commitJson, contentDirJson, contentFileJson, fileCommitJson } from './render-git.js';
import { fullRepository } from './render-repo.js';
import { simpleUser } from './render-user.js';
import {
  bodyObject,
  fail,
  notFound,
  optionalString,
  type RouteContext,
  type RouteDef,
  repoOf,
  requireString,
} from './route-types.js';
import type { SimRepo } from './state.js';
import { signatureOf } from './state-from-seed.js';

/** Repository, contents, branches and their rules, commits and collaborator permission routes. */

function permissionsFor(repo: SimRepo, login: string) {
  const role = roleOf(repo, login);
  return {
    admin: role === 'admin',
    maintain: role === 'admin' || role === 'maintain',
    push: role === 'admin' || role === 'maintain' || role === 'write',
    triage: role !== undefined && role !== 'read',
    pull: role !== undefined || !repo.private,
  };
}

function decodedPath(ctx: RouteContext): string {
  return decodeURIComponent(ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** The signature a write is recorded with: the request's `author`/`committer`, else the caller's. */
function signature(
  ctx: RouteContext,
  raw: unknown,
  date: string,
): { name: string; email: string; date: string } {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (typeof r.name === 'string' && typeof r.email === 'string') {
      return { name: r.name, email: r.email, date: typeof r.date === 'string' ? r.date : date };
    }
  }
  return signatureOf(ctx.state, ctx.user.login, date);
}

export const repoRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    operationId: 'repos/get',
    docs: 'repos/repos#get-a-repository',
    scope: 'metadata',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return {
        status: 200,
        body: fullRepository(ctx.state, ctx.urls, repo, permissionsFor(repo, ctx.user.login)),
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    operationId: 'repos/get-content',
    docs: 'repos/contents#get-repository-content',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const ref = ctx.query.get('ref') ?? undefined;
      const sha = resolveCommit(repo, ref);
      if (!sha) fail(ctx, 404, `No commit found for the ref ${ref ?? repo.default_branch}`);
      const path = decodedPath(ctx);
      const commit = repo.git.commit(sha)!;
      const entry = repo.git.lookup(commit.tree, path);
      if (!entry) notFound(ctx);
      const refName = ref ?? repo.default_branch;
      if (entry.type === 'tree')
        return { status: 200, body: contentDirJson(ctx.urls, repo, path, entry.sha, refName) };
      return { status: 200, body: contentFileJson(ctx.urls, repo, path, entry, refName) };
    },
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/contents/{path}',
    operationId: 'repos/create-or-update-file-contents',
    docs: 'repos/contents#create-or-update-file-contents',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const message = requireString(ctx, body, 'message');
      const content = requireString(ctx, body, 'content');
      if (!BASE64.test(content)) fail(ctx, 422, 'content is not valid Base64');
      const branch = optionalString(ctx, body, 'branch') ?? repo.default_branch;
      const headSha = repo.refs.get(branchRef(branch));
      if (!headSha) fail(ctx, 404, `Branch ${branch} not found`);
      const path = decodedPath(ctx);
      if (path === '') notFound(ctx);
      const head = repo.git.commit(headSha)!;
      const files = repo.git.flatten(head.tree);
      const existing = files.get(path);
      const givenSha = optionalString(ctx, body, 'sha');
      if (existing && givenSha === undefined) fail(ctx, 422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
      if (existing && givenSha !== existing.sha) fail(ctx, 409, `${path} does not match ${givenSha}`);
      refuseWorkflowChange(ctx, path.startsWith('.github/workflows/') ? [path] : []);

      const blob = repo.git.writeBlob(Buffer.from(content, 'base64'));
      const after = new Map<string, FlatEntry>(files);
      after.set(path, { mode: existing?.mode ?? '100644', type: 'blob', sha: blob });
      const now = ctx.state.timestamp();
      const committer = signature(ctx, body.committer, now);
      const author = body.author === undefined ? committer : signature(ctx, body.author, now);
      const commitSha = repo.git.writeCommit({
        tree: repo.git.writeFlat(after),
        parents: [headSha],
        author,
        committer,
        message,
      });
      repo.refs.set(branchRef(branch), commitSha);
      repo.pushed_at = now;
      const entry = repo.git.lookup(repo.git.commit(commitSha)!.tree, path);
      return {
        status: existing ? 200 : 201,
        body: fileCommitJson(ctx.urls, repo, path, entry, branch, commitSha),
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    operationId: 'repos/get-branch',
    docs: 'branches/branches#get-a-branch',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const name = decodeURIComponent(ctx.params.branch ?? '');
      const sha = repo.refs.get(branchRef(name));
      if (!sha) fail(ctx, 404, 'Branch not found');
      return { status: 200, body: branchJson(ctx.state, ctx.urls, repo, name, sha) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rules/branches/{branch}',
    operationId: 'repos/get-branch-rules',
    docs: 'repos/rules#get-rules-for-a-branch',
    scope: 'metadata',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      // Rules apply to a branch name whether or not the branch exists yet.
      const name = decodeURIComponent(ctx.params.branch ?? '');
      const rules = rulesetsFor(repo, name).map((r) => requiredChecksRuleJson(repo, r));
      return pagedReply(ctx, rules, (r) => r);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}',
    operationId: 'repos/get-commit',
    docs: 'commits/commits#get-a-commit',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const ref = decodeURIComponent(ctx.params.ref ?? '');
      const sha = resolveCommit(repo, ref);
      if (!sha) fail(ctx, 422, `No commit found for SHA: ${ref}`);
      return { status: 200, body: commitJson(ctx.state, ctx.urls, repo, sha, true) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/compare/{basehead}',
    operationId: 'repos/compare-commits-with-basehead',
    docs: 'commits/commits#compare-two-commits',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const basehead = decodeURIComponent(ctx.params.basehead ?? '');
      const m = /^(.+?)\.\.\.(.+)$/.exec(basehead);
      if (!m) notFound(ctx);
      const base = resolveCommit(repo, m[1]!);
      const head = resolveCommit(repo, m[2]!);
      if (!base || !head) notFound(ctx);
      return { status: 200, body: compareJson(ctx.state, ctx.urls, repo, base, head) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    operationId: 'repos/get-collaborator-permission-level',
    docs: 'collaborators/collaborators#get-repository-permissions-for-a-user',
    scope: 'metadata',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const user = ctx.state.user(decodeURIComponent(ctx.params.username ?? ''));
      if (!user) notFound(ctx);
      const role = roleOf(repo, user.login);
      const roleName = role ?? (repo.private ? 'none' : 'read');
      // The legacy `permission` field folds maintain into write and triage into read.
      const permission = roleName === 'maintain' ? 'write' : roleName === 'triage' ? 'read' : roleName;
      return {
        status: 200,
        body: {
          permission,
          role_name: roleName,
          user: {
            ...simpleUser(ctx.urls, user),
            permissions: permissionsFor(repo, user.login),
            role_name: roleName,
          },
        },
      };
    },
  },
];
