import { roleOf } from './auth.js';
import {
  removeReviewRequest,
  removeTeamReviewRequest,
  requestReview,
  requestTeamReview,
} from './issue-changes.js';
import { requestedTeamsJson } from './render-pull.js';
import { type JsonObject, simpleUser } from './render-user.js';
import { ApiError, docsUrl, type RouteContext } from './route-types.js';
import type { SimIssue, SimPull, SimRepo } from './state.js';

/**
 * Review requests as GitHub handles them: users who are collaborators (never the author), teams
 * with access to the repository, and the Copilot code reviewer where Copilot review is available.
 */

/** The login GitHub's REST API takes to request a review from Copilot. */
export const COPILOT_REVIEWER_LOGIN = 'copilot-pull-request-reviewer[bot]';
/** How GitHub then lists that reviewer among the requested ones. */
export const COPILOT_LISTED_LOGIN = 'Copilot';

type PullIssue = SimIssue & { pull: SimPull };

const isCopilot = (login: string) => login.toLowerCase() === COPILOT_REVIEWER_LOGIN;

/** A top-level 422 message, as GitHub answers review-request mistakes. */
function unprocessable(ctx: RouteContext, message: string): never {
  throw new ApiError(422, { message, documentation_url: docsUrl(ctx.route), status: '422' });
}

/** `pull-request-review-request`: the users and teams asked to review. */
export function requestedReviewersJson(ctx: RouteContext, repo: SimRepo, issue: PullIssue): JsonObject {
  return {
    users: issue.pull.requested_reviewers.map((r) => simpleUser(ctx.urls, ctx.state.ensureUser(r))),
    teams: requestedTeamsJson(ctx.state, ctx.urls, repo, issue.pull),
  };
}

/** Checks the whole request first: GitHub refuses it entirely when one reviewer is wrong. */
export function requestReviewers(
  ctx: RouteContext,
  repo: SimRepo,
  issue: PullIssue,
  reviewers: string[],
  teams: string[],
): void {
  if (reviewers.some((r) => r.toLowerCase() === issue.author.toLowerCase()))
    unprocessable(ctx, 'Review cannot be requested from pull request author.');
  const strangers = reviewers.filter(
    (r) => !isCopilot(r) && (!ctx.state.user(r) || roleOf(repo, r) === undefined),
  );
  const unknownTeams = teams.filter((t) => !repo.teams.has(t.toLowerCase()));
  if (strangers.length > 0 || unknownTeams.length > 0)
    unprocessable(
      ctx,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
    );
  for (const r of reviewers) {
    // Without Copilot code review in the repository, GitHub answers 201 and requests no one.
    if (isCopilot(r) && !repo.copilot_review) continue;
    const login = isCopilot(r)
      ? ctx.state.ensureUser(COPILOT_LISTED_LOGIN, { type: 'Bot' }).login
      : ctx.state.user(r)!.login;
    if (issue.pull.requested_reviewers.some((have) => have.toLowerCase() === login.toLowerCase())) continue;
    issue.pull.requested_reviewers.push(login);
    requestReview(ctx.state, issue, ctx.user.login, login);
  }
  for (const t of teams) {
    const slug = repo.teams.get(t.toLowerCase())!.slug;
    if (issue.pull.requested_teams.includes(slug)) continue;
    issue.pull.requested_teams.push(slug);
    requestTeamReview(ctx.state, issue, ctx.user.login, slug);
  }
}

/** Removes what was requested; names that were not requested are ignored, as GitHub does. */
export function removeReviewers(
  ctx: RouteContext,
  issue: PullIssue,
  reviewers: string[],
  teams: string[],
): void {
  for (const r of reviewers) {
    const name = isCopilot(r) ? COPILOT_LISTED_LOGIN : r;
    const i = issue.pull.requested_reviewers.findIndex((x) => x.toLowerCase() === name.toLowerCase());
    if (i < 0) continue;
    const [login] = issue.pull.requested_reviewers.splice(i, 1);
    removeReviewRequest(ctx.state, issue, ctx.user.login, login!);
  }
  for (const t of teams) {
    const i = issue.pull.requested_teams.findIndex((x) => x.toLowerCase() === t.toLowerCase());
    if (i < 0) continue;
    const [slug] = issue.pull.requested_teams.splice(i, 1);
    removeTeamReviewRequest(ctx.state, issue, ctx.user.login, slug!);
  }
}
