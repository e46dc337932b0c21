import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { scopeOfRepoPath, scopesNeeded } from '../../src/fixes/token-scopes.js';
import { context, findingOf, memoryRepo } from './helpers.js';

const githubScriptLog = [
  '##[group]Run actions/github-script@v7',
  'with:',
  '  script: await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body })',
  '##[endgroup]',
  'RequestError [HttpError]: Resource not accessible by integration',
  '    at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:9537:21',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {',
  '  status: 403,',
  '}',
  '##[error]Unhandled error: HttpError: Resource not accessible by integration',
];

const COMMENT = `name: Report
on:
  pull_request:
    types: [opened, synchronize]

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/github-script@v7
        with:
          script: |
            const body = 'Coverage: 91%';
            await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body })
`;

async function fix(workflow: string, log: string[], extra: Parameters<typeof context>[2] = {}) {
  const files = memoryRepo({ '.github/workflows/report.yml': workflow });
  return generateFix(
    context(await findingOf(log), files, { workflowPath: '.github/workflows/report.yml', ...extra }),
  );
}

describe('permission_denied: a permissions suggestion, never a patch', () => {
  it('grants the scope of the API the github-script step calls (an issue comment on a pull request here)', async () => {
    const result = await fix(COMMENT, githubScriptLog);
    expect(result.kind).toBe('suggestion');
    if (result.kind !== 'suggestion') return;
    expect(result.fixType).toBe('permission_denied');
    expect(result.title).toBe('Grant pull-requests: write to job "report"');
    expect(result.diff).toBe(
      [
        'diff --git a/.github/workflows/report.yml b/.github/workflows/report.yml',
        '--- a/.github/workflows/report.yml',
        '+++ b/.github/workflows/report.yml',
        '@@ -6,6 +6,9 @@',
        ' jobs:',
        '   report:',
        '     runs-on: ubuntu-latest',
        '+    permissions:',
        '+      contents: read',
        '+      pull-requests: write',
        '     steps:',
        '       - uses: actions/checkout@v4',
        '       - uses: actions/github-script@v7',
        '',
      ].join('\n'),
    );
  });

  it('starts from the workflow’s own scopes and raises an existing job entry', async () => {
    const withTop = COMMENT.replace(
      '\njobs:',
      '\npermissions:\n  contents: read\n  statuses: write\n\njobs:',
    );
    const r1 = await fix(withTop, githubScriptLog);
    expect(r1.kind === 'suggestion' && r1.diff).toContain(
      '+    permissions:\n+      contents: read\n+      statuses: write\n+      pull-requests: write\n',
    );
    const withJob = COMMENT.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      pull-requests: read\n',
    );
    const onlyContents = COMMENT.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    permissions:\n      contents: read # checkout\n',
    );
    const r0 = await fix(onlyContents, githubScriptLog);
    expect(r0.kind === 'suggestion' && r0.diff).toContain(
      '       contents: read # checkout\n+      pull-requests: write\n',
    );
    const r2 = await fix(withJob, githubScriptLog);
    expect(r2.kind === 'suggestion' && r2.diff).toContain(
      '-      pull-requests: read\n+      pull-requests: write\n',
    );
  });

  it('reads gh’s GraphQL mutation and git’s refusal', async () => {
    const gh = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: gh issue comment "$NUMBER" --body "Thanks!"
`;
    const ghLog = [
      '##[group]Run gh issue comment "$NUMBER" --body "Thanks!"',
      'gh issue comment "$NUMBER" --body "Thanks!"',
      '##[endgroup]',
      'GraphQL: Resource not accessible by integration (addComment)',
      '##[error]Process completed with exit code 1.',
    ];
    const files = memoryRepo({ '.github/workflows/triage.yml': gh });
    const r1 = await generateFix(
      context(await findingOf(ghLog), files, { workflowPath: '.github/workflows/triage.yml' }),
    );
    expect(r1.kind === 'suggestion' && r1.title).toBe('Grant issues: write to job "triage"');
    const push = `on: push
permissions: read-all
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - run: git push origin HEAD:main
`;
    const pushLog = [
      '##[group]Run git push origin HEAD:main',
      'git push origin HEAD:main',
      '##[endgroup]',
      'remote: Permission to acme/app.git denied to github-actions[bot].',
      "fatal: unable to access 'https://github.com/acme/app/': The requested URL returned error: 403",
      '##[error]Process completed with exit code 128.',
    ];
    const r2 = await generateFix(
      context(await findingOf(pushLog), memoryRepo({ '.github/workflows/bump.yml': push }), {
        workflowPath: '.github/workflows/bump.yml',
      }),
    );
    expect(r2.kind === 'suggestion' && r2.diff).toContain('+    permissions:\n+      contents: write\n');
  });

  it('leaves file-system permission errors alone', async () => {
    const log = [
      '##[group]Run ./deploy.sh',
      './deploy.sh',
      '##[endgroup]',
      '/home/runner/work/_temp/x.sh: line 1: ./deploy.sh: Permission denied',
      '##[error]Process completed with exit code 126.',
    ];
    expect(await fix(COMMENT, log)).toEqual({
      kind: 'none',
      reason: expect.stringContaining('does not show GITHUB_TOKEN being refused'),
    });
  });

  it('says why when nothing can be granted', async () => {
    const granted = COMMENT.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    permissions:\n      pull-requests: write\n',
    );
    expect(await fix(granted, githubScriptLog)).toEqual({
      kind: 'none',
      reason: expect.stringContaining('already grants pull-requests: write'),
    });
    const unknownCall = COMMENT.replace(
      'await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body })',
      'await doSomething()',
    );
    expect(await fix(unknownCall, githubScriptLog)).toEqual({
      kind: 'none',
      reason: expect.stringContaining('scope is unknown'),
    });
  });

  it('maps REST paths, docs links and actions to scopes', () => {
    expect(scopeOfRepoPath('pulls/3/reviews', false)).toBe('pull-requests');
    expect(scopeOfRepoPath('git/refs', false)).toBe('contents');
    expect(scopeOfRepoPath('statuses/abc', false)).toBe('statuses');
    expect(scopeOfRepoPath('issues/3/labels', true)).toBe('issues');
    expect(
      scopesNeeded(
        ['HTTP 403: Resource not accessible by integration (https://api.github.com/repos/a/b/releases)'],
        {},
        false,
      ),
    ).toEqual([{ scope: 'contents', level: 'write', evidence: 'the call to .../releases' }]);
    expect(
      scopesNeeded(
        ['"documentation_url": "https://docs.github.com/rest/checks/runs#create-a-check-run"'],
        {},
        false,
      )[0]?.scope,
    ).toBe('checks');
    expect(
      scopesNeeded(['Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'], {}, false)[0]?.scope,
    ).toBe('id-token');
    expect(
      scopesNeeded(
        ['Resource not accessible by integration'],
        { uses: 'peter-evans/create-pull-request@v6' },
        false,
      ).map((n) => n.scope),
    ).toEqual(['contents', 'pull-requests']);
    expect(
      scopesNeeded(
        ['Resource not accessible by integration'],
        { uses: 'actions/github-script@v7', script: 'await github.rest.repos.listTags()' },
        false,
      ),
    ).toEqual([
      { scope: 'contents', level: 'read', evidence: 'the script calls github.rest.repos.listTags' },
    ]);
  });
});

describe('missing_secret: which secret, and where to add it', () => {
  const DEPLOY = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: cloudflare/wrangler-action@v3
        with:
          apiToken: \${{ secrets.CF_API_TOKEN }}
`;
  const inputLog = (input: string) => [
    '##[group]Run cloudflare/wrangler-action@v3',
    '##[endgroup]',
    `##[error]Input required and not supplied: ${input}`,
  ];

  it('names the empty secret a required input reads, with no diff', async () => {
    const files = memoryRepo({ '.github/workflows/deploy.yml': DEPLOY });
    const result = await generateFix(
      context(await findingOf(inputLog('apiToken')), files, { workflowPath: '.github/workflows/deploy.yml' }),
    );
    expect(result).toMatchObject({
      kind: 'suggestion',
      fixType: 'missing_secret',
      title: 'Set the secret CF_API_TOKEN',
      diff: '',
    });
    expect(result.kind === 'suggestion' && result.explanation).toContain(
      'Settings → Secrets and variables → Actions',
    );
  });

  it('wires a required input that is not passed to a secret of its name', async () => {
    const without = DEPLOY.replace('        with:\n          apiToken: ${{ secrets.CF_API_TOKEN }}\n', '');
    const files = memoryRepo({ '.github/workflows/deploy.yml': without });
    const result = await generateFix(
      context(await findingOf(inputLog('api-token')), files, {
        workflowPath: '.github/workflows/deploy.yml',
      }),
    );
    expect(result.kind === 'suggestion' && result.diff).toContain(
      '+        with:\n+          api-token: ${{ secrets.API_TOKEN }}\n',
    );
  });

  it('gives npm a token when it was refused and the step passes none', async () => {
    const publish = `on: release
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          registry-url: https://registry.npmjs.org
      - run: npm publish
`;
    const log = [
      '##[group]Run npm publish',
      'npm publish',
      '##[endgroup]',
      'npm error code ENEEDAUTH',
      'npm error need auth This command requires you to be logged in to https://registry.npmjs.org/',
      '##[error]Process completed with exit code 1.',
    ];
    const files = memoryRepo({ '.github/workflows/publish.yml': publish });
    const result = await generateFix(
      context(await findingOf(log), files, { workflowPath: '.github/workflows/publish.yml' }),
    );
    expect(result.kind === 'suggestion' && result.diff).toContain(
      '       - run: npm publish\n+        env:\n+          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
    );
  });
});

describe('workflow_syntax: the parser’s own findings, as advice', () => {
  it('lists what GitHub’s workflow parser reports for the file', async () => {
    const broken =
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope( }}\n';
    const log = [
      '##[error]The workflow is not valid. .github/workflows/ci.yml (Line: 6, Col: 14): Unexpected symbol',
    ];
    const files = memoryRepo({ '.github/workflows/ci.yml': broken });
    const result = await generateFix(
      context(await findingOf(log), files, { workflowPath: '.github/workflows/ci.yml' }),
    );
    expect(result.kind).toBe('suggestion');
    expect(result.kind === 'suggestion' && result.diff).toBe('');
    expect(result.kind === 'suggestion' && result.explanation).toMatch(
      /GitHub's workflow parser reports:\n- /,
    );
    const fixed = memoryRepo({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    });
    const none = await generateFix(
      context(await findingOf(log), fixed, { workflowPath: '.github/workflows/ci.yml' }),
    );
    expect(none).toEqual({ kind: 'none', reason: expect.stringContaining('finds no problem') });
  });
});
