/**
 * The soak test's world: one repository, N workflows (each a different test tool, so failures
 * read differently), `main` plus feature branches with a commit per run slot (every other feature
 * branch with an open pull request), and per
 * (workflow, branch) a timeline of red and green runs on successive commits. Everything derives
 * from the seed's PRNG, so the same options give the same world.
 */
import type { SeedJob, SeedRun } from '@autoheal/testkit/simulator/seed-types';

/** mulberry32: small, fast, and good enough to pick faults and shuffle deliveries reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const TOOLS = ['pytest', 'jest', 'go', 'cargo', 'maven', 'rspec', 'gradle', 'mypy', 'tsc', 'eslint'] as const;
type Tool = (typeof TOOLS)[number];

const MODULES = [
  'parser',
  'billing',
  'scheduler',
  'auth',
  'cache',
  'router',
  'exporter',
  'ledger',
  'search',
  'upload',
  'metrics',
  'session',
  'invoice',
  'queue',
  'render',
  'tokens',
  'mailer',
  'graph',
  'storage',
  'config',
];
const CASES = [
  'roundtrip',
  'handles_empty_input',
  'rejects_negative_amount',
  'retries_once',
  'keeps_order',
  'expires_entries',
  'merges_overlapping_ranges',
  'escapes_quotes',
  'rounds_half_even',
  'paginates_results',
];

export interface Workflow {
  index: number;
  name: string;
  path: string;
  tool: Tool;
  job: string;
  /** Shares the flaky failure text with other workflows (their fingerprints still differ: the workflow is part of it). */
  flaky: boolean;
}

/** What a red run failed with: the log lines that tell it. */
export interface FailureVariant {
  /** Stable name of the failure, e.g. `w03:main` (a workflow's own failure) or `w03:flaky`. */
  id: string;
  workflow: number;
  lines: string[];
}

export interface PlannedRun {
  id: number;
  workflow: Workflow;
  branch: string;
  /** Which commit of the branch, from 0 (oldest). */
  commit: number;
  createdAt: string;
  /** When it completed (ms): its `workflow_run` completed event goes out then. */
  completedMs: number;
  conclusion: 'success' | 'failure';
  variant?: FailureVariant;
}

export interface World {
  workflows: Workflow[];
  branches: string[];
  /** Commits per branch beyond the branch's first (the run slots). */
  commitsPerBranch: number;
  runs: PlannedRun[];
  variants: Map<string, FailureVariant>;
  /** Feature branches with an open pull request (same repository), by branch: its number. */
  pulls: Map<string, number>;
}

