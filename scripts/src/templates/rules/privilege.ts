/** What a job's token and secrets allow, shared by the zizmor-style audits. */
import { isMap, isScalar } from 'yaml';
import { type Job, scalarText, type WorkflowDocument } from '../workflow-document.js';

export interface Grant {
  /** `contents: write`, `write-all`, or a note that the default token applies. */
  readonly what: string;
  readonly at: unknown;
}

/** Write scopes the job's token has: its own `permissions:`, else the workflow's, else GitHub's default. */
export function writeGrants(doc: WorkflowDocument, job: Job): Grant[] {
  const own = doc.entry(job.map, 'permissions');
  const top = doc.root === undefined ? undefined : doc.entry(doc.root, 'permissions');
  const permissions = own ?? top;
  if (permissions === undefined)
    return [
      {
        what: 'no `permissions:` (the repository default token, which may be able to write everything)',
        at: job.key,
      },
    ];
  const value = permissions.value;
  if (isScalar(value)) {
    const level = String(value.value);
    return level === 'write-all' ? [{ what: '`write-all`', at: permissions.key }] : [];
  }
  if (!isMap(value)) return [];
  const grants: Grant[] = [];
  for (const pair of value.items) {
    if (isScalar(pair.value) && String(pair.value.value) === 'write')
      grants.push({
        what: `\`${String(isScalar(pair.key) ? pair.key.value : pair.key)}: write\``,
        at: pair.key,
      });
  }
  return grants;
}

/** Secrets other than the workflow's own token, read anywhere in the job (or all of them, by `secrets: inherit`). */
export function readsSecrets(doc: WorkflowDocument, job: Job): boolean {
  if (scalarText(doc.entry(job.map, 'secrets')?.value) === 'inherit') return true;
  for (const match of doc.source(job.map).text.matchAll(/\$\{\{([^}]*)\}\}/g)) {
    const expression = (match[1] ?? '').toLowerCase();
    for (const use of expression.matchAll(/\bsecrets\s*(?:\.\s*([a-z0-9_]+)|\[)/g))
      if (use[1] !== 'github_token') return true;
  }
  return false;
}

/** Why the job is privileged (a write token or secrets), or undefined. */
export function privilege(doc: WorkflowDocument, job: Job): string | undefined {
  const grants = writeGrants(doc, job);
  if (grants.length > 0) return `its token has ${grants.map((g) => g.what).join(', ')}`;
  if (readsSecrets(doc, job)) return 'it reads secrets';
  return undefined;
}

/** The job's `needs:` ids. */
export function needsOf(doc: WorkflowDocument, job: Job): string[] {
  const value = doc.entry(job.map, 'needs')?.value;
  const single = scalarText(value);
  if (single !== undefined) return [single];
  if (value && 'items' in value && Array.isArray(value.items))
    return value.items
      .map((item) => scalarText(doc.asNode(item)))
      .filter((s): s is string => s !== undefined);
  return [];
}

/** A `# <label>: <reason>` comment on the job's key line (or its `if:` line), with a non-empty reason. */
export function waiver(doc: WorkflowDocument, job: Job, label: string): string | undefined {
  const lines = doc.text.split('\n');
  const at = [doc.position(job.key).line];
  const condition = doc.entry(job.map, 'if');
  if (condition) at.push(doc.position(condition.key).line);
  for (const line of at) {
    const text = lines[line - 1] ?? '';
    const match = new RegExp(`#\\s*${label}:\\s*(\\S.*)$`).exec(text);
    if (match) return match[1]!.trim();
  }
  return undefined;
}
