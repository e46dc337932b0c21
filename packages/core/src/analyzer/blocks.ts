import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';
import type { Role, Rule } from './rule.js';

/** A line kept because it is part of an error block. */
export interface KeptLine {
  no: number;
  text: string;
  /** How strongly this line marks the failure (0 for continuation lines). */
  weight: number;
  role: Role | 'continuation';
  /** Absent when there is no baseline to compare with. */
  novel?: boolean;
}

export interface BlockHit {
  no: number;
  rule: Rule;
  facts?: Facts;
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
}

export const MAX_LINES_PER_BLOCK = 3000;
export const MAX_HITS_PER_BLOCK = 200;

/** Largest weight of the block's lines of a given role set. */
export function blockWeight(block: Block, roles: readonly (Role | 'continuation')[] = ['error']): number {
  let w = 0;
  for (const line of block.lines) if (roles.includes(line.role) && line.weight > w) w = line.weight;
  return w;
}

/** Votes of the block's rule hits per category. */
export function categoryVotes(block: Block): Map<FailureCategory, number> {
  const votes = new Map<FailureCategory, number>();
  for (const hit of block.hits) {
    const c = hit.rule.category;
    if (!c || hit.rule.role === 'noise') continue;
    votes.set(c, (votes.get(c) ?? 0) + hit.rule.weight);
  }
  return votes;
}
