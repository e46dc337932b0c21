/**
 * Finds `on.workflow_run.workflows` in the auto-heal workflow's source: where its bytes are, what
 * it lists now, and how it is written, so the rewrite can replace exactly those bytes (or insert a
 * `workflows:` key where there is none) and leave every comment and format elsewhere as it was.
 */
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { column, lineNumber } from './text-lines.js';
import type { QuoteStyle } from './yaml-scalar.js';

export interface ListItem {
  /** The pattern as GitHub reads it. */
  pattern: string;
  /** Source offsets of the item's text (quotes included). */
  start: number;
  end: number;
}

/** Where the list is, or where it must go. Offsets index the workflow's text. */
export type ListSite =
  /** `workflows:` followed by `- a` lines; `dash` is the first item's `-`. */
  | { kind: 'block'; items: ListItem[]; dash: number; style: QuoteStyle }
  /** `workflows: [a, b]`, from `[` to after `]`. */
  | { kind: 'flow'; items: ListItem[]; start: number; end: number; style: QuoteStyle }
  /** `workflows: a` — one pattern written as a scalar (or `~`), replaced by a list. */
  | { kind: 'scalar'; start: number; end: number; style: QuoteStyle }
  /** `workflows:` with nothing after it: items go on new lines after `keyPos`'s line. */
  | { kind: 'empty'; keyPos: number; indent: number }
  /** `workflow_run:` is a block mapping without `workflows:`: a key goes before its first key. */
  | { kind: 'missing-in-block'; firstKey: number; indent: number }
  /** `workflow_run: { … }` without `workflows:`: a key goes right after `{`. */
  | { kind: 'missing-in-flow'; brace: number; empty: boolean }
  /** `workflow_run:` with nothing after it: a `workflows:` key goes on the next line. */
  | { kind: 'bare-trigger'; keyPos: number; indent: number }
  /** `workflow_run: ~` (or `null`): replaced by a mapping holding the list. */
  | { kind: 'null-trigger'; start: number; end: number };

export interface ListLocation {
  site: ListSite;
  /** Patterns listed now, in file order (empty when there is no list). */
  current: string[];
  /** One-based line to point annotations at: the `workflows:` key, else `workflow_run:`. */
  line: number;
  /** Spaces one nesting level adds in this file (for inserted keys and items). */
  unit: number;
}

const EXAMPLE = 'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]';

function pairFor(map: YAMLMap, key: string): Pair<Scalar, unknown> | undefined {
  for (const pair of map.items)
    if (isScalar(pair.key) && pair.key.value === key) return pair as Pair<Scalar, unknown>;
  return undefined;
}

/** No value at all, or a null (`~`, `null`, nothing). */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** A null written as text (`~`, `null`) rather than as nothing. */
function hasText(node: unknown): boolean {
  const range = (node as Node | null)?.range;
  return range !== undefined && range !== null && range[1] > range[0];
}

function start(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}

