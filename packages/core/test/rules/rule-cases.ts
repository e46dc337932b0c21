import { expect } from 'vitest';
import { builtinRuleSet } from '../../src/analyzer/builtin-rules.js';
import type { FailureCategory } from '../../src/analyzer/categories.js';
import type { Facts } from '../../src/analyzer/facts.js';
import type { RuleHit } from '../../src/analyzer/rule.js';

/** One line in a tool's real output format, and what the rule must make of it. */
export interface RuleCase {
  rule: string;
  line: string;
  category?: FailureCategory | null;
  facts?: Facts;
}

/** Hits of the built-in rules on a cleaned line, found the way the scanner finds them. */
export function hitsOn(line: string): RuleHit[] {
  const rules = builtinRuleSet();
  const bytes = Buffer.from(line, 'utf8');
  // The scan must see a stem on the line, or the line is never looked at.
  if (!rules.stems.has(bytes, 0, bytes.length)) return [];
  return rules.match(bytes.toString('latin1'), line);
}

export function checkCase(c: RuleCase): void {
  const hit = hitsOn(c.line).find((h) => h.rule.id === c.rule);
  expect(hit, `${c.rule} should match: ${c.line}`).toBeDefined();
  if (c.category !== undefined) expect(hit?.category ?? null, `${c.rule} category`).toBe(c.category);
  if (c.facts) expect(hit?.facts, `${c.rule} facts`).toMatchObject(c.facts);
}

/** Lines that look alike but must not match the rule. */
export function checkMiss(rule: string, line: string): void {
  const hit = hitsOn(line).find((h) => h.rule.id === rule);
  expect(hit, `${rule} should not match: ${line}`).toBeUndefined();
}
