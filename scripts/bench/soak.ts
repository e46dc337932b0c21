/**
 * `pnpm bench:soak`: the soak test of issue 12. A busy repository, simulated: one repository with
 * `--workflows` workflows and `--branches` branches (`main` plus feature branches), `--runs`
 * completed workflow runs on successive commits, red and green. Every run's `workflow_run`
 * completed event is delivered to analyze-failure's bundle (`actions/analyze-failure/dist`, run by
 * the harness as the runner runs it) against the GitHub simulator, `--concurrency` at a time, in
 * completion order (one run in five is slow, so an older run's event often comes after a newer
 * one's), each event then moved up to WINDOW places (delivery jitter), about 5% of them twice
 * (a second delivery of a run waits for the first, as the README's per-run concurrency group has it),
 * with random faults (`--faults on`): 5xx and connection resets before the write took effect on
 * reads and writes, and after it took effect (`afterEffect`: the write happened, its answer was
 * lost) on creating issues, comments, labels and claim refs and on editing issues and deleting
 * claims, secondary rate limits with a short retry-after, and 404/410 on a job's log just after it
 * completed. Every other feature branch has an open pull request named in its runs'
 * `pull_requests`. Runs show as completed in the API only from their completion on (before that
 * they are in progress, so no run listing shows a green run that has not finished yet): before
 * each delivery, every run completed by then is marked completed. Then the invariants
 * (soak-invariants.ts, where "live", "recovered", "history" and the expected count are defined)
 * are checked from GitHub's state alone, and API calls per run are reported.
 * Exit code 1 when an invariant fails.
 *
 * Options: --runs 1000 --workflows 20 --branches 5 --concurrency 4 --seed 1 --faults on|off --json
 *          --scope default-branch|all (the repository's issues.scope, written to .github/autoheal.yml
 *            for all, and what the invariants judge by; default-branch is the action's default)
 *          --count-since created|reopened (see soak-invariants.ts)
 *
 * Build the bundle first: `pnpm exec tsc -b && node scripts/lib/build.js analyze-failure`.
 *
 * Simplifications: all runs exist from the start (in progress until they complete); one job per
 * run, attempt 1 only (reruns are off: `max-reruns: 0`); time in the world is the planned
 * completion of the run being delivered (the runs completed by then show as completed), while the
 * action's own clock is the wall clock (the world lies three days back); the expected fingerprint of each failure is computed in-process with core's analyzer and
 * fingerprint (the same code the bundle runs), and cross-checked against the `fingerprint` output
 * of every delivery that exited 0.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeLog } from '@autoheal/core/analyzer/analyze';
import { failureFingerprint } from '@autoheal/core/fingerprint';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { simClient } from '@autoheal/testkit/sim-client';
import type { Fault, InjectedFault } from '@autoheal/testkit/simulator/faults';
import { SIMULATOR_BOT, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import {
  type GitHubSimulator,
  type RecordedRequest,
  startGitHubSimulator,
} from '@autoheal/testkit/simulator/server';
import type { SimAttempt } from '@autoheal/testkit/simulator/state';
import {
  type CheckOptions,
  checkInvariants,
  type InvariantResult,
  type SoakDelivery,
  type SoakIssue,
  type SoakPull,
} from './soak-invariants.js';
import {
  jobLog,
  type PlannedRun,
  pick,
  planWorld,
  prng,
  type Random,
  STEP_NAMES,
  seedRun,
  type World,
} from './soak-world.js';
import { mean, median, percentile } from './stats.js';

const OWNER = 'octo-org';
const REPO = 'soak';
const FULL = `${OWNER}/${REPO}`;
/** How far an event may move from its place in creation order. */
const WINDOW = 8;
const DUPLICATE_SHARE = 0.05;

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const actionDir = path.join(root, 'actions', 'analyze-failure');

