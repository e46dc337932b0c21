/**
 * Rewrites the list found by `locateList` to hold exactly the given patterns, in the given order,
 * by replacing (or inserting) only the list's bytes. Items that stay keep their exact source
 * text, comments and blank lines; new items are written in the list's quoting style, with the
 * file's indentation and line breaks (CRLF stays CRLF).
 */
import type { ListItem, ListLocation } from './list-site.js';
import { lineBreak, lineEnd, lineStart } from './text-lines.js';
import { type QuoteStyle, renderScalar } from './yaml-scalar.js';

/** One replacement of `text.slice(start, end)`; an insertion when `start === end`. */
export interface ListEdit {
  start: number;
  end: number;
  replacement: string;
}

export function applyEdit(text: string, edit: ListEdit): string {
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

/** Items that stay, by pattern (the first of repeated ones). */
function byPattern(items: readonly ListItem[]): Map<string, ListItem> {
  const map = new Map<string, ListItem>();
  for (const item of items) if (!map.has(item.pattern)) map.set(item.pattern, item);
  return map;
}

function flowItems(text: string, items: readonly ListItem[], patterns: readonly string[], style: QuoteStyle) {
  const kept = byPattern(items);
  return patterns.map((pattern) => {
    const item = kept.get(pattern);
    return item ? text.slice(item.start, item.end) : renderScalar(pattern, 'flow', style);
  });
}

function blockLines(patterns: readonly string[], indent: number, style: QuoteStyle): string[] {
  return patterns.map((p) => `${' '.repeat(indent)}- ${renderScalar(p, 'block', style)}`);
}

/** Where the `-` of a block item is: the first non-blank character before its value. */
function dashOf(text: string, item: ListItem): number {
  let i = item.start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === '-' ? i : item.start;
}

function editBlock(
  text: string,
  site: Extract<ListLocation['site'], { kind: 'block' }>,
  patterns: readonly string[],
): ListEdit {
  const eol = lineBreak(text);
  const regionStart = lineStart(text, site.dash);
  const prefix = text.slice(regionStart, site.dash);
  const first = site.items[0];
  // The spaces between `-` and the value, as the file writes them (not an anchor or a line break).
  const written = first ? text.slice(site.dash + 1, first.start) : ' ';
  const gap = /^ +/.exec(written)?.[0] ?? ' ';
  const chunks = new Map<ListItem, string[]>();
  let previousEnd = regionStart;
  let regionEnd = regionStart;
  site.items.forEach((item, index) => {
    const chunkStart = lineStart(text, dashOf(text, item));
    const chunkEnd = lineEnd(text, Math.max(item.start, item.end - 1));
    // Comment and blank lines between the previous item and this one travel with this one.
    const lead = index === 0 ? [] : text.slice(previousEnd, chunkStart).split(/\r?\n/).slice(1, -1);
    chunks.set(item, [...lead, text.slice(chunkStart, chunkEnd)]);
    previousEnd = chunkEnd;
    regionEnd = chunkEnd;
  });
  const kept = byPattern(site.items);
  const lines = patterns.flatMap((pattern) => {
    const item = kept.get(pattern);
    return item ? chunks.get(item)! : [`${prefix}-${gap}${renderScalar(pattern, 'block', site.style)}`];
  });
  return { start: regionStart, end: regionEnd, replacement: lines.join(eol) };
}

/** The comment (with the spaces before it) after `from` on its line, past an optional comma; '' when none. */
function commentAfter(text: string, from: number): string {
  const rest = text.slice(from, lineEnd(text, from));
  const match = /^(?:[ \t]*,)?([ \t]*#.*)$/.exec(rest);
  return match?.[1] ?? '';
}

/** The comment lines (and blank lines) strictly between the line of `from` and the line of `to`. */
function linesBetween(text: string, from: number, to: number): string[] {
  const first = lineEnd(text, from);
  const last = lineStart(text, to);
  if (last <= first) return [];
  return text
    .slice(first, last)
    .split(/\r?\n/)
    .slice(1, -1)
    .filter((line) => /^[ \t]*(#.*)?$/.test(line));
}

/**
 * A flow list written over several lines, one item per line: comment lines travel with the item
 * they precede (including those before the first item), an item's own trailing comment stays on its
 * line, and comments between the last item and `]` stay there.
 */
function editMultilineFlow(
  text: string,
  site: Extract<ListLocation['site'], { kind: 'flow' }>,
  patterns: readonly string[],
  items: readonly string[],
): ListEdit {
  const eol = lineBreak(text);
  const first = site.items[0]!;
  const last = site.items[site.items.length - 1]!;
  const close = site.end - 1;
  const indent = text.slice(lineStart(text, first.start), first.start);
  const closeIndent = text.slice(lineStart(text, close), close);
  const closeOnOwnLine = /^[ \t]*$/.test(closeIndent);
  const trailingComma = /^\s*,/.test(text.slice(last.end, close));
  const openComment = commentAfter(text, site.start + 1);
  const lead = new Map<ListItem, string[]>();
  const trailing = new Map<ListItem, string>();
  site.items.forEach((item, index) => {
    const previous = index === 0 ? site.start : site.items[index - 1]!.end;
    lead.set(item, linesBetween(text, previous, item.start));
    const next = site.items[index + 1];
    // A comment at the end of a line belongs to the line's last item.
    const lastOnLine = next === undefined || lineStart(text, next.start) > lineEnd(text, item.end);
    if (lastOnLine && lineEnd(text, item.end) < close) trailing.set(item, commentAfter(text, item.end));
  });
  const tail = closeOnOwnLine ? linesBetween(text, last.end, close) : [];
  const kept = new Map<string, ListItem>();
  for (const item of site.items) if (!kept.has(item.pattern)) kept.set(item.pattern, item);
  const lines: string[] = [];
  patterns.forEach((pattern, index) => {
    const item = kept.get(pattern);
    const comma = index < patterns.length - 1 || trailingComma ? ',' : '';
    lines.push(...(item ? lead.get(item)! : []));
    lines.push(`${indent}${items[index]}${comma}${item ? (trailing.get(item) ?? '') : ''}`);
  });
  const closing = closeOnOwnLine ? [...tail, closeIndent].join(eol) : '';
  const replacement = `[${openComment}${eol}${lines.join(eol)}${closeOnOwnLine ? eol + closing : ''}]`;
  return { start: site.start, end: site.end, replacement };
}

function editFlow(
  text: string,
  site: Extract<ListLocation['site'], { kind: 'flow' }>,
  patterns: readonly string[],
): ListEdit {
  const items = flowItems(text, site.items, patterns, site.style);
  const first = site.items[0];
  const last = site.items[site.items.length - 1];
  if (first && last && text.slice(site.start, first.start).includes('\n'))
    return editMultilineFlow(text, site, patterns, items);
  const pad = text[site.start + 1] === ' ' && site.items.length > 0 ? ' ' : '';
  return { start: site.start, end: site.end, replacement: `[${pad}${items.join(', ')}${pad}]` };
}

function flowList(patterns: readonly string[], style: QuoteStyle): string {
  return `[${patterns.map((p) => renderScalar(p, 'flow', style)).join(', ')}]`;
}

/** The edit that makes the list hold exactly `patterns`, in that order. */
export function editList(text: string, location: ListLocation, patterns: readonly string[]): ListEdit {
  const { site, unit } = location;
  const eol = lineBreak(text);
  switch (site.kind) {
    case 'block':
      return editBlock(text, site, patterns);
    case 'flow':
      return editFlow(text, site, patterns);
    case 'scalar':
      // Written fresh: a plain scalar's text may not mean the same inside brackets (`a, b`).
      return { start: site.start, end: site.end, replacement: flowList(patterns, site.style) };
    case 'empty': {
      const at = lineEnd(text, site.keyPos);
      const lines = blockLines(patterns, site.indent, 'plain');
      return { start: at, end: at, replacement: lines.map((l) => eol + l).join('') };
    }
    case 'missing-in-block': {
      const at = lineStart(text, site.firstKey);
      const lines = [
        `${' '.repeat(site.indent)}workflows:`,
        ...blockLines(patterns, site.indent + unit, 'plain'),
      ];
      return { start: at, end: at, replacement: lines.map((l) => l + eol).join('') };
    }
    case 'missing-in-flow': {
      const at = site.brace + 1 + (text[site.brace + 1] === ' ' ? 1 : 0);
      const entry = `workflows: ${flowList(patterns, 'plain')}`;
      return { start: at, end: at, replacement: site.empty ? entry : `${entry}, ` };
    }
    case 'bare-trigger': {
      const at = lineEnd(text, site.keyPos);
      const lines = [
        `${' '.repeat(site.indent)}workflows:`,
        ...blockLines(patterns, site.indent + unit, 'plain'),
      ];
      return { start: at, end: at, replacement: lines.map((l) => eol + l).join('') };
    }
    case 'null-trigger':
      return {
        start: site.start,
        end: site.end,
        replacement: `{ workflows: ${flowList(patterns, 'plain')} }`,
      };
  }
}
