import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listEcosystemCases } from '@autoheal/fixtures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generate } from '../src/fixtures/generate.js';

/**
 * Public logs (real output copied from a licensed repository, for tools Debian does not ship) sit
 * beside our recordings: the loader reads both and says which is which, and the generator, which
 * reruns projects, must never replace a public log with a rerun.
 */
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'autoheal-public-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(tmp, { recursive: true, force: true });
});

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const publicCase = {
  tool: 'dotnet test',
  command: 'dotnet test',
  category: 'test_failure',
  gold: ['Failed Acme.Tests.Adds'],
  exit: 1,
  version: null,
  source: { repo: 'acme/widgets', path: 'ci/test.log', commit: 'a'.repeat(40) },
  license: 'MIT',
};

describe('public logs', () => {
  it('the loader marks them public, with their source and licence, and finds their gold lines', () => {
    const rec = path.join(tmp, 'recordings');
    write(path.join(rec, 'csharp', 'vstest', 'case.json'), JSON.stringify(publicCase));
    write(
      path.join(rec, 'csharp', 'vstest', 'output.log'),
      'Passed Acme.Tests.Subtracts\n  Failed Acme.Tests.Adds [3 ms]\n',
    );
    write(
      path.join(rec, 'csharp', 'mcs', 'case.json'),
      JSON.stringify({
        tool: 'mcs',
        command: 'mcs a.cs',
        category: 'compile_error',
        gold: ['error CS0103'],
        exit: 1,
        version: null,
      }),
    );
    write(path.join(rec, 'csharp', 'mcs', 'output.log'), 'a.cs(1,1): error CS0103: x\n');
    const cases = listEcosystemCases(rec);
    const pub = cases.find((c) => c.id === 'csharp/vstest')!;
    expect(pub.origin).toBe('public');
    expect(pub.source).toEqual(publicCase.source);
    expect(pub.license).toBe('MIT');
    expect([...pub.gold]).toEqual([2]);
    const own = cases.find((c) => c.id === 'csharp/mcs')!;
    expect(own.origin).toBe('recorded');
    expect(own.source).toBeUndefined();
  });

  it('the generator does not rerun a project over a public log, and still records the others', () => {
    const projects = path.join(tmp, 'projects');
    const rec = path.join(tmp, 'recordings');
    const project = {
      tool: 'sh',
      command: "echo 'boom: it failed'; exit 3",
      category: 'test_failure',
      gold: ['boom'],
    };
    for (const name of ['vstest', 'own'])
      write(path.join(projects, 'csharp', name, 'case.json'), JSON.stringify(project));
    write(path.join(rec, 'csharp', 'vstest', 'case.json'), JSON.stringify(publicCase));
    write(path.join(rec, 'csharp', 'vstest', 'output.log'), 'copied text\n');

    const code = generate([], { projects, recordings: rec });

    expect(code).toBe(1);
    expect(readFileSync(path.join(rec, 'csharp', 'vstest', 'output.log'), 'utf8')).toBe('copied text\n');
    expect(JSON.parse(readFileSync(path.join(rec, 'csharp', 'vstest', 'case.json'), 'utf8')).source).toEqual(
      publicCase.source,
    );
    expect(readFileSync(path.join(rec, 'csharp', 'own', 'output.log'), 'utf8')).toBe('boom: it failed\n');
  });

  it('the committed public logs each carry their source, licence text and a gold line', () => {
    const pub = listEcosystemCases().filter((c) => c.origin === 'public');
    expect(pub.length).toBeGreaterThan(0);
    for (const c of pub) {
      expect(c.source?.commit, c.id).toMatch(/^[0-9a-f]{40}$/);
      expect(c.license, c.id).toBeTruthy();
      const dir = path.dirname(c.log);
      expect(() => readFileSync(path.join(dir, 'LICENSE'), 'utf8'), c.id).not.toThrow();
      expect(c.gold.size, c.id).toBeGreaterThan(0);
    }
  });
});
