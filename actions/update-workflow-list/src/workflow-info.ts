/**
 * What the list needs to know about one workflow file: the name GitHub shows for it, when it
 * can run on its own, and whether it is autoheal's own analysis workflow.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';

export interface WorkflowInfo {
  /** Path from the repository root, `/`-separated (`.github/workflows/ci.yml`). */
  file: string;
  /** The `name:` as GitHub shows it; the file path when the workflow has no name. */
  name: string;
  /** True when `name:` is absent or empty and `name` is the path. */
  unnamed: boolean;
  /** Events under `on:` (empty when `on:` is missing or unreadable). */
  events: ReadonlySet<string>;
  /** A step runs autoheal's analyze-failure action. */
  runsAnalyzeFailure: boolean;
}

/** Why a file gave no name: a YAML syntax error or a document that is not a workflow mapping. */
export interface WorkflowProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * autoheal's analyze-failure action: `<owner>/autoheal/actions/analyze-failure@ref` (any owner, so
 * a mirror of autoheal counts too), or the local path autoheal's own repository uses.
 */
const ANALYZE_FAILURE =
  /^(?:[^/\s]+\/autoheal\/actions\/analyze-failure@.+|\.\/actions\/analyze-failure\/?)$/i;

function entry(map: YAMLMap, key: string): Node | null | undefined {
  for (const pair of map.items)
    if (isScalar(pair.key) && pair.key.value === key) return (pair.value ?? null) as Node | null;
  return undefined;
}

/** A scalar as the text it stands for; numbers and booleans as written (`1.0` stays `1.0`). */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/**
 * The name as GitHub's workflow parser reads it: a plain scalar that YAML resolves to a number is
 * shown as that number (`1.0` → `1`, `0x10` → `16`, `010` → `10`, `1e3` → `1000`), null as empty.
 */
function nameText(node: Node | null | undefined): string {
  if (!isScalar(node) || node.value === null || node.value === undefined) return '';
  return String(node.value);
}

function eventsOf(on: Node | null | undefined): Set<string> {
  const events = new Set<string>();
  const text = scalarText(on);
  if (text !== undefined) events.add(text);
  else if (isSeq(on)) {
    for (const item of on.items) {
      const event = scalarText(item);
      if (event !== undefined) events.add(event);
    }
  } else if (isMap(on)) {
    for (const pair of on.items) {
      const event = scalarText(pair.key);
      if (event !== undefined) events.add(event);
    }
  }
  return events;
}

function runsAnalyzeFailure(root: YAMLMap): boolean {
  const jobs = entry(root, 'jobs');
  if (!isMap(jobs)) return false;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? entry(job.value, 'steps') : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const uses = isMap(step) ? scalarText(entry(step, 'uses')) : undefined;
      if (uses !== undefined && ANALYZE_FAILURE.test(uses.trim())) return true;
    }
  }
  return false;
}

/** Reads one workflow file's text; `file` is its path from the repository root. */
export function readWorkflowInfo(text: string, file: string): WorkflowInfo | WorkflowProblem {
  const lineCounter = new LineCounter();
  // The options GitHub's own parser uses, so a file reads the same here as there.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const { line } = lineCounter.linePos(error.pos[0]);
    return { file, line: Math.max(1, line), message: `YAML syntax error: ${error.message}` };
  }
  const root = doc.contents;
  if (!isMap(root))
    return { file, line: 1, message: 'the file is not a workflow (its top level is not a mapping)' };
  const name = entry(root, 'name');
  if (name !== undefined && name !== null && !isScalar(name)) {
    const { line } = lineCounter.linePos(name.range?.[0] ?? 0);
    return {
      file,
      line: Math.max(1, line),
      message: '`name:` is not text, so GitHub cannot show this workflow',
    };
  }
  const shown = nameText(name);
  if (shown.includes('${{')) {
    const { line } = lineCounter.linePos(name?.range?.[0] ?? 0);
    return {
      file,
      line: Math.max(1, line),
      message:
        "`name:` holds an expression (`${{ }}`), which GitHub's workflow parser rejects in a workflow's name; use `run-name:` for a name computed per run",
    };
  }
  const written = shown.trim();
  return {
    file,
    name: written ? shown : file,
    unnamed: !written,
    events: eventsOf(entry(root, 'on')),
    runsAnalyzeFailure: runsAnalyzeFailure(root),
  };
}

export function isWorkflowProblem(read: WorkflowInfo | WorkflowProblem): read is WorkflowProblem {
  return 'message' in read;
}
