import type { Writable } from 'node:stream';
import { withDeadline } from '@autoheal/core/deadline';
import { type DetectedCi, detectCi } from '@autoheal/core/filing/ci-site';
import { type RepoFacts, readRepoFacts } from '@autoheal/core/filing/repo-facts';
import { type CliIO, type Command, parseCommandArgs, UsageError } from '../cli.js';
import {
  FORWARDED_SIGNALS,
  type ForwardedSignal,
  runChild,
  type SignalSource,
  shellExitCode,
} from '../run/child.js';
import { SpillFile } from '../run/spill.js';

/**
 * `autoheal run [options] -- <command …>`: run a command as if autoheal were not there (output,
 * signals and exit code unchanged), and when it fails, diagnose its output and file or update the
 * one deduplicated issue analyze-failure would. autoheal's own lines go to stderr, prefixed.
 */

const USAGE = `Usage: autoheal run [options] -- <command> [args…]

Run a command with its output, signals and exit code passed through unchanged. When it fails,
diagnose its output and file (or update) one deduplicated GitHub issue, with the CI provider's run
link, branch and commit (GitLab CI, Jenkins, Buildkite, CircleCI, Travis CI, Azure Pipelines,
GitHub Actions; others by name). Without a token, or in a pipeline of a fork's pull/merge request,
print the diagnosis instead. The build's result is always the command's: autoheal waits for
GitHub at most --timeout seconds, and a GitHub outage only prints a warning.

  --repo OWNER/NAME   the GitHub repository to file in (default: from the CI environment, else
                      the git remote "origin")
  --token TOKEN       a token that may write issues (default: AUTOHEAL_TOKEN, else GITHUB_TOKEN);
                      prefer AUTOHEAL_TOKEN, which the command does not get (a command line
                      can be read by the command and by ps)
  --api URL           the GitHub API (GHES: https://HOST/api/v3; the simulator's URL); default
                      AUTOHEAL_API_URL, else GITHUB_API_URL, else https://api.github.com
  --timeout SECONDS   the longest wait for the diagnosis and GitHub after the command ends (default 20)
  --dry-run           say what would be filed, change nothing
  --config FILE       the autoheal config (default .github/autoheal.yml; "enabled: false" turns this off)
  --trusted-author L  a login whose issues count as autoheal's (repeatable; default: the token's own)

Environment: AUTOHEAL_ENABLED=false runs the command and nothing else.

Example:
  autoheal run --repo acme/shop -- npm test

Exit codes: the command's own (128+n when signal n ended it; 127 when it could not be found);
2 for bad usage of autoheal run itself.`;

const DEFAULT_TIMEOUT_S = 20;

export interface RunEdges {
  /** Where the command's output goes, byte for byte. */
  stdout: Writable;
  stderr: Writable;
  signals: SignalSource;
  ci: DetectedCi;
  /** The spill file's folder (tests). */
  spillDir?: string;
}

/** Words after `--` are the command; before it, ours. */
export function splitCommand(args: readonly string[]): { own: string[]; command: string[] } {
  const at = args.indexOf('--');
  return at < 0 ? { own: [...args], command: [] } : { own: args.slice(0, at), command: args.slice(at + 1) };
}

function disabled(value: string | undefined): boolean {
  return /^(?:0|false|no|off)$/i.test(value?.trim() ?? '');
}

