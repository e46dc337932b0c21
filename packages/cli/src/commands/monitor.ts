import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKER_KEY_MIN_LENGTH, repoPathProblem } from '@autoheal/core/common-inputs';
import { splitList } from '@autoheal/core/inputs';
import { parseRepository, type RepoRef } from '@autoheal/core/runner-context';
import type { Clock, Logger } from '@autoheal/core/runtime';
import { createSanitizer, type Sanitizer } from '@autoheal/core/text/sanitize';
import { type CliIO, type Command, EXIT, parseCommandArgs, UsageError } from '../cli.js';
import { Monitor, type MonitorSettings, type MonitorState, type PassReport } from './monitor-pass.js';
import { RateGovernor } from './monitor-rate.js';

/**
 * `autoheal monitor`: watch many repositories' Actions runs from one place and file each failure
 * as the analyze-failure action would. Exit codes as every command: 0 every repository and run
 * was handled; 1 some could not be (named on stderr; the rest were handled); 2 bad usage.
 */

const USAGE = `Usage: pnpm autoheal monitor (--repo OWNER/NAME … | --org ORG) [options]

Look at the recently completed GitHub Actions runs of many repositories and file each failed run
as the analyze-failure action does: the same analysis, the same deduplicated issue (fingerprints,
hidden markers, labels, hourly caps, secrets redacted). Runs an issue's marker already names —
filed by the action or by another monitor — are skipped, so a monitor next to the action, or two
monitors, never file twice; a green run closes the issues it fixed, as the action's does. Lists are read with conditional requests: an unchanged list is a 304,
which GitHub does not count against the rate limit.

  --repo OWNER/NAME   a repository to watch; repeatable, or a comma-separated list
  --org ORG           every repository of the organization, listed again each pass (not archived
                      ones, forks or ones with issues turned off: name those with --repo)
  --since DURATION    look at runs that completed within this time: 90s, 60m, 6h, 2d (default 60m)
  --watch             keep going: a pass every --interval seconds until Ctrl-C
  --interval SECONDS  time between passes with --watch (default 300); stretched when a pass cost
                      more than --rate-share allows per hour
  --passes N          with --watch, stop after N passes
  --rate-share S      the share of the token's hourly limit the monitor may use, 0 < S ≤ 1
                      (default 0.5): it waits for the reset rather than leave less than (1 − S)
                      of the limit to the action and everyone else using the token
  --dry-run           analyze and say what would be filed; write nothing to GitHub
  --api URL           the GitHub API (GitHub Enterprise Server: https://HOST/api/v3, or the
                      simulator of \`autoheal serve-github\`); default GITHUB_API_URL, else api.github.com
  --token TOKEN       the token (prefer the environment: AUTOHEAL_TOKEN, else GITHUB_TOKEN); it
                      needs actions: read, contents: write (claims), issues: write on each repository
  --config-file PATH  each repository's autoheal config (default .github/autoheal.yml)
  --trusted-authors L logins whose hidden markers count (default: the token's login and
                      github-actions[bot]); give the action the monitor's login in its
                      trusted-authors input so it trusts the monitor's issues too
  --state FILE        keep ETags and the runs handled in FILE between runs (a scheduled workflow
                      caches it), so an unchanged repository costs no rate limit there either
  --json              one JSON report per pass on stdout, instead of text
  --verbose           also print analyze-failure's step-by-step lines

AUTOHEAL_MARKER_KEY, when set, signs and verifies markers as the action's marker-key input.

Example: every 5 minutes, three repositories, at most a third of the rate limit
  AUTOHEAL_TOKEN=… pnpm autoheal monitor --repo octo-org/api --repo octo-org/web,octo-org/docs \\
      --since 30m --watch --interval 300 --rate-share 0.33

Exit codes: 0 all handled; 1 a repository or run could not be handled (the others were); 2 bad usage.`;

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_SINCE_MS = 30 * 86_400_000;

