import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * What linters and format checks really print when they fail a build, each recording in the
 * ecosystem of its language (YAML, Markdown, Puppet, Ansible, commit and spelling checks under
 * lint/; Psalm, TSLint, standard and old puppet-lint/ansible-lint output from public logs): on the
 * cases rules are tuned on, the analyzer must show a gold line, in at most 15 lines, and name the
 * recorded category (a lint failure, or the plugin a linter could not load). Held-out cases are
 * measured by the benchmark, never asserted here.
 */
const TOOLS = new Set([
  'black',
  'isort',
  'mypy',
  'prettier',
  'eslint',
  'stylelint',
  'clang-format',
  'cargo fmt',
  'rustfmt',
  'phpcs',
  'staticcheck',
  'yamllint',
  'markdownlint',
  'codespell',
  'commitlint',
  'psalm',
  'tslint',
  'standard',
  'standardrb',
  'puppet-lint',
  'ansible-lint',
]);
const all = listEcosystemCases().filter((c) => c.ecosystem === 'lint' || TOOLS.has(c.tool));
const tune = all.filter((c) => c.split === 'tune');

describe('recorded linter and format-check failures', () => {
  it('has recordings of every tool, with some held out', () => {
    const tools = new Set(all.map((c) => c.tool));
    expect([...TOOLS].filter((t) => !tools.has(t))).toEqual([]);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows the offence, briefly, and names its category',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );
});
