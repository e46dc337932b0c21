/**
 * The text autoheal posts about a failure: the issue's title and body, the hidden marker that
 * lets later runs find the issue again, and the short comments on it. Every piece of untrusted
 * text (names, branches, log lines) goes through the run's sanitizer on its own; the assembled
 * body gets a final pass as well, and the marker is put in front only after that pass, so
 * nothing embedded can imitate or swallow it.
 */
import type { Finding } from '../analyzer/analyze.js';
import { categoryLabel } from '../analyzer/analyze.js';
import type { FailureCategory } from '../analyzer/categories.js';
import type { Facts } from '../analyzer/facts.js';
import { findMarker, renderMarker } from '../markers.js';
import { ownEntry } from '../own-entry.js';
import type { Sanitizer } from '../text/sanitize.js';
import type { ExternalRun, FailedJob, GatheredRun, RunInfo, RunVerdict } from './types.js';

export const FAILURE_KIND = 'failure';
export const OCCURRENCE_KIND = 'occurrence';
export const RESOLVED_KIND = 'resolved';
export const DUPLICATE_KIND = 'duplicate';

/** How often a failure was seen, kept in the issue's marker so no run has to count comments. */
export interface Occurrence {
  count: number;
  firstSeen: string;
  firstRun: number;
  firstAttempt: number;
  lastSeen: string;
  lastRun: number;
  lastAttempt: number;
}

/** A branch on which the failure was seen, with its newest failing run there. */
export interface BranchSeen {
  branch: string;
  /** `created_at` of the newest failing run on the branch (a green run must be newer). */
  failedAt: string;
  /** That run's head commit (a green run must be on it or a descendant); '' when unknown. */
  sha: string;
}

/** The fields of an autoheal failure issue's marker. */
export interface FailureMarker {
  fingerprint: string;
  workflowPath: string;
  /** The branch the failure was last seen on (kept for markers written before `branches`). */
  branch: string;
  /** Every branch the failure is still waiting on: the issue closes when this is empty (read: always set). */
  branches?: BranchSeen[];
  /** Per branch, the `created_at` of the green run that cleared it: older failures there do not count again. */
  cleared?: Record<string, string>;
  occurrence: Occurrence;
  /** Hash of workflow file, job and step (see verdict.ts `failureSite`). */
  site?: string;
  /** Filed from a guess without the log: a later full analysis of the same site takes the issue over. */
  degraded?: boolean;
  /** The fingerprint the issue had before a full analysis replaced a degraded one (its comments still count). */
  formerly?: string;
}

/** At most this many branches are remembered on one issue (the oldest are dropped first). */
const MAX_BRANCHES = 20;
const SHA_TEXT = /^[0-9a-f]{7,64}$/i;

function isTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/** The branch list of a marker field: JSON written by us, but read defensively (a body can be edited). */
export function parseBranches(raw: string | undefined): BranchSeen[] | undefined {
  if (raw === undefined || raw.length > 20_000) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const out: BranchSeen[] = [];
  for (const item of parsed.slice(0, MAX_BRANCHES)) {
    if (!Array.isArray(item)) continue;
    const [branch, failedAt, sha] = item as unknown[];
    if (typeof branch !== 'string' || branch === '' || branch.length > 255 || !isTime(failedAt)) continue;
    out.push({ branch, failedAt, sha: typeof sha === 'string' && SHA_TEXT.test(sha) ? sha : '' });
  }
  return out;
}

function parseCleared(raw: string | undefined): Record<string, string> {
  // Keyed by branch names anyone may choose: no prototype, so `__proto__` is stored and `constructor` is not found.
  const out: Record<string, string> = Object.create(null);
  if (raw === undefined || raw.length > 20_000) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!Array.isArray(parsed)) return out;
  for (const item of parsed.slice(0, MAX_BRANCHES)) {
    if (!Array.isArray(item)) continue;
    const [branch, at] = item as unknown[];
    if (typeof branch === 'string' && branch !== '' && branch.length <= 255 && isTime(at)) out[branch] = at;
  }
  return out;
}

/**
 * `seen` merged into `list`: one entry per branch, the newer failure winning; an entry no newer
 * than its branch's clearing green run is dropped. Newest first, at most MAX_BRANCHES.
 */
