import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { directoryRepoFiles } from '../../src/fixes/repo-files.js';
import { unifiedDiff } from '../../src/fixes/unified-diff.js';
import { validateChanges } from '../../src/fixes/validate.js';
import { context, findingOf, memoryRepo } from './helpers.js';

const scratch: string[] = [];
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'autoheal-repo-'));
  scratch.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const JOB_TIMEOUT = [
  '##[group]Run make',
  'make',
  '##[endgroup]',
  '##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 20 minutes.',
];
const WF =
  'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    steps:\n      - run: make\n';

describe('generateFix', () => {
  it('returns no patch when the workflow parser objects to the edited file', async () => {
    const files = memoryRepo({ '.github/workflows/ci.yml': WF });
    const picky = async (text: string) =>
      text.includes('timeout-minutes: 30') ? ['timeout-minutes is too high'] : [];
    const result = await generateFix(
      context(await findingOf(JOB_TIMEOUT), files, {
        workflowPath: '.github/workflows/ci.yml',
        validateWorkflow: picky,
      }),
    );
    expect(result).toEqual({
      kind: 'none',
      reason: expect.stringContaining(
        'failed validation: .github/workflows/ci.yml: the workflow parser reports: timeout-minutes is too high',
      ),
    });
  });

  it('has no fix for categories without a mechanical one', async () => {
    const finding = await findingOf([
      "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      '##[error]Process completed with exit code 2.',
    ]);
    expect(await generateFix(context(finding, memoryRepo({})))).toEqual({
      kind: 'none',
      reason: 'a compile error has no mechanical fix',
    });
  });

  it('works on a checkout on disk, and its diff applies with git to give the patched file', async () => {
    const root = checkout({ '.github/workflows/ci.yml': WF, Makefile: 'all:\n\ttrue\n' });
    const result = await generateFix(
      context(await findingOf(JOB_TIMEOUT), directoryRepoFiles(root), {
        workflowPath: '.github/workflows/ci.yml',
      }),
    );
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    writeFileSync(join(root, 'fix.diff'), unifiedDiff(result.changes));
    execFileSync('git', ['apply', 'fix.diff'], {
      cwd: root,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    });
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toBe(result.changes[0]!.after);
  });
});

describe('directoryRepoFiles', () => {
  it('reads and lists inside the checkout only, never through symbolic links', async () => {
    const root = checkout({ 'a/b.txt': 'b', 'c.txt': 'c' });
    symlinkSync('/etc', join(root, 'etc-link'));
    symlinkSync(join(root, 'c.txt'), join(root, 'a/c-link.txt'));
    const files = directoryRepoFiles(root);
    expect(await files.read('a/b.txt')).toBe('b');
    expect(await files.list('')).toEqual(['a/', 'c.txt']);
    expect(await files.list('a')).toEqual(['b.txt']);
    expect(await files.read('../c.txt')).toBeUndefined();
    expect(await files.read('/etc/hostname')).toBeUndefined();
    expect(await files.read('etc-link/hostname')).toBeUndefined();
    expect(await files.read('a/c-link.txt')).toBeUndefined();
    expect(await files.list('etc-link')).toEqual([]);
    expect(await files.read('missing')).toBeUndefined();
  });
});

describe('validateChanges', () => {
  it('accepts a clean change and reports every kind of problem', async () => {
    const json = '{\n  "a": 1\n}\n';
    expect(
      await validateChanges([{ path: 'package.json', before: json, after: '{\n  "a": 1,\n  "b": 2\n}\n' }], {
        intended: ['package.json'],
      }),
    ).toEqual([]);
    expect(await validateChanges([], { intended: [] })).toEqual(['the fix changes nothing']);
    const problems = await validateChanges(
      [
        { path: 'package.json', before: json, after: '{\n    "a": 2\n}\n' },
        { path: 'other.yml', before: 'a: 1\r\nb: 2\r\n', after: 'a: 1\r\nb: [\nc: 3\r\n' },
        { path: 'same.txt', before: 'x', after: 'x' },
        {
          path: 'pyproject.toml',
          before: '[project]\ndependencies = []\n',
          after: '[project]\nname = "x"\ndependencies = []\n',
        },
        { path: 'Cargo.toml', before: 'a = 1\n', after: 'a = 2\n' },
      ],
      { intended: ['package.json', 'same.txt', 'pyproject.toml', 'Cargo.toml'] },
    );
    expect(problems).toEqual([
      'package.json: the change alters the indentation',
      'other.yml was not meant to be changed',
      'other.yml uses CRLF line endings but the change adds LF ones',
      expect.stringMatching(/^other\.yml no longer parses/),
      'same.txt is unchanged',
      'pyproject.toml: text outside the [project] dependencies array changed',
      'pyproject.toml: the dependencies array did not gain exactly one string',
      'Cargo.toml: TOML files other than pyproject.toml are never edited',
    ]);
  });
});
