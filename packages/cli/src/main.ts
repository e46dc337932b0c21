#!/usr/bin/env node
import { runCli } from './cli.js';
/** `pnpm autoheal …`: the local CLI. Wires the process to the commands; all logic lives in the commands. */
import { commands } from './commands/index.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
    signal: controller.signal,
  },
  commands,
);
