import { cleanLine, detectFormat, type LogFormat } from '../log/clean.js';
import { batchLine, type LineBatch } from '../log/lines.js';
import {
  type Block,
  type BlockHit,
  type KeptLine,
  MAX_HITS_PER_BLOCK,
  MAX_LINES_PER_BLOCK,
  MIN_SHOWN_VERDICT,
} from './blocks.js';
import { CI_HIDE, CI_TAIL, CiTracker, isCiFormat, readsWorkflowCommands } from './ci-format.js';
import { FALLBACK_STEMS, keepCandidate, mayBeat, scoreLine, TOP_CANDIDATES } from './fallback.js';
import { continues, indentOf, isBlank, type OpenBlockShape, tagOf } from './follow.js';
import { type Rule, type RuleSet, StemHits, StemIndex } from './rule.js';
import { ANNOTATION_RULE } from './rules/runner.js';
import { type StepInfo, StepTracker } from './structure.js';
import { type UserRule, userRuleAsRule } from './user-rules.js';

/**
 * The single streaming pass over a failed log: line structure (steps, exit codes), rule hits, and
 * the blocks of lines around them. Memory is bounded whatever the log size: a ring of recent
 * lines, a capped number of blocks and of kept lines, and the tails before each exit-code line.
 */

/** A line of a command's output that the fallback scored, with the lines around it. */
export interface FallbackCandidate {
  no: number;
  score: number;
  /** A few lines before it, itself, and the lines after it (its detail). */
  lines: KeptLine[];
}

/** The lines just before a closing verdict (an exit-code line, the end of the log). */
export interface Tail {
  /** The verdict line, or the last line + 1 at the end of the log. */
  at: number;
  step: number;
  /** The last WINDOW lines before `at`. */
  lines: KeptLine[];
  /** The best-scored lines of the command's output before the window, for the fallback. */
  candidates: FallbackCandidate[];
}

export interface ScanResult {
  format: LogFormat;
  lines: number;
  steps: StepInfo[];
  blocks: Block[];
  tails: Tail[];
}

export interface ScanOptions {
  userRules?: readonly UserRule[];
}

const RING = 256;
/** Lines before a verdict the tail keeps: the fallback scores all of them. */
const WINDOW = 200;
/** Context the fallback keeps around a candidate line before the window. */
const CANDIDATE_BEFORE = 2;
const CANDIDATE_AFTER = 8;
/** A kept fallback line is cut here: bounded memory whatever the line. */
const MAX_FALLBACK_TEXT = 2000;
/**
 * Bytes of lines one stem scan covers: its hits stay few (cache-sized), whatever a chunk's size.
 * A line is never split; a longer one is scanned alone.
 */
const SCAN_WINDOW = 1 << 16;
const STEM_RULE = 1;
const STEM_FALLBACK = 2;
/** No escape in the rest of the batch (see holdsMarkup). */
const NOWHERE = -2;
const combinedStems = new WeakMap<RuleSet, StemIndex>();

/** One index answering both "may a rule match?" and "may the fallback score it?" in one byte pass. */
function combinedIndex(rules: RuleSet): StemIndex {
  let index = combinedStems.get(rules);
  if (!index) {
    const stems = [...rules.stemList, ...FALLBACK_STEMS];
    const tags = stems.map((_, i) => (i < rules.stemList.length ? STEM_RULE : STEM_FALLBACK));
    index = new StemIndex(stems, tags);
    combinedStems.set(rules, index);
  }
  return index;
}

function clip(text: string): string {
  return text.length > MAX_FALLBACK_TEXT ? text.slice(0, MAX_FALLBACK_TEXT) : text;
}
const MAX_TAILS = 20;
const FIRST_BLOCKS = 150;
const LAST_BLOCKS = 450;
const MAX_KEPT_LINES = 60_000;
const MAX_LEAD = 30;
// A file path alone on a line: the header under which grouped reporters (eslint's stylish) list problems.
const FILE_HEADER = /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@.-]+\/)?[\w@./\\-]*[\w-]\.[A-Za-z0-9]{1,8}$/;

/**
 * Locations a rule found without a file (a grouped reporter prints the file once, above its
 * problems) take the nearest file header above them in the block; without one they are dropped,
 * since a location with no file points nowhere.
 */
