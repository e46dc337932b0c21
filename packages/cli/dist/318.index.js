export const id = 318;
export const ids = [318];
export const modules = {

/***/ 5318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandLine: () => (/* binding */ commandLine),
  redactArgv: () => (/* binding */ redactArgv),
  reportFailure: () => (/* binding */ reportFailure),
  secretValues: () => (/* binding */ secretValues),
  webBase: () => (/* binding */ webBase),
  withDeadline: () => (/* reexport */ deadline/* withDeadline */.N)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/lib/budget.js
var lib_budget = __webpack_require__(2309);
// EXTERNAL MODULE: ./packages/core/lib/client-tuning.js
var client_tuning = __webpack_require__(6069);
// EXTERNAL MODULE: ./packages/core/lib/config/loader.js + 1 modules
var loader = __webpack_require__(7186);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
// EXTERNAL MODULE: ./packages/core/lib/github-client.js
var github_client = __webpack_require__(5755);
// EXTERNAL MODULE: ./packages/core/lib/identity.js
var identity = __webpack_require__(7642);
;// CONCATENATED MODULE: ./packages/core/lib/runtime.js
/**
 * The edges every action's pure `run(inputs, deps)` talks through. `main.ts` wires them to the
 * runner (@actions/core, process.env, the real clock); tests and the CLI pass their own.
 */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: ./packages/core/lib/text/sanitize.js + 3 modules
var sanitize = __webpack_require__(2016);
// EXTERNAL MODULE: ./packages/core/lib/filing/ci-site.js
var ci_site = __webpack_require__(7182);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/lib/analyzer/analyze.js + 63 modules
var analyze = __webpack_require__(9810);
// EXTERNAL MODULE: ./packages/core/lib/fingerprint.js
var lib_fingerprint = __webpack_require__(2754);
// EXTERNAL MODULE: ./packages/core/lib/text/controls.js
var controls = __webpack_require__(7036);
// EXTERNAL MODULE: ./packages/core/lib/filing/issue-body.js
var issue_body = __webpack_require__(3578);
// EXTERNAL MODULE: ./packages/core/lib/filing/issues.js + 1 modules
var filing_issues = __webpack_require__(7633);
// EXTERNAL MODULE: ./packages/core/lib/filing/verdict.js
var verdict = __webpack_require__(9135);
;// CONCATENATED MODULE: ./packages/core/lib/filing/external.js
/**
 * Failures that are not a GitHub Actions run: a command run under `autoheal run` on any CI (or a
 * laptop), or a Node program's uncaught error caught by captureErrors. They are analyzed by the
 * same analyzer and filed by the same code as analyze-failure's (fingerprints, markers, labels,
 * caps, sanitizer, claims), so the same failure is one issue whoever reports it. What differs is
 * only where it happened: the RunInfo carries an `external` site, and the body links to the CI
 * provider instead of an Actions page.
 */







/** The `workflow` of an external failure's marker: never a real workflow path, so never an Actions issue. */
const EXTERNAL_RUN_WORKFLOW = 'external:run';
const EXTERNAL_CAPTURE_WORKFLOW = 'external:capture';
const MAX_JOB_NAME = 200;
const MAX_LAST_LINES = 200;
/** A command collapsed to one line and capped: what names the "job" of an external failure. */
function commandName(command) {
    const one = command.replace(/\s+/g, ' ').trim();
    return one.length > MAX_JOB_NAME ? `${one.slice(0, MAX_JOB_NAME - 1)}…` : one || '(no command)';
}
/**
 * A stand-in run id: a number (the markers and occurrence comments count run:attempt pairs) that
 * is the same for every report from one CI job and differs between jobs. Without any CI id, the
 * clock's milliseconds: each local run is its own occurrence.
 */
function standInRunId(site, now) {
    const parts = [site.provider, site.runId ?? '', site.jobId ?? '', site.runUrl ?? ''];
    if (parts.slice(1).every((p) => p === ''))
        return Math.max(1, Math.floor(now));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\n'), 'utf8').digest('hex').slice(0, 12);
    // 48 bits: at most 15 digits, what the marker reader accepts.
    return Number.parseInt(hex, 16) || 1;
}
function runLabel(site) {
    const parts = [];
    if (site.runId)
        parts.push(`run ${site.runId}`);
    if (site.jobId)
        parts.push(`job ${site.jobId}`);
    if ((site.attempt ?? 1) > 1)
        parts.push(`attempt ${site.attempt}`);
    return parts.length > 0 ? parts.join(', ') : site.provider === 'local' ? 'a local run' : 'a run';
}
function iso(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** The RunInfo filing needs, for a failure outside Actions. */
function externalRunInfo(input, now, repoUrl) {
    const { site } = input;
    const attempt = site.attempt !== undefined && Number.isInteger(site.attempt) && site.attempt > 0 ? site.attempt : 1;
    const external = {
        provider: site.provider,
        label: runLabel(site),
        command: input.command,
        ...(site.runUrl ? { runUrl: site.runUrl } : {}),
        ...(repoUrl ? { repoUrl } : {}),
        ...(input.exitCode === undefined ? {} : { exitCode: input.exitCode }),
        ...(input.signal ? { signal: input.signal } : {}),
        ...(site.job ? { ciJob: site.job } : {}),
        ...(input.error ? { error: input.error } : {}),
    };
    return {
        owner: input.owner,
        repo: input.repo,
        id: standInRunId(site, now),
        attempt,
        workflowName: input.error ? 'uncaught error' : site.provider === 'local' ? 'local run' : site.provider,
        workflowPath: input.error ? EXTERNAL_CAPTURE_WORKFLOW : EXTERNAL_RUN_WORKFLOW,
        workflowId: 0,
        headBranch: site.branch ?? null,
        headSha: site.commit && /^[0-9a-f]{40}$/i.test(site.commit) ? site.commit.toLowerCase() : '',
        event: 'external',
        status: 'completed',
        conclusion: 'failure',
        actor: null,
        htmlUrl: site.runUrl ?? '',
        defaultBranch: site.defaultBranch ?? '',
        createdAt: iso(now),
        external,
    };
}
/** The first stack frame of the project itself (not node: internals, not node_modules). */
function projectFrame(stack) {
    for (const line of (stack ?? '').split('\n').slice(1, 50)) {
        const t = line.trim();
        if (!t.startsWith('at ') || /\bnode:|node_modules|\(internal\//.test(t))
            continue;
        return t.slice(0, 300);
    }
    return undefined;
}
/** The captured error's analysis: the category from its text, its first line as the key line, the program's last lines as the excerpt. */
async function analyzeCaptured(error, output, userRules) {
    const head = `${error.type}: ${error.message}`.split('\n')[0].slice(0, 500);
    const text = `${head}\n${error.stack ?? ''}`;
    const analysis = await (0,analyze/* analyzeLog */.L_)(text, userRules ? { userRules } : {});
    const last = 'text' in output
        ? output.text
            .split(/\r?\n/)
            .filter((l) => l !== '')
            .slice(-MAX_LAST_LINES)
        : [];
    const lead = analysis.findings[0];
    const finding = {
        category: analysis.category,
        confidence: analysis.confidence,
        title: `${error.type}: ${error.message}`.slice(0, 300),
        lines: [],
        keyLine: head,
        excerpt: last.map((t, i) => ({ no: i + 1, text: t })),
        rule: lead?.rule ?? 'captured-error',
        ...(lead?.facts ? { facts: lead.facts } : {}),
    };
    return { ...analysis, findings: [finding, ...analysis.findings.slice(1)] };
}
/** The verdict of an external failure: one "job", the command (or the program). */
async function judgeExternal(input, run, userRules) {
    const jobName = input.program ? commandName(input.program) : commandName(input.command);
    let analysis;
    let keyLine;
    if (input.error) {
        analysis = await analyzeCaptured(input.error, input.output, userRules);
        const frame = projectFrame(input.error.stack);
        // The frame tells apart the same message thrown from two places; positions are normalised away.
        keyLine = `${analysis.findings[0].keyLine}${frame ? ` ${frame}` : ''}`;
    }
    else {
        const options = userRules ? { userRules } : {};
        analysis =
            'file' in input.output
                ? await (0,analyze/* analyzeFile */.xy)(input.output.file, options)
                : await (0,analyze/* analyzeLog */.L_)(input.output.text, options);
        keyLine = analysis.findings[0]?.keyLine || analysis.summary;
    }
    const job = {
        id: run.id,
        name: jobName,
        htmlUrl: run.htmlUrl,
        conclusion: 'failure',
        startedAt: null,
        completedAt: null,
        failedSteps: [],
        logStatus: 'ok',
        ...('file' in input.output ? { logFile: input.output.file } : {}),
        annotations: [],
    };
    const fingerprint = (0,lib_fingerprint/* failureFingerprint */.hX)({
        workflowPath: run.workflowPath,
        jobName,
        category: analysis.category,
        keyLine,
    });
    const primary = { job, analysis, fingerprint };
    return {
        category: analysis.category,
        confidence: analysis.confidence,
        fingerprint,
        keyLine: analysis.findings[0]?.keyLine || analysis.summary,
        primary,
        jobs: [primary],
        site: (0,verdict/* failureSite */.i5)(run.workflowPath, jobName, undefined),
    };
}
/** Whether `issues.scope` lets this branch's failure become an issue (as analyze-failure decides). */
async function inScope(d, run) {
    if (d.config.issues.scope === 'all' || run.headBranch === null)
        return undefined;
    let defaultBranch = run.defaultBranch;
    if (defaultBranch === '' && d.github) {
        const { data } = await d.github.rest.repos.get({ owner: run.owner, repo: run.repo });
        defaultBranch = data.default_branch;
        run.defaultBranch = defaultBranch;
    }
    if (defaultBranch === '' || run.headBranch === defaultBranch)
        return undefined;
    return `Not filed: the failure is on ${run.headBranch}, not the default branch ${defaultBranch}, and issues.scope is default-branch.`;
}
/**
 * Analyze an external failure and, with a client, file or update its issue through the one filing
 * path. Throws what GitHub throws: the caller decides that an outage must not fail its build.
 */
async function reportExternalFailure(input, deps) {
    const run = externalRunInfo(input, deps.clock.now(), deps.repoUrl);
    const verdict = await judgeExternal(input, run, deps.userRules);
    if (!deps.github)
        return { run, verdict };
    const out = (await deps.beforeFiling?.(verdict)) ?? (await inScope(deps, run));
    if (out)
        return { run, verdict, notFiled: out };
    const issueDeps = {
        github: deps.github,
        owner: input.owner,
        repo: input.repo,
        log: deps.log,
        clock: deps.clock,
        budget: deps.budget,
        sanitizer: deps.sanitizer,
        dryRun: deps.dryRun,
        trusted: deps.trusted,
        ...(deps.pause ? { pause: deps.pause } : {}),
    };
    const { labels, issues } = deps.config;
    const filed = await (0,filing_issues/* fileFailure */.fE)(issueDeps, {
        run,
        gathered: { run, jobs: [verdict.primary.job], skippedJobs: [] },
        verdict,
        labels: { base: labels.base, categoryPrefix: labels.categoryPrefix, extra: labels.extra },
        maxPerHour: issues.maxPerHour,
        reopenDays: issues.reopenDays,
        minConfidence: issues.minConfidence,
    });
    return { run, verdict, filed };
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Inline markdown as a terminal should show it: character references decoded, zero-width spaces gone. */
function plainText(markdown) {
    return markdown
        .replace(/&#x([0-9a-f]{1,6});/gi, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
        .replace(/&(amp|lt|gt|quot);/g, (_m, name) => NAMED[name] ?? '')
        .replace(/\u200b/g, '');
}
/**
 * The analysis as plain lines for a terminal (no token, or a dry run): category, key lines, a
 * next step. Secrets are redacted; nothing here is markdown.
 */
function describeExternal(outcome, sanitizer, maxLines = 20) {
    const { verdict } = outcome;
    const finding = verdict.primary.analysis.findings[0];
    const out = [
        `autoheal: ${(0,analyze/* categoryLabel */.Jm)(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)}`,
        `  key line: ${sanitizer.redact(verdict.keyLine).slice(0, 500)}`,
    ];
    const excerpt = finding?.excerpt ?? [];
    if (excerpt.length > 0) {
        out.push('  key lines:');
        for (const l of excerpt.slice(0, maxLines))
            out.push(`    ${sanitizer.redact(l.text).slice(0, 500)}`);
        if (excerpt.length > maxLines)
            out.push(`    … ${excerpt.length - maxLines} more`);
    }
    const step = plainText((0,issue_body/* nextStep */.sk)(sanitizer, verdict.category, finding?.facts));
    out.push(`  next step: ${step}`, `  fingerprint: ${verdict.fingerprint}`);
    // In an Actions log a line whose trimmed start is `::` is a workflow command: the output's lines
    // (stripped of the control characters that kept them from being one) must not become one here.
    return out.map(controls/* defangWorkflowCommands */.xD);
}

// EXTERNAL MODULE: ./packages/core/lib/filing/repo-facts.js
var repo_facts = __webpack_require__(1902);
// EXTERNAL MODULE: ./packages/core/lib/deadline.js
var deadline = __webpack_require__(7200);
;// CONCATENATED MODULE: ./packages/core/lib/filing/external-report.js
/**
 * After a failure outside Actions: read the repository's config, find the repository and token,
 * and hand the failure to core's reportExternalFailure (the same filing path as analyze-failure),
 * or, without a token, print the analysis. Shared by `autoheal run` and captureErrors. The caller
 * bounds the time (see withDeadline): nothing here may decide a build's result.
 */













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
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PRIVATE_?KEY|CREDENTIAL|API_?KEY|ACCESS_?KEY|(?:^|_)(?:PASS|PAT|PWD|AUTH)(?:_|\d|$)/i;
/** The values to redact: the token, and every secret-looking variable of the environment. */
function secretValues(env, token) {
    const out = new Set();
    if (token)
        out.add(token);
    for (const [name, value] of Object.entries(env))
        if (value && value.length >= 6 && SECRET_NAME.test(name))
            out.add(value);
    return [...out];
}
/** Options whose value is a credential: `--token X`, `--password=X`, `-p X` is too ambiguous to guess. */
const SECRET_OPTION = /^--?[\w-]*(?:token|secret|passw(?:or)?d|passphrase|api-?key|access-?key|credentials?|auth)[\w-]*$/i;
/** `-u`/`--user` (curl, wget, httpie…): a `name:password` value, whose password goes. */
const USER_OPTION = /^(?:-u|--user|--proxy-user)$/;
function withoutPassword(value) {
    const colon = value.indexOf(':');
    return colon < 0 ? value : `${value.slice(0, colon)}:[REDACTED]`;
}
/** The words with the values of credential options replaced (`--token X` and `--token=X`). */
function redactArgv(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const word = argv[i];
        const eq = word.indexOf('=');
        if (eq > 0 && USER_OPTION.test(word.slice(0, eq)))
            out.push(`${word.slice(0, eq)}=${withoutPassword(word.slice(eq + 1))}`);
        else if (USER_OPTION.test(word) && i + 1 < argv.length) {
            out.push(word, withoutPassword(argv[i + 1]));
            i++;
        }
        else if (eq > 0 && SECRET_OPTION.test(word.slice(0, eq)))
            out.push(`${word.slice(0, eq)}=[REDACTED]`);
        else if (SECRET_OPTION.test(word) && i + 1 < argv.length) {
            out.push(word, '[REDACTED]');
            i++;
        }
        else
            out.push(word);
    }
    return out;
}
/** The command as one line: words with blanks or quotes are quoted, so it reads as it was typed. */
function commandLine(argv) {
    return argv.map((w) => (w === '' || /[\s"'\\$`]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w)).join(' ');
}
/** The web host of an API URL: api.github.com → github.com, GHES `host/api/v3` → host. */
function webBase(api) {
    const u = new URL(api);
    if (u.hostname === 'api.github.com')
        return 'https://github.com';
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')}`;
}
async function loadConfig(cwd, file) {
    return (0,loader/* readConfigFile */.RG)({ readFile: async (p) => (0,promises_.readFile)(external_node_path_.resolve(cwd, p), 'utf8') }, file);
}
function stderrLogger(print, debug) {
    return {
        debug: (m) => {
            if (debug)
                print(`autoheal: ${m}`);
        },
        info: (m) => {
            if (debug)
                print(`autoheal: ${m}`);
        },
        notice: (m) => print(`autoheal: ${m}`),
        warning: (m) => print(`autoheal: warning: ${m}`),
        error: (m) => print(`autoheal: error: ${m}`),
        startGroup: () => { },
        endGroup: () => { },
    };
}
/** Markdown links of a filing outcome as `text (url)`, for a terminal. */
function plainDone(line) {
    return line.replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)');
}
/** Where the failure happened: the CI provider's site, filled in from git where the provider says nothing. */
async function siteOf(options, host) {
    const found = (0,ci_site/* ciSite */.mB)(options.ci, options.env);
    const site = { ...found.site };
    const { facts } = options;
    site.branch ??= facts
        ? facts.branch
        : await (0,repo_facts/* git */.$Y)(options.cwd, ['rev-parse', '--abbrev-ref', 'HEAD']).then((b) => b === 'HEAD' ? undefined : b);
    site.commit ??= facts ? facts.commit : await (0,repo_facts/* git */.$Y)(options.cwd, ['rev-parse', 'HEAD']);
    if (site.branch === undefined)
        delete site.branch;
    if (site.commit === undefined)
        delete site.commit;
    // A remote on github.com, or on the API's own host (GHES).
    const fromRemote = (url) => (0,ci_site/* slugFromRemote */.q4)(url, host) ?? (0,ci_site/* slugFromRemote */.q4)(url);
    const repo = (0,ci_site/* repoSlug */.mr)(options.repo) ??
        found.repository ??
        fromRemote(found.remoteUrl) ??
        fromRemote(facts ? facts.remote : await (0,repo_facts/* git */.$Y)(options.cwd, ['remote', 'get-url', 'origin']));
    return { site, ...(repo ? { repo } : {}), ...(found.fork ? { fork: found.fork } : {}) };
}
/**
 * Analyze the failure and file it (with a token and a repository) or print the analysis. Throws
 * only what the caller must bound anyway (GitHub errors); configuration problems are printed.
 */
async function reportFailure(options) {
    const { env, print } = options;
    const token = options.token ?? (env.AUTOHEAL_TOKEN || env.GITHUB_TOKEN || undefined);
    const api = options.api ?? (env.AUTOHEAL_API_URL || env.GITHUB_API_URL || github_client/* DEFAULT_API_URL */.rK);
    let host;
    try {
        host = new URL(api).hostname === 'api.github.com' ? 'github.com' : new URL(api).hostname;
    }
    catch {
        print(`autoheal: --api must be a URL such as https://api.github.com; got "${api.slice(0, 100)}". Nothing filed.`);
        return { skipped: 'bad api' };
    }
    const sanitizer = (0,sanitize/* createSanitizer */.Oq)({ secrets: secretValues(env, token) });
    let config;
    try {
        // The default config is the repository's, found from a package folder of a monorepo too.
        const snapshot = options.facts?.config;
        if (snapshot)
            config = await (0,loader/* readConfigFile */.RG)({
                readFile: async () => {
                    if (snapshot.error)
                        throw snapshot.error;
                    return snapshot.text ?? '';
                },
            }, options.configPath ?? loader/* DEFAULT_CONFIG_PATH */.Bi);
        else {
            const configRoot = options.configPath === undefined
                ? ((await (0,repo_facts/* git */.$Y)(options.cwd, ['rev-parse', '--show-toplevel'])) ?? options.cwd)
                : options.cwd;
            config = await loadConfig(configRoot, options.configPath ?? loader/* DEFAULT_CONFIG_PATH */.Bi);
        }
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error))
            throw error;
        print(`autoheal: ${sanitizer.redact(error.message)} Nothing filed.`);
        return { skipped: 'config' };
    }
    if (!config.enabled) {
        print(`autoheal: enabled is false in ${options.configPath ?? loader/* DEFAULT_CONFIG_PATH */.Bi}; nothing analyzed or filed.`);
        return { skipped: 'disabled' };
    }
    const { site, repo, fork } = await siteOf(options, host);
    const [owner, name] = (repo ?? '/').split('/');
    const log = stderrLogger(print, env.AUTOHEAL_DEBUG === '1');
    const budget = new lib_budget/* OperationBudget */.v(WRITE_BUDGET);
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
        if (options.describe !== false)
            for (const line of describeExternal(outcome, sanitizer))
                print(line);
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
    const github = (0,github_client/* createGitHubClient */.LX)({
        token,
        apiUrl: api,
        log,
        budget,
        // One retry: the build waits for us, and --timeout bounds us anyway.
        retries: 1,
        maxRateLimitWaitSeconds: 5,
        ...(0,client_tuning/* clientTuning */.j)(env),
    });
    const trusted = options.trustedAuthors && options.trustedAuthors.length > 0
        ? [...options.trustedAuthors]
        : await (0,identity/* resolveTrustedAuthors */.o)(github, token, []);
    const outcome = await reportExternalFailure(input, {
        ...base,
        github,
        trusted,
        repoUrl: `${webBase(api)}/${owner}/${name}`,
        pause: (seconds) => systemClock.sleep(seconds * CLAIM_WAIT_MS_PER_S),
        ...(options.beforeFiling ? { beforeFiling: options.beforeFiling } : {}),
    });
    if (options.describe !== false)
        for (const line of describeExternal(outcome, sanitizer))
            print(line);
    if (outcome.notFiled)
        print(`autoheal: ${outcome.notFiled}`);
    const filed = outcome.filed;
    if (filed) {
        for (const line of filed.done)
            print(`autoheal: ${plainDone(line)}`);
        if (filed.notFiled)
            print(`autoheal: ${plainDone(filed.notFiled)}`);
        if (filed.issue)
            print(`autoheal: issue ${filed.result === 'dry-run' ? '(dry run) ' : ''}${filed.issue.url}`);
    }
    return { outcome };
}



/***/ })

};
