/**
 * `missing_dependency` for Node: declare the package a file imports in the nearest package.json
 * above that file — `devDependencies` for tests, configuration and tooling, else `dependencies`.
 *
 * The version: a package.json entry needs one and no registry is asked. When another package of
 * the repository declares the package, its range is reused; else when the lockfile resolves
 * exactly one version of it, `^<that version>`. Otherwise there is no patch: a suggestion says to
 * verify the name and run the package manager's add command (which picks the version and updates
 * the lockfile). So a name read from a log alone (a typo someone registered) is never pushed: a
 * patch needs the repository's own manifest or lockfile to name the package.
 * A patch never touches the lockfile: when there is one, the patch is marked incomplete and the
 * notes say which install command updates it.
 */
import { addJsonEntry } from './json-edit.js';
import { findImporter, isDevelopmentFile, isNodeBuiltin, packageNameOf } from './node-modules.js';
import {
  declared,
  findLockfile,
  lockfileVersions,
  parsePackageJson,
  repositoryManifests,
} from './node-versions.js';
import { dirname, joinPath, relativePath, repoPath } from './runner-paths.js';
import { type FixContext, type FixResult, noFix } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { suggestionProblems } from './validate.js';

interface Manifest {
  path: string;
  dir: string;
  text: string;
}

/** The nearest package.json at or above `dir`. */
async function nearestManifest(ctx: FixContext, dir: string): Promise<Manifest | undefined> {
  let d = dir;
  for (;;) {
    const path = joinPath(d, 'package.json');
    const text = await ctx.files.read(path);
    if (text !== undefined) return { path, dir: d, text };
    if (d === '') return undefined;
    d = dirname(d);
  }
}

/** Whether a TypeScript/JavaScript path alias could be what the specifier names. */
async function aliased(ctx: FixContext, dirs: readonly string[], name: string): Promise<string | undefined> {
  for (const dir of [...new Set(dirs)]) {
    for (const file of ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json']) {
      const path = joinPath(dir, file);
      const text = await ctx.files.read(path);
      if (
        text !== undefined &&
        (text.includes(`"${name}"`) || text.includes(`"${name}/`)) &&
        text.includes('"paths"')
      )
        return path;
    }
  }
  return undefined;
}

