import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type ActionMetadata, readActionMetadata } from './action-metadata.js';
import { type ExpressionContexts, evaluateTemplate } from './expressions.js';
import { type NodeRuntime, nodeBinary } from './node-binaries.js';
import { type Annotation, parseFileCommand, parseStdout, type StdoutCommand } from './workflow-commands.js';

export interface RunActionOptions {
  /** Folder holding action.yml and the bundle it names (runs.main). */
  actionDir: string;
  /** Inputs by their action.yml names; inputs not given get the action.yml default, evaluated. */
  inputs?: Record<string, string>;
  /** The triggering event: GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: unknown };
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository?: string;
  /** GITHUB_API_URL (the simulator's URL in tests). */
  apiUrl?: string;
  serverUrl?: string;
  /** What `${{ github.token }}` evaluates to. */
  token?: string;
  /** Extra github-context fields (sha, ref, actor, run_id, workflow, job…). */
  github?: Record<string, unknown>;
  /** Extra environment for the step (`env:` in a workflow). */
  env?: Record<string, string>;
  node?: NodeRuntime;
  /** GITHUB_WORKSPACE; a fresh empty folder when not given. */
  workspace?: string;
  timeoutMs?: number;
  /** Keep the temp folder (RUNNER_TEMP, files) for inspection. */
  keepTemp?: boolean;
}

export interface ActionResult {
  exitCode: number;
  /** True when the step failed (a non-zero exit). */
  failed: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  env: Record<string, string>;
  annotations: Annotation[];
  commands: StdoutCommand[];
  masks: string[];
  log: string[];
  debug: string[];
  /** What the runner would complain about: unknown inputs, deprecated commands, an oversized summary. */
  problems: string[];
  /** The exact environment the step ran with (for assertions on the contract itself). */
  stepEnv: Record<string, string>;
  tempDir: string;
}

/** The runner's name for an input's environment variable: spaces to `_`, upper-cased; hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GitHub's step summary limit; the runner refuses to upload a larger one. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

function githubContext(
  options: RunActionOptions,
  paths: { event: string; workspace: string },
): Record<string, unknown> {
  const repository = options.repository ?? 'octo-org/widgets';
  return {
    token: options.token ?? '',
    repository,
    repository_owner: repository.split('/')[0],
    api_url: options.apiUrl ?? 'https://api.github.com',
    server_url: options.serverUrl ?? 'https://github.com',
    graphql_url: `${options.apiUrl ?? 'https://api.github.com'}/graphql`,
    event_name: options.event?.name ?? 'workflow_dispatch',
    event: options.event?.payload ?? {},
    event_path: paths.event,
    workspace: paths.workspace,
    run_id: '1000',
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    triggering_actor: 'octocat',
    sha: '0000000000000000000000000000000000000000',
    ref: 'refs/heads/main',
    ref_name: 'main',
    workflow: 'autoheal',
    job: 'autoheal',
    action: 'autoheal',
    retention_days: '90',
    ...options.github,
  };
}

/** Input values as the runner computes them: given values, else defaults with expressions evaluated. */
export function resolveInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  contexts: ExpressionContexts,
): { values: Record<string, string>; problems: string[] } {
  const problems: string[] = [];
  const declared = Object.keys(metadata.inputs);
  const unexpected = Object.keys(given).filter(
    (name) => !declared.some((d) => d.toLowerCase() === name.toLowerCase()),
  );
  if (unexpected.length > 0) {
    problems.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    const givenKey = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase());
    if (givenKey !== undefined) values[name] = given[givenKey]!;
    else if (spec.default !== undefined) values[name] = evaluateTemplate(spec.default, contexts);
    if (givenKey !== undefined && spec.deprecationMessage) {
      problems.push(`Input '${name}' has been deprecated with message: ${spec.deprecationMessage}`);
    }
  }
  return { values, problems };
}

function runNode(
  binary: string,
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: signal ? `${stderr}\n[harness] killed by ${signal} (timeout ${timeoutMs} ms)` : stderr,
      });
    });
  });
}

