/**
 * The soak test's judge: given GitHub's state after the soak (issues with their comments and
 * events, as the API or the simulator's state shows them) and the list of deliveries the soak
 * made (which run, its branch, its creation time, green or red, and the fingerprint its failure
 * should have), say whether analyze-failure kept its promises. Pure, so a test can feed it crafted
 * states where each invariant fails.
 *
 * Definitions (what "live", "recovered" and "count" mean here):
 * - A run is in scope when its branch is the default branch (`scope: 'default-branch'`, the
 *   action's default `issues.scope` and the model issue 12 asks for: other branches file no issue),
 *   or always (`scope: 'all'`, for `issues.scope: all`: one issue per fingerprint, whatever the
 *   branch).
 * - For a fingerprint F of workflow W: on each in-scope branch, the latest run of W there (by
 *   `created_at`, then run id) decides. F is live when on some in-scope branch that latest run
 *   failed with F; recovered when F failed on in-scope branches and on every one of them the
 *   latest run is green (so newer than every failure of F there); otherwise (a different failure
 *   came later, no green since) it is superseded and neither invariant (a) nor (b) judges it.
 * - History: analyze-failure files nothing for a failure whose workflow, when the failure was
 *   delivered, was already green again on its branch in a newer run containing its commit ("Not
 *   filed: the workflow was already green again…"), nor reopens an issue for a failure older than
 *   the green run that closed it. Such a run is history and counts nowhere, provided the claim was
 *   true: a green run of the same workflow and branch created after it had completed (shown as
 *   completed by the API, `visibleAtMs`) by the time that delivery ended; a history claim without
 *   one is a lost count, reported under (f). (The soak's branches are linear, so a newer run on
 *   the branch always contains the older one's commit.)
 * - Count, as `recordOccurrence` and `derivedOccurrence` define it: the issue's first run plus
 *   every distinct (run id, attempt) with a trusted "seen again"/"reopened" occurrence comment of
 *   the issue's fingerprint (or the degraded one it replaced), never less than the count the body
 *   already shows. Comments stay through a close and a reopen, so the count carries over. The
 *   expected count of an open issue of F is therefore (`countSince: 'created'`) the number of
 *   distinct (run id, attempt) failing in scope with F among all deliveries, less the history
 *   runs, restricted, when an earlier issue of F not closed as a duplicate exists, to deliveries
 *   that ended after this issue was created. With `countSince: 'reopened'` (for a model that
 *   restarts the count on reopening) only deliveries that ended after the close preceding the
 *   issue's last reopening count. A delivery counts even if the action exited non-zero on it (the
 *   run happened; losing it is a failure); violations say when that was the case.
 * - Pull requests (g): with scope `default-branch` a failure on a PR's branch is reported in one
 *   trusted autoheal comment on the PR (marker `pr-comment`), edited in place, one section per
 *   workflow: never two such comments, never two sections for one workflow, and one comment
 *   exactly when some failing run of the branch was delivered and its delivery ended well.
 */
import { findMarker, parseMarkers } from '@autoheal/core/markers';

/** The fields of every marker of `kind` in a body, in order. */
function parseMarkersOf(body: string, kind: string): Array<Record<string, string>> {
  return parseMarkers(body)
    .filter((m) => m.fields.kind === kind)
    .map((m) => m.fields);
}

export interface SoakComment {
  author: string;
  body: string;
  createdAt: string;
}

export interface SoakIssueEvent {
  event: string;
  createdAt: string;
  stateReason?: string | null;
}

export interface SoakIssue {
  number: number;
  state: 'open' | 'closed';
  stateReason: string | null;
  author: string;
  body: string | null;
  createdAt: string;
  closedAt: string | null;
  comments: SoakComment[];
  events: SoakIssueEvent[];
}

export interface SoakDelivery {
  runId: number;
  attempt: number;
  workflowPath: string;
  branch: string;
  /** The run's `created_at`. */
  createdAt: string;
  conclusion: 'success' | 'failure';
  /** The fingerprint the run's failure has (failures only). */
  fingerprint?: string;
  /** Wall-clock end of the delivery (ms), to place it against issue events. */
  endedMs: number;
  exitCode: number;
  /** The delivery said the failure is history (see the header): not filed, not counted. */
  history?: boolean;
  /** When the API first showed the run as completed (ms); absent: from the start. */
  visibleAtMs?: number;
}

/** A pull request and its comments, for (g). */
export interface SoakPull {
  number: number;
  /** Its head branch (same repository). */
  branch: string;
  comments: SoakComment[];
}

