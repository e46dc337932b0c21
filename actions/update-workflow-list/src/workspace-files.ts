/**
 * The only filesystem this action touches: reading workflow files and writing one back. Injected,
 * so tests can make a write fail; the real one writes through a temporary file and a rename, so a
 * failure never leaves a half-written workflow behind.
 */
import type { Dirent } from 'node:fs';
import { chmod, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WorkspaceFiles {
  /** The file's text, or undefined when there is no such file. */
  readText(file: string): Promise<string | undefined>;
  /** Names of the files (not folders) directly in `dir`, or undefined when there is no such folder. */
  listFiles(dir: string): Promise<string[] | undefined>;
  /** Replaces the file's content with `text` all at once. */
  writeText(file: string, text: string): Promise<void>;
}

function code(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

export const nodeWorkspaceFiles: WorkspaceFiles = {
  async readText(file) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
      throw error;
    }
  },

  async listFiles(dir) {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
      throw error;
    }
    const names: string[] = [];
    for (const entry of entries) {
      if (entry.isFile()) names.push(entry.name);
      // A symlink counts when it points at a file, as it does for git and the runner.
      else if (
        entry.isSymbolicLink() &&
        (await stat(path.join(dir, entry.name)).catch(() => undefined))?.isFile()
      )
        names.push(entry.name);
    }
    return names;
  },

  async writeText(file, text) {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.autoheal-${process.pid}.tmp`);
    try {
      await writeFile(temp, text, 'utf8');
      const mode = (await stat(file).catch(() => undefined))?.mode;
      if (mode !== undefined) await chmod(temp, mode & 0o7777);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  },
};