export function mergeBranches(
  list: readonly BranchSeen[],
  seen: readonly BranchSeen[],
  cleared: Readonly<Record<string, string>> = {},
): BranchSeen[] {
  const by = new Map<string, BranchSeen>();
  for (const entry of [...list, ...seen]) {
    const clearedAt = ownEntry(cleared, entry.branch);
    if (clearedAt !== undefined && Date.parse(entry.failedAt) <= Date.parse(clearedAt)) continue;
    const known = by.get(entry.branch);
    if (!known || Date.parse(entry.failedAt) > Date.parse(known.failedAt)) by.set(entry.branch, entry);
  }
  return [...by.values()]
    .sort((a, b) => Date.parse(b.failedAt) - Date.parse(a.failedAt))
    .slice(0, MAX_BRANCHES);
}

export function renderFailureMarker(marker: FailureMarker): string {
  const o = marker.occurrence;
  return renderMarker({
    kind: FAILURE_KIND,
    fingerprint: marker.fingerprint,
    workflow: marker.workflowPath,
    branch: marker.branch,
    ...(marker.branches === undefined
      ? {}
      : { branches: JSON.stringify(marker.branches.map((b) => [b.branch, b.failedAt, b.sha])) }),
    ...(marker.cleared === undefined || Object.keys(marker.cleared).length === 0
      ? {}
      : { cleared: JSON.stringify(Object.entries(marker.cleared).slice(0, MAX_BRANCHES)) }),
    ...(marker.site === undefined ? {} : { site: marker.site }),
    ...(marker.degraded ? { degraded: '1' } : {}),
    ...(marker.formerly === undefined ? {} : { formerly: marker.formerly }),
    count: String(o.count),
    'first-seen': o.firstSeen,
    'first-run': String(o.firstRun),
    'first-attempt': String(o.firstAttempt),
    'last-seen': o.lastSeen,
    'last-run': String(o.lastRun),
    'last-attempt': String(o.lastAttempt),
    v: '1',
  });
}

function whole(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : fallback;
}

/**
 * The failure marker of a body, or undefined when it has none. Says nothing about whether the
 * body's author may be trusted: callers check that first (isTrustedMarkerSource).
 */
export function readFailureMarker(body: string | null | undefined): FailureMarker | undefined {
  const marker = findMarker(body, FAILURE_KIND);
  const f = marker?.fields;
  if (!f?.fingerprint) return undefined;
  const firstRun = whole(f['first-run'], 0);
  const branch = f.branch ?? '';
  const lastSeen = f['last-seen'] ?? f['first-seen'] ?? '';
  // A marker from before `branches` knows one branch and when the failure was last seen there.
  const branches =
    parseBranches(f.branches) ??
    (branch !== '' && isTime(lastSeen) ? [{ branch, failedAt: lastSeen, sha: '' }] : []);
  const hex = /^[0-9a-f]{8,64}$/;
  return {
    fingerprint: f.fingerprint,
    workflowPath: f.workflow ?? '',
    branch,
    branches,
    cleared: parseCleared(f.cleared),
    ...(f.site !== undefined && hex.test(f.site) ? { site: f.site } : {}),
    ...(f.degraded === '1' ? { degraded: true } : {}),
    ...(f.formerly !== undefined && hex.test(f.formerly) ? { formerly: f.formerly } : {}),
    occurrence: {
      count: Math.max(1, whole(f.count, 1)),
      firstSeen: f['first-seen'] ?? '',
      firstRun,
      firstAttempt: whole(f['first-attempt'], 1),
      lastSeen: f['last-seen'] ?? f['first-seen'] ?? '',
      lastRun: whole(f['last-run'], firstRun),
      lastAttempt: whole(f['last-attempt'], 1),
    },
  };
}

/** The fields of a comment's marker of `kind`, when it has one. */
export function commentMarker(
  body: string | null | undefined,
  kind: string,
): Record<string, string> | undefined {
  return findMarker(body, kind)?.fields;
}

// ---------------------------------------------------------------------------------------------
// Links

/** Web links of a run's repository, derived from the run's own URL so GHES hosts work too. */
export class RunLinks {
  readonly repoUrl: string;
  /** A failure outside Actions: its run ids are stand-ins with no Actions page to link to. */
  readonly external: boolean;

