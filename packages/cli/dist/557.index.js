export const id = 557;
export const ids = [557];
export const modules = {

/***/ 1615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rz: () => (/* binding */ withRunnerEvent),
/* harmony export */   uA: () => (/* binding */ fetchJobAnnotations),
/* harmony export */   wT: () => (/* binding */ strongestRunnerEvent)
/* harmony export */ });
/* unused harmony exports checkRunIdOf, runnerEvent, runnerEventFinding */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4231);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);


/**
 * Check-run annotations (shared by analyze-failure and generate-fix, which must reach the same
 * verdict and fingerprint from the same run): what the runner says about a job that its log may not — it hit its time
 * limit, the machine was taken away, the runner lost touch with GitHub. The log is often cut off
 * before any of that could be written into it.
 */
/** One page: runner annotations come first, and a job with more is a linter's, already in the log. */
const PAGE = 100;
/** Kept per job, so a linter's thousand annotations cannot swell the analysis. */
const MAX_KEPT = 50;
/** The check run id at the end of a job's `check_run_url`. */
function checkRunIdOf(checkRunUrl) {
    const m = /\/check-runs\/(\d+)\/?$/.exec(checkRunUrl ?? '');
    return m ? Number(m[1]) : undefined;
}
const EVENT_RULES = [
    {
        rule: 'runner.timeout',
        pattern: /has exceeded the maximum execution time of (\d+) minutes?/i,
        category: 'timeout',
        confidence: 0.95,
        keyLine: (m) => `The job exceeded its maximum execution time of ${m[1]} minutes.`,
        facts: (m) => ({ timeoutMinutes: Number(m[1]) }),
    },
    {
        rule: 'runner.shutdown',
        pattern: /runner has received a shutdown signal/i,
        category: 'infrastructure',
        confidence: 0.9,
        keyLine: () => 'The runner received a shutdown signal.',
    },
    {
        rule: 'runner.lost',
        pattern: /lost communication with the server/i,
        category: 'infrastructure',
        confidence: 0.9,
        keyLine: () => 'The runner lost communication with the server.',
    },
    {
        rule: 'runner.disk',
        pattern: /running out of disk space|no space left on device/i,
        category: 'resource_exhaustion',
        confidence: 0.85,
        keyLine: () => 'The runner ran out of disk space.',
        facts: () => ({ resource: 'disk' }),
    },
    {
        rule: 'runner.billing',
        pattern: /account is locked due to a billing issue|spending limit needs to be increased|recent account payments have failed/i,
        category: 'infrastructure',
        confidence: 0.9,
        keyLine: () => 'The job was not started because of a billing problem or spending limit on the account.',
    },
    {
        rule: 'runner.not-acquired',
        pattern: /was not acquired by runner/i,
        category: 'infrastructure',
        confidence: 0.85,
        keyLine: () => 'No runner picked up the job.',
    },
];
function runnerEvent(annotation) {
    const text = `${annotation.title ?? ''} ${annotation.message}`;
    for (const r of EVENT_RULES) {
        const m = r.pattern.exec(text);
        if (m)
            return {
                category: r.category,
                confidence: r.confidence,
                keyLine: r.keyLine(m),
                message: annotation.message.trim(),
                rule: r.rule,
                facts: { tool: 'runner', ...(r.facts?.(m) ?? {}) },
            };
    }
    return undefined;
}
/** The runner event that best explains the job: the most confident, the first among equals. */
function strongestRunnerEvent(annotations) {
    let best;
    for (const a of annotations) {
        const e = runnerEvent(a);
        if (e && (!best || e.confidence > best.confidence))
            best = e;
    }
    return best;
}
function level(value) {
    return value === 'failure' || value === 'warning' || value === 'notice' ? value : undefined;
}
/**
 * A job's failure-level annotations (and runner warnings that explain a failure, such as running
 * out of disk), from `GET /check-runs/{id}/annotations`. A failure to read them is reported, not
 * thrown, unless it dooms every other request too.
 */
async function fetchJobAnnotations(github, repo, checkRunUrl) {
    const checkRunId = checkRunIdOf(checkRunUrl);
    if (checkRunId === undefined)
        return { annotations: [] };
    let data;
    try {
        const response = await github.rest.checks.listAnnotations({
            ...repo,
            check_run_id: checkRunId,
            per_page: PAGE,
        });
        data = response.data;
    }
    catch (error) {
        if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error))
            throw error;
        const described = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(error);
        if (['auth', 'rate-limit', 'secondary-rate-limit', 'budget'].includes(described.kind))
            throw error;
        return { annotations: [], problem: described.message };
    }
    const kept = [];
    for (const item of data) {
        if (kept.length >= MAX_KEPT)
            break;
        const a = item;
        const lvl = level(a.annotation_level);
        if (!lvl || typeof a.message !== 'string')
            continue;
        const annotation = { level: lvl, message: a.message };
        if (typeof a.title === 'string' && a.title !== '')
            annotation.title = a.title;
        if (typeof a.path === 'string' && a.path !== '')
            annotation.path = a.path;
        if (typeof a.start_line === 'number')
            annotation.startLine = a.start_line;
        if (lvl === 'failure' || runnerEvent(annotation))
            kept.push(annotation);
    }
    return { annotations: kept };
}
/** The finding a runner event stands for: it comes from the API, so it points at no log line. */
function runnerEventFinding(event, step) {
    const finding = {
        category: event.category,
        confidence: event.confidence,
        title: `${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryLabel */ .Jm)(event.category)} (runner): ${event.message}`,
        lines: [],
        keyLine: event.keyLine,
        excerpt: [],
        rule: event.rule,
        facts: { ...event.facts, ...(step ? { step } : {}) },
    };
    if (step)
        finding.step = step;
    return finding;
}
/** The runner's account leads; the log's findings stay behind it as what was happening at the time. */
function withRunnerEvent(analysis, event, step) {
    return {
        ...analysis,
        category: event.category,
        confidence: event.confidence,
        summary: `${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryLabel */ .Jm)(event.category)}: ${event.message}`,
        findings: [runnerEventFinding(event, step), ...analysis.findings],
    };
}


/***/ }),

/***/ 2309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ OperationBudget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4531);

/**
 * A per-run cap on operations (by default: writes to GitHub). When it runs out, the next
 * operation throws BudgetExhaustedError before anything is sent, so a run stops between two
 * whole operations and can say what it left undone.
 */
class OperationBudget {
    limit;
    spent = 0;
    refused = [];
    constructor(limit) {
        if (!Number.isInteger(limit) || limit < 0)
            throw new RangeError(`budget limit must be an integer ≥ 0, got ${limit}`);
        this.limit = limit;
    }
    get used() {
        return this.spent;
    }
    get remaining() {
        return this.limit - this.spent;
    }
    /** Operations that were refused, in order, as their callers described them. */
    get undone() {
        return this.refused;
    }
    /** True when `count` more operations fit: callers check before a unit of work that needs several writes. */
    canAfford(count = 1) {
        return this.spent + count <= this.limit;
    }
    /** Spend one operation, or throw (recording `what` as undone) when none is left. */
    consume(what) {
        if (this.spent >= this.limit) {
            this.refused.push(what);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetExhaustedError */ .X0(this.limit, what);
        }
        this.spent += 1;
    }
    /** Record work skipped for lack of budget without attempting it (shown in the summary). */
    skip(what) {
        this.refused.push(what);
    }
}


/***/ }),

/***/ 6069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ clientTuning)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4531);

