import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Problem, Rules } from '../src/templates/problem.js';
import { auditMarkdown, auditRepository } from '../src/templates/repository-audits.js';
import {
  checkCaches,
  checkDangerousTriggers,
  checkExcessivePermissions,
  checkSecretsInherit,
} from '../src/templates/rules/audits.js';
import { WorkflowDocument } from '../src/templates/workflow-document.js';

const doc = (text: string) => new WorkflowDocument(text, 'w.yml');
const at = (problems: Problem[]) => problems.map((p) => `${p.line} ${p.rule}`);

/** A workflow_run workflow shaped like auto-heal.yml: analyze, an unprivileged fix, a writing apply. */
function healWorkflow(applyIf: string, analyzeKey = 'analyze:'): string {
  return `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
  workflow_dispatch:
permissions: {}
jobs:
  ${analyzeKey}
    runs-on: ubuntu-latest
    permissions:
      issues: write # file the issue
    steps:
      - uses: autoheal/autoheal/actions/analyze-failure@0000000000000000000000000000000000000000 # v0.1.0
  fix:
    needs: analyze
    if: "!cancelled() && needs.analyze.result == 'success'"
    runs-on: ubuntu-latest
    permissions:
      contents: read # read files
    steps:
      - run: echo compute
  apply:
    needs: [analyze, fix]
    if: ${applyIf}
    runs-on: ubuntu-latest
    permissions:
      contents: write # push the fix branch
    steps:
      - uses: autoheal/autoheal/actions/generate-fix@0000000000000000000000000000000000000000 # v0.1.0
        with:
          token: \${{ secrets.AUTOHEAL_FIX_TOKEN || github.token }}
`;
}

