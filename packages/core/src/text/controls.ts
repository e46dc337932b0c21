/**
 * Terminal and runner control in untrusted text: escape sequences that would repaint a terminal,
 * raw control characters GitHub would either reject or render as garbage, and workflow commands
 * that would act if the text were echoed back into a job log.
 */

/** The invisible character autoheal inserts to break a syntax without changing what a reader sees. */
export const ZWSP = '\u200B';

// CSI (colours, cursor moves); OSC (titles, hyperlinks) and DCS/PM/APC/SOS strings, which stop at
// the end of the line when unterminated so one stray ESC cannot swallow the rest of a log; other
// two-character escapes (charset selection, ESC M); and the 8-bit CSI/OSC introducers.
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c\n]*(?:\u001b\\|\u009c)?|\u001b[ -/]*[0-~]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?/g;
// C0 except tab and line feed, DEL, and C1. Runs after escapes are removed, so a lone ESC goes here.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Characters that change how text around them is shown without showing themselves: bidi
// embeddings, overrides, isolates and marks (U+202E can make `exe.txt` read `txt.exe`, or
// reorder a diff), the Arabic letter mark, zero-width space, word joiner, invisible operators,
// BOM, soft hyphen, Hangul fillers and tag characters (which can smuggle whole sentences, e.g. to
// a coding agent). They would also split a token so that redaction misses it. None is needed
// to read a title, log or issue.
// Also variation selectors (U+FE00–FE0D, U+E0100–E01EF: invisible after a letter, and a run of
// them encodes hidden bytes), Khmer inherent vowels, interlinear annotation and musical formatting.
const INVISIBLE =
  /\u034f|[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\u{e0001}|[\u{e0020}-\u{e007f}]|[\ufe00-\ufe0d]|[\u{e0100}-\u{e01ef}]|[\u{1d173}-\u{1d17a}]/gu;
// Emoji presentation selectors and Mongolian free variation selectors spell only after their own
// characters (a pictograph, a keycap's digit, a Mongolian letter); anywhere else they only hide.
const SELECTOR = /\u180b|\u180c|\u180d|\u180f|\ufe0e|\ufe0f/gu;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

function keepSelector(text: string, at: number, selector: string): boolean {
  const prev = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1) ?? ' ';
  if (selector < '\u1810') return prev >= '\u1800' && prev <= '\u18af';
  return PICTOGRAPH.test(prev) || (/^[0-9#*]$/.test(prev) && text[at + 1] === '\u20e3');
}
// Zero-width (non-)joiners are spelling in Persian, Indic scripts and emoji sequences, so they
// stay between two non-ASCII letters or marks, or after a pictograph; anywhere else they only
// hide (`ghp_\u200cabc` would slip past redaction) and are removed.
const JOINER = /[\u200c\u200d]/gu;
const JOINS = /^(?:\p{L}|\p{M}|\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f)$/u;

function keepJoiner(text: string, at: number): boolean {
  // The whole character before (a surrogate pair counts as one) and after the joiner.
  const prev = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1) ?? ' ';
  const next = String.fromCodePoint(text.codePointAt(at + 1) ?? 0x20);
  // ASCII text (tokens, names, commands) never needs a joiner: one next to it only hides.
  return prev > '\u007f' && next > '\u007f' && JOINS.test(prev) && JOINS.test(next);
}

/**
 * Text without the invisible formatting characters that could hide or reorder what a reader
 * sees (bidi controls, zero-width and tag characters); joiners inside words of scripts that use
 * them, and in emoji, are kept.
 */
export function stripInvisible(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(SELECTOR, (selector: string, at: number, whole: string) =>
      keepSelector(whole, at, selector) ? selector : '',
    )
    .replace(JOINER, (joiner, at: number, whole: string) => (keepJoiner(whole, at) ? joiner : ''));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with only printable characters, tabs and `\n` line breaks: `\r\n` and lone `\r` (progress
 * bars) become `\n`, escape sequences, other control characters and invisible formatting
 * characters (stripInvisible) are removed, and lone surrogates (which the API would turn into
 * garbage) become U+FFFD.
 */
export function stripControls(text: string): string {
  return stripInvisible(
    text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD'),
  );
}

// A line the runner or the log viewer would treat as a command: `::name …::`, `##[group]`, or the
// older `##vso[…]`, after optional blanks and the runner's own timestamp prefix (which other code
// strips when it reads logs, so a timestamped line must be defanged too).
const WORKFLOW_COMMAND =
  /^([^\S\n]*(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[^\S\n]*)?)(?:(:)(:)|(#)(#(?:vso)?\[))/gm;

/**
 * Breaks workflow commands at line starts by putting a zero-width space between their two leading
 * characters (`:​:error::`, `#​#[group]`). Neither the runner (.NET `Trim`) nor JavaScript's
 * `trimStart` removes U+200B, so the line no longer starts with the command prefix, and a reader
 * still sees the original text. Markdown headings (`## Title`) are untouched.
 */
export function defangWorkflowCommands(text: string): string {
  return text.replace(
    WORKFLOW_COMMAND,
    (_m, lead: string, c1?: string, c2?: string, h1?: string, h2?: string) =>
      c1 !== undefined ? `${lead}${c1}${ZWSP}${c2}` : `${lead}${h1}${ZWSP}${h2}`,
  );
}
