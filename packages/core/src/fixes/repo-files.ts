/** `RepoFiles` over a checkout on disk, confined to it: no absolute paths, no `..`, no symlinks. */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepoFiles } from './types.js';

function inside(root: string, path: string): string | undefined {
  if (path === '') return root;
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return undefined;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return join(root, ...parts);
}

/** Whether any component of the path below the root is a symbolic link (or missing). */
async function throughLink(root: string, path: string): Promise<boolean> {
  let current = root;
  for (const part of path === '' ? [] : path.split('/')) {
    current = join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) return true;
    } catch {
      return true;
    }
  }
  return false;
}

export function directoryRepoFiles(root: string): RepoFiles {
  return {
    async read(path) {
      const full = inside(root, path);
      if (full === undefined || path === '' || (await throughLink(root, path))) return undefined;
      try {
        return await readFile(full, 'utf8');
      } catch {
        return undefined;
      }
    },
    async list(dir) {
      const full = inside(root, dir);
      if (full === undefined || (await throughLink(root, dir))) return [];
      try {
        const entries = await readdir(full, { withFileTypes: true });
        return entries
          .filter((e) => !e.isSymbolicLink() && (e.isFile() || e.isDirectory()))
          .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
          .sort();
      } catch {
        return [];
      }
    },
  };
}
