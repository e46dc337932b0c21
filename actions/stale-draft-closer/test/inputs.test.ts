import { ConfigurationErrors } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { parseInputs, resolveDryRun } from '../src/inputs.js';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({
  INPUT_TOKEN: 'ghs_x',
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  ...extra,
});

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
  it('leaves the settings the config file can give undefined when not given', () => {
    const inputs = parseInputs(env({}));
    expect(inputs).toEqual({
      token: 'ghs_x',
      staleLabel: 'autoheal:stale',
      exemptAuthors: [],
      exemptMilestones: [],
      exemptAssignees: [],
      exemptPendingReviews: true,
      autohealLogins: [],
      botLogins: [],
      operationsPerRun: 100,
      dryRun: false,
    });
  });

  it('reads every input', () => {
    const inputs = parseInputs(
      env({
        'days-before-stale': '45',
        'days-before-close': '0',
        'exempt-labels': 'keep\nwip, keep',
        'only-autoheal': 'true',
        'delete-branch': 'True',
        'stale-label': 'stale',
        'exempt-authors': 'app/renovate, alice',
        'exempt-milestones': 'v2.0\n*',
        'exempt-assignees': '*',
        'exempt-pending-reviews': 'false',
        'autoheal-logins': 'my-app[bot]',
        'bot-logins': 'machine-user',
        'operations-per-run': '7',
        'dry-run': 'true',
        'config-file': '.github/autoheal.yaml',
      }),
    );
    expect(inputs).toEqual({
      token: 'ghs_x',
      configFile: '.github/autoheal.yaml',
      daysBeforeStale: 45,
      daysBeforeClose: 0,
      exemptLabels: ['keep', 'wip'],
      onlyAutoheal: true,
      deleteBranch: true,
      staleLabel: 'stale',
      exemptAuthors: ['renovate[bot]', 'alice'],
      exemptMilestones: ['v2.0', '*'],
      exemptAssignees: ['*'],
      exemptPendingReviews: false,
      autohealLogins: ['my-app[bot]'],
      botLogins: ['machine-user'],
      operationsPerRun: 7,
      dryRun: true,
    });
  });

  it('reports every bad input at once, naming it and what it accepts', () => {
    const messages = errorsOf(() =>
      parseInputs(
        env({
          'days-before-stale': '0',
          'days-before-close': 'soon',
          'exempt-authors': 'alice, @bob',
          'operations-per-run': '5000',
          'dry-run': 'maybe',
          'only-autoheal': 'yes',
          'config-file': '../outside.yml',
        }),
      ),
    );
    expect(messages).toEqual([
      'Input "config-file" must be a path inside the repository, relative to its root, such as .github/autoheal.yml; got "../outside.yml".',
      'Input "days-before-stale" must be an integer from 1 to 3650; got "0".',
      'Input "days-before-close" must be an integer from 0 to 3650; got "soon".',
      'Input "only-autoheal" must be true or false (or True, TRUE, False, FALSE); got "yes".',
      expect.stringMatching(
        /^Input "exempt-authors" must list GitHub logins as the API writes them: .*; got "@bob"\.$/,
      ),
      'Input "operations-per-run" must be an integer from 1 to 1000; got "5000".',
      'Input "dry-run" must be one of "auto", "true" or "false"; got "maybe".',
    ]);
  });

  it('requires the token and never echoes it', () => {
    expect(errorsOf(() => parseInputs({}))).toEqual([
      'Input "token" is required but was not given; expected a GitHub token (the default is github.token).',
    ]);
  });

  it('refuses to exempt the stale label itself', () => {
    const messages = errorsOf(() => parseInputs(env({ 'exempt-labels': 'keep, AUTOHEAL:STALE' })));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Input "exempt-labels" lists the stale label "autoheal:stale"/);
  });
});

describe('dry-run', () => {
  it('auto is a dry run for manual runs only', () => {
    expect(resolveDryRun('auto', 'workflow_dispatch')).toBe(true);
    expect(resolveDryRun('auto', 'schedule')).toBe(false);
    expect(resolveDryRun('true', 'schedule')).toBe(true);
    expect(resolveDryRun('false', 'workflow_dispatch')).toBe(false);
    expect(parseInputs(env({}, { GITHUB_EVENT_NAME: 'workflow_dispatch' })).dryRun).toBe(true);
    expect(parseInputs(env({ 'dry-run': 'false' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' })).dryRun).toBe(
      false,
    );
  });
});
