import type { LogFormat } from '../log/clean.js';
import { type Block, blockWeight, isVerdictOnly, type KeptLine } from './blocks.js';
import { isSummaryLine, scoredFallback, tailFallback } from './fallback.js';
import type { Tail } from './scan.js';
import type { StepInfo } from './structure.js';
import { isList, MAX_FINDING_LINES, STRONG_RULE, SUMMARY_RULE, trimFinding } from './trim.js';

/**
 * Choosing the lines to show: score every block by how surely it states an error (rule weight),
 * where it is (the failing step, not setup or post-job cleanup; not the script echo), and — with a
 * green log — whether it is new. Keep the strong ones, attach the verdict lines that close them,
 * and fall back to the end of the failing step when no rule recognised anything there.
 */

export interface LocalizeInput {
  format: LogFormat;
  lines: number;
  steps: readonly StepInfo[];
  failing: StepInfo | undefined;
  blocks: readonly Block[];
  tails: readonly Tail[];
  baseline: boolean;
  maxLinesShown: number;
  /** Which fallback runs when no rule recognised the failure: `tail` is the old one, for comparison. */
  fallback?: 'scored' | 'tail';
}

export interface Selected {
  blocks: Block[];
  score: number;
  /** Lines to show, in log order. */
  lines: KeptLine[];
  /** From the fallback: lines before the exit code that no rule recognised. */
  fallback: boolean;
  /** The fallback's key line (rule-made groups name theirs by their hits), and its line score. */
  key?: KeptLine;
  keyScore?: number;
}

/** Relative score a block needs, against the best one, to be shown too. */
const KEEP_RATIO = 0.45;
const MIN_SCORE = 0.08;
const MAX_FINDINGS = 12;
/** Rules this weak or weaker only tag a line (`generic.error-prefix`, `jenkins.error`). */
const WEAK_RULE = 0.5;
/** A fallback key line this strong joins findings made only by weak rules, and this strong leads them. */
const JOIN_FALLBACK = 0.55;
const LEAD_FALLBACK = 0.8;

function groupWeight(g: Selected): number {
  return g.blocks.reduce((m, b) => Math.max(m, blockWeight(b, ['error'])), 0);
}
const MIN_SHOWN_VERDICT = 0.25;

export function zoneFactor(block: Block, input: LocalizeInput): number {
  const { steps, failing } = input;
  if (steps.length === 0 || block.step < 0) return 1;
  const step = steps[block.step];
  if (!step) return 1;
  let z: number;
  if (failing === undefined) z = step.post ? 0.2 : 1;
  else if (step === failing) z = 1;
  // Another CI system named the failing command (ci-format.ts): its setup and what ran after it
  // succeeded or did not matter, so an error there must not stand in for the command's own output.
  else if (failing.phase !== undefined && (step.phase === 'setup' || step.phase === 'post')) z = 0.05;
  // …and a command it says succeeded (Travis' `exited with 0`, a GitLab line the script ran past).
  else if (failing.phase !== undefined && step.exitCode === 0) z = 0.05;
  else if (step.post) z = 0.1;
  else if (step.failed) z = 0.6;
  else z = 0.25;
  if (block.inEcho) z *= 0.1;
  return z;
}

/** Share of the block's matching lines that the green run did not have (1 without a baseline). */
export function noveltyOf(block: Block): number {
  let novel = 0;
  let total = 0;
  for (const line of block.lines) {
    if (line.weight === 0 || line.novel === undefined) continue;
    total += 1;
    if (line.novel) novel += 1;
  }
  return total === 0 ? 1 : novel / total;
}

/**
 * A line a logger printed at warning level (Maven's `[WARNING]`, `npm WARN`, the runner's
 * `##[warning]`): by that level's own word it did not fail the build. A compiler's `warning:`
 * diagnostic is not one — under -Werror or --warnings-as-errors it is the reason.
 */