  constructor(run: Pick<RunInfo, 'htmlUrl' | 'owner' | 'repo' | 'external'>) {
    const m = /^(https?:\/\/[^\s]+?)\/actions\/runs\/\d+/.exec(run.htmlUrl);
    const external = safeUrl(run.external?.repoUrl);
    this.repoUrl = external ?? (m ? m[1]! : `https://github.com/${run.owner}/${run.repo}`);
    this.external = run.external !== undefined;
  }

  run(id: number, attempt?: number): string {
    return attempt === undefined
      ? `${this.repoUrl}/actions/runs/${id}`
      : `${this.repoUrl}/actions/runs/${id}/attempts/${attempt}`;
  }

  commit(sha: string): string {
    return `${this.repoUrl}/commit/${sha}`;
  }

  issue(number: number): string {
    return `${this.repoUrl}/issues/${number}`;
  }
}

/** A URL we may put in `(…)` of a markdown link: http(s), no blanks or brackets that would end it early. */
function safeUrl(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : undefined;
}

/** `[text](url)`; `text` must already be inline-safe. Plain text when the URL is not usable. */
export function link(text: string, url: string | null | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : '';
}

/** `2024-05-01T12:03:09Z` → `2024-05-01 12:03 UTC`. */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : 'an unknown time';
}

function shorten(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------------------------
// Title

/** The cause in a few words: the category and the start of the key line. */
export function shortCause(verdict: RunVerdict): string {
  const label = categoryLabel(verdict.category);
  const key = verdict.keyLine.trim();
  if (key !== '') return `${label}: ${shorten(key, 90)}`;
  const job = verdict.primary.job;
  if (job.logStatus === 'expired' || job.logStatus === 'unavailable')
    return `${label} (logs ${job.logStatus})`;
  return label;
}

/** `[autoheal] <workflow> · <job>: <short cause>`, sanitized as a title (≤ 256 characters). */
export function issueTitle(s: Sanitizer, run: RunInfo, verdict: RunVerdict): string {
  return s.title(`[autoheal] ${run.workflowName} · ${verdict.primary.job.name}: ${shortCause(verdict)}`);
}

// ---------------------------------------------------------------------------------------------
// Body

export interface IssueBodyInput {
  run: RunInfo;
  gathered: GatheredRun;
  verdict: RunVerdict;
  occurrence: Occurrence;
}

const OCCURRENCE_PREFIX = '**Occurrences:**';
const MAX_KEY_LINES = 40;
const MAX_KEY_CHARS = 6000;
const MAX_LISTED = 10;

/** The visible line that mirrors the marker's counts; replaced whenever they change. */
export function occurrenceLine(occurrence: Occurrence, links: RunLinks): string {
  const o = occurrence;
  if (links.external)
    return `${OCCURRENCE_PREFIX} ${o.count} · first seen ${formatTime(o.firstSeen)} · last seen ${formatTime(o.lastSeen)}`;
  const first = link(`run ${o.firstRun}`, links.run(o.firstRun));
  const last = link(`run ${o.lastRun}, attempt ${o.lastAttempt}`, links.run(o.lastRun, o.lastAttempt));
  return (
    `${OCCURRENCE_PREFIX} ${o.count} · first seen ${formatTime(o.firstSeen)} in ${first}` +
    ` · last seen ${formatTime(o.lastSeen)} in ${last}`
  );
}

/** The API's step number for a finding's step: by name among the failed steps, else the first failed one. */
export function failedStepNumber(job: FailedJob, stepName: string | undefined): number | undefined {
  const named = stepName === undefined ? undefined : job.failedSteps.find((st) => st.name === stepName);
  return (named ?? job.failedSteps[0])?.number;
}

/** The job page scrolled to a step: GitHub's `#step:<n>:<line>` anchor (line 1 when the line is not known). */
export function stepUrl(job: FailedJob, stepNumber: number | undefined): string | undefined {
  if (stepNumber === undefined || !safeUrl(job.htmlUrl)) return undefined;
  return `${job.htmlUrl}#step:${stepNumber}:1`;
}

function lineSpan(finding: Finding): string {
  const first = finding.lines[0];
  const last = finding.lines[finding.lines.length - 1];
  if (!first || !last) return '';
  return first.start === last.end
    ? ` (line ${first.start} of the job log)`
    : ` (lines ${first.start}–${last.end} of the job log)`;
}

/** The key lines of a finding, as a fenced block the text cannot close, redacted and capped. */
export function keyLinesBlock(s: Sanitizer, finding: Finding): string {
  const lines = finding.excerpt.slice(0, MAX_KEY_LINES).map((l) => l.text);
  if (finding.excerpt.length > MAX_KEY_LINES)
    lines.push(`… ${finding.excerpt.length - MAX_KEY_LINES} more lines in the job log`);
  const text = lines.length > 0 ? lines.join('\n') : finding.keyLine;
  return s.code(text, 'text', MAX_KEY_CHARS);
}

/** Facts as list items; every value is untrusted log text. */
export function factLines(s: Sanitizer, facts: Facts | undefined): string[] {
  if (!facts) return [];
  const out: string[] = [];
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && String(value).trim() !== '')
      out.push(`- ${label}: ${s.inline(String(value), 300)}`);
  };
  add('Tool', facts.tool);
  add('Missing module', facts.module);
  add('Package', facts.package);
  add('Command', facts.command);
  add('File', facts.file);
  add('Secret or input', facts.secret);
  add('Host', facts.host);
  add('Image', facts.image);
  add('Rule or error code', facts.code);
  if (facts.toolchain) {
    const versions = [
      facts.requiredVersion ? `needs ${facts.requiredVersion}` : '',
      facts.actualVersion ? `has ${facts.actualVersion}` : '',
    ].filter((v) => v !== '');
    add('Toolchain', `${facts.toolchain}${versions.length > 0 ? ` (${versions.join(', ')})` : ''}`);
  }
  add('Resource', facts.resource);
  add('Timeout (minutes)', facts.timeoutMinutes);
  add('Exit code', facts.exitCode);
  const tests = facts.tests ?? [];
  if (tests.length > 0) {
    out.push(`- Failing tests (${tests.length}):`);
    for (const t of tests.slice(0, MAX_LISTED)) out.push(`  - ${s.inline(t, 300)}`);
    if (tests.length > MAX_LISTED) out.push(`  - … and ${tests.length - MAX_LISTED} more`);
  }
  const locations = facts.locations ?? [];
  if (locations.length > 0) {
    out.push(`- Locations (${locations.length}):`);
    for (const l of locations.slice(0, MAX_LISTED)) {
      const where = `${l.file}${l.line === undefined ? '' : `:${l.line}`}${l.column === undefined ? '' : `:${l.column}`}`;
      out.push(`  - ${s.inline(where, 300)}${l.message ? ` — ${s.inline(l.message, 300)}` : ''}`);
    }
    if (locations.length > MAX_LISTED) out.push(`  - … and ${locations.length - MAX_LISTED} more`);
  }
  return out;
}

