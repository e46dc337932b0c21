import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { type Recorder, recorder } from '@autoheal/testkit/recorder';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inputs } from '../src/inputs.js';
import { type RunResult, run } from '../src/run.js';
import { nodeWorkspaceFiles, type WorkspaceFiles } from '../src/workspace-files.js';
import { autoHeal, type Checkout, checkout, workflow } from './helpers.js';

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

function inputs(dir: string, over: Partial<Inputs> = {}): Inputs {
  return {
    mode: 'write',
    workflowFile: TARGET,
    workflowsDir: '.github/workflows',
    configFile: '.github/autoheal.yml',
    exclude: [],
    workingDirectory: dir,
    ...over,
  };
}

async function runIn(
  dir: string,
  over: Partial<Inputs> = {},
  files: WorkspaceFiles = nodeWorkspaceFiles,
): Promise<{ result: RunResult; rec: Recorder }> {
  const rec = recorder();
  const result = await run(inputs(dir, over), { ...rec, env: { GITHUB_WORKSPACE: dir }, files });
  return { result, rec };
}

async function failure(dir: string, over: Partial<Inputs> = {}, files?: WorkspaceFiles) {
  const rec = recorder();
  try {
    await run(inputs(dir, over), {
      ...rec,
      env: { GITHUB_WORKSPACE: dir },
      files: files ?? nodeWorkspaceFiles,
    });
  } catch (error) {
    return { error, rec };
  }
  throw new Error('expected run to throw');
}

const BASIC = {
  [TARGET]: autoHeal('    workflows:\n      - Old # was removed\n    types: [completed]\n'),
  '.github/workflows/ci.yml': workflow('CI'),
  '.github/workflows/cpp.yaml': workflow('Build C++'),
  '.github/workflows/nameless.yml': workflow(undefined),
};

