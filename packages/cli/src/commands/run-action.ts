import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionResult, runAction } from '@autoheal/testkit/harness/run-action';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type CliIO, type Command, EXIT, parseCommandArgs, UsageError } from '../cli.js';
import { ACTIONS_DIR } from '../paths.js';
import { readSeed } from './serve-github.js';

const USAGE = `Usage: pnpm autoheal run-action <name> [options]

Run an action's bundle (actions/<name>/dist/index.js) exactly as the GitHub runner does: INPUT_* variables,
GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH… Without --api it runs against the local GitHub
simulator (seeded with --seed, default the demo repository) and reports the API calls made.

  --event FILE        the event payload (JSON) for GITHUB_EVENT_PATH
  --event-name NAME   GITHUB_EVENT_NAME (default: guessed from the payload, else workflow_dispatch)
  --input k=v         an input, repeatable (names as in action.yml)
  --env K=V           an environment variable for the step, repeatable (a workflow step's env:)
  --api URL           a real GitHub API URL (GITHUB_API_URL) instead of the simulator
  --token T           the token for \${{ github.token }} (default with the simulator: the seed's first token)
  --repository O/R    GITHUB_REPOSITORY (default with the simulator: the seed's first repository)
  --seed FILE         the simulator's world (JSON seed)
  --node 20|24        the Node runtime (default: the action's runs.using)
  --workspace DIR     GITHUB_WORKSPACE (default: an empty temporary folder)
  --json              print the whole result as JSON`;

export function parseInputPairs(pairs: readonly string[], flag = '--input'): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} takes name=value; got "${pair}"`);
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return inputs;
}

/** The event a payload belongs to, from the keys GitHub puts in each (a guess; --event-name overrides). */
export function guessEventName(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return 'workflow_dispatch';
  const p = payload as Record<string, unknown>;
  if ('workflow_run' in p) return 'workflow_run';
  if ('pull_request' in p) return 'pull_request';
  if ('comment' in p && 'issue' in p) return 'issue_comment';
  if ('issue' in p) return 'issues';
  if ('schedule' in p) return 'schedule';
  return 'workflow_dispatch';
}

function formatResult(result: ActionResult, apiCalls: string[] | undefined): string {
  const out: string[] = [`exit code ${result.exitCode}${result.failed ? ' (the step failed)' : ''}`];
  out.push('', 'outputs:');
  const outputs = Object.entries(result.outputs);
  if (outputs.length === 0) out.push('  (none)');
  for (const [name, value] of outputs)
    out.push(`  ${name} = ${value.includes('\n') ? `\n${value.replace(/^/gm, '    ')}` : value}`);
  if (result.annotations.length > 0) {
    out.push('', 'annotations:');
    for (const a of result.annotations) {
      const where = a.file ? ` ${a.file}${a.line !== undefined ? `:${a.line}` : ''}` : '';
      out.push(`  ${a.level}${where}: ${a.message}`);
    }
  }
  if (result.problems.length > 0)
    out.push('', 'runner would report:', ...result.problems.map((p) => `  ${p}`));
  out.push('', 'job summary:', result.summary.trim() === '' ? '  (empty)' : result.summary.trimEnd());
  if (apiCalls) {
    out.push('', `API calls: ${apiCalls.length}`, ...apiCalls.map((c) => `  ${c}`));
  }
  out.push('', 'log:', ...result.log.filter((l) => l.trim() !== '').map((l) => `  ${l}`));
  if (result.stderr.trim() !== '') out.push('', 'stderr:', result.stderr.trimEnd());
  return `${out.join('\n')}\n`;
}

export const runActionCommand: Command = {
  name: 'run-action',
  summary: "Run an action's bundle as the runner does, against the simulator by default.",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      event: { type: 'string' },
      'event-name': { type: 'string' },
      input: { type: 'string', multiple: true },
      env: { type: 'string', multiple: true },
      api: { type: 'string' },
      token: { type: 'string' },
      repository: { type: 'string' },
      seed: { type: 'string' },
      node: { type: 'string' },
      workspace: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [name, ...extra] = positionals;
    if (name === undefined) throw new UsageError('name the action to run (a folder of actions/)');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const actionDir = path.join(ACTIONS_DIR, name);
    if (!existsSync(path.join(actionDir, 'action.yml'))) {
      throw new UsageError(`no action "${name}" in actions/ (there is no actions/${name}/action.yml)`);
    }
    if (!existsSync(path.join(actionDir, 'dist', 'index.js'))) {
      io.stderr(`autoheal run-action: actions/${name}/dist/index.js is missing; run \`pnpm build\` first.\n`);
      return EXIT.failure;
    }
    const node = values.node as string | undefined;
    if (node !== undefined && node !== '20' && node !== '24')
      throw new UsageError(`--node takes 20 or 24; got "${node}"`);
    let payload: unknown = {};
    if (values.event !== undefined) {
      const file = path.resolve(io.cwd, values.event as string);
      try {
        payload = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new UsageError(`--event ${file}: ${(error as Error).message}`);
      }
    }
    const inputs = parseInputPairs((values.input as string[] | undefined) ?? []);
    const env = parseInputPairs((values.env as string[] | undefined) ?? [], '--env');
    for (const name of Object.keys(env))
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new UsageError(`--env: "${name}" is not a variable name`);

    let sim: GitHubSimulator | undefined;
    let seed: Seed | undefined;
    if (values.api === undefined) {
      seed = await readSeed(values.seed as string | undefined, io.cwd);
      sim = await startGitHubSimulator({ seed });
    }
    try {
      const firstRepo = seed?.repos?.[0];
      const repository =
        (values.repository as string | undefined) ??
        (firstRepo ? `${firstRepo.owner}/${firstRepo.name}` : undefined);
      const token = (values.token as string | undefined) ?? seed?.tokens?.[0]?.token;
      const result = await runAction({
        actionDir,
        inputs,
        ...(Object.keys(env).length > 0 ? { env } : {}),
        event: { name: (values['event-name'] as string | undefined) ?? guessEventName(payload), payload },
        apiUrl: (values.api as string | undefined) ?? sim!.url,
        ...(repository ? { repository } : {}),
        ...(token ? { token } : {}),
        ...(node ? { node: node === '20' ? 'node20' : 'node24' } : {}),
        ...(values.workspace ? { workspace: path.resolve(io.cwd, values.workspace as string) } : {}),
      });
      const calls = sim?.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
      if (values.json) io.stdout(`${JSON.stringify({ ...result, apiCalls: calls }, null, 2)}\n`);
      else io.stdout(formatResult(result, calls));
      return result.failed ? EXIT.failure : EXIT.ok;
    } finally {
      await sim?.close();
    }
  },
};
