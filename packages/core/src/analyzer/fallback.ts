import type { KeptLine } from './blocks.js';
import type { LocalizeInput, Selected } from './localize.js';
import type { FallbackCandidate, Tail } from './scan.js';

/**
 * The fallback for output no rule knows (a tool we have never seen, or one whose rules are
 * removed): score the lines of the failing command's output by failure vocabulary and report
 * shapes, de-weight what only looks like a failure (coverage tables, progress, timing, download
 * chatter, `0 errors`, passing tests, the closing summary), and show the best line with the
 * detail around it. The scanner only materialises lines holding one of FALLBACK_STEMS, so lines
 * that cannot score cost one byte scan and nothing more.
 */

/**
 * Byte stems of the failure vocabulary (three bytes or more, case variants spelled out): a line
 * holding none of them cannot score, whatever scoreLine's patterns say. Kept in step with the
 * patterns below: each pattern's words contain one of these.
 */
export const FALLBACK_STEMS: readonly string[] = [
  'ail', // fail, failed, failure, FAIL
  'AIL',
  'rror', // error, Error
  'RROR',
  'xception',
  'ssert', // assert, assertion
  'SSERT',
  'xpected', // expected, unexpected
  'not ok',
  'anic',
  'bort',
  'ndefined',
  'annot',
  "an't",
  'ouldn',
  'ould not',
  'nable to',
  'efused',
  'atal',
  'ATAL',
  'enied',
  'egmentation',
  'egfault',
  'ore dumped',
  'raceback',
  'ismatch',
  'not equal',
  'ot match',
  "oesn't match",
  'o such',
  'ot found',
  'imed out',
  'rash',
  'ubious',
  'alted',
  'iolation',
  'nvalid',
  'efinitely lost',
  'ttempt to',
  'got',
  'Got',
  '✗',
  '✘',
  '✖',
];

/** Strong statements of failure: a report's failure line, a crash, an error tag (case as written). */
const STRONG_CASED: readonly RegExp[] = [
  /^\s*not ok\b/,
  /\b(?:FAIL|FAILED|FAILURE|FAILURES|ERROR|FATAL)\b/,
  /[✗✘✖]/,
  /(?:Exception|Error)\b/,
  // TeX's error lines: `! Undefined control sequence.`
  /^! [A-Z]/,
];
/** The same, in any case. */
const STRONG_ANY_CASE: readonly RegExp[] = [
  /\b(?:fatal|panic(?:ked)?|traceback|segmentation fault|segfault|core dumped)\b/i,
  /\b(?:exception|error|failure)\b\s*:/i,
];
// An assertion that failed, in any case: on its own (its bounded gaps are polynomial, a known
// and accepted cost; an alternation holding it would be one more such pattern to vet).
const ASSERT_FAILED =
  /\bfailed asserting\b|\bassert\w*\b[^\n]{0,200}?\bfail|\bfail(?:ed|ure)\b[^\n]{0,200}?\bassert/i;
/** Words that state a failure when a tool has its own phrasing. */
const MEDIUM: readonly RegExp[] = [
  /\b(?:fail(?:s|ed|ure|ures|ing)?|errors?|exceptions?|assert(?:ions?)?)\b/i,
  /\b(?:undefined|cannot|can't|couldn't|could not|unable to|refused|denied|no such|not found|mismatch(?:es|ed)?|not equal|(?:does not|doesn't|did not|didn't) match|timed out|abort(?:s|ed|ing)?|dubious|bail out|crash(?:ed|es)?|violation|invalid|definitely lost|attempt to (?:call|index|compare|perform|get|concatenate))\b/i,
  // A compiler-style diagnostic, `path/file.ext:12: message`, whatever its words (the `i` flag
  // changes nothing here: its classes hold both cases already).
  // At the start of the line (or nearly): indented deeper, the same shape is a stack frame.
  /^ {0,2}[\w./-]+\.[A-Za-z]\w{0,5}:\d+(?::\d+)?:\s/i,
];
/** Words that detail a failure stated nearby (a test's expected and actual values). */
const DETAIL: readonly RegExp[] = [
  /\b(?:expected|unexpected|got|halted|but was)\b/i,
  /^\s*(?:left|right|actual|expected|got)\s*:/i,
];