/** What a maintainer should try first, by category, naming what the facts name. */
export function nextStep(s: Sanitizer, category: FailureCategory, facts: Facts = {}): string {
  const q = (value: string | number | undefined, fallback: string) =>
    value === undefined || String(value).trim() === '' ? fallback : `"${s.inline(String(value), 200)}"`;
  switch (category) {
    case 'compile_error':
      return 'Fix the compiler errors in the key lines; they are in the code at this commit, not in the CI setup. Build locally at this commit to see them all.';
    case 'test_failure':
      return 'Run the failing tests locally at this commit. If they pass there, look for order dependence, shared state or timing (a flaky test).';
    case 'lint_failure':
      return 'Run the linter locally and fix (or auto-fix) what it reports; if the rule itself changed, pin the linter version.';
    case 'missing_dependency':
      return `Check that ${q(facts.package ?? facts.module, 'the missing package')} is declared in the project's dependencies and that the lock file is committed and current.`;
    case 'missing_command':
      return `Install ${q(facts.command, 'the missing command')} in an earlier step (or use a runner image that has it), or correct its name.`;
    case 'missing_file':
      return `Check that ${q(facts.file, 'the missing file')} is generated or checked out before this step; paths are case-sensitive on Linux runners.`;
    case 'missing_secret':
      return `Check that ${q(facts.secret, 'the secret')} is set for this repository or environment; runs triggered from forks and by Dependabot do not receive secrets.`;
    case 'permission_denied':
      return "Check the job's permissions block and the token it uses, then file permissions on the runner.";
    case 'network_error':
      return `Usually transient: re-run the failed jobs. If it keeps happening, check that ${q(facts.host, 'the host')} is reachable from the runners, and add caching or retries.`;
    case 'timeout':
      return `The job ran out of time${facts.timeoutMinutes === undefined ? '' : ` (${facts.timeoutMinutes} minutes)`}: look for a hang near the end of the log, or raise timeout-minutes if the work really grew.`;
    case 'resource_exhaustion':
      return `The runner ran out of ${q(facts.resource, 'a resource')}: free it before this step, lower parallelism, or use a larger runner.`;
    case 'docker_failure':
      return `Check that the image${facts.image ? ` ${q(facts.image, '')}` : ''} exists and that the registry login ran before it; pull rate limits cause this too.`;
    case 'git_error':
      return 'Check the checkout step: the ref, fetch depth, credentials and safe.directory settings.';
    case 'toolchain_mismatch':
      return `Align the ${q(facts.toolchain, 'toolchain')} version the project needs with the one the workflow sets up.`;
    case 'workflow_syntax':
      return 'Fix the workflow file; actionlint reports such mistakes before they reach CI.';
    case 'infrastructure':
      return "The runner or GitHub's infrastructure failed, not the code: re-run the failed jobs, and check githubstatus.com if it repeats.";
    case 'unknown':
      return 'autoheal could not name the cause: read the key lines and the full log of the job.';
  }
}