function toolFailure(tool: Tool, mod: string, name: string, want: number, got: number): string[] {
  const Mod = mod[0]!.toUpperCase() + mod.slice(1);
  const camel = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const Camel = camel[0]!.toUpperCase() + camel.slice(1);
  switch (tool) {
    case 'pytest':
      return [
        '============================= test session starts ==============================',
        'collected 212 items',
        '',
        `tests/test_${mod}.py ....F......                                        [ 12%]`,
        '',
        '=================================== FAILURES ===================================',
        `_____________________________ test_${name} _____________________________`,
        '',
        `    def test_${name}():`,
        `>       assert ${mod}.run("${name}") == ${want}`,
        `E       AssertionError: assert ${got} == ${want}`,
        '',
        `tests/test_${mod}.py:${40 + want}: AssertionError`,
        '=========================== short test summary info ============================',
        `FAILED tests/test_${mod}.py::test_${name} - AssertionError: assert ${got} == ${want}`,
        '======================== 1 failed, 211 passed in 12.34s ========================',
      ];
    case 'jest':
      return [
        `FAIL src/${mod}.test.ts`,
        `  ● ${Mod} › ${name.replace(/_/g, ' ')}`,
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        '',
        `    Expected: ${want}`,
        `    Received: ${got}`,
        '',
        `      at Object.<anonymous> (src/${mod}.test.ts:${20 + want}:27)`,
        '',
        'Tests:       1 failed, 87 passed, 88 total',
      ];
    case 'go':
      return [
        `=== RUN   Test${Mod}${Camel}`,
        `    ${mod}_test.go:${30 + want}: ${camel}: got ${got}, want ${want}`,
        `--- FAIL: Test${Mod}${Camel} (0.01s)`,
        'FAIL',
        `FAIL\texample.com/soak/${mod}\t0.123s`,
      ];
    case 'cargo':
      return [
        `test ${mod}::tests::${name} ... FAILED`,
        '',
        'failures:',
        '',
        `---- ${mod}::tests::${name} stdout ----`,
        `thread '${mod}::tests::${name}' panicked at src/${mod}.rs:${50 + want}:9:`,
        'assertion `left == right` failed',
        `  left: ${got}`,
        ` right: ${want}`,
        '',
        'test result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
        'error: test failed, to rerun pass `--lib`',
      ];
    case 'maven':
      return [
        `[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.52 s <<< FAILURE! -- in com.example.${Mod}Test`,
        `[ERROR] com.example.${Mod}Test.${camel} -- Time elapsed: 0.012 s <<< FAILURE!`,
        `org.opentest4j.AssertionFailedError: expected: <${want}> but was: <${got}>`,
        `\tat com.example.${Mod}Test.${camel}(${Mod}Test.java:${60 + want})`,
        '[ERROR] BUILD FAILURE',
      ];
    case 'rspec':
      return [
        'Failures:',
        '',
        `  1) ${Mod} #${name} returns the total`,
        `     Failure/Error: expect(${mod}.total).to eq(${want})`,
        '',
        `       expected: ${want}`,
        `            got: ${got}`,
        '',
        `     # ./spec/${mod}_spec.rb:${12 + want}:in \`block (3 levels) in <top (required)>'`,
        '',
        '42 examples, 1 failure',
        '',
        `rspec ./spec/${mod}_spec.rb:${12 + want} # ${Mod} #${name} returns the total`,
      ];
    case 'gradle':
      return [
        `${Mod}Test > ${camel}() FAILED`,
        `    org.opentest4j.AssertionFailedError at ${Mod}Test.java:${70 + want}`,
        '',
        '23 tests completed, 1 failed',
        '',
        'FAILURE: Build failed with an exception.',
        '',
        '* What went wrong:',
        "Execution failed for task ':test'.",
        '> There were failing tests. See the report at: file:///home/runner/work/soak/soak/build/reports/tests/test/index.html',
      ];
    case 'mypy':
      return [
        `src/${mod}.py:${want}: error: Argument 1 to "${name}" has incompatible type "str"; expected "int"  [arg-type]`,
        'Found 1 error in 1 file (checked 48 source files)',
      ];
    case 'tsc':
      return [
        `src/${mod}.ts(${want},${got % 40}): error TS2345: Argument of type 'string' is not assignable to parameter of type '${Camel}Options'.`,
        'Found 1 error.',
      ];
    case 'eslint':
      return [
        `/home/runner/work/soak/soak/src/${mod}.ts`,
        `  ${want}:${got % 40}  error  '${camel}' is assigned a value but never used  @typescript-eslint/no-unused-vars`,
        '',
        '✖ 1 problem (1 error, 0 warnings)',
      ];
  }
}

/** The text every flaky workflow fails with now and then: one integration test racing a fixture. */
const FLAKY_LINES = [
  '=================================== FAILURES ===================================',
  '_______________________ test_worker_drains_queue_on_shutdown _______________________',
  '>       assert drained == 25',
  'E       AssertionError: assert 24 == 25',
  '=========================== short test summary info ============================',
  'FAILED tests/integration/test_worker.py::test_worker_drains_queue_on_shutdown - AssertionError: assert 24 == 25',
  '======================== 1 failed, 96 passed in 31.02s =========================',
];

const COMMAND: Record<Tool, string> = {
  pytest: 'python -m pytest -q',
  jest: 'npx jest --ci',
  go: 'go test ./...',
  cargo: 'cargo test --all',
  maven: 'mvn -B test',
  rspec: 'bundle exec rspec',
  gradle: './gradlew test',
  mypy: 'mypy src',
  tsc: 'npx tsc --noEmit',
  eslint: 'npx eslint .',
};

export const STEP_NAMES = ['Set up job', 'Run actions/checkout@v4', 'Test', 'Complete job'];

