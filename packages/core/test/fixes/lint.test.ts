import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/config/globs.js';
import { DEFAULT_LINT_PATHS } from '../../src/config/schema.js';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { unquoteGitPath, validateLintDiff } from '../../src/fixes/lint-diff.js';
import { CONFIG, context, findingOf, memoryRepo } from './helpers.js';

/** A scratch git repository outside the project, to get diffs in git's real format. */
let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: repo,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  });
const write = (path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

/** The diff of the given edits against a fresh commit of the base files. */
function diffOf(edit: () => void): string {
  git('reset', '-q', '--hard', 'base');
  git('clean', '-qfdx');
  edit();
  git('add', '-A');
  return git('diff', '--cached', 'base');
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'autoheal-lint-'));
  git('init', '-q');
  write('src/a.ts', 'const a = 1\nexport default a\n');
  write('src/b.ts', "export const b = 'b'\n");
  write('.github/workflows/ci.yml', 'on: push\n');
  write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  write('run.sh', 'echo hi\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('tag', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const limits = (touchedFiles: string[], maxBytes = 100_000) => ({ touchedFiles, maxBytes });

describe('validateLintDiff', () => {
  it('accepts text edits of touched files', () => {
    const diff = diffOf(() => {
      write('src/a.ts', 'const a = 1;\nexport default a;\n');
      write('src/b.ts', 'export const b = "b";\n');
    });
    expect(validateLintDiff(diff, limits(['src/a.ts', 'src/b.ts']))).toEqual({
      ok: true,
      problems: [],
      files: ['src/a.ts', 'src/b.ts'],
    });
  });

  it('refuses files the command did not touch, workflows, binaries, symlinks, new files, renames and mode changes', () => {
    const untouched = diffOf(() => write('src/b.ts', 'export const b = "b";\n'));
    expect(validateLintDiff(untouched, limits(['src/a.ts'])).problems).toEqual([
      'src/b.ts: not a file the fix command touched',
    ]);
    const workflow = diffOf(() => write('.github/workflows/ci.yml', 'on: [push]\n'));
    expect(validateLintDiff(workflow, limits(['.github/workflows/ci.yml'])).problems[0]).toMatch(
      /a workflow file/,
    );
    const binary = diffOf(() => write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9])));
    expect(validateLintDiff(binary, limits(['logo.png'])).problems[0]).toMatch(/a binary change/);
    const link = diffOf(() => {
      rmSync(join(repo, 'src/b.ts'));
      symlinkSync('/etc/passwd', join(repo, 'src/b.ts'));
    });
    // git shows a file turned into a link as a deletion and a creation of mode 120000.
    expect(validateLintDiff(link, limits(['src/b.ts'])).problems).toEqual([
      'src/b.ts: a created or deleted file',
      'src/b.ts: a symbolic link',
    ]);
    const retarget = link
      .replace('new file mode 120000', 'new mode 120000')
      .replace(/^deleted file mode.*\n/m, '');
    expect(validateLintDiff(retarget, limits(['src/b.ts'])).problems).toContain('src/b.ts: a symbolic link');
    const created = diffOf(() => write('src/c.ts', 'export {}\n'));
    expect(validateLintDiff(created, limits(['src/c.ts'])).problems[0]).toMatch(/created or deleted/);
    const renamed = diffOf(() => {
      rmSync(join(repo, 'src/b.ts'));
      write('src/bb.ts', "export const b = 'b'\n");
    });
    expect(validateLintDiff(renamed, limits(['src/b.ts', 'src/bb.ts'])).ok).toBe(false);
    const mode = diffOf(() => chmodSync(join(repo, 'run.sh'), 0o755));
    expect(validateLintDiff(mode, limits(['run.sh'])).problems[0]).toMatch(/mode change/);
  });

  it('decodes quoted paths and checks them like any other', () => {
    const diff = diffOf(() => write('docs/é.md', '# t\n'));
    expect(diff).toContain('"b/docs/\\303\\251.md"');
    expect(unquoteGitPath('"b/docs/\\303\\251.md"')).toBe('b/docs/é.md');
    expect(validateLintDiff(diff, limits(['docs/é.md'])).problems[0]).toMatch(
      /docs\/é\.md: a created or deleted file/,
    );
  });

  it('refuses a file section with a second ---/+++ pair (another file’s name after the first)', () => {
    const diff = diffOf(() => write('src/a.ts', 'const a = 1;\nexport default a;\n'));
    // A reader that takes the last `+++` line of a section would apply the hunk to the workflow.
    const doubled = diff.replace(
      '+++ b/src/a.ts\n',
      '+++ b/src/a.ts\n--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n',
    );
    expect(doubled).not.toBe(diff);
    expect(validateLintDiff(doubled, limits(['src/a.ts'])).problems).toEqual([
      'src/a.ts: more than one ---/+++ file header',
    ]);
  });

  it('refuses oversized diffs, escaping paths, text before the first file and miscounted hunks', () => {
    const diff = diffOf(() => write('src/a.ts', 'const a = 1;\nexport default a;\n'));
    expect(validateLintDiff(diff, limits(['src/a.ts'], 50)).problems[0]).toMatch(/more than the 50 allowed/);
    const escaping = diff.replaceAll('src/a.ts', '../outside/a.ts');
    expect(validateLintDiff(escaping, limits(['../outside/a.ts'])).problems[0]).toMatch(/"\.\."/);
    const dotgit = diff.replaceAll('src/a.ts', '.git/hooks/pre-commit');
    expect(validateLintDiff(dotgit, limits(['.git/hooks/pre-commit'])).problems[0]).toMatch(/inside \.git/);
    expect(validateLintDiff(`hello\n${diff}`, limits(['src/a.ts'])).problems).toEqual([
      'the diff has text before its first file',
    ]);
    const miscounted = diff.replace(/@@ -1,2 \+1,2 @@/, '@@ -1,1 +1,1 @@');
    expect(validateLintDiff(miscounted, limits(['src/a.ts'])).problems[0]).toMatch(
      /unexpected line|longer than its header/,
    );
    expect(validateLintDiff('', limits([])).problems).toEqual(['the diff changes no file']);
    expect(() => validateLintDiff(diff, limits(['src/a.ts'], 0))).toThrow(/maxBytes: 0 is not allowed/);
  });
});