function jobLine(s: Sanitizer, verdict: RunVerdict['jobs'][number]): string {
  const job = verdict.job;
  const name = link(s.inline(job.name, 200), job.htmlUrl);
  const key = verdict.analysis.findings[0]?.keyLine ?? '';
  return `- ${name}: ${categoryLabel(verdict.analysis.category)}${key ? ` — ${s.inline(shorten(key, 200))}` : ''}`;
}

/** The issue body without its marker: what failed and where, the key lines, facts, a next step. */
function bodyMarkdown(s: Sanitizer, input: IssueBodyInput, links: RunLinks): string {
  const { run, gathered, verdict } = input;
  const primary = verdict.primary;
  const job = primary.job;
  const finding = primary.analysis.findings[0];
  const stepName = finding?.step ?? primary.analysis.stats.failingStep;
  const stepNo = failedStepNumber(job, stepName);
  const out: string[] = [];
  out.push(occurrenceLine(input.occurrence, links), '');
  out.push(
    `### ${categoryLabel(verdict.category)} in ${s.inline(run.workflowName, 200)} · ${s.inline(job.name, 200)}`,
    '',
  );
  out.push('| | |', '| --- | --- |');
  out.push(`| Run | ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))} |`);
  out.push(`| Job | ${link(s.inline(job.name, 200), job.htmlUrl)} |`);
  if (stepName !== undefined || stepNo !== undefined) {
    const text = s.inline(stepName ?? `step ${stepNo}`, 200);
    out.push(`| Step | ${link(text, stepUrl(job, stepNo))} |`);
  }
  const sha = shortSha(run.headSha);
  if (sha) out.push(`| Commit | ${link(sha, links.commit(run.headSha))} |`);
  if (run.headBranch) out.push(`| Branch | ${s.inline(run.headBranch, 200)} |`);
  const who = run.actor ? s.inline(run.actor, 100) : 'unknown';
  out.push(`| Triggered by | ${who} (${s.inline(run.event, 50)}) |`);
  out.push(
    `| Category | ${categoryLabel(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)} |`,
  );
  out.push(`| Workflow file | ${s.inline(run.workflowPath, 200)} |`);
  out.push('');
  if (run.attempt > 1)
    out.push(
      `This is attempt ${run.attempt} of the run: it was re-run ${run.attempt - 1} time${run.attempt > 2 ? 's' : ''} and failed again, so the failure is not a one-off.`,
      '',
    );
  if (finding) {
    out.push(`#### Key lines${lineSpan(finding)}`, '', keyLinesBlock(s, finding), '');
  }
  if (job.logStatus !== 'ok' && job.logStatus !== 'not-fetched') {
    out.push(
      `The job's log could not be read: ${s.inline(job.logProblem ?? `logs ${job.logStatus}`, 300)}`,
      '',
    );
  }
  // The runner's "Process completed with exit code N." restates the exit code the facts already
  // give, and GitHub files it under the meaningless path `.github`: it says nothing new.
  const annotations = job.annotations
    .filter(
      (a) => a.level === 'failure' && !/^Process completed with exit code \d+\.?$/.test(a.message.trim()),
    )
    .slice(0, 5);
  if (annotations.length > 0) {
    out.push('#### Annotations', '');
    for (const a of annotations) {
      const where =
        a.path && a.path !== '.github'
          ? ` (${s.inline(`${a.path}${a.startLine ? `:${a.startLine}` : ''}`, 200)})`
          : '';
      out.push(`- ${s.inline(a.title ? `${a.title}: ${a.message}` : a.message, 400)}${where}`);
    }
    out.push('');
  }
  const facts = factLines(s, finding?.facts);
  if (facts.length > 0) out.push('#### Facts', '', ...facts, '');
  out.push('#### Suggested next step', '', nextStep(s, verdict.category, finding?.facts), '');
  const others = verdict.jobs.filter((j) => j.job.id !== job.id);
  if (others.length > 0 || gathered.skippedJobs.length > 0) {
    out.push('#### Other failed jobs', '');
    for (const other of others.slice(0, MAX_LISTED)) out.push(jobLine(s, other));
    if (others.length > MAX_LISTED) out.push(`- … and ${others.length - MAX_LISTED} more analyzed`);
    if (gathered.skippedJobs.length > 0) {
      const names = gathered.skippedJobs.slice(0, MAX_LISTED).map((j) => s.inline(j.name, 100));
      out.push(
        `- Not analyzed (over max-jobs): ${names.join(', ')}${gathered.skippedJobs.length > MAX_LISTED ? ', …' : ''}`,
      );
    }
    out.push('');
  }
  if (gathered.baseline) {
    const b = gathered.baseline;
    out.push(
      `Compared with the last green ${link(`run ${b.runId}`, b.htmlUrl)} on ${s.inline(b.branch, 200)}: lines that also appear there are not shown as news.`,
      '',
    );
  }
  out.push(
    `<sub>Filed by autoheal analyze-failure. Fingerprint ${verdict.fingerprint.slice(0, 64)}: later runs with the same failure comment here instead of opening a new issue. Tune this in .github/autoheal.yml.</sub>`,
  );
  return out.join('\n');
}

