import { isXtrace, type LogFormat } from '../log/clean.js';
import { type StepInfo, StepTracker } from './structure.js';

/**
 * The step structure of job logs from CI systems other than GitHub Actions, read from each
 * system's own markup while the log streams past: which command ran where, which phase it belongs
 * to (setup, the work, after-failure/cleanup), and which command's failure failed the job.
 *
 * - Travis: folds (`travis_fold:start:install`) name the phase; `$ cmd` right after a fold or timer
 *   marker is a command; `The command "cmd" exited with N.` names the failing command itself.
 * - GitLab: runner sections (`section_start:<ts>:step_script`) name the phase; green `$ cmd` echoes
 *   are commands; `ERROR: Job failed: exit code N` comes after cleanup, and the job stopped at its
 *   last script command.
 * - Jenkins: `[Pipeline] { (Stage)` stages, `[Pipeline] sh` steps and freestyle `[ws] $ /bin/sh -xe`
 *   launchers; `+ cmd` (sh -x) commands; `ERROR: script returned exit code N` or
 *   `Build step '…' marked build as failure`.
 * - Buildkite: `---`/`+++`/`~~~` groups; `🚨 Error: The command exited with status N`.
 * - CircleCI: `====>> step`, the `#!/bin/bash -eo pipefail` echo, `Exited with code exit status N`.
 * - Azure Pipelines: `##[section]Starting: task`, the script echo up to `Starting Command Output`,
 *   `##[error]Bash exited with code 'N'.`
 * - shell: `+ cmd` lines of `set -x`; the log ends where the failing command stopped it.
 *
 * Per line the scanner first asks `candidate` (the first bytes after any timestamp and colour
 * codes against a few fixed prefixes); only candidates are decoded and given to `observeCi`.
 */

/** `observeCi` result bits. */
export const CI_HIDE = 1;
/** The line states an exit: keep the lines before it as the failing command's tail. */
export const CI_TAIL = 2;

type Phase = NonNullable<StepInfo['phase']>;
type Kind = 'group' | 'command' | 'launcher';

const MAX_NAME = 200;
/** Steps kept: a `set -x` trace can hold millions of commands. */
const MAX_STEPS = 5000;
/** How many steps back a Travis verdict looks for the command it names. */
const NAME_LOOKBACK = 64;

// `… exited with N.`, `… failed and exited with N during install.`, and for retried commands
// (travis_retry) `… failed 3 times.`
const TRAVIS_VERDICT =
  /^The command "(.*)" (?:(?:failed and )?exited with (-?\d+)(?: during ([\w.-]+))?|failed(?: \d+ times)?)\.?\s*$/;
/** Travis stopping a job that printed nothing for too long or ran out of time. */
const TRAVIS_STOPPED =
  /^(?:No output has been received in the last|The job exceeded the maximum (?:time limit|log length))/;
const GITLAB_VERDICT =
  /^ERROR: Job failed: (?:exit code|exit status|command terminated with exit code) (-?\d+)/;
const JENKINS_VERDICT = /^ERROR: script returned exit code (-?\d+)/;
const JENKINS_STEP_FAILED = /^Build step '[^']{1,200}' marked build as failure/;
const BUILDKITE_VERDICT = /^(?:🚨 )?Error: The command exited with status (-?\d+)/;
const CIRCLE_VERDICT = /^(?:Exited with code (?:exit status )?|CircleCI received exit code )(-?\d+)/;
const AZURE_VERDICT = /^##\[error\].{0,200}?exited with code '?(-?\d+)/;
/** The agent's group for the step's command (its hooks are named by buildkitePhase). */
const AGENT_COMMAND = /^Running (?:commands|script|batch script)\b/;
const BUILDKITE_GROUP = /^(?:---|\+\+\+|~~~) (?!(?:FAIL|PASS|SKIP|BENCH):|[ab]\/|\/dev\/null)(\S.*)$/;

function name(text: string): string {
  const t = text.trim();
  return t.length <= MAX_NAME ? t : `${t.slice(0, MAX_NAME - 1)}…`;
}

function travisPhase(fold: string, postSeen: boolean): Phase {
  if (
    /^(?:after_failure|after_script|after_success|before_cache|cache\.[2-9]|before_deploy|deploy|after_deploy|dpl)/.test(
      fold,
    )
  )
    return 'post';
  if (
    /^(?:worker_info|system_info|git|services|apt|fix|rvm|nvm|jdk|gimme|go\.|pyenv|virtualenv|pip|cache\.1|before_install|install|before_script|docker_mtu|resolvconf|hosts|ssh_key|rust|cargo|perlbrew|kerl|kiex|ghc|cabal|sbt|lein|phpenv|composer|submodules|setup|timing|announce)/.test(
      fold,
    )
  )
    return 'setup';
  return postSeen ? 'post' : 'main';
}