export function parseDuration(value: string): number {
  const m = /^(\d{1,7})([smhd])$/.exec(value.trim());
  const ms = m ? Number(m[1]) * UNITS[m[2]!]! : Number.NaN;
  if (!(ms > 0) || ms > MAX_SINCE_MS)
    throw new UsageError(
      `--since takes a duration such as 90s, 60m, 6h or 2d, at most 30d; got "${value.slice(0, 40)}"`,
    );
  return ms;
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}; got "${value.slice(0, 40)}"`);
  return n;
}

export function parseShare(value: string | undefined): number {
  if (value === undefined) return 0.5;
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(n > 0 && n <= 1))
    throw new UsageError(
      `--rate-share takes a number greater than 0 and at most 1, such as 0.5; got "${value.slice(0, 40)}"`,
    );
  return n;
}

export function parseRepos(values: readonly string[]): RepoRef[] {
  const out: RepoRef[] = [];
  for (const item of values.flatMap(splitList)) {
    const ref = parseRepository(item);
    if (!ref)
      throw new UsageError(`--repo takes OWNER/NAME, such as octo-org/widgets; got "${item.slice(0, 100)}"`);
    out.push(ref);
  }
  return out;
}

/**
 * Text that came from GitHub or a log, made safe for a terminal and a workflow log: control
 * characters (escape sequences, carriage returns) and bidirectional overrides become U+FFFD, so
 * a line can neither rewrite the screen nor start a `::workflow-command::`.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, '\uFFFD');
}

function lines(prefix: string, message: string): string {
  return message
    .split(/\r?\n/)
    .map((line) => `${prefix}${terminalSafe(line)}\n`)
    .join('');
}

function logger(io: CliIO, prefix: string, verbose: boolean): Logger {
  const say = (m: string) => io.stderr(lines(prefix, m));
  return {
    debug: (m) => (verbose ? say(m) : undefined),
    info: (m) => (verbose ? say(m) : undefined),
    notice: (m) => say(m),
    warning: (m) => say(`warning: ${m}`),
    error: (m) => say(`error: ${m}`),
    startGroup: () => undefined,
    endGroup: () => undefined,
  };
}

const RESULT_WORDS: Record<string, string> = {
  created: 'filed a new issue',
  updated: 'added to its open issue',
  reopened: 'reopened its issue',
  commented: 'commented on the pull request',
  closed: 'closed issues',
  rerun: 're-ran the failed jobs',
  skipped: 'nothing filed',
  'dry-run': 'dry run: would file',
  'already-filed': 'already filed (an issue’s marker names the run)',
  error: 'could not be handled',
};

export function renderPass(report: PassReport, sinceText: string): string {
  const out: string[] = [];
  out.push(
    `pass ${report.pass} at ${report.startedAt}: ${report.repositories} repositories (${report.unchanged} unchanged, answered 304), ${report.failedRunsSeen} failed run(s) in the last ${sinceText}`,
  );
  for (const r of report.runs) {
    const issue = r.issue !== undefined ? ` #${r.issue}` : '';
    const why = r.reason && (r.result === 'skipped' || r.result === 'error') ? `: ${r.reason}` : '';
    out.push(
      terminalSafe(
        `  ${r.repo} run ${r.id} (attempt ${r.attempt}): ${RESULT_WORDS[r.result] ?? r.result}${issue}${why}`,
      ),
    );
  }
  const q = report.requests;
  const rate = report.rateLimit;
  out.push(
    `requests this pass: ${q.counted} counted, ${q.notModified} free (304)` +
      (rate
        ? `; rate limit ${rate.remaining} of ${rate.limit} left, resets ${rate.resetAt}; share ${rate.share} keeps ${rate.keptForOthers} for others`
        : ''),
  );
  if (report.waitedSeconds > 0)
    out.push(`waited ${report.waitedSeconds}s for the rate-limit window to reset`);
  if (report.perRepositoryLastHour.length > 0) {
    out.push('requests per repository in the last hour (counted / free):');
    const width = Math.max(...report.perRepositoryLastHour.map((r) => r.repo.length));
    for (const r of report.perRepositoryLastHour)
      out.push(
        terminalSafe(`  ${r.repo.padEnd(width)}  ${String(r.counted).padStart(5)} / ${r.notModified}`),
      );
  }
  return `${out.join('\n')}\n`;
}

/**
 * The pass as markdown for a workflow's job summary (GITHUB_STEP_SUMMARY): every text that came
 * from GitHub goes through core's sanitizer, as in everything autoheal posts.
 */