describe('run in write mode', () => {
  it('rewrites the list to the repository’s workflows, and a second run changes no byte', async () => {
    const r = await setUp(BASIC);
    const { result, rec } = await runIn(r.dir);
    expect(result.outcome).toBe('updated');
    expect(result.written).toBe(true);
    const after = await r.read(TARGET);
    expect(after).toBe(
      autoHeal(
        '    workflows:\n      - .github/workflows/nameless.yml\n      - Build C\\+\\+\n      - CI\n    types: [completed]\n',
      ),
    );
    expect(JSON.parse(rec.outputs.workflows!)).toEqual([
      '.github/workflows/nameless.yml',
      'Build C\\+\\+',
      'CI',
    ]);
    expect(rec.outputs['workflows-yaml']).toBe('- .github/workflows/nameless.yml\n- Build C\\+\\+\n- CI');
    expect(rec.outputs.count).toBe('3');
    expect(rec.outputs.changed).toBe('true');
    expect(JSON.parse(rec.outputs.missing!)).toEqual([
      '.github/workflows/nameless.yml',
      'Build C\\+\\+',
      'CI',
    ]);
    expect(JSON.parse(rec.outputs.extra!)).toEqual(['Old']);
    expect(rec.outputs.file).toBe(TARGET);

    const second = await runIn(r.dir);
    expect(second.result.outcome).toBe('up to date');
    expect(second.result.written).toBe(false);
    expect(second.rec.outputs.changed).toBe('false');
    expect(await r.read(TARGET)).toBe(after);
  });

  it('leaves an up-to-date list alone even when it is in another order', async () => {
    const text = autoHeal('    workflows: [\'CI\', "Build C\\\\+\\\\+"]  # hand-sorted\n');
    const r = await setUp({ ...BASIC, [TARGET]: text, '.github/workflows/nameless.yml': workflow('CI') });
    const { result } = await runIn(r.dir);
    expect(result.outcome).toBe('up to date');
    expect(await r.read(TARGET)).toBe(text);
  });

  it('adds a missing workflows: key and keeps CRLF files CRLF', async () => {
    const crlf = autoHeal('    types: [completed]\n').replace(/\n/g, '\r\n');
    const r = await setUp({ [TARGET]: crlf, '.github/workflows/ci.yml': workflow('CI') });
    await runIn(r.dir);
    const after = await r.read(TARGET);
    expect(after).toBe(
      autoHeal('    workflows:\n      - CI\n    types: [completed]\n').replace(/\n/g, '\r\n'),
    );
    expect((await runIn(r.dir)).result.outcome).toBe('up to date');
  });

  it('lists a name shared by two files once, and quotes names YAML would misread', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n'),
      '.github/workflows/a.yml': workflow('Deploy: "prod"'),
      '.github/workflows/b.yml': workflow('Deploy: "prod"'),
      '.github/workflows/c.yml': workflow('[nightly] run'),
      '.github/workflows/d.yml': workflow('yes'),
    });
    const { result } = await runIn(r.dir);
    expect(result.entries.map((e) => [e.pattern, e.files.length])).toEqual([
      ['\\[nightly\\] run', 1],
      ['Deploy: "prod"', 2],
      ['yes', 1],
    ]);
    expect(await r.read(TARGET)).toContain(`    workflows: ['\\[nightly\\] run', 'Deploy: "prod"', 'yes']\n`);
  });

  it('escapes workflow names in the job summary', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n'),
      '.github/workflows/a.yml': workflow('<img src=x> @octocat | *bold*'),
    });
    const { rec } = await runIn(r.dir);
    const summary = rec.summary.join('');
    expect(summary).toContain('| Workflow | Listed as | File |');
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('@octocat');
    expect(summary).not.toContain('*bold*');
    // The table keeps its three columns: the name's `|` is escaped.
    const row = summary.split('\n').find((l) => l.startsWith('| ') && l.includes('octocat'))!;
    expect(row.split(' | ')).toHaveLength(3);
  });

  it('leaves out its own workflows, call-only ones and those the config or input exclude', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n'),
      '.github/autoheal.yml':
        'workflows:\n  watch: ["**", "!Docs"]\n  exclude: [".github/workflows/nightly-*.yml"]\n',
      '.github/workflows/ci.yml': workflow('CI'),
      '.github/workflows/docs.yml': workflow('Docs'),
      '.github/workflows/nightly-a.yml': workflow('Nightly A'),
      '.github/workflows/release.yml': workflow('Release'),
      '.github/workflows/reusable.yml': workflow('Reusable', 'workflow_call'),
      '.github/workflows/heal-2.yml': workflow(
        'Heal again',
        'workflow_run',
        '      - uses: autoheal/autoheal/actions/analyze-failure@0123456789abcdef0123456789abcdef01234567\n',
      ),
      '.github/workflows/notes.txt': 'not a workflow',
      '.github/workflows/sub/deep.yml': workflow('Deep'),
    });
    const { result, rec } = await runIn(r.dir, { exclude: ['Rel*'] });
    expect(result.entries.map((e) => e.name)).toEqual(['CI']);
    expect(result.leftOut.map((l) => [l.workflow.file, l.reason])).toEqual([
      [TARGET, 'the workflow being updated'],
      ['.github/workflows/docs.yml', 'not matched by workflows.watch'],
      ['.github/workflows/heal-2.yml', 'runs autoheal analyze-failure'],
      ['.github/workflows/nightly-a.yml', 'matched by workflows.exclude'],
      ['.github/workflows/release.yml', 'matched by the exclude input'],
      ['.github/workflows/reusable.yml', 'only runs when called (workflow_call)'],
    ]);
    const summary = rec.summary.join('');
    expect(summary).toContain('| Docs | .github/workflows/docs.yml | not matched by workflows.watch |');
    expect(summary).toContain('was updated');
  });

  it('warns about a workflow that is not valid YAML, with file and line, and lists the others', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [Old]\n'),
      '.github/workflows/broken.yml': 'name: Broken\non: push\njobs:\n  a: [\n',
      '.github/workflows/ci.yml': workflow('CI'),
    });
    const { result, rec } = await runIn(r.dir);
    expect(result.entries.map((e) => e.name)).toEqual(['CI']);
    const warning = rec.messages.find((m) => m.level === 'warning');
    expect(warning?.message).toMatch(
      /^\.github\/workflows\/broken\.yml was left out of the list: YAML syntax error/,
    );
    expect(warning?.properties?.file).toBe('.github/workflows/broken.yml');
    expect(warning?.properties?.startLine).toBeGreaterThanOrEqual(4);
    expect(rec.summary.join('')).toContain('| Not read | Line | Problem |');
  });

  it('keeps the file when no workflow is left to watch, and says so', async () => {
    const text = autoHeal('    workflows: [Old]\n');
    const r = await setUp({
      [TARGET]: text,
      '.github/workflows/reusable.yml': workflow('R', 'workflow_call'),
    });
    const { result, rec } = await runIn(r.dir);
    expect(result.outcome).toBe('nothing to watch');
    expect(await r.read(TARGET)).toBe(text);
    const warning = rec.messages.find((m) => m.level === 'warning');
    expect(warning?.message).toContain('no workflow is left to watch');
    expect(warning?.properties).toEqual({ file: TARGET, startLine: 4 });
    expect(rec.outputs).toMatchObject({
      count: '0',
      changed: 'false',
      workflows: '[]',
      missing: '[]',
      extra: '[]',
    });
    // The same in check mode: nothing can be fixed, so the step does not fail.
    expect((await runIn(r.dir, { mode: 'check' })).result.outcome).toBe('nothing to watch');
  });

  it('names the workflow file relative to the workspace when the checkout is a subfolder', async () => {
    const r = await setUp({
      [`repo/${TARGET}`]: autoHeal('    workflows: [Old]\n'),
      'repo/.github/workflows/ci.yml': workflow('CI'),
    });
    const rec = recorder();
    const dir = path.join(r.dir, 'repo');
    const error = await run(inputs(dir, { mode: 'check' }), {
      ...rec,
      env: { GITHUB_WORKSPACE: r.dir },
      files: nodeWorkspaceFiles,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).file).toBe(`repo/${TARGET}`);
    expect(rec.outputs.file).toBe(TARGET);
  });
});