describe('lint fix plan', () => {
  const WF = 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pnpm lint\n';
  const log = [
    '##[group]Run pnpm lint',
    'pnpm lint',
    '##[endgroup]',
    '/home/runner/work/a/a/src/a.ts',
    "  3:7  error  'x' is assigned a value but never used  no-unused-vars",
    '',
    '✖ 1 problem (1 error, 0 warnings)',
    '##[error]Process completed with exit code 1.',
  ];

  it('plans the configured command, verified by the failing step’s own command', async () => {
    const finding = await findingOf(log);
    const files = memoryRepo({ '.github/workflows/ci.yml': WF });
    const result = await generateFix(
      context(finding, files, {
        workflowPath: '.github/workflows/ci.yml',
        config: { ...CONFIG, lintCommand: 'pnpm lint --fix' },
      }),
    );
    expect(result).toMatchObject({
      kind: 'command',
      fixType: 'lint_failure',
      command: 'pnpm lint --fix',
      verify: 'pnpm lint',
    });
  });

  it('has no plan without a configured command, and refuses a multi-line one', async () => {
    const finding = await findingOf(log);
    const files = memoryRepo({});
    expect(await generateFix(context(finding, files))).toEqual({
      kind: 'none',
      reason: expect.stringContaining('fixes.lintCommand is not set'),
    });
    await expect(
      generateFix(context(finding, files, { config: { ...CONFIG, lintCommand: 'a\nb' } })),
    ).rejects.toThrow(/fixes\.lintCommand/);
  });
});

describe('fixes.lint-paths', () => {
  it('by default keeps a lint diff away from .github, manifests, lockfiles, CODEOWNERS and CI scripts', () => {
    const allowed = globMatcher(DEFAULT_LINT_PATHS);
    for (const ok of [
      'src/a.ts',
      'README.md',
      'packages/x/src/index.ts',
      'docs/.vitepress/config.ts',
      'app/models.py',
    ])
      expect(allowed(ok), ok).toBe(true);
    for (const no of [
      '.github/workflows/ci.yml',
      '.github/actions/setup/action.yml',
      '.github/CODEOWNERS',
      'CODEOWNERS',
      'docs/CODEOWNERS',
      '.gitattributes',
      '.gitmodules',
      'package.json',
      'packages/x/package.json',
      'pnpm-lock.yaml',
      'yarn.lock',
      'requirements.txt',
      'requirements-dev.txt',
      'requirements/test.in',
      'pyproject.toml',
      'go.mod',
      'Cargo.toml',
      'Cargo.lock',
      'Makefile',
      'scripts/build.js',
      'tools/release.sh',
      'conftest.py',
      '.husky/pre-commit',
    ])
      expect(allowed(no), no).toBe(false);
  });

  it('refuses a diff touching a path the config does not allow', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1111111..2222222 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '',
    ].join('\n');
    expect(
      validateLintDiff(diff, { maxBytes: 10_000, allowedPath: globMatcher(['lib/**']) }).problems,
    ).toEqual(['src/a.ts: outside fixes.lint-paths (a lint fix may not change it)']);
    expect(
      validateLintDiff(diff, { maxBytes: 10_000, allowedPath: globMatcher(DEFAULT_LINT_PATHS) }).ok,
    ).toBe(true);
  });
});