function withHeaderFile(hit: BlockHit, block: Block): BlockHit {
  const locations = hit.facts?.locations;
  if (!locations?.some((l) => l.file === '')) return hit;
  let file: string | undefined;
  for (let i = block.lines.length - 1; i >= 0 && file === undefined; i--) {
    const text = block.lines[i]!.text.trim();
    if (text !== '' && !/\s/.test(text) && FILE_HEADER.test(text)) file = text;
  }
  const fixed = locations.flatMap((l) => (l.file !== '' ? [l] : file !== undefined ? [{ ...l, file }] : []));
  return { ...hit, facts: { ...hit.facts, locations: fixed } };
}
const FORMAT_SAMPLE = 30;
/** Python's traceback heading: the block takes every indented line until its exception line. */
const TRACEBACK_HEAD = /^\s*Traceback \(most recent call last\):/;
const NO_HITS: BlockHit[] = Object.freeze([]) as unknown as BlockHit[];
/** Blank lines a block may span when the lines after them still belong to it. */
const MAX_BLANK_RUN = 2;
const shownVerdict = (h: BlockHit) => h.rule.role !== 'verdict' || h.rule.weight >= MIN_SHOWN_VERDICT;

// What `visit` keeps of a line's hits. Filtered only when something goes: most hit lines keep
// every hit, and their array.

/** The hits `keep` accepts (none: the shared empty list). */
function keepOnly(hits: BlockHit[], keep: (h: BlockHit) => boolean): BlockHit[] {
  for (let i = 0; i < hits.length; i++)
    if (!keep(hits[i]!)) {
      const kept = hits.filter(keep);
      return kept.length > 0 ? kept : NO_HITS;
    }
  return hits;
}

/** A strong noise rule (weight 0.5 and up) silences the whole line. */
function anyStrongNoise(hits: readonly BlockHit[]): boolean {
  for (let i = 0; i < hits.length; i++)
    if (hits[i]!.rule.role === 'noise' && hits[i]!.rule.weight >= 0.5) return true;
  return false;
}

/** The runner's or Jenkins' exit line: the command's output ends here (a tail is taken). */
function marksTail(hits: readonly BlockHit[]): boolean {
  for (let i = 0; i < hits.length; i++) {
    const id = hits[i]!.rule.id;
    if (id === 'runner.exit-code' || id === 'jenkins.step-failed') return true;
  }
  return false;
}

const isHeader = (h: BlockHit) => h.rule.role === 'header';
/** Verdicts, and errors outside a quiet section: what may open or extend a block. */
const isShown = (h: BlockHit) => h.rule.role === 'verdict' || h.rule.role === 'error';
/** Under a quiet section only verdicts are. */
const isVerdict = (h: BlockHit) => h.rule.role === 'verdict';
const notTestFailure = (h: BlockHit) => h.category !== 'test_failure';

/**
 * Lines of an exception's message between its head and its first frame (Java prints multi-line
 * messages unindented: `stdout:`, `stderr: fatal: …`): held until a frame shows they belong.
 */
const MAX_MESSAGE_RUN = 4;
/** A quiet section (Rule.quiets) that never meets its end stops being quiet after this many lines. */
const MAX_QUIET_LINES = 2000;

interface Ref {
  batch: LineBatch;
  index: number;
}

export class Scanner {
  private readonly rules: RuleSet;
  private readonly userRules: { user: UserRule; rule: Rule }[];
  private format: LogFormat | undefined;
  private pending: LineBatch[] = [];
  private pendingLines = 0;
  private tracker = new StepTracker();
  /** Set when the log is another CI system's: reads its structure (see ci-format.ts). */
  private ci: CiTracker | undefined;
  private lineCount = 0;

  // The last RING lines as (batch, index) pairs in two arrays: no allocation per line.
  private readonly ringBatch: (LineBatch | undefined)[] = new Array(RING);
  private readonly ringIndex = new Int32Array(RING);
  private ringNext = 0;
  /**
   * The cleaned text of recently cleaned lines, by line number modulo RING: a line is often needed
   * again (a fallback candidate that a rule also looked at, the detail after a candidate, the
   * lines before a verdict), and decoding and cleaning it once is enough.
   */
  private readonly textNo = new Float64Array(RING).fill(-1);
  private readonly text: string[] = new Array<string>(RING).fill('');

