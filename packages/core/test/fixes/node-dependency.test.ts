import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { addJsonEntry } from '../../src/fixes/json-edit.js';
import {
  findImporter,
  isDevelopmentFile,
  isNodeBuiltin,
  packageNameOf,
} from '../../src/fixes/node-modules.js';
import { lockfileVersions } from '../../src/fixes/node-versions.js';
import { repoPath } from '../../src/fixes/runner-paths.js';
import { context, findingOf, insertedLines, memoryRepo } from './helpers.js';

const requireLog = (module: string, from: string) => [
  '##[group]Run node scripts/build.js',
  'node scripts/build.js',
  '##[endgroup]',
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  `Error: Cannot find module '${module}'`,
  'Require stack:',
  `- ${from}`,
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  `    at Object.<anonymous> (${from}:3:15)`,
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14) {',
  "  code: 'MODULE_NOT_FOUND',",
  `  requireStack: [ '${from}' ]`,
  '}',
  '',
  'Node.js v20.12.2',
  '##[error]Process completed with exit code 1.',
];

const esmLog = (pkg: string, from: string) => [
  '##[group]Run node src/index.js',
  'node src/index.js',
  '##[endgroup]',
  'node:internal/process/esm_loader:40',
  "      internalBinding('errors').triggerUncaughtException(",
  '                                ^',
  '',
  `Error [ERR_MODULE_NOT_FOUND]: Cannot find package '${pkg}' imported from ${from}`,
  '    at packageResolve (node:internal/modules/esm/resolve:854:9)',
  '    at moduleResolve (node:internal/modules/esm/resolve:927:18)',
  '    at defaultResolve (node:internal/modules/esm/resolve:1169:11) {',
  "  code: 'ERR_MODULE_NOT_FOUND'",
  '}',
  '',
  'Node.js v20.12.2',
  '##[error]Process completed with exit code 1.',
];

const jestLog = (module: string, from: string) => [
  '##[group]Run npx jest',
  'npx jest',
  '##[endgroup]',
  `FAIL ${from}`,
  '  ● Test suite failed to run',
  '',
  `    Cannot find module '${module}' from '${from}'`,
  '',
  "      1 | const request = require('supertest');",
  '        | ^',
  '',
  '      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/resolver.js:427:11)',
  '',
  'Test Suites: 1 failed, 1 total',
  '##[error]Process completed with exit code 1.',
];

const WEB_PKG = `{
  "name": "@acme/web",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "build": "node scripts/build.js"
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  },
  "devDependencies": {
    "typescript": "^5.4.5",
    "vite": "^5.2.11"
  }
}
`;

const MONOREPO = {
  'package.json': '{\n  "name": "acme",\n  "private": true,\n  "packageManager": "pnpm@9.1.0"\n}\n',
  'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
  'pnpm-lock.yaml':
    "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n\npackages:\n\n  chalk@5.3.0:\n    resolution: {integrity: sha512-x}\n",
  'packages/web/package.json': WEB_PKG,
  'packages/web/scripts/build.js': "const chalk = require('chalk');\n",
  'packages/cli/package.json':
    '{\n  "name": "@acme/cli",\n  "dependencies": {\n    "chalk": "^5.3.0"\n  }\n}\n',
  'packages/cli/src/index.js': "import chalk from 'chalk';\n",
};

async function fix(files: Record<string, string>, log: string[]) {
  return generateFix(context(await findingOf(log), memoryRepo(files)));
}

