/**
 * After a failure outside Actions: read the repository's config, find the repository and token,
 * and hand the failure to core's reportExternalFailure (the same filing path as analyze-failure),
 * or, without a token, print the analysis. Shared by `autoheal run` and captureErrors. The caller
 * bounds the time (see withDeadline): nothing here may decide a build's result.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OperationBudget } from '../budget.js';
import { clientTuning } from '../client-tuning.js';
import { DEFAULT_CONFIG_PATH, readConfigFile } from '../config/loader.js';
import type { AutohealConfig } from '../config/schema.js';
import { isConfigurationError } from '../errors.js';
import { createGitHubClient, DEFAULT_API_URL } from '../github-client.js';
import { resolveTrustedAuthors } from '../identity.js';
import type { Env, Logger } from '../runtime.js';
import { systemClock } from '../runtime.js';
import { createSanitizer, type Sanitizer } from '../text/sanitize.js';
import { ciSite, type DetectedCi, repoSlug, slugFromRemote } from './ci-site.js';
import {
  type CapturedNodeError,
  type CapturedOutput,
  describeExternal,
  type ExternalDeps,
  type ExternalOutcome,
  type ExternalSite,
  reportExternalFailure,
} from './external.js';
import { git, type RepoFacts } from './repo-facts.js';

export interface ReportOptions {
  cwd: string;
  env: Env;
  ci: DetectedCi;
  output: CapturedOutput;
  /** The command's words, as run (redacted here before anything sees them). */
  argv: readonly string[];
  exitCode?: number | null;
  signal?: string | null;
  error?: CapturedNodeError;
  program?: string;
  repo?: string;
  token?: string;
  api?: string;
  dryRun?: boolean;
  trustedAuthors?: readonly string[];
  configPath?: string;
  /** Lines for the person reading the build log (stderr). */
  print: (line: string) => void;
  /** See ExternalDeps.beforeFiling (captureErrors' rate limit). */
  beforeFiling?: ExternalDeps['beforeFiling'];
  /** Print the diagnosis even when it is filed (the CLI does; a crashing program keeps its stderr short). */
  describe?: boolean;
  /**
   * The repository as it was before the command ran (readRepoFacts): then git and the config
   * file are not read again, so the command cannot choose where or whether it is filed.
   */
  facts?: RepoFacts;
}

/** Writes at most this many times per report: labels, the issue, a duplicate's close, a comment. */
const WRITE_BUDGET = 10;
/**
 * Milliseconds per second of the claim waits (issues.ts waits 1+2+4+8+15 s for the claim's winner
 * to file): a quarter, so a loser gives up on a stale claim (left by a run that died, or by an
 * issue closed by hand) after 7.5 s, inside the build's --timeout, and files the failure itself.
 */
const CLAIM_WAIT_MS_PER_S = 250;

/**
 * Environment variable names whose values are treated as secrets (redacted wherever they appear):
 * the unambiguous words anywhere in the name (`GHTOKEN`, `npm_config__authToken`, `MYSECRETS`,
 * `DEPLOY_PASSWORD2`), the short ones only as a word (`GH_PAT`, `DB_PASS`, `BASIC_AUTH`; not
 * `PATH` or `GIT_AUTHOR_NAME`).
 */
const SECRET_NAME =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PRIVATE_?KEY|CREDENTIAL|API_?KEY|ACCESS_?KEY|(?:^|_)(?:PASS|PAT|PWD|AUTH)(?:_|\d|$)/i;

/** The values to redact: the token, and every secret-looking variable of the environment. */
export function secretValues(env: Env, token: string | undefined): string[] {
  const out = new Set<string>();
  if (token) out.add(token);
  for (const [name, value] of Object.entries(env))
    if (value && value.length >= 6 && SECRET_NAME.test(name)) out.add(value);
  return [...out];
}

/** Options whose value is a credential: `--token X`, `--password=X`, `-p X` is too ambiguous to guess. */
const SECRET_OPTION =
  /^--?[\w-]*(?:token|secret|passw(?:or)?d|passphrase|api-?key|access-?key|credentials?|auth)[\w-]*$/i;

/** `-u`/`--user` (curl, wget, httpie…): a `name:password` value, whose password goes. */
const USER_OPTION = /^(?:-u|--user|--proxy-user)$/;

function withoutPassword(value: string): string {
  const colon = value.indexOf(':');
  return colon < 0 ? value : `${value.slice(0, colon)}:[REDACTED]`;
}

