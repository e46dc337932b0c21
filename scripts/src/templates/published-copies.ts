/**
 * Check 4: GitHub only lets `uses:` call a reusable workflow from `.github/workflows/`, so each
 * reusable template is published there too, byte for byte, and the two must not drift apart.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Problem, Rules } from './problem.js';
import type { WorkflowDocument } from './workflow-document.js';

export const TEMPLATES_DIR = 'workflows-templates';
export const PUBLISHED_DIR = '.github/workflows';

/** One-based line, in `bytes`, of the first byte where the two buffers differ; undefined when equal. */
function firstDifferentLine(bytes: Buffer, other: Buffer): number | undefined {
  if (bytes.equals(other)) return undefined;
  let index = 0;
  while (index < bytes.length && index < other.length && bytes[index] === other[index]) index++;
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Problems with the published copy of the template `name` (a file name in `workflows-templates/`),
 * or none when the template is not reusable (`on: workflow_call`).
 */
export async function checkPublishedCopy(
  root: string,
  name: string,
  template: WorkflowDocument,
): Promise<Problem[]> {
  const call = template.triggers().get('workflow_call');
  if (call === undefined) return [];
  const copyFile = `${PUBLISHED_DIR}/${name}`;
  const original = await readFile(path.join(root, TEMPLATES_DIR, name));
  let copy: Buffer;
  try {
    copy = await readFile(path.join(root, PUBLISHED_DIR, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return [
      template.problem(
        call,
        Rules.publishedCopy,
        `this reusable workflow (\`on: workflow_call\`) must also be published as \`${copyFile}\`, byte-identical, because \`uses:\` can only call workflows there; that file is missing: copy \`${TEMPLATES_DIR}/${name}\` to it`,
      ),
    ];
  }
  const line = firstDifferentLine(copy, original);
  if (line === undefined) return [];
  return [
    {
      file: copyFile,
      line,
      rule: Rules.publishedCopy,
      message: `\`${copyFile}\` differs from \`${TEMPLATES_DIR}/${name}\` (first difference on line ${line}); the published copy must be byte-identical: copy the template over it`,
    },
  ];
}
