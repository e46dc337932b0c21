import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { freeDiskScript } from '../../src/fixes/resource-fix.js';
import { context, findingOf, insertedLines, memoryRepo } from './helpers.js';

// BuildKit's own "no space left" is reported as a docker failure; a build script's is the runner's disk.
const diskLog = [
  '##[group]Run ./scripts/build-all.sh',
  './scripts/build-all.sh',
  '##[endgroup]',
  'Building target linux-x64',
  "cp: error writing 'out/linux-x64/libapp.so': No space left on device",
  '##[error]Process completed with exit code 1.',
];
const heapLog = (run: string) => [
  `##[group]Run ${run}`,
  run,
  '##[endgroup]',
  '<--- Last few GCs --->',
  '[2231:0x6b1c9e0]   112233 ms: Mark-Compact 4044.9 (4135.6) -> 4030.2 (4137.1) MB, 2050.12 / 0.00 ms  (average mu = 0.161, current mu = 0.043) allocation failure; scavenge might not succeed',
  '<--- JS stacktrace --->',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  ' 1: 0xb8a6c0 node::Abort() [node]',
  'Aborted (core dumped)',
  '##[error]Process completed with exit code 134.',
];

const BUILD = `on: push
jobs:
  image:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: docker pull ghcr.io/acme/toolchain:1
      - name: Build all
        run: ./scripts/build-all.sh
`;

const WEB = `on: push
env:
  CI: true
jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: npm run build
      - run: npm test
`;

async function fix(workflow: string, log: string[], jobName: string) {
  const files = memoryRepo({ '.github/workflows/ci.yml': workflow });
  return generateFix(
    context(await findingOf(log), files, { workflowPath: '.github/workflows/ci.yml', jobName }),
  );
}

describe('out of disk', () => {
  it('frees space before the failing step, keeping what the job uses (Docker here)', async () => {
    const result = await fix(BUILD, diskLog, 'image');
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(insertedLines(BUILD, result.changes[0]!.after)).toEqual({
      at: 8,
      lines: [
        '      - name: Free disk space',
        '        run: |',
        '          sudo rm -rf /usr/local/lib/android /usr/share/dotnet /opt/ghc /usr/local/.ghcup /opt/hostedtoolcache/CodeQL',
        '          df -h /',
      ],
    });
    expect(result.notes).toEqual(['Kept because the job uses them: Docker images.']);
  });

  it('writes the script without toolchains the job mentions', () => {
    const script = freeDiskScript('run: dotnet test\nrun: ./gradlew assembleDebug');
    expect(script.lines).toEqual([
      'sudo rm -rf /opt/ghc /usr/local/.ghcup /opt/hostedtoolcache/CodeQL',
      'sudo docker image prune --all --force',
      'df -h /',
    ]);
    expect(script.kept).toEqual(['the Android SDK', '.NET']);
    // Near misses do not count as use: a ghcr.io image is not GHC, `export` is not Expo.
    expect(freeDiskScript('run: export X=1 && echo ghcr.io/acme/app').kept).toEqual([]);
    expect(freeDiskScript('run: stack build --fast').kept).toEqual(['GHC (Haskell)']);
  });

  it('refuses off Ubuntu and when the job already frees space', async () => {
    const mac = await fix(BUILD.replace('ubuntu-24.04', 'macos-14'), diskLog, 'image');
    const npmLog = [
      '##[group]Run npm ci',
      'npm ci',
      '##[endgroup]',
      'npm error code ENOSPC',
      'npm error nospc ENOSPC: no space left on device, write',
      '##[error]Process completed with exit code 228.',
    ];
    const npm = await fix(
      BUILD.replace('      - run: docker pull ghcr.io/acme/toolchain:1\n', '      - run: npm ci\n'),
      npmLog,
      'image',
    );
    expect(npm.kind === 'patch' && npm.changes[0]!.after).toContain(
      'sudo docker image prune --all --force\n          df -h /\n      - run: npm ci',
    );
    expect(mac).toEqual({
      kind: 'none',
      reason: expect.stringContaining('not a GitHub-hosted Ubuntu runner'),
    });
    const freed = BUILD.replace(
      '      - name: Build all',
      '      - uses: jlumbroso/free-disk-space@v1.3.1\n      - name: Build all',
    );
    expect(await fix(freed, diskLog, 'image')).toEqual({
      kind: 'none',
      reason: expect.stringContaining('already frees disk space'),
    });
  });
});

