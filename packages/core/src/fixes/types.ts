import type { Finding } from '../analyzer/analyze.js';
import type { FixType } from '../config/fix-types.js';

/**
 * Read access to the repository the failure happened in: a checkout on disk or the contents API.
 * Paths are repository-relative with `/` separators and no leading `./` (`''` is the root).
 */
export interface RepoFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Names of the entries directly in `dir` (not paths); directories end with `/`. Empty when `dir` does not exist. */
  list(dir: string): Promise<string[]>;
}

/**
 * Checks a workflow file the way GitHub will (the action passes `@actions/workflow-parser`);
 * resolves to the problems found, empty when the file is valid.
 */
export type WorkflowValidator = (text: string, path: string) => Promise<string[]>;

export interface FixConfig {
  /** New timeout = ceil(old × factor); above 1. */
  timeoutFactor: number;
  /** Never raise a timeout above this many minutes. */
  timeoutMaxMinutes: number;
  /** The command that fixes lint failures (`pnpm lint --fix`); without it no lint fix is planned. */
  lintCommand?: string;
}

export interface FixContext {
  finding: Finding;
  /** The workflow file of the failed run (`.github/workflows/ci.yml`). */
  workflowPath?: string;
  /** The job as GitHub shows it (`build (ubuntu-latest, 18)`). */
  jobName?: string;
  /** The failing step as GitHub shows it; defaults to the finding's step. */
  stepName?: string;
  files: RepoFiles;
  config: FixConfig;
  validateWorkflow?: WorkflowValidator;
}

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

/** Failures that get advice with a diff to apply by hand, never a pull request. */
export type SuggestionType = FixType | 'permission_denied' | 'missing_secret' | 'workflow_syntax';

/** Edits to files, validated, ready to commit on a branch. */
export interface PatchFix {
  kind: 'patch';
  fixType: FixType;
  title: string;
  explanation: string;
  changes: FileChange[];
  /** False when the patch needs a follow-up the notes describe (a lockfile to regenerate). */
  complete: boolean;
  /** A command that shows the fix works, for the PR body. */
  verify: string;
  notes: string[];
}

/** A change for a person to make: it needs a decision or a setting only they can make. */
export interface SuggestionFix {
  kind: 'suggestion';
  fixType: SuggestionType;
  title: string;
  explanation: string;
  /** A unified diff to apply by hand; empty when the change is outside the repository (a secret). */
  diff: string;
}

/**
 * A command to run in an unprivileged job on a checkout; its diff is checked with
 * `validateLintDiff` before a privileged job commits it.
 */
export interface CommandFix {
  kind: 'command';
  fixType: 'lint_failure';
  title: string;
  explanation: string;
  command: string;
  verify: string;
  notes: string[];
}

export interface NoFix {
  kind: 'none';
  reason: string;
}

export type FixResult = PatchFix | SuggestionFix | CommandFix | NoFix;

export function noFix(reason: string): NoFix {
  return { kind: 'none', reason };
}