/** A job log as the runner writes it: timestamped lines, a group per step, the error command at the end. */
export function jobLog(workflow: Workflow, at: number, body: string[], failed: boolean): string {
  let t = at;
  const stamp = (line: string) => {
    t += 137;
    return `${new Date(t).toISOString().replace('Z', '0000Z')} ${line}`;
  };
  const out = [
    stamp('##[group]Runner Image'),
    stamp('Image: ubuntu-24.04'),
    stamp('##[endgroup]'),
    stamp('##[group]Run actions/checkout@v4'),
    stamp('Syncing repository: octo-org/soak'),
    stamp('##[endgroup]'),
    stamp(`##[group]Run ${COMMAND[workflow.tool]}`),
    stamp(COMMAND[workflow.tool]),
    stamp('##[endgroup]'),
    ...body.map(stamp),
  ];
  if (failed) out.push(stamp('##[error]Process completed with exit code 1.'));
  out.push(stamp('Cleaning up orphan processes'));
  return `${out.join('\n')}\n`;
}

const GREEN_BODY: Record<Tool, string[]> = {
  pytest: ['collected 212 items', '======================== 212 passed in 12.01s ========================'],
  jest: ['Tests:       88 passed, 88 total', 'Time:        6.2 s'],
  go: ['ok  \texample.com/soak/...\t0.321s'],
  cargo: ['test result: ok. 42 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out'],
  maven: ['[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0', '[INFO] BUILD SUCCESS'],
  rspec: ['42 examples, 0 failures'],
  gradle: ['23 tests completed', 'BUILD SUCCESSFUL in 41s'],
  mypy: ['Success: no issues found in 48 source files'],
  tsc: ['Done in 3.1s.'],
  eslint: ['Done in 2.4s.'],
};

export interface WorldOptions {
  runs: number;
  workflows: number;
  branches: number;
  seed: number;
  /** The time of the first run. */
  startMs: number;
}

/**
 * Plans the world. Per (workflow, branch): a red/green Markov chain over successive commits
 * (a broken build tends to stay broken for a few runs). `main` fails with the workflow's own
 * failure, flaky workflows sometimes with the shared flaky one; a feature branch mostly shows
 * main's failure (it was branched from a broken main) and for a quarter of the pairs its own.
 */
