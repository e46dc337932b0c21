/**
 * Which workflows the auto-heal workflow should watch. Left out, in this order:
 * - the auto-heal workflow itself (a workflow_run workflow watching itself would loop);
 * - workflows that run autoheal's analyze-failure: they are autoheal's own analysis, and watching
 *   them would diagnose autoheal with autoheal, failure after failure;
 * - workflows triggered only by `workflow_call`: they run inside their callers' runs, never as
 *   runs of their own, so `workflow_run` never fires for them (their callers are watched instead);
 * - workflows `.github/autoheal.yml` does not watch (`workflows.watch`) or excludes
 *   (`workflows.exclude`), and those the `exclude` input matches. Globs match the workflow's
 *   name or its file path, as the config documents.
 */
import { globMatcher } from '@autoheal/core/config/globs';
import type { WorkflowsConfig } from '@autoheal/core/config/schema';
import { escapeWorkflowName } from './glob-escape.js';
import type { WorkflowInfo } from './workflow-info.js';

export type LeftOutReason =
  | 'the workflow being updated'
  | 'runs autoheal analyze-failure'
  | 'only runs when called (workflow_call)'
  | 'not matched by workflows.watch'
  | 'matched by workflows.exclude'
  | 'matched by the exclude input';

export interface LeftOut {
  workflow: WorkflowInfo;
  reason: LeftOutReason;
}

/** One entry of the list: a name, its pattern, and every file that has that name. */
export interface ListEntry {
  name: string;
  pattern: string;
  files: string[];
}

export interface Selection {
  /** Sorted by name, each name once. */
  entries: ListEntry[];
  leftOut: LeftOut[];
}

export interface SelectionRules {
  /** Path from the repository root of the workflow whose list is being updated. */
  targetFile: string;
  config: WorkflowsConfig;
  /** Globs from the `exclude` input. */
  exclude: readonly string[];
}

/** Name order that reads naturally (case-insensitive) yet never depends on the runner's locale. */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

type Matcher = (workflow: WorkflowInfo) => boolean;

function reasonToLeaveOut(
  workflow: WorkflowInfo,
  rules: SelectionRules,
  matchers: { watch: Matcher; configExclude: Matcher; inputExclude: Matcher },
): LeftOutReason | undefined {
  if (workflow.file === rules.targetFile) return 'the workflow being updated';
  if (workflow.runsAnalyzeFailure) return 'runs autoheal analyze-failure';
  if (workflow.events.size === 1 && workflow.events.has('workflow_call'))
    return 'only runs when called (workflow_call)';
  if (!matchers.watch(workflow)) return 'not matched by workflows.watch';
  if (matchers.configExclude(workflow)) return 'matched by workflows.exclude';
  if (matchers.inputExclude(workflow)) return 'matched by the exclude input';
  return undefined;
}

/**
 * A glob list in order, as config globs apply: a glob matches a workflow when it matches its name
 * or its path, and a later `!glob` takes back what earlier globs matched — by name or by path, so
 * `['**', '!Docs']` leaves out the workflow named Docs although `**` matches its path too.
 */
function matcher(globs: readonly string[]): Matcher {
  const compiled = globs.map((glob) => {
    const negated = glob.startsWith('!');
    return { negated, matches: globMatcher([negated ? glob.slice(1) : glob]) };
  });
  return (workflow) => {
    let included = false;
    for (const { negated, matches } of compiled)
      if (included === negated && (matches(workflow.name) || matches(workflow.file))) included = !negated;
    return included;
  };
}

export function selectWorkflows(workflows: readonly WorkflowInfo[], rules: SelectionRules): Selection {
  const matchers = {
    watch: matcher(rules.config.watch),
    configExclude: matcher(rules.config.exclude),
    inputExclude: matcher(rules.exclude),
  };
  const byName = new Map<string, ListEntry>();
  const leftOut: LeftOut[] = [];
  for (const workflow of workflows) {
    const reason = reasonToLeaveOut(workflow, rules, matchers);
    if (reason !== undefined) {
      leftOut.push({ workflow, reason });
      continue;
    }
    // GitHub allows two workflows with one name; one entry matches both.
    const known = byName.get(workflow.name);
    if (known) known.files.push(workflow.file);
    else
      byName.set(workflow.name, {
        name: workflow.name,
        pattern: escapeWorkflowName(workflow.name),
        files: [workflow.file],
      });
  }
  const entries = [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
  return { entries, leftOut };
}
