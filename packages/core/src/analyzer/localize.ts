import type { LogFormat } from '../log/clean.js';
import {
  adjacent,
  type Block,
  blockWeight,
  isVerdictOnly,
  type KeptLine,
  MIN_SHOWN_VERDICT,
  warnedOnly,
} from './blocks.js';
import { leadCascades } from './cascade.js';
import { isExitVerdict } from './ci-format.js';
import { isSummaryLine, scoredFallback, tailFallback } from './fallback.js';
import { ANNOTATION_RULE } from './rules/runner.js';
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

/** A block whose only errors are `##[error]` lines no tool rule recognised (runner.error-annotation). */
function annotationOnly(b: Block): boolean {
  return b.hits.every((h) => h.rule.role !== 'error' || h.rule.id === ANNOTATION_RULE.id);
}

/** An annotation-only group counts as tag-level: anything the job ran may print `##[error]`. */
function groupWeight(g: Selected): number {
  return g.blocks.reduce(
    (m, b) =>
      Math.max(m, annotationOnly(b) ? Math.min(WEAK_RULE, blockWeight(b)) : blockWeight(b, ['error'])),
    0,
  );
}

/**
 * A `##[error]` line that no tool rule recognised may be the job's own echo: it is kept, but it
 * ranks below the best block a tool rule made in the same step.
 */
function belowToolRules(scored: { block: Block; score: number }[]): void {
  const tool = new Map<number, number>();
  for (const s of scored)
    if (!isVerdictOnly(s.block) && !annotationOnly(s.block))
      tool.set(s.block.step, Math.max(tool.get(s.block.step) ?? 0, s.score));
  for (const s of scored) {
    const best = tool.get(s.block.step);
    if (best !== undefined && !isVerdictOnly(s.block) && annotationOnly(s.block))
      s.score = Math.min(s.score, best * 0.95);
  }
}

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

const WARNING_FACTOR = 0.3;

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

/** The runner's group markers: structure, not words. */
const RUNNER_GROUP = /^##\[(?:group|endgroup)\]/;

/**
 * A failed job never comes out with nothing shown. When neither the rules nor the fallback found a
 * line (a command that failed without printing a word, whose verdict no rule keeps), show the last
 * lines before the end — at least the command that ran — even an echo, markup or a line the green
 * run had too.
 */
function lastWords(input: LocalizeInput): Selected | undefined {
  // The failing step's words first: after a silent step the log's last lines are the runner's
  // cleanup (the same for every job, which would stand in for and fingerprint any failure) or an
  // `if: always()` step's. So nothing past its exit line, nor of a post step or a later one.
  const step = input.failing;
  const exit = step?.exitLine;
  const ended = step ? (exit ?? step.end) : Number.POSITIVE_INFINITY;
  const others = input.steps.filter((s) => s !== step && (s.post || s.phase === 'post' || s.start >= ended));
  const own =
    others.length === 0 && exit === undefined
      ? undefined
      : (l: KeptLine) =>
          // A verdict speaks of the failing command wherever its CI prints it (Jenkins: at the end).
          isExitVerdict(l.text) ||
          (!(step && exit !== undefined && l.no > exit && l.no <= step.end) &&
            !others.some((s) => l.no >= s.start && l.no <= s.end));
  for (const within of own ? [own, undefined] : [undefined]) {
    for (let i = input.tails.length - 1; i >= 0; i--) {
      // The runner's group markers are structure, not words.
      const lines = input.tails[i]!.lines.filter(
        (l) => l.text.trim() !== '' && !RUNNER_GROUP.test(l.text) && (within === undefined || within(l)),
      ).slice(-LAST_WORDS);
      if (lines.length > 0)
        return { blocks: [], score: 0.01, lines, fallback: true, key: lines[lines.length - 1]! };
    }
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

export function localize(input: LocalizeInput): Selected[] {
  const scored = input.blocks.map((block) => ({ block, score: blockScore(block, input) }));
  leadCascades(scored, input);
  belowToolRules(scored);
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
