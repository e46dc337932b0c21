import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import type { LogFormat } from '../log/clean.js';
import { type LineBatch, LineSplitter } from '../log/lines.js';
import { Redactor } from '../text/redact.js';
import type { Block, BlockHit, KeptLine } from './blocks.js';
import { builtinRuleSet, builtinRuleSetWithout } from './builtin-rules.js';
import { type FailureCategory, isFailureCategory } from './categories.js';
import { categoryFromStepName, classifyBlocks, classifyRun } from './classify.js';
import { type Facts, mergeFacts } from './facts.js';
import { localize, type Selected, zoneFactor } from './localize.js';
import { NoveltyIndex } from './novelty.js';
import { ANNOTATION_RULE } from './rules/runner.js';
import { Scanner } from './scan.js';
import type { StepInfo } from './structure.js';
import type { UserRule } from './user-rules.js';

/** A log: its text, its bytes, or a byte stream (a file read stream, a download). */
export type LogInput = string | Uint8Array | AsyncIterable<Uint8Array>;

export interface AnalyzeOptions {
  /** The same job's log from the last green run: lines it also has are not news. */
  baseline?: LogInput;
  /** The repository's own patterns; they win over the built-in rules. */
  userRules?: readonly UserRule[];
  /** At most this many lines across all findings (default 3000; this budget never cuts a finding). */
  maxLinesShown?: number;
  /** The step the log belongs to, when the log is one step's output or the failing step is known. */
  stepName?: string;
  /**
   * Analyse as if these built-in rules did not exist: an entry removes the rules whose id or tool
   * equals it or whose id starts with `<entry>.` (leave-one-ecosystem-out measurement).
   */
  withoutRules?: readonly string[];
  /** The fallback for failures no rule recognises: `scored` (default) or the old `tail`. */
  fallback?: 'scored' | 'tail';
}

export interface LineRange {
  start: number;
  end: number;
}

export interface ExcerptLine {
  no: number;
  text: string;
}

export interface Finding {
  category: FailureCategory;
  confidence: number;
  title: string;
  /** The lines shown for this finding (1-based line numbers of the input), as ranges. */
  lines: LineRange[];
  step?: string;
  facts?: Facts;
  /** The single most telling line, cleaned: what fingerprints are made of. */
  keyLine: string;
  /** The shown lines, cleaned (no timestamps, no ANSI codes). */
  excerpt: ExcerptLine[];
  /** Id of the rule that recognised the key line (`fallback` when none did). */
  rule: string;
}

export interface AnalysisStats {
  linesRead: number;
  bytes: number;
  format: LogFormat;
  steps: number;
  failingStep?: string;
  baselineUsed: boolean;
  baselineLines?: number;
  linesShown: number;
  durationMs: number;
}

/** The public analysis contract, schema version 1 (documented in packages/core/README.md). */
export interface Analysis {
  schemaVersion: 1;
  category: FailureCategory;
  confidence: number;
  summary: string;
  findings: Finding[];
  stats: AnalysisStats;
}

export const DEFAULT_MAX_LINES_SHOWN = 3000;
const CHUNK = 1 << 20;

async function* chunksOf(input: LogInput): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string') {
    // Bounded pieces: the splitter's latin1 view of one huge piece would double its memory.
    const bytes = Buffer.from(input, 'utf8');
    for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
  } else if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += CHUNK) yield input.subarray(i, i + CHUNK);
  } else yield* input;
}

/**
 * Room kept in front of each chunk read from a file, for the line the chunk before left unfinished
 * (at most the splitter's 16 KiB cap and one byte).
 */
const HEADROOM = 1 << 15;

/**
 * A log file, read in chunks. Read through `joined`, each chunk is read in behind room for the line
 * the one before left unfinished, so the splitter never copies a chunk to join them; and the next
 * chunk is read while this one is split and scanned.
 */