  private open: Block | undefined;
  private shape: OpenBlockShape | undefined;
  private blanks: { no: number; text: string }[] = [];
  private readonly firstBlocks: Block[] = [];
  private readonly lastBlocks: Block[] = [];
  private kept = 0;
  private readonly tails: Tail[] = [];
  private headers: BlockHit[] = [];
  private headerLine = 0;
  /** Inside a section of results that did not fail the run (Rule.quiets): its end, and its first line. */
  private quiet: RegExp | undefined;
  private quietFrom = 0;
  private readonly index: StemIndex;
  /** Stems of the current window of lines, and the current line's share of them, hits[hitFirst, hitLast). */
  private readonly hits = new StemHits();
  private hitFirst = 0;
  private hitLast = 0;
  // The current command's best fallback candidates, and those still collecting their detail.
  private candidates: FallbackCandidate[] = [];
  private capturing: { cand: FallbackCandidate; left: number }[] = [];
  private candidateStep = -1;

  constructor(rules: RuleSet, options: ScanOptions = {}) {
    this.rules = rules;
    this.index = combinedIndex(rules);
    this.hashId = rules.stemList.indexOf('##[');
    this.postId = rules.stemList.indexOf('ost job');
    this.userRules = (options.userRules ?? []).map((user) => ({ user, rule: userRuleAsRule(user) }));
  }

  push(batch: LineBatch): void {
    if (this.format === undefined) {
      // The format is decided on the first lines whatever the chunking, so results never depend on it.
      this.pending.push(batch);
      this.pendingLines += batch.starts.length;
      if (this.pendingLines < FORMAT_SAMPLE) return;
      this.decideFormat();
      return;
    }
    this.process(batch);
  }

  finish(): ScanResult {
    if (this.format === undefined) this.decideFormat();
    this.closeBlock();
    this.snapshotTail(this.lineCount + 1);
    this.tracker.finish(this.lineCount);
    return {
      format: this.format ?? 'plain',
      lines: this.lineCount,
      steps: this.tracker.steps,
      blocks: [...this.firstBlocks, ...this.lastBlocks],
      tails: this.tails,
    };
  }

  private decideFormat(): void {
    const sample: string[] = [];
    for (const b of this.pending)
      for (let i = 0; i < b.starts.length && sample.length < FORMAT_SAMPLE; i++) sample.push(batchLine(b, i));
    this.format = detectFormat(sample);
    if (isCiFormat(this.format)) {
      this.ci = new CiTracker(this.format);
      this.tracker = this.ci;
    }
    const pending = this.pending;
    this.pending = [];
    for (const b of pending) this.process(b);
  }

  private process(batch: LineBatch): void {
    const { starts, ends, bytes } = batch;
    const n = starts.length;
    const format = this.format!;
    const everyLine = format === 'github-full' || this.userRules.length > 0;
    const index = this.index;
    const { lengths, tags } = index;
    const hits = this.hits;
    const ci = this.ci;
    let line = 0;
    for (let w = 0; w < n; ) {
      // One stem scan over a window of lines; then each line takes its stems from the list.
      const from = starts[w]!;
      let to = w + 1;
      while (to < n && ends[to]! - from <= SCAN_WINDOW) to++;
      index.scan(bytes, from, ends[to - 1]!, hits);
      const count = hits.count;
      const keys = hits.key;
      let k = 0;
      let next = count > 0 ? keys[0]! : Number.MAX_SAFE_INTEGER;
      for (let i = w; i < to; i++) {
        const no = batch.first + i;
        line = no;
        const start = starts[i]!;
        const end = ends[i]!;
        let mask = 0;
        if (next < end) {
          // Stems in the cut-off rest of the line before are no line's.
          while (k < count && keys[k]! < start) k++;
          this.hitFirst = k;
          for (; k < count && keys[k]! < end; k++) {
            const id = hits.id[k]!;
            const at = hits.from[k]!;
            if (at >= start && at + lengths[id]! <= end) mask |= tags[id]!;
          }
          this.hitLast = k;
          next = k < count ? keys[k]! : Number.MAX_SAFE_INTEGER;
        }
        const anchored = (mask & STEM_RULE) !== 0;
        const structural = ci?.candidate(bytes, start, end) === true;
        if (anchored || everyLine || structural || this.open !== undefined || this.quiet !== undefined)
          this.visit(batch, i, no, anchored, structural);
        if (this.capturing.length > 0) this.captureDetail(batch, i, no);
        if ((mask & STEM_FALLBACK) !== 0) this.consider(batch, i, no);
        this.ringBatch[this.ringNext] = batch;
        this.ringIndex[this.ringNext] = i;
        this.ringNext = this.ringNext + 1 === RING ? 0 : this.ringNext + 1;
      }
      w = to;
    }
    this.lineCount = Math.max(this.lineCount, line);
  }

