/**
 * Writes one list item as YAML text that reads back as exactly the given string — in the workflow
 * file's own style where it can (plain, 'single' or "double" quotes), quoted only when needed.
 * Every result is checked by parsing it back, under YAML 1.2 (GitHub's parser) and YAML 1.1 (older
 * tools that would read `on`, `yes` or `1_000` as something other than text).
 */
import { parse } from 'yaml';

export type QuoteStyle = 'plain' | 'single' | 'double';

/** Where the item goes: `[a, b]` (flow, where `,[]{}` are syntax) or `- a` lines (block). */
export type ListContext = 'flow' | 'block';

/** Characters YAML does not allow unescaped in any scalar (C0 controls but tab, DEL, C1, BOM, line separators). */
const NON_PRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Starts that make a plain scalar mean something else (an indicator, a tag, an anchor, a quote…). */
const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

function readsBackAs(text: string, context: ListContext, value: string): boolean {
  const source = context === 'flow' ? `[${text}]` : `- ${text}\n`;
  for (const version of ['1.2', '1.1'] as const) {
    let parsed: unknown;
    try {
      parsed = parse(source, { version, prettyErrors: false });
    } catch {
      return false;
    }
    if (!Array.isArray(parsed) || parsed.length !== 1 || parsed[0] !== value) return false;
  }
  return true;
}

function plainCandidate(value: string, context: ListContext): boolean {
  if (value === '' || value !== value.trim() || /[\t]/.test(value) || NON_PRINTABLE.test(value)) return false;
  if (PLAIN_BAD_START.test(value) || value.includes(': ') || value.endsWith(':') || value.includes(' #'))
    return false;
  return !(context === 'flow' && /[,[\]{}]/.test(value));
}

function single(value: string): string | undefined {
  if (NON_PRINTABLE.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}

function double(value: string): string {
  // JSON's escapes are all valid YAML escapes; YAML also wants DEL, C1 and the separators escaped.
  return JSON.stringify(value).replace(
    /[\x7f-\x9f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `value` as a list item's YAML text, in `preferred` style when that style can hold it. */
export function renderScalar(value: string, context: ListContext, preferred: QuoteStyle = 'plain'): string {
  const candidates: (string | undefined)[] = [];
  if (preferred === 'plain' && plainCandidate(value, context)) candidates.push(value);
  if (preferred !== 'double') candidates.push(single(value));
  candidates.push(double(value));
  for (const text of candidates) if (text !== undefined && readsBackAs(text, context, value)) return text;
  // Double quotes with escapes can hold any string; reaching this is a bug, not a user mistake.
  throw new Error(`cannot write ${JSON.stringify(value)} as a YAML scalar`);
}
