import { createHash } from 'node:crypto';

/**
 * Git's object model, in memory: blobs, trees and commits hashed exactly as git hashes them
 * (`<type> <length>\0<payload>`, SHA-1), so identical content gets the same sha here as in a real
 * clone, and tests can compare shas with what `git hash-object` would print.
 */

export type GitMode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  name: string;
  mode: GitMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface GitSignature {
  name: string;
  email: string;
  /** ISO 8601, UTC. */
  date: string;
}

export interface GitCommitObject {
  type: 'commit';
  tree: string;
  parents: string[];
  author: GitSignature;
  committer: GitSignature;
  message: string;
}

export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | GitCommitObject;

/** A file as a flat path in a tree, with its blob sha. */
export interface FlatEntry {
  mode: GitMode;
  sha: string;
  type: 'blob' | 'commit';
}

export function hashObject(type: 'blob' | 'tree' | 'commit', payload: Buffer): string {
  const header = Buffer.from(`${type} ${payload.length}\0`, 'utf8');
  return createHash('sha1').update(header).update(payload).digest('hex');
}

/** Git sorts tree entries by name, comparing a subtree's name as if it ended in `/`. */
function treeSortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name, 'utf8');
}

export function sortTreeEntries(entries: TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) => Buffer.compare(treeSortKey(a), treeSortKey(b)));
}

function encodeTree(entries: TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of sortTreeEntries(entries)) {
    // Git writes directory modes without the leading zero.
    const mode = entry.mode === '040000' ? '40000' : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`, 'utf8'), Buffer.from(entry.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

function encodeSignature(role: string, sig: GitSignature): string {
  const seconds = Math.floor(Date.parse(sig.date) / 1000);
  return `${role} ${sig.name} <${sig.email}> ${seconds} +0000`;
}

function encodeCommit(commit: Omit<GitCommitObject, 'type'>): Buffer {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(encodeSignature('author', commit.author), encodeSignature('committer', commit.committer));
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`, 'utf8');
}

/** A repository's object database plus the helpers the REST routes need. */
export class GitObjectStore {
  private readonly objects = new Map<string, GitObject>();

  get size(): number {
    return this.objects.size;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  has(sha: string): boolean {
    return this.objects.has(sha.toLowerCase());
  }

  writeBlob(content: Buffer | string): string {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha = hashObject('blob', buffer);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', content: buffer });
    return sha;
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = sortTreeEntries(entries);
    const sha = hashObject('tree', encodeTree(sorted));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  writeCommit(commit: Omit<GitCommitObject, 'type'>): string {
    const sha = hashObject('commit', encodeCommit(commit));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'commit', ...commit });
    return sha;
  }

  blob(sha: string): Buffer | undefined {
    const object = this.get(sha);
    return object?.type === 'blob' ? object.content : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const object = this.get(sha);
    return object?.type === 'tree' ? object.entries : undefined;
  }

  commit(sha: string): GitCommitObject | undefined {
    const object = this.get(sha);
    return object?.type === 'commit' ? object : undefined;
  }

  /** Every file under a tree as `path → entry` (git's `ls-tree -r`). */
  flatten(treeSha: string, prefix = ''): Map<string, FlatEntry> {
    const out = new Map<string, FlatEntry>();
    for (const entry of this.tree(treeSha) ?? []) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.type === 'tree') {
        for (const [p, e] of this.flatten(entry.sha, path)) out.set(p, e);
      } else {
        out.set(path, { mode: entry.mode, sha: entry.sha, type: entry.type });
      }
    }
    return out;
  }

  /** Build nested trees from flat paths; returns the root tree's sha. */
  writeFlat(files: Map<string, FlatEntry>): string {
    interface Dir {
      files: TreeEntry[];
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: [], dirs: new Map() };
    for (const [path, entry] of files) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) {
          next = { files: [], dirs: new Map() };
          dir.dirs.set(part, next);
        }
        dir = next;
      }
      dir.files.push({ name: parts[parts.length - 1]!, mode: entry.mode, type: entry.type, sha: entry.sha });
    }
    const write = (dir: Dir): string => {
      const entries = [...dir.files];
      for (const [name, sub] of dir.dirs)
        entries.push({ name, mode: '040000', type: 'tree', sha: write(sub) });
      return this.writeTree(entries);
    };
    return write(root);
  }

  /** The entry at `path` inside a tree ('' is the tree itself). */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter((p) => p !== '');
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const part of parts) {
      if (current.type !== 'tree') return undefined;
      const next = this.tree(current.sha)?.find((e) => e.name === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }

  /** Commits reachable from `head` but not from `base`, oldest first (git's `base..head`). */
  commitsBetween(base: string, head: string): string[] {
    const excluded = new Set<string>();
    const mark = [base];
    while (mark.length > 0) {
      const sha = mark.pop()!;
      if (excluded.has(sha)) continue;
      excluded.add(sha);
      mark.push(...(this.commit(sha)?.parents ?? []));
    }
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = [head];
    while (walk.length > 0) {
      const sha = walk.pop()!;
      if (seen.has(sha) || excluded.has(sha)) continue;
      seen.add(sha);
      out.push(sha);
      walk.push(...(this.commit(sha)?.parents ?? []));
    }
    // Walked newest first along first parents; reversed, a linear history reads oldest first as git log --reverse.
    return out.reverse();
  }
}
