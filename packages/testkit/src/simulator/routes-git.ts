import { refuseWorkflowChange } from './auth.js';
import type { FlatEntry, GitMode } from './git-objects.js';
import { branchRef, changedWorkflowFiles, resolveCommit } from './refs.js';
import { blobJson, gitCommitJson, gitRefJson, gitTreeJson } from './render-git.js';
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

/** Git data routes: blobs, trees, commits and references, over real git objects. */

const MODES: readonly GitMode[] = ['100644', '100755', '040000', '160000', '120000'];
const SHA = /^[0-9a-f]{40}$/i;

function fullRef(ctx: RouteContext): string {
  const ref = decodeURIComponent(ctx.params.ref ?? '').replace(/^\/+/, '');
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

/** The tree a `tree_sha` names: a tree, or the tree of a commit or branch (GitHub accepts both). */
function treeOf(repo: SimRepo, ref: string): string | undefined {
  if (repo.git.tree(ref)) return ref.toLowerCase();
  const commit = resolveCommit(repo, ref);
  return commit ? repo.git.commit(commit)!.tree : undefined;
}

function gitSignature(ctx: RouteContext, raw: unknown, fallbackDate: string) {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (typeof r.name === 'string' && typeof r.email === 'string')
      return { name: r.name, email: r.email, date: typeof r.date === 'string' ? r.date : fallbackDate };
  }
  return signatureOf(ctx.state, ctx.user.login, fallbackDate);
}

/** Before a ref moves to `sha`, refuse if that changes workflow files the token may not touch. */
function checkWorkflowFiles(
  ctx: RouteContext,
  repo: SimRepo,
  fromCommit: string | undefined,
  toCommit: string,
): void {
  const before = fromCommit
    ? repo.git.flatten(repo.git.commit(fromCommit)!.tree)
    : new Map<string, FlatEntry>();
  const after = repo.git.flatten(repo.git.commit(toCommit)!.tree);
  refuseWorkflowChange(ctx, changedWorkflowFiles(before, after));
}

