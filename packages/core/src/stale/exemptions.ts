/**
 * Drafts that are never marked stale or closed, whatever their idle time: those with an exempt
 * label, author, milestone or assignee, and those waiting for a requested review (they wait on
 * maintainers, not on their author, so closing them would punish the wrong person).
 */
import { sameLogin } from './accounts.js';

/** `*` in `milestones` or `assignees` means "any". */
export const ANY = '*';

export interface ExemptionRules {
  /** Label names, compared ignoring case as GitHub does. */
  labels: readonly string[];
  /** Logins in the API's form (`name[bot]` for apps). */
  authors: readonly string[];
  /** Milestone titles, or `*` for any milestone. */
  milestones: readonly string[];
  /** Logins, or `*` for any assignee. */
  assignees: readonly string[];
  /** Exempt drafts with a requested reviewer (person or team) who has not reviewed yet. */
  pendingReviews: boolean;
}

/** What exemptions look at, all in the pull request list GitHub returns. */
export interface ExemptionFacts {
  author: string;
  labels: readonly string[];
  milestone: string | null;
  assignees: readonly string[];
  /** Requested reviewers who have not answered: logins and `org/team` slugs. */
  pendingReviewers: readonly string[];
}

export type ExemptionKind = 'label' | 'author' | 'milestone' | 'assignee' | 'review';

export interface Exemption {
  kind: ExemptionKind;
  /** The label, author, milestone, assignee or reviewers that exempt the draft. */
  detail: string;
}

function matchOne(values: readonly string[], rules: readonly string[]): string | undefined {
  for (const value of values)
    if (rules.some((rule) => rule === ANY || value.toLowerCase() === rule.toLowerCase())) return value;
  return undefined;
}

/** Why the draft is exempt, or undefined. Checked in a fixed order, so the reason given is stable. */
export function exemptionOf(facts: ExemptionFacts, rules: ExemptionRules): Exemption | undefined {
  const label = facts.labels.find((l) => rules.labels.some((r) => r.toLowerCase() === l.toLowerCase()));
  if (label !== undefined) return { kind: 'label', detail: label };
  if (rules.authors.some((a) => sameLogin(a, facts.author))) return { kind: 'author', detail: facts.author };
  if (facts.milestone !== null) {
    const milestone = matchOne([facts.milestone], rules.milestones);
    if (milestone !== undefined) return { kind: 'milestone', detail: milestone };
  }
  const assignee = matchOne(facts.assignees, rules.assignees);
  if (assignee !== undefined) return { kind: 'assignee', detail: assignee };
  if (rules.pendingReviews && facts.pendingReviewers.length > 0)
    return { kind: 'review', detail: facts.pendingReviewers.join(', ') };
  return undefined;
}

/** The exemption in words, for the summary: "label keep", "review requested from alice". */
export function describeExemption(exemption: Exemption): string {
  switch (exemption.kind) {
    case 'label':
      return `label ${exemption.detail}`;
    case 'author':
      return `author ${exemption.detail}`;
    case 'milestone':
      return `milestone ${exemption.detail}`;
    case 'assignee':
      return `assigned to ${exemption.detail}`;
    case 'review':
      return `review requested from ${exemption.detail}`;
  }
}