describe('dangerous triggers', () => {
  it('flag each writer job of a workflow_run workflow that does not keep forks out', () => {
    const problems = checkDangerousTriggers(
      doc(healWorkflow(`"!cancelled() && needs.fix.result == 'success'"`)),
    );
    expect(at(problems)).toEqual([`8 ${Rules.dangerousTrigger}`, `22 ${Rules.dangerousTrigger}`]);
    expect(problems[1]!.message).toMatch(
      /^job `apply` runs on `workflow_run`.*`contents: write`.*head_repository\.full_name == github\.repository/,
    );
  });

  it('accept a correctly gated workflow: a gate on the writer, a waiver with a reason on the analysis', () => {
    const gated = healWorkflow(
      `"!cancelled() && needs.fix.result == 'success' && (github.event_name != 'workflow_run' || github.event.workflow_run.head_repository.full_name == github.repository)"`,
      "analyze: # fork-safe: runs no code of the run; the action only analyzes a fork's run",
    );
    expect(checkDangerousTriggers(doc(gated))).toEqual([]);
    // A waiver without a reason is no waiver.
    const bare = gated.replace(/# fork-safe: .*/, '# fork-safe:');
    expect(at(checkDangerousTriggers(doc(bare)))).toEqual([`8 ${Rules.dangerousTrigger}`]);
  });

  it('accept a gate inherited from a needed job only when the writer requires that job to succeed', () => {
    const gateOnFix = (applyIf: string) =>
      healWorkflow(applyIf, 'analyze: # fork-safe: analysis only').replace(
        `if: "!cancelled() && needs.analyze.result == 'success'"`,
        `if: "!cancelled() && github.event.workflow_run.head_repository.fork == false"`,
      );
    expect(checkDangerousTriggers(doc(gateOnFix(`"!cancelled() && needs.fix.result == 'success'"`)))).toEqual(
      [],
    );
    // No status function: GitHub requires every need to have succeeded.
    expect(checkDangerousTriggers(doc(gateOnFix(`"needs.analyze.outputs.x != ''"`)))).toEqual([]);
    // always() runs it even when the gated job was skipped.
    expect(at(checkDangerousTriggers(doc(gateOnFix(`"always()"`))))).toEqual([
      `22 ${Rules.dangerousTrigger}`,
    ]);
    // An inverted comparison lets only forks in.
    const inverted = healWorkflow(
      `"github.event.workflow_run.head_repository.full_name != github.repository"`,
      'analyze: # fork-safe: analysis only',
    );
    expect(at(checkDangerousTriggers(doc(inverted)))).toEqual([`22 ${Rules.dangerousTrigger}`]);
  });

  it('want pull_request_target writers gated on the head repository and issue_comment writers on the author', () => {
    const target = (condition: string) => `on:
  pull_request_target:
permissions: {}
jobs:
  label:
    ${condition}
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write # label it
    steps:
      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9 # v5.0.0
`;
    expect(at(checkDangerousTriggers(doc(target('timeout-minutes: 5'))))).toEqual([
      `5 ${Rules.dangerousTrigger}`,
    ]);
    expect(
      checkDangerousTriggers(
        doc(target('if: github.event.pull_request.head.repo.full_name == github.repository')),
      ),
    ).toEqual([]);
    expect(
      checkDangerousTriggers(doc(target('if: ${{ !github.event.pull_request.head.repo.fork }}'))),
    ).toEqual([]);
    for (const gate of [
      'github.event.pull_request.head.repo.full_name == github.event.pull_request.base.repo.full_name',
      'github.event.pull_request.head.repo.fork != true',
      "github.event['pull_request'].head.repo.id == github.repository_id",
    ])
      expect(checkDangerousTriggers(doc(target(`if: ${gate}`)))).toEqual([]);
    // The opposite test lets only forks in.
    expect(
      at(checkDangerousTriggers(doc(target('if: github.event.pull_request.head.repo.fork == true')))),
    ).toEqual([`5 ${Rules.dangerousTrigger}`]);

    const comment = (condition: string) => `on:
  issue_comment:
    types: [created]
permissions: {}
jobs:
  command:
    ${condition}
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ secrets.DEPLOY_KEY }}" > /dev/null
`;
    const open = checkDangerousTriggers(doc(comment('timeout-minutes: 5')));
    expect(at(open)).toEqual([`6 ${Rules.dangerousTrigger}`]);
    expect(open[0]!.message).toMatch(/anyone who can comment.*it reads secrets.*author_association/);
    expect(
      checkDangerousTriggers(
        doc(comment(`if: contains(fromJSON('["OWNER","MEMBER"]'), github.event.comment.author_association)`)),
      ),
    ).toEqual([]);
  });

  it('judge a gate as GitHub evaluates the condition: one arm of an `||` keeps no fork out', () => {
    const apply = (condition: string) =>
      at(checkDangerousTriggers(doc(healWorkflow(condition, 'analyze: # fork-safe: analysis only'))));
    const GATE = 'github.event.workflow_run.head_repository.full_name == github.repository';
    for (const open of [
      `"${GATE} || github.event.workflow_run.conclusion == 'failure'"`,
      `"${GATE} || true"`,
      `"always() || ${GATE}"`,
      `"!(${GATE})"`,
      `"github.event_name == 'workflow_run' || ${GATE}"`,
      `"contains(github.repository, github.event.workflow_run.head_repository.full_name) || ${GATE}"`,
    ])
      expect(apply(open), open).toEqual([`22 ${Rules.dangerousTrigger}`]);
    for (const closed of [
      `"${GATE}"`,
      `"(${GATE}) && (github.event.workflow_run.conclusion == 'failure' || inputs.force)"`,
      `"github.event_name != 'workflow_run' || ${GATE}"`,
      `"!cancelled() && !github.event.workflow_run.head_repository.fork"`,
      `"github.repository_id == github.event.workflow_run.head_repository.id && always()"`,
    ])
      expect(apply(closed), closed).toEqual([]);
  });

  it('want an issue_comment gate that turns away every association without write access', () => {
    const comment = (condition: string) =>
      at(
        checkDangerousTriggers(
          doc(`on:
  issue_comment:
permissions: {}
jobs:
  command:
    if: ${condition}
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ secrets.DEPLOY_KEY }}" > /dev/null
`),
        ),
      );
    // Naming the field is not a gate: CONTRIBUTOR and FIRST_TIMER get through these.
    expect(comment(`github.event.comment.author_association != 'NONE'`)).toEqual([
      `5 ${Rules.dangerousTrigger}`,
    ]);
    expect(
      comment(`contains(fromJSON('["OWNER","CONTRIBUTOR"]'), github.event.comment.author_association)`),
    ).toEqual([`5 ${Rules.dangerousTrigger}`]);
    expect(comment(`github.event.comment.author_association == 'OWNER'`)).toEqual([]);
  });

  it('leave read-only jobs and workflows without such triggers alone', () => {
    const readOnly = healWorkflow(`"true"`)
      .replace('contents: write # push the fix branch', 'contents: read # read')
      .replace('issues: write # file the issue', 'issues: read # read')
      .replace(/ {10}token: .*\n/, '')
      .replace(/ {8}with:\n/, '');
    expect(checkDangerousTriggers(doc(readOnly))).toEqual([]);
    const push = healWorkflow(`"true"`).replace(/on:\n(?: {2}.*\n)+/, 'on: push\n');
    expect(checkDangerousTriggers(doc(push))).toEqual([]);
  });
});

describe('excessive permissions', () => {
  const workflow = (top: string, job: string, step: string) => `on: push
${top}
jobs:
  build:
    runs-on: ubuntu-latest
${job}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
${step}
`;

  it('flag write scopes at the top of a workflow, each at its line', () => {
    const text = workflow(
      'permissions:\n  contents: read\n  issues: write\n  packages: write',
      '',
      '      - run: make',
    );
    const problems = checkExcessivePermissions(doc(text));
    expect(at(problems)).toEqual([`4 ${Rules.excessivePermissions}`, `5 ${Rules.excessivePermissions}`]);
    expect(problems[0]!.message).toMatch(/^`issues: write` at the top of the workflow/);
    expect(
      checkExcessivePermissions(doc(workflow('permissions: write-all', '', '      - run: make'))),
    ).toHaveLength(1);
    expect(
      checkExcessivePermissions(doc(workflow('permissions: read-all', '', '      - run: make'))),
    ).toEqual([]);
  });

  it('flag a job with write scopes none of whose steps can use the token', () => {
    const job = '    permissions:\n      contents: write # push';
    expect(
      at(checkExcessivePermissions(doc(workflow('permissions: {}', job, '      - run: make test')))),
    ).toEqual([`7 ${Rules.excessivePermissions}`]);
    // Steps that do use it: an action other than the read-only ones, the token in a script, gh, git push.
    for (const step of [
      '      - uses: softprops/action-gh-release@c062e08bd532815e2082a85e87e3ef29c3e6d191 # v2.0.8',
      '      - run: gh release create v1\n        env:\n          GH_TOKEN: ${{ github.token }}',
      '      - run: git push origin HEAD',
    ])
      expect(checkExcessivePermissions(doc(workflow('permissions: {}', job, step)))).toEqual([]);
  });

  it('outside the templates, flag a job that gets the default token; with `permissions: {}` it passes', () => {
    const text = workflow('', '', '      - run: make');
    expect(checkExcessivePermissions(doc(text))).toEqual([]);
    expect(at(checkExcessivePermissions(doc(text), { defaultToken: true }))).toEqual([
      `4 ${Rules.excessivePermissions}`,
    ]);
    expect(
      checkExcessivePermissions(doc(workflow('permissions: {}', '', '      - run: make')), {
        defaultToken: true,
      }),
    ).toEqual([]);
  });
});

describe('secrets: inherit', () => {
  const call = (secrets: string) => `on: push
permissions: {}
jobs:
  release:
    permissions:
      contents: read # read
    uses: org/repo/.github/workflows/release.yml@2f1e0c6c3b8a9d7e5f4a3b2c1d0e9f8a7b6c5d4e # v1.0.0
    ${secrets}
`;
  it('flag handing every secret to a called workflow, and accept named ones', () => {
    const problems = checkSecretsInherit(doc(call('secrets: inherit')));
    expect(at(problems)).toEqual([`8 ${Rules.secretsInherit}`]);
    expect(problems[0]!.message).toMatch(/pass only the ones it needs by name/);
    expect(checkSecretsInherit(doc(call('secrets:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}')))).toEqual([]);
  });
});

describe('caches in privileged jobs', () => {
  const job = (permissions: string, step: string) => `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      ${permissions}
    steps:
${step}
`;
  const cache =
    '      - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3\n        with:\n          path: ~/.npm\n          key: npm';
  const setupNode = (value: string) =>
    `      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0\n        with:\n          cache: ${value}`;
  const setupGo = (extra: string) =>
    `      - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0${extra}`;

  it('flag actions/cache, setup-* `cache:` and setup-go (caches by default) in a job that can write', () => {
    const write = 'contents: write # push';
    expect(at(checkCaches(doc(job(write, cache))))).toEqual([`9 ${Rules.cachePoisoning}`]);
    expect(at(checkCaches(doc(job(write, setupNode('npm')))))).toEqual([`11 ${Rules.cachePoisoning}`]);
    expect(at(checkCaches(doc(job(write, setupGo('')))))).toEqual([`9 ${Rules.cachePoisoning}`]);
    expect(checkCaches(doc(job(write, setupGo('')))).at(0)?.message).toMatch(
      /setup-go` \(it caches by default\)/,
    );
  });

  it('flag them where secrets are read, and accept them in a read-only job or with caching off', () => {
    const secret = `${cache}\n      - run: ./deploy\n        env:\n          KEY: \${{ secrets.DEPLOY_KEY }}`;
    expect(at(checkCaches(doc(job('contents: read # read', secret))))).toEqual([`9 ${Rules.cachePoisoning}`]);
    expect(checkCaches(doc(job('contents: read # read', cache)))).toEqual([]);
    expect(checkCaches(doc(job('contents: write # push', setupNode("''"))))).toEqual([]);
    expect(
      checkCaches(doc(job('contents: write # push', setupGo('\n        with:\n          cache: false')))),
    ).toEqual([]);
  });
});

describe('audits over .github/workflows and README examples', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'autoheal-audits-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('report a README example granting write scopes at the top, on the README line, and skip configuration blocks', () => {
    const readme = [
      '# An action',
      '',
      '```yaml',
      'on: push',
      'permissions:',
      '  issues: write # file issues',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: some/action@0000000000000000000000000000000000000000 # v1',
      '```',
      '',
      '```yaml',
      'issues:',
      '  max-per-hour: 3',
      '```',
    ].join('\n');
    const problems = auditMarkdown(readme, 'actions/x/README.md');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      `actions/x/README.md:6 ${Rules.excessivePermissions}`,
    ]);
    const fixed = readme
      .replace('permissions:\n  issues: write # file issues', 'permissions: {}')
      .replace(
        '    runs-on: ubuntu-latest',
        '    runs-on: ubuntu-latest\n    permissions:\n      issues: write # file issues',
      );
    expect(auditMarkdown(fixed, 'actions/x/README.md')).toEqual([]);
  });

  it('audit .github/workflows (except published copies of templates) and every README', async () => {
    await mkdir(path.join(root, '.github', 'workflows'), { recursive: true });
    await mkdir(path.join(root, 'actions', 'x'), { recursive: true });
    await mkdir(path.join(root, 'workflows-templates'), { recursive: true });
    const inherit =
      'on: push\npermissions: {}\njobs:\n  call:\n    uses: o/r/.github/workflows/w.yml@v1\n    secrets: inherit\n';
    await writeFile(path.join(root, '.github', 'workflows', 'release.yml'), inherit);
    await writeFile(
      path.join(root, 'actions', 'x', 'README.md'),
      `Example:\n\n\`\`\`yml\n${inherit}\`\`\`\n`,
    );
    const problems = await auditRepository(root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      `.github/workflows/release.yml:6 ${Rules.secretsInherit}`,
      `actions/x/README.md:9 ${Rules.secretsInherit}`,
    ]);
    // A byte-identical published copy is the template's to report, not reported twice.
    await writeFile(path.join(root, 'workflows-templates', 'release.yml'), inherit);
    expect((await auditRepository(root)).map((p) => p.file)).toEqual(['actions/x/README.md']);
  });
});
