/**
 * What `autoheal init --with …` can write: one row per choice. The only place that maps a choice
 * to its source and destination, so pointing init at other sources (e.g. short callers of
 * reusable workflows) is a change to this table.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../paths.js';

export interface WorkflowChoice {
  /** The name given to --with. */
  name: string;
  /** The file under the templates folder that is copied: a short caller of our reusable workflow (copy-in variants are in full/). */
  template: string;
  /** Where it goes in the target repository. */
  file: string;
  /** It opens pull requests with GITHUB_TOKEN, which needs the repository setting that allows it. */
  opensPullRequests: boolean;
}

export const WORKFLOW_CHOICES: readonly WorkflowChoice[] = [
  {
    name: 'heal',
    template: 'auto-heal.yml',
    file: '.github/workflows/auto-heal.yml',
    opensPullRequests: true,
  },
  {
    name: 'pr-review',
    template: 'pr-review.yml',
    file: '.github/workflows/pr-review.yml',
    opensPullRequests: false,
  },
  {
    name: 'issue-to-draft-pr',
    template: 'issue-to-draft-pr.yml',
    file: '.github/workflows/issue-to-draft-pr.yml',
    opensPullRequests: true,
  },
  {
    name: 'stale-drafts',
    template: 'stale-drafts.yml',
    file: '.github/workflows/stale-drafts.yml',
    opensPullRequests: false,
  },
  {
    name: 'health-check',
    template: 'health-check.yml',
    file: '.github/workflows/health-check.yml',
    opensPullRequests: false,
  },
  {
    name: 'update-workflow-list',
    template: 'update-workflow-list.yml',
    file: '.github/workflows/update-workflow-list.yml',
    opensPullRequests: true,
  },
];

export const DEFAULT_CHOICES = ['heal', 'update-workflow-list'] as const;

/** The workflow whose `on.workflow_run.workflows` list init fills in (update-workflow-list's default target). */
export const HEAL_CHOICE = 'heal';

/**
 * The templates folder: beside the bundle (`dist/templates`, copied there by the build, so the
 * bundle works outside this repository), else the repository's `workflows-templates/`.
 */
export function templatesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'templates');
  return existsSync(beside) ? beside : path.join(REPO_ROOT, 'workflows-templates');
}
