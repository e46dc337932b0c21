/**
 * What `autoheal run` learns about the repository before the command starts: the git remote,
 * branch, commit and top folder, and the config file's text. Read before, not after, because the
 * command is the build's code (a pull request's, often): after it ran, `git remote set-url`,
 * `git checkout main` or an edited `.github/autoheal.yml` would choose where and whether its own
 * failure is filed. Light on purpose (no analyzer, no client): a green build pays only for this.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface RepoFacts {
  remote?: string;
  branch?: string;
  commit?: string;
  toplevel?: string;
  /** The config file as it was: its text, or the error reading it gave (ENOENT: the defaults). */
  config?: { path: string; text?: string; error?: NodeJS.ErrnoException };
}

/** The loader's DEFAULT_CONFIG_PATH (not imported: the loader pulls in the YAML parser and schema). */
export const DEFAULT_CONFIG_FILE = '.github/autoheal.yml';

export function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 3000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}

/** The facts of the repository at `cwd`; the config at `configPath` (cwd-relative) or the default under the top folder. */
export async function readRepoFacts(cwd: string, configPath?: string): Promise<RepoFacts> {
  const [remote, branch, commit, toplevel] = await Promise.all([
    git(cwd, ['remote', 'get-url', 'origin']),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['rev-parse', '--show-toplevel']),
  ]);
  const file = path.resolve(
    configPath === undefined ? (toplevel ?? cwd) : cwd,
    configPath ?? DEFAULT_CONFIG_FILE,
  );
  let config: RepoFacts['config'];
  try {
    config = { path: file, text: await readFile(file, 'utf8') };
  } catch (error) {
    config = { path: file, error: error as NodeJS.ErrnoException };
  }
  const facts: RepoFacts = { config };
  if (remote) facts.remote = remote;
  if (branch && branch !== 'HEAD') facts.branch = branch;
  if (commit) facts.commit = commit;
  if (toplevel) facts.toplevel = toplevel;
  return facts;
}