/** The runner's own sections; a script's custom sections (inside a command's output) are not steps. */
function gitlabPhase(section: string): Phase | undefined {
  if (
    /^(?:prepare_executor|prepare_script|resolve_secrets|get_sources|clear_worktree|restore_cache|download_artifacts)$/.test(
      section,
    )
  )
    return 'setup';
  if (/^(?:step_script|build_script|step_release|release_step)$/.test(section)) return 'main';
  if (
    /^(?:after_script|archive_cache|archive_cache_on_failure|upload_artifacts_on_success|upload_artifacts_on_failure|upload_artifacts|cleanup_file_variables)$/.test(
      section,
    )
  )
    return 'post';
  return undefined;
}

function jenkinsStagePhase(stage: string): Phase {
  if (/^Declarative: Post Actions$|^post\b/i.test(stage)) return 'post';
  if (
    /^Declarative: (?:Checkout SCM|Tool Install|Agent Setup)$|^(?:checkout|setup|prepare|install|init)/i.test(
      stage,
    )
  )
    return 'setup';
  return 'main';
}

function buildkitePhase(title: string): Phase {
  if (/(?:post-command|pre-exit|pre-artifact|post-artifact) hook|^Uploading artifacts/.test(title))
    return 'post';
  if (
    /^Running (?:global|local|plugin .{1,100}) (?:environment|pre-checkout|checkout|post-checkout|pre-command) hook|^Preparing working directory|^Setting up plugins|^Restoring cache/.test(
      title,
    )
  )
    return 'setup';
  return 'main';
}

function circlePhase(step: string): Phase {
  if (
    /^(?:Spin up environment|Preparing environment variables|Checkout code|Restoring cache|Attaching workspace|Setup a remote Docker engine)/.test(
      step,
    )
  )
    return 'setup';
  if (/^(?:Uploading test results|Uploading artifacts|Saving cache|Persisting to workspace)/.test(step))
    return 'post';
  return 'main';
}

function azurePhase(task: string): Phase {
  if (/^(?:Initialize job|Initialize containers|Checkout |Pre-job: )/.test(task)) return 'setup';
  if (/^(?:Post-job: |Finalize Job|Finalize job|Stop Containers|Report build status)/.test(task))
    return 'post';
  return 'main';
}

/** How a bare log (no CI markup) states the exit status it ended with. */
const EXIT_PREFIXES = [
  'Process completed with exit code ',
  'Error: Process completed with exit code ',
  'exit status ',
  'Exit status ',
  'Exit code: ',
  'Exited with code ',
  'exited with code ',
  'Command exited with non-zero status ',
  'Script exited with code ',
];
const BARE_EXIT =
  /^(?:(?:Error: )?Process completed with exit code|[Ee]xit status|Exit code:|[Ee]xited with code|Command exited with non-zero status|Script exited with code) (-?\d+)\.?\s*$/;

/**
 * Prefixes a structural line starts with, per format (after timestamps and colour codes). A line
 * whose first bytes match none is not decoded at all: Maven's `[INFO]` lines in a Jenkins log or a
 * test runner's `+ expected` lines cost a byte compare.
 */
const PREFIXES: Partial<Record<LogFormat, readonly string[]>> = {
  travis: ['travis_', '$ ', 'The command "', 'Done. Your build', 'No output has been', 'The job exceeded'],
  gitlab: [
    'section_',
    '$ ',
    'ERROR: Job failed',
    'Running after script',
    'Uploading artifacts',
    'Cleaning up ',
  ],
  jenkins: ['[', '+ ', 'ERROR: script returned', 'Build step ', 'Failed in branch '],
  buildkite: ['--- ', '+++ ', '~~~ ', '^^^ +++', '$ ', '🚨', 'Error: The command'],
  circleci: ['====>> ', 'Exited with code', 'Task failed', 'CircleCI received', '#!/bin/', '  #!/bin/'],
  azure: ['##', 'Generating script.', 'Script contents:', '====='],
  shell: ['+ ', ...EXIT_PREFIXES],
  plain: EXIT_PREFIXES,
};

/** Formats whose job stops at the first failing command, stating the exit after cleanup or not at all. */
const STOPS_AT_FAILURE: ReadonlySet<LogFormat> = new Set([
  'gitlab',
  'jenkins',
  'buildkite',
  'circleci',
  'shell',
]);

/** A CI system's line that the failing command exited (where it prints it: Jenkins at the very end). */
export function isExitVerdict(text: string): boolean {
  return EXIT_VERDICTS.some((re) => re.test(text));
}
const EXIT_VERDICTS: readonly RegExp[] = [
  TRAVIS_VERDICT,
  GITLAB_VERDICT,
  JENKINS_VERDICT,
  BUILDKITE_VERDICT,
  CIRCLE_VERDICT,
  AZURE_VERDICT,
];

/**
 * Formats whose runner reads `##[error]`/`##[group]` lines (GitHub Actions, Azure Pipelines), and
 * plain text, which may be a GitHub log copied without its timestamps. Elsewhere a job that prints
 * them is printing text: it asks no CI for an annotation or a step.
 */
