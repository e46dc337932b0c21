import { setSecret } from '@actions/core';
import { globProblem, onlyNegated, splitGlobList } from './config/globs.js';
import { closest, inRange, kebabCase, listWords, quote, rangePhrase } from './config/text.js';
import { ConfigurationError, ConfigurationErrors } from './errors.js';
import type { Env } from './runtime.js';

/**
 * Typed action inputs. The runner passes each `with:` value as the env var `INPUT_<NAME>` (name
 * upper-cased, spaces turned into `_`, hyphens kept) — always a string, empty when not given.
 * A spec per input says how to read it; `readInputs` reads them all and reports every bad one.
 */

/** What parsing found wrong: a phrase following `Input "name"`, and the part of the value at fault. */
export interface InputProblem {
  problem: string;
  /** The offending part (a list item); the whole value when absent. */
  part?: string;
  /** Said after the value, e.g. a did-you-mean. */
  hint?: string;
}

export interface InputSpec<T> {
  /** The input's name in action.yml; by default the kebab-case of its key (`maxJobs` → `max-jobs`). */
  readonly name: string | undefined;
  readonly required: boolean;
  /** Never echo the value in an error (tokens, webhook URLs). */
  readonly secret: boolean;
  /** Used when the input is not given. */
  readonly default: T | undefined;
  /** What is accepted, for the "required" message: "an integer from 1 to 20". */
  readonly accepts: string;
  parse(raw: string): { value: T } | InputProblem;
}

export interface CommonOptions<T> {
  name?: string;
  required?: boolean;
  default?: T;
  secret?: boolean;
}

/** The read value's type: `T` when required or defaulted, else `T | undefined`. */
export type Presence<T, O> = O extends { required: true } ? T : O extends { default: T } ? T : T | undefined;

export type InputValue<S> = S extends InputSpec<infer T> ? T : never;

export type InputValues<S extends Record<string, InputSpec<unknown>>> = { [K in keyof S]: InputValue<S[K]> };

function spec<T, O extends CommonOptions<T>>(
  options: O,
  accepts: string,
  parse: (raw: string) => { value: T } | InputProblem,
): InputSpec<Presence<T, O>> {
  if (options.required && options.default !== undefined)
    throw new TypeError(`input ${options.name ?? ''}: a required input cannot have a default`);
  // The cast only widens T to Presence<T, O>; which one applies is decided by readInputs.
  return {
    name: options.name,
    required: options.required ?? false,
    secret: options.secret ?? false,
    default: options.default,
    accepts,
    parse,
  } as InputSpec<Presence<T, O>>;
}

export interface StrOptions extends CommonOptions<string> {
  /** What is wrong with the value (phrased to follow `Input "name"`), or undefined. */
  check?(value: string): string | undefined;
  /** Describes accepted values in the "required" message; default "a value". */
  accepts?: string;
}

export function str<const O extends StrOptions>(options: O = {} as O): InputSpec<Presence<string, O>> {
  return spec<string, O>(options, options.accepts ?? 'a value', (raw) => {
    const problem = options.check?.(raw);
    return problem === undefined ? { value: raw } : { problem };
  });
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function bool<const O extends CommonOptions<boolean>>(
  options: O = {} as O,
): InputSpec<Presence<boolean, O>> {
  return spec<boolean, O>(options, 'true or false', (raw) => {
    if (TRUE.includes(raw)) return { value: true };
    if (FALSE.includes(raw)) return { value: false };
    return { problem: 'must be true or false (or True, TRUE, False, FALSE)' };
  });
}

export interface IntOptions extends CommonOptions<number> {
  min?: number;
  max?: number;
}

export function int<const O extends IntOptions>(options: O = {} as O): InputSpec<Presence<number, O>> {
  const accepts = rangePhrase('an integer', options);
  return spec<number, O>(options, accepts, (raw) => {
    const value = Number(raw);
    if (/^[+-]?\d+$/.test(raw) && Number.isSafeInteger(value) && inRange(value, options)) return { value };
    return { problem: `must be ${accepts}` };
  });
}

export interface NumOptions extends CommonOptions<number> {
  min?: number;
  max?: number;
  /** An exclusive lower bound. */
  above?: number;
}

/** Plain decimals only: `Number()` would also take "0x10", "Infinity" and "1_000" slips. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function num<const O extends NumOptions>(options: O = {} as O): InputSpec<Presence<number, O>> {
  const accepts = rangePhrase('a number', options);
  return spec<number, O>(options, accepts, (raw) => {
    const value = Number(raw);
    if (DECIMAL.test(raw) && Number.isFinite(value) && inRange(value, options)) return { value };
    return { problem: `must be ${accepts}` };
  });
}

export function oneOf<const V extends string, const O extends CommonOptions<V> = CommonOptions<V>>(
  values: readonly V[],
  options: O = {} as O,
): InputSpec<Presence<V, O>> {
  const accepts = `one of ${listWords(values)}`;
  return spec<V, O>(options, accepts, (raw) => {
    if ((values as readonly string[]).includes(raw)) return { value: raw as V };
    const near = closest(raw, values);
    return {
      problem: `must be ${accepts}`,
      ...(near === undefined ? {} : { hint: `Did you mean "${near}"?` }),
    };
  });
}

/** Items of a list input: one per line or comma-separated, trimmed, empty ones dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n\r,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export interface CountOptions {
  minItems?: number;
  maxItems?: number;
}

export interface ListOptions extends CommonOptions<string[]>, CountOptions {}

function countProblem(items: readonly string[], options: CountOptions): InputProblem | undefined {
  if (options.maxItems !== undefined && items.length > options.maxItems)
    return { problem: `must have at most ${options.maxItems} items, but has ${items.length}` };
  if (options.minItems !== undefined && items.length < options.minItems)
    return { problem: `must have at least ${options.minItems} items, but has ${items.length}` };
  return undefined;
}

export function list<const O extends ListOptions>(options: O = {} as O): InputSpec<Presence<string[], O>> {
  return spec<string[], O>(options, 'a list (one item per line, or comma-separated)', (raw) => {
    const items = splitList(raw);
    return countProblem(items, options) ?? { value: items };
  });
}

/** A list whose items must each be one of `values` (repeats dropped). */
export function manyOf<
  const V extends string,
  const O extends CommonOptions<V[]> & CountOptions = CommonOptions<V[]> & CountOptions,
>(values: readonly V[], options: O = {} as O): InputSpec<Presence<V[], O>> {
  return spec<V[], O>(options, `a list of ${listWords(values, 'and')}`, (raw) => {
    const items: V[] = [];
    for (const item of splitList(raw)) {
      if (!(values as readonly string[]).includes(item)) {
        const near = closest(item, values);
        return {
          problem: `must list only ${listWords(values, 'and')}`,
          part: item,
          ...(near === undefined ? {} : { hint: `Did you mean "${near}"?` }),
        };
      }
      if (!items.includes(item as V)) items.push(item as V);
    }
    return countProblem(items, options) ?? { value: items };
  });
}

/**
 * A list of minimatch globs. Commas separate only outside braces, so `src/{a,b}/**` is one glob;
 * each glob is checked for the mistakes minimatch would silently turn into literal text.
 */
export function globs<const O extends ListOptions>(options: O = {} as O): InputSpec<Presence<string[], O>> {
  return spec<string[], O>(options, 'a list of globs (one per line)', (raw) => {
    const items = splitGlobList(raw);
    for (const item of items) {
      const problem = globProblem(item);
      if (problem !== undefined) return { problem: `has a glob that ${problem}`, part: item };
    }
    if (onlyNegated(items))
      return {
        problem: 'has only negated globs ("!…"), which match nothing; start with a glob that includes',
      };
    return countProblem(items, options) ?? { value: items };
  });
}

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/** `90m` → 5_400_000; `1h30m` works too. Undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+[wdhms])+$/.test(text)) return undefined;
  let ms = 0;
  for (const [, count, unit] of text.matchAll(/(\d+)([wdhms])/g))
    ms += Number(count) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** 5_400_000 → `90m`: the largest unit that divides it. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of Object.entries(UNIT_MS))
    if (ms % size === 0 && ms >= size) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

export interface DurationOptions extends CommonOptions<number> {
  /** Milliseconds. */
  min?: number;
  /** Milliseconds. */
  max?: number;
}

