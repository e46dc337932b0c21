/**
 * `pnpm release <version>`: one version for the whole repository, and every pin of our own actions
 * and reusable workflows rewritten to real commits. Three commits, because nothing can pin the
 * commit that contains it:
 *
 *   1. "release: vX.Y.Z" — the built dist/ of every action, the versions, the changelog.
 *   2. "release: pin actions to vX.Y.Z" — every `<repo>/actions/<name>@…` pin (reusable workflows,
 *      copy-in templates, READMEs) names commit 1, which holds each action's dist/.
 *   3. "release: pin workflows to vX.Y.Z" — every `<repo>/.github/workflows/<name>.yml@…` pin (the
 *      callers) names commit 2, whose reusable workflows already pin commit 1; the CLI bundle,
 *      which embeds the templates, is rebuilt here.
 *
 * `vX.Y.Z` is tagged on commit 3 and `vX` moved there. A release that leaves a zero-SHA placeholder
 * pin of ours anywhere stops before it commits the pins.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ownPinPattern, PLACEHOLDER_SHA, PUBLISHED_REPOSITORY } from './published.js';

const exec = promisify(execFile);

export interface ReleaseOptions {
  /** The repository's working tree (a git checkout with a clean tree). */
  readonly root: string;
  /** `X.Y.Z` (a leading `v` is accepted), with an optional `-prerelease`. */
  readonly version: string;
  /** Print what would change; commit, tag and build nothing. */
  readonly dryRun?: boolean;
  /** Make the three commits but leave the tags alone. */
  readonly tag?: boolean;
  /** The changelog date, `YYYY-MM-DD` (today, UTC, when omitted). */
  readonly date?: string;
  /** Builds every action's dist/ (and the CLI bundle) in `root`. */
  readonly build: (root: string) => Promise<void>;
  /** Rebuilds the CLI bundle after the pins changed, because it embeds the templates. */
  readonly rebuildCli?: (root: string) => Promise<void>;
  readonly log?: (line: string) => void;
  readonly repository?: string;
}

export interface ReleaseResult {
  readonly version: string;
  /** Commit 1, named by every action pin. */
  readonly distCommit?: string;
  /** Commit 2, named by every reusable-workflow pin. */
  readonly actionsPinCommit?: string;
  /** Commit 3, tagged. */
  readonly releaseCommit?: string;
  /** Files whose pins were (or, in a dry run, would be) rewritten, relative to root. */
  readonly pinnedFiles: readonly string[];
  readonly tags: readonly string[];
  readonly changelog: string;
}

export class ReleaseError extends Error {}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): { version: string; major: string } {
  const match = VERSION.exec(text.trim());
  if (!match) throw new ReleaseError(`"${text}" is not a version; give X.Y.Z, e.g. \`pnpm release 0.1.0\``);
  return { version: `${match[1]}.${match[2]}.${match[3]}${match[4] ?? ''}`, major: `v${match[1]}` };
}