const WORKFLOW_COMMANDS: ReadonlySet<LogFormat> = new Set(['github-raw', 'github-full', 'azure', 'plain']);

export function readsWorkflowCommands(format: LogFormat | undefined): boolean {
  return format === undefined || WORKFLOW_COMMANDS.has(format);
}

/** Whether a format has structure this module reads. */
export function isCiFormat(format: LogFormat): boolean {
  return PREFIXES[format] !== undefined;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

export class CiTracker extends StepTracker {
  readonly format: LogFormat;
  /** By first byte: the prefixes (UTF-8 bytes) starting with it. */
  private readonly byFirst: Uint8Array[][] = Array.from({ length: 256 }, () => []);
  /** 1 where some prefix starts with that byte: most lines are rejected on this one read. */
  private readonly first = new Uint8Array(256);
  private readonly kinds: Kind[] = [];
  private readonly tailAt: (number | undefined)[] = [];
  private readonly stops: boolean;
  private phase: Phase;
  private postSeen = false;
  private lastMarker = -2;
  private boundary: number | undefined;
  /** GitLab: the runner writes sections (newer than 11.x). */
  private sections = false;
  /**
   * GitLab: each section marker seen (`start:name`, `end:name`) and how many steps there were
   * before it. The runner writes each one once, after the job's output: a repeat means the first
   * was printed by the job itself (see unforge).
   */
  private readonly sectionAt = new Map<string, number>();
  /** Travis: the log has `travis_time:` markers. */
  private timers = false;
  /** Travis: line of the last `travis_time:start:` marker, and the steps whose echo followed one. */
  private timerStart = -2;
  private readonly timed: boolean[] = [];
  /**
   * Travis: inside the after_failure phase. What it prints (`cat test-suite.log`) is about the
   * failure, so its steps are searched as work that ran, not as cleanup: neither setup nor post.
   */
  private afterFailure = false;
  private readonly afterFailureSteps = new Set<number>();
  /** Jenkins: inside a `parallel` block. */
  private parallel = false;
  /** Jenkins: the phase of the stage being run. */
  private stagePhase: Phase = 'main';
  /**
   * Jenkins `parallel`: the branches it declared (`[Pipeline] { (Branch: linux)`), and for those
   * whose lines carry the branch's label (`[linux] + make check`, Pipeline 2015–2018), the step
   * holding them. Branches interleave; each line goes to its own branch's step.
   */
  private readonly branchNames = new Set<string>();
  private readonly branchSteps = new Map<string, number>();
  private parallelIndex: number | undefined;
  /** The branch that failed first (`Failed in branch linux`): the job's failure is its failure. */
  private failedBranch: string | undefined;
  /** The branch step of the line the scanner is at (from `candidate`), if it carries a label. */
  private lineBranch: number | undefined;

  constructor(format: LogFormat) {
    super();
    this.format = format;
    for (const prefix of PREFIXES[format] ?? []) {
      const bytes = Buffer.from(prefix, 'utf8');
      this.byFirst[bytes[0]!]!.push(bytes);
      this.first[bytes[0]!] = 1;
    }
    this.stops = STOPS_AT_FAILURE.has(format);
    // GitLab prepares before its first section; Travis' unfolded commands are the script phase.
    this.phase = format === 'gitlab' ? 'setup' : 'main';
  }

  /**
   * Cheap test on a line's bytes: may it carry structure? Skips a timestamp prefix and leading
   * colour codes, then looks the first byte up.
   */
  candidate(bytes: Uint8Array, start: number, end: number): boolean {
    this.lineBranch = undefined;
    let i = start;
    if (i >= end) return false;
    const c = bytes[i]!;
    if (c === 91 /* [ */ && isDigit(bytes[i + 1])) {
      // Jenkins Timestamper `[2024-05-01T10:00:00.123Z] ` or `[10:00:00] `.
      const stop = Math.min(end, i + 40);
      let j = i + 1;
      while (j < stop && bytes[j] !== 93) j++;
      if (j < stop && bytes[j + 1] === 32) i = j + 2;
    } else if (isDigit(c) && (bytes[i + 4] === 45 || bytes[i + 2] === 58)) {
      // ISO timestamps (`2024-…Z `) and Timestamper's `10:00:00 ` end at the first blank.
      const stop = Math.min(end, i + 40);
      let j = i;
      while (j < stop && bytes[j] !== 32) j++;
      if (j < stop) {
        i = j + 1;
        while (i < end && bytes[i] === 32 && i - j < 3) i++;
        // GitLab's FF_TIMESTAMPS stream header: `00O `, `01E `, `00O+`.
        const t = bytes[i + 2];
        if (
          this.format === 'gitlab' &&
          (t === 79 || t === 69) &&
          (bytes[i + 3] === 32 || bytes[i + 3] === 43)
        )
          i += 4;
      }
    }
    // Colour and erase codes: ESC [ params final.
    while (i < end && bytes[i] === 27 && bytes[i + 1] === 91) {
      i += 2;
      while (i < end && bytes[i]! >= 0x20 && bytes[i]! < 0x40) i++;
      i++;
    }
    if (i >= end || this.first[bytes[i]!] === 0) return false;
    for (const p of this.byFirst[bytes[i]!]!) {
      if (i + p.length > end) continue;
      let k = 1;
      while (k < p.length && bytes[i + k] === p[k]) k++;
      if (k === p.length)
        return this.format !== 'jenkins' || p[0] !== 91 || this.jenkinsBracket(bytes, i, end);
    }
    return false;
  }

  /**
   * `[Pipeline] …`, a freestyle launcher `[workspace] $ …`, or inside `parallel` a line labelled
   * with a declared branch (`[linux] …`); not Maven's `[INFO] `.
   */
  private jenkinsBracket(bytes: Uint8Array, i: number, end: number): boolean {
    const stop = Math.min(end, i + 102);
    let j = i + 1;
    while (j < stop && bytes[j] !== 93 /* ] */) j++;
    if (j >= stop) return false;
    if (j + 3 < end && bytes[j + 1] === 32 && bytes[j + 2] === 36 /* $ */ && bytes[j + 3] === 32) return true;
    if (j - i === 9 && bytes[i + 1] === 80 /* P */ && bytes[i + 8] === 101 /* e */) return true;
    // Decoded only inside `parallel`, and only up to the closing bracket.
    if (this.branchNames.size > 0 && bytes[j + 1] === 32) {
      const label = Buffer.from(bytes.buffer, bytes.byteOffset + i + 1, j - i - 1).toString('utf8');
      if (this.branchNames.has(label)) return true;
    }
    return false;
  }

  /**
   * The step a line belongs to: inside `parallel`, its branch's step when it carries a branch
   * label, else the `parallel` step itself (its branches' unlabelled lines interleave there).
   */
  override get currentIndex(): number {
    if (this.lineBranch !== undefined) return this.lineBranch;
    if (this.parallel && this.parallelIndex !== undefined) return this.parallelIndex;
    return super.currentIndex;
  }

  /**
   * How many leading characters of a cleaned Jenkins line are a parallel branch's label
   * (`[linux] `): what a rule should not see, since tools print their lines without it.
   */
  branchLabelLength(text: string): number {
    if (this.branchNames.size === 0 || text.charCodeAt(0) !== 91 /* [ */) return 0;
    const close = text.indexOf('] ');
    return close > 0 && this.branchNames.has(text.slice(1, close)) ? close + 2 : 0;
  }

  /** A main-phase command ended at this line: the scanner keeps the lines before it as a tail. */
  takeBoundary(): number | undefined {
    const b = this.boundary;
    this.boundary = undefined;
    return b;
  }

  private openStep(label: string, no: number, kind: Kind, phase: Phase): StepInfo {
    const prev = this.current;
    // A command followed by another command succeeded (these jobs stop at the first failure); one
    // followed by anything else may be the failing one: keep the lines before this one as its tail.
    if (
      prev &&
      this.stops &&
      kind === 'group' &&
      prev.phase === 'main' &&
      prev.exitLine === undefined &&
      this.kinds[prev.index] !== 'group' &&
      no > prev.start
    ) {
      this.boundary = no;
      this.tailAt[prev.index] = no;
    }
    // GitLab runs each script line under `set -e`, CircleCI each step: one followed by the next
    // succeeded. (Not so for `set -x` traces: `+ false` inside `false || true` is followed too.)
    if (
      prev &&
      kind === 'command' &&
      (this.format === 'gitlab' || this.format === 'circleci') &&
      this.kinds[prev.index] === 'command' &&
      prev.phase === 'main' &&
      !prev.failed &&
      prev.exitCode === undefined
    )
      prev.exitCode = 0;
    this.echo = false;
    this.echoUntil = undefined;
    if (this.steps.length >= MAX_STEPS && prev) {
      // Memory stays bounded on a trace of millions of commands: past the cap, the last step
      // grows and takes the newest step's name, kind and phase.
      prev.name = name(label);
      prev.phase = phase;
      prev.post = phase === 'post';
      this.kinds[prev.index] = kind;
      if (phase === 'post') this.postSeen = true;
      return prev;
    }
    const step = this.open(name(label), no, phase === 'post');
    step.phase = phase;
    this.kinds[step.index] = kind;
    if (phase === 'post') this.postSeen = true;
    return step;
  }

  /**
   * GitLab: the job printed a section marker (seen again now from the runner), so the steps opened
   * from it on were its own output: they are folded back into the step that was running then, so
   * the lines after a fake `section_end:…:step_script` are not taken for cleanup and hidden.
   */
  private unforge(from: number): void {
    const owner = this.steps[from - 1];
    if (!owner || from >= this.steps.length) return;
    // Blocks refer to steps by index: those indexes now name the owner, whose end grows on.
    for (let i = from; i < this.steps.length; i++) {
      this.steps[i] = owner;
      this.kinds[i] = this.kinds[owner.index]!;
      this.tailAt[i] = undefined;
    }
    this.tailAt[owner.index] = undefined;
    this.phase = owner.phase ?? 'main';
    this.postSeen = owner.post;
    // Markers recorded after the forged one came from the job as well.
    for (const [key, at] of this.sectionAt) if (at > from) this.sectionAt.delete(key);
  }

  /**
   * Travis: a script command is running (echoed, its `The command … exited` not yet seen). Script
   * commands are timed; in logs from before timers, one that has printed output.
   */
  private awaitingVerdict(no: number): boolean {
    const cur = this.current;
    if (cur?.phase !== 'main' || this.kinds[cur.index] !== 'command' || cur.exitCode !== undefined)
      return false;
    // Travis states no exit for after_failure commands: the next echo is the next command.
    if (this.afterFailureSteps.has(cur.index)) return false;
    return this.timers ? this.timed[cur.index] === true : no > cur.start + 1;
  }

  /** The command whose failure stopped the job: the last one outside post, else the last step there. */
  private lastWork(): StepInfo | undefined {
    let fallback: StepInfo | undefined;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const s = this.steps[i]!;
      if (s.post || this.afterFailureSteps.has(i)) continue;
      if (this.kinds[i] !== 'group') return s;
      fallback ??= s;
    }
    return fallback;
  }

  private fail(step: StepInfo | undefined, no: number, code: number | undefined): void {
    if (!step) {
      step = this.openStep('(job)', no, 'group', 'main');
    }
    if (code === 0) {
      step.exitCode = 0;
      return;
    }
    step.failed = true;
    if (code !== undefined) step.exitCode = code;
    step.exitLine = this.tailAt[step.index] ?? no;
  }

  /**
   * Read a candidate line: `text` cleaned (no timestamp, no colour codes, no markers), `raw` as
   * read, `marker` the fold/section markers cleaning took off. Returns CI_HIDE and CI_TAIL bits.
   */
  observeCi(no: number, text: string, raw: string, marker: string | undefined): number {
    this.lastNo = no;
    if (this.echoUntil !== undefined && no > this.echoUntil) {
      this.echo = false;
      this.echoUntil = undefined;
    }
    switch (this.format) {
      case 'travis':
        return this.travis(no, text, marker);
      case 'gitlab':
        return this.gitlab(no, text, raw, marker);
      case 'jenkins':
        return this.jenkins(no, text);
      case 'buildkite':
        return this.buildkite(no, text);
      case 'circleci':
        return this.circleci(no, text);
      case 'azure':
        return this.azure(no, text);
      case 'shell':
        return this.shell(no, text);
      default:
        return this.bareExit(no, text);
    }
  }

  private travis(no: number, text: string, marker: string | undefined): number {
    if (marker !== undefined) {
      for (const m of marker.split(/(?=travis_)/)) {
        if (m.startsWith('travis_time:')) this.timers = true;
        if (m.startsWith('travis_time:start:')) this.timerStart = no;
        const fold = m.startsWith('travis_fold:start:')
          ? m.slice(18)
          : m.startsWith('travis_fold:end:')
            ? m.slice(16)
            : undefined;
        if (fold === undefined) continue;
        const phase = travisPhase(fold, this.postSeen);
        // A fold the running command prints itself (a test suite folding its sections) is output.
        if (this.awaitingVerdict(no) && phase !== 'post') continue;
        if (m.startsWith('travis_fold:start:')) {
          this.phase = phase;
          this.afterFailure = fold.startsWith('after_failure');
          this.openStep(fold, no, 'group', phase);
          if (this.afterFailure) this.searchAfterFailure(this.current!);
        } else {
          this.phase = this.postSeen ? 'post' : 'main';
          if (fold.startsWith('after_failure')) this.afterFailure = false;
        }
      }
      this.lastMarker = no;
      if (text.trim() === '') return CI_HIDE;
    }
    // With timers a command echo follows its timer marker (tools print `$ x` lines too); logs from
    // before timers echo script commands bare. Either way a script command's output runs to its
    // `The command … exited` line: a `$ x` inside it is output.
    if (
      text.startsWith('$ ') &&
      !this.awaitingVerdict(no) &&
      (this.lastMarker >= no - 1 || (!this.timers && this.phase === 'main'))
    ) {
      const step = this.openStep(text.slice(2), no, 'command', this.phase);
      step.echoEnd = no;
      if (this.timerStart === no - 1 || this.timerStart === no) this.timed[step.index] = true;
      if (this.afterFailure) this.searchAfterFailure(step);
      return CI_HIDE;
    }
    if (text.startsWith('The command "')) {
      const m = TRAVIS_VERDICT.exec(text);
      if (!m) return 0;
      // Default install commands run as `eval …` under travis_retry; the echo may lack either.
      const bare = (c: string) => c.replace(/^(?:travis_retry |eval )+/, '');
      const command = bare(name(m[1]!));
      let step: StepInfo | undefined;
      for (let i = this.steps.length - 1; i >= Math.max(0, this.steps.length - NAME_LOOKBACK); i--) {
        if (bare(this.steps[i]!.name) === command && this.kinds[i] === 'command') {
          step = this.steps[i];
          break;
        }
      }
      const code = m[2] === undefined ? undefined : Number(m[2]);
      this.fail(step ?? this.lastWork(), no, code);
      // Green commands keep no tail: the scanner keeps few, and a failing one's must survive.
      return code === 0 ? CI_HIDE : CI_HIDE | CI_TAIL;
    }
    if (TRAVIS_STOPPED.test(text)) {
      // The running command never finished: it is the failing one. The message is the reason, so
      // it stays visible, and the tail is the log's end, which holds it.
      const cur = this.current;
      const step = cur && !cur.post ? cur : this.lastWork();
      if (step) step.failed = true;
      return 0;
    }
    if (text.startsWith('Done. Your build exited with ')) {
      this.openStep('(build end)', no, 'group', 'post');
      return CI_HIDE;
    }
    return 0;
  }

  /**
   * An after_failure step: not post (whose errors weigh next to nothing) but a step that ran and
   * did not fail the job, so its lines rank behind the failing command's own and ahead of cleanup.
   */
  private searchAfterFailure(step: StepInfo): void {
    step.phase = 'main';
    step.post = false;
    this.afterFailureSteps.add(step.index);
  }

  private gitlab(no: number, text: string, raw: string, marker: string | undefined): number {
    if (marker !== undefined) {
      for (const m of marker.split(/(?=section_)/)) {
        const marker = /^section_(start|end):\d+:([^[\s]+)/.exec(m);
        const phase = marker ? gitlabPhase(marker[2]!) : undefined;
        if (!marker || phase === undefined) continue;
        this.sections = true;
        const key = `${marker[1]}:${marker[2]}`;
        const forged = this.sectionAt.get(key);
        if (forged !== undefined) this.unforge(forged);
        else this.sectionAt.set(key, this.steps.length);
        if (marker[1] === 'start') {
          this.phase = phase;
          this.openStep(marker[2]!, no, 'group', phase);
        } else if (this.kinds[this.currentIndex] !== 'group') {
          // The script section ended: so did its last command's output.
          this.openStep(`(end of ${marker[2]})`, no, 'group', this.phase);
        }
      }
      if (text.trim() === '') return CI_HIDE;
    }
    // The runner echoes script commands in bold green; output that prints `$ x` is not an echo.
    if (text.startsWith('$ ') && raw.includes('\u001b[32;1m$ ')) {
      const step = this.openStep(text.slice(2), no, 'command', this.phase);
      step.echoEnd = no;
      return CI_HIDE;
    }
    if (
      !this.sections &&
      (text.startsWith('Running after script') ||
        text.startsWith('Uploading artifacts') ||
        text.startsWith('Cleaning up file based variables') ||
        text.startsWith('Cleaning up project directory'))
    ) {
      // Runners older than sections only announce what runs after the script.
      if (this.phase !== 'post') {
        this.phase = 'post';
        this.openStep(text.trim(), no, 'group', 'post');
      }
      return 0;
    }
    if (text.startsWith('ERROR: Job failed: ')) {
      const m = GITLAB_VERDICT.exec(text);
      if (!m) return 0;
      this.fail(this.lastWork(), no, Number(m[1]));
      return CI_HIDE;
    }
    return 0;
  }

  private jenkins(no: number, text: string): number {
    if (text.startsWith('[Pipeline] ')) {
      const rest = text.slice(11);
      // Branches of a `parallel` interleave their lines (`[linux] + make`): the block is one step.
      if (rest.startsWith('parallel')) {
        this.parallel = true;
        this.parallelIndex = this.openStep('parallel', no, 'launcher', this.stagePhase).index;
        this.branchNames.clear();
        this.branchSteps.clear();
        this.failedBranch = undefined;
        return CI_HIDE;
      }
      if (this.parallel) {
        // "{ (Branch: linux)", labelled in 2015–2018: "[linux] { (Branch: linux)", earlier
        // "[linux] parallel { (Branch: linux)".
        const branch = /^(?:\[[^\]]{1,100}\] )?(?:parallel )?\{ \(Branch: (.{1,100})\)\s*$/.exec(rest);
        if (branch) this.branchNames.add(branch[1]!);
        if (!rest.startsWith('// parallel')) return CI_HIDE;
        const last = this.current;
        const end = last?.end;
        this.openStep('(pipeline)', no, 'group', this.stagePhase);
        // The last branch opened ends at its own last line, not where the pipeline goes on.
        if (last && end !== undefined && this.branchSteps.size > 0) last.end = end;
        this.closeParallel(no);
        return CI_HIDE;
      }
      if (rest.startsWith('{ (')) {
        const stage = rest.slice(3).replace(/\)\s*$/, '');
        this.stagePhase = jenkinsStagePhase(stage);
        this.openStep(stage, no, 'group', this.stagePhase);
      } else if (/^(?:sh|bat|powershell|pwsh)\s*$/.test(rest)) {
        this.openStep(rest.trim(), no, 'launcher', this.stagePhase);
      } else {
        // Other pipeline steps (junit, archiveArtifacts, a closing brace): not the command's output.
        const kind = this.current ? this.kinds[this.current.index] : undefined;
        if (kind !== 'group')
          this.openStep(
            rest.startsWith('}') || rest.startsWith('//') ? '(pipeline)' : rest,
            no,
            'group',
            this.stagePhase,
          );
      }
      return CI_HIDE;
    }
    if (text.startsWith('+ ')) {
      if (!isXtrace(text) || this.parallel) return 0;
      const cur = this.current;
      if (cur && this.kinds[cur.index] === 'launcher' && cur.echoEnd === undefined) {
        cur.name = name(text.slice(2));
        cur.echoEnd = no;
      } else {
        const step = this.openStep(text.slice(2), no, 'command', this.stagePhase);
        step.echoEnd = no;
      }
      return CI_HIDE;
    }
    if (text.startsWith('Failed in branch ')) {
      // The parallel step names the branches that failed; the first is the failure, the rest
      // were stopped by it (failFast) or failed on their own.
      const label = text.slice(17).trim();
      this.failedBranch ??= label;
      return 0;
    }
    if (this.parallel && this.branchNames.size > 0 && text.charCodeAt(0) === 91 /* [ */) {
      const n = this.branchLabelLength(text);
      if (n > 0) {
        const label = text.slice(1, n - 2);
        if (text.startsWith('Failed in branch ', n)) this.failedBranch ??= label;
        else this.lineBranch = this.branchStep(label, no);
        return 0;
      }
    }
    if (text.charCodeAt(0) === 91 /* [ */) {
      // Freestyle: `[workspace] $ /bin/sh -xe /tmp/jenkins123.sh` launches a build step.
      const m = /^\[[^\]]{1,100}\] \$ (\S.*)$/.exec(text);
      if (m) {
        this.openStep(m[1]!, no, 'launcher', this.postSeen ? 'post' : 'main');
        return CI_HIDE;
      }
      return 0;
    }
    if (text.startsWith('ERROR: script returned exit code ')) {
      const m = JENKINS_VERDICT.exec(text);
      if (!m) return 0;
      this.fail(this.failedBranchStep() ?? this.lastWork(), no, Number(m[1]));
      return CI_HIDE;
    }
    if (text.startsWith('Build step ') && JENKINS_STEP_FAILED.test(text)) {
      // Post-build publishers that fail after it (`ERROR: Step ‘…’ failed`) fail the build too:
      // they stay in the failing step rather than in a post zone.
      this.fail(this.lastWork(), no, undefined);
      return CI_TAIL;
    }
    return 0;
  }

  /** The step of a labelled branch, opened at its first labelled line. */
  private branchStep(label: string, no: number): number {
    let index = this.branchSteps.get(label);
    if (index === undefined) {
      const before = this.current;
      const end = before?.end;
      const step = this.open(name(label), no, false);
      // `open` ends the step before it here, but that one (another branch, or `parallel`) is
      // still running: its end stays its own last line.
      if (before && end !== undefined) before.end = end;
      step.phase = this.stagePhase;
      this.kinds[step.index] = 'group';
      index = step.index;
      this.branchSteps.set(label, index);
    }
    const step = this.steps[index]!;
    step.end = Math.max(step.end, no);
    return index;
  }

  private closeParallel(no: number): void {
    this.parallel = false;
    // Past the block a bracketed word is output again; the steps stay for the verdict to name.
    this.branchNames.clear();
    const parallel = this.parallelIndex === undefined ? undefined : this.steps[this.parallelIndex];
    if (parallel) parallel.end = no - 1;
  }

  /** The step of the branch that failed first, when its lines carried its label. */
  private failedBranchStep(): StepInfo | undefined {
    if (this.failedBranch === undefined) return undefined;
    const index = this.branchSteps.get(this.failedBranch);
    return index === undefined ? undefined : this.steps[index];
  }

  /** Buildkite: the agent's `Running commands` group has been seen. */
  private agentCommand = false;

  private buildkite(no: number, text: string): number {
    const c = text.charCodeAt(0);
    if (c === 45 || c === 43 || c === 126 /* - + ~ */) {
      const m = BUILDKITE_GROUP.exec(text);
      if (!m) return 0;
      const phase = buildkitePhase(m[1]!);
      // A group opened while the agent's command runs is that command's own output (its script
      // prints `--- build`, `+++ test`): the step stays the command's, so a `+++` printed after
      // the failure cannot stand in for the command the verdict is about. A hook's name is no
      // exception: the script can print `~~~ Running global pre-exit hook` too, and its failure
      // would then sit in a post step, unshown. Hooks end the command once its verdict is out.
      const cur = this.current;
      // The agent announces its command once (`~~~ Running commands`); a second is the job's.
      const agent = AGENT_COMMAND.test(m[1]!) && !this.agentCommand;
      if (agent) this.agentCommand = true;
      if (
        !agent &&
        cur?.phase === 'main' &&
        this.kinds[cur.index] === 'command' &&
        cur.echoEnd !== undefined &&
        cur.exitLine === undefined &&
        !cur.failed
      )
        return CI_HIDE;
      this.openStep(m[1]!, no, 'group', phase);
      return CI_HIDE;
    }
    if (text === '^^^ +++') return CI_HIDE;
    if (text.startsWith('$ ')) {
      const cur = this.current;
      if (cur && cur.echoEnd === undefined) {
        // The agent's echo of the command the group runs; it names the agent's own group better.
        this.kinds[cur.index] = 'command';
        cur.echoEnd = no;
        if (AGENT_COMMAND.test(cur.name)) cur.name = name(text.slice(2));
      }
      return CI_HIDE;
    }
    const m = BUILDKITE_VERDICT.exec(text);
    if (m) {
      // The group open when the command stopped (the user's own `---` groups included).
      const cur = this.current;
      this.fail(cur && !cur.post ? cur : this.lastWork(), no, Number(m[1]));
      return CI_HIDE | CI_TAIL;
    }
    return 0;
  }

  private circleci(no: number, text: string): number {
    if (text.startsWith('====>> ')) {
      const step = text.slice(7);
      this.openStep(step, no, 'command', circlePhase(step));
      return CI_HIDE;
    }
    const t = text.trimStart();
    if (t.startsWith('#!/bin/') && / -eo pipefail\s*$/.test(t)) {
      // The shell line, then the command as written in config.yml (one line here).
      const cur = this.current;
      this.echo = true;
      this.echoUntil = no + 1;
      if (cur) cur.echoEnd = no + 1;
      return CI_HIDE;
    }
    const m = CIRCLE_VERDICT.exec(text);
    if (m) {
      const cur = this.current;
      this.fail(cur && !cur.post ? cur : this.lastWork(), no, Number(m[1]));
      return CI_HIDE | CI_TAIL;
    }
    if (text === 'Task failed') return CI_HIDE;
    return 0;
  }

  private azure(no: number, text: string): number {
    if (text.startsWith('##[section]')) {
      const rest = text.slice(11);
      if (rest.startsWith('Starting: ')) {
        const task = rest.slice(10);
        this.openStep(task, no, 'command', azurePhase(task));
      }
      return CI_HIDE;
    }
    if (text === '') return CI_HIDE;
    if (text.startsWith('##[error]')) {
      const m = AZURE_VERDICT.exec(text);
      if (!m) return 0;
      this.fail(this.current, no, Number(m[1]));
      return CI_HIDE | CI_TAIL;
    }
    if (text === 'Generating script.' || text === 'Script contents:') {
      this.echo = true;
      this.echoUntil = undefined;
      return CI_HIDE;
    }
    if (text.startsWith('=====') && text.includes('Starting Command Output')) {
      // The next line is the shell invoking the generated script: still the echo.
      this.echoUntil = no + 1;
      const cur = this.current;
      if (cur) cur.echoEnd = no + 1;
      return CI_HIDE;
    }
    return 0;
  }

  /**
   * A bare log ending in an exit status: the job is one step from the first line, failed there.
   * The line stays visible to rules (Go's `exit status 1` is theirs too); its tail is kept.
   */
  private bareExit(no: number, text: string): number {
    const m = BARE_EXIT.exec(text);
    if (!m) return 0;
    const code = Number(m[1]);
    if (code === 0) return 0;
    if (this.steps.length === 0) {
      const job = this.open('(job)', 1, false);
      job.phase = 'main';
      // No echo: the first line is output too.
      job.echoEnd = 0;
      this.kinds[job.index] = 'group';
    }
    const last = this.steps[this.steps.length - 1]!;
    last.failed = true;
    last.exitCode = code;
    last.exitLine = no;
    return CI_TAIL;
  }

  private shell(no: number, text: string): number {
    if (text.charCodeAt(0) !== 43 /* + */) return this.bareExit(no, text);
    if (!isXtrace(text)) return 0;
    const step = this.openStep(text.slice(2), no, 'command', 'main');
    step.echoEnd = no;
    return CI_HIDE;
  }

  override finish(lastLine: number): void {
    super.finish(lastLine);
    // A failed job that never said which command failed stopped at its last one.
    if (this.stops && this.failingStep() === undefined) {
      const last = this.lastWork();
      if (last) last.failed = true;
    }
  }
}