describe('missing Node dependency', () => {
  it('declares a build script’s import in devDependencies of the nearest package.json, with the range the monorepo already uses', async () => {
    const result = await fix(
      MONOREPO,
      requireLog('chalk', '/home/runner/work/acme/acme/packages/web/scripts/build.js'),
    );
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.changes.map((c) => c.path)).toEqual(['packages/web/package.json']);
    const { after } = result.changes[0]!;
    expect(after).toBe(
      WEB_PKG.replace('"devDependencies": {\n', '"devDependencies": {\n    "chalk": "^5.3.0",\n'),
    );
    expect(insertedLines(WEB_PKG, after)).toEqual({ at: 13, lines: ['    "chalk": "^5.3.0",'] });
    expect(result.complete).toBe(false);
    expect(result.notes.join(' ')).toMatch(/pnpm-lock\.yaml is not changed: run `pnpm install`/);
  });

  it('declares a shipped file’s ESM import in dependencies with the lockfile’s version, in sorted position', async () => {
    const pkg =
      '{\n  "name": "api",\n  "type": "module",\n  "dependencies": {\n    "express": "^4.19.2",\n    "pino": "^9.0.0"\n  }\n}\n';
    const lock = JSON.stringify(
      {
        name: 'api',
        lockfileVersion: 3,
        packages: {
          '': { name: 'api', dependencies: { express: '^4.19.2', pino: '^9.0.0' } },
          'node_modules/express': { version: '4.19.2' },
          'node_modules/openapi-types/node_modules/zod': { version: '3.23.8' },
          'node_modules/zod': { version: '3.23.8' },
        },
      },
      null,
      2,
    );
    const result = await fix(
      { 'package.json': pkg, 'package-lock.json': lock, 'src/index.js': "import { z } from 'zod';\n" },
      esmLog('zod', '/home/runner/work/api/api/src/index.js'),
    );
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      pkg.replace('"pino": "^9.0.0"', '"pino": "^9.0.0",\n    "zod": "^3.23.8"'),
    );
    expect(result.kind === 'patch' && result.notes.join(' ')).toMatch(
      /package-lock\.json already resolves zod to 3\.23\.8/,
    );
  });

  it('suggests the add command, and to verify the name, when nothing in the repository names the package', async () => {
    const pkg = '{\n  "name": "app",\n  "devDependencies": {\n    "jest": "^29.7.0"\n  }\n}\n';
    const result = await fix(
      {
        'package.json': pkg,
        'yarn.lock': '# yarn lockfile v1\n\njest@^29.7.0:\n  version "29.7.0"\n',
        'test/app.test.js': '',
      },
      requireLog('supertest', '/home/runner/work/app/app/test/app.test.js'),
    );
    expect(result.kind).toBe('suggestion');
    if (result.kind !== 'suggestion') return;
    expect(result.explanation).toContain('`yarn add -D supertest`');
    // A name read from a log alone may be a typo someone registered: never pushed, and said so.
    expect(result.explanation).toMatch(
      /Verify the package name on npm first: nothing in the repository confirms "supertest"/,
    );
    expect(result.diff).toBe(
      'diff --git a/package.json b/package.json\n--- a/package.json\n+++ b/package.json\n@@ -1,6 +1,7 @@\n {\n   "name": "app",\n   "devDependencies": {\n-    "jest": "^29.7.0"\n+    "jest": "^29.7.0",\n+    "supertest": "latest"\n   }\n }\n',
    );
  });

  it('creates the section when the manifest has none, before devDependencies for runtime code', async () => {
    const pkg =
      '{\n\t"name": "tool",\n\t"version": "0.1.0",\n\t"devDependencies": {\n\t\t"chalk": "5.3.0"\n\t}\n}';
    const files = {
      'package.json': pkg,
      'src/cli.js': '',
      'tools/package.json': '{ "name": "tools", "dependencies": { "commander": "^12.0.0" } }',
    };
    // A root-only repository: tools/package.json is not a workspace, so its range is not reused.
    const noVersion = await fix(files, requireLog('commander', '/home/runner/work/tool/tool/src/cli.js'));
    expect(noVersion.kind).toBe('suggestion');
    const withWorkspaces = {
      ...files,
      'package.json': pkg.replace('"version": "0.1.0",', '"version": "0.1.0",\n\t"workspaces": ["tools"],'),
    };
    const result = await fix(
      withWorkspaces,
      requireLog('commander', '/home/runner/work/tool/tool/src/cli.js'),
    );
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      withWorkspaces['package.json'].replace(
        '\t"devDependencies"',
        '\t"dependencies": {\n\t\t"commander": "^12.0.0"\n\t},\n\t"devDependencies"',
      ),
    );
    expect(result.kind === 'patch' && result.complete).toBe(true);
  });

  it('keeps CRLF line endings', async () => {
    const pkg = '{\r\n  "name": "w",\r\n  "dependencies": {\r\n    "a": "1.0.0"\r\n  }\r\n}\r\n';
    const lock =
      "lockfileVersion: '6.0'\r\n\r\npackages:\r\n\r\n  /b@2.1.0:\r\n    resolution: {integrity: sha512-x}\r\n";
    const result = await fix(
      { 'package.json': pkg, 'pnpm-lock.yaml': lock, 'index.js': '' },
      requireLog('b', 'D:\\a\\w\\w\\index.js'),
    );
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      pkg.replace('"a": "1.0.0"', '"a": "1.0.0",\r\n    "b": "^2.1.0"'),
    );
  });

  it('refuses built-ins, paths, self-imports, declared packages, dependencies of dependencies and aliases', async () => {
    const pkg = '{\n  "name": "app",\n  "dependencies": { "lodash": "^4.17.21" }\n}\n';
    const base = { 'package.json': pkg, 'src/a.js': '' };
    const from = '/home/runner/work/app/app/src/a.js';
    const reasons = async (files: Record<string, string>, log: string[]) => {
      const r = await fix(files, log);
      return r.kind === 'none' ? r.reason : `unexpected ${r.kind}`;
    };
    expect(await reasons(base, requireLog('node:test', from))).toMatch(/built-in/);
    expect(await reasons(base, requireLog('fs/promises', from))).toMatch(/built-in/);
    // A path that cannot be found is a missing file (rules/js.ts), not a dependency to add.
    expect(await reasons(base, requireLog('./config', from))).toMatch(/missing file has no mechanical fix/);
    expect(await reasons(base, requireLog('/opt/x.js', from))).toMatch(/missing file has no mechanical fix/);
    expect(await reasons(base, requireLog('app', from))).toMatch(/own name/);
    expect(await reasons(base, requireLog('lodash/fp', from))).toMatch(/already in dependencies/);
    expect(
      await reasons(
        base,
        requireLog('debug', '/home/runner/work/app/app/node_modules/express/lib/router.js'),
      ),
    ).toMatch(/inside node_modules/);
    expect(await reasons(base, requireLog('left-pad', '/home/runner/.npm/_npx/1/index.js'))).toMatch(
      /not inside the repository/,
    );
    const aliased = {
      ...base,
      'tsconfig.json': '{ "compilerOptions": { "paths": { "utils/*": ["src/utils/*"] } } }',
    };
    expect(await reasons(aliased, requireLog('utils/date', from))).toMatch(/path alias/);
    const noImporter = await findingOf([
      "Error: Cannot find module 'ws'",
      '##[error]Process completed with exit code 1.',
    ]);
    const r = await generateFix(context(noImporter, memoryRepo(base)));
    expect(r).toEqual({ kind: 'none', reason: expect.stringContaining('does not say which file imports') });
  });
});

