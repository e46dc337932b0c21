import { Redactor } from '../../text/redact.js';
import type { Facts, SourceLocation } from '../facts.js';

// Redacted before it is cut: half a token no longer looks like one to the sanitizer that runs later.
const redactor = new Redactor();

/** A source location from regex groups, dropping what did not match. */
export function location(
  file: string | undefined,
  line?: string,
  column?: string,
  message?: string,
): SourceLocation {
  const loc: SourceLocation = { file: file ?? '' };
  if (line !== undefined && /^\d+$/.test(line)) loc.line = Number(line);
  if (column !== undefined && /^\d+$/.test(column)) loc.column = Number(column);
  if (message !== undefined && message !== '') loc.message = redactor.redact(message.trim()).slice(0, 300);
  return loc;
}

/** Facts with undefined members removed, so merging and JSON stay clean. */
export function facts(input: Facts): Facts {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (value !== undefined && value !== '') out[key] = value;
  return out as Facts;
}
