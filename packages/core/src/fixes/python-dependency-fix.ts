/**
 * `missing_dependency` for Python: add the distribution providing a module to the requirements
 * file (or `[project] dependencies`) the failing job installs. No version is written: a bare
 * requirement installs the newest release, as `pip install <name>` would.
 */
import { isScalar, type YAMLMap } from 'yaml';
import { addProjectDependency, projectDependencies, pyprojectLists } from './pyproject-edit.js';
import {
  ADDED_TO_STDLIB,
  distributionFor,
  isKnownDistribution,
  normalizeDistribution,
  PYTHON_STDLIB,
  REMOVED_FROM_STDLIB,
} from './python-modules.js';
import { addRequirement, generatedBy, includedFiles, listsDistribution } from './requirements-edit.js';
import { dirname, joinPath, relativePath, repoPath } from './runner-paths.js';
import { type FixContext, type FixResult, noFix, type RepoFiles } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { loadJob } from './workflow-context.js';
import { ownValue, scalarText } from './workflow-model.js';

/** The file whose import failed: the innermost traceback frame, or pytest's test module. */
export function pythonImporter(lines: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const line of lines) {
    const frame = /^\s*File "([^"]+\.py)", line \d+/.exec(line);
    if (frame) found = frame[1]!;
    const pytest = /ImportError while importing test module '([^']+\.py)'/.exec(line);
    if (pytest) found = pytest[1]!;
    const short = /^(\S+\.py):\d+: in \S+/.exec(line);
    if (short) found = short[1]!;
    if (/(?:ModuleNotFoundError|ImportError): No module named/.test(line) && found) return found;
  }
  return found;
}

function isTestFile(path: string): boolean {
  const parts = path.split('/');
  const file = parts[parts.length - 1]!;
  return (
    parts.slice(0, -1).some((d) => /^(?:tests?|testing)$/.test(d)) ||
    /^test_.*\.py$|_test\.py$|^conftest\.py$/.test(file)
  );
}

const DEVISH = /(?:^|[/_-])(?:dev|develop|development|tests?|testing|ci|lint|docs)(?:[._-]|$)/;

