/** `.github/autoheal.yml`, read through the contents API from the default branch (no checkout). */
import { type ConfigFileReader, readConfigFile } from '@autoheal/core/config/loader';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';

/** A reader over the contents API: a missing file reads as undefined, a folder as EISDIR. */
export function contentsReader(github: GitHubClient, repo: RepoRef, ref: string): ConfigFileReader {
  return {
    async readFile(path) {
      try {
        const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data)) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
        if (data.type !== 'file' || !('content' in data)) return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (error) {
        if (isRequestError(error) && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}

export function readRepoConfig(
  github: GitHubClient,
  repo: RepoRef,
  ref: string,
  path: string,
): Promise<AutohealConfig> {
  return readConfigFile(contentsReader(github, repo, ref), path);
}