  /** The current line's rule candidates, from its stems the window's scan found. */
  private lineCandidates(batch: LineBatch, index: number): readonly Rule[] {
    return this.rules.candidatesOf(
      this.hits,
      this.hitFirst,
      this.hitLast,
      batch.starts[index]!,
      batch.ends[index]!,
      batch.bytes,
    );
  }

  /**
   * Whether the line holds an escape, `##[` or `Post job` (what cleaning or the runner's structure
   * may change). The two words are stems, so the line's stem hits tell; escapes (one byte) are
   * looked for once per batch from where the last search stopped, not once per line.
   */
  private holdsMarkup(batch: LineBatch, index: number): boolean {
    const start = batch.starts[index]!;
    const end = batch.ends[index]!;
    if (this.markupBatch !== batch) {
      this.markupBatch = batch;
      this.escapeAt = -1;
    }
    if (this.escapeAt < start && this.escapeAt !== NOWHERE) {
      const at = batch.bytes.indexOf(27, start);
      this.escapeAt = at < 0 ? NOWHERE : at;
    }
    if (this.escapeAt !== NOWHERE && this.escapeAt < end) return true;
    const { hashId, postId } = this;
    if (hashId < 0 || postId < 0) {
      // Without those stems, the words are looked for in the line itself.
      const view = batch.bytes.toString('latin1', start, end);
      return view.includes('##[') || view.includes('Post job');
    }
    const hits = this.hits;
    const bytes = batch.bytes;
    for (let k = this.hitFirst; k < this.hitLast; k++) {
      const id = hits.id[k]!;
      const from = hits.from[k]!;
      if (id === hashId && from >= start && from + 3 <= end) return true;
      // `ost job` after a `P`.
      if (id === postId && from > start && from + 7 <= end && bytes[from - 1] === 80) return true;
    }
    return false;
  }
  private markupBatch: LineBatch | undefined;
  private escapeAt = -1;
  /** Ids of the stems `##[` and `ost job` in the scanner's index (-1: not stems). */
  private readonly hashId: number;
  private readonly postId: number;

