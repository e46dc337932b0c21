/** Every workflow template of a checkout, and the published copies of the reusable ones. */
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWorkflowDocument } from './check-workflow.js';
import { type Problem, sortProblems } from './problem.js';
import { checkPublishedCopy, TEMPLATES_DIR } from './published-copies.js';
import { WorkflowDocument } from './workflow-document.js';

/** File names of the templates in `<root>/workflows-templates/`, sorted; none when the folder is absent. */
export async function listTemplates(root: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, TEMPLATES_DIR), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Problems in every template under `root` (paths in them are relative to `root`); empty when all pass. */
export async function checkTemplates(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of await listTemplates(root)) {
    const text = await readFile(path.join(root, TEMPLATES_DIR, name), 'utf8');
    const doc = new WorkflowDocument(text, `${TEMPLATES_DIR}/${name}`);
    problems.push(...(await checkWorkflowDocument(doc)), ...(await checkPublishedCopy(root, name, doc)));
  }
  return sortProblems(problems);
}
