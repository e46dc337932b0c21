import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from '@autoheal/testkit/harness/node-binaries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleError, bundle, smokeRun } from '../src/bundle.js';
import { compareDirectories } from '../src/compare-dirs.js';

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
