/**
 * Labels: the size label (replacing only another size label of the same set, never a label a
 * person chose) and area labels, which are added and never removed (a maintainer may have added
 * one by hand).
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Writer } from './writer.js';

export interface LabelPlan {
  /** The labels autoheal gives this pull request: its size, then its areas. */
  wanted: string[];
  add: string[];
  remove: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function planLabels(
  current: readonly string[],
  sizeLabel: string,
  sizeLabels: readonly string[],
  areas: readonly string[],
): LabelPlan {
  const wanted = [sizeLabel, ...areas.filter((a) => !same(a, sizeLabel))];
  return {
    wanted,
    add: wanted.filter((w) => !current.some((c) => same(c, w))),
    remove: current.filter((c) => sizeLabels.some((s) => same(s, c)) && !same(c, sizeLabel)),
  };
}

export async function applyLabels(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  plan: LabelPlan,
  writer: Writer,
  reserve: number,
): Promise<{ added: string[]; removed: string[] }> {
  const done = { added: [] as string[], removed: [] as string[] };
  const addWhat = `add label${plan.add.length === 1 ? '' : 's'} ${plan.add.join(', ')}`;
  const steps = [
    ...(plan.add.length > 0 ? [addWhat] : []),
    ...plan.remove.map((name) => `remove label ${name}`),
  ];
  if (steps.length === 0) return done;
  // All or nothing: a new size label without removing the old one (or the reverse) would mislead.
  if (!writer.affords(steps.length + reserve)) {
    writer.leaveUndone(steps);
    return done;
  }
  // Added first, so an interrupted run leaves two size labels rather than none.
  if (plan.add.length > 0) {
    const outcome = await writer.write(
      addWhat,
      () => github.rest.issues.addLabels({ ...repo, issue_number: number, labels: plan.add }),
      reserve + plan.remove.length,
    );
    if (outcome.ok) done.added.push(...plan.add);
  }
  for (const [i, name] of plan.remove.entries()) {
    try {
      const outcome = await writer.write(
        `remove label ${name}`,
        () => github.rest.issues.removeLabel({ ...repo, issue_number: number, name }),
        reserve + plan.remove.length - i - 1,
      );
      if (outcome.ok) done.removed.push(name);
    } catch (error) {
      // Someone removed it between our read and this write: the outcome is what we wanted.
      if (!(isRequestError(error) && error.status === 404)) throw error;
      done.removed.push(name);
    }
  }
  return done;
}
