import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { nodeBinary } from '@autoheal/testkit/harness/node-binaries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplates, listTemplates } from '../src/templates/check-templates.js';
import { checkWorkflowText } from '../src/templates/check-workflow.js';
import { formatProblem, type Problem, Rules } from '../src/templates/problem.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const scriptsDir = path.dirname(here);
const repoRoot = path.dirname(scriptsDir);
const fixtures = path.join(here, 'fixtures', 'templates');
const goodRoot = path.join(fixtures, 'good');
const REUSABLE = 'analyze-failure.yml';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-templates-test-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

function readBad(name: string): Promise<string> {
  return readFile(path.join(fixtures, 'bad', name), 'utf8');
}

async function checkBad(name: string): Promise<Problem[]> {
  return checkWorkflowText(await readBad(name), `bad/${name}`);
}

function readGood(name = REUSABLE): Promise<string> {
  return readFile(path.join(goodRoot, 'workflows-templates', name), 'utf8');
}

/** The good reusable template with one edit; the edit must apply, or the test proves nothing. */
async function goodWith(from: string | RegExp, to: string): Promise<string> {
  const good = await readGood();
  const edited = good.replace(from, to);
  expect(edited).not.toBe(good);
  return edited;
}

type Expected = readonly [at: string, rule: string, message: RegExp];

/** Problems exactly as listed, in order: `line:column`, rule, and a message that says what is wrong. */
function expectProblems(problems: readonly Problem[], expected: readonly Expected[]): void {
  expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(
    expected.map(([at, rule]) => `${at} ${rule}`),
  );
  problems.forEach((problem, i) => {
    expect(problem.message).toMatch(expected[i]![2]);
  });
}

describe('a good template', () => {
  it('passes every check, and its published copy matches', async () => {
    expect(await listTemplates(goodRoot)).toEqual(['analyze-failure.yml', 'on-failure.yml']);
    expect(await checkTemplates(goodRoot)).toEqual([]);
  });

  it('passes on its own through checkWorkflowText, for the reusable and the copy-in example', async () => {
    expect(await checkWorkflowText(await readGood(), 'analyze-failure.yml')).toEqual([]);
    expect(await checkWorkflowText(await readGood('on-failure.yml'), 'on-failure.yml')).toEqual([]);
  });
});

describe("GitHub's workflow parser and actionlint", () => {
  it('both report an unknown key under a job, at its line', async () => {
    expectProblems(await checkBad('unknown-key.yml'), [
      ['16:5', Rules.actionlint, /^unexpected key "timeout" for "job" section\..* \[syntax-check\]$/],
      ['16:5', Rules.parser, /^Unexpected value 'timeout'$/],
    ]);
  });

  it('both report expressions GitHub cannot evaluate', async () => {
    expectProblems(await checkBad('bad-expression.yml'), [
      ['14:9', Rules.parser, /^Unexpected end of expression: '&&'$/],
      ['14:57', Rules.actionlint, /unexpected end of input .* \[expression\]$/],
      ['19:16', Rules.parser, /^Unrecognized named-value: 'gihtub'$/],
      ['19:20', Rules.actionlint, /^undefined variable "gihtub"/],
    ]);
  });

  it('report YAML that does not parse, and the security rules stay quiet on it', async () => {
    // Inline rather than a fixture file: Biome lints YAML and would reject the file.
    const broken = 'name: broken\n\non:\n  workflow_dispatch: [\npermissions: {}\n';
    expectProblems(await checkWorkflowText(broken, 'x.yml'), [
      ['3:1', Rules.actionlint, /^could not parse as YAML: yaml: line 3: did not find expected ',' or ']'/],
      ['5:1', Rules.parser, /^Flow sequence in block collection must be sufficiently indented/],
    ]);
  });
});

