import { adjacent, type Block, isVerdictOnly, type KeptLine, warnedOnly } from './blocks.js';
import type { LocalizeInput } from './localize.js';

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

export interface Scored {
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
function isEcho(
  s: Scored,
  cause: Cause,
  budget: { left: number },
  failures: Map<Block, Failures | null>,
): boolean {
  const { block } = s;
  if (block.start <= cause.at.block.end) return false;
  let f = failures.get(block);
  if (f === undefined) {
    f = failuresOf(block);
    failures.set(block, f);
  }
  if (f === null) return false;
  for (const segment of f.segments)
    if (!(segment.notRun || (f.strict && segment.lines.some((l) => repeats(cause, l.text, budget)))))
      return false;
  return true;
}

/** What isEcho needs of a block whatever the cause: its failures, each a segment of lines. */
interface Failures {
  strict: boolean;
  segments: { lines: KeptLine[]; notRun: boolean }[];
}

/** A block's failures (null: it cannot echo a cause), worked out once for all causes. */
function failuresOf(block: Block): Failures | null {
  if (isVerdictOnly(block) || block.inEcho || !testShaped(block, false)) return null;
  const starts = new Set(block.hits.filter((h) => h.rule.role === 'error').map((h) => h.no));
  const segments: Failures['segments'] = [];
  let segment: KeptLine[] = [];
  const close = () => segments.push({ lines: segment, notRun: segment.some((l) => NOT_RUN.test(l.text)) });
  let prevHit = false;
  let stated = false;
  for (const line of block.lines) {
    const hit = starts.has(line.no);
    // Error lines in a row (pytest's `E` lines, eunit's test and its error) state one failure;
    // the lead lines above the first belong to it.
    if (hit && !prevHit && stated) {
      close();
      segment = [];
    }
    prevHit = hit;
    stated ||= hit;
    if (segment.length < ECHO_LINES) segment.push(line);
  }
  if (segment.length === 0) return null;
  close();
  return { strict: testShaped(block, true), segments };
}

export function leadCascades(scored: Scored[], input: LocalizeInput): void {
  const causes: Cause[] = [];
  const budget = { left: MAX_COMPARISONS };
  const failures = new Map<Block, Failures | null>();
  for (const s of scored) {
    if (isVerdictOnly(s.block)) continue;
    const c = causeOf(s, input);
    if (c) causes.push(c);
    if (causes.length >= MAX_CAUSES) break;
  }
  for (const cause of causes) {
    const echoes = scored.filter((s) => s !== cause.at && isEcho(s, cause, budget, failures));
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