function knob(env, name) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^\d{1,7}$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Environment variable ${name} must be a whole number of milliseconds; got "${raw.slice(0, 20)}".`);
    return Number(raw);
}
/**
 * Test-only knobs: `AUTOHEAL_WAIT_SCALE_MS` (milliseconds per second of retry back-off and
 * `retry-after`) and `AUTOHEAL_WRITE_PACING_MS` (gap between writes), so end-to-end tests of a
 * bundle do not sit out GitHub's real waits. Unset in real workflows. Passed to `createGitHubClient`.
 */
function clientTuning(env) {
    const tuning = {};
    const wait = knob(env, 'AUTOHEAL_WAIT_SCALE_MS');
    if (wait !== undefined)
        tuning.waitScaleMs = wait;
    const pacing = knob(env, 'AUTOHEAL_WRITE_PACING_MS');
    if (pacing !== undefined)
        tuning.pacing = { writeMs: pacing, notifyMs: pacing };
    return tuning;
}


/***/ }),

/***/ 6289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ takeClaim),
/* harmony export */   qj: () => (/* binding */ releaseClaim)
/* harmony export */ });
/* unused harmony export claimRefName */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4231);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9187);
/**
 * Claims: which of several runs racing to file one failure creates its issue. Creating a git ref
 * is atomic on GitHub (a second create of the same name answers 422 "Reference already exists"),
 * so `refs/autoheal/claims/<fingerprint>` goes to exactly one run. The ref lives outside
 * `refs/heads` and `refs/tags`, so it shows up in no branch list and triggers no workflow. It
 * points at the failing run's head commit (any existing commit would do; that one is at hand).
 * It is deleted when the issue is closed as fixed; a claim that outlives its run (the run died
 * between claiming and filing) is taken over by the next run that finds no issue after waiting.
 */


/** A fingerprint is hex; anything else would not be a safe ref component. */
const SAFE = /^[0-9a-f]{8,64}$/;
function claimRefName(fingerprint) {
    return SAFE.test(fingerprint) ? `refs/autoheal/claims/${fingerprint}` : undefined;
}
function alreadyExists(error) {
    if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error) || error.status !== 422)
        return false;
    const data = error.response?.data;
    return typeof data?.message === 'string' && /already exists/i.test(data.message);
}
/**
 * Try to take the claim. `unavailable` when the claim cannot be used at all: the token may not
 * write refs (403/404), the commit is unknown to this repository (a fork's), or the fingerprint is
 * not hex; the caller then falls back to rechecking before it creates.
 */
async function takeClaim(d, fingerprint, sha) {
    const ref = claimRefName(fingerprint);
    if (!ref || d.dryRun || !/^[0-9a-f]{40}$/i.test(sha))
        return 'unavailable';
    try {
        // Other runs of this failure point their claim at the same commit, so after a lost answer an
        // "already exists" cannot tell our claim from theirs: the client must report it, not call it ours.
        await d.github.rest.git.createRef({
            owner: d.owner,
            repo: d.repo,
            ref,
            sha,
            request: { [_write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_REF_TARGET */ .il]: true },
        });
        return 'won';
    }
    catch (error) {
        if (alreadyExists(error))
            return 'lost';
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error) && [403, 404, 422].includes(error.status)) {
            d.log.info(`Could not take the claim ${ref} (${error.status}); filing without it, with a recheck instead.`);
            return 'unavailable';
        }
        throw error;
    }
}
/** Delete the claim (after the issue closed, or when it is stale); one already gone is fine. */
async function releaseClaim(d, fingerprint) {
    const ref = claimRefName(fingerprint);
    if (!ref)
        return;
    try {
        await d.github.rest.git.deleteRef({ owner: d.owner, repo: d.repo, ref: ref.slice('refs/'.length) });
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error) && [404, 422].includes(error.status))
            return;
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error) && error.status === 403) {
            d.log.info(`Could not delete the claim ${ref} (403).`);
            return;
        }
        throw error;
    }
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ greenAgainComment),
/* harmony export */   Fb: () => (/* binding */ seenAgainComment),
/* harmony export */   HS: () => (/* binding */ RunLinks),
/* harmony export */   Ir: () => (/* binding */ keyLinesBlock),
/* harmony export */   Jr: () => (/* binding */ readFailureMarker),
/* harmony export */   Nd: () => (/* binding */ seenOn),
/* harmony export */   OW: () => (/* binding */ stepUrl),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   X8: () => (/* binding */ failedStepNumber),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   j8: () => (/* binding */ duplicateComment),
/* harmony export */   nQ: () => (/* binding */ OCCURRENCE_KIND),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   of: () => (/* binding */ withOccurrence),
/* harmony export */   rc: () => (/* binding */ mergeBranches),
/* harmony export */   sk: () => (/* binding */ nextStep),
/* harmony export */   tU: () => (/* binding */ reopenComment),
/* harmony export */   vl: () => (/* binding */ occurrenceRecord),
/* harmony export */   y6: () => (/* binding */ issueBody)
/* harmony export */ });
/* unused harmony exports FAILURE_KIND, RESOLVED_KIND, DUPLICATE_KIND, parseBranches, renderFailureMarker, formatTime, shortCause, occurrenceLine, factLines */
/* harmony import */ var _analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9810);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1757);
/* harmony import */ var _own_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);



const FAILURE_KIND = 'failure';
const OCCURRENCE_KIND = 'occurrence';
const RESOLVED_KIND = 'resolved';
const DUPLICATE_KIND = 'duplicate';
/** At most this many branches are remembered on one issue (the oldest are dropped first). */
const MAX_BRANCHES = 20;
const SHA_TEXT = /^[0-9a-f]{7,64}$/i;
function isTime(value) {
    return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}
/** The branch list of a marker field: JSON written by us, but read defensively (a body can be edited). */
function parseBranches(raw) {
    if (raw === undefined || raw.length > 20_000)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    const out = [];
    for (const item of parsed.slice(0, MAX_BRANCHES)) {
        if (!Array.isArray(item))
            continue;
        const [branch, failedAt, sha] = item;
        if (typeof branch !== 'string' || branch === '' || branch.length > 255 || !isTime(failedAt))
            continue;
        out.push({ branch, failedAt, sha: typeof sha === 'string' && SHA_TEXT.test(sha) ? sha : '' });
    }
    return out;
}
function parseCleared(raw) {
    // Keyed by branch names anyone may choose: no prototype, so `__proto__` is stored and `constructor` is not found.
    const out = Object.create(null);
    if (raw === undefined || raw.length > 20_000)
        return out;
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return out;
    }
    if (!Array.isArray(parsed))
        return out;
    for (const item of parsed.slice(0, MAX_BRANCHES)) {
        if (!Array.isArray(item))
            continue;
        const [branch, at] = item;
        if (typeof branch === 'string' && branch !== '' && branch.length <= 255 && isTime(at))
            out[branch] = at;
    }
    return out;
}
/**
 * `seen` merged into `list`: one entry per branch, the newer failure winning; an entry no newer
 * than its branch's clearing green run is dropped. Newest first, at most MAX_BRANCHES.
 */
function mergeBranches(list, seen, cleared = {}) {
    const by = new Map();
    for (const entry of [...list, ...seen]) {
        const clearedAt = (0,_own_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .ownEntry */ .P)(cleared, entry.branch);
        if (clearedAt !== undefined && Date.parse(entry.failedAt) <= Date.parse(clearedAt))
            continue;
        const known = by.get(entry.branch);
        if (!known || Date.parse(entry.failedAt) > Date.parse(known.failedAt))
            by.set(entry.branch, entry);
    }
    return [...by.values()]
        .sort((a, b) => Date.parse(b.failedAt) - Date.parse(a.failedAt))
        .slice(0, MAX_BRANCHES);
}
function renderFailureMarker(marker) {
    const o = marker.occurrence;
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarker */ .Bd)({
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
function whole(value, fallback) {
    return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : fallback;
}
/**
 * The failure marker of a body, or undefined when it has none. Says nothing about whether the
 * body's author may be trusted: callers check that first (isTrustedMarkerSource).
 */
function readFailureMarker(body) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(body, FAILURE_KIND);
    const f = marker?.fields;
    if (!f?.fingerprint)
        return undefined;
    const firstRun = whole(f['first-run'], 0);
    const branch = f.branch ?? '';
    const lastSeen = f['last-seen'] ?? f['first-seen'] ?? '';
    // A marker from before `branches` knows one branch and when the failure was last seen there.
    const branches = parseBranches(f.branches) ??
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
function commentMarker(body, kind) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(body, kind)?.fields;
}
// ---------------------------------------------------------------------------------------------
// Links
/** Web links of a run's repository, derived from the run's own URL so GHES hosts work too. */
class RunLinks {
    repoUrl;
    /** A failure outside Actions: its run ids are stand-ins with no Actions page to link to. */
    external;
    constructor(run) {
        const m = /^(https?:\/\/[^\s]+?)\/actions\/runs\/\d+/.exec(run.htmlUrl);
        const external = safeUrl(run.external?.repoUrl);
        this.repoUrl = external ?? (m ? m[1] : `https://github.com/${run.owner}/${run.repo}`);
        this.external = run.external !== undefined;
    }
    run(id, attempt) {
        return attempt === undefined
            ? `${this.repoUrl}/actions/runs/${id}`
            : `${this.repoUrl}/actions/runs/${id}/attempts/${attempt}`;
    }
    commit(sha) {
        return `${this.repoUrl}/commit/${sha}`;
    }
    issue(number) {
        return `${this.repoUrl}/issues/${number}`;
    }
}
/** A URL we may put in `(…)` of a markdown link: http(s), no blanks or brackets that would end it early. */
function safeUrl(url) {
    return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : undefined;
}
/** `[text](url)`; `text` must already be inline-safe. Plain text when the URL is not usable. */
function link(text, url) {
    const safe = safeUrl(url);
    return safe ? `[${text}](${safe})` : text;
}
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : '';
}
/** `2024-05-01T12:03:09Z` → `2024-05-01 12:03 UTC`. */
function formatTime(iso) {
    const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
    return m ? `${m[1]} ${m[2]} UTC` : 'an unknown time';
}
function shorten(text, max) {
    const t = text.trim().replace(/\s+/g, ' ');
    return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
// ---------------------------------------------------------------------------------------------
// Title
/** The cause in a few words: the category and the start of the key line. */
function shortCause(verdict) {
    const label = (0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.category);
    const key = verdict.keyLine.trim();
    if (key !== '')
        return `${label}: ${shorten(key, 90)}`;
    const job = verdict.primary.job;
    if (job.logStatus === 'expired' || job.logStatus === 'unavailable')
        return `${label} (logs ${job.logStatus})`;
    return label;
}
/** `[autoheal] <workflow> · <job>: <short cause>`, sanitized as a title (≤ 256 characters). */
function issueTitle(s, run, verdict) {
    return s.title(`[autoheal] ${run.workflowName} · ${verdict.primary.job.name}: ${shortCause(verdict)}`);
}
const OCCURRENCE_PREFIX = '**Occurrences:**';
const MAX_KEY_LINES = 40;
const MAX_KEY_CHARS = 6000;
const MAX_LISTED = 10;
/** The visible line that mirrors the marker's counts; replaced whenever they change. */
function occurrenceLine(occurrence, links) {
    const o = occurrence;
    if (links.external)
        return `${OCCURRENCE_PREFIX} ${o.count} · first seen ${formatTime(o.firstSeen)} · last seen ${formatTime(o.lastSeen)}`;
    const first = link(`run ${o.firstRun}`, links.run(o.firstRun));
    const last = link(`run ${o.lastRun}, attempt ${o.lastAttempt}`, links.run(o.lastRun, o.lastAttempt));
    return (`${OCCURRENCE_PREFIX} ${o.count} · first seen ${formatTime(o.firstSeen)} in ${first}` +
        ` · last seen ${formatTime(o.lastSeen)} in ${last}`);
}
/** The API's step number for a finding's step: by name among the failed steps, else the first failed one. */
function failedStepNumber(job, stepName) {
    const named = stepName === undefined ? undefined : job.failedSteps.find((st) => st.name === stepName);
    return (named ?? job.failedSteps[0])?.number;
}
/** The job page scrolled to a step: GitHub's `#step:<n>:<line>` anchor (line 1 when the line is not known). */
function stepUrl(job, stepNumber) {
    if (stepNumber === undefined || !safeUrl(job.htmlUrl))
        return undefined;
    return `${job.htmlUrl}#step:${stepNumber}:1`;
}
function lineSpan(finding) {
    const first = finding.lines[0];
    const last = finding.lines[finding.lines.length - 1];
    if (!first || !last)
        return '';
    return first.start === last.end
        ? ` (line ${first.start} of the job log)`
        : ` (lines ${first.start}–${last.end} of the job log)`;
}
/** The key lines of a finding, as a fenced block the text cannot close, redacted and capped. */
function keyLinesBlock(s, finding) {
    const lines = finding.excerpt.slice(0, MAX_KEY_LINES).map((l) => l.text);
    if (finding.excerpt.length > MAX_KEY_LINES)
        lines.push(`… ${finding.excerpt.length - MAX_KEY_LINES} more lines in the job log`);
    const text = lines.length > 0 ? lines.join('\n') : finding.keyLine;
    return s.code(text, 'text', MAX_KEY_CHARS);
}
/** Facts as list items; every value is untrusted log text. */
function factLines(s, facts) {
    if (!facts)
        return [];
    const out = [];
    const add = (label, value) => {
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
        for (const t of tests.slice(0, MAX_LISTED))
            out.push(`  - ${s.inline(t, 300)}`);
        if (tests.length > MAX_LISTED)
            out.push(`  - … and ${tests.length - MAX_LISTED} more`);
    }
    const locations = facts.locations ?? [];
    if (locations.length > 0) {
        out.push(`- Locations (${locations.length}):`);
        for (const l of locations.slice(0, MAX_LISTED)) {
            const where = `${l.file}${l.line === undefined ? '' : `:${l.line}`}${l.column === undefined ? '' : `:${l.column}`}`;
            out.push(`  - ${s.inline(where, 300)}${l.message ? ` — ${s.inline(l.message, 300)}` : ''}`);
        }
        if (locations.length > MAX_LISTED)
            out.push(`  - … and ${locations.length - MAX_LISTED} more`);
    }
    return out;
}
/** What a maintainer should try first, by category, naming what the facts name. */
function nextStep(s, category, facts = {}) {
    const q = (value, fallback) => value === undefined || String(value).trim() === '' ? fallback : `"${s.inline(String(value), 200)}"`;
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
function jobLine(s, verdict) {
    const job = verdict.job;
    const name = link(s.inline(job.name, 200), job.htmlUrl);
    const key = verdict.analysis.findings[0]?.keyLine ?? '';
    return `- ${name}: ${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.analysis.category)}${key ? ` — ${s.inline(shorten(key, 200))}` : ''}`;
}
/** The issue body without its marker: what failed and where, the key lines, facts, a next step. */
function bodyMarkdown(s, input, links) {
    const { run, gathered, verdict } = input;
    const primary = verdict.primary;
    const job = primary.job;
    const finding = primary.analysis.findings[0];
    const stepName = finding?.step ?? primary.analysis.stats.failingStep;
    const stepNo = failedStepNumber(job, stepName);
    const out = [];
    out.push(occurrenceLine(input.occurrence, links), '');
    out.push(`### ${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.category)} in ${s.inline(run.workflowName, 200)} · ${s.inline(job.name, 200)}`, '');
    out.push('| | |', '| --- | --- |');
    out.push(`| Run | ${link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))} |`);
    out.push(`| Job | ${link(s.inline(job.name, 200), job.htmlUrl)} |`);
    if (stepName !== undefined || stepNo !== undefined) {
        const text = s.inline(stepName ?? `step ${stepNo}`, 200);
        out.push(`| Step | ${link(text, stepUrl(job, stepNo))} |`);
    }
    const sha = shortSha(run.headSha);
    if (sha)
        out.push(`| Commit | ${link(sha, links.commit(run.headSha))} |`);
    if (run.headBranch)
        out.push(`| Branch | ${s.inline(run.headBranch, 200)} |`);
    const who = run.actor ? s.inline(run.actor, 100) : 'unknown';
    out.push(`| Triggered by | ${who} (${s.inline(run.event, 50)}) |`);
    out.push(`| Category | ${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)} |`);
    out.push(`| Workflow file | ${s.inline(run.workflowPath, 200)} |`);
    out.push('');
    if (run.attempt > 1)
        out.push(`This is attempt ${run.attempt} of the run: it was re-run ${run.attempt - 1} time${run.attempt > 2 ? 's' : ''} and failed again, so the failure is not a one-off.`, '');
    if (finding) {
        out.push(`#### Key lines${lineSpan(finding)}`, '', keyLinesBlock(s, finding), '');
    }
    if (job.logStatus !== 'ok' && job.logStatus !== 'not-fetched') {
        out.push(`The job's log could not be read: ${s.inline(job.logProblem ?? `logs ${job.logStatus}`, 300)}`, '');
    }
    // The runner's "Process completed with exit code N." restates the exit code the facts already
    // give, and GitHub files it under the meaningless path `.github`: it says nothing new.
    const annotations = job.annotations
        .filter((a) => a.level === 'failure' && !/^Process completed with exit code \d+\.?$/.test(a.message.trim()))
        .slice(0, 5);
    if (annotations.length > 0) {
        out.push('#### Annotations', '');
        for (const a of annotations) {
            const where = a.path && a.path !== '.github'
                ? ` (${s.inline(`${a.path}${a.startLine ? `:${a.startLine}` : ''}`, 200)})`
                : '';
            out.push(`- ${s.inline(a.title ? `${a.title}: ${a.message}` : a.message, 400)}${where}`);
        }
        out.push('');
    }
    const facts = factLines(s, finding?.facts);
    if (facts.length > 0)
        out.push('#### Facts', '', ...facts, '');
    out.push('#### Suggested next step', '', nextStep(s, verdict.category, finding?.facts), '');
    const others = verdict.jobs.filter((j) => j.job.id !== job.id);
    if (others.length > 0 || gathered.skippedJobs.length > 0) {
        out.push('#### Other failed jobs', '');
        for (const other of others.slice(0, MAX_LISTED))
            out.push(jobLine(s, other));
        if (others.length > MAX_LISTED)
            out.push(`- … and ${others.length - MAX_LISTED} more analyzed`);
        if (gathered.skippedJobs.length > 0) {
            const names = gathered.skippedJobs.slice(0, MAX_LISTED).map((j) => s.inline(j.name, 100));
            out.push(`- Not analyzed (over max-jobs): ${names.join(', ')}${gathered.skippedJobs.length > MAX_LISTED ? ', …' : ''}`);
        }
        out.push('');
    }
    if (gathered.baseline) {
        const b = gathered.baseline;
        out.push(`Compared with the last green ${link(`run ${b.runId}`, b.htmlUrl)} on ${s.inline(b.branch, 200)}: lines that also appear there are not shown as news.`, '');
    }
    out.push(`<sub>Filed by autoheal analyze-failure. Fingerprint ${verdict.fingerprint.slice(0, 64)}: later runs with the same failure comment here instead of opening a new issue. Tune this in .github/autoheal.yml.</sub>`);
    return out.join('\n');
}
/** Cap on a captured stack shown in an issue: the frames that matter come first. */
const MAX_CAPTURED_CHARS = 6000;
/**
 * The issue body of a failure outside GitHub Actions: where it ran (provider, run, branch,
 * commit), what ran (command, exit), the key lines and facts, and for a Node program's crash its
 * error and stack. Same marker, occurrence line and closing words as an Actions failure.
 */
function externalBodyMarkdown(s, input, ext, links) {
    const { run, verdict } = input;
    const finding = verdict.primary.analysis.findings[0];
    const out = [];
    out.push(occurrenceLine(input.occurrence, links), '');
    const what = ext.error ? `Uncaught ${s.inline(ext.error.type, 100)}` : (0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.category);
    const where = ext.error ? verdict.primary.job.name : (ext.ciJob ?? ext.command);
    out.push(`### ${what} in ${s.inline(where, 200)} (${s.inline(ext.provider, 100)})`, '');
    out.push('| | |', '| --- | --- |');
    out.push(`| Where | ${s.inline(ext.provider, 100)}: ${link(s.inline(ext.label, 200), ext.runUrl)} |`);
    if (ext.ciJob)
        out.push(`| Job | ${s.inline(ext.ciJob, 200)} |`);
    out.push(`| Command | ${s.inline(ext.command, 500)} |`);
    if (ext.signal)
        out.push(`| Ended by | signal ${s.inline(ext.signal, 20)} |`);
    else if (ext.exitCode !== undefined && ext.exitCode !== null)
        out.push(`| Exit code | ${ext.exitCode} |`);
    const sha = shortSha(run.headSha);
    if (sha)
        out.push(`| Commit | ${link(sha, links.commit(run.headSha))} |`);
    if (run.headBranch)
        out.push(`| Branch | ${s.inline(run.headBranch, 200)} |`);
    if (ext.error?.runtime)
        out.push(`| Runtime | ${s.inline(ext.error.runtime, 200)} |`);
    out.push(`| Category | ${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryLabel */ .Jm)(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)} |`);
    out.push('');
    if (ext.error) {
        out.push('#### Error', '', s.code(`${ext.error.type}: ${ext.error.message}`, 'text', 2000), '');
        if (ext.error.stack)
            out.push('#### Stack', '', s.code(ext.error.stack, 'text', MAX_CAPTURED_CHARS), '');
        if (finding && finding.excerpt.length > 0)
            out.push('#### Last lines the program wrote', '', keyLinesBlock(s, finding), '');
    }
    else if (finding) {
        out.push(`#### Key lines${lineSpan(finding).replace('the job log', 'the output')}`, '', keyLinesBlock(s, finding), '');
    }
    const facts = factLines(s, finding?.facts);
    if (facts.length > 0)
        out.push('#### Facts', '', ...facts, '');
    // A crash the analyzer cannot name still has a place to start: its stack.
    const step = ext.error && verdict.category === 'unknown'
        ? 'Run the command above again; the first frame of the stack inside your own code is where the error was thrown.'
        : nextStep(s, verdict.category, finding?.facts);
    out.push('#### Suggested next step', '', step, '');
    out.push(`<sub>Filed by autoheal ${ext.error ? 'captureErrors' : 'run'}. Fingerprint ${verdict.fingerprint.slice(0, 64)}: later failures with the same cause comment here instead of opening a new issue. Tune this in .github/autoheal.yml.</sub>`);
    return out.join('\n');
}
/** This run's entry for the branch list: its `created_at` (else `fallbackTime`) and head commit. */
function seenOn(run, fallbackTime) {
    return {
        branch: run.headBranch ?? '',
        failedAt: run.createdAt ?? fallbackTime,
        sha: SHA_TEXT.test(run.headSha) ? run.headSha : '',
    };
}
/** The marker, then the body. The body passes the sanitizer whole; the marker is added after. */
function issueBody(s, input) {
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
function withOccurrence(body, marker, links) {
    const lines = body.split(/\r?\n/);
    const found = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(body, FAILURE_KIND);
    const rendered = renderFailureMarker(marker);
    const occurrence = occurrenceLine(marker.occurrence, links);
    if (!found)
        return `${rendered}\n${occurrence}\n\n${lines.join('\n')}`;
    const at = found.line - 1;
    lines[at] = rendered;
    const existing = lines.findIndex((l, i) => i > at && l.startsWith(OCCURRENCE_PREFIX));
    if (existing >= 0)
        lines[existing] = occurrence;
    else
        lines.splice(at + 1, 0, occurrence, '');
    return lines.join('\n');
}
function whereRan(s, run, links) {
    const ext = run.external;
    const parts = ext
        ? [`${link(s.inline(ext.label, 200), ext.runUrl)} (${s.inline(ext.provider, 100)})`]
        : [link(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))];
    if (run.headBranch)
        parts.push(`on ${s.inline(run.headBranch, 200)}`);
    const sha = shortSha(run.headSha);
    if (sha)
        parts.push(`at ${link(sha, links.commit(run.headSha))}`);
    return parts.join(' ');
}
function occurrenceMarker(fingerprint, run, seenAt) {
    const seen = seenOn(run, seenAt);
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarker */ .Bd)({
        kind: OCCURRENCE_KIND,
        fingerprint,
        run: String(run.id),
        attempt: String(run.attempt),
        // What the issue's branch list needs, so it can be rebuilt from the comments after a race.
        ...(seen.branch === '' ? {} : { branch: seen.branch, 'failed-at': seen.failedAt, sha: seen.sha }),
    });
}
/** The occurrence a comment's marker fields record, when they are well-formed. */
function occurrenceRecord(fields) {
    if (!fields)
        return undefined;
    const run = whole(fields.run, 0);
    const attempt = whole(fields.attempt, 0);
    if (run <= 0 || attempt <= 0)
        return undefined;
    const record = { run, attempt };
    const branch = fields.branch;
    const failedAt = fields['failed-at'];
    if (branch && branch.length <= 255 && isTime(failedAt))
        record.seen = { branch, failedAt, sha: fields.sha && SHA_TEXT.test(fields.sha) ? fields.sha : '' };
    return record;
}
/** "Seen again in run …": one per occurrence, marked with the run so a re-run never posts it twice. */
function seenAgainComment(s, input) {
    const links = new RunLinks(input.run);
    const job = input.run.external ? undefined : input.verdict?.primary.job;
    const jobText = job ? ` Job: ${link(s.inline(job.name, 200), job.htmlUrl)}.` : '';
    const text = `Seen again in ${whereRan(s, input.run, links)}.${jobText} That makes ${input.occurrence.count} occurrences.`;
    return `${occurrenceMarker(input.fingerprint, input.run, input.occurrence.lastSeen)}\n${s.body(text)}`;
}
/** The comment on a closed issue reopened because its failure came back. */
function reopenComment(s, input) {
    const links = new RunLinks(input.run);
    const closed = input.closedAt ? ` It was closed ${formatTime(input.closedAt)}.` : '';
    const text = `Reopened: the same failure happened again in ${whereRan(s, input.run, links)}.${closed}` +
        ` That makes ${input.occurrence.count} occurrences.`;
    return `${occurrenceMarker(input.fingerprint, input.run, input.occurrence.lastSeen)}\n${s.body(text)}`;
}
/** The comment before closing an issue whose workflow is green again on its branch. */
function greenAgainComment(s, input) {
    const links = new RunLinks(input.run);
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarker */ .Bd)({
        kind: RESOLVED_KIND,
        fingerprint: input.fingerprint,
        run: String(input.run.id),
    });
    const reopen = input.reopenDays > 0
        ? ` If the same failure comes back within ${input.reopenDays} days, autoheal reopens this issue.`
        : '';
    return `${marker}\n${s.body(`Green again in ${whereRan(s, input.run, links)}: closing.${reopen}`)}`;
}
/** The comment on an issue closed because a concurrent run filed the same failure first. */
function duplicateComment(s, input) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarker */ .Bd)({
        kind: DUPLICATE_KIND,
        fingerprint: input.fingerprint,
        of: String(input.canonical),
    });
    const text = `Another autoheal run filed the same failure at the same moment as ${link(`issue ${input.canonical}`, input.canonicalUrl)}; closing this one as its duplicate.`;
    return `${marker}\n${s.body(text)}`;
}


