/**
 * `pnpm release` end to end on a throw-away git repository made of this repository's templates,
 * workflows, READMEs and manifests: three commits, every pin of ours rewritten to the right one,
 * tags, the changelog, and the refusal to leave a placeholder pin behind.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActions, repoRoot } from '../src/actions.js';
import { ownPinPattern, PLACEHOLDER_SHA } from '../src/release/published.js';
import { parseVersion, ReleaseError, release, rewritePins, setVersion } from '../src/release/release.js';
import { listTemplates } from '../src/templates/check-templates.js';
import { checkReusableCalls } from '../src/templates/reusable-calls.js';
import { WorkflowDocument } from '../src/templates/workflow-document.js';

const exec = promisify(execFile);
const ACTIONS = findActions().map((a) => a.name);

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-release-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function git(root: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd: root })).stdout.trim();
}

/** A git repository holding what the release touches, with no action built yet. */
async function throwAwayRepo(name: string): Promise<string> {
  const root = path.join(temp, name);
  await mkdir(root, { recursive: true });
  for (const part of ['workflows-templates', '.github/workflows'])
    await cp(path.join(repoRoot, part), path.join(root, part), { recursive: true });
  for (const file of ['package.json', 'README.md', 'DEVELOPERS.md', '.gitignore'])
    await cp(path.join(repoRoot, file), path.join(root, file));
  for (const parent of ['packages', 'actions'])
    for (const entry of await readdir(path.join(repoRoot, parent), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const file of ['package.json', 'README.md', 'action.yml']) {
        const from = path.join(repoRoot, parent, entry.name, file);
        const text = await readFile(from, 'utf8').catch(() => undefined);
        if (text === undefined) continue;
        await mkdir(path.join(root, parent, entry.name), { recursive: true });
        await writeFile(path.join(root, parent, entry.name, file), text);
      }
    }
  await git(root, 'init', '--quiet', '--initial-branch=main');
  for (const [key, value] of [
    ['user.name', 'release test'],
    ['user.email', 'release@example.invalid'],
    ['commit.gpgSign', 'false'],
    ['tag.gpgSign', 'false'],
  ])
    await git(root, 'config', key!, value!);
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '--message', 'initial import');
  await writeFile(path.join(root, 'actions', ACTIONS[0]!, 'NOTES.md'), 'notes\n');
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '--message', 'notes: <b>bold</b> claims');
  return root;
}

/** The build: each action's committed bundle, as `pnpm build` would write it. */
async function build(root: string): Promise<void> {
  for (const name of ACTIONS)
    await cp(path.join(repoRoot, 'actions', name, 'dist'), path.join(root, 'actions', name, 'dist'), {
      recursive: true,
    });
}

/** The CLI bundle's copy of the templates, as cli-bundle.ts makes it. */
async function rebuildCli(root: string): Promise<void> {
  await rm(path.join(root, 'packages/cli/dist/templates'), { recursive: true, force: true });
  await cp(path.join(root, 'workflows-templates'), path.join(root, 'packages/cli/dist/templates'), {
    recursive: true,
  });
}

/** Every pin of ours in a file at a commit: `target@sha # comment`. */
async function pinsAt(
  root: string,
  commit: string,
  file: string,
): Promise<{ target: string; sha: string; line: string }[]> {
  const text = await git(root, 'show', `${commit}:${file}`);
  return [...text.matchAll(ownPinPattern())].map((m) => ({ target: m[1]!, sha: m[2]!, line: m[0] }));
}

