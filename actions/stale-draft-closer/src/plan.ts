/**
 * From the open pull requests to what this run does to each, in the order it does it: oldest
 * activity first. A run that runs out of budget has then done the most overdue work, and the
 * next run, reading the same state back from GitHub (labels and notices), goes on from there.
 */
import { sameLogin } from '@autoheal/core/stale/accounts';
import type { HistoryReading } from '@autoheal/core/stale/activity';
import { type Decision, decide, writesOf } from '@autoheal/core/stale/decide';
import { type Exemption, exemptionOf } from '@autoheal/core/stale/exemptions';
import type { OpenPull } from './pulls.js';
import type { Settings } from './settings.js';

/** autoheal names every branch it creates `autoheal/…`; only those are ever deleted. */
export const AUTOHEAL_BRANCH_PREFIX = 'autoheal/';

export interface PlanItem {
  pull: OpenPull;
  decision: Decision;
  /** Set when the history was read. */
  reading?: HistoryReading;
  /** Why the draft is left alone. */
  exemption?: Exemption;
  /** Not one of autoheal's drafts while `only-autoheal` is on. */
  outOfScope: boolean;
  /** Delete the head branch after closing. */
  deleteBranch: boolean;
  /** Why the branch is kept, when deleting was asked for but is not safe. */
  keepBranchReason?: string;
  writes: number;
  /** Sort key: the last activity by a person, or `updated_at` when the history was not read. */
  orderKey: number;
}

export function hasLabel(pull: OpenPull, label: string): boolean {
  return pull.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}

/** With `only-autoheal`, a draft is ours when autoheal opened it (its author in the API's login form). */
export function inScope(pull: OpenPull, settings: Settings): boolean {
  return !settings.onlyAutoheal || settings.people.ours.some((l) => sameLogin(l, pull.author.login));
}

export interface Triage {
  exemption?: Exemption;
  outOfScope: boolean;
  /** The draft may be stale: its history must be read to decide. */
  needsHistory: boolean;
}

/**
 * What the pull request list alone tells. A draft opened less than days-before-stale ago and
 * without the stale label cannot be stale yet (its opening is activity), so its history is not read.
 */
export function triage(pull: OpenPull, settings: Settings, now: number): Triage {
  const outOfScope = !inScope(pull, settings);
  const exemption =
    pull.draft && !outOfScope
      ? exemptionOf({ ...pull, author: pull.author.login }, settings.exemptions)
      : undefined;
  const candidate = pull.draft && !outOfScope && exemption === undefined;
  const old = Date.parse(pull.createdAt) <= now - settings.rules.staleAfterMs;
  return {
    ...(exemption ? { exemption } : {}),
    outOfScope,
    needsHistory: candidate && (old || hasLabel(pull, settings.staleLabel)),
  };
}

/** Why the head branch may not be deleted after closing; undefined when it may. */
export function keepBranchReason(
  pull: OpenPull,
  reading: HistoryReading,
  openPulls: readonly OpenPull[],
): string | undefined {
  if (pull.headRepo === null || !sameLogin(pull.headRepo, pull.baseRepo)) return 'the branch is in a fork';
  if (!pull.headRef.startsWith(AUTOHEAL_BRANCH_PREFIX))
    return `only ${AUTOHEAL_BRANCH_PREFIX} branches are deleted`;
  if (reading.humanCommits > 0) return 'the branch has commits by people';
  if (!reading.onlyAutomatedCommits) return 'not every commit of the branch could be listed';
  const other = openPulls.find(
    (p) =>
      p.number !== pull.number &&
      ((p.headRepo !== null && sameLogin(p.headRepo, pull.baseRepo) && p.headRef === pull.headRef) ||
        (sameLogin(p.baseRepo, pull.baseRepo) && p.baseRef === pull.headRef)),
  );
  if (other) return `open pull request #${other.number} uses the branch`;
  return undefined;
}

export function planItem(
  pull: OpenPull,
  triaged: Triage,
  reading: HistoryReading | undefined,
  settings: Settings,
  openPulls: readonly OpenPull[],
  now: number,
): PlanItem {
  const decision = decide(
    {
      now,
      draft: pull.draft,
      leftAlone: triaged.outOfScope || triaged.exemption !== undefined,
      hasStaleLabel: hasLabel(pull, settings.staleLabel),
      ...(reading
        ? { lastActivity: reading.last.at, notices: reading.notices }
        : // Not read: a recent draft, active since its opening (or one that is left alone).
          { lastActivity: Date.parse(pull.createdAt) }),
    },
    settings.rules,
  );
  let deleteBranch = false;
  let keepReason: string | undefined;
  if (decision.action === 'close' && settings.deleteBranch && reading) {
    keepReason = keepBranchReason(pull, reading, openPulls);
    deleteBranch = keepReason === undefined;
  }
  return {
    pull,
    decision,
    ...(reading ? { reading } : {}),
    ...(triaged.exemption ? { exemption: triaged.exemption } : {}),
    outOfScope: triaged.outOfScope,
    deleteBranch,
    ...(keepReason !== undefined ? { keepBranchReason: keepReason } : {}),
    writes: writesOf(decision) + (deleteBranch ? 1 : 0),
    orderKey: reading ? reading.last.at : Date.parse(pull.updatedAt),
  };
}

/** Oldest activity first; ties by number, so the order is the same on every run. */
export function orderPlan(items: readonly PlanItem[]): PlanItem[] {
  return [...items].sort((a, b) => a.orderKey - b.orderKey || a.pull.number - b.pull.number);
}