/***/ }),

/***/ 7633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t1: () => (/* binding */ closeResolved),
  fE: () => (/* binding */ fileFailure),
  o2: () => (/* reexport */ identity/* resolveTrustedAuthors */.o)
});

// UNUSED EXPORTS: ACTIONS_BOT, createdSince, derivedOccurrence, listLabelledIssues, sameFailure, sameSite

// EXTERNAL MODULE: ./packages/core/lib/github-errors.js
var github_errors = __webpack_require__(4231);
// EXTERNAL MODULE: ./packages/core/lib/markers.js
var markers = __webpack_require__(1757);
// EXTERNAL MODULE: ./packages/core/lib/filing/claims.js
var claims = __webpack_require__(6289);
// EXTERNAL MODULE: ./packages/core/lib/filing/issue-body.js
var issue_body = __webpack_require__(3578);
;// CONCATENATED MODULE: ./packages/core/lib/filing/labels.js

/** The labels of an issue for `category`, in order, without case-insensitive repeats. */
function issueLabels(names, category) {
    const specs = [
        { name: names.base, color: 'b60205', description: 'A CI failure diagnosed by autoheal' },
        {
            name: `${names.categoryPrefix}${category}`,
            color: 'fbca04',
            description: `autoheal: ${category.replace(/_/g, ' ')} failures`,
        },
        ...names.extra.map((name) => ({ name, color: 'ededed', description: 'Added by autoheal' })),
    ];
    const seen = new Set();
    return specs.filter((spec) => {
        const key = spec.name.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The labels that do not exist yet. `known` holds names (lower-cased) already seen on issues,
 * which exist for sure: asking about them again would only cost requests.
 */
async function missingLabels(d, wanted, known) {
    const missing = [];
    for (const spec of wanted) {
        if (known.has(spec.name.toLowerCase()))
            continue;
        try {
            await d.github.rest.issues.getLabel({ owner: d.owner, repo: d.repo, name: spec.name });
        }
        catch (error) {
            if ((0,github_errors/* isRequestError */.eK)(error) && error.status === 404)
                missing.push(spec);
            else
                throw error;
        }
    }
    return missing;
}
function alreadyExists(error) {
    if (!(0,github_errors/* isRequestError */.eK)(error) || error.status !== 422)
        return false;
    const errors = error.response?.data?.errors;
    return (Array.isArray(errors) && errors.some((e) => e?.code === 'already_exists'));
}
/**
 * The labels that may be missing: those not seen on any issue. Filing creates them without asking
 * first (a label that exists answers 422 already_exists, taken as success), which saves one
 * lookup per label on the common path.
 */
function unseenLabels(wanted, known) {
    return wanted.filter((spec) => !known.has(spec.name.toLowerCase()));
}
/** Creates the labels; one that already exists (422 already_exists) is not counted as created. */
async function createLabels(d, labels) {
    const created = [];
    for (const spec of labels) {
        try {
            await d.github.rest.issues.createLabel({ owner: d.owner, repo: d.repo, ...spec });
            created.push(spec.name);
        }
        catch (error) {
            if (!alreadyExists(error))
                throw error;
            d.log.debug(`Label "${spec.name}" was created by someone else meanwhile.`);
        }
    }
    return created;
}

// EXTERNAL MODULE: ./packages/core/lib/identity.js
var identity = __webpack_require__(7642);
;// CONCATENATED MODULE: ./packages/core/lib/filing/issues.js
/**
 * Filing a failure as exactly one issue. Earlier issues are found by their hidden marker through
 * the issues list API (search lags behind and would let duplicates through), and only markers in
 * bodies written by a trusted login count. An open issue with the same fingerprint gets a comment
 * and a new occurrence count; a recently closed one is reopened; otherwise a new issue is filed,
 * within the hourly cap. Runs racing to file the same failure converge on the lowest-numbered
 * issue: each rechecks just before creating, and lists again right after.
 */





const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Writes kept in reserve when filing, so a duplicate found after creating can still be closed. */
const DUPLICATE_RESERVE = 2;
/** The login GitHub shows as the author of what GITHUB_TOKEN posts. */

// ---------------------------------------------------------------------------------------------
// Who we are

// ---------------------------------------------------------------------------------------------
// Reading issues
function trusted(d, login) {
    return (0,markers/* isTrustedMarkerSource */.Br)(login, d.trusted);
}
/** Issues (not pull requests) carrying `label`, every page. */
async function listLabelledIssues(d, options) {
    const items = await d.github.paginate(d.github.rest.issues.listForRepo, {
        owner: d.owner,
        repo: d.repo,
        labels: options.label,
        state: options.state,
        per_page: 100,
        ...(options.since === undefined ? {} : { since: options.since }),
    });
    const out = [];
    for (const item of items) {
        if (item.pull_request)
            continue;
        const author = item.user?.login ?? null;
        const body = item.body ?? '';
        const record = {
            number: item.number,
            htmlUrl: item.html_url,
            title: item.title,
            state: item.state === 'closed' ? 'closed' : 'open',
            stateReason: item.state_reason ?? null,
            author,
            body,
            createdAt: item.created_at,
            closedAt: item.closed_at ?? null,
            labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
        };
        const marker = trusted(d, author) ? (0,issue_body/* readFailureMarker */.Jr)(body) : undefined;
        if (marker)
            record.marker = marker;
        out.push(record);
    }
    return out;
}
/** Trusted issues of this fingerprint, lowest number first. */
function sameFailure(list, fingerprint) {
    return list.filter((i) => i.marker?.fingerprint === fingerprint).sort((a, b) => a.number - b.number);
}
/** Trusted autoheal issues created at or after `sinceMs`, each counted once. */
function createdSince(lists, sinceMs) {
    const numbers = new Set();
    for (const list of lists)
        for (const i of list)
            if (i.marker && Date.parse(i.createdAt) >= sinceMs)
                numbers.add(i.number);
    return numbers.size;
}
function ref(issue) {
    return { number: issue.number, url: issue.htmlUrl };
}
function issueLink(issue) {
    return (0,issue_body/* link */.nf)(`issue ${issue.number}`, issue.htmlUrl);
}
function iso(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** Files the verdict: comment on the open issue, reopen a recently closed one, or create one. */
async function fileFailure(d, input) {
    const fingerprint = input.verdict.fingerprint;
    const fixed = await alreadyGreen(d, input.run, input.gathered.newerGreen);
    if (fixed)
        return fixed;
    const open = await listLabelledIssues(d, { label: input.labels.base, state: 'open' });
    const existing = sameFailure(open, fingerprint)[0];
    if (existing)
        return recordOccurrence(d, input, existing, 'seen');
    // A failure first filed without its log (another fingerprint) is found by where it happened.
    const site = sameSite(open, input);
    if (site && !input.verdict.degraded && site.marker?.degraded)
        return upgradeDegraded(d, input, site);
    if (site && input.verdict.degraded)
        return recordOccurrence(d, input, site, 'seen');
    const now = d.clock.now();
    // One list serves both the reopen window and the hourly cap: closing an issue updates it, so
    // everything closed (or created) within the window was updated within it.
    const since = now - Math.max(input.reopenDays * DAY_MS, HOUR_MS);
    const closed = await listLabelledIssues(d, {
        label: input.labels.base,
        state: 'closed',
        since: iso(since),
    });
    const windowStart = now - input.reopenDays * DAY_MS;
    const reopenable = sameFailure(closed, fingerprint)
        .filter((i) => i.stateReason !== 'duplicate' && i.closedAt !== null && Date.parse(i.closedAt) >= windowStart)
        .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
    if (reopenable && input.reopenDays > 0) {
        const clearedAt = reopenable.marker?.cleared?.[input.run.headBranch ?? ''];
        if (clearedAt && input.run.createdAt && Date.parse(input.run.createdAt) <= Date.parse(clearedAt))
            return {
                result: 'skipped',
                issue: ref(reopenable),
                done: [
                    `This failure is older than the green run that closed ${issueLink(reopenable)}; it stays closed.`,
                ],
            };
        return recordOccurrence(d, input, reopenable, 'reopen');
    }
    return createIssue(d, input, open, closed);
}
/**
 * The open issue of this failure's site (workflow, job, step) that the verdict could be a fuller or
 * a poorer account of: a degraded issue of the same run attempt or site for a full verdict, a full
 * issue of the same site for a degraded one. Lowest number first.
 */
function sameSite(list, input) {
    const { run, verdict } = input;
    return list
        .filter((i) => {
        const m = i.marker;
        if (!m || m.fingerprint === verdict.fingerprint || m.workflowPath !== run.workflowPath)
            return false;
        if (verdict.degraded)
            return !m.degraded && m.site !== undefined && m.site === verdict.site;
        if (!m.degraded)
            return false;
        const sameAttempt = m.occurrence.firstRun === run.id && m.occurrence.firstAttempt === run.attempt;
        return sameAttempt || (m.site !== undefined && m.site === verdict.site);
    })
        .sort((a, b) => a.number - b.number)[0];
}
/**
 * A full analysis takes over the issue a degraded one filed ("its log could not be read"): new
 * title, body and category label, the occurrences and branches kept, the old fingerprint kept as
 * `formerly` so its comments still count. Then, when this is another run, its occurrence.
 */
async function upgradeDegraded(d, input, issue) {
    const { run, verdict } = input;
    const old = issue.marker;
    const title = (0,issue_body/* issueTitle */.al)(d.sanitizer, run, verdict);
    const sameAttempt = old.occurrence.firstRun === run.id && old.occurrence.firstAttempt === run.attempt;
    const marker = {
        ...old,
        fingerprint: verdict.fingerprint,
        ...(verdict.site === undefined ? {} : { site: verdict.site }),
        degraded: false,
        formerly: old.fingerprint,
    };
    const fresh = (0,issue_body/* issueBody */.y6)(d.sanitizer, {
        run,
        gathered: input.gathered,
        verdict,
        occurrence: old.occurrence,
    });
    const body = (0,issue_body/* withOccurrence */.of)(fresh, marker, new issue_body/* RunLinks */.HS(run));
    // The category label follows the new category; the base, extra and maintainers' labels stay.
    const prefix = input.labels.categoryPrefix.toLowerCase();
    const wanted = issueLabels(input.labels, verdict.category);
    const kept = issue.labels.filter((l) => !l.toLowerCase().startsWith(prefix) || l.toLowerCase() === input.labels.base.toLowerCase());
    const names = [...new Set([...kept, ...wanted.map((l) => l.name)])];
    const missing = unseenLabels(wanted, new Set(issue.labels.map((l) => l.toLowerCase())));
    const what = `${issueLink(issue)}, filed while the log could not be read`;
    if (d.dryRun)
        return {
            result: 'dry-run',
            issue: ref(issue),
            done: [`Would replace the analysis of ${what}, with this run's: "${d.sanitizer.inline(title)}".`],
        };
    const writes = missing.length + 2 + (sameAttempt ? 0 : 2);
    if (!d.budget.canAfford(writes)) {
        d.budget.skip(`replace the analysis of issue #${issue.number}`);
        return {
            result: 'skipped',
            issue: ref(issue),
            done: [],
            notFiled: `Not updated: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and replacing the analysis of ${issueLink(issue)} needs ${writes}.`,
        };
    }
    await createLabels(d, missing);
    await d.github.rest.issues.update({
        owner: d.owner,
        repo: d.repo,
        issue_number: issue.number,
        title,
        body,
        labels: names,
    });
    // The degraded fingerprint's claim would otherwise never be released (closing releases the new one).
    await (0,claims/* releaseClaim */.qj)(d, old.fingerprint);
    const done = [
        `Replaced the analysis of ${what}, now that it could be read: "${d.sanitizer.inline(title)}".`,
    ];
    if (sameAttempt)
        return { result: 'updated', issue: ref(issue), done, title };
    const upgraded = { ...issue, title, body, labels: names, marker };
    const recorded = await recordOccurrence(d, input, upgraded, 'seen');
    return { ...recorded, done: [...done, ...recorded.done] };
}
async function createIssue(d, input, open, closed) {
    const { run, verdict } = input;
    const title = (0,issue_body/* issueTitle */.al)(d.sanitizer, run, verdict);
    const quotedTitle = d.sanitizer.inline(title);
    if (verdict.confidence < input.minConfidence) {
        return {
            result: 'skipped',
            done: [],
            notFiled: `Not filed: confidence ${verdict.confidence.toFixed(2)} is below issues.min-confidence (${input.minConfidence}). Issue not filed: "${quotedTitle}".`,
        };
    }
    const now = d.clock.now();
    const lastHour = createdSince([open, closed], now - HOUR_MS);
    if (lastHour >= input.maxPerHour) {
        return {
            result: 'skipped',
            done: [],
            notFiled: `Not filed: ${lastHour} autoheal issue${lastHour === 1 ? ' was' : 's were'} filed in the last hour, and issues.max-per-hour is ${input.maxPerHour}. Issue not filed: "${quotedTitle}".`,
        };
    }
    const labels = issueLabels(input.labels, verdict.category);
    const known = new Set([...open, ...closed].flatMap((i) => i.labels.map((l) => l.toLowerCase())));
    // A dry run asks which labels exist (reads are free of side effects); a real run just creates them.
    const missing = d.dryRun ? await missingLabels(d, labels, known) : unseenLabels(labels, known);
    if (!d.dryRun && !d.budget.canAfford(missing.length + 2 + DUPLICATE_RESERVE)) {
        d.budget.skip(`create the issue "${title}"`);
        return {
            result: 'skipped',
            done: [],
            notFiled: `Not filed: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and filing needs ${missing.length + 2 + DUPLICATE_RESERVE}. Issue not filed: "${quotedTitle}".`,
        };
    }
    const occurrence = {
        count: 1,
        firstSeen: iso(now),
        firstRun: run.id,
        firstAttempt: run.attempt,
        lastSeen: iso(now),
        lastRun: run.id,
        lastAttempt: run.attempt,
    };
    const body = (0,issue_body/* issueBody */.y6)(d.sanitizer, { run, gathered: input.gathered, verdict, occurrence });
    const names = labels.map((l) => l.name);
    const labelList = names.map((n) => d.sanitizer.inline(n)).join(', ');
    if (d.dryRun) {
        const done = [`Would create the issue "${quotedTitle}" with labels ${labelList}.`];
        if (missing.length > 0)
            done.push(`Would first create the missing label${missing.length === 1 ? '' : 's'} ${missing.map((l) => d.sanitizer.inline(l.name)).join(', ')}.`);
        return { result: 'dry-run', done };
    }
    // The claim: an atomic ref create, so of runs racing to file this failure exactly one creates
    // the issue; the others wait for it and record their occurrence there.
    const claim = await (0,claims/* takeClaim */.GT)(d, verdict.fingerprint, run.headSha);
    let held = claim === 'won';
    if (claim === 'lost') {
        const winner = await awaitClaimedIssue(d, input);
        if (winner)
            return recordOccurrence(d, input, winner, 'seen');
        // Nobody filed it in time: the claim is left over from a run that died; take it over.
        d.log.info(`The claim on failure ${verdict.fingerprint} has no issue after waiting; taking it over.`);
        await (0,claims/* releaseClaim */.qj)(d, verdict.fingerprint);
        const again = await (0,claims/* takeClaim */.GT)(d, verdict.fingerprint, run.headSha);
        held = again === 'won';
        if (again === 'lost') {
            const late = await awaitClaimedIssue(d, input);
            if (late)
                return recordOccurrence(d, input, late, 'seen');
        }
    }
    else if (claim === 'unavailable') {
        // Without a claim (no contents: write, say), the recheck narrows the race as before.
        const recheck = sameFailure(await listLabelledIssues(d, { label: input.labels.base, state: 'open' }), verdict.fingerprint)[0];
        if (recheck)
            return recordOccurrence(d, input, recheck, 'seen');
    }
    const done = [];
    let created;
    try {
        const createdLabels = await createLabels(d, missing);
        if (createdLabels.length > 0)
            done.push(`Created the label${createdLabels.length === 1 ? '' : 's'} ${createdLabels.map((n) => d.sanitizer.inline(n)).join(', ')}.`);
        await d.beforeCreate?.();
        created = await d.github.rest.issues.create({
            owner: d.owner,
            repo: d.repo,
            title,
            body,
            labels: names,
        });
    }
    catch (error) {
        // GitHub refused outright (no permission, a rejected title or label): nothing was filed, so
        // the claim is given back, or every later run of this failure would wait it out as a dead
        // run's. After a lost answer (5xx, reset) the issue may exist: the claim stays.
        if (held && (0,github_errors/* isRequestError */.eK)(error) && error.status >= 400 && error.status < 500)
            // The refusal is what the run reports; a claim that cannot be given back is waited out later.
            await (0,claims/* releaseClaim */.qj)(d, verdict.fingerprint).catch((e) => d.log.info(`Could not give back the claim on failure ${verdict.fingerprint}: ${String(e)}`));
        throw error;
    }
    const ours = {
        number: created.data.number,
        htmlUrl: created.data.html_url,
        title,
        state: 'open',
        stateReason: null,
        author: created.data.user?.login ?? null,
        body,
        createdAt: created.data.created_at,
        closedAt: null,
        labels: names,
    };
    done.push(`Created ${issueLink(ours)}: "${quotedTitle}".`);
    if (!trusted(d, ours.author)) {
        d.log.warning(`Issue #${ours.number} was created as "${ours.author ?? 'unknown'}", which is not among the trusted marker authors (${d.trusted.join(', ')}). ` +
            `Later runs would not recognise it and would file duplicates: set the trusted-authors input to "${ours.author ?? ''}".`);
    }
    if (claim !== 'unavailable')
        return { result: 'created', issue: ref(ours), done, notify: 'created', title };
    // Converge: if a concurrent run filed the same failure, the lowest number stays open.
    const after = await listLabelledIssues(d, { label: input.labels.base, state: 'open' });
    const rivals = sameFailure(after, verdict.fingerprint).filter((i) => i.number !== ours.number);
    const canonical = rivals.find((i) => i.number < ours.number);
    if (!canonical)
        return { result: 'created', issue: ref(ours), done, notify: 'created', title };
    await closeAsDuplicate(d, ours, canonical, verdict.fingerprint);
    done.push(`Closed it again as a duplicate of ${issueLink(canonical)}, which a concurrent run filed first.`);
    const recorded = await recordOccurrence(d, input, canonical, 'seen');
    return { ...recorded, done: [...done, ...recorded.done] };
}
/**
 * A failure delivered after a green run that already contains its commit is history: nothing is
 * filed (events arrive in any order). One compare call, only when such a green run exists.
 */
async function alreadyGreen(d, run, newer) {
    if (!newer || !run.createdAt || Date.parse(newer.createdAt) <= Date.parse(run.createdAt))
        return undefined;
    const sha = /^[0-9a-f]{40}$/i;
    if (!sha.test(run.headSha) || !sha.test(newer.headSha))
        return undefined;
    let status = 'identical';
    if (run.headSha !== newer.headSha) {
        try {
            const { data } = await d.github.rest.repos.compareCommitsWithBasehead({
                owner: d.owner,
                repo: d.repo,
                basehead: `${run.headSha}...${newer.headSha}`,
                per_page: 1,
            });
            status = data.status;
        }
        catch (error) {
            if (!(0,github_errors/* isRequestError */.eK)(error) || ![404, 422].includes(error.status))
                throw error;
            return undefined;
        }
    }
    if (status !== 'ahead' && status !== 'identical')
        return undefined;
    return {
        result: 'skipped',
        done: [
            `Not filed: the workflow was already green again on this branch in ${(0,issue_body/* link */.nf)(`run ${newer.runId}`, newer.htmlUrl)}, which is newer and contains this commit.`,
        ],
    };
}
/** How long a loser of the claim waits for the winner's issue: 1+2+4+8+15 s, then the claim is stale. */
const CLAIM_WAITS_S = [1, 2, 4, 8, 15];
/** The open issue the claim's winner files, looked for after each wait; undefined when none came. */
async function awaitClaimedIssue(d, input) {
    for (const seconds of CLAIM_WAITS_S) {
        await pause(d, seconds);
        const found = sameFailure(await listLabelledIssues(d, { label: input.labels.base, state: 'open' }), input.verdict.fingerprint)[0];
        if (found)
            return found;
    }
    return undefined;
}
function pause(d, seconds) {
    return d.pause ? d.pause(seconds) : d.clock.sleep(seconds * 1000);
}
async function closeAsDuplicate(d, ours, canonical, fingerprint) {
    await d.github.rest.issues.createComment({
        owner: d.owner,
        repo: d.repo,
        issue_number: ours.number,
        body: (0,issue_body/* duplicateComment */.j8)(d.sanitizer, {
            canonical: canonical.number,
            canonicalUrl: canonical.htmlUrl,
            fingerprint,
        }),
    });
    try {
        await d.github.rest.issues.update({
            owner: d.owner,
            repo: d.repo,
            issue_number: ours.number,
            state: 'closed',
            state_reason: 'duplicate',
        });
    }
    catch (error) {
        // `duplicate` is a newer state reason; a server that refuses it still takes not_planned.
        if (!(0,github_errors/* isRequestError */.eK)(error) || error.status !== 422)
            throw error;
        await d.github.rest.issues.update({
            owner: d.owner,
            repo: d.repo,
            issue_number: ours.number,
            state: 'closed',
            state_reason: 'not_planned',
        });
    }
}
/**
 * Trusted "seen again"/"reopened" comments of the marker's fingerprint (or the one it had before a
 * full analysis replaced a degraded one) on the issue, in order, with the total count of comments.
 */
async function occurrenceComments(d, issueNumber, marker) {
    const comments = await d.github.paginate(d.github.rest.issues.listComments, {
        owner: d.owner,
        repo: d.repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    const records = [];
    for (const c of comments) {
        if (!trusted(d, c.user?.login))
            continue;
        const fields = (0,issue_body/* commentMarker */.Ql)(c.body, issue_body/* OCCURRENCE_KIND */.nQ);
        const of = fields?.fingerprint;
        if (of === undefined || (of !== marker.fingerprint && of !== marker.formerly))
            continue;
        const record = (0,issue_body/* occurrenceRecord */.vl)(fields);
        if (record)
            records.push(record);
    }
    return { records, total: comments.length };
}
/**
 * The occurrence as GitHub's state says it: the first run plus every distinct run attempt with a
 * trusted occurrence comment, so no count is lost to runs writing the body at the same time. A
 * count the body already shows above that (comments deleted by hand) is kept.
 */
function derivedOccurrence(marker, records, lastSeen) {
    const o = marker.occurrence;
    const keys = new Set([`${o.firstRun}:${o.firstAttempt}`]);
    for (const r of records)
        keys.add(`${r.run}:${r.attempt}`);
    const last = records[records.length - 1];
    return {
        ...o,
        count: Math.max(keys.size, o.count),
        ...(last ? { lastSeen, lastRun: last.run, lastAttempt: last.attempt } : {}),
    };
}
/** At most this many rounds of re-deriving the body when other runs write it at the same time. */
const MAX_BODY_ROUNDS = 5;
/**
 * One more occurrence on an existing issue: a comment marked with the run (posted once per run
 * attempt), then the body's marker rebuilt from the comments. The comment comes first, so the
 * count never depends on a body another run may be overwriting: whoever writes the body last has
 * seen every comment posted before, and a writer that sees the comment total move under it
 * (GitHub returns it with the update) derives and writes again.
 */
async function recordOccurrence(d, input, issue, how) {
    const { run, verdict } = input;
    const marker = issue.marker;
    const o = marker.occurrence;
    if (o.firstRun === run.id && o.firstAttempt === run.attempt)
        return {
            result: 'skipped',
            issue: ref(issue),
            done: [`This run already filed ${issueLink(issue)}; nothing to do.`],
        };
    const now = iso(d.clock.now());
    const listed = await occurrenceComments(d, issue.number, marker);
    const posted = listed.records.some((r) => r.run === run.id && r.attempt === run.attempt);
    const mine = { run: run.id, attempt: run.attempt };
    if (run.headBranch)
        mine.seen = (0,issue_body/* seenOn */.Nd)(run, now);
    const records = posted ? listed.records : [...listed.records, mine];
    const occurrence = derivedOccurrence(marker, records, now);
    const what = how === 'reopen' ? `reopen ${issueLink(issue)}` : `comment on ${issueLink(issue)}`;
    if (posted && issue.state === 'open' && o.count >= occurrence.count)
        return {
            result: 'skipped',
            issue: ref(issue),
            done: [`This run is already recorded on ${issueLink(issue)}; nothing to do.`],
        };
    if (d.dryRun)
        return {
            result: 'dry-run',
            issue: ref(issue),
            done: [`Would ${what} (seen again: occurrence ${occurrence.count}) and update its occurrence count.`],
        };
    const writesNeeded = posted ? 1 : 2;
    if (!d.budget.canAfford(writesNeeded)) {
        d.budget.skip(`${how === 'reopen' ? 'reopen' : 'record the occurrence on'} issue #${issue.number}`);
        return {
            result: 'skipped',
            issue: ref(issue),
            done: [],
            notFiled: `Not recorded: the operations budget has ${d.budget.remaining} write${d.budget.remaining === 1 ? '' : 's'} left, and recording this occurrence on ${issueLink(issue)} needs ${writesNeeded}.`,
        };
    }
    if (!posted) {
        const comment = how === 'reopen'
            ? (0,issue_body/* reopenComment */.tU)(d.sanitizer, {
                run,
                verdict,
                fingerprint: marker.fingerprint,
                occurrence,
                closedAt: issue.closedAt,
            })
            : (0,issue_body/* seenAgainComment */.Fb)(d.sanitizer, { run, verdict, fingerprint: marker.fingerprint, occurrence });
        await d.github.rest.issues.createComment({
            owner: d.owner,
            repo: d.repo,
            issue_number: issue.number,
            body: comment,
        });
    }
    let total = listed.total + (posted ? 0 : 1);
    let current = records;
    let written = occurrence;
    for (let round = 1;; round++) {
        written = derivedOccurrence(marker, current, now);
        const seen = current.map((r) => r.seen).filter((b) => b !== undefined);
        const updated = {
            ...marker,
            branch: run.headBranch ?? marker.branch,
            branches: (0,issue_body/* mergeBranches */.rc)(marker.branches ?? [], seen, marker.cleared),
            occurrence: written,
        };
        const body = (0,issue_body/* withOccurrence */.of)(issue.body, updated, new issue_body/* RunLinks */.HS(run));
        const response = await d.github.rest.issues.update({
            owner: d.owner,
            repo: d.repo,
            issue_number: issue.number,
            body,
            ...(how === 'reopen' ? { state: 'open', state_reason: 'reopened' } : {}),
        });
        // The same total means no comment arrived between our list and our write.
        if (response.data.comments === total || round >= MAX_BODY_ROUNDS)
            break;
        const again = await occurrenceComments(d, issue.number, marker);
        current = again.records;
        total = again.total;
    }
    if (how === 'reopen')
        return {
            result: 'reopened',
            issue: ref(issue),
            done: [`Reopened ${issueLink(issue)}: the failure came back (occurrence ${written.count}).`],
            notify: 'reopened',
            title: issue.title,
        };
    return {
        result: 'updated',
        issue: ref(issue),
        done: [
            posted
                ? `Brought the occurrence count of ${issueLink(issue)} up to date (occurrence ${written.count}).`
                : `Commented on ${issueLink(issue)}: seen again (occurrence ${written.count}).`,
        ],
    };
}
/**
 * Whether the green run is provably after the failure on its branch: created after the newest
 * failing run recorded there, and on that run's commit or a descendant of it (one compare call
 * per failing commit, cached). Without the green run's time, nothing is provable.
 */
async function greenClears(d, run, entry, compared) {
    if (!run.createdAt)
        return { clears: false, why: 'the green run has no creation time' };
    if (Date.parse(run.createdAt) <= Date.parse(entry.failedAt))
        return { clears: false, why: `the green run is not newer than the failure (${entry.failedAt})` };
    if (entry.sha === '' || entry.sha === run.headSha)
        return { clears: true };
    if (!/^[0-9a-f]{40}$/i.test(run.headSha))
        return { clears: false, why: 'the green commit is unknown' };
    let status = compared.get(entry.sha);
    if (status === undefined) {
        try {
            const { data } = await d.github.rest.repos.compareCommitsWithBasehead({
                owner: d.owner,
                repo: d.repo,
                basehead: `${entry.sha}...${run.headSha}`,
                per_page: 1,
            });
            status = data.status;
        }
        catch (error) {
            if (!(0,github_errors/* isRequestError */.eK)(error) || ![404, 422].includes(error.status))
                throw error;
            status = 'unknown';
        }
        compared.set(entry.sha, status);
    }
    if (status === 'ahead' || status === 'identical')
        return { clears: true };
    return {
        clears: false,
        why: `the green commit does not contain the failing commit ${entry.sha.slice(0, 7)} (${status})`,
    };
}
/** Whether the branch still exists: 404 means deleted. */
async function branchExists(d, branch, cache) {
    const known = cache.get(branch);
    if (known !== undefined)
        return known;
    let exists = true;
    try {
        await d.github.rest.repos.getBranch({ owner: d.owner, repo: d.repo, branch });
    }
    catch (error) {
        if (!(0,github_errors/* isRequestError */.eK)(error) || error.status !== 404)
            throw error;
        exists = false;
    }
    cache.set(branch, exists);
    return exists;
}
/**
 * The issue body is last-writer-wins: a run recording an occurrence at the same moment may write
 * a body read before this green run cleared its branch, and so bring the branch back. Read the
 * body once more after writing; when it changed under us, apply the clearing to what is there now
 * (keeping the other writer's counts) and write once more. Costs one read on this path only.
 */
async function keepClearedMark(d, issueNumber, written, run, branch, forgotten) {
    const { data } = await d.github.rest.issues.get({
        owner: d.owner,
        repo: d.repo,
        issue_number: issueNumber,
    });
    const now = data.body ?? '';
    if (now === written || !trusted(d, data.user?.login))
        return;
    const marker = (0,issue_body/* readFailureMarker */.Jr)(now);
    if (!marker || !run.createdAt)
        return;
    const greenAt = Date.parse(run.createdAt);
    const cleared = { ...marker.cleared, [branch]: run.createdAt };
    // A failure on the branch newer than the green run is news, not something to clear.
    const branches = (marker.branches ?? []).filter((b) => !forgotten.includes(b.branch) && (b.branch !== branch || Date.parse(b.failedAt) > greenAt));
    const already = marker.cleared?.[branch] === run.createdAt && branches.length === (marker.branches ?? []).length;
    if (already || !d.budget.canAfford(1))
        return;
    d.log.info(`Issue #${issueNumber} was written by another run meanwhile; recording the green branch again.`);
    await d.github.rest.issues.update({
        owner: d.owner,
        repo: d.repo,
        issue_number: issueNumber,
        body: (0,issue_body/* withOccurrence */.of)(now, { ...marker, branches, cleared }, new issue_body/* RunLinks */.HS(run)),
    });
}
/**
 * A green run clears its branch on the open autoheal issues of its workflow that wait on that
 * branch, when it is provably after the failure there (see greenClears). An issue closes once no
 * branch is left: each was cleared by a green run, deleted, or (not the default branch) showed no
 * failure for `forgetDays`. An issue still waiting on another branch gets its marker updated and
 * no comment; a green run that proves nothing writes nothing.
 */
async function closeResolved(d, input) {
    const { run } = input;
    const branch = run.headBranch ?? '';
    const open = await listLabelledIssues(d, { label: input.baseLabel, state: 'open' });
    const targets = open
        .filter((i) => i.marker &&
        i.marker.workflowPath === run.workflowPath &&
        (i.marker.branches ?? []).some((b) => b.branch === branch))
        .sort((a, b) => a.number - b.number);
    if (targets.length === 0)
        return {
            result: 'skipped',
            done: [`No open autoheal issue for this workflow on this branch; nothing to close.`],
        };
    const done = [];
    let first;
    let closedAny = false;
    let changedAny = false;
    const compared = new Map();
    const exists = new Map();
    const forgetMs = (input.forgetDays ?? 14) * DAY_MS;
    for (const issue of targets) {
        const marker = issue.marker;
        const waiting = marker.branches ?? [];
        const entry = waiting.find((b) => b.branch === branch);
        const green = await greenClears(d, run, entry, compared);
        if (!green.clears) {
            d.log.info(`Issue #${issue.number} stays as it is: ${green.why}.`);
            continue;
        }
        first ??= ref(issue);
        const cleared = { ...marker.cleared, [branch]: run.createdAt };
        const remaining = [];
        const forgotten = [];
        for (const other of waiting) {
            if (other.branch === branch)
                continue;
            if (other.branch !== run.defaultBranch) {
                const idle = d.clock.now() - Date.parse(other.failedAt) > forgetMs;
                if (idle || !(await branchExists(d, other.branch, exists))) {
                    forgotten.push(other.branch);
                    continue;
                }
            }
            remaining.push(other);
        }
        if (remaining.length > 0) {
            const waiting = remaining.map((b) => d.sanitizer.inline(b.branch, 100)).join(', ');
            if (d.dryRun) {
                done.push(`Would record on ${issueLink(issue)} that this branch is green; it still waits on ${waiting}.`);
                continue;
            }
            if (!d.budget.canAfford(1)) {
                d.budget.skip(`record the green branch on issue #${issue.number}`);
                continue;
            }
            const updated = { ...marker, branches: remaining, cleared };
            const written = (0,issue_body/* withOccurrence */.of)(issue.body, updated, new issue_body/* RunLinks */.HS(run));
            await d.github.rest.issues.update({
                owner: d.owner,
                repo: d.repo,
                issue_number: issue.number,
                body: written,
            });
            await keepClearedMark(d, issue.number, written, run, branch, forgotten);
            changedAny = true;
            done.push(`Recorded on ${issueLink(issue)} that this branch is green; it still waits on ${waiting}.`);
            continue;
        }
        if (d.dryRun) {
            done.push(`Would close ${issueLink(issue)} with a "green again" comment.`);
            continue;
        }
        if (!d.budget.canAfford(3)) {
            d.budget.skip(`close issue #${issue.number}`);
            continue;
        }
        await d.github.rest.issues.createComment({
            owner: d.owner,
            repo: d.repo,
            issue_number: issue.number,
            body: (0,issue_body/* greenAgainComment */.$h)(d.sanitizer, {
                run,
                fingerprint: marker.fingerprint,
                reopenDays: input.reopenDays,
            }),
        });
        // The marker keeps when each branch was cleared, so a late, older failure cannot reopen it.
        const closedMarker = { ...marker, branches: [], cleared };
        await d.github.rest.issues.update({
            owner: d.owner,
            repo: d.repo,
            issue_number: issue.number,
            body: (0,issue_body/* withOccurrence */.of)(issue.body, closedMarker, new issue_body/* RunLinks */.HS(run)),
            state: 'closed',
            state_reason: 'completed',
        });
        await (0,claims/* releaseClaim */.qj)(d, marker.fingerprint);
        if (!closedAny)
            first = ref(issue);
        closedAny = true;
        const also = forgotten.length > 0
            ? ` (no longer waiting on ${forgotten.map((b) => d.sanitizer.inline(b, 100)).join(', ')}: deleted or idle)`
            : '';
        done.push(`Closed ${issueLink(issue)}: the workflow is green again${also}.`);
    }
    if (!first)
        return {
            result: 'skipped',
            done: [
                'The open issues of this workflow on this branch stay open: this green run is not provably newer than their failures.',
            ],
        };
    if (d.dryRun)
        return { result: 'dry-run', issue: first, done };
    if (!closedAny && !changedAny)
        return {
            result: 'skipped',
            issue: first,
            done,
            notFiled: 'Not closed: the operations budget is spent.',
        };
    if (!closedAny)
        return { result: 'updated', issue: first, done };
    return { result: 'closed', issue: first, done };
}


/***/ }),

/***/ 9135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ judgeRun),
/* harmony export */   i5: () => (/* binding */ failureSite)
/* harmony export */ });
/* unused harmony exports CONCLUSIVE_CONFIDENCE, logIsConclusive, CONFIDENCE_TIE, RUN_LEVEL_JOB, analyzeJob, strongestVerdict */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9810);
/* harmony import */ var _analyzer_annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1615);
/* harmony import */ var _analyzer_categories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3277);
/* harmony import */ var _analyzer_classify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(307);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2754);