  private visit(batch: LineBatch, index: number, no: number, anchored: boolean, structural = false): void {
    let found: readonly Rule[] | undefined;
    if (
      anchored &&
      !structural &&
      this.open === undefined &&
      this.quiet === undefined &&
      this.userRules.length === 0 &&
      this.format !== 'github-full'
    ) {
      // Most lines holding a stem hold no anchor ("available" has `ail`): answer that from the raw
      // bytes' view, before decoding and cleaning the line. Escapes and runner commands take the
      // full path, where the view is rebuilt from the cleaned text.
      if (!this.holdsMarkup(batch, index)) {
        found = this.lineCandidates(batch, index);
        if (found.length === 0) return;
      }
    }
    const raw = batchLine(batch, index);
    const clean = cleanLine(raw, this.format!);
    const text = clean.text;
    this.remember(no, text);
    if (this.quiet !== undefined && (this.quiet.test(text) || no - this.quietFrom > MAX_QUIET_LINES))
      this.quiet = undefined;
    if (clean.step !== undefined) this.tracker.observeNamed(no, clean.step);
    if (structural && this.ci) {
      const seen = this.ci.observeCi(no, text, raw, clean.marker);
      const boundary = this.ci.takeBoundary();
      if (boundary !== undefined) this.snapshotTail(boundary);
      if (seen & CI_TAIL) this.snapshotTail(no);
      if (seen & CI_HIDE) {
        this.closeBlock();
        return;
      }
      if (!anchored && this.open === undefined && this.userRules.length === 0) return;
    }
    let matchText = text;
    let annotation = false;
    // Most visited lines hit nothing (a block's detail lines): they share one empty list, frozen so
    // that a push to it throws; a line's first hit gets a list of its own.
    let hits = NO_HITS;
    if (anchored) {
      if (
        (text.startsWith('##[') || text.startsWith('Post job cleanup')) &&
        readsWorkflowCommands(this.format)
      ) {
        const structural = this.tracker.observe(no, text);
        if (structural) {
          this.closeBlock();
          return;
        }
        if (text.startsWith('##[error]')) {
          matchText = text.slice(9);
          annotation = true;
        } else if (/^##\[(?:warning|notice|debug|command)\]/.test(text)) {
          // Warnings and notices are not failures; their text must not open blocks.
          matchText = '';
        }
      }
      // A Jenkins parallel branch's label (`[linux] `) is the CI's, not the tool's: rules, some
      // anchored at the line's start, see the line as the tool printed it.
      const label = annotation ? 0 : (this.ci?.branchLabelLength(matchText) ?? 0);
      if (label > 0) matchText = matchText.slice(label);
      if (matchText !== '') {
        if (!(raw.includes('\u001b') || annotation || label > 0)) found ??= this.lineCandidates(batch, index);
        else {
          const bytes = Buffer.from(matchText, 'utf8');
          found = this.rules.candidatesIn(bytes, 0, bytes.length);
        }
        const matched = this.rules.matchCandidates(matchText, found);
        for (let m = 0; m < matched.length; m++) {
          const h = matched[m]!;
          // Every field set, in one order (see matchCandidates).
          const hit: BlockHit = { no, rule: h.rule, category: h.category, facts: h.facts, text: matchText };
          if (hits === NO_HITS) hits = [];
          hits.push(hit);
        }
      }
    }
    // Indexed loops here and in extend: this runs for hundreds of thousands of lines, and
    // iterators that escape cost an allocation each.
    for (let u = 0; u < this.userRules.length; u++) {
      const { user, rule } = this.userRules[u]!;
      const facts = user.match(text);
      if (facts) hits = [{ no, rule, category: user.category, facts, text }, ...hits];
    }
    if (annotation && !hits.some((h) => h.rule.role === 'error' || h.rule.role === 'verdict'))
      hits = [...hits, { no, rule: ANNOTATION_RULE, category: undefined, facts: undefined, text: matchText }];
    // Most lines get here without a hit (a block's detail lines): no filtering, no new arrays.
    let headers: BlockHit[] | undefined;
    if (hits.length > 0) {
      if (anyStrongNoise(hits)) hits = NO_HITS;
      headers = keepOnly(hits, isHeader);
      // A heading starts or ends a quiet section; under a quiet one, errors are not failures.
      if (headers.length > 0) {
        this.quiet = headers.find((h) => h.rule.quiets)?.rule.quiets;
        this.quietFrom = no;
      }
      hits = keepOnly(hits, this.quiet === undefined ? isShown : isVerdict);
      if (marksTail(hits)) this.snapshotTail(no);
      hits = keepOnly(hits, shownVerdict);
    }
    if (headers !== undefined && headers.length > 0) {
      this.closeBlock();
      this.headers = headers;
      this.headerLine = no;
      return;
    }
    const open = this.open;
    if (open) {
      // A paragraph ends at its first blank line, unless the next line is indented under it (git's
      // hint under "fatal: unsafe repository" holds the command to run after a blank line).
      const shape = this.shape;
      const ended =
        shape?.follow === 'paragraph' &&
        this.blanks.length > 0 &&
        !isBlank(text) &&
        indentOf(text) <= shape.indent;
      // A compiler error quotes the source line under it, indented: code that reads like a test
      // runner's line (scalac's "[error]   x foreach println" as specs2's "[error] x <example>")
      // is the error's detail, not a failed test.
      if (
        hits.length > 0 &&
        shape?.follow === 'indented' &&
        open.hits[0]?.category === 'compile_error' &&
        continues(shape, text)
      )
        hits = keepOnly(hits, notTestFailure);
      if (hits.length > 0 && !ended) {
        this.extend(open, no, text, hits);
        return;
      }
      if (shape && !ended && continues(shape, text)) {
        this.extend(open, no, text, hits);
        return;
      }
      if (isBlank(text) && this.blanks.length < MAX_BLANK_RUN) {
        this.blanks.push({ no, text: '' });
        return;
      }
      if (this.shape?.follow === 'trace' && this.blanks.length < MAX_MESSAGE_RUN) {
        this.blanks.push({ no, text });
        return;
      }
      this.closeBlock();
    }
    if (hits.length > 0) this.openBlock(no, text, hits);
  }

