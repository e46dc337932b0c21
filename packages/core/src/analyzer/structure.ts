/**
 * The structure of a GitHub Actions job log: steps begin with `##[group]Run …` (the command
 * echo runs to `##[endgroup]`), a failing step ends with `##[error]Process completed with exit
 * code N.`, and post-job cleanup follows the last step. `gh run view --log` output names the step
 * on every line instead.
 */

export interface StepInfo {
  index: number;
  name: string;
  start: number;
  end: number;
  failed: boolean;
  exitCode?: number;
  /** Post-job cleanup and post steps: errors here rarely explain the failure. */
  post: boolean;
  /** Line number of the exit-code line, when the step failed with one. */
  exitLine?: number;
  /** Last line of the command echo (`##[group]Run …` to `##[endgroup]`): the script, not its output. */
  echoEnd?: number;
  /**
   * Where the step sits in the job, on CI systems that say so (Travis phases, GitLab runner
   * sections, Jenkins stages, Azure tasks): setup before the work, post after it. Absent on GitHub,
   * whose post-job steps set `post`.
   */
  phase?: 'setup' | 'main' | 'post';
}

const EXIT = /^##\[error\](?:Process completed with exit code |.*exited with code '?)(\d+)/;

export class StepTracker {
  readonly steps: StepInfo[] = [];
  protected echo = false;
  /** Last line of an echo whose end is known in advance (CircleCI, Azure), else open-ended. */
  protected echoUntil: number | undefined;
  protected lastNo = 0;

  get current(): StepInfo | undefined {
    return this.steps[this.steps.length - 1];
  }

  get currentIndex(): number {
    return this.steps.length - 1;
  }

  /** True while inside the command echo of a `Run` group. */
  get inEcho(): boolean {
    return this.echo;
  }

  /** Whether line `no` is inside a command echo. */
  echoAt(no: number): boolean {
    return this.echo && (this.echoUntil === undefined || no <= this.echoUntil);
  }

  protected open(name: string, no: number, post: boolean): StepInfo {
    const prev = this.current;
    if (prev) prev.end = no - 1;
    const step: StepInfo = { index: this.steps.length, name, start: no, end: no, failed: false, post };
    this.steps.push(step);
    return step;
  }

  /**
   * Look at a line that may carry structure (a `##[` command or a step boundary). Returns true
   * when the line was structural only and holds no output of its own.
   */
  observe(no: number, text: string): boolean {
    this.lastNo = no;
    if (text.startsWith('##[group]')) {
      const title = text.slice(9);
      if (title.startsWith('Run ')) {
        this.open(title.slice(4).trim(), no, this.current?.post === true);
        this.echo = true;
        return true;
      }
      return false;
    }
    if (text.startsWith('##[endgroup]')) {
      if (this.echo && this.current) this.current.echoEnd = no;
      this.echo = false;
      return true;
    }
    if (text === 'Post job cleanup.' || text.startsWith('Post job cleanup')) {
      this.open('Post job cleanup', no, true);
      this.echo = false;
      return true;
    }
    const exit = EXIT.exec(text);
    if (exit) {
      let step = this.current;
      if (!step) {
        this.open('(job)', no, false);
        step = this.current!;
      }
      step.failed = true;
      step.exitCode = Number(exit[1]);
      step.exitLine = no;
    }
    return false;
  }

  /** `gh run view --log` lines carry the step name: a new name opens a step. */
  observeNamed(no: number, name: string): void {
    const current = this.current;
    if (!current || current.name !== name)
      this.open(name, no, /^Post /.test(name) || name === 'Complete job');
  }

  finish(lastLine: number): void {
    const current = this.current;
    if (current) current.end = Math.max(current.end, lastLine, this.lastNo);
  }

  /** The step whose failure failed the job: the last failed one outside post-job cleanup. */
  failingStep(): StepInfo | undefined {
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const step = this.steps[i]!;
      if (step.failed && !step.post) return step;
    }
    return undefined;
  }
}
