import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';
import type { Rule } from './rule.js';

/**
 * A rule from the repository's `.github/autoheal.yml`, compiled elsewhere (re2js) into this shape.
 * User rules are tried on every line, before the built-in rules, and win over them: the
 * repository knows its own logs best. `confidence` (0..1) becomes the line's weight.
 */
export interface UserRule {
  id: string;
  category: FailureCategory;
  confidence: number;
  match(line: string): Facts | undefined;
}

const USER_RULE_PATTERN = /$^/;

/** The Rule record a user rule's hit is filed under, so hits of both kinds flow alike. */
export function userRuleAsRule(rule: UserRule): Rule {
  return {
    id: `user.${rule.id}`,
    tool: 'user',
    anchors: ['(user rule)'],
    pattern: USER_RULE_PATTERN,
    role: 'error',
    category: rule.category,
    // Above every built-in weight, so a user rule's category wins wherever it matches.
    weight: Math.min(1, Math.max(0, rule.confidence)) * 0.05 + 0.95,
    follow: 'indented',
    confidence: Math.min(1, Math.max(0, rule.confidence)),
  };
}
