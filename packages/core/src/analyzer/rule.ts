import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';

/**
 * What a line is, to the analyzer:
 * - `error`: it states a failure (a compiler error, a failed test, a refused download);
 * - `verdict`: a tool's closing statement that the build failed (`BUILD FAILURE`, the exit code);
 * - `header`: a heading announcing errors below it (`COMPILATION ERROR :`, `=== FAILURES ===`);
 * - `noise`: looks like an error but is not (`0 errors`, a retry that succeeded).
 */
export type Role = 'error' | 'verdict' | 'header' | 'noise';

/** How the lines after a matching line belong to it. */
export type Follow =
  /** Stack frames, `Caused by:` chains, tracebacks, goroutine dumps. */
  | 'trace'
  /** Lines indented deeper than this one (details under a compiler error or failed test). */
  | 'indented'
  /** Lines with the same leading tag, e.g. `[ERROR]` or `npm ERR!`. */
  | 'same-tag'
  /** Nothing. */
  | 'none';

export interface Rule {
  /** `<tool>.<what>`, e.g. `tsc.error`, `pytest.failed`. */
  id: string;
  /** The tool or runner behaviour the rule recognises. */
  tool: string;
  /**
   * Case-sensitive literal text that every line the rule matches contains. Only lines holding an
   * anchor are ever tested, which is what keeps a 300 MB log fast.
   */
  anchors: readonly string[];
  /** Tested on the line without timestamp and ANSI codes. */
  pattern: RegExp;
  role: Role;
  category?: FailureCategory;
  /** 0..1: how surely a match marks (or, for noise, unmarks) a failure line. */
  weight: number;
  follow?: Follow;
  facts?: (match: RegExpExecArray, line: string) => Facts;
}

export interface RuleHit {
  rule: Rule;
  facts?: Facts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rules compiled for scanning: one prefilter over all anchors, and rules indexed by anchor. */
export class RuleSet {
  readonly rules: readonly Rule[];
  /** Global, sticky-free: finds the next anchor anywhere in a chunk. */
  readonly prefilter: RegExp;
  private readonly byAnchor = new Map<string, Rule[]>();
  private readonly anchorRe: RegExp;

  constructor(rules: readonly Rule[]) {
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      if (rule.anchors.length === 0) throw new Error(`rule ${rule.id} has no anchors`);
      for (const anchor of rule.anchors) {
        if (anchor === '' || /[^\x20-\x7e]/.test(anchor))
          throw new Error(`rule ${rule.id}: anchors must be printable ASCII`);
        const list = this.byAnchor.get(anchor);
        if (list) list.push(rule);
        else this.byAnchor.set(anchor, [rule]);
      }
    }
    this.rules = rules;
    // Longest first, so an anchor that contains another is found whole.
    const source = [...this.byAnchor.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    this.prefilter = new RegExp(source, 'g');
    this.anchorRe = new RegExp(source, 'g');
  }

  /** Rules whose anchors occur in `view` (the line's raw latin1 text), each once. */
  candidates(view: string): Rule[] {
    const seen = new Set<Rule>();
    const out: Rule[] = [];
    const re = this.anchorRe;
    re.lastIndex = 0;
    for (let m = re.exec(view); m; m = re.exec(view)) {
      for (const rule of this.byAnchor.get(m[0]) ?? []) {
        if (!seen.has(rule)) {
          seen.add(rule);
          out.push(rule);
        }
      }
      // Anchors may overlap ("ERROR" inside "[ERROR]"): step one character, not past the match.
      re.lastIndex = m.index + 1;
    }
    return out;
  }

  /** Every rule that matches the cleaned line. */
  match(view: string, text: string): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const rule of this.candidates(view)) {
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      const facts = rule.facts?.(m, text);
      hits.push(facts ? { rule, facts } : { rule });
    }
    return hits;
  }
}
