/**
 * `RepoFiles` over the contents API at one commit: API-only mode, with no checkout. Each path is
 * read once per commit. Like the checkout reader, it never follows symbolic links and lists only
 * files and folders; a file too large for the contents API (over 1 MB) reads as absent.
 */
import type { RepoFiles } from '@autoheal/core/fixes/types';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';

/** A repository-relative path the API may be asked for: no absolute paths, `..` or empty segments. */
export function isPlainPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /[\0-\x1f]/.test(path)) return false;
  return !path.split('/').some((p) => p === '' || p === '.' || p === '..');
}

interface ContentItem {
  type: string;
  name: string;
  content?: string;
  encoding?: string;
}

export interface ContentsRepoFiles extends RepoFiles {
  /** The commit read from. */
  readonly ref: string;
  /** API requests made, for the summary's accounting. */
  readonly requests: number;
}

export function contentsRepoFiles(github: GitHubClient, repo: RepoRef, ref: string): ContentsRepoFiles {
  const cache = new Map<string, Promise<ContentItem | ContentItem[] | undefined>>();
  let requests = 0;
  const get = (path: string) => {
    let found = cache.get(path);
    if (!found) {
      requests += 1;
      found = (async () => {
        try {
          const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
          return data as ContentItem | ContentItem[];
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return undefined;
          throw error;
        }
      })();
      cache.set(path, found);
    }
    return found;
  };
  return {
    ref,
    get requests() {
      return requests;
    },
    async read(path) {
      if (!isPlainPath(path)) return undefined;
      const item = await get(path);
      if (item === undefined || Array.isArray(item) || item.type !== 'file') return undefined;
      if (item.encoding !== 'base64' || typeof item.content !== 'string') return undefined;
      return Buffer.from(item.content, 'base64').toString('utf8');
    },
    async list(dir) {
      if (dir !== '' && !isPlainPath(dir)) return [];
      const items = await get(dir);
      if (!Array.isArray(items)) return [];
      return items
        .filter((i) => i.type === 'file' || i.type === 'dir')
        .map((i) => (i.type === 'dir' ? `${i.name}/` : i.name))
        .sort();
    },
  };
}
