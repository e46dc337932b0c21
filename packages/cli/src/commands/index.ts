import type { Command } from '../cli.js';
import { analyzeCommand } from './analyze.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command[] = [analyzeCommand];