const WARNING_LEVEL =
  /^\s*(?:\[(?:WARNING|WARN)\]|npm WARN |##\[warning\]|::warning|WARN(?:ING)?: |\[[\w .-]+\] WARN )/;
const WARNING_FACTOR = 0.3;

/** Every error the block states was logged at warning level. */
export function warnedOnly(block: Block): boolean {
  const errors = block.hits.filter((h) => h.rule.role === 'error');
  return errors.length > 0 && errors.every((h) => WARNING_LEVEL.test(h.text));
}

export function blockScore(block: Block, input: LocalizeInput): number {
  const verdict = isVerdictOnly(block);
  const w = (verdict ? 0.15 : blockWeight(block, ['error'])) * (warnedOnly(block) ? WARNING_FACTOR : 1);
  const novelty = input.baseline ? 0.1 + 0.9 * noveltyOf(block) : 1;
  return w * zoneFactor(block, input) * novelty * positionFactor(block, input);
}

/**
 * Later is likelier in a plain log: the cause sits near the end, the noise throughout. The same
 * holds inside the failing command of another CI system's log (steps with a phase), whose output
 * can be long; GitHub steps are short and need no such push.
 */
function positionFactor(block: Block, input: LocalizeInput): number {
  if (input.steps.length === 0) return 0.8 + 0.2 * (block.end / Math.max(1, input.lines));
  const step = input.steps[block.step];
  if (!step || step.phase === undefined || step !== input.failing) return 1;
  const span = Math.max(1, step.end - step.start);
  return 0.8 + 0.2 * Math.min(1, Math.max(0, (block.end - step.start) / span));
}

const LAST_WORDS = 3;

/**
 * A failed job never comes out with nothing shown. When neither the rules nor the fallback found a
 * line (a command that failed without printing a word, whose verdict no rule keeps), show the last
 * lines before the end — at least the command that ran — even an echo, markup or a line the green
 * run had too.
 */
function lastWords(input: LocalizeInput): Selected | undefined {
  for (let i = input.tails.length - 1; i >= 0; i--) {
    const lines = input.tails[i]!.lines.filter((l) => l.text.trim() !== '').slice(-LAST_WORDS);
    if (lines.length > 0)
      return { blocks: [], score: 0.01, lines, fallback: true, key: lines[lines.length - 1]! };
  }
  return undefined;
}

/**
 * Findings that each state one failure share MAX_FINDING_LINES: the strongest first, the others
 * while they fit. Where a finding states many errors (a list, a dump) nothing is dropped.
 */
function withinTotal(groups: Selected[]): Selected[] {
  if (groups.some((g) => isList(g.lines))) return groups;
  const out: Selected[] = [];
  let total = 0;
  for (const g of groups) {
    if (out.length > 0 && total + g.lines.length > MAX_FINDING_LINES) continue;
    out.push(g);
    total += g.lines.length;
  }
  return out;
}

/** Group the chosen blocks into findings: blocks separated by at most `gap` lines are one. */
function adjacent(a: Block, b: Block, gap: number): boolean {
  return b.start - a.end <= gap + 1;
}

/**
 * Cascades: a file that did not compile or parse, then the tests that needed it fail or do not
 * run. The later lines are the echo (`***Not Run`, the same `ParseError` per test, an `undef` of
 * the symbol xref named) and rank high, being later and test-shaped; the earlier error is why.
 */
const CAUSE_WEIGHT = 0.6;
/** A test runner saying a test could not run at all: something before it did not build. */
const NOT_RUN =
  /\*\*\*Not Run\b|Could not find executable|Unable to find executable|Test suite failed to run|Could not find or load main class|NoClassDefFoundError/;
/**
 * A warning or lint message naming a symbol nothing defines (xref's undefined call, pyflakes'
 * F821, ESLint's no-undef): the code fails only when it runs, so it is a cause too.
 */
const UNDEFINED_SYMBOL =
  /\b(?:undefined (?:function|reference to|symbol|method|subroutine|variable|name)\b|calls undefined function)[`'‘ ]*([\w:./$]+)|'([\w$]+)' is not defined {2,}no-undef\b/;
const WARNING_WORD = /\bwarning\b/i;
/** How far into a block an echo's message or verdict is looked for. */
const ECHO_LINES = 12;
/** Shared text this long (after paths and numbers are dropped) makes a later line repeat a cause. */
const SHARED = 16;
const MAX_CAUSES = 8;
/** Only a line's start is compared: a message leads its line. */
const MESSAGE_CHARS = 400;
/**
 * Lines compared with a cause, over all causes: a log of hundreds of blocks stays cheap (each
 * comparison is a few hundred set lookups).
 */
const MAX_COMPARISONS = 20_000;

interface Scored {
  block: Block;
  score: number;
}

interface Cause {
  at: Scored;
  /** Windows of SHARED characters of the cause's message, for a cheap shared-substring test. */
  windows: Set<string>;
  /** The last part of an undefined symbol it names (`usort2` of `lists:usort2/1`). */
  symbol?: RegExp;
}

/** A line without paths, line:column numbers and runs of space, which differ between tools. */
function messageOf(text: string): string {
  return text
    .slice(0, MESSAGE_CHARS)
    .split(/\s+/)
    .filter((word) => word !== '' && !word.includes('/') && !word.includes('\\'))
    .join(' ')
    .replace(/\d+/g, '#');
}

function windowsOf(text: string): Set<string> {
  const m = messageOf(text);
  const out = new Set<string>();
  for (let i = 0; i + SHARED <= m.length; i++) {
    const w = m.slice(i, i + SHARED);
    // Windows of mostly punctuation (`----`, `# | # |`) are shared by any two tables.
    if ((w.match(/[A-Za-z]/g)?.length ?? 0) >= SHARED / 2) out.add(w);
  }
  return out;
}