export function planWorld(options: WorldOptions): World {
  const random = prng(options.seed);
  const workflows: Workflow[] = [];
  for (let i = 0; i < options.workflows; i++) {
    const tool = TOOLS[i % TOOLS.length]!;
    const n = String(i + 1).padStart(2, '0');
    workflows.push({
      index: i,
      name: `CI ${n} (${tool})`,
      path: `.github/workflows/ci-${n}.yml`,
      tool,
      job: tool === 'eslint' || tool === 'mypy' || tool === 'tsc' ? 'lint' : 'test',
      flaky: i % 5 === 0,
    });
  }
  const branches = ['main'];
  const features = [
    'feature/login',
    'feature/export-csv',
    'fix/cache-race',
    'feature/dark-mode',
    'chore/deps',
  ];
  for (let b = 1; b < options.branches; b++)
    branches.push(b - 1 < features.length ? features[b - 1]! : `feature/topic-${b}`);

  const variants = new Map<string, FailureVariant>();
  const own = (w: Workflow, key: string, salt: number): FailureVariant => {
    const id = `w${w.index + 1}:${key}`;
    const known = variants.get(id);
    if (known) return known;
    const mod = MODULES[(w.index + salt) % MODULES.length]!;
    const name = CASES[(w.index * 3 + salt) % CASES.length]!;
    const want = 3 + ((w.index * 7 + salt * 5) % 17);
    const v: FailureVariant = {
      id,
      workflow: w.index,
      lines: toolFailure(w.tool, mod, name, want, want - 1),
    };
    variants.set(id, v);
    return v;
  };
  const flaky = (w: Workflow): FailureVariant => {
    const id = `w${w.index + 1}:flaky`;
    const known = variants.get(id) ?? { id, workflow: w.index, lines: FLAKY_LINES };
    variants.set(id, known);
    return known;
  };

  const pairs: Array<{ w: Workflow; branch: string; b: number }> = [];
  for (const w of workflows) for (const [b, branch] of branches.entries()) pairs.push({ w, branch, b });
  const perPair = Math.ceil(options.runs / pairs.length);
  const commitsPerBranch = perPair;
  const runs: PlannedRun[] = [];
  // Each branch gets a push every 1 to 15 minutes; every push starts each workflow within 20 s.
  const slots: Array<{ pair: (typeof pairs)[number]; slot: number; at: number }> = [];
  for (const [b] of branches.entries()) {
    let at = options.startMs + Math.floor(random() * 600_000);
    for (let slot = 0; slot < perPair; slot++) {
      for (const pair of pairs)
        if (pair.b === b) slots.push({ pair, slot, at: at + Math.floor(random() * 20_000) });
      at += 60_000 + Math.floor(random() * 14 * 60_000);
    }
  }
  // Fewer runs than slots: the latest are not made, so every timeline stays contiguous.
  slots.sort((a, b) => a.at - b.at);
  const kept = slots.slice(0, options.runs);
  const states = new Map<string, boolean>();
  const featureOwn = new Map<string, boolean>();
  for (const { pair, slot, at } of kept.sort(
    (a, b) => a.pair.w.index - b.pair.w.index || a.pair.b - b.pair.b || a.slot - b.slot,
  )) {
    const key = `${pair.w.index}\n${pair.branch}`;
    if (!featureOwn.has(key)) featureOwn.set(key, pair.b > 0 && random() < 0.25);
    // Broken stays broken with p=0.6, healthy breaks with p=0.35: about 45% red runs.
    const wasRed = states.get(key) ?? random() < 0.5;
    const red = wasRed ? random() < 0.6 : random() < 0.35;
    states.set(key, red);
    let variant: FailureVariant | undefined;
    if (red) {
      if (pair.w.flaky && random() < 0.3) variant = flaky(pair.w);
      else if (featureOwn.get(key)) variant = own(pair.w, pair.branch, 11 + pair.b);
      else variant = own(pair.w, 'main', 0);
    }
    runs.push({
      id: 0,
      workflow: pair.w,
      branch: pair.branch,
      commit: slot,
      createdAt: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      // Most runs take 2 to 8 minutes, one in five 10 to 40: a slow older run completes after a newer one.
      completedMs:
        at +
        120_000 +
        Math.floor(random() * 360_000) +
        (random() < 0.2 ? 600_000 + Math.floor(random() * 1_800_000) : 0),
      conclusion: red ? 'failure' : 'success',
      ...(variant ? { variant } : {}),
    });
  }
  runs.sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.workflow.index - b.workflow.index,
  );
  runs.forEach((r, i) => {
    r.id = 100_001 + i;
  });
  // Every other feature branch has an open pull request: its runs name it in `pull_requests`, so
  // with issues.scope default-branch their failures go to the one PR comment, the rest nowhere.
  const pulls = new Map<string, number>();
  branches.forEach((b, i) => {
    if (i % 2 === 1) pulls.set(b, pulls.size + 1);
  });
  return { workflows, branches, commitsPerBranch, runs, variants, pulls };
}

/** The seed's run for a planned one: one job, failing at its Test step when red. */
export function seedRun(world: World, run: PlannedRun): SeedRun {
  const at = Date.parse(run.createdAt);
  const red = run.conclusion === 'failure';
  const body = red ? run.variant!.lines : GREEN_BODY[run.workflow.tool];
  const steps = STEP_NAMES.map((name, i) => ({
    name,
    number: i + 1,
    status: 'completed' as const,
    conclusion:
      !red || i < 2
        ? ('success' as const)
        : i === 2
          ? ('failure' as const)
          : name === 'Complete job'
            ? ('success' as const)
            : ('skipped' as const),
  }));
  const job: SeedJob = {
    name: run.workflow.job,
    status: 'completed',
    conclusion: run.conclusion,
    started_at: new Date(at + 5_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    completed_at: new Date(run.completedMs - 5_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    steps,
    log: jobLog(run.workflow, at + 5_000, body, red),
  };
  const back = world.commitsPerBranch - 1 - run.commit;
  return {
    id: run.id,
    workflow: run.workflow.path,
    branch: run.branch,
    head_sha: back === 0 ? run.branch : `${run.branch}~${back}`,
    event: 'push',
    status: 'completed',
    conclusion: run.conclusion,
    created_at: run.createdAt,
    updated_at: new Date(run.completedMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    run_started_at: run.createdAt,
    ...(world.pulls.has(run.branch) ? { pull_requests: [world.pulls.get(run.branch)!] } : {}),
    jobs: [job],
  };
}