describe('permissions', () => {
  it('wants `{}` at the top, `permissions:` on every job, and a `# why` on every scope', async () => {
    expectProblems(await checkBad('permissions.yml'), [
      ['7:1', Rules.permissions, /^top-level `permissions:` must be `\{\}`/],
      [
        '13:3',
        Rules.permissions,
        /^job `no-permissions` declares no `permissions:`; list only the scopes it needs/,
      ],
      // Write scopes in a job none of whose steps uses the token: excessive as well.
      [
        '19:5',
        Rules.excessivePermissions,
        /^job `everything` has `write-all` but no step of it uses the token/,
      ],
      ['19:5', Rules.permissions, /^job `everything`: `permissions: write-all` does not list scopes/],
      [
        '26:7',
        Rules.excessivePermissions,
        /^job `unexplained` has `issues: write`, `pull-requests: write` but no step of it uses the token/,
      ],
      ['26:7', Rules.permissions, /^job `unexplained`: `issues: write` has no trailing `# why` comment/],
      // A bare `#` explains nothing.
      [
        '27:7',
        Rules.permissions,
        /^job `unexplained`: `pull-requests: write` has no trailing `# why` comment/,
      ],
      // One comment after a flow mapping is not a comment per scope.
      ['32:20', Rules.permissions, /^job `flow-style`: `contents: read` has no trailing `# why` comment/],
    ]);
  });

  it('reports a missing top-level `permissions:` at the top of the file', async () => {
    const text = await goodWith('permissions: {}\n\n', '');
    expectProblems(await checkWorkflowText(text, 'x.yml'), [
      ['1:1', Rules.permissions, /^the workflow has no top-level `permissions:`; set `permissions: \{\}`/],
    ]);
  });
});

describe('pinned uses', () => {
  it('wants a full commit SHA and a `# vX.Y.Z` comment on remote actions and reusable workflows', async () => {
    expectProblems(await checkBad('pinned-uses.yml'), [
      [
        '18:15',
        Rules.pinnedUses,
        /^`uses: actions\/checkout@v4` is not pinned to a commit; write `actions\/checkout@<full/,
      ],
      [
        '21:15',
        Rules.pinnedUses,
        /^`uses: actions\/setup-node@39370e3.*` needs a trailing `# vX\.Y\.Z` comment.*that commit is$/,
      ],
      ['24:15', Rules.pinnedUses, /needs a trailing `# vX\.Y\.Z` comment .*\(found `# main`\)$/],
      ['28:15', Rules.pinnedUses, /^`uses: actions\/upload-artifact@b4b15b8` is not pinned to a commit/],
      ['32:15', Rules.pinnedUses, /^`uses: docker:\/\/alpine:3\.20` is not pinned by digest/],
      // Lines 35 (docker by digest), 38 (./ local) and 39 (SHA + # v5.3.0) are fine.
      [
        '45:11',
        Rules.pinnedUses,
        /^`uses: octo-org\/shared-workflows\/\.github\/workflows\/lint\.yml@main` is not pinned/,
      ],
    ]);
  });

  it('accepts a pre-release in the version comment but not a bare major version', async () => {
    const sha = '11bd71901bbe5b1630ceea73d27597364c9af683';
    const rc = await goodWith(`${sha} # v4.2.2`, `${sha} # v5.0.0-rc.1`);
    expect(await checkWorkflowText(rc, 'x.yml')).toEqual([]);
    const major = await goodWith(`${sha} # v4.2.2`, `${sha} # v4`);
    expectProblems(await checkWorkflowText(major, 'x.yml'), [
      ['34:15', Rules.pinnedUses, /\(found `# v4`\)$/],
    ]);
  });
});