describe('run in check mode', () => {
  it('fails with the missing and extra names at the list’s line, after setting outputs, writing nothing', async () => {
    const r = await setUp(BASIC);
    const before = await r.read(TARGET);
    const { error, rec } = await failure(r.dir, { mode: 'check' });
    expect(error).toBeInstanceOf(ConfigurationError);
    const e = error as ConfigurationError;
    expect(e.file).toBe(TARGET);
    expect(e.line).toBe(4);
    expect(e.message).toBe(
      `${TARGET}: the list of workflows auto-heal watches (on.workflow_run.workflows) is out of date: it lacks ` +
        '`.github/workflows/nameless.yml`, `Build C\\+\\+`, `CI`; it lists `Old`, which is not to be watched. ' +
        'Run update-workflow-list with `mode: write` to fix it, or edit the list by hand.',
    );
    expect(await r.read(TARGET)).toBe(before);
    expect(rec.outputs.changed).toBe('true');
    expect(JSON.parse(rec.outputs.extra!)).toEqual(['Old']);
    expect(rec.summary.join('')).toContain('is out of date');
    expect(rec.summary.join('')).toContain('- to be removed: Old');
  });

  it('passes when the list is up to date', async () => {
    const r = await setUp({
      [TARGET]: autoHeal('    workflows: [CI]\n'),
      '.github/workflows/ci.yml': workflow('CI'),
    });
    const { result, rec } = await runIn(r.dir, { mode: 'check' });
    expect(result.outcome).toBe('up to date');
    expect(rec.outputs.changed).toBe('false');
  });
});

describe('run reports user mistakes clearly', () => {
  it('a target workflow that does not exist', async () => {
    const r = await setUp({ '.github/workflows/ci.yml': workflow('CI') });
    const { error } = await failure(r.dir, { workflowFile: '.github/workflows/heal.yml' });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /^Input "workflow-file": \.github\/workflows\/heal\.yml does not exist in /,
    );
  });

  it('a missing workflows folder', async () => {
    const r = await setUp({ [TARGET]: autoHeal('    workflows: [CI]\n') });
    const { error } = await failure(r.dir, { workflowsDir: 'workflows' });
    expect((error as Error).message).toMatch(/^Input "workflows-dir": workflows is not a folder in /);
  });

  it('a target without a workflow_run trigger, at its line', async () => {
    const r = await setUp({ [TARGET]: workflow('auto-heal'), '.github/workflows/ci.yml': workflow('CI') });
    const { error } = await failure(r.dir);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain('`on:` must be a mapping');
    expect((error as ConfigurationError).line).toBe(2);
  });

  it('an invalid config file, with its line', async () => {
    const r = await setUp({ ...BASIC, '.github/autoheal.yml': 'workflows:\n  watch: ci.yml\n' });
    const { error } = await failure(r.dir);
    expect(error).toBeInstanceOf(ConfigurationErrors);
    expect((error as ConfigurationErrors).errors[0]).toMatchObject({ file: '.github/autoheal.yml', line: 2 });
  });

  it('a target GitHub’s parser rejects is not written, and the parser’s complaint is reported', async () => {
    const invalid = autoHeal('    workflows: [Old]\n').replace('    runs-on: ubuntu-latest\n', '');
    const r = await setUp({ [TARGET]: invalid, '.github/workflows/ci.yml': workflow('CI') });
    const { error } = await failure(r.dir);
    expect(error).toBeInstanceOf(ConfigurationErrors);
    const first = (error as ConfigurationErrors).errors[0]!;
    expect(first.message).toContain("GitHub's workflow parser rejects this workflow");
    expect(first.message).toContain('runs-on');
    expect(first.file).toBe(TARGET);
    expect(await r.read(TARGET)).toBe(invalid);
  });

  it('a write that fails leaves the file unchanged and says why', async () => {
    const r = await setUp(BASIC);
    const before = await r.read(TARGET);
    const readOnly: WorkspaceFiles = {
      ...nodeWorkspaceFiles,
      writeText: async () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    const { error } = await failure(r.dir, {}, readOnly);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      `${TARGET}: could not write the updated list: EROFS: read-only file system. The file was left unchanged; check that the checkout is writable.`,
    );
    expect(await r.read(TARGET)).toBe(before);
  });
});