describe('Node module helpers', () => {
  it('names the package of a specifier', () => {
    expect(packageNameOf('@scope/pkg/sub/path')).toBe('@scope/pkg');
    expect(packageNameOf('lodash/fp')).toBe('lodash');
    expect(packageNameOf('zod')).toBe('zod');
    for (const s of ['./x', '../x', '/abs', '#internal', '@/components', 'C:\\x', 'virtual:pwa', 'Upper'])
      expect(packageNameOf(s)).toBeUndefined();
  });

  it('knows Node’s built-ins from node:module', () => {
    expect(isNodeBuiltin('fs')).toBe(true);
    expect(isNodeBuiltin('node:sqlite')).toBe(true);
    expect(isNodeBuiltin('path/posix')).toBe(true);
    expect(isNodeBuiltin('chalk')).toBe(false);
  });

  it('finds the importing file in CommonJS, ESM, Jest and webpack messages', () => {
    expect(findImporter(requireLog('chalk', '/home/runner/work/a/a/x.js'), 'chalk')).toEqual({
      path: '/home/runner/work/a/a/x.js',
      directory: false,
    });
    expect(findImporter(esmLog('zod', '/home/runner/work/a/a/y.mjs'), 'zod')).toEqual({
      path: '/home/runner/work/a/a/y.mjs',
      directory: false,
    });
    // Jest's own format (the analyzer reports these runs as test failures).
    expect(findImporter(jestLog('supertest', 'test/app.test.js'), 'supertest')).toEqual({
      path: 'test/app.test.js',
      directory: false,
    });
    expect(
      findImporter(
        ["Module not found: Error: Can't resolve 'axios' in '/home/runner/work/a/a/src/api'"],
        'axios',
      ),
    ).toEqual({ path: '/home/runner/work/a/a/src/api', directory: true });
    expect(findImporter(["Error: Cannot find module 'x'"], 'x')).toBeUndefined();
  });

  it('tells development files from shipped ones', () => {
    for (const p of [
      'test/a.js',
      'src/a.test.ts',
      'src/__tests__/a.js',
      'vite.config.ts',
      '.eslintrc.cjs',
      'scripts/release.mjs',
      'jest.setup.js',
      'e2e/login.spec.ts',
    ])
      expect(isDevelopmentFile(p), p).toBe(true);
    for (const p of ['src/index.js', 'lib/server.mjs', 'bin/cli.js', 'dist/index.js'])
      expect(isDevelopmentFile(p), p).toBe(false);
  });

  it('maps runner paths of every runner kind to repository paths', () => {
    expect(repoPath('/home/runner/work/app/app/src/a.js')).toBe('src/a.js');
    expect(repoPath('/Users/runner/work/app/app/src/a.js')).toBe('src/a.js');
    expect(repoPath('D:\\a\\app\\app\\src\\a.js')).toBe('src/a.js');
    expect(repoPath('/__w/app/app/src/a.js')).toBe('src/a.js');
    expect(repoPath('/srv/actions-runner/_work/app/app/src/a.js')).toBe('src/a.js');
    expect(repoPath('file:///home/runner/work/app/app/src/a.js')).toBe('src/a.js');
    expect(repoPath('/home/runner/work/app/other/src/a.js')).toBeUndefined();
    expect(repoPath('/home/runner/work/app/app/../../x')).toBeUndefined();
  });

  it('reads versions from npm, pnpm (v5, v6, v9) and yarn (classic, berry) lockfiles', () => {
    expect(
      lockfileVersions('pnpm-lock.yaml', 'packages:\n  /chalk/4.1.2:\n    resolution: {}\n', 'chalk'),
    ).toEqual(['4.1.2']);
    expect(
      lockfileVersions(
        'pnpm-lock.yaml',
        'packages:\n  /@babel/core@7.24.5(supports-color@8.1.1):\n',
        '@babel/core',
      ),
    ).toEqual(['7.24.5']);
    expect(
      lockfileVersions(
        'pnpm-lock.yaml',
        "packages:\n  '@types/node@20.12.7':\n  chalk-template@1.1.0:\n",
        'chalk',
      ),
    ).toEqual([]);
    expect(
      lockfileVersions(
        'yarn.lock',
        '"@types/node@*", "@types/node@^20":\n  version "20.12.7"\n',
        '@types/node',
      ),
    ).toEqual(['20.12.7']);
    expect(
      lockfileVersions(
        'yarn.lock',
        '"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n',
        'lodash',
      ),
    ).toEqual(['4.17.21']);
    expect(
      lockfileVersions(
        'package-lock.json',
        '{"lockfileVersion":1,"dependencies":{"ms":{"version":"2.1.3"}}}',
        'ms',
      ),
    ).toEqual(['2.1.3']);
  });

  it('adds JSON entries in place: inline objects, empty objects, unsorted objects', () => {
    const inline = addJsonEntry('{ "dependencies": { "b": "1", "d": "1" } }', 'dependencies', 'c', '2');
    expect(inline).toEqual({ ok: true, value: '{ "dependencies": { "b": "1", "c": "2", "d": "1" } }' });
    const empty = addJsonEntry('{\n  "dependencies": {}\n}\n', 'dependencies', 'a', '1');
    expect(empty).toEqual({ ok: true, value: '{\n  "dependencies": {\n    "a": "1"\n  }\n}\n' });
    const unsorted = addJsonEntry(
      '{\n  "dependencies": {\n    "z": "1",\n    "a": "1"\n  }\n}\n',
      'dependencies',
      'm',
      '1',
    );
    expect(unsorted).toEqual({
      ok: true,
      value: '{\n  "dependencies": {\n    "z": "1",\n    "a": "1",\n    "m": "1"\n  }\n}\n',
    });
    expect(addJsonEntry('[1]', 'dependencies', 'a', '1').ok).toBe(false);
  });
});