interface Options {
  runs: number;
  workflows: number;
  branches: number;
  concurrency: number;
  seed: number;
  faults: boolean;
  json: boolean;
  scope: CheckOptions['scope'];
  countSince: CheckOptions['countSince'];
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '1000' },
      workflows: { type: 'string', default: '20' },
      branches: { type: 'string', default: '5' },
      concurrency: { type: 'string', default: '4' },
      seed: { type: 'string', default: '1' },
      faults: { type: 'string', default: 'on' },
      json: { type: 'boolean', default: false },
      scope: { type: 'string', default: 'default-branch' },
      'count-since': { type: 'string', default: 'created' },
    },
    strict: true,
  });
  const int = (name: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new RangeError(`--${name} must be an integer from ${min} to ${max}; got "${value}"`);
    return n;
  };
  const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value))
      throw new RangeError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
    return value as T;
  };
  return {
    runs: int('runs', values.runs, 1, 100_000),
    workflows: int('workflows', values.workflows, 1, 200),
    branches: int('branches', values.branches, 1, 20),
    concurrency: int('concurrency', values.concurrency, 1, 64),
    seed: int('seed', values.seed, 0, 2 ** 32 - 1),
    faults: oneOf('faults', values.faults, ['on', 'off'] as const) === 'on',
    json: values.json,
    scope: oneOf('scope', values.scope, ['default-branch', 'all'] as const),
    countSince: oneOf('count-since', values['count-since'], ['created', 'reopened'] as const),
  };
}

// ---------------------------------------------------------------------------------------------
// The world in the simulator

/** One token per worker: a request's token tells which delivery made it (all are the bot). */
const slotToken = (slot: number) => `ghs_soakSlot${String(slot).padStart(3, '0')}${'0'.repeat(24)}`;

async function startWorld(
  world: World,
  concurrency: number,
  scope: CheckOptions['scope'],
): Promise<GitHubSimulator> {
  const builder = seedBuilder();
  for (let s = 0; s < concurrency; s++) builder.token(slotToken(s), SIMULATOR_BOT);
  const seed = builder
    .repo(FULL, (r) => {
      r.file('README.md', '# soak\n');
      // The action runs with the scope the invariants judge (default-branch is its default).
      if (scope === 'all') r.file('.github/autoheal.yml', 'issues:\n  scope: all\n');
      for (const w of world.workflows) {
        r.file(
          w.path,
          `name: ${w.name}\non: push\njobs:\n  ${w.job}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make ${w.job}\n`,
        );
        r.workflow(w.name, w.path, 9000 + w.index);
      }
      for (const b of world.branches.slice(1))
        r.branch(b, { [`${b}.txt`]: 'start\n' }, { message: `start ${b}` });
      for (let c = 0; c < world.commitsPerBranch; c++)
        for (const b of world.branches)
          r.commit(b, { [`src/${b.replace(/\//g, '-')}.txt`]: `change ${c}\n` }, `${b}: change ${c}`);
      for (const [branch, number] of world.pulls)
        r.pull({ number, title: `Work on ${branch}`, author: 'octocat', head: branch });
      for (const run of world.runs) r.run(seedRun(world, run));
    })
    .build();
  // The soak makes tens of thousands of calls as one identity: no primary limit in the way.
  return startGitHubSimulator({ seed, rateLimit: 100_000_000 });
}

/** The `workflow_run` completed event for a run, as the harness tests build it: the run as the API shows it. */
async function buildEvents(
  sim: GitHubSimulator,
  runs: readonly PlannedRun[],
): Promise<Map<number, { name: string; payload: unknown }>> {
  const github = simClient(sim);
  const { data: repository } = await github.rest.repos.get({ owner: OWNER, repo: REPO });
  const template = webhookExample('workflow_run', 'completed');
  const events = new Map<number, { name: string; payload: unknown }>();
  for (const r of runs) {
    const { data: run } = await github.rest.actions.getWorkflowRun({
      owner: OWNER,
      repo: REPO,
      run_id: r.id,
    });
    events.set(r.id, {
      name: 'workflow_run',
      payload: withFields(template, { workflow_run: run, repository }),
    });
  }
  return events;
}