/** A log finding at least this confident needs no word from the runner. */
const CONCLUSIVE_CONFIDENCE = 0.8;
/**
 * Whether a job's log analysis can stand without the check-run annotations: the log was read, the
 * finding is confident, and nothing hints at what only the runner reports (a job or step that was
 * cancelled or timed out: that is how a hit `timeout-minutes` or a lost runner looks).
 */
function logIsConclusive(job, analysis) {
    if (!analysis || job.logStatus !== 'ok')
        return false;
    if (job.conclusion !== 'failure')
        return false;
    if (job.failedSteps.some((st) => st.conclusion !== 'failure'))
        return false;
    return analysis.confidence >= CONCLUSIVE_CONFIDENCE;
}
/**
 * Confidences this close count as equal, so that among near-equals the likelier root cause wins
 * (the network failing explains the tests failing after it) rather than a rounding difference.
 */
const CONFIDENCE_TIE = 0.15;
/** Name of the stand-in job of a run that failed before, or without, any job failing. */
const RUN_LEVEL_JOB = '(workflow)';
/** A finding that comes from what the API says rather than from log lines (so it points at none). */
function syntheticFinding(s) {
    const finding = {
        category: s.category,
        confidence: s.confidence,
        title: s.title,
        lines: [],
        keyLine: s.keyLine,
        excerpt: [],
        rule: s.rule,
    };
    if (s.step)
        finding.step = s.step;
    if (s.facts && Object.keys(s.facts).length > 0)
        finding.facts = s.facts;
    return finding;
}
function syntheticAnalysis(s, summary) {
    const analysis = {
        schemaVersion: 1,
        category: s.category,
        confidence: s.confidence,
        summary,
        findings: [syntheticFinding(s)],
        stats: {
            linesRead: 0,
            bytes: 0,
            format: 'plain',
            steps: 0,
            baselineUsed: false,
            linesShown: 0,
            durationMs: 0,
        },
    };
    if (s.step)
        analysis.stats.failingStep = s.step;
    return analysis;
}
function eventSynthetic(event, step) {
    const s = {
        category: event.category,
        confidence: event.confidence,
        keyLine: event.keyLine,
        title: `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)(event.category)} (runner): ${event.message}`,
        rule: event.rule,
        facts: { ...event.facts, ...(step ? { step } : {}) },
    };
    if (step)
        s.step = step;
    return s;
}
/** What can be said of a job whose log could not be read. */
function withoutLog(job, event, step) {
    const why = job.logProblem ?? 'Its log was not read.';
    if (event)
        return syntheticAnalysis(eventSynthetic(event, step), `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)(event.category)}: ${event.message} ${why}`);
    const prior = (0,_analyzer_classify_js__WEBPACK_IMPORTED_MODULE_5__/* .categoryFromStepName */ .Eh)(step);
    const where = step ? `Step "${step}"` : `Job "${job.name}"`;
    return syntheticAnalysis({
        category: prior ?? 'unknown',
        // A guess from a step's name: enough to label, too little to act on alone.
        confidence: prior ? 0.3 : 0.1,
        keyLine: `${where} failed; its log could not be read.`,
        title: `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)(prior ?? 'unknown')} (guessed from the step name): ${where} failed`,
        rule: prior ? 'step-name' : 'no-log',
        facts: step ? { step } : {},
        ...(step ? { step } : {}),
    }, `${where} failed. ${why}`);
}
/** One job's analysis. */
async function analyzeJob(job, options = {}) {
    const step = job.failedSteps[0]?.name;
    if (job.logStatus !== 'ok' || !job.logFile) {
        await options.loadAnnotations?.(job);
        return withoutLog(job, (0,_analyzer_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .strongestRunnerEvent */ .wT)(job.annotations), step);
    }
    const analysis = await (0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .xy)(job.logFile, {
        ...(job.baselineLogFile ? { baselinePath: job.baselineLogFile } : {}),
        ...(options.userRules ? { userRules: options.userRules } : {}),
        ...(step ? { stepName: step } : {}),
    });
    // One request saved per job on the common path: a confident log says what the runner would.
    if (options.loadAnnotations && !logIsConclusive(job, analysis))
        await options.loadAnnotations(job);
    const event = (0,_analyzer_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .strongestRunnerEvent */ .wT)(job.annotations);
    return event ? (0,_analyzer_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .withRunnerEvent */ .rz)(analysis, event, step) : analysis;
}
/** The line a job's verdict rests on: its lead finding's key line, else the analysis' summary. */
function keyLineOf(analysis) {
    return analysis.findings[0]?.keyLine || analysis.summary;
}
function jobVerdict(run, job, analysis) {
    return {
        job,
        analysis,
        fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .failureFingerprint */ .hX)({
            workflowPath: run.workflowPath,
            jobName: job.name,
            category: analysis.category,
            keyLine: keyLineOf(analysis),
        }),
    };
}
/**
 * The job whose finding is the run's verdict: among the jobs whose confidence is within
 * CONFIDENCE_TIE of the most confident one, the likelier root cause (ROOT_CAUSE_RANK), and among
 * those the earliest job. The window is measured from the top, so near-equals cannot chain down
 * to a weak finding.
 */
