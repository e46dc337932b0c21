import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig } from '@autoheal/core/config/defaults';
import { configDocRows } from '@autoheal/core/config/docs';
import { loadConfig } from '@autoheal/core/config/loader';
import { run as updateWorkflowList } from '@autoheal/update-workflow-list/run';
import { nodeWorkspaceFiles } from '@autoheal/update-workflow-list/workspace-files';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli } from '../src/cli.js';
import { commands } from '../src/commands/index.js';
import { renderConfigFile } from '../src/init/config-file.js';
import { untouchedSinceInit, withHeader } from '../src/init/plan.js';
import { templatesDir } from '../src/init/workflows.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const temps: string[] = [];

afterEach(async () => {
  for (const t of temps.splice(0)) await rm(t, { recursive: true, force: true });
});

/** A copy of a fixture repository's folder, to run init on. */
async function repo(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-init-'));
  temps.push(dir);
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

async function init(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env: {} };
  const code = await runCli(['init', ...args], io, commands);
  return { code, out: out.join(''), err: err.join('') };
}

/** Every file under `dir` with its content, for before/after comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = await readFile(file, 'utf8');
    }
  return files;
}

/** update-workflow-list in check mode on the repository: what the action would say after init. */
async function listCheck(dir: string) {
  return updateWorkflowList(
    {
      mode: 'check',
      workflowFile: '.github/workflows/auto-heal.yml',
      workflowsDir: '.github/workflows',
      configFile: '.github/autoheal.yml',
      exclude: [],
      workingDirectory: dir,
    },
    {
      log: { debug() {}, info() {}, notice() {}, warning() {}, error() {}, startGroup() {}, endGroup() {} },
      sink: { setOutput() {}, appendSummary() {} },
      env: {},
      files: nodeWorkspaceFiles,
    },
  );
}

const HEAL = '.github/workflows/auto-heal.yml';
const LIST = '.github/workflows/update-workflow-list.yml';
const CONFIG = '.github/autoheal.yml';

