import {
  addAssignees,
  addLabels,
  isAssignable,
  removeAssignees,
  removeLabel,
  rename,
  setLabels,
  setState,
  touch,
} from './issue-changes.js';
import { orderList } from './list-order.js';
import { pagedReply } from './pagination.js';
import { commentJson, eventJson, issueJson, issueLabels, labelJson, timelineJson } from './render-issue.js';
import {
  bodyObject,
  fail,
  intParam,
  notFound,
  optionalString,
  optionalStringArray,
  type RouteContext,
  type RouteDef,
  repoOf,
  requireString,
  validationFailed,
} from './route-types.js';
import type { SimComment, SimIssue, SimRepo } from './state.js';

/** Issue routes: list/create/get/update, comments, labels on issues, assignees, events, timeline. */

export function issueOf(ctx: RouteContext, repo: SimRepo): SimIssue {
  const issue = repo.issues.get(intParam(ctx, 'issue_number'));
  if (!issue) notFound(ctx);
  return issue;
}

/** Label names from a body's `labels`, which GitHub accepts as strings or `{ name }` objects. */
function labelNames(ctx: RouteContext, raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string')
      return (item as { name: string }).name;
    return fail(
      ctx,
      422,
      `Invalid request.\n\nFor 'items', ${JSON.stringify(item)} is not a string or object.`,
    );
  });
}

/** The `labels` of a labels request: `{ labels: [...] }`, or a bare array as GitHub also accepts. */
function requestedLabels(ctx: RouteContext): string[] {
  if (Array.isArray(ctx.body)) return labelNames(ctx, ctx.body) ?? [];
  return labelNames(ctx, bodyObject(ctx).labels) ?? [];
}

function checkAssignees(ctx: RouteContext, repo: SimRepo, resource: 'Issue', logins: string[]): void {
  const invalid = logins.filter((l) => !isAssignable(ctx.state, repo, l));
  if (invalid.length > 0)
    validationFailed(
      ctx,
      invalid.map((value) => ({ resource, code: 'invalid', field: 'assignees', value })),
    );
}

function stateReason(ctx: RouteContext, body: Record<string, unknown>): string | null | undefined {
  const reason = body.state_reason;
  if (reason === undefined) return undefined;
  if (reason === null) return null;
  if (typeof reason !== 'string' || !['completed', 'not_planned', 'reopened', 'duplicate'].includes(reason))
    validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state_reason' }]);
  return reason;
}

function findComment(ctx: RouteContext, repo: SimRepo): { issue: SimIssue; comment: SimComment } {
  const id = intParam(ctx, 'comment_id');
  for (const issue of repo.issues.values()) {
    const comment = issue.comments.find((c) => c.id === id);
    if (comment) return { issue, comment };
  }
  return notFound(ctx);
}

function listIssues(ctx: RouteContext, repo: SimRepo): SimIssue[] {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state))
    validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state', value: state }]);
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const creator = q.get('creator')?.toLowerCase();
  const assignee = q.get('assignee');
  const since = q.get('since');
  const sinceMs = since ? Date.parse(since) : undefined;
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? 'desc';
  const list = [...repo.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    const mine = issue.labels.map((l) => l.toLowerCase());
    if (!labels.every((l) => mine.includes(l))) return false;
    if (creator && issue.author.toLowerCase() !== creator) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (
      assignee &&
      assignee !== 'none' &&
      assignee !== '*' &&
      !issue.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase())
    )
      return false;
    if (sinceMs !== undefined && !Number.isNaN(sinceMs) && Date.parse(issue.updated_at) < sinceMs)
      return false;
    return true;
  });
  return orderList(
    list,
    sort === 'updated' ? 'updated' : sort === 'comments' ? 'comments' : 'created',
    direction !== 'asc',
  );
}

