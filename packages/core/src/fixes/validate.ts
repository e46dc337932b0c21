/**
 * The last gate before a patch leaves the fixers: every edited file still parses as what it is,
 * keeps its style, and only the files the fix meant to touch are touched.
 */
import { parseDocument } from 'yaml';
import { pyprojectChangeProblems } from './pyproject-edit.js';
import type { FileChange, WorkflowValidator } from './types.js';

export interface ValidationOptions {
  /** The only paths the fix may change. */
  intended: readonly string[];
  validateWorkflow?: WorkflowValidator;
}

export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

function bareLineFeeds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (text[i - 1] !== '\r') n++;
  return n;
}

/** How a JSON file indents: the leading whitespace of its first indented line. */
export function jsonIndent(text: string): string | undefined {
  return /\n([ \t]+)\S/.exec(text)?.[1];
}

async function workflowProblems(change: FileChange, validate: WorkflowValidator): Promise<string[]> {
  const after = await validate(change.after, change.path);
  if (after.length === 0) return [];
  // Problems the file already had are not the fix's doing; messages quote values, which an edit changes.
  const shape = (p: string) => p.replace(/'[^']*'/g, "'…'");
  const before = (await validate(change.before, change.path)).map(shape);
  const added = after.filter((p) => {
    const i = before.indexOf(shape(p));
    if (i < 0) return true;
    before.splice(i, 1);
    return false;
  });
  return added.map((p) => `${change.path}: the workflow parser reports: ${p}`);
}

/** Every problem with the changes; empty when they may be proposed. */
export async function validateChanges(
  changes: readonly FileChange[],
  options: ValidationOptions,
): Promise<string[]> {
  const problems: string[] = [];
  if (changes.length === 0) return ['the fix changes nothing'];
  const seen = new Set<string>();
  for (const change of changes) {
    const { path, before, after } = change;
    if (seen.has(path)) problems.push(`${path} is changed twice`);
    seen.add(path);
    if (!options.intended.includes(path)) problems.push(`${path} was not meant to be changed`);
    if (before === after) problems.push(`${path} is unchanged`);
    if (before.includes('\r\n') && bareLineFeeds(after) > bareLineFeeds(before))
      problems.push(`${path} uses CRLF line endings but the change adds LF ones`);
    if (before.endsWith('\n') !== after.endsWith('\n'))
      problems.push(`${path}: the change adds or removes the final line ending`);
    if (/\.ya?ml$/.test(path)) {
      const doc = parseDocument(after, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors.length > 0)
        problems.push(`${path} no longer parses: ${doc.errors[0]!.message.split('\n')[0]}`);
      else if (isWorkflowPath(path) && options.validateWorkflow)
        problems.push(...(await workflowProblems(change, options.validateWorkflow)));
    } else if (/\.json$/.test(path)) {
      try {
        JSON.parse(after);
      } catch (error) {
        problems.push(`${path} no longer parses as JSON: ${(error as Error).message}`);
      }
      if (jsonIndent(before) !== undefined && jsonIndent(before) !== jsonIndent(after))
        problems.push(`${path}: the change alters the indentation`);
    } else if (/(?:^|\/)pyproject\.toml$/.test(path)) {
      problems.push(...pyprojectChangeProblems(before, after).map((p) => `${path}: ${p}`));
    } else if (/\.toml$/.test(path)) {
      problems.push(`${path}: TOML files other than pyproject.toml are never edited`);
    }
  }
  return problems;
}

/** The same checks for the change behind a suggested diff, which may touch only the workflow file. */
export async function suggestionProblems(
  change: FileChange,
  validateWorkflow: WorkflowValidator | undefined,
): Promise<string[]> {
  return validateChanges([change], {
    intended: [change.path],
    ...(validateWorkflow ? { validateWorkflow } : {}),
  });
}
