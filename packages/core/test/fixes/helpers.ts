/** Shared test helpers for the fixers: in-memory repositories, real analyzer findings, the real workflow parser. */

import { analyzeLog, type Finding } from '../../src/analyzer/analyze.js';
import type { FixConfig, FixContext, RepoFiles } from '../../src/fixes/types.js';
import { workflowParserProblems } from '../../src/workflow-parser.js';

/** A repository held in memory: paths to texts; directories are implied by the paths. */
export function memoryRepo(files: Record<string, string>): RepoFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path) {
      reads.push(path);
      return Object.hasOwn(files, path) ? files[path] : undefined;
    },
    async list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : `${rest.slice(0, slash + 1)}`);
      }
      return [...names].sort();
    },
  };
}

/** A job log as the runner writes it: each line with its timestamp. */
export function runnerLog(lines: readonly string[]): string {
  return (
    lines.map((l, i) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n') + '\n'
  );
}

/** The analyzer's leading finding for a log. */
export async function findingOf(lines: readonly string[]): Promise<Finding> {
  const analysis = await analyzeLog(runnerLog(lines));
  const finding = analysis.findings[0];
  if (!finding) throw new Error('the analyzer found nothing');
  return finding;
}

export const CONFIG: FixConfig = { timeoutFactor: 1.5, timeoutMaxMinutes: 360 };

/** GitHub's own workflow parser, as the action injects it. */
export async function realWorkflowParser(text: string, path: string): Promise<string[]> {
  return (await workflowParserProblems(text, path)).map((p) => p.message);
}

export function context(
  finding: Finding,
  files: RepoFiles,
  extra: Partial<Omit<FixContext, 'finding' | 'files'>> = {},
): FixContext {
  return { finding, files, config: CONFIG, validateWorkflow: realWorkflowParser, ...extra };
}

/** Lines of `after` that differ from `before`, for texts with the same number of lines. */
export function changedLineNumbers(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) throw new Error(`line counts differ: ${a.length} and ${b.length}`);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

/** Lines added to `before` to make `after`, when nothing else changed (a pure insertion). */
export function insertedLines(before: string, after: string): { at: number; lines: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head + tail !== a.length) throw new Error('lines were changed or removed, not only inserted');
  return { at: head + 1, lines: b.slice(head, b.length - tail) };
}