function repeats(cause: Cause, text: string, budget: { left: number }): boolean {
  if (budget.left <= 0) return false;
  budget.left -= 1;
  if (cause.symbol?.test(text.slice(0, MESSAGE_CHARS))) return true;
  if (cause.windows.size === 0) return false;
  const m = messageOf(text);
  for (let i = 0; i + SHARED <= m.length; i++) if (cause.windows.has(m.slice(i, i + SHARED))) return true;
  return false;
}

function causeOf(s: Scored, input: LocalizeInput): Cause | undefined {
  const { block } = s;
  if (block.inEcho) return undefined;
  const step = block.step >= 0 ? input.steps[block.step] : undefined;
  if (step && (step.post || step.phase === 'setup' || step.phase === 'post')) return undefined;
  const hits = block.hits.filter((h) => {
    if (h.rule.role !== 'error' || h.rule.weight < CAUSE_WEIGHT) return false;
    const cat = h.category ?? h.rule.category;
    // A test's own `NameError: name 'x' is not defined` is a failure, not what caused others.
    if (cat === 'test_failure') return false;
    if (cat !== 'compile_error' && !UNDEFINED_SYMBOL.test(h.text)) return false;
    // An ordinary warning never leads; one naming an undefined symbol does.
    return !WARNING_WORD.test(h.text) || UNDEFINED_SYMBOL.test(h.text);
  });
  if (hits.length === 0 || (warnedOnly(block) && !hits.some((h) => UNDEFINED_SYMBOL.test(h.text))))
    return undefined;
  const windows = new Set<string>();
  let symbol: RegExp | undefined;
  for (const h of hits) {
    for (const w of windowsOf(h.text)) windows.add(w);
    const named = UNDEFINED_SYMBOL.exec(h.text);
    const last = (named?.[1] ?? named?.[2])
      ?.split(/[:./]/)
      .filter((p) => /[A-Za-z_]\w{2,}/.test(p))
      .pop();
    if (last && !symbol) symbol = new RegExp(`(?<![\\w$])${last.replace(/[$]/g, '\\$')}(?![\\w$])`);
  }
  return symbol ? { at: s, windows, symbol } : { at: s, windows };
}

