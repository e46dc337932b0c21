import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type ConfigurationError, ConfigurationErrors, isConfigurationError } from '@autoheal/core/errors';

/** Where a command reads and writes, so tests run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Ends long-running commands (serve-github) — SIGINT in a terminal, abort() in a test. */
  signal?: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
  /** The full command, for one listed before its module is loaded (see commands/index.ts). */
  load?(): Promise<Command>;
}

/** Exit codes shared by every command (documented in the README). */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** node:util parseArgs with errors turned into UsageError (one line, exit code 2). */
export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  allowPositionals = true,
): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function renderHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'autoheal — diagnose red CI runs, file one issue per failure, propose mechanical fixes.',
    '',
    'Usage: pnpm autoheal <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `pnpm autoheal <command> --help` for a command's options.",
    '',
  ].join('\n');
}

/** Each problem of a configuration error on one line, naming its file when the message does not. */
export function problemLines(error: ConfigurationError): string[] {
  const problems = error instanceof ConfigurationErrors ? error.errors : [error];
  return problems.map((p) => {
    const message = p.message.replace(/\s*\n\s*/g, ' ').trim();
    return p.file !== undefined && !message.includes(p.file) ? `${p.file}: ${message}` : message;
  });
}

export async function runCli(argv: string[], io: CliIO, commands: readonly Command[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(renderHelp(commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const listed = commands.find((c) => c.name === name);
  if (!listed) {
    io.stderr(`autoheal: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    return EXIT.usage;
  }
  const command = listed.load ? await listed.load() : listed;
  // Words after `--` belong to a wrapped command (`autoheal run -- tool --help`), not to us.
  const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (own.includes('--help') || own.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`autoheal ${command.name}: ${error.message}\n${command.usage}\n`);
      return EXIT.usage;
    }
    // A mistake in what the user gave (a seed file, a config): one line per problem, no stack.
    // Anything else is a bug and keeps its stack.
    if (isConfigurationError(error)) {
      for (const line of problemLines(error)) io.stderr(`autoheal ${command.name}: ${line}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
