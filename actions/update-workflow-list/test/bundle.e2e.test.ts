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
