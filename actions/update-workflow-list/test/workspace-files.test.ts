import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWorkspaceFiles as files } from '../src/workspace-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-uwl-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeWorkspaceFiles', () => {
  it('reads text, and undefined for what is not there', async () => {
    await writeFile(path.join(dir, 'a.yml'), 'x: 1\r\n');
    expect(await files.readText(path.join(dir, 'a.yml'))).toBe('x: 1\r\n');
    expect(await files.readText(path.join(dir, 'missing.yml'))).toBeUndefined();
    expect(await files.readText(path.join(dir, 'a.yml', 'below'))).toBeUndefined();
    await expect(files.readText(dir)).rejects.toThrow(/EISDIR/);
  });

  it('lists the files of a folder (and symlinks to files), not its folders', async () => {
    await writeFile(path.join(dir, 'a.yml'), '');
    await mkdir(path.join(dir, 'sub.yml'));
    await symlink(path.join(dir, 'a.yml'), path.join(dir, 'link.yml'));
    await symlink(path.join(dir, 'sub.yml'), path.join(dir, 'dirlink.yml'));
    expect((await files.listFiles(dir))?.sort()).toEqual(['a.yml', 'link.yml']);
    expect(await files.listFiles(path.join(dir, 'nope'))).toBeUndefined();
  });

  it('replaces a file whole, keeping its mode and leaving no temporary file', async () => {
    const file = path.join(dir, 'w.yml');
    await writeFile(file, 'old', { mode: 0o640 });
    await files.writeText(file, 'new\r\ncontent');
    expect(await readFile(file, 'utf8')).toBe('new\r\ncontent');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['w.yml']);
  });

  it('leaves the original and no temporary file behind when the write fails', async () => {
    const file = path.join(dir, 'w.yml');
    await writeFile(file, 'old');
    // Renaming a file over a non-empty folder fails after the temporary file was written.
    const blocked = path.join(dir, 'blocked');
    await mkdir(blocked);
    await writeFile(path.join(blocked, 'x'), '');
    await expect(files.writeText(blocked, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'w.yml']);
    expect(await readFile(file, 'utf8')).toBe('old');
  });
});
