import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from '@autoheal/testkit/harness/node-binaries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleError, bundle, bundleWithModules, smokeRun } from '../src/bundle.js';
import { compareDirectories } from '../src/compare-dirs.js';
import { checkLicences, listedPackages, packageDirOf } from '../src/licenses.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-bundle-test-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('bundling an action', () => {
  it('writes an ESM bundle, its package.json and licenses, which load and fail cleanly without inputs on Node 20 and 24', async () => {
    const out = path.join(temp, 'esm');
    const files = await bundle(path.join(fixtures, 'esm-action', 'main.js'), out);
    expect(files).toEqual(['index.js', 'licenses.txt', 'package.json']);
    expect(JSON.parse(await readFile(path.join(out, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    expect(await readFile(path.join(out, 'licenses.txt'), 'utf8')).toMatch(/@actions\/core\nMIT/);
    for (const runtime of ['node20', 'node24'] as const) {
      const smoke = await smokeRun(path.join(out, 'index.js'), nodeBinary(runtime), runtime);
      expect(smoke.problem).toBeUndefined();
      expect(smoke.ok).toBe(true);
      expect(smoke.result.stdout).toMatch(/^::error::Input "token" is required/m);
      expect(smoke.result.code).toBe(1);
    }
  }, 120_000);

  it('is deterministic: two builds are byte-identical', async () => {
    const a = path.join(temp, 'det-a');
    const b = path.join(temp, 'det-b');
    await bundle(path.join(fixtures, 'esm-action', 'main.js'), a);
    await bundle(path.join(fixtures, 'esm-action', 'main.js'), b);
    expect(await compareDirectories(a, b)).toEqual([]);
  }, 120_000);

  it('fails a build that ncc finished with missing-module stubs (the CommonJS trap)', async () => {
    await expect(
      bundle(path.join(fixtures, 'cjs-action', 'main.js'), path.join(temp, 'cjs')),
    ).rejects.toThrow(BundleError);
    await expect(
      bundle(path.join(fixtures, 'cjs-action', 'main.js'), path.join(temp, 'cjs')),
    ).rejects.toThrow(/webpackMissingModule stubs \(unresolved: @actions\/core\)/);
  }, 120_000);

  it('smoke run catches a bundle that cannot load', async () => {
    const dir = path.join(temp, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
    await writeFile(path.join(dir, 'index.js'), "import x from './missing.js';\nconsole.log(x);\n");
    const smoke = await smokeRun(path.join(dir, 'index.js'), nodeBinary('node20'), 'node20');
    expect(smoke.ok).toBe(false);
    expect(smoke.problem).toMatch(/load failure/);
    await writeFile(path.join(dir, 'index.js'), "console.log('all fine');\n");
    const silent = await smokeRun(path.join(dir, 'index.js'), nodeBinary('node20'), 'node20');
    expect(silent.problem).toMatch(/no ::error:: line/);
  });
});

describe('licence notices', () => {
  it("list the packages of every chunk in one licenses.txt, not only the last chunk's", async () => {
    const out = path.join(temp, 'chunked');
    const built = await bundleWithModules(path.join(fixtures, 'chunked-action', 'main.js'), out);
    const chunks = built.files.filter((f) => f.endsWith('.js') && f !== 'index.js');
    expect(chunks.length).toBeGreaterThan(0);
    const names = built.packages.map((p) => p.name);
    // @actions/core is bundled in index.js, yaml only in the split-off chunk.
    expect(names).toContain('@actions/core');
    expect(names).toContain('yaml');
    expect(await readFile(path.join(out, chunks[0]!), 'utf8')).toMatch(
      /node_modules\/\.pnpm\/yaml@|Composer|YAMLMap/,
    );
    const text = await readFile(path.join(out, 'licenses.txt'), 'utf8');
    expect(text).toMatch(/^yaml\nISC\n/m);
    expect(text).toMatch(/^@actions\/core\nMIT\n/m);
    expect([...listedPackages(text)].sort()).toEqual([...new Set(names)].sort());
    expect(await checkLicences(out, built.packages, 'fixture/dist')).toEqual([]);
    const smoke = await smokeRun(path.join(out, 'index.js'), nodeBinary('node20'), 'node20');
    expect(smoke.ok).toBe(true);
  }, 120_000);

  it('check-dist names a bundled package a committed licences file leaves out', async () => {
    const dir = path.join(temp, 'licences-check');
    await mkdir(dir, { recursive: true });
    const packages = [
      { name: '@actions/core', version: '1.0.0', dir: '/x/node_modules/@actions/core' },
      { name: 'yaml', version: '2.0.0', dir: '/x/node_modules/yaml' },
    ];
    expect(await checkLicences(dir, packages, 'a/dist')).toEqual(['a/dist/licenses.txt is missing']);
    // What ncc wrote for a bundle with a chunk: the chunk's packages only.
    await writeFile(path.join(dir, 'licenses.txt'), 'yaml\nISC\nCopyright Eemeli Aro\n\nPermission to use\n');
    expect(await checkLicences(dir, packages, 'a/dist')).toEqual([
      'a/dist/licenses.txt does not list bundled package(s): @actions/core',
    ]);
    // A chunk's own licences file counts too.
    await writeFile(path.join(dir, '508.licenses.txt'), '@actions/core\nMIT\nMIT License\n');
    expect(await checkLicences(dir, packages, 'a/dist')).toEqual([]);
  });

  it("finds the package folder of a bundled file, scoped or not, through pnpm's store", () => {
    expect(packageDirOf('/r/node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js')).toBe(
      '/r/node_modules/.pnpm/yaml@2.9.1/node_modules/yaml',
    );
    expect(
      packageDirOf('/r/node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js'),
    ).toBe('/r/node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core');
    expect(packageDirOf('/r/packages/core/lib/index.js')).toBeUndefined();
  });
});

describe('check-dist comparison', () => {
  it('names missing, extra and changed files', async () => {
    const a = path.join(temp, 'cmp-a');
    const b = path.join(temp, 'cmp-b');
    await mkdir(path.join(a, 'sub'), { recursive: true });
    await mkdir(b, { recursive: true });
    await writeFile(path.join(a, 'index.js'), 'one');
    await writeFile(path.join(b, 'index.js'), 'two');
    await writeFile(path.join(a, 'sub', 'x.txt'), 'x');
    await writeFile(path.join(b, 'stale.js'), 's');
    expect(await compareDirectories(a, b)).toEqual([
      'sub/x.txt is missing',
      'stale.js is not produced by the build (stale?)',
      'index.js differs from a fresh build (3 bytes committed, 3 built)',
    ]);
  });
});
