import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';
import type { Role, Rule } from './rule.js';

/** A line kept because it is part of an error block. */
export interface KeptLine {
  no: number;
  text: string;
  /** How strongly this line marks the failure (0 for continuation and lead lines). */
  weight: number;
  role: Role | 'continuation' | 'lead';
  /** Absent when there is no baseline to compare with. */
  novel?: boolean;
}

export interface BlockHit {
  no: number;
  rule: Rule;
  category?: FailureCategory;
  facts?: Facts;
  /** The cleaned text of the line (without a `##[error]` prefix). */
  text: string;
}

/** Consecutive lines that together state one error: the error line and what belongs to it. */
export interface Block {
  start: number;
  end: number;
  lines: KeptLine[];
  /** Lines beyond the per-block cap: counted, not kept. */
  clipped: number;
  hits: BlockHit[];
  /** Index of the step (GitHub Actions) the block is in; -1 before the first step. */
  step: number;
  /** Inside the command echo of a `Run` group (the script, not its output). */
  inEcho: boolean;
  /** Headers seen just before the block (`COMPILATION ERROR :`): category hints, not shown. */
  headers: BlockHit[];
}

export const MAX_LINES_PER_BLOCK = 3000;
export const MAX_HITS_PER_BLOCK = 200;
/** Verdicts weaker than this (`BUILD FAILURE`, `Finished: FAILURE`) mark an end and are never shown. */
export const MIN_SHOWN_VERDICT = 0.25;

/** Largest weight of the block's hits of the given roles. */
export function blockWeight(block: Block, roles: readonly Role[] = ['error']): number {
  let w = 0;
  for (const hit of block.hits) if (roles.includes(hit.rule.role) && hit.rule.weight > w) w = hit.rule.weight;
  return w;
}

/** True when the block holds nothing but closing verdicts (an exit-code line, `make: ***`). */
export function isVerdictOnly(block: Block): boolean {
  return block.hits.every((h) => h.rule.role === 'verdict');
}

/**
 * A line a logger printed at warning level (Maven's `[WARNING]`, `npm WARN`, the runner's
 * `##[warning]`): by that level's own word it did not fail the build. A compiler's `warning:`
 * diagnostic is not one — under -Werror or --warnings-as-errors it is the reason.
 */
const WARNING_LEVEL =
  /^\s*(?:\[(?:WARNING|WARN)\]|npm WARN |##\[warning\]|::warning|WARN(?:ING)?: |\[[\w .-]+\] WARN )/;

/** Every error the block states was logged at warning level. */
export function warnedOnly(block: Block): boolean {
  const errors = block.hits.filter((h) => h.rule.role === 'error');
  return errors.length > 0 && errors.every((h) => WARNING_LEVEL.test(h.text));
}

/** Blocks separated by at most `gap` lines (b after a): one finding, or a tally beside its failure. */
export function adjacent(a: Block, b: Block, gap: number): boolean {
  return b.start - a.end <= gap + 1;
}
