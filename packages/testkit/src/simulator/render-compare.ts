import { commitJson, diffEntries } from './render-git.js';
import type { JsonObject } from './render-user.js';
import type { SimRepo, SimulatorState } from './state.js';
import type { Urls } from './urls.js';

/** The nearest commit reachable from both: breadth first from `head`, the first that `base` also reaches. */
function mergeBase(repo: SimRepo, base: string, head: string): string | undefined {
  const seen = new Set<string>();
  const queue = [head];
  while (queue.length > 0) {
    const sha = queue.shift()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    if (repo.git.isAncestor(sha, base)) return sha;
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return undefined;
}

/**
 * `GET compare/{base}...{head}` as GitHub answers it: the status (`identical`, `ahead`, `behind`,
 * `diverged`) with both counts, the commits from the merge base to `head` and the files changed
 * between the merge base and `head`.
 */
export function compareJson(
  state: SimulatorState,
  urls: Urls,
  repo: SimRepo,
  base: string,
  head: string,
): JsonObject {
  const merge = mergeBase(repo, base, head) ?? base;
  const ahead = repo.git.commitsBetween(base, head);
  const behind = repo.git.commitsBetween(head, base);
  const status =
    base === head ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
  const repoUrl = urls.repo(repo.owner, repo.name);
  const html = urls.repoHtml(repo.owner, repo.name);
  const files = diffEntries(
    urls,
    repo,
    repo.git.flatten(repo.git.commit(merge)!.tree),
    repo.git.flatten(repo.git.commit(head)!.tree),
    head,
  );
  return {
    url: `${repoUrl}/compare/${base}...${head}`,
    html_url: `${html}/compare/${base}...${head}`,
    permalink_url: `${html}/compare/${repo.owner}:${base}...${repo.owner}:${head}`,
    diff_url: `${html}/compare/${base}...${head}.diff`,
    patch_url: `${html}/compare/${base}...${head}.patch`,
    base_commit: commitJson(state, urls, repo, base, false),
    merge_base_commit: commitJson(state, urls, repo, merge, false),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: ahead.map((sha) => commitJson(state, urls, repo, sha, false)),
    files,
  };
}
