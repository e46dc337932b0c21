import type { FlatEntry } from './git-objects.js';
import type { SimRepo } from './state.js';

/** Resolving what users pass as `ref`: a branch, a tag, a full ref, or a commit sha. */

const SHA = /^[0-9a-f]{40}$/i;

export function branchRef(name: string): string {
  return `refs/heads/${name}`;
}

/** The commit a ref names, or undefined. `undefined`/empty means the default branch. */
export function resolveCommit(repo: SimRepo, ref: string | undefined | null): string | undefined {
  if (ref === undefined || ref === null || ref === '') return repo.refs.get(branchRef(repo.default_branch));
  const ancestor = /^(.+)~(\d+)$/.exec(ref);
  if (ancestor) {
    let sha = resolveCommit(repo, ancestor[1]);
    for (let n = Number(ancestor[2]); sha && n > 0; n--) sha = repo.git.commit(sha)?.parents[0];
    return sha;
  }
  if (SHA.test(ref) && repo.git.commit(ref.toLowerCase())) return ref.toLowerCase();
  for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const sha = repo.refs.get(candidate);
    if (sha) return sha;
  }
  return undefined;
}

/** Files under `.github/workflows/` that differ between two trees (added, changed or removed). */
export function changedWorkflowFiles(
  before: Map<string, FlatEntry>,
  after: Map<string, FlatEntry>,
): string[] {
  const out: string[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (!path.startsWith('.github/workflows/')) continue;
    if (before.get(path)?.sha !== after.get(path)?.sha) out.push(path);
  }
  return out.sort();
}
