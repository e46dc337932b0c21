import { ConfigurationErrors } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';

function messages(env: Record<string, string>): string[] {
  try {
    parseInputs(env);
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected ConfigurationErrors');
}

describe('parseInputs', () => {
  it('has defaults for everything, with the workspace as the checkout', () => {
    expect(parseInputs({ GITHUB_WORKSPACE: '/work/repo' })).toEqual({
      mode: 'check',
      workflowFile: '.github/workflows/auto-heal.yml',
      workflowsDir: '.github/workflows',
      configFile: '.github/autoheal.yml',
      exclude: [],
      workingDirectory: '/work/repo',
    });
  });

  it('reads every input, normalising paths', () => {
    const inputs = parseInputs({
      GITHUB_WORKSPACE: '/work',
      INPUT_MODE: 'write',
      'INPUT_WORKFLOW-FILE': './.github/workflows/heal.yaml',
      'INPUT_WORKFLOWS-DIR': '.github/workflows/',
      'INPUT_CONFIG-FILE': 'config/autoheal.yml',
      INPUT_EXCLUDE: 'Nightly*\n.github/workflows/{a,b}.yml, Docs',
      'INPUT_WORKING-DIRECTORY': 'repo',
    });
    expect(inputs).toEqual({
      mode: 'write',
      workflowFile: '.github/workflows/heal.yaml',
      workflowsDir: '.github/workflows',
      configFile: 'config/autoheal.yml',
      exclude: ['Nightly*', '.github/workflows/{a,b}.yml', 'Docs'],
      workingDirectory: '/work/repo',
    });
    expect(parseInputs({ 'INPUT_WORKING-DIRECTORY': '/abs/checkout' }).workingDirectory).toBe(
      '/abs/checkout',
    );
  });

  it('reports every bad input at once, naming each and what it accepts', () => {
    const found = messages({
      GITHUB_WORKSPACE: '/work',
      INPUT_MODE: 'wirte',
      'INPUT_WORKFLOW-FILE': '../other/auto-heal.yml',
      'INPUT_CONFIG-FILE': '/etc/autoheal.yml',
      INPUT_EXCLUDE: 'src/[abc',
    });
    expect(found).toHaveLength(4);
    expect(found[0]).toBe(
      'Input "mode" must be one of "check" or "write"; got "wirte". Did you mean "write"?',
    );
    expect(found[1]).toContain('Input "workflow-file" must be a path inside working-directory');
    expect(found[2]).toContain('Input "config-file" must be a path relative to working-directory');
    expect(found[3]).toContain('Input "exclude" has a glob that has an unclosed "["');
  });

  it('needs a checkout: working-directory or GITHUB_WORKSPACE', () => {
    expect(messages({})).toEqual([
      'Input "working-directory" was not given and GITHUB_WORKSPACE is not set; give the path of the repository checkout.',
    ]);
    expect(messages({ 'INPUT_WORKING-DIRECTORY': 'repo' })[0]).toContain('give an absolute path');
    // Reported together with other bad inputs.
    expect(messages({ INPUT_MODE: 'fix' })).toHaveLength(2);
  });
});
