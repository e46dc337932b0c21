/** Shared by this action's tests: seeded pull requests, a movable clock, deps that record. */
import { OperationBudget } from '@autoheal/core/budget';
import type { Clock } from '@autoheal/core/runtime';
import { DAY_MS } from '@autoheal/core/stale/decide';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { type Recorder, recorder } from '@autoheal/testkit/recorder';
import { simClient } from '@autoheal/testkit/sim-client';
import { type RepoBuilder, SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type {
  SeedComment,
  SeedIssueEvent,
  SeedPull,
  SeedReview,
} from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import type { SimIssue } from '@autoheal/testkit/simulator/state';
import type { Inputs } from '../src/inputs.js';
import { type RunDeps, type RunResult, run } from '../src/run.js';

export const OWNER = 'octo-org';
export const NAME = 'widgets';
export const REPO = `${OWNER}/${NAME}`;
export const BOT = 'github-actions[bot]';
export const STALE = 'autoheal:stale';

export { DAY_MS, SIMULATOR_TOKEN };

/** The clock of unit tests: seeds are written relative to it, and tests move it forward. */
export class TestClock implements Clock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
  async sleep(): Promise<void> {}
  advance(days: number): void {
    this.ms += days * DAY_MS;
  }
}

export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export interface DraftSpec {
  number: number;
  /** Days before `base` that the draft was opened. */
  openedDaysAgo: number;
  author?: string;
  draft?: boolean;
  /** Head branch; default `feature/<number>`. */
  branch?: string;
  /** Who made the branch's commit, and how many days ago (default: the author, when opened). */
  commitBy?: string;
  commitDaysAgo?: number;
  /** More commits on the branch after the first. */
  moreCommits?: Array<{ by: string; daysAgo: number }>;
  labels?: string[];
  assignees?: string[];
  requestedReviewers?: string[];
  comments?: Array<{ by: string; daysAgo: number; body?: string }>;
  events?: Array<Omit<SeedIssueEvent, 'created_at'> & { daysAgo: number }>;
  reviews?: Array<{ by: string; daysAgo: number; state?: SeedReview['state'] }>;
  title?: string;
  base?: string;
}

/** Adds a pull request (and its branch) to the repository, with dates counted back from `base`. */
export function addDraft(r: RepoBuilder, base: number, spec: DraftSpec): void {
  const at = (days: number) => isoAt(base - days * DAY_MS);
  const author = spec.author ?? 'alice';
  const branch = spec.branch ?? `feature/${spec.number}`;
  r.branch(
    branch,
    { [`change-${spec.number}.txt`]: `change ${spec.number}\n` },
    {
      author: spec.commitBy ?? author,
      date: at(spec.commitDaysAgo ?? spec.openedDaysAgo),
      message: `Change ${spec.number}`,
      ...(spec.base ? { from: spec.base } : {}),
    },
  );
  for (const [i, c] of (spec.moreCommits ?? []).entries())
    r.commit(branch, { [`more-${spec.number}-${i}.txt`]: `${i}\n` }, `More ${i}`, {
      author: c.by,
      date: at(c.daysAgo),
    });
  const pull: SeedPull = {
    number: spec.number,
    title: spec.title ?? `Draft ${spec.number}`,
    author,
    head: branch,
    draft: spec.draft ?? true,
    created_at: at(spec.openedDaysAgo),
    updated_at: at(spec.openedDaysAgo),
    labels: spec.labels ?? [],
    assignees: spec.assignees ?? [],
    requested_reviewers: spec.requestedReviewers ?? [],
    comments: (spec.comments ?? []).map(
      (c): SeedComment => ({ author: c.by, body: c.body ?? `comment by ${c.by}`, created_at: at(c.daysAgo) }),
    ),
    events: (spec.events ?? []).map(({ daysAgo, ...e }) => ({ ...e, created_at: at(daysAgo) })),
    reviews: (spec.reviews ?? []).map(
      (v): SeedReview => ({
        author: v.by,
        state: v.state ?? 'COMMENTED',
        body: 'review',
        submitted_at: at(v.daysAgo),
      }),
    ),
    ...(spec.base ? { base: spec.base } : {}),
  };
  r.pull(pull);
}

/** The seed of most tests: octo-org/widgets with collaborators alice, bob and carol, and the given pull requests. */
export function seedWith(base: number, drafts: DraftSpec[], configure?: (r: RepoBuilder) => unknown) {
  return seedBuilder()
    .user('alice')
    .user('bob')
    .user('carol')
    .repo(REPO, (r) => {
      r.file('README.md', '# widgets\n')
        .collaborator('alice', 'write')
        .collaborator('bob', 'write')
        .collaborator('carol', 'maintain');
      for (const d of drafts) addDraft(r, base, d);
      configure?.(r);
    })
    .build();
}

export function startSim(seed: ReturnType<typeof seedWith>, clock: TestClock): Promise<GitHubSimulator> {
  return startGitHubSimulator({ seed, now: () => clock.now() });
}

export function pullOf(sim: GitHubSimulator, number: number): SimIssue {
  const issue = sim.state.requireRepo(REPO).issues.get(number);
  if (!issue) throw new Error(`no pull request #${number}`);
  return issue;
}

/** A timeline event GitHub records but seeds cannot express (ready_for_review, convert_to_draft…). */
export function recordEvent(
  sim: GitHubSimulator,
  number: number,
  event: string,
  actor: string,
  at: number,
): void {
  sim.state.ensureUser(actor);
  pullOf(sim, number).events.push({ id: sim.state.nextId(), event, actor, created_at: isoAt(at) });
}

/** A comment made after the seed (someone answering a warning). */
export function addComment(
  sim: GitHubSimulator,
  number: number,
  author: string,
  at: number,
  body = 'still on it',
): void {
  sim.state.ensureUser(author);
  pullOf(sim, number).comments.push({
    id: sim.state.nextId(),
    issueNumber: number,
    author,
    body,
    created_at: isoAt(at),
    updated_at: isoAt(at),
  });
}

export function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    token: SIMULATOR_TOKEN,
    staleLabel: STALE,
    exemptAuthors: [],
    exemptMilestones: [],
    exemptAssignees: [],
    exemptPendingReviews: true,
    autohealLogins: [],
    botLogins: [],
    operationsPerRun: 100,
    dryRun: false,
    ...overrides,
  };
}

export interface Ran {
  result: RunResult;
  rec: Recorder;
  budget: OperationBudget;
}

/** One run of the action against the simulator, at the clock's time. */
export async function runOnce(
  sim: GitHubSimulator,
  clock: TestClock,
  given: Partial<Inputs> = {},
  extra: Partial<RunDeps> = {},
): Promise<Ran> {
  const options = inputs(given);
  const rec = recorder();
  const budget = new OperationBudget(options.operationsPerRun);
  const github = simClient(sim, { token: options.token, budget, log: rec.log, retries: 1 });
  const result = await run(options, {
    env: {},
    log: rec.log,
    sink: rec.sink,
    clock,
    github,
    budget,
    sanitizer: createSanitizer({ secrets: [options.token] }),
    repo: { owner: OWNER, repo: NAME },
    ...extra,
  });
  return { result, rec, budget };
}

/** Requests that changed something. */
export function writes(sim: GitHubSimulator): Array<{ method: string; path: string }> {
  return sim.requests.filter((r) => r.method !== 'GET').map((r) => ({ method: r.method, path: r.path }));
}