function strongestVerdict(verdicts) {
    if (verdicts.length === 0)
        throw new RangeError('strongestVerdict needs at least one job verdict');
    const top = Math.max(...verdicts.map((v) => v.analysis.confidence));
    let best;
    for (const v of verdicts) {
        if (v.analysis.confidence < top - CONFIDENCE_TIE - 1e-9)
            continue;
        if (!best || _analyzer_categories_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT_CAUSE_RANK */ .eU[v.analysis.category] > _analyzer_categories_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT_CAUSE_RANK */ .eU[best.analysis.category])
            best = v;
    }
    return best;
}
/** A run with no failed job to read: a startup failure (an invalid workflow file), or a failure of the run as a whole. */
function runLevelVerdict(gathered) {
    const { run } = gathered;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(run.workflowPath);
    const job = {
        id: 0,
        name: RUN_LEVEL_JOB,
        htmlUrl: run.htmlUrl,
        conclusion: run.conclusion,
        startedAt: null,
        completedAt: null,
        failedSteps: [],
        logStatus: 'not-fetched',
        logProblem: 'No job ran to completion with a failure, so there is no job log to read.',
        annotations: [],
    };
    const title = run.displayTitle ? ` (run "${run.displayTitle}")` : '';
    let s;
    if (run.conclusion === 'startup_failure') {
        s = {
            category: 'workflow_syntax',
            confidence: 0.8,
            keyLine: `The workflow file ${run.workflowPath} failed at startup: GitHub could not start any job from it.`,
            title: `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)('workflow_syntax')}: ${file} failed at startup, before any job ran${title}`,
            rule: 'run.startup-failure',
            facts: { file: run.workflowPath },
        };
    }
    else if (run.conclusion === 'timed_out') {
        s = {
            category: 'timeout',
            confidence: 0.6,
            keyLine: `The run of ${run.workflowPath} timed out.`,
            title: `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)('timeout')}: the run of ${file} timed out${title}`,
            rule: 'run.timed-out',
        };
    }
    else {
        s = {
            category: 'unknown',
            confidence: 0.1,
            keyLine: `The run of ${run.workflowPath} failed, but none of its jobs did.`,
            title: `${(0,_analyzer_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)('unknown')}: the run of ${file} failed, but none of its jobs did${title}`,
            rule: 'run.no-failed-job',
        };
    }
    return jobVerdict(run, job, syntheticAnalysis(s, s.title));
}
/** Rules of a job analysis made without its log or the runner's word: a guess, not a diagnosis. */
const GUESS_RULES = new Set(['step-name', 'no-log']);
/**
 * Where a failure happened, hashed: workflow file, job and failed step. A degraded analysis (no
 * log) and the full one of the same failure share it, so the full one can find the issue the
 * degraded one filed under another fingerprint.
 */
