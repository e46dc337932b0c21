/**
 * `permission_denied` by GITHUB_TOKEN ("Resource not accessible by integration"): the smallest
 * `permissions:` change for the failing job, as a suggested diff only. Granting a token more
 * power is a decision for a person, never a pull request autoheal opens.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ownEntry } from '../own-entry.js';
import { type ScopeNeed, scopesNeeded } from './token-scopes.js';
import { type FixContext, type FixResult, noFix } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { suggestionProblems } from './validate.js';
import { failingStepName, loadJob } from './workflow-context.js';
import { type Found, ownValue, scalarText } from './workflow-model.js';
import { afterNode, appendEntries, columnOf, indentUnit, insertLines, replaceScalar } from './yaml-edit.js';

const REFUSED =
  /Resource not accessible by integration|Permission to \S+ denied to github-actions\[bot\]|ACTIONS_ID_TOKEN_REQUEST_URL|denied: (?:installation not allowed|permission_denied: write_package)/;

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Whether the workflow runs only for pull requests (then an issue comment is a PR comment). */
function pullRequestsOnly(root: YAMLMap): boolean {
  const on = ownValue(root, 'on') ?? ownValue(root, 'true');
  const events: string[] = [];
  if (isScalar(on)) events.push(String(on.value));
  else if (isSeq(on)) for (const i of on.items) events.push(String(scalarText(i as Node)));
  else if (isMap(on))
    for (const p of on.items) if (isPair(p) && isScalar(p.key)) events.push(String(p.key.value));
  return events.length > 0 && events.every((e) => PR_EVENTS.has(e));
}

const RANK = { none: 0, read: 1, write: 2 } as const;

/** A level as the workflow file writes it; anything else (`constructor` too, not Object's) ranks as none. */
function rank(level: string): number {
  return ownEntry<number>(RANK, level) ?? 0;
}

/** The job's permissions with `needs` granted, written into the file. */
function grant(
  text: string,
  root: YAMLMap,
  jobMap: YAMLMap,
  jobId: string,
  needs: readonly ScopeNeed[],
): Found<string> {
  const unit = indentUnit(text, root);
  const own = ownValue(jobMap, 'permissions');
  if (own !== undefined) {
    if (isScalar(own)) {
      const v = String(own.value);
      return {
        ok: false,
        reason:
          v === 'write-all'
            ? `job "${jobId}" already has write-all permissions: the token is limited elsewhere (a pull request from a fork, or the repository's or organization's settings)`
            : `job "${jobId}" sets permissions: ${v}; replace it with a mapping that grants ${needs.map((n) => `${n.scope}: ${n.level}`).join(', ')}`,
      };
    }
    if (!isMap(own))
      return { ok: false, reason: `job "${jobId}" sets permissions in a form autoheal does not edit` };
    let out = text;
    const missing: string[] = [];
    const raises: { node: Node; level: string }[] = [];
    for (const n of needs) {
      const current = ownValue(own, n.scope);
      const level = isScalar(current) ? String(current.value) : undefined;
      if (level === undefined) missing.push(`${n.scope}: ${n.level}`);
      else if (rank(level) < RANK[n.level]) raises.push({ node: current!, level: n.level });
    }
    if (missing.length === 0 && raises.length === 0)
      return {
        ok: false,
        reason: `job "${jobId}" already grants ${needs.map((n) => `${n.scope}: ${n.level}`).join(', ')}: the token is limited elsewhere (a pull request from a fork, or the repository's or organization's settings)`,
      };
    // New entries go after every existing one, so the scalars to raise keep their offsets.
    if (missing.length > 0) {
      const edited = appendEntries(out, own, missing);
      if (!edited.ok) return edited;
      out = edited.value;
    }
    raises.sort((a, b) => (b.node.range?.[0] ?? 0) - (a.node.range?.[0] ?? 0));
    for (const r of raises) if (isScalar(r.node)) out = replaceScalar(out, r.node, r.level);
    return { ok: true, value: out };
  }
  // No job-level block: the job inherits the workflow's (or the repository default). A job block
  // replaces that wholesale, so it starts from the workflow's scopes, or `contents: read` for checkout.
  const top = ownValue(root, 'permissions');
  const scopes = new Map<string, string>();
  if (isMap(top)) {
    for (const p of top.items) {
      if (!isPair(p) || !isScalar(p.key) || !isScalar(p.value))
        return { ok: false, reason: 'the workflow-level permissions are not plain scope: level entries' };
      scopes.set(String(p.key.value), String(p.value.value));
    }
  } else if (isScalar(top) && String(top.value) === 'write-all') {
    return {
      ok: false,
      reason:
        "the workflow grants write-all: the token is limited elsewhere (a pull request from a fork, or the repository's or organization's settings)",
    };
  } else scopes.set('contents', 'read');
  for (const n of needs) {
    const current = scopes.get(n.scope);
    if (current === undefined || rank(current) < RANK[n.level]) scopes.set(n.scope, n.level);
  }
  const firstKey = jobMap.items[0];
  const keyStart = isPair(firstKey) ? (firstKey.key as Node | null)?.range?.[0] : undefined;
  if (keyStart === undefined) return { ok: false, reason: `job "${jobId}" is empty` };
  const indent = ' '.repeat(columnOf(text, keyStart));
  // After `runs-on` by convention, else after the job's first entry.
  const anchor =
    jobMap.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'runs-on') ?? jobMap.items[0];
  const node = (isPair(anchor) ? (anchor.value as Node | null) : null) ?? undefined;
  if (!node) return { ok: false, reason: `job "${jobId}" has no entry to place permissions after` };
  const lines = [`${indent}permissions:`, ...[...scopes].map(([s, l]) => `${indent}${unit}${s}: ${l}`)];
  return { ok: true, value: insertLines(text, afterNode(text, node), lines) };
}

