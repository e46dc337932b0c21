import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../packages/cli/src/commands/index.js';
import { findActions, repoRoot } from '../src/actions.js';

/**
 * The editor files call the repository's package scripts and CLI commands by name; these tests
 * fail when a script or command they name is renamed or removed, so the files cannot rot.
 */

interface Input {
  id: string;
  type: string;
  options?: string[];
}

interface Task {
  label: string;
  type: string;
  command: string;
  args: string[];
}

interface LaunchConfig {
  name: string;
  program: string;
  args: string[];
}

const read = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(repoRoot, '.vscode', file), 'utf8')) as T;

const scripts = async (): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')).scripts;

const commandNames = commands.map((c) => c.name);

/** The problem with a `pnpm <args>` call, if any: it must name a root script, or `autoheal <command>`. */
function pnpmCallProblem(args: readonly string[], known: Record<string, string>): string | undefined {
  const [script, sub] = args;
  if (script === undefined || !(script in known)) return `"${script}" is not a script of package.json`;
  if (script === 'autoheal' && (sub === undefined || !commandNames.includes(sub)))
    return `"autoheal ${sub}" is not a CLI command (${commandNames.join(', ')})`;
  return undefined;
}

/** Every `${input:id}` in `values` names a declared input. */
function undeclaredInputs(values: readonly string[], inputs: readonly Input[]): string[] {
  const ids = new Set(inputs.map((i) => i.id));
  return values
    .flatMap((v) => [...v.matchAll(/\$\{input:([^}]+)\}/g)].map((m) => m[1]!))
    .filter((id) => !ids.has(id));
}

describe('.vscode/tasks.json', () => {
  it('has the tasks a developer needs, each a package script or a CLI command', async () => {
    const { tasks, inputs } = await read<{ tasks: Task[]; inputs: Input[] }>('tasks.json');
    const known = await scripts();
    for (const task of tasks) {
      expect(task.command, task.label).toBe('pnpm');
      expect(task.type, `${task.label}: no shell, so a file name is never parsed by one`).toBe('process');
      expect(pnpmCallProblem(task.args, known), task.label).toBeUndefined();
      expect(undeclaredInputs(task.args, inputs), task.label).toEqual([]);
    }
    const calls = tasks.map((t) => t.args.slice(0, t.args[0] === 'autoheal' ? 2 : 1).join(' '));
    for (const wanted of [
      'build',
      'test',
      'lint',
      'demo',
      'bench:analysis',
      'bench:throughput',
      'autoheal serve-github',
      'autoheal run-action',
      'autoheal analyze',
    ])
      expect(calls).toContain(wanted);
    expect(tasks.find((t) => t.args[1] === 'analyze')?.args).toEqual(['autoheal', 'analyze', '${file}']);
    expect(new Set(tasks.map((t) => t.label)).size).toBe(tasks.length);
  });

  it('offers exactly the actions of the repository to pick from', async () => {
    const names = findActions().map((a) => a.name);
    expect(names).toHaveLength(7);
    for (const file of ['tasks.json', 'launch.json']) {
      const { inputs } = await read<{ inputs: Input[] }>(file);
      const action = inputs.find((i) => i.id === 'action');
      expect(action?.type, file).toBe('pickString');
      expect([...(action?.options ?? [])].sort(), file).toEqual([...names].sort());
    }
  });

  it('tells a check that fails: a task naming a missing script or command', async () => {
    const known = await scripts();
    expect(pnpmCallProblem(['bench'], known)).toMatch(/not a script/);
    expect(pnpmCallProblem(['autoheal', 'analyse'], known)).toMatch(/not a CLI command/);
    expect(undeclaredInputs(['${input:nope}'], [])).toEqual(['nope']);
  });
});

describe('.vscode/launch.json', () => {
  it('debugs an action bundle through the CLI and a vitest file, with programs that exist', async () => {
    const { configurations, inputs } = await read<{ configurations: LaunchConfig[]; inputs: Input[] }>(
      'launch.json',
    );
    const resolve = (p: string) => p.replace('${workspaceFolder}', repoRoot);
    for (const config of configurations) {
      expect(existsSync(resolve(config.program)), config.name).toBe(true);
      expect(undeclaredInputs(config.args, inputs), config.name).toEqual([]);
    }
    const action = configurations.find((c) => c.program.endsWith('packages/cli/bin/dev.js'));
    expect(action?.args).toEqual(['run-action', '${input:action}']);
    expect(commandNames).toContain(action?.args[0]);
    const vitest = configurations.find((c) => c.program.endsWith('node_modules/vitest/vitest.mjs'));
    expect(vitest?.args.slice(0, 2)).toEqual(['run', '${relativeFile}']);
  });

  it('recommends Biome', async () => {
    expect((await read<{ recommendations: string[] }>('extensions.json')).recommendations).toContain(
      'biomejs.biome',
    );
  });
});