export interface CheckOptions {
  defaultBranch: string;
  /** Logins whose markers count (the bot). */
  trustedAuthors: readonly string[];
  scope: 'default-branch' | 'all';
  countSince: 'created' | 'reopened';
}

export type InvariantId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

export interface InvariantResult {
  id: InvariantId;
  name: string;
  pass: boolean;
  /** How many things were checked (failures, issues, comments). */
  checked: number;
  violations: string[];
}

export const INVARIANT_NAMES: Record<InvariantId, string> = {
  a: 'exactly one open issue per live failure',
  b: 'no open issue for a recovered (or never in-scope) failure',
  c: 'no two open issues share a fingerprint',
  d: 'no issue opened and closed as a throw-away duplicate',
  e: 'no run recorded twice on one issue',
  f: "each open issue's occurrence count is exact",
  g: 'one autoheal comment per pull request with a failure, never two, one section per workflow',
};

interface OurIssue extends SoakIssue {
  fingerprint: string;
  count: number;
  firstRun: string;
  firstAttempt: string;
  /** The branch the marker says the issue follows (today: where the failure was last seen). */
  markerBranch: string;
}

interface RunFact {
  runId: number;
  attempt: number;
  workflowPath: string;
  branch: string;
  createdAt: number;
  conclusion: 'success' | 'failure';
  fingerprint?: string;
  /** Every delivery of the run exited non-zero. */
  allFailed: boolean;
  deliveries: number;
  /** Latest end of its deliveries (ms). */
  lastEndedMs: number;
  /** Every delivery that exited 0 said it is history, and at least one did. */
  history: boolean;
  /** Some delivery exited 0 without saying history. */
  handled: boolean;
  /** Ends of the deliveries that said history (ms), to check each claim. */
  historyEndedMs: number[];
  visibleAtMs: number;
}

function runKey(runId: number | string, attempt: number | string): string {
  return `${runId}/${attempt}`;
}

function byTime(a: RunFact, b: RunFact): number {
  return a.createdAt - b.createdAt || a.runId - b.runId;
}

function runsOf(deliveries: readonly SoakDelivery[]): RunFact[] {
  const runs = new Map<string, RunFact>();
  for (const d of deliveries) {
    const key = runKey(d.runId, d.attempt);
    const known = runs.get(key);
    if (known) {
      known.deliveries += 1;
      known.allFailed &&= d.exitCode !== 0;
      known.lastEndedMs = Math.max(known.lastEndedMs, d.endedMs);
      if (d.exitCode === 0 && d.history) known.historyEndedMs.push(d.endedMs);
      else if (d.exitCode === 0) known.handled = true;
      known.history = known.historyEndedMs.length > 0 && !known.handled;
      continue;
    }
    runs.set(key, {
      runId: d.runId,
      attempt: d.attempt,
      workflowPath: d.workflowPath,
      branch: d.branch,
      createdAt: Date.parse(d.createdAt),
      conclusion: d.conclusion,
      ...(d.fingerprint === undefined ? {} : { fingerprint: d.fingerprint }),
      allFailed: d.exitCode !== 0,
      deliveries: 1,
      lastEndedMs: d.endedMs,
      history: d.exitCode === 0 && d.history === true,
      handled: d.exitCode === 0 && d.history !== true,
      historyEndedMs: d.exitCode === 0 && d.history ? [d.endedMs] : [],
      visibleAtMs: d.visibleAtMs ?? Number.NEGATIVE_INFINITY,
    });
  }
  return [...runs.values()].sort(byTime);
}

function list(items: readonly string[], max = 8): string {
  return `${items.slice(0, max).join(', ')}${items.length > max ? `, … ${items.length - max} more` : ''}`;
}

function describeRun(r: RunFact): string {
  const failedNote = r.allFailed
    ? ` (its ${r.deliveries === 1 ? 'only delivery' : `${r.deliveries} deliveries`} exited ≠ 0)`
    : '';
  return `run ${r.runId} (${r.conclusion}, ${r.branch}, created ${new Date(r.createdAt).toISOString()})${failedNote}`;
}

type Standing =
  | { kind: 'live'; latest: RunFact[] }
  | { kind: 'recovered'; greens: RunFact[] }
  | { kind: 'superseded'; latest: RunFact[] }
  | { kind: 'out-of-scope'; branches: string[] }
  | { kind: 'unknown' };

