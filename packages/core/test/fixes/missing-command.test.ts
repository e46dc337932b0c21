import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { context, findingOf, insertedLines, memoryRepo } from './helpers.js';

const notFound = (command: string, run: string) => [
  `##[group]Run ${run}`,
  run,
  'shell: /usr/bin/bash -e {0}',
  '##[endgroup]',
  `/home/runner/work/_temp/5f2c1e1a-0c1b-4d7e-9d0a-1b2c3d4e5f60.sh: line 1: ${command}: command not found`,
  '##[error]Process completed with exit code 127.',
];

const RELEASE = `name: Release
on:
  push:
    tags: ['v*']

jobs:
  package:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      # Read the version from package.json
      - name: Version
        id: version
        run: echo "v=$(jq -r .version package.json)" >> "$GITHUB_OUTPUT"
      - run: zip -r dist.zip dist
`;

async function fix(workflow: string, log: string[], extra: Parameters<typeof context>[2] = {}) {
  const files = memoryRepo({ '.github/workflows/release.yml': workflow });
  return generateFix(
    context(await findingOf(log), files, {
      workflowPath: '.github/workflows/release.yml',
      jobName: 'package',
      ...extra,
    }),
  );
}

describe('missing command fix', () => {
  it('inserts an apt install step before the failing step, above its comment, in the list’s layout', async () => {
    const result = await fix(
      RELEASE,
      notFound('jq', 'echo "v=$(jq -r .version package.json)" >> "$GITHUB_OUTPUT"'),
      {
        stepName: 'Version',
      },
    );
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    const { after } = result.changes[0]!;
    expect(insertedLines(RELEASE, after)).toEqual({
      at: 12,
      lines: ['      - name: Install jq', '        run: sudo apt-get update && sudo apt-get install -y jq'],
    });
    expect(result.title).toBe('Install jq before step "Version"');
  });

  it('finds an unnamed step from the log and maps the command to its package', async () => {
    const result = await fix(RELEASE, notFound('zip', 'zip -r dist.zip dist'));
    expect(result.kind === 'patch' && insertedLines(RELEASE, result.changes[0]!.after)).toEqual({
      at: 16,
      lines: ['      - name: Install zip', '        run: sudo apt-get update && sudo apt-get install -y zip'],
    });
  });

  it('keeps a four-space, unindented-dash layout and CRLF', async () => {
    const wf = [
      'on: push',
      'jobs:',
      '    docs:',
      '        runs-on: ubuntu-22.04',
      '        steps:',
      '        -   uses: actions/checkout@v4',
      '        -   run: xvfb-run npm test',
      '',
    ].join('\r\n');
    const result = await fix(wf, notFound('xvfb-run', 'xvfb-run npm test'), { jobName: 'docs' });
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      wf.replace(
        '        -   run: xvfb-run',
        '        -   name: Install xvfb\r\n            run: sudo apt-get update && sudo apt-get install -y xvfb\r\n        -   run: xvfb-run',
      ),
    );
  });

  it('expands a matrix runs-on and refuses when any variant is not Ubuntu', async () => {
    const matrix = (oses: string) => `on: push
jobs:
  package:
    strategy:
      matrix:
        os: [${oses}]
    runs-on: \${{ matrix.os }}
    steps:
      - run: zip -r dist.zip dist
`;
    expect(
      (
        await fix(matrix('ubuntu-22.04, ubuntu-24.04'), notFound('zip', 'zip -r dist.zip dist'), {
          jobName: 'package (ubuntu-22.04)',
        })
      ).kind,
    ).toBe('patch');
    const mixed = await fix(matrix('ubuntu-latest, macos-latest'), notFound('zip', 'zip -r dist.zip dist'), {
      jobName: 'package (macos-latest)',
    });
    expect(mixed).toEqual({
      kind: 'none',
      reason: expect.stringContaining('runs on "macos-latest", not a GitHub-hosted Ubuntu runner'),
    });
  });

  it('refuses self-hosted runners, containers, unknown commands, toolchains, npm scripts and packages already installed', async () => {
    const reason = async (wf: string, log: string[]) => {
      const r = await fix(wf, log);
      return r.kind === 'none' ? r.reason : `unexpected ${r.kind}`;
    };
    const zip = notFound('zip', 'zip -r dist.zip dist');
    expect(await reason(RELEASE.replace('ubuntu-latest', '[self-hosted, linux]'), zip)).toMatch(
      /not a GitHub-hosted Ubuntu runner/,
    );
    expect(
      await reason(
        RELEASE.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    container: node:20'),
        zip,
      ),
    ).toMatch(/in a container/);
    expect(await reason(RELEASE, notFound('frobnicate', 'zip -r dist.zip dist'))).toMatch(
      /no known Ubuntu package provides "frobnicate"/,
    );
    expect(await reason(RELEASE, notFound('node', 'zip -r dist.zip dist'))).toMatch(/actions\/setup-node/);
    const installed = RELEASE.replace(
      '      - run: zip',
      '      - run: sudo apt-get install -y zip unzip\n      - run: zip',
    );
    expect(await reason(installed, zip)).toMatch(/already installs zip/);
    const npmScript = await findingOf([
      'npm error Missing script: "build"',
      '##[error]Process completed with exit code 1.',
    ]);
    const r = await generateFix(
      context(npmScript, memoryRepo({ '.github/workflows/release.yml': RELEASE }), {
        workflowPath: '.github/workflows/release.yml',
      }),
    );
    expect(r).toEqual({ kind: 'none', reason: expect.stringContaining('package.json script') });
  });
});
