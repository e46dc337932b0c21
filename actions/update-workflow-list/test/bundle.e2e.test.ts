/**
 * The committed bundle (dist/index.js) run as the runner runs it: inputs from action.yml defaults
 * (`working-directory` is `${{ github.workspace }}`), outputs, summary and annotations read back.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { afterEach, describe, expect, it } from 'vitest';
import { autoHeal, type Checkout, checkout, workflow } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = '.github/workflows/auto-heal.yml';

let repo: Checkout | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function setUp(files: Record<string, string>): Promise<Checkout> {
  repo = await checkout(files);
  return repo;
}

const FILES = {
  [TARGET]: autoHeal('    # watched workflows\n    workflows: [Old]\n    types: [completed]\n'),
  '.github/workflows/ci.yml': workflow('CI'),
  '.github/workflows/cpp.yml': workflow('Build C++'),
  '.github/workflows/broken.yml': 'name: Broken\non: push\njobs:\n  a: [\n',
};

describe('the update-workflow-list bundle', () => {
  for (const node of ['node24', 'node20'] as const)
    it(`writes the list, then finds it up to date without touching it (${node})`, async () => {
      const r = await setUp(FILES);
      const first = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' }, node });
      expect(first.stderr).toBe('');
      expect(first.exitCode).toBe(0);
      expect(first.problems).toEqual([]);
      const written = await r.read(TARGET);
      expect(written).toBe(
        autoHeal('    # watched workflows\n    workflows: [Build C\\+\\+, CI]\n    types: [completed]\n'),
      );
      expect(first.outputs).toMatchObject({
        workflows: '["Build C\\\\+\\\\+","CI"]',
        'workflows-yaml': '- Build C\\+\\+\n- CI',
        count: '2',
        changed: 'true',
        missing: '["Build C\\\\+\\\\+","CI"]',
        extra: '["Old"]',
        file: TARGET,
      });
      expect(first.summary).toContain('was updated');
      const warnings = first.annotations.filter((a) => a.level === 'warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ file: '.github/workflows/broken.yml' });
      expect(warnings[0]!.line).toBeGreaterThanOrEqual(4);

      const second = await runAction({ actionDir, workspace: r.dir, node });
      expect(second.exitCode).toBe(0);
      expect(second.outputs.changed).toBe('false');
      expect(await r.read(TARGET)).toBe(written);
    });

  it('fails check mode with an error annotation on the list', async () => {
    const r = await setUp(FILES);
    const result = await runAction({ actionDir, workspace: r.dir });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: TARGET, line: 5 });
    expect(errors[0]!.message).toContain('is out of date: it lacks `Build C\\+\\+`, `CI`; it lists `Old`');
    expect(result.outputs.changed).toBe('true');
    expect(await r.read(TARGET)).toBe(FILES[TARGET]);
  });

  it('reports bad inputs as one error each, without a stack trace', async () => {
    const r = await setUp(FILES);
    const result = await runAction({
      actionDir,
      workspace: r.dir,
      inputs: { mode: 'fix', 'workflow-file': '../elsewhere.yml' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => [a.level, a.message.split(';')[0]])).toEqual([
      ['error', 'Input "mode" must be one of "check" or "write"'],
      ['error', 'Input "workflow-file" must be a path inside working-directory (the repository root)'],
    ]);
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });

  it('reports a missing auto-heal workflow clearly', async () => {
    const r = await setUp({ '.github/workflows/ci.yml': workflow('CI') });
    const result = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]!.message).toMatch(
      /^Input "workflow-file": \.github\/workflows\/auto-heal\.yml does not exist/,
    );
  });
});

describe('the update-workflow-list bundle on awkward names (issue 12 item 9)', () => {
  const plain = (name: string) =>
    `name: ${name}\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`;

  it('keeps the comments of a bracket list written over several lines, before its first item too', async () => {
    const list =
      '    workflows: [\n      # the main build\n      CI,  # every push\n      # end of list\n    ]\n    types: [completed]\n';
    const r = await setUp({
      [TARGET]: autoHeal(list),
      '.github/workflows/ci.yml': workflow('CI'),
      '.github/workflows/docs.yml': workflow('Docs'),
    });
    const result = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe('true');
    expect(await r.read(TARGET)).toBe(
      autoHeal(
        '    workflows: [\n      # the main build\n      CI,  # every push\n      Docs,\n      # end of list\n    ]\n    types: [completed]\n',
      ),
    );
  });

  it('lists numeric-looking names as GitHub reads them: 1.0 → 1, 0x10 → 16, 010 → 10, 1e3 → 1000', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n    types: [completed]\n'),
      '.github/workflows/a.yml': plain('1.0'),
      '.github/workflows/b.yml': plain('0x10'),
      '.github/workflows/c.yml': plain('010'),
      '.github/workflows/d.yml': plain('1e3'),
      '.github/workflows/e.yml': plain("'2.0'"),
    });
    const result = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' } });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.workflows ?? '[]')).toEqual(['1', '10', '1000', '16', '2.0']);
    expect(result.problems).toEqual([]);
  });

  it('skips a workflow whose name holds an expression with a warning, and writes the list for the others', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n    types: [completed]\n'),
      '.github/workflows/ci.yml': workflow('CI'),
      '.github/workflows/expr.yml': plain("'Deploy ${{ github.ref_name }}'"),
    });
    const result = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.workflows).toBe('["CI"]');
    expect(await r.read(TARGET)).toContain('workflows: [CI]');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: '.github/workflows/expr.yml', line: 1 });
    expect(warnings[0]!.message).toMatch(/left out of the list: `name:` holds an expression/);
  });

  it('warns about another workflow whose entry would also match the auto-heal workflow itself', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n    types: [completed]\n'),
      '.github/workflows/ci.yml': workflow('CI'),
      '.github/workflows/copy.yml': workflow('auto-heal'),
    });
    const result = await runAction({ actionDir, workspace: r.dir, inputs: { mode: 'write' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.workflows).toBe('["auto-heal","CI"]');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: '.github/workflows/copy.yml' });
    expect(warnings[0]!.message).toMatch(/also matches the auto-heal workflow .* itself/);

    await r.remove();
    const distinct = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n    types: [completed]\n'),
      '.github/workflows/ci.yml': workflow('CI'),
      '.github/workflows/other.yml': workflow('auto-heal-docs'),
    });
    const quiet = await runAction({ actionDir, workspace: distinct.dir, inputs: { mode: 'write' } });
    expect(quiet.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });
});