export const issueRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues',
    operationId: 'issues/list-for-repo',
    docs: 'issues/issues#list-repository-issues',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return pagedReply(ctx, listIssues(ctx, repo), (i) => issueJson(ctx.state, ctx.urls, repo, i));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    operationId: 'issues/create',
    docs: 'issues/issues#create-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const title = body.title;
      if (title === undefined || title === null || title === '')
        validationFailed(ctx, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      if (typeof title !== 'string' && typeof title !== 'number')
        fail(
          ctx,
          422,
          `Invalid request.\n\nFor 'properties/title', ${JSON.stringify(title)} is not a string or integer.`,
        );
      const assignees = [
        ...(optionalStringArray(ctx, body, 'assignees') ?? []),
        ...(optionalString(ctx, body, 'assignee') ? [body.assignee as string] : []),
      ];
      checkAssignees(ctx, repo, 'Issue', assignees);
      const now = ctx.state.timestamp();
      const issue: SimIssue = {
        id: ctx.state.nextId(),
        number: repo.nextNumber++,
        title: String(title),
        body: optionalString(ctx, body, 'body') ?? null,
        author: ctx.user.login,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        locked: false,
        created_at: now,
        updated_at: now,
        closed_at: null,
        closed_by: null,
        comments: [],
        events: [],
        milestone: null,
      };
      repo.issues.set(issue.number, issue);
      addLabels(ctx.state, repo, issue, ctx.user.login, labelNames(ctx, body.labels) ?? []);
      addAssignees(ctx.state, issue, ctx.user.login, assignees);
      issue.updated_at = now;
      return {
        status: 201,
        body: issueJson(ctx.state, ctx.urls, repo, issue),
        headers: { location: `${ctx.urls.repo(repo.owner, repo.name)}/issues/${issue.number}` },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    operationId: 'issues/get',
    docs: 'issues/issues#get-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issueOf(ctx, repo)) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    operationId: 'issues/update',
    docs: 'issues/issues#update-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const body = bodyObject(ctx);
      const actor = ctx.user.login;
      const nextState = optionalString(ctx, body, 'state');
      if (nextState !== undefined && nextState !== 'open' && nextState !== 'closed')
        validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state' }]);
      const reason = stateReason(ctx, body);
      const assignees = optionalStringArray(ctx, body, 'assignees');
      if (assignees) checkAssignees(ctx, repo, 'Issue', assignees);
      const title = body.title;
      if (title !== undefined && title !== null) rename(ctx.state, issue, actor, String(title));
      if ('body' in body) {
        issue.body = optionalString(ctx, body, 'body') ?? null;
        touch(ctx.state, issue);
      }
      const labels = labelNames(ctx, body.labels);
      if (labels) setLabels(ctx.state, repo, issue, actor, labels);
      if (assignees) {
        removeAssignees(
          ctx.state,
          issue,
          actor,
          issue.assignees.filter((a) => !assignees.some((b) => b.toLowerCase() === a.toLowerCase())),
        );
        addAssignees(ctx.state, issue, actor, assignees);
      }
      if (nextState !== undefined) setState(ctx.state, issue, actor, nextState, reason);
      else if (reason !== undefined && issue.state === 'closed') issue.state_reason = reason;
      return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issue) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    operationId: 'issues/list-comments',
    docs: 'issues/comments#list-issue-comments',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const since = ctx.query.get('since');
      const sinceMs = since ? Date.parse(since) : Number.NaN;
      const comments = issue.comments.filter(
        (c) => Number.isNaN(sinceMs) || Date.parse(c.updated_at) >= sinceMs,
      );
      return pagedReply(ctx, comments, (c) => commentJson(ctx.state, ctx.urls, repo, issue, c));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    operationId: 'issues/create-comment',
    docs: 'issues/comments#create-an-issue-comment',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const text = requireString(ctx, bodyObject(ctx), 'body');
      const now = ctx.state.timestamp();
      const comment: SimComment = {
        id: ctx.state.nextId(),
        issueNumber: issue.number,
        author: ctx.user.login,
        body: text,
        created_at: now,
        updated_at: now,
      };
      issue.comments.push(comment);
      touch(ctx.state, issue);
      return { status: 201, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    operationId: 'issues/get-comment',
    docs: 'issues/comments#get-an-issue-comment',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const { issue, comment } = findComment(ctx, repo);
      return { status: 200, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    operationId: 'issues/update-comment',
    docs: 'issues/comments#update-an-issue-comment',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const { issue, comment } = findComment(ctx, repo);
      comment.body = requireString(ctx, bodyObject(ctx), 'body');
      comment.updated_at = ctx.state.timestamp();
      return { status: 200, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    operationId: 'issues/delete-comment',
    docs: 'issues/comments#delete-an-issue-comment',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const { issue, comment } = findComment(ctx, repo);
      issue.comments.splice(issue.comments.indexOf(comment), 1);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/events',
    operationId: 'issues/list-events',
    docs: 'issues/events#list-issue-events',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      return pagedReply(ctx, issue.events, (e) => eventJson(ctx.state, ctx.urls, repo, e));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/timeline',
    operationId: 'issues/list-events-for-timeline',
    docs: 'issues/timeline#list-timeline-events-for-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      return pagedReply(ctx, timelineJson(ctx.state, ctx.urls, repo, issue), (e) => e);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    operationId: 'issues/list-labels-on-issue',
    docs: 'issues/labels#list-labels-for-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      return pagedReply(ctx, issueLabels(ctx.urls, repo, issue), (l) => l);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    operationId: 'issues/add-labels',
    docs: 'issues/labels#add-labels-to-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      addLabels(ctx.state, repo, issue, ctx.user.login, requestedLabels(ctx));
      return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
    },
  },
  {
    method: 'PUT',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    operationId: 'issues/set-labels',
    docs: 'issues/labels#set-labels-for-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      setLabels(ctx.state, repo, issue, ctx.user.login, requestedLabels(ctx));
      return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    operationId: 'issues/remove-label',
    docs: 'issues/labels#remove-a-label-from-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const name = decodeURIComponent(ctx.params.name ?? '');
      if (!removeLabel(ctx.state, repo, issue, ctx.user.login, name)) fail(ctx, 404, 'Label does not exist');
      return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
    operationId: 'issues/add-assignees',
    docs: 'issues/assignees#add-assignees-to-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const wanted = optionalStringArray(ctx, bodyObject(ctx), 'assignees') ?? [];
      // GitHub silently ignores people who cannot be assigned here (unlike on create/update).
      addAssignees(
        ctx.state,
        issue,
        ctx.user.login,
        wanted.filter((l) => isAssignable(ctx.state, repo, l)),
      );
      return { status: 201, body: issueJson(ctx.state, ctx.urls, repo, issue) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
    operationId: 'issues/remove-assignees',
    docs: 'reference/issues#remove-assignees-from-an-issue',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      removeAssignees(
        ctx.state,
        issue,
        ctx.user.login,
        optionalStringArray(ctx, bodyObject(ctx), 'assignees') ?? [],
      );
      return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issue) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/assignees/{assignee}',
    operationId: 'issues/check-user-can-be-assigned',
    docs: 'issues/assignees#check-if-a-user-can-be-assigned',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      if (!isAssignable(ctx.state, repo, decodeURIComponent(ctx.params.assignee ?? ''))) notFound(ctx);
      return { status: 204 };
    },
  },
];

