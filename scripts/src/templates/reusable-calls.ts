/**
 * Check 5: a caller and the reusable workflow it calls agree. GitHub caps every job of a called
 * workflow at the permissions the caller's job grants, so a scope the called jobs need and the
 * caller does not grant fails only at run time, on the user's repository; this finds it here. The
 * call must also pass only inputs and secrets the workflow declares, and every required one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { ownWorkflowPath } from '../release/published.js';
import { checkWorkflowDocument } from './check-workflow.js';
import { type Problem, Rules } from './problem.js';
import { PUBLISHED_DIR, TEMPLATES_DIR } from './published-copies.js';
import { type Job, scalarText, WorkflowDocument } from './workflow-document.js';

type Level = 0 | 1 | 2;
const LEVELS: Record<string, Level> = { none: 0, read: 1, write: 2 };
const NAMES = ['none', 'read', 'write'] as const;

/** Scope → level granted by a `permissions:` value; `*` stands for every scope (read-all / write-all). */
function grants(value: unknown): Map<string, Level> {
  const result = new Map<string, Level>();
  if (isScalar(value)) {
    const text = String(value.value);
    if (text === 'write-all') result.set('*', 2);
    else if (text === 'read-all') result.set('*', 1);
  } else if (isMap(value)) {
    for (const pair of value.items) {
      const scope = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const level = isScalar(pair.value) ? LEVELS[String(pair.value.value)] : undefined;
      if (scope !== undefined && level !== undefined) result.set(scope, level);
    }
  }
  return result;
}

function levelOf(granted: Map<string, Level>, scope: string): Level {
  return Math.max(granted.get(scope) ?? 0, granted.get('*') ?? 0) as Level;
}

/** What the job's token gets: its own `permissions:`, else the workflow's top-level ones (none when neither). */
function jobGrants(doc: WorkflowDocument, job: Job): Map<string, Level> {
  const own = doc.entry(job.map, 'permissions');
  const top = doc.root === undefined ? undefined : doc.entry(doc.root, 'permissions');
  return grants((own ?? top)?.value);
}

/** The most each scope is needed at by any job of the called workflow, and which job needs it. */
function needed(called: WorkflowDocument): Map<string, { level: Level; job: string }> {
  const result = new Map<string, { level: Level; job: string }>();
  for (const job of called.jobs())
    for (const [scope, level] of jobGrants(called, job))
      if (level > (result.get(scope)?.level ?? 0)) result.set(scope, { level, job: job.id });
  return result;
}

/** Names declared under `on.workflow_call.<section>`, each with whether it is required. */
function declared(called: WorkflowDocument, section: 'inputs' | 'secrets'): Map<string, boolean> | undefined {
  const on = called.root === undefined ? undefined : called.mappingAt(called.root, 'on');
  const call = on === undefined ? undefined : called.entry(on, 'workflow_call');
  if (call === undefined) return undefined;
  const result = new Map<string, boolean>();
  const items = isMap(call.value) ? called.mappingAt(call.value, section) : undefined;
  for (const pair of items?.items ?? []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const spec = called.asNode(pair.value);
    const required = isMap(spec) ? scalarText(called.entry(spec, 'required')?.value) === 'true' : false;
    if (name !== undefined) result.set(name, required);
  }
  return result;
}

function passed(doc: WorkflowDocument, map: YAMLMap, key: string): Map<string, unknown> {
  const result = new Map<string, unknown>();
  const value = doc.mappingAt(map, key);
  for (const pair of value?.items ?? []) if (isScalar(pair.key)) result.set(String(pair.key.value), pair.key);
  return result;
}

function checkCall(doc: WorkflowDocument, job: Job, called: WorkflowDocument, calledFile: string): Problem[] {
  const problems: Problem[] = [];
  const inputs = declared(called, 'inputs');
  const secrets = declared(called, 'secrets');
  if (inputs === undefined || secrets === undefined)
    return [
      doc.problem(
        doc.uses(job.map)?.node,
        Rules.reusableCall,
        `job \`${job.id}\` calls \`${calledFile}\`, which has no \`on: workflow_call\`; only a reusable workflow can be called`,
      ),
    ];

  const granted = jobGrants(doc, job);
  const at = doc.entry(job.map, 'permissions')?.key ?? job.key;
  for (const [scope, need] of needed(called)) {
    const has = levelOf(granted, scope);
    if (has >= need.level) continue;
    problems.push(
      doc.problem(
        at,
        Rules.callerPermissions,
        `job \`${job.id}\` grants \`${scope}: ${NAMES[has]}\` but job \`${need.job}\` of \`${calledFile}\` needs \`${scope}: ${NAMES[need.level]}\`; a called workflow gets no more than its caller grants, so add \`${scope}: ${NAMES[need.level]} # why\` to this job's permissions`,
      ),
    );
  }

  for (const [section, names] of [
    ['with', inputs],
    ['secrets', secrets],
  ] as const) {
    if (section === 'secrets' && scalarText(doc.entry(job.map, 'secrets')?.value) === 'inherit') continue;
    const given = passed(doc, job.map, section);
    for (const [name, node] of given)
      if (!names.has(name))
        problems.push(
          doc.problem(
            node,
            Rules.reusableCall,
            `job \`${job.id}\` passes \`${section}.${name}\`, which \`${calledFile}\` does not declare (it declares ${[...names.keys()].map((n) => `\`${n}\``).join(', ') || 'none'})`,
          ),
        );
    for (const [name, required] of names)
      if (required && !given.has(name))
        problems.push(
          doc.problem(
            job.key,
            Rules.reusableCall,
            `job \`${job.id}\` does not pass \`${section}.${name}\`, which \`${calledFile}\` requires`,
          ),
        );
  }
  return problems;
}

/** Problems in every call `doc` makes to one of our reusable workflows (read from `root`). */
export async function checkReusableCalls(root: string, doc: WorkflowDocument): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const job of doc.jobs()) {
    const uses = doc.uses(job.map);
    const calledFile = uses === undefined ? undefined : ownWorkflowPath(uses.value);
    if (uses === undefined || calledFile === undefined) continue;
    let text: string;
    try {
      text = await readFile(path.join(root, calledFile), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      problems.push(
        doc.problem(
          uses.node,
          Rules.reusableCall,
          `job \`${job.id}\` calls \`${calledFile}\`, which does not exist`,
        ),
      );
      continue;
    }
    problems.push(...checkCall(doc, job, new WorkflowDocument(text, calledFile), calledFile));
  }
  return problems;
}

/**
 * The reusable workflows published in `.github/workflows/` (those with `on: workflow_call`) that are
 * not byte-identical copies of a template (those are checked as the template): they are what users
 * call, so they meet every template rule, and their own calls are checked too.
 */
export async function checkReusableWorkflows(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const dir = path.join(root, PUBLISHED_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const doc = new WorkflowDocument(text, `${PUBLISHED_DIR}/${name}`);
    if (!doc.triggers().has('workflow_call')) continue;
    const template = await readFile(path.join(root, TEMPLATES_DIR, name), 'utf8').catch(() => undefined);
    if (template === text) continue;
    problems.push(...(await checkWorkflowDocument(doc)), ...(await checkReusableCalls(root, doc)));
  }
  return problems;
}