export async function runWrapped(args: string[], io: CliIO, edges: RunEdges): Promise<number> {
  const { own, command } = splitCommand(args);
  const { values, positionals } = parseCommandArgs(own, {
    repo: { type: 'string' },
    token: { type: 'string' },
    api: { type: 'string' },
    timeout: { type: 'string' },
    'dry-run': { type: 'boolean' },
    config: { type: 'string' },
    'trusted-author': { type: 'string', multiple: true },
  });
  const argv = command.length > 0 ? command : positionals;
  if (argv.length === 0)
    throw new UsageError('give the command to run after --, e.g. autoheal run -- npm test');
  if (command.length > 0 && positionals.length > 0)
    throw new UsageError(`unexpected "${positionals[0]}" before --; the command goes after --`);
  const rawTimeout = values.timeout as string | undefined;
  if (rawTimeout !== undefined && !/^\d{1,4}(?:\.\d+)?$/.test(rawTimeout))
    throw new UsageError(`--timeout takes seconds, e.g. --timeout 20; got "${rawTimeout}"`);
  const timeoutMs = Math.round(Number(rawTimeout ?? DEFAULT_TIMEOUT_S) * 1000);
  const env = io.env;
  const enabled = !disabled(env.AUTOHEAL_ENABLED);

  // Piped output loses a terminal's colours; tools that honour FORCE_COLOR keep them.
  const tty = (edges.stdout as { isTTY?: boolean }).isTTY === true;
  const childEnv: NodeJS.ProcessEnv =
    tty && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined
      ? { ...env, FORCE_COLOR: '1' }
      : { ...env };
  // The token that writes issues is ours, not the build's: the command (a pull request's code,
  // often) does not get it. GITHUB_TOKEN stays, since builds use their own.
  delete childEnv.AUTOHEAL_TOKEN;
  // Read before the command runs: afterwards its code could have moved the remote, the branch or the config.
  const facts: RepoFacts | undefined = enabled
    ? await readRepoFacts(io.cwd, values.config as string | undefined)
    : undefined;
  const spill = new SpillFile(edges.spillDir ? { dir: edges.spillDir } : {});
  try {
    const exit = await runChild({
      argv,
      cwd: io.cwd,
      env: childEnv,
      stdout: edges.stdout,
      stderr: edges.stderr,
      spill,
      signals: edges.signals,
    });
    spill.finish();
    const code = shellExitCode(exit);
    if (exit.spawnError) io.stderr(`autoheal: ${exit.spawnError}\n`);
    // A reader that went away (`| head`) decided this exit, and may not read another line of ours.
    if (code === 0 || !enabled || exit.outputClosed) return code;
    if (exit.interrupted) {
      io.stderr(`autoheal: the command was stopped (${exit.interrupted}); nothing to diagnose.\n`);
      return code;
    }
    // After the deadline the abandoned report may still fail (its file is gone): it says nothing more.
    let over = false;
    const print = (line: string) => {
      if (!over) io.stderr(`${line}\n`);
    };
    // The analyzer and the GitHub client load only now: a green build never pays for them.
    const report = import('@autoheal/core/filing/external-report')
      .then(({ reportFailure }) =>
        reportFailure({
          cwd: io.cwd,
          env,
          ci: edges.ci,
          output: { file: spill.path },
          argv,
          exitCode: exit.code,
          signal: exit.signal,
          print,
          ...(values.repo === undefined ? {} : { repo: values.repo as string }),
          ...(values.token === undefined ? {} : { token: values.token as string }),
          ...(values.api === undefined ? {} : { api: values.api as string }),
          ...(values.config === undefined ? {} : { configPath: values.config as string }),
          ...(facts ? { facts } : {}),
          dryRun: values['dry-run'] === true,
          trustedAuthors: (values['trusted-author'] as string[] | undefined) ?? [],
        }),
      )
      .catch((error: unknown) => {
        // GitHub down, a token refused, a bug: said in one line, never the build's result.
        const message = error instanceof Error ? error.message : String(error);
        print(
          `autoheal: could not file the failure (${message.split('\n')[0]!.slice(0, 300)}); the exit code stays ${code}.`,
        );
      });
    // A build stopped while we report is not kept waiting for GitHub either.
    let onSignal: ((signal: ForwardedSignal) => void) | undefined;
    const stopped = new Promise<ForwardedSignal>((resolve) => {
      onSignal = resolve;
    });
    const listeners = FORWARDED_SIGNALS.map((signal) => ({ signal, listener: () => onSignal?.(signal) }));
    for (const l of listeners) edges.signals.on(l.signal, l.listener);
    const { value, timedOut } = await withDeadline(Promise.race([report, stopped]), timeoutMs);
    for (const l of listeners) edges.signals.removeListener(l.signal, l.listener);
    over = true;
    if (typeof value === 'string')
      io.stderr(`autoheal: stopped by ${value} while filing; the exit code stays ${code}.\n`);
    else if (timedOut)
      io.stderr(
        `autoheal: gave up on the diagnosis after ${timeoutMs / 1000} s (--timeout); the exit code stays ${code}.\n`,
      );
    return code;
  } finally {
    spill.remove();
  }
}

export const runCommand: Command = {
  name: 'run',
  summary: 'Run a command; when it fails, file or update one deduplicated issue (any CI, or none).',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const edges: RunEdges = {
      stdout: process.stdout,
      stderr: process.stderr,
      signals: process,
      ci: detectCi(),
    };
    // The command runs where it would without autoheal: this process's folder, not INIT_CWD
    // (a package script under `pnpm --filter` runs in the package, INIT_CWD is where pnpm started).
    return runWrapped(args, { ...io, cwd: process.cwd() }, edges);
  },
};