function failureSite(workflowPath, jobName, step) {
    const canonical = [(0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeWorkflowPath */ .g4)(workflowPath), (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeJobName */ .wv)(jobName), step ?? ''].join('\n');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}
/** The run's verdict: every analyzed job's, and the strongest as the run's. */
async function judgeRun(gathered, options = {}) {
    const jobs = [];
    // One job at a time: each analysis streams a log, and two at once would only compete for the disk.
    for (const job of gathered.jobs)
        jobs.push(jobVerdict(gathered.run, job, await analyzeJob(job, options)));
    if (jobs.length === 0)
        jobs.push(runLevelVerdict(gathered));
    const primary = strongestVerdict(jobs);
    const lead = primary.analysis.findings[0];
    return {
        category: primary.analysis.category,
        confidence: primary.analysis.confidence,
        fingerprint: primary.fingerprint,
        keyLine: keyLineOf(primary.analysis),
        primary,
        jobs,
        site: failureSite(gathered.run.workflowPath, primary.job.name, primary.job.failedSteps[0]?.name),
        degraded: primary.job.logStatus !== 'ok' && lead !== undefined && GUESS_RULES.has(lead.rule),
    };
}


/***/ }),

/***/ 2754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g4: () => (/* binding */ normalizeWorkflowPath),
/* harmony export */   hX: () => (/* binding */ failureFingerprint),
/* harmony export */   wv: () => (/* binding */ normalizeJobName)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_HEX_LENGTH, normalizeKeyLine */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _analyzer_normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3946);
/* harmony import */ var _log_clean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2458);



/** 64 bits as hex: short enough for a title or a marker, far from colliding among one repository's failures. */
const FINGERPRINT_HEX_LENGTH = 16;
/** Bumped only if normalisation changes so much that old fingerprints should no longer match. */
const SCHEME = 'autoheal-fingerprint/v1';
/** Past this, a key line's tail is usually a variable dump (arguments, payloads), not what identifies it. */
const MAX_KEY_CHARS = 400;
const RUNNER_PREFIX = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const COMMAND_PREFIX = /^##\[(?:error|warning|notice)\]\s*/i;
// Checkout locations differ between hosted runners, containers and self-hosted machines.
const WORKSPACES = [
    [/\/home\/runner\/work\/[^/\s]+\/[^/\s]+\//g, ''],
    [/\/Users\/runner\/work\/[^/\s]+\/[^/\s]+\//g, ''],
    [/\/__w\/[^/\s]+\/[^/\s]+\//g, ''],
    [/\/github\/workspace\//g, ''],
    [/(?:\/[^/\s'"]+)*\/_work\/[^/\s]+\/[^/\s]+\//g, ''],
    [/\b[A-Za-z]:\\a\\[^\\\s]+\\[^\\\s]+\\/g, ''],
    [/\b[A-Za-z]:\\(?:[^\\\s'"]+\\)*_work\\[^\\\s]+\\[^\\\s]+\\/g, ''],
];
const VOLATILE = [
    // Signed or parameterised URLs: the query (expiry, signature, cache busters) changes every run.
    [/(\bhttps?:\/\/[^\s"'?#]+)\?[^\s"']*/g, '$1?<query>'],
    // Source positions: the same error moves when unrelated lines are added above it.
    [/(\.[A-Za-z][\w]*):\d+(?::\d+)?/g, '$1:<pos>'],
    [/(\.[A-Za-z][\w]*)\(\d+(?:,\d+)?\)/g, '$1(<pos>)'],
    [/\bline \d+/gi, 'line <n>'],
    // Memory addresses and process ids.
    [/\b0x[0-9a-f]+\b/gi, '<addr>'],
    [/\b(pid|PID|process) \d+/g, '$1 <n>'],
];
/** The key line as fingerprints see it: only what identifies the failure is left. */
function normalizeKeyLine(keyLine) {
    let text = (0,_log_clean_js__WEBPACK_IMPORTED_MODULE_1__/* .stripAnsi */ .aJ)(keyLine).replace(RUNNER_PREFIX, '').trim().replace(COMMAND_PREFIX, '');
    for (const [re, to] of WORKSPACES)
        text = text.replace(re, to);
    for (const [re, to] of VOLATILE)
        text = text.replace(re, to);
    text = (0,_analyzer_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLine */ .o)(text);
    return text.length > MAX_KEY_CHARS ? text.slice(0, MAX_KEY_CHARS) : text;
}
/** `.github/workflows/ci.yml@refs/heads/main` and `./.github/workflows/ci.yml` both become `.github/workflows/ci.yml`. */
function normalizeWorkflowPath(path) {
    return path.trim().replace(/@.*$/, '').replace(/\\/g, '/').replace(/^\.\//, '');
}
/**
 * A job name without its matrix values: `test (ubuntu-latest, 20)` and `test (windows-latest, 22)`
 * failing the same way are one failure, not one per matrix leg.
 */
function normalizeJobName(name) {
    const collapsed = name.trim().replace(/\s+/g, ' ');
    const bare = collapsed.replace(/(?:\s*\([^()]*\))+$/, '').trim();
    return bare === '' ? collapsed : bare;
}
/** The fingerprint of one failure: hex, FINGERPRINT_HEX_LENGTH characters. */
function failureFingerprint(parts) {
    const canonical = [
        SCHEME,
        normalizeWorkflowPath(parts.workflowPath),
        normalizeJobName(parts.jobName),
        parts.category,
        normalizeKeyLine(parts.keyLine),
    ].join('\n');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}


/***/ }),

/***/ 5755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, isWriteMethod */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3635);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7517);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8864);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1872);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9187);





/** The REST API version every request pins, so GitHub's changes reach us only when we choose. */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_API_URL = 'https://api.github.com';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
function isWriteMethod(method) {
    return WRITE_METHODS.has(method.toUpperCase());
}
/**
 * The one way autoheal talks to GitHub: @actions/github's Octokit with retry and throttling,
 * the API version pinned, GHES honoured through the API URL, writes paced, non-idempotent writes
 * done exactly once when an answer is lost, and an optional operation budget enforced on every request.
 */
function createGitHubClient(options) {
    const log = options.log;
    const waitScaleMs = options.waitScaleMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const maxSecondary = options.maxSecondaryRetries ?? 3;
    const writeMs = options.pacing?.writeMs ?? 1000;
    const notifyMs = options.pacing?.notifyMs ?? 3000;
    const baseUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl,
        userAgent: options.userAgent ?? 'autoheal',
        log: {
            debug: (m) => log?.debug(m),
            info: (m) => log?.debug(m),
            warn: (m) => log?.warning(m),
            error: (m) => log?.error(m),
        },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: waitScaleMs,
            // Rate limits (403/429) are the throttling plugin's job; retrying them here too would double the waits.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            id: `autoheal-${Math.random().toString(36).slice(2)}`,
            retryAfterBaseValue: waitScaleMs,
            // Per-client limiters: the plugin's defaults are process-wide and would pace unrelated clients together.
            write: new bottleneck__WEBPACK_IMPORTED_MODULE_1__.Group({ maxConcurrent: 1, minTime: writeMs }),
            notifications: new bottleneck__WEBPACK_IMPORTED_MODULE_1__.Group({ maxConcurrent: 1, minTime: notifyMs }),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (retryCount < 1 && retryAfter <= maxWait) {
                    log?.warning(`GitHub rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s for the reset.`);
                    return true;
                }
                log?.warning(`GitHub rate limit reached on ${request.method} ${request.url}; the reset is ${retryAfter}s away, longer than the ${maxWait}s this run waits.`);
                return false;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (retryCount < maxSecondary && retryAfter <= maxWait) {
                    log?.warning(`GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${maxSecondary}).`);
                    return true;
                }
                return false;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    // Octokit takes no default headers from its constructor options, so the version is set on every
    // request here (a caller's own header for one request still wins).
    octokit.hook.before('request', (requestOptions) => {
        requestOptions.headers['x-github-api-version'] ??= GITHUB_API_VERSION;
    });
    // Non-idempotent POSTs are never repeated blindly after a lost answer (see write-once.ts).
    (0,_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .installWriteOnce */ .AU)(octokit, { retries: options.retries ?? 3, waitScaleMs, ...(log ? { log } : {}) });
    const budget = options.budget;
    if (budget) {
        // Registered after the plugins, so this wrap is the outermost: one call counts once, however often it is retried.
        octokit.hook.wrap('request', async (request, requestOptions) => {
            const method = String(requestOptions.method ?? 'GET').toUpperCase();
            if (isWriteMethod(method) || options.budgetCountsReads) {
                budget.consume(`${method} ${String(requestOptions.url)}`);
            }
            return request(requestOptions);
        });
    }
    return octokit;
}


/***/ }),

/***/ 4231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   eK: () => (/* binding */ isRequestError)
/* harmony export */ });
/* unused harmony export permissionForRoute */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4531);

/** Octokit's RequestError, recognised by shape so callers need not depend on its package. */
function isRequestError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number' &&
        typeof error.message === 'string');
}
function githubMessageOf(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null) {
        const message = data.message;
        const errors = data.errors;
        const details = Array.isArray(errors)
            ? errors
                .map((e) => typeof e === 'string'
                ? e
                : typeof e === 'object' && e !== null
                    ? (e.message ?? e.code ?? '')
                    : '')
                .filter((s) => s !== '')
            : [];
        if (typeof message === 'string')
            return details.length > 0 ? `${message} (${details.join('; ')})` : message;
    }
    if (typeof data === 'string' && data.trim() !== '')
        return data.trim().slice(0, 300);
    return undefined;
}
/** The permission a route needs, named as in a workflow's `permissions:` block. */
function permissionForRoute(method, url) {
    const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const write = method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
    const scope = write ? 'write' : 'read';
    if (/\/repos\/[^/]+\/[^/]+\/(issues|labels|assignees|milestones)\b/.test(path)) {
        // Comments and labels on pull requests go through the issues API but need pull-requests too.
        return `issues: ${scope}`;
    }
    if (/\/repos\/[^/]+\/[^/]+\/pulls\b/.test(path))
        return `pull-requests: ${scope}`;
    if (/\/repos\/[^/]+\/[^/]+\/actions\b/.test(path))
        return `actions: ${scope}`;
    if (/\/repos\/[^/]+\/[^/]+\/(check-runs|check-suites)\b/.test(path))
        return `checks: ${scope}`;
    if (/\/repos\/[^/]+\/[^/]+\/(contents|git|branches|commits)\b/.test(path))
        return `contents: ${scope}`;
    return undefined;
}
function headerOf(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
function where(error) {
    const method = error.request?.method ?? '';
    const url = (error.request?.url ?? '').replace(/\?.*$/, '');
    return `${method} ${url}`.trim();
}
const NETWORK_CODE = /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR)/;
/** A socket-level error code anywhere down the `cause` chain (fetch wraps undici's error twice). */
function networkCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const code = current.code;
        if (typeof code === 'string' && NETWORK_CODE.test(code))
            return code;
        current = current.cause;
    }
    return undefined;
}
/** Turn anything thrown by a GitHub call into a kind and a clear message for the log and summary. */
function describeGitHubError(error, now = Date.now()) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetExhaustedError */ .X0) {
        return {
            kind: 'budget',
            message: `${error.message}. Raise the operations budget or let the next run continue.`,
        };
    }
    if (!isRequestError(error)) {
        const code = networkCode(error);
        if (code)
            return { kind: 'network', message: `Could not reach GitHub (${code}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}` };
        return { kind: 'unknown', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
    // Octokit reports a failed connection as a RequestError with status 500 and no response;
    // that is not GitHub answering 500.
    if (error.response === undefined) {
        const code = networkCode(error);
        if (code) {
            return {
                kind: 'network',
                message: `Could not reach GitHub (${code}) on ${where(error)}: ${error.message}. Try again later.`,
            };
        }
    }
    // Log downloads redirect to Azure Blob Storage; its refusals (an expired link, a deleted blob)
    // carry x-ms-error-code and an XML body, and say nothing about the token's permissions.
    const storageCode = headerOf(error, 'x-ms-error-code');
    if (storageCode !== undefined) {
        return {
            status: error.status,
            githubMessage: storageCode,
            kind: 'gone',
            message: `The download link GitHub gave for ${where(error)} was refused by its storage (${error.status} ${storageCode}); such links expire after a minute. Request the download again.`,
        };
    }
    const status = error.status;
    const githubMessage = githubMessageOf(error) ?? error.message;
    const at = where(error);
    const base = { status, githubMessage };
    if (status === 401) {
        return {
            ...base,
            kind: 'auth',
            message: `GitHub rejected the token (401 ${githubMessage}) on ${at}. Check the \`token\` input.`,
        };
    }
    if (status === 403 || status === 429) {
        if (/secondary rate limit/i.test(githubMessage) ||
            (status === 429 && headerOf(error, 'retry-after') !== undefined)) {
            const retryAfter = headerOf(error, 'retry-after');
            return {
                ...base,
                kind: 'secondary-rate-limit',
                message: `GitHub's secondary rate limit stopped ${at}${retryAfter ? ` (retry after ${retryAfter}s)` : ''}. Too many writes in a short time; the next run will continue.`,
            };
        }
        if (headerOf(error, 'x-ratelimit-remaining') === '0' || /rate limit exceeded/i.test(githubMessage)) {
            const reset = Number(headerOf(error, 'x-ratelimit-reset'));
            const limit = headerOf(error, 'x-ratelimit-limit');
            const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
            // Nearest minute (a reset 60 min 1 s away reads "in 60 min"), but never "in 0 min" before it happened.
            const ms = when ? when.getTime() - now : undefined;
            const minutes = ms === undefined ? undefined : ms <= 0 ? 0 : Math.max(1, Math.round(ms / 60_000));
            return {
                ...base,
                kind: 'rate-limit',
                message: `GitHub API rate limit exhausted${limit ? ` (limit ${limit} requests/hour)` : ''} on ${at}` +
                    (when ? `; it resets at ${when.toISOString()} (in ${minutes} min)` : '') +
                    '. Stopped rather than wait; the next run will continue.',
            };
        }
        if (/refusing to allow .* to create or update workflow/i.test(githubMessage)) {
            return {
                ...base,
                kind: 'workflow-permission',
                message: `GitHub refused to change a workflow file: ${githubMessage}. Use a token with the \`workflows\` permission (a PAT with \`workflow\` scope or an App with Workflows: write).`,
            };
        }
        const permission = permissionForRoute(error.request?.method ?? 'GET', error.request?.url ?? '');
        return {
            ...base,
            kind: 'permission',
            message: `The token is not allowed to do ${at} (403 ${githubMessage}).` +
                (permission ? ` Grant \`${permission}\` in the workflow's \`permissions:\`.` : ''),
        };
    }
    if (status === 404) {
        return {
            ...base,
            kind: 'not-found',
            message: `Not found: ${at} (404). It does not exist or the token cannot see it.`,
        };
    }
    if (status === 410)
        return { ...base, kind: 'gone', message: `Gone: ${at} (410 ${githubMessage}).` };
    if (status === 409)
        return { ...base, kind: 'conflict', message: `Conflict on ${at} (409 ${githubMessage}).` };
    if (status === 422)
        return { ...base, kind: 'validation', message: `GitHub refused ${at}: ${githubMessage} (422).` };
    if (status >= 500) {
        return {
            ...base,
            kind: 'server',
            message: `GitHub answered ${status} on ${at} after retries (${githubMessage}). This is on GitHub's side; try again later.`,
        };
    }
    return { ...base, kind: 'unknown', message: `${at} failed with ${status}: ${githubMessage}` };
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   o: () => (/* binding */ resolveTrustedAuthors)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4231);

/** The account GITHUB_TOKEN acts as: the author of what it posts and of the re-runs it starts. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The logins whose work is autoheal's. Given ones win. An installation token (`ghs_…`: GITHUB_TOKEN,
 * or a GitHub App's) cannot ask GET /user (GitHub answers 403) and what GITHUB_TOKEN posts is
 * authored by github-actions[bot]; an App posts as `<slug>[bot]`, which must then be given. Any
 * other token is a user's (a PAT): GET /user names it. Other failures are thrown, not guessed
 * around: trusting the wrong login would file duplicates or trust forged markers.
 */
async function resolveTrustedAuthors(github, token, configured) {
    if (configured.length > 0)
        return [...configured];
    if (token.startsWith('ghs_'))
        return [ACTIONS_BOT];
    try {
        const me = await github.rest.users.getAuthenticated();
        return [me.data.login];
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequestError */ .eK)(error) && error.status === 403)
            return [ACTIONS_BOT];
        throw error;
    }
}


