/**
 * `captureErrors(main, options)`: for a Node CLI's entry point. When capture is on (opt-in, see
 * opt-in.ts), an uncaught exception or unhandled rejection is filed as the same deduplicated issue
 * autoheal files for CI failures: error type, message, stack with the project's paths made
 * relative, the command line with secrets redacted, Node and OS versions, and the last lines the
 * program wrote. Then the error goes on exactly as Node would have handled it (printed, exit
 * code 1). The filing code (analyzer, GitHub client) is loaded only when an error happens.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureDecision, type Env } from './opt-in.js';

export { CAPTURE_FILE, captureDecision, testEnvironment } from './opt-in.js';

export interface CaptureOptions {
  /** The program's name in issues and fingerprints (default: its package.json name, else the script's name). */
  program?: string;
  /** The project's folder: paths under it are made relative (default: the nearest package.json above the script). */
  root?: string;
  /** How many of the last lines written to stdout/stderr go into the issue (default 50). */
  lastLines?: number;
  /** `owner/name` to file in (default: .autoheal/capture.json's `repo`, the CI environment, the git remote). */
  repo?: string;
  /** A token that may write issues (default: AUTOHEAL_TOKEN, else GITHUB_TOKEN). */
  token?: string;
  /** The GitHub API URL (default: AUTOHEAL_API_URL, GITHUB_API_URL, https://api.github.com). */
  api?: string;
  /** The longest wait for filing before the error goes on (default 10 s). */
  timeoutMs?: number;
  /** At most one report per failure fingerprint in this window (default one hour). */
  rateLimitMs?: number;
  /** Where the rate-limit state is kept (default: the user's cache folder, `autoheal/`). */
  stateDir?: string;
  /** The environment (default process.env). */
  env?: Env;
}

/** What a report needs; built by the light part, filed by the heavy one (report.ts). */
export interface CapturedCrash {
  error: { type: string; message: string; stack?: string; runtime: string };
  lines: string[];
  argv: string[];
  program: string;
  root: string;
  options: CaptureOptions;
  env: Env;
  /** Writes to the real stderr (not through the line buffer). */
  print: (line: string) => void;
}

const DEFAULT_LAST_LINES = 50;
const MAX_LINE = 1000;
const MAX_STACK_LINES = 60;

/** The last `max` lines written, stdout and stderr together in the order they were written. */
export class LineRing {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(text: string): void {
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = (parts.pop() ?? '').slice(-MAX_LINE);
    for (const line of parts) {
      this.lines.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line);
      if (this.lines.length > this.max) this.lines.shift();
    }
  }

  snapshot(): string[] {
    const out = this.partial === '' ? [...this.lines] : [...this.lines, this.partial];
    return out.slice(-this.max);
  }
}

type Write = typeof process.stdout.write;

/** Records what goes through `stream.write` into `ring`, and writes it on unchanged. */
function tap(stream: NodeJS.WriteStream, ring: LineRing): Write {
  const original = stream.write.bind(stream) as Write;
  const wrapped = ((chunk: unknown, ...rest: unknown[]) => {
    try {
      const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8';
      ring.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString(encoding));
    } catch {
      // Recording must never break the program's own output.
    }
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as Write;
  stream.write = wrapped;
  return original;
}

function fileUrlPrefix(dir: string): string {
  return `file://${dir.startsWith('/') ? '' : '/'}${dir.replace(/\\/g, '/')}`;
}

/** The stack with the project's folder cut off paths (and the home folder shown as ~), capped. */
export function relativeStack(stack: string, root: string, home = os.homedir()): string {
  const sep = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  let out = stack;
  // A project at the file system's root would turn every path separator into nothing.
  if (path.parse(root).root !== root) {
    out = out.split(fileUrlPrefix(sep)).join('').split(sep).join('');
    if (path.sep === '\\') out = out.split(sep.replace(/\\/g, '/')).join('');
  }
  if (home && home !== '/') out = out.split(fileUrlPrefix(home)).join('file://~').split(home).join('~');
  const lines = out.split('\n');
  return lines.length > MAX_STACK_LINES
    ? [...lines.slice(0, MAX_STACK_LINES), `    … ${lines.length - MAX_STACK_LINES} more frames`].join('\n')
    : out;
}

/** The folder of the nearest package.json above `from`, else `from`. */
function projectRoot(from: string): string {
  let dir = from;
  for (;;) {
    try {
      readFileSync(path.join(dir, 'package.json'));
      return dir;
    } catch {
      const up = path.dirname(dir);
      if (up === dir) return from;
      dir = up;
    }
  }
}

function programName(root: string, script: string | undefined): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof pkg.name === 'string' && pkg.name !== '') return pkg.name;
  } catch {
    // No package.json: the script's name.
  }
  return script ? path.basename(script) : 'node';
}