export function summaryMarkdown(report: PassReport, sanitizer: Sanitizer): string {
  const t = (text: string) => sanitizer.inline(text);
  const q = report.requests;
  const rate = report.rateLimit;
  const out = [
    `### autoheal monitor, pass ${report.pass}`,
    '',
    `${report.repositories} repositories, ${report.unchanged} unchanged (answered 304). Requests: ${q.counted} counted, ${q.notModified} free.` +
      (rate
        ? ` Rate limit: ${rate.remaining} of ${rate.limit} left; the share ${rate.share} keeps ${rate.keptForOthers} for others.`
        : ''),
    '',
  ];
  if (report.runs.length > 0) {
    out.push('| repository | run | result |', '| --- | --- | --- |');
    for (const r of report.runs) {
      // Our own cross-repository reference: the summary is another repository's page. Names are GitHub's own (checked).
      const issue = r.issue !== undefined ? ` ${r.repo}#${r.issue}` : '';
      const why = r.reason && (r.result === 'skipped' || r.result === 'error') ? `: ${r.reason}` : '';
      out.push(
        `| ${t(r.repo)} | ${r.id} (attempt ${r.attempt}) | ${t(RESULT_WORDS[r.result] ?? r.result)}${issue}${t(why)} |`,
      );
    }
    out.push('');
  }
  for (const e of report.errors) out.push(`- ${t(e)}`);
  if (report.perRepositoryLastHour.length > 0) {
    out.push('<details><summary>Requests per repository in the last hour</summary>', '');
    out.push('| repository | counted | free (304) |', '| --- | ---: | ---: |');
    for (const r of report.perRepositoryLastHour)
      out.push(`| ${t(r.repo)} | ${r.counted} | ${r.notModified} |`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** The clock of a real run: sleeps end early when the command is stopped (Ctrl-C). */
function abortableClock(signal: AbortSignal | undefined): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) =>
      new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
      }),
  };
}

/** Only what analyze-failure needs from the environment: not the monitor workflow's own event. */
const PASSED_ENV = [
  'AUTOHEAL_WAIT_SCALE_MS',
  'AUTOHEAL_WRITE_PACING_MS',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKFLOW_REF',
  'RUNNER_TEMP',
];

export interface MonitorRun {
  settings: MonitorSettings;
  /** `--state FILE`, absolute. */
  stateFile?: string;
  watch: boolean;
  intervalSeconds: number;
  passes?: number;
  share: number;
  json: boolean;
  verbose: boolean;
  sinceText: string;
}

/** The saved state, undefined when the file does not exist yet, or why it cannot be used. */
export async function readState(file: string): Promise<{ state?: unknown; problem?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: (error as Error).message };
  }
  try {
    return { state: JSON.parse(text) };
  } catch {
    return { problem: 'not valid JSON' };
  }
}

