import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { chooseVersion, parseRequirement } from '../../src/fixes/version-requirement.js';
import { changedLineNumbers, context, findingOf, memoryRepo } from './helpers.js';

const engineLog = (range: string, got: string) => [
  '##[group]Run yarn install --frozen-lockfile',
  'yarn install --frozen-lockfile',
  '##[endgroup]',
  'yarn install v1.22.22',
  '[1/4] Resolving packages...',
  '[2/4] Fetching packages...',
  `error eslint@9.2.0: The engine "node" is incompatible with this module. Expected version "${range}". Got "${got}"`,
  'error Found incompatible module.',
  'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
  '##[error]Process completed with exit code 1.',
];

const NODE_CI = (version: string) => `name: CI
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4 # pinned by renovate
        with:
          node-version: ${version}
          cache: yarn
      - run: yarn install --frozen-lockfile
`;

async function fix(workflow: string, log: string[], jobName = 'build') {
  const files = memoryRepo({ '.github/workflows/ci.yml': workflow });
  return generateFix(
    context(await findingOf(log), files, { workflowPath: '.github/workflows/ci.yml', jobName }),
  );
}

describe('toolchain fix', () => {
  it('sets node-version to the lowest major the engine range accepts, keeping quotes and the rest of the line', async () => {
    for (const [written, expected] of [
      ['16', '18'],
      ["'16'", "'18'"],
      ['"16.x"', '"18.x"'],
    ] as const) {
      const before = NODE_CI(written);
      const result = await fix(before, engineLog('^18.18.0 || ^20.9.0 || >=21.1.0', '16.20.2'));
      expect(result.kind, written).toBe('patch');
      if (result.kind !== 'patch') continue;
      expect(result.changes[0]!.after).toBe(NODE_CI(expected));
      expect(changedLineNumbers(before, result.changes[0]!.after)).toEqual([10]);
    }
  });

  it('quotes a Python version that YAML would read as a number', async () => {
    const wf = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: 3.9
      - run: pip install .
`;
    const log = [
      '##[group]Run pip install .',
      'pip install .',
      '##[endgroup]',
      "ERROR: Package 'proj' requires a different Python: 3.9.19 not in '>=3.10'",
      '##[error]Process completed with exit code 1.',
    ];
    const result = await fix(wf, log, 'test');
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      wf.replace('python-version: 3.9', "python-version: '3.10'"),
    );
  });

  it('reads Java class-file versions and Ruby’s Gemfile version', async () => {
    const java = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '11'
      - run: ./gradlew build
`;
    const javaLog = [
      '##[group]Run ./gradlew build',
      './gradlew build',
      '##[endgroup]',
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: com/acme/Main has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
      '##[error]Process completed with exit code 1.',
    ];
    const j = await fix(java, javaLog);
    expect(j.kind === 'patch' && j.changes[0]!.after).toBe(
      java.replace("java-version: '11'", "java-version: '17'"),
    );
    const ruby = `on: push
jobs:
  spec:
    runs-on: ubuntu-latest
    steps:
      - uses: ruby/setup-ruby@v1
        with:
          ruby-version: "3.1"
          bundler-cache: true
`;
    const rubyLog = [
      '##[group]Run bundle install',
      'bundle install',
      '##[endgroup]',
      'Your Ruby version is 3.1.6, but your Gemfile specified 3.3.4',
      '##[error]Process completed with exit code 18.',
    ];
    const r = await fix(ruby, rubyLog, 'spec');
    expect(r.kind === 'patch' && r.changes[0]!.after).toBe(ruby.replace('"3.1"', '"3.3.4"'));
  });

  it('refuses expressions, several setup steps, a version file, and a version that came from elsewhere', async () => {
    const reason = async (wf: string, log: string[]) => {
      const r = await fix(wf, log);
      return r.kind === 'none' ? r.reason : `unexpected ${r.kind}`;
    };
    const log = engineLog('>=20', '18.20.4');
    expect(await reason(NODE_CI('${{ matrix.node }}'), log)).toMatch(/expression/);
    const two = NODE_CI('18').replace(
      '      - run: yarn',
      '      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: yarn',
    );
    expect(await reason(two, log)).toMatch(/has 2 actions\/setup-node steps/);
    const file = NODE_CI('18').replace('node-version: 18', 'node-version-file: .nvmrc');
    expect(await reason(file, log)).toMatch(/reads its version from a file \(node-version-file\)/);
    expect(await reason(NODE_CI('20'), log)).toMatch(/not the one the step sets/);
    expect(await reason(NODE_CI('18'), engineLog('>=18', '18.20.4'))).toMatch(/already meets/);
  });
});

describe('version requirements', () => {
  it('parses npm, PEP 440 and Poetry ranges', () => {
    expect(parseRequirement('^18.18.0 || >=20')).toHaveLength(2);
    expect(parseRequirement('>=3.8, <3.12')).toEqual([
      { min: [3, 8], max: { version: [3, 12], inclusive: false } },
    ]);
    expect(parseRequirement('>18')).toBeUndefined();
  });

  it('chooses the lowest version line above the current one that meets the range', () => {
    expect(chooseVersion('node', '>=20', '18')).toEqual({ ok: true, version: '20' });
    expect(chooseVersion('node', '^18.18.0 || ^20.9.0', '16')).toEqual({ ok: true, version: '18' });
    expect(chooseVersion('python', '~=3.11', '3.9')).toEqual({ ok: true, version: '3.11' });
    expect(chooseVersion('python', '>=3.8,<3.12', '3.7')).toEqual({ ok: true, version: '3.8' });
    expect(chooseVersion('go', '1.22.3', '1.21')).toEqual({ ok: true, version: '1.22' });
    expect(chooseVersion('java', '21', '17')).toEqual({ ok: true, version: '21' });
    expect(chooseVersion('java', '1.8', '7')).toEqual({ ok: true, version: '8' });
    expect(chooseVersion('python', '<3.12', '3.12').ok).toBe(false);
    expect(chooseVersion('node', '>=20', 'lts/*').ok).toBe(false);
    expect(chooseVersion('node', '>=20', '20')).toEqual({
      ok: false,
      reason: expect.stringContaining('already sets 20'),
    });
  });
});
