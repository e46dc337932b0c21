/**
 * A workflow file read for editing: its jobs and steps found the way GitHub names them in a run,
 * with the source offsets of every node so fixes can change bytes in place.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type Scalar,
  type YAMLMap,
} from 'yaml';

export interface Job {
  id: string;
  map: YAMLMap;
}

export type Found<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isExpression(text: string): boolean {
  return text.includes('${{');
}

/**
 * The literal text around each `${{ … }}` of `text` (an expression ends at the first `}}`), found with
 * indexOf so an unclosed `${{` repeated many times costs linear time, not a rescan per opening.
 */
export function literalPieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 3);
    if (close < 0) break;
    pieces.push(text.slice(from, open));
    from = close + 2;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** A value written in the mapping itself: a scalar, map or sequence node, never an alias to one elsewhere. */
export function ownValue(map: YAMLMap, key: string): Node | undefined {
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) {
      if (pair.value === null || isAlias(pair.value)) return undefined;
      return pair.value as Node;
    }
  }
  return undefined;
}

/** Whether the mapping has `key`, by any means (a value, an alias, or a `<<` merge that might supply it). */
export function mayHave(map: YAMLMap, key: string): boolean {
  return map.items.some(
    (pair) => isPair(pair) && isScalar(pair.key) && (pair.key.value === key || pair.key.value === '<<'),
  );
}

