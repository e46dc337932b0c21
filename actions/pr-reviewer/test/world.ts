/**
 * A simulated GitHub for the reviewer's tests: the testkit simulator, its repository owned by an
 * organization with two teams (core, docs) that review requests may name.
 */
import { OperationBudget } from '@autoheal/core/budget';
import type { AnnotationProperties, Logger } from '@autoheal/core/runtime';
import { simClient } from '@autoheal/testkit/sim-client';
import { type RepoBuilder, SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import type { SimRepo } from '@autoheal/testkit/simulator/state';
import type { Inputs } from '../src/inputs.js';
import { type RunDeps, type RunResult, run } from '../src/run.js';

export const REPO = 'octo-org/widgets';
export const READ_ONLY_TOKEN = 'ghs_readOnlyForkToken000000000000000000';
export const CODEOWNERS = [
  '# Default owners',
  '* @octo-org/core',
  '/src/api/ @alice @bob',
  '*.md @carol docs@example.com',
  'docs/* @octo-org/docs',
  '/src/api/generated/',
  '',
].join('\n');

export interface World {
  sim: GitHubSimulator;
  /** The API URL to give the action. */
  url: string;
  repo: SimRepo;
  close(): Promise<void>;
}

/** The base repository every test starts from; `configure` adds branches and pull requests. */
export function baseRepo(r: RepoBuilder): RepoBuilder {
  return r
    .files({
      '.github/CODEOWNERS': CODEOWNERS,
      '.gitattributes': 'src/api/generated/** linguist-generated\n',
      'README.md': '# widgets\n',
      'package.json': '{ "name": "widgets" }\n',
      'src/api/handler.ts': 'export const a = 1;\n',
    })
    .collaborator('alice')
    .collaborator('bob')
    .collaborator('carol')
    .collaborator('dave')
    .collaborator('erin')
    .team('core', 'Core')
    .team('docs', 'Docs');
}

export async function startWorld(configure: (r: RepoBuilder) => unknown): Promise<World> {
  const seed = seedBuilder()
    .token(READ_ONLY_TOKEN, 'github-actions[bot]', { permissions: 'read' })
    .repo(REPO, (r) => configure(baseRepo(r)))
    .build();
  const sim = await startGitHubSimulator({ seed });
  return { sim, url: sim.url, repo: sim.state.requireRepo(REPO), close: () => sim.close() };
}

export function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    token: SIMULATOR_TOKEN,
    configFile: '.github/autoheal.yml',
    dryRun: false,
    ignore: [],
    sizeLabelPrefix: 'size/',
    requestReviewers: true,
    maxReviewers: 10,
    requiredChecks: [],
    readyWatch: true,
    trustedAuthors: ['github-actions[bot]'],
    operationsBudget: 20,
    ...overrides,
  };
}

export interface Captured {
  outputs: Record<string, string>;
  summary: string;
  log: { level: string; message: string; properties?: AnnotationProperties }[];
}

export async function runReviewer(
  world: World,
  options: { inputs?: Partial<Inputs>; event: { name: string; payload: unknown } },
): Promise<{ result: RunResult; captured: Captured }> {
  const attempt = await tryReviewer(world, options);
  if ('error' in attempt) throw attempt.error;
  return attempt;
}

/** Like runReviewer, but a thrown error is returned with what the run logged and summarised. */
export async function tryReviewer(
  world: World,
  options: { inputs?: Partial<Inputs>; event: { name: string; payload: unknown } },
): Promise<{ result: RunResult; captured: Captured } | { error: unknown; captured: Captured }> {
  const i = inputs(options.inputs);
  const budget = new OperationBudget(i.operationsBudget);
  const captured: Captured = { outputs: {}, summary: '', log: [] };
  const push =
    (level: string) =>
    (message: string, properties?: AnnotationProperties): void => {
      captured.log.push({ level, message, ...(properties ? { properties } : {}) });
    };
  const log: Logger = {
    debug: () => {},
    info: push('info'),
    notice: push('notice'),
    warning: push('warning'),
    error: push('error'),
    startGroup: () => {},
    endGroup: () => {},
  };
  const deps: RunDeps = {
    env: {},
    log,
    clock: { now: () => Date.now(), sleep: async () => {} },
    sink: {
      setOutput: (name, value) => {
        captured.outputs[name] = value;
      },
      appendSummary: (markdown) => {
        captured.summary += markdown;
      },
    },
    github: simClient(world, { token: i.token, budget, log }),
    budget,
    event: options.event,
    repo: { owner: 'octo-org', repo: 'widgets' },
  };
  try {
    return { result: await run(i, deps), captured };
  } catch (error) {
    return { error, captured };
  }
}

/** Writes recorded since `from` (index into sim.requests). */
export function writesSince(sim: GitHubSimulator, from = 0) {
  return sim.requests.slice(from).filter((r) => r.method !== 'GET' && r.status !== 0);
}

/** A `pull_request` payload from @octokit/webhooks-examples, pointed at pull request `number`. */
export { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
