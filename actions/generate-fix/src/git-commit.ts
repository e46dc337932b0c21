/**
 * One commit through the git data API, with no checkout: a blob per changed file, a tree on top of
 * the base commit's tree, and the commit. None of these is visible until a ref points at it, so a
 * run that stops here leaves nothing behind that anyone sees.
 */
import { createHash } from 'node:crypto';
import type { FileChange } from '@autoheal/core/fixes/types';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import { neutraliseMentionSyntax } from '@autoheal/core/text/mentions';

export interface BaseCommit {
  branch: string;
  sha: string;
  treeSha: string;
}

/** Why a commit cannot be made, in words for the summary (not a GitHub failure). */
export class CommitRefused extends Error {
  override readonly name = 'CommitRefused';
}

/** The head commit of `branch` and its tree. */
export async function readBase(github: GitHubClient, repo: RepoRef, branch: string): Promise<BaseCommit> {
  let sha: string;
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    sha = data.object.sha;
  } catch (error) {
    if (isRequestError(error) && error.status === 404)
      throw new CommitRefused(`the base branch "${branch}" does not exist`);
    throw error;
  }
  const { data: commit } = await github.rest.git.getCommit({ ...repo, commit_sha: sha });
  return { branch, sha, treeSha: commit.tree.sha };
}

const REGULAR = new Set(['100644', '100755']);

/**
 * The mode of each path in the tree, found by walking down one folder at a time (a few small
 * reads, where a recursive listing of a large repository is megabytes). Only existing regular
 * files may be changed: a fix never creates files, and never writes through a symlink or submodule.
 */
export async function regularFileModes(
  github: GitHubClient,
  repo: RepoRef,
  treeSha: string,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const trees = new Map<string, Promise<{ path: string; mode: string; type: string; sha: string }[]>>();
  const listing = (sha: string) => {
    let found = trees.get(sha);
    if (!found) {
      found = github.rest.git.getTree({ ...repo, tree_sha: sha }).then(({ data }) =>
        data.tree.map((e) => ({
          path: e.path ?? '',
          mode: e.mode ?? '',
          type: e.type ?? '',
          sha: e.sha ?? '',
        })),
      );
      trees.set(sha, found);
    }
    return found;
  };
  const modes = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split('/');
    let sha = treeSha;
    for (const [i, part] of parts.entries()) {
      const entry = (await listing(sha)).find((e) => e.path === part);
      const last = i === parts.length - 1;
      if (!entry)
        throw new CommitRefused(`${path} does not exist on the base branch; a fix only edits existing files`);
      if (!last) {
        if (entry.type !== 'tree')
          throw new CommitRefused(`${parts.slice(0, i + 1).join('/')} is not a folder`);
        sha = entry.sha;
      } else if (entry.type !== 'blob' || !REGULAR.has(entry.mode)) {
        throw new CommitRefused(
          `${path} is not a regular file (mode ${entry.mode}); autoheal does not write through it`,
        );
      } else modes.set(path, entry.mode);
    }
  }
  return modes;
}

/** The trailer that marks autoheal's fix commit, and the digest of its change. */
export const FIX_TRAILER = 'Autoheal-Fix';
export const DIGEST_TRAILER = 'Autoheal-Digest';

/** A short, stable digest of what a fix changes: equal digests mean the same edit. */
export function changeDigest(changes: readonly FileChange[]): string {
  const hash = createHash('sha256');
  for (const c of [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${c.path}\0${c.after.length}\0${c.after}\0`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The fix commit's message. The body (already sanitized for a log) loses its closing keywords,
 * references and mentions too: merged into the default branch, `Fixes #N` in a commit message
 * closes issue N, whoever wrote the words.
 */
export function commitMessage(subject: string, fingerprint: string, digest: string, body: string): string {
  return [
    subject,
    '',
    neutraliseMentionSyntax(body),
    '',
    `${FIX_TRAILER}: ${fingerprint}`,
    `${DIGEST_TRAILER}: ${digest}`,
  ].join('\n');
}

/**
 * The trailers of a commit message, when it is one of ours: read from the last paragraph only,
 * where git keeps trailers, so a body line shaped like a trailer cannot stand in for ours.
 */
export function fixTrailers(message: string): { fingerprint: string; digest?: string } | undefined {
  const last =
    message
      .replace(/\s+$/, '')
      .split(/\n[ \t]*\n/)
      .pop() ?? '';
  const fp = new RegExp(`^${FIX_TRAILER}: ([0-9a-f]{16})$`, 'm').exec(last)?.[1];
  if (!fp) return undefined;
  const digest = new RegExp(`^${DIGEST_TRAILER}: ([0-9a-f]{16})$`, 'm').exec(last)?.[1];
  return digest ? { fingerprint: fp, digest } : { fingerprint: fp };
}

/** Blobs, tree and commit on top of `base` (2 + one write per file). */
export async function writeFixCommit(
  github: GitHubClient,
  repo: RepoRef,
  base: BaseCommit,
  changes: readonly FileChange[],
  modes: ReadonlyMap<string, string>,
  message: string,
): Promise<string> {
  const entries: { path: string; mode: '100644' | '100755'; type: 'blob'; sha: string }[] = [];
  for (const change of changes) {
    const { data } = await github.rest.git.createBlob({
      ...repo,
      content: Buffer.from(change.after, 'utf8').toString('base64'),
      encoding: 'base64',
    });
    const mode = modes.get(change.path) === '100755' ? '100755' : '100644';
    entries.push({ path: change.path, mode, type: 'blob', sha: data.sha });
  }
  const { data: tree } = await github.rest.git.createTree({
    ...repo,
    base_tree: base.treeSha,
    tree: entries,
  });
  const { data: commit } = await github.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.sha,
    parents: [base.sha],
  });
  return commit.sha;
}