/**
 * Type, message and stack of whatever was thrown (a non-Error too). Never throws: a value that
 * cannot be printed (a null-prototype cycle) or a Proxy whose every trap throws is described as
 * such, since an exception inside Node's uncaughtException handler would end the program with 7
 * instead of the 1 it would have had.
 */
export function describeThrown(thrown: unknown, root: string): CapturedCrash['error'] {
  const runtime = `Node ${process.version} · ${os.platform()} ${os.release()} ${os.arch()}`;
  try {
    return describeValue(thrown, root, runtime);
  } catch {
    return { type: 'unprintable value thrown', message: `(a ${typeof thrown} that cannot be read)`, runtime };
  }
}

function describeValue(thrown: unknown, root: string, runtime: string): CapturedCrash['error'] {
  if (thrown instanceof Error) {
    const type =
      thrown.constructor?.name && thrown.constructor.name !== 'Error' ? thrown.constructor.name : thrown.name;
    const code = (thrown as { code?: unknown }).code;
    const out: CapturedCrash['error'] = {
      type: typeof code === 'string' && type === 'Error' ? `Error [${code}]` : type || 'Error',
      message: typeof thrown.message === 'string' ? thrown.message : String(thrown.message),
      runtime,
    };
    if (typeof thrown.stack === 'string') out.stack = relativeStack(thrown.stack, root);
    return out;
  }
  let text: string;
  try {
    text = typeof thrown === 'string' ? thrown : (JSON.stringify(thrown) ?? String(thrown));
  } catch {
    // A cycle or a BigInt; String() of a null-prototype object throws in turn (caught above).
    text = String(thrown);
  }
  return { type: 'non-Error value thrown', message: text.slice(0, 2000), runtime };
}

let installed = false;

/** Whether an unhandled rejection ends the process (Node's default since 15: `throw`). */
function rejectionsAreFatal(): boolean {
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  const mode = /--unhandled-rejections[= ](\S+)/.exec(flags)?.[1];
  return mode === undefined || mode === 'throw' || mode === 'strict';
}

/**
 * Runs `main` and returns what it returns. With capture on, an error nobody caught is reported
 * first, then handled as Node would; with capture off, nothing is installed at all.
 */
export function captureErrors<T>(main: () => T, options: CaptureOptions = {}): T {
  const env = options.env ?? process.env;
  const script = process.argv[1] ? path.resolve(process.argv[1]) : undefined;
  const root = path.resolve(options.root ?? projectRoot(script ? path.dirname(script) : process.cwd()));
  if (installed || !captureDecision(env, root).enabled) return main();
  installed = true;

  const ring = new LineRing(options.lastLines ?? DEFAULT_LAST_LINES);
  tap(process.stdout, ring);
  const stderrWrite = tap(process.stderr, ring);
  let reporting = false;

  const onError = (thrown: unknown, origin: NodeJS.UncaughtExceptionOrigin) => {
    // Another error while the first is being reported: Node would have exited on the first.
    if (reporting) return;
    reporting = true;
    // With listeners of the program's own, Node would not exit: neither do we, we only report.
    const alone = process.listenerCount('uncaughtException') === 1;
    const crash: CapturedCrash = {
      error: describeThrown(thrown, root),
      lines: ring.snapshot(),
      argv: [
        path.basename(process.argv0 || 'node'),
        ...(script ? [path.relative(root, script) || script] : []),
        ...process.argv.slice(2),
      ],
      program: options.program ?? programName(root, script),
      root,
      options,
      env,
      print: (line) => {
        stderrWrite(`${line}\n`);
      },
    };
    const done = () => {
      if (!alone) {
        reporting = false;
        return;
      }
      process.removeListener('uncaughtException', onError);
      // Handed back to Node with no listener left: it prints it and exits 1, as it would have. A
      // rejection is rejected again, so Node's report points where the error was made, exactly as
      // before. An exception is thrown again (Node's source line above the stack then shows this
      // rethrow; the stack is the original).
      if (origin === 'unhandledRejection' && rejectionsAreFatal()) void Promise.reject(thrown);
      else
        process.nextTick(() => {
          throw thrown;
        });
    };
    import('./report.js')
      .then((m) => m.reportCrash(crash))
      .catch((error: unknown) => {
        crash.print(
          `autoheal capture: could not report the error (${error instanceof Error ? error.message : String(error)}).`,
        );
      })
      .finally(done);
  };
  // Unhandled rejections arrive here too (Node raises them as uncaught exceptions by default).
  process.on('uncaughtException', onError);
  return main();
}
