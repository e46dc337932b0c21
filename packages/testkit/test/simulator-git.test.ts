import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../core/src/github-client.js';
import { GitObjectStore, hashObject } from '../src/simulator/git-objects.js';
import { diffLines } from '../src/simulator/line-diff.js';
import { SIMULATOR_TOKEN, seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const USER_TOKEN = 'ghp_userToken00000000000000000000000000';
const WORKFLOW_TOKEN = 'ghs_workflowsToken0000000000000000000000';
const o = { owner: 'octo-org', repo: 'widgets' };

function seed() {
  return seedBuilder()
    .user('mona')
    .token(USER_TOKEN, 'mona')
    .token(WORKFLOW_TOKEN, 'deploy-bot[bot]', { workflows: true })
    .repo('octo-org/widgets', (r) =>
      r
        .set({ created_at: '2026-01-01T00:00:00Z' })
        .files({ 'README.md': 'hello\n', 'src/a.txt': 'a\n', '.github/workflows/ci.yml': 'name: CI\n' })
        .branch('feature', { 'src/a.txt': 'a2\n' }),
    )
    .build();
}

let sim: GitHubSimulator;
let gh: GitHubClient;
const client = (token: string) =>
  createGitHubClient({ token, apiUrl: sim.url, pacing: { writeMs: 0, notifyMs: 0 }, retries: 0 });

beforeEach(async () => {
  sim = await startGitHubSimulator({ seed: seed(), now: () => Date.parse('2026-02-01T00:00:00Z') });
  gh = client(SIMULATOR_TOKEN);
});
afterEach(async () => {
  await sim.close();
});

describe('git objects', () => {
  it('hashes blobs and trees exactly as git does', () => {
    // Well-known git object ids: `echo hello | git hash-object --stdin` and the empty tree.
    expect(hashObject('blob', Buffer.from('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const store = new GitObjectStore();
    expect(store.writeTree([])).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  it('hashes a commit from its canonical text', () => {
    const store = new GitObjectStore();
    const tree = store.writeTree([]);
    const sig = { name: 'Mona', email: 'mona@example.com', date: '2026-01-01T00:00:00Z' };
    const sha = store.writeCommit({ tree, parents: [], author: sig, committer: sig, message: 'init\n' });
    const text = `tree ${tree}\nauthor Mona <mona@example.com> 1767225600 +0000\ncommitter Mona <mona@example.com> 1767225600 +0000\n\ninit\n`;
    const expected = createHash('sha1')
      .update(`commit ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex');
    expect(sha).toBe(expected);
  });

  it('sorts a subtree after a file whose name it prefixes, as git does', () => {
    const store = new GitObjectStore();
    const blob = store.writeBlob('x');
    const sub = store.writeTree([{ name: 'f', mode: '100644', type: 'blob', sha: blob }]);
    const tree = store.writeTree([
      { name: 'a', mode: '040000', type: 'tree', sha: sub },
      { name: 'a.txt', mode: '100644', type: 'blob', sha: blob },
    ]);
    // git compares "a/" with "a.txt": '.' (0x2e) sorts before '/' (0x2f).
    expect(store.tree(tree)!.map((e) => e.name)).toEqual(['a.txt', 'a']);
  });

  it('gives identical content the same sha through the API', async () => {
    const one = await gh.rest.git.createBlob({ ...o, content: 'same\n' });
    const two = await gh.rest.git.createBlob({
      ...o,
      content: Buffer.from('same\n').toString('base64'),
      encoding: 'base64',
    });
    expect(one.data.sha).toBe(two.data.sha);
    expect(one.data.sha).toBe(hashObject('blob', Buffer.from('same\n')));
    const readme = await gh.rest.repos.getContent({ ...o, path: 'README.md' });
    expect(!Array.isArray(readme.data) && readme.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});

describe('line diffs', () => {
  it('counts and renders a change with context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h', 'i'].join('\n') + '\n';
    const diff = diffLines(before, after);
    expect(diff.additions).toBe(2);
    expect(diff.deletions).toBe(1);
    expect(diff.patch).toBe(
      ['@@ -1,8 +1,9 @@', ' a', ' b', ' c', '-d', '+D', ' e', ' f', ' g', ' h', '+i'].join('\n'),
    );
    expect(diffLines('x\n', 'x\n').patch).toBe('');
    expect(diffLines('', 'new\n')).toEqual({ additions: 1, deletions: 0, patch: '@@ -0,0 +1,1 @@\n+new' });
  });

  it('merges hunks whose contexts touch, as git and GitHub do', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
    const hunks = (a: number, b: number) => {
      const next = [...lines];
      next[a] = 'A';
      next[b] = 'B';
      return diffLines(lines.join('\n'), next.join('\n')).patch.match(/^@@/gm)?.length;
    };
    expect(hunks(2, 9)).toBe(1);
    expect(hunks(2, 10)).toBe(2);
    expect(diffLines('l1\nl2\n', 'l1\nl3\n', 0).patch).toBe('@@ -2,1 +2,1 @@\n-l2\n+l3');
  });

  it('does not count a missing final newline, and reports a huge rewrite as a whole replacement', () => {
    expect(diffLines('a\nb', 'a\nb\n')).toEqual({ additions: 0, deletions: 0, patch: '' });
    const before = Array.from({ length: 2500 }, (_, i) => `old ${i}`).join('\n');
    const after = Array.from({ length: 2500 }, (_, i) => `new ${i}`).join('\n');
    const diff = diffLines(before, after);
    expect(diff).toMatchObject({ additions: 2500, deletions: 2500 });
    expect(diff.patch.startsWith('@@ -1,2500 +1,2500 @@\n-old 0\n')).toBe(true);
    expect(diff.patch.endsWith('\n+new 2499')).toBe(true);
  });
});

describe('git data routes', () => {
  it('builds trees on a base tree, lists them recursively, and commits them', async () => {
    const main = await gh.rest.git.getRef({ ...o, ref: 'heads/main' });
    const head = await gh.rest.git.getCommit({ ...o, commit_sha: main.data.object.sha });
    const tree = await gh.rest.git.createTree({
      ...o,
      base_tree: head.data.tree.sha,
      tree: [
        { path: 'src/b.txt', mode: '100644', type: 'blob', content: 'b\n' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const listed = await gh.rest.git.getTree({ ...o, tree_sha: tree.data.sha, recursive: '1' });
    expect(listed.data.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      'tree .github',
      'tree .github/workflows',
      'blob .github/workflows/ci.yml',
      'tree src',
      'blob src/a.txt',
      'blob src/b.txt',
    ]);
    const flat = await gh.rest.git.getTree({ ...o, tree_sha: tree.data.sha });
    expect(flat.data.tree.map((e) => e.path)).toEqual(['.github', 'src']);

    const commit = await gh.rest.git.createCommit({
      ...o,
      message: 'Add b',
      tree: tree.data.sha,
      parents: [main.data.object.sha],
    });
    expect(commit.data.parents.map((p) => p.sha)).toEqual([main.data.object.sha]);
    expect(commit.data.author.name).toBe('github-actions[bot]');
    expect(commit.data.author.email).toMatch(/^\d+\+github-actions\[bot\]@users\.noreply\.github\.com$/);
    await gh.rest.git.updateRef({ ...o, ref: 'heads/main', sha: commit.data.sha });
    const file = await gh.rest.repos.getContent({ ...o, path: 'src/b.txt' });
    expect(
      Buffer.from(
        !Array.isArray(file.data) && 'content' in file.data ? file.data.content : '',
        'base64',
      ).toString(),
    ).toBe('b\n');
    await expect(gh.rest.repos.getContent({ ...o, path: 'README.md' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a duplicate ref, a non-fast-forward update, and a missing ref, as GitHub does', async () => {
    const feature = await gh.rest.git.getRef({ ...o, ref: 'heads/feature' });
    const main = await gh.rest.git.getRef({ ...o, ref: 'heads/main' });
    await expect(
      gh.rest.git.createRef({ ...o, ref: 'refs/heads/feature', sha: main.data.object.sha }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    });
    // main is behind feature: moving feature back to main is not a fast forward.
    await expect(
      gh.rest.git.updateRef({ ...o, ref: 'heads/feature', sha: main.data.object.sha }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    await gh.rest.git.updateRef({ ...o, ref: 'heads/main', sha: feature.data.object.sha });
    await gh.rest.git.updateRef({ ...o, ref: 'heads/feature', sha: main.data.object.sha, force: true });
    expect((await gh.rest.git.getRef({ ...o, ref: 'heads/feature' })).data.object.sha).toBe(
      main.data.object.sha,
    );
    await gh.rest.git.deleteRef({ ...o, ref: 'heads/feature' });
    await expect(gh.rest.git.deleteRef({ ...o, ref: 'heads/feature' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference does not exist' } },
    });
    const matching = await gh.rest.git.listMatchingRefs({ ...o, ref: 'heads/' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/main']);
  });

  it('resolves trees by branch name and 404s unknown objects', async () => {
    const byBranch = await gh.rest.git.getTree({ ...o, tree_sha: 'feature' });
    expect(byBranch.data.tree.map((e) => e.path)).toContain('src');
    await expect(gh.rest.git.getBlob({ ...o, file_sha: '0'.repeat(40) })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      gh.rest.git.createCommit({ ...o, message: 'x', tree: '0'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Tree SHA does not exist' } },
    });
  });
});

describe('contents', () => {
  it('reads files (base64, wrapped every 60 characters), directories and other refs', async () => {
    const long = 'x'.repeat(200);
    await gh.rest.repos.createOrUpdateFileContents({
      ...o,
      path: 'long.txt',
      message: 'long',
      content: Buffer.from(long).toString('base64'),
    });
    const file = await gh.rest.repos.getContent({ ...o, path: 'long.txt' });
    if (Array.isArray(file.data) || !('content' in file.data)) throw new Error('expected a file');
    const lines = file.data.content.split('\n');
    expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true);
    expect(lines[lines.length - 1]).toBe('');
    expect(Buffer.from(file.data.content, 'base64').toString()).toBe(long);

    const dir = await gh.rest.repos.getContent({ ...o, path: 'src', ref: 'feature' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.type, e.path])).toEqual([['file', 'src/a.txt']]);
    const onFeature = await gh.rest.repos.getContent({ ...o, path: 'src/a.txt', ref: 'feature' });
    expect(
      Buffer.from(
        !Array.isArray(onFeature.data) && 'content' in onFeature.data ? onFeature.data.content : '',
        'base64',
      ).toString(),
    ).toBe('a2\n');
    await expect(gh.rest.repos.getContent({ ...o, path: 'src/a.txt', ref: 'nope' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'No commit found for the ref nope' } },
    });
  });

  it('creates (201) and updates (200) files, checking the blob sha like GitHub (422 missing, 409 stale)', async () => {
    const created = await gh.rest.repos.createOrUpdateFileContents({
      ...o,
      path: 'docs/a.md',
      message: 'add',
      content: Buffer.from('1').toString('base64'),
    });
    expect(created.status).toBe(201);
    expect(created.data.commit.message).toBe('add');
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...o,
        path: 'docs/a.md',
        message: 'again',
        content: Buffer.from('2').toString('base64'),
      }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' } },
    });
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...o,
        path: 'docs/a.md',
        message: 'again',
        content: 'Mg==',
        sha: 'deadbeef',
      }),
    ).rejects.toMatchObject({
      status: 409,
      response: { data: { message: 'docs/a.md does not match deadbeef' } },
    });
    const updated = await gh.rest.repos.createOrUpdateFileContents({
      ...o,
      path: 'docs/a.md',
      message: 'update',
      content: Buffer.from('2').toString('base64'),
      sha: created.data.content!.sha!,
    });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.[0]?.sha).toBe(created.data.commit.sha);
    // The branch is checked before the sha.
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...o,
        path: 'docs/a.md',
        message: 'x',
        content: 'Mg==',
        sha: 'deadbeef',
        branch: 'nope',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('workflow files need the workflows permission', () => {
  const refusal = (file: string) =>
    `refusing to allow a GitHub App to create or update workflow \`${file}\` without \`workflows\` permission`;

  it('refuses a bot token changing a workflow through the contents API', async () => {
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...o,
        path: '.github/workflows/new.yml',
        message: 'x',
        content: 'eA==',
      }),
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: refusal('.github/workflows/new.yml') } },
    });
    // A personal token is named as such, and the scope is `workflow`.
    await expect(
      client(USER_TOKEN).rest.repos.createOrUpdateFileContents({
        ...o,
        path: '.github/workflows/new.yml',
        message: 'x',
        content: 'eA==',
      }),
    ).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message:
            'refusing to allow a Personal Access Token to create or update workflow `.github/workflows/new.yml` without `workflow` scope',
        },
      },
    });
    const allowed = await client(WORKFLOW_TOKEN).rest.repos.createOrUpdateFileContents({
      ...o,
      path: '.github/workflows/new.yml',
      message: 'x',
      content: 'eA==',
    });
    expect(allowed.status).toBe(201);
  });

  it('refuses a ref update that brings in a changed workflow, but not the objects themselves', async () => {
    const main = await gh.rest.git.getRef({ ...o, ref: 'heads/main' });
    const head = await gh.rest.git.getCommit({ ...o, commit_sha: main.data.object.sha });
    const tree = await gh.rest.git.createTree({
      ...o,
      base_tree: head.data.tree.sha,
      tree: [
        { path: '.github/workflows/ci.yml', mode: '100644', type: 'blob', content: 'name: CI changed\n' },
      ],
    });
    const commit = await gh.rest.git.createCommit({
      ...o,
      message: 'ci',
      tree: tree.data.sha,
      parents: [main.data.object.sha],
    });
    await expect(
      gh.rest.git.createRef({ ...o, ref: 'refs/heads/ci', sha: commit.data.sha }),
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: refusal('.github/workflows/ci.yml') } },
    });
    await expect(
      gh.rest.git.updateRef({ ...o, ref: 'heads/main', sha: commit.data.sha }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await gh.rest.git.getRef({ ...o, ref: 'heads/main' })).data.object.sha).toBe(
      main.data.object.sha,
    );
    await client(WORKFLOW_TOKEN).rest.git.updateRef({ ...o, ref: 'heads/main', sha: commit.data.sha });
  });
});
