import { ConfigurationErrors } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { parseInputs, parseUntil } from '../src/inputs.js';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({
  GITHUB_REPOSITORY: 'octo-org/widgets',
  RUNNER_TEMP: '/runner/temp',
  GITHUB_WORKSPACE: '/work/repo',
  INPUT_TOKEN: 'ghs_x',
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  ...extra,
});

function problems(inputs: Record<string, string>, extra: Record<string, string> = {}): string[] {
  try {
    parseInputs(env(inputs, extra));
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('inputs', () => {
  it('reads the defaults, leaving the health thresholds to the config file', () => {
    const inputs = parseInputs(env({}));
    expect(inputs).toEqual({
      token: 'ghs_x',
      repository: { owner: 'octo-org', repo: 'widgets' },
      minRuns: 5,
      outageMinWorkflows: 3,
      workflows: ['**'],
      failOnAlert: false,
      trackingIssue: false,
      trackingLabel: 'autoheal:health',
      reportFile: '/runner/temp/autoheal-health-report.json',
      configFile: '.github/autoheal.yml',
      trustedAuthors: [],
      maxDetailRequests: 30,
      maxCharts: 6,
      dryRun: false,
      operationsBudget: 5,
    });
  });

  it('reads every given value, a report file relative to the workspace', () => {
    const inputs = parseInputs(
      env({
        'window-days': '28',
        until: '2026-03-15T06:30:00+02:00',
        'min-success-rate': '0.75',
        'recover-rate': '0.95',
        'max-drop': '0.1',
        'report-file': 'out/health.json',
        'trusted-authors': 'my-app[bot], mona',
        workflows: 'CI\n!Docs',
      }),
    );
    expect(inputs).toMatchObject({
      windowDays: 28,
      until: Date.parse('2026-03-15T04:30:00Z'),
      minSuccessRate: 0.75,
      recoverRate: 0.95,
      maxDrop: 0.1,
      reportFile: '/work/repo/out/health.json',
      trustedAuthors: ['my-app[bot]', 'mona'],
      workflows: ['CI', '!Docs'],
    });
  });

  it('reports every bad value at once, naming the input and what it accepts', () => {
    expect(
      problems({
        'window-days': '0',
        until: 'last week',
        'min-success-rate': '80%',
        'fail-on-alert': 'yes',
        'tracking-label': 'x'.repeat(51),
        'trusted-authors': 'not a login',
        'config-file': '../outside.yml',
      }),
    ).toEqual([
      'Input "window-days" must be an integer from 1 to 90; got "0".',
      'Input "until" must be a date such as 2026-03-15 (midnight UTC) or a date and time with a zone such as 2026-03-15T06:00:00Z; got "last week".',
      'Input "min-success-rate" must be a number from 0 to 1; got "80%".',
      'Input "fail-on-alert" must be true or false (or True, TRUE, False, FALSE); got "yes".',
      `Input "tracking-label" must be at most 50 characters long; got "${'x'.repeat(51)}".`,
      'Input "config-file" must be a path inside the repository, relative to its root, such as .github/autoheal.yml; got "../outside.yml".',
      'Input "trusted-authors" must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot]); got "not a login".',
    ]);
  });

  it('needs the repository the runner names', () => {
    expect(problems({}, { GITHUB_REPOSITORY: '' })).toEqual([
      'GITHUB_REPOSITORY must be "owner/name" but is not set; run this action in a GitHub Actions workflow (the runner sets it).',
    ]);
  });

  it('reads a date as its midnight UTC, and refuses times without a zone', () => {
    expect(parseUntil('2026-03-15')).toBe(Date.parse('2026-03-15T00:00:00Z'));
    expect(parseUntil('2026-03-15T06:00:00Z')).toBe(Date.parse('2026-03-15T06:00:00Z'));
    expect(parseUntil('2026-03-15T06:00:00')).toBeUndefined();
    expect(parseUntil('2026-02-30')).toBeUndefined();
  });
});