/** The categories the block's error lines state (rules that name none add nothing). */
function categoriesOf(block: Block): Set<string> {
  const out = new Set<string>();
  for (const h of block.hits) {
    const cat = h.rule.role === 'error' ? (h.category ?? h.rule.category) : undefined;
    if (cat) out.add(cat);
  }
  return out;
}

/**
 * Only a test runner's report is an echo: one stating nothing but test failures. Another compile
 * error repeating the first (Maven lists its compiler errors twice) is the same failure, and both
 * may show; so may any other kind.
 */
function testShaped(block: Block, strict: boolean): boolean {
  const cats = categoriesOf(block);
  if ([...cats].some((c) => c !== 'test_failure')) return false;
  return !strict || cats.has('test_failure');
}

/**
 * Every failure the block states echoes the cause. A block may hold several (ctest's paragraph
 * runs from a `***Not Run` test into the next test that really failed): each run of error lines
 * and the lines under it up to the next run is one failure, and one that says something new keeps the
 * whole block.
 */
function isEcho(s: Scored, cause: Cause, budget: { left: number }): boolean {
  const { block } = s;
  if (block.start <= cause.at.block.end || isVerdictOnly(block) || block.inEcho || !testShaped(block, false))
    return false;
  const strict = testShaped(block, true);
  const starts = new Set(block.hits.filter((h) => h.rule.role === 'error').map((h) => h.no));
  let segment: KeptLine[] = [];
  const echoed = () =>
    segment.some((l) => NOT_RUN.test(l.text)) ||
    (strict && segment.some((l) => repeats(cause, l.text, budget)));
  let prevHit = false;
  let stated = false;
  for (const line of block.lines) {
    const hit = starts.has(line.no);
    // Error lines in a row (pytest's `E` lines, eunit's test and its error) state one failure;
    // the lead lines above the first belong to it.
    if (hit && !prevHit && stated) {
      if (!echoed()) return false;
      segment = [];
    }
    prevHit = hit;
    stated ||= hit;
    if (segment.length < ECHO_LINES) segment.push(line);
  }
  return segment.length > 0 && echoed();
}

export function leadCascades(scored: Scored[], input: LocalizeInput): void {
  const causes: Cause[] = [];
  const budget = { left: MAX_COMPARISONS };
  for (const s of scored) {
    if (isVerdictOnly(s.block)) continue;
    const c = causeOf(s, input);
    if (c) causes.push(c);
    if (causes.length >= MAX_CAUSES) break;
  }
  for (const cause of causes) {
    const echoes = scored.filter((s) => s !== cause.at && isEcho(s, cause, budget));
    if (echoes.length === 0) continue;
    // The echo's own one-line tally right beside it (pytest's `ERROR tests/x.py` under the
    // traceback); a neighbour with a message of its own may be another failure and stays.
    for (const s of scored) {
      if (echoes.includes(s) || s === cause.at || isVerdictOnly(s.block) || s.block.lines.length > 2)
        continue;
      if (s.block.start <= cause.at.block.end) continue;
      if (echoes.some((e) => e.block.step === s.block.step && adjacent(e.block, s.block, 3))) echoes.push(s);
    }
    const top = echoes.reduce((m, s) => Math.max(m, s.score), 0);
    cause.at.score = Math.max(cause.at.score, top * 1.05);
    // Below KEEP_RATIO of the cause: the echo is dropped unless the lines have room beside it.
    for (const e of echoes) e.score = Math.min(e.score, cause.at.score * 0.3);
  }
}

