/**
 * Review requests: code owners of the changed files (users and teams), never the author, never
 * anyone already requested, already reviewing or requested by autoheal before (so a reviewer a
 * maintainer removed stays removed), and nobody at all when someone else already chose reviewers.
 * Optionally Copilot's code review, verified afterwards because GitHub accepts that request even
 * where it then requests no one. GitHub refusing a request (422) never fails the run.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import type { OwnersOfChange } from '@autoheal/core/pr/codeowners';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { ReviewState } from './github-data.js';
import type { Writer } from './writer.js';

/** The login the REST API takes to request a review from Copilot. */
export const COPILOT_REVIEWER = 'copilot-pull-request-reviewer[bot]';

/** Copilot as GitHub lists it among requested reviewers and reviews (`Copilot`), or as requested. */
export function isCopilotLogin(login: string): boolean {
  const l = login.toLowerCase();
  return l === 'copilot' || l === COPILOT_REVIEWER || l === 'copilot-pull-request-reviewer';
}

export interface ReviewerPlan {
  users: string[];
  /** Team slugs (teams of the repository's owner). */
  teams: string[];
  /** Code owners not requested, each with why. */
  notes: string[];
  /** Why nobody is requested at all, when that is a decision rather than an empty list. */
  reason?: string;
}

export interface PlanArgs {
  owners: OwnersOfChange;
  author: string;
  repoOwner: string;
  state: ReviewState;
  /** Reviewers autoheal requested on earlier runs (logins and `org/slug`), from its markers. */
  requestedBefore: readonly string[];
  /** autoheal's own logins: review requests they made are autoheal's, not a person's choice. */
  trusted: readonly string[];
  max: number;
}

const lower = (s: string) => s.toLowerCase();

export function planReviewers(args: PlanArgs): ReviewerPlan {
  const trusted = new Set(args.trusted.map(lower));
  const ours = new Set(args.requestedBefore.map(lower));
  for (const r of args.state.requests) if (trusted.has(lower(r.actor))) ours.add(lower(r.reviewer));
  const byPerson = args.state.requests.some((r) => !trusted.has(lower(r.actor)));
  const current = [...args.state.users, ...args.state.teams];
  const notOurs = current.filter((r) => !ours.has(lower(r)) && !isCopilotLogin(r));
  if (byPerson || notOurs.length > 0)
    return {
      users: [],
      teams: [],
      notes: [],
      // GitHub's own code-owner requests count too: they are made in the author's name.
      reason:
        'Reviewers were already requested by someone other than autoheal (the author, a maintainer, or GitHub’s ' +
        'own code-owner requests), so autoheal requested none.',
    };

  const requested = new Set(current.map(lower));
  const reviewed = new Set(args.state.reviewed.map(lower));
  const notes: string[] = [];
  const candidates: { key: string; kind: 'user' | 'team'; name: string }[] = [];
  // Reviewers autoheal requested before are listed as requested; they need no note (and notes
  // must not change between runs, or a re-run would edit the comment for nothing).
  for (const login of args.owners.users) {
    if (lower(login) === lower(args.author)) notes.push(`${login} is the author`);
    else if (ours.has(lower(login))) continue;
    else if (requested.has(lower(login))) notes.push(`${login} is already requested`);
    else if (reviewed.has(lower(login))) notes.push(`${login} has already reviewed`);
    else candidates.push({ key: login, kind: 'user', name: login });
  }
  for (const team of args.owners.teams) {
    const key = `${team.org}/${team.slug}`;
    if (lower(team.org) !== lower(args.repoOwner))
      notes.push(`${key} belongs to another organisation, so it cannot be requested here`);
    else if (ours.has(lower(key))) continue;
    else if (requested.has(lower(key))) notes.push(`${key} is already requested`);
    else candidates.push({ key, kind: 'team', name: team.slug });
  }
  for (const email of args.owners.emails)
    notes.push(`${email} is an e-mail owner, which the REST API cannot request`);
  const chosen = candidates.slice(0, args.max);
  const over = candidates.slice(args.max);
  if (over.length > 0)
    notes.push(
      `${over.map((c) => c.key).join(', ')} left out: at most ${args.max} reviewers are requested (max-reviewers)`,
    );
  return {
    users: chosen.filter((c) => c.kind === 'user').map((c) => c.name),
    teams: chosen.filter((c) => c.kind === 'team').map((c) => c.name),
    notes,
  };
}

