/**
 * Names a log or a workflow file supplies, looked up in the permission fixer's tables: the names of
 * Object.prototype's members (`constructor`, `toString`, `__proto__`, …) are words like any other,
 * never the prototype's functions.
 */
import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { scopesNeeded } from '../../src/fixes/token-scopes.js';
import { context, findingOf, memoryRepo } from './helpers.js';

const PROTO_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

const TRIAGE = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: gh api graphql -f query="$Q"
`;

function ghLog(mutation: string): string[] {
  return [
    '##[group]Run gh api graphql -f query="$Q"',
    'gh api graphql -f query="$Q"',
    '##[endgroup]',
    `GraphQL: Resource not accessible by integration (${mutation})`,
    '##[error]Process completed with exit code 1.',
  ];
}

async function fixFor(workflow: string, log: string[]) {
  const files = memoryRepo({ '.github/workflows/triage.yml': workflow });
  return generateFix(context(await findingOf(log), files, { workflowPath: '.github/workflows/triage.yml' }));
}

describe('token scopes: names from the log and the workflow are data', () => {
  it('a GraphQL mutation the log names "constructor" is no known mutation (no scope of "function Object()")', async () => {
    for (const name of PROTO_NAMES) {
      expect(scopesNeeded(ghLog(name), {}, false), name).toEqual([]);
      const result = await fixFor(TRIAGE, ghLog(name));
      expect(JSON.stringify(result), name).not.toContain('native code');
      // Nothing names the scope, so there is no suggestion to grant one.
      expect(result.kind, name).toBe('none');
    }
    // The same log with a real mutation still gets its grant (the lookup still works).
    const real = await fixFor(TRIAGE, ghLog('addComment'));
    expect(real.kind === 'suggestion' && real.title).toBe('Grant issues: write to job "triage"');
  });

  it('a documentation link to docs.github.com/rest/constructor names no scope', () => {
    for (const name of PROTO_NAMES) {
      const line = `"documentation_url": "https://docs.github.com/rest/${name}#x"`;
      expect(scopesNeeded([line], {}, false), name).toEqual([]);
    }
    expect(
      scopesNeeded(['"documentation_url": "https://docs.github.com/rest/pulls#x"'], {}, false)[0]?.scope,
    ).toBe('pull-requests');
  });

  it('a github-script script calling github.rest.constructor.x names no scope', () => {
    for (const name of PROTO_NAMES) {
      const script = `await github.rest.${name}.create({ owner, repo })`;
      expect(scopesNeeded(['Resource not accessible by integration'], { script }, false), name).toEqual([]);
    }
  });

  it('a step using an action named like an Object member does not crash (scopes.map is not a function)', () => {
    for (const name of PROTO_NAMES) {
      expect(
        scopesNeeded(['Resource not accessible by integration'], { uses: `${name}@v1` }, false),
        name,
      ).toEqual([]);
    }
  });
});

describe('permissions: a level the workflow writes is read as data', () => {
  const withLevel = (level: string) =>
    TRIAGE.replace(
      '    runs-on: ubuntu-latest\n',
      `    runs-on: ubuntu-latest\n    permissions:\n      issues: ${level}\n`,
    );
  const workflowLevel = (level: string) =>
    TRIAGE.replace('\njobs:', `\npermissions:\n  issues: ${level}\n\njobs:`);

  it('"issues: constructor" is an unknown level, raised like any other, not a grant already made', async () => {
    const unknown = await fixFor(withLevel('bogus'), ghLog('addComment'));
    expect(unknown.kind).toBe('suggestion');
    if (unknown.kind !== 'suggestion') return;
    expect(unknown.diff).toContain('-      issues: bogus\n+      issues: write\n');
    for (const name of PROTO_NAMES) {
      const result = await fixFor(withLevel(name), ghLog('addComment'));
      expect(result.kind, name).toBe('suggestion');
      if (result.kind !== 'suggestion') continue;
      expect(result.diff, name).toBe(unknown.diff.replaceAll('bogus', name));
    }
  });

  it('the workflow-level "issues: toString" is raised in the new job block too', async () => {
    const unknown = await fixFor(workflowLevel('bogus'), ghLog('addComment'));
    expect(unknown.kind === 'suggestion' && unknown.diff).toContain('+      issues: write\n');
    for (const name of PROTO_NAMES) {
      const result = await fixFor(workflowLevel(name), ghLog('addComment'));
      expect(result.kind === 'suggestion' && result.diff, name).toBe(
        unknown.kind === 'suggestion' && unknown.diff.replaceAll('bogus', name),
      );
    }
  });
});