describe('JavaScript heap out of memory', () => {
  it('adds an env block with NODE_OPTIONS to a step without one', async () => {
    const result = await fix(WEB, heapLog('npm run build'), 'web');
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      WEB.replace(
        '        run: npm run build\n',
        '        run: npm run build\n        env:\n          NODE_OPTIONS: --max-old-space-size=6144\n',
      ),
    );
  });

  it('adds the env block after the last line of a file without a final newline', async () => {
    const last = WEB.replace(/\n$/, '').replace(
      '      - run: npm test',
      '      - name: Test\n        run: npm test',
    );
    const result = await fix(last, heapLog('npm test'), 'web');
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      `${last}\n        env:\n          NODE_OPTIONS: --max-old-space-size=6144`,
    );
  });

  it('adds to an existing env mapping, block or flow', async () => {
    const block = WEB.replace(
      '        run: npm run build\n',
      '        run: npm run build\n        env:\n          VITE_MODE: production # docs\n',
    );
    const r1 = await fix(block, heapLog('npm run build'), 'web');
    expect(r1.kind === 'patch' && r1.changes[0]!.after).toBe(
      block.replace('# docs\n', '# docs\n          NODE_OPTIONS: --max-old-space-size=6144\n'),
    );
    const flow = WEB.replace(
      '        run: npm run build\n',
      '        run: npm run build\n        env: { VITE_MODE: production }\n',
    );
    const r2 = await fix(flow, heapLog('npm run build'), 'web');
    expect(r2.kind === 'patch' && r2.changes[0]!.after).toBe(
      flow.replace(
        '{ VITE_MODE: production }',
        '{ VITE_MODE: production, NODE_OPTIONS: --max-old-space-size=6144 }',
      ),
    );
  });

  it('raises or extends an existing NODE_OPTIONS where it is set', async () => {
    const low = WEB.replace(
      'env:\n  CI: true',
      'env:\n  CI: true\n  NODE_OPTIONS: "--max-old-space-size=4096 --enable-source-maps"',
    );
    const r1 = await fix(low, heapLog('npm run build'), 'web');
    expect(r1.kind === 'patch' && r1.changes[0]!.after).toBe(low.replace('=4096', '=6144'));
    const other = WEB.replace(
      '        run: npm run build\n',
      "        run: npm run build\n        env:\n          NODE_OPTIONS: '--enable-source-maps'\n",
    );
    const r2 = await fix(other, heapLog('npm run build'), 'web');
    expect(r2.kind === 'patch' && r2.changes[0]!.after).toBe(
      other.replace("'--enable-source-maps'", "'--enable-source-maps --max-old-space-size=6144'"),
    );
    const high = WEB.replace(
      'env:\n  CI: true',
      'env:\n  CI: true\n  NODE_OPTIONS: --max-old-space-size=8192',
    );
    expect(await fix(high, heapLog('npm run build'), 'web')).toEqual({
      kind: 'none',
      reason: expect.stringContaining('already allows a heap of 8192 MB'),
    });
  });

  it('gives 4096 MB on arm64 macOS and refuses unknown runners and action steps', async () => {
    const mac = await fix(WEB.replace('ubuntu-latest', 'macos-latest'), heapLog('npm run build'), 'web');
    expect(mac.kind === 'patch' && mac.changes[0]!.after).toContain('--max-old-space-size=4096');
    expect(
      await fix(WEB.replace('ubuntu-latest', 'buildjet-8vcpu-ubuntu-2204'), heapLog('npm run build'), 'web'),
    ).toEqual({
      kind: 'none',
      reason: expect.stringContaining('memory is unknown'),
    });
    const action = WEB.replace('        run: npm run build\n', '        uses: ./.github/actions/build\n');
    expect(await fix(action, heapLog('./.github/actions/build'), 'web')).toEqual({
      kind: 'none',
      reason: expect.stringContaining('runs an action'),
    });
  });
});

describe('other resources', () => {
  it('has no fix for memory or file descriptors', async () => {
    const log = [
      '##[group]Run make',
      'make',
      '##[endgroup]',
      'Killed',
      '##[error]Process completed with exit code 137.',
    ];
    expect(await fix(WEB, log, 'web')).toEqual({
      kind: 'none',
      reason: expect.stringContaining('running out of memory has no mechanical fix'),
    });
  });
});
