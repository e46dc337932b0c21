import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, editList } from '../src/list-edit.js';
import { locateList } from '../src/list-site.js';

const FILE = '.github/workflows/auto-heal.yml';

/** The text with its list rewritten to `patterns`. */
function rewrite(text: string, patterns: string[]): string {
  const edit = editList(text, locateList(text, FILE), patterns);
  return applyEdit(text, edit);
}

/** `on.workflow_run.workflows` as a YAML 1.2 reader (GitHub's) sees it. */
function listOf(text: string): unknown {
  return (parse(text) as { on: { workflow_run: { workflows: unknown } } }).on.workflow_run.workflows;
}

function failure(text: string): ConfigurationError {
  try {
    locateList(text, FILE);
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.errors[0]!;
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('locateList', () => {
  it('reads the current patterns of block, flow and scalar lists', () => {
    expect(
      locateList('on:\n  workflow_run:\n    workflows:\n      - CI\n      - "Lint"\n', FILE).current,
    ).toEqual(['CI', 'Lint']);
    expect(locateList("on:\n  workflow_run:\n    workflows: [CI, 'C\\+\\+']\n", FILE).current).toEqual([
      'CI',
      'C\\+\\+',
    ]);
    expect(locateList('on:\n  workflow_run:\n    workflows: CI\n', FILE).current).toEqual(['CI']);
    // Numbers are names as written, not as the number they would parse to.
    expect(locateList('on:\n  workflow_run:\n    workflows: [1.0]\n', FILE).current).toEqual(['1.0']);
  });

  it('points at the workflows: key, or at workflow_run: when the key is missing', () => {
    expect(locateList('name: x\non:\n  workflow_run:\n    workflows: [CI]\n', FILE).line).toBe(4);
    expect(locateList('name: x\non:\n  workflow_run:\n    types: [completed]\n', FILE).line).toBe(3);
  });

  it('finds `on` however it is quoted', () => {
    for (const key of ['on', '"on"', "'on'"])
      expect(locateList(`${key}:\n  workflow_run:\n    workflows: [CI]\n`, FILE).current).toEqual(['CI']);
  });

  it('names the YAML 1.1 trap when `on:` became `true:`', () => {
    const error = failure('true:\n  workflow_run:\n    workflows: [CI]\njobs: {}\n');
    expect(error.message).toContain('reads as the boolean true, not as `on`');
    expect(error.message).toContain('YAML 1.1');
    expect(error.line).toBe(1);
    expect(error.file).toBe(FILE);
    // A %YAML 1.1 directive makes a plain `on` a boolean too.
    expect(failure('%YAML 1.1\n---\non:\n  workflow_run:\n    workflows: [CI]\n').message).toContain(
      '%YAML 1.1',
    );
  });

  it('rejects workflows with no place for the list, saying what to write', () => {
    expect(failure('on: workflow_run\njobs: {}\n').message).toMatch(
      /`on:` must be a mapping.*\n.*workflow_run:/s,
    );
    expect(failure('on: [push, workflow_run]\n').message).toContain('`on:` must be a mapping');
    const noTrigger = failure('name: x\non:\n  push:\n');
    expect(noTrigger.message).toContain('has no `workflow_run:` trigger');
    expect(noTrigger.line).toBe(2);
    expect(failure('on:\n  workflow_run: [completed]\n').message).toContain(
      '`workflow_run:` must be a mapping',
    );
    expect(failure('on:\n  workflow_run:\n    workflows: {a: 1}\n').message).toContain('must be a list');
    expect(failure('on:\n  workflow_run:\n    workflows:\n      - [a]\n').message).toContain('item 1');
    expect(failure('x: &a [CI]\non:\n  workflow_run:\n    workflows: *a\n').message).toContain('alias');
    expect(failure('name: x\njobs: {}\n').message).toContain('has no `on:` key');
    expect(failure('- a\n').message).toContain('not a workflow');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = failure('name: x\non:\n  workflow_run:\n    workflows: [CI\n');
    expect(error.message).toContain('YAML syntax error');
    expect(error.line).toBeGreaterThanOrEqual(4);
  });
});

describe('editList', () => {
  it('rewrites a block list in place, keeping comments around and inside it', () => {
    const before = [
      '# header',
      'name: auto-heal',
      'on:',
      '  workflow_run:',
      '    # which workflows',
      '    workflows:',
      '      # first comes CI',
      '      - CI  # the main one',
      '      # old one',
      '      - Old',
      '',
      '      - "Lint"',
      '    types: [completed]   # only finished runs',
      'jobs: {}',
      '',
    ].join('\n');
    const after = rewrite(before, ['Build', 'CI', 'Lint', 'Zeta']);
    expect(after).toBe(
      [
        '# header',
        'name: auto-heal',
        'on:',
        '  workflow_run:',
        '    # which workflows',
        '    workflows:',
        '      # first comes CI',
        '      - Build',
        '      - CI  # the main one',
        '',
        '      - "Lint"',
        '      - Zeta',
        '    types: [completed]   # only finished runs',
        'jobs: {}',
        '',
      ].join('\n'),
    );
    expect(listOf(after)).toEqual(['Build', 'CI', 'Lint', 'Zeta']);
  });

  it('keeps the block list indentation the file uses, also when items sit at the key column', () => {
    const before = 'on:\n  workflow_run:\n    workflows:\n    - CI\n    types: [completed]\n';
    expect(rewrite(before, ['A', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows:\n    - A\n    - CI\n    types: [completed]\n',
    );
  });

  it('rewrites a one-line flow list, keeping its spacing, anchor and trailing comment', () => {
    const before = "on:\n  workflow_run:\n    workflows: &w [ CI, 'Old' ]  # keep\n    types: [completed]\n";
    expect(rewrite(before, ['A', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows: &w [ A, CI ]  # keep\n    types: [completed]\n',
    );
    expect(rewrite('on:\n  workflow_run:\n    workflows: []\n', ['A', 'B'])).toBe(
      'on:\n  workflow_run:\n    workflows: [A, B]\n',
    );
  });

  it('rewrites a multi-line flow list one item per line, with its trailing comma', () => {
    const before = 'on:\n  workflow_run:\n    workflows: [\n      CI,\n      Old,\n    ]\n';
    expect(rewrite(before, ['A', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows: [\n      A,\n      CI,\n    ]\n',
    );
    const noComma = 'on:\n  workflow_run:\n    workflows: [\n      CI\n    ]\n';
    expect(rewrite(noComma, ['A', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows: [\n      A,\n      CI\n    ]\n',
    );
  });

  it("keeps the comments of a flow list written over several lines, the first item's included", () => {
    const before =
      'on:\n  workflow_run:\n    workflows: [ # watched\n      # the main build\n      CI,  # every push\n' +
      '      # docs, weekly\n      Docs,\n      Old # gone\n      # end of list\n    ]\n    types: [completed]\n';
    const after = rewrite(before, ['A', 'CI', 'Docs', 'Z']);
    expect(after).toBe(
      'on:\n  workflow_run:\n    workflows: [ # watched\n      A,\n      # the main build\n      CI,  # every push\n' +
        '      # docs, weekly\n      Docs,\n      Z\n      # end of list\n    ]\n    types: [completed]\n',
    );
    expect(listOf(after)).toEqual(['A', 'CI', 'Docs', 'Z']);
    // Unchanged patterns leave the bytes as they were; CRLF stays CRLF.
    expect(rewrite(before, ['CI', 'Docs', 'Old'])).toBe(before);
    const crlf = before.replaceAll('\n', '\r\n');
    const kept = rewrite(crlf, ['CI']);
    expect(kept).toBe(
      'on:\r\n  workflow_run:\r\n    workflows: [ # watched\r\n      # the main build\r\n      CI  # every push\r\n' +
        '      # end of list\r\n    ]\r\n    types: [completed]\r\n',
    );
    expect(listOf(kept)).toEqual(['CI']);
  });

  it('gives a comment at the end of a line with several items to the last of them', () => {
    const before = 'on:\n  workflow_run:\n    workflows: [\n      CI, Docs,  # both\n      Old]\n';
    const after = rewrite(before, ['CI', 'Docs', 'New']);
    expect(after).toBe(
      'on:\n  workflow_run:\n    workflows: [\n      CI,\n      Docs,  # both\n      New]\n',
    );
    expect(listOf(after)).toEqual(['CI', 'Docs', 'New']);
  });

  it('turns a single scalar into a flow list', () => {
    expect(rewrite('on:\n  workflow_run:\n    workflows: CI # one\n', ['A', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows: [A, CI] # one\n',
    );
    expect(rewrite('on:\n  workflow_run:\n    workflows: ~\n', ['A'])).toBe(
      'on:\n  workflow_run:\n    workflows: [A]\n',
    );
  });

  it('fills an empty `workflows:` with block items under it', () => {
    const before = 'on:\n  workflow_run:\n    workflows: # filled by autoheal\n    types: [completed]\n';
    expect(rewrite(before, ['A', 'B'])).toBe(
      'on:\n  workflow_run:\n    workflows: # filled by autoheal\n      - A\n      - B\n    types: [completed]\n',
    );
  });

  it('adds a missing `workflows:` key to a block workflow_run mapping', () => {
    const before = 'on:\n  workflow_run:\n    types: [completed]\n  push:\n';
    const after = rewrite(before, ['A', 'B']);
    expect(after).toBe(
      'on:\n  workflow_run:\n    workflows:\n      - A\n      - B\n    types: [completed]\n  push:\n',
    );
    expect(listOf(after)).toEqual(['A', 'B']);
  });

  it('follows the file’s own indentation step when adding the key', () => {
    const before = 'on:\n    workflow_run:\n        types: [completed]\n';
    expect(rewrite(before, ['A'])).toBe(
      'on:\n    workflow_run:\n        workflows:\n            - A\n        types: [completed]\n',
    );
  });

  it('adds `workflows:` to a flow mapping, an empty trigger and a null trigger', () => {
    expect(rewrite('on:\n  workflow_run: { types: [completed] }\n', ['A'])).toBe(
      'on:\n  workflow_run: { workflows: [A], types: [completed] }\n',
    );
    expect(rewrite('on:\n  workflow_run: {}\n', ['A'])).toBe('on:\n  workflow_run: {workflows: [A]}\n');
    expect(rewrite('on:\n  workflow_run:\n  push:\n', ['A', 'B'])).toBe(
      'on:\n  workflow_run:\n    workflows:\n      - A\n      - B\n  push:\n',
    );
    expect(rewrite('on:\n  workflow_run: ~\n', ['A'])).toBe('on:\n  workflow_run: { workflows: [A] }\n');
  });

  it('rewrites inside a flow `on:` mapping', () => {
    const before = 'on: { workflow_run: { workflows: [Old], types: [completed] } }\n';
    const after = rewrite(before, ['A', 'B']);
    expect(after).toBe('on: { workflow_run: { workflows: [A, B], types: [completed] } }\n');
  });

  it('keeps CRLF line breaks, in kept and in new lines', () => {
    const before =
      'on:\r\n  workflow_run:\r\n    workflows:\r\n      - CI\r\n      # gone\r\n      - Old\r\n    types: [completed]\r\n';
    const after = rewrite(before, ['A', 'CI']);
    expect(after).toBe(
      'on:\r\n  workflow_run:\r\n    workflows:\r\n      - A\r\n      - CI\r\n    types: [completed]\r\n',
    );
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const missing = 'on:\r\n  workflow_run:\r\n    types: [completed]\r\n';
    expect(rewrite(missing, ['A'])).toBe(
      'on:\r\n  workflow_run:\r\n    workflows:\r\n      - A\r\n    types: [completed]\r\n',
    );
  });

  it('leaves the `on` key as written (quoted or not) and every byte outside the list', () => {
    for (const key of ['on', '"on"', "'on'"]) {
      const before = `name: x # n\n${key}:   # triggers\n  workflow_run:\n    workflows: [Old]\njobs: {}\n`;
      const after = rewrite(before, ['A']);
      expect(after).toBe(
        `name: x # n\n${key}:   # triggers\n  workflow_run:\n    workflows: [A]\njobs: {}\n`,
      );
    }
  });

  it('quotes new names only when YAML needs it, in the list’s own quoting style', () => {
    const plain = rewrite('on:\n  workflow_run:\n    workflows:\n      - CI\n', [
      'CI',
      'Deploy: "prod"',
      "it's",
      'on',
      '\\[foo\\] bar',
    ]);
    expect(plain).toContain(`      - 'Deploy: "prod"'\n`);
    expect(plain).toContain(`      - it's\n`);
    expect(plain).toContain(`      - 'on'\n`);
    expect(plain).toContain('      - \\[foo\\] bar\n');
    expect(listOf(plain)).toEqual(['CI', 'Deploy: "prod"', "it's", 'on', '\\[foo\\] bar']);

    const doubled = rewrite('on:\n  workflow_run:\n    workflows: ["CI"]\n', ['CI', 'Build C\\+\\+']);
    expect(doubled).toContain('workflows: ["CI", "Build C\\\\+\\\\+"]');
    expect(listOf(doubled)).toEqual(['CI', 'Build C\\+\\+']);

    const single = rewrite("on:\n  workflow_run:\n    workflows: ['CI']\n", ['a, b', 'CI']);
    expect(single).toContain("workflows: ['a, b', 'CI']");
    expect(listOf(single)).toEqual(['a, b', 'CI']);
  });

  it('keeps a kept item’s block scalar form', () => {
    const before =
      'on:\n  workflow_run:\n    workflows:\n      - >-\n        long\n        name\n      - Old\n    types: [completed]\n';
    const after = rewrite(before, ['A', 'long name']);
    expect(after).toBe(
      'on:\n  workflow_run:\n    workflows:\n      - A\n      - >-\n        long\n        name\n    types: [completed]\n',
    );
    expect(listOf(after)).toEqual(['A', 'long name']);
  });

  it('copies only the spacing after `-` to new items, never an anchor', () => {
    const before = 'on:\n  workflow_run:\n    workflows:\n      -   &first CI\n      -   Old\n';
    const after = rewrite(before, ['A', 'CI']);
    expect(after).toBe('on:\n  workflow_run:\n    workflows:\n      -   A\n      -   &first CI\n');
    expect(listOf(after)).toEqual(['A', 'CI']);
  });

  it('lists a repeated item once', () => {
    expect(rewrite('on:\n  workflow_run:\n    workflows: [CI, CI, B]\n', ['B', 'CI'])).toBe(
      'on:\n  workflow_run:\n    workflows: [B, CI]\n',
    );
  });

  it('changes nothing when the list already holds the patterns in order', () => {
    for (const before of [
      'on:\n  workflow_run:\n    workflows:\n      - A # a\n      - B\n',
      'on:\n  workflow_run:\n    workflows: [ A, "B" ]\n',
    ])
      expect(rewrite(before, ['A', 'B'])).toBe(before);
  });

  it('handles a list at the very end of a file without a final newline', () => {
    expect(rewrite('on:\n  workflow_run:\n    workflows:\n      - Old', ['A', 'B'])).toBe(
      'on:\n  workflow_run:\n    workflows:\n      - A\n      - B',
    );
  });
});