/** Cap on a captured stack shown in an issue: the frames that matter come first. */
const MAX_CAPTURED_CHARS = 6000;

/**
 * The issue body of a failure outside GitHub Actions: where it ran (provider, run, branch,
 * commit), what ran (command, exit), the key lines and facts, and for a Node program's crash its
 * error and stack. Same marker, occurrence line and closing words as an Actions failure.
 */
function externalBodyMarkdown(
  s: Sanitizer,
  input: IssueBodyInput,
  ext: ExternalRun,
  links: RunLinks,
): string {
  const { run, verdict } = input;
  const finding = verdict.primary.analysis.findings[0];
  const out: string[] = [];
  out.push(occurrenceLine(input.occurrence, links), '');
  const what = ext.error ? `Uncaught ${s.inline(ext.error.type, 100)}` : categoryLabel(verdict.category);
  const where = ext.error ? verdict.primary.job.name : (ext.ciJob ?? ext.command);
  out.push(`### ${what} in ${s.inline(where, 200)} (${s.inline(ext.provider, 100)})`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Where | ${s.inline(ext.provider, 100)}: ${link(s.inline(ext.label, 200), ext.runUrl)} |`);
  if (ext.ciJob) out.push(`| Job | ${s.inline(ext.ciJob, 200)} |`);
  out.push(`| Command | ${s.inline(ext.command, 500)} |`);
  if (ext.signal) out.push(`| Ended by | signal ${s.inline(ext.signal, 20)} |`);
  else if (ext.exitCode !== undefined && ext.exitCode !== null) out.push(`| Exit code | ${ext.exitCode} |`);
  const sha = shortSha(run.headSha);
  if (sha) out.push(`| Commit | ${link(sha, links.commit(run.headSha))} |`);
  if (run.headBranch) out.push(`| Branch | ${s.inline(run.headBranch, 200)} |`);
  if (ext.error?.runtime) out.push(`| Runtime | ${s.inline(ext.error.runtime, 200)} |`);
  out.push(
    `| Category | ${categoryLabel(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)} |`,
  );
  out.push('');
  if (ext.error) {
    out.push('#### Error', '', s.code(`${ext.error.type}: ${ext.error.message}`, 'text', 2000), '');
    if (ext.error.stack) out.push('#### Stack', '', s.code(ext.error.stack, 'text', MAX_CAPTURED_CHARS), '');
    if (finding && finding.excerpt.length > 0)
      out.push('#### Last lines the program wrote', '', keyLinesBlock(s, finding), '');
  } else if (finding) {
    out.push(
      `#### Key lines${lineSpan(finding).replace('the job log', 'the output')}`,
      '',
      keyLinesBlock(s, finding),
      '',
    );
  }
  const facts = factLines(s, finding?.facts);
  if (facts.length > 0) out.push('#### Facts', '', ...facts, '');
  // A crash the analyzer cannot name still has a place to start: its stack.
  const step =
    ext.error && verdict.category === 'unknown'
      ? 'Run the command above again; the first frame of the stack inside your own code is where the error was thrown.'
      : nextStep(s, verdict.category, finding?.facts);
  out.push('#### Suggested next step', '', step, '');
  out.push(
    `<sub>Filed by autoheal ${ext.error ? 'captureErrors' : 'run'}. Fingerprint ${verdict.fingerprint.slice(0, 64)}: later failures with the same cause comment here instead of opening a new issue. Tune this in .github/autoheal.yml.</sub>`,
  );
  return out.join('\n');
}

