import path from 'node:path';
import {
  CAPTURE_FILE,
  captureDecision,
  readCaptureState,
  repositoryRoot,
  writeCaptureState,
} from '@autoheal/capture/opt-in';
import { type CliIO, type Command, EXIT, parseCommandArgs, UsageError } from '../cli.js';

/**
 * `autoheal capture enable|disable|status`: turns captureErrors on or off for a repository, in
 * `.autoheal/capture.json` at its root (see packages/capture/src/opt-in.ts for why that file).
 */

const USAGE = `Usage: autoheal capture enable|disable|status [--repo OWNER/NAME] [--dir DIR]

Turn captureErrors (@autoheal/capture) on or off for the Node programs of a repository: with it
on, an uncaught error of a program that calls captureErrors(main) becomes one deduplicated GitHub
issue (at most one report per failure per hour). The switch is ${CAPTURE_FILE} at the
repository's root; AUTOHEAL_CAPTURE=1 or =0 overrides it, and nothing is ever reported while tests
run (NODE_ENV=test, VITEST, JEST_WORKER_ID, NODE_TEST_CONTEXT).

  enable              write ${CAPTURE_FILE} with "enabled": true
  disable             write it with "enabled": false
  status              say whether capture is on here, and why
  --repo OWNER/NAME   enable: the repository to file in (default: the git remote "origin")
  --dir DIR           the repository (default: the one around the current folder)

Example:
  autoheal capture enable --repo acme/shop-cli

Exit codes: 0 done; 1 the file could not be written; 2 bad usage.`;

export const captureCommand: Command = {
  name: 'capture',
  summary: "Turn captureErrors on or off for a repository's Node programs, or show its state.",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      repo: { type: 'string' },
      dir: { type: 'string' },
    });
    const [action, ...extra] = positionals;
    if (action === undefined || !['enable', 'disable', 'status'].includes(action))
      throw new UsageError('say enable, disable or status');
    if (extra.length > 0) throw new UsageError(`unexpected "${extra[0]}"`);
    const repo = values.repo as string | undefined;
    if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo))
      throw new UsageError(`--repo takes owner/name; got "${repo}"`);
    const from = path.resolve(io.cwd, (values.dir as string | undefined) ?? '.');
    const root = repositoryRoot(from) ?? from;

    if (action === 'status') {
      const decision = captureDecision(io.env, root);
      io.stdout(`capture is ${decision.why}\n`);
      if (decision.state.repo) io.stdout(`files in ${decision.state.repo}\n`);
      const token = io.env.AUTOHEAL_TOKEN
        ? 'AUTOHEAL_TOKEN'
        : io.env.GITHUB_TOKEN
          ? 'GITHUB_TOKEN'
          : undefined;
      io.stdout(
        token
          ? `a token is set (${token})\n`
          : 'no token is set (AUTOHEAL_TOKEN or GITHUB_TOKEN): errors would be diagnosed, not filed\n',
      );
      return EXIT.ok;
    }
    const enabled = action === 'enable';
    const before = readCaptureState(path.join(root, CAPTURE_FILE));
    const keepRepo = repo ?? before.repo;
    try {
      const file = writeCaptureState(root, { enabled, ...(keepRepo ? { repo: keepRepo } : {}) });
      io.stdout(`capture ${enabled ? 'enabled' : 'disabled'} in ${path.relative(io.cwd, file) || file}\n`);
      if (enabled)
        io.stdout(
          'Commit the file to turn it on for everyone, or add .autoheal/ to .gitignore to keep it yours.\n',
        );
      return EXIT.ok;
    } catch (error) {
      io.stderr(`autoheal capture: could not write ${CAPTURE_FILE}: ${(error as Error).message}\n`);
      return EXIT.failure;
    }
  },
};
