/**
 * The smallest operations-per-run that lets a run make progress. Work is done a whole pull
 * request at a time, oldest first, and a run stops at the first one it cannot afford; with a
 * budget below the largest unit, that draft stays first in line and every run stops at it.
 * The units are counted by the same `writesOf` the plan uses, so the two cannot drift apart.
 */
import { ConfigurationError } from '@autoheal/core/errors';
import { writesOf } from '@autoheal/core/stale/decide';

/** Writes of the largest unit of work: a warning (comment + label) or a closing (comment + close, + branch). */
export function largestUnit(deleteBranch: boolean): number {
  const warn = writesOf({ action: 'stale', idleMs: 0, addLabel: true, closeAt: 0 });
  const close = writesOf({ action: 'close', warnedAt: 0, comment: true }) + (deleteBranch ? 1 : 0);
  return Math.max(warn, close);
}

/** A clear error, naming the input, when `operationsPerRun` cannot pay for one unit of work. */
export function budgetFloorProblem(
  operationsPerRun: number,
  deleteBranch: boolean,
  where = 'delete-branch',
): ConfigurationError | undefined {
  const floor = largestUnit(deleteBranch);
  if (operationsPerRun >= floor) return undefined;
  const why = deleteBranch
    ? `closing a draft with ${where} takes ${floor} writes (the closing comment, the close and the branch deletion)`
    : `warning a draft takes ${floor} writes (the comment and the stale label)`;
  return new ConfigurationError(
    `Input "operations-per-run" is ${operationsPerRun}, too few for one draft: ${why}, so no run would ever get ` +
      `past it. Set operations-per-run to at least ${floor}.`,
  );
}