/** This run's entry for the branch list: its `created_at` (else `fallbackTime`) and head commit. */
export function seenOn(run: RunInfo, fallbackTime: string): BranchSeen {
  return {
    branch: run.headBranch ?? '',
    failedAt: run.createdAt ?? fallbackTime,
    sha: SHA_TEXT.test(run.headSha) ? run.headSha : '',
  };
}

/** The marker, then the body. The body passes the sanitizer whole; the marker is added after. */
export function issueBody(s: Sanitizer, input: IssueBodyInput): string {
  const links = new RunLinks(input.run);
  const marker = renderFailureMarker({
    fingerprint: input.verdict.fingerprint,
    workflowPath: input.run.workflowPath,
    branch: input.run.headBranch ?? '',
    branches: input.run.headBranch ? [seenOn(input.run, input.occurrence.firstSeen)] : [],
    cleared: {},
    occurrence: input.occurrence,
    ...(input.verdict.site === undefined ? {} : { site: input.verdict.site }),
    ...(input.verdict.degraded ? { degraded: true } : {}),
  });
  const markdown = input.run.external
    ? externalBodyMarkdown(s, input, input.run.external, links)
    : bodyMarkdown(s, input, links);
  return `${marker}\n${s.body(markdown)}`;
}

/**
 * The body with a new marker and occurrence line, the rest left as it is (a maintainer's notes
 * survive). The marker line is replaced where it is; the occurrence line is the first line after
 * it that starts like one, or is inserted right after the marker.
 */
export function withOccurrence(body: string, marker: FailureMarker, links: RunLinks): string {
  const lines = body.split(/\r?\n/);
  const found = findMarker(body, FAILURE_KIND);
  const rendered = renderFailureMarker(marker);
  const occurrence = occurrenceLine(marker.occurrence, links);
  if (!found) return `${rendered}\n${occurrence}\n\n${lines.join('\n')}`;
  const at = found.line - 1;
  lines[at] = rendered;
  const existing = lines.findIndex((l, i) => i > at && l.startsWith(OCCURRENCE_PREFIX));
  if (existing >= 0) lines[existing] = occurrence;
  else lines.splice(at + 1, 0, occurrence, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Comments

export interface CommentInput {
  run: RunInfo;
  verdict?: RunVerdict;
  fingerprint: string;
}

function whereRan(s: Sanitizer, run: RunInfo, links: RunLinks): string {
  const ext = run.external;
  const parts = ext
    ? [`${link(s.inline(ext.label, 200), ext.runUrl)} (${s.inline(ext.provider, 100)})`]
    : [link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))];
  if (run.headBranch) parts.push(`on ${s.inline(run.headBranch, 200)}`);
  const sha = shortSha(run.headSha);
  if (sha) parts.push(`at ${link(sha, links.commit(run.headSha))}`);
  return parts.join(' ');
}

