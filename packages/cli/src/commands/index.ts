import type { Command } from '../cli.js';
import { analyzeCommand } from './analyze.js';
import { initCommand } from './init.js';
import { runActionCommand } from './run-action.js';
import { serveGithubCommand } from './serve-github.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  analyzeCommand,
  initCommand,
  serveGithubCommand,
  runActionCommand,
];
