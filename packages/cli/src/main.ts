#!/usr/bin/env node
import { runCli } from './cli.js';
/** `pnpm autoheal …`: the local CLI. Wires the process to the commands; all logic lives in the commands. */
import { commands } from './commands/index.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

const code = await runCli(
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
process.exitCode = code;

// `autoheal run` returns once the wrapped command's result is known; GitHub requests it stopped
// waiting for (--timeout) must not hold the build open. Exit once our output is flushed.
if (process.argv[2] === 'run') {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