export interface RequestResult {
  /** Requested now: logins and `org/slug`. */
  requested: string[];
  /** Refused by GitHub (422), with its message: never a failure of the run. */
  refused: { who: string; message: string }[];
}

function isValidationError(error: unknown): boolean {
  return isRequestError(error) && error.status === 422;
}

function refusal(error: unknown): string {
  return describeGitHubError(error).githubMessage ?? String(error);
}

/**
 * Requests the plan's reviewers in one call; when GitHub refuses it (a non-collaborator, the
 * author), one call per reviewer, so those it accepts still get requested.
 */
export async function requestReviewers(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  plan: ReviewerPlan,
  writer: Writer,
  reserve: number,
): Promise<RequestResult> {
  const result: RequestResult = { requested: [], refused: [] };
  const everyone = [
    ...plan.users.map((u) => ({ key: u, users: [u], teams: [] as string[] })),
    ...plan.teams.map((t) => ({ key: `${repo.owner}/${t}`, users: [] as string[], teams: [t] })),
  ];
  if (everyone.length === 0) return result;
  try {
    const outcome = await writer.write(
      `request reviews from ${everyone.map((e) => e.key).join(', ')}`,
      () =>
        github.rest.pulls.requestReviewers({
          ...repo,
          pull_number: number,
          ...(plan.users.length > 0 ? { reviewers: plan.users } : {}),
          ...(plan.teams.length > 0 ? { team_reviewers: plan.teams } : {}),
        }),
      reserve,
    );
    if (outcome.ok) result.requested.push(...everyone.map((e) => e.key));
    return result;
  } catch (error) {
    if (!isValidationError(error)) throw error;
    if (everyone.length === 1) {
      result.refused.push({ who: everyone[0]!.key, message: refusal(error) });
      return result;
    }
  }
  for (const one of everyone) {
    try {
      const outcome = await writer.write(
        `request a review from ${one.key}`,
        () =>
          github.rest.pulls.requestReviewers({
            ...repo,
            pull_number: number,
            ...(one.users.length > 0 ? { reviewers: one.users } : { team_reviewers: one.teams }),
          }),
        reserve,
      );
      if (outcome.ok) result.requested.push(one.key);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      result.refused.push({ who: one.key, message: refusal(error) });
    }
  }
  return result;
}

const COPILOT_REQUESTED = 'Copilot’s review was requested, and GitHub lists Copilot as a reviewer.';

export type CopilotOutcome =
  | { status: 'already'; message: string }
  | { status: 'requested'; message: string }
  | { status: 'not-listed'; message: string }
  | { status: 'refused'; message: string }
  | { status: 'not-done'; message: string };

/** Requests Copilot's review and checks that GitHub now lists it (a 201 alone proves nothing). */
export async function requestCopilotReview(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  state: ReviewState,
  requestedBefore: readonly string[],
  writer: Writer,
  reserve: number,
): Promise<CopilotOutcome> {
  // The same words as when requested now, so a re-run leaves the comment as it is.
  if (requestedBefore.some(isCopilotLogin)) return { status: 'already', message: COPILOT_REQUESTED };
  if (state.users.some(isCopilotLogin) || state.reviewed.some(isCopilotLogin))
    return { status: 'already', message: 'Copilot is already reviewing.' };
  let outcome: Awaited<ReturnType<Writer['write']>>;
  try {
    outcome = await writer.write(
      'request a review from Copilot',
      () =>
        github.rest.pulls.requestReviewers({ ...repo, pull_number: number, reviewers: [COPILOT_REVIEWER] }),
      reserve,
    );
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return {
      status: 'refused',
      message: `GitHub refused to request Copilot’s review: ${refusal(error)}`,
    };
  }
  if (!outcome.ok)
    return { status: 'not-done', message: `Copilot’s review was not requested (${outcome.why}).` };
  const { data } = await github.rest.pulls.listRequestedReviewers({ ...repo, pull_number: number });
  if (data.users.some((u) => isCopilotLogin(u.login)))
    return { status: 'requested', message: COPILOT_REQUESTED };
  const reviews = await github.paginate(github.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  if (reviews.some((r) => r.user && isCopilotLogin(r.user.login)))
    return { status: 'requested', message: COPILOT_REQUESTED };
  return {
    status: 'not-listed',
    message:
      'GitHub accepted the request for Copilot’s review but does not list Copilot as a reviewer: Copilot code review ' +
      'is probably not available for this repository (plan or policy).',
  };
}
