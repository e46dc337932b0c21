import { once } from 'node:events';
import path from 'node:path';
import { loadSeedFile } from '@autoheal/testkit/simulator/seed-load';
import type { Seed } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type CliIO, type Command, EXIT, parseCommandArgs, UsageError } from '../cli.js';
import { DEMO_SEED } from '../paths.js';
import { formatFaultSpec, parseFaultSpec } from './fault-spec.js';

const USAGE = `Usage: pnpm autoheal serve-github [--seed FILE] [--port N] [--base-path /api/v3] [--fault SPEC]…

Start the local GitHub REST simulator on 127.0.0.1 until Ctrl-C. Point an action at it with
GITHUB_API_URL=<printed URL> and one of the printed tokens.

  --seed FILE       the world to start from (JSON seed; default: the demo repository whose CI failed)
  --port N          port to listen on (default: any free port)
  --base-path P     serve under a path prefix, as GitHub Enterprise Server does (/api/v3)
  --fault SPEC      answer matching requests with a fault, repeatable (the first live match answers):
                      [METHOD ]PATH=KIND[:ARG][,times=N|always][,after-effect][,retry-after=S][,message=TEXT]
                    PATH is without the base path; {name} is one segment, a trailing /* any rest, * alone
                    every path. KIND[:ARG]: server-error[:500|502|503], connection-reset,
                    rate-limit[:seconds to reset], secondary-rate-limit[:403|429], status:CODE, validation,
                    delay:MS. times (default 1) counts matching requests; after-effect (server-error,
                    connection-reset) serves the request first, so the write happens and its answer is
                    lost; retry-after is secondary-rate-limit's (default 60); message= (status,
                    validation) takes the rest of the spec. Examples:
                      --fault 'POST /repos/{owner}/{repo}/issues=server-error:502,after-effect'
                      --fault 'GET /repos/{owner}/{repo}/actions/runs/*=delay:1500,times=3'
                      --fault '*=secondary-rate-limit:429,retry-after=1,times=1'
                    The active faults are printed at start, and how many requests each answered at exit.`;

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be an integer from 0 to 65535; got "${value}"`);
  return port;
}

export async function readSeed(file: string | undefined, cwd: string): Promise<Seed> {
  return loadSeedFile(file === undefined ? DEMO_SEED : path.resolve(cwd, file));
}

/** What a person needs to use a running simulator: its URL and the tokens it accepts. */
export function describeSimulator(sim: GitHubSimulator, seed: Seed): string {
  const lines = [`GitHub simulator listening on ${sim.url}`, '', `  export GITHUB_API_URL=${sim.url}`];
  for (const token of seed.tokens ?? []) lines.push(`  token for ${token.login}: ${token.token}`);
  const repos = (seed.repos ?? []).map((r) => `${r.owner}/${r.name}`);
  if (repos.length > 0) lines.push(`  repositories: ${repos.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export const serveGithubCommand: Command = {
  name: 'serve-github',
  summary: 'Start the GitHub REST simulator on 127.0.0.1, to try actions locally.',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(
      args,
      {
        seed: { type: 'string' },
        port: { type: 'string' },
        'base-path': { type: 'string' },
        fault: { type: 'string', multiple: true },
      },
      false,
    );
    const port = parsePort(values.port as string | undefined);
    // Parsed before anything starts, so a mistyped fault never leaves a half-faulty server running.
    const faultSpecs = ((values.fault as string[] | undefined) ?? []).map(parseFaultSpec);
    const seed = await readSeed(values.seed as string | undefined, io.cwd);
    const basePath = values['base-path'] as string | undefined;
    let sim: GitHubSimulator;
    try {
      sim = await startGitHubSimulator({
        seed,
        ...(port !== undefined ? { port } : {}),
        ...(basePath ? { basePath } : {}),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
      io.stderr(
        `autoheal serve-github: cannot listen on 127.0.0.1:${port ?? 0} (${code === 'EADDRINUSE' ? 'the port is in use' : 'not allowed'}); choose another --port, or leave it out for any free port\n`,
      );
      return EXIT.failure;
    }
    const injected = faultSpecs.map((spec) => sim.faults.inject(spec));
    io.stdout(describeSimulator(sim, seed));
    if (injected.length > 0) {
      io.stdout(`  faults (the first live match answers):\n`);
      for (const [i, f] of injected.entries()) io.stdout(`    ${i + 1}. ${formatFaultSpec(f.spec)}\n`);
    }
    io.stdout('Press Ctrl-C to stop.\n');
    if (io.signal && !io.signal.aborted) await once(io.signal, 'abort');
    await sim.close();
    const writes = sim.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').length;
    io.stdout(`Stopped after ${sim.requests.length} request(s), ${writes} of them writes.\n`);
    for (const [i, f] of injected.entries())
      io.stdout(`  fault ${i + 1} answered ${f.hits} request(s): ${formatFaultSpec(f.spec)}\n`);
    return EXIT.ok;
  },
};