/** The words with the values of credential options replaced (`--token X` and `--token=X`). */
export function redactArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const eq = word.indexOf('=');
    if (eq > 0 && USER_OPTION.test(word.slice(0, eq)))
      out.push(`${word.slice(0, eq)}=${withoutPassword(word.slice(eq + 1))}`);
    else if (USER_OPTION.test(word) && i + 1 < argv.length) {
      out.push(word, withoutPassword(argv[i + 1]!));
      i++;
    } else if (eq > 0 && SECRET_OPTION.test(word.slice(0, eq))) out.push(`${word.slice(0, eq)}=[REDACTED]`);
    else if (SECRET_OPTION.test(word) && i + 1 < argv.length) {
      out.push(word, '[REDACTED]');
      i++;
    } else out.push(word);
  }
  return out;
}

/** The command as one line: words with blanks or quotes are quoted, so it reads as it was typed. */
export function commandLine(argv: readonly string[]): string {
  return argv.map((w) => (w === '' || /[\s"'\\$`]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w)).join(' ');
}

/** The web host of an API URL: api.github.com → github.com, GHES `host/api/v3` → host. */
export function webBase(api: string): string {
  const u = new URL(api);
  if (u.hostname === 'api.github.com') return 'https://github.com';
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')}`;
}

async function loadConfig(cwd: string, file: string): Promise<AutohealConfig> {
  return readConfigFile({ readFile: async (p) => readFile(path.resolve(cwd, p), 'utf8') }, file);
}

function stderrLogger(print: (line: string) => void, debug: boolean): Logger {
  return {
    debug: (m) => {
      if (debug) print(`autoheal: ${m}`);
    },
    info: (m) => {
      if (debug) print(`autoheal: ${m}`);
    },
    notice: (m) => print(`autoheal: ${m}`),
    warning: (m) => print(`autoheal: warning: ${m}`),
    error: (m) => print(`autoheal: error: ${m}`),
    startGroup: () => {},
    endGroup: () => {},
  };
}

/** Markdown links of a filing outcome as `text (url)`, for a terminal. */
function plainDone(line: string): string {
  return line.replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)');
}

export interface ReportResult {
  outcome?: ExternalOutcome;
  /** Why nothing was filed (no token, disabled, scope…), when that is so. */
  skipped?: string;
}

/** Where the failure happened: the CI provider's site, filled in from git where the provider says nothing. */
async function siteOf(
  options: ReportOptions,
  host: string,
): Promise<{ site: ExternalSite; repo?: string; fork?: string }> {
  const found = ciSite(options.ci, options.env);
  const site = { ...found.site };
  const { facts } = options;
  site.branch ??= facts
    ? facts.branch
    : await git(options.cwd, ['rev-parse', '--abbrev-ref', 'HEAD']).then((b) =>
        b === 'HEAD' ? undefined : b,
      );
  site.commit ??= facts ? facts.commit : await git(options.cwd, ['rev-parse', 'HEAD']);
  if (site.branch === undefined) delete site.branch;
  if (site.commit === undefined) delete site.commit;
  // A remote on github.com, or on the API's own host (GHES).
  const fromRemote = (url: string | undefined) => slugFromRemote(url, host) ?? slugFromRemote(url);
  const repo =
    repoSlug(options.repo) ??
    found.repository ??
    fromRemote(found.remoteUrl) ??
    fromRemote(facts ? facts.remote : await git(options.cwd, ['remote', 'get-url', 'origin']));
  return { site, ...(repo ? { repo } : {}), ...(found.fork ? { fork: found.fork } : {}) };
}

/**
 * Analyze the failure and file it (with a token and a repository) or print the analysis. Throws
 * only what the caller must bound anyway (GitHub errors); configuration problems are printed.
 */
export async function reportFailure(options: ReportOptions): Promise<ReportResult> {
  const { env, print } = options;
  const token = options.token ?? (env.AUTOHEAL_TOKEN || env.GITHUB_TOKEN || undefined);
  const api = options.api ?? (env.AUTOHEAL_API_URL || env.GITHUB_API_URL || DEFAULT_API_URL);
  let host: string;
  try {
    host = new URL(api).hostname === 'api.github.com' ? 'github.com' : new URL(api).hostname;
  } catch {
    print(
      `autoheal: --api must be a URL such as https://api.github.com; got "${api.slice(0, 100)}". Nothing filed.`,
    );
    return { skipped: 'bad api' };
  }
  const sanitizer: Sanitizer = createSanitizer({ secrets: secretValues(env, token) });
  let config: AutohealConfig;
  try {
    // The default config is the repository's, found from a package folder of a monorepo too.
    const snapshot = options.facts?.config;
    if (snapshot)
      config = await readConfigFile(
        {
          readFile: async () => {
            if (snapshot.error) throw snapshot.error;
            return snapshot.text ?? '';
          },
        },
        options.configPath ?? DEFAULT_CONFIG_PATH,
      );
    else {
      const configRoot =
        options.configPath === undefined
          ? ((await git(options.cwd, ['rev-parse', '--show-toplevel'])) ?? options.cwd)
          : options.cwd;
      config = await loadConfig(configRoot, options.configPath ?? DEFAULT_CONFIG_PATH);
    }
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    print(`autoheal: ${sanitizer.redact(error.message)} Nothing filed.`);
    return { skipped: 'config' };
  }
  if (!config.enabled) {
    print(
      `autoheal: enabled is false in ${options.configPath ?? DEFAULT_CONFIG_PATH}; nothing analyzed or filed.`,
    );
    return { skipped: 'disabled' };
  }
  const { site, repo, fork } = await siteOf(options, host);
  const [owner, name] = (repo ?? '/').split('/') as [string, string];
  const log = stderrLogger(print, env.AUTOHEAL_DEBUG === '1');
  const budget = new OperationBudget(WRITE_BUDGET);
  const input = {
    owner,
    repo: name,
    output: options.output,
    command: sanitizer.redact(commandLine(redactArgv(options.argv))),
    ...(options.exitCode === undefined ? {} : { exitCode: options.exitCode }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.error ? { error: options.error } : {}),
    ...(options.program ? { program: options.program } : {}),
    site,
  };
  const base = {
    log,
    clock: systemClock,
    budget,
    sanitizer,
    dryRun: options.dryRun === true,
    trusted: [],
    config,
  };
  if (!token || !repo || fork) {
    const outcome = await reportExternalFailure(input, base);
    if (options.describe !== false) for (const line of describeExternal(outcome, sanitizer)) print(line);
    // A fork's request runs its author's code: its output must not write to the upstream's issues
    // with the upstream's token (analyze-failure's fork rule), so it is only printed.
    const why = fork
      ? `this pipeline runs a fork's request (${sanitizer.redact(fork).replace(/[^\w./:@-]/g, '?')}): the analysis above is not filed.`
      : !token
        ? 'no token (--token, AUTOHEAL_TOKEN or GITHUB_TOKEN): the analysis above is not filed.'
        : 'no repository (--repo owner/name, the CI environment or a GitHub git remote): the analysis above is not filed.';
    print(`autoheal: ${why}`);
    return { outcome, skipped: why };
  }
  const github = createGitHubClient({
    token,
    apiUrl: api,
    log,
    budget,
    // One retry: the build waits for us, and --timeout bounds us anyway.
    retries: 1,
    maxRateLimitWaitSeconds: 5,
    ...clientTuning(env),
  });
  const trusted =
    options.trustedAuthors && options.trustedAuthors.length > 0
      ? [...options.trustedAuthors]
      : await resolveTrustedAuthors(github, token, []);
  const outcome = await reportExternalFailure(input, {
    ...base,
    github,
    trusted,
    repoUrl: `${webBase(api)}/${owner}/${name}`,
    pause: (seconds) => systemClock.sleep(seconds * CLAIM_WAIT_MS_PER_S),
    ...(options.beforeFiling ? { beforeFiling: options.beforeFiling } : {}),
  });
  if (options.describe !== false) for (const line of describeExternal(outcome, sanitizer)) print(line);
  if (outcome.notFiled) print(`autoheal: ${outcome.notFiled}`);
  const filed = outcome.filed;
  if (filed) {
    for (const line of filed.done) print(`autoheal: ${plainDone(line)}`);
    if (filed.notFiled) print(`autoheal: ${plainDone(filed.notFiled)}`);
    if (filed.issue)
      print(`autoheal: issue ${filed.result === 'dry-run' ? '(dry run) ' : ''}${filed.issue.url}`);
  }
  return { outcome };
}

export { withDeadline } from '../deadline.js';