export async function fixNodeDependency(ctx: FixContext, specifier: string): Promise<FixResult> {
  if (isNodeBuiltin(specifier)) return noFix(`"${specifier}" is a Node built-in module, not a package`);
  const name = packageNameOf(specifier);
  if (name === undefined)
    return noFix(
      `"${specifier}" is not a package name (a relative or absolute path, an alias or a subpath import)`,
    );

  const lines = [ctx.finding.keyLine, ...ctx.finding.excerpt.map((l) => l.text)];
  const importer = findImporter(lines, specifier);
  if (!importer)
    return noFix(`the log does not say which file imports "${specifier}", so which package.json is unknown`);
  if (/(?:^|[\\/])node_modules[\\/]/.test(importer.path))
    return noFix(
      `"${specifier}" is imported from inside node_modules (${importer.path}): a dependency's own dependency is missing`,
    );
  let file = repoPath(importer.path);
  if (file === undefined) {
    const rel = relativePath(importer.path);
    // A relative path is the tool's (its root may be a package directory): trust it only if it exists.
    if (rel !== undefined && (importer.directory || (await ctx.files.read(rel)) !== undefined)) file = rel;
  }
  if (file === undefined)
    return noFix(`the importing file ${importer.path} is not inside the repository's checkout`);
  const dir = importer.directory ? file : dirname(file);
  const manifest = await nearestManifest(ctx, dir);
  if (!manifest) return noFix(`no package.json above ${file}`);
  const pkg = parsePackageJson(manifest.text);
  if (!pkg) return noFix(`${manifest.path} is not valid JSON`);
  if (pkg.name === name)
    return noFix(
      `"${name}" is the package's own name in ${manifest.path}: a self-import, not a missing dependency`,
    );
  const already = declared(pkg, name);
  if (already)
    return noFix(
      `"${name}" is already in ${already.section} of ${manifest.path} (${already.range}): the install step did not install it — a production-only install, a filtered workspace install, or a lockfile out of date`,
    );
  const alias = await aliased(ctx, [manifest.dir, ''], name);
  if (alias) return noFix(`"${name}" may be a path alias: ${alias} mentions it under "paths"`);

  const inPackage = manifest.dir === '' ? file : file.slice(manifest.dir.length + 1);
  const dev = !importer.directory && isDevelopmentFile(inPackage);
  const section = dev ? 'devDependencies' : 'dependencies';
  const lock = await findLockfile(ctx.files, manifest.dir);

  // A version the repository already settled on.
  let version: string | undefined;
  let source = '';
  const ranges = new Map<string, string>();
  for (const other of await repositoryManifests(ctx.files)) {
    const d = declared(other.pkg, name);
    if (d && other.path !== manifest.path) ranges.set(d.range, other.path);
  }
  if (ranges.size === 1) {
    const [range, from] = [...ranges][0]!;
    version = range;
    source = `the range ${from} already declares`;
  } else if (lock) {
    const versions = lockfileVersions(lock.path, lock.text, name);
    if (versions.length === 1) {
      version = `^${versions[0]}`;
      source = `${lock.path} already resolves ${name} to ${versions[0]}`;
    }
  }
  const install = lock?.install ?? 'npm install';
  const addCommand = lock?.install.startsWith('pnpm')
    ? `pnpm add ${dev ? '-D ' : ''}${name}`
    : lock?.install.startsWith('yarn')
      ? `yarn add ${dev ? '-D ' : ''}${name}`
      : lock?.install.startsWith('bun')
        ? `bun add ${dev ? '-d ' : ''}${name}`
        : `npm install ${dev ? '--save-dev' : '--save'} ${name}`;
  const where = `${file} imports "${specifier}"${dev ? ' (a test, configuration or tooling file)' : ''}`;

  if (version === undefined) {
    const edited = addJsonEntry(
      manifest.text,
      section,
      name,
      'latest',
      section === 'dependencies' ? 'devDependencies' : undefined,
    );
    if (!edited.ok) return noFix(`${manifest.path}: ${edited.reason}`);
    const change = { path: manifest.path, before: manifest.text, after: edited.value };
    const problems = await suggestionProblems(change, undefined);
    if (problems.length > 0) return noFix(`the suggested change failed validation: ${problems.join('; ')}`);
    return {
      kind: 'suggestion',
      fixType: 'missing_dependency',
      title: `Declare ${name} in ${manifest.path}`,
      explanation:
        `${where}, but ${manifest.path} does not declare "${name}". No version of it appears in the repository ` +
        `(no other package.json declares it${lock ? ` and ${lock.path} does not resolve exactly one version` : ''}), ` +
        `so autoheal does not pick one. Run \`${addCommand}\` in ${manifest.dir === '' ? 'the repository root' : manifest.dir} ` +
        '(it writes the current version as a range and updates the lockfile), or apply this diff with the version you want in place of "latest". ' +
        `Verify the package name on npm first: nothing in the repository confirms "${name}", and a misspelt import can name a different, possibly malicious, package (typosquatting).`,
      diff: unifiedDiff([change]),
    };
  }
  const edited = addJsonEntry(
    manifest.text,
    section,
    name,
    version,
    section === 'dependencies' ? 'devDependencies' : undefined,
  );
  if (!edited.ok) return noFix(`${manifest.path}: ${edited.reason}`);
  const notes = [`The version ${version} is the one ${source}.`];
  if (lock)
    notes.push(
      `${lock.path} is not changed: run \`${install}\` on this branch to update it (a frozen-lockfile install fails until then).`,
    );
  return {
    kind: 'patch',
    fixType: 'missing_dependency',
    title: `Declare ${name} in ${section} of ${manifest.path}`,
    explanation: `${where}, but ${manifest.path} does not declare "${name}". This adds "${name}": "${version}" to ${section}.`,
    changes: [{ path: manifest.path, before: manifest.text, after: edited.value }],
    complete: lock === undefined,
    verify: `\`${install}\`, then the failing step again: "${specifier}" resolves`,
    notes,
  };
}