describe('autoheal init', () => {
  it('writes the default workflows, watching the repository’s own workflows as update-workflow-list would', async () => {
    const dir = await repo('node-library');
    const r = await init([dir]);
    expect(r.code).toBe(EXIT.ok);
    const after = await snapshot(dir);
    expect(Object.keys(after)).toEqual(expect.arrayContaining([HEAL, LIST, CONFIG]));
    // The copied workflow is the template plus init's header line, with only the list changed.
    const template = await readFile(path.join(templatesDir(), 'auto-heal.yml'), 'utf8');
    const heal = after[HEAL]!;
    expect(untouchedSinceInit(heal)).toBe(true);
    expect(
      heal
        .split('\n')
        .slice(1)
        .filter((l) => !template.includes(l)),
    ).toEqual([
      "    workflows: [autoheal update workflow list, CI, CodeQL, 'Docs: deploy \\[pages\\]', Release]",
    ]);
    // The action, run next on the repository, has nothing to change.
    const check = await listCheck(dir);
    expect(check.outcome).toBe('up to date');
    expect(check.entries.map((e) => e.name)).not.toContain('Reusable build'); // workflow_call only
    expect(r.out).toMatch(
      /created\s+\.github\/workflows\/auto-heal\.yml \(watching autoheal update workflow list, CI, CodeQL/,
    );
    // What is left to do on GitHub: the fix token, the pull request setting, the list's token.
    expect(r.out).toMatch(/secret AUTOHEAL_FIX_TOKEN: optional/);
    expect(r.out).toMatch(/variable AUTOHEAL_FIX_AUTHORS: with AUTOHEAL_FIX_TOKEN/);
    expect(r.out).toMatch(/secret AUTOHEAL_WORKFLOWS_TOKEN: needed/);
    expect(r.out).toContain('"Allow GitHub Actions to create and approve pull requests"');
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    const dir = await repo('node-library');
    expect((await init([dir])).code).toBe(EXIT.ok);
    const first = await snapshot(dir);
    const again = await init([dir, '--with', 'heal,update-workflow-list']);
    expect(again.code).toBe(EXIT.ok);
    expect(await snapshot(dir)).toEqual(first);
    expect(again.out).toContain('Nothing to change: every file is as init writes it.');
    expect(again.out).not.toMatch(/created|updated/);
  });

  it('follows the repository’s own config when it picks the workflows to watch, and keeps that config', async () => {
    const dir = await repo('python-app');
    const before = await readFile(path.join(dir, CONFIG), 'utf8');
    const r = await init([dir]);
    // The user's config is not init's: kept, and exit 1 says a file was left alone.
    expect(r.code).toBe(EXIT.failure);
    expect(r.out).toMatch(/kept\s+\.github\/autoheal\.yml: changed since init wrote it/);
    expect(await readFile(path.join(dir, CONFIG), 'utf8')).toBe(before);
    const check = await listCheck(dir);
    expect(check.outcome).toBe('up to date');
    // Nightly build is excluded by the user's workflows.exclude; the nameless lint.yml is listed by path.
    expect(check.entries.map((e) => e.name)).toEqual([
      '.github/workflows/lint.yml',
      'autoheal update workflow list',
      'Tests (3.x)',
    ]);
  });

  it('never overwrites a file the user changed without --force, and does with it', async () => {
    const dir = await repo('node-library');
    await init([dir]);
    const healPath = path.join(dir, HEAL);
    const edited = (await readFile(healPath, 'utf8')).replace(
      'types: [completed]',
      'types: [completed] # mine',
    );
    await writeFile(healPath, edited);
    const kept = await init([dir]);
    expect(kept.code).toBe(EXIT.failure);
    expect(kept.out).toMatch(/kept\s+\.github\/workflows\/auto-heal\.yml/);
    expect(await readFile(healPath, 'utf8')).toBe(edited);
    const forced = await init([dir, '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.out).toMatch(/overwritten\s+\.github\/workflows\/auto-heal\.yml/);
    expect(await readFile(healPath, 'utf8')).not.toContain('# mine');
  });

  it('updates a file init wrote earlier and nobody touched since', async () => {
    const dir = await repo('node-library');
    await init([dir]);
    // As an older init would have left it: a different template, with its own valid header.
    const older = withHeader('name: autoheal update workflow list\non: [workflow_dispatch]\njobs: {}\n');
    await writeFile(path.join(dir, LIST), older);
    const r = await init([dir]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/updated\s+\.github\/workflows\/update-workflow-list\.yml/);
    expect(await readFile(path.join(dir, LIST), 'utf8')).toContain(
      await readFile(path.join(templatesDir(), 'update-workflow-list.yml'), 'utf8'),
    );
  });

  it('--dry-run prints the unified diff and writes nothing', async () => {
    const dir = await repo('node-library');
    const before = await snapshot(dir);
    const r = await init([dir, '--dry-run', '--with', 'heal,pr-review']);
    expect(r.code).toBe(EXIT.ok);
    expect(await snapshot(dir)).toEqual(before);
    expect(r.out).toContain(`--- /dev/null\n+++ b/${HEAL}\n@@ -0,0 +1,`);
    expect(r.out).toContain('+++ b/.github/workflows/pr-review.yml');
    expect(r.out).toMatch(/^\+ {4}workflows: \[autoheal PR review, CI, CodeQL, /m);
    expect(r.out).toMatch(/would create\s+\.github\/autoheal\.yml/);
    expect(r.out).toContain('Dry run: nothing was written.');
    // A changed file: the diff shows what --force would replace.
    await init([dir]);
    await writeFile(path.join(dir, CONFIG), 'enabled: false\n');
    const forced = await init([dir, '--dry-run', '--force']);
    expect(forced.out).toContain(`--- a/${CONFIG}\n+++ b/${CONFIG}\n`);
    expect(forced.out).toMatch(/^-enabled: false$/m);
    expect(await readFile(path.join(dir, CONFIG), 'utf8')).toBe('enabled: false\n');
  });

  it('lists only what the chosen workflows need', async () => {
    const dir = await repo('python-app');
    const r = await init([dir, '--with', 'pr-review', '--force']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).not.toContain('AUTOHEAL_FIX_TOKEN');
    expect(r.out).not.toContain('AUTOHEAL_FIX_AUTHORS');
    expect(r.out).not.toContain('create and approve pull requests');
    expect(Object.keys(await snapshot(dir))).not.toContain(HEAL);
  });

  it('prints workflow names from the repository without their control characters', async () => {
    const dir = await repo('node-library');
    await writeFile(
      path.join(dir, '.github/workflows/evil.yml'),
      'name: "Evil\\e]0;owned\\a"\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
    );
    const r = await init([dir, '--dry-run']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('Evil?]0;owned?');
    expect(r.out.split('\n').find((l) => l.includes('(watching'))).not.toMatch(/[\u001b\u0007]/);
  });

  it('rejects unknown workflows and a missing folder as usage mistakes', async () => {
    const dir = await repo('node-library');
    const unknown = await init([dir, '--with', 'heal,deploy']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/--with: unknown "deploy"; choose from heal, pr-review/);
    expect((await init([path.join(dir, 'nope')])).code).toBe(EXIT.usage);
  });
});

describe('the .github/autoheal.yml init writes', () => {
  const text = renderConfigFile();

  it('names every key of the schema', () => {
    for (const row of configDocRows()) {
      const name = row.key.split('.').pop()!;
      expect(text, row.key).toContain(`${name}:`);
    }
  });

  it('changes nothing as written, and reads as the defaults with every key uncommented', () => {
    expect(loadConfig(text)).toEqual(defaultConfig());
    // Uncomment each key line (`# key: value` or `# section:`), leave descriptions commented.
    const uncommented = text
      .split('\n')
      .map((l) => (/^# (\s*)[a-z][a-z-]*:/.test(l) ? l.slice(2) : l))
      .join('\n');
    expect(uncommented).not.toBe(text);
    expect(uncommented).toMatch(/^ {2}max-per-hour: 5$/m);
    expect(loadConfig(uncommented)).toEqual(defaultConfig());
  });
});
