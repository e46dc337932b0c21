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
function tee(from: Readable, to: Writable, spill: SpillFile, onBroken: () => void): Promise<void> {
  return new Promise((resolve) => {
    let broken = false;
    to.on('error', () => {
      if (broken) return;
      broken = true;
      onBroken();
      from.destroy();
    });
    from.on('data', (chunk: Buffer) => {
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
      tee(child.stdout as Readable, options.stdout, options.spill, onBroken),
      tee(child.stderr as Readable, options.stderr, options.spill, onBroken),
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
    // `close` comes after both pipes ended, so every byte is passed on before we report.
    child.once('close', (code, signal) => {
      unhook();
      void copied.then(() =>
        resolve({
          code,
          signal,
          ...(interrupted ? { interrupted } : {}),
          ...(outputClosed ? { outputClosed: true as const } : {}),
        }),
      );
    });
  });
}
