import { ConfigurationErrors } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';

function errorsOf(env: Record<string, string>): string[] {
  try {
    parseInputs(env);
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('parseInputs', () => {
  it('reads defaults when only the token is given', () => {
    const inputs = parseInputs({ INPUT_TOKEN: 'ghs_x' });
    expect(inputs).toMatchObject({
      trigger: 'label',
      triggerLabel: 'autoheal:work',
      linkKeyword: 'closes',
      maxPrsPerHour: 5,
      dryRun: false,
      operationsBudget: 10,
      allowedAuthors: [],
      allowedAssociations: [],
      labels: [],
    });
    expect(inputs.copilotToken).toBeUndefined();
    expect(inputs.issueNumber).toBeUndefined();
  });

  it('reads lists, upper-cases associations and drops repeats', () => {
    const inputs = parseInputs({
      INPUT_TOKEN: 'ghs_x',
      'INPUT_ALLOWED-AUTHORS': 'alice, renovate[bot]\nalice',
      'INPUT_ALLOWED-ASSOCIATIONS': 'member, CONTRIBUTOR',
      INPUT_LABELS: 'autoheal, needs review',
      'INPUT_ISSUE-NUMBER': '42',
      'INPUT_COPILOT-TOKEN': 'ghp_y',
      'INPUT_COPILOT-INSTRUCTIONS': 'Run the tests.',
    });
    expect(inputs.allowedAuthors).toEqual(['alice', 'renovate[bot]']);
    expect(inputs.allowedAssociations).toEqual(['MEMBER', 'CONTRIBUTOR']);
    expect(inputs.labels).toEqual(['autoheal', 'needs review']);
    expect(inputs.issueNumber).toBe(42);
    expect(inputs.copilotToken).toBe('ghp_y');
  });

  it('reports every bad input at once, naming each and what it accepts', () => {
    const messages = errorsOf({
      INPUT_TOKEN: 'ghs_x',
      'INPUT_MAX-PRS-PER-HOUR': '51',
      INPUT_TRIGGER: 'labels',
      'INPUT_LINK-KEYWORD': 'close',
      'INPUT_ALLOWED-ASSOCIATIONS': 'OWNER, ADMIN',
      'INPUT_ALLOWED-AUTHORS': 'good, bad name',
      'INPUT_ISSUE-NUMBER': '0',
      'INPUT_DRY-RUN': 'yes',
      'INPUT_COPILOT-INSTRUCTIONS': 'Run the tests.',
    });
    expect(messages).toHaveLength(8);
    expect(messages).toContainEqual(
      expect.stringMatching(/^Input "copilot-instructions" needs "copilot-token"/),
    );
    expect(messages).toContain('Input "max-prs-per-hour" must be an integer from 0 to 50; got "51".');
    expect(messages.find((m) => m.startsWith('Input "trigger"'))).toMatch(
      /"label" or "any-new-issue".*Did you mean "label"\?/,
    );
    expect(messages.find((m) => m.startsWith('Input "link-keyword"'))).toMatch(/Did you mean "closes"\?/);
    expect(messages.find((m) => m.startsWith('Input "allowed-associations"'))).toMatch(
      /OWNER, MEMBER.*got "ADMIN"/,
    );
    expect(messages.find((m) => m.startsWith('Input "allowed-authors"'))).toMatch(
      /GitHub logins.*got "bad name"/,
    );
    expect(messages.find((m) => m.startsWith('Input "issue-number"'))).toMatch(/integer of at least 1/);
    expect(messages.find((m) => m.startsWith('Input "dry-run"'))).toMatch(/true or false/);
  });

  it('never echoes a secret input', () => {
    expect(errorsOf({})).toEqual([
      'Input "token" is required but was not given; expected a GitHub token (the default is github.token).',
    ]);
  });

  it('refuses instructions for Copilot without the token that would send them', () => {
    expect(errorsOf({ INPUT_TOKEN: 'ghs_x', 'INPUT_COPILOT-INSTRUCTIONS': 'x' })).toEqual([
      expect.stringMatching(/^Input "copilot-instructions" needs "copilot-token"/),
    ]);
  });

  it('refuses labels GitHub would refuse', () => {
    expect(errorsOf({ INPUT_TOKEN: 'ghs_x', 'INPUT_TRIGGER-LABEL': 'x'.repeat(51) })).toEqual([
      expect.stringMatching(/^Input "trigger-label" must be at most 50 characters long; got "x{51}"\.$/),
    ]);
    expect(errorsOf({ INPUT_TOKEN: 'ghs_x', INPUT_LABELS: `ok, ${'y'.repeat(51)}` })).toEqual([
      expect.stringMatching(
        /^Input "labels" has a label that must be at most 50 characters long; got "y{51}"\.$/,
      ),
    ]);
  });
});