/**
 * Run an action's bundle as the GitHub runner does: a child `node <runs.main>` with INPUT_*
 * variables, the GITHUB_* environment and the file-command files, then read back what it wrote.
 */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const metadata = await readActionMetadata(options.actionDir);
  if (!/^node(20|24)$/.test(metadata.runs.using)) {
    throw new Error(
      `${options.actionDir}: runs.using is ${metadata.runs.using}; the harness runs node20/node24 actions`,
    );
  }
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-step-'));
  const runnerTemp = path.join(tempDir, 'runner-temp');
  const workspace = options.workspace ?? path.join(tempDir, 'workspace');
  const files = {
    event: path.join(tempDir, 'event.json'),
    output: path.join(tempDir, 'output'),
    state: path.join(tempDir, 'state'),
    env: path.join(tempDir, 'env'),
    path: path.join(tempDir, 'path'),
    summary: path.join(tempDir, 'step_summary'),
  };
  await mkdir(runnerTemp, { recursive: true });
  await mkdir(workspace, { recursive: true });
  await writeFile(files.event, JSON.stringify(options.event?.payload ?? {}));
  for (const f of [files.output, files.state, files.env, files.path, files.summary]) await writeFile(f, '');

  const github = githubContext(options, { event: files.event, workspace });
  const contexts: ExpressionContexts = {
    github,
    runner: {
      os: 'Linux',
      arch: 'X64',
      name: 'harness',
      temp: runnerTemp,
      tool_cache: path.join(tempDir, 'tool-cache'),
    },
    env: options.env ?? {},
    job: { status: 'success' },
    steps: {},
  };
  const { values, problems } = resolveInputs(metadata, options.inputs ?? {}, contexts);

  const stepEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'harness',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(tempDir, 'tool-cache'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_API_URL: String(github.api_url),
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_GRAPHQL_URL: String(github.graphql_url),
    GITHUB_RUN_ID: String(github.run_id),
    GITHUB_RUN_NUMBER: String(github.run_number),
    GITHUB_RUN_ATTEMPT: String(github.run_attempt),
    GITHUB_ACTOR: String(github.actor),
    GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor),
    GITHUB_SHA: String(github.sha),
    GITHUB_REF: String(github.ref),
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_JOB: String(github.job),
    GITHUB_ACTION: String(github.action),
    GITHUB_ACTION_PATH: path.resolve(options.actionDir),
    GITHUB_RETENTION_DAYS: String(github.retention_days),
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env,
  };
  for (const [name, value] of Object.entries(values)) stepEnv[inputEnvName(name)] = value;

  const binary = nodeBinary(options.node ?? (metadata.runs.using === 'node24' ? 'node24' : 'node20'));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const main = await runNode(
    binary,
    path.resolve(options.actionDir, metadata.runs.main),
    stepEnv,
    workspace,
    timeoutMs,
  );

  const parsed = parseStdout(main.stdout);
  const summary = await readFile(files.summary, 'utf8');
  if (Buffer.byteLength(summary) > SUMMARY_LIMIT_BYTES) {
    problems.push(
      `step summary is ${Buffer.byteLength(summary)} bytes; GitHub refuses more than ${SUMMARY_LIMIT_BYTES}`,
    );
  }
  const result: ActionResult = {
    exitCode: main.exitCode,
    failed: main.exitCode !== 0,
    stdout: main.stdout,
    stderr: main.stderr,
    outputs: parseFileCommand(await readFile(files.output, 'utf8'), 'GITHUB_OUTPUT'),
    summary,
    state: parseFileCommand(await readFile(files.state, 'utf8'), 'GITHUB_STATE'),
    env: parseFileCommand(await readFile(files.env, 'utf8'), 'GITHUB_ENV'),
    annotations: parsed.annotations,
    commands: parsed.commands,
    masks: parsed.masks,
    log: parsed.log,
    debug: parsed.debug,
    problems: [...problems, ...parsed.problems],
    stepEnv,
    tempDir,
  };
  if (!options.keepTemp) await rm(tempDir, { recursive: true, force: true });
  return result;
}
