/**
 * Check 6: once a release exists (CHANGELOG.md names one), no pin of our own actions or reusable
 * workflows may still be the forty-zero placeholder: a template added after the release with a
 * copied placeholder would otherwise ship a `uses:` that cannot resolve.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ownPinPattern, PLACEHOLDER_SHA } from '../release/published.js';
import { type Problem, Rules } from './problem.js';
import { PUBLISHED_DIR, TEMPLATES_DIR } from './published-copies.js';

const RELEASED = /^## v\d+\.\d+\.\d+/m;

async function names(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
}

/** The line of every placeholder pin of ours in `text`. */
export function placeholderLines(text: string): number[] {
  const lines: number[] = [];
  for (const match of text.matchAll(ownPinPattern()))
    if (match[2] === PLACEHOLDER_SHA) lines.push(text.slice(0, match.index).split('\n').length);
  return lines;
}

export async function checkPlaceholderPins(root: string): Promise<Problem[]> {
  const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8').catch(() => '');
  const release = RELEASED.exec(changelog)?.[0]?.slice(3);
  if (release === undefined) return [];
  const files = [
    'README.md',
    ...(await names(path.join(root, TEMPLATES_DIR), /\.ya?ml$/)).map((n) => `${TEMPLATES_DIR}/${n}`),
    ...(await names(path.join(root, TEMPLATES_DIR, 'full'), /\.ya?ml$/)).map(
      (n) => `${TEMPLATES_DIR}/full/${n}`,
    ),
    ...(await names(path.join(root, PUBLISHED_DIR), /\.ya?ml$/)).map((n) => `${PUBLISHED_DIR}/${n}`),
  ];
  const problems: Problem[] = [];
  for (const file of files) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => '');
    for (const line of placeholderLines(text))
      problems.push({
        file,
        line,
        rule: Rules.placeholderPin,
        message: `a placeholder pin (@${PLACEHOLDER_SHA}) after release ${release} (CHANGELOG.md): pin the commit of a release, as \`pnpm release\` writes them`,
      });
  }
  return problems;
}
