import { RE2JS, RE2JSSyntaxException } from 're2js';
import { isScalar, isSeq } from 'yaml';
import type { FailureCategory } from '../analyzer/categories.js';
import { FAILURE_CATEGORIES, isFailureCategory } from '../analyzer/categories.js';
import type { Facts } from '../analyzer/facts.js';
import type { UserRule } from '../analyzer/user-rules.js';
import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import { type At, got, isNull, joinIndex, joinKey, type ReadContext } from './read-context.js';
import {
  type Entry,
  type FieldProblem,
  type Kind,
  mapEntries,
  num,
  oneOf,
  type Setting,
  text,
  unknownKey,
} from './settings.js';
import { closest, inRange, listWords, quote } from './text.js';

/**
 * User patterns: extra log rules from `.github/autoheal.yml`. Their regexes run over every line of
 * every failed log, and the file can be edited by anyone who can open a pull request, so they are
 * compiled with RE2 — matching in time linear in the line, whatever the pattern.
 */

export const MAX_PATTERNS = 100;
export const MAX_REGEX_CHARS = 1000;
/** A fact lands in an issue body; a captured run of log text should not. */
export const MAX_FACT_CHARS = 200;
export const DEFAULT_PATTERN_CONFIDENCE = 0.9;

/** The facts a pattern may set: the string-valued ones of `Facts`. */
export const TEXT_FACTS = [
  'tool',
  'module',
  'package',
  'command',
  'file',
  'toolchain',
  'requiredVersion',
  'actualVersion',
  'secret',
  'host',
  'image',
  'code',
] as const satisfies readonly StringFactKey[];

type StringFactKey = {
  [K in keyof Facts]-?: string extends NonNullable<Facts[K]> ? K : never;
}[keyof Facts];

export type TextFact = (typeof TEXT_FACTS)[number];

export interface UserPattern {
  /** Names the rule in analysis output; an unnamed rule is `patterns[<index>]`. */
  name?: string;
  regex: string;
  category: FailureCategory;
  /** 0..1. */
  confidence: number;
  /** `i`: case-insensitive. */
  flags?: 'i';
  /** Fact name → template: `$1`, `$<group>`, literal text, or a mix; `$$` is a literal `$`. */
  facts: Partial<Record<TextFact, string>>;
}

export type { UserRule };

/** A fact template, parsed: literal text and group references (by number or name). */
type Piece = { text: string } | { group: number | string };

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function nameProblem(name: string): string | undefined {
  return NAME_RE.test(name)
    ? undefined
    : `must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit; got ${quote(name)}`;
}

function regexTextProblem(regex: string): string | undefined {
  if (regex === '') return 'must not be empty';
  if (regex.length > MAX_REGEX_CHARS)
    return `is ${regex.length} characters long; at most ${MAX_REGEX_CHARS} are allowed`;
  return undefined;
}

/** Why RE2 rejected a regex, with the likely reason when it is a feature RE2 lacks on purpose. */
function re2Problem(regex: string, error: unknown): string {
  let reason = error instanceof RE2JSSyntaxException ? error.getDescription() : String(error);
  if (error instanceof RE2JSSyntaxException) {
    const near = error.getPattern();
    if (near) reason += ` at ${quote(near, 40)}`;
  }
  const lacks: string[] = [];
  if (/\(\?<?[=!]/.test(regex)) lacks.push('lookahead or lookbehind');
  if (/\\[1-9]|\\k</.test(regex)) lacks.push('backreferences');
  if (/\(\?>|[*+?}]\+/.test(regex)) lacks.push('atomic groups or possessive quantifiers');
  const hint =
    lacks.length === 0
      ? ''
      : ` (RE2 has no ${lacks.join(', no ')}: it only offers what it can match in linear time)`;
  return `is not a regular expression RE2 accepts: ${reason}${hint}`;
}

function parseTemplate(template: string): Piece[] | string {
  const pieces: Piece[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '$') {
      literal += c;
      continue;
    }
    const rest = template.slice(i + 1);
    const digits = /^\d+/.exec(rest)?.[0];
    const named = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    if (rest.startsWith('$')) {
      literal += '$';
      i += 1;
      continue;
    }
    if (literal !== '') pieces.push({ text: literal });
    literal = '';
    if (digits !== undefined) {
      pieces.push({ group: Number(digits) });
      i += digits.length;
    } else if (named) {
      pieces.push({ group: named[1]! });
      i += named[0].length;
    } else {
      return 'has a "$" that is not followed by a group number or <name>; write "$$" for a literal "$"';
    }
  }
  if (literal !== '') pieces.push({ text: literal });
  return pieces;
}

