/**
 * Fenced code blocks: building ones that untrusted text cannot close, and telling, line by line,
 * whether a markdown text is inside one (CommonMark's rules for fences, plus enough of its HTML
 * block rules to know when a fence-looking line is not a fence).
 */

export interface Fence {
  char: '`' | '~';
  length: number;
  indent: number;
}

const OPENER = /^( *)(`{3,}|~{3,})(.*)$/;

/** The fence a line opens, if it is an opening fence line indented by at most `maxIndent` spaces. */
export function fenceOpener(line: string, maxIndent = 3): Fence | undefined {
  const m = OPENER.exec(line);
  if (!m || m[1]!.length > maxIndent) return undefined;
  const run = m[2]!;
  const char = run[0] === '`' ? '`' : '~';
  // A backtick fence's info string cannot contain a backtick (it would be a code span instead).
  if (char === '`' && m[3]!.includes('`')) return undefined;
  return { char, length: run.length, indent: m[1]!.length };
}

/** Whether a line closes the fence: ≤ 3 spaces, at least as many of the same character, then only blanks. */
export function closesFence(line: string, fence: Fence): boolean {
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  if (i > 3) return false;
  let j = i;
  while (j < line.length && line[j] === fence.char) j++;
  if (j - i < fence.length) return false;
  for (; j < line.length; j++) if (line[j] !== ' ' && line[j] !== '\t') return false;
  return true;
}

/** The closing line for a fence, indented like its opener (so it also closes one in a list item). */
export function closingLine(fence: Fence): string {
  return ' '.repeat(fence.indent) + fence.char.repeat(fence.length);
}

/** Length of the longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === char) {
      run += 1;
      if (run > best) best = run;
    } else run = 0;
  }
  return best;
}

/**
 * Wraps text in a backtick fence longer than any backtick run inside it (and at least 3), so no
 * line of the text can close it; `~~~` lines cannot close a backtick fence at all. Does not
 * sanitise: callers use the sanitizer's `codeBlock`.
 */
export function fenceCode(text: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return text === '' ? `${fence}${lang}\n${fence}` : `${fence}${lang}\n${body}\n${fence}`;
}

// HTML blocks (CommonMark §4.6), by start line: inside one a fence-looking line is raw HTML.
const HTML_RAW_TEXT = /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_TEXT_END = /<\/(?:pre|script|style|textarea)>/i;
const HTML_OTHER = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/;
const HTML_TAG = /^ {0,3}<\/?[A-Za-z]/;

function otherHtmlEnd(line: string): string {
  const rest = line.trimStart();
  if (rest.startsWith('<!--')) return '-->';
  if (rest.startsWith('<?')) return '?>';
  if (rest.startsWith('<![CDATA[')) return ']]>';
  return '>';
}

export interface FenceTrackerOptions {
  /**
   * Count only fences GitHub certainly sees as fences, for callers that leave code untouched and
   * must never mistake prose for code (the mention rules). A fence opened inside a list item or
   * blockquote ends with its container, which this tracker does not follow; an indented fence line
   * can close a fence or open one depending on such containers. So in strict mode only fences
   * opened at column 0 count, and the first fence-like line that is anything else (indented, after
   * a `>` or a list marker, inside an HTML block) ends all trust: every later line is prose.
   */
  strict?: boolean;
}

// A line that could open or close a fence in some container: blanks, `>` and list markers, then ``` or ~~~.
const FENCE_LIKE = /^[\s>*+\-.)\d]*(?:`{3}|~{3})/;

/**
 * Follows a markdown text line by line and says which lines belong to a fenced code block. HTML
 * blocks are followed only coarsely: any line starting with a tag counts as one until a blank line
 * (or the end tag of `<pre>` and friends, or the end of a comment), so a fence-looking line inside
 * HTML is never taken for a fence.
 */
export class FenceTracker {
  private readonly strict: boolean;
  private fence: Fence | undefined;
  /** What ends the HTML block we are in: a pattern, or '' for a blank line. */
  private htmlEnd: RegExp | string | undefined;
  /** Strict mode only: an unsure fence was seen, nothing is code from here on. */
  private distrust = false;

  constructor(options: FenceTrackerOptions = {}) {
    this.strict = options.strict ?? false;
  }

  /** The fence still open after the lines seen so far. */
  get open(): Fence | undefined {
    return this.fence;
  }

  /** Feeds the next line; true when it is part of a fenced block (its fence lines included). */
  next(line: string): boolean {
    if (this.distrust) return false;
    if (this.fence) {
      if (closesFence(line, this.fence)) this.fence = undefined;
      return true;
    }
    if (this.htmlEnd !== undefined) {
      if (this.strict && FENCE_LIKE.test(line)) this.distrust = true;
      this.leaveHtmlIfEnded(line);
      return false;
    }
    const opener = fenceOpener(line, this.strict ? 0 : 3);
    if (opener) {
      this.fence = opener;
      return true;
    }
    if (this.strict && FENCE_LIKE.test(line)) {
      this.distrust = true;
      return false;
    }
    if (HTML_RAW_TEXT.test(line)) {
      this.htmlEnd = HTML_RAW_TEXT_END;
      this.leaveHtmlIfEnded(line);
    } else if (HTML_OTHER.test(line)) {
      const end = otherHtmlEnd(line);
      this.htmlEnd = end;
      // The end may be on the start line itself, after the opening `<!--` / `<?`.
      const start = line.indexOf('<') + (end === '-->' ? 4 : 2);
      if (line.indexOf(end, start) >= 0) this.htmlEnd = undefined;
    } else if (HTML_TAG.test(line)) {
      this.htmlEnd = '';
    }
    return false;
  }

  private leaveHtmlIfEnded(line: string): void {
    const end = this.htmlEnd;
    if (end === '') {
      if (line.trim() === '') this.htmlEnd = undefined;
    } else if (end instanceof RegExp) {
      if (end.test(line)) this.htmlEnd = undefined;
    } else if (end !== undefined && line.includes(end)) this.htmlEnd = undefined;
  }
}

/** For each line of `text` (split at `\n`), whether it is inside a fenced code block. */
export function fencedLines(text: string, options: FenceTrackerOptions = {}): boolean[] {
  const tracker = new FenceTracker(options);
  return text.split('\n').map((line) => tracker.next(line));
}

/** The fence left open at the end of `text`, if any. */
export function openFenceAtEnd(text: string, options: FenceTrackerOptions = {}): Fence | undefined {
  const tracker = new FenceTracker(options);
  for (const line of text.split('\n')) tracker.next(line);
  return tracker.open;
}
