/**
 * Licence notices for a bundle, taken from the modules ncc actually bundled (its webpack stats), for
 * every chunk at once. ncc's own `--license` writes one `licenses.txt` per chunk under the same name,
 * so a bundle with a split-off chunk kept only the chunk's packages.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BundledPackage {
  name: string;
  version: string;
  dir: string;
}

interface StatsModule {
  identifier?: string;
  nameForCondition?: string;
  modules?: StatsModule[];
}

interface Stats {
  modules?: StatsModule[];
  children?: Stats[];
}

/** The file a stats module stands for: webpack prefixes loaders (`…!file`) and suffixes a hash (`|…`). */
function moduleFile(module: StatsModule): string | undefined {
  if (module.nameForCondition) return module.nameForCondition;
  const id = module.identifier;
  if (!id) return undefined;
  const last = id.slice(id.lastIndexOf('!') + 1);
  const file = last.split('|').find((part) => part.startsWith('/') || /^[A-Za-z]:[\\/]/.test(part));
  return file;
}

/** The package folder holding `file`: the path up to and including the name after the last node_modules. */
export function packageDirOf(file: string): string | undefined {
  const normal = file.split(path.sep).join('/');
  const at = normal.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = normal.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return undefined;
  return `${normal.slice(0, at)}/node_modules/${rest.slice(0, depth).join('/')}`;
}

function collectFiles(stats: Stats, into: Set<string>): void {
  const visit = (module: StatsModule) => {
    const file = moduleFile(module);
    if (file) into.add(file);
    for (const inner of module.modules ?? []) visit(inner);
  };
  for (const module of stats.modules ?? []) visit(module);
  for (const child of stats.children ?? []) collectFiles(child, into);
}

/** Every npm package with at least one file in the bundle (all chunks), sorted by name then version. */
export async function bundledPackages(statsFile: string): Promise<BundledPackage[]> {
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as Stats;
  const files = new Set<string>();
  collectFiles(stats, files);
  const dirs = new Set<string>();
  for (const file of files) {
    const dir = packageDirOf(file);
    if (dir) dirs.add(dir);
  }
  const packages: BundledPackage[] = [];
  for (const dir of dirs) {
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as {
      name?: string;
      version?: string;
    };
    packages.push({ name: manifest.name ?? path.basename(dir), version: manifest.version ?? '', dir });
  }
  return packages.sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
  );
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

function licenceId(manifest: { license?: unknown; licenses?: unknown }): string {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license === 'object' && 'type' in manifest.license)
    return String((manifest.license as { type: unknown }).type);
  if (Array.isArray(manifest.licenses))
    return manifest.licenses
      .map((l) => (l && typeof l === 'object' && 'type' in l ? String(l.type) : String(l)))
      .join(' OR ');
  return 'UNKNOWN';
}

/**
 * The text of `licenses.txt`: for each package its name, its licence id and the licence file's text
 * (ncc's layout, so the file reads as before). A package without a licence file says so.
 */
export async function renderLicences(packages: BundledPackage[]): Promise<string> {
  const blocks: string[] = [];
  for (const pkg of packages) {
    const manifest = JSON.parse(await readFile(path.join(pkg.dir, 'package.json'), 'utf8')) as {
      license?: unknown;
      licenses?: unknown;
    };
    const names = existsSync(pkg.dir)
      ? (await readdir(pkg.dir)).filter((f) => LICENCE_FILE.test(f)).sort()
      : [];
    const text =
      names.length > 0
        ? (await readFile(path.join(pkg.dir, names[0]!), 'utf8')).trim()
        : '(the package ships no licence file)';
    blocks.push(`${pkg.name}\n${licenceId(manifest)}\n${text}\n`);
  }
  return `${blocks.join('\n')}`;
}

/** The package names a licences file lists: a line holding a name followed by a line holding its licence id. */
export function listedPackages(text: string): Set<string> {
  const lines = text.split(/\r?\n/);
  const listed = new Set<string>();
  const isName = (line: string) => /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(line);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const previous = i === 0 ? '' : lines[i - 1]!;
    // A block starts the file or follows a blank line, so a word alone in a licence text is not taken as a name.
    if (previous.trim() === '' && isName(line) && lines[i + 1]!.trim() !== '') listed.add(line);
  }
  return listed;
}

/**
 * Problems with the licence notices in `dir` (a committed dist/): every bundled package must be
 * named in `licenses.txt` or in another licences file of the folder (a chunk's own).
 */
export async function checkLicences(
  dir: string,
  packages: BundledPackage[],
  label: string,
): Promise<string[]> {
  const files = existsSync(dir) ? (await readdir(dir)).filter((f) => /licen[cs]es?.*\.txt$/i.test(f)) : [];
  if (!files.includes('licenses.txt')) return [`${label}/licenses.txt is missing`];
  const listed = new Set<string>();
  for (const file of files)
    for (const name of listedPackages(await readFile(path.join(dir, file), 'utf8'))) listed.add(name);
  const missing = [...new Set(packages.map((p) => p.name))].filter((name) => !listed.has(name));
  return missing.length === 0
    ? []
    : [`${label}/licenses.txt does not list bundled package(s): ${missing.join(', ')}`];
}
