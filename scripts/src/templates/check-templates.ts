/** Every workflow template of a checkout, the published reusable workflows, and the calls between them. */
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWorkflowDocument } from './check-workflow.js';
import { checkPlaceholderPins } from './placeholder-pins.js';
import { type Problem, sortProblems } from './problem.js';
import { checkPublishedCopy, TEMPLATES_DIR } from './published-copies.js';
import { checkReusableCalls, checkReusableWorkflows } from './reusable-calls.js';
import { WorkflowDocument } from './workflow-document.js';

/** Folder, under the templates folder, of the copy-in variants of the callers. */
export const FULL_DIR = 'full';

async function yamlFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/**
 * Templates under `<root>/workflows-templates/`, sorted: the callers by file name, then the copy-in
 * variants as `full/<name>`; none when the folder is absent.
 */
export async function listTemplates(root: string): Promise<string[]> {
  const callers = await yamlFiles(path.join(root, TEMPLATES_DIR));
  const full = await yamlFiles(path.join(root, TEMPLATES_DIR, FULL_DIR));
  return [...callers, ...full.map((n) => `${FULL_DIR}/${n}`)];
}

/** Problems in every template under `root` (paths in them are relative to `root`); empty when all pass. */
export async function checkTemplates(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of await listTemplates(root)) {
    const text = await readFile(path.join(root, TEMPLATES_DIR, name), 'utf8');
    const doc = new WorkflowDocument(text, `${TEMPLATES_DIR}/${name}`);
    problems.push(
      ...(await checkWorkflowDocument(doc)),
      ...(await checkReusableCalls(root, doc)),
      ...(name.includes('/') ? [] : await checkPublishedCopy(root, name, doc)),
    );
  }
  problems.push(...(await checkReusableWorkflows(root)), ...(await checkPlaceholderPins(root)));
  return sortProblems(problems);
}
