import type { Follow } from './rule.js';

/**
 * Whether a line continues the error block above it. A block's follow mode comes from the line
 * that opened it; any block also absorbs stack frames, since a trace always belongs to the error
 * printed just before it.
 */

// Java/Kotlin/JS frames, Java chains and elisions (Jenkins remoting adds the caller's trace as
// `Also:`), Python traceback bodies, Go goroutine dumps. The location in a JS frame is the last
// parenthesis and a Go frame's name stops at its first "(": with `.+\(.+` or a class holding "(" before
// `\(.*`, every parenthesis started another scan (quadratic time).
const FRAME =
  /^\s+at [\w$.<>[\]/\\:@(-]|^\s*at .+\([^()]*:\d+(?::\d+)?\)$|^\s*(?:Caused by|Caused|Suppressed|Also):|^\s*\.\.\. \d+ (?:more|common frames omitted)|^\s+File ".+", line \d+|^goroutine \d+ \[[\w ,]+\]:$|^\s+\/.+\.go:\d+(?: \+0x[0-9a-f]+)?$|^[\w./*()-][\w./*)-]*\(.*\)$|^created by [\w./]+|^\s+\d+: 0x[0-9a-f]+ - |^\s+at \/|^\s+from .+:\d+:in/;

// sbt writes its log level before every line ("[info] ", "[error] "): what a line says, its
// indentation and whether it is a frame, start after it.
const SBT_LEVEL = /^\[(?:info|warn|error|debug|success)\] /;

/** Where a line's own text starts: after sbt's level prefix, or at 0. */
function bodyStart(text: string): number {
  if (text.charCodeAt(0) !== 91) return 0;
  return SBT_LEVEL.exec(text)?.[0].length ?? 0;
}

export function isFrame(text: string): boolean {
  if (FRAME.test(text)) return true;
  const start = bodyStart(text);
  return start > 0 && FRAME.test(text.slice(start));
}

export function indentOf(text: string): number {
  const start = bodyStart(text);
  let i = start;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
    i += text.charCodeAt(i) === 9 ? 4 : 1;
  return i - start;
}

/**
 * The leading tag of a line (`[ERROR]`, `npm ERR!`, `error:`…) used by `same-tag` blocks. A TAP
 * `not ok` line and the `#` diagnostics under it share the tag `#`; Valgrind prefixes every line
 * with its `==PID==`.
 */
export function tagOf(text: string): string | undefined {
  const m =
    /^(\[[A-Z]+\]|\s+\[(?:javac|junit)\]|npm (?:ERR!|error)|ERR_PNPM_\w+|E:|error:|Error:|ERROR:|#\d+ |#|\s*not ok |==\d+==|\s*│|\s*╷|\s*╵|\s*\|)/.exec(
      text,
    );
  const tag = m?.[1]?.trim();
  return tag === 'not ok' ? '#' : tag;
}

/**
 * A Valgrind line holding its `==PID==` and nothing else, or an Ant task's name alone ("    [junit] "):
 * the gap between two of their reports.
 */
const BARE_PID = /^(?:==\d+==|\s+\[[a-z][\w-]*\])\s*$/;
/** Test::More's closing count under its `#` diagnostics: it counts the failures, not one of them. */
const TAP_COUNT = /^# Looks like you failed \d+ tests? of \d+/;

export interface OpenBlockShape {
  follow: Follow;
  /** Indentation of the line that opened the block. */
  indent: number;
  tag: string | undefined;
  /** Inside a Python traceback: until its closing exception line. */
  traceback: boolean;
  /** An `until-blank` block that has seen its blank line: nothing more belongs to it. */
  ended?: boolean;
}

// What `text.trim() === ''` says (\s is trim's whitespace), without copying every indented line.
const BLANK = /^\s*$/;

/** A line `trim()` would empty, tested without making the trimmed copy (the scanner asks per line). */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

const PASSED_SUBTEST = /^\s+--- (?:PASS|SKIP): /;

// TeX's context under "! message": "l.12 \foo", "<argument> …", "<*> main.tex", and the indented
// rest of the source line.
const TEX_CONTEXT = /^(?:l\.\d+ |<[^<>]{1,40}> ?|\s+\S)/;

// Where a message's context starts: GHC's "• In the expression…" bullets and "  |" source gutter,
// Haskell's call stack, tasty's "Use -p '…' to rerun this test only.", Julia's "Stacktrace:" and
// a MethodError's "Closest candidates are:". `(?:\d+ *)?` rather than `\d* *`: after `\s*` the
// two split a run of spaces every way (quadratic).
const MESSAGE_CONTEXT =
  /^\s*(?:• In |(?:\d+ *)?\||CallStack \(from HasCallStack\):|Use -p |Stacktrace:$|Closest candidates are:$)/;

/** Does `text` (cleaned) continue a block of this shape? Blank lines never do on their own. */
export function continues(shape: OpenBlockShape, text: string): boolean {
  // A tag-only line ("[ERROR] ") continues a same-tag block although it says nothing, except
  // Valgrind's bare `==PID==`, which separates its reports.
  if (shape.follow === 'same-tag' && shape.tag !== undefined && tagOf(text) === shape.tag)
    return !BARE_PID.test(text) && !TAP_COUNT.test(text);
  // The scan asks about blank lines too; the first one closes an `until-blank` block for good.
  if (shape.follow === 'until-blank' && (shape.ended || BLANK.test(text))) {
    shape.ended = true;
    return false;
  }
  if (BLANK.test(text)) return false;
  if (isFrame(text)) return true;
  if (shape.traceback && /^\s/.test(text)) return true;
  switch (shape.follow) {
    case 'trace':
      // An exception's message may run over several lines before its frames.
      return /^\s+\S/.test(text) && indentOf(text) > shape.indent;
    case 'indented':
      // A passing subtest's own line under a failed parent (`go test -v`: "    --- PASS: TestOf/lower")
      // is not part of the failure; its failing sibling opens a block of its own.
      if (PASSED_SUBTEST.test(text)) return false;
      return indentOf(text) > shape.indent || /^\s*[│╷╵|>]/.test(text);
    case 'paragraph':
    // A blank line never continues (above); the scanner ends the paragraph there unless the
    // line after it is indented under the paragraph.
    case 'until-blank':
      return true;
    case 'tex-context':
      return TEX_CONTEXT.test(text);
    case 'message':
      // Ended for good at the first context line: what follows it is more context.
      if (shape.ended || MESSAGE_CONTEXT.test(text)) {
        shape.ended = true;
        return false;
      }
      return indentOf(text) > shape.indent;
    case 'same-tag':
    case 'none':
      return false;
  }
  return false;
}