// Counts of nothing are not failures: `0 errors`, `Failures: 0`, `no errors`.
const ZERO_SOURCE =
  /\b(?:0|no|zero)\s+(?:errors?|failures?|failed|failing|exceptions?)\b|\b(?:errors?|failures?|failed|exceptions?)\s*[:=]\s*0\b/
    .source;
const ZERO = new RegExp(ZERO_SOURCE, 'gi');
const HAS_ZERO = new RegExp(ZERO_SOURCE, 'i');
// Passing tests: TAP `ok 1`, check marks, PASS tags, `... ok`.
const PASS =
  /^\s*(?:ok\s+\d|[✓✔√]|PASS(?:ED)?\b|\[\s*(?:OK|PASS|PASSED)\s*\])|(?:\.\.\.|:)\s*(?:ok|passed|PASSED|OK)\s*$/u;
// Coverage tables and reports: `|` columns with percentages, or their headers.
const COVERAGE =
  /\|\s*\d+(?:\.\d+)?\s*(?:%\s*)?\||\d%\s*\||^\s*(?:Name\s+Stmts|File\s+\|\s*%\s*Stmts|All files\s*\||TOTAL\s+\d+\s+\d+)|\b(?:Lines|Methods|Classes|Functions|Branches|Statements)\s*:\s*\d+(?:\.\d+)?%|^\S+\s+\d+\s+\d+(?:\s+\d+\s+\d+)?\s+\d+%|\bcoverage\b/i;