/** A scalar as GitHub reads it in a list of names: text, or numbers and booleans as written. */
function patternOf(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return '';
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/** The quoting the list's items share, so new items look like their neighbours. */
function styleOf(items: readonly Scalar[]): QuoteStyle {
  if (items.length > 0 && items.every((i) => i.type === 'QUOTE_DOUBLE')) return 'double';
  if (items.length > 0 && items.every((i) => i.type === 'QUOTE_SINGLE')) return 'single';
  return 'plain';
}

class Locator {
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  private fail(message: string, at: number): ConfigurationError {
    const line = lineNumber(this.text, at);
    return new ConfigurationError(`${this.file}:${line}: ${message}`, { file: this.file, line });
  }

  locate(): ListLocation {
    const doc = parseDocument(this.text, { prettyErrors: false });
    if (doc.errors.length > 0)
      throw new ConfigurationErrors(
        doc.errors.map((e) => this.fail(`YAML syntax error: ${e.message.split('\n')[0]}`, e.pos[0])),
      );
    const root = doc.contents;
    if (!isMap(root)) throw this.fail('the file is not a workflow (its top level is not a mapping)', 0);
    const on = pairFor(root, 'on');
    if (on === undefined) throw this.missingOn(root);
    const onValue = on.value;
    if (!isMap(onValue))
      throw this.fail(
        '`on:` must be a mapping with a `workflow_run:` key for autoheal to keep its list of workflows; ' +
          `write it as:\n${EXAMPLE}`,
        start(on.key),
      );
    const trigger = pairFor(onValue, 'workflow_run');
    if (trigger === undefined)
      throw this.fail(
        '`on:` has no `workflow_run:` trigger, so there is no list of workflows to keep; the auto-heal workflow ' +
          `runs when other workflows complete:\n${EXAMPLE}`,
        start(on.key),
      );
    // One nesting level, as this file indents `workflow_run:` under `on:`.
    const step = column(this.text, start(trigger.key)) - column(this.text, start(on.key));
    const unit = onValue.flow || step <= 0 ? 2 : step;
    return this.inTrigger(trigger, unit, onValue.flow === true);
  }

  /** No `on:` key: say so, and name the YAML 1.1 trap when a tool turned `on` into `true`. */
  private missingOn(root: YAMLMap): ConfigurationError {
    const boolean = root.items.find((p) => isScalar(p.key) && p.key.value === true);
    if (boolean !== undefined)
      return this.fail(
        `the key \`${(boolean.key as Scalar).source ?? 'true'}\` reads as the boolean true, not as \`on\`: a YAML 1.1 ` +
          'tool (or a `%YAML 1.1` directive) turned `on:` into `true:`; write the key as `on:` and drop any `%YAML 1.1` line',
        start(boolean.key),
      );
    return this.fail(`the workflow has no \`on:\` key; it needs:\n${EXAMPLE}`, 0);
  }

  private inTrigger(trigger: Pair<Scalar, unknown>, unit: number, inFlow: boolean): ListLocation {
    const value = trigger.value;
    const keyPos = start(trigger.key);
    const line = lineNumber(this.text, keyPos);
    if (isEmpty(value)) {
      const [from, to] = (value as Scalar | null)?.range ?? [keyPos, keyPos];
      // `workflow_run: ~` has text to replace; bare `workflow_run:` has none, so a key goes on a new line.
      if (to > from) return { site: { kind: 'null-trigger', start: from, end: to }, current: [], line, unit };
      if (inFlow)
        throw this.fail(
          `\`workflow_run\` has no value; write it as \`workflow_run: { workflows: [CI] }\``,
          keyPos,
        );
      const site: ListSite = { kind: 'bare-trigger', keyPos, indent: column(this.text, keyPos) + unit };
      return { site, current: [], line, unit };
    }
    if (isAlias(value))
      throw this.fail(
        '`workflow_run:` is an alias (`*name`); write the trigger out in this file',
        start(value),
      );
    if (!isMap(value))
      throw this.fail(`\`workflow_run:\` must be a mapping; write it as:\n${EXAMPLE}`, start(value));
    const workflows = pairFor(value, 'workflows');
    if (workflows !== undefined) return this.inList(workflows, unit, value.flow === true);
    if (value.flow) {
      const site: ListSite = {
        kind: 'missing-in-flow',
        brace: start(value),
        empty: value.items.length === 0,
      };
      return { site, current: [], line, unit };
    }
    const first = start(value.items[0]?.key);
    const site: ListSite = { kind: 'missing-in-block', firstKey: first, indent: column(this.text, first) };
    return { site, current: [], line, unit };
  }

  private inList(workflows: Pair<Scalar, unknown>, unit: number, inFlow: boolean): ListLocation {
    const keyPos = start(workflows.key);
    const line = lineNumber(this.text, keyPos);
    const value = workflows.value;
    if (isEmpty(value) && !hasText(value)) {
      if (inFlow)
        throw this.fail('`workflows` has no value; write the list in brackets: `workflows: [CI]`', keyPos);
      const site: ListSite = { kind: 'empty', keyPos, indent: column(this.text, keyPos) + unit };
      return { site, current: [], line, unit };
    }
    if (isAlias(value))
      throw this.fail('`workflows:` is an alias (`*name`); write the list out in this file', start(value));
    if (isScalar(value)) {
      const [from, to] = value.range ?? [keyPos, keyPos];
      const current = value.value === null ? [] : [patternOf(value)];
      return { site: { kind: 'scalar', start: from, end: to, style: styleOf([value]) }, current, line, unit };
    }
    if (!isSeq(value))
      throw this.fail('`workflows:` must be a list of workflow names, not a mapping', start(value));
    const items = this.items(value);
    const style = styleOf(value.items as Scalar[]);
    const current = items.map((i) => i.pattern);
    const [from, to] = value.range ?? [keyPos, keyPos];
    if (value.flow)
      return { site: { kind: 'flow', items, start: from, end: to, style }, current, line, unit };
    return { site: { kind: 'block', items, dash: from, style }, current, line, unit };
  }

  private items(seq: YAMLSeq): ListItem[] {
    return seq.items.map((item, index) => {
      if (!isScalar(item))
        throw this.fail(
          `item ${index + 1} of \`workflows:\` is ${isAlias(item) ? 'an alias' : 'not a name'}; list workflow names only`,
          start(item) || start(seq),
        );
      const [from, to] = item.range ?? [0, 0];
      return { pattern: patternOf(item), start: from, end: to };
    });
  }
}

/** Finds the list in `text` (the workflow at `file`); a workflow that has no place for it is a ConfigurationError. */
export function locateList(text: string, file: string): ListLocation {
  return new Locator(text, file).locate();
}
