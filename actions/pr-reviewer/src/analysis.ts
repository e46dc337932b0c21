/**
 * The review of a pull request's changes, computed from its file list and the base branch's
 * CODEOWNERS and .gitattributes: size, area labels, risk flags, complexity and code owners.
 * Pure: no GitHub calls.
 */
import {
  type Codeowners,
  type CodeownersProblem,
  type OwnersOfChange,
  ownersOfChange,
  parseCodeowners,
} from '@autoheal/core/pr/codeowners';
import { type Complexity, scoreComplexity } from '@autoheal/core/pr/complexity';
import { type GitAttributes, parseGitAttributes } from '@autoheal/core/pr/gitattributes';
import { detectRisks, type RiskFlag } from '@autoheal/core/pr/risk';
import { type ChangedFile, measureSize, type SizeResult } from '@autoheal/core/pr/size';
import { matchAreas, type ReviewSettings } from './settings.js';

export interface ReviewInput {
  files: ChangedFile[];
  /** GitHub's count of changed files (for the 3,000-file cap). */
  totalFiles: number;
  codeowners?: { path: string; text: string };
  gitattributes?: string;
}

export interface Analysis {
  size: SizeResult;
  areas: string[];
  risks: RiskFlag[];
  complexity: Complexity;
  owners: OwnersOfChange;
  codeownersPath?: string;
  codeownersProblems: CodeownersProblem[];
}

/** Every path a change touches: renamed files under both names. */
export function changedPaths(files: readonly ChangedFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    out.add(f.path);
    if (f.previousPath) out.add(f.previousPath);
  }
  return [...out];
}

export function analyse(input: ReviewInput, settings: ReviewSettings): Analysis {
  const attributes: GitAttributes | undefined =
    input.gitattributes === undefined ? undefined : parseGitAttributes(input.gitattributes);
  const size = measureSize(input.files, {
    thresholds: settings.thresholds,
    labelPrefix: settings.labelPrefix,
    ignore: settings.ignore,
    totalFiles: input.totalFiles,
    ...(attributes ? { attributes } : {}),
  });
  const risks = detectRisks(input.files);
  const complexity = scoreComplexity({
    paths: size.counted.map((f) => f.path),
    lines: size.lines,
    riskFlags: risks.length,
  });
  const codeowners: Codeowners = input.codeowners
    ? parseCodeowners(input.codeowners.text)
    : { rules: [], problems: [] };
  const analysis: Analysis = {
    size,
    areas: matchAreas(
      settings.areas,
      input.files.map((f) => f.path),
    ),
    risks,
    complexity,
    owners: ownersOfChange(codeowners, changedPaths(input.files)),
    codeownersProblems: codeowners.problems,
  };
  if (input.codeowners) analysis.codeownersPath = input.codeowners.path;
  return analysis;
}
