import type { Command } from '../cli.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command[] = [];
