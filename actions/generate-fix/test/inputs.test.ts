import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationErrors } from '@autoheal/core/errors';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function env(given: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { INPUT_TOKEN: 'ghs_x' };
  for (const [k, v] of Object.entries(given)) out[`INPUT_${k.toUpperCase()}`] = v;
  return out;
}

function problems(given: Record<string, string>): string[] {
  try {
    parseInputs(env(given));
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('parseInputs', () => {
  it('reads the defaults of action.yml into typed values', async () => {
    const metadata = await readActionMetadata(actionDir);
    const defaults: Record<string, string> = {};
    for (const [name, spec] of Object.entries(metadata.inputs))
      if (spec.default !== undefined && !spec.default.includes('${{')) defaults[name] = spec.default;
    const inputs = parseInputs(env({ ...defaults, 'issue-number': '12' }));
    expect(inputs).toMatchObject({
      mode: 'full',
      issueNumber: 12,
      force: false,
      canEditWorkflows: 'auto',
      draftFallbackLabel: 'autoheal:draft',
      triggerLabel: 'autoheal:fix',
      configFile: '.github/autoheal.yml',
      dryRun: false,
      operationsBudget: 15,
      labels: [],
      trustedAuthors: [],
    });
    expect(inputs.minConfidence).toBeUndefined();
    expect(inputs.maxOpenPrs).toBeUndefined();
  });

  it('reports every bad value at once, naming the input and what it accepts', () => {
    const found = problems({
      mode: 'fix',
      'issue-number': '0',
      'min-confidence': '1.5',
      'can-edit-workflows': 'yes',
      'operations-budget': '500',
      'base-branch': 'has space',
      labels: `ok,${'x'.repeat(60)}`,
    });
    expect(found).toHaveLength(7);
    expect(found[0]).toMatch(/^Input "mode" must be one of .*full.*compute.*apply/);
    expect(found.join('\n')).toMatch(/Input "issue-number" must be an integer/);
    expect(found.join('\n')).toMatch(/Input "min-confidence" must be a number from 0 to 1/);
    expect(found.join('\n')).toMatch(/Input "can-edit-workflows" must be one of/);
    expect(found.join('\n')).toMatch(/Input "operations-budget" must be an integer from 1 to 100/);
    expect(found.join('\n')).toMatch(/Input "base-branch" must be a branch name/);
    expect(found.join('\n')).toMatch(/Input "labels" has a label that must be at most 50 characters long/);
  });

  it('refuses combinations that cannot work', () => {
    expect(problems({ mode: 'apply' })).toEqual([
      expect.stringMatching(/^Input "fix-file" is required when "mode" is apply/),
      expect.stringMatching(
        /^Input "expected-fix-kind" is required when "mode" is apply: give the fix-kind output/,
      ),
    ]);
    expect(problems({ mode: 'apply', 'fix-file': 'f.json', 'expected-fix-kind': 'lint' })[0]).toMatch(
      /expected-fix-kind/,
    );
    expect(
      problems({ mode: 'apply', 'fix-file': 'f.json', 'expected-fix-kind': 'patch', 'run-id': '3' }),
    ).toEqual([
      expect.stringMatching(/"analysis-file", "run-id" and "checkout-path" belong to the compute step/),
    ]);
    expect(problems({ 'fix-file': 'f.json' })).toEqual([
      expect.stringMatching(/"fix-file" and "expected-fix-kind" are read only when "mode" is apply/),
    ]);
    expect(problems({ 'run-id': '3', 'issue-number': '4' })).toEqual([
      expect.stringMatching(/"run-id" cannot be combined with "issue-number" or "analysis-file"/),
    ]);
  });

  it('refuses an installation token for Copilot without echoing it', () => {
    const found = problems({ 'copilot-token': 'ghs_secretValue123' });
    expect(found).toEqual([
      expect.stringMatching(/"copilot-token" is an installation token .* give a user token/),
    ]);
    expect(found[0]).not.toContain('secretValue');
  });

  it('documents every input and output of action.yml in the README', async () => {
    const metadata = await readActionMetadata(actionDir);
    const readme = await readFile(path.join(actionDir, 'README.md'), 'utf8');
    for (const name of [...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs)])
      expect(readme, name).toContain(`| \`${name}\` |`);
  });
});
