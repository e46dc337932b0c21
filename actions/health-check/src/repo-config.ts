/** `.github/autoheal.yml` from the default branch, through the contents API (no checkout needed). */
import { readConfigFile } from '@autoheal/core/config/loader';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from './inputs.js';

export async function loadRepoConfig(
  github: GitHubClient,
  repo: RepoRef,
  file: string,
): Promise<AutohealConfig> {
  return readConfigFile(
    {
      readFile: async (p) => {
        let data: unknown;
        try {
          ({ data } = await github.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: p }));
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return undefined;
          throw error;
        }
        if (Array.isArray(data)) throw Object.assign(new Error(`${p} is a directory`), { code: 'EISDIR' });
        const found = data as { type?: string; content?: string; encoding?: string };
        if (found.type !== 'file')
          throw new ConfigurationError(
            `${p} is a ${found.type ?? 'thing'} in the repository, not a file; the autoheal config must be a YAML file.`,
            { file: p },
          );
        if (found.encoding !== 'base64' || typeof found.content !== 'string')
          throw new ConfigurationError(
            `${p} is too large to read through the contents API; keep the autoheal config small.`,
            { file: p },
          );
        return Buffer.from(found.content, 'base64').toString('utf8');
      },
    },
    file,
  );
}
