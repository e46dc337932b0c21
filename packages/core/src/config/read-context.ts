import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { ConfigurationError } from '../errors.js';
import { quote } from './text.js';

/** A value node after alias resolution. A key without a value (`key:`) holds a null Scalar. */
export type YamlValue = YAMLMap | YAMLSeq | Scalar;

/** A value being read and where to point when it is wrong (a source offset; none for built nodes). */
export interface At {
  node: YamlValue | null;
  offset: number | undefined;
}

/**
 * Aliases are legitimate YAML, but each one re-reads its anchor's whole subtree; a cap keeps a
 * "billion laughs" file from making the reader walk a billion nodes.
 */
export const MAX_ALIASES = 100;

export type Origin =
  | { kind: 'file'; file: string; lineCounter: LineCounter; doc: Document }
  /** Values that did not come from a file (action inputs overriding the file), named by `label`. */
  | { kind: 'values'; label: string; doc: Document };

/** Thrown when reading cannot usefully go on; the problems found so far are in the context. */
export class ReadAborted extends Error {
  override readonly name = 'ReadAborted';
}

/** Collects every problem found while reading, each tied to a key path and, in a file, a line. */
export class ReadContext {
  readonly errors: ConfigurationError[] = [];
  /** Dotted paths of every known key, to suggest the right section for a misplaced key. */
  readonly knownPaths: readonly string[];
  private aliasesLeft = MAX_ALIASES;

  constructor(
    readonly origin: Origin,
    knownPaths: readonly string[] = [],
  ) {
    this.knownPaths = knownPaths;
  }

  /** 1-based line of a source offset. */
  line(offset: number | undefined): number | undefined {
    if (offset === undefined || this.origin.kind !== 'file') return undefined;
    // LineCounter reports line 0 before its first recorded newline, i.e. on a one-line file.
    return Math.max(1, this.origin.lineCounter.linePos(offset).line);
  }

  /** Record that the value at `path` is wrong. `problem` continues the sentence "<path> …". */
  fail(path: string, offset: number | undefined, problem: string): void {
    this.report(`${path} ${problem}`, offset);
  }

  /** Record a problem that is not about one key (a YAML syntax error, a wrong document shape). */
  report(sentence: string, offset: number | undefined): void {
    const text = /[.?!]$/.test(sentence) ? sentence : `${sentence}.`;
    const { origin } = this;
    if (origin.kind === 'values') {
      this.errors.push(new ConfigurationError(`${origin.label}: ${text}`));
      return;
    }
    const line = this.line(offset);
    this.errors.push(
      new ConfigurationError(
        line === undefined ? `${origin.file}: ${text}` : `${origin.file}:${line}: ${text}`,
        {
          file: origin.file,
          ...(line === undefined ? {} : { line }),
        },
      ),
    );
  }

  /** The value of a pair or list item, with aliases resolved; reports a cyclic or runaway alias. */
  at(node: unknown, fallbackOffset: number | undefined, path: string): At {
    if (node === null || node === undefined) return { node: null, offset: fallbackOffset };
    const offset = rangeStart(node) ?? fallbackOffset;
    let target: unknown = node;
    if (isAlias(target)) {
      if (this.aliasesLeft <= 0) {
        this.fail(path, offset, `uses more than ${MAX_ALIASES} aliases; expand them`);
        // Reading on would only repeat this for every alias left, so stop here.
        throw new ReadAborted();
      }
      this.aliasesLeft--;
      target = target.resolve(this.origin.doc);
      if (target === undefined || isAlias(target)) {
        this.fail(path, offset, 'is an alias to an unknown anchor');
        return { node: new Scalar(null), offset };
      }
    }
    if (isMap(target) || isSeq(target) || isScalar(target)) return { node: target, offset };
    this.fail(path, offset, 'has a value that is not a scalar, list or map');
    return { node: new Scalar(null), offset };
  }
}

export function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: unknown }).range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

export function isNull(node: YamlValue | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** "got …" text for an error: the value as written (quoted, truncated), or its shape. */
export function got(node: YamlValue | null, options: { secret?: boolean } = {}): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'got nothing';
  if (isMap(node)) return 'got a map';
  if (isSeq(node)) return 'got a list';
  if (options.secret) return 'got a value that is not shown here';
  const value = node.value;
  if (typeof value === 'string') return `got ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') {
    const source = typeof node.source === 'string' && node.source !== '' ? node.source : String(value);
    return `got ${source.length > 40 ? `${source.slice(0, 40)}…` : source}`;
  }
  return 'got a value of an unsupported type';
}

/** `fixes` + `timeout` → `fixes.timeout`; keys that are not plain words are bracketed and quoted. */
export function joinKey(path: string, key: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function joinIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}
