/**
 * A lint fix in the privileged job: the lint job's `git diff` passes core's `validateLintDiff`
 * (only text edits to files `fixes.lint-paths` allows, never workflows, `.git`, symlinks, renames
 * or modes, within a size cap), then is applied to the files as they are on the
 * base branch. Anything that does not pass or does not apply is refused whole.
 */
import { validateLintDiff } from '@autoheal/core/fixes/lint-diff';
import type { FileChange, RepoFiles } from '@autoheal/core/fixes/types';
import { applyHunks, parsePatch } from './patch-apply.js';

export type LintChanges = { ok: true; changes: FileChange[] } | { ok: false; problem: string };

export async function lintChanges(
  files: RepoFiles,
  lint: { diff: string; touchedFiles?: readonly string[] },
  maxBytes: number,
  allowedPath?: (path: string) => boolean,
): Promise<LintChanges> {
  if (lint.diff.trim() === '') return { ok: false, problem: 'the lint command changed nothing' };
  const check = validateLintDiff(lint.diff, {
    ...(lint.touchedFiles ? { touchedFiles: lint.touchedFiles } : {}),
    ...(allowedPath ? { allowedPath } : {}),
    maxBytes,
  });
  if (!check.ok)
    return { ok: false, problem: `the lint diff was refused: ${check.problems.slice(0, 5).join('; ')}` };
  let patches: ReturnType<typeof parsePatch>;
  try {
    patches = parsePatch(lint.diff);
  } catch (error) {
    return { ok: false, problem: `the lint diff could not be read: ${(error as Error).message}` };
  }
  // The files applied must be exactly the files validated: a reader that split the diff otherwise
  // than the validator would apply hunks to a file nobody checked.
  const parsed = patches.map((p) => p.path);
  if (parsed.length !== check.files.length || parsed.some((p, i) => p !== check.files[i]))
    return { ok: false, problem: 'the lint diff reads as other files than the ones it was checked for' };
  const changes: FileChange[] = [];
  for (const patch of patches) {
    const before = await files.read(patch.path);
    if (before === undefined) return { ok: false, problem: `${patch.path} is not on the base branch` };
    const applied = applyHunks(before, patch.hunks);
    if (!applied.ok) return { ok: false, problem: `${patch.path}: ${applied.reason} on the base branch` };
    if (applied.text !== before) changes.push({ path: patch.path, before, after: applied.text });
  }
  if (changes.length === 0) return { ok: false, problem: 'the lint diff changes nothing on the base branch' };
  return { ok: true, changes };
}