  private openBlock(no: number, text: string, hits: BlockHit[]): void {
    const block: Block = {
      start: no,
      end: no,
      lines: [],
      clipped: 0,
      hits: [],
      step: this.tracker.currentIndex,
      inEcho: this.tracker.echoAt(no),
      headers: no - this.headerLine <= 3 ? this.headers : [],
    };
    const lead = this.leadLines(no, hits);
    for (const l of lead) block.lines.push(l);
    if (lead.length > 0) block.start = lead[0]!.no;
    this.kept += lead.length;
    this.open = block;
    this.blanks = [];
    this.extend(block, no, text, hits);
  }

  /** Lines before `no` that the strongest rule with a `lead` claims, nearest first, contiguous. */
  private leadLines(no: number, hits: BlockHit[]): KeptLine[] {
    const rule = hits.find((h) => h.rule.lead)?.rule;
    if (!rule?.lead) return [];
    const out: KeptLine[] = [];
    for (let back = 1; back <= Math.min(MAX_LEAD, RING); back++) {
      const ref = this.ringAt(back);
      if (!ref || ref.batch.first + ref.index !== no - back) break;
      const text = this.cleaned(ref.batch, ref.index);
      if (!rule.lead.test(text) || text.startsWith('##[')) break;
      out.unshift({ no: no - back, text, weight: 0, role: 'lead' });
    }
    // Blank lines at the edge of a lead say nothing.
    while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
    return out;
  }