export const labelRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels',
    operationId: 'issues/list-labels-for-repo',
    docs: 'issues/labels#list-labels-for-a-repository',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return pagedReply(ctx, [...repo.labels.values()], (l) => labelJson(ctx.urls, repo, l));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/labels',
    operationId: 'issues/create-label',
    docs: 'issues/labels#create-a-label',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const body = bodyObject(ctx);
      const name = optionalString(ctx, body, 'name');
      if (!name) validationFailed(ctx, [{ resource: 'Label', code: 'missing_field', field: 'name' }]);
      const color = (optionalString(ctx, body, 'color') ?? 'ededed').replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(color))
        validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
      if (repo.labels.has(name.toLowerCase()))
        validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const label = {
        id: ctx.state.nextId(),
        name,
        color: color.toLowerCase(),
        description: optionalString(ctx, body, 'description') ?? null,
        default: false,
      };
      repo.labels.set(name.toLowerCase(), label);
      return { status: 201, body: labelJson(ctx.urls, repo, label) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels/{name}',
    operationId: 'issues/get-label',
    docs: 'issues/labels#get-a-label',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const label = repo.labels.get(decodeURIComponent(ctx.params.name ?? '').toLowerCase());
      if (!label) notFound(ctx);
      return { status: 200, body: labelJson(ctx.urls, repo, label) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/labels/{name}',
    operationId: 'issues/update-label',
    docs: 'issues/labels#update-a-label',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const oldName = decodeURIComponent(ctx.params.name ?? '');
      const label = repo.labels.get(oldName.toLowerCase());
      if (!label) notFound(ctx);
      const body = bodyObject(ctx);
      const newName = optionalString(ctx, body, 'new_name');
      const color = optionalString(ctx, body, 'color')?.replace(/^#/, '');
      if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color))
        validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
      if (
        newName &&
        newName.toLowerCase() !== oldName.toLowerCase() &&
        repo.labels.has(newName.toLowerCase())
      )
        validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      if (newName) {
        repo.labels.delete(oldName.toLowerCase());
        for (const issue of repo.issues.values())
          issue.labels = issue.labels.map((l) => (l.toLowerCase() === oldName.toLowerCase() ? newName : l));
        label.name = newName;
        repo.labels.set(newName.toLowerCase(), label);
      }
      if (color !== undefined) label.color = color.toLowerCase();
      if ('description' in body) label.description = optionalString(ctx, body, 'description') ?? null;
      return { status: 200, body: labelJson(ctx.urls, repo, label) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/labels/{name}',
    operationId: 'issues/delete-label',
    docs: 'issues/labels#delete-a-label',
    scope: 'issues',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const name = decodeURIComponent(ctx.params.name ?? '').toLowerCase();
      if (!repo.labels.delete(name)) notFound(ctx);
      for (const issue of repo.issues.values())
        issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
      return { status: 204 };
    },
  },
];