class LogFile implements AsyncIterable<Uint8Array> {
  constructor(readonly path: string) {}

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return createReadStream(this.path, { highWaterMark: CHUNK })[Symbol.asyncIterator]();
  }

  /** Chunks for `splitter`, each starting with the unfinished line it hands over; `read` counts the file's bytes. */
  async *joined(splitter: LineSplitter, read: { bytes: number }): AsyncGenerator<Uint8Array> {
    const file = await open(this.path, 'r');
    const next = () => {
      const buffer = Buffer.allocUnsafe(HEADROOM + CHUNK);
      return file.read(buffer, HEADROOM, CHUNK, null).then(({ bytesRead }) => ({ buffer, bytesRead }));
    };
    let pending: ReturnType<typeof next> | undefined = next();
    try {
      for (;;) {
        const { buffer, bytesRead } = await pending;
        pending = undefined;
        // At the end, the unfinished line is the last one: the splitter's `end` gives it.
        if (bytesRead === 0) return;
        read.bytes += bytesRead;
        pending = next();
        // The line the last chunk left unfinished, in the room before this one (this runs once
        // the consumer has split the last chunk).
        const carry = splitter.takeCarry();
        if (carry.length <= HEADROOM) {
          carry.copy(buffer, HEADROOM - carry.length);
          yield buffer.subarray(HEADROOM - carry.length, HEADROOM + bytesRead);
        } else yield Buffer.concat([carry, buffer.subarray(HEADROOM, HEADROOM + bytesRead)]);
      }
    } finally {
      // A read still in flight finishes before the file closes under it.
      await pending?.catch(() => undefined);
      await file.close();
    }
  }
}

/** Split the input into line batches for `sink`; returns the number of bytes read. */
async function feed(input: LogInput, sink: (batch: LineBatch) => void): Promise<number> {
  const splitter = new LineSplitter();
  const read = { bytes: 0 };
  const file = input instanceof LogFile;
  for await (const chunk of file ? input.joined(splitter, read) : chunksOf(input)) {
    // A joined chunk starts with bytes read (and counted) before.
    if (!file) read.bytes += chunk.length;
    const batch = splitter.push(chunk);
    if (batch.starts.length > 0) sink(batch);
  }
  const last = splitter.end();
  if (last.starts.length > 0) sink(last);
  return read.bytes;
}

function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

function ranges(lines: readonly KeptLine[]): LineRange[] {
  const nos = [...new Set(lines.map((l) => l.no))].sort((a, b) => a - b);
  const out: LineRange[] = [];
  for (const no of nos) {
    const last = out[out.length - 1];
    if (last && last.end + 1 === no) last.end = no;
    else out.push({ start: no, end: no });
  }
  return out;
}

// Titles and summaries are cut after redacting: half a token no longer looks like one to the
// sanitizer that every poster runs later, so it would be shown.
const redactor = new Redactor();

