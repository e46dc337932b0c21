/**
 * What matching sees of a raw log line: without the runner's timestamp prefix, without the
 * `job<TAB>step<TAB>` columns of `gh run view --log` output, without ANSI escapes, and without the
 * fold/section markers other CI systems write into the text (Travis `travis_fold:`/`travis_time:`,
 * GitLab `section_start:`/`section_end:`), which are structure, not output.
 */

/**
 * How a log is laid out: GitHub Actions (raw job log, or `gh run view --log` columns), another CI
 * system's job log, a bare `set -x` shell transcript, or plain text with no known structure.
 */
export type LogFormat =
  | 'github-raw'
  | 'github-full'
  | 'travis'
  | 'gitlab'
  | 'jenkins'
  | 'buildkite'
  | 'circleci'
  | 'azure'
  | 'shell'
  | 'plain';

// 2022-04-27T18:26:47.1341782Z — the prefix the runner writes on every line of a job log.
const RUNNER_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** The first line of an Actions job log, after its timestamp. */
const GITHUB_RUNNER_FIRST =
  /^\uFEFF?(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?)?Current runner version: '/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> <text>".
const FULL_PREFIX = /^[^\t]*\t[^\t]*\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// Jenkins Timestamper: `[2024-05-01T10:00:00.123Z] ` (system clock) or `10:00:00 ` / `00:01:02.345 `.
const JENKINS_TIMESTAMP = /^(?:\[\d{4}-\d\d-\d\dT[\d:.]+Z?\] |\[?\d\d:\d\d:\d\d(?:\.\d+)?\]? {1,2})/;
const GITLAB_STREAM = /^[0-9a-f]{2}[OE][+ ]/;
// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and stray escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u001b/g;
// One or more markers at the start of a line, each up to the escape or blank that ends it; the
// `\e[0K` erase codes around them go too. Bounded character classes: no backtracking.
const TRAVIS_MARKERS = /^(?:\u001b\[0K)*(?:travis_(?:fold|time):[^\s\u001b]*(?:\u001b\[0K)*)+/;
const GITLAB_MARKERS = /^(?:\u001b\[0K)*(?:section_(?:start|end):\d+:[^\s\u001b]*(?:\u001b\[0K)*)+/;

export interface CleanLine {
  /** The text rules match against. */
  text: string;
  /** The step column of a `gh run view --log` line. */
  step?: string;
  /** The Travis or GitLab fold/section markers taken off the start of the line. */
  marker?: string;
}

export function stripAnsi(text: string): string {
  return text.indexOf('\u001b') < 0 ? text : text.replace(ANSI, '');
}

// `+ cmd args` as `set -x` echoes it: a command word, not a diff line (`+ expected`, `+   "x": 1`).
const XTRACE = /^\+ (?:[A-Za-z_][\w-]*=\S*|[./~$A-Za-z_][\w./~${}:@+-]*)(?: |$)/;
// Diff headers and values, and npm's `+ package@1.2.3` install summary.
const DIFF_WORDS =
  /^\+ (?:expected|actual|received|Expected|Actual|Received|Array|Object|[A-Z][a-z]+ \{)\b|^\+ \S+@\d/;

/** Whether a `+ ` line is a shell's `set -x` echo of a command rather than a diff line. */
export function isXtrace(text: string): boolean {
  return XTRACE.test(text) && !DIFF_WORDS.test(text);
}

/** Guess the format from the first lines of a log (raw, as read). */
export function detectFormat(firstLines: readonly string[]): LogFormat {
  let raw = 0;
  let full = 0;
  let seen = 0;
  let shell = 0;
  let runnerGroups = 0;
  let ci: LogFormat | undefined;
  let runner = false;
  for (const line of firstLines) {
    if (line === '') continue;
    // The Actions runner writes a job log's first line before any step runs: no job can forge it.
    if (seen === 0) runner = GITHUB_RUNNER_FIRST.test(line.slice(line.lastIndexOf('\t') + 1));
    seen += 1;
    if (FULL_PREFIX.test(line)) full += 1;
    else if (RUNNER_TIMESTAMP.test(line)) raw += 1;
    ci ??= ciMarkerFormat(line);
    if (line.startsWith('+ ') && isXtrace(line)) shell += 1;
    else if (line.startsWith('##[group]') || line.startsWith('##[endgroup]')) runnerGroups += 1;
  }
  if (seen === 0) return 'plain';
  // A CI system's own markers decide (Azure's lines carry the same timestamps as GitHub's), but
  // not against the runner's first line: a job name or a step's output may hold them.
  if (ci && !runner) return ci;
  if (full * 2 >= seen) return 'github-full';
  if (raw * 2 >= seen) return 'github-raw';
  // A GitHub log without its timestamps whose step ran `set -x` is still the runner's: plain text,
  // whose `##[group]`/`##[error]` lines are read.
  if (shell > 0 && runnerGroups === 0) return 'shell';
  return 'plain';
}

/** The CI system whose markers a line holds, if any: one cheap test per system. */
function ciMarkerFormat(raw: string): LogFormat | undefined {
  if (raw.includes('travis_fold:') || raw.includes('travis_time:')) return 'travis';
  if (raw.includes('section_start:') || raw.includes('Running with gitlab-runner')) return 'gitlab';
  if (raw.includes('##[section]Starting:')) return 'azure';
  const line = stripAnsi(raw);
  const text = line.replace(JENKINS_TIMESTAMP, '');
  if (text.startsWith('[Pipeline] ') || /^\[[^\]]{1,100}\] \$ \//.test(text)) return 'jenkins';
  if (/^Building (?:remotely )?(?:on .+ )?in workspace /.test(text)) return 'jenkins';
  if (text.startsWith('====>> ') || text.startsWith('Build-agent version ')) return 'circleci';
  if (/^(?:~~~|\+\+\+|---) (?:Running |Preparing |Setting up |:)/.test(text)) return 'buildkite';
  return undefined;
}

export function cleanLine(raw: string, format: LogFormat): CleanLine {
  let text = raw;
  let step: string | undefined;
  let marker: string | undefined;
  if (format === 'github-full') {
    const tab1 = text.indexOf('\t');
    const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
    if (tab2 > 0) {
      step = text.slice(tab1 + 1, tab2);
      text = text.slice(tab2 + 1);
    }
  }
  if (format === 'jenkins') {
    const c = text.charCodeAt(0);
    if (c === 91 /* [ */ || (c >= 48 && c <= 57)) {
      const m = JENKINS_TIMESTAMP.exec(text);
      if (m) text = text.slice(m[0].length);
    }
  } else if (format !== 'plain' || (text.length > 20 && text.charCodeAt(4) === 45) /* - */) {
    const m = RUNNER_TIMESTAMP.exec(text);
    if (m) {
      text = text.slice(m[0].length);
      // GitLab's FF_TIMESTAMPS: a stream header (`00O `, `01E `, `00O+` continuing a line) follows.
      if (format === 'gitlab') {
        const h = GITLAB_STREAM.exec(text);
        if (h) text = text.slice(h[0].length);
      }
    }
  }
  if (format === 'travis' || format === 'gitlab') {
    // Cheap first: a marker starts with its own letter, possibly after `\e[0K`.
    const c = text.charCodeAt(0);
    if (c === 27 || c === (format === 'travis' ? 116 /* t */ : 115) /* s */) {
      const m = (format === 'travis' ? TRAVIS_MARKERS : GITLAB_MARKERS).exec(text);
      if (m) {
        marker = stripAnsi(m[0]);
        text = text.slice(m[0].length);
      }
    }
  }
  text = stripAnsi(text);
  // Buildkite's "expand the previous group" directive: structure, not output.
  if (format === 'buildkite' && text.startsWith('^^^ +++')) text = '';
  // Azure logging commands talk to the agent; an error issue's message is the one meant for people.
  if (format === 'azure' && text.startsWith('##vso[')) {
    const close = text.indexOf(']');
    text = close > 0 && text.slice(0, close).includes('type=error') ? text.slice(close + 1) : '';
  }
  const out: CleanLine = { text };
  if (step !== undefined) out.step = step;
  if (marker !== undefined) out.marker = marker;
  return out;
}