describe('pnpm release', () => {
  it('builds, versions, logs, pins actions to the dist commit and workflows to the commit that pins those, and tags', async () => {
    const root = await throwAwayRepo('full');
    const start = await git(root, 'rev-parse', 'HEAD');
    const lines: string[] = [];
    const result = await release({
      root,
      version: 'v0.1.0',
      date: '2026-12-07',
      build,
      rebuildCli,
      log: (l) => lines.push(l),
    });
    const { distCommit, actionsPinCommit, releaseCommit } = result;
    expect(await git(root, 'log', '--format=%s', `${start}..HEAD`)).toBe(
      ['release: pin workflows to v0.1.0', 'release: pin actions to v0.1.0', 'release: v0.1.0'].join('\n'),
    );
    expect(await git(root, 'rev-parse', 'HEAD~2', 'HEAD~1', 'HEAD')).toBe(
      [distCommit, actionsPinCommit, releaseCommit].join('\n'),
    );
    expect(await git(root, 'status', '--porcelain')).toBe('');

    // The dist commit holds every action's bundle, the versions and the changelog.
    const inDist = (await git(root, 'ls-tree', '-r', '--name-only', distCommit!)).split('\n');
    for (const name of ACTIONS) expect(inDist, name).toContain(`actions/${name}/dist/index.js`);
    for (const file of ['package.json', 'packages/core/package.json', `actions/${ACTIONS[0]}/package.json`])
      expect(JSON.parse(await git(root, 'show', `${distCommit}:${file}`)).version, file).toBe('0.1.0');
    const changelog = await git(root, 'show', `${distCommit}:CHANGELOG.md`);
    expect(changelog).toMatch(
      /^# Changelog\n\n## v0\.1\.0 \(2026-12-07\)\n\nFirst release\.\n\n- notes: &lt;b&gt;bold&lt;\/b&gt; claims\n- initial import$/,
    );

    // Action pins (copy-in templates, reusable workflows, READMEs) name the dist commit…
    const reusable = (await readdir(path.join(root, '.github/workflows'))).map(
      (n) => `.github/workflows/${n}`,
    );
    const templates = (await listTemplates(root)).map((n) => `workflows-templates/${n}`);
    let actionPins = 0;
    let workflowPins = 0;
    for (const file of [...reusable, ...templates, ...ACTIONS.map((a) => `actions/${a}/README.md`)]) {
      for (const pin of await pinsAt(root, releaseCommit!, file)) {
        if (pin.target.startsWith('actions/')) {
          actionPins++;
          expect(pin.sha, `${file}: ${pin.line}`).toBe(distCommit);
          // …which holds that action's dist.
          expect(inDist).toContain(`${pin.target}/dist/index.js`);
        } else {
          workflowPins++;
          // Workflow pins name the commit whose reusable workflows pin the dist commit.
          expect(pin.sha, `${file}: ${pin.line}`).toBe(actionsPinCommit);
          for (const inner of await pinsAt(root, actionsPinCommit!, pin.target))
            expect(inner.sha, `${pin.target}@${actionsPinCommit}`).toBe(distCommit);
        }
        if (file.endsWith('.yml')) expect(pin.line, file).toMatch(/@[0-9a-f]{40} # v0\.1\.0$/);
      }
    }
    expect(actionPins).toBeGreaterThanOrEqual(ACTIONS.length + 6);
    expect(workflowPins).toBe(6);
    // The CLI's embedded templates were rebuilt with the pins.
    expect(await readFile(path.join(root, 'packages/cli/dist/templates/auto-heal.yml'), 'utf8')).toBe(
      await readFile(path.join(root, 'workflows-templates/auto-heal.yml'), 'utf8'),
    );
    expect(await git(root, 'grep', '-l', `@${PLACEHOLDER_SHA}`).catch(() => '')).toBe('');
    // Callers still agree with what they call.
    for (const file of templates.filter((t) => !t.includes('/full/'))) {
      const doc = new WorkflowDocument(await readFile(path.join(root, file), 'utf8'), file);
      expect(await checkReusableCalls(root, doc), file).toEqual([]);
    }

    expect(result.tags).toEqual(['v0.1.0', 'v0']);
    expect(await git(root, 'rev-parse', 'v0.1.0^{commit}', 'v0^{commit}')).toBe(
      `${releaseCommit}\n${releaseCommit}`,
    );
    expect(lines.join('\n')).toMatch(/tagged v0\.1\.0 and moved v0/);

    // The next release: its changelog starts at the tag, and v0 moves.
    await writeFile(
      path.join(root, 'README.md'),
      `${await readFile(path.join(root, 'README.md'), 'utf8')}\nMore.\n`,
    );
    await git(root, 'commit', '--quiet', '--all', '--message', 'README: more');
    const next = await release({ root, version: '0.2.0', date: '2026-12-08', build, rebuildCli });
    expect(await git(root, 'rev-parse', 'v0^{commit}', 'v0.1.0^{commit}')).toBe(
      `${next.releaseCommit}\n${releaseCommit}`,
    );
    expect(next.changelog).toBe('## v0.2.0 (2026-12-08)\n\nChanges since v0.1.0:\n\n- README: more\n\n');
    expect(await readFile(path.join(root, 'CHANGELOG.md'), 'utf8')).toMatch(
      /^# Changelog\n\n## v0\.2\.0[\s\S]*\n## v0\.1\.0 /,
    );
    const heal = await pinsAt(root, 'HEAD', 'workflows-templates/auto-heal.yml');
    expect(heal.map((p) => p.sha)).toEqual([next.actionsPinCommit]);
    await expect(release({ root, version: '0.2.0', build })).rejects.toThrow(/tag v0\.2\.0 exists already/);
  }, 60_000);

  it('--dry-run changes nothing and lists what it would; --no-tag commits without tags', async () => {
    const root = await throwAwayRepo('dry');
    const head = await git(root, 'rev-parse', 'HEAD');
    let built = 0;
    const lines: string[] = [];
    const dry = await release({
      root,
      version: '1.0.0',
      dryRun: true,
      build: async () => {
        built++;
      },
      log: (l) => lines.push(l),
    });
    expect(built).toBe(0);
    expect(await git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(await git(root, 'status', '--porcelain')).toBe('');
    expect(dry.pinnedFiles).toEqual(
      expect.arrayContaining(['.github/workflows/heal.yml', 'workflows-templates/auto-heal.yml']),
    );
    expect(lines.join('\n')).toMatch(/dry run[\s\S]*tags: v1\.0\.0, v1 \(moved\)/);

    const result = await release({ root, version: '1.0.0', tag: false, build, rebuildCli });
    expect(result.tags).toEqual([]);
    expect(await git(root, 'tag', '--list')).toBe('');
    expect(await git(root, 'rev-list', '--count', `${head}..HEAD`)).toBe('3');
  }, 60_000);

  it('refuses a dirty tree, a bad version, and stops before committing pins when a placeholder would remain', async () => {
    const root = await throwAwayRepo('refusals');
    await expect(release({ root, version: '1.0', build })).rejects.toThrow(ReleaseError);
    await writeFile(path.join(root, 'README.md'), 'changed\n');
    await expect(release({ root, version: '1.0.0', build })).rejects.toThrow(/working tree has changes/);
    await git(root, 'checkout', '--', 'README.md');

    // A pin the release does not rewrite (in source code) must not survive silently.
    await mkdir(path.join(root, 'packages/cli/src'), { recursive: true });
    await writeFile(
      path.join(root, 'packages/cli/src/pins.ts'),
      `export const PIN = 'autoheal/autoheal/actions/generate-fix@${PLACEHOLDER_SHA}';\n`,
    );
    await git(root, 'add', '--all');
    await git(root, 'commit', '--quiet', '--message', 'a stray pin');
    await expect(release({ root, version: '1.0.0', build, rebuildCli })).rejects.toThrow(
      /placeholder pins \(@0{40}\) remain in packages\/cli\/src\/pins\.ts/,
    );
    expect(await git(root, 'log', '-1', '--format=%s')).toBe('release: pin actions to v1.0.0');
    expect(await git(root, 'tag', '--list')).toBe('');
  }, 60_000);
});

describe('release helpers', () => {
  it('parses versions strictly', () => {
    expect(parseVersion('v1.2.3')).toEqual({ version: '1.2.3', major: 'v1' });
    expect(parseVersion('0.1.0-rc.1')).toEqual({ version: '0.1.0-rc.1', major: 'v0' });
    for (const bad of ['1.2', 'v1.2.3; rm -rf /', '1.2.3.4', 'latest'])
      expect(() => parseVersion(bad), bad).toThrow(ReleaseError);
  });

  it('sets the top-level version only, keeping the formatting', () => {
    const text =
      '{\n  "name": "x",\n  "version": "0.0.1",\n  "dependencies": { "y": { "version": "9" } }\n}\n';
    expect(setVersion(text, '0.1.0', 'p')).toBe(text.replace('0.0.1', '0.1.0'));
    expect(setVersion('{\n  "name": "x",\n  "private": true\n}\n', '0.1.0', 'p')).toBe(
      '{\n  "name": "x",\n  "version": "0.1.0",\n  "private": true\n}\n',
    );
    expect(() => setVersion('{\n  "private": true\n}\n', '0.1.0', 'p')).toThrow(
      /could not set the version in p/,
    );
  });

  it('rewrites only the pins of the kind asked, adding the release comment on uses: lines', () => {
    const sha = 'a'.repeat(40);
    const text = [
      `      - uses: autoheal/autoheal/actions/generate-fix@${PLACEHOLDER_SHA} # v0.0.9`,
      `    uses: autoheal/autoheal/.github/workflows/heal.yml@${PLACEHOLDER_SHA}`,
      `In prose: \`autoheal/autoheal/actions/pr-reviewer@${PLACEHOLDER_SHA}\`.`,
      `      - uses: other/repo/actions/x@${PLACEHOLDER_SHA} # v1.0.0`,
    ].join('\n');
    expect(rewritePins(text, 'actions', sha, '0.1.0').split('\n')).toEqual([
      `      - uses: autoheal/autoheal/actions/generate-fix@${sha} # v0.1.0`,
      `    uses: autoheal/autoheal/.github/workflows/heal.yml@${PLACEHOLDER_SHA}`,
      `In prose: \`autoheal/autoheal/actions/pr-reviewer@${sha}\`.`,
      `      - uses: other/repo/actions/x@${PLACEHOLDER_SHA} # v1.0.0`,
    ]);
    expect(rewritePins(text, 'workflows', sha, '0.1.0').split('\n')[1]).toBe(
      `    uses: autoheal/autoheal/.github/workflows/heal.yml@${sha} # v0.1.0`,
    );
  });
});
