import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';
import { guessEventName, parseInputPairs } from '../src/commands/run-action.js';
import { parsePort } from '../src/commands/serve-github.js';

function io(signal?: AbortSignal): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
    ...(signal ? { signal } : {}),
  };
}

describe('the CLI', () => {
  it('lists its commands', async () => {
    const o = io();
    expect(await runCli(['--help'], o, commands)).toBe(EXIT.ok);
    const help = o.out.join('');
    for (const name of ['analyze', 'serve-github', 'run-action'])
      expect(help).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    expect(await runCli([], io(), commands)).toBe(EXIT.usage);
    const unknown = io();
    expect(await runCli(['frobnicate'], unknown, commands)).toBe(EXIT.usage);
    expect(unknown.err.join('')).toMatch(/unknown command "frobnicate"/);
  });

  it('lists each command with the summary its module gives, loading the module only to run it', async () => {
    for (const listed of commands) {
      expect(listed.load).toBeTypeOf('function');
      const loaded = await listed.load!();
      expect(loaded.name).toBe(listed.name);
      expect(listed.summary).toBe(loaded.summary);
      expect(loaded.usage).toMatch(new RegExp(`autoheal ${listed.name}`));
    }
    const o = io();
    expect(await runCli(['init', '--help'], o, commands)).toBe(EXIT.ok);
    expect(o.out.join('')).toMatch(/^Usage: pnpm autoheal init \[dir\]/);
  });

  it('serve-github serves the seeded world until stopped, and names its URL and tokens', async () => {
    const controller = new AbortController();
    const o = io(controller.signal);
    const done = runCli(['serve-github'], o, commands);
    let url: string | undefined;
    for (let i = 0; i < 200 && url === undefined; i++) {
      url = /listening on (\S+)/.exec(o.out.join(''))?.[1];
      if (url === undefined) await new Promise((r) => setTimeout(r, 10));
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = /token for github-actions\[bot\]: (\S+)/.exec(o.out.join(''))![1]!;
    const repo = /repositories: (\S+)/.exec(o.out.join(''))![1]!.replace(/,$/, '');
    const res = await fetch(`${url}/repos/${repo}`, { headers: { authorization: `token ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { full_name: string }).full_name).toBe(repo);
    controller.abort();
    expect(await done).toBe(EXIT.ok);
    expect(o.out.join('')).toMatch(/Stopped after 1 request/);
  });

  it('reports usage mistakes with exit code 2', async () => {
    const o = io();
    expect(await runCli(['serve-github', '--port', 'x'], o, commands)).toBe(EXIT.usage);
    expect(o.err.join('')).toMatch(/--port must be an integer/);
    const missing = io();
    expect(await runCli(['run-action', 'no-such-action'], missing, commands)).toBe(EXIT.usage);
    expect(missing.err.join('')).toMatch(/no action "no-such-action"/);
    expect(() => parsePort('70000')).toThrow(/0 to 65535/);
  });

  it('run-action reads inputs and guesses the event from a payload', () => {
    expect(parseInputPairs(['dry-run=true', 'labels=a=b'])).toEqual({ 'dry-run': 'true', labels: 'a=b' });
    expect(() => parseInputPairs(['novalue'])).toThrow(/name=value/);
    expect(guessEventName({ workflow_run: {} })).toBe('workflow_run');
    expect(guessEventName({ pull_request: {}, number: 1 })).toBe('pull_request');
    expect(guessEventName({ issue: {}, comment: {} })).toBe('issue_comment');
    expect(guessEventName({ issue: {} })).toBe('issues');
    expect(guessEventName({})).toBe('workflow_dispatch');
  });
});

describe('run-action with a real bundle', () => {
  it('runs update-workflow-list as the runner would and reports its outputs and annotations', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'autoheal-cli-run-'));
    try {
      const wf = path.join(workspace, '.github', 'workflows');
      await mkdir(wf, { recursive: true });
      await writeFile(
        path.join(wf, 'ci.yml'),
        'name: CI\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      );
      const autoHeal =
        'name: auto-heal\non:\n  workflow_run:\n    workflows: [Old]\n    types: [completed]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo analyze\n';
      await writeFile(path.join(wf, 'auto-heal.yml'), autoHeal);
      const o = io();
      const code = await runCli(
        ['run-action', 'update-workflow-list', '--workspace', workspace, '--input', 'mode=check'],
        o,
        commands,
      );
      const out = o.out.join('');
      // The list is out of date: check mode fails the step and says what is missing and extra.
      expect(code).toBe(EXIT.failure);
      expect(out).toMatch(/^exit code 1 \(the step failed\)/);
      expect(out).toMatch(/^ {2}count = 1$/m);
      expect(out).toMatch(/^ {2}error \.github\/workflows\/auto-heal\.yml:\d+:/m);
      expect(out).toMatch(/API calls: 0/);
      expect(await readFile(path.join(wf, 'auto-heal.yml'), 'utf8')).toBe(autoHeal);
      const write = io();
      expect(
        await runCli(
          ['run-action', 'update-workflow-list', '--workspace', workspace, '--input', 'mode=write'],
          write,
          commands,
        ),
      ).toBe(EXIT.ok);
      expect(await readFile(path.join(wf, 'auto-heal.yml'), 'utf8')).toContain('workflows: [CI]');
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }, 60_000);
});
