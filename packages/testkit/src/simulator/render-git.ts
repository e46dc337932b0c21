import type { FlatEntry, GitSignature, TreeEntry } from './git-objects.js';
import { diffLines } from './line-diff.js';
import { type JsonObject, simpleUser } from './render-user.js';
import type { SimRepo, SimulatorState } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Git data, contents, commits and branches as the REST API shows them. */

/** Base64 as GitHub sends file content: wrapped every 60 characters, newline-terminated. */
export function wrappedBase64(content: Buffer): string {
  const flat = content.toString('base64');
  if (flat === '') return '';
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += 60) lines.push(flat.slice(i, i + 60));
  return `${lines.join('\n')}\n`;
}

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** The user a commit signature belongs to, from a noreply address or a known email. */
function userForSignature(state: SimulatorState, sig: GitSignature) {
  const noreply = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/.exec(sig.email);
  if (noreply) return state.user(noreply[2]!);
  for (const user of state.users.values()) if (user.email && user.email === sig.email) return user;
  return undefined;
}

function parentsJson(
  urls: Urls,
  repo: SimRepo,
  parents: string[],
  kind: 'commits' | 'git/commits',
): JsonObject[] {
  const base = urls.repo(repo.owner, repo.name);
  return parents.map((sha) => ({
    sha,
    url: `${base}/${kind}/${sha}`,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
  }));
}

export function gitCommitJson(urls: Urls, repo: SimRepo, sha: string): JsonObject {
  const commit = repo.git.commit(sha)!;
  const base = urls.repo(repo.owner, repo.name);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${base}/git/commits/${sha}`,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    parents: parentsJson(urls, repo, commit.parents, 'git/commits'),
    verification: UNSIGNED,
  };
}

function isBinary(content: Buffer): boolean {
  return content.subarray(0, 8000).includes(0);
}

/** `diff-entry`s between two trees (flat), as on pull request files and commit details. */
export function diffEntries(
  urls: Urls,
  repo: SimRepo,
  before: Map<string, FlatEntry>,
  after: Map<string, FlatEntry>,
  atCommit: string,
): JsonObject[] {
  const base = urls.repo(repo.owner, repo.name);
  const html = urls.repoHtml(repo.owner, repo.name);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: JsonObject[] = [];
  for (const path of paths) {
    const a = before.get(path);
    const b = after.get(path);
    if (a && b && a.sha === b.sha && a.mode === b.mode) continue;
    const status = !a ? 'added' : !b ? 'removed' : 'modified';
    const oldText = a ? (repo.git.blob(a.sha) ?? Buffer.alloc(0)) : Buffer.alloc(0);
    const newText = b ? (repo.git.blob(b.sha) ?? Buffer.alloc(0)) : Buffer.alloc(0);
    const binary = isBinary(oldText) || isBinary(newText);
    const diff = binary
      ? { additions: 0, deletions: 0, patch: '' }
      : diffLines(oldText.toString('utf8'), newText.toString('utf8'));
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const entry: JsonObject = {
      sha: (b ?? a)!.sha,
      filename: path,
      status,
      additions: diff.additions,
      deletions: diff.deletions,
      changes: diff.additions + diff.deletions,
      blob_url: `${html}/blob/${atCommit}/${encoded}`,
      raw_url: `${html}/raw/${atCommit}/${encoded}`,
      contents_url: `${base}/contents/${encoded}?ref=${atCommit}`,
    };
    if (!binary) entry.patch = diff.patch;
    out.push(entry);
  }
  return out;
}

/** The `commit` schema: a commit with GitHub's view of its author and, optionally, its changes. */
export function commitJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  sha: string,
  withFiles: boolean,
): JsonObject {
  const commit = repo.git.commit(sha)!;
  const base = urls.repo(repo.owner, repo.name);
  const author = userForSignature(state, commit.author);
  const committer = userForSignature(state, commit.committer);
  const out: JsonObject = {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${base}/commits/${sha}`,
    html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
    comments_url: `${base}/commits/${sha}/comments`,
    commit: {
      url: `${base}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
      verification: UNSIGNED,
    },
    author: author ? simpleUser(urls, author) : null,
    committer: committer ? simpleUser(urls, committer) : null,
    parents: parentsJson(urls, repo, commit.parents, 'commits'),
  };
  if (withFiles) {
    const parent = commit.parents[0] ? repo.git.commit(commit.parents[0]) : undefined;
    const before = parent ? repo.git.flatten(parent.tree) : new Map<string, FlatEntry>();
    const files = diffEntries(urls, repo, before, repo.git.flatten(commit.tree), sha);
    const additions = files.reduce((n, f) => n + (f.additions as number), 0);
    const deletions = files.reduce((n, f) => n + (f.deletions as number), 0);
    out.stats = { total: additions + deletions, additions, deletions };
    out.files = files;
  }
  return out;
}

export function gitRefJson(urls: Urls, repo: SimRepo, ref: string, sha: string): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${base}/git/${ref}`,
    object: { sha, type: 'commit', url: `${base}/git/commits/${sha}` },
  };
}