// Progress bars and counters.
// A counter starts a number: otherwise every digit of a long run rescans it (ReDoS).
const PROGRESS =
  /[#=>█▏▎▍▌▋▊▉░▒▓]{5,}|(?<!\d)\d+\s*\/\s*\d+\s*\(\s*\d+%\s*\)|^\s*\[\s*\d+%\s*\]|\b\d{1,3}%\s*$/;
// Timing lines.
const TIMING =
  /^\s*(?:Time|Timing|Finished in|Elapsed|Took|Duration|Total time|real|user|sys|Ran \d+ tests? in)\b/;
// Download, install and fetch chatter.
const CHATTER =
  /^\s*(?:\S+\s*)?(?:Downloading|Downloaded|Fetching|Fetched|Installing|Installed|Resolving|Resolved|Get:\d|Hit:\d|Ign:\d|Err:\d|Unpacking|Setting up|Selecting|Preparing to unpack|Collecting|Requirement already|Building wheel|Updating|Retrieving|Receiving|Cloning|Extracting|Pulling|Processing triggers)\b/;
const WARNING = /\bwarn(?:ing|ings)?\b/i;
// The CI's or build tool's closing verdict: that it failed, never why.
const VERDICT =
  /^\s*(?:Finished: FAILURE|BUILD FAIL(?:URE|ED)\b|Build step '[^']{0,200}' marked build as failure|ERROR: Job failed\b|ERROR: script returned exit code|The command "[^"]{0,500}" exited with|Done\. Your build exited with|Exited with code|🚨 Error: The command exited|user command error:|Task failed\b|Error: Process completed with exit code)/u;
// A test run's closing summary: counts of tests and failures, or the runner's last word.
const SUMMARY =
  /\b\d+\s+(?:tests?|examples?|specs?|assertions?|checks?|successe?s?|passed|passing)\b|\b(?:Tests?|Failures|Errors|Assertions|Failed|Passed)\s*[:=]\s*\d+|^\s*(?:FAILURES!|FAILED\s*$|Result:\s*FAIL|Files=\d+|Failed \d+\/\d+ (?:subtests|test programs))|\b(?:tests? failed|test failures|error running tests|execution halted|some tests failed|tests? did not pass|error summary|status: \d+ errors?)\b|^\s*Test suite \S{1,200}: (?:FAIL|PASS)|\b(?:FAIL|PASS|SKIP|WARN)\s+\d+\s*\|/i;
// A build tool's tally of what failed or ran, naming no cause: Go's package line, Gradle's task
// line and its count of tasks.
const TALLY = /^(?:FAIL|ok)\s+\S+\s+(?:[\d.]+s|\(cached\))$|^> Task \S+ FAILED$|^\d+ actionable tasks?: /;

/** A test run's closing count or a build tool's tally of what failed: never the cause itself. */
export function isSummaryLine(text: string): boolean {
  return SUMMARY.test(text) || TALLY.test(text);
}
// A driver's word on the command it ran: `linker command failed with exit code 1`.
const DRIVER_VERDICT =
  /\b(?:command|process|script|step|task|build|subprocess)\s+(?:failed|exited|returned|terminated)(?: with)?(?: exit)?\s+(?:code|status)\b/i;
// A quoted value under a failure (`left: …`, `code: 'ERR_ASSERTION'`, TAP's YAML): detail, even
// when the value holds failure words.
const VALUE_LINE =
  /^\s+(?:left|right|code|name|expected|actual|got|but got|operator|stack|message|error|found|wanted|severity|data)\s*:/i;
// Pointers elsewhere: `see above`, `for details`, `Refer to main.log`.
const POINTER =
  /\b(?:for details|see above|above output|for more (?:information|details)|refer to|rerun with)\b/i;
// Where the failure is: `file.ext:12`, `file.ext(12)`, `line 12`.
// Anchored on the extension's dot, not on the path before it: a path class before `\.` would
// backtrack over every start position of a long line.
const LOCATION = /\.[A-Za-z]\w{0,5}(?::\d+|\(\d+\))|\bline \d+\b/;

// A bare tag (`ERROR`, `FAILED.`): one word and nothing else.
const BARE_TAG = /^[^A-Za-z]*[A-Za-z]+[^A-Za-z]*$/;

/** The patterns' sources as one alternation (each kept whole, so it matches where any of them does). */
function alternationOf(patterns: readonly RegExp[]): string {
  return patterns.map((p) => `(?:${p.source})`).join('|');
}

/** The patterns as one regular expression, all of them written with `flags`. */
function anyOf(patterns: readonly RegExp[], flags: string): RegExp {
  // Other flags would change what some alternative matches.
  const odd = patterns.find((p) => p.flags !== flags);
  if (odd) throw new Error(`anyOf: /${odd.source}/${odd.flags} is not /${flags}`);
  return new RegExp(alternationOf(patterns), flags);
}

// Scoring a line ran twenty scans of it, one per pattern (a tenth of the analyzer's time on a
// failing log): each family is one scan instead.
const CLOSED = anyOf([PASS, VERDICT], 'u');
const STRONG_CASED_ANY = anyOf(STRONG_CASED, '');
const STRONG_ANY_CASE_ANY = anyOf(STRONG_ANY_CASE, 'i');
const MEDIUM_ANY = anyOf(MEDIUM, 'i');
const DETAIL_ANY = anyOf(DETAIL, 'i');
const DEWEIGHTING = [
  BARE_TAG,
  DRIVER_VERDICT,
  COVERAGE,
  PROGRESS,
  TIMING,
  CHATTER,
  WARNING,
  POINTER,
  SUMMARY,
  VALUE_LINE,
];
/**
 * Whether any de-weighting pattern may match: in any case, so it matches wherever one of them
 * does (and where a case-sensitive one would not, when the individual tests then run). Most
 * lines that score match none of them, and then one scan says so.
 */
const MAY_DEWEIGHT = new RegExp(alternationOf(DEWEIGHTING), 'i');

/**
 * Each combined scan with the patterns it stands for (for the tests: an exact scan matches a
 * line exactly when one of its patterns does, a loose one at least then; and every pattern run on
 * log text is checked for linear-time matching).
 */
export const SCORING_SCANS: readonly { scan: RegExp; patterns: readonly RegExp[]; exact: boolean }[] = [
  { scan: CLOSED, patterns: [PASS, VERDICT], exact: true },
  { scan: STRONG_CASED_ANY, patterns: STRONG_CASED, exact: true },
  { scan: STRONG_ANY_CASE_ANY, patterns: STRONG_ANY_CASE, exact: true },
  { scan: MEDIUM_ANY, patterns: MEDIUM, exact: true },
  { scan: DETAIL_ANY, patterns: DETAIL, exact: true },
  { scan: MAY_DEWEIGHT, patterns: DEWEIGHTING, exact: false },
];

/** What a line says, to the fallback. */
export interface LineScore {
  /** 0..1: how surely the line states the failure reason (0: it cannot). */
  score: number;
  /** A closing summary (`2 tests, 1 failure`): shown only when nothing better is there. */
  summary: boolean;
  /** It only details a failure (`expected: 4`): belongs with a reason line, rarely is one. */
  detail: boolean;
}

const NONE: LineScore = { score: 0, summary: false, detail: false };
/** What a strong statement scores, and what naming a location adds: the most a line can get. */
const STRONG_SCORE = 0.8;
const MEDIUM_SCORE = 0.55;
const LOCATION_BONUS = 0.15;

/**
 * The most `scoreLine` can give a line, from its raw text (one cheap test, no cleaning): once the
 * scanner's best candidates all score above it, the line needs no closer look.
 */
export function scoreBound(raw: string): number {
  if (raw.length > MAX_SCORED) return 0;
  // Sums computed as scoreLine computes them, so the floats are equal: keepCandidate refuses a
  // score at or under a full list's worst, and so may the scanner.
  return LOCATION.test(raw) ? STRONG_SCORE + LOCATION_BONUS : STRONG_SCORE;
}

/**
 * Whether raw line `start..end` of `bytes` may score above `worst` (0: the list is not full), as
 * `scoreBound` of its latin1 text `> worst`, but reading the text and testing only when the answer
 * depends on it: under STRONG_SCORE every short line may, at the top none can.
 */
export function mayBeat(bytes: Buffer, start: number, end: number, worst: number): boolean {
  if (worst <= 0) return true;
  if (end - start > MAX_SCORED) return false;
  if (worst < STRONG_SCORE) return true;
  if (worst >= STRONG_SCORE + LOCATION_BONUS) return false;
  return scoreBound(bytes.toString('latin1', start, end)) > worst;
}

/**
 * Score one cleaned line. Pure; patterns are linear (no nested quantifiers over the same text).
 * `floor`: the caller keeps only scores above it, so a line whose words and location cannot get
 * there is answered NONE before the de-weighting patterns run (they only lower a score). Above
 * the floor the answer is the full one; at or under it, NONE or the score.
 */
export function scoreLine(raw: string, floor = 0): LineScore {
  if (raw.length > MAX_SCORED) return NONE;
  if (raw.startsWith('##[') || CLOSED.test(raw)) return NONE;
  const text = HAS_ZERO.test(raw) ? raw.replace(ZERO, ' ') : raw;
  let score = 0;
  let detail = false;
  if (STRONG_CASED_ANY.test(text) || STRONG_ANY_CASE_ANY.test(text) || ASSERT_FAILED.test(text))
    score = STRONG_SCORE;
  else if (MEDIUM_SCORE + LOCATION_BONUS <= floor) return NONE;
  else if (MEDIUM_ANY.test(text)) score = MEDIUM_SCORE;
  else if (DETAIL_ANY.test(text)) {
    score = 0.3;
    detail = true;
  }
  if (score === 0) return NONE;
  if (LOCATION.test(text)) score += LOCATION_BONUS;
  if (score <= floor) return NONE;
  if (!MAY_DEWEIGHT.test(text)) return { score: Math.min(1, score), summary: false, detail };
  // A bare tag says that something failed, not what; a numbered one (`1) Failure:`) heads the
  // report of what.
  if (BARE_TAG.test(text) && !/^\s*\d+\)\s/.test(text)) score *= 0.5;
  if (DRIVER_VERDICT.test(text)) score *= 0.3;
  if (COVERAGE.test(text)) score *= 0.05;
  if (PROGRESS.test(text) || TIMING.test(text)) score *= 0.2;
  if (CHATTER.test(text)) score *= 0.15;
  if (WARNING.test(text) && score < 0.9) score *= 0.4;
  if (POINTER.test(text)) score *= 0.3;
  const summary = SUMMARY.test(text);
  if (summary) score *= 0.45;
  if (VALUE_LINE.test(text)) {
    score = Math.min(score, 0.35);
    detail = true;
  }
  return { score: Math.min(1, score), summary, detail };
}