  private extend(block: Block, no: number, text: string, hits: BlockHit[]): void {
    const cap = this.kept >= MAX_KEPT_LINES ? 50 : MAX_LINES_PER_BLOCK;
    if (this.blanks.length > 0) {
      for (const b of this.blanks) {
        if (block.lines.length < cap) {
          block.lines.push({ no: b.no, text: b.text, weight: 0, role: 'continuation' });
          this.kept += 1;
        } else block.clipped += 1;
      }
      this.blanks = [];
    }
    let weight = 0;
    let role: KeptLine['role'] = 'continuation';
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (h.rule.weight > weight) {
        weight = h.rule.weight;
        role = h.rule.role;
      }
    }
    if (block.lines.length < cap) {
      block.lines.push({ no, text, weight, role });
      this.kept += 1;
      block.end = no;
    } else block.clipped += 1;
    // The newest matching line decides how the following lines attach.
    let lead: BlockHit | undefined;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (block.hits.length < MAX_HITS_PER_BLOCK) block.hits.push(withHeaderFile(h, block));
      if (h.rule.follow && (!lead || h.rule.weight > lead.rule.weight)) lead = h;
    }
    if (lead?.rule.follow) {
      this.shape = {
        follow: lead.rule.follow,
        indent: indentOf(text),
        tag: tagOf(text),
        traceback: TRACEBACK_HEAD.test(text),
      };
    } else if (hits.length > 0 && this.shape && this.shape.follow !== 'trace') {
      this.shape = { follow: 'none', indent: indentOf(text), tag: tagOf(text), traceback: false };
    }
  }

  /** The line `back` lines before the current one, if the ring still holds it. */
  private ringAt(back: number): Ref | undefined {
    const slot = (this.ringNext - back + RING * 2) % RING;
    const batch = this.ringBatch[slot];
    return batch ? { batch, index: this.ringIndex[slot]! } : undefined;
  }

  private closeBlock(): void {
    const block = this.open;
    this.open = undefined;
    this.shape = undefined;
    this.blanks = [];
    if (!block) return;
    if (this.firstBlocks.length < FIRST_BLOCKS) {
      this.firstBlocks.push(block);
      return;
    }
    this.lastBlocks.push(block);
    if (this.lastBlocks.length > LAST_BLOCKS) {
      const dropped = this.lastBlocks.shift()!;
      this.kept -= dropped.lines.length;
    }
  }

  /** Score a line holding failure vocabulary; keep it when it is among the command's best. */
  private consider(batch: LineBatch, index: number, no: number): void {
    if (this.tracker.echoAt(no)) return;
    const step = this.tracker.currentIndex;
    if (step !== this.candidateStep) this.resetCandidates(step);
    const worst =
      this.candidates.length >= TOP_CANDIDATES ? this.candidates[this.candidates.length - 1]!.score : 0;
    if (!mayBeat(batch.bytes, batch.starts[index]!, batch.ends[index]!, worst)) return;
    const text = clip(this.cleaned(batch, index));
    // A score at or under the worst kept one would be refused: scoring may stop as soon as it shows.
    const score = scoreLine(text, worst).score;
    if (score <= worst) return;
    const lines: KeptLine[] = [];
    for (let back = CANDIDATE_BEFORE; back >= 1; back--) {
      const ref = this.ringAt(back);
      if (!ref || ref.batch.first + ref.index !== no - back) continue;
      lines.push(this.keptFromRing(ref));
    }
    lines.push({ no, text, weight: 0, role: 'continuation' });
    const cand: FallbackCandidate = { no, score, lines };
    if (keepCandidate(this.candidates, cand)) this.capturing.push({ cand, left: CANDIDATE_AFTER });
  }

  /** The line after a kept candidate: part of its detail, maybe. */
  private captureDetail(batch: LineBatch, index: number, no: number): void {
    const text = clip(this.cleaned(batch, index));
    let done = false;
    for (const c of this.capturing) {
      c.cand.lines.push({ no, text, weight: 0, role: 'continuation' });
      c.left -= 1;
      if (c.left <= 0) done = true;
    }
    // Candidates pushed out of the best ones stop collecting too.
    if (done || this.capturing.some((c) => !this.candidates.includes(c.cand)))
      this.capturing = this.capturing.filter((c) => c.left > 0 && this.candidates.includes(c.cand));
  }

  /** Line `index` of `batch` cleaned, from the recent lines' texts when it is there. */
  private cleaned(batch: LineBatch, index: number): string {
    const no = batch.first + index;
    const slot = no % RING;
    if (this.textNo[slot] === no) return this.text[slot]!;
    const text = cleanLine(batchLine(batch, index), this.format ?? 'plain').text;
    this.remember(no, text);
    return text;
  }

  private remember(no: number, text: string): void {
    const slot = no % RING;
    this.textNo[slot] = no;
    this.text[slot] = text;
  }

  private resetCandidates(step: number): void {
    this.candidates = [];
    this.capturing = [];
    this.candidateStep = step;
  }

  private keptFromRing(ref: Ref): KeptLine {
    const text = clip(this.cleaned(ref.batch, ref.index));
    return { no: ref.batch.first + ref.index, text, weight: 0, role: 'continuation' };
  }

  private snapshotTail(at: number): void {
    const lines: KeptLine[] = [];
    for (let back = 1; back <= Math.min(WINDOW, RING); back++) {
      const ref = this.ringAt(back);
      if (!ref) break;
      if (ref.batch.first + ref.index >= at) continue;
      lines.unshift(this.keptFromRing(ref));
    }
    const first = lines[0]?.no ?? at;
    // Candidates inside the window are in `lines` already.
    const candidates = this.candidates.filter((c) => c.no < first);
    this.tails.push({ at, step: this.tracker.currentIndex, lines, candidates });
    if (this.tails.length > MAX_TAILS) this.tails.shift();
    // A verdict closes the command: the next one's output is scored afresh.
    this.resetCandidates(this.tracker.currentIndex);
  }
}
