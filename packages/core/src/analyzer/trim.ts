import type { KeptLine } from './blocks.js';
import { isSummaryLine } from './fallback.js';
import { indentOf, isFrame } from './follow.js';

/**
 * Fewer, righter lines per finding. A single exception's trace is its message and the first frames
 * of the project's own code; the runtime's, the test runner's and the libraries' frames under them
 * say where the call came from, not why it failed. A finding that states many errors (a compiler's
 * list, a disk-full dump repeated for every file) is kept whole: there every line is the reason,
 * and that is how people mark such blocks.
 */

/** A rule this strong names the failure itself (a failed test, a compiler error)… */
export const STRONG_RULE = 0.85;
/** …and one this weak, on a line shaped as a count or a tally, only sums it up. */
export const SUMMARY_RULE = 0.6;

/** Lines shown per finding unless it states many errors. */
export const MAX_FINDING_LINES = 15;
/** A finding stating this many errors on distinct lines is a list, kept whole. */
export const LIST_ERRORS = 4;
/** Frames of the project's code kept per run of frames. */
const PROJECT_FRAMES = 2;

// The head of a chained exception carries its own message: it is never trimmed as a frame.
const CHAIN_HEAD = /^\s*(?:Caused by|Caused|Suppressed|Also):/;

// Frames of runtimes, test runners, build tools and installed packages (node, JVM, Python, Go,
// Ruby, Rust, Scala), not of the code under test; nor is Java's "... 20 more", which elides frames.
const LIBRARY_FRAME =
  /node:internal|\(internal\/|node_modules|java\.base\/|jdk\.internal|\bsun\.reflect|\bjava\.lang\.reflect|\bjava\.util\.concurrent|\borg\.junit\.|\bjunit\.framework|\borg\.apache\.maven|\borg\.codehaus|\bgroovy\.(?:lang|util)\.|\bjava_(?:lang|util|io)_\w+\$|\bsurefire\b|\borg\.gradle|\bhudson\.|\bjenkins\.|\bscala\.(?:collection|reflect|tools|runtime|io|sys|util|concurrent|math|[A-Z])|\bkotlin\.|\/usr\/lib\/|\/usr\/local\/lib\/|site-packages|dist-packages|\/lib\/python\d|<frozen |\/src\/runtime\/|\/src\/testing\/|^\s*testing\.|^\s*runtime\.|^\s*\.\.\. \d+ (?:more|common frames omitted)|^created by |^goroutine \d+ |^panic\(|hostedtoolcache|\/rustc\/|\.cargo\/registry|\/gems\/|\/ruby\/\d/;

const PYTHON_FRAME = /^\s+File "/;
// A JVM frame, "\tat pkg.Class.method(File.java:12)" or "\t... 20 more" (under sbt's "[info] " too). Its message and
// the project's first frames say why; the runtime's and runner's frames under them never do, so
// they are cut even from a short finding and never brought back.
const JVM_FRAME =
  /^(?:\[(?:info|error)\] )?\s*(?:at [\w$./<>-]+\([^()]*\)|\.\.\. \d+ (?:more|common frames omitted))$/;

interface Shaped {
  line: KeptLine;
  frame: boolean;
  project: boolean;
  jvm: boolean;
}

/**
 * Marks each line as a frame or not. A Python frame is its `File "…", line N` line and the source
 * (and caret) lines indented under it; a Go frame is its function line and the `/path/x.go:N +0x…`
 * line under it, both frames to `isFrame`.
 */
function shape(lines: readonly KeptLine[]): Shaped[] {
  const out: Shaped[] = [];
  let python: Shaped | undefined;
  for (const line of lines) {
    const text = line.text;
    const shaped: Shaped = {
      line,
      frame: isFrame(text) && !CHAIN_HEAD.test(text),
      project: false,
      jvm: false,
    };
    shaped.project = shaped.frame && !LIBRARY_FRAME.test(text);
    shaped.jvm = shaped.frame && JVM_FRAME.test(text);
    if (PYTHON_FRAME.test(text)) python = shaped;
    else if (python && text.trim() !== '' && indentOf(text) > indentOf(python.line.text)) {
      // The source line belongs to its frame, the project's or a library's.
      shaped.frame = true;
      shaped.project = python.project;
    } else python = undefined;
    out.push(shaped);
  }
  return out;
}

// A shell's or a CI's echo of the command it runs, and CI markup: output before it is not the
// command's (`+ make`, `$ npm test`, Jenkins' `[Pipeline] sh`, GitLab's section markers).
const COMMAND_OR_MARKUP =
  /^(?:\+{1,3} \S|\$ \S|\[Pipeline\]|##\[|section_(?:start|end):|travis_(?:fold|time):)/;

/**
 * The lead lines a rule claims above its error (what a program printed before it stopped) end at
 * the command that ran it: what came before is another command's output or the CI's.
 */
function fromCommand(lines: readonly KeptLine[]): readonly KeptLine[] {
  let cut = -1;
  for (let i = 0; i < lines.length && lines[i]!.role === 'lead'; i++)
    if (COMMAND_OR_MARKUP.test(lines[i]!.text)) cut = i;
  return cut < 0 ? lines : lines.slice(cut + 1);
}

/** Distinct lines that state an error. */
function statedErrors(lines: readonly KeptLine[]): number {
  return lines.filter((l) => l.role === 'error' && l.weight > 0).length;
}

/** The lines state LIST_ERRORS errors or more: a list or a dump, where every line is the reason. */
export function isList(lines: readonly KeptLine[]): boolean {
  return statedErrors(lines) >= LIST_ERRORS;
}

/**
 * The lines of a finding worth showing. Lead lines stop at the command that printed them; a tally
 * printed inside the finding it tallies goes. A
 * finding longer than MAX_FINDING_LINES has each run of frames cut to the first frames of project
 * code (the innermost for Python, which prints it last), or to its first frame when none is the
 * project's; frames come back while there is room; if it is still too long, stated errors go
 * first, then message lines, then frames. A finding that states LIST_ERRORS errors or more is
 * returned whole.
 */
export function trimFinding(lines: readonly KeptLine[]): KeptLine[] {
  let out: readonly KeptLine[] = fromCommand(lines);
  if (isList(out)) return [...out];
  // A tally inside the finding it tallies (`> Task :test FAILED`, `3 tests completed, 1 failed`
  // printed just above the failed test) repeats it.
  if (out.some((l) => l.weight >= STRONG_RULE))
    out = out.filter((l) => !(l.weight > 0 && l.weight <= SUMMARY_RULE && isSummaryLine(l.text)));
  // …and so does a count closing it (Gradle's `5 actionable tasks: 5 executed`).
  while (out.length > 1 && out[out.length - 1]!.weight === 0 && isSummaryLine(out[out.length - 1]!.text))
    out = out.slice(0, -1);
  if (out.length > MAX_FINDING_LINES) out = cutFrames(out, false);
  else if (out.some((l) => JVM_FRAME.test(l.text))) out = cutFrames(out, true);
  // Blank lines at the edges of what is left say nothing.
  let a = 0;
  let b = out.length;
  while (b - a > 1 && out[a]!.text.trim() === '') a += 1;
  while (b - a > 1 && out[b - 1]!.text.trim() === '') b -= 1;
  return out.slice(a, b);
}

/** `short`: the finding fits as it is, and only its JVM frames are cut. */
function cutFrames(lines: readonly KeptLine[], short: boolean): KeptLine[] {
  const shaped = shape(lines);
  const keep = new Set<number>();
  let i = 0;
  while (i < shaped.length) {
    if (!shaped[i]!.frame) {
      keep.add(i);
      i += 1;
      continue;
    }
    let j = i;
    while (j < shaped.length && shaped[j]!.frame) j += 1;
    const python = PYTHON_FRAME.test(shaped[i]!.line.text);
    const run = Array.from({ length: j - i }, (_, k) => i + k);
    if (short && !run.every((k) => shaped[k]!.jvm)) {
      for (const k of run) keep.add(k);
      i = j;
      continue;
    }
    // A Python traceback lists the innermost call last.
    if (python) run.reverse();
    // A Python frame is two lines (location and source): count frames by their location lines.
    const heads = run.filter((k) => !python || PYTHON_FRAME.test(shaped[k]!.line.text));
    let chosen = heads.filter((k) => shaped[k]!.project).slice(0, PROJECT_FRAMES);
    if (chosen.length === 0) chosen = heads.slice(0, 1);
    for (const k of chosen) {
      keep.add(k);
      if (python && k + 1 < j && !PYTHON_FRAME.test(shaped[k + 1]!.line.text)) keep.add(k + 1);
    }
    i = j;
  }
  // Cut frames come back while there is room, the project's first, then in log order.
  const back = shaped
    .map((s, k) => ({ s, k }))
    .filter(({ s, k }) => !keep.has(k) && !s.jvm)
    .sort((x, y) => Number(y.s.project) - Number(x.s.project) || x.k - y.k);
  for (const { k } of back) {
    if (keep.size >= MAX_FINDING_LINES) break;
    keep.add(k);
  }
  const kept = [...keep].sort((x, y) => x - y).map((k) => shaped[k]!);
  if (kept.length <= MAX_FINDING_LINES) return kept.map((s) => s.line);
  // Still too long: every stated error keeps its first lines, taken in turn from each (two failed
  // tests both show their expected/received), frames and blank lines last.
  const sections: Shaped[][] = [];
  for (const s of kept) {
    if (s.line.weight > 0 || sections.length === 0) sections.push([]);
    sections[sections.length - 1]!.push(s);
  }
  const late = (s: Shaped) => s.frame || s.line.text.trim() === '';
  const queues = sections.map((sec) => [...sec.filter((s) => !late(s)), ...sec.filter(late)]);
  const take = new Set<Shaped>();
  for (let depth = 0; take.size < MAX_FINDING_LINES; depth++) {
    let any = false;
    for (const q of queues) {
      if (depth >= q.length) continue;
      any = true;
      if (take.size < MAX_FINDING_LINES) take.add(q[depth]!);
    }
    if (!any) break;
  }
  return kept.filter((s) => take.has(s)).map((s) => s.line);
}
