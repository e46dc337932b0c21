import { isMap, isScalar, isSeq } from 'yaml';
import { globProblem, onlyNegated } from './globs.js';
import { type At, got, isNull, joinIndex, joinKey, type ReadContext, rangeStart } from './read-context.js';
import { closest, inRange, kebabCase, listWords, quote, rangePhrase } from './text.js';

/**
 * The vocabulary the config schema is written in. A `Kind` reads and validates one YAML value; a
 * `Setting` is a kind with a default and a description; a `Section` groups settings. Types of the
 * loaded config are inferred from the schema, so a setting is declared, typed, defaulted and
 * documented in one place.
 */

export interface Kind<T> {
  /** For the docs table: `boolean`, `integer (1–100)`, `list of globs`. */
  readonly type: string;
  /** Reads the value, or reports what is wrong and returns undefined. */
  read(at: At, path: string, ctx: ReadContext): T | undefined;
}

/** A row of the settings table, for settings that document parts of their value (list items). */
export interface DocRow {
  key: string;
  type: string;
  default?: string;
  description: string;
}

export interface Setting<T> extends Kind<T> {
  readonly description: string;
  /** Used when the key is absent. */
  readonly default: T;
  /** Rows documenting the inside of the value (fields of list items, map entries). */
  rows?(path: string): DocRow[];
  /** Problems that involve several fields of a section, by field name. */
  check?(value: T): FieldProblem[];
}

export interface FieldProblem {
  field: string;
  problem: string;
}

export type Fields = { readonly [name: string]: Setting<unknown> };

export type ValueOf<S> = S extends Setting<infer T> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Settings that may be absent (their type includes undefined) become optional properties. */
export type SectionValue<F extends Fields> = Simplify<
  { -readonly [K in keyof F as undefined extends ValueOf<F[K]> ? never : K]: ValueOf<F[K]> } & {
    -readonly [K in keyof F as undefined extends ValueOf<F[K]> ? K : never]?: Exclude<
      ValueOf<F[K]>,
      undefined
    >;
  }
>;

export interface Section<F extends Fields> extends Setting<SectionValue<F>> {
  readonly fields: F;
}

export function isSection(setting: Setting<unknown>): setting is Section<Fields> {
  return 'fields' in setting;
}

// ---------------------------------------------------------------------------------------------
// Kinds

function scalarValue(at: At): unknown {
  return at.node !== null && isScalar(at.node) ? at.node.value : undefined;
}

export const bool: Kind<boolean> = {
  type: 'boolean',
  read(at, path, ctx) {
    const value = scalarValue(at);
    if (typeof value === 'boolean') return value;
    ctx.fail(path, at.offset, `must be true or false; ${got(at.node)}`);
    return undefined;
  },
};

export interface Range {
  min?: number;
  max?: number;
  /** An exclusive lower bound. */
  above?: number;
}

function rangeType(noun: string, range: Range): string {
  if (range.above !== undefined)
    return range.max === undefined
      ? `${noun} (> ${range.above})`
      : `${noun} (> ${range.above}, ≤ ${range.max})`;
  if (range.min !== undefined && range.max !== undefined) return `${noun} (${range.min}–${range.max})`;
  if (range.min !== undefined) return `${noun} (≥ ${range.min})`;
  if (range.max !== undefined) return `${noun} (≤ ${range.max})`;
  return noun;
}

export function int(range: Range): Kind<number> {
  return {
    type: rangeType('integer', range),
    read(at, path, ctx) {
      const value = scalarValue(at);
      if (typeof value === 'number' && Number.isSafeInteger(value) && inRange(value, range)) return value;
      ctx.fail(path, at.offset, `must be ${rangePhrase('an integer', range)}; ${got(at.node)}`);
      return undefined;
    },
  };
}

export function num(range: Range): Kind<number> {
  return {
    type: rangeType('number', range),
    read(at, path, ctx) {
      const value = scalarValue(at);
      if (typeof value === 'number' && Number.isFinite(value) && inRange(value, range)) return value;
      ctx.fail(path, at.offset, `must be ${rangePhrase('a number', range)}; ${got(at.node)}`);
      return undefined;
    },
  };
}

export interface TextOptions {
  type?: string;
  /** Problem with the text, phrased to follow its key path ("must …"), or undefined. */
  check?(value: string): string | undefined;
  /** Never echo the value back (a misplaced URL with a token in it, say). */
  secret?: boolean;
}

export function text(options: TextOptions = {}): Kind<string> {
  return {
    type: options.type ?? 'string',
    read(at, path, ctx) {
      const value = scalarValue(at);
      if (typeof value !== 'string') {
        const hint = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : '';
        ctx.fail(
          path,
          at.offset,
          `must be a string${hint}; ${got(at.node, { secret: options.secret ?? false })}`,
        );
        return undefined;
      }
      const problem = options.check?.(value);
      if (problem !== undefined) {
        ctx.fail(path, at.offset, problem);
        return undefined;
      }
      return value;
    },
  };
}