/** What each failure's fingerprint should be: core's analysis of the job log the simulator serves. */
async function expectedFingerprints(
  world: World,
): Promise<Map<string, { fingerprint: string; category: string; confidence: number }>> {
  const out = new Map<string, { fingerprint: string; category: string; confidence: number }>();
  for (const v of world.variants.values()) {
    const w = world.workflows[v.workflow]!;
    const analysis = await analyzeLog(
      `\uFEFF${jobLog(w, Date.parse('2026-01-01T00:00:00Z'), v.lines, true)}`,
      { stepName: STEP_NAMES[2]! },
    );
    out.set(v.id, {
      fingerprint: failureFingerprint({
        workflowPath: w.path,
        jobName: w.job,
        category: analysis.category,
        keyLine: analysis.findings[0]?.keyLine || analysis.summary,
      }),
      category: analysis.category,
      confidence: analysis.confidence,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Faults

const P = '/repos/{owner}/{repo}';
const WRITES: Array<{ method: string; path: string }> = [
  { method: 'POST', path: `${P}/issues` },
  { method: 'POST', path: `${P}/issues/{n}/comments` },
  { method: 'PATCH', path: `${P}/issues/{n}` },
  { method: 'PATCH', path: `${P}/issues/comments/{id}` },
  { method: 'POST', path: `${P}/labels` },
  { method: 'POST', path: `${P}/git/refs` },
  { method: 'DELETE', path: `${P}/git/refs/*` },
];
/** Writes whose lost answer matters most (a retry could repeat them): after-effect faults go here more often. */
const CREATES: Array<{ method: string; path: string }> = [
  { method: 'POST', path: `${P}/issues` },
  { method: 'POST', path: `${P}/issues/{n}/comments` },
  { method: 'POST', path: `${P}/git/refs` },
];
const READS: Array<{ method: string; path: string }> = [
  { method: 'GET', path: `${P}/issues` },
  { method: 'GET', path: `${P}/actions/runs/{id}` },
  { method: 'GET', path: `${P}/actions/runs/{id}/jobs` },
  { method: 'GET', path: `${P}/actions/runs/{id}/attempts/{n}/jobs` },
  { method: 'GET', path: `${P}/issues/{n}/comments` },
  { method: 'GET', path: `${P}/actions/workflows/{id}/runs` },
];

/** Picks this delivery's faults (or none): bounded, so most deliveries meet at most one. */
function planFaults(
  random: Random,
  jobLogPath: string,
): Array<{ label: string; method?: string; path: string; times: number; fault: Fault }> {
  const planned: Array<{ label: string; method?: string; path: string; times: number; fault: Fault }> = [];
  const status = () => pick(random, [500, 502, 503] as const);
  if (random() < 0.3) {
    const menu: Array<() => void> = [
      () => {
        const t = pick(random, WRITES);
        planned.push({
          label: '5xx before effect (write)',
          ...t,
          times: 1,
          fault: { kind: 'server-error', status: status() },
        });
      },
      () => {
        const t = pick(random, READS);
        planned.push({
          label: '5xx (read)',
          ...t,
          times: 1,
          fault: { kind: 'server-error', status: status() },
        });
      },
      () => {
        const t = pick(random, [...READS, ...WRITES]);
        planned.push({
          label: `connection reset before effect (${t.method === 'GET' ? 'read' : 'write'})`,
          ...t,
          times: 1,
          fault: { kind: 'connection-reset' },
        });
      },
      () => {
        const t = pick(random, [...READS, ...WRITES]);
        planned.push({
          label: 'secondary rate limit',
          ...t,
          times: 1,
          fault: {
            kind: 'secondary-rate-limit',
            status: pick(random, [403, 429] as const),
            retryAfterSeconds: 1,
          },
        });
      },
    ];
    // After the effect: the write happened and its answer is lost (the client must not repeat it).
    // Twice in the menu, half of the time on a create, so lost answers are as common as the rest.
    for (const kind of ['server-error', 'connection-reset'] as const)
      menu.push(() => {
        const t = pick(random, random() < 0.5 ? CREATES : WRITES);
        planned.push({
          label: `${kind === 'server-error' ? '5xx' : 'connection reset'} after effect (write)`,
          ...t,
          times: 1,
          fault:
            kind === 'server-error'
              ? { kind, status: pick(random, [500, 502, 503] as const), afterEffect: true }
              : { kind, afterEffect: true },
        });
      });
    pick(random, menu)();
  }
  // Logs not ready yet, just after the run completed: this job's log only.
  if (random() < 0.1)
    planned.push({
      label: 'log not ready (404/410)',
      method: 'GET',
      path: jobLogPath,
      times: random() < 0.5 ? 1 : 2,
      fault: { kind: 'status', status: random() < 0.8 ? 404 : 410, message: 'Not Found' },
    });
  return planned;
}

/**
 * Runs show as completed only from their completion on: all are put in progress at the start
 * (after their events were built from the completed runs), and `advanceTo(ms)` completes, in
 * completion order, every run planned to complete by then, noting when (wall clock) the API first
 * showed it completed. A run listing then never shows a green run from the future, and a job's
 * log is fresh when its run is delivered.
 */
function completionClock(sim: GitHubSimulator, runs: readonly PlannedRun[]) {
  const repo = sim.state.requireRepo(FULL);
  const order = [...runs].sort((a, b) => a.completedMs - b.completedMs || a.id - b.id);
  const saved = new Map<number, { status: SimAttempt['status']; conclusion: SimAttempt['conclusion'] }>();
  for (const r of order) {
    const attempt = repo.runs.get(r.id)!.attempts[0]!;
    saved.set(r.id, { status: attempt.status, conclusion: attempt.conclusion });
    attempt.status = 'in_progress';
    attempt.conclusion = null;
  }
  const visibleAtMs = new Map<number, number>();
  let next = 0;
  return {
    visibleAtMs,
    advanceTo(ms: number): void {
      while (next < order.length && order[next]!.completedMs <= ms) {
        const r = order[next++]!;
        const attempt = repo.runs.get(r.id)!.attempts[0]!;
        Object.assign(attempt, saved.get(r.id)!);
        // Its job ends now by the wall clock, the action's clock: a 404 on its log is then "not
        // written yet" (asked again), as just after a real run, not "gone" (the world lies days back).
        const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        for (const id of attempt.jobIds) repo.jobs.get(id)!.completed_at = now;
        visibleAtMs.set(r.id, Date.now());
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Deliveries

interface Delivery {
  run: PlannedRun;
  /** 1 for the first delivery of a run, 2 for its redelivery. */
  copy: number;
}

/**
 * Completion order (a slow older run's event comes after a newer one's), each event then moved up
 * to WINDOW places (webhook delivery jitter), and about 5% delivered again a little later.
 */
function schedule(random: Random, runs: readonly PlannedRun[]): Delivery[] {
  const completed = [...runs].sort((a, b) => a.completedMs - b.completedMs || a.id - b.id);
  const keyed: Array<{ d: Delivery; key: number }> = [];
  completed.forEach((run, i) => {
    keyed.push({ d: { run, copy: 1 }, key: i + random() * WINDOW });
    if (random() < DUPLICATE_SHARE) keyed.push({ d: { run, copy: 2 }, key: i + random() * WINDOW * 2 });
  });
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.d);
}

/** Deliveries (first copies) that came after a newer run of the same workflow and branch had been delivered. */
function inversions(deliveries: readonly Delivery[]): number {
  const newest = new Map<string, number>();
  let n = 0;
  for (const d of deliveries) {
    if (d.copy !== 1) continue;
    const key = `${d.run.workflow.path}\n${d.run.branch}`;
    const seen = newest.get(key);
    const at = Date.parse(d.run.createdAt);
    if (seen !== undefined && seen > at) n += 1;
    newest.set(key, Math.max(seen ?? at, at));
  }
  return n;
}

interface Outcome {
  runId: number;
  copy: number;
  exitCode: number;
  result: string;
  fingerprint: string;
  startedMs: number;
  endedMs: number;
  calls: number;
  writes: number;
  /** Faults that answered this delivery's requests, by kind. */
  faultHits: string[];
  /** The action said the failure is history (already green again): not filed. */
  history: boolean;
  notFiled?: string;
  error?: string;
}

function isWrite(r: RecordedRequest): boolean {
  return r.method !== 'GET' && r.method !== 'HEAD';
}

async function deliver(
  sim: GitHubSimulator,
  slot: number,
  d: Delivery,
  event: { name: string; payload: unknown },
): Promise<Outcome> {
  const token = slotToken(slot);
  const mark = sim.requests.length;
  const startedMs = Date.now();
  const result = await runAction({
    actionDir,
    inputs: { token, 'max-issues-per-hour': '100', 'max-reruns': '0' },
    event,
    apiUrl: sim.url,
    token,
    repository: FULL,
    timeoutMs: 180_000,
    env: {
      AUTOHEAL_WAIT_SCALE_MS: '1',
      AUTOHEAL_WRITE_PACING_MS: '0',
      GITHUB_WORKFLOW_REF: `${FULL}/.github/workflows/autoheal.yml@refs/heads/main`,
    },
  });
  const endedMs = Date.now();
  // Only this slot's requests, made between this delivery's start and end: its own.
  const mine = sim.requests.slice(mark).filter((r) => r.headers.authorization?.includes(token));
  for (const r of mine) {
    // The soak records tens of thousands of requests; their bodies are not needed after this.
    r.response = undefined;
    r.body = undefined;
  }
  // Why a run filed nothing, in its own words (budget, hourly cap, confidence), without the quoted title.
  const notFiled = /Not (?:filed|recorded|closed):[^"]*?(?=[.:]\s|"|$)/m.exec(result.summary)?.[0];
  // Whether the action judged the failure history (see soak-invariants.ts): its own sentences.
  const history = /already green again on this branch|older than the green run that closed/.test(
    result.summary,
  );
  const error =
    result.annotations.find((a) => a.level === 'error')?.message ??
    result.stderr.trim().split('\n').slice(-1)[0];
  return {
    runId: d.run.id,
    copy: d.copy,
    exitCode: result.exitCode,
    result: result.outputs.result ?? '(none)',
    fingerprint: result.outputs.fingerprint ?? '',
    startedMs,
    endedMs,
    calls: mine.length,
    writes: mine.filter(isWrite).length,
    faultHits: mine.flatMap((r) => (r.fault ? [r.fault] : [])),
    history,
    ...(notFiled ? { notFiled } : {}),
    ...(result.exitCode !== 0 && error ? { error: error.slice(0, 300) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// State and report

/** The pull requests of the world with their comments, as the simulator holds them. */
function pullsFromState(sim: GitHubSimulator, world: World): SoakPull[] {
  const repo = sim.state.requireRepo(FULL);
  return [...world.pulls].map(([branch, number]) => ({
    number,
    branch,
    comments: (repo.issues.get(number)?.comments ?? []).map((c) => ({
      author: c.author,
      body: c.body,
      createdAt: c.created_at,
    })),
  }));
}

function issuesFromState(sim: GitHubSimulator): SoakIssue[] {
  const repo = sim.state.requireRepo(FULL);
  return [...repo.issues.values()]
    .filter((i) => !i.pull)
    .map((i) => ({
      number: i.number,
      state: i.state,
      stateReason: i.state_reason,
      author: i.author,
      body: i.body,
      createdAt: i.created_at,
      closedAt: i.closed_at,
      comments: i.comments.map((c) => ({ author: c.author, body: c.body, createdAt: c.created_at })),
      events: i.events.map((e) => ({
        event: e.event,
        createdAt: e.created_at,
        stateReason: e.state_reason ?? null,
      })),
    }));
}

function spread(values: readonly number[]): { mean: number; p50: number; p95: number; max: number } {
  return {
    mean: Math.round(mean(values) * 100) / 100,
    p50: median(values),
    p95: percentile(values, 95),
    max: percentile(values, 100),
  };
}

function count<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const bundle = path.join(actionDir, 'dist', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run pnpm build first`);
  const wallStart = performance.now();
  const random = prng(opts.seed ^ 0x9e3779b9);
  const world = planWorld({
    runs: opts.runs,
    workflows: opts.workflows,
    branches: opts.branches,
    seed: opts.seed,
    // Three days ago, from midnight UTC: the same world all day, and well inside every retention window.
    startMs: Math.floor(Date.now() / 86_400_000) * 86_400_000 - 3 * 86_400_000,
  });
  const fingerprints = await expectedFingerprints(world);
  const sim = await startWorld(world, opts.concurrency, opts.scope);
  try {
    const events = await buildEvents(sim, world.runs);
    const repo = sim.state.requireRepo(FULL);
    const completion = completionClock(sim, world.runs);
    const deliveries = schedule(random, world.runs);
    const injected: string[] = [];
    const outcomes: Outcome[] = [];
    let next = 0;
    let done = 0;
    let unconsumed = 0;
    const hits: Record<string, number> = {};
    const progress = Math.max(1, Math.floor(deliveries.length / 10));
    // The README's workflow has `concurrency: auto-heal-<run id>`: a second delivery of a run
    // waits for the first to finish, never runs beside it. Deliveries of one run chain here.
    const inFlight = new Map<number, Promise<void>>();
    const worker = async (slot: number) => {
      for (;;) {
        const i = next++;
        if (i >= deliveries.length) return;
        const d = deliveries[i]!;
        const before = inFlight.get(d.run.id);
        let finished = () => {};
        inFlight.set(d.run.id, new Promise<void>((resolve) => (finished = resolve)));
        if (before) await before;
        const mine: Array<{ label: string; fault: InjectedFault }> = [];
        if (opts.faults) {
          const jobId = repo.runs.get(d.run.id)!.attempts[0]!.jobIds[0]!;
          for (const f of planFaults(random, `/repos/${FULL}/actions/jobs/${jobId}/logs`)) {
            const fault = sim.faults.inject({
              ...(f.method ? { method: f.method } : {}),
              path: f.path,
              times: f.times,
              fault: f.fault,
            });
            mine.push({ label: f.label, fault });
            injected.push(f.label);
          }
        }
        completion.advanceTo(d.run.completedMs);
        outcomes.push(await deliver(sim, slot, d, events.get(d.run.id)!));
        // A fault this delivery never met goes away with it: faults stay bounded, never pile up on a route.
        for (const { label, fault } of mine) {
          hits[label] = (hits[label] ?? 0) + fault.hits;
          unconsumed += fault.remaining;
          fault.remove();
        }
        finished();
        done += 1;
        if (!opts.json && done % progress === 0)
          process.stderr.write(`soak: ${done}/${deliveries.length} deliveries\n`);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, (_, s) => worker(s)));
    sim.faults.clear();

    // Invariants from GitHub's state and what was delivered.
    const byRun = new Map(world.runs.map((r) => [r.id, r]));
    const soakDeliveries: SoakDelivery[] = outcomes.map((o) => {
      const r = byRun.get(o.runId)!;
      const fp = r.variant ? fingerprints.get(r.variant.id)!.fingerprint : undefined;
      return {
        runId: r.id,
        attempt: 1,
        workflowPath: r.workflow.path,
        branch: r.branch,
        createdAt: r.createdAt,
        conclusion: r.conclusion,
        ...(fp ? { fingerprint: fp } : {}),
        endedMs: o.endedMs,
        exitCode: o.exitCode,
        history: o.history,
        visibleAtMs: completion.visibleAtMs.get(r.id) ?? Number.POSITIVE_INFINITY,
      };
    });
    const issues = issuesFromState(sim);
    const pulls = pullsFromState(sim, world);
    const check = (scope: CheckOptions['scope'], countSince: CheckOptions['countSince']) =>
      checkInvariants(
        issues,
        soakDeliveries,
        { defaultBranch: 'main', trustedAuthors: [SIMULATOR_BOT], scope, countSince },
        pulls,
      );
    const invariants = check(opts.scope, opts.countSince);

    // The bundle's fingerprint against the expected one, for deliveries that ended well on a red run.
    const mismatches: string[] = [];
    let mismatchesAfterLogFault = 0;
    for (const o of outcomes) {
      const r = byRun.get(o.runId)!;
      if (o.exitCode !== 0 || !r.variant || o.fingerprint === '') continue;
      const want = fingerprints.get(r.variant.id)!.fingerprint;
      if (o.fingerprint === want) continue;
      const logFault = o.faultHits.includes('status');
      if (logFault) mismatchesAfterLogFault += 1;
      mismatches.push(
        `run ${r.id} (${r.variant.id}): bundle ${o.fingerprint}, expected ${want}${logFault ? ' (its log answered 404/410 first)' : ''}`,
      );
    }
    const apiRequests = sim.requests.filter((r) => r.headers.authorization?.includes('ghs_soakSlot'));
    const report = {
      options: opts,
      world: {
        workflows: world.workflows.length,
        branches: world.branches,
        runs: world.runs.length,
        red: world.runs.filter((r) => r.conclusion === 'failure').length,
        failures: world.variants.size,
        lowConfidence: [...fingerprints.entries()]
          .filter(([, f]) => f.confidence < 0.5)
          .map(([id, f]) => `${id}: ${f.category} ${f.confidence}`),
        categories: count([...fingerprints.values()], (f) => f.category),
      },
      deliveries: outcomes.length,
      redelivered: outcomes.filter((o) => o.copy === 2).length,
      outOfOrder: inversions(deliveries),
      faultsInjected: count(injected, (k) => k),
      faultsHit: hits,
      faultsAnswered: count(
        apiRequests.filter((r) => r.fault),
        (r) => `${r.fault} ${r.status}`,
      ),
      faultsUnconsumed: unconsumed,
      exitNonZero: outcomes.filter((o) => o.exitCode !== 0).length,
      exitNonZeroExamples: outcomes
        .filter((o) => o.exitCode !== 0)
        .slice(0, 5)
        .map((o) => `run ${o.runId}: ${o.error ?? ''}`),
      results: count(outcomes, (o) => o.result),
      // Failures the action called history (a newer green run had completed): not filed, not counted.
      historyDeliveries: outcomes.filter((o) => o.history).length,
      notFiled: count(
        outcomes.filter((o) => o.notFiled),
        (o) => o.notFiled!.replace(/\d+/g, 'N'),
      ),
      apiCallsPerRun: spread(outcomes.map((o) => o.calls)),
      writesPerRun: spread(outcomes.map((o) => o.writes)),
      apiCallsPerResult: Object.fromEntries(
        Object.keys(count(outcomes, (o) => o.result)).map((k) => [
          k,
          spread(outcomes.filter((o) => o.result === k).map((o) => o.calls)),
        ]),
      ),
      deliverySeconds: spread(outcomes.map((o) => Math.round((o.endedMs - o.startedMs) / 100) / 10)),
      // Calibration: without a log fault the bundle must agree with the expected fingerprint.
      fingerprintMismatches: {
        count: mismatches.length,
        afterLogFault: mismatchesAfterLogFault,
        examples: mismatches.slice(0, 5),
      },
      callsByRoute: count(apiRequests, (r) => r.operationId ?? `${r.method} (${r.fault ?? 'unrouted'})`),
      issues: {
        total: issues.length,
        open: issues.filter((i) => i.state === 'open').length,
        closedAsDuplicate: issues.filter((i) => i.stateReason === 'duplicate').length,
      },
      simulatorErrors: sim.errors.map((e) => e.message).slice(0, 5),
      invariants,
      wallSeconds: Math.round((performance.now() - wallStart) / 100) / 10,
    };
    const failed = invariants.some((r) => !r.pass);
    if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report, invariants);
    return failed ? 1 : 0;
  } finally {
    await sim.close();
  }
}

function printReport(report: Record<string, unknown>, invariants: InvariantResult[]): void {
  const lines: string[] = [];
  const { invariants: _i, ...rest } = report;
  for (const [k, v] of Object.entries(rest)) lines.push(`${k}: ${JSON.stringify(v)}`);
  lines.push('', `invariants (scope ${JSON.stringify((report.options as Options).scope)}):`);
  for (const r of invariants) {
    lines.push(
      `  (${r.id}) ${r.pass ? 'PASS' : 'FAIL'} ${r.name} — ${r.checked} checked, ${r.violations.length} violations`,
    );
    for (const v of r.violations.slice(0, 6)) lines.push(`        ${v}`);
    if (r.violations.length > 6) lines.push(`        … ${r.violations.length - 6} more`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