/** Longer lines are data (minified code, a dumped payload), not a statement of failure. */
const MAX_SCORED = 1000;

/** At most this many lines shown by the fallback. */
export const FALLBACK_MAX_LINES = 15;
/** Lines after a key line that may detail it, and before it that may name it. */
const AFTER = 8;
const BEFORE = 2;
const MAX_DETAIL_RUN = 6;
/** Lines before the exit over which nearness stops counting. */
const NEAR = 400;
/** What a pair of detail lines weighs, before position and novelty. */
const PAIRED_DETAIL = 0.7;
/** A second reason is shown when it scores at least this share of the best. */
const SECOND = 0.85;

interface Pooled {
  line: KeptLine;
  score: LineScore;
  /** Score with position and novelty. */
  rank: number;
}

/** The lines the fallback may use: the tail's window and the candidates with their context. */
function poolOf(tail: Tail, from: number, to: number): Map<number, KeptLine> {
  const pool = new Map<number, KeptLine>();
  const add = (l: KeptLine) => {
    if (l.no > from && l.no < to && !pool.has(l.no)) pool.set(l.no, l);
  };
  for (const c of tail.candidates) for (const l of c.lines) add(l);
  for (const l of tail.lines) add(l);
  return pool;
}

function tailOf(input: LocalizeInput): Tail | undefined {
  const exitLine = input.failing?.exitLine;
  return (
    (exitLine !== undefined ? input.tails.find((t) => t.at === exitLine) : undefined) ??
    input.tails[input.tails.length - 1]
  );
}

