/**
 * The security audits over what is not a template but is copied or run just the same: every
 * workflow in `.github/workflows/` and every workflow example (a ```yaml block with `jobs:`) in the
 * READMEs of the repository.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { type Problem, sortProblems } from './problem.js';
import { PUBLISHED_DIR, TEMPLATES_DIR } from './published-copies.js';
import { checkReusableCalls } from './reusable-calls.js';
import { checkAudits } from './security-rules.js';
import { WorkflowDocument } from './workflow-document.js';

async function list(dir: string, pattern: RegExp): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => e.name)
    .sort();
}

export interface YamlBlock {
  /** One-based line of the block's first line of YAML in the markdown file. */
  readonly line: number;
  readonly text: string;
}

/** The ```yaml / ```yml fenced blocks of a markdown text. */
export function yamlBlocks(markdown: string): YamlBlock[] {
  const lines = markdown.split('\n');
  const blocks: YamlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/i.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ line: i + 2, text: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

/** A block is a workflow example when it is a YAML mapping with `jobs:` (configuration examples are not). */
function isWorkflow(text: string): boolean {
  const doc = parseDocument(text, { prettyErrors: false });
  return doc.errors.length === 0 && isMap(doc.contents) && doc.contents.has('jobs');
}

/** Audit problems in the workflow examples of one markdown file, located on the file's own lines. */
export function auditMarkdown(markdown: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const block of yamlBlocks(markdown)) {
    if (!isWorkflow(block.text)) continue;
    for (const problem of checkAudits(new WorkflowDocument(block.text, file)))
      problems.push({ ...problem, line: problem.line + block.line - 1 });
  }
  return problems;
}

/** READMEs of the repository: the root one, and those of actions, packages and templates. */
async function readmes(root: string): Promise<string[]> {
  const found = (await list(root, /^README\.md$/i)).map((n) => n);
  for (const parent of ['actions', 'packages', 'workflows-templates']) {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, parent), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1)))
      for (const name of await list(path.join(root, parent, entry.name), /^README\.md$/i))
        found.push(`${parent}/${entry.name}/${name}`);
    for (const name of await list(path.join(root, parent), /^README\.md$/i)) found.push(`${parent}/${name}`);
  }
  return found;
}

/** Audit problems in `.github/workflows/*.yml` and the READMEs' workflow examples under `root`. */
export async function auditRepository(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of await list(path.join(root, PUBLISHED_DIR), /\.ya?ml$/)) {
    const file = `${PUBLISHED_DIR}/${name}`;
    const text = await readFile(path.join(root, file), 'utf8');
    // A published copy of a template is checked as the template already (byte-identical by check 4).
    const template = await readFile(path.join(root, TEMPLATES_DIR, name), 'utf8').catch(() => undefined);
    if (template === text) continue;
    const doc = new WorkflowDocument(text, file);
    // A reusable workflow is checked with every template rule already (checkReusableWorkflows).
    if (doc.triggers().has('workflow_call')) continue;
    problems.push(...checkAudits(doc), ...(await checkReusableCalls(root, doc)));
  }
  for (const file of await readmes(root))
    problems.push(...auditMarkdown(await readFile(path.join(root, file), 'utf8'), file));
  return sortProblems(problems);
}