async function git(root: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

async function subdirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The package.json files that carry the release's version: the root's, every package's and action's. */
async function manifests(root: string): Promise<string[]> {
  const found = ['package.json'];
  for (const parent of ['packages', 'actions'])
    for (const name of await subdirs(path.join(root, parent)))
      if (await exists(path.join(root, parent, name, 'package.json')))
        found.push(`${parent}/${name}/package.json`);
  return found;
}

/** The text with its top-level `"version"` set, formatting kept; the parsed result is checked. */
export function setVersion(text: string, version: string, file: string): string {
  const parsed = JSON.parse(text) as { version?: unknown };
  const next =
    parsed.version === undefined
      ? // No version yet (the root's): put it after the name, where npm writes it.
        text.replace(/^( {2}"name":\s*"[^"]*",\n)/m, `$1  "version": "${version}",\n`)
      : text.replace(/^(\s{2}"version":\s*")[^"]*(")/m, `$1${version}$2`);
  if ((JSON.parse(next) as { version?: unknown }).version !== version)
    throw new ReleaseError(`could not set the version in ${file}`);
  return next;
}

/** Where pins of ours may be written: templates, workflows and every README. */
async function pinFiles(root: string): Promise<string[]> {
  const listed = await git(root, 'ls-files', '--cached', '--others', '--exclude-standard');
  return listed
    .split('\n')
    .filter(
      (f) =>
        /^(?:workflows-templates\/.*|\.github\/workflows\/[^/]+)\.ya?ml$/.test(f) ||
        /(?:^|\/)(?:README|DEVELOPERS)\.md$/.test(f),
    )
    .filter((f) => !/(?:^|\/)(?:test|fixtures|node_modules|dist)\//.test(f));
}

type PinKind = 'actions' | 'workflows';

/** `text` with every pin of `kind` naming `sha`; `# vX.Y.Z` beside pins on `uses:` lines or that had one. */
export function rewritePins(
  text: string,
  kind: PinKind,
  sha: string,
  version: string,
  repository = PUBLISHED_REPOSITORY,
): string {
  return text.replace(ownPinPattern(repository), (match, target: string, _old: string, offset: number) => {
    if (kind === 'actions' ? !target.startsWith('actions/') : !target.startsWith('.github/')) return match;
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const onUses = /^\s*(?:-\s+)?uses:\s*$/.test(text.slice(lineStart, offset));
    const commented = match.includes('#');
    return `${repository}/${target}@${sha}${onUses || commented ? ` # v${version}` : ''}`;
  });
}

/** Files (relative) that still hold a placeholder pin of ours, outside tests. */
export async function placeholderPins(root: string, repository = PUBLISHED_REPOSITORY): Promise<string[]> {
  const listed = (await git(root, 'ls-files', '--cached', '--others', '--exclude-standard')).split('\n');
  const found: string[] = [];
  const pattern = ownPinPattern(repository);
  for (const file of listed) {
    if (file === '' || /(?:^|\/)(?:test|fixtures|node_modules)\//.test(file)) continue;
    if (!/\.(?:ya?ml|md|json|js|ts)$/.test(file)) continue;
    const text = await readFile(path.join(root, file), 'utf8').catch(() => '');
    for (const match of text.matchAll(pattern))
      if (match[2] === PLACEHOLDER_SHA) {
        found.push(file);
        break;
      }
  }
  return found;
}

async function rewriteAll(
  root: string,
  kind: PinKind,
  sha: string,
  version: string,
  repository: string,
  write: boolean,
): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await pinFiles(root)) {
    const full = path.join(root, file);
    const text = await readFile(full, 'utf8');
    const next = rewritePins(text, kind, sha, version, repository);
    if (next === text) continue;
    changed.push(file);
    if (write) await writeFile(full, next);
  }
  return changed;
}

/** The section prepended to CHANGELOG.md: the commits since the last release tag. */
async function changelogSection(root: string, version: string, date: string): Promise<string> {
  const previous = await git(
    root,
    'describe',
    '--tags',
    '--abbrev=0',
    '--match',
    'v[0-9]*.[0-9]*.[0-9]*',
  ).catch(() => '');
  const range = previous === '' ? ['HEAD'] : [`${previous}..HEAD`];
  const subjects = (await git(root, 'log', '--no-merges', '--format=%s', ...range))
    .split('\n')
    .filter((s) => s.trim() !== '' && !/^release: /.test(s));
  const lines = subjects.map((s) => `- ${s.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))}`);
  const since = previous === '' ? 'First release.' : `Changes since ${previous}:`;
  return `## v${version} (${date})\n\n${since}\n\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}\n`;
}

function prependChangelog(existing: string, section: string): string {
  const title = '# Changelog\n\n';
  const body = existing.startsWith(title) ? existing.slice(title.length) : existing;
  return `${title}${section}${body}`;
}

export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const { root } = options;
  const log = options.log ?? (() => {});
  const repository = options.repository ?? PUBLISHED_REPOSITORY;
  const { version, major } = parseVersion(options.version);
  const tag = `v${version}`;
  const date = options.date ?? new Date().toISOString().slice(0, 10);

  const dirty = await git(root, 'status', '--porcelain');
  if (dirty !== '' && !options.dryRun)
    throw new ReleaseError(`the working tree has changes; commit or stash them first:\n${dirty}`);
  if ((await git(root, 'tag', '--list', tag)) !== '')
    throw new ReleaseError(`the tag ${tag} exists already; release another version`);

  const section = await changelogSection(root, version, date);
  const files = await manifests(root);

  if (options.dryRun) {
    const pinned = [
      ...new Set([
        ...(await rewriteAll(root, 'actions', 'f'.repeat(40), version, repository, false)),
        ...(await rewriteAll(root, 'workflows', 'f'.repeat(40), version, repository, false)),
      ]),
    ].sort();
    log(`release ${tag} (dry run: nothing is built, committed or tagged)`);
    log(`version ${version} in: ${files.join(', ')}`);
    log(`pins to rewrite in: ${pinned.join(', ') || 'no file'}`);
    log(`tags: ${options.tag === false ? 'none (--no-tag)' : `${tag}, ${major} (moved)`}`);
    log(`CHANGELOG.md gets:\n${section}`);
    return { version, pinnedFiles: pinned, tags: [], changelog: section };
  }

  log(`building dist/ for ${tag}`);
  await options.build(root);
  for (const file of files) {
    const full = path.join(root, file);
    await writeFile(full, setVersion(await readFile(full, 'utf8'), version, file));
  }
  const changelogFile = path.join(root, 'CHANGELOG.md');
  const existing = await readFile(changelogFile, 'utf8').catch(() => '');
  await writeFile(changelogFile, prependChangelog(existing, section));
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '--message', `release: ${tag}`);
  const distCommit = await git(root, 'rev-parse', 'HEAD');
  log(`${distCommit.slice(0, 12)} release: ${tag}`);

  const actionPins = await rewriteAll(root, 'actions', distCommit, version, repository, true);
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '--allow-empty', '--message', `release: pin actions to ${tag}`);
  const actionsPinCommit = await git(root, 'rev-parse', 'HEAD');
  log(`${actionsPinCommit.slice(0, 12)} release: pin actions to ${tag} (${actionPins.length} file(s))`);

  const workflowPins = await rewriteAll(root, 'workflows', actionsPinCommit, version, repository, true);
  if (options.rebuildCli) await options.rebuildCli(root);
  const left = await placeholderPins(root, repository);
  if (left.length > 0)
    throw new ReleaseError(
      `placeholder pins (@${PLACEHOLDER_SHA}) remain in ${left.join(', ')}; the pins are not committed (reset with \`git reset --hard HEAD\`; commits 1 and 2 stay for you to inspect or drop)`,
    );
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '--allow-empty', '--message', `release: pin workflows to ${tag}`);
  const releaseCommit = await git(root, 'rev-parse', 'HEAD');
  log(`${releaseCommit.slice(0, 12)} release: pin workflows to ${tag} (${workflowPins.length} file(s))`);

  const tags: string[] = [];
  if (options.tag !== false) {
    await git(root, 'tag', '--annotate', tag, '--message', `autoheal ${tag}`, releaseCommit);
    await git(root, 'tag', '--force', '--annotate', major, '--message', `autoheal ${tag}`, releaseCommit);
    tags.push(tag, major);
    log(`tagged ${tag} and moved ${major} to ${releaseCommit.slice(0, 12)}`);
  }
  return {
    version,
    distCommit,
    actionsPinCommit,
    releaseCommit,
    pinnedFiles: [...new Set([...actionPins, ...workflowPins])].sort(),
    tags,
    changelog: section,
  };
}
