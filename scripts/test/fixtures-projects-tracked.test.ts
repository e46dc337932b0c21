import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listEcosystemCases } from '@autoheal/fixtures';
import { describe, expect, it } from 'vitest';

/**
 * Every recording must be re-recordable from a fresh clone: its project is committed, and no file
 * of a project is caught by an ignore rule (the root `lib/`, meant for TypeScript output, once
 * swallowed the sources of ~40 projects, so their recordings could not be made again).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const projectsDir = path.join(repoRoot, 'scripts', 'fixtures', 'projects');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** Paths (relative to the repo) that git's ignore rules match, tracked or not. */
function ignoredOf(paths: string[]): string[] {
  if (paths.length === 0) return [];
  try {
    const stdout = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: repoRoot,
      input: paths.join('\n'),
      encoding: 'utf8',
    });
    return stdout.split('\n').filter(Boolean);
  } catch (err) {
    // Exit 1 means nothing matched; anything else is a real failure.
    if ((err as { status?: number }).status === 1) return [];
    throw err;
  }
}

const cases = listEcosystemCases();
const projectIds = readdirSync(projectsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((eco) =>
    readdirSync(path.join(projectsDir, eco.name), { withFileTypes: true })
      .filter((c) => c.isDirectory())
      .map((c) => `${eco.name}/${c.name}`),
  );

describe('recorded projects are re-recordable from a clone', () => {
  it('finds recordings and projects to check', () => {
    expect(cases.filter((c) => c.origin === 'recorded').length).toBeGreaterThan(100);
    expect(projectIds.length).toBeGreaterThan(100);
  });

  it('every recording has its project with a case.json, unless it is a public log with a source', () => {
    const orphans = cases
      .filter((c) => !existsSync(path.join(projectsDir, c.id, 'case.json')))
      .filter((c) => !(c.origin === 'public' && c.source))
      .map((c) => c.id);
    expect(orphans).toEqual([]);
  });

  it('no file of any project is matched by an ignore rule', () => {
    const files = filesUnder(projectsDir).map((f) => path.relative(repoRoot, f));
    expect(files.length).toBeGreaterThan(300);
    expect(ignoredOf(files)).toEqual([]);
  });

  it('a lib/ directory inside a project is not ignored (the root rule is for build output)', () => {
    const probes = projectIds.map((id) =>
      path.join('scripts', 'fixtures', 'projects', id, 'lib', 'probe.rb'),
    );
    expect(ignoredOf(probes)).toEqual([]);
    // The rule it overrides is still in force elsewhere, so the probe can fail.
    expect(ignoredOf(['packages/core/lib/probe.js'])).toEqual(['packages/core/lib/probe.js']);
  });

  it('every source file a recording names inside its project exists in the project', () => {
    // Stack frames and compiler errors name project files by their rewritten absolute path;
    // installed dependencies (node_modules, a venv) are fetched by the setup step, not committed.
    const sourceExt =
      /\.(?:rb|pm|pl|ex|exs|js|mjs|cjs|ts|py|php|rakumod|lua|hs|go|rs|c|h|cc|cpp|java|kt|scala|clj|nim|cr|d|ml|erl|R|tex|sh)$/;
    const missing: string[] = [];
    for (const c of cases) {
      if (c.origin !== 'recorded') continue;
      const log = readFileSync(c.log, 'utf8');
      for (const m of log.matchAll(/\/home\/runner\/work\/project\/([\w.+-]+(?:\/[\w.+-]+)*)/g)) {
        const rel = m[1]!;
        if (!sourceExt.test(rel) || /(?:^|\/)(?:node_modules|venv)\//.test(rel)) continue;
        if (!existsSync(path.join(projectsDir, c.id, rel))) missing.push(`${c.id}: ${rel}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
