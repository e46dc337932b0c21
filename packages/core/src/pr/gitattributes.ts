/**
 * `.gitattributes`, read for the attributes GitHub Linguist honours: `linguist-generated`,
 * `linguist-vendored` and `linguist-documentation`. GitHub collapses generated files in diffs and
 * leaves them out of language statistics; autoheal leaves them out of a pull request's size.
 *
 * Per git's documentation: each line is a pattern and attributes (`attr` sets, `-attr` unsets,
 * `!attr` returns it to unspecified, `attr=value` gives a value); for each attribute the last
 * matching line that mentions it decides. Patterns are gitignore patterns except that negative
 * patterns are forbidden and a pattern matching a directory does not reach the files inside it
 * (`vendor/**`, not `vendor/`). Only the root `.gitattributes` is read; files in subdirectories and
 * macros (`[attr]name`) are not.
 */

import { compileGitPattern, type GitPattern, matchesPath } from './git-pattern.js';

/** An attribute's state for a path: set, unset, a value, or undefined when unspecified. */
export type AttributeValue = true | false | string | undefined;

interface AttributeLine {
  line: number;
  pattern: GitPattern;
  /** Attribute name → state; `undefined` records an explicit `!attr`. */
  attributes: Map<string, AttributeValue>;
}

export interface GitAttributes {
  lines: AttributeLine[];
  /** Lines that were skipped, and why. */
  problems: { line: number; message: string }[];
}

const C_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/** A double-quoted pattern (git quotes paths with spaces or special characters like this). */
function quotedPattern(line: string): { pattern: string; rest: string } | undefined {
  let out = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') return { pattern: out, rest: line.slice(i + 1) };
    if (c === '\\' && i + 1 < line.length) {
      i++;
      const e = line[i]!;
      out += C_ESCAPES[e] ?? e;
    } else out += c;
  }
  return undefined;
}

function parseAttribute(word: string): [string, AttributeValue] {
  if (word.startsWith('-')) return [word.slice(1), false];
  if (word.startsWith('!')) return [word.slice(1), undefined];
  const eq = word.indexOf('=');
  if (eq > 0) return [word.slice(0, eq), word.slice(eq + 1)];
  return [word, true];
}

export function parseGitAttributes(text: string): GitAttributes {
  const lines: AttributeLine[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.startsWith('[attr]')) return;
    let pattern: string;
    let rest: string;
    if (trimmed.startsWith('"')) {
      const quoted = quotedPattern(trimmed);
      if (quoted === undefined) {
        problems.push({ line, message: 'has an unclosed quoted pattern' });
        return;
      }
      ({ pattern, rest } = quoted);
    } else {
      const space = trimmed.search(/[ \t]/);
      pattern = space < 0 ? trimmed : trimmed.slice(0, space);
      rest = space < 0 ? '' : trimmed.slice(space);
    }
    if (pattern.startsWith('!')) {
      problems.push({ line, message: `"${pattern}": negative patterns are forbidden in .gitattributes` });
      return;
    }
    const attributes = new Map<string, AttributeValue>();
    for (const word of rest.split(/[ \t]+/)) {
      if (word === '') continue;
      const [name, value] = parseAttribute(word);
      if (name !== '') attributes.set(name, value);
    }
    if (attributes.size > 0) lines.push({ line, pattern: compileGitPattern(pattern), attributes });
  });
  return { lines, problems };
}

/** The state of `name` for `path`: the last matching line that mentions it decides. */
export function attributeOf(attributes: GitAttributes, path: string, name: string): AttributeValue {
  for (let i = attributes.lines.length - 1; i >= 0; i--) {
    const entry = attributes.lines[i]!;
    if (entry.attributes.has(name) && matchesPath(entry.pattern, path)) return entry.attributes.get(name);
  }
  return undefined;
}

/** Linguist reads `attr`, `attr=true` as true and `-attr`, `attr=false` as false. */
function asBoolean(value: AttributeValue): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

export interface LinguistOverrides {
  /** True or false when `.gitattributes` says so; undefined when it does not. */
  generated: boolean | undefined;
  vendored: boolean | undefined;
  documentation: boolean | undefined;
}

export function linguistOverrides(attributes: GitAttributes, path: string): LinguistOverrides {
  return {
    generated: asBoolean(attributeOf(attributes, path, 'linguist-generated')),
    vendored: asBoolean(attributeOf(attributes, path, 'linguist-vendored')),
    documentation: asBoolean(attributeOf(attributes, path, 'linguist-documentation')),
  };
}
