import type { Command } from '../cli.js';

/**
 * A command listed by name and summary, its module loaded only when it runs: `--help` and
 * `analyze` then start without loading the simulator, Octokit and the workflow parser.
 * A test checks each summary here against its module's.
 */
function lazy(name: string, summary: string, load: () => Promise<Command>): Command {
  let loaded: Promise<Command> | undefined;
  const get = () => {
    loaded ??= load();
    return loaded;
  };
  return { name, summary, usage: '', load: get, run: async (args, io) => (await get()).run(args, io) };
}

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  lazy(
    'analyze',
    'Find the lines that explain a failed CI log and name the cause.',
    async () => (await import('./analyze.js')).analyzeCommand,
  ),
  lazy(
    'init',
    'Set up autoheal in a repository: workflows, .github/autoheal.yml, and what is left to do.',
    async () => (await import('./init.js')).initCommand,
  ),
  lazy(
    'monitor',
    'Watch many repositories’ runs and file each failure once, as the action does.',
    async () => (await import('./monitor.js')).monitorCommand,
  ),
  lazy(
    'run',
    'Run a command; when it fails, file or update one deduplicated issue (any CI, or none).',
    async () => (await import('./run.js')).runCommand,
  ),
  lazy(
    'capture',
    "Turn captureErrors on or off for a repository's Node programs, or show its state.",
    async () => (await import('./capture.js')).captureCommand,
  ),
  lazy(
    'serve-github',
    'Start the GitHub REST simulator on 127.0.0.1, to try actions locally.',
    async () => (await import('./serve-github.js')).serveGithubCommand,
  ),
  lazy(
    'run-action',
    "Run an action's bundle as the runner does, against the simulator by default.",
    async () => (await import('./run-action.js')).runActionCommand,
  ),
];
