/**
 * The one GraphQL mutation autoheal sends: `markPullRequestReadyForReview` (REST has no route that
 * takes a pull request out of draft). Served at `POST /graphql` (GHES: `/api/graphql`) as GitHub
 * answers GraphQL: HTTP 200 with `data`, or with `errors` (`type` FORBIDDEN / NOT_FOUND and the
 * failing `path`) beside a null field; 401 for a missing or unknown token. Any other document is
 * answered with GitHub's "doesn't exist" error for its first field, so a test that sends something
 * unmodelled fails loudly instead of passing on a guess. Documents are recognised, not parsed: one
 * mutation field, `input: { pullRequestId: … }` by variable or string literal.
 */

import { touch } from './issue-changes.js';
import type { Reply } from './route-types.js';
import type { SimulatorState, TokenIdentity } from './state.js';

/** Where GitHub's GraphQL errors point. */
export const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
const READY =
  /\bmutation\b[^{]*\{\s*markPullRequestReadyForReview\s*\(\s*input\s*:\s*\{\s*pullRequestId\s*:\s*(?:\$([A-Za-z_]\w*)|"([^"\\]*)")\s*\}\s*\)\s*\{([\s\S]*)\}\s*\}\s*$/;
const FIRST_FIELD = /^\s*(?:(query|mutation)\b[^{]*)?\{\s*([A-Za-z_]\w*)/;

/** Whether a request path (without the REST base) is the GraphQL endpoint. */
export function isGraphqlPath(pathname: string, basePath: string): boolean {
  if (basePath === '') return pathname === '/graphql';
  // GHES serves REST under /api/v3 and GraphQL at /api/graphql.
  return pathname === `${basePath.replace(/\/v3$/, '')}/graphql`;
}

function decodeNodeId(id: string): { type: string; id: number } | undefined {
  const text = Buffer.from(id, 'base64').toString('utf8');
  const m = /^(\d{2}):([A-Za-z]+)(\d+)$/.exec(text);
  if (!m || Number(m[1]) !== m[2]!.length) return undefined;
  return { type: m[2]!, id: Number(m[3]) };
}

function errorReply(field: string, type: string, message: string): Reply {
  return {
    status: 200,
    body: {
      data: { [field]: null },
      errors: [{ type, path: [field], locations: [{ line: 2, column: 3 }], message }],
    },
  };
}

/** The answer to one GraphQL request by an authenticated token. */
export function graphqlReply(state: SimulatorState, identity: TokenIdentity, body: unknown): Reply {
  const request = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const query = typeof request.query === 'string' ? request.query : '';
  const variables =
    typeof request.variables === 'object' && request.variables !== null
      ? (request.variables as Record<string, unknown>)
      : {};
  const m = READY.exec(query);
  if (!m) {
    const first = FIRST_FIELD.exec(query);
    if (!first)
      return {
        status: 200,
        body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
      };
    const on = first[1] === 'mutation' ? 'Mutation' : 'Query';
    return {
      status: 200,
      body: {
        errors: [
          {
            path: [first[1] ?? 'query', first[2]],
            extensions: { code: 'undefinedField', typeName: on, fieldName: first[2] },
            locations: [{ line: 1, column: 1 }],
            message: `Field '${first[2]}' doesn't exist on type '${on}'`,
          },
        ],
      },
    };
  }
  const field = 'markPullRequestReadyForReview';
  const raw = m[1] !== undefined ? variables[m[1]] : m[2];
  const nodeId = typeof raw === 'string' ? raw : '';
  const decoded = decodeNodeId(nodeId);
  const found =
    decoded?.type === 'PullRequest'
      ? [...state.repos.values()].flatMap((repo) =>
          [...repo.issues.values()]
            .filter((i) => i.pull?.id === decoded.id)
            .map((issue) => ({ repo, issue })),
        )[0]
      : undefined;
  if (!found)
    return errorReply(field, 'NOT_FOUND', `Could not resolve to a node with the global id of '${nodeId}'.`);
  if ((identity.permissions.pull_requests ?? 'none') !== 'write')
    return errorReply(field, 'FORBIDDEN', 'Resource not accessible by integration');
  const { issue } = found;
  const pull = issue.pull!;
  if (issue.state !== 'open')
    return errorReply(
      field,
      'UNPROCESSABLE',
      'Pull request is closed and cannot be marked ready for review.',
    );
  if (pull.draft) {
    pull.draft = false;
    issue.events.push({
      id: state.nextId(),
      event: 'ready_for_review',
      actor: identity.login,
      created_at: state.timestamp(),
    });
    touch(state, issue);
  }
  // Only the fields autoheal selects are modelled: number and isDraft of the pull request.
  const selection = m[3] ?? '';
  const pullRequest: Record<string, unknown> = {};
  if (/\bnumber\b/.test(selection)) pullRequest.number = issue.number;
  if (/\bisDraft\b/.test(selection)) pullRequest.isDraft = pull.draft;
  return { status: 200, body: { data: { [field]: { pullRequest } } } };
}