/** A line that ends a detail run: a new numbered failure, a pass, a summary, a separator rule. */
function endsDetail(text: string): boolean {
  return (
    /^\s*\d+\)\s/.test(text) ||
    PASS.test(text) ||
    SUMMARY.test(text) ||
    /^\s*[=═─-]{6,}/.test(text) ||
    text.startsWith('##[')
  );
}

/** Key line plus the detail around it: the paragraph it sits in, bounded either side. */
function blockAround(pool: Map<number, KeptLine>, key: number): KeptLine[] {
  const out: KeptLine[] = [pool.get(key)!];
  // A detail key (`right: …`) reads with the details above it, and then with what they detail.
  let top = key;
  while (top > key - MAX_DETAIL_RUN && scoreLine(pool.get(top - 1)?.text ?? '').detail) top--;
  for (let no = key - 1; no >= top - BEFORE; no--) {
    const l = pool.get(no);
    if (!l || l.text.trim() === '' || PASS.test(l.text) || SUMMARY.test(l.text)) break;
    out.unshift(l);
  }
  for (let no = key + 1, blank = 0; no <= key + AFTER; no++) {
    const l = pool.get(no);
    if (!l) break;
    if (l.text.trim() === '') {
      // One blank line may separate a reason from its detail (PHPUnit's file:line after a diff).
      blank += 1;
      if (blank > 1) break;
      continue;
    }
    if (endsDetail(l.text)) break;
    // A blank line was crossed: only an indented or located line still belongs.
    if (blank > 0 && !/^\s/.test(l.text) && !LOCATION.test(l.text) && scoreLine(l.text).score < 0.8) break;
    if (blank > 0) out.push(pool.get(no - 1)!);
    blank = 0;
    out.push(l);
  }
  // Blank lines at the edges say nothing.
  while (out.length > 1 && out[out.length - 1]!.text.trim() === '') out.pop();
  return out;
}

/**
 * The scored fallback: the most failure-like lines of the failing command's output and their
 * detail, at most FALLBACK_MAX_LINES. When no line scores, the last lines before the exit (the
 * old tail), so a failure never comes out with nothing shown.
 */