function shorten(text: string, max = 160): string {
  const t = redactor.redact(text).trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

const CATEGORY_LABEL: Record<FailureCategory, string> = {
  compile_error: 'Compile error',
  test_failure: 'Test failure',
  lint_failure: 'Lint failure',
  missing_dependency: 'Missing dependency',
  missing_command: 'Missing command',
  missing_file: 'Missing file',
  missing_secret: 'Missing secret',
  permission_denied: 'Permission denied',
  network_error: 'Network error',
  timeout: 'Timeout',
  resource_exhaustion: 'Resource exhaustion',
  docker_failure: 'Docker failure',
  git_error: 'Git error',
  toolchain_mismatch: 'Toolchain mismatch',
  workflow_syntax: 'Workflow syntax error',
  infrastructure: 'Infrastructure failure',
  unknown: 'Unrecognised failure',
};

export function categoryLabel(category: FailureCategory): string {
  return CATEGORY_LABEL[category];
}

interface Draft {
  finding: Finding;
  weight: number;
  score: number;
}

function keyWeight(h: BlockHit): number {
  return h.rule.id === ANNOTATION_RULE.id ? h.rule.weight - 1 : h.rule.weight;
}

function buildFinding(
  group: Selected,
  steps: readonly StepInfo[],
  failing: StepInfo | undefined,
  stepName: string | undefined,
  baseline: boolean,
  zone: (b: Block) => number,
): Draft {
  const verdict = classifyBlocks(group.blocks);
  let category = verdict.category;
  const step =
    group.blocks[0] && group.blocks[0].step >= 0
      ? steps[group.blocks[0].step]?.name
      : (failing?.name ?? stepName);
  let weight = verdict.weight;
  if (category === 'unknown') {
    const prior = categoryFromStepName(step ?? stepName);
    if (prior) {
      category = prior;
      weight = 0.35;
    }
  }
  const facts: Facts = {};
  // The deciding line's facts first: they name the cause; then the rest of the finding's lines.
  if (verdict.hit?.facts) mergeFacts(facts, verdict.hit.facts);
  for (const b of group.blocks) for (const h of b.hits) if (h.facts) mergeFacts(facts, h.facts);
  const exitStep = group.blocks.length > 0 ? steps[group.blocks[0]!.step] : failing;
  // The step's exit code is the job's verdict; a tool's own exit status inside it is not.
  if (exitStep?.exitCode !== undefined) facts.exitCode = exitStep.exitCode;
  if (step) facts.step = step;
  // The key line: the deciding hit, else the strongest line shown; and the strongest line where
  // the deciding hit is a weaker one that only names the kind of failure (a summary, Node's
  // closing `Node.js v20.1.0`) beside an error line no rule could categorise (`Error: boom`).
  const strongest = group.blocks
    .flatMap((b) => b.hits)
    .filter((h) => h.rule.role === 'error')
    // A tool rule's line names the cause before a bare `##[error]` line the job may have echoed.
    .sort((a, b) => keyWeight(b) - keyWeight(a))[0];
  const key =
    verdict.hit &&
    strongest &&
    strongest.category === undefined &&
    verdict.hit.rule.role !== 'header' &&
    keyWeight(strongest) > verdict.hit.rule.weight
      ? strongest
      : (verdict.hit ?? strongest);
  const keyText = key?.text ?? group.key?.text ?? group.lines.find((l) => l.text.trim() !== '')?.text ?? '';
  const keyLine = keyText.trim();
  const novelty = baseline
    ? (() => {
        const scored = group.lines.filter((l) => l.weight > 0 && l.novel !== undefined);
        return scored.length === 0 ? 1 : scored.filter((l) => l.novel).length / scored.length;
      })()
    : undefined;
  const zoneMax = group.blocks.reduce((m, b) => Math.max(m, zone(b)), group.fallback ? 0.5 : 0);
  let confidence =
    key?.rule.confidence ??
    (category === 'unknown' ? 0.2 : weight) *
      (novelty === undefined ? 0.9 : 0.55 + 0.45 * novelty) *
      (0.6 + 0.4 * Math.min(1, zoneMax));
  if (group.fallback) confidence = Math.min(confidence, 0.3);
  const finding: Finding = {
    category,
    confidence: round2(confidence),
    title: `${CATEGORY_LABEL[category]}${key ? ` (${key.rule.tool})` : ''}: ${shorten(keyLine, 120)}`,
    lines: ranges(group.lines),
    keyLine,
    excerpt: group.lines.map((l) => ({ no: l.no, text: l.text })),
    rule: key?.rule.id ?? 'fallback',
  };
  if (step) finding.step = step;
  if (Object.keys(facts).length > 0) finding.facts = facts;
  return { finding, weight, score: group.score };
}

/** Analyse a failed job's log: where it failed, why, and the lines that show it. */
export async function analyzeLog(input: LogInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  const started = performance.now();
  const maxLinesShown = options.maxLinesShown ?? DEFAULT_MAX_LINES_SHOWN;
  if (!Number.isInteger(maxLinesShown) || maxLinesShown < 1)
    throw new ConfigurationError(
      `maxLinesShown: ${maxLinesShown} is not allowed; use a whole number of at least 1`,
    );
  for (const rule of options.userRules ?? []) {
    if (!isFailureCategory(rule.category))
      throw new ConfigurationError(
        `user rule "${rule.id}": category "${rule.category}" is not one of the failure categories`,
      );
  }
  const rules = options.withoutRules?.length ? builtinRuleSetWithout(options.withoutRules) : builtinRuleSet();
  const scanner = new Scanner(rules, options.userRules ? { userRules: options.userRules } : {});
  const bytes = await feed(input, (batch) => scanner.push(batch));
  const scan = scanner.finish();

  let failing: StepInfo | undefined = options.stepName
    ? (scan.steps.find((s) => s.name === options.stepName && !s.post) ?? undefined)
    : undefined;
  failing ??= scan.steps.length > 0 ? [...scan.steps].reverse().find((s) => s.failed && !s.post) : undefined;

  let baselineLines: number | undefined;
  if (options.baseline !== undefined) {
    const candidates: KeptLine[] = [];
    for (const b of scan.blocks) for (const l of b.lines) candidates.push(l);
    for (const t of scan.tails) {
      for (const l of t.lines) candidates.push(l);
      for (const c of t.candidates) for (const l of c.lines) candidates.push(l);
    }
    const index = new NoveltyIndex(candidates);
    await feed(options.baseline, (batch) => index.push(batch));
    index.finish();
    baselineLines = index.lines;
  }
  const baseline = options.baseline !== undefined;
  const localizeInput = {
    format: scan.format,
    lines: scan.lines,
    steps: scan.steps,
    failing,
    blocks: scan.blocks,
    tails: scan.tails,
    baseline,
    maxLinesShown,
    fallback: options.fallback ?? 'scored',
  };
  const groups = localize(localizeInput);
  const drafts = groups.map((g) =>
    buildFinding(g, scan.steps, failing, options.stepName, baseline, (b) => zoneFactor(b, localizeInput)),
  );
  const run = classifyRun(
    drafts.map((d) => ({ category: d.finding.category, weight: d.weight, score: d.score })),
  );
  // The deciding finding leads.
  if (run.decidedBy > 0) drafts.unshift(...drafts.splice(run.decidedBy, 1));
  const findings = drafts.map((d) => d.finding);
  const lead = findings[0];
  let confidence = 0;
  if (lead) {
    const rivals = drafts.filter(
      (d) => d.finding.category !== run.category && d.score >= (drafts[0]?.score ?? 0) * 0.8,
    );
    confidence = lead.confidence * (rivals.length > 0 ? 0.8 : 1);
    if (run.category !== lead.category) confidence = Math.min(confidence, 0.5);
  }
  const failingName = failing?.name ?? options.stepName;
  const summary = lead
    ? `${CATEGORY_LABEL[run.category]}${failingName ? ` in step "${failingName}"` : ''}: ${shorten(lead.keyLine)}`
    : scan.lines === 0
      ? 'The log is empty.'
      : 'No failure found in the log.';
  const stats: AnalysisStats = {
    linesRead: scan.lines,
    bytes,
    format: scan.format,
    steps: scan.steps.length,
    baselineUsed: baseline,
    linesShown: findings.reduce((n, f) => n + f.excerpt.length, 0),
    durationMs: Math.round(performance.now() - started),
  };
  if (failingName) stats.failingStep = failingName;
  if (baselineLines !== undefined) stats.baselineLines = baselineLines;
  return {
    schemaVersion: 1,
    category: run.category,
    confidence: round2(confidence),
    summary,
    findings,
    stats,
  };
}

async function checkedStream(path: string, what: string): Promise<AsyncIterable<Uint8Array>> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new ConfigurationError(`${what} "${path}" does not exist; give the path of a log file`);
  }
  if (info.isDirectory())
    throw new ConfigurationError(`${what} "${path}" is a directory; give the path of a log file`);
  return new LogFile(path);
}

/** `analyzeLog` on a file, streamed from disk (a 300 MB log is never held whole). */
export async function analyzeFile(
  path: string,
  options: Omit<AnalyzeOptions, 'baseline'> & { baselinePath?: string } = {},
): Promise<Analysis> {
  const { baselinePath, ...rest } = options;
  const log = await checkedStream(path, 'log file');
  const baseline =
    baselinePath === undefined ? undefined : await checkedStream(baselinePath, 'baseline log file');
  return analyzeLog(log, baseline === undefined ? rest : { ...rest, baseline });
}
