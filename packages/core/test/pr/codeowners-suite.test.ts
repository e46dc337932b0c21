import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownersOf, ownerText, parseCodeowners, patternMatches } from '../../src/pr/codeowners.js';

interface PatternCase {
  name: string;
  pattern: string;
  paths: Record<string, boolean>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const hmarrDir = path.join(here, '..', 'fixtures', 'codeowners-hmarr');
const HMARR: PatternCase[] = JSON.parse(readFileSync(path.join(hmarrDir, 'patterns.json'), 'utf8'));

/**
 * The rules of GitHub's "About code owners" page, one pattern at a time, with paths chosen to test
 * each comment of its example file (re-typed; the page is CC BY 4.0, GitHub, Inc.), plus the
 * `<dir>/*\/` class the issue found unmatched.
 */
const GITHUB_DOCS: PatternCase[] = [
  { name: 'a lone * owns everything', pattern: '*', paths: { 'README.md': true, 'a/b/c.rb': true } },
  {
    name: '*.js owns JS files at any depth',
    pattern: '*.js',
    paths: { 'app.js': true, 'src/app.js': true, 'src/app.ts': false, 'src/app.js.map': false },
  },
  {
    name: '/build/logs/ owns the root build/logs directory and its subdirectories',
    pattern: '/build/logs/',
    paths: {
      'build/logs/a.txt': true,
      'build/logs/deep/b.txt': true,
      'src/build/logs/a.txt': false,
      'build/logs': false,
      'build/logsx/a.txt': false,
    },
  },
  {
    name: 'docs/* owns files directly in docs, not further nested ones',
    pattern: 'docs/*',
    paths: {
      'docs/getting-started.md': true,
      'docs/build-app/troubleshooting.md': false,
      'src/docs/a.md': false,
    },
  },
  {
    name: 'apps/ owns any file in an apps directory anywhere',
    pattern: 'apps/',
    paths: { 'apps/a.js': true, 'web/apps/shop/cart.rb': true, apps: false, 'myapps/a.js': false },
  },
  {
    name: '/docs/ owns the root docs directory and its subdirectories',
    pattern: '/docs/',
    paths: { 'docs/a.md': true, 'docs/x/y.md': true, 'site/docs/a.md': false },
  },
  {
    name: '/scripts/ owns any change inside the root scripts directory',
    pattern: '/scripts/',
    paths: { 'scripts/deploy.sh': true, 'scripts/ci/run.sh': true, 'tools/scripts/run.sh': false },
  },
  {
    name: '**/logs owns any file in a logs directory at any depth',
    pattern: '**/logs',
    paths: {
      'build/logs/a.log': true,
      'scripts/logs/a.log': true,
      'deeply/nested/logs/x/a.log': true,
      'logs/a.log': true,
      'logsearch/a.log': false,
    },
  },
  {
    name: '/apps/github owns that subdirectory',
    pattern: '/apps/github',
    paths: { 'apps/github/index.js': true, 'apps/gitlab/index.js': false, 'x/apps/github/a.js': false },
  },
  {
    name: 'packages/*/ owns everything inside each package directory',
    pattern: 'packages/*/',
    paths: {
      'packages/core/src/index.ts': true,
      'packages/cli/package.json': true,
      'packages/README.md': false,
      'tools/packages/core/a.ts': false,
    },
  },
  {
    name: '/*/ owns every file inside a directory, none at the root',
    pattern: '/*/',
    paths: { 'src/a.ts': true, 'a/b/c/d.txt': true, 'README.md': false },
  },
  {
    name: 'docs/*/ owns the subdirectories of docs, not its own files',
    pattern: 'docs/*/',
    paths: {
      'docs/guide/a.md': true,
      'docs/guide/deep/b.md': true,
      'docs/index.md': false,
      'x/docs/g/a.md': false,
    },
  },
];

function agreement(cases: PatternCase[]): { agree: number; total: number; misses: string[] } {
  let agree = 0;
  let total = 0;
  const misses: string[] = [];
  for (const c of cases) {
    for (const [file, expected] of Object.entries(c.paths)) {
      total++;
      if (patternMatches(c.pattern, file) === expected) agree++;
      else misses.push(`${c.pattern} ${expected ? 'should' : 'should not'} match ${file}`);
    }
  }
  return { agree, total, misses };
}

describe('CODEOWNERS matching against outside references', () => {
  it('agrees with every case of the hmarr/codeowners pattern table', () => {
    const result = agreement(HMARR);
    // The vendored table: 27 patterns, 145 cases (a shrunken fixture would pass trivially).
    expect(HMARR.length).toBe(27);
    expect(result.total).toBe(145);
    expect(result.misses).toEqual([]);
  });

  it('agrees with every rule of GitHub’s documentation, including <dir>/*/ patterns', () => {
    const result = agreement(GITHUB_DOCS);
    expect(result.total).toBe(43);
    expect(result.misses).toEqual([]);
  });

  it('requests the owners of a directory-wildcard pattern through the whole file', () => {
    const parsed = parseCodeowners('* @global\npackages/*/ @org/package-owners\n/packages/cli/ @cli-lead\n');
    expect(ownersOf(parsed, 'packages/core/src/a.ts').map(ownerText)).toEqual(['@org/package-owners']);
    expect(ownersOf(parsed, 'packages/cli/src/a.ts').map(ownerText)).toEqual(['@cli-lead']);
    expect(ownersOf(parsed, 'packages/README.md').map(ownerText)).toEqual(['@global']);
  });

  it('leaves /apps/github unowned under /apps/, or gives it its own owner, as the docs example shows', () => {
    const empty = parseCodeowners('/apps/ @octocat\n/apps/github\n');
    expect(ownersOf(empty, 'apps/github/a.js')).toEqual([]);
    expect(ownersOf(empty, 'apps/web/a.js').map(ownerText)).toEqual(['@octocat']);
    const own = parseCodeowners('/apps/ @octocat\n/apps/github @doctocat\n');
    expect(ownersOf(own, 'apps/github/a.js').map(ownerText)).toEqual(['@doctocat']);
  });
});