/** GitHub refuses label names over 50 characters. */
export const MAX_LABEL_CHARS = 50;

export function labelProblem(value: string, maxChars = MAX_LABEL_CHARS): string | undefined {
  if (value.trim() === '') return 'must not be empty';
  if (value.trim() !== value) return `must not start or end with spaces; got ${quote(value)}`;
  if ([...value].length > maxChars) return `must be at most ${maxChars} characters long; got ${quote(value)}`;
  return undefined;
}

export function label(maxChars = MAX_LABEL_CHARS): Kind<string> {
  return text({ type: 'label', check: (value) => labelProblem(value, maxChars) });
}

export function oneOf<const V extends string>(values: readonly V[]): Kind<V> {
  return {
    type: `one of ${values.map((v) => `\`${v}\``).join(', ')}`,
    read(at, path, ctx) {
      const value = scalarValue(at);
      if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as V;
      const near = typeof value === 'string' ? closest(value, values) : undefined;
      const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
      ctx.fail(path, at.offset, `must be one of ${listWords(values)}; ${got(at.node)}${hint}`);
      return undefined;
    },
  };
}

export interface ListOptions<T> {
  minItems?: number;
  maxItems?: number;
  /** Reject repeated items. */
  unique?: boolean;
  /** Problem with the whole list, phrased to follow its key path, or undefined. */
  check?(items: T[]): string | undefined;
  /** Overrides the docs type (default "list of <item type>"). */
  type?: string;
}

/** `list of integers (≥ 1)`, `list, each one of …`. */
function listType(itemType: string): string {
  return itemType.startsWith('one of ')
    ? `list, each ${itemType}`
    : `list of ${itemType.replace(/^\w+/, '$&s')}`;
}

export function listOf<T>(item: Kind<T>, options: ListOptions<T> = {}): Kind<T[]> {
  const { minItems = 0, maxItems } = options;
  return {
    type: options.type ?? listType(item.type),
    read(at, path, ctx) {
      if (at.node === null || !isSeq(at.node)) {
        const hint =
          at.node !== null && isScalar(at.node) && at.node.value !== null ? ' (write [x] for one item)' : '';
        ctx.fail(path, at.offset, `must be a list${hint}; ${got(at.node)}`);
        return undefined;
      }
      const seq = at.node;
      if (maxItems !== undefined && seq.items.length > maxItems) {
        ctx.fail(path, at.offset, `has ${seq.items.length} items; at most ${maxItems} are allowed`);
        return undefined;
      }
      if (seq.items.length < minItems) {
        ctx.fail(path, at.offset, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
        return undefined;
      }
      const before = ctx.errors.length;
      const out: T[] = [];
      seq.items.forEach((raw, index) => {
        const itemPath = joinIndex(path, index);
        const value = item.read(ctx.at(raw, at.offset, itemPath), itemPath, ctx);
        if (value === undefined) return;
        if (options.unique && out.includes(value)) {
          ctx.fail(itemPath, rangeStart(raw) ?? at.offset, `repeats ${quote(String(value))}`);
          return;
        }
        out.push(value);
      });
      if (ctx.errors.length > before) return undefined;
      const problem = options.check?.(out);
      if (problem !== undefined) {
        ctx.fail(path, at.offset, problem);
        return undefined;
      }
      return out;
    },
  };
}

export const glob: Kind<string> = text({
  type: 'glob',
  check: (value) => {
    const problem = globProblem(value);
    return problem === undefined ? undefined : `${problem}; got ${quote(value)}`;
  },
});

export function globs(options: { minItems?: number } = {}): Kind<string[]> {
  return listOf(glob, {
    ...options,
    type: 'list of globs',
    check: (items) =>
      onlyNegated(items)
        ? 'has only negated globs ("!…"), which match nothing; start with a glob that includes, e.g. "**"'
        : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Maps

export interface Entry {
  key: string;
  keyOffset: number | undefined;
  path: string;
  at: At;
}

/**
 * The entries of a map, with repeated keys and non-text keys reported. A null value (`section:`
 * with nothing under it) reads as an empty map; anything else that is not a map is an error.
 */
export function mapEntries(at: At, path: string, ctx: ReadContext, what = 'a map'): Entry[] | undefined {
  if (isNull(at.node)) return [];
  if (at.node === null || !isMap(at.node)) {
    ctx.fail(path === '' ? 'The file' : path, at.offset, `must be ${what}; ${got(at.node)}`);
    return undefined;
  }
  const firstSeen = new Map<string, number | undefined>();
  const entries: Entry[] = [];
  for (const pair of at.node.items) {
    const keyOffset = rangeStart(pair.key) ?? at.offset;
    const key = keyText(pair.key);
    if (key === undefined) {
      ctx.fail(path === '' ? 'The file' : path, keyOffset, 'has a key that is not plain text');
      continue;
    }
    const entryPath = joinKey(path, key);
    if (firstSeen.has(key)) {
      const first = ctx.line(firstSeen.get(key));
      ctx.fail(
        entryPath,
        keyOffset,
        `is given twice${first === undefined ? '' : ` (first on line ${first})`}`,
      );
      continue;
    }
    firstSeen.set(key, keyOffset);
    entries.push({ key, keyOffset, path: entryPath, at: ctx.at(pair.value, keyOffset, entryPath) });
  }
  return entries;
}

function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (typeof value === 'string') return value;
  // `404: …` or `true: …` as a map key is still a name the user typed.
  if (typeof value === 'number' || typeof value === 'boolean')
    return typeof key.source === 'string' ? key.source : String(value);
  return undefined;
}

/** Reports a key the schema does not know, suggesting the closest known key here or elsewhere. */
export function unknownKey(
  entry: Entry,
  parentPath: string,
  known: readonly string[],
  ctx: ReadContext,
): void {
  let hint = '';
  const near = closest(entry.key, known);
  if (near !== undefined) hint = ` Did you mean ${JSON.stringify(near)}?`;
  else {
    // A right key in the wrong section: `min-confidence` at the top level.
    const elsewhere = ctx.knownPaths.filter(
      (p) => closest(entry.key, [p.slice(p.lastIndexOf('.') + 1)]) !== undefined,
    );
    if (elsewhere.length > 0 && elsewhere.length <= 3) hint = ` Did you mean ${listWords(elsewhere)}?`;
  }
  const where = parentPath === '' ? 'at the top level' : `under ${parentPath}`;
  ctx.fail(
    entry.path,
    entry.keyOffset,
    `is not a known setting.${hint} Settings ${where}: ${known.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Settings and sections

export function setting<T>(kind: Kind<T>, defaultValue: NoInfer<T>, description: string): Setting<T> {
  // `exclude:` with every item commented out means the empty list, when that is the default
  // anyway; otherwise (`watch:`) it is ambiguous and reported.
  const nullIsDefault = Array.isArray(defaultValue) && defaultValue.length === 0;
  return {
    type: kind.type,
    description,
    default: defaultValue,
    read: (at, path, ctx) =>
      nullIsDefault && isNull(at.node) ? structuredClone(defaultValue) : kind.read(at, path, ctx),
  };
}

/** A setting with no default: absent (or written as `key:` with no value) means "not set". */
export function optional<T>(kind: Kind<T>, description: string): Setting<T | undefined> {
  return {
    type: kind.type,
    description,
    default: undefined,
    read: (at, path, ctx) => (isNull(at.node) ? undefined : kind.read(at, path, ctx)),
  };
}

export function section<F extends Fields>(
  description: string,
  fields: F,
  options: { check?(value: SectionValue<F>): FieldProblem[] } = {},
): Section<F> {
  const byKey = new Map(Object.keys(fields).map((name) => [kebabCase(name), name]));
  const known = [...byKey.keys()];
  const defaults: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields))
    if (field.default !== undefined) defaults[name] = field.default;
  const check = options.check;
  const result: Section<F> = {
    type: 'map',
    description,
    fields,
    default: defaults as SectionValue<F>,
    read(at, path, ctx) {
      const entries = mapEntries(at, path, ctx, 'a map of settings');
      if (entries === undefined) return undefined;
      const before = ctx.errors.length;
      const value: Record<string, unknown> = structuredClone(defaults);
      const offsets = new Map<string, number | undefined>();
      for (const entry of entries) {
        const name = byKey.get(entry.key);
        const field = name === undefined ? undefined : fields[name];
        if (name === undefined || field === undefined) {
          unknownKey(entry, path, known, ctx);
          continue;
        }
        offsets.set(name, entry.keyOffset);
        const read = field.read(entry.at, entry.path, ctx);
        if (read === undefined) delete value[name];
        else value[name] = read;
      }
      // Cross-field checks only make sense once every field is valid on its own.
      if (ctx.errors.length > before) return undefined;
      const typed = value as SectionValue<F>;
      for (const { field, problem } of check?.(typed) ?? [])
        ctx.fail(joinKey(path, kebabCase(field)), offsets.get(field) ?? at.offset, problem);
      return typed;
    },
  };
  if (check !== undefined) result.check = check;
  return result;
}
