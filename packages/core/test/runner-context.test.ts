import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import {
  envValue,
  eventFileProblem,
  parseRepository,
  readActionContext,
  readEventPayload,
  readRunnerContext,
  requireRepository,
  workflowPathFromRef,
} from '../src/runner-context.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function eventFile(text: string): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-event-'));
  const file = path.join(dir, 'event.json');
  await writeFile(file, text);
  return file;
}

describe('runner context', () => {
  it('reads the event, repository, API URL, own workflow and temp dir', () => {
    expect(
      readRunnerContext({
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: '/tmp/event.json',
        GITHUB_REPOSITORY: 'octo-org/widgets',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_WORKFLOW_REF: 'octo-org/widgets/.github/workflows/autoheal.yml@refs/heads/main',
        RUNNER_TEMP: '/runner/temp',
      }),
    ).toEqual({
      eventName: 'workflow_run',
      eventPath: '/tmp/event.json',
      repository: { owner: 'octo-org', repo: 'widgets' },
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://github.com',
      selfWorkflowPath: '.github/workflows/autoheal.yml',
      tempDir: '/runner/temp',
    });
    expect(readRunnerContext({})).toEqual({ eventName: '', serverUrl: 'https://github.com' });
  });

  it('reads the repository, event and URLs, the server URL without its trailing slash', () => {
    expect(
      readRunnerContext({
        GITHUB_REPOSITORY: 'octo-org/widgets',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
      }),
    ).toEqual({
      repository: { owner: 'octo-org', repo: 'widgets' },
      eventName: 'schedule',
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
    });
  });

  it('trims values and takes blank ones as unset', () => {
    expect(envValue({ X: '  a b  ' }, 'X')).toBe('a b');
    expect(envValue({ X: '   ' }, 'X')).toBeUndefined();
    expect(envValue({}, 'X')).toBeUndefined();
    expect(
      readRunnerContext({
        GITHUB_API_URL: ' ',
        GITHUB_WORKSPACE: ' /work/space ',
        GITHUB_REPOSITORY: 'nope',
      }),
    ).toEqual({ eventName: '', serverUrl: 'https://github.com', workspace: '/work/space' });
  });

  it('takes the workflow path from GITHUB_WORKFLOW_REF', () => {
    expect(workflowPathFromRef('o/r/.github/workflows/a/b.yml@refs/pull/1/merge')).toBe(
      '.github/workflows/a/b.yml',
    );
    expect(workflowPathFromRef('nonsense')).toBeUndefined();
  });

  it('reads owner/name and refuses anything else', () => {
    expect(parseRepository('octo-org/widgets')).toEqual({ owner: 'octo-org', repo: 'widgets' });
    expect(parseRepository('octo-org/..')).toBeUndefined();
    expect(parseRepository('octo-org/.')).toBeUndefined();
    expect(parseRepository('nope')).toBeUndefined();
    expect(parseRepository('a/b/c')).toBeUndefined();
  });

  it('requires the repository, showing what it is instead', () => {
    expect(requireRepository({ GITHUB_REPOSITORY: 'octo-org/widgets' })).toEqual({
      owner: 'octo-org',
      repo: 'widgets',
    });
    expect(() => requireRepository({})).toThrow(ConfigurationError);
    expect(() => requireRepository({})).toThrow(/GITHUB_REPOSITORY must be "owner\/name" but is not set/);
    expect(() => requireRepository({ GITHUB_REPOSITORY: 'a/b/c' })).toThrow(/but is "a\/b\/c"/);
  });
});

describe('event payload', () => {
  it('reads the JSON object at GITHUB_EVENT_PATH', async () => {
    const file = await eventFile('{"action":"labeled","issue":{"number":3}}');
    expect(await readEventPayload(file)).toEqual({ action: 'labeled', issue: { number: 3 } });
  });

  it('is empty without a path', async () => {
    expect(await readEventPayload(undefined)).toEqual({});
  });

  it('reports a file that holds no JSON object, naming the file and what it holds', async () => {
    for (const [text, what] of [
      ['[1, 2]', 'an array'],
      ['null', 'null'],
      ['"push"', 'a string'],
      ['42', 'a number'],
    ] as const) {
      const file = await eventFile(text);
      await expect(readEventPayload(file)).rejects.toThrow(ConfigurationError);
      await expect(readEventPayload(file)).rejects.toThrow(
        `Could not read the event payload at GITHUB_EVENT_PATH (${file}): it holds ${what}, not a JSON object.`,
      );
      expect(eventFileProblem({ GITHUB_EVENT_PATH: file })?.message).toContain(`(${file}): it holds ${what}`);
    }
  });

  it('checks the event file synchronously for the startup guard', async () => {
    expect(eventFileProblem({})).toBeUndefined();
    expect(eventFileProblem({ GITHUB_EVENT_PATH: await eventFile('{"action":"opened"}') })).toBeUndefined();
    const bad = await eventFile('{ not json');
    expect(eventFileProblem({ GITHUB_EVENT_PATH: bad })).toBeInstanceOf(ConfigurationError);
    expect(eventFileProblem({ GITHUB_EVENT_PATH: bad })?.message).toContain(`(${bad}): it is not valid JSON`);
    const missing = path.join(os.tmpdir(), 'no-such-autoheal-event.json');
    expect(eventFileProblem({ GITHUB_EVENT_PATH: missing })?.message).toMatch(/ENOENT/);
  });

  it('reports an unreadable payload as a configuration error naming the file', async () => {
    const file = await eventFile('{ not json');
    await expect(readEventPayload(file)).rejects.toThrow(ConfigurationError);
    await expect(readEventPayload(file)).rejects.toThrow(
      `Could not read the event payload at GITHUB_EVENT_PATH (${file}): `,
    );
    await expect(readEventPayload(path.join(os.tmpdir(), 'no-such-autoheal-event.json'))).rejects.toThrow(
      /Could not read the event payload at GITHUB_EVENT_PATH .*ENOENT/,
    );
  });

  it('reads the whole action context, the repository required', async () => {
    const file = await eventFile('{"action":"opened"}');
    expect(
      await readActionContext({
        GITHUB_REPOSITORY: 'octo-org/widgets',
        GITHUB_EVENT_NAME: 'issues',
        GITHUB_EVENT_PATH: file,
        GITHUB_SERVER_URL: 'https://ghe.example.com//',
        RUNNER_TEMP: '/runner/temp',
        GITHUB_WORKSPACE: '/runner/work/widgets',
      }),
    ).toEqual({
      repository: { owner: 'octo-org', repo: 'widgets' },
      event: { name: 'issues', payload: { action: 'opened' } },
      serverUrl: 'https://ghe.example.com',
      tempDir: '/runner/temp',
      workspace: '/runner/work/widgets',
    });
    await expect(readActionContext({ GITHUB_EVENT_PATH: file })).rejects.toThrow(/GITHUB_REPOSITORY/);
  });
});
