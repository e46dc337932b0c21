/**
 * Taking a draft pull request out of draft. GitHub has no REST route for it: GraphQL's
 * `markPullRequestReadyForReview` does it, by the pull request's node id (`node_id` in REST).
 * GraphQL refuses with HTTP 200 and `errors` (FORBIDDEN without pull-requests: write, NOT_FOUND,
 * …); that is returned as one sentence naming GitHub's error type, since the caller's work is
 * usually done by then. Other failures (HTTP errors, rate limits) are thrown as the client gives them.
 */
import type { GitHubClient } from './github-client.js';

/** The document sent; the testkit checks it against GitHub's published GraphQL schema. */
export const READY_FOR_REVIEW_MUTATION = `mutation autohealMarkReady($pullRequestId: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number isDraft }
  }
}`;

interface GraphqlErrorShape {
  name?: unknown;
  errors?: unknown;
}

/** Marks the pull request ready for review; undefined when done, else why GitHub refused. */
export async function markReadyForReview(github: GitHubClient, nodeId: string): Promise<string | undefined> {
  try {
    await github.graphql(READY_FOR_REVIEW_MUTATION, { pullRequestId: nodeId });
    return undefined;
  } catch (error) {
    const shape = error as GraphqlErrorShape | null;
    if (shape?.name !== 'GraphqlResponseError' || !Array.isArray(shape.errors)) throw error;
    const first: unknown = shape.errors[0];
    const raw = typeof first === 'object' && first !== null ? (first as { type?: unknown }).type : undefined;
    // Only GitHub's error code is repeated, and only in its known shape.
    const type = typeof raw === 'string' && /^[A-Z_]{1,40}$/.test(raw) ? raw : 'an error';
    const forbidden = type === 'FORBIDDEN' ? ' (the token needs pull-requests: write)' : '';
    return `GitHub refused to mark the pull request ready for review: ${type}${forbidden}. It stays a draft.`;
  }
}