describe('script injection', () => {
  it('flags each `${{ }}` in a `run:` script or a github-script `script:`, at its own line', async () => {
    const problems = await checkBad('script-injection.yml');
    expectProblems(
      problems.filter((p) => p.rule === Rules.scriptInjection),
      [
        [
          '21:32',
          Rules.scriptInjection,
          /^`\$\{\{ github\.event\.issue\.title \}\}` inside a `run:` script .*use `"\$TITLE"`/,
        ],
        // Deep in a block script, and for a context that is not even untrusted: values go through env.
        ['26:39', Rules.scriptInjection, /^`\$\{\{ github\.actor \}\}` inside a `run:` script/],
        [
          '30:14',
          Rules.scriptInjection,
          /^an escaped `\$\{\{ … \}\}` inside a `run:` script is still pasted/,
        ],
        ['35:28', Rules.scriptInjection, /inside `actions\/github-script`'s `script:`.*process\.env\.NAME/],
      ],
    );
    // actionlint finds the untrusted ones on its own; the safe step at line 37 draws nothing.
    expect(
      problems.filter((p) => p.rule !== Rules.scriptInjection).map((p) => `${p.line} ${p.rule}`),
    ).toEqual(['21 actionlint', '30 actionlint', '34 actionlint']);
  });
});

describe('concurrency', () => {
  it('wants a group on every job when the workflow sets none', async () => {
    expectProblems(await checkBad('concurrency.yml'), [
      ['16:3', Rules.concurrency, /^job `unguarded` has no `concurrency:` group and the workflow sets none/],
      ['24:5', Rules.actionlint, /^group name is missing in "concurrency" section/],
      ['24:5', Rules.concurrency, /^job `groupless`: `concurrency:` has no `group:`/],
      ['25:7', Rules.parser, /^Required property is missing: group$/],
    ]);
  });

  it('wants the top-level group to name something', async () => {
    const empty = await goodWith(
      /concurrency:\n {2}group: .*\n {2}cancel-in-progress: false\n/,
      "concurrency: ''\n",
    );
    expectProblems(
      (await checkWorkflowText(empty, 'x.yml')).filter((p) => p.rule === Rules.concurrency),
      [['20:1', Rules.concurrency, /^top-level `concurrency:` is empty; name a group/]],
    );
    const groupless = await goodWith(/ {2}group: autoheal-analyze-.*\n/, '');
    expectProblems(
      (await checkWorkflowText(groupless, 'x.yml')).filter((p) => p.rule === Rules.concurrency),
      [['20:1', Rules.concurrency, /^top-level `concurrency:` has no `group:`/]],
    );
  });

  it('reports a workflow without jobs or a group at the top of the file', async () => {
    const text = 'on:\n  workflow_dispatch:\npermissions: {}\n';
    expect((await checkWorkflowText(text, 'x.yml')).filter((p) => p.rule === Rules.concurrency)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/^no `concurrency:` group is set/) }),
    ]);
  });
});

describe('workflow_dispatch', () => {
  it('is required whichever shape `on:` has', async () => {
    expectProblems(await checkBad('workflow-dispatch.yml'), [
      [
        '4:1',
        Rules.workflowDispatch,
        /^`on:` must include `workflow_dispatch` .*\(it has `workflow_call`, `schedule`\)$/,
      ],
    ]);
    for (const [on, has] of [
      ['on: workflow_call', '`workflow_call`'],
      ['on: [workflow_call, push]', '`workflow_call`, `push`'],
    ] as const) {
      const text = await goodWith(/^on:\n(?: {2}.*\n)+/m, `${on}\n`);
      const problems = (await checkWorkflowText(text, 'x.yml')).filter(
        (p) => p.rule === Rules.workflowDispatch,
      );
      expectProblems(problems, [['4:1', Rules.workflowDispatch, new RegExp(`\\(it has ${has}\\)$`)]]);
    }
  });
});