export function scoredFallback(input: LocalizeInput, exclude?: ReadonlySet<number>): Selected | undefined {
  const tail = tailOf(input);
  if (!tail) return undefined;
  const failing = input.failing;
  const from = failing ? (failing.echoEnd ?? failing.start) : 0;
  // The failing command's output: after its echo, before its verdict and the step's end.
  const to = failing ? Math.min(tail.at, failing.end + 1) : tail.at;
  const pool = poolOf(tail, from, to);
  const ranked: Pooled[] = [];
  for (const line of pool.values()) {
    if (exclude?.has(line.no)) continue;
    const score = scoreLine(line.text);
    if (score.score <= 0) continue;
    const distance = tail.at - line.no;
    // Nearer the exit is likelier, but no line is written off for distance alone.
    let rank = score.score * (0.75 + 0.25 * Math.max(0, 1 - distance / NEAR));
    if (input.baseline && line.novel === false) rank *= 0.2;
    ranked.push({ line, score, rank });
  }
  // Two detail lines together (`expected: 4` / `but got: 5`) are what a failed assertion prints:
  // together they weigh as a failure statement.
  const details = new Set(ranked.filter((r) => r.score.detail).map((r) => r.line.no));
  const paired = new Set<number>();
  for (const r of ranked) {
    if (!r.score.detail) continue;
    if (details.has(r.line.no - 1) || details.has(r.line.no + 1) || details.has(r.line.no + 2)) {
      r.rank = Math.max(r.rank, PAIRED_DETAIL * (r.rank / r.score.score));
      paired.add(r.line.no);
    }
  }
  ranked.sort((a, b) => b.rank - a.rank || a.line.no - b.line.no);
  const best = ranked[0];
  if (!best) {
    if (exclude) return undefined;
    // Never nothing for a failure: the last lines even if the green run printed them too, else
    // the verdict line itself (a command that failed without printing a word).
    return tailFallback(input, 0.1) ?? tailFallback({ ...input, baseline: false }, 0.1) ?? verdictLine(input);
  }
  const shown = new Map<number, KeptLine>();
  let keys = 0;
  for (const r of ranked) {
    if (r.rank < best.rank * SECOND || keys >= 3) break;
    if (shown.has(r.line.no)) continue;
    // A detail or summary beside a shown reason adds nothing a reader needs.
    if (keys > 0 && ((r.score.detail && !paired.has(r.line.no)) || r.score.summary)) continue;
    const block = blockAround(pool, r.line.no).filter((l) => !exclude?.has(l.no));
    if (keys > 0 && shown.size + block.length > FALLBACK_MAX_LINES) continue;
    for (const l of block) if (shown.size < FALLBACK_MAX_LINES) shown.set(l.no, l);
    keys += 1;
  }
  const lines = [...shown.values()]
    .map((l) => ({ ...l, weight: Math.max(l.weight, scoreLine(l.text).score) }))
    .sort((a, b) => a.no - b.no);
  return {
    blocks: [],
    score: 0.1 + 0.1 * best.rank,
    lines,
    fallback: true,
    key: best.line,
    keyScore: best.score.score,
  };
}

/** The failing step's exit-code line (or the last verdict the scanner kept), as its block holds it. */
function verdictLine(input: LocalizeInput): Selected | undefined {
  const at = input.failing?.exitLine ?? input.tails[input.tails.length - 1]?.at;
  if (at === undefined) return undefined;
  const block = input.blocks.find((b) => b.start <= at && at <= b.end);
  const lines = block?.lines.filter((l) => l.no === at) ?? [];
  if (lines.length === 0) return undefined;
  return { blocks: [], score: 0.05, lines, fallback: true, key: lines[0]! };
}

/** Lines the old fallback looked at: the tail's last 30 before the exit. */
const TAIL_LINES = 30;
const FALLBACK_LINES = 8;

/**
 * The previous fallback, kept callable for comparison (`fallback: 'tail'`): the last lines before
 * the failing step's exit code (or the end of the log), new ones first.
 */
export function tailFallback(input: LocalizeInput, score = 0.1): Selected | undefined {
  const tail = tailOf(input);
  if (!tail) return undefined;
  let lines = tail.lines.filter(
    (l) => l.no >= tail.at - TAIL_LINES && l.text.trim() !== '' && !l.text.startsWith('##['),
  );
  const failing = input.failing;
  if (failing) lines = lines.filter((l) => l.no > (failing.echoEnd ?? failing.start));
  if (input.baseline) lines = lines.filter((l) => l.novel !== false);
  lines = lines.slice(-FALLBACK_LINES);
  if (lines.length === 0) return undefined;
  return { blocks: [], score, lines, fallback: true };
}

/** Candidates kept per command before the window: the best-scored lines and their context. */
export const TOP_CANDIDATES = 24;

/** Keep `cand` among the best TOP_CANDIDATES of `list` (sorted best first); false when it is not. */
export function keepCandidate(list: FallbackCandidate[], cand: FallbackCandidate): boolean {
  if (list.length >= TOP_CANDIDATES && list[list.length - 1]!.score >= cand.score) return false;
  let i = list.length;
  while (i > 0 && list[i - 1]!.score < cand.score) i--;
  list.splice(i, 0, cand);
  if (list.length > TOP_CANDIDATES) list.pop();
  return true;
}