function groupProblem(piece: { group: number | string }, re: RE2JS): string | undefined {
  if (typeof piece.group === 'number') {
    const count = re.groupCount();
    if (piece.group <= count) return undefined;
    return `refers to group $${piece.group}, but the regex has ${count === 0 ? 'no groups' : count === 1 ? 'only 1 group' : `only ${count} groups`}`;
  }
  const names = Object.keys(re.namedGroups());
  if (names.includes(piece.group)) return undefined;
  return `refers to group <${piece.group}>, which the regex does not define${names.length > 0 ? ` (its named groups: ${names.join(', ')})` : ''}`;
}

/**
 * Compiles one pattern, or lists its problems by field (`regex`, `facts.module`, …), each phrased
 * to follow the field's path. Shape problems (category, confidence, flags) are checked too, so
 * patterns built in code get the same checks as patterns read from the file.
 */
export function compileUserPattern(pattern: UserPattern, index: number): UserRule | FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (pattern.name !== undefined) {
    const problem = nameProblem(pattern.name);
    if (problem) problems.push({ field: 'name', problem });
  }
  if (!isFailureCategory(pattern.category))
    problems.push({ field: 'category', problem: `must be one of ${listWords(FAILURE_CATEGORIES)}` });
  if (!Number.isFinite(pattern.confidence) || !inRange(pattern.confidence, { min: 0, max: 1 }))
    problems.push({ field: 'confidence', problem: 'must be a number from 0 to 1' });
  if (pattern.flags !== undefined && pattern.flags !== 'i')
    problems.push({
      field: 'flags',
      problem: `must be "i" (case-insensitive); got ${quote(String(pattern.flags))}`,
    });

  const textProblem = regexTextProblem(pattern.regex);
  let re: RE2JS | undefined;
  if (textProblem) problems.push({ field: 'regex', problem: textProblem });
  else {
    try {
      re = RE2JS.compile(pattern.regex, pattern.flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (error) {
      problems.push({ field: 'regex', problem: re2Problem(pattern.regex, error) });
    }
  }
  // A regex that matches an empty line matches somewhere in every line of every log.
  if (re?.test(''))
    problems.push({
      field: 'regex',
      problem: 'matches the empty string, so it would match every log line; make it require some text',
    });

  const templates: [TextFact, Piece[]][] = [];
  for (const [fact, template] of Object.entries(pattern.facts)) {
    const field = `facts.${fact}`;
    if (!(TEXT_FACTS as readonly string[]).includes(fact)) {
      problems.push({ field, problem: `is not a fact a pattern can set; facts: ${TEXT_FACTS.join(', ')}` });
      continue;
    }
    if (typeof template !== 'string') continue;
    const pieces = parseTemplate(template);
    if (typeof pieces === 'string') {
      problems.push({ field, problem: pieces });
      continue;
    }
    for (const piece of pieces) {
      if (!('group' in piece) || re === undefined) continue;
      const problem = groupProblem(piece, re);
      if (problem) problems.push({ field, problem });
    }
    templates.push([fact as TextFact, pieces]);
  }
  if (problems.length > 0 || re === undefined) return problems;
  return makeRule(pattern, index, re, templates);
}

function makeRule(
  pattern: UserPattern,
  index: number,
  re: RE2JS,
  templates: [TextFact, Piece[]][],
): UserRule {
  return {
    // The analyzer files user rules under `user.<id>`; an unnamed one is known by its place in the file.
    id: pattern.name ?? `patterns[${index}]`,
    category: pattern.category,
    confidence: pattern.confidence,
    match(line) {
      // test() runs on RE2's DFA without tracking groups; groups are found only for matching lines.
      if (!re.test(line)) return undefined;
      const facts: Facts = {};
      if (templates.length === 0) return facts;
      const m = re.matcher(line);
      if (!m.find()) return undefined;
      for (const [fact, pieces] of templates) {
        let value = '';
        for (const piece of pieces) value += 'text' in piece ? piece.text : (m.group(piece.group) ?? '');
        // A fact that comes out empty (its groups took no part in the match) is left out.
        if (value !== '') facts[fact] = [...value].slice(0, MAX_FACT_CHARS).join('');
      }
      return facts;
    },
  };
}

/** Compiles patterns from code (the CLI, tests) with the checks the config loader applies. */
export function compilePatterns(list: readonly UserPattern[]): UserRule[] {
  const errors: ConfigurationError[] = [];
  if (list.length > MAX_PATTERNS)
    errors.push(
      new ConfigurationError(`patterns has ${list.length} items; at most ${MAX_PATTERNS} are allowed.`),
    );
  const rules: UserRule[] = [];
  const names = new Set<string>();
  list.forEach((pattern, index) => {
    const path = joinIndex('patterns', index);
    if (pattern.name !== undefined) {
      if (names.has(pattern.name))
        errors.push(new ConfigurationError(`${path}.name repeats the name ${quote(pattern.name)}.`));
      names.add(pattern.name);
    }
    const compiled = compileUserPattern(pattern, index);
    if (Array.isArray(compiled))
      for (const { field, problem } of compiled)
        errors.push(new ConfigurationError(`${path}.${field} ${problem}.`));
    else rules.push(compiled);
  });
  if (errors.length > 0) throw new ConfigurationErrors(errors);
  return rules;
}

// ---------------------------------------------------------------------------------------------
// Reading `patterns` from the file

const PATTERN_KEYS = ['name', 'regex', 'category', 'confidence', 'flags', 'facts'] as const;

const nameKind = text({ check: nameProblem });
const regexKind = text({ type: 'RE2 regex', check: regexTextProblem });
const categoryKind = oneOf(FAILURE_CATEGORIES);
const confidenceKind = num({ min: 0, max: 1 });
const flagsKind: Kind<'i'> = {
  type: '`i`',
  read(at, path, ctx) {
    if (at.node !== null && isScalar(at.node) && at.node.value === 'i') return 'i';
    ctx.fail(path, at.offset, `must be "i" (case-insensitive), or left out; ${got(at.node)}`);
    return undefined;
  },
};
const templateKind = text({ type: 'template' });

function readFacts(at: At, path: string, ctx: ReadContext, offsets: Map<string, number | undefined>) {
  const entries = mapEntries(at, path, ctx, 'a map of fact names to templates');
  if (entries === undefined) return undefined;
  const facts: Partial<Record<TextFact, string>> = {};
  for (const entry of entries) {
    if (!(TEXT_FACTS as readonly string[]).includes(entry.key)) {
      unknownFact(entry, ctx);
      continue;
    }
    const template = templateKind.read(entry.at, entry.path, ctx);
    offsets.set(`facts.${entry.key}`, entry.at.offset);
    if (template !== undefined) facts[entry.key as TextFact] = template;
  }
  return facts;
}

function unknownFact(entry: Entry, ctx: ReadContext): void {
  const near = closest(entry.key, TEXT_FACTS);
  const hint = near === undefined ? '' : ` Did you mean ${JSON.stringify(near)}?`;
  ctx.fail(
    entry.path,
    entry.keyOffset,
    `is not a fact a pattern can set.${hint} Facts: ${TEXT_FACTS.join(', ')}`,
  );
}

interface ReadPattern {
  pattern: UserPattern;
  offsets: Map<string, number | undefined>;
}

function readPattern(at: At, path: string, ctx: ReadContext, index: number): ReadPattern | undefined {
  const before = ctx.errors.length;
  const entries = mapEntries(
    at,
    path,
    ctx,
    'a map with regex, category and optional name, confidence, flags, facts',
  );
  if (entries === undefined) return undefined;
  const offsets = new Map<string, number | undefined>();
  const found: Partial<UserPattern> = { confidence: DEFAULT_PATTERN_CONFIDENCE, facts: {} };
  for (const entry of entries) {
    offsets.set(entry.key, entry.at.offset);
    switch (entry.key) {
      case 'name': {
        const name = nameKind.read(entry.at, entry.path, ctx);
        if (name !== undefined) found.name = name;
        break;
      }
      case 'regex':
        found.regex = regexKind.read(entry.at, entry.path, ctx);
        break;
      case 'category':
        found.category = categoryKind.read(entry.at, entry.path, ctx);
        break;
      case 'confidence':
        found.confidence = confidenceKind.read(entry.at, entry.path, ctx);
        break;
      case 'flags':
        found.flags = flagsKind.read(entry.at, entry.path, ctx);
        break;
      case 'facts':
        found.facts = readFacts(entry.at, entry.path, ctx, offsets);
        break;
      default:
        unknownKey(entry, path, PATTERN_KEYS, ctx);
    }
  }
  for (const required of ['regex', 'category'] as const)
    if (!offsets.has(required)) ctx.fail(joinKey(path, required), at.offset, 'is required');
  if (found.regex === undefined) return undefined;
  // Compile even when other fields are wrong, so every problem of the pattern shows at once.
  const pattern: UserPattern = {
    regex: found.regex,
    category: found.category ?? 'unknown',
    confidence: found.confidence ?? DEFAULT_PATTERN_CONFIDENCE,
    facts: found.facts ?? {},
  };
  if (found.name !== undefined) pattern.name = found.name;
  if (found.flags !== undefined) pattern.flags = found.flags;
  const compiled = compileUserPattern(pattern, index);
  if (Array.isArray(compiled))
    for (const { field, problem } of compiled)
      ctx.fail(`${path}.${field}`, offsets.get(field) ?? at.offset, problem);
  if (ctx.errors.length > before) return undefined;
  return { pattern, offsets };
}

export const patternsSetting: Setting<UserPattern[]> = {
  type: 'list of patterns',
  description:
    'Extra log rules: a line matching `regex` (RE2 syntax) is a failure of `category`. ' +
    `At most ${MAX_PATTERNS} patterns, each regex at most ${MAX_REGEX_CHARS} characters.`,
  default: [],
  read(at, path, ctx) {
    // `patterns:` with every item commented out.
    if (isNull(at.node)) return [];
    if (at.node === null || !isSeq(at.node)) {
      ctx.fail(path, at.offset, `must be a list of patterns; ${got(at.node)}`);
      return undefined;
    }
    const items = at.node.items;
    if (items.length > MAX_PATTERNS) {
      ctx.fail(path, at.offset, `has ${items.length} items; at most ${MAX_PATTERNS} are allowed`);
      return undefined;
    }
    const before = ctx.errors.length;
    const out: UserPattern[] = [];
    const names = new Map<string, string>();
    items.forEach((raw, index) => {
      const itemPath = joinIndex(path, index);
      const itemAt = ctx.at(raw, at.offset, itemPath);
      const read = readPattern(itemAt, itemPath, ctx, index);
      if (read === undefined) return;
      const { pattern, offsets } = read;
      if (pattern.name !== undefined) {
        const first = names.get(pattern.name);
        if (first !== undefined)
          ctx.fail(
            `${itemPath}.name`,
            offsets.get('name'),
            `repeats the name ${quote(pattern.name)} of ${first}`,
          );
        names.set(pattern.name, itemPath);
      }
      out.push(pattern);
    });
    return ctx.errors.length > before ? undefined : out;
  },
  rows: (path) => [
    { key: `${path}[].name`, type: 'string', description: 'Names the rule in analysis output; unique.' },
    { key: `${path}[].regex`, type: 'RE2 regex', description: 'Required. Tested against each log line.' },
    { key: `${path}[].category`, type: categoryKind.type, description: 'Required. The failure category.' },
    {
      key: `${path}[].confidence`,
      type: confidenceKind.type,
      default: String(DEFAULT_PATTERN_CONFIDENCE),
      description: 'How surely a matching line marks a failure.',
    },
    { key: `${path}[].flags`, type: '`i`', description: '`i` matches case-insensitively.' },
    {
      key: `${path}[].facts`,
      type: 'map of templates',
      default: '{}',
      description: `Facts for fixers and the issue: ${TEXT_FACTS.map((f) => `\`${f}\``).join(', ')} → \`$1\`, \`$<name>\` or literal text.`,
    },
  ],
};