export function checkInvariants(
  issues: readonly SoakIssue[],
  deliveries: readonly SoakDelivery[],
  options: CheckOptions,
  pulls: readonly SoakPull[] = [],
): InvariantResult[] {
  const trusted = new Set(options.trustedAuthors.map((a) => a.toLowerCase()));
  const isTrusted = (login: string) => trusted.has(login.toLowerCase());
  const inScope = (branch: string) => options.scope === 'all' || branch === options.defaultBranch;

  const ours: OurIssue[] = [];
  for (const issue of issues) {
    if (!isTrusted(issue.author)) continue;
    const fields = findMarker(issue.body, 'failure')?.fields;
    if (!fields?.fingerprint) continue;
    ours.push({
      ...issue,
      fingerprint: fields.fingerprint,
      count: /^\d+$/.test(fields.count ?? '') ? Number(fields.count) : Number.NaN,
      firstRun: fields['first-run'] ?? '',
      firstAttempt: fields['first-attempt'] ?? '1',
      markerBranch: fields.branch ?? '',
    });
  }
  ours.sort((a, b) => a.number - b.number);
  const open = ours.filter((i) => i.state === 'open');

  const runs = runsOf(deliveries);
  // Latest run per (workflow, branch): what decides whether a failure is live there.
  const latest = new Map<string, RunFact>();
  for (const r of runs) latest.set(`${r.workflowPath}\n${r.branch}`, r);
  const failuresOf = new Map<string, RunFact[]>();
  for (const r of runs)
    if (r.conclusion === 'failure' && r.fingerprint !== undefined)
      failuresOf.set(r.fingerprint, [...(failuresOf.get(r.fingerprint) ?? []), r]);

  function standing(fingerprint: string): Standing {
    const all = failuresOf.get(fingerprint) ?? [];
    if (all.length === 0) return { kind: 'unknown' };
    const scoped = all.filter((r) => inScope(r.branch));
    if (scoped.length === 0)
      return { kind: 'out-of-scope', branches: [...new Set(all.map((r) => r.branch))] };
    const branches = [...new Set(scoped.map((r) => `${r.workflowPath}\n${r.branch}`))];
    const heads = branches.map((k) => latest.get(k)!);
    const live = heads.filter((h) => h.conclusion === 'failure' && h.fingerprint === fingerprint);
    if (live.length > 0) return { kind: 'live', latest: live };
    if (heads.every((h) => h.conclusion === 'success')) return { kind: 'recovered', greens: heads };
    return { kind: 'superseded', latest: heads };
  }

  const runById = new Map(runs.map((r) => [r.runId, r]));

  /** For a live failure without an open issue: which of its issues were closed, and by which green run. */
  function whyClosed(fingerprint: string): string {
    const closed = ours.filter((i) => i.fingerprint === fingerprint && i.state === 'closed');
    if (closed.length === 0) return '; no issue of it exists';
    const parts = closed.map((i) => {
      const by = i.comments
        .filter((c) => isTrusted(c.author))
        .map((c) => findMarker(c.body, 'resolved')?.fields.run)
        .filter((r): r is string => r !== undefined)
        .map((r) => runById.get(Number(r)));
      const last = by[by.length - 1];
      const reason = i.stateReason ?? 'closed';
      return last
        ? `#${i.number} closed (${reason}) by green ${describeRun(last)}`
        : `#${i.number} closed (${reason})`;
    });
    return `; ${parts.join('; ')}`;
  }

  /** Whether a recovering green run was delivered before a failure it is newer than (events out of order). */
  function deliveredBefore(fingerprint: string, greens: readonly RunFact[]): string {
    const failures = (failuresOf.get(fingerprint) ?? []).filter((r) => inScope(r.branch));
    const late = failures.filter((f) =>
      greens.some((g) => g.branch === f.branch && g.lastEndedMs < f.lastEndedMs),
    );
    return late.length > 0
      ? ` (the green run's event came before the older failing run ${late.map((r) => r.runId).join(', ')})`
      : ' (delivered after every failure)';
  }

  /** How often a run's event was delivered: a run recorded twice after one delivery is a repeated write. */
  function deliveredTimes(runId: string): string {
    const n = runById.get(Number(runId))?.deliveries ?? 0;
    return ` (its event was delivered ${n === 1 ? 'once' : `${n} times`})`;
  }

  /** Run ids an issue records: the marker's first run and every trusted occurrence comment. */
  function recordedRuns(issue: OurIssue): Set<string> {
    const ids = new Set<string>([issue.firstRun]);
    for (const c of issue.comments) {
      if (!isTrusted(c.author)) continue;
      const run = findMarker(c.body, 'occurrence')?.fields.run;
      if (run) ids.add(run);
    }
    return ids;
  }

  const results: InvariantResult[] = [];
  const result = (id: InvariantId, checked: number, violations: string[]) =>
    results.push({ id, name: INVARIANT_NAMES[id], pass: violations.length === 0, checked, violations });

  // (a) every live failure: exactly one open issue.
  {
    const violations: string[] = [];
    const live = [...failuresOf.keys()].filter((f) => standing(f).kind === 'live');
    for (const f of live) {
      const mine = open.filter((i) => i.fingerprint === f);
      if (mine.length === 1) continue;
      const s = standing(f) as Extract<Standing, { kind: 'live' }>;
      violations.push(
        `${f}: ${mine.length} open issues${mine.length > 0 ? ` (${mine.map((i) => `#${i.number}`).join(', ')})` : ''}, though the latest ${s.latest.map(describeRun).join(' and ')} failed with it${whyClosed(f)}`,
      );
    }
    result('a', live.length, violations);
  }

  // (b) an open issue's failure must be live or superseded in scope.
  {
    const violations: string[] = [];
    for (const issue of open) {
      const s = standing(issue.fingerprint);
      if (s.kind === 'recovered')
        violations.push(
          `#${issue.number} (${issue.fingerprint}) is open though it recovered: ${s.greens.map(describeRun).join(' and ')} is newer than every failure${deliveredBefore(issue.fingerprint, s.greens)}${issue.markerBranch && issue.markerBranch !== options.defaultBranch ? `; its marker follows ${issue.markerBranch}` : ''}`,
        );
      else if (s.kind === 'out-of-scope')
        violations.push(
          `#${issue.number} (${issue.fingerprint}) is open for a failure seen only outside the scope, on ${s.branches.join(', ')}`,
        );
      else if (s.kind === 'unknown')
        violations.push(
          `#${issue.number} (${issue.fingerprint}) is open for a fingerprint no delivered run has (a degraded or wrong analysis)`,
        );
    }
    result('b', open.length, violations);
  }

  // (c) fingerprints of open issues are unique.
  {
    const violations: string[] = [];
    const seen = new Map<string, number[]>();
    for (const i of open) seen.set(i.fingerprint, [...(seen.get(i.fingerprint) ?? []), i.number]);
    for (const [f, numbers] of seen)
      if (numbers.length > 1) violations.push(`${f}: open as ${numbers.map((n) => `#${n}`).join(', ')}`);
    result('c', open.length, violations);
  }

  // (d) no throw-away issue: none closed as a duplicate, none carrying our duplicate comment.
  {
    const violations: string[] = [];
    for (const issue of ours) {
      const closedAsDuplicate =
        issue.stateReason === 'duplicate' ||
        issue.events.some((e) => e.event === 'closed' && e.stateReason === 'duplicate');
      const marked = issue.comments.find(
        (c) => isTrusted(c.author) && findMarker(c.body, 'duplicate') !== undefined,
      );
      if (!closedAsDuplicate && !marked) continue;
      const of = marked ? findMarker(marked.body, 'duplicate')?.fields.of : undefined;
      violations.push(
        `#${issue.number} (${issue.fingerprint}, created ${issue.createdAt}) was closed as a duplicate${of ? ` of #${of}` : ''}`,
      );
    }
    result('d', ours.length, violations);
  }

  // (e) each (run, attempt) recorded once per issue: in the body's first run or one occurrence comment.
  {
    const violations: string[] = [];
    let checked = 0;
    for (const issue of ours) {
      const recorded = new Map<string, number>();
      recorded.set(runKey(issue.firstRun, issue.firstAttempt), 1);
      const resolved = new Map<string, number>();
      for (const c of issue.comments) {
        if (!isTrusted(c.author)) continue;
        const occurrence = findMarker(c.body, 'occurrence')?.fields;
        if (occurrence?.run) {
          checked += 1;
          const key = runKey(occurrence.run, occurrence.attempt ?? '1');
          recorded.set(key, (recorded.get(key) ?? 0) + 1);
        }
        const green = findMarker(c.body, 'resolved')?.fields;
        if (green?.run) {
          checked += 1;
          resolved.set(green.run, (resolved.get(green.run) ?? 0) + 1);
        }
      }
      for (const [key, n] of recorded)
        if (n > 1)
          violations.push(
            `#${issue.number}: run ${key} recorded ${n} times${key === runKey(issue.firstRun, issue.firstAttempt) ? ' (it is the run that filed the issue)' : ''}${deliveredTimes(key.split('/')[0]!)}`,
          );
      for (const [run, n] of resolved)
        if (n > 1)
          violations.push(
            `#${issue.number}: "green again" for run ${run} posted ${n} times${deliveredTimes(run)}`,
          );
    }
    result('e', checked, violations);
  }

  // (f) the marker's count equals the distinct failing runs of its fingerprint delivered for it.
  {
    const violations: string[] = [];
    for (const issue of open) {
      const failures = (failuresOf.get(issue.fingerprint) ?? []).filter((r) => inScope(r.branch));
      let sinceMs = Number.NEGATIVE_INFINITY;
      const earlier = ours.some(
        (o) =>
          o.fingerprint === issue.fingerprint && o.number < issue.number && o.stateReason !== 'duplicate',
      );
      if (earlier) sinceMs = Date.parse(issue.createdAt);
      if (options.countSince === 'reopened') {
        const lastReopen = issue.events.map((e) => e.event).lastIndexOf('reopened');
        const close = issue.events
          .slice(0, Math.max(0, lastReopen))
          .map((e, i) => ({ e, i }))
          .filter(({ e }) => e.event === 'closed')
          .pop();
        if (lastReopen >= 0 && close) sinceMs = Math.max(sinceMs, Date.parse(close.e.createdAt));
      }
      const expected = failures.filter((r) => r.lastEndedMs >= sinceMs && !r.history);
      if (issue.count === expected.length) continue;
      const lost = expected.filter((r) => r.allFailed).length;
      // Which runs the issue itself records (body's first run, occurrence comments) against the
      // expected ones: tells a lost count from a run counted elsewhere or a foreign run counted here.
      const recorded = recordedRuns(issue);
      const missing = expected.filter((r) => !recorded.has(String(r.runId))).map((r) => r.runId);
      const expectedIds = new Set(expected.map((r) => String(r.runId)));
      const foreign = [...recorded]
        .filter((id) => !expectedIds.has(id))
        .map((id) => {
          const r = runById.get(Number(id));
          return r
            ? `${id}@${r.branch}${r.fingerprint === issue.fingerprint ? '' : ' (another failure)'}`
            : id;
        });
      violations.push(
        `#${issue.number} (${issue.fingerprint}): count ${issue.count}, expected ${expected.length}` +
          ` distinct failing runs (${list(expected.map((r) => `${r.runId}@${r.branch}`))})` +
          `${missing.length > 0 ? `; not recorded on it: ${list(missing.map(String))}` : ''}` +
          `${foreign.length > 0 ? `; recorded on it but not expected: ${list(foreign)}` : ''}` +
          `${lost > 0 ? `; ${lost} of the expected only in deliveries that exited ≠ 0` : ''}`,
      );
    }
    // A history claim must be true: a newer green run of the workflow on the branch had completed
    // by the end of the delivery that made it. Otherwise the run was dropped: a lost count.
    let claims = 0;
    for (const r of runs) {
      if (r.conclusion !== 'failure' || r.historyEndedMs.length === 0) continue;
      claims += 1;
      const greens = runs.filter(
        (g) =>
          g.conclusion === 'success' &&
          g.workflowPath === r.workflowPath &&
          g.branch === r.branch &&
          byTime(r, g) < 0,
      );
      for (const ended of r.historyEndedMs)
        if (!greens.some((g) => g.visibleAtMs <= ended))
          violations.push(
            `${describeRun(r)} was said to be history (already green again, or older than the closing green run), but no newer green run of its workflow on ${r.branch} had completed by then${greens.length > 0 ? ` (the first completed later: run ${greens[0]!.runId})` : ''}`,
          );
    }
    result('f', open.length + claims, violations);
  }

  // (g) pull requests: one trusted autoheal comment each, one section per workflow.
  {
    const violations: string[] = [];
    for (const pull of pulls) {
      const ours = pull.comments.filter(
        (c) => isTrusted(c.author) && findMarker(c.body, 'pr-comment') !== undefined,
      );
      const reported = runs.some(
        (r) => r.branch === pull.branch && r.conclusion === 'failure' && !r.allFailed && !inScope(r.branch),
      );
      const want = reported ? 1 : 0;
      if (ours.length > 1 || (options.scope === 'default-branch' && ours.length !== want))
        violations.push(
          `PR #${pull.number} (${pull.branch}): ${ours.length} autoheal comments, expected ${want}${reported ? ' (failing runs of its branch were delivered)' : ''}`,
        );
      for (const c of ours) {
        const keys = parseMarkersOf(c.body, 'pr-section').map((f) => f.key ?? '');
        const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
        if (twice.length > 0)
          violations.push(
            `PR #${pull.number}: its comment has ${twice.length + new Set(twice).size} sections for ${new Set(twice).size} workflow(s)`,
          );
      }
    }
    result('g', pulls.length, violations);
  }

  return results;
}