export function hasKey(map: YAMLMap, key: string): boolean {
  return map.items.some((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key);
}

export function scalarText(node: Node | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/**
 * Whether `shown` is what GitHub could display for a name written with `${{ }}` expressions, each
 * expression standing for any text. The name comes from the workflow (a fork can write it), so the
 * match is linear: the first piece must be a prefix, the last a suffix, and each middle piece is taken
 * at its earliest occurrence after the previous one. Earliest-first is optimal for `*`-style
 * wildcards, so no backtracking is needed. `steps`, when given, counts the indexOf calls (for tests).
 */
export function wildcardNameMatches(written: string, shown: string, steps?: { count: number }): boolean {
  const pieces = literalPieces(written);
  if (pieces.length === 1) return written === shown;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length + last.length > shown.length) return false;
  if (!shown.startsWith(first) || !shown.endsWith(last)) return false;
  let at = first.length;
  const end = shown.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece === '') continue;
    if (steps) steps.count++;
    const found = shown.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

function nameMatches(written: string, shown: string): boolean {
  if (written === shown) return true;
  return isExpression(written) && wildcardNameMatches(written, shown);
}

export class Workflow {
  readonly path: string;
  readonly text: string;
  readonly root: YAMLMap;

  private constructor(path: string, text: string, root: YAMLMap) {
    this.path = path;
    this.text = text;
    this.root = root;
  }

  static parse(text: string, path: string): Found<Workflow> {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0)
      return { ok: false, reason: `${path} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` };
    if (!isMap(doc.contents))
      return { ok: false, reason: `${path} is not a workflow (no top-level mapping)` };
    return { ok: true, value: new Workflow(path, text, doc.contents) };
  }

  jobs(): Job[] {
    const jobs = ownValue(this.root, 'jobs');
    if (!isMap(jobs)) return [];
    const out: Job[] = [];
    for (const pair of jobs.items) {
      if (isPair(pair) && isScalar(pair.key) && isMap(pair.value))
        out.push({ id: String(pair.key.value), map: pair.value });
    }
    return out;
  }

  /**
   * The job GitHub shows as `shown`: its `name:` (expressions match anything) or, without one, its
   * id; a matrix job's ` (values…)` suffix is dropped. Without a name, the only job if there is one.
   */
  findJob(shown: string | undefined): Found<Job> {
    const jobs = this.jobs();
    if (shown === undefined || shown.trim() === '') {
      if (jobs.length === 1) return { ok: true, value: jobs[0]! };
      return { ok: false, reason: `the job is not known and ${this.path} has ${jobs.length} jobs` };
    }
    const name = shown.trim();
    const matrixBase = /^(.*?) \([^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(name)?.[1];
    const matching = (candidate: string, matrixOnly: boolean) =>
      jobs.filter((job) => {
        if (matrixOnly && !isMatrixJob(job)) return false;
        const written = scalarText(ownValue(job.map, 'name'));
        return written !== undefined ? nameMatches(written, candidate) : job.id === candidate;
      });
    let found = matching(name, false);
    if (found.length === 0 && matrixBase !== undefined) found = matching(matrixBase, true);
    // Some views show the id even when a name is set.
    if (found.length === 0) found = jobs.filter((job) => job.id === name || job.id === matrixBase);
    if (found.length === 1) return { ok: true, value: found[0]! };
    if (found.length === 0) return { ok: false, reason: `no job shown as "${name}" in ${this.path}` };
    return {
      ok: false,
      reason: `several jobs of ${this.path} could be "${name}": ${found.map((j) => j.id).join(', ')}`,
    };
  }

  /** The job's steps as mappings, when written as a block sequence in the job itself. */
  steps(job: Job): Found<YAMLMap[]> {
    const steps = ownValue(job.map, 'steps');
    if (!isSeq(steps))
      return { ok: false, reason: `job "${job.id}" has no steps of its own (uses a reusable workflow?)` };
    if (steps.flow) return { ok: false, reason: `the steps of job "${job.id}" are a flow sequence` };
    const out: YAMLMap[] = [];
    for (const item of steps.items) {
      if (!isMap(item)) return { ok: false, reason: `job "${job.id}" has a step that is not a mapping` };
      out.push(item);
    }
    return { ok: true, value: out };
  }

  /** The step GitHub shows as `shown` (`name:`, else `Run <uses>` or `Run <first line of run>`). */
  findStep(job: Job, shown: string | undefined): Found<YAMLMap> {
    if (shown === undefined || shown.trim() === '')
      return { ok: false, reason: 'the failing step is not known' };
    const steps = this.steps(job);
    if (!steps.ok) return steps;
    const name = shown.trim();
    const found = steps.value.filter((step) => stepShownAs(step, name));
    if (found.length === 1) return { ok: true, value: found[0]! };
    if (found.length === 0) return { ok: false, reason: `no step shown as "${name}" in job "${job.id}"` };
    return { ok: false, reason: `several steps of job "${job.id}" are shown as "${name}"` };
  }

  /** The runner labels a job may run on: `runs-on` as written, with a `${{ matrix.k }}` expanded. */
  runnerLabels(job: Job): Found<string[][]> {
    const runsOn = ownValue(job.map, 'runs-on');
    if (runsOn === undefined) return { ok: false, reason: `job "${job.id}" has no runs-on of its own` };
    const literal = scalarText(runsOn);
    if (literal !== undefined) {
      if (!isExpression(literal)) return { ok: true, value: [[literal]] };
      const key = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(literal.trim())?.[1];
      const values = key ? matrixValues(job, key) : undefined;
      if (!values)
        return {
          ok: false,
          reason: `job "${job.id}" runs on "${literal}", which is not known before the run`,
        };
      return { ok: true, value: values.map((v) => [v]) };
    }
    if (isSeq(runsOn)) {
      const labels = runsOn.items.map((i) => scalarText(i as Node));
      if (labels.some((l) => l === undefined || isExpression(l)))
        return { ok: false, reason: `job "${job.id}" runs on labels not known before the run` };
      return { ok: true, value: [labels as string[]] };
    }
    return { ok: false, reason: `job "${job.id}" picks its runner by group or labels mapping` };
  }
}

function isMatrixJob(job: Job): boolean {
  const strategy = ownValue(job.map, 'strategy');
  return isMap(strategy) && hasKey(strategy, 'matrix');
}

/** The literal values of `strategy.matrix.<key>`, plus any `include` entries setting it. */
function matrixValues(job: Job, key: string): string[] | undefined {
  const strategy = ownValue(job.map, 'strategy');
  const matrix = isMap(strategy) ? ownValue(strategy, 'matrix') : undefined;
  if (!isMap(matrix)) return undefined;
  const values: string[] = [];
  const list = ownValue(matrix, key);
  if (list !== undefined) {
    if (!isSeq(list)) return undefined;
    for (const item of list.items) {
      const v = scalarText(item as Node);
      if (v === undefined || isExpression(v)) return undefined;
      values.push(v);
    }
  }
  const include = ownValue(matrix, 'include');
  if (include !== undefined) {
    if (!isSeq(include)) return undefined;
    for (const entry of include.items) {
      if (!isMap(entry)) return undefined;
      if (!hasKey(entry, key)) continue;
      const v = scalarText(ownValue(entry, key));
      if (v === undefined || isExpression(v)) return undefined;
      values.push(v);
    }
  }
  return values.length > 0 ? values : undefined;
}

/**
 * Whether GitHub shows `step` as `shown`: by its `name:` in the UI and the API; unnamed, as
 * `Run <uses>` or `Run <first line of run>`; and in the log's `##[group]Run …` line (which the
 * analyzer reports without `Run `), by its uses or first line whatever its name.
 */
export function stepShownAs(step: YAMLMap, shown: string): boolean {
  const name = scalarText(ownValue(step, 'name'));
  if (name !== undefined && nameMatches(name, shown)) return true;
  const uses = scalarText(ownValue(step, 'uses'));
  const run = scalarText(ownValue(step, 'run'));
  const first = run
    ?.split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
  const label = uses ?? first;
  if (label === undefined) return false;
  if (shown === label) return true;
  return name === undefined && shown === `Run ${label}`;
}

/** The operating system and GitHub-hosted size of a runner label set. */
export interface RunnerKind {
  os: 'ubuntu' | 'windows' | 'macos' | 'unknown';
  /** A standard GitHub-hosted runner label (not self-hosted, not a larger runner's custom label). */
  hosted: boolean;
  /** Memory of the standard hosted runner in GB (the smaller of the public and private sizes). */
  memoryGb?: number;
}

export function runnerKind(labels: readonly string[]): RunnerKind {
  if (labels.length !== 1) return { os: 'unknown', hosted: false };
  const label = labels[0]!.trim().toLowerCase();
  if (/^ubuntu-(?:latest|\d{2}\.\d{2})(?:-arm)?$/.test(label))
    return { os: 'ubuntu', hosted: true, memoryGb: 7 };
  if (/^windows-(?:latest|\d{4})(?:-arm)?$/.test(label)) return { os: 'windows', hosted: true, memoryGb: 7 };
  // Intel macOS images have 14 GB; the arm64 ones (macos-14 and later, macos-latest) have 7 GB.
  if (/^macos-13(?:-large)?$/.test(label) || /^macos-\d+-large$/.test(label))
    return { os: 'macos', hosted: true, memoryGb: 14 };
  if (/^macos-(?:latest|\d+)(?:-xlarge)?$/.test(label)) return { os: 'macos', hosted: true, memoryGb: 7 };
  return { os: 'unknown', hosted: false };
}

/** The runner of every matrix variant of the job, or why it is not known. */
export function jobRunners(workflow: Workflow, job: Job): Found<RunnerKind[]> {
  const labels = workflow.runnerLabels(job);
  if (!labels.ok) return labels;
  return { ok: true, value: labels.value.map(runnerKind) };
}

/** Whether every variant of the job runs on a GitHub-hosted Ubuntu runner, or why not. */
export function onUbuntu(workflow: Workflow, job: Job): Found<true> {
  const runners = workflow.runnerLabels(job);
  if (!runners.ok) return runners;
  const bad = runners.value.find((labels) => runnerKind(labels).os !== 'ubuntu');
  if (bad)
    return {
      ok: false,
      reason: `job "${job.id}" runs on "${bad.join(', ')}", not a GitHub-hosted Ubuntu runner`,
    };
  if (hasKey(job.map, 'container'))
    return {
      ok: false,
      reason: `job "${job.id}" runs its steps in a container, not on the Ubuntu runner itself`,
    };
  return { ok: true, value: true };
}