/** Written to a temporary file first, so a stopped monitor never leaves half a state. */
async function writeState(file: string, state: MonitorState): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(state)}\n`);
  await rename(partial, file);
}

/** The command's loop, with the clock injectable (tests run passes without real waits). */
export async function runMonitor(options: MonitorRun, io: CliIO, clock: Clock): Promise<number> {
  const log = logger(io, 'autoheal monitor: ', options.verbose);
  const governor = new RateGovernor(options.share, clock, (ms, why) =>
    log.notice(`pausing ${Math.ceil(ms / 1000)}s: ${why}`),
  );
  const env: Record<string, string> = {};
  for (const name of PASSED_ENV) if (io.env[name] !== undefined) env[name] = io.env[name]!;
  const monitor = new Monitor(options.settings, {
    clock,
    log,
    env,
    governor,
    runLog: (repo, runId) => logger(io, `  [${repo} run ${runId}] `, options.verbose),
    ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
  });
  if (options.stateFile) {
    const saved = await readState(options.stateFile);
    if (saved.problem) log.warning(`${options.stateFile}: ${saved.problem}; starting without it`);
    else if (saved.state !== undefined && !monitor.restore(saved.state))
      log.warning(`${options.stateFile} is for another API or version; starting without it`);
  }
  const sanitizer = createSanitizer({ secrets: [options.settings.token] });
  let failed = false;
  for (let n = 1; ; n++) {
    const report = await monitor.pass();
    if (options.stateFile) {
      try {
        await writeState(options.stateFile, monitor.state());
      } catch (error) {
        log.warning(`could not save ${options.stateFile}: ${(error as Error).message}`);
      }
    }
    failed = report.errors.length > 0;
    io.stdout(options.json ? `${JSON.stringify(report)}\n` : renderPass(report, options.sinceText));
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) await appendFile(summaryFile, summaryMarkdown(report, sanitizer));
    for (const e of report.errors) io.stderr(lines('autoheal monitor: ', e));
    if (!options.watch || io.signal?.aborted || (options.passes !== undefined && n >= options.passes)) break;
    // Stretch the interval so a pass's cost, repeated, stays inside the hourly share.
    const allowance = governor.hourlyAllowance();
    const needed = allowance > 0 ? (report.requests.counted / allowance) * 3600 : 0;
    const wait = Math.max(options.intervalSeconds, Math.ceil(needed));
    if (wait > options.intervalSeconds)
      log.notice(
        `next pass in ${wait}s, not ${options.intervalSeconds}s: this pass counted ${report.requests.counted} requests and the share allows ${allowance} an hour`,
      );
    await clock.sleep(wait * 1000);
    if (io.signal?.aborted) break;
  }
  return failed ? EXIT.failure : EXIT.ok;
}

export const monitorCommand: Command = {
  name: 'monitor',
  summary: 'Watch many repositories’ runs and file each failure once, as the action does.',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        repo: { type: 'string', multiple: true },
        org: { type: 'string' },
        since: { type: 'string', default: '60m' },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        passes: { type: 'string' },
        'rate-share': { type: 'string' },
        'dry-run': { type: 'boolean' },
        api: { type: 'string' },
        token: { type: 'string' },
        'config-file': { type: 'string' },
        'trusted-authors': { type: 'string' },
        state: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      false,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const repos = parseRepos((values.repo as string[] | undefined) ?? []);
    const org = values.org as string | undefined;
    if (org !== undefined && !/^[A-Za-z0-9-]{1,39}$/.test(org))
      throw new UsageError(
        `--org takes an organization's login, such as octo-org; got "${org.slice(0, 60)}"`,
      );
    if (repos.length === 0 && org === undefined)
      throw new UsageError('name the repositories: --repo OWNER/NAME or --org ORG');
    const sinceText = values.since as string;
    const sinceMs = parseDuration(sinceText);
    const watch = values.watch === true;
    const interval = wholeNumber('interval', values.interval as string | undefined, 1, 86_400);
    const passes = wholeNumber('passes', values.passes as string | undefined, 1, 1_000_000);
    if (!watch && (interval !== undefined || passes !== undefined))
      throw new UsageError('--interval and --passes go with --watch');
    const share = parseShare(values['rate-share'] as string | undefined);
    const configFile = values['config-file'] as string | undefined;
    if (configFile !== undefined && repoPathProblem(configFile))
      throw new UsageError(`--config-file ${repoPathProblem(configFile)}`);
    const token = (values.token as string | undefined) ?? io.env.AUTOHEAL_TOKEN ?? io.env.GITHUB_TOKEN;
    if (!token?.trim())
      throw new UsageError(
        'no token: set AUTOHEAL_TOKEN (or GITHUB_TOKEN) in the environment, or give --token',
      );
    const apiUrl = (values.api as string | undefined) ?? io.env.GITHUB_API_URL;
    if (apiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(apiUrl))
      throw new UsageError(
        `--api takes the API's URL, such as https://github.example.com/api/v3; got "${apiUrl.slice(0, 80)}"`,
      );
    const markerKey = io.env.AUTOHEAL_MARKER_KEY?.trim() || undefined;
    if (markerKey !== undefined && markerKey.length < MARKER_KEY_MIN_LENGTH)
      throw new UsageError(
        `AUTOHEAL_MARKER_KEY must be a secret of at least ${MARKER_KEY_MIN_LENGTH} characters`,
      );
    const trusted = values['trusted-authors'] as string | undefined;
    const settings: MonitorSettings = {
      token: token.trim(),
      repos,
      sinceMs,
      dryRun: values['dry-run'] === true,
      ...(org !== undefined ? { org } : {}),
      ...(apiUrl !== undefined ? { apiUrl } : {}),
      ...(configFile !== undefined ? { configFile } : {}),
      ...(trusted !== undefined ? { trustedAuthors: splitList(trusted) } : {}),
      ...(markerKey !== undefined ? { markerKey } : {}),
    };
    const stateFile = values.state as string | undefined;
    return runMonitor(
      {
        settings,
        ...(stateFile !== undefined ? { stateFile: path.resolve(io.cwd, stateFile) } : {}),
        watch,
        intervalSeconds: interval ?? 300,
        ...(passes !== undefined ? { passes } : {}),
        share,
        json: values.json === true,
        verbose: values.verbose === true,
        sinceText,
      },
      io,
      abortableClock(io.signal),
    );
  },
};