/***/ }),

/***/ 1757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ renderMarker),
/* harmony export */   Br: () => (/* binding */ isTrustedMarkerSource),
/* harmony export */   Ed: () => (/* binding */ findMarker),
/* harmony export */   FT: () => (/* binding */ parseMarkers),
/* harmony export */   Gj: () => (/* binding */ withMarkerKey)
/* harmony export */ });
/* unused harmony exports markersSigned, SIGNATURE_FIELD, SIGNATURE_HEX_LENGTH */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4531);
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7116);
/**
 * Hidden markers: how autoheal recognises what it posted before, so that a second run updates
 * instead of duplicating. A marker is an HTML comment on its own line of a body, invisible in the
 * rendered page:
 *
 *   <!-- autoheal:kind=failure fingerprint=ab12cd v=1 sig=0123456789abcdef0123456789abcdef -->
 *
 * Threat model. Anyone who can open an issue or comment (on a public repository: anyone) can type
 * a marker, and GitHub shows every body's source to everyone, so a marker is no secret. A forged
 * marker could make autoheal treat a stranger's issue as its own (edit it, close it as fixed, or
 * stop reporting a failure as "already reported"). Three defences, each closing a different gap:
 *
 * 1. Our posts never carry someone else's marker: the sanitizer turns `<!--` in any text we embed
 *    into `<​!--` (a zero-width space after `<`), which no longer parses as a marker here and is
 *    no comment on GitHub.
 * 2. Markers count only in content authored by the expected account, compared by the login the
 *    API returns (`github-actions[bot]`, `my-app[bot]`): see isTrustedMarkerSource. An ordinary
 *    user cannot register a login ending in `[bot]`.
 * 3. Optionally a keyed signature (HMAC-SHA256 over the canonical fields, key from the actions'
 *    `marker-key` input, a secret; withMarkerKey makes it the run's default):
 *    `github-actions[bot]` is shared by every workflow of the repository that uses GITHUB_TOKEN, and
 *    one of them may well echo user text into a comment. Without the key it cannot mint a marker.
 *    A signature binds the fields, not the place: a marker copied whole from one of our posts still
 *    verifies, so callers put what identifies the place (the failure fingerprint) in the fields,
 *    and rely on (2) for where it may appear.
 *
 * Only a marker alone on a line at the top level of the body counts: not one inside a fenced code
 * block or a blockquote (where quoting one of our posts would put it), nor one indented as code.
 * Add markers to a body after sanitizing it (the sanitizer neutralises every `<!--`, ours
 * included), at its start, before any embedded text, so nothing that text leaves open can
 * swallow them. Out of scope: someone holding the signing key or the bot's token, and
 * maintainers with write access, who can edit any body.
 */




/**
 * The run's signing key, when the action was given `marker-key`. Scoped to one call of
 * withMarkerKey rather than passed down: markers are rendered and read in some thirty places of
 * six actions, and a key that one of them forgot to pass would silently trust unsigned markers.
 * An explicit `options.key` still wins (tests, the CLI).
 */
const runKey = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `fn` with `key` as the default key of every renderMarker/parseMarkers/findMarker inside it (no key: unsigned, as before). */
function withMarkerKey(key, fn) {
    if (key === undefined)
        return runKey.exit(fn);
    checkSigningKey(key);
    return runKey.run(key, fn);
}
/** Whether markers are being signed and verified here (inside withMarkerKey with a key). */
function markersSigned() {
    return runKey.getStore() !== undefined;
}
function keyOf(options) {
    return options.key ?? runKey.getStore();
}
const SIGNATURE_FIELD = 'sig';
/** 128 bits of the HMAC: forging one means guessing it online, one post per try. */
const SIGNATURE_HEX_LENGTH = 32;
const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const ENCODED_VALUE = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$/;
// Greedy inside, trimmed afterwards: a lazy `(.*?)[ \t]*-->` would backtrack quadratically on a
// long line of blanks, and bodies are written by anyone.
const MARKER_LINE = /^ {0,3}<!--[ \t]*autoheal:(.*)-->[ \t]*$/;
const SIGNATURE = /^[0-9a-f]+$/;
const DOMAIN = 'autoheal-marker/v1';
/** Percent-encodes everything but unreserved URL characters, so a value cannot end the comment (`-->`), add a field or break the line. */
function encodeValue(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function checkKey(key) {
    if (!KEY.test(key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`marker field name ${JSON.stringify(key)} is not valid: use a lowercase letter, then up to 63 ` +
            'lowercase letters, digits or hyphens (for example "kind" or "run-id")');
    }
    if (key === SIGNATURE_FIELD) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`marker field name "${SIGNATURE_FIELD}" is reserved for the signature`);
    }
}
function checkSigningKey(key) {
    if (key.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('marker signing key is empty: pass a non-empty secret, or no key for unsigned markers');
    }
}
/** The signed text: a domain tag, then `key=encoded-value` lines in key order (so field order is free). */
function canonical(fields) {
    const lines = Object.keys(fields)
        .sort()
        .map((k) => `${k}=${encodeValue(fields[k])}`);
    return [DOMAIN, ...lines].join('\n');
}
function sign(fields, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHmac)('sha256', key).update(canonical(fields)).digest('hex').slice(0, SIGNATURE_HEX_LENGTH);
}
/**
 * The marker line for `fields` (no line break: put it on a line of its own). Fields keep their
 * order; values may be any string. Throws ConfigurationError for an invalid field name, no
 * fields, or an empty signing key.
 */
function renderMarker(fields, options = {}) {
    const keys = Object.keys(fields);
    if (keys.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('a marker needs at least one field (for example kind=failure)');
    }
    for (const k of keys)
        checkKey(k);
    const parts = keys.map((k) => `${k}=${encodeValue(fields[k])}`);
    const key = keyOf(options);
    if (key !== undefined) {
        checkSigningKey(key);
        parts.push(`${SIGNATURE_FIELD}=${sign(fields, key)}`);
    }
    return `<!-- autoheal:${parts.join(' ')} -->`;
}
/** Fields of a marker's inside, or undefined when any part is malformed (then it is not ours). */
function parseFields(inside) {
    const fields = {};
    let sig;
    const parts = inside.split(/[ \t]+/);
    if (parts.length === 0 || parts[0] === '')
        return undefined;
    for (const part of parts) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            return undefined;
        const key = part.slice(0, eq);
        const raw = part.slice(eq + 1);
        if (key === SIGNATURE_FIELD) {
            if (sig !== undefined || !SIGNATURE.test(raw))
                return undefined;
            sig = raw;
            continue;
        }
        if (!KEY.test(key) || Object.hasOwn(fields, key) || !ENCODED_VALUE.test(raw))
            return undefined;
        try {
            fields[key] = decodeURIComponent(raw);
        }
        catch {
            return undefined; // percent-escapes that are not UTF-8
        }
    }
    if (Object.keys(fields).length === 0)
        return undefined;
    return sig === undefined ? { fields } : { fields, sig };
}
function signatureMatches(fields, sig, key) {
    if (sig.length !== SIGNATURE_HEX_LENGTH)
        return false;
    const expected = Buffer.from(sign(fields, key), 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.timingSafeEqual)(expected, Buffer.from(sig, 'utf8'));
}
/**
 * The markers of a body, in order. With a key, only those whose signature verifies. Lines inside
 * fenced code blocks, quoted (`>`), indented 4 or more spaces, or sharing the line with other text
 * do not count.
 */
function parseMarkers(body, options = {}) {
    const key = keyOf(options);
    if (key !== undefined)
        checkSigningKey(key);
    if (!body?.includes('autoheal:'))
        return [];
    const markers = [];
    const tracker = new _text_fences_js__WEBPACK_IMPORTED_MODULE_3__/* .FenceTracker */ .GB();
    const lines = body.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (tracker.next(line))
            continue;
        const m = MARKER_LINE.exec(line);
        if (!m)
            continue;
        const parsed = parseFields(m[1].trim());
        if (!parsed)
            continue;
        if (key === undefined) {
            markers.push({ fields: parsed.fields, line: i + 1, verified: false });
        }
        else if (parsed.sig !== undefined && signatureMatches(parsed.fields, parsed.sig, key)) {
            markers.push({ fields: parsed.fields, line: i + 1, verified: true });
        }
    }
    return markers;
}
/** The first marker of the body whose `kind` field is `kind`. */
function findMarker(body, kind, options = {}) {
    return parseMarkers(body, options).find((m) => m.fields.kind === kind);
}
// A GitHub login (letters, digits, hyphens; `_` in enterprise managed user names), optionally
// with the `[bot]` suffix the API gives GitHub App and Actions accounts.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;
/**
 * Whether content by `login` may carry trusted markers: it must equal one of `expected`, ignoring
 * case (GitHub logins are case-insensitive), in the API's exact form. `github-actions` is not
 * `github-actions[bot]`: the former is a name a person could register. Throws ConfigurationError
 * when `expected` is empty or holds something that is not a login.
 */
function isTrustedMarkerSource(login, expected) {
    if (expected.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no trusted marker authors given: name at least one login, such as github-actions[bot]');
    }
    for (const e of expected) {
        if (!LOGIN.test(e)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`trusted marker author ${JSON.stringify(e)} is not a GitHub login: use letters, digits and ` +
                'hyphens, with the [bot] suffix for apps (for example github-actions[bot] or my-app[bot])');
        }
    }
    if (!login)
        return false;
    const wanted = login.toLowerCase();
    return expected.some((e) => e.toLowerCase() === wanted);
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ownEntry)
/* harmony export */ });
/**
 * `table[key]` when the table itself holds `key`, else undefined. A table written as an object
 * literal inherits Object.prototype: a name taken from a log, a pull request or a repository's
 * config (`constructor`, `toString`, `__proto__`) must find nothing there, not Object's members.
 */