/** A duration such as `30d`, `12h`, `45m` or `1h30m`, read as milliseconds. */
export function duration<const O extends DurationOptions>(
  options: O = {} as O,
): InputSpec<Presence<number, O>> {
  const { min, max } = options;
  const bounds =
    min !== undefined && max !== undefined
      ? ` from ${formatDuration(min)} to ${formatDuration(max)}`
      : min !== undefined
        ? ` of at least ${formatDuration(min)}`
        : max !== undefined
          ? ` of at most ${formatDuration(max)}`
          : '';
  const accepts = `a duration${bounds} such as "30d", "12h", "45m" or "1h30m" (units: w, d, h, m, s)`;
  return spec<number, O>(options, accepts, (raw) => {
    const value = parseDuration(raw);
    if (value !== undefined && inRange(value, options)) return { value };
    return { problem: `must be ${accepts}` };
  });
}

/** The env var the runner sets for an input: `dry-run` → `INPUT_DRY-RUN`. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function message(name: string, spec: InputSpec<unknown>, raw: string, found: InputProblem): string {
  const shown = spec.secret
    ? 'the value is not shown because the input is secret'
    : `got ${quote(found.part ?? raw)}`;
  return `Input "${name}" ${found.problem}; ${shown}.${found.hint ? ` ${found.hint}` : ''}`;
}

/**
 * Reads every input in `specs` from `env` into one typed object. All bad inputs are reported
 * together, as `ConfigurationErrors` with one `ConfigurationError` per input.
 */
export function readInputs<const S extends Record<string, InputSpec<unknown>>>(
  env: Env,
  specs: S,
): InputValues<S> {
  const values: Record<string, unknown> = {};
  const errors: ConfigurationError[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    const name = spec.name ?? kebabCase(key);
    // Like @actions/core: surrounding whitespace is not part of the value, and empty means not given.
    const raw = (env[inputEnvName(name)] ?? '').trim();
    // Masked before anything else can print it: an error message, a debug line, a bug report.
    if (spec.secret && raw !== '') setSecret(raw);
    if (raw === '') {
      if (spec.required)
        errors.push(
          new ConfigurationError(`Input "${name}" is required but was not given; expected ${spec.accepts}.`),
        );
      else if (spec.default !== undefined) values[key] = structuredClone(spec.default);
      continue;
    }
    const parsed = spec.parse(raw);
    if ('value' in parsed) values[key] = parsed.value;
    else errors.push(new ConfigurationError(message(name, spec, raw, parsed)));
  }
  if (errors.length > 0) throw new ConfigurationErrors(errors);
  return values as InputValues<S>;
}

/**
 * Like readInputs, but every problem is added to `errors` and undefined returned, so an action can
 * report bad inputs together with what it checks itself (the runner's environment, combinations).
 */
export function readInputsInto<const S extends Record<string, InputSpec<unknown>>>(
  env: Env,
  specs: S,
  errors: ConfigurationError[],
): InputValues<S> | undefined {
  try {
    return readInputs(env, specs);
  } catch (error) {
    if (!(error instanceof ConfigurationErrors)) throw error;
    errors.push(...error.errors);
    return undefined;
  }
}
