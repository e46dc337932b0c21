/**
 * A pull request's size: the lines it adds and deletes, over the files a reviewer actually reads.
 * Lockfiles, generated files (`linguist-generated` in `.gitattributes`), vendored code and the
 * globs a repository names are left out, each with its reason, and the count becomes one label
 * of `size/XS … size/XXL` at the configured thresholds.
 */

import { globMatcher } from '../config/globs.js';
import { type GitAttributes, linguistOverrides } from './gitattributes.js';

export const DEFAULT_SIZE_THRESHOLDS: readonly number[] = [10, 30, 100, 500, 1000];
export const DEFAULT_SIZE_LABEL_PREFIX = 'size/';

/** Size names, smallest first; n thresholds use the first n + 1 (the schema allows up to 10). */
export const SIZE_NAMES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', '4XL', '5XL', '6XL', '7XL'] as const;

/** GitHub lists at most this many files of a pull request (REST "List pull requests files"). */
export const GITHUB_PR_FILES_CAP = 3000;

/**
 * Lockfiles by file name: written by package managers, reviewed by nobody line by line. (Linguist
 * also treats these as generated.)
 */
export const LOCKFILE_NAMES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'Cargo.lock',
  'Gemfile.lock',
  'gems.locked',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'composer.lock',
  'go.sum',
  'go.work.sum',
  'Podfile.lock',
  'Package.resolved',
  'pubspec.lock',
  'mix.lock',
  'flake.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'conan.lock',
  'vcpkg-lock.json',
  'Manifest.toml',
  'paket.lock',
  'shard.lock',
  'rebar.lock',
  'cabal.project.freeze',
  'stack.yaml.lock',
  'MODULE.bazel.lock',
]);

/** Third-party code copied into a repository, by directory (a subset of Linguist's vendor list). */
export const DEFAULT_VENDORED_GLOBS: readonly string[] = [
  '**/node_modules/**',
  '**/bower_components/**',
  'vendor/**',
  '**/vendor/**',
  'third_party/**',
  '**/third_party/**',
  'third-party/**',
  '**/third-party/**',
  '**/Godeps/_workspace/**',
  '**/Carthage/Build/**',
  '**/Pods/**',
];

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isLockfile(path: string): boolean {
  return LOCKFILE_NAMES.has(baseName(path));
}

/** A file of a pull request, as "List pull requests files" gives it. */
export interface ChangedFile {
  path: string;
  /** The old path of a renamed file. */
  previousPath?: string;
  status: string;
  additions: number;
  deletions: number;
}

export type IgnoreReason = 'lockfile' | 'generated' | 'vendored' | 'configured';

export interface IgnoredFile {
  file: ChangedFile;
  reason: IgnoreReason;
}

export interface SizeOptions {
  /** Ascending changed-line counts separating the sizes (default 10/30/100/500/1000). */
  thresholds?: readonly number[];
  /** Label prefix (default `size/`). */
  labelPrefix?: string;
  /** The repository's root `.gitattributes`, for linguist-generated and linguist-vendored. */
  attributes?: GitAttributes;
  /** Globs of files to leave out (minimatch, a later `!glob` brings files back). */
  ignore?: readonly string[];
  /** How many files the pull request changes (its `changed_files`), to notice GitHub's file cap. */
  totalFiles?: number;
}

export interface SizeResult {
  /** Changed lines counted (additions + deletions of counted files). */
  lines: number;
  counted: ChangedFile[];
  ignored: IgnoredFile[];
  /** Index into the size names. */
  index: number;
  /** `XS` … `XXL`. */
  name: string;
  /** `size/XS` … */
  label: string;
  /** Every label this configuration could give, smallest first: the only labels it replaces. */
  allLabels: string[];
  /** True when GitHub did not list every file, so the size is the largest without counting. */
  capped: boolean;
  /** Said in the summary when `capped`. */
  note?: string;
}

export function checkThresholds(thresholds: readonly number[]): void {
  if (thresholds.length < 1 || thresholds.length > SIZE_NAMES.length - 1)
    throw new RangeError(
      `size thresholds: give 1 to ${SIZE_NAMES.length - 1} numbers, got ${thresholds.length}`,
    );
  thresholds.forEach((n, i) => {
    if (!Number.isSafeInteger(n) || n < 1)
      throw new RangeError(`size thresholds: ${n} is not a whole number ≥ 1`);
    if (i > 0 && n <= thresholds[i - 1]!)
      throw new RangeError(`size thresholds must be strictly ascending; got [${thresholds.join(', ')}]`);
  });
}

export function sizeLabels(thresholds: readonly number[], prefix = DEFAULT_SIZE_LABEL_PREFIX): string[] {
  return SIZE_NAMES.slice(0, thresholds.length + 1).map((name) => `${prefix}${name}`);
}

/** Below the first threshold is the smallest size; at or above the last, the largest. */
export function sizeIndex(lines: number, thresholds: readonly number[]): number {
  const i = thresholds.findIndex((t) => lines < t);
  return i < 0 ? thresholds.length : i;
}

/** Why a file is left out of the size, or undefined when it counts. */
export function ignoreReason(
  path: string,
  options: { attributes?: GitAttributes; ignore?: (path: string) => boolean },
): IgnoreReason | undefined {
  const linguist = options.attributes ? linguistOverrides(options.attributes, path) : undefined;
  if (linguist?.generated === true) return 'generated';
  // `-linguist-generated` on a lockfile says the repository wants it read, so it counts.
  if (isLockfile(path) && linguist?.generated !== false) return 'lockfile';
  if (linguist?.vendored === true) return 'vendored';
  if (linguist?.vendored !== false && defaultVendored(path)) return 'vendored';
  if (options.ignore?.(path)) return 'configured';
  return undefined;
}

const defaultVendored = globMatcher(DEFAULT_VENDORED_GLOBS);

export function measureSize(files: readonly ChangedFile[], options: SizeOptions = {}): SizeResult {
  const thresholds = options.thresholds ?? DEFAULT_SIZE_THRESHOLDS;
  checkThresholds(thresholds);
  const prefix = options.labelPrefix ?? DEFAULT_SIZE_LABEL_PREFIX;
  const allLabels = sizeLabels(thresholds, prefix);
  const ignore = options.ignore && options.ignore.length > 0 ? globMatcher(options.ignore) : undefined;
  const counted: ChangedFile[] = [];
  const ignored: IgnoredFile[] = [];
  let lines = 0;
  for (const file of files) {
    const reason = ignoreReason(file.path, {
      ...(options.attributes ? { attributes: options.attributes } : {}),
      ...(ignore ? { ignore } : {}),
    });
    if (reason !== undefined) ignored.push({ file, reason });
    else {
      counted.push(file);
      lines += file.additions + file.deletions;
    }
  }
  const total = options.totalFiles ?? files.length;
  // Without the pull request's own count, a full page of 3,000 files is taken as GitHub's cap.
  const capped =
    options.totalFiles !== undefined ? total > files.length : files.length >= GITHUB_PR_FILES_CAP;
  const index = capped ? thresholds.length : sizeIndex(lines, thresholds);
  const result: SizeResult = {
    lines,
    counted,
    ignored,
    index,
    name: SIZE_NAMES[index]!,
    label: allLabels[index]!,
    allLabels,
    capped,
  };
  if (capped)
    result.note =
      `GitHub lists at most ${GITHUB_PR_FILES_CAP.toLocaleString('en-US')} files of a pull request and this one changes ` +
      `${total.toLocaleString('en-US')}, so not every file could be counted; it is labelled ${result.label}, the largest size.`;
  return result;
}
