/**
 * A workflow file as a YAML document that remembers where everything is, so every rule can report
 * the exact line, and can read what is written beside a value (the `# why` and `# vX.Y.Z` comments
 * the rules require).
 */
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { Problem } from './problem.js';

/** A `key: value` entry whose key is a plain string. */
export interface Entry {
  readonly key: Scalar;
  /** The value node (null when empty or an alias). */
  readonly value: Node | null;
}

export interface Job {
  readonly id: string;
  readonly key: Scalar;
  readonly map: YAMLMap;
}

export interface Step {
  readonly job: Job;
  readonly map: YAMLMap;
}

export class WorkflowDocument {
  readonly file: string;
  readonly text: string;
  /** The top-level mapping, or undefined when the file is not a mapping (or not YAML at all). */
  readonly root: YAMLMap | undefined;
  private readonly lines = new LineCounter();

  constructor(text: string, file: string) {
    this.file = file;
    this.text = text;
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    // Syntax errors are the parser check's to report; the rules only run on a clean document.
    this.root = doc.errors.length === 0 && isMap(doc.contents) ? doc.contents : undefined;
  }

  /** One-based line and column where a node starts. */
  position(node: unknown): { line: number; column: number } {
    const offset = isNode(node) ? node.range?.[0] : undefined;
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** One-based position of a character offset in the text. */
  positionOf(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The comment written after a value on its own line (`value  # comment` → `comment`), if any. */
  trailingComment(node: unknown): string | undefined {
    const end = isNode(node) ? node.range?.[1] : undefined;
    if (end === undefined) return undefined;
    const lineEnd = this.text.indexOf('\n', end);
    const rest = this.text.slice(end, lineEnd === -1 ? undefined : lineEnd);
    const match = /^[ \t]+#(.*)$/.exec(rest.replace(/\r$/, ''));
    return match?.[1]?.trim();
  }

  /** The source text of a node (for scalars: as written, quotes and block indicators included). */
  source(node: Node): { text: string; offset: number } {
    const [start, end] = node.range ?? [0, 0];
    return { text: this.text.slice(start, end), offset: start };
  }

  /**
   * The node if it is a scalar, mapping or list. YAML aliases (`*name`) count as nothing here:
   * actionlint rejects them in workflows, so a template that uses one fails that check anyway.
   */
  asNode(node: unknown): Node | null {
    return isScalar(node) || isMap(node) || isSeq(node) ? node : null;
  }

  /** The entry for `key` in a mapping. */
  entry(map: YAMLMap, key: string): Entry | undefined {
    for (const pair of map.items) {
      const k = stringKey(pair);
      if (k !== undefined && k.value === key) return { key: k, value: this.asNode(pair.value) };
    }
    return undefined;
  }

  mappingAt(map: YAMLMap, key: string): YAMLMap | undefined {
    const value = this.entry(map, key)?.value;
    return isMap(value) ? value : undefined;
  }

  /** A step's or job's `uses:` value and its node, when it has one. */
  uses(map: YAMLMap): { value: string; node: Node } | undefined {
    const node = this.entry(map, 'uses')?.value;
    const value = scalarText(node);
    return node && value !== undefined ? { value, node } : undefined;
  }

  problem(at: unknown, rule: string, message: string): Problem {
    return { file: this.file, ...this.position(at), rule, message };
  }

  /** Every job under `jobs:`. */
  jobs(): Job[] {
    const jobs = this.root === undefined ? undefined : this.mappingAt(this.root, 'jobs');
    if (jobs === undefined) return [];
    const result: Job[] = [];
    for (const pair of jobs.items) {
      const key = stringKey(pair);
      const value = this.asNode(pair.value);
      if (key !== undefined && isMap(value)) result.push({ id: String(key.value), key, map: value });
    }
    return result;
  }

  /** Every step of every job, in file order. */
  steps(): Step[] {
    const result: Step[] = [];
    for (const job of this.jobs()) {
      const steps = this.entry(job.map, 'steps')?.value;
      if (!isSeq(steps)) continue;
      for (const item of steps.items) {
        const step = this.asNode(item);
        if (isMap(step)) result.push({ job, map: step });
      }
    }
    return result;
  }

  /** The events named under `on:`, whichever of its three shapes (string, list, mapping) is used. */
  triggers(): Map<string, Node> {
    const result = new Map<string, Node>();
    const value = this.root === undefined ? undefined : this.entry(this.root, 'on')?.value;
    if (isScalar(value) && typeof value.value === 'string') result.set(value.value, value);
    else if (isSeq(value)) {
      for (const item of value.items) {
        const event = this.asNode(item);
        if (isScalar(event) && typeof event.value === 'string') result.set(event.value, event);
      }
    } else if (isMap(value)) {
      for (const pair of value.items) {
        const key = stringKey(pair);
        if (key !== undefined) result.set(String(key.value), key);
      }
    }
    return result;
  }
}

function stringKey(pair: Pair<unknown, unknown>): Scalar | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key : undefined;
}

/** A scalar's value as text (`true` → "true"); undefined for mappings, lists and empty values. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}
