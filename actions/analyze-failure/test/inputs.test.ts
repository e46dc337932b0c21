import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '@autoheal/core/config/defaults';
import { mergeConfig } from '@autoheal/core/config/merge';
import { ConfigurationErrors } from '@autoheal/core/errors';
import { inputEnvName } from '@autoheal/core/inputs';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { describe, expect, it } from 'vitest';
import { configOverrides, parseInputs, webhookUrlProblem } from '../src/inputs.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function env(inputs: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { ...extra };
  for (const [name, value] of Object.entries(inputs)) out[inputEnvName(name)] = value;
  return out;
}

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected ConfigurationErrors');
}

describe('parseInputs', () => {
  it('reads the defaults of action.yml: only the token is needed', () => {
    expect(
      parseInputs(
        env({
          token: 'ghs_x',
          'config-file': '.github/autoheal.yml',
          'dry-run': 'false',
          'max-jobs': '5',
          'operations-budget': '30',
        }),
      ),
    ).toEqual({
      token: 'ghs_x',
      configFile: '.github/autoheal.yml',
      dryRun: false,
      maxJobs: 5,
      labels: [],
      operationsBudget: 30,
      trustedAuthors: [],
      forks: 'comment',
    });
    // Without the runner filling in defaults, the same values apply.
    expect(parseInputs(env({ token: 'ghs_x' })).maxJobs).toBe(5);
  });

  it('reads every input', () => {
    const inputs = parseInputs(
      env({
        token: 'ghp_x',
        'run-id': '123',
        'run-attempt': '2',
        repository: 'octo-org/widgets',
        'config-file': 'ci/autoheal.yml',
        'dry-run': 'true',
        'max-jobs': '20',
        'max-issues-per-hour': '0',
        'reopen-days': '30',
        'close-on-success': 'false',
        labels: 'ci, needs-triage\nflaky',
        'max-reruns': '0',
        'operations-budget': '200',
        'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x',
        'trusted-authors': 'my-app[bot], octocat',
        forks: 'issue',
      }),
    );
    expect(inputs).toEqual({
      token: 'ghp_x',
      runId: 123,
      runAttempt: 2,
      repository: { owner: 'octo-org', repo: 'widgets' },
      configFile: 'ci/autoheal.yml',
      dryRun: true,
      maxJobs: 20,
      maxIssuesPerHour: 0,
      reopenDays: 30,
      closeOnSuccess: false,
      labels: ['ci', 'needs-triage', 'flaky'],
      maxReruns: 0,
      operationsBudget: 200,
      slackWebhookUrl: 'https://hooks.slack.com/services/T/B/x',
      trustedAuthors: ['my-app[bot]', 'octocat'],
      forks: 'issue',
    });
  });

  it('accepts only comment, none or issue for forks, suggesting the nearest', () => {
    expect(parseInputs(env({ token: 'ghs_x', forks: 'none' })).forks).toBe('none');
    const messages = errorsOf(() => parseInputs(env({ token: 'ghs_x', forks: 'isue' })));
    expect(messages.join('\n')).toMatch(/forks/);
    expect(messages.join('\n')).toContain('"issue"');
    expect(() => parseInputs(env({ token: 'ghs_x', forks: 'fix' }))).toThrow(/comment|none|issue/);
  });

  it('reports every bad input at once, naming each and what it accepts', () => {
    const messages = errorsOf(() =>
      parseInputs(
        env({
          token: '',
          'run-id': 'abc',
          repository: 'widgets',
          'config-file': '../etc/passwd',
          'dry-run': 'yes',
          'max-jobs': '21',
          'operations-budget': '0',
          labels: `ok, ${'x'.repeat(60)}`,
          'trusted-authors': 'github actions',
        }),
      ),
    );
    expect(messages).toEqual([
      'Input "token" is required but was not given; expected a GitHub token (the default is github.token).',
      'Input "run-id" must be an integer of at least 1; got "abc".',
      'Input "repository" must be a repository written as owner/name, such as octo-org/widgets; got "widgets".',
      'Input "config-file" must be a path inside the repository, relative to its root, such as .github/autoheal.yml; got "../etc/passwd".',
      'Input "dry-run" must be true or false (or True, TRUE, False, FALSE); got "yes".',
      'Input "max-jobs" must be an integer from 1 to 20; got "21".',
      expect.stringMatching(
        /^Input "labels" has a label that must be at most 50 characters long; got "x{10,}/,
      ),
      'Input "operations-budget" must be an integer from 1 to 200; got "0".',
      expect.stringMatching(/^Input "trusted-authors" must list GitHub logins: .*; got "github actions"\.$/),
    ]);
  });

  it('never echoes the webhook URL, which is a credential', () => {
    const [message] = errorsOf(() =>
      parseInputs(env({ token: 't', 'slack-webhook-url': 'http://hooks.slack.com/services/T/B/leaky' })),
    );
    expect(message).toBe(
      'Input "slack-webhook-url" must be an https:// URL (http:// only for 127.0.0.1 or localhost); the value is not shown because the input is secret.',
    );
  });

  it('refuses run-attempt and repository without run-id', () => {
    expect(errorsOf(() => parseInputs(env({ token: 't', 'run-attempt': '2', repository: 'o/r' })))).toEqual([
      'Input "run-attempt" needs "run-id": give the run to analyze too.',
      'Input "repository" needs "run-id": give the run to analyze too.',
    ]);
  });

  it('maps the overrides onto the config, where they win over the file', () => {
    const inputs = parseInputs(
      env({
        token: 't',
        'max-issues-per-hour': '2',
        'reopen-days': '0',
        'close-on-success': 'false',
        'max-reruns': '3',
      }),
    );
    const merged = mergeConfig(defaultConfig(), configOverrides(inputs));
    expect(merged.issues).toMatchObject({ maxPerHour: 2, reopenDays: 0, closeOnSuccess: false });
    expect(merged.reruns.max).toBe(3);
    // Empty inputs leave the file's values alone.
    const file = defaultConfig();
    file.issues.maxPerHour = 9;
    expect(mergeConfig(file, configOverrides(parseInputs(env({ token: 't' })))).issues.maxPerHour).toBe(9);
  });

  it('has a spec for every input of action.yml', async () => {
    const metadata = await readActionMetadata(path.join(here, '..'));
    const given: Record<string, string> = {};
    for (const name of Object.keys(metadata.inputs)) given[name] = 'x';
    // Every input is read: a wrong value for each is reported (token and config-file take any text).
    const messages = errorsOf(() => parseInputs(env(given)));
    const named = new Set(messages.map((m) => /^Input "([^"]+)"/.exec(m)?.[1]));
    for (const name of Object.keys(metadata.inputs).filter(
      // Lists of logins take `x`; fix-authors is checked as read below.
      (n) => !['token', 'config-file', 'labels', 'trusted-authors', 'fix-authors'].includes(n),
    ))
      expect(named.has(name), name).toBe(true);
  });

  it('reads fix-authors as a list of logins, and leaves it unset when empty', () => {
    expect(parseInputs(env({ token: 't', 'fix-authors': 'fixer-bot, my-app[bot]' })).fixAuthors).toEqual([
      'fixer-bot',
      'my-app[bot]',
    ]);
    expect(parseInputs(env({ token: 't', 'fix-authors': '' })).fixAuthors).toBeUndefined();
    expect(errorsOf(() => parseInputs(env({ token: 't', 'fix-authors': 'not a login!' })))[0]).toMatch(
      /^Input "fix-authors"/,
    );
  });
});

describe('webhookUrlProblem', () => {
  it('accepts https, and http only on the loopback interface', () => {
    expect(webhookUrlProblem('https://hooks.slack.com/services/T/B/x')).toBeUndefined();
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook')).toBeUndefined();
    expect(webhookUrlProblem('http://localhost/hook')).toBeUndefined();
    expect(webhookUrlProblem('http://example.com/hook')).toMatch(/https/);
    expect(webhookUrlProblem('ftp://example.com')).toMatch(/https/);
    expect(webhookUrlProblem('not a url')).toMatch(/must be a URL/);
  });
});
