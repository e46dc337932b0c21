import { describe, expect, it } from 'vitest';
import {
  checkedList,
  configFileInput,
  labelInputProblem,
  labelItemProblem,
  labelsInput,
  repoPathProblem,
  tokenInput,
  trustedAuthorsInput,
} from '../src/common-inputs.js';
import { ConfigurationErrors } from '../src/errors.js';
import { type InputSpec, readInputs } from '../src/inputs.js';

/** The messages readInputs gives for `spec` read as input "x" from `raw`. */
function problems(spec: InputSpec<unknown>, raw: string): string[] {
  try {
    readInputs({ INPUT_X: raw }, { x: spec });
    return [];
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors.map((e) => e.message);
    throw error;
  }
}

function value<T>(spec: InputSpec<T>, raw: string): T {
  return readInputs({ INPUT_X: raw }, { x: spec }).x;
}

describe('shared input specs', () => {
  it('requires the token and never echoes it', () => {
    expect(problems(tokenInput(), '')).toEqual([
      'Input "x" is required but was not given; expected a GitHub token (the default is github.token).',
    ]);
    expect(value(tokenInput(), 'ghs_abc')).toBe('ghs_abc');
    expect(tokenInput().secret).toBe(true);
  });

  it('takes the config file inside the repository, .github/autoheal.yml by default', () => {
    expect(readInputs({}, { configFile: configFileInput() }).configFile).toBe('.github/autoheal.yml');
    expect(value(configFileInput(), 'ci/autoheal.yaml')).toBe('ci/autoheal.yaml');
    expect(problems(configFileInput(), '../etc/passwd')).toEqual([
      'Input "x" must be a path inside the repository, relative to its root, such as .github/autoheal.yml; got "../etc/passwd".',
    ]);
    expect(repoPathProblem('/abs/autoheal.yml')).toMatch(/inside the repository/);
    expect(repoPathProblem('a//b.yml')).toMatch(/inside the repository/);
    expect(repoPathProblem('a\\b.yml')).toBe('must be a single path with forward slashes');
    expect(repoPathProblem('.github/autoheal.yml')).toBeUndefined();
  });

  it('checks each item of a list, naming the first bad one', () => {
    const spec = checkedList('a list of words', (item) =>
      /^\w+$/.test(item) ? undefined : 'must list words',
    );
    expect(value(spec, 'a, b\nc')).toEqual(['a', 'b', 'c']);
    expect(problems(spec, 'a, b c, d e')).toEqual(['Input "x" must list words; got "b c".']);
    expect(readInputs({}, { x: spec }).x).toBeUndefined();
  });

  it('counts items against the limit (20 unless given) before checking them', () => {
    const spec = checkedList('a list', () => 'never fine', { maxItems: 2 });
    expect(problems(spec, 'a, b, c')).toEqual([
      'Input "x" must list at most 2 items, but lists 3; got "a, b, c".',
    ]);
    const twentyOne = Array.from({ length: 21 }, (_, i) => `u${i}`).join(',');
    expect(problems(trustedAuthorsInput(), twentyOne)[0]).toMatch(/must list at most 20 items, but lists 21/);
  });

  it('normalises items, and drops repeats only when asked', () => {
    const upper = checkedList('codes', () => undefined, { normalise: (i) => i.toUpperCase(), unique: true });
    expect(value(upper, 'a, A, b')).toEqual(['A', 'B']);
    expect(
      value(
        checkedList('codes', () => undefined),
        'a, a',
      ),
    ).toEqual(['a', 'a']);
  });

  it('takes GitHub logins, apps with their [bot] suffix', () => {
    expect(value(trustedAuthorsInput(), 'mona, github-actions[bot]')).toEqual([
      'mona',
      'github-actions[bot]',
    ]);
    expect(problems(trustedAuthorsInput(), 'mona, not a login')).toEqual([
      'Input "x" must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot]); got "not a login".',
    ]);
    expect(value(trustedAuthorsInput({ unique: true }), 'mona, mona')).toEqual(['mona']);
  });

  it('checks labels as GitHub does, quoting the value once', () => {
    expect(labelInputProblem('autoheal')).toBeUndefined();
    expect(labelInputProblem(' padded')).toBe('must not start or end with spaces');
    expect(labelItemProblem('x'.repeat(51))).toBe('has a label that must be at most 50 characters long');
    expect(problems(labelsInput({ maxItems: 10 }), `ok, ${'y'.repeat(51)}`)).toEqual([
      `Input "x" has a label that must be at most 50 characters long; got "${'y'.repeat(51)}".`,
    ]);
    expect(value(labelsInput(), 'bug, autoheal')).toEqual(['bug', 'autoheal']);
  });
});
