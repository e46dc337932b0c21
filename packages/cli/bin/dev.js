/**
 * `pnpm autoheal` inside this repository: runs the compiled CLI (lib/), compiling first (`tsc -b`)
 * only when a source or tsconfig of the CLI or of a project it references is newer than the last
 * compile. Plain JavaScript, so it runs before anything is compiled; an mtime walk of a few hundred
 * files is what it costs when nothing changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(cliDir, '..', '..');
const stamp = path.join(cliDir, 'lib', '.compiled');

/** The newest mtime (ms) under `dir`, files only. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  return latest;
}

/** The newest input of the CLI's project and every project it references, transitively. */
function newestInput() {
  let latest = statSync(path.join(root, 'tsconfig.base.json')).mtimeMs;
  const seen = new Set();
  const visit = (project) => {
    if (seen.has(project)) return;
    seen.add(project);
    const config = path.join(project, 'tsconfig.json');
    latest = Math.max(latest, statSync(config).mtimeMs, statSync(path.join(project, 'package.json')).mtimeMs);
    const parsed = JSON.parse(readFileSync(config, 'utf8'));
    for (const include of parsed.include ?? ['src'])
      latest = Math.max(latest, newest(path.join(project, include)));
    for (const ref of parsed.references ?? []) visit(path.resolve(project, ref.path));
  };
  visit(cliDir);
  return latest;
}

const compiledAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (newestInput() > compiledAt) {
  const started = new Date();
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // Stamped with the compile's start, so a file saved during the compile is seen next time.
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
}
await import(pathToFileURL(path.join(cliDir, 'lib', 'main.js')).href);
