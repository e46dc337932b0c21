/** `.github/autoheal.yml` from a repository's default branch, through the contents API: no checkout needed. */
import { DEFAULT_CONFIG_PATH, readConfigFile } from './config/loader.js';
import type { AutohealConfig } from './config/schema.js';
import { ConfigurationError } from './errors.js';
import type { GitHubClient } from './github-client.js';
import { isRequestError } from './github-errors.js';

export async function loadRepoConfig(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  file: string = DEFAULT_CONFIG_PATH,
): Promise<AutohealConfig> {
  return readConfigFile(
    {
      readFile: async (p) => {
        let data: unknown;
        try {
          ({ data } = await github.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: p }));
        } catch (error) {
          // No file: every default applies.
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
        // Files over 1 MB come without content; a config that large is a mistake anyway.
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
