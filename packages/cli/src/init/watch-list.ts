/**
 * Fills in the list of workflows the heal workflow watches with update-workflow-list's own `run`
 * (GitHub's parser semantics for names, the same selection rules, the same minimal edit), on a
 * view of the target repository in which the files init is about to write already exist — so the
 * action, run after init, finds the list up to date.
 */
import path from 'node:path';
import type { Logger } from '@autoheal/core/runtime';
import { run } from '@autoheal/update-workflow-list/run';
import { nodeWorkspaceFiles, type WorkspaceFiles } from '@autoheal/update-workflow-list/workspace-files';

export interface WatchListResult {
  /** The heal workflow's text with the list filled in (unchanged when there is nothing to watch). */
  text: string;
  /** The names now listed; empty when the repository has no workflow to watch. */
  watched: string[];
  /** Warnings update-workflow-list gave (unreadable workflow files, nothing to watch). */
  warnings: string[];
}

/** The repository's files with `planned` (path from the root → text) laid over them, writes kept in memory. */
function overlay(root: string, planned: Map<string, string>): WorkspaceFiles {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  return {
    async readText(file) {
      return planned.get(relative(file)) ?? nodeWorkspaceFiles.readText(file);
    },
    async listFiles(dir) {
      const onDisk = await nodeWorkspaceFiles.listFiles(dir);
      const here = relative(dir);
      const added = [...planned.keys()]
        .filter((p) => path.posix.dirname(p) === here)
        .map((p) => path.posix.basename(p));
      if (onDisk === undefined && added.length === 0) return undefined;
      return [...new Set([...(onDisk ?? []), ...added])];
    },
    async writeText(file, text) {
      planned.set(relative(file), text);
    },
  };
}

export async function fillWatchList(
  root: string,
  healFile: string,
  planned: ReadonlyMap<string, string>,
): Promise<WatchListResult> {
  const files = new Map(planned);
  const warnings: string[] = [];
  const ignore = () => {};
  const log: Logger = {
    debug: ignore,
    info: ignore,
    notice: ignore,
    warning: (message) => warnings.push(message),
    error: (message) => warnings.push(message),
    startGroup: ignore,
    endGroup: ignore,
  };
  const result = await run(
    {
      mode: 'write',
      workflowFile: healFile,
      workflowsDir: path.posix.dirname(healFile),
      configFile: '.github/autoheal.yml',
      exclude: [],
      workingDirectory: root,
    },
    { log, sink: { setOutput: ignore, appendSummary: ignore }, env: {}, files: overlay(root, files) },
  );
  return {
    text: files.get(healFile) ?? '',
    watched: result.outcome === 'nothing to watch' ? [] : result.entries.map((e) => e.name),
    warnings,
  };
}
