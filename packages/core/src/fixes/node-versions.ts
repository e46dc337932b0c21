/**
 * Where a version for a newly declared npm package can come from without asking a registry: the
 * range another package of the same repository already declares, or the one version the lockfile
 * already resolves.
 */
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { joinPath } from './runner-paths.js';
import type { RepoFiles } from './types.js';

export const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

export type PackageJson = Record<string, unknown>;

export function parsePackageJson(text: string): PackageJson | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as PackageJson)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The section and range a manifest declares `name` with, if any. */
export function declared(pkg: PackageJson, name: string): { section: string; range: string } | undefined {
  for (const section of DEPENDENCY_SECTIONS) {
    const deps = pkg[section];
    if (
      deps !== null &&
      typeof deps === 'object' &&
      typeof (deps as Record<string, unknown>)[name] === 'string'
    )
      return { section, range: (deps as Record<string, string>)[name]! };
  }
  return undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Workspace globs from the root package.json (`workspaces`) and pnpm-workspace.yaml (`packages`). */
async function workspaceGlobs(files: RepoFiles): Promise<string[]> {
  const globs: string[] = [];
  const root = parsePackageJson((await files.read('package.json')) ?? '');
  if (root) {
    const ws = root.workspaces;
    globs.push(...stringList(ws));
    if (ws !== null && typeof ws === 'object' && !Array.isArray(ws))
      globs.push(...stringList((ws as Record<string, unknown>).packages));
  }
  const pnpm = await files.read('pnpm-workspace.yaml');
  if (pnpm !== undefined) {
    try {
      const doc: unknown = parse(pnpm);
      if (doc !== null && typeof doc === 'object')
        globs.push(...stringList((doc as Record<string, unknown>).packages));
    } catch {
      // An unreadable workspace file only means fewer places to look.
    }
  }
  return globs;
}

const MAX_DEPTH = 4;

/** Directories matching the workspace globs (`packages/*`, `apps/**`), walked to a bounded depth. */
async function workspaceDirs(files: RepoFiles, globs: readonly string[]): Promise<string[]> {
  const include = globs
    .filter((g) => !g.startsWith('!'))
    .map((g) => g.replace(/^\.\//, '').replace(/\/$/, ''));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1).replace(/^\.\//, ''));
  if (include.length === 0) return [];
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const entry of await files.list(dir)) {
      if (!entry.endsWith('/') || entry === 'node_modules/' || entry.startsWith('.')) continue;
      const path = joinPath(dir, entry.slice(0, -1));
      if (include.some((g) => minimatch(path, g)) && !exclude.some((g) => minimatch(path, g))) out.push(path);
      // Only walk into directories some glob could still match below.
      if (include.some((g) => minimatch(path, g, { partial: true }))) await walk(path, depth + 1);
    }
  };
  await walk('', 1);
  return out;
}

/** The manifests of the repository: the root one and every workspace package's. */
export async function repositoryManifests(files: RepoFiles): Promise<{ path: string; pkg: PackageJson }[]> {
  const paths = [
    'package.json',
    ...(await workspaceDirs(files, await workspaceGlobs(files))).map((d) => `${d}/package.json`),
  ];
  const out: { path: string; pkg: PackageJson }[] = [];
  for (const path of [...new Set(paths)]) {
    const text = await files.read(path);
    const pkg = text === undefined ? undefined : parsePackageJson(text);
    if (pkg) out.push({ path, pkg });
  }
  return out;
}

/** Versions of `name` resolved in an npm, pnpm or yarn lockfile. */
export function lockfileVersions(file: string, text: string, name: string): string[] {
  const versions = new Set<string>();
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (file.endsWith('package-lock.json')) {
    const lock = parsePackageJson(text);
    const packages = lock?.packages;
    if (packages !== null && typeof packages === 'object') {
      for (const [key, entry] of Object.entries(packages as Record<string, unknown>)) {
        if (!(key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`))) continue;
        const v =
          entry !== null && typeof entry === 'object'
            ? (entry as Record<string, unknown>).version
            : undefined;
        if (typeof v === 'string') versions.add(v);
      }
    }
    const legacy = lock?.dependencies;
    if (legacy !== null && typeof legacy === 'object') {
      const entry = (legacy as Record<string, unknown>)[name];
      const v =
        entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).version : undefined;
      if (typeof v === 'string') versions.add(v);
    }
  } else if (file.endsWith('pnpm-lock.yaml')) {
    // v9 `  name@1.2.3:` / `  '@s/n@1.2.3(peer@1)':`, v6 `  /name@1.2.3:`, v5 `  /name/1.2.3:`.
    const re = new RegExp(`^ {2}['"]?/?${esc}[@/](\\d+\\.\\d+\\.\\d+[\\w.+-]*)(?:\\(|['":_])`, 'gm');
    for (const m of text.matchAll(re)) versions.add(m[1]!);
  } else if (file.endsWith('yarn.lock')) {
    // An entry header naming the package, then its `version "1.2.3"` (classic) or `version: 1.2.3` (berry).
    const re = new RegExp(
      `^"?${esc}@[^\\n]*:\\r?\\n(?:[ \\t]+[^\\n]*\\r?\\n)*?[ \\t]+version:? "?([\\w.+-]+)"?`,
      'gm',
    );
    for (const m of text.matchAll(re)) versions.add(m[1]!);
  }
  return [...versions];
}

export const LOCKFILES = [
  { file: 'pnpm-lock.yaml', install: 'pnpm install' },
  { file: 'package-lock.json', install: 'npm install' },
  { file: 'yarn.lock', install: 'yarn install' },
  { file: 'bun.lock', install: 'bun install' },
  { file: 'bun.lockb', install: 'bun install' },
] as const;

/** The lockfile governing a package directory: the nearest one from the package up to the root. */
export async function findLockfile(
  files: RepoFiles,
  packageDir: string,
): Promise<{ path: string; text: string; install: string } | undefined> {
  let dir = packageDir;
  for (;;) {
    for (const lock of LOCKFILES) {
      const path = joinPath(dir, lock.file);
      const text = await files.read(path);
      if (text !== undefined) return { path, text, install: lock.install };
    }
    if (dir === '') return undefined;
    const i = dir.lastIndexOf('/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}
