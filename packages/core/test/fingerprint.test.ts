import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';
import {
  FINGERPRINT_HEX_LENGTH,
  failureFingerprint,
  normalizeJobName,
  normalizeKeyLine,
  normalizeWorkflowPath,
} from '../src/fingerprint.js';
import { cidiffCaseDir } from './cidiff-path.js';

const CI = '.github/workflows/ci.yml';

/**
 * The same failure on another day: every runner timestamp three days, two hours and some later,
 * every duration different, the checkout in a container's workspace instead of the VM's, temp
 * directories renamed, and signed-URL queries and ephemeral ports as a new run gets them.
 */
function anotherRunOf(log: string): string {
  let n = 0;
  return log
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, (t) => {
      const shifted = new Date(Date.parse(t) + 3 * 86_400_000 + 2 * 3_600_000 + 1_234_567);
      return shifted.toISOString().replace(/\.(\d{3})Z$/, '.$14321Z');
    })
    .replace(
      /\b(\d+)\.(\d+)s\b/g,
      (_, a: string, b: string) => `${Number(a) + 1}.${b.split('').reverse().join('')}7s`,
    )
    .replace(/\b(\d+)ms\b/g, (_, a: string) => `${Number(a) * 3 + 11}ms`)
    .replace(/\/home\/runner\/work\/([^/\s]+)\/([^/\s'"]+)/g, '/__w/$1/$2')
    .replace(/_temp\/[\w-]+/g, () => `_temp/${(n++).toString(36)}-other`)
    .replace(/\/tmp\/[\w.-]+/g, () => `/tmp/go-build${(n++).toString().padStart(9, '7')}`)
    .replace(/Expires=\d+/g, 'Expires=1700000000')
    .replace(/Signature=[^"&\s]+/g, 'Signature=c2lnbmVkIGFnYWlu')
    .replace(/(\d+\.\d+\.\d+\.\d+):\d{4,5}->/g, '$1:40123->');
}

async function fingerprintOf(
  log: string,
  jobName = 'test',
): Promise<{ fingerprint: string; keyLine: string }> {
  const analysis = await analyzeLog(log);
  const keyLine = analysis.findings[0]?.keyLine ?? analysis.summary;
  return {
    keyLine,
    fingerprint: failureFingerprint({ workflowPath: CI, jobName, category: analysis.category, keyLine }),
  };
}

const read = (name: string) => readFileSync(`${cidiffCaseDir(name)}/fail.log`, 'utf8');

describe('failureFingerprint on real logs', () => {
  for (const name of ['tf-checks-run68', 'tf-build-run407', 'tf-checks-run118']) {
    it(`is equal for two runs of the same failure (${name})`, async () => {
      const first = read(name);
      const second = anotherRunOf(first);
      expect(second).not.toBe(first);
      const a = await fingerprintOf(first);
      const b = await fingerprintOf(second);
      expect(a.fingerprint).toBe(b.fingerprint);
      expect(a.fingerprint).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_LENGTH}}$`));
    });
  }

  it('is equal even where the key line itself changed between the runs', async () => {
    // tf-checks-run68's key line carries the failing test's duration; tf-build-run407's a signed URL and a port.
    for (const name of ['tf-checks-run68', 'tf-build-run407']) {
      const a = await fingerprintOf(read(name));
      const b = await fingerprintOf(anotherRunOf(read(name)));
      expect(a.keyLine).not.toBe(b.keyLine);
      expect(a.fingerprint).toBe(b.fingerprint);
    }
  });

  it('differs between different failures', async () => {
    const names = [
      'tf-checks-run68',
      'tf-build-run407',
      'tf-checks-run118',
      'cidiff_75',
      'cv_45',
      'googleguice_2121',
    ];
    const prints = await Promise.all(names.map(async (n) => (await fingerprintOf(read(n))).fingerprint));
    expect(new Set(prints).size).toBe(names.length);
  });

  it('differs between jobs and workflows, but not between matrix legs of one job', async () => {
    const log = read('tf-checks-run68');
    const base = await fingerprintOf(log, 'test');
    expect((await fingerprintOf(log, 'unit tests')).fingerprint).not.toBe(base.fingerprint);
    expect((await fingerprintOf(log, 'test (ubuntu-latest, 1.18)')).fingerprint).toBe(base.fingerprint);
    const parts = { jobName: 'test', category: 'test_failure' as const, keyLine: base.keyLine };
    expect(failureFingerprint({ ...parts, workflowPath: '.github/workflows/nightly.yml' })).not.toBe(
      failureFingerprint({ ...parts, workflowPath: CI }),
    );
    expect(failureFingerprint({ ...parts, workflowPath: `${CI}@refs/heads/main` })).toBe(
      failureFingerprint({ ...parts, workflowPath: CI }),
    );
  });

  it('differs when only the category differs', () => {
    const parts = { workflowPath: CI, jobName: 'build', keyLine: 'error: something happened' };
    expect(failureFingerprint({ ...parts, category: 'compile_error' })).not.toBe(
      failureFingerprint({ ...parts, category: 'unknown' }),
    );
  });
});

describe('normalizeKeyLine', () => {
  const same = (a: string, b: string) => expect(normalizeKeyLine(a)).toBe(normalizeKeyLine(b));
  const different = (a: string, b: string) => expect(normalizeKeyLine(a)).not.toBe(normalizeKeyLine(b));

  it('drops runner timestamps, ANSI colours and workflow-command prefixes', () => {
    same(
      '2024-01-02T03:04:05.1234567Z ##[error]\u001b[31mProcess completed with exit code 1.\u001b[0m',
      'Process completed with exit code 1.',
    );
  });

  it('drops workspace locations on every kind of runner', () => {
    const want = normalizeKeyLine('src/app.ts:3:1 - error TS2304');
    for (const root of [
      '/home/runner/work/app/app/',
      '/Users/runner/work/app/app/',
      '/__w/app/app/',
      'D:\\a\\app\\app\\',
      '/opt/actions-runner/_work/app/app/',
      '/github/workspace/',
    ])
      expect(normalizeKeyLine(`${root}src/app.ts:3:1 - error TS2304`)).toBe(want);
  });

  it('keeps what tells failures apart: files, messages, test names, counts', () => {
    different('src/a.ts(3,1): error TS2304', 'src/b.ts(3,1): error TS2304');
    different('--- FAIL: TestAlpha (0.01s)', '--- FAIL: TestBeta (0.01s)');
    different('Tests run: 10, Failures: 1', 'Tests run: 10, Failures: 3');
    same('src/a.ts(3,1): error TS2304', 'src/a.ts(12,9): error TS2304');
    same('  File "app/x.py", line 12, in f', '  File "app/x.py", line 40, in f');
    same('Segmentation fault at 0x7ffd5e8b9c10', 'Segmentation fault at 0x55d0c0de0000');
  });

  it('keeps a bounded prefix of a very long line', () => {
    const long = `fatal: ${'x'.repeat(5000)}`;
    expect(normalizeKeyLine(long).length).toBeLessThanOrEqual(400);
    same(`${long} tail one`, `${long} tail two`);
  });
});

describe('normalizing names', () => {
  it('strips refs and ./ from workflow paths', () => {
    expect(normalizeWorkflowPath('./.github/workflows/ci.yml@refs/pull/7/merge')).toBe(CI);
  });

  it('strips matrix values from job names, but never to nothing', () => {
    expect(normalizeJobName('test (ubuntu-latest, 20)')).toBe('test');
    expect(normalizeJobName('  build   and   test  ')).toBe('build and test');
    expect(normalizeJobName('(workflow)')).toBe('(workflow)');
    expect(normalizeJobName('deploy / prod (eu)')).toBe('deploy / prod');
  });
});