export function localize(input: LocalizeInput): Selected[] {
  const scored = input.blocks.map((block) => ({ block, score: blockScore(block, input) }));
  leadCascades(scored, input);
  const errors = scored.filter((s) => !isVerdictOnly(s.block));
  const best = errors.reduce((m, s) => Math.max(m, s.score), 0);
  const chosen = new Set<Block>();
  if (best >= MIN_SCORE) {
    const ranked = [...errors].sort((a, b) => b.score - a.score || a.block.start - b.block.start);
    let budget = input.maxLinesShown;
    for (const { block, score } of ranked) {
      if (score < Math.max(MIN_SCORE, best * KEEP_RATIO)) break;
      if (chosen.size > 0 && block.lines.length > budget) continue;
      chosen.add(block);
      budget -= block.lines.length;
      if (budget <= 0 || chosen.size >= MAX_FINDINGS * 2) break;
    }
    // A verdict right after a chosen block closes it (exit code, `make: ***`, the Jenkins step);
    // the weakest verdicts (`BUILD FAILURE`, `Finished: FAILURE`) only mark the end, never shown.
    for (const { block } of scored) {
      if (!isVerdictOnly(block) || chosen.has(block)) continue;
      if (block.hits.every((h) => h.rule.weight < MIN_SHOWN_VERDICT)) continue;
      if ([...chosen].some((c) => block.start > c.end && block.start - c.end <= 3 && block.step === c.step))
        chosen.add(block);
    }
  }
  // A tool's tally beside the failure it tallies (`FAIL pkg 0.5s` under `--- FAIL: TestX`, Gradle's
  // `> Task :test FAILED` and `3 tests completed, 1 failed` above the failed test) repeats it.
  const strong = [...chosen].filter((b) => !isVerdictOnly(b) && blockWeight(b) >= STRONG_RULE);
  const tally = (b: Block) =>
    !isVerdictOnly(b) &&
    blockWeight(b) <= SUMMARY_RULE &&
    b.hits.every((h) => h.rule.role !== 'error' || isSummaryLine(h.text)) &&
    strong.some((s) => s !== b && s.step === b.step && (adjacent(s, b, 3) || adjacent(b, s, 3)));
  for (const b of [...chosen]) if (tally(b)) chosen.delete(b);
  const ordered = scored.filter((s) => chosen.has(s.block)).sort((a, b) => a.block.start - b.block.start);
  const groups: Selected[] = [];
  for (const { block, score } of ordered) {
    const last = groups[groups.length - 1];
    const prev = last?.blocks[last.blocks.length - 1];
    if (last && prev && adjacent(prev, block, 3) && prev.step === block.step) {
      last.blocks.push(block);
      last.score = Math.max(last.score, score);
    } else groups.push({ blocks: [block], score, lines: [], fallback: false });
  }
  for (const g of groups) g.lines = trimFinding(g.blocks.flatMap((b) => b.lines));
  if (groups.length === 0) {
    const fallback =
      (input.fallback === 'tail' ? tailFallback(input) : scoredFallback(input)) ?? lastWords(input);
    if (fallback) groups.push(fallback);
  } else if (input.fallback !== 'tail' && groups.every((g) => groupWeight(g) <= WEAK_RULE)) {
    // Only tag-level rules spoke (`Error: …`, `ERROR: …`): a CI's own chatter or a tool's last
    // word. A strong failure statement elsewhere in the failing command is likelier the reason.
    // Lines the rules judged (shown or not) are theirs; the fallback looks at the rest.
    const taken = new Set(input.blocks.flatMap((b) => b.lines.map((l) => l.no)));
    const extra = scoredFallback(input, taken);
    const news = !input.baseline || extra?.key?.novel !== false;
    if (extra?.key && news && extra.keyScore !== undefined && extra.keyScore >= JOIN_FALLBACK) {
      // A strong statement leads; a medium one only joins, after what the rules found.
      const top = Math.max(...groups.map((g) => g.score));
      extra.score = extra.keyScore >= LEAD_FALLBACK ? top * 1.05 : Math.min(extra.score, top * 0.95);
      groups.push(extra);
    }
  }
  const ranked = groups
    .sort((a, b) => b.score - a.score || a.lines[0]!.no - b.lines[0]!.no)
    .slice(0, MAX_FINDINGS);
  return withinTotal(ranked);
}