export function gitTreeJson(urls: Urls, repo: SimRepo, sha: string, recursive: boolean): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const entries: JsonObject[] = [];
  const visit = (treeSha: string, prefix: string): void => {
    for (const entry of repo.git.tree(treeSha) ?? ([] as TreeEntry[])) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const json: JsonObject = {
        path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        url: `${base}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
      };
      if (entry.type === 'blob') json.size = repo.git.blob(entry.sha)?.length ?? 0;
      entries.push(json);
      if (recursive && entry.type === 'tree') visit(entry.sha, path);
    }
  };
  visit(sha, '');
  return { sha, url: `${base}/git/trees/${sha}`, tree: entries, truncated: false };
}

export function blobJson(urls: Urls, repo: SimRepo, sha: string): JsonObject {
  const content = repo.git.blob(sha)!;
  return {
    sha,
    node_id: nodeId('Blob', sha),
    size: content.length,
    url: `${urls.repo(repo.owner, repo.name)}/git/blobs/${sha}`,
    content: wrappedBase64(content),
    encoding: 'base64',
  };
}

function contentLinks(urls: Urls, repo: SimRepo, path: string, entry: TreeEntry, ref: string): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const isDir = entry.type === 'tree';
  const self = `${base}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = `${base}/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${urls.repoHtml(repo.owner, repo.name)}/${isDir ? 'tree' : 'blob'}/${ref}/${encoded}`;
  return {
    name: entry.name,
    path,
    sha: entry.sha,
    size: isDir ? 0 : (repo.git.blob(entry.sha)?.length ?? 0),
    url: self,
    html_url: html,
    git_url: git,
    download_url: isDir
      ? null
      : `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${encoded}`,
    type: isDir ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file',
    _links: { self, git, html },
  };
}

export function contentFileJson(
  urls: Urls,
  repo: SimRepo,
  path: string,
  entry: TreeEntry,
  ref: string,
): JsonObject {
  const content = repo.git.blob(entry.sha)!;
  return {
    ...contentLinks(urls, repo, path, entry, ref),
    content: wrappedBase64(content),
    encoding: 'base64',
  };
}

export function contentDirJson(
  urls: Urls,
  repo: SimRepo,
  path: string,
  treeSha: string,
  ref: string,
): JsonObject[] {
  return (repo.git.tree(treeSha) ?? []).map((entry) =>
    contentLinks(urls, repo, path === '' ? entry.name : `${path}/${entry.name}`, entry, ref),
  );
}

export function fileCommitJson(
  urls: Urls,
  repo: SimRepo,
  path: string,
  entry: TreeEntry | undefined,
  ref: string,
  commitSha: string,
): JsonObject {
  return {
    content: entry ? contentLinks(urls, repo, path, entry, ref) : null,
    commit: gitCommitJson(urls, repo, commitSha),
  };
}

export function branchJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  name: string,
  sha: string,
): JsonObject {
  const base = urls.repo(repo.owner, repo.name);
  const contexts = repo.protection.get(name)?.required_status_checks;
  return {
    name,
    commit: commitJson(state, urls, repo, sha, false),
    _links: {
      self: `${base}/branches/${encodeURIComponent(name)}`,
      html: `${urls.repoHtml(repo.owner, repo.name)}/tree/${name}`,
    },
    protected: contexts !== undefined,
    protection: {
      enabled: contexts !== undefined,
      required_status_checks:
        contexts === undefined
          ? { enforcement_level: 'off', contexts: [], checks: [] }
          : {
              enforcement_level: 'non_admins',
              contexts,
              checks: contexts.map((context) => ({ context, app_id: null })),
            },
    },
    protection_url: `${base}/branches/${encodeURIComponent(name)}/protection`,
  };
}
