/** The fix file is the apply job's untrusted input: read with hard limits, every field checked. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixDocument, fixDocument, LIMITS, parseFixDocument, readFixFile } from '../src/fix-file.js';
import type { Subject } from '../src/types.js';

const subject: Subject = {
  fingerprint: '0123456789abcdef',
  category: 'timeout',
  confidence: 0.9,
  finding: {
    category: 'timeout',
    confidence: 0.9,
    title: 't',
    lines: [],
    keyLine: 'The job exceeded its maximum execution time of 30 minutes.',
    excerpt: [{ no: 4, text: 'line four' }],
    rule: 'runner.job-timeout',
  },
  jobName: 'test',
  stepName: 'Run npm test',
  run: {
    id: 5,
    attempt: 2,
    workflowPath: '.github/workflows/ci.yml',
    headSha: 'a'.repeat(40),
    headBranch: 'main',
    htmlUrl: 'https://github.com/o/r/actions/runs/5',
  },
  issue: { number: 3, url: 'u', title: 't', state: 'open', assignees: [] },
  source: 'issue',
  notes: [],
};

const patch = {
  kind: 'patch' as const,
  fixType: 'timeout' as const,
  title: 'Raise it',
  explanation: 'Because.',
  changes: [{ path: '.github/workflows/ci.yml', before: 'a: 30\n', after: 'a: 45\n' }],
  complete: true,
  verify: 'Run it.',
  notes: [],
};

function doc(edit: (d: FixDocument) => void = () => {}): unknown {
  const d = structuredClone(fixDocument('o/r', subject, patch));
  edit(d);
  return d;
}

function problem(edit: (d: FixDocument) => void): string {
  try {
    parseFixDocument(doc(edit), 'o/r');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-fixfile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fix file', () => {
  it('round-trips a fix and its subject', () => {
    const read = parseFixDocument(JSON.parse(JSON.stringify(doc())), 'O/R');
    expect(read.fix).toEqual(patch);
    expect(read.subject).toMatchObject({
      fingerprint: subject.fingerprint,
      issueNumber: 3,
      excerpt: ['line four'],
      stepName: 'Run npm test',
    });
    expect(read.subject.run).toEqual(subject.run);
  });

  it('refuses each malformed or out-of-bounds field, naming it', () => {
    expect(
      problem((d) => {
        d.repository = 'evil/r';
      }),
    ).toMatch(/it is a fix for evil\/r, not for o\/r/);
    expect(
      problem((d) => {
        d.subject.fingerprint = 'ABC';
      }),
    ).toMatch(/subject\.fingerprint is not 16 hex digits/);
    expect(
      problem((d) => {
        d.subject.run.workflowPath = 'scripts/ci.yml';
      }),
    ).toMatch(/subject\.run\.workflowPath is not a workflow file path/);
    expect(
      problem((d) => {
        d.subject.confidence = 7;
      }),
    ).toMatch(/subject\.confidence is not a number from 0 to 1/);
    expect(
      problem((d) => {
        if (d.fix.kind === 'patch') d.fix.changes[0]!.path = '.git/config';
      }),
    ).toMatch(/is not a plain path inside the repository/);
    expect(
      problem((d) => {
        if (d.fix.kind === 'patch') d.fix.changes[0]!.path = '/etc/passwd';
      }),
    ).toMatch(/is not a plain path/);
    expect(
      problem((d) => {
        if (d.fix.kind === 'patch')
          d.fix.changes = Array.from({ length: LIMITS.changes + 1 }, () =>
            d.fix.kind === 'patch' ? d.fix.changes[0]! : ({} as never),
          );
      }),
    ).toMatch(/fix\.changes must list 1 to 5 files/);
    expect(
      problem((d) => {
        if (d.fix.kind === 'patch') d.fix.changes[0]!.after = 'x'.repeat(LIMITS.textBytes + 1);
      }),
    ).toMatch(/after is longer than 1048576 bytes/);
    expect(
      problem((d) => {
        (d.fix as { fixType: string }).fixType = 'rm_rf';
      }),
    ).toMatch(/fix\.fixType "rm_rf" is not a fix type/);
    expect(
      problem((d) => {
        (d.fix as { kind: string }).kind = 'shell';
      }),
    ).toMatch(/fix\.kind is not patch, suggestion, command or none/);
    expect(
      problem((d) => {
        d.fix = {
          kind: 'command',
          fixType: 'lint_failure',
          title: 't',
          explanation: 'e',
          command: 'a\nb',
          verify: 'v',
          notes: [],
        };
      }),
    ).toMatch(/fix\.command is not a single line/);
  });

  it('reads the lint diff and file list beside it, and refuses oversized files', async () => {
    const file = path.join(dir, 'fix.json');
    const lint = fixDocument(
      'o/r',
      { ...subject, category: 'lint_failure' },
      {
        kind: 'command',
        fixType: 'lint_failure',
        title: 'Apply lint',
        explanation: 'e',
        command: 'npm run lint -- --fix',
        verify: 'npm run lint',
        notes: [],
      },
    );
    await writeFile(file, JSON.stringify(lint));
    expect((await readFixFile(file, 'o/r')).lint).toBeUndefined();
    await writeFile(path.join(dir, 'lint.diff'), 'diff --git a/x b/x\n');
    await writeFile(path.join(dir, 'lint-files.txt'), 'x\n\ny\n');
    expect((await readFixFile(file, 'o/r')).lint).toEqual({
      diff: 'diff --git a/x b/x\n',
      touchedFiles: ['x', 'y'],
    });
    await writeFile(path.join(dir, 'lint.diff'), 'x'.repeat(LIMITS.diffBytes + 1));
    await expect(readFixFile(file, 'o/r')).rejects.toThrow(
      /The lint diff .* has 262145 bytes, more than the 262144 accepted/,
    );
    await writeFile(file, '{"schemaVersion": 2}');
    await expect(readFixFile(file, 'o/r')).rejects.toThrow(
      /^Input "fix-file": .* is not a usable autoheal fix file: it is not an autoheal fix file of schema version 1/,
    );
  });
});