/** Requirement files the job's `pip install` commands read, includes followed; `pyproject.toml` for `pip install .`. */
async function installedByJob(ctx: FixContext): Promise<string[] | undefined> {
  const loaded = await loadJob(ctx);
  if (!loaded.ok) return undefined;
  const steps = loaded.value.workflow.steps(loaded.value.job);
  if (!steps.ok) return undefined;
  const found: string[] = [];
  for (const step of steps.value) {
    const run = scalarText(ownValue(step, 'run'));
    if (run === undefined) continue;
    const dir = workingDirectory(step);
    for (const command of run.split(/\r?\n|&&|;/)) {
      if (!/\bpip3?\s+install\b|\bpython3?\s+-m\s+pip\s+install\b|\buv\s+pip\s+install\b/.test(command))
        continue;
      for (const m of command.matchAll(/(?:^|\s)(?:-r|--requirement)(?:\s+|=)?(\S+)/g)) {
        const path = relativePath(joinPath(dir, m[1]!.replace(/^["']|["']$/g, '')));
        if (path) found.push(path);
      }
      if (/\binstall\s+(?:[^|]*\s)?(?:-e\s+)?["']?\.(?:\[[^\]]*\])?["']?(?:\s|$)/.test(command))
        found.push(joinPath(dir, 'pyproject.toml'));
    }
  }
  const out: string[] = [];
  const visit = async (path: string, depth: number): Promise<void> => {
    if (out.includes(path) || depth > 5) return;
    const text = await ctx.files.read(path);
    if (text === undefined) return;
    out.push(path);
    if (path.endsWith('.toml')) return;
    for (const inc of includedFiles(text)) {
      const p = relativePath(joinPath(dirname(path), inc));
      if (p) await visit(p, depth + 1);
    }
  };
  for (const path of found) await visit(path, 0);
  return out;
}

function workingDirectory(step: YAMLMap): string {
  const wd = ownValue(step, 'working-directory');
  const text = isScalar(wd) ? scalarText(wd) : undefined;
  return text && !text.includes('${{') ? (relativePath(text) ?? '') : '';
}

/** Requirement files by the usual names, and pyproject.toml when it has `[project] dependencies`. */
async function layoutCandidates(files: RepoFiles): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await files.list('')) {
    if (/^(?:requirements(?:[-_][\w-]+)?|[\w-]+[-_]requirements)\.txt$/.test(entry)) out.push(entry);
  }
  for (const entry of await files.list('requirements'))
    if (/^[\w.-]+\.txt$/.test(entry)) out.push(`requirements/${entry}`);
  const pyproject = await files.read('pyproject.toml');
  if (pyproject !== undefined) {
    try {
      if (projectDependencies(pyproject)) out.push('pyproject.toml');
    } catch {
      // An array autoheal cannot read is not a candidate.
    }
  }
  return out;
}

/** A module or package of the repository itself named `top`, if there is one. */
async function ownModule(
  files: RepoFiles,
  top: string,
  importerDir: string | undefined,
): Promise<string | undefined> {
  const dirs = ['', 'src', ...(importerDir !== undefined ? [importerDir] : [])];
  for (const dir of [...new Set(dirs)]) {
    const entries = await files.list(dir);
    if (entries.includes(`${top}/`)) return joinPath(dir, `${top}/`);
    if (entries.includes(`${top}.py`)) return joinPath(dir, `${top}.py`);
  }
  return undefined;
}

/** Manifests and lockfiles that name Python distributions, besides the requirement files considered for the edit. */
const PYTHON_MANIFEST =
  /^(?:[\w.-]*(?:requirements|constraints)[\w.-]*\.(?:txt|in)|setup\.py|setup\.cfg|pyproject\.toml|Pipfile|Pipfile\.lock|poetry\.lock|uv\.lock|pdm\.lock|pylock(?:\.[\w-]+)?\.toml|environment\.ya?ml|tox\.ini)$/;

/** Whether `text` names the distribution as a dependency token (PEP 503 names compared; comments left out). */
function namesDistribution(text: string, name: string): boolean {
  const want = normalizeDistribution(name);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#.*$/, '');
    for (const m of line.matchAll(/(?<![\w.-])([A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?)(?![\w.-])/g))
      if (normalizeDistribution(m[1]!) === want) return true;
  }
  return false;
}

/**
 * A manifest or lockfile of the repository that already names the distribution: the repository's
 * own word that the name is right (a name taken from a log alone may be a typo someone registered).
 */
export async function namedByRepository(files: RepoFiles, name: string): Promise<string | undefined> {
  for (const dir of ['', 'requirements', 'docs', 'ci']) {
    for (const entry of await files.list(dir)) {
      if (entry.endsWith('/') || !PYTHON_MANIFEST.test(entry)) continue;
      const path = dir === '' ? entry : `${dir}/${entry}`;
      const text = await files.read(path);
      if (text !== undefined && text.length <= 2_000_000 && namesDistribution(text, name)) return path;
    }
  }
  return undefined;
}

export async function fixPythonDependency(ctx: FixContext, module: string): Promise<FixResult> {
  if (module.startsWith('.') || module === '') return noFix(`"${module}" is a relative import`);
  const top = module.split('.')[0]!;
  if (PYTHON_STDLIB.has(top)) {
    const removed = REMOVED_FROM_STDLIB[top];
    const added = ADDED_TO_STDLIB[top];
    if (removed)
      return noFix(
        `"${top}" was removed from Python's standard library in ${removed}: the job runs a newer Python than the code supports`,
      );
    if (added)
      return noFix(`"${top}" is in Python's standard library from ${added}: the job runs an older Python`);
    return noFix(
      `"${top}" is part of Python's standard library; its absence means a broken Python, not a missing requirement`,
    );
  }
  const lines = [...ctx.finding.excerpt.map((l) => l.text), ctx.finding.keyLine];
  // pytest's collection error names the test module when no traceback frame is shown.
  const printed = pythonImporter(lines) ?? ctx.finding.facts?.file;
  if (printed && /[\\/](?:site|dist)-packages[\\/]/.test(printed))
    return noFix(
      `"${module}" is imported by an installed package (${printed}): a dependency's own dependency is missing`,
    );
  const importer = printed === undefined ? undefined : (repoPath(printed) ?? relativePath(printed));
  const own = await ownModule(ctx.files, top, importer === undefined ? undefined : dirname(importer));
  if (own)
    return noFix(
      `"${top}" is the repository's own module (${own}): it is not on the import path, not a missing requirement`,
    );
  const dist = distributionFor(module);
  if (!dist)
    return noFix(
      `"${module}" is in a namespace many distributions share; the import alone does not say which one`,
    );

  const installed = await installedByJob(ctx);
  const layout = await layoutCandidates(ctx.files);
  const everything = [...new Set([...(installed ?? []), ...layout])];
  for (const path of everything) {
    const text = (await ctx.files.read(path)) ?? '';
    if (path.endsWith('.toml') ? pyprojectLists(text, dist.name) : listsDistribution(text, dist.name))
      return noFix(
        `${dist.name} is already listed in ${path}; the failing job does not install it${installed?.length ? ` (it installs ${installed.join(', ')})` : ''}`,
      );
  }
  if (everything.length === 0) {
    const [pipfile, poetry, setup] = await Promise.all([
      ctx.files.read('Pipfile'),
      ctx.files.read('pyproject.toml'),
      ctx.files.read('setup.py'),
    ]);
    if (pipfile !== undefined) return noFix(`the project uses Pipenv: run \`pipenv install ${dist.name}\``);
    if (poetry?.includes('[tool.poetry.dependencies]'))
      return noFix(
        `the project declares dependencies with Poetry: run \`poetry add ${dist.name}\` (it picks a version constraint and updates poetry.lock)`,
      );
    if (setup !== undefined)
      return noFix(`the project declares dependencies in setup.py, which autoheal does not edit`);
    return noFix('the repository has no requirements file or [project] dependencies to add to');
  }

  const pool = installed && installed.length > 0 ? installed : layout;
  const wantDev = importer !== undefined && isTestFile(importer);
  const devFiles = pool.filter((p) => DEVISH.test(p));
  const mainFiles = pool.filter((p) => !DEVISH.test(p));
  const target =
    wantDev && devFiles.length === 1
      ? devFiles[0]!
      : mainFiles.length === 1
        ? mainFiles[0]!
        : pool.length === 1
          ? pool[0]!
          : undefined;
  if (target === undefined)
    return noFix(`several files could take ${dist.name} (${pool.join(', ')}) and nothing says which`);
  const text = await ctx.files.read(target);
  if (text === undefined) return noFix(`${target} is not in the repository`);
  const generator = target.endsWith('.txt') ? generatedBy(text) : undefined;
  if (generator)
    return noFix(`${target} is generated by ${generator}: add ${dist.name} to its source and regenerate it`);
  const edited = target.endsWith('.toml')
    ? addProjectDependency(text, dist.name)
    : addRequirement(text, dist.name);
  if (!edited.ok) return noFix(`${target}: ${edited.reason}`);

  const why = installed?.includes(target)
    ? `the job installs ${target}`
    : `${target} is the project's requirements file`;
  const change = { path: target, before: text, after: edited.value };
  // A name the log gave and nothing confirms is never pushed: a typo (`import reqeusts`) can be a
  // package someone registered to be installed by mistake.
  const namedBy = isKnownDistribution(dist) ? undefined : await namedByRepository(ctx.files, dist.name);
  if (!isKnownDistribution(dist) && namedBy === undefined)
    return {
      kind: 'suggestion',
      fixType: 'missing_dependency',
      title: `Verify the package name, then add ${dist.name} to ${target}`,
      explanation:
        `${importer ?? 'The code'} imports "${module}", which no installed distribution provides. autoheal assumes the ` +
        `distribution is named like the module ("${dist.name}"), but neither its table of import names nor any ` +
        `manifest or lockfile of the repository confirms that name, so it opens no pull request. Verify the package ` +
        `name on PyPI before adding it: a misspelt import can name a different, possibly malicious, package ` +
        `(typosquatting). If it is right, ${why}, and this diff adds it there.`,
      diff: unifiedDiff([change]),
    };

  const notes: string[] = [];
  if (namedBy !== undefined)
    notes.push(`The name ${dist.name} is confirmed by ${namedBy}, which already names it.`);
  notes.push('No version is pinned: pin one if the file pins the others.');
  return {
    kind: 'patch',
    fixType: 'missing_dependency',
    title: `Add ${dist.name} to ${target}`,
    explanation:
      `${importer ?? 'The code'} imports "${module}", which no installed distribution provides. ` +
      `${dist.name} provides it${dist.mapped ? ` (the import name and the distribution name differ)` : ''}; ${why}, so this adds it there.`,
    changes: [change],
    complete: true,
    verify: target.endsWith('.toml')
      ? `pip install . && python -c "import ${module}"`
      : `pip install -r ${target} && python -c "import ${module}"`,
    notes,
  };
}
