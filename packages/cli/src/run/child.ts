/**
 * Runs the wrapped command: no shell (the words are passed as they are; cross-spawn on Windows), stdin inherited, stdout
 * and stderr piped and written on unchanged to ours (each stream in its own order) while a copy
 * goes to the spill file. The signals a build system sends to stop a job (SIGINT, SIGTERM, SIGHUP)
 * are passed on to the command, and its exit is reported as it happened: a code, or a signal.
 */
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';
// Windows runs `npm`, `yarn`… as .cmd files, which spawn cannot start without a shell; cross-spawn
// does it with each word escaped for cmd.exe (elsewhere it is plain spawn).
import spawn from 'cross-spawn';
import type { SpillFile } from './spill.js';

export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** After the command exited, output quiet this long means the rest (if any) is a leftover process's. */
const IDLE_MS = 500;
/** The longest wait for the command's output after it exited, however busy a leftover process is. */
const MAX_DRAIN_MS = 5000;
export type ForwardedSignal = (typeof FORWARDED_SIGNALS)[number];

/** Where signals for us arrive: `process` in the CLI, an emitter in tests. */
export interface SignalSource {
  on(signal: ForwardedSignal, listener: () => void): unknown;
  removeListener(signal: ForwardedSignal, listener: () => void): unknown;
}

export interface ChildOptions {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable;
  spill: SpillFile;
  signals: SignalSource;
}

export interface ChildExit {
  /** The exit code, or null when a signal ended the command. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the command could not be started: why (as a shell would say it). */
  spawnError?: string;
  /** The first signal we passed on: the build was stopped, not failed, so nothing is reported. */
  interrupted?: ForwardedSignal;
  /** Our stdout or stderr broke (its reader went away): the exit is the pipe's doing, nothing is reported. */
  outputClosed?: true;
}

/** The exit code a shell reports for this exit: the code itself, 128 + n for signal n. */
export function shellExitCode(exit: ChildExit): number {
  if (exit.code !== null) return exit.code;
  const n = exit.signal ? constants.signals[exit.signal] : undefined;
  return n === undefined ? 1 : 128 + n;
}

/**
 * Copies `from` to `to` and into the spill, pausing the command's pipe while `to` is full. When
 * `to` breaks (its reader went away: `autoheal run … | head`), the command's pipe is closed too,
 * so the command meets the closed pipe (EPIPE, SIGPIPE) exactly as it would without us, and we
 * neither crash on the error nor wait for a drain that never comes.
 */
function tee(
  from: Readable,
  to: Writable,
  spill: SpillFile,
  onBroken: () => void,
  activity: { at: number },
): Promise<void> {
  return new Promise((resolve) => {
    let broken = false;
    to.on('error', () => {
      if (broken) return;
      broken = true;
      onBroken();
      from.destroy();
    });
    from.on('data', (chunk: Buffer) => {
      activity.at = Date.now();
      spill.write(chunk);
      if (broken) return;
      if (!to.write(chunk)) {
        from.pause();
        to.once('drain', () => from.resume());
      }
    });
    from.once('end', resolve);
    from.once('close', resolve);
    from.once('error', () => resolve());
  });
}

export function runChild(options: ChildOptions): Promise<ChildExit> {
  const [file, ...args] = options.argv;
  let interrupted: ForwardedSignal | undefined;
  let outputClosed = false;
  const onBroken = () => {
    outputClosed = true;
  };
  const activity = { at: Date.now() };
  return new Promise((resolve) => {
    const child = spawn(file!, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['inherit', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    const forwards = FORWARDED_SIGNALS.map((signal) => {
      const listener = () => {
        interrupted ??= signal;
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      };
      options.signals.on(signal, listener);
      return { signal, listener };
    });
    const unhook = () => {
      for (const f of forwards) options.signals.removeListener(f.signal, f.listener);
    };
    // Both are pipes (stdio above); the types cannot know that.
    const copied = Promise.all([
      tee(child.stdout as Readable, options.stdout, options.spill, onBroken, activity),
      tee(child.stderr as Readable, options.stderr, options.spill, onBroken, activity),
    ]);
    child.once('error', (error: NodeJS.ErrnoException) => {
      unhook();
      // What a shell answers: 127 for a command not found, 126 for one it may not run.
      const code = error.code === 'ENOENT' ? 127 : 126;
      resolve({
        code,
        signal: null,
        spawnError: `${file}: ${error.code === 'ENOENT' ? 'command not found' : error.message}`,
      });
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      unhook();
      resolve({
        code,
        signal,
        ...(interrupted ? { interrupted } : {}),
        ...(outputClosed ? { outputClosed: true as const } : {}),
      });
    };
    // `close` comes after both pipes ended, so every byte is passed on before we report.
    child.once('close', (code, signal) => {
      void copied.then(() => finish(code, signal));
    });
    // A process the command left running (`server &`, a daemon) may hold its output open for
    // ever, and the shell would not have waited for it: once the command exited, nothing is held
    // back by a slow reader, and its pipes are quiet (nothing for IDLE_MS) or MAX_DRAIN_MS passed,
    // its result is the command's. What the leftover writes later is not ours to pass on.
    child.once('exit', (code, signal) => {
      const exited = Date.now();
      let done = false;
      void copied.then(() => {
        done = true;
      });
      const check = () => {
        if (done) return;
        const paused = (child.stdout?.isPaused() ?? false) || (child.stderr?.isPaused() ?? false);
        const now = Date.now();
        // Quiet counts from the exit at the earliest: the last bytes may be read just after it.
        const quiet = now - Math.max(activity.at, exited) >= IDLE_MS;
        // Never while a slow reader holds output back: that is the command's, and it is passed on.
        if (paused || !(quiet || now - exited >= MAX_DRAIN_MS)) {
          setTimeout(check, IDLE_MS / 5);
          return;
        }
        // Timers run before the loop reads the pipes: after a long blocking write, bytes may be
        // waiting. One turn of reading first (setImmediate runs after it); new bytes mean not quiet.
        const seen = activity.at;
        setImmediate(() => {
          if (done) return;
          if (activity.at !== seen && now - exited < MAX_DRAIN_MS) setTimeout(check, IDLE_MS / 5);
          else finish(code, signal);
        });
      };
      setTimeout(check, IDLE_MS / 5);
    });
  });
}