function occurrenceMarker(fingerprint: string, run: RunInfo, seenAt: string): string {
  const seen = seenOn(run, seenAt);
  return renderMarker({
    kind: OCCURRENCE_KIND,
    fingerprint,
    run: String(run.id),
    attempt: String(run.attempt),
    // What the issue's branch list needs, so it can be rebuilt from the comments after a race.
    ...(seen.branch === '' ? {} : { branch: seen.branch, 'failed-at': seen.failedAt, sha: seen.sha }),
  });
}

/** One occurrence as its comment's marker records it. */
export interface OccurrenceRecord {
  run: number;
  attempt: number;
  seen?: BranchSeen;
}

/** The occurrence a comment's marker fields record, when they are well-formed. */
export function occurrenceRecord(fields: Record<string, string> | undefined): OccurrenceRecord | undefined {
  if (!fields) return undefined;
  const run = whole(fields.run, 0);
  const attempt = whole(fields.attempt, 0);
  if (run <= 0 || attempt <= 0) return undefined;
  const record: OccurrenceRecord = { run, attempt };
  const branch = fields.branch;
  const failedAt = fields['failed-at'];
  if (branch && branch.length <= 255 && isTime(failedAt))
    record.seen = { branch, failedAt, sha: fields.sha && SHA_TEXT.test(fields.sha) ? fields.sha : '' };
  return record;
}

/** "Seen again in run …": one per occurrence, marked with the run so a re-run never posts it twice. */
export function seenAgainComment(s: Sanitizer, input: CommentInput & { occurrence: Occurrence }): string {
  const links = new RunLinks(input.run);
  const job = input.run.external ? undefined : input.verdict?.primary.job;
  const jobText = job ? ` Job: ${link(s.inline(job.name, 200), job.htmlUrl)}.` : '';
  const text = `Seen again in ${whereRan(s, input.run, links)}.${jobText} That makes ${input.occurrence.count} occurrences.`;
  return `${occurrenceMarker(input.fingerprint, input.run, input.occurrence.lastSeen)}\n${s.body(text)}`;
}

/** The comment on a closed issue reopened because its failure came back. */
export function reopenComment(
  s: Sanitizer,
  input: CommentInput & { occurrence: Occurrence; closedAt: string | null },
): string {
  const links = new RunLinks(input.run);
  const closed = input.closedAt ? ` It was closed ${formatTime(input.closedAt)}.` : '';
  const text =
    `Reopened: the same failure happened again in ${whereRan(s, input.run, links)}.${closed}` +
    ` That makes ${input.occurrence.count} occurrences.`;
  return `${occurrenceMarker(input.fingerprint, input.run, input.occurrence.lastSeen)}\n${s.body(text)}`;
}

/** The comment before closing an issue whose workflow is green again on its branch. */
export function greenAgainComment(s: Sanitizer, input: CommentInput & { reopenDays: number }): string {
  const links = new RunLinks(input.run);
  const marker = renderMarker({
    kind: RESOLVED_KIND,
    fingerprint: input.fingerprint,
    run: String(input.run.id),
  });
  const reopen =
    input.reopenDays > 0
      ? ` If the same failure comes back within ${input.reopenDays} days, autoheal reopens this issue.`
      : '';
  return `${marker}\n${s.body(`Green again in ${whereRan(s, input.run, links)}: closing.${reopen}`)}`;
}

/** The comment on an issue closed because a concurrent run filed the same failure first. */
export function duplicateComment(
  s: Sanitizer,
  input: { canonical: number; canonicalUrl: string; fingerprint: string },
): string {
  const marker = renderMarker({
    kind: DUPLICATE_KIND,
    fingerprint: input.fingerprint,
    of: String(input.canonical),
  });
  const text = `Another autoheal run filed the same failure at the same moment as ${link(`issue ${input.canonical}`, input.canonicalUrl)}; closing this one as its duplicate.`;
  return `${marker}\n${s.body(text)}`;
}