describe('untrusted checkout', () => {
  it("flags checking out the failed run's or a pull request's code, named for the privileged trigger", async () => {
    const problems = await checkBad('untrusted-checkout.yml');
    const privileged =
      /in a `pull_request_target` and `workflow_run` workflow, which runs with the base repository's secrets/;
    expectProblems(problems, [
      [
        '26:11',
        Rules.untrustedCheckout,
        /^`actions\/checkout` `ref:` takes the triggering run's code \(`github\.event\.workflow_run`\)/,
      ],
      [
        '31:11',
        Rules.untrustedCheckout,
        /^`actions\/checkout` `repository:` takes the pull request's code \(`github\.event\.pull_request\.head`\)/,
      ],
      [
        '32:11',
        Rules.untrustedCheckout,
        /^`actions\/checkout` `ref:` takes the pull request's branch \(`github\.head_ref`\)/,
      ],
      [
        '37:11',
        Rules.untrustedCheckout,
        /`ref:` takes the pull request's code \(`github\.event\.pull_request\.head`\)/,
      ],
      ['42:11', Rules.untrustedCheckout, /`ref:` takes a pull request ref \(`refs\/pull\/…`\)/],
      ['49:11', Rules.untrustedCheckout, /^`gh pr checkout` in a `run:` script/],
      ['50:11', Rules.untrustedCheckout, /^`git fetch` of a `pull\/…` ref in a `run:` script/],
    ]);
    for (const problem of problems) expect(problem.message).toMatch(privileged);
  });

  it('allows a computed ref only in a job that can neither write nor read secrets', async () => {
    const workflow = (permissions: string, extraEnv = '') =>
      [
        'name: lint fix',
        'on:',
        '  workflow_dispatch:',
        'permissions: {}',
        'concurrency:',
        '  group: lint-fix',
        'jobs:',
        '  fix:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        `      ${permissions}`,
        '    steps:',
        '      - id: compute',
        '        run: echo "sha=$GITHUB_SHA" >> "$GITHUB_OUTPUT"',
        '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
        '        with:',
        '          ref: ${{ steps.compute.outputs.sha }}',
        '          persist-credentials: false',
        '      - run: npm run lint -- --fix',
        extraEnv,
        '',
      ].join('\n');
    const readOnly = await checkWorkflowText(workflow('contents: read # read the files'), 'x.yml');
    expect(readOnly.filter((p) => p.rule === Rules.untrustedCheckout)).toEqual([]);
    const writing = await checkWorkflowText(workflow('contents: write # push the fix'), 'x.yml');
    expect(
      writing
        .filter((p) => p.rule === Rules.untrustedCheckout)
        .map((p) => `${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      expect.stringMatching(
        /^17:11 `actions\/checkout` `ref:` is computed \(`\$\{\{ steps\.compute\.outputs\.sha \}\}`\).* job `fix` where its token can write \(`contents: write`\)/,
      ),
    ]);
    const secret = await checkWorkflowText(
      workflow(
        'contents: read # read the files',
        '        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      ),
      'x.yml',
    );
    expect(secret.filter((p) => p.rule === Rules.untrustedCheckout).map((p) => p.message)).toEqual([
      expect.stringMatching(/where it reads secrets/),
    ]);
  });

  it('flags it under other triggers too, since the workflow still holds a token', async () => {
    const text = (
      await goodWith(
        'persist-credentials: false\n',
        'ref: ${{ github.head_ref }}\n          persist-credentials: false\n',
      )
    )
      .replace(/^on:\n(?: {2}.*\n)+/m, 'on: [pull_request, workflow_dispatch]\n')
      .replace(/\$\{\{ inputs\.run-id \}\}/g, '${{ github.run_id }}');
    expectProblems(await checkWorkflowText(text, 'x.yml'), [
      [
        '24:11',
        Rules.untrustedCheckout,
        /takes the pull request's branch \(`github\.head_ref`\): that checks out untrusted code in a workflow that holds a token;/,
      ],
    ]);
  });
});

describe('persist-credentials', () => {
  it('must be false on every actions/checkout', async () => {
    expectProblems(await checkBad('persist-credentials.yml'), [
      [
        '18:15',
        Rules.persistCredentials,
        /^`actions\/checkout` needs `with: \{ persist-credentials: false \}`/,
      ],
      [
        '22:11',
        Rules.persistCredentials,
        /^`persist-credentials: true` leaves the token in \.git\/config.*must be `false`$/,
      ],
      // Line 26 quotes "false", which is the same input value.
    ]);
  });
});

describe('published copies', () => {
  async function copyOfGood(name: string): Promise<string> {
    const root = path.join(temp, name);
    await cp(goodRoot, root, { recursive: true });
    return root;
  }

  it('reports a reusable template whose copy in .github/workflows is missing, at its `workflow_call`', async () => {
    const root = await copyOfGood('missing');
    await rm(path.join(root, '.github', 'workflows', REUSABLE));
    expectProblems(await checkTemplates(root), [
      [
        '5:3',
        Rules.publishedCopy,
        /must also be published as `\.github\/workflows\/analyze-failure\.yml`.*that file is missing/,
      ],
    ]);
    expect((await checkTemplates(root))[0]!.file).toBe('workflows-templates/analyze-failure.yml');
  });

  it('reports a copy that differs, at the first line that differs', async () => {
    const root = await copyOfGood('differs');
    const copy = path.join(root, '.github', 'workflows', REUSABLE);
    await writeFile(
      copy,
      (await readFile(copy, 'utf8')).replace('timeout-minutes: 10', 'timeout-minutes: 15'),
    );
    expect(await checkTemplates(root)).toEqual([
      {
        file: '.github/workflows/analyze-failure.yml',
        line: 28,
        rule: Rules.publishedCopy,
        message: expect.stringMatching(
          /differs from `workflows-templates\/analyze-failure\.yml` \(first difference on line 28\)/,
        ),
      },
    ]);
  });

  it('compares bytes: a copy with other line endings differs', async () => {
    const root = await copyOfGood('crlf');
    const copy = path.join(root, '.github', 'workflows', REUSABLE);
    await writeFile(copy, (await readFile(copy, 'utf8')).replaceAll('\n', '\r\n'));
    expect((await checkTemplates(root)).map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      '.github/workflows/analyze-failure.yml:1 published-copy',
    ]);
  });

  it('lists .yml and .yaml files only, and none when the folder is absent', async () => {
    const root = path.join(temp, 'listing');
    await mkdir(path.join(root, 'workflows-templates', 'nested'), { recursive: true });
    for (const name of ['b.yml', 'a.yaml', 'README.md'])
      await writeFile(path.join(root, 'workflows-templates', name), '');
    expect(await listTemplates(root)).toEqual(['a.yaml', 'b.yml']);
    expect(await listTemplates(path.join(temp, 'nothing-here'))).toEqual([]);
    expect(await checkTemplates(path.join(temp, 'nothing-here'))).toEqual([]);
  });
});

describe('annotations', () => {
  it('formats a problem as a workflow command, escaping what would end a property or the message', () => {
    const problem: Problem = {
      file: 'workflows-templates/a,b.yml',
      line: 3,
      column: 7,
      rule: Rules.parser,
      message: 'two lines:\nsecond at 100%',
    };
    expect(formatProblem(problem)).toBe(
      '::error file=workflows-templates/a%2Cb.yml,line=3,col=7,title=template check (workflow-parser)::two lines:%0Asecond at 100%25',
    );
    const { column: _, ...noColumn } = problem;
    expect(formatProblem(noColumn)).toMatch(/^::error file=[^,]+,line=3,title=/);
  });
});

describe('the check-templates CLI, compiled and run by plain Node', () => {
  let cli: string;
  beforeAll(async () => {
    // Compile the entry and what it imports, as `tsc -b` would, into a folder that resolves the
    // scripts package's dependencies, so this tests the current sources and the parser's JSON hook
    // under Node rather than vitest.
    const out = path.join(temp, 'cli');
    const require = createRequire(import.meta.url);
    const tsc = path.join(
      path.dirname(require.resolve('typescript/package.json', { paths: [repoRoot] })),
      'bin',
      'tsc',
    );
    await run(
      process.execPath,
      [
        tsc,
        '--ignoreConfig',
        ...['--rootDir', path.join(scriptsDir, 'src'), '--outDir', out],
        ...[
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2023',
          '--types',
          'node',
        ],
        ...['--strict', '--skipLibCheck'],
        path.join(scriptsDir, 'src', 'check-templates.ts'),
      ],
      { cwd: repoRoot },
    );
    await symlink(path.join(scriptsDir, 'node_modules'), path.join(out, 'node_modules'), 'dir');
    cli = path.join(out, 'check-templates.js');
  }, 60_000);

  async function runCli(
    runtime: 'node20' | 'node24',
    root: string,
  ): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await run(nodeBinary(runtime), [cli, root]);
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
    }
  }

  it.each(['node20', 'node24'] as const)(
    'on %s: passes good templates, accepts none, fails bad ones with ::error lines',
    async (runtime) => {
      expect(await runCli(runtime, goodRoot)).toEqual({
        code: 0,
        stdout: "2 workflow template(s), the repository's workflows and README examples pass.\n",
      });

      const empty = path.join(temp, `empty-${runtime}`);
      await mkdir(empty, { recursive: true });
      expect(await runCli(runtime, empty)).toEqual({
        code: 0,
        stdout:
          "No workflow templates in workflows-templates/ yet.\n0 workflow template(s), the repository's workflows and README examples pass.\n",
      });

      const bad = path.join(temp, `bad-${runtime}`);
      await mkdir(path.join(bad, 'workflows-templates'), { recursive: true });
      for (const name of ['unknown-key.yml', 'persist-credentials.yml']) {
        await writeFile(path.join(bad, 'workflows-templates', name), await readBad(name));
      }
      const result = await runCli(runtime, bad);
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        expect.stringMatching(
          /^::error file=workflows-templates\/persist-credentials\.yml,line=18,col=15,title=template check \(persist-credentials\)::`actions\/checkout` needs/,
        ),
        expect.stringMatching(
          /^::error file=workflows-templates\/persist-credentials\.yml,line=22,col=11,title=template check \(persist-credentials\)::/,
        ),
        expect.stringMatching(
          /^::error file=workflows-templates\/unknown-key\.yml,line=16,col=5,title=template check \(actionlint\)::unexpected key "timeout"/,
        ),
        "::error file=workflows-templates/unknown-key.yml,line=16,col=5,title=template check (workflow-parser)::Unexpected value 'timeout'",
        '4 problem(s) in 2 file(s).',
        '',
      ]);
    },
    60_000,
  );
});