export const gitRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    operationId: 'git/get-blob',
    docs: 'git/blobs#get-a-blob',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const sha = (ctx.params.file_sha ?? '').toLowerCase();
      if (!repo.git.blob(sha)) notFound(ctx);
      return { status: 200, body: blobJson(ctx.urls, repo, sha) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/blobs',
    operationId: 'git/create-blob',
    docs: 'git/blobs#create-a-blob',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const content = requireString(ctx, body, 'content');
      const encoding = optionalString(ctx, body, 'encoding') ?? 'utf-8';
      if (encoding !== 'utf-8' && encoding !== 'base64')
        fail(ctx, 422, `encoding must be one of: utf-8, base64`);
      const sha = repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
      return { status: 201, body: { url: `${ctx.urls.repo(repo.owner, repo.name)}/git/blobs/${sha}`, sha } };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    operationId: 'git/get-tree',
    docs: 'git/trees#get-a-tree',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const tree = treeOf(repo, decodeURIComponent(ctx.params.tree_sha ?? ''));
      if (!tree) notFound(ctx);
      const recursive =
        ctx.query.has('recursive') && !['0', 'false', ''].includes(ctx.query.get('recursive') ?? '');
      return { status: 200, body: gitTreeJson(ctx.urls, repo, tree, recursive) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/trees',
    operationId: 'git/create-tree',
    docs: 'git/trees#create-a-tree',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      if (!Array.isArray(body.tree)) fail(ctx, 422, 'Invalid request.\n\n"tree" wasn\'t supplied.');
      const baseTree = optionalString(ctx, body, 'base_tree');
      if (baseTree !== undefined && !repo.git.tree(baseTree)) fail(ctx, 422, 'GitRPC::BadObjectState');
      const flat = baseTree ? repo.git.flatten(baseTree) : new Map<string, FlatEntry>();
      for (const raw of body.tree as unknown[]) {
        const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
        const path = typeof item.path === 'string' ? item.path.replace(/^\/+|\/+$/g, '') : '';
        const mode = item.mode as GitMode;
        const type = item.type;
        if (path === '' || !MODES.includes(mode) || (type !== 'blob' && type !== 'tree' && type !== 'commit'))
          fail(ctx, 422, 'Invalid tree info');
        // A null sha removes the path (and everything under it).
        if (item.sha === null && !('content' in item && typeof item.content === 'string')) {
          for (const key of [...flat.keys()])
            if (key === path || key.startsWith(`${path}/`)) flat.delete(key);
          continue;
        }
        if (typeof item.content === 'string') {
          flat.set(path, { mode, type: 'blob', sha: repo.git.writeBlob(item.content) });
          continue;
        }
        const sha = typeof item.sha === 'string' ? item.sha.toLowerCase() : '';
        if (!SHA.test(sha)) fail(ctx, 422, 'Invalid tree info');
        if (type === 'tree') {
          if (!repo.git.tree(sha)) fail(ctx, 422, 'GitRPC::BadObjectState');
          for (const key of [...flat.keys()])
            if (key === path || key.startsWith(`${path}/`)) flat.delete(key);
          for (const [sub, entry] of repo.git.flatten(sha)) flat.set(`${path}/${sub}`, entry);
        } else {
          if (type === 'blob' && !repo.git.blob(sha)) fail(ctx, 422, 'GitRPC::BadObjectState');
          flat.set(path, { mode, type: type === 'commit' ? 'commit' : 'blob', sha });
        }
      }
      const sha = repo.git.writeFlat(flat);
      return { status: 201, body: gitTreeJson(ctx.urls, repo, sha, false) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    operationId: 'git/get-commit',
    docs: 'git/commits#get-a-commit-object',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const sha = (ctx.params.commit_sha ?? '').toLowerCase();
      if (!repo.git.commit(sha)) notFound(ctx);
      return { status: 200, body: gitCommitJson(ctx.urls, repo, sha) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/commits',
    operationId: 'git/create-commit',
    docs: 'git/commits#create-a-commit',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const message = requireString(ctx, body, 'message');
      const tree = requireString(ctx, body, 'tree').toLowerCase();
      if (!repo.git.tree(tree)) fail(ctx, 422, 'Tree SHA does not exist');
      const parents = body.parents === undefined ? [] : body.parents;
      if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string'))
        fail(
          ctx,
          422,
          `Invalid request.\n\nFor 'properties/parents', ${JSON.stringify(parents)} is not an array.`,
        );
      for (const parent of parents as string[])
        if (!repo.git.commit(parent.toLowerCase()))
          fail(ctx, 422, 'Parent SHA does not exist or is not a commit object');
      const now = ctx.state.timestamp();
      const author = gitSignature(ctx, body.author, now);
      const committer = body.committer === undefined ? author : gitSignature(ctx, body.committer, now);
      const sha = repo.git.writeCommit({
        tree,
        parents: (parents as string[]).map((p) => p.toLowerCase()),
        author,
        committer,
        message,
      });
      return { status: 201, body: gitCommitJson(ctx.urls, repo, sha) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/ref/{ref}',
    operationId: 'git/get-ref',
    docs: 'git/refs#get-a-reference',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const ref = fullRef(ctx);
      const sha = repo.refs.get(ref);
      if (!sha) notFound(ctx);
      return { status: 200, body: gitRefJson(ctx.urls, repo, ref, sha) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
    operationId: 'git/list-matching-refs',
    docs: 'git/refs#list-matching-references',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const prefix = fullRef(ctx);
      const matches = [...repo.refs.entries()]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return { status: 200, body: matches.map(([name, sha]) => gitRefJson(ctx.urls, repo, name, sha)) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/refs',
    operationId: 'git/create-ref',
    docs: 'git/refs#create-a-reference',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const ref = requireString(ctx, body, 'ref');
      const sha = requireString(ctx, body, 'sha').toLowerCase();
      if (!/^refs\/[^/]+\/.+/.test(ref))
        fail(ctx, 422, `Reference name must start with 'refs/' and have at least two slashes`);
      if (repo.refs.has(ref)) fail(ctx, 422, 'Reference already exists');
      if (!repo.git.commit(sha)) fail(ctx, 422, 'Object does not exist');
      // A new branch is checked against the default branch, as GitHub checks pushes of new refs.
      checkWorkflowFiles(ctx, repo, repo.refs.get(branchRef(repo.default_branch)), sha);
      repo.refs.set(ref, sha);
      repo.pushed_at = ctx.state.timestamp();
      return { status: 201, body: gitRefJson(ctx.urls, repo, ref, sha) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    operationId: 'git/update-ref',
    docs: 'git/refs#update-a-reference',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const ref = fullRef(ctx);
      const sha = requireString(ctx, body, 'sha').toLowerCase();
      const current = repo.refs.get(ref);
      if (!current) fail(ctx, 422, 'Reference does not exist');
      if (!repo.git.commit(sha)) fail(ctx, 422, 'Object does not exist');
      if (body.force !== true && !repo.git.isAncestor(current, sha))
        fail(ctx, 422, 'Update is not a fast forward');
      checkWorkflowFiles(ctx, repo, current, sha);
      repo.refs.set(ref, sha);
      repo.pushed_at = ctx.state.timestamp();
      return { status: 200, body: gitRefJson(ctx.urls, repo, ref, sha) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    operationId: 'git/delete-ref',
    docs: 'git/refs#delete-a-reference',
    scope: 'contents',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const ref = fullRef(ctx);
      if (!repo.refs.has(ref)) fail(ctx, 422, 'Reference does not exist');
      repo.refs.delete(ref);
      return { status: 204 };
    },
  },
];