function findingLines(ctx: FixContext): string[] {
  return [ctx.finding.keyLine, ...ctx.finding.excerpt.map((l) => l.text)];
}

/** Whether the finding shows GITHUB_TOKEN (or the job's identity) being refused. */
export function showsTokenRefusal(ctx: FixContext): boolean {
  return findingLines(ctx).some((l) => REFUSED.test(l));
}

export async function suggestPermissions(ctx: FixContext): Promise<FixResult> {
  const lines = findingLines(ctx);
  if (!showsTokenRefusal(ctx))
    return noFix(
      'the log does not show GITHUB_TOKEN being refused; a file-system or remote permission problem has no workflow fix',
    );
  const loaded = await loadJob(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  const { workflow, job } = loaded.value;
  const stepFound = workflow.findStep(job, failingStepName(ctx));
  const step = stepFound.ok ? stepFound.value : undefined;
  const uses = step ? scalarText(ownValue(step, 'uses')) : undefined;
  const run = step ? scalarText(ownValue(step, 'run')) : undefined;
  const withMap = step ? ownValue(step, 'with') : undefined;
  const script =
    isMap(withMap) && uses?.startsWith('actions/github-script@')
      ? scalarText(ownValue(withMap, 'script'))
      : undefined;
  const stepInfo = {
    ...(uses !== undefined ? { uses } : {}),
    ...(run !== undefined ? { run } : {}),
    ...(script !== undefined ? { script } : {}),
  };
  const needs = scopesNeeded(lines, stepInfo, pullRequestsOnly(workflow.root));
  if (needs.length === 0)
    return noFix(
      'GITHUB_TOKEN was refused, but nothing in the log or the step says which API was called, so the scope is unknown',
    );
  const edited = grant(workflow.text, workflow.root, job.map, job.id, needs);
  if (!edited.ok) return noFix(edited.reason);
  const change = { path: workflow.path, before: workflow.text, after: edited.value };
  const problems = await suggestionProblems(change, ctx.validateWorkflow);
  if (problems.length > 0)
    return noFix(`the suggested permissions change failed validation: ${problems.join('; ')}`);
  const granted = needs.map((n) => `${n.scope}: ${n.level}`).join(', ');
  return {
    kind: 'suggestion',
    fixType: 'permission_denied',
    title: `Grant ${granted} to job "${job.id}"`,
    explanation:
      `GITHUB_TOKEN was refused (${needs[0]!.evidence}). Job "${job.id}" needs ${granted}; this diff grants only that, ` +
      'at the job level. If the run was for a pull request from a fork, the token is read-only whatever the workflow asks, ' +
      'and repository or organization settings can also cap it.',
    diff: unifiedDiff([change]),
  };
}
