/**
 * The push step of workflows-templates/full/update-workflow-list.yml, run by bash as the runner would,
 * against a local bare repository as `origin` and a stand-in `gh` (the compare API answered from
 * that repository's history, through the real jq): it must replace the branch only over autoheal's
 * own commit and refuse when a maintainer committed there.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../src/actions.js';

const exec = promisify(execFile);
const BRANCH = 'autoheal/update-workflow-list';
const FILE = '.github/workflows/auto-heal.yml';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-uwl-template-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

interface Step {
  name?: string;
  run?: string;
}

async function pushScript(
  file = path.join('workflows-templates', 'full', 'update-workflow-list.yml'),
): Promise<string> {
  const text = await readFile(path.join(repoRoot, file), 'utf8');
  const workflow = parse(text) as { jobs: { update: { steps: Step[] } } };
  const step = workflow.jobs.update.steps.find((s) => s.name === 'Open or update the pull request');
  if (step?.run === undefined) throw new Error('the push step is missing from the template');
  return step.run;
}

/** A stand-in for gh: the compare API from the bare origin's history, pull requests recorded to a log. */
const FAKE_GH = `#!/usr/bin/env bash
set -euo pipefail
case "$1" in
  auth) exit 0 ;;
  api)
    range="\${2##*/compare/}"; base="\${range%%...*}"; head="\${range##*...}"
    jq_expr="$4"
    git fetch -q origin "+refs/heads/*:refs/fake/*"
    {
      printf '{"commits":['
      sep=''
      for sha in $(git rev-list --reverse "$base..$head"); do
        email="$(git log -1 --format=%ce "$sha")"
        message="$(git log -1 --format=%B "$sha")"
        printf '%s{"sha":"%s","commit":{"message":%s,"committer":{"email":%s}}}' "$sep" "$sha" \\
          "$(printf '%s' "$message" | jq -Rs .)" "$(printf '%s' "$email" | jq -Rs .)"
        sep=','
      done
      printf ']}'
    } | jq -r "$jq_expr"
    ;;
  pr)
    echo "pr $*" >> "$GH_LOG"
    ;;
esac
`;

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd })).stdout.trim();
}

async function setUp(name: string): Promise<{ origin: string; work: string; bin: string; log: string }> {
  const dir = path.join(temp, name);
  const origin = path.join(dir, 'origin.git');
  const work = path.join(dir, 'work');
  const bin = path.join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  await writeFile(path.join(bin, 'gh'), FAKE_GH);
  await chmod(path.join(bin, 'gh'), 0o755);
  await exec('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  await exec('git', ['init', '-q', '-b', 'main', work]);
  await git(work, 'config', 'user.name', 'Maintainer');
  await git(work, 'config', 'user.email', 'maintainer@example.com');
  await mkdir(path.join(work, '.github', 'workflows'), { recursive: true });
  await writeFile(path.join(work, FILE), 'workflows: [CI]\n');
  await git(work, 'add', '.');
  await git(work, 'commit', '-q', '-m', 'base');
  await git(work, 'remote', 'add', 'origin', origin);
  await git(work, 'push', '-q', 'origin', 'main');
  return { origin, work, bin, log: path.join(dir, 'gh.log') };
}

async function runPush(
  repo: { work: string; bin: string; log: string },
  list: string,
): Promise<{ code: number; stdout: string }> {
  await git(repo.work, 'switch', '-q', '--detach', 'main');
  await writeFile(path.join(repo.work, FILE), list);
  const env = {
    PATH: `${repo.bin}:${process.env.PATH}`,
    HOME: repo.work,
    GH_TOKEN: 'token',
    GH_LOG: repo.log,
    FILE,
    BASE: 'main',
    RUN_URL: 'https://github.com/o/r/actions/runs/1',
    GITHUB_REPOSITORY: 'o/r',
    RUNNER_TEMP: path.dirname(repo.work),
  };
  try {
    const { stdout } = await exec('bash', ['-e', '-c', await pushScript()], { cwd: repo.work, env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

describe('update-workflow-list.yml pushes its branch', () => {
  it('creates the branch, then replaces its own commit on the next run', async () => {
    const repo = await setUp('own');
    const first = await runPush(repo, 'workflows: [CI, Docs]\n');
    expect(first.code).toBe(0);
    const created = await git(repo.origin, 'rev-parse', BRANCH);
    expect(await git(repo.origin, 'log', '-1', '--format=%B', BRANCH)).toContain(
      'Autoheal-Generated: update-workflow-list',
    );
    const second = await runPush(repo, 'workflows: [CI, Docs, Lint]\n');
    expect(second.code).toBe(0);
    const replaced = await git(repo.origin, 'rev-parse', BRANCH);
    expect(replaced).not.toBe(created);
    expect(await git(repo.origin, 'show', `${BRANCH}:${FILE}`)).toBe('workflows: [CI, Docs, Lint]');
    expect(await readFile(repo.log, 'utf8')).toMatch(/^pr pr create /m);
  }, 60_000);

  it("refuses, with a clear error, to overwrite a maintainer's commit on the branch", async () => {
    const repo = await setUp('maintainer');
    expect((await runPush(repo, 'workflows: [CI, Docs]\n')).code).toBe(0);
    // A maintainer adds a commit of their own on autoheal's branch.
    await git(repo.work, 'fetch', '-q', 'origin', `${BRANCH}:refs/remotes/origin/${BRANCH}`);
    await git(repo.work, 'switch', '-q', '-C', 'edit', `origin/${BRANCH}`);
    await writeFile(path.join(repo.work, 'NOTE.md'), 'keep this\n');
    await git(repo.work, 'add', 'NOTE.md');
    await git(repo.work, '-c', 'user.email=maintainer@example.com', 'commit', '-q', '-m', 'a note');
    await git(repo.work, 'push', '-q', 'origin', `edit:${BRANCH}`);
    const theirs = await git(repo.origin, 'rev-parse', BRANCH);

    const result = await runPush(repo, 'workflows: [CI, Docs, Lint]\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error::The branch ${BRANCH} has commits autoheal did not make \\(${theirs.slice(0, 12)}\\); it is not overwritten`,
        'm',
      ),
    );
    expect(await git(repo.origin, 'rev-parse', BRANCH)).toBe(theirs);
  }, 60_000);
});

describe('the reusable update-workflow-list.yml', () => {
  it('runs the same push script as the copy-in file, but for the message naming the secret', async () => {
    const reusable = await pushScript(path.join('.github', 'workflows', 'update-workflow-list.yml'));
    const full = await pushScript();
    const differing = (a: string, b: string) => a.split('\n').filter((line) => !b.split('\n').includes(line));
    expect(differing(reusable, full)).toEqual([
      expect.stringMatching(/::error::The fix-token secret is empty/),
    ]);
    expect(differing(full, reusable)).toEqual([
      expect.stringMatching(/::error::The secret AUTOHEAL_WORKFLOWS_TOKEN is not set/),
    ]);
  });
});