function ownEntry(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ installWriteOnce),
/* harmony export */   il: () => (/* binding */ SHARED_REF_TARGET)
/* harmony export */ });
/* unused harmony exports MAX_BODY_LENGTH, requestStamp, stampBody, stampedRequestId, stripRequestStamp, classifyPost */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7116);
/**
 * Exactly-once writes. GitHub sometimes applies a write and then loses the answer (a 502 from its
 * front end, a reset connection). Retrying such a POST blindly files a second issue or posts a
 * comment twice. So the GitHub client sends every non-idempotent POST through here: it is never
 * retried by the retry plugin; after a 5xx or a network failure we first look for the object the
 * lost request may have made, and answer with it as if the POST had succeeded; only when it is
 * not there is the POST sent again (bounded).
 *
 * How each write is found again:
 * - issue, issue comment: an invisible request id is appended to the body
 *   (`<!-- autoheal-request: <uuid> -->`), and the newest issues / the issue's recent comments are
 *   searched for it. Responses of issue and comment routes have the stamp removed again, so
 *   callers comparing bodies never see it. Where it does not fit (the body is at GitHub's limit or
 *   ends inside an open code fence, where it would show) the exact title and body are matched.
 * - pull request: the open pull requests for the same head and base.
 * - label: a 422 `already_exists` on the retry is success (the lost request made it).
 * - git ref: a 422 "Reference already exists" on the retry is success if the ref points at our sha.
 * - review request: the pull request's requested reviewers already include everyone asked for.
 * - re-run: a 403 "already running" on the retry is success.
 * Blobs, trees and commits are content-addressed, and adding labels or assignees is a set union:
 * retrying those is harmless, so they keep the usual retry. PATCH, PUT and DELETE are idempotent.
 *
 * The re-reads happen only on the failure path: a request answered at once costs what it did.
 */


/** GitHub rejects issue and comment bodies longer than this. */
const MAX_BODY_LENGTH = 65_536;
const STAMP_OPEN = '<!-- autoheal-request: ';
const STAMP_CLOSE = ' -->';
const STAMP_SEPARATOR = '\n\n';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STAMP_LENGTH = STAMP_OPEN.length + 36 + STAMP_CLOSE.length;
/** The invisible line that identifies one write request. Not an autoheal marker: markers never match it. */
function requestStamp(id) {
    if (!UUID.test(id))
        throw new RangeError(`request id must be a lowercase UUID, got ${JSON.stringify(id)}`);
    return `${STAMP_OPEN}${id}${STAMP_CLOSE}`;
}
/**
 * `body` with the request stamp appended on its own line, or undefined when it cannot be added
 * without harm: the result would pass GitHub's limit, or the body ends inside an open code fence
 * (the stamp would show as code). Markers sit at the start of a body, so appending leaves them be.
 */
function stampBody(body, id, limit = MAX_BODY_LENGTH) {
    const stamp = requestStamp(id);
    const separator = body === '' ? '' : STAMP_SEPARATOR;
    if (body.length + separator.length + stamp.length > limit)
        return undefined;
    if ((0,_text_fences_js__WEBPACK_IMPORTED_MODULE_1__/* .openFenceAtEnd */ .s3)(body))
        return undefined;
    return `${body}${separator}${stamp}`;
}
/** The request id a body ends with, if it carries a stamp. Fixed-length slicing: no regex over the body. */
function stampedRequestId(body) {
    if (body.length < STAMP_LENGTH)
        return undefined;
    const tail = body.slice(body.length - STAMP_LENGTH);
    if (!tail.startsWith(STAMP_OPEN) || !tail.endsWith(STAMP_CLOSE))
        return undefined;
    const id = tail.slice(STAMP_OPEN.length, STAMP_OPEN.length + 36);
    return UUID.test(id) ? id : undefined;
}
/** `body` without a trailing request stamp (and the blank line before it); anything else unchanged. */
function stripRequestStamp(body) {
    if (stampedRequestId(body) === undefined)
        return body;
    const rest = body.slice(0, body.length - STAMP_LENGTH);
    return rest.endsWith(STAMP_SEPARATOR) ? rest.slice(0, -STAMP_SEPARATOR.length) : rest;
}
const ROUTES = [
    [/^\/repos\/([^/]+)\/([^/]+)\/issues$/, ([o, r]) => ({ kind: 'issue', owner: o, repo: r })],
    [
        /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
        ([o, r, n]) => ({ kind: 'issue-comment', owner: o, repo: r, issue: Number(n) }),
    ],
    [/^\/repos\/([^/]+)\/([^/]+)\/pulls$/, ([o, r]) => ({ kind: 'pull', owner: o, repo: r })],
    [/^\/repos\/([^/]+)\/([^/]+)\/labels$/, ([o, r]) => ({ kind: 'label', owner: o, repo: r })],
    [/^\/repos\/([^/]+)\/([^/]+)\/git\/refs$/, ([o, r]) => ({ kind: 'ref', owner: o, repo: r })],
    [
        /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/requested_reviewers$/,
        ([o, r, n]) => ({ kind: 'review-request', owner: o, repo: r, pull: Number(n) }),
    ],
    [
        /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/\d+\/(?:rerun|rerun-failed-jobs)$/,
        ([o, r]) => ({ kind: 'rerun', owner: o, repo: r }),
    ],
    [/^\/repos\/[^/]+\/[^/]+\/git\/(?:blobs|trees|commits)$/, () => ({ kind: 'repeatable' })],
    [/^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/(?:labels|assignees)$/, () => ({ kind: 'repeatable' })],
    [/^\/graphql$/, () => ({ kind: 'repeatable' })],
];
/** Classifies a POST by its path (without the API base path, query removed). */
function classifyPost(path) {
    for (const [pattern, make] of ROUTES) {
        const m = pattern.exec(path);
        if (m)
            return make(m.slice(1).map((s) => decodeURIComponent(s)));
    }
    return { kind: 'unknown' };
}
/** Issue and comment routes: their answers may carry a stamp to remove. */
const STAMPED_ROUTES = /^\/repos\/[^/]+\/[^/]+\/issues(?:\/|$)/;
/** Set on our own re-reads so their answers keep the stamps we are looking for. */
const KEEP_STAMPS = 'autoheal-keep-request-stamps';
/**
 * Request option for a ref whose sha others may send too (a claim pointing at a shared commit):
 * a 422 "already exists" on the retry then cannot prove the lost attempt was ours, so it stays a 422.
 * Pass as `request: { [SHARED_REF_TARGET]: true }`.
 */
const SHARED_REF_TARGET = 'autoheal-shared-ref-target';
/** How far before the request a re-read looks: the runner's clock may be off from GitHub's. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;
/** Issues are found among the newest this many; a lost answer is looked for seconds later. */
const RECENT_ISSUES = 50;
const MAX_COMMENT_PAGES = 5;
/** The request's full URL, and its path without the API base path (GHES: `/api/v3`). */
function target(options, octokit) {
    const parsed = octokit.request.endpoint.parse(options);
    const url = new URL(parsed.url);
    const base = new URL(String(options.baseUrl ?? 'https://api.github.com')).pathname.replace(/\/+$/, '');
    const path = base !== '' && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    return { url: parsed.url, path };
}
function stripStamps(data) {
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
        if (typeof item === 'object' && item !== null && typeof item.body === 'string') {
            const holder = item;
            holder.body = stripRequestStamp(holder.body);
        }
    }
}
/** A failure after which the request may have taken effect: a 5xx, or no answer at all (Octokit reports those as 500). */
function answerLost(error) {
    const status = error?.status;
    return typeof status !== 'number' || status >= 500;
}
/** GitHub's message and those of its `errors` (a 422 says "Validation Failed" and the reason inside). */
function errorMessage(error) {
    const data = error?.response?.data;
    if (typeof data !== 'object' || data === null)
        return String(error?.message ?? '');
    const { message, errors } = data;
    const details = Array.isArray(errors)
        ? errors.map((e) => (typeof e === 'object' && e !== null ? e.message : e))
        : [];
    return [message, ...details].filter((m) => typeof m === 'string').join('; ');
}
function hasErrorCode(error, code) {
    const data = error?.response?.data;
    const errors = typeof data === 'object' && data !== null ? data.errors : undefined;
    return (Array.isArray(errors) &&
        errors.some((e) => typeof e === 'object' && e !== null && e.code === code));
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Registers the exactly-once hook on a client. Register it before any wrap that must see one call
 * once (the operation budget), so that its retries and re-reads happen inside that wrap.
 */
function installWriteOnce(octokit, options) {
    const newId = options.newId ?? node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID;
    const now = options.now ?? Date.now;
    const log = options.log;
    const keep = { request: { [KEEP_STAMPS]: true } };
    async function findIssue(kind, sent, id, startedAt) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
            owner: kind.owner,
            repo: kind.repo,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: RECENT_ISSUES,
            ...keep,
        });
        return data.find((issue) => issue.pull_request === undefined &&
            (sent.stamped
                ? stampedRequestId(issue.body ?? '') === id
                : // Unstamped: the same title and body, made since the request (an older twin is not ours).
                    issue.title === sent.title &&
                        (issue.body ?? '') === sent.body &&
                        Date.parse(issue.created_at) >= startedAt - CLOCK_SLACK_MS));
    }
    async function findComment(kind, sent, id, startedAt) {
        // Pages by number, not through octokit.paginate: its iterator drops the `request` options that keep stamps.
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: kind.owner,
                repo: kind.repo,
                issue_number: kind.issue,
                since: new Date(startedAt - CLOCK_SLACK_MS).toISOString(),
                per_page: 100,
                page,
                ...keep,
            });
            const found = data.find((c) => sent.stamped ? stampedRequestId(c.body ?? '') === id : (c.body ?? '') === sent.body);
            if (found)
                return found;
            if (data.length < 100)
                break;
        }
        return undefined;
    }
    async function findPull(kind, sent) {
        if (typeof sent.head !== 'string' || typeof sent.base !== 'string')
            return undefined;
        const head = sent.head.includes(':') ? sent.head : `${kind.owner}:${sent.head}`;
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
            owner: kind.owner,
            repo: kind.repo,
            state: 'open',
            head,
            base: sent.base,
            per_page: 10,
        });
        const pull = data[0];
        if (!pull)
            return undefined;
        // The list holds the short form; the POST answers with the full pull request.
        const full = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: kind.owner,
            repo: kind.repo,
            pull_number: pull.number,
        });
        return full.data;
    }
    async function reviewersRequested(kind, sent) {
        const users = Array.isArray(sent.reviewers) ? sent.reviewers.map((u) => String(u).toLowerCase()) : [];
        const teams = Array.isArray(sent.team_reviewers)
            ? sent.team_reviewers.map((t) => String(t).toLowerCase())
            : [];
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: kind.owner,
            repo: kind.repo,
            pull_number: kind.pull,
        });
        const haveUsers = new Set(data.users.map((u) => u.login.toLowerCase()));
        const haveTeams = new Set(data.teams.map((t) => t.slug.toLowerCase()));
        if (!users.every((u) => haveUsers.has(u)) || !teams.every((t) => haveTeams.has(t)))
            return undefined;
        const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: kind.owner,
            repo: kind.repo,
            pull_number: kind.pull,
        });
        return pull.data;
    }
    /** After a refusal of a repeated POST: whether the refusal proves the lost attempt succeeded. */
    async function refusalMeansDone(kind, sent, error) {
        const status = statusOf(error);
        if (kind.kind === 'label' && status === 422 && hasErrorCode(error, 'already_exists')) {
            if (typeof sent.name !== 'string')
                return undefined;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
                owner: kind.owner,
                repo: kind.repo,
                name: sent.name,
            });
            return data;
        }
        if (kind.kind === 'ref' && status === 422 && /reference already exists/i.test(errorMessage(error))) {
            if (typeof sent.ref !== 'string' || !sent.ref.startsWith('refs/'))
                return undefined;
            if (sent.request?.[SHARED_REF_TARGET] === true)
                return undefined;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
                owner: kind.owner,
                repo: kind.repo,
                ref: sent.ref.slice('refs/'.length),
            });
            // Someone else's ref under the same name is a real conflict, not our lost success.
            return data.object.sha === sent.sha ? data : undefined;
        }
        if (kind.kind === 'rerun' && status === 403 && /already running/i.test(errorMessage(error)))
            return {};
        // The re-read before this retry missed it, yet GitHub now says it exists: look once more.
        if (kind.kind === 'pull' && status === 422 && /pull request already exists/i.test(errorMessage(error)))
            return findPull(kind, sent);
        return undefined;
    }
    async function writeOnce(request, requestOptions, where, kind) {
        const id = newId();
        const startedAt = now();
        const sent = { ...requestOptions };
        // The hook chain sends the options object it was given, so changes are made to it in place.
        // Our own loop replaces the retry plugin's for this request (it would repeat blindly).
        requestOptions.request = { ...requestOptions.request, retries: 0 };
        const stampable = kind.kind === 'issue' || kind.kind === 'issue-comment';
        const body = typeof sent.body === 'string' ? sent.body : '';
        let stamped = false;
        if (stampable && (sent.body === undefined || typeof sent.body === 'string')) {
            const withStamp = stampBody(body, id);
            if (withStamp !== undefined) {
                requestOptions.body = withStamp;
                stamped = true;
            }
        }
        const label = `POST ${where.path}`;
        let lastError;
        for (let tries = 0; tries <= options.retries; tries++) {
            // 1 s, 4 s, 9 s…: the retry plugin's back-off.
            if (tries > 0)
                await sleep(tries ** 2 * options.waitScaleMs);
            try {
                const response = await request(requestOptions);
                if (stampable)
                    stripStamps(response.data);
                return response;
            }
            catch (error) {
                if (tries > 0) {
                    const done = await refusalMeansDone(kind, sent, error);
                    if (done !== undefined) {
                        log?.info(`${label}: an earlier attempt whose answer was lost had already done it; not repeated.`);
                        return { status: 201, url: where.url, headers: {}, data: done };
                    }
                }
                if (!answerLost(error))
                    throw error;
                lastError = error;
            }
            if (kind.kind === 'unknown')
                break;
            let found;
            try {
                if (kind.kind === 'issue')
                    found = await findIssue(kind, { title: sent.title, body, stamped }, id, startedAt);
                else if (kind.kind === 'issue-comment')
                    found = await findComment(kind, { body, stamped }, id, startedAt);
                else if (kind.kind === 'pull')
                    found = await findPull(kind, sent);
                else if (kind.kind === 'review-request')
                    found = await reviewersRequested(kind, sent);
            }
            catch {
                // Not knowing whether it took effect, sending it again could duplicate it: stop with the original failure.
                throw lastError;
            }
            if (found !== undefined) {
                if (stampable)
                    stripStamps(found);
                log?.info(`${label}: GitHub's answer was lost, but the write had taken effect; not repeated.`);
                return { status: 201, url: where.url, headers: {}, data: found };
            }
            if (tries < options.retries)
                log?.debug(`${label}: answer lost and nothing was made; sending it again.`);
        }
        throw lastError;
    }
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const hookOptions = requestOptions;
        const send = request;
        const method = String(hookOptions.method ?? 'GET').toUpperCase();
        const { url, path } = target(hookOptions, octokit);
        const keepStamps = hookOptions.request?.[KEEP_STAMPS] === true;
        if (method === 'POST') {
            const kind = classifyPost(path);
            if (kind.kind !== 'repeatable')
                return writeOnce(send, hookOptions, { url, path }, kind);
        }
        const response = await send(hookOptions);
        if (!keepStamps && STAMPED_ROUTES.test(path))
            stripStamps(response.data);
        return response;
    });
}


/***/ })

};
