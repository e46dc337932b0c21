/**
 * What matching sees of a raw log line: without the runner's timestamp prefix, without the
 * `job<TAB>step<TAB>` columns of `gh run view --log` output, and without ANSI escapes.
 */

export type LogFormat = 'github-raw' | 'github-full' | 'plain';

// 2022-04-27T18:26:47.1341782Z — the prefix the runner writes on every line of a job log.
const RUNNER_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> <text>".
const FULL_PREFIX = /^[^\t]*\t[^\t]*\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and stray escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u001b/g;

export interface CleanLine {
  /** The text rules match against. */
  text: string;
  /** The step column of a `gh run view --log` line. */
  step?: string;
}

export function stripAnsi(text: string): string {
  return text.indexOf('\u001b') < 0 ? text : text.replace(ANSI, '');
}

/** Guess the format from the first lines of a log. */
export function detectFormat(firstLines: readonly string[]): LogFormat {
  let raw = 0;
  let full = 0;
  let seen = 0;
  for (const line of firstLines) {
    if (line === '') continue;
    seen += 1;
    if (FULL_PREFIX.test(line)) full += 1;
    else if (RUNNER_TIMESTAMP.test(line)) raw += 1;
  }
  if (seen === 0) return 'plain';
  if (full * 2 >= seen) return 'github-full';
  if (raw * 2 >= seen) return 'github-raw';
  return 'plain';
}

export function cleanLine(raw: string, format: LogFormat): CleanLine {
  let text = raw;
  let step: string | undefined;
  if (format === 'github-full') {
    const tab1 = text.indexOf('\t');
    const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
    if (tab2 > 0) {
      step = text.slice(tab1 + 1, tab2);
      text = text.slice(tab2 + 1);
    }
  }
  if (format !== 'plain' || (text.length > 20 && text.charCodeAt(4) === 45) /* - */) {
    const m = RUNNER_TIMESTAMP.exec(text);
    if (m) text = text.slice(m[0].length);
  }
  text = stripAnsi(text);
  return step === undefined ? { text } : { text, step };
}
