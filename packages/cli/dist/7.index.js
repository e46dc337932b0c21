export const id = 7;
export const ids = [7];
export const modules = {

/***/ 7:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeSimulator: () => (/* binding */ describeSimulator),
  parsePort: () => (/* binding */ parsePort),
  readSeed: () => (/* binding */ readSeed),
  serveGithubCommand: () => (/* binding */ serveGithubCommand)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/testkit/lib/simulator/seed-load.js + 2 modules
var seed_load = __webpack_require__(2704);
// EXTERNAL MODULE: ./packages/testkit/lib/simulator/server.js + 40 modules
var server = __webpack_require__(3996);
// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
// EXTERNAL MODULE: ./packages/cli/lib/paths.js
var paths = __webpack_require__(2817);
// EXTERNAL MODULE: ./packages/testkit/lib/simulator/faults.js
var faults = __webpack_require__(5345);
;// CONCATENATED MODULE: ./packages/cli/lib/commands/fault-spec.js
/**
 * `serve-github --fault SPEC`: one fault of the simulator's registry written as one shell word.
 *
 *   SPEC    = [METHOD " "] PATH "=" KIND [":" ARG] *("," OPTION)
 *   METHOD  = GET | POST | PUT | PATCH | DELETE            (any case; default: any method)
 *   PATH    = "*" | "/" … with {name} for one segment and a trailing * for any rest
 *   KIND    = server-error[:500|502|503] | connection-reset | rate-limit[:RESET_SECONDS]
 *           | secondary-rate-limit[:403|429] | status:CODE | validation | delay:MS
 *   OPTION  = times=N | times=always | after-effect | retry-after=SECONDS | message=TEXT
 *
 * Strict on purpose: a fault that silently means something else than what was typed makes a test
 * prove nothing, so every unknown or misplaced part is a usage error naming it.
 */


const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const KINDS = [
    'server-error',
    'connection-reset',
    'rate-limit',
    'secondary-rate-limit',
    'status',
    'validation',
    'delay',
];
/** The bad part of a spec, quoted so control characters and long input cannot garble the line. */
function quote(part) {
    return JSON.stringify(part.length > 80 ? `${part.slice(0, 80)}…` : part);
}
function fail(spec, problem) {
    throw new cli/* UsageError */.eb(`--fault ${quote(spec)}: ${problem}`);
}
/** A whole number in [min, max] written in plain digits (no signs, exponents or spaces). */
function wholeNumber(text, min, max) {
    if (!/^\d{1,9}$/.test(text))
        return undefined;
    const n = Number(text);
    return n >= min && n <= max ? n : undefined;
}
function checkPath(spec, path) {
    if (path === '*')
        return;
    if (!path.startsWith('/'))
        fail(spec, `path ${quote(path)} must start with "/" (or be "*" for every path)`);
    if (/[\s?#,]/.test(path))
        fail(spec, `path ${quote(path)} may not hold spaces, "?", "#" or ","; the query is not matched`);
    const star = path.indexOf('*');
    if (star >= 0 && (star !== path.length - 1 || !path.endsWith('/*')))
        fail(spec, `path ${quote(path)}: "*" is allowed only as the last segment ("/…/*")`);
    // Each {name} is one whole placeholder; a stray brace would be matched literally, which no one means.
    const rest = path.replace(/\{[A-Za-z0-9_-]+\}/g, '');
    if (/[{}]/.test(rest))
        fail(spec, `path ${quote(path)}: "{name}" placeholders must be closed and named`);
}
function parseKind(spec, kind, arg) {
    const needs = (what) => arg ?? fail(spec, `${kind} needs ${what}`);
    const none = () => {
        if (arg !== undefined)
            fail(spec, `${kind} takes no ":${arg}"`);
    };
    switch (kind) {
        case 'server-error': {
            if (arg === undefined)
                return { kind: 'server-error' };
            if (arg !== '500' && arg !== '502' && arg !== '503')
                fail(spec, `server-error takes :500, :502 or :503; got ${quote(arg)}`);
            return { kind: 'server-error', status: Number(arg) };
        }
        case 'connection-reset':
            none();
            return { kind: 'connection-reset' };
        case 'rate-limit': {
            if (arg === undefined)
                return { kind: 'rate-limit' };
            const seconds = wholeNumber(arg, 0, 86_400);
            if (seconds === undefined)
                fail(spec, `rate-limit takes the seconds until the reset, 0 to 86400; got ${quote(arg)}`);
            return { kind: 'rate-limit', resetInSeconds: seconds };
        }
        case 'secondary-rate-limit': {
            if (arg === undefined)
                return { kind: 'secondary-rate-limit' };
            if (arg !== '403' && arg !== '429')
                fail(spec, `secondary-rate-limit takes :403 or :429; got ${quote(arg)}`);
            return { kind: 'secondary-rate-limit', status: Number(arg) };
        }
        case 'status': {
            const text = needs('an HTTP status, as in status:404');
            const status = wholeNumber(text, 400, 599);
            if (status === undefined)
                fail(spec, `status takes an HTTP error status, 400 to 599; got ${quote(text)}`);
            return { kind: 'status', status };
        }
        case 'validation':
            none();
            return { kind: 'validation', message: 'Validation Failed' };
        case 'delay': {
            const text = needs('milliseconds, as in delay:1500');
            const ms = wholeNumber(text, 0, 600_000);
            if (ms === undefined)
                fail(spec, `delay takes milliseconds, 0 to 600000; got ${quote(text)}`);
            return { kind: 'delay', ms };
        }
        default:
            return fail(spec, `unknown fault kind ${quote(kind)}; known: ${KINDS.join(', ')}`);
    }
}
/** One `--fault` argument as the simulator's FaultSpec, or a UsageError naming the bad part. */
function parseFaultSpec(spec) {
    const eq = spec.indexOf('=');
    if (eq < 0)
        fail(spec, 'expected [METHOD ]PATH=KIND[:ARG][,OPTION…], e.g. "POST /repos/{owner}/{repo}/issues=server-error:502"');
    const target = spec.slice(0, eq).trim();
    const words = target.split(/\s+/);
    if (target === '' || words.length > 2)
        fail(spec, `before "=" give a path, optionally after a method ("POST /repos/{owner}/{repo}/issues"); got ${quote(target)}`);
    let method;
    if (words.length === 2) {
        method = words[0].toUpperCase();
        if (!METHODS.has(method))
            fail(spec, `unknown method ${quote(words[0])}; known: ${[...METHODS].join(', ')}`);
    }
    const path = words[words.length - 1];
    checkPath(spec, path);
    // message= takes the rest of the spec, commas included, so it must come last.
    let rest = spec.slice(eq + 1);
    let message;
    const at = rest.indexOf(',message=');
    if (at >= 0) {
        message = rest.slice(at + ',message='.length);
        rest = rest.slice(0, at);
        if (message.trim() === '')
            fail(spec, 'message= needs a text');
    }
    const [head = '', ...options] = rest.split(',');
    const colon = head.indexOf(':');
    const kindName = (colon < 0 ? head : head.slice(0, colon)).trim();
    const arg = colon < 0 ? undefined : head.slice(colon + 1).trim();
    if (kindName === '')
        fail(spec, `no fault kind after "="; known: ${KINDS.join(', ')}`);
    const fault = parseKind(spec, kindName, arg);
    let times;
    const seen = new Set();
    for (const raw of options) {
        const option = raw.trim();
        const name = option.includes('=') ? option.slice(0, option.indexOf('=')) : option;
        const value = option.includes('=') ? option.slice(option.indexOf('=') + 1) : undefined;
        if (seen.has(name))
            fail(spec, `${quote(name)} is given twice`);
        seen.add(name);
        if (name === 'times') {
            if (value === 'always')
                times = Number.POSITIVE_INFINITY;
            else {
                const n = value === undefined ? undefined : wholeNumber(value, 1, 1_000_000);
                if (n === undefined)
                    fail(spec, `times takes a whole number from 1, or "always"; got ${quote(option)}`);
                times = n;
            }
        }
        else if (name === 'after-effect') {
            if (value !== undefined)
                fail(spec, `after-effect takes no value; got ${quote(option)}`);
            if (fault.kind !== 'server-error' && fault.kind !== 'connection-reset')
                fail(spec, `after-effect applies to server-error and connection-reset, not ${fault.kind}`);
            fault.afterEffect = true;
        }
        else if (name === 'retry-after') {
            if (fault.kind !== 'secondary-rate-limit')
                fail(spec, `retry-after applies to secondary-rate-limit, not ${fault.kind}`);
            const seconds = value === undefined ? undefined : wholeNumber(value, 0, 3600);
            if (seconds === undefined)
                fail(spec, `retry-after takes seconds, 0 to 3600; got ${quote(option)}`);
            fault.retryAfterSeconds = seconds;
        }
        else {
            fail(spec, `unknown option ${quote(option)}; known: times=N|always, after-effect, retry-after=S, message=TEXT`);
        }
    }
    if (message !== undefined) {
        if (fault.kind !== 'status' && fault.kind !== 'validation')
            fail(spec, `message= applies to status and validation, not ${fault.kind}`);
        fault.message = message;
    }
    return { ...(method ? { method } : {}), path, ...(times !== undefined ? { times } : {}), fault };
}
/** A parsed spec written back in the grammar, every default spelled out: what the simulator will do. */
function formatFaultSpec(spec) {
    const f = spec.fault;
    let kind = f.kind;
    const options = [];
    switch (f.kind) {
        case 'server-error':
            kind += `:${f.status ?? faults/* FAULT_DEFAULTS */.k.serverErrorStatus}`;
            if (f.afterEffect)
                options.push('after-effect');
            break;
        case 'connection-reset':
            if (f.afterEffect)
                options.push('after-effect');
            break;
        case 'rate-limit':
            kind += `:${f.resetInSeconds ?? faults/* FAULT_DEFAULTS */.k.resetInSeconds}`;
            break;
        case 'secondary-rate-limit':
            kind += `:${f.status ?? faults/* FAULT_DEFAULTS */.k.secondaryStatus}`;
            options.push(`retry-after=${f.retryAfterSeconds ?? faults/* FAULT_DEFAULTS */.k.retryAfterSeconds}`);
            break;
        case 'status':
            kind += `:${f.status}`;
            break;
        case 'delay':
            kind += `:${f.ms}`;
            break;
        case 'validation':
            break;
    }
    const times = spec.times ?? 1;
    options.unshift(`times=${times === Number.POSITIVE_INFINITY ? 'always' : times}`);
    if ((f.kind === 'status' || f.kind === 'validation') && f.message !== undefined)
        options.push(`message=${f.message}`);
    const path = typeof spec.path === 'string' ? spec.path : String(spec.path);
    return `${spec.method ? `${spec.method} ` : ''}${path}=${[kind, ...options].join(',')}`;
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/serve-github.js







const USAGE = `Usage: pnpm autoheal serve-github [--seed FILE] [--port N] [--base-path /api/v3] [--fault SPEC]…

Start the local GitHub REST simulator on 127.0.0.1 until Ctrl-C. Point an action at it with
GITHUB_API_URL=<printed URL> and one of the printed tokens.

  --seed FILE       the world to start from (JSON seed; default: the demo repository whose CI failed)
  --port N          port to listen on (default: any free port)
  --base-path P     serve under a path prefix, as GitHub Enterprise Server does (/api/v3)
  --fault SPEC      answer matching requests with a fault, repeatable (the first live match answers):
                      [METHOD ]PATH=KIND[:ARG][,times=N|always][,after-effect][,retry-after=S][,message=TEXT]
                    PATH is without the base path; {name} is one segment, a trailing /* any rest, * alone
                    every path. KIND[:ARG]: server-error[:500|502|503], connection-reset,
                    rate-limit[:seconds to reset], secondary-rate-limit[:403|429], status:CODE, validation,
                    delay:MS. times (default 1) counts matching requests; after-effect (server-error,
                    connection-reset) serves the request first, so the write happens and its answer is
                    lost; retry-after is secondary-rate-limit's (default 60); message= (status,
                    validation) takes the rest of the spec. Examples:
                      --fault 'POST /repos/{owner}/{repo}/issues=server-error:502,after-effect'
                      --fault 'GET /repos/{owner}/{repo}/actions/runs/*=delay:1500,times=3'
                      --fault '*=secondary-rate-limit:429,retry-after=1,times=1'
                    The active faults are printed at start, and how many requests each answered at exit.`;
function parsePort(value) {
    if (value === undefined)
        return undefined;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new cli/* UsageError */.eb(`--port must be an integer from 0 to 65535; got "${value}"`);
    return port;
}
async function readSeed(file, cwd) {
    return (0,seed_load/* loadSeedFile */.wU)(file === undefined ? paths/* DEMO_SEED */.UM : external_node_path_.resolve(cwd, file));
}
/** What a person needs to use a running simulator: its URL and the tokens it accepts. */
function describeSimulator(sim, seed) {
    const lines = [`GitHub simulator listening on ${sim.url}`, '', `  export GITHUB_API_URL=${sim.url}`];
    for (const token of seed.tokens ?? [])
        lines.push(`  token for ${token.login}: ${token.token}`);
    const repos = (seed.repos ?? []).map((r) => `${r.owner}/${r.name}`);
    if (repos.length > 0)
        lines.push(`  repositories: ${repos.join(', ')}`);
    return `${lines.join('\n')}\n`;
}
const serveGithubCommand = {
    name: 'serve-github',
    summary: 'Start the GitHub REST simulator on 127.0.0.1, to try actions locally.',
    usage: USAGE,
    async run(args, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(args, {
            seed: { type: 'string' },
            port: { type: 'string' },
            'base-path': { type: 'string' },
            fault: { type: 'string', multiple: true },
        }, false);
        const port = parsePort(values.port);
        // Parsed before anything starts, so a mistyped fault never leaves a half-faulty server running.
        const faultSpecs = (values.fault ?? []).map(parseFaultSpec);
        const seed = await readSeed(values.seed, io.cwd);
        const basePath = values['base-path'];
        let sim;
        try {
            sim = await (0,server/* startGitHubSimulator */.I)({
                seed,
                ...(port !== undefined ? { port } : {}),
                ...(basePath ? { basePath } : {}),
            });
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EADDRINUSE' && code !== 'EACCES')
                throw error;
            io.stderr(`autoheal serve-github: cannot listen on 127.0.0.1:${port ?? 0} (${code === 'EADDRINUSE' ? 'the port is in use' : 'not allowed'}); choose another --port, or leave it out for any free port\n`);
            return cli/* EXIT */.dc.failure;
        }
        const injected = faultSpecs.map((spec) => sim.faults.inject(spec));
        io.stdout(describeSimulator(sim, seed));
        if (injected.length > 0) {
            io.stdout(`  faults (the first live match answers):\n`);
            for (const [i, f] of injected.entries())
                io.stdout(`    ${i + 1}. ${formatFaultSpec(f.spec)}\n`);
        }
        io.stdout('Press Ctrl-C to stop.\n');
        if (io.signal && !io.signal.aborted)
            await (0,external_node_events_.once)(io.signal, 'abort');
        await sim.close();
        const writes = sim.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').length;
        io.stdout(`Stopped after ${sim.requests.length} request(s), ${writes} of them writes.\n`);
        for (const [i, f] of injected.entries())
            io.stdout(`  fault ${i + 1} answered ${f.hits} request(s): ${formatFaultSpec(f.spec)}\n`);
        return cli/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 2817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ REPO_ROOT),
/* harmony export */   QH: () => (/* binding */ ACTIONS_DIR),
/* harmony export */   UM: () => (/* binding */ DEMO_SEED)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);


/** The repository root: this file is packages/cli/{src,lib}/paths.{ts,js}. */
const REPO_ROOT = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)), '..', '..', '..');
const ACTIONS_DIR = node_path__WEBPACK_IMPORTED_MODULE_0__.join(REPO_ROOT, 'actions');
/** The demo's world: a repository whose CI failed with a real log (used by serve-github and run-action by default). */
const DEMO_SEED = node_path__WEBPACK_IMPORTED_MODULE_0__.join(REPO_ROOT, 'packages', 'testkit', 'seeds', 'demo.json');


/***/ }),

/***/ 5345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ FAULT_DEFAULTS),
/* harmony export */   o: () => (/* binding */ FaultRegistry)
/* harmony export */ });
/**
 * Faults injected on demand: a request whose method and path match answers with the fault instead
 * of (or, for `delay`, before) its normal answer, for the first `times` matching requests or always.
 * `server-error` and `connection-reset` may instead strike after the request took effect.
 */
/** What a fault leaves out means this: the simulator answers with these, and a printed fault shows them. */
const FAULT_DEFAULTS = {
    serverErrorStatus: 500,
    resetInSeconds: 3600,
    secondaryStatus: 403,
    retryAfterSeconds: 60,
};
function templateRegExp(template) {
    const rest = template.endsWith('*');
    const body = (rest ? template.slice(0, -1) : template)
        .split(/(\{[^}]+\})/)
        .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}${rest ? '.*' : '/?'}$`);
}
class Injected {
    spec;
    owner;
    hits = 0;
    matcher;
    constructor(spec, owner) {
        this.spec = spec;
        this.owner = owner;
        this.matcher = typeof spec.path === 'string' ? templateRegExp(spec.path) : spec.path;
    }
    get remaining() {
        return Math.max(0, (this.spec.times ?? 1) - this.hits);
    }
    matches(method, path) {
        if (this.remaining <= 0)
            return false;
        if (this.spec.method && this.spec.method.toUpperCase() !== method.toUpperCase())
            return false;
        return this.matcher.test(path);
    }
    remove() {
        this.owner.remove(this);
    }
}
class FaultRegistry {
    faults = [];
    inject(spec) {
        if (spec.times !== undefined && !(spec.times >= 1))
            throw new RangeError(`fault times must be ≥ 1 or Infinity, got ${spec.times}`);
        const injected = new Injected(spec, this);
        this.faults.push(injected);
        return injected;
    }
    /** The first live fault matching the request, counted as used. */
    take(method, path) {
        const found = this.faults.find((f) => f.matches(method, path));
        if (!found)
            return undefined;
        found.hits += 1;
        return found.spec.fault;
    }
    remove(fault) {
        const i = this.faults.indexOf(fault);
        if (i >= 0)
            this.faults.splice(i, 1);
    }
    clear() {
        this.faults.length = 0;
    }
    get active() {
        return this.faults.filter((f) => f.remaining > 0);
    }
}


/***/ }),

/***/ 2704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wU: () => (/* binding */ loadSeedFile),
  Uw: () => (/* binding */ validateSeed)
});

// UNUSED EXPORTS: resolveSeedPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/seed-checker.js

const ISSUE_STATES = ['open', 'closed'];
const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const PERMISSION_LEVELS = ['none', 'read', 'write'];
const ROLES = ['admin', 'maintain', 'write', 'triage', 'read'];
class SeedChecker {
    file;
    errors = [];
    constructor(file) {
        this.file = file;
    }
    fail(key, problem, accepted) {
        this.errors.push(new errors/* ConfigurationError */.j1(`seed ${key}: ${problem}; accepted: ${accepted}`, this.file ? { file: this.file } : undefined));
    }
    string(obj, key, where, required) {
        const value = obj[key];
        if (value === undefined) {
            if (required)
                this.fail(`${where}.${key}`, 'is missing', 'a string');
            return;
        }
        if (typeof value !== 'string' || value === '')
            this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'a non-empty string');
    }
    boolean(obj, key, where) {
        const value = obj[key];
        if (value !== undefined && typeof value !== 'boolean')
            this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'true or false');
    }
    oneOf(obj, key, where, allowed) {
        const value = obj[key];
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string' || !allowed.includes(value))
            this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, allowed.join(', '));
    }
    date(obj, key, where) {
        const value = obj[key];
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
            this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'an ISO 8601 date-time such as 2026-01-31T12:00:00Z');
    }
    /** An array of non-empty strings (returned; empty when absent or wrong). */
    strings(obj, key, where, required) {
        const value = obj[key];
        if (value === undefined) {
            if (required)
                this.fail(`${where}.${key}`, 'is missing', 'an array of strings');
            return [];
        }
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
            this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'an array of non-empty strings');
            return [];
        }
        return value;
    }
    array(obj, key, where) {
        const value = obj[key];
        if (value === undefined)
            return [];
        if (!Array.isArray(value)) {
            this.fail(`${where}.${key}`, `is ${typeof value}`, 'an array');
            return [];
        }
        return value.map((item, i) => {
            if (typeof item !== 'object' || item === null || Array.isArray(item)) {
                this.fail(`${where}.${key}[${i}]`, `is ${JSON.stringify(item)}`, 'an object');
                return {};
            }
            return item;
        });
    }
}

// EXTERNAL MODULE: ./packages/testkit/lib/simulator/seed-types.js
var seed_types = __webpack_require__(7197);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/seed-validate-checks.js

/**
 * Checking what a seeded repository says about merge gates: check runs besides the workflow jobs,
 * commit statuses, branch protection and rulesets. Commits they name are resolved when the seed
 * is applied (a revision like `main~1` needs the repository's history).
 */
const CHECK_CONCLUSIONS = [
    'success',
    'failure',
    'neutral',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required',
];
const STATUS_STATES = ['error', 'failure', 'pending', 'success'];
const ENFORCEMENTS = ['active', 'evaluate', 'disabled'];
function checkMergeGates(c, repo, where, branchNames) {
    for (const [i, check] of c.array(repo, 'check_runs', where).entries()) {
        const w = `${where}.check_runs[${i}]`;
        c.string(check, 'name', w, true);
        c.string(check, 'head_sha', w, false);
        c.oneOf(check, 'status', w, RUN_STATUSES);
        c.oneOf(check, 'conclusion', w, CHECK_CONCLUSIONS);
        c.date(check, 'started_at', w);
        c.date(check, 'completed_at', w);
        if (check.conclusion && check.status !== undefined && check.status !== 'completed')
            c.fail(`${w}.conclusion`, `is set while status is "${String(check.status)}"`, 'a conclusion only when completed');
    }
    for (const [i, status] of c.array(repo, 'statuses', where).entries()) {
        const w = `${where}.statuses[${i}]`;
        c.string(status, 'context', w, true);
        c.string(status, 'sha', w, false);
        if (status.state === undefined)
            c.fail(`${w}.state`, 'is missing', STATUS_STATES.join(', '));
        c.oneOf(status, 'state', w, STATUS_STATES);
        c.date(status, 'created_at', w);
        c.date(status, 'updated_at', w);
    }
    const protectedBranches = repo.protected_branches;
    if (protectedBranches !== undefined) {
        if (typeof protectedBranches !== 'object' ||
            protectedBranches === null ||
            Array.isArray(protectedBranches))
            c.fail(`${where}.protected_branches`, `is ${JSON.stringify(protectedBranches)}`, 'an object of branch name → { required_status_checks }');
        else
            for (const [name, protection] of Object.entries(protectedBranches)) {
                const w = `${where}.protected_branches.${name}`;
                if (!branchNames.has(name))
                    c.fail(w, `names no branch "${name}"`, [...branchNames].join(', '));
                if (typeof protection !== 'object' || protection === null || Array.isArray(protection))
                    c.fail(w, `is ${JSON.stringify(protection)}`, 'an object with required_status_checks');
                else
                    c.strings(protection, 'required_status_checks', w, true);
            }
    }
    for (const [i, ruleset] of c.array(repo, 'rulesets', where).entries()) {
        const w = `${where}.rulesets[${i}]`;
        c.string(ruleset, 'name', w, true);
        c.oneOf(ruleset, 'enforcement', w, ENFORCEMENTS);
        if (c.strings(ruleset, 'branches', w, true).length === 0 && Array.isArray(ruleset.branches))
            c.fail(`${w}.branches`, 'is empty', 'branch names or patterns, ~DEFAULT_BRANCH or ~ALL');
        c.strings(ruleset, 'required_status_checks', w, true);
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/seed-load.js







/**
 * Reading and checking seeds. A seed is written by a test author, so its mistakes are
 * ConfigurationErrors naming the key (`repos[0].runs[1].workflow`), the problem and what is accepted.
 */
function checkJob(c, job, where) {
    c.string(job, 'name', where, true);
    c.oneOf(job, 'status', where, RUN_STATUSES);
    for (const [i, step] of c.array(job, 'steps', where).entries())
        c.string(step, 'name', `${where}.steps[${i}]`, true);
    for (const [i, a] of c.array(job, 'annotations', where).entries()) {
        const w = `${where}.annotations[${i}]`;
        c.string(a, 'path', w, true);
        c.string(a, 'message', w, true);
        c.oneOf(a, 'annotation_level', w, ['notice', 'warning', 'failure']);
        if (typeof a.start_line !== 'number')
            c.fail(`${w}.start_line`, 'is missing', 'a line number');
    }
    const log = job.log;
    if (log !== undefined && typeof log !== 'string') {
        const file = log.file;
        if (typeof file !== 'string')
            c.fail(`${where}.log`, `is ${JSON.stringify(log)}`, 'a string or { "file": path }');
        else if (!(0,external_node_fs_.existsSync)(file))
            c.fail(`${where}.log.file`, `"${file}" does not exist`, 'a readable file');
    }
}
function checkFullName(c, value, where) {
    if (typeof value === 'string' && !/^[\w.-]+\/[\w.-]+$/.test(value))
        c.fail(where, `is ${JSON.stringify(value)}`, 'a repository written as owner/name');
}
function checkRun(c, run, where, repo) {
    const workflows = repo.workflows ?? [];
    const ref = run.workflow;
    const match = workflows.some((w) => w.id === ref ||
        w.path === ref ||
        w.name === ref ||
        (typeof w.path === 'string' && external_node_path_.posix.basename(w.path) === ref));
    if (!match)
        c.fail(`${where}.workflow`, `${JSON.stringify(ref)} matches no workflow of the repository`, "a workflow's path, file name, name or id");
    c.string(run, 'branch', where, true);
    c.string(run, 'head_repository', where, false);
    checkFullName(c, run.head_repository, `${where}.head_repository`);
    c.oneOf(run, 'status', where, RUN_STATUSES);
    c.date(run, 'created_at', where);
    c.date(run, 'updated_at', where);
    for (const [i, job] of c.array(run, 'jobs', where).entries())
        checkJob(c, job, `${where}.jobs[${i}]`);
    for (const [i, attempt] of c.array(run, 'previous_attempts', where).entries()) {
        c.oneOf(attempt, 'status', `${where}.previous_attempts[${i}]`, RUN_STATUSES);
        for (const [j, job] of c.array(attempt, 'jobs', `${where}.previous_attempts[${i}]`).entries())
            checkJob(c, job, `${where}.previous_attempts[${i}].jobs[${j}]`);
    }
}
function checkRepo(c, repo, where) {
    c.string(repo, 'owner', where, true);
    c.string(repo, 'name', where, true);
    c.date(repo, 'created_at', where);
    const files = repo.files;
    if (files !== undefined && (typeof files !== 'object' || files === null || Array.isArray(files)))
        c.fail(`${where}.files`, `is ${JSON.stringify(files)}`, 'an object of path → text');
    const branches = (repo.branches ?? {});
    const branchNames = new Set([String(repo.default_branch ?? 'main'), ...Object.keys(branches)]);
    for (const [name, branch] of Object.entries(branches)) {
        if (branch.from !== undefined && !branchNames.has(String(branch.from)))
            c.fail(`${where}.branches.${name}.from`, `names no branch "${String(branch.from)}"`, [...branchNames].join(', '));
    }
    for (const [i, commit] of c.array(repo, 'commits', where).entries()) {
        c.string(commit, 'message', `${where}.commits[${i}]`, true);
        if (typeof commit.branch !== 'string' || !branchNames.has(commit.branch))
            c.fail(`${where}.commits[${i}].branch`, `is ${JSON.stringify(commit.branch)}`, [...branchNames].join(', '));
        if (typeof commit.files !== 'object' || commit.files === null)
            c.fail(`${where}.commits[${i}].files`, 'is missing', 'an object of path → text (null deletes)');
    }
    for (const [i, col] of c.array(repo, 'collaborators', where).entries()) {
        c.string(col, 'login', `${where}.collaborators[${i}]`, true);
        c.oneOf(col, 'permission', `${where}.collaborators[${i}]`, ROLES);
    }
    c.boolean(repo, 'copilot_review', where);
    const teams = new Set();
    for (const [i, team] of c.array(repo, 'teams', where).entries()) {
        const w = `${where}.teams[${i}]`;
        c.string(team, 'slug', w, true);
        c.oneOf(team, 'permission', w, ROLES);
        if (typeof team.slug !== 'string')
            continue;
        if (teams.has(team.slug.toLowerCase()))
            c.fail(`${w}.slug`, `"${team.slug}" is used twice`, 'unique slugs');
        teams.add(team.slug.toLowerCase());
    }
    const milestones = new Set();
    for (const [i, milestone] of c.array(repo, 'milestones', where).entries()) {
        const w = `${where}.milestones[${i}]`;
        c.string(milestone, 'title', w, true);
        c.oneOf(milestone, 'state', w, ISSUE_STATES);
        for (const key of ['due_on', 'created_at', 'updated_at', 'closed_at'])
            c.date(milestone, key, w);
        if (typeof milestone.title !== 'string')
            continue;
        if (milestones.has(milestone.title))
            c.fail(`${w}.title`, `"${milestone.title}" is used twice`, 'unique milestone titles');
        milestones.add(milestone.title);
    }
    for (const [i, label] of c.array(repo, 'labels', where).entries()) {
        c.string(label, 'name', `${where}.labels[${i}]`, true);
        if (label.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(String(label.color)))
            c.fail(`${where}.labels[${i}].color`, `is ${JSON.stringify(label.color)}`, 'six hex digits without #');
    }
    for (const key of ['issues', 'pulls']) {
        for (const [i, issue] of c.array(repo, key, where).entries()) {
            const w = `${where}.${key}[${i}]`;
            c.string(issue, 'title', w, true);
            c.string(issue, 'author', w, true);
            c.oneOf(issue, 'state', w, ISSUE_STATES);
            c.date(issue, 'created_at', w);
            c.date(issue, 'updated_at', w);
            for (const [j, comment] of c.array(issue, 'comments', w).entries()) {
                c.string(comment, 'author', `${w}.comments[${j}]`, true);
                c.date(comment, 'created_at', `${w}.comments[${j}]`);
            }
            if (issue.milestone !== undefined && !milestones.has(String(issue.milestone)))
                c.fail(`${w}.milestone`, `names no milestone ${JSON.stringify(issue.milestone)}`, `the title of one of the repository's milestones (${[...milestones].join(', ') || 'none'})`);
            if (key === 'pulls')
                checkPull(c, issue, w, branchNames, teams);
        }
    }
    for (const [i, wf] of c.array(repo, 'workflows', where).entries()) {
        c.string(wf, 'name', `${where}.workflows[${i}]`, true);
        c.string(wf, 'path', `${where}.workflows[${i}]`, true);
    }
    for (const [i, run] of c.array(repo, 'runs', where).entries())
        checkRun(c, run, `${where}.runs[${i}]`, repo);
    checkMergeGates(c, repo, where, branchNames);
}
function checkPull(c, pull, w, branchNames, teams) {
    c.string(pull, 'head', w, true);
    c.string(pull, 'head_repository', w, false);
    checkFullName(c, pull.head_repository, `${w}.head_repository`);
    c.string(pull, 'head_sha', w, false);
    if (pull.head_sha !== undefined && pull.head_repository === undefined)
        c.fail(`${w}.head_sha`, 'is set without head_repository', 'head_sha only for a fork pull request');
    if (typeof pull.head === 'string' && pull.head_repository === undefined && !branchNames.has(pull.head))
        c.fail(`${w}.head`, `names no branch "${pull.head}"`, [...branchNames].join(', '));
    if (typeof pull.base === 'string' && !branchNames.has(pull.base))
        c.fail(`${w}.base`, `names no branch "${pull.base}"`, [...branchNames].join(', '));
    for (const slug of c.strings(pull, 'requested_teams', w, false))
        if (!teams.has(slug.toLowerCase()))
            c.fail(`${w}.requested_teams`, `names no team "${slug}"`, `slugs of the repository's teams (${[...teams].join(', ') || 'none'})`);
    c.date(pull, 'merged_at', w);
    c.string(pull, 'merged_by', w, false);
    if (pull.merged_by !== undefined && pull.merged_at === undefined)
        c.fail(`${w}.merged_by`, 'is set without merged_at', 'merged_by only with merged_at');
    if (pull.merged_at === undefined)
        return;
    // A merged pull request is closed, and closed when it merged.
    if (pull.state === 'open')
        c.fail(`${w}.state`, 'is "open" with merged_at', 'closed (or left out)');
    if (pull.closed_at !== undefined && pull.closed_at !== pull.merged_at)
        c.fail(`${w}.closed_at`, `is ${JSON.stringify(pull.closed_at)}, not merged_at`, 'the same time as merged_at');
}
/** Check a seed's shape and references; throws every problem found at once. */
function validateSeed(seed, file) {
    const c = new SeedChecker(file);
    if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) {
        c.fail('(root)', `is ${JSON.stringify(seed)}`, 'an object with users, tokens and repos');
        throw c.errors[0];
    }
    const root = seed;
    for (const [i, user] of c.array(root, 'users', 'users').entries()) {
        c.string(user, 'login', `users[${i}]`, true);
        c.oneOf(user, 'type', `users[${i}]`, ['User', 'Bot', 'Organization']);
    }
    for (const [i, token] of c.array(root, 'tokens', 'tokens').entries()) {
        const w = `tokens[${i}]`;
        c.string(token, 'token', w, true);
        c.string(token, 'login', w, true);
        const p = token.permissions;
        if (typeof p === 'string')
            c.oneOf(token, 'permissions', w, PERMISSION_LEVELS);
        else if (p !== undefined) {
            for (const [scope, level] of Object.entries(p)) {
                if (!seed_types/* PERMISSION_SCOPES */.E.includes(scope))
                    c.fail(`${w}.permissions.${scope}`, 'is not a known scope', seed_types/* PERMISSION_SCOPES */.E.join(', '));
                else if (!PERMISSION_LEVELS.includes(String(level)))
                    c.fail(`${w}.permissions.${scope}`, `is ${JSON.stringify(level)}`, PERMISSION_LEVELS.join(', '));
            }
        }
    }
    const types = new Map();
    for (const user of c.array(root, 'users', 'users'))
        if (typeof user.login === 'string')
            types.set(user.login.toLowerCase(), user.type ?? 'User');
    for (const [i, repo] of c.array(root, 'repos', 'repos').entries()) {
        checkRepo(c, repo, `repos[${i}]`);
        // Teams belong to organizations; a user-owned repository has none.
        const ownerType = typeof repo.owner === 'string' ? types.get(repo.owner.toLowerCase()) : undefined;
        if (Array.isArray(repo.teams) &&
            repo.teams.length > 0 &&
            ownerType !== undefined &&
            ownerType !== 'Organization')
            c.fail(`repos[${i}].teams`, `are given but the owner "${String(repo.owner)}" is a ${String(ownerType)}`, 'teams only on repositories of an organization (users[].type "Organization")');
    }
    if (c.errors.length === 1)
        throw c.errors[0];
    if (c.errors.length > 1)
        throw new errors/* ConfigurationErrors */.yb(c.errors);
}
function resolveLog(job, dir) {
    if (typeof job.log === 'object' && job.log !== null && typeof job.log.file === 'string')
        job.log = { file: external_node_path_.resolve(dir, job.log.file) };
}
/** Make `{ file }` log references absolute against `dir` (a seed file's folder). */
function resolveSeedPaths(seed, dir) {
    const visitRun = (run) => {
        for (const job of run.jobs ?? [])
            resolveLog(job, dir);
        for (const attempt of run.previous_attempts ?? [])
            for (const job of attempt.jobs ?? [])
                resolveLog(job, dir);
    };
    for (const repo of seed.repos ?? [])
        for (const run of repo.runs ?? [])
            visitRun(run);
    return seed;
}
/** Read a JSON seed; log files it names are resolved against the seed file's folder. */
async function loadSeedFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`seed file "${file}" cannot be read (${error.message}); accepted: a JSON file`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`seed file "${file}" is not valid JSON (${error.message})`, {
            file,
        });
    }
    if (typeof parsed === 'object' && parsed !== null)
        resolveSeedPaths(parsed, external_node_path_.dirname(external_node_path_.resolve(file)));
    validateSeed(parsed, file);
    return parsed;
}


/***/ }),

/***/ 7197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PERMISSION_SCOPES)
/* harmony export */ });
/**
 * The simulator's seed: the world a test starts from, as plain JSON. Every field that GitHub
 * would fill in (ids, urls, node ids, shas) is optional and derived; timestamps default to the
 * simulator's clock. `loadSeedFile` reads one from disk; `seedBuilder` makes one in code.
 */
const PERMISSION_SCOPES = [
    'contents',
    'issues',
    'pull_requests',
    'actions',
    'checks',
    'statuses',
    'metadata',
];


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ startGitHubSimulator)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/route-types.js
const DOCS_BASE = 'https://docs.github.com/rest';
/** An error answer; handlers throw it and the server sends it. */
class ApiError extends Error {
    status;
    body;
    headers;
    constructor(status, body, headers = {}) {
        super(String(body.message ?? status));
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}
function docsUrl(route) {
    return route ? `${DOCS_BASE}/${route.docs}` : DOCS_BASE;
}
/** GitHub's plain error body: message, documentation_url and (since 2024) the status as a string. */
function errorBody(status, message, route) {
    return { message, documentation_url: docsUrl(route), status: String(status) };
}
function fail(ctx, status, message) {
    throw new ApiError(status, errorBody(status, message, ctx.route));
}
function notFound(ctx) {
    fail(ctx, 404, 'Not Found');
}
/** 422 "Validation Failed" with GitHub's `errors` array. */
function validationFailed(ctx, errors, message = 'Validation Failed') {
    throw new ApiError(422, { message, errors, documentation_url: docsUrl(ctx.route), status: '422' });
}
function repoOf(ctx) {
    const repo = ctx.state.repo(decodeURIComponent(ctx.params.owner ?? ''), decodeURIComponent(ctx.params.repo ?? ''));
    if (!repo)
        notFound(ctx);
    return repo;
}
/** A positive integer path parameter, or 404 as GitHub answers for `/issues/abc`. */
function intParam(ctx, name) {
    const raw = ctx.params[name] ?? '';
    if (!/^\d+$/.test(raw))
        notFound(ctx);
    return Number(raw);
}
function bodyObject(ctx) {
    const body = ctx.body;
    if (body === undefined)
        return {};
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ApiError(400, errorBody(400, 'Problems parsing JSON', ctx.route));
    }
    return body;
}
/** GitHub's 422 for a request body field of the wrong type or missing. */
function invalidField(ctx, message) {
    throw new ApiError(422, {
        message: `Invalid request.\n\n${message}`,
        documentation_url: docsUrl(ctx.route),
        status: '422',
    });
}
function requireString(ctx, body, key) {
    const value = body[key];
    if (value === undefined || value === null)
        invalidField(ctx, `"${key}" wasn't supplied.`);
    if (typeof value !== 'string')
        invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`);
    return value;
}
function optionalString(ctx, body, key) {
    const value = body[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`);
    return value;
}
function optionalStringArray(ctx, body, key) {
    const value = body[key];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        invalidField(ctx, `For 'properties/${key}', ${JSON.stringify(value)} is not an array.`);
    return value;
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/auth.js

/**
 * Who is calling, and may they. GitHub answers a missing token with 401 "Requires
 * authentication", an unknown one with 401 "Bad credentials", and a token lacking the permission
 * for a write with 403 "Resource not accessible by integration".
 */
function tokenFrom(header) {
    if (!header)
        return undefined;
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
}
function authenticate(state, header, route) {
    const token = tokenFrom(header);
    if (token === undefined)
        throw new ApiError(401, errorBody(401, 'Requires authentication', route));
    const identity = state.tokens.get(token);
    if (!identity)
        throw new ApiError(401, errorBody(401, 'Bad credentials', route));
    return { identity, user: state.ensureUser(identity.login) };
}
function authorize(ctx) {
    const level = ctx.identity.permissions[ctx.route.scope] ?? 'none';
    const needsWrite = ctx.method !== 'GET';
    if (level === 'write' || (level === 'read' && !needsWrite))
        return;
    throw new ApiError(403, errorBody(403, 'Resource not accessible by integration', ctx.route));
}
/**
 * GitHub's refusal to let a token without the `workflows` permission touch a workflow file. The
 * wording names the kind of credential: a GitHub App (bots, GITHUB_TOKEN) or a personal token.
 */
function workflowRefusal(ctx, files) {
    if (ctx.identity.workflows || files.length === 0)
        return undefined;
    const file = files[0];
    return ctx.user.type === 'Bot'
        ? `refusing to allow a GitHub App to create or update workflow \`${file}\` without \`workflows\` permission`
        : `refusing to allow a Personal Access Token to create or update workflow \`${file}\` without \`workflow\` scope`;
}
function refuseWorkflowChange(ctx, files) {
    const message = workflowRefusal(ctx, files);
    if (message)
        throw new ApiError(403, errorBody(403, message, ctx.route));
}
/** A login's role on a repository: the owner is admin; others as the seed made them collaborators. */
function roleOf(repo, login) {
    if (login.toLowerCase() === repo.owner.toLowerCase())
        return 'admin';
    return repo.collaborators.get(login.toLowerCase());
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/etag.js

/**
 * Conditional requests as GitHub answers them: a GET answered 200 with JSON carries an `ETag`
 * (a quoted SHA-256, weak `W/"…"` when the client accepts a compressed body, as GitHub's front end
 * sends it then), `Cache-Control: private, max-age=60, s-maxage=60` and `Vary`. A GET whose
 * `If-None-Match` names the current tag is answered 304 with no body and is not counted against
 * the rate limit ("Best practices for using the REST API", Use conditional requests). The tag
 * depends on the token as well as the body: GitHub's differs per token (github/docs#34689).
 */
const CACHE_CONTROL = 'private, max-age=60, s-maxage=60';
const VARY = 'Accept, Authorization, Cookie, X-GitHub-OTP';
function etagFor(body, authorization, weak) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(authorization ?? '')
        .update('\0')
        .update(JSON.stringify(body))
        .digest('hex');
    return weak ? `W/"${hash}"` : `"${hash}"`;
}
/** Whether the request's Accept-Encoding allows a compressed answer (GitHub then weakens the tag). */
function acceptsCompression(acceptEncoding) {
    return acceptEncoding !== undefined && /\b(gzip|br|deflate)\b/i.test(acceptEncoding);
}
/** The entity tags of an If-None-Match header: `*`, or a comma-separated list of (weak) quoted tags. */
function parseIfNoneMatch(header) {
    if (header === undefined)
        return undefined;
    const text = header.trim();
    if (text === '*')
        return '*';
    const tags = [];
    // One pass over the header with a sticky pattern: no backtracking over what a client sent.
    const tag = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;
    let at = 0;
    while (at < text.length) {
        tag.lastIndex = at;
        const m = tag.exec(text);
        if (!m)
            return tags.length > 0 ? tags : undefined;
        tags.push(m[2]);
        at = tag.lastIndex;
    }
    return tags;
}
/** RFC 9110 weak comparison, which If-None-Match uses: the opaque parts are equal, W/ or not. */
function ifNoneMatchHits(header, etag) {
    const tags = parseIfNoneMatch(header);
    if (tags === undefined)
        return false;
    if (tags === '*')
        return true;
    const opaque = etag.replace(/^W\//, '').slice(1, -1);
    return tags.includes(opaque);
}

// EXTERNAL MODULE: ./packages/testkit/lib/simulator/faults.js
var simulator_faults = __webpack_require__(5345);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/branch-rules.js
/**
 * What a branch requires before a merge: its classic protection (`repo.protection`) and the
 * rulesets that target it. Only required status checks are modelled.
 */
function addRuleset(state, repo, seed) {
    const id = seed.id ?? state.nextId();
    state.reserveId(id);
    const ruleset = {
        id,
        name: seed.name,
        enforcement: seed.enforcement ?? 'active',
        branches: [...seed.branches],
        required_status_checks: [...seed.required_status_checks],
    };
    repo.rulesets.push(ruleset);
    return ruleset;
}
/**
 * An fnmatch-style branch pattern as ruleset conditions take them: `*` within one path segment,
 * `**` across segments, `?` one character; `refs/heads/` may be written or left out.
 */
function branchPattern(pattern) {
    const bare = pattern.replace(/^refs\/heads\//, '');
    let out = '';
    for (let i = 0; i < bare.length; i++) {
        const c = bare[i];
        if (c === '*' && bare[i + 1] === '*') {
            out += '.*';
            i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
function rulesetTargets(repo, ruleset, branch) {
    return ruleset.branches.some((p) => {
        if (p === '~ALL')
            return true;
        if (p === '~DEFAULT_BRANCH')
            return branch === repo.default_branch;
        return branchPattern(p).test(branch);
    });
}
/** The active rulesets that apply to a branch (whether or not it exists, as GitHub answers). */
function rulesetsFor(repo, branch) {
    return repo.rulesets.filter((r) => r.enforcement === 'active' && rulesetTargets(repo, r, branch));
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/refs.js
/** Resolving what users pass as `ref`: a branch, a tag, a full ref, or a commit sha. */
const SHA = /^[0-9a-f]{40}$/i;
function branchRef(name) {
    return `refs/heads/${name}`;
}
/** The commit a ref names, or undefined. `undefined`/empty means the default branch. */
function resolveCommit(repo, ref) {
    if (ref === undefined || ref === null || ref === '')
        return repo.refs.get(branchRef(repo.default_branch));
    const ancestor = /^(.+)~(\d+)$/.exec(ref);
    if (ancestor) {
        let sha = resolveCommit(repo, ancestor[1]);
        for (let n = Number(ancestor[2]); sha && n > 0; n--)
            sha = repo.git.commit(sha)?.parents[0];
        return sha;
    }
    if (SHA.test(ref) && repo.git.commit(ref.toLowerCase()))
        return ref.toLowerCase();
    for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
        const sha = repo.refs.get(candidate);
        if (sha)
            return sha;
    }
    return undefined;
}
/** Files under `.github/workflows/` that differ between two trees (added, changed or removed). */
function changedWorkflowFiles(before, after) {
    const out = [];
    for (const path of new Set([...before.keys(), ...after.keys()])) {
        if (!path.startsWith('.github/workflows/'))
            continue;
        if (before.get(path)?.sha !== after.get(path)?.sha)
            out.push(path);
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/commit-checks.js


/**
 * The checks on a commit: workflow jobs (each is a check run), check runs from elsewhere, and
 * commit statuses. Seeds add the latter two; tests may add more while an action runs, with
 * `addCheckRun` and `addCommitStatus`, which take the same shape as the seed.
 */
/** A commit a seed or test names by sha or revision (`main`, `feature~1`); the default branch when absent. */
function commitFor(repo, given, key) {
    const explicit = given && /^[0-9a-f]{40}$/i.test(given) ? given.toLowerCase() : undefined;
    const sha = explicit ?? resolveCommit(repo, given);
    if (!sha)
        throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} ${key} "${given}" names no commit; accepted: a commit sha, a branch, or a revision like main~1`);
    return sha;
}
function takenCheckRunId(repo, id) {
    return repo.checkRuns.some((c) => c.id === id) || [...repo.jobs.values()].some((j) => j.checkRunId === id);
}
/** Adds a check run that no workflow job made (`where` names it in errors, e.g. `check_runs[0]`). */
function addCheckRun(state, repo, seed, where = 'check run') {
    const id = seed.id ?? state.nextId();
    state.reserveId(id);
    if (takenCheckRunId(repo, id))
        throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} ${where}.id ${id} is already a check run; accepted: an id no job or check run has`);
    const status = seed.status ?? 'completed';
    const started = seed.started_at ?? state.timestamp();
    const run = {
        id,
        name: seed.name,
        headSha: commitFor(repo, seed.head_sha, `${where}.head_sha`),
        status,
        conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
        started_at: started,
        completed_at: seed.completed_at !== undefined ? seed.completed_at : status === 'completed' ? started : null,
        details_url: seed.details_url ?? null,
        checkSuiteId: state.nextId(),
    };
    repo.checkRuns.push(run);
    return run;
}
/** Adds a commit status (the newest status of a context is the one that counts). */
function addCommitStatus(state, repo, seed, where = 'status') {
    const id = seed.id ?? state.nextId();
    state.reserveId(id);
    const created = seed.created_at ?? state.timestamp();
    const status = {
        id,
        sha: commitFor(repo, seed.sha, `${where}.sha`),
        context: seed.context,
        state: seed.state,
        description: seed.description ?? null,
        target_url: seed.target_url ?? null,
        creator: state.ensureUser(seed.creator ?? repo.owner).login,
        created_at: created,
        updated_at: seed.updated_at ?? created,
    };
    repo.statuses.push(status);
    return status;
}
/** The check runs on a commit: the jobs of each workflow run's latest attempt, then the others. */
function checkRunsOnCommit(state, repo, sha) {
    const out = [];
    for (const run of repo.runs.values()) {
        if (run.headSha !== sha)
            continue;
        for (const jobId of state.latestAttempt(run).jobIds) {
            const job = repo.jobs.get(jobId);
            if (job)
                out.push({ kind: 'job', run, job });
        }
    }
    for (const check of repo.checkRuns)
        if (check.headSha === sha)
            out.push({ kind: 'other', check });
    return out;
}
/** A check run by id, whether a job's or another one. */
function findCheckRun(repo, id) {
    for (const job of repo.jobs.values())
        if (job.checkRunId === id)
            return { kind: 'job', run: repo.runs.get(job.runId), job };
    const check = repo.checkRuns.find((c) => c.id === id);
    return check ? { kind: 'other', check } : undefined;
}
/** The newest status of each context on a commit (by time, then by id), in the order contexts first reported. */
function latestStatuses(repo, sha) {
    const latest = new Map();
    for (const s of repo.statuses) {
        if (s.sha !== sha)
            continue;
        const have = latest.get(s.context);
        const newer = !have ||
            Date.parse(s.created_at) > Date.parse(have.created_at) ||
            (s.created_at === have.created_at && s.id > have.id);
        if (newer)
            latest.set(s.context, s);
    }
    return [...latest.values()];
}
/**
 * GitHub's combined state: `failure` if any context reports error or failure, `pending` if there
 * are no statuses or any is pending, else `success`.
 */
function combinedState(statuses) {
    if (statuses.some((s) => s.state === 'failure' || s.state === 'error'))
        return 'failure';
    if (statuses.length === 0 || statuses.some((s) => s.state === 'pending'))
        return 'pending';
    return 'success';
}

// EXTERNAL MODULE: ./packages/testkit/lib/simulator/seed-types.js
var seed_types = __webpack_require__(7197);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/state-from-seed.js






/** Turn a checked seed into state: users, tokens, repositories with real git objects, issues, runs. */
function tokenPermissions(permissions) {
    const out = {};
    for (const scope of seed_types/* PERMISSION_SCOPES */.E) {
        if (permissions === undefined)
            out[scope] = 'write';
        else if (typeof permissions === 'string')
            out[scope] = permissions;
        else
            out[scope] = permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
    }
    return out;
}
function addToken(state, token) {
    state.ensureUser(token.login);
    const identity = {
        token: token.token,
        login: state.user(token.login).login,
        permissions: tokenPermissions(token.permissions),
        workflows: token.workflows ?? false,
    };
    state.tokens.set(token.token, identity);
    return identity;
}
function signatureOf(state, login, date) {
    const user = state.ensureUser(login);
    return {
        name: user.name ?? user.login,
        email: user.email ?? `${user.id}+${user.login}@users.noreply.github.com`,
        date,
    };
}
function seedGit(state, repo, seed) {
    const files = new Map();
    for (const [file, text] of Object.entries(seed.files ?? {})) {
        files.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
    }
    const sig = signatureOf(state, seed.owner, repo.created_at);
    const root = repo.git.writeCommit({
        tree: repo.git.writeFlat(files),
        parents: [],
        author: sig,
        committer: sig,
        message: 'Initial commit',
    });
    repo.refs.set(`refs/heads/${repo.default_branch}`, root);
    // Branches may build on each other; create them in dependency order.
    const pending = new Map(Object.entries(seed.branches ?? {}));
    while (pending.size > 0) {
        let progressed = false;
        for (const [name, branch] of pending) {
            const fromSha = repo.refs.get(`refs/heads/${branch.from ?? repo.default_branch}`);
            if (!fromSha)
                continue;
            const parent = repo.git.commit(fromSha);
            const flat = repo.git.flatten(parent.tree);
            for (const [file, text] of Object.entries(branch.files)) {
                if (text === null)
                    flat.delete(file);
                else
                    flat.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
            }
            const date = branch.date ?? state.timestamp();
            const author = signatureOf(state, branch.author ?? seed.owner, date);
            const sha = repo.git.writeCommit({
                tree: repo.git.writeFlat(flat),
                parents: [fromSha],
                author,
                committer: author,
                message: branch.message ?? `Update ${name}`,
            });
            repo.refs.set(`refs/heads/${name}`, sha);
            pending.delete(name);
            progressed = true;
        }
        if (!progressed)
            throw new errors/* ConfigurationError */.j1(`seed repos ${seed.owner}/${seed.name} branches: ${[...pending.keys()].join(', ')} build on each other in a cycle; accepted: branches whose "from" chain ends at the default branch`);
    }
    (seed.commits ?? []).forEach((c, i) => {
        const parentSha = repo.refs.get(`refs/heads/${c.branch}`);
        if (!parentSha)
            throw new errors/* ConfigurationError */.j1(`seed repos ${seed.owner}/${seed.name} commits[${i}].branch "${c.branch}" does not exist; accepted: the default branch or one in "branches"`);
        const flat = repo.git.flatten(repo.git.commit(parentSha).tree);
        for (const [file, text] of Object.entries(c.files)) {
            if (text === null)
                flat.delete(file);
            else
                flat.set(file, { mode: '100644', type: 'blob', sha: repo.git.writeBlob(text) });
        }
        const author = signatureOf(state, c.author ?? seed.owner, c.date ?? state.timestamp());
        repo.refs.set(`refs/heads/${c.branch}`, repo.git.writeCommit({
            tree: repo.git.writeFlat(flat),
            parents: [parentSha],
            author,
            committer: author,
            message: c.message,
        }));
    });
}
function seedIssue(state, repo, seed, isPull) {
    const number = seed.number ?? repo.nextNumber;
    if (repo.issues.has(number))
        throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} issue number ${number} is used twice; accepted: unique numbers across issues and pulls`);
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const created = seed.created_at ?? state.timestamp();
    const mergedAt = isPull ? seed.merged_at : undefined;
    // A merged pull request closed when it merged.
    const state_ = seed.state ?? (mergedAt ? 'closed' : 'open');
    for (const name of seed.labels ?? [])
        ensureLabel(state, repo, name);
    state.ensureUser(seed.author);
    const issue = {
        id: state.nextId(),
        number,
        title: seed.title,
        body: seed.body ?? null,
        author: state.user(seed.author).login,
        state: state_,
        // GitHub gives merged pull requests no state reason.
        state_reason: seed.state_reason ?? (state_ === 'closed' && !mergedAt ? 'completed' : null),
        labels: [...(seed.labels ?? [])].map((n) => repo.labels.get(n.toLowerCase()).name),
        assignees: (seed.assignees ?? []).map((a) => state.ensureUser(a).login),
        locked: seed.locked ?? false,
        created_at: created,
        updated_at: seed.updated_at ?? created,
        closed_at: state_ === 'closed' ? (seed.closed_at ?? mergedAt ?? seed.updated_at ?? created) : null,
        closed_by: state_ === 'closed' ? state.user(seed.author).login : null,
        comments: [],
        events: [],
        milestone: seed.milestone === undefined
            ? null
            : [...repo.milestones.values()].find((m) => m.title === seed.milestone).number,
    };
    for (const c of seed.comments ?? []) {
        const at = c.created_at ?? created;
        issue.comments.push({
            id: state.nextId(),
            issueNumber: number,
            author: state.ensureUser(c.author).login,
            body: c.body,
            created_at: at,
            updated_at: c.updated_at ?? at,
        });
    }
    for (const e of seed.events ?? []) {
        const label = e.label !== undefined ? ensureLabel(state, repo, e.label) : undefined;
        issue.events.push({
            id: state.nextId(),
            event: e.event,
            actor: state.ensureUser(e.actor).login,
            created_at: e.created_at ?? created,
            ...(label ? { label: { name: label.name, color: label.color } } : {}),
            ...(e.assignee
                ? { assignee: state.ensureUser(e.assignee).login, assigner: state.user(e.actor).login }
                : {}),
            ...(e.rename ? { rename: e.rename } : {}),
        });
    }
    if (isPull) {
        const pull = seed;
        const fork = pull.head_repository ? state.ensureFork(pull.head_repository) : undefined;
        const headSha = fork
            ? resolveCommit(repo, pull.head_sha ?? pull.base ?? repo.default_branch)
            : repo.refs.get(`refs/heads/${pull.head}`);
        const mergedBy = pull.merged_at ? state.ensureUser(pull.merged_by ?? pull.author).login : null;
        issue.pull = {
            id: state.nextId(),
            head: pull.head,
            ...(fork ? { headRepo: fork } : {}),
            headSha,
            base: pull.base ?? repo.default_branch,
            draft: pull.draft ?? false,
            merged: pull.merged_at !== undefined,
            merged_at: pull.merged_at ?? null,
            merged_by: mergedBy,
            merge_commit_sha: pull.merged_at ? headSha : null,
            maintainer_can_modify: false,
            requested_reviewers: (pull.requested_reviewers ?? []).map((r) => state.ensureUser(r).login),
            requested_teams: (pull.requested_teams ?? []).map((t) => repo.teams.get(t.toLowerCase()).slug),
            reviews: (pull.reviews ?? []).map((r) => ({
                id: state.nextId(),
                author: state.ensureUser(r.author).login,
                state: r.state,
                body: r.body ?? '',
                submitted_at: r.submitted_at ?? created,
                commit_id: headSha,
            })),
        };
    }
    if (issue.pull?.merged_by)
        issue.closed_by = issue.pull.merged_by;
    repo.issues.set(number, issue);
    return issue;
}
function seedMilestones(state, repo, milestones) {
    let next = 1;
    for (const m of milestones) {
        const number = m.number ?? next;
        if (repo.milestones.has(number))
            throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} milestone number ${number} is used twice; accepted: unique milestone numbers`);
        next = Math.max(next, number + 1);
        const created = m.created_at ?? repo.created_at;
        const updated = m.updated_at ?? created;
        const closed = (m.state ?? 'open') === 'closed';
        repo.milestones.set(number, {
            id: state.nextId(),
            number,
            title: m.title,
            description: m.description ?? null,
            state: m.state ?? 'open',
            creator: state.ensureUser(m.creator ?? repo.owner).login,
            due_on: m.due_on ?? null,
            created_at: created,
            updated_at: updated,
            closed_at: closed ? (m.closed_at ?? updated) : null,
        });
    }
}
/** The label with this name (any case), created with GitHub's default colour when missing. */
function ensureLabel(state, repo, name, color = 'ededed') {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
        label = { id: state.nextId(), name, color, description: null, default: false };
        repo.labels.set(key, label);
    }
    return label;
}
function seedJobs(state, repo, run, attempt, jobs, created) {
    return jobs.map((j) => {
        const id = j.id ?? state.nextId();
        state.reserveId(id);
        if (repo.jobs.has(id))
            throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} job id ${id} is used twice; accepted: unique job ids`);
        const checkRunId = j.check_run_id ?? id;
        state.reserveId(checkRunId);
        const status = j.status ?? 'completed';
        const conclusion = j.conclusion !== undefined ? j.conclusion : status === 'completed' ? 'success' : null;
        const started = j.started_at ?? created;
        const completed = j.completed_at !== undefined ? j.completed_at : status === 'completed' ? started : null;
        const job = {
            id,
            runId: run.id,
            attempt,
            name: j.name,
            status,
            conclusion,
            created_at: created,
            started_at: started,
            completed_at: completed,
            steps: (j.steps ?? []).map((s, i) => {
                const stepStatus = s.status ?? (status === 'completed' ? 'completed' : 'queued');
                return {
                    name: s.name,
                    number: s.number ?? i + 1,
                    status: stepStatus,
                    conclusion: s.conclusion !== undefined ? s.conclusion : stepStatus === 'completed' ? 'success' : null,
                    started_at: s.started_at ?? (stepStatus === 'queued' ? null : started),
                    completed_at: s.completed_at ?? (stepStatus === 'completed' ? (completed ?? started) : null),
                    ...(s.log !== undefined ? { log: s.log } : {}),
                };
            }),
            checkRunId,
            annotations: j.annotations ?? [],
            ...(j.log === undefined
                ? {}
                : { log: typeof j.log === 'string' ? { text: j.log } : { file: j.log.file } }),
            labels: j.labels ?? ['ubuntu-latest'],
            runner_name: j.runner_name !== undefined ? j.runner_name : status === 'queued' ? null : 'GitHub Actions 2',
        };
        repo.jobs.set(id, job);
        return id;
    });
}
function seedAttempt(state, repo, run, seed, number, actor) {
    const created = seed.created_at ?? state.timestamp();
    const status = seed.status ?? 'completed';
    return {
        attempt: number,
        status,
        conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
        created_at: created,
        updated_at: seed.updated_at ?? created,
        run_started_at: seed.run_started_at ?? created,
        actor: seed.actor ? state.ensureUser(seed.actor).login : actor,
        jobIds: seedJobs(state, repo, run, number, seed.jobs ?? [], created),
    };
}
function seedRun(state, repo, seed, index) {
    const workflow = repo.workflows.find((w) => w.id === seed.workflow ||
        w.path === seed.workflow ||
        w.name === seed.workflow ||
        external_node_path_.posix.basename(w.path) === seed.workflow);
    const id = seed.id ?? state.nextId();
    state.reserveId(id);
    const explicit = seed.head_sha && /^[0-9a-f]{40}$/i.test(seed.head_sha) ? seed.head_sha.toLowerCase() : undefined;
    const headSha = explicit ?? resolveCommit(repo, seed.head_sha ?? seed.branch);
    if (!headSha)
        throw new errors/* ConfigurationError */.j1(`seed ${repo.owner}/${repo.name} runs[${index}].head_sha "${seed.head_sha ?? seed.branch}" names no commit; accepted: a commit sha, a branch, or a revision like main~1`);
    const actor = state.ensureUser(seed.actor ?? repo.owner).login;
    const run = {
        id,
        workflowId: workflow.id,
        name: seed.name ?? workflow.name,
        branch: seed.branch,
        headSha,
        event: seed.event ?? 'push',
        runNumber: seed.run_number ?? repo.runs.size + 1,
        display_title: seed.display_title ?? repo.git.commit(headSha)?.message.split('\n')[0] ?? workflow.name,
        pullRequests: seed.pull_requests ?? [],
        ...(seed.head_repository ? { headRepo: state.ensureFork(seed.head_repository) } : {}),
        attempts: [],
    };
    const attempts = [...(seed.previous_attempts ?? []), seed];
    attempts.forEach((a, i) => {
        run.attempts.push(seedAttempt(state, repo, run, a, i + 1, actor));
    });
    repo.runs.set(id, run);
    return run;
}
function applySeed(state, seed) {
    for (const u of seed.users ?? []) {
        state.ensureUser(u.login, {
            ...(u.id !== undefined ? { id: u.id } : {}),
            ...(u.type !== undefined ? { type: u.type } : {}),
            ...(u.name !== undefined ? { name: u.name } : {}),
            ...(u.email !== undefined ? { email: u.email } : {}),
            ...(u.site_admin !== undefined ? { site_admin: u.site_admin } : {}),
            ...(u.created_at !== undefined ? { created_at: u.created_at } : {}),
        });
    }
    for (const t of seed.tokens ?? [])
        addToken(state, t);
    for (const r of seed.repos ?? []) {
        // Only organizations have teams: an owner the seed does not describe is made one.
        state.ensureUser(r.owner, (r.teams ?? []).length > 0 ? { type: 'Organization' } : {});
        const repo = state.addRepo({
            owner: state.user(r.owner).login,
            name: r.name,
            ...(r.id !== undefined ? { id: r.id } : {}),
            ...(r.private !== undefined ? { private: r.private } : {}),
            ...(r.description !== undefined ? { description: r.description } : {}),
            ...(r.default_branch !== undefined ? { default_branch: r.default_branch } : {}),
            ...(r.allow_drafts !== undefined ? { allow_drafts: r.allow_drafts } : {}),
            ...(r.copilot_review !== undefined ? { copilot_review: r.copilot_review } : {}),
            ...(r.created_at !== undefined ? { created_at: r.created_at } : {}),
        });
        seedGit(state, repo, r);
        for (const c of r.collaborators ?? [])
            repo.collaborators.set(state.ensureUser(c.login).login.toLowerCase(), c.permission);
        for (const l of r.labels ?? []) {
            const label = ensureLabel(state, repo, l.name, l.color ?? 'ededed');
            label.color = (l.color ?? label.color).toLowerCase();
            label.description = l.description ?? null;
            label.default = l.default ?? false;
        }
        for (const w of r.workflows ?? []) {
            const id = w.id ?? state.nextId();
            state.reserveId(id);
            const created = w.created_at ?? repo.created_at;
            repo.workflows.push({
                id,
                name: w.name,
                path: w.path,
                state: w.state ?? 'active',
                created_at: created,
                updated_at: w.updated_at ?? created,
            });
        }
        for (const t of r.teams ?? []) {
            const id = t.id ?? state.nextId();
            state.reserveId(id);
            repo.teams.set(t.slug.toLowerCase(), {
                id,
                slug: t.slug,
                name: t.name ?? t.slug,
                description: t.description ?? null,
                permission: t.permission ?? 'write',
            });
        }
        seedMilestones(state, repo, r.milestones ?? []);
        for (const issue of r.issues ?? [])
            seedIssue(state, repo, issue, false);
        for (const pull of r.pulls ?? [])
            seedIssue(state, repo, pull, true);
        for (const [i, run] of (r.runs ?? []).entries())
            seedRun(state, repo, run, i);
        for (const [i, check] of (r.check_runs ?? []).entries())
            addCheckRun(state, repo, check, `check_runs[${i}]`);
        for (const [i, status] of (r.statuses ?? []).entries())
            addCommitStatus(state, repo, status, `statuses[${i}]`);
        for (const [branch, protection] of Object.entries(r.protected_branches ?? {}))
            repo.protection.set(branch, { required_status_checks: [...protection.required_status_checks] });
        for (const ruleset of r.rulesets ?? [])
            addRuleset(state, repo, ruleset);
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/issue-changes.js


/**
 * Changes to issues that GitHub records on the timeline: every label, assignment, state and
 * title change adds the event GitHub would show, by the caller, at the simulator's time.
 */
function record(state, issue, actor, event) {
    issue.events.push({ id: state.nextId(), actor, created_at: state.timestamp(), ...event });
}
function touch(state, issue) {
    issue.updated_at = state.timestamp();
}
/** Who can be assigned: the owner and collaborators (GitHub also allows commenters on public repos). */
function isAssignable(state, repo, login) {
    return state.user(login) !== undefined && roleOf(repo, login) !== undefined;
}
function addLabels(state, repo, issue, actor, names) {
    for (const name of names) {
        const label = ensureLabel(state, repo, name);
        if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
            continue;
        issue.labels.push(label.name);
        record(state, issue, actor, { event: 'labeled', label: { name: label.name, color: label.color } });
    }
    if (names.length > 0)
        touch(state, issue);
}
function removeLabel(state, repo, issue, actor, name) {
    const i = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (i < 0)
        return false;
    const [removed] = issue.labels.splice(i, 1);
    const label = repo.labels.get(removed.toLowerCase());
    record(state, issue, actor, {
        event: 'unlabeled',
        label: { name: removed, color: label?.color ?? 'ededed' },
    });
    touch(state, issue);
    return true;
}
function setLabels(state, repo, issue, actor, names) {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    for (const existing of [...issue.labels])
        if (!wanted.has(existing.toLowerCase()))
            removeLabel(state, repo, issue, actor, existing);
    addLabels(state, repo, issue, actor, names);
    touch(state, issue);
}
function addAssignees(state, issue, actor, logins) {
    for (const login of logins) {
        const user = state.user(login);
        if (issue.assignees.some((a) => a.toLowerCase() === user.login.toLowerCase()))
            continue;
        issue.assignees.push(user.login);
        record(state, issue, actor, { event: 'assigned', assignee: user.login, assigner: actor });
    }
    if (logins.length > 0)
        touch(state, issue);
}
function removeAssignees(state, issue, actor, logins) {
    for (const login of logins) {
        const i = issue.assignees.findIndex((a) => a.toLowerCase() === login.toLowerCase());
        if (i < 0)
            continue;
        const [removed] = issue.assignees.splice(i, 1);
        record(state, issue, actor, { event: 'unassigned', assignee: removed, assigner: actor });
    }
    touch(state, issue);
}
function setState(state, issue, actor, next, reason) {
    if (issue.state === next) {
        if (reason !== undefined && next === 'closed')
            issue.state_reason = reason;
        return;
    }
    issue.state = next;
    if (next === 'closed') {
        issue.closed_at = state.timestamp();
        issue.closed_by = actor;
        issue.state_reason = reason ?? 'completed';
        record(state, issue, actor, { event: 'closed', state_reason: issue.state_reason });
    }
    else {
        issue.closed_at = null;
        issue.closed_by = null;
        issue.state_reason = 'reopened';
        record(state, issue, actor, { event: 'reopened', state_reason: 'reopened' });
    }
    touch(state, issue);
}
function rename(state, issue, actor, title) {
    if (issue.title === title)
        return;
    record(state, issue, actor, { event: 'renamed', rename: { from: issue.title, to: title } });
    issue.title = title;
    touch(state, issue);
}
function requestReview(state, issue, actor, reviewer) {
    record(state, issue, actor, {
        event: 'review_requested',
        requested_reviewer: reviewer,
        review_requester: actor,
    });
}
function removeReviewRequest(state, issue, actor, reviewer) {
    record(state, issue, actor, {
        event: 'review_request_removed',
        requested_reviewer: reviewer,
        review_requester: actor,
    });
}
function requestTeamReview(state, issue, actor, slug) {
    record(state, issue, actor, { event: 'review_requested', requested_team: slug, review_requester: actor });
}
function removeTeamReviewRequest(state, issue, actor, slug) {
    record(state, issue, actor, {
        event: 'review_request_removed',
        requested_team: slug,
        review_requester: actor,
    });
}
/**
 * Merges an open pull request as a merge on github.com would look through the API: merged,
 * `merged_at`/`merged_by`, closed at the same moment, with `merged` and `closed` events naming the
 * head commit. The simulator writes no merge commit: the base branch does not move, and
 * `merge_commit_sha` is the head commit (as after a fast-forward).
 */
function mergePull(state, repo, number, options = {}) {
    const issue = repo.issues.get(number);
    if (!issue?.pull)
        throw new Error(`simulator has no pull request #${number} in ${repo.owner}/${repo.name}`);
    if (issue.pull.merged || issue.state !== 'open')
        throw new Error(`simulator pull request #${number} in ${repo.owner}/${repo.name} is not open`);
    // GitHub merges no draft: it must be marked ready for review first.
    if (issue.pull.draft)
        throw new Error(`simulator pull request #${number} in ${repo.owner}/${repo.name} is a draft`);
    const at = options.at ?? state.timestamp();
    const by = state.ensureUser(options.by ?? issue.author).login;
    const sha = repo.refs.get(`refs/heads/${issue.pull.head}`) ?? issue.pull.headSha;
    issue.pull.headSha = sha;
    issue.pull.merged = true;
    issue.pull.merged_at = at;
    issue.pull.merged_by = by;
    issue.pull.merge_commit_sha = sha;
    issue.state = 'closed';
    issue.state_reason = null;
    issue.closed_at = at;
    issue.closed_by = by;
    issue.updated_at = at;
    issue.events.push({ id: state.nextId(), event: 'merged', actor: by, created_at: at, commit_id: sha });
    issue.events.push({ id: state.nextId(), event: 'closed', actor: by, created_at: at, commit_id: sha });
    return issue;
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/graphql.js
/**
 * The one GraphQL mutation autoheal sends: `markPullRequestReadyForReview` (REST has no route that
 * takes a pull request out of draft). Served at `POST /graphql` (GHES: `/api/graphql`) as GitHub
 * answers GraphQL: HTTP 200 with `data`, or with `errors` (`type` FORBIDDEN / NOT_FOUND and the
 * failing `path`) beside a null field; 401 for a missing or unknown token. Any other document is
 * answered with GitHub's "doesn't exist" error for its first field, so a test that sends something
 * unmodelled fails loudly instead of passing on a guess. Documents are recognised, not parsed: one
 * mutation field, `input: { pullRequestId: … }` by variable or string literal.
 */

/** Where GitHub's GraphQL errors point. */
const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
const READY = /\bmutation\b[^{]*\{\s*markPullRequestReadyForReview\s*\(\s*input\s*:\s*\{\s*pullRequestId\s*:\s*(?:\$([A-Za-z_]\w*)|"([^"\\]*)")\s*\}\s*\)\s*\{([\s\S]*)\}\s*\}\s*$/;
const FIRST_FIELD = /^\s*(?:(query|mutation)\b[^{]*)?\{\s*([A-Za-z_]\w*)/;
/** Whether a request path (without the REST base) is the GraphQL endpoint. */
function isGraphqlPath(pathname, basePath) {
    if (basePath === '')
        return pathname === '/graphql';
    // GHES serves REST under /api/v3 and GraphQL at /api/graphql.
    return pathname === `${basePath.replace(/\/v3$/, '')}/graphql`;
}
function decodeNodeId(id) {
    const text = Buffer.from(id, 'base64').toString('utf8');
    const m = /^(\d{2}):([A-Za-z]+)(\d+)$/.exec(text);
    if (!m || Number(m[1]) !== m[2].length)
        return undefined;
    return { type: m[2], id: Number(m[3]) };
}
function errorReply(field, type, message) {
    return {
        status: 200,
        body: {
            data: { [field]: null },
            errors: [{ type, path: [field], locations: [{ line: 2, column: 3 }], message }],
        },
    };
}
/** The answer to one GraphQL request by an authenticated token. */
function graphqlReply(state, identity, body) {
    const request = typeof body === 'object' && body !== null ? body : {};
    const query = typeof request.query === 'string' ? request.query : '';
    const variables = typeof request.variables === 'object' && request.variables !== null
        ? request.variables
        : {};
    const m = READY.exec(query);
    if (!m) {
        const first = FIRST_FIELD.exec(query);
        if (!first)
            return {
                status: 200,
                body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
            };
        const on = first[1] === 'mutation' ? 'Mutation' : 'Query';
        return {
            status: 200,
            body: {
                errors: [
                    {
                        path: [first[1] ?? 'query', first[2]],
                        extensions: { code: 'undefinedField', typeName: on, fieldName: first[2] },
                        locations: [{ line: 1, column: 1 }],
                        message: `Field '${first[2]}' doesn't exist on type '${on}'`,
                    },
                ],
            },
        };
    }
    const field = 'markPullRequestReadyForReview';
    const raw = m[1] !== undefined ? variables[m[1]] : m[2];
    const nodeId = typeof raw === 'string' ? raw : '';
    const decoded = decodeNodeId(nodeId);
    const found = decoded?.type === 'PullRequest'
        ? [...state.repos.values()].flatMap((repo) => [...repo.issues.values()]
            .filter((i) => i.pull?.id === decoded.id)
            .map((issue) => ({ repo, issue })))[0]
        : undefined;
    if (!found)
        return errorReply(field, 'NOT_FOUND', `Could not resolve to a node with the global id of '${nodeId}'.`);
    if ((identity.permissions.pull_requests ?? 'none') !== 'write')
        return errorReply(field, 'FORBIDDEN', 'Resource not accessible by integration');
    const { issue } = found;
    const pull = issue.pull;
    if (issue.state !== 'open')
        return errorReply(field, 'UNPROCESSABLE', 'Pull request is closed and cannot be marked ready for review.');
    if (pull.draft) {
        pull.draft = false;
        issue.events.push({
            id: state.nextId(),
            event: 'ready_for_review',
            actor: identity.login,
            created_at: state.timestamp(),
        });
        touch(state, issue);
    }
    // Only the fields autoheal selects are modelled: number and isDraft of the pull request.
    const selection = m[3] ?? '';
    const pullRequest = {};
    if (/\bnumber\b/.test(selection))
        pullRequest.number = issue.number;
    if (/\bisDraft\b/.test(selection))
        pullRequest.isDraft = pull.draft;
    return { status: 200, body: { data: { [field]: { pullRequest } } } };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/zip.js

/** MS-DOS date and time, in local fields as zip tools read them (we write UTC). */
function dosDateTime(date) {
    const year = Math.max(1980, date.getUTCFullYear());
    return {
        time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
        date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    };
}
const UTF8_NAMES = 0x0800;
function writeZip(entries) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
        const deflated = (0,external_node_zlib_.deflateRawSync)(data);
        const stored = deflated.length >= data.length;
        const body = stored ? data : deflated;
        const method = stored ? 0 : 8;
        const crc = (0,external_node_zlib_.crc32)(data) >>> 0;
        const when = dosDateTime(entry.date ?? new Date(Date.UTC(1980, 0, 1)));
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(UTF8_NAMES, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt16LE(when.time, 10);
        local.writeUInt16LE(when.date, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(body.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        locals.push(local, name, body);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(UTF8_NAMES, 8);
        central.writeUInt16LE(method, 10);
        central.writeUInt16LE(when.time, 12);
        central.writeUInt16LE(when.date, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(body.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(name.length, 28);
        // Extra length, comment length, disk number, internal and external attributes stay zero.
        central.writeUInt32LE(offset, 42);
        centrals.push(central, name);
        offset += local.length + name.length + body.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/log-archive.js


/**
 * Job logs and the run-log archive. GitHub's archive holds one `<ordinal>_<job name>.txt` per job
 * at the top and a folder per job with `<step number>_<step name>.txt` files (the layout gh's
 * `run view --log` reads). Names lose `/` and `:` and are cut to 90 UTF-16 units, then trimmed.
 */
const NAME_LIMIT = 90;
function logFileName(name) {
    const cleaned = name.replace(/[/:]/g, '');
    // String length and slice count UTF-16 units, as the C# service that builds the archive does.
    return (cleaned.length > NAME_LIMIT ? cleaned.slice(0, NAME_LIMIT) : cleaned).trim();
}
/** The job's whole log, or undefined while it has none (queued or running jobs). */
async function readJobLog(job) {
    const source = job.log;
    if (!source)
        return undefined;
    if ('file' in source) {
        source.text ??= await (0,promises_.readFile)(source.file, 'utf8');
        return source.text;
    }
    return source.text;
}
// Where a step's output starts in the job log (lines may carry a timestamp prefix): an unnamed
// step's `##[group]Run …` header carries its name; post steps start at "Post job cleanup.", and
// "Complete job" at "Cleaning up orphan processes".
const TIMESTAMP = /^\S+Z /;
const ANY_RUN = /^(?:\S+Z )?##\[group\]Run /;
function startsStep(line, name, first) {
    // Logs saved on Windows or fetched raw may end lines in CRLF.
    const text = line.replace(TIMESTAMP, '').replace(/\r$/, '');
    if (first)
        return true;
    if (name.startsWith('Post '))
        return text === 'Post job cleanup.';
    if (name === 'Complete job')
        return text === 'Cleaning up orphan processes';
    if (name.startsWith('Run '))
        return text === `##[group]${name}`;
    return ANY_RUN.test(line);
}
/**
 * Each step's part of the job log: its own `log` when the seed gave one, else the job log cut where
 * each step that ran begins (found by its name, in order; a step not found gets an empty file).
 */
function stepLogs(job, jobLog) {
    const out = new Map();
    const ran = job.steps.filter((s) => s.conclusion !== 'skipped' && s.status !== 'queued');
    const lines = jobLog.replace(/^\uFEFF/, '').split('\n');
    const starts = [];
    let cursor = 0;
    ran.forEach((step, i) => {
        let found;
        for (let n = cursor; n < lines.length; n++) {
            if (startsStep(lines[n], step.name, i === 0)) {
                found = n;
                break;
            }
        }
        // A named step whose header is not in the log may still be an unnamed-looking one; try the next Run.
        if (found === undefined && step.name.startsWith('Run ')) {
            for (let n = cursor; n < lines.length; n++)
                if (ANY_RUN.test(lines[n])) {
                    found = n;
                    break;
                }
        }
        starts.push(found);
        if (found !== undefined)
            cursor = found + 1;
    });
    ran.forEach((step, i) => {
        if (step.log !== undefined) {
            out.set(step.number, step.log);
            return;
        }
        const start = starts[i];
        if (start === undefined) {
            out.set(step.number, '');
            return;
        }
        const next = starts.slice(i + 1).find((s) => s !== undefined) ?? lines.length;
        out.set(step.number, lines.slice(start, next).join('\n'));
    });
    return out;
}
/** The zip `GET /actions/runs/{run_id}/logs` redirects to, for one attempt's jobs. */
async function runLogArchive(repo, jobIds) {
    const entries = [];
    let ordinal = 0;
    for (const id of jobIds) {
        const job = repo.jobs.get(id);
        if (!job)
            continue;
        const text = await readJobLog(job);
        if (text === undefined)
            continue;
        const name = logFileName(job.name);
        const date = new Date(job.completed_at ?? job.started_at);
        entries.push({ name: `${ordinal}_${name}.txt`, data: text, date });
        ordinal += 1;
        for (const [number, stepText] of stepLogs(job, text)) {
            const step = job.steps.find((s) => s.number === number);
            entries.push({ name: `${name}/${number}_${logFileName(step.name)}.txt`, data: stepText, date });
        }
    }
    return writeZip(entries);
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/rate-limit.js
/**
 * GitHub's primary rate limit, per identity: a budget of requests per hour from the first request,
 * reported on every answer as `x-ratelimit-*` headers and refused with 403 when spent.
 */
const DEFAULT_RATE_LIMIT = 5000;
const HOUR_MS = 3_600_000;
class RateLimits {
    now;
    limit;
    windows = new Map();
    constructor(now, limit = DEFAULT_RATE_LIMIT) {
        this.now = now;
        this.limit = limit;
    }
    window(key) {
        const now = this.now();
        let window = this.windows.get(key);
        if (!window || now >= window.resetMs) {
            window = { used: 0, resetMs: now + HOUR_MS };
            this.windows.set(key, window);
        }
        return window;
    }
    peek(key) {
        const w = this.window(key);
        return { limit: this.limit, used: w.used, reset: Math.ceil(w.resetMs / 1000) };
    }
    /** Count one request; returns the window after it, or undefined when the budget was already spent. */
    consume(key) {
        const w = this.window(key);
        if (w.used >= this.limit)
            return undefined;
        w.used += 1;
        return this.peek(key);
    }
    /** Give back one request (a conditional request answered 304 is not counted). */
    refund(key) {
        const w = this.window(key);
        w.used = Math.max(0, w.used - 1);
    }
    reset() {
        this.windows.clear();
    }
}
function rateHeaders(w, resource = 'core') {
    return {
        'x-ratelimit-limit': String(w.limit),
        'x-ratelimit-remaining': String(Math.max(0, w.limit - w.used)),
        'x-ratelimit-reset': String(w.reset),
        'x-ratelimit-used': String(w.used),
        'x-ratelimit-resource': resource,
    };
}
/** The `rate` block of GET /rate_limit for one window. */
function rateJson(w) {
    return { limit: w.limit, used: w.used, remaining: Math.max(0, w.limit - w.used), reset: w.reset };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/pagination.js
/**
 * GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page` (from 1), with a
 * `Link` header naming next/last (and prev/first past page 1) that octokit.paginate follows.
 */
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
function positiveInt(raw, fallback) {
    if (raw === null || !/^\d+$/.test(raw))
        return fallback;
    const value = Number(raw);
    return value >= 1 ? value : fallback;
}
function paginate(ctx, all) {
    const perPage = Math.min(positiveInt(ctx.query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
    const page = positiveInt(ctx.query.get('page'), 1);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n, rel) => {
        const query = new URLSearchParams(ctx.query);
        query.set('per_page', String(perPage));
        query.set('page', String(n));
        return `<${ctx.urls.api}${ctx.path}?${query.toString()}>; rel="${rel}"`;
    };
    const parts = [];
    if (page > 1)
        parts.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last)
        parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1)
        parts.push(link(1, 'first'));
    return { items, total: all.length, ...(parts.length > 0 ? { link: parts.join(', ') } : {}) };
}
/** A JSON array answer, one page of `all`. */
function pagedReply(ctx, all, render) {
    const page = paginate(ctx, all);
    return {
        status: 200,
        body: page.items.map(render),
        ...(page.link ? { headers: { link: page.link } } : {}),
    };
}
/**
 * An answer like `{ total_count, workflow_runs: [...] }`, paginated the same way. `totalCount`
 * overrides the count where GitHub pages only part of what matched (a capped search).
 */
function pagedEnvelope(ctx, key, all, render, totalCount) {
    const page = paginate(ctx, all);
    return {
        status: 200,
        body: { total_count: totalCount ?? page.total, [key]: page.items.map(render) },
        ...(page.link ? { headers: { link: page.link } } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/urls.js
/** The URLs GitHub puts in its JSON, built against the simulator's own API base and web host. */
class Urls {
    api;
    web;
    origin;
    constructor(
    /** `http://127.0.0.1:port` plus the base path (`/api/v3` on GHES). */
    api, 
    /** Where `html_url`s point (`https://github.com` unless told otherwise). */
    web, 
    /** `http://127.0.0.1:port`, without the base path (where signed download links live). */
    origin) {
        this.api = api;
        this.web = web;
        this.origin = origin;
    }
    repo(owner, name) {
        return `${this.api}/repos/${owner}/${name}`;
    }
    repoHtml(owner, name) {
        return `${this.web}/${owner}/${name}`;
    }
    user(login) {
        return `${this.api}/users/${encodeURIComponent(login)}`;
    }
    userHtml(login) {
        return `${this.web}/${encodeURIComponent(login)}`;
    }
    avatar(id) {
        return `https://avatars.githubusercontent.com/u/${id}?v=4`;
    }
}
/** GitHub's legacy global node id: base64 of `<len>:<Type><id>` (e.g. `MDU6SXNzdWUx` for Issue 1). */
function nodeId(type, id) {
    return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`, 'utf8').toString('base64');
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-user.js

function simpleUser(urls, user) {
    const url = urls.user(user.login);
    return {
        login: user.login,
        id: user.id,
        node_id: nodeId(user.type, user.id),
        avatar_url: urls.avatar(user.id),
        gravatar_id: '',
        url,
        html_url: user.type === 'Bot'
            ? `${urls.web}/apps/${user.login.replace(/\[bot\]$/, '')}`
            : urls.userHtml(user.login),
        followers_url: `${url}/followers`,
        following_url: `${url}/following{/other_user}`,
        gists_url: `${url}/gists{/gist_id}`,
        starred_url: `${url}/starred{/owner}{/repo}`,
        subscriptions_url: `${url}/subscriptions`,
        organizations_url: `${url}/orgs`,
        repos_url: `${url}/repos`,
        events_url: `${url}/events{/privacy}`,
        received_events_url: `${url}/received_events`,
        type: user.type,
        user_view_type: 'public',
        site_admin: user.site_admin,
    };
}
function publicUser(urls, user, counts) {
    return {
        ...simpleUser(urls, user),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: user.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: counts.publicRepos,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: user.created_at,
        updated_at: user.created_at,
    };
}
/** `GET /user` for a person; GitHub adds the private counters only for the token's own account. */
function privateUser(urls, user, counts) {
    return {
        ...publicUser(urls, user, counts),
        private_gists: 0,
        total_private_repos: counts.privateRepos,
        owned_private_repos: counts.privateRepos,
        disk_usage: 0,
        collaborators: 0,
        two_factor_authentication: true,
        plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-repo.js


/** Repositories as `minimal-repository` (inside runs) and `full-repository` (GET /repos/{owner}/{repo}). */
function repoUrls(urls, repo) {
    const base = urls.repo(repo.owner, repo.name);
    return {
        url: base,
        archive_url: `${base}/{archive_format}{/ref}`,
        assignees_url: `${base}/assignees{/user}`,
        blobs_url: `${base}/git/blobs{/sha}`,
        branches_url: `${base}/branches{/branch}`,
        collaborators_url: `${base}/collaborators{/collaborator}`,
        comments_url: `${base}/comments{/number}`,
        commits_url: `${base}/commits{/sha}`,
        compare_url: `${base}/compare/{base}...{head}`,
        contents_url: `${base}/contents/{+path}`,
        contributors_url: `${base}/contributors`,
        deployments_url: `${base}/deployments`,
        downloads_url: `${base}/downloads`,
        events_url: `${base}/events`,
        forks_url: `${base}/forks`,
        git_commits_url: `${base}/git/commits{/sha}`,
        git_refs_url: `${base}/git/refs{/sha}`,
        git_tags_url: `${base}/git/tags{/sha}`,
        issue_comment_url: `${base}/issues/comments{/number}`,
        issue_events_url: `${base}/issues/events{/number}`,
        issues_url: `${base}/issues{/number}`,
        keys_url: `${base}/keys{/key_id}`,
        labels_url: `${base}/labels{/name}`,
        languages_url: `${base}/languages`,
        merges_url: `${base}/merges`,
        milestones_url: `${base}/milestones{/number}`,
        notifications_url: `${base}/notifications{?since,all,participating}`,
        pulls_url: `${base}/pulls{/number}`,
        releases_url: `${base}/releases{/id}`,
        stargazers_url: `${base}/stargazers`,
        statuses_url: `${base}/statuses/{sha}`,
        subscribers_url: `${base}/subscribers`,
        subscription_url: `${base}/subscription`,
        tags_url: `${base}/tags`,
        teams_url: `${base}/teams`,
        trees_url: `${base}/git/trees{/sha}`,
        hooks_url: `${base}/hooks`,
    };
}
/** A fork as a repository object: the base repository's shape under the fork's id and name. */
function forkRepository(state, urls, repo, fork, permissions) {
    const shadow = { ...repo, id: fork.id, owner: fork.owner, name: fork.name };
    const json = permissions
        ? fullRepository(state, urls, shadow, permissions)
        : minimalRepository(state, urls, shadow);
    return { ...json, fork: true };
}
function minimalRepository(state, urls, repo) {
    return {
        id: repo.id,
        node_id: nodeId('Repository', repo.id),
        name: repo.name,
        full_name: `${repo.owner}/${repo.name}`,
        private: repo.private,
        owner: simpleUser(urls, state.ensureUser(repo.owner)),
        html_url: urls.repoHtml(repo.owner, repo.name),
        description: repo.description,
        fork: false,
        ...repoUrls(urls, repo),
    };
}
function openIssuesCount(repo) {
    let count = 0;
    for (const issue of repo.issues.values())
        if (issue.state === 'open')
            count++;
    return count;
}
function fullRepository(state, urls, repo, permissions) {
    const host = new URL(urls.web).host;
    const owner = state.ensureUser(repo.owner);
    const open = openIssuesCount(repo);
    return {
        ...minimalRepository(state, urls, repo),
        git_url: `git://${host}/${repo.owner}/${repo.name}.git`,
        ssh_url: `git@${host}:${repo.owner}/${repo.name}.git`,
        clone_url: `${urls.web}/${repo.owner}/${repo.name}.git`,
        svn_url: `${urls.web}/${repo.owner}/${repo.name}`,
        mirror_url: null,
        homepage: null,
        language: null,
        forks_count: 0,
        stargazers_count: 0,
        watchers_count: 0,
        size: 0,
        default_branch: repo.default_branch,
        open_issues_count: open,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: true,
        has_wiki: true,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        archived: false,
        disabled: false,
        visibility: repo.private ? 'private' : 'public',
        pushed_at: repo.pushed_at,
        created_at: repo.created_at,
        updated_at: repo.updated_at,
        permissions,
        allow_rebase_merge: true,
        allow_squash_merge: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_merge_commit: true,
        allow_forking: true,
        allow_update_branch: false,
        use_squash_pr_title_as_default: false,
        squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
        squash_merge_commit_message: 'COMMIT_MESSAGES',
        merge_commit_title: 'MERGE_MESSAGE',
        merge_commit_message: 'PR_TITLE',
        temp_clone_token: '',
        web_commit_signoff_required: false,
        subscribers_count: 0,
        network_count: 0,
        license: null,
        forks: 0,
        open_issues: open,
        watchers: 0,
        // GitHub names the organization only for repositories an organization owns.
        ...(owner.type === 'Organization' ? { organization: simpleUser(urls, owner) } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-actions.js



/** Workflows, runs, jobs, check runs and annotations as GitHub's Actions and Checks APIs show them. */
function workflowJson(urls, repo, workflow) {
    const base = urls.repo(repo.owner, repo.name);
    const html = urls.repoHtml(repo.owner, repo.name);
    return {
        id: workflow.id,
        node_id: nodeId('Workflow', workflow.id),
        name: workflow.name,
        path: workflow.path,
        state: workflow.state,
        created_at: workflow.created_at,
        updated_at: workflow.updated_at,
        url: `${base}/actions/workflows/${workflow.id}`,
        html_url: `${html}/blob/${repo.default_branch}/${workflow.path}`,
        badge_url: `${html}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
    };
}
function pullRequestMinimal(urls, repo, number) {
    const issue = repo.issues.get(number);
    if (!issue?.pull)
        return undefined;
    const base = urls.repo(repo.owner, repo.name);
    const repoRef = { id: repo.id, url: base, name: repo.name };
    return {
        id: issue.pull.id,
        number,
        url: `${base}/pulls/${number}`,
        head: { ref: issue.pull.head, sha: issue.pull.headSha, repo: repoRef },
        base: {
            ref: issue.pull.base,
            sha: repo.refs.get(`refs/heads/${issue.pull.base}`) ?? issue.pull.headSha,
            repo: repoRef,
        },
    };
}
function runJson(state, urls, repo, run, attempt, options = {}) {
    const base = urls.repo(repo.owner, repo.name);
    const url = `${base}/actions/runs/${run.id}`;
    const workflow = repo.workflows.find((w) => w.id === run.workflowId);
    const commit = repo.git.commit(run.headSha);
    const actor = simpleUser(urls, state.ensureUser(attempt.actor));
    const firstActor = simpleUser(urls, state.ensureUser(run.attempts[0].actor));
    const checkSuiteId = run.id + attempt.attempt;
    return {
        id: run.id,
        name: run.name,
        node_id: nodeId('WorkflowRun', run.id),
        head_branch: run.branch,
        head_sha: run.headSha,
        path: workflow.path,
        display_title: run.display_title,
        run_number: run.runNumber,
        event: run.event,
        status: attempt.status,
        conclusion: attempt.conclusion,
        workflow_id: run.workflowId,
        check_suite_id: checkSuiteId,
        check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
        url,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}`,
        pull_requests: options.excludePullRequests
            ? []
            : run.pullRequests.map((n) => pullRequestMinimal(urls, repo, n)).filter((p) => p !== undefined),
        created_at: run.attempts[0].created_at,
        updated_at: attempt.updated_at,
        actor: firstActor,
        run_attempt: attempt.attempt,
        referenced_workflows: [],
        run_started_at: attempt.run_started_at,
        triggering_actor: actor,
        jobs_url: `${url}/jobs`,
        logs_url: `${url}/logs`,
        check_suite_url: `${base}/check-suites/${checkSuiteId}`,
        artifacts_url: `${url}/artifacts`,
        cancel_url: `${url}/cancel`,
        rerun_url: `${url}/rerun`,
        previous_attempt_url: attempt.attempt > 1 ? `${url}/attempts/${attempt.attempt - 1}` : null,
        workflow_url: `${base}/actions/workflows/${run.workflowId}`,
        head_commit: commit
            ? {
                id: run.headSha,
                tree_id: commit.tree,
                message: commit.message,
                timestamp: commit.committer.date,
                author: { name: commit.author.name, email: commit.author.email },
                committer: { name: commit.committer.name, email: commit.committer.email },
            }
            : null,
        repository: minimalRepository(state, urls, repo),
        head_repository: run.headRepo
            ? forkRepository(state, urls, repo, run.headRepo)
            : minimalRepository(state, urls, repo),
    };
}
function jobJson(urls, repo, run, job) {
    const base = urls.repo(repo.owner, repo.name);
    const queued = job.status === 'queued' || job.status === 'waiting' || job.status === 'pending';
    return {
        id: job.id,
        run_id: run.id,
        workflow_name: run.name,
        head_branch: run.branch,
        run_url: `${base}/actions/runs/${run.id}`,
        run_attempt: job.attempt,
        node_id: nodeId('CheckRun', job.checkRunId),
        head_sha: run.headSha,
        url: `${base}/actions/jobs/${job.id}`,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
        status: job.status,
        conclusion: job.conclusion,
        created_at: job.created_at,
        started_at: job.started_at,
        completed_at: job.completed_at,
        name: job.name,
        steps: job.steps.map((s) => ({
            name: s.name,
            status: s.status,
            conclusion: s.conclusion,
            number: s.number,
            started_at: s.started_at,
            completed_at: s.completed_at,
        })),
        check_run_url: `${base}/check-runs/${job.checkRunId}`,
        labels: job.labels,
        runner_id: queued ? null : 2,
        runner_name: job.runner_name,
        runner_group_id: queued ? null : 2,
        runner_group_name: queued ? null : 'GitHub Actions',
    };
}
function annotationJson(urls, repo, headSha, a) {
    return {
        path: a.path,
        blob_href: `${urls.repoHtml(repo.owner, repo.name)}/blob/${headSha}/${a.path}`,
        start_line: a.start_line,
        end_line: a.end_line ?? a.start_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? '',
        message: a.message,
        raw_details: a.raw_details ?? '',
    };
}
function checkRunJson(urls, repo, run, job) {
    const base = urls.repo(repo.owner, repo.name);
    const url = `${base}/check-runs/${job.checkRunId}`;
    const checkSuiteId = run.id + job.attempt;
    return {
        id: job.checkRunId,
        name: job.name,
        node_id: nodeId('CheckRun', job.checkRunId),
        head_sha: run.headSha,
        external_id: String(job.id),
        url,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
        details_url: `${urls.repoHtml(repo.owner, repo.name)}/actions/runs/${run.id}/job/${job.id}`,
        status: job.status,
        conclusion: job.conclusion,
        started_at: job.started_at,
        completed_at: job.completed_at,
        output: {
            title: job.conclusion === 'failure' ? `${job.name} failed` : null,
            summary: null,
            text: null,
            annotations_count: job.annotations.length,
            annotations_url: `${url}/annotations`,
        },
        check_suite: { id: checkSuiteId },
        app: null,
        pull_requests: [],
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-actions.js




/** GitHub Actions routes: workflows, runs, attempts, jobs, logs, re-runs. */
const STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);
const DAY_MS = 86_400_000;
/** GitHub re-runs a workflow run only within 30 days of its start. */
const RERUN_WINDOW_MS = 30 * DAY_MS;
/**
 * GitHub lists "up to 1,000 results for each search" of workflow runs filtered by one of
 * `RUN_FILTERS`: `total_count` still says how many matched, pages past the 1,000th run are empty,
 * and the `Link` header stops at the last page that has runs.
 */
const RUN_SEARCH_CAP = 1000;
const RUN_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];
function workflowOf(ctx, repo) {
    const id = decodeURIComponent(ctx.params.workflow_id ?? '');
    const workflow = /^\d+$/.test(id)
        ? repo.workflows.find((w) => w.id === Number(id))
        : repo.workflows.find((w) => external_node_path_.posix.basename(w.path) === id);
    if (!workflow)
        notFound(ctx);
    return workflow;
}
function runOf(ctx, repo) {
    const run = repo.runs.get(intParam(ctx, 'run_id'));
    if (!run)
        notFound(ctx);
    return run;
}
function attemptOf(ctx, run) {
    const attempt = run.attempts[intParam(ctx, 'attempt_number') - 1];
    if (!attempt)
        notFound(ctx);
    return attempt;
}
/**
 * GitHub's `created` filter: `2026-01-01`, `>=2026-01-01`, `<2026-01-01T12:00:00Z`,
 * `2026-01-01..2026-01-31` (either side may be `*`). A bare date covers the whole day.
 */
function createdFilter(expr) {
    const bound = (text, end) => {
        if (text === '*')
            return end ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
        const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
        if (Number.isNaN(ms))
            return undefined;
        return end && /^\d{4}-\d{2}-\d{2}$/.test(text) ? ms + DAY_MS - 1 : ms;
    };
    const range = /^(.+)\.\.(.+)$/.exec(expr);
    if (range) {
        const from = bound(range[1], false);
        const to = bound(range[2], true);
        if (from === undefined || to === undefined)
            return undefined;
        return (ms) => ms >= from && ms <= to;
    }
    const op = /^(>=|<=|>|<)?(.+)$/.exec(expr);
    const text = op[2];
    const start = bound(text, false);
    const end = bound(text, true);
    if (start === undefined || end === undefined)
        return undefined;
    switch (op[1]) {
        case '>=':
            return (ms) => ms >= start;
        case '>':
            return (ms) => ms > end;
        case '<=':
            return (ms) => ms <= end;
        case '<':
            return (ms) => ms < start;
        default:
            return (ms) => ms >= start && ms <= end;
    }
}
function listRuns(ctx, repo, workflowId) {
    const q = ctx.query;
    const created = q.get('created');
    const inRange = created ? createdFilter(created) : undefined;
    if (created && !inRange)
        fail(ctx, 422, `Invalid created value: ${created}`);
    const status = q.get('status');
    return [...repo.runs.values()]
        .filter((run) => {
        const latest = run.attempts[run.attempts.length - 1];
        if (workflowId !== undefined && run.workflowId !== workflowId)
            return false;
        if (q.get('branch') && run.branch !== q.get('branch'))
            return false;
        if (q.get('event') && run.event !== q.get('event'))
            return false;
        if (q.get('head_sha') && run.headSha !== q.get('head_sha'))
            return false;
        if (q.get('actor') && latest.actor.toLowerCase() !== q.get('actor').toLowerCase())
            return false;
        // Each attempt is its own check suite (see runJson).
        if (q.get('check_suite_id') &&
            !run.attempts.some((a) => String(run.id + a.attempt) === q.get('check_suite_id')))
            return false;
        if (status && (STATUSES.has(status) ? latest.status !== status : latest.conclusion !== status))
            return false;
        if (inRange && !inRange(Date.parse(run.attempts[0].created_at)))
            return false;
        return true;
    })
        .sort((a, b) => Date.parse(b.attempts[0].created_at) - Date.parse(a.attempts[0].created_at) || b.id - a.id);
}
function runsReply(ctx, repo, runs) {
    const exclude = ctx.query.get('exclude_pull_requests') === 'true';
    const searched = RUN_FILTERS.some((f) => ctx.query.has(f));
    const listable = searched ? runs.slice(0, RUN_SEARCH_CAP) : runs;
    return pagedEnvelope(ctx, 'workflow_runs', listable, (run) => runJson(ctx.state, ctx.urls, repo, run, run.attempts[run.attempts.length - 1], {
        excludePullRequests: exclude,
    }), runs.length);
}
function jobsOf(repo, ids) {
    return ids.map((id) => repo.jobs.get(id)).filter((j) => j !== undefined);
}
function jobOf(ctx, repo) {
    const job = repo.jobs.get(intParam(ctx, 'job_id'));
    if (!job)
        notFound(ctx);
    return job;
}
const FAILED = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure']);
/** Start a new attempt of `run` re-running `which` of the latest attempt's jobs; the rest carry over. */
function newAttempt(ctx, repo, run, which) {
    const latest = run.attempts[run.attempts.length - 1];
    if (latest.status !== 'completed')
        fail(ctx, 403, 'This workflow is already running');
    if (ctx.state.now() - Date.parse(run.attempts[0].created_at) > RERUN_WINDOW_MS)
        fail(ctx, 403, 'This workflow run cannot be retried');
    const jobs = jobsOf(repo, latest.jobIds);
    if (!jobs.some(which))
        fail(ctx, 403, 'This workflow run cannot be retried');
    const now = ctx.state.timestamp();
    const number = latest.attempt + 1;
    const jobIds = jobs.map((job) => {
        if (!which(job))
            return job.id;
        const id = ctx.state.nextId();
        repo.jobs.set(id, {
            ...job,
            id,
            attempt: number,
            status: 'queued',
            conclusion: null,
            created_at: now,
            started_at: now,
            completed_at: null,
            checkRunId: id,
            annotations: [],
            runner_name: null,
            steps: job.steps.map((s) => ({
                ...s,
                status: 'queued',
                conclusion: null,
                started_at: null,
                completed_at: null,
                log: undefined,
            })),
            log: undefined,
        });
        return id;
    });
    run.attempts.push({
        attempt: number,
        status: 'queued',
        conclusion: null,
        created_at: run.attempts[0].created_at,
        updated_at: now,
        run_started_at: now,
        actor: ctx.user.login,
        jobIds,
    });
}
const actionsRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows',
        operationId: 'actions/list-repo-workflows',
        docs: 'actions/workflows#list-repository-workflows',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return pagedEnvelope(ctx, 'workflows', repo.workflows, (w) => workflowJson(ctx.urls, repo, w));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
        operationId: 'actions/get-workflow',
        docs: 'actions/workflows#get-a-workflow',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return { status: 200, body: workflowJson(ctx.urls, repo, workflowOf(ctx, repo)) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        operationId: 'actions/list-workflow-runs',
        docs: 'actions/workflow-runs#list-workflow-runs-for-a-workflow',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const workflow = workflowOf(ctx, repo);
            return runsReply(ctx, repo, listRuns(ctx, repo, workflow.id));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs',
        operationId: 'actions/list-workflow-runs-for-repo',
        docs: 'actions/workflow-runs#list-workflow-runs-for-a-repository',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return runsReply(ctx, repo, listRuns(ctx, repo));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
        operationId: 'actions/get-workflow-run',
        docs: 'actions/workflow-runs#get-a-workflow-run',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const run = runOf(ctx, repo);
            const exclude = ctx.query.get('exclude_pull_requests') === 'true';
            return {
                status: 200,
                body: runJson(ctx.state, ctx.urls, repo, run, run.attempts[run.attempts.length - 1], {
                    excludePullRequests: exclude,
                }),
            };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
        operationId: 'actions/get-workflow-run-attempt',
        docs: 'actions/workflow-runs#get-a-workflow-run-attempt',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const run = runOf(ctx, repo);
            return { status: 200, body: runJson(ctx.state, ctx.urls, repo, run, attemptOf(ctx, run)) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        operationId: 'actions/list-jobs-for-workflow-run',
        docs: 'actions/workflow-jobs#list-jobs-for-a-workflow-run',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const run = runOf(ctx, repo);
            const filter = ctx.query.get('filter') ?? 'latest';
            if (filter !== 'latest' && filter !== 'all')
                fail(ctx, 422, `Invalid filter: ${filter}; accepted: latest, all`);
            const ids = filter === 'all'
                ? [...new Set(run.attempts.flatMap((a) => a.jobIds))]
                : run.attempts[run.attempts.length - 1].jobIds;
            return pagedEnvelope(ctx, 'jobs', jobsOf(repo, ids), (j) => jobJson(ctx.urls, repo, run, j));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
        operationId: 'actions/list-jobs-for-workflow-run-attempt',
        docs: 'actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const run = runOf(ctx, repo);
            const attempt = attemptOf(ctx, run);
            return pagedEnvelope(ctx, 'jobs', jobsOf(repo, attempt.jobIds), (j) => jobJson(ctx.urls, repo, run, j));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/jobs/{job_id}',
        operationId: 'actions/get-job-for-workflow-run',
        docs: 'actions/workflow-jobs#get-a-job-for-a-workflow-run',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const job = jobOf(ctx, repo);
            return { status: 200, body: jobJson(ctx.urls, repo, repo.runs.get(job.runId), job) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
        operationId: 'actions/download-job-logs-for-workflow-run',
        docs: 'actions/workflow-jobs#download-job-logs-for-a-workflow-run',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const job = jobOf(ctx, repo);
            if (!job.log)
                notFound(ctx);
            return { status: 302, headers: { location: ctx.links.issue(`job-logs/${repo.id}/${job.id}`) } };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/logs',
        operationId: 'actions/download-workflow-run-logs',
        docs: 'actions/workflow-runs#download-workflow-run-logs',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const run = runOf(ctx, repo);
            const latest = run.attempts[run.attempts.length - 1];
            if (latest.status !== 'completed')
                notFound(ctx);
            return {
                status: 302,
                headers: { location: ctx.links.issue(`run-logs/${repo.id}/${run.id}/${latest.attempt}`) },
            };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
        operationId: 'actions/re-run-workflow-failed-jobs',
        docs: 'actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            newAttempt(ctx, repo, runOf(ctx, repo), (job) => job.conclusion !== null && FAILED.has(job.conclusion));
            return { status: 201, body: {} };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
        operationId: 'actions/re-run-workflow',
        docs: 'actions/workflow-runs#re-run-a-workflow',
        scope: 'actions',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            newAttempt(ctx, repo, runOf(ctx, repo), () => true);
            return { status: 201, body: {} };
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-checks.js




/** Check runs, commit statuses and branch rules as GitHub's Checks, Statuses and Rules APIs show them. */
/** A check run that no workflow job made (`check-run`). */
function otherCheckRunJson(urls, repo, check) {
    const url = `${urls.repo(repo.owner, repo.name)}/check-runs/${check.id}`;
    return {
        id: check.id,
        name: check.name,
        node_id: nodeId('CheckRun', check.id),
        head_sha: check.headSha,
        external_id: String(check.id),
        url,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/runs/${check.id}`,
        details_url: check.details_url,
        status: check.status,
        conclusion: check.conclusion,
        started_at: check.started_at,
        completed_at: check.completed_at,
        output: {
            title: null,
            summary: null,
            text: null,
            annotations_count: 0,
            annotations_url: `${url}/annotations`,
        },
        check_suite: { id: check.checkSuiteId },
        app: null,
        pull_requests: [],
    };
}
function anyCheckRunJson(urls, repo, found) {
    return found.kind === 'job'
        ? checkRunJson(urls, repo, found.run, found.job)
        : otherCheckRunJson(urls, repo, found.check);
}
/** `simple-commit-status`, as the combined status lists each context. */
function commitStatusJson(state, urls, repo, status) {
    return {
        url: `${urls.repo(repo.owner, repo.name)}/statuses/${status.sha}`,
        avatar_url: urls.avatar(state.ensureUser(status.creator).id),
        id: status.id,
        node_id: nodeId('StatusContext', status.id),
        state: status.state,
        description: status.description,
        target_url: status.target_url,
        context: status.context,
        created_at: status.created_at,
        updated_at: status.updated_at,
    };
}
/** `combined-commit-status`: one page of the latest status per context, and the state of all of them. */
function combinedStatusJson(state, urls, repo, sha, all, page) {
    const base = urls.repo(repo.owner, repo.name);
    return {
        state: combinedState(all),
        statuses: page.map((s) => commitStatusJson(state, urls, repo, s)),
        sha,
        total_count: all.length,
        repository: minimalRepository(state, urls, repo),
        commit_url: `${base}/commits/${sha}`,
        url: `${base}/commits/${sha}/status`,
    };
}
/** A ruleset's `required_status_checks` rule as `repository-rule-detailed`. */
function requiredChecksRuleJson(repo, ruleset) {
    return {
        type: 'required_status_checks',
        ruleset_source_type: 'Repository',
        ruleset_source: `${repo.owner}/${repo.name}`,
        ruleset_id: ruleset.id,
        parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: ruleset.required_status_checks.map((context) => ({ context })),
        },
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-checks.js






/**
 * Check runs (workflow jobs and others) and commit statuses: one check run and its annotations,
 * the check runs on a commit, and a commit's combined status.
 */
/** The commit a `{ref}` parameter names (a sha, branch or tag), or GitHub's refusal with `status`. */
function commitOf(ctx, repo, status) {
    const ref = decodeURIComponent(ctx.params.ref ?? '');
    const sha = resolveCommit(repo, ref);
    if (!sha)
        fail(ctx, status, `No commit found for SHA: ${ref}`);
    return sha;
}
const checkRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
        operationId: 'checks/get',
        docs: 'checks/runs#get-a-check-run',
        scope: 'checks',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const found = findCheckRun(repo, intParam(ctx, 'check_run_id'));
            if (!found)
                notFound(ctx);
            return { status: 200, body: anyCheckRunJson(ctx.urls, repo, found) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
        operationId: 'checks/list-annotations',
        docs: 'checks/runs#list-check-run-annotations',
        scope: 'checks',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const found = findCheckRun(repo, intParam(ctx, 'check_run_id'));
            if (!found)
                notFound(ctx);
            // Only workflow jobs carry annotations in the simulator.
            if (found.kind === 'other')
                return pagedReply(ctx, [], (a) => a);
            return pagedReply(ctx, found.job.annotations, (a) => annotationJson(ctx.urls, repo, found.run.headSha, a));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
        operationId: 'checks/list-for-ref',
        docs: 'checks/runs#list-check-runs-for-a-git-reference',
        scope: 'checks',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const sha = commitOf(ctx, repo, 422);
            const name = ctx.query.get('check_name');
            const status = ctx.query.get('status');
            const checks = checkRunsOnCommit(ctx.state, repo, sha).filter((found) => {
                const check = found.kind === 'job' ? found.job : found.check;
                return (name === null || check.name === name) && (status === null || check.status === status);
            });
            return pagedEnvelope(ctx, 'check_runs', checks, (found) => anyCheckRunJson(ctx.urls, repo, found));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{ref}/status',
        operationId: 'repos/get-combined-status-for-ref',
        docs: 'commits/statuses#get-the-combined-status-for-a-specific-reference',
        scope: 'statuses',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            // GitHub documents 404 for a ref that names no commit here (not the 422 of the commit routes).
            const sha = commitOf(ctx, repo, 404);
            const statuses = latestStatuses(repo, sha);
            // Contexts beyond one page are paginated; the combined state covers all of them.
            const page = paginate(ctx, statuses);
            return {
                status: 200,
                body: combinedStatusJson(ctx.state, ctx.urls, repo, sha, statuses, page.items),
                ...(page.link ? { headers: { link: page.link } } : {}),
            };
        },
    },
];

// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(6940);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/line-diff.js
/**
 * Line diffs for the `patch`, `additions` and `deletions` GitHub reports on pull request files
 * and commits: jsdiff's hunks with three lines of context, printed with no file header (GitHub's
 * `patch` field starts at the first `@@`) and no final line break.
 */

/** Past this many edits the script is not searched for; the file is reported as wholly replaced. */
const MAX_EDIT_DISTANCE = 4000;
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Every line ended, so a missing final newline is not a change (the simulator has always read it so). */
const ended = (lines) => lines.map((line) => `${line}\n`).join('');
const start = (first, count) => (count === 0 ? first - 1 : first);
function diffLines(before, after, context = 3) {
    const a = splitLines(before);
    const b = splitLines(after);
    const found = (0,create/* structuredPatch */.YB)('a', 'b', ended(a), ended(b), undefined, undefined, {
        context,
        maxEditLength: MAX_EDIT_DISTANCE,
    });
    const hunks = found
        ? found.hunks
        : [
            {
                oldStart: 1,
                oldLines: a.length,
                newStart: 1,
                newLines: b.length,
                lines: [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)],
            },
        ];
    let additions = 0;
    let deletions = 0;
    const out = [];
    for (const hunk of hunks) {
        out.push(`@@ -${start(hunk.oldStart, hunk.oldLines)},${hunk.oldLines} +${start(hunk.newStart, hunk.newLines)},${hunk.newLines} @@`);
        for (const line of hunk.lines) {
            if (line.startsWith('+'))
                additions++;
            else if (line.startsWith('-'))
                deletions++;
            out.push(line);
        }
    }
    return { additions, deletions, patch: out.join('\n') };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-git.js



/** Git data, contents, commits and branches as the REST API shows them. */
/** Base64 as GitHub sends file content: wrapped every 60 characters, newline-terminated. */
function wrappedBase64(content) {
    const flat = content.toString('base64');
    if (flat === '')
        return '';
    const lines = [];
    for (let i = 0; i < flat.length; i += 60)
        lines.push(flat.slice(i, i + 60));
    return `${lines.join('\n')}\n`;
}
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
/** The user a commit signature belongs to, from a noreply address or a known email. */
function userForSignature(state, sig) {
    const noreply = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/.exec(sig.email);
    if (noreply)
        return state.user(noreply[2]);
    for (const user of state.users.values())
        if (user.email && user.email === sig.email)
            return user;
    return undefined;
}
function parentsJson(urls, repo, parents, kind) {
    const base = urls.repo(repo.owner, repo.name);
    return parents.map((sha) => ({
        sha,
        url: `${base}/${kind}/${sha}`,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
    }));
}
function gitCommitJson(urls, repo, sha) {
    const commit = repo.git.commit(sha);
    const base = urls.repo(repo.owner, repo.name);
    return {
        sha,
        node_id: nodeId('Commit', sha),
        url: `${base}/git/commits/${sha}`,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
        parents: parentsJson(urls, repo, commit.parents, 'git/commits'),
        verification: UNSIGNED,
    };
}
function isBinary(content) {
    return content.subarray(0, 8000).includes(0);
}
/** `diff-entry`s between two trees (flat), as on pull request files and commit details. */
function diffEntries(urls, repo, before, after, atCommit) {
    const base = urls.repo(repo.owner, repo.name);
    const html = urls.repoHtml(repo.owner, repo.name);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const out = [];
    for (const path of paths) {
        const a = before.get(path);
        const b = after.get(path);
        if (a && b && a.sha === b.sha && a.mode === b.mode)
            continue;
        const status = !a ? 'added' : !b ? 'removed' : 'modified';
        const oldText = a ? (repo.git.blob(a.sha) ?? Buffer.alloc(0)) : Buffer.alloc(0);
        const newText = b ? (repo.git.blob(b.sha) ?? Buffer.alloc(0)) : Buffer.alloc(0);
        const binary = isBinary(oldText) || isBinary(newText);
        const diff = binary
            ? { additions: 0, deletions: 0, patch: '' }
            : diffLines(oldText.toString('utf8'), newText.toString('utf8'));
        const encoded = path.split('/').map(encodeURIComponent).join('/');
        const entry = {
            sha: (b ?? a).sha,
            filename: path,
            status,
            additions: diff.additions,
            deletions: diff.deletions,
            changes: diff.additions + diff.deletions,
            blob_url: `${html}/blob/${atCommit}/${encoded}`,
            raw_url: `${html}/raw/${atCommit}/${encoded}`,
            contents_url: `${base}/contents/${encoded}?ref=${atCommit}`,
        };
        if (!binary)
            entry.patch = diff.patch;
        out.push(entry);
    }
    return out;
}
/** The `commit` schema: a commit with GitHub's view of its author and, optionally, its changes. */
function commitJson(state, urls, repo, sha, withFiles) {
    const commit = repo.git.commit(sha);
    const base = urls.repo(repo.owner, repo.name);
    const author = userForSignature(state, commit.author);
    const committer = userForSignature(state, commit.committer);
    const out = {
        sha,
        node_id: nodeId('Commit', sha),
        url: `${base}/commits/${sha}`,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/commit/${sha}`,
        comments_url: `${base}/commits/${sha}/comments`,
        commit: {
            url: `${base}/git/commits/${sha}`,
            author: commit.author,
            committer: commit.committer,
            message: commit.message,
            comment_count: 0,
            tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
            verification: UNSIGNED,
        },
        author: author ? simpleUser(urls, author) : null,
        committer: committer ? simpleUser(urls, committer) : null,
        parents: parentsJson(urls, repo, commit.parents, 'commits'),
    };
    if (withFiles) {
        const parent = commit.parents[0] ? repo.git.commit(commit.parents[0]) : undefined;
        const before = parent ? repo.git.flatten(parent.tree) : new Map();
        const files = diffEntries(urls, repo, before, repo.git.flatten(commit.tree), sha);
        const additions = files.reduce((n, f) => n + f.additions, 0);
        const deletions = files.reduce((n, f) => n + f.deletions, 0);
        out.stats = { total: additions + deletions, additions, deletions };
        out.files = files;
    }
    return out;
}
function gitRefJson(urls, repo, ref, sha) {
    const base = urls.repo(repo.owner, repo.name);
    return {
        ref,
        node_id: nodeId('Ref', `${repo.id}:${ref}`),
        url: `${base}/git/${ref}`,
        object: { sha, type: 'commit', url: `${base}/git/commits/${sha}` },
    };
}
function gitTreeJson(urls, repo, sha, recursive) {
    const base = urls.repo(repo.owner, repo.name);
    const entries = [];
    const visit = (treeSha, prefix) => {
        for (const entry of repo.git.tree(treeSha) ?? []) {
            const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
            const json = {
                path,
                mode: entry.mode,
                type: entry.type,
                sha: entry.sha,
                url: `${base}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
            };
            if (entry.type === 'blob')
                json.size = repo.git.blob(entry.sha)?.length ?? 0;
            entries.push(json);
            if (recursive && entry.type === 'tree')
                visit(entry.sha, path);
        }
    };
    visit(sha, '');
    return { sha, url: `${base}/git/trees/${sha}`, tree: entries, truncated: false };
}
function blobJson(urls, repo, sha) {
    const content = repo.git.blob(sha);
    return {
        sha,
        node_id: nodeId('Blob', sha),
        size: content.length,
        url: `${urls.repo(repo.owner, repo.name)}/git/blobs/${sha}`,
        content: wrappedBase64(content),
        encoding: 'base64',
    };
}
function contentLinks(urls, repo, path, entry, ref) {
    const base = urls.repo(repo.owner, repo.name);
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const isDir = entry.type === 'tree';
    const self = `${base}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
    const git = `${base}/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`;
    const html = `${urls.repoHtml(repo.owner, repo.name)}/${isDir ? 'tree' : 'blob'}/${ref}/${encoded}`;
    return {
        name: entry.name,
        path,
        sha: entry.sha,
        size: isDir ? 0 : (repo.git.blob(entry.sha)?.length ?? 0),
        url: self,
        html_url: html,
        git_url: git,
        download_url: isDir
            ? null
            : `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${encoded}`,
        type: isDir ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file',
        _links: { self, git, html },
    };
}
function contentFileJson(urls, repo, path, entry, ref) {
    const content = repo.git.blob(entry.sha);
    return {
        ...contentLinks(urls, repo, path, entry, ref),
        content: wrappedBase64(content),
        encoding: 'base64',
    };
}
function contentDirJson(urls, repo, path, treeSha, ref) {
    return (repo.git.tree(treeSha) ?? []).map((entry) => contentLinks(urls, repo, path === '' ? entry.name : `${path}/${entry.name}`, entry, ref));
}
function fileCommitJson(urls, repo, path, entry, ref, commitSha) {
    return {
        content: entry ? contentLinks(urls, repo, path, entry, ref) : null,
        commit: gitCommitJson(urls, repo, commitSha),
    };
}
function branchJson(state, urls, repo, name, sha) {
    const base = urls.repo(repo.owner, repo.name);
    const contexts = repo.protection.get(name)?.required_status_checks;
    return {
        name,
        commit: commitJson(state, urls, repo, sha, false),
        _links: {
            self: `${base}/branches/${encodeURIComponent(name)}`,
            html: `${urls.repoHtml(repo.owner, repo.name)}/tree/${name}`,
        },
        protected: contexts !== undefined,
        protection: {
            enabled: contexts !== undefined,
            required_status_checks: contexts === undefined
                ? { enforcement_level: 'off', contexts: [], checks: [] }
                : {
                    enforcement_level: 'non_admins',
                    contexts,
                    checks: contexts.map((context) => ({ context, app_id: null })),
                },
        },
        protection_url: `${base}/branches/${encodeURIComponent(name)}/protection`,
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-git.js





/** Git data routes: blobs, trees, commits and references, over real git objects. */
const MODES = ['100644', '100755', '040000', '160000', '120000'];
const routes_git_SHA = /^[0-9a-f]{40}$/i;
function fullRef(ctx) {
    const ref = decodeURIComponent(ctx.params.ref ?? '').replace(/^\/+/, '');
    return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}
/** The tree a `tree_sha` names: a tree, or the tree of a commit or branch (GitHub accepts both). */
function treeOf(repo, ref) {
    if (repo.git.tree(ref))
        return ref.toLowerCase();
    const commit = resolveCommit(repo, ref);
    return commit ? repo.git.commit(commit).tree : undefined;
}
function gitSignature(ctx, raw, fallbackDate) {
    if (typeof raw === 'object' && raw !== null) {
        const r = raw;
        if (typeof r.name === 'string' && typeof r.email === 'string')
            return { name: r.name, email: r.email, date: typeof r.date === 'string' ? r.date : fallbackDate };
    }
    return signatureOf(ctx.state, ctx.user.login, fallbackDate);
}
/** Before a ref moves to `sha`, refuse if that changes workflow files the token may not touch. */
function checkWorkflowFiles(ctx, repo, fromCommit, toCommit) {
    const before = fromCommit
        ? repo.git.flatten(repo.git.commit(fromCommit).tree)
        : new Map();
    const after = repo.git.flatten(repo.git.commit(toCommit).tree);
    refuseWorkflowChange(ctx, changedWorkflowFiles(before, after));
}
const gitRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
        operationId: 'git/get-blob',
        docs: 'git/blobs#get-a-blob',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const sha = (ctx.params.file_sha ?? '').toLowerCase();
            if (!repo.git.blob(sha))
                notFound(ctx);
            return { status: 200, body: blobJson(ctx.urls, repo, sha) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/blobs',
        operationId: 'git/create-blob',
        docs: 'git/blobs#create-a-blob',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const content = requireString(ctx, body, 'content');
            const encoding = optionalString(ctx, body, 'encoding') ?? 'utf-8';
            if (encoding !== 'utf-8' && encoding !== 'base64')
                fail(ctx, 422, `encoding must be one of: utf-8, base64`);
            const sha = repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
            return { status: 201, body: { url: `${ctx.urls.repo(repo.owner, repo.name)}/git/blobs/${sha}`, sha } };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
        operationId: 'git/get-tree',
        docs: 'git/trees#get-a-tree',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const tree = treeOf(repo, decodeURIComponent(ctx.params.tree_sha ?? ''));
            if (!tree)
                notFound(ctx);
            const recursive = ctx.query.has('recursive') && !['0', 'false', ''].includes(ctx.query.get('recursive') ?? '');
            return { status: 200, body: gitTreeJson(ctx.urls, repo, tree, recursive) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/trees',
        operationId: 'git/create-tree',
        docs: 'git/trees#create-a-tree',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            if (!Array.isArray(body.tree))
                fail(ctx, 422, 'Invalid request.\n\n"tree" wasn\'t supplied.');
            const baseTree = optionalString(ctx, body, 'base_tree');
            if (baseTree !== undefined && !repo.git.tree(baseTree))
                fail(ctx, 422, 'GitRPC::BadObjectState');
            const flat = baseTree ? repo.git.flatten(baseTree) : new Map();
            for (const raw of body.tree) {
                const item = (typeof raw === 'object' && raw !== null ? raw : {});
                const path = typeof item.path === 'string' ? item.path.replace(/^\/+|\/+$/g, '') : '';
                const mode = item.mode;
                const type = item.type;
                if (path === '' || !MODES.includes(mode) || (type !== 'blob' && type !== 'tree' && type !== 'commit'))
                    fail(ctx, 422, 'Invalid tree info');
                // A null sha removes the path (and everything under it).
                if (item.sha === null && !('content' in item && typeof item.content === 'string')) {
                    for (const key of [...flat.keys()])
                        if (key === path || key.startsWith(`${path}/`))
                            flat.delete(key);
                    continue;
                }
                if (typeof item.content === 'string') {
                    flat.set(path, { mode, type: 'blob', sha: repo.git.writeBlob(item.content) });
                    continue;
                }
                const sha = typeof item.sha === 'string' ? item.sha.toLowerCase() : '';
                if (!routes_git_SHA.test(sha))
                    fail(ctx, 422, 'Invalid tree info');
                if (type === 'tree') {
                    if (!repo.git.tree(sha))
                        fail(ctx, 422, 'GitRPC::BadObjectState');
                    for (const key of [...flat.keys()])
                        if (key === path || key.startsWith(`${path}/`))
                            flat.delete(key);
                    for (const [sub, entry] of repo.git.flatten(sha))
                        flat.set(`${path}/${sub}`, entry);
                }
                else {
                    if (type === 'blob' && !repo.git.blob(sha))
                        fail(ctx, 422, 'GitRPC::BadObjectState');
                    flat.set(path, { mode, type: type === 'commit' ? 'commit' : 'blob', sha });
                }
            }
            const sha = repo.git.writeFlat(flat);
            return { status: 201, body: gitTreeJson(ctx.urls, repo, sha, false) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
        operationId: 'git/get-commit',
        docs: 'git/commits#get-a-commit-object',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const sha = (ctx.params.commit_sha ?? '').toLowerCase();
            if (!repo.git.commit(sha))
                notFound(ctx);
            return { status: 200, body: gitCommitJson(ctx.urls, repo, sha) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/commits',
        operationId: 'git/create-commit',
        docs: 'git/commits#create-a-commit',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const message = requireString(ctx, body, 'message');
            const tree = requireString(ctx, body, 'tree').toLowerCase();
            if (!repo.git.tree(tree))
                fail(ctx, 422, 'Tree SHA does not exist');
            const parents = body.parents === undefined ? [] : body.parents;
            if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string'))
                fail(ctx, 422, `Invalid request.\n\nFor 'properties/parents', ${JSON.stringify(parents)} is not an array.`);
            for (const parent of parents)
                if (!repo.git.commit(parent.toLowerCase()))
                    fail(ctx, 422, 'Parent SHA does not exist or is not a commit object');
            const now = ctx.state.timestamp();
            const author = gitSignature(ctx, body.author, now);
            const committer = body.committer === undefined ? author : gitSignature(ctx, body.committer, now);
            const sha = repo.git.writeCommit({
                tree,
                parents: parents.map((p) => p.toLowerCase()),
                author,
                committer,
                message,
            });
            return { status: 201, body: gitCommitJson(ctx.urls, repo, sha) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/ref/{ref}',
        operationId: 'git/get-ref',
        docs: 'git/refs#get-a-reference',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const ref = fullRef(ctx);
            const sha = repo.refs.get(ref);
            if (!sha)
                notFound(ctx);
            return { status: 200, body: gitRefJson(ctx.urls, repo, ref, sha) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
        operationId: 'git/list-matching-refs',
        docs: 'git/refs#list-matching-references',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const prefix = fullRef(ctx);
            const matches = [...repo.refs.entries()]
                .filter(([name]) => name.startsWith(prefix))
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
            return { status: 200, body: matches.map(([name, sha]) => gitRefJson(ctx.urls, repo, name, sha)) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/refs',
        operationId: 'git/create-ref',
        docs: 'git/refs#create-a-reference',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const ref = requireString(ctx, body, 'ref');
            const sha = requireString(ctx, body, 'sha').toLowerCase();
            if (!/^refs\/[^/]+\/.+/.test(ref))
                fail(ctx, 422, `Reference name must start with 'refs/' and have at least two slashes`);
            if (repo.refs.has(ref))
                fail(ctx, 422, 'Reference already exists');
            if (!repo.git.commit(sha))
                fail(ctx, 422, 'Object does not exist');
            // A new branch is checked against the default branch, as GitHub checks pushes of new refs.
            checkWorkflowFiles(ctx, repo, repo.refs.get(branchRef(repo.default_branch)), sha);
            repo.refs.set(ref, sha);
            repo.pushed_at = ctx.state.timestamp();
            return { status: 201, body: gitRefJson(ctx.urls, repo, ref, sha) };
        },
    },
    {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/git/refs/{ref}',
        operationId: 'git/update-ref',
        docs: 'git/refs#update-a-reference',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const ref = fullRef(ctx);
            const sha = requireString(ctx, body, 'sha').toLowerCase();
            const current = repo.refs.get(ref);
            if (!current)
                fail(ctx, 422, 'Reference does not exist');
            if (!repo.git.commit(sha))
                fail(ctx, 422, 'Object does not exist');
            if (body.force !== true && !repo.git.isAncestor(current, sha))
                fail(ctx, 422, 'Update is not a fast forward');
            checkWorkflowFiles(ctx, repo, current, sha);
            repo.refs.set(ref, sha);
            repo.pushed_at = ctx.state.timestamp();
            return { status: 200, body: gitRefJson(ctx.urls, repo, ref, sha) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/git/refs/{ref}',
        operationId: 'git/delete-ref',
        docs: 'git/refs#delete-a-reference',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const ref = fullRef(ctx);
            if (!repo.refs.has(ref))
                fail(ctx, 422, 'Reference does not exist');
            repo.refs.delete(ref);
            return { status: 204 };
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/list-order.js
/** The order GitHub lists issues and pull requests in: by a time or a comment count, ties by number. */
/** Sorts `list` in place ascending by `key` (ties by number), then reverses it when `descending`. */
function orderList(list, key, descending) {
    const value = (i) => key === 'updated'
        ? Date.parse(i.updated_at)
        : key === 'comments'
            ? i.comments.length
            : Date.parse(i.created_at);
    list.sort((a, b) => value(a) - value(b) || a.number - b.number);
    if (descending)
        list.reverse();
    return list;
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-team.js

/** Teams as GitHub's `team` schema shows them (requested reviewers, `requested_teams`). */
/** The legacy permission names teams are listed with (`push` for write, `pull` for read). */
const LEGACY_PERMISSION = {
    admin: 'admin',
    maintain: 'maintain',
    write: 'push',
    triage: 'triage',
    read: 'pull',
};
function teamJson(state, urls, repo, team) {
    const org = state.ensureUser(repo.owner);
    const url = `${urls.api}/organizations/${org.id}/team/${team.id}`;
    const role = team.permission;
    return {
        id: team.id,
        node_id: nodeId('Team', team.id),
        url,
        html_url: `${urls.web}/orgs/${encodeURIComponent(org.login)}/teams/${team.slug}`,
        name: team.name,
        slug: team.slug,
        description: team.description,
        privacy: 'closed',
        notification_setting: 'notifications_enabled',
        permission: LEGACY_PERMISSION[role],
        permissions: {
            pull: true,
            triage: role !== 'read',
            push: role === 'write' || role === 'maintain' || role === 'admin',
            maintain: role === 'maintain' || role === 'admin',
            admin: role === 'admin',
        },
        members_url: `${url}/members{/member}`,
        repositories_url: `${url}/repos`,
        type: 'organization',
        organization_id: org.id,
        parent: null,
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-issue.js



/** Issues, labels, comments and issue events as GitHub's REST API shows them. */
function labelJson(urls, repo, label) {
    return {
        id: label.id,
        node_id: nodeId('Label', label.id),
        url: `${urls.repo(repo.owner, repo.name)}/labels/${encodeURIComponent(label.name)}`,
        name: label.name,
        color: label.color,
        default: label.default,
        description: label.description,
    };
}
/** OWNER, COLLABORATOR or NONE: what GitHub shows next to an author's name. */
function authorAssociation(repo, login) {
    if (login.toLowerCase() === repo.owner.toLowerCase())
        return 'OWNER';
    if (repo.collaborators.has(login.toLowerCase()))
        return 'COLLABORATOR';
    return 'NONE';
}
function reactions(url) {
    return {
        url: `${url}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
    };
}
function issueUrl(urls, repo, number) {
    return `${urls.repo(repo.owner, repo.name)}/issues/${number}`;
}
function issueHtmlUrl(urls, repo, issue) {
    return `${urls.repoHtml(repo.owner, repo.name)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}
function issueLabels(urls, repo, issue) {
    return issue.labels
        .map((name) => repo.labels.get(name.toLowerCase()))
        .filter((l) => l !== undefined)
        .map((l) => labelJson(urls, repo, l));
}
/** `milestone`, with its open and closed issue counts (pull requests count too, as on GitHub). */
function milestoneJson(state, urls, repo, milestone) {
    const url = `${urls.repo(repo.owner, repo.name)}/milestones/${milestone.number}`;
    const issues = [...repo.issues.values()].filter((i) => i.milestone === milestone.number);
    return {
        url,
        html_url: `${urls.repoHtml(repo.owner, repo.name)}/milestone/${milestone.number}`,
        labels_url: `${url}/labels`,
        id: milestone.id,
        node_id: nodeId('Milestone', milestone.id),
        number: milestone.number,
        state: milestone.state,
        title: milestone.title,
        description: milestone.description,
        creator: simpleUser(urls, state.ensureUser(milestone.creator)),
        open_issues: issues.filter((i) => i.state === 'open').length,
        closed_issues: issues.filter((i) => i.state === 'closed').length,
        created_at: milestone.created_at,
        updated_at: milestone.updated_at,
        closed_at: milestone.closed_at,
        due_on: milestone.due_on,
    };
}
/** The issue's milestone, or null. */
function issueMilestone(state, urls, repo, issue) {
    const milestone = issue.milestone === null ? undefined : repo.milestones.get(issue.milestone);
    return milestone ? milestoneJson(state, urls, repo, milestone) : null;
}
function issueJson(state, urls, repo, issue) {
    const url = issueUrl(urls, repo, issue.number);
    const assignees = issue.assignees.map((a) => simpleUser(urls, state.ensureUser(a)));
    const out = {
        url,
        repository_url: urls.repo(repo.owner, repo.name),
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: issueHtmlUrl(urls, repo, issue),
        id: issue.id,
        node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
        number: issue.number,
        title: issue.title,
        user: simpleUser(urls, state.ensureUser(issue.author)),
        labels: issueLabels(urls, repo, issue),
        state: issue.state,
        locked: issue.locked,
        assignee: assignees[0] ?? null,
        assignees,
        milestone: issueMilestone(state, urls, repo, issue),
        comments: issue.comments.length,
        created_at: issue.created_at,
        updated_at: issue.updated_at,
        closed_at: issue.closed_at,
        author_association: authorAssociation(repo, issue.author),
        active_lock_reason: null,
        body: issue.body,
        closed_by: issue.closed_by ? simpleUser(urls, state.ensureUser(issue.closed_by)) : null,
        reactions: reactions(url),
        timeline_url: `${url}/timeline`,
        performed_via_github_app: null,
        state_reason: issue.state_reason,
    };
    if (issue.pull) {
        const pullUrl = `${urls.repo(repo.owner, repo.name)}/pulls/${issue.number}`;
        const html = issueHtmlUrl(urls, repo, issue);
        out.draft = issue.pull.draft;
        // GitHub marks an issue that is really a pull request with this key; list filters depend on it.
        out.pull_request = {
            url: pullUrl,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.merged_at,
        };
    }
    return out;
}
function commentJson(state, urls, repo, issue, comment) {
    const url = `${urls.repo(repo.owner, repo.name)}/issues/comments/${comment.id}`;
    return {
        url,
        html_url: `${issueHtmlUrl(urls, repo, issue)}#issuecomment-${comment.id}`,
        issue_url: issueUrl(urls, repo, issue.number),
        id: comment.id,
        node_id: nodeId('IssueComment', comment.id),
        user: simpleUser(urls, state.ensureUser(comment.author)),
        created_at: comment.created_at,
        updated_at: comment.updated_at,
        author_association: authorAssociation(repo, comment.author),
        body: comment.body,
        reactions: reactions(url),
        performed_via_github_app: null,
    };
}
function eventJson(state, urls, repo, event) {
    const out = {
        id: event.id,
        node_id: nodeId('IssueEvent', event.id),
        url: `${urls.repo(repo.owner, repo.name)}/issues/events/${event.id}`,
        actor: simpleUser(urls, state.ensureUser(event.actor)),
        event: event.event,
        commit_id: event.commit_id ?? null,
        commit_url: event.commit_id ? `${urls.repo(repo.owner, repo.name)}/commits/${event.commit_id}` : null,
        created_at: event.created_at,
        performed_via_github_app: null,
    };
    if (event.label)
        out.label = event.label;
    if (event.assignee) {
        out.assignee = simpleUser(urls, state.ensureUser(event.assignee));
        out.assigner = simpleUser(urls, state.ensureUser(event.assigner ?? event.actor));
    }
    if (event.rename)
        out.rename = event.rename;
    if (event.requested_reviewer)
        out.requested_reviewer = simpleUser(urls, state.ensureUser(event.requested_reviewer));
    const team = event.requested_team ? repo.teams.get(event.requested_team.toLowerCase()) : undefined;
    if (team)
        out.requested_team = teamJson(state, urls, repo, team);
    if (event.requested_reviewer || event.requested_team)
        out.review_requester = simpleUser(urls, state.ensureUser(event.review_requester ?? event.actor));
    if (event.event === 'closed' || event.event === 'reopened')
        out.state_reason = event.state_reason ?? null;
    return out;
}
/** The timeline: events and comments (as `commented` events) in time order. */
function timelineJson(state, urls, repo, issue) {
    const items = [];
    for (const event of issue.events)
        items.push({ at: event.created_at, id: event.id, json: eventJson(state, urls, repo, event) });
    for (const comment of issue.comments) {
        const json = commentJson(state, urls, repo, issue, comment);
        items.push({
            at: comment.created_at,
            id: comment.id,
            json: { event: 'commented', actor: json.user, ...json },
        });
    }
    items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
    return items.map((i) => i.json);
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-issues.js





/** Issue routes: list/create/get/update, comments, labels on issues, assignees, events, timeline. */
function issueOf(ctx, repo) {
    const issue = repo.issues.get(intParam(ctx, 'issue_number'));
    if (!issue)
        notFound(ctx);
    return issue;
}
/** Label names from a body's `labels`, which GitHub accepts as strings or `{ name }` objects. */
function labelNames(ctx, raw) {
    if (raw === undefined || raw === null)
        return undefined;
    const list = Array.isArray(raw) ? raw : [raw];
    return list.map((item) => {
        if (typeof item === 'string')
            return item;
        if (typeof item === 'object' && item !== null && typeof item.name === 'string')
            return item.name;
        return fail(ctx, 422, `Invalid request.\n\nFor 'items', ${JSON.stringify(item)} is not a string or object.`);
    });
}
/** The `labels` of a labels request: `{ labels: [...] }`, or a bare array as GitHub also accepts. */
function requestedLabels(ctx) {
    if (Array.isArray(ctx.body))
        return labelNames(ctx, ctx.body) ?? [];
    return labelNames(ctx, bodyObject(ctx).labels) ?? [];
}
function checkAssignees(ctx, repo, resource, logins) {
    const invalid = logins.filter((l) => !isAssignable(ctx.state, repo, l));
    if (invalid.length > 0)
        validationFailed(ctx, invalid.map((value) => ({ resource, code: 'invalid', field: 'assignees', value })));
}
function stateReason(ctx, body) {
    const reason = body.state_reason;
    if (reason === undefined)
        return undefined;
    if (reason === null)
        return null;
    if (typeof reason !== 'string' || !['completed', 'not_planned', 'reopened', 'duplicate'].includes(reason))
        validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state_reason' }]);
    return reason;
}
function findComment(ctx, repo) {
    const id = intParam(ctx, 'comment_id');
    for (const issue of repo.issues.values()) {
        const comment = issue.comments.find((c) => c.id === id);
        if (comment)
            return { issue, comment };
    }
    return notFound(ctx);
}
function listIssues(ctx, repo) {
    const q = ctx.query;
    const state = q.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state))
        validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state', value: state }]);
    const labels = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
    const creator = q.get('creator')?.toLowerCase();
    const assignee = q.get('assignee');
    const since = q.get('since');
    const sinceMs = since ? Date.parse(since) : undefined;
    const sort = q.get('sort') ?? 'created';
    const direction = q.get('direction') ?? 'desc';
    const list = [...repo.issues.values()].filter((issue) => {
        if (state !== 'all' && issue.state !== state)
            return false;
        const mine = issue.labels.map((l) => l.toLowerCase());
        if (!labels.every((l) => mine.includes(l)))
            return false;
        if (creator && issue.author.toLowerCase() !== creator)
            return false;
        if (assignee === 'none' && issue.assignees.length > 0)
            return false;
        if (assignee === '*' && issue.assignees.length === 0)
            return false;
        if (assignee &&
            assignee !== 'none' &&
            assignee !== '*' &&
            !issue.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()))
            return false;
        if (sinceMs !== undefined && !Number.isNaN(sinceMs) && Date.parse(issue.updated_at) < sinceMs)
            return false;
        return true;
    });
    return orderList(list, sort === 'updated' ? 'updated' : sort === 'comments' ? 'comments' : 'created', direction !== 'asc');
}
const issueRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues',
        operationId: 'issues/list-for-repo',
        docs: 'issues/issues#list-repository-issues',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return pagedReply(ctx, listIssues(ctx, repo), (i) => issueJson(ctx.state, ctx.urls, repo, i));
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues',
        operationId: 'issues/create',
        docs: 'issues/issues#create-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const title = body.title;
            if (title === undefined || title === null || title === '')
                validationFailed(ctx, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
            if (typeof title !== 'string' && typeof title !== 'number')
                fail(ctx, 422, `Invalid request.\n\nFor 'properties/title', ${JSON.stringify(title)} is not a string or integer.`);
            const assignees = [
                ...(optionalStringArray(ctx, body, 'assignees') ?? []),
                ...(optionalString(ctx, body, 'assignee') ? [body.assignee] : []),
            ];
            checkAssignees(ctx, repo, 'Issue', assignees);
            const now = ctx.state.timestamp();
            const issue = {
                id: ctx.state.nextId(),
                number: repo.nextNumber++,
                title: String(title),
                body: optionalString(ctx, body, 'body') ?? null,
                author: ctx.user.login,
                state: 'open',
                state_reason: null,
                labels: [],
                assignees: [],
                locked: false,
                created_at: now,
                updated_at: now,
                closed_at: null,
                closed_by: null,
                comments: [],
                events: [],
                milestone: null,
            };
            repo.issues.set(issue.number, issue);
            addLabels(ctx.state, repo, issue, ctx.user.login, labelNames(ctx, body.labels) ?? []);
            addAssignees(ctx.state, issue, ctx.user.login, assignees);
            issue.updated_at = now;
            return {
                status: 201,
                body: issueJson(ctx.state, ctx.urls, repo, issue),
                headers: { location: `${ctx.urls.repo(repo.owner, repo.name)}/issues/${issue.number}` },
            };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}',
        operationId: 'issues/get',
        docs: 'issues/issues#get-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issueOf(ctx, repo)) };
        },
    },
    {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/issues/{issue_number}',
        operationId: 'issues/update',
        docs: 'issues/issues#update-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            const body = bodyObject(ctx);
            const actor = ctx.user.login;
            const nextState = optionalString(ctx, body, 'state');
            if (nextState !== undefined && nextState !== 'open' && nextState !== 'closed')
                validationFailed(ctx, [{ resource: 'Issue', code: 'invalid', field: 'state' }]);
            const reason = stateReason(ctx, body);
            const assignees = optionalStringArray(ctx, body, 'assignees');
            if (assignees)
                checkAssignees(ctx, repo, 'Issue', assignees);
            const title = body.title;
            if (title !== undefined && title !== null)
                rename(ctx.state, issue, actor, String(title));
            if ('body' in body) {
                issue.body = optionalString(ctx, body, 'body') ?? null;
                touch(ctx.state, issue);
            }
            const labels = labelNames(ctx, body.labels);
            if (labels)
                setLabels(ctx.state, repo, issue, actor, labels);
            if (assignees) {
                removeAssignees(ctx.state, issue, actor, issue.assignees.filter((a) => !assignees.some((b) => b.toLowerCase() === a.toLowerCase())));
                addAssignees(ctx.state, issue, actor, assignees);
            }
            if (nextState !== undefined)
                setState(ctx.state, issue, actor, nextState, reason);
            else if (reason !== undefined && issue.state === 'closed')
                issue.state_reason = reason;
            return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issue) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        operationId: 'issues/list-comments',
        docs: 'issues/comments#list-issue-comments',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            const since = ctx.query.get('since');
            const sinceMs = since ? Date.parse(since) : Number.NaN;
            const comments = issue.comments.filter((c) => Number.isNaN(sinceMs) || Date.parse(c.updated_at) >= sinceMs);
            return pagedReply(ctx, comments, (c) => commentJson(ctx.state, ctx.urls, repo, issue, c));
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        operationId: 'issues/create-comment',
        docs: 'issues/comments#create-an-issue-comment',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            const text = requireString(ctx, bodyObject(ctx), 'body');
            const now = ctx.state.timestamp();
            const comment = {
                id: ctx.state.nextId(),
                issueNumber: issue.number,
                author: ctx.user.login,
                body: text,
                created_at: now,
                updated_at: now,
            };
            issue.comments.push(comment);
            touch(ctx.state, issue);
            return { status: 201, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        operationId: 'issues/get-comment',
        docs: 'issues/comments#get-an-issue-comment',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const { issue, comment } = findComment(ctx, repo);
            return { status: 200, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
        },
    },
    {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        operationId: 'issues/update-comment',
        docs: 'issues/comments#update-an-issue-comment',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const { issue, comment } = findComment(ctx, repo);
            comment.body = requireString(ctx, bodyObject(ctx), 'body');
            comment.updated_at = ctx.state.timestamp();
            return { status: 200, body: commentJson(ctx.state, ctx.urls, repo, issue, comment) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        operationId: 'issues/delete-comment',
        docs: 'issues/comments#delete-an-issue-comment',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const { issue, comment } = findComment(ctx, repo);
            issue.comments.splice(issue.comments.indexOf(comment), 1);
            return { status: 204 };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/events',
        operationId: 'issues/list-events',
        docs: 'issues/events#list-issue-events',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            return pagedReply(ctx, issue.events, (e) => eventJson(ctx.state, ctx.urls, repo, e));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/timeline',
        operationId: 'issues/list-events-for-timeline',
        docs: 'issues/timeline#list-timeline-events-for-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            return pagedReply(ctx, timelineJson(ctx.state, ctx.urls, repo, issue), (e) => e);
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        operationId: 'issues/list-labels-on-issue',
        docs: 'issues/labels#list-labels-for-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            return pagedReply(ctx, issueLabels(ctx.urls, repo, issue), (l) => l);
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        operationId: 'issues/add-labels',
        docs: 'issues/labels#add-labels-to-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            addLabels(ctx.state, repo, issue, ctx.user.login, requestedLabels(ctx));
            return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
        },
    },
    {
        method: 'PUT',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        operationId: 'issues/set-labels',
        docs: 'issues/labels#set-labels-for-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            setLabels(ctx.state, repo, issue, ctx.user.login, requestedLabels(ctx));
            return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
        operationId: 'issues/remove-label',
        docs: 'issues/labels#remove-a-label-from-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            const name = decodeURIComponent(ctx.params.name ?? '');
            if (!removeLabel(ctx.state, repo, issue, ctx.user.login, name))
                fail(ctx, 404, 'Label does not exist');
            return { status: 200, body: issueLabels(ctx.urls, repo, issue) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
        operationId: 'issues/add-assignees',
        docs: 'issues/assignees#add-assignees-to-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            const wanted = optionalStringArray(ctx, bodyObject(ctx), 'assignees') ?? [];
            // GitHub silently ignores people who cannot be assigned here (unlike on create/update).
            addAssignees(ctx.state, issue, ctx.user.login, wanted.filter((l) => isAssignable(ctx.state, repo, l)));
            return { status: 201, body: issueJson(ctx.state, ctx.urls, repo, issue) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
        operationId: 'issues/remove-assignees',
        docs: 'reference/issues#remove-assignees-from-an-issue',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = issueOf(ctx, repo);
            removeAssignees(ctx.state, issue, ctx.user.login, optionalStringArray(ctx, bodyObject(ctx), 'assignees') ?? []);
            return { status: 200, body: issueJson(ctx.state, ctx.urls, repo, issue) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/assignees/{assignee}',
        operationId: 'issues/check-user-can-be-assigned',
        docs: 'issues/assignees#check-if-a-user-can-be-assigned',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            if (!isAssignable(ctx.state, repo, decodeURIComponent(ctx.params.assignee ?? '')))
                notFound(ctx);
            return { status: 204 };
        },
    },
];
const labelRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/labels',
        operationId: 'issues/list-labels-for-repo',
        docs: 'issues/labels#list-labels-for-a-repository',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return pagedReply(ctx, [...repo.labels.values()], (l) => labelJson(ctx.urls, repo, l));
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/labels',
        operationId: 'issues/create-label',
        docs: 'issues/labels#create-a-label',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const name = optionalString(ctx, body, 'name');
            if (!name)
                validationFailed(ctx, [{ resource: 'Label', code: 'missing_field', field: 'name' }]);
            const color = (optionalString(ctx, body, 'color') ?? 'ededed').replace(/^#/, '');
            if (!/^[0-9a-fA-F]{6}$/.test(color))
                validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
            if (repo.labels.has(name.toLowerCase()))
                validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
            const label = {
                id: ctx.state.nextId(),
                name,
                color: color.toLowerCase(),
                description: optionalString(ctx, body, 'description') ?? null,
                default: false,
            };
            repo.labels.set(name.toLowerCase(), label);
            return { status: 201, body: labelJson(ctx.urls, repo, label) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/labels/{name}',
        operationId: 'issues/get-label',
        docs: 'issues/labels#get-a-label',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const label = repo.labels.get(decodeURIComponent(ctx.params.name ?? '').toLowerCase());
            if (!label)
                notFound(ctx);
            return { status: 200, body: labelJson(ctx.urls, repo, label) };
        },
    },
    {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/labels/{name}',
        operationId: 'issues/update-label',
        docs: 'issues/labels#update-a-label',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const oldName = decodeURIComponent(ctx.params.name ?? '');
            const label = repo.labels.get(oldName.toLowerCase());
            if (!label)
                notFound(ctx);
            const body = bodyObject(ctx);
            const newName = optionalString(ctx, body, 'new_name');
            const color = optionalString(ctx, body, 'color')?.replace(/^#/, '');
            if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color))
                validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
            if (newName &&
                newName.toLowerCase() !== oldName.toLowerCase() &&
                repo.labels.has(newName.toLowerCase()))
                validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
            if (newName) {
                repo.labels.delete(oldName.toLowerCase());
                for (const issue of repo.issues.values())
                    issue.labels = issue.labels.map((l) => (l.toLowerCase() === oldName.toLowerCase() ? newName : l));
                label.name = newName;
                repo.labels.set(newName.toLowerCase(), label);
            }
            if (color !== undefined)
                label.color = color.toLowerCase();
            if ('description' in body)
                label.description = optionalString(ctx, body, 'description') ?? null;
            return { status: 200, body: labelJson(ctx.urls, repo, label) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/labels/{name}',
        operationId: 'issues/delete-label',
        docs: 'issues/labels#delete-a-label',
        scope: 'issues',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const name = decodeURIComponent(ctx.params.name ?? '').toLowerCase();
            if (!repo.labels.delete(name))
                notFound(ctx);
            for (const issue of repo.issues.values())
                issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
            return { status: 204 };
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-orgs.js



/** An organization's repositories (what `autoheal monitor --org` lists). */
const TYPES = new Set(['all', 'public', 'private', 'forks', 'sources', 'member']);
const SORTS = new Set(['created', 'updated', 'pushed', 'full_name']);
const orgRoutes = [
    {
        method: 'GET',
        path: '/orgs/{org}/repos',
        operationId: 'repos/list-for-org',
        docs: 'repos/repos#list-organization-repositories',
        scope: 'metadata',
        handler: (ctx) => {
            const org = ctx.state.user(decodeURIComponent(ctx.params.org ?? ''));
            // A user's login is not an organization: GitHub answers 404 here, as for an unknown name.
            if (org?.type !== 'Organization')
                fail(ctx, 404, 'Not Found');
            const type = ctx.query.get('type') ?? 'all';
            const sort = ctx.query.get('sort') ?? 'created';
            if (!TYPES.has(type) || !SORTS.has(sort))
                fail(ctx, 422, 'Validation Failed');
            // As documented: `direction` defaults to asc for full_name, desc otherwise.
            const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
            const key = (r) => sort === 'full_name'
                ? r.name.toLowerCase()
                : sort === 'created'
                    ? r.created_at
                    : sort === 'updated'
                        ? r.updated_at
                        : r.pushed_at;
            const repos = [...ctx.state.repos.values()]
                .filter((r) => r.owner.toLowerCase() === org.login.toLowerCase())
                // No forks are simulated, so `forks` lists none and `sources` all.
                .filter((r) => (type === 'public' ? !r.private : type === 'private' ? r.private : type !== 'forks'))
                .sort((a, b) => {
                const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
                return direction === 'asc' ? order : -order;
            });
            return pagedReply(ctx, repos, (r) => minimalRepository(ctx.state, ctx.urls, r));
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-pull.js





/** The teams requested to review, as `team` objects (slugs no longer among the repository's teams are left out). */
function requestedTeamsJson(state, urls, repo, pull) {
    return pull.requested_teams
        .map((slug) => repo.teams.get(slug.toLowerCase()))
        .filter((t) => t !== undefined)
        .map((t) => teamJson(state, urls, repo, t));
}
/** The head commit: the branch's current tip while it exists, else the last one seen. */
function headSha(repo, pull) {
    // A fork's branch is not a branch here, even when it has the same name as one.
    if (pull.headRepo)
        return pull.headSha;
    const live = repo.refs.get(`refs/heads/${pull.head}`);
    if (live && pull.headSha !== live && !pull.merged)
        pull.headSha = live;
    return pull.headSha;
}
function endpoint(state, urls, repo, ref, sha) {
    const owner = state.ensureUser(repo.owner);
    return {
        label: `${repo.owner}:${ref}`,
        ref,
        sha,
        user: simpleUser(urls, owner),
        repo: fullRepository(state, urls, repo, {
            admin: false,
            maintain: false,
            push: false,
            triage: false,
            pull: true,
        }),
    };
}
function forkEndpoint(state, urls, repo, pull, sha) {
    const fork = pull.headRepo;
    return {
        label: `${fork.owner}:${pull.head}`,
        ref: pull.head,
        sha,
        user: simpleUser(urls, state.ensureUser(fork.owner)),
        repo: forkRepository(state, urls, repo, fork, {
            admin: false,
            maintain: false,
            push: false,
            triage: false,
            pull: true,
        }),
    };
}
function pullSimpleJson(state, urls, repo, issue) {
    const pull = issue.pull;
    const base = urls.repo(repo.owner, repo.name);
    const url = `${base}/pulls/${issue.number}`;
    const html = issueHtmlUrl(urls, repo, issue);
    const issueApi = issueUrl(urls, repo, issue.number);
    const head = headSha(repo, pull);
    const baseSha = repo.refs.get(`refs/heads/${pull.base}`) ?? head;
    const assignees = issue.assignees.map((a) => simpleUser(urls, state.ensureUser(a)));
    return {
        url,
        id: pull.id,
        node_id: nodeId('PullRequest', pull.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issueApi,
        commits_url: `${url}/commits`,
        review_comments_url: `${url}/comments`,
        review_comment_url: `${base}/pulls/comments{/number}`,
        comments_url: `${issueApi}/comments`,
        statuses_url: `${base}/statuses/${head}`,
        number: issue.number,
        state: issue.state,
        locked: issue.locked,
        title: issue.title,
        user: simpleUser(urls, state.ensureUser(issue.author)),
        body: issue.body,
        labels: issueLabels(urls, repo, issue),
        milestone: issueMilestone(state, urls, repo, issue),
        active_lock_reason: null,
        created_at: issue.created_at,
        updated_at: issue.updated_at,
        closed_at: issue.closed_at,
        merged_at: pull.merged_at,
        merge_commit_sha: pull.merge_commit_sha,
        assignee: assignees[0] ?? null,
        assignees,
        requested_reviewers: pull.requested_reviewers.map((r) => simpleUser(urls, state.ensureUser(r))),
        requested_teams: requestedTeamsJson(state, urls, repo, pull),
        head: pull.headRepo
            ? forkEndpoint(state, urls, repo, pull, head)
            : endpoint(state, urls, repo, pull.head, head),
        base: endpoint(state, urls, repo, pull.base, baseSha),
        _links: {
            self: { href: url },
            html: { href: html },
            issue: { href: issueApi },
            comments: { href: `${issueApi}/comments` },
            review_comments: { href: `${url}/comments` },
            review_comment: { href: `${base}/pulls/comments{/number}` },
            commits: { href: `${url}/commits` },
            statuses: { href: `${base}/statuses/${head}` },
        },
        author_association: authorAssociation(repo, issue.author),
        auto_merge: null,
        draft: pull.draft,
    };
}
/** Commits on the head branch that the base branch does not have, oldest first. */
function pullCommits(repo, pull) {
    const head = headSha(repo, pull);
    const base = repo.refs.get(`refs/heads/${pull.base}`);
    return base ? repo.git.commitsBetween(base, head) : [head];
}
/** Flat trees of the merge base and the head, for the files a pull request changes. */
function pullTrees(repo, pull) {
    const head = headSha(repo, pull);
    const commits = pullCommits(repo, pull);
    const first = commits[0] ? repo.git.commit(commits[0]) : undefined;
    const mergeBase = first?.parents[0];
    const before = mergeBase
        ? repo.git.flatten(repo.git.commit(mergeBase).tree)
        : new Map();
    return { before, after: repo.git.flatten(repo.git.commit(head).tree) };
}
function pullJson(state, urls, repo, issue, stats) {
    const pull = issue.pull;
    return {
        ...pullSimpleJson(state, urls, repo, issue),
        merged: pull.merged,
        mergeable: issue.state === 'open' ? true : null,
        rebaseable: issue.state === 'open' ? true : null,
        mergeable_state: pull.draft ? 'draft' : 'clean',
        merged_by: pull.merged_by ? simpleUser(urls, state.ensureUser(pull.merged_by)) : null,
        comments: issue.comments.length,
        review_comments: 0,
        maintainer_can_modify: pull.maintainer_can_modify,
        commits: pullCommits(repo, pull).length,
        additions: stats.additions,
        deletions: stats.deletions,
        changed_files: stats.changed_files,
    };
}
function reviewJson(state, urls, repo, issue, review) {
    const html = issueHtmlUrl(urls, repo, issue);
    const pullUrl = `${urls.repo(repo.owner, repo.name)}/pulls/${issue.number}`;
    return {
        id: review.id,
        node_id: nodeId('PullRequestReview', review.id),
        user: simpleUser(urls, state.ensureUser(review.author)),
        body: review.body,
        state: review.state,
        html_url: `${html}#pullrequestreview-${review.id}`,
        pull_request_url: pullUrl,
        _links: { html: { href: `${html}#pullrequestreview-${review.id}` }, pull_request: { href: pullUrl } },
        submitted_at: review.submitted_at,
        commit_id: review.commit_id,
        author_association: authorAssociation(repo, review.author),
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/review-requests.js





/**
 * Review requests as GitHub handles them: users who are collaborators (never the author), teams
 * with access to the repository, and the Copilot code reviewer where Copilot review is available.
 */
/** The login GitHub's REST API takes to request a review from Copilot. */
const COPILOT_REVIEWER_LOGIN = 'copilot-pull-request-reviewer[bot]';
/** How GitHub then lists that reviewer among the requested ones. */
const COPILOT_LISTED_LOGIN = 'Copilot';
const isCopilot = (login) => login.toLowerCase() === COPILOT_REVIEWER_LOGIN;
/** A top-level 422 message, as GitHub answers review-request mistakes. */
function unprocessable(ctx, message) {
    throw new ApiError(422, { message, documentation_url: docsUrl(ctx.route), status: '422' });
}
/** `pull-request-review-request`: the users and teams asked to review. */
function requestedReviewersJson(ctx, repo, issue) {
    return {
        users: issue.pull.requested_reviewers.map((r) => simpleUser(ctx.urls, ctx.state.ensureUser(r))),
        teams: requestedTeamsJson(ctx.state, ctx.urls, repo, issue.pull),
    };
}
/** Checks the whole request first: GitHub refuses it entirely when one reviewer is wrong. */
function requestReviewers(ctx, repo, issue, reviewers, teams) {
    if (reviewers.some((r) => r.toLowerCase() === issue.author.toLowerCase()))
        unprocessable(ctx, 'Review cannot be requested from pull request author.');
    const strangers = reviewers.filter((r) => !isCopilot(r) && (!ctx.state.user(r) || roleOf(repo, r) === undefined));
    const unknownTeams = teams.filter((t) => !repo.teams.has(t.toLowerCase()));
    if (strangers.length > 0 || unknownTeams.length > 0)
        unprocessable(ctx, `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`);
    for (const r of reviewers) {
        // Without Copilot code review in the repository, GitHub answers 201 and requests no one.
        if (isCopilot(r) && !repo.copilot_review)
            continue;
        const login = isCopilot(r)
            ? ctx.state.ensureUser(COPILOT_LISTED_LOGIN, { type: 'Bot' }).login
            : ctx.state.user(r).login;
        if (issue.pull.requested_reviewers.some((have) => have.toLowerCase() === login.toLowerCase()))
            continue;
        issue.pull.requested_reviewers.push(login);
        requestReview(ctx.state, issue, ctx.user.login, login);
    }
    for (const t of teams) {
        const slug = repo.teams.get(t.toLowerCase()).slug;
        if (issue.pull.requested_teams.includes(slug))
            continue;
        issue.pull.requested_teams.push(slug);
        requestTeamReview(ctx.state, issue, ctx.user.login, slug);
    }
}
/** Removes what was requested; names that were not requested are ignored, as GitHub does. */
function removeReviewers(ctx, issue, reviewers, teams) {
    for (const r of reviewers) {
        const name = isCopilot(r) ? COPILOT_LISTED_LOGIN : r;
        const i = issue.pull.requested_reviewers.findIndex((x) => x.toLowerCase() === name.toLowerCase());
        if (i < 0)
            continue;
        const [login] = issue.pull.requested_reviewers.splice(i, 1);
        removeReviewRequest(ctx.state, issue, ctx.user.login, login);
    }
    for (const t of teams) {
        const i = issue.pull.requested_teams.findIndex((x) => x.toLowerCase() === t.toLowerCase());
        if (i < 0)
            continue;
        const [slug] = issue.pull.requested_teams.splice(i, 1);
        removeTeamReviewRequest(ctx.state, issue, ctx.user.login, slug);
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-pulls.js








/** Pull request routes: list/create/get/update, review requests, files, commits and reviews. */
/** GitHub lists at most this many files for a pull request, and this many commits. */
const PULL_FILES_CAP = 3000;
const PULL_COMMITS_CAP = 250;
function pullOf(ctx, repo) {
    const issue = repo.issues.get(intParam(ctx, 'pull_number'));
    if (!issue?.pull)
        notFound(ctx);
    return issue;
}
function fileEntries(ctx, repo, issue) {
    const { before, after } = pullTrees(repo, issue.pull);
    return diffEntries(ctx.urls, repo, before, after, headSha(repo, issue.pull));
}
function stats(ctx, repo, issue) {
    const files = fileEntries(ctx, repo, issue);
    return {
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length,
    };
}
function custom(ctx, message) {
    validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message }]);
}
/** `owner:branch` or `branch` → the branch, when it is in this repository. */
function headBranch(repo, head) {
    const i = head.indexOf(':');
    if (i < 0)
        return head;
    return head.slice(0, i).toLowerCase() === repo.owner.toLowerCase() ? head.slice(i + 1) : undefined;
}
function listPulls(ctx, repo) {
    const q = ctx.query;
    const state = q.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state))
        validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'state' }]);
    const head = q.get('head');
    const base = q.get('base');
    const sort = q.get('sort') ?? 'created';
    const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
    const list = [...repo.issues.values()].filter((i) => {
        if (!i.pull)
            return false;
        if (state !== 'all' && i.state !== state)
            return false;
        if (head &&
            `${i.pull.headRepo?.owner ?? repo.owner}:${i.pull.head}`.toLowerCase() !==
                (head.includes(':') ? head : `${repo.owner}:${head}`).toLowerCase())
            return false;
        if (base && i.pull.base !== base)
            return false;
        return true;
    });
    // `popularity` is the comment count.
    return orderList(list, sort === 'updated' ? 'updated' : sort === 'popularity' ? 'comments' : 'created', direction === 'desc');
}
const pullRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls',
        operationId: 'pulls/list',
        docs: 'pulls/pulls#list-pull-requests',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return pagedReply(ctx, listPulls(ctx, repo), (p) => pullSimpleJson(ctx.state, ctx.urls, repo, p));
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/pulls',
        operationId: 'pulls/create',
        docs: 'pulls/pulls#create-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const title = optionalString(ctx, body, 'title');
            const head = optionalString(ctx, body, 'head');
            const base = optionalString(ctx, body, 'base');
            const missing = [
                ['title', title],
                ['head', head],
                ['base', base],
            ].filter(([, v]) => !v);
            if (missing.length > 0)
                validationFailed(ctx, missing.map(([field]) => ({ resource: 'PullRequest', code: 'missing_field', field })));
            const baseSha = repo.refs.get(branchRef(base));
            if (!baseSha)
                validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
            const branch = headBranch(repo, head);
            const headCommit = branch === undefined ? undefined : repo.refs.get(branchRef(branch));
            if (branch === undefined || !headCommit)
                validationFailed(ctx, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
            const duplicate = [...repo.issues.values()].some((i) => i.pull && i.state === 'open' && i.pull.head === branch && i.pull.base === base);
            if (duplicate)
                custom(ctx, `A pull request already exists for ${repo.owner}:${branch}.`);
            if (repo.git.commitsBetween(baseSha, headCommit).length === 0)
                custom(ctx, `No commits between ${base} and ${branch}`);
            const draft = body.draft === true;
            if (draft && !repo.allow_drafts)
                custom(ctx, 'Draft pull requests are not supported in this repository.');
            const now = ctx.state.timestamp();
            const issue = {
                id: ctx.state.nextId(),
                number: repo.nextNumber++,
                title: title,
                body: optionalString(ctx, body, 'body') ?? null,
                author: ctx.user.login,
                state: 'open',
                state_reason: null,
                labels: [],
                assignees: [],
                locked: false,
                created_at: now,
                updated_at: now,
                closed_at: null,
                closed_by: null,
                comments: [],
                events: [],
                milestone: null,
                pull: {
                    id: ctx.state.nextId(),
                    head: branch,
                    headSha: headCommit,
                    base: base,
                    draft,
                    merged: false,
                    merged_at: null,
                    merged_by: null,
                    merge_commit_sha: null,
                    maintainer_can_modify: body.maintainer_can_modify === true,
                    requested_reviewers: [],
                    requested_teams: [],
                    reviews: [],
                },
            };
            repo.issues.set(issue.number, issue);
            return {
                status: 201,
                body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)),
                headers: { location: `${ctx.urls.repo(repo.owner, repo.name)}/pulls/${issue.number}` },
            };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}',
        operationId: 'pulls/get',
        docs: 'pulls/pulls#get-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            return { status: 200, body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)) };
        },
    },
    {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}',
        operationId: 'pulls/update',
        docs: 'pulls/pulls#update-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            const body = bodyObject(ctx);
            const state = optionalString(ctx, body, 'state');
            if (state !== undefined && state !== 'open' && state !== 'closed')
                validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'state' }]);
            const base = optionalString(ctx, body, 'base');
            if (base !== undefined && !repo.refs.has(branchRef(base)))
                validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
            const title = optionalString(ctx, body, 'title');
            if (title !== undefined)
                rename(ctx.state, issue, ctx.user.login, title);
            if ('body' in body) {
                issue.body = optionalString(ctx, body, 'body') ?? null;
                touch(ctx.state, issue);
            }
            if (base !== undefined)
                issue.pull.base = base;
            if (typeof body.maintainer_can_modify === 'boolean')
                issue.pull.maintainer_can_modify = body.maintainer_can_modify;
            if (state !== undefined)
                setState(ctx.state, issue, ctx.user.login, state, undefined);
            return { status: 200, body: pullJson(ctx.state, ctx.urls, repo, issue, stats(ctx, repo, issue)) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        operationId: 'pulls/list-requested-reviewers',
        docs: 'pulls/review-requests#get-all-requested-reviewers-for-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return { status: 200, body: requestedReviewersJson(ctx, repo, pullOf(ctx, repo)) };
        },
    },
    {
        method: 'POST',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        operationId: 'pulls/request-reviewers',
        docs: 'reference/pulls#request-reviewers-for-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            const body = bodyObject(ctx);
            requestReviewers(ctx, repo, issue, optionalStringArray(ctx, body, 'reviewers') ?? [], optionalStringArray(ctx, body, 'team_reviewers') ?? []);
            touch(ctx.state, issue);
            return { status: 201, body: pullSimpleJson(ctx.state, ctx.urls, repo, issue) };
        },
    },
    {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        operationId: 'pulls/remove-requested-reviewers',
        docs: 'pulls/review-requests#remove-requested-reviewers-from-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            const body = bodyObject(ctx);
            // GitHub's description makes `reviewers` required here (it is optional when requesting).
            const reviewers = optionalStringArray(ctx, body, 'reviewers');
            if (reviewers === undefined)
                invalidField(ctx, '"reviewers" wasn\'t supplied.');
            removeReviewers(ctx, issue, reviewers, optionalStringArray(ctx, body, 'team_reviewers') ?? []);
            touch(ctx.state, issue);
            return { status: 200, body: pullSimpleJson(ctx.state, ctx.urls, repo, issue) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
        operationId: 'pulls/list-files',
        docs: 'pulls/pulls#list-pull-requests-files',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            return pagedReply(ctx, fileEntries(ctx, repo, issue).slice(0, PULL_FILES_CAP), (f) => f);
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
        operationId: 'pulls/list-commits',
        docs: 'pulls/pulls#list-commits-on-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            const commits = pullCommits(repo, issue.pull).slice(0, PULL_COMMITS_CAP);
            return pagedReply(ctx, commits, (sha) => commitJson(ctx.state, ctx.urls, repo, sha, false));
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        operationId: 'pulls/list-reviews',
        docs: 'pulls/reviews#list-reviews-for-a-pull-request',
        scope: 'pull_requests',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const issue = pullOf(ctx, repo);
            return pagedReply(ctx, issue.pull.reviews, (r) => reviewJson(ctx.state, ctx.urls, repo, issue, r));
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/render-compare.js

/** The nearest commit reachable from both: breadth first from `head`, the first that `base` also reaches. */
function mergeBase(repo, base, head) {
    const seen = new Set();
    const queue = [head];
    while (queue.length > 0) {
        const sha = queue.shift();
        if (seen.has(sha))
            continue;
        seen.add(sha);
        if (repo.git.isAncestor(sha, base))
            return sha;
        queue.push(...(repo.git.commit(sha)?.parents ?? []));
    }
    return undefined;
}
/**
 * `GET compare/{base}...{head}` as GitHub answers it: the status (`identical`, `ahead`, `behind`,
 * `diverged`) with both counts, the commits from the merge base to `head` and the files changed
 * between the merge base and `head`.
 */
function compareJson(state, urls, repo, base, head) {
    const merge = mergeBase(repo, base, head) ?? base;
    const ahead = repo.git.commitsBetween(base, head);
    const behind = repo.git.commitsBetween(head, base);
    const status = base === head ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
    const repoUrl = urls.repo(repo.owner, repo.name);
    const html = urls.repoHtml(repo.owner, repo.name);
    const files = diffEntries(urls, repo, repo.git.flatten(repo.git.commit(merge).tree), repo.git.flatten(repo.git.commit(head).tree), head);
    return {
        url: `${repoUrl}/compare/${base}...${head}`,
        html_url: `${html}/compare/${base}...${head}`,
        permalink_url: `${html}/compare/${repo.owner}:${base}...${repo.owner}:${head}`,
        diff_url: `${html}/compare/${base}...${head}.diff`,
        patch_url: `${html}/compare/${base}...${head}.patch`,
        base_commit: commitJson(state, urls, repo, base, false),
        merge_base_commit: commitJson(state, urls, repo, merge, false),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: ahead.map((sha) => commitJson(state, urls, repo, sha, false)),
        files,
    };
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-repos.js











/** Repository, contents, branches and their rules, commits and collaborator permission routes. */
function permissionsFor(repo, login) {
    const role = roleOf(repo, login);
    return {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: role === 'admin' || role === 'maintain' || role === 'write',
        triage: role !== undefined && role !== 'read',
        pull: role !== undefined || !repo.private,
    };
}
function decodedPath(ctx) {
    return decodeURIComponent(ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
}
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
/** The signature a write is recorded with: the request's `author`/`committer`, else the caller's. */
function signature(ctx, raw, date) {
    if (typeof raw === 'object' && raw !== null) {
        const r = raw;
        if (typeof r.name === 'string' && typeof r.email === 'string') {
            return { name: r.name, email: r.email, date: typeof r.date === 'string' ? r.date : date };
        }
    }
    return signatureOf(ctx.state, ctx.user.login, date);
}
const repoRoutes = [
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}',
        operationId: 'repos/get',
        docs: 'repos/repos#get-a-repository',
        scope: 'metadata',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            return {
                status: 200,
                body: fullRepository(ctx.state, ctx.urls, repo, permissionsFor(repo, ctx.user.login)),
            };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/contents/{path}',
        operationId: 'repos/get-content',
        docs: 'repos/contents#get-repository-content',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const ref = ctx.query.get('ref') ?? undefined;
            const sha = resolveCommit(repo, ref);
            if (!sha)
                fail(ctx, 404, `No commit found for the ref ${ref ?? repo.default_branch}`);
            const path = decodedPath(ctx);
            const commit = repo.git.commit(sha);
            const entry = repo.git.lookup(commit.tree, path);
            if (!entry)
                notFound(ctx);
            const refName = ref ?? repo.default_branch;
            if (entry.type === 'tree')
                return { status: 200, body: contentDirJson(ctx.urls, repo, path, entry.sha, refName) };
            return { status: 200, body: contentFileJson(ctx.urls, repo, path, entry, refName) };
        },
    },
    {
        method: 'PUT',
        path: '/repos/{owner}/{repo}/contents/{path}',
        operationId: 'repos/create-or-update-file-contents',
        docs: 'repos/contents#create-or-update-file-contents',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const body = bodyObject(ctx);
            const message = requireString(ctx, body, 'message');
            const content = requireString(ctx, body, 'content');
            if (!BASE64.test(content))
                fail(ctx, 422, 'content is not valid Base64');
            const branch = optionalString(ctx, body, 'branch') ?? repo.default_branch;
            const headSha = repo.refs.get(branchRef(branch));
            if (!headSha)
                fail(ctx, 404, `Branch ${branch} not found`);
            const path = decodedPath(ctx);
            if (path === '')
                notFound(ctx);
            const head = repo.git.commit(headSha);
            const files = repo.git.flatten(head.tree);
            const existing = files.get(path);
            const givenSha = optionalString(ctx, body, 'sha');
            if (existing && givenSha === undefined)
                fail(ctx, 422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
            if (existing && givenSha !== existing.sha)
                fail(ctx, 409, `${path} does not match ${givenSha}`);
            refuseWorkflowChange(ctx, path.startsWith('.github/workflows/') ? [path] : []);
            const blob = repo.git.writeBlob(Buffer.from(content, 'base64'));
            const after = new Map(files);
            after.set(path, { mode: existing?.mode ?? '100644', type: 'blob', sha: blob });
            const now = ctx.state.timestamp();
            const committer = signature(ctx, body.committer, now);
            const author = body.author === undefined ? committer : signature(ctx, body.author, now);
            const commitSha = repo.git.writeCommit({
                tree: repo.git.writeFlat(after),
                parents: [headSha],
                author,
                committer,
                message,
            });
            repo.refs.set(branchRef(branch), commitSha);
            repo.pushed_at = now;
            const entry = repo.git.lookup(repo.git.commit(commitSha).tree, path);
            return {
                status: existing ? 200 : 201,
                body: fileCommitJson(ctx.urls, repo, path, entry, branch, commitSha),
            };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/branches/{branch}',
        operationId: 'repos/get-branch',
        docs: 'branches/branches#get-a-branch',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const name = decodeURIComponent(ctx.params.branch ?? '');
            const sha = repo.refs.get(branchRef(name));
            if (!sha)
                fail(ctx, 404, 'Branch not found');
            return { status: 200, body: branchJson(ctx.state, ctx.urls, repo, name, sha) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/rules/branches/{branch}',
        operationId: 'repos/get-branch-rules',
        docs: 'repos/rules#get-rules-for-a-branch',
        scope: 'metadata',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            // Rules apply to a branch name whether or not the branch exists yet.
            const name = decodeURIComponent(ctx.params.branch ?? '');
            const rules = rulesetsFor(repo, name).map((r) => requiredChecksRuleJson(repo, r));
            return pagedReply(ctx, rules, (r) => r);
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{ref}',
        operationId: 'repos/get-commit',
        docs: 'commits/commits#get-a-commit',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const ref = decodeURIComponent(ctx.params.ref ?? '');
            const sha = resolveCommit(repo, ref);
            if (!sha)
                fail(ctx, 422, `No commit found for SHA: ${ref}`);
            return { status: 200, body: commitJson(ctx.state, ctx.urls, repo, sha, true) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/compare/{basehead}',
        operationId: 'repos/compare-commits-with-basehead',
        docs: 'commits/commits#compare-two-commits',
        scope: 'contents',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const basehead = decodeURIComponent(ctx.params.basehead ?? '');
            const m = /^(.+?)\.\.\.(.+)$/.exec(basehead);
            if (!m)
                notFound(ctx);
            const base = resolveCommit(repo, m[1]);
            const head = resolveCommit(repo, m[2]);
            if (!base || !head)
                notFound(ctx);
            return { status: 200, body: compareJson(ctx.state, ctx.urls, repo, base, head) };
        },
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
        operationId: 'repos/get-collaborator-permission-level',
        docs: 'collaborators/collaborators#get-repository-permissions-for-a-user',
        scope: 'metadata',
        handler: (ctx) => {
            const repo = repoOf(ctx);
            const user = ctx.state.user(decodeURIComponent(ctx.params.username ?? ''));
            if (!user)
                notFound(ctx);
            const role = roleOf(repo, user.login);
            const roleName = role ?? (repo.private ? 'none' : 'read');
            // The legacy `permission` field folds maintain into write and triage into read.
            const permission = roleName === 'maintain' ? 'write' : roleName === 'triage' ? 'read' : roleName;
            return {
                status: 200,
                body: {
                    permission,
                    role_name: roleName,
                    user: {
                        ...simpleUser(ctx.urls, user),
                        permissions: permissionsFor(repo, user.login),
                        role_name: roleName,
                    },
                },
            };
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/routes-users.js



/** Rate limit status and users. */
function repoCounts(state, user) {
    let publicRepos = 0;
    let privateRepos = 0;
    for (const repo of state.repos.values()) {
        if (repo.owner.toLowerCase() !== user.login.toLowerCase())
            continue;
        if (repo.private)
            privateRepos++;
        else
            publicRepos++;
    }
    return { publicRepos, privateRepos };
}
const userRoutes = [
    {
        method: 'GET',
        path: '/rate_limit',
        operationId: 'rate-limit/get',
        docs: 'rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
        scope: 'metadata',
        handler: (ctx) => {
            const core = rateJson(ctx.rates.peek(ctx.identity.login));
            const reset = core.reset;
            const idle = (limit) => ({ limit, used: 0, remaining: limit, reset });
            return {
                status: 200,
                body: {
                    resources: {
                        core,
                        search: idle(30),
                        graphql: idle(5000),
                        integration_manifest: idle(5000),
                        code_search: idle(10),
                    },
                    rate: core,
                },
            };
        },
    },
    {
        method: 'GET',
        path: '/user',
        operationId: 'users/get-authenticated',
        docs: 'users/users#get-the-authenticated-user',
        scope: 'metadata',
        handler: (ctx) => {
            // Installation tokens (GITHUB_TOKEN, apps) are not users: GitHub refuses them here.
            if (ctx.user.type === 'Bot')
                fail(ctx, 403, 'Resource not accessible by integration');
            return { status: 200, body: privateUser(ctx.urls, ctx.user, repoCounts(ctx.state, ctx.user)) };
        },
    },
    {
        method: 'GET',
        path: '/users/{username}',
        operationId: 'users/get-by-username',
        docs: 'users/users#get-a-user',
        scope: 'metadata',
        handler: (ctx) => {
            const user = ctx.state.user(decodeURIComponent(ctx.params.username ?? ''));
            if (!user)
                notFound(ctx);
            return { status: 200, body: publicUser(ctx.urls, user, repoCounts(ctx.state, user)) };
        },
    },
];

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/route-table.js








/** Every route the simulator serves; the contract test checks each against GitHub's OpenAPI description. */
const SIMULATOR_ROUTES = [
    ...repoRoutes,
    ...gitRoutes,
    ...issueRoutes,
    ...labelRoutes,
    ...pullRoutes,
    ...actionsRoutes,
    ...checkRoutes,
    ...userRoutes,
    ...orgRoutes,
];
/** The route table without handlers: method, OpenAPI path template, operationId, docs page. */
function simulatorRoutes() {
    return SIMULATOR_ROUTES.map((r) => ({
        method: r.method,
        path: r.path,
        operationId: r.operationId,
        documentationUrl: `https://docs.github.com/rest/${r.docs}`,
    }));
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/router.js
const GREEDY = new Set(['{path}', '{ref}']);
// Sub-resources of a commit GitHub serves under `/commits/{ref}/…`; a greedy ref must not swallow them.
const COMMIT_SUBRESOURCES = new Set([
    'status',
    'statuses',
    'check-runs',
    'check-suites',
    'comments',
    'pulls',
    'branches-where-head',
]);
class Router {
    compiled;
    constructor(routes) {
        this.compiled = routes
            .map((route) => {
            const segments = route.path.split('/').slice(1);
            const last = segments[segments.length - 1] ?? '';
            return {
                route,
                segments,
                greedy: GREEDY.has(last),
                literals: segments.filter((s) => !s.startsWith('{')).length,
            };
        })
            .sort((a, b) => b.literals - a.literals || b.segments.length - a.segments.length);
    }
    match(method, path) {
        const parts = path.split('/').slice(1);
        for (const c of this.compiled) {
            if (c.route.method !== method)
                continue;
            const params = matchSegments(c, parts);
            if (params)
                return { route: c.route, params };
        }
        return undefined;
    }
    /** Any route for this path, whatever the method (to attribute error bodies to a documentation page). */
    matchAnyMethod(path) {
        const parts = path.split('/').slice(1);
        return this.compiled.find((c) => matchSegments(c, parts) !== undefined)?.route;
    }
}
function matchSegments(c, parts) {
    const params = {};
    const fixed = c.greedy ? c.segments.length - 1 : c.segments.length;
    if (c.greedy ? parts.length < fixed : parts.length !== fixed)
        return undefined;
    for (let i = 0; i < fixed; i++) {
        const template = c.segments[i];
        const part = parts[i];
        if (template.startsWith('{')) {
            if (part === '')
                return undefined;
            params[template.slice(1, -1)] = part;
        }
        else if (template !== part)
            return undefined;
    }
    if (c.greedy) {
        const name = c.segments[fixed].slice(1, -1);
        const rest = parts.slice(fixed).join('/');
        // `{ref}` needs something; `{path}` may be empty (the repository root).
        if (rest === '' && name !== 'path')
            return undefined;
        if (name === 'ref' &&
            c.segments[fixed - 1] === 'commits' &&
            parts.length - fixed > 1 &&
            COMMIT_SUBRESOURCES.has(parts[parts.length - 1]))
            return undefined;
        params[name] = rest;
    }
    return params;
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/seed-builder.js
/**
 * Concise seeds for tests:
 *
 *   seedBuilder()
 *     .repo('octo-org/widgets', (r) => r.file('README.md', '# widgets').label('bug').workflow('CI', '.github/workflows/ci.yml'))
 *     .build()
 *
 * Unless told not to, it adds `SIMULATOR_TOKEN` for `github-actions[bot]` with write access.
 */
/** The token a built seed accepts by default: `github-actions[bot]`, write on everything, no `workflows`. */
const SIMULATOR_TOKEN = 'ghs_autohealSimulatorToken0000000000000';
const SIMULATOR_BOT = 'github-actions[bot]';
class RepoBuilder {
    seed;
    constructor(seed) {
        this.seed = seed;
    }
    set(fields) {
        Object.assign(this.seed, fields);
        return this;
    }
    file(path, text) {
        this.seed.files = { ...(this.seed.files ?? {}), [path]: text };
        return this;
    }
    files(files) {
        this.seed.files = { ...(this.seed.files ?? {}), ...files };
        return this;
    }
    /** A branch one commit ahead of `from` (default branch unless given). */
    branch(name, files, options = {}) {
        this.seed.branches = { ...(this.seed.branches ?? {}), [name]: { files, ...options } };
        return this;
    }
    /** One more commit on an existing branch. */
    commit(branch, files, message, options = {}) {
        this.seed.commits = [...(this.seed.commits ?? []), { branch, files, message, ...options }];
        return this;
    }
    collaborator(login, permission = 'write') {
        this.seed.collaborators = [...(this.seed.collaborators ?? []), { login, permission }];
        return this;
    }
    /** A team of the owning organization with access to the repository (`write` unless told). */
    team(slug, name, fields = {}) {
        this.seed.teams = [...(this.seed.teams ?? []), { slug, ...(name ? { name } : {}), ...fields }];
        return this;
    }
    /** A milestone; issues and pulls name it by `title` (`milestone: 'v1.0'`). */
    milestone(title, fields = {}) {
        this.seed.milestones = [...(this.seed.milestones ?? []), { title, ...fields }];
        return this;
    }
    /** A check run that no workflow job made (another app's check). */
    checkRun(check) {
        this.seed.check_runs = [...(this.seed.check_runs ?? []), check];
        return this;
    }
    /** A commit status (the newest per context counts). */
    status(status) {
        this.seed.statuses = [...(this.seed.statuses ?? []), status];
        return this;
    }
    /** Classic branch protection requiring these checks (check run names or status contexts). */
    protect(branch, requiredStatusChecks) {
        this.seed.protected_branches = {
            ...(this.seed.protected_branches ?? {}),
            [branch]: { required_status_checks: requiredStatusChecks },
        };
        return this;
    }
    /** A ruleset requiring status checks on the branches it targets. */
    ruleset(ruleset) {
        this.seed.rulesets = [...(this.seed.rulesets ?? []), ruleset];
        return this;
    }
    label(name, color, description) {
        this.seed.labels = [
            ...(this.seed.labels ?? []),
            {
                name,
                ...(color ? { color } : {}),
                ...(description ? { description } : {}),
            },
        ];
        return this;
    }
    issue(issue) {
        this.seed.issues = [...(this.seed.issues ?? []), issue];
        return this;
    }
    /** Many issues at once (e.g. 250 for pagination), numbered in order. */
    issues(count, make) {
        for (let i = 1; i <= count; i++)
            this.issue(make(i));
        return this;
    }
    pull(pull) {
        this.seed.pulls = [...(this.seed.pulls ?? []), pull];
        return this;
    }
    workflow(name, path, id) {
        this.seed.workflows = [
            ...(this.seed.workflows ?? []),
            { name, path, ...(id !== undefined ? { id } : {}) },
        ];
        return this;
    }
    run(run) {
        this.seed.runs = [...(this.seed.runs ?? []), run];
        return this;
    }
}
class SeedBuilder {
    seed = {
        users: [],
        tokens: [],
        repos: [],
    };
    constructor(options = {}) {
        if (options.defaultToken !== false)
            this.token(SIMULATOR_TOKEN, SIMULATOR_BOT);
    }
    user(login, fields = {}) {
        this.seed.users.push({ login, ...fields });
        return this;
    }
    token(token, login, options = {}) {
        this.seed.tokens.push({ token, login, ...options });
        return this;
    }
    repo(fullName, configure, fields = {}) {
        const [owner, name] = fullName.split('/');
        if (!owner || !name)
            throw new RangeError(`repo name must be "owner/name", got "${fullName}"`);
        const repo = { owner, name, ...fields };
        configure?.(new RepoBuilder(repo));
        this.seed.repos.push(repo);
        return this;
    }
    build() {
        return structuredClone(this.seed);
    }
}
function seedBuilder(options = {}) {
    return new SeedBuilder(options);
}
/**
 * Steps as GitHub reports a job that failed at `failing` (an index or name): earlier steps
 * succeeded, later ones were skipped, except the `Post …` and `Complete job` steps, which run anyway.
 */
function stepsFailingAt(names, failing) {
    const at = typeof failing === 'string' ? names.indexOf(failing) : (failing ?? -1);
    if (typeof failing === 'string' && at < 0)
        throw new RangeError(`no step named "${failing}" in ${names.join(', ')}`);
    return names.map((name, i) => {
        const always = name.startsWith('Post ') || name === 'Complete job' || name === 'Set up job';
        const conclusion = at < 0 || i < at ? 'success' : i === at ? 'failure' : always ? 'success' : 'skipped';
        return { name, number: i + 1, status: 'completed', conclusion };
    });
}
/** A completed job with the given outcome and log. */
function completedJob(name, conclusion, log, steps) {
    return { name, status: 'completed', conclusion, log, ...(steps ? { steps } : {}) };
}

// EXTERNAL MODULE: ./packages/testkit/lib/simulator/seed-load.js + 2 modules
var seed_load = __webpack_require__(2704);
;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/signed-links.js

/**
 * Short-lived download links, shaped like the Azure Blob Storage SAS URLs GitHub redirects log
 * downloads to (`sv`, `st`, `se`, `sr`, `sp`, `sig`). They live on the simulator's own origin
 * under `/_blobs/`, need no token, and stop working `ttlMs` after they were issued (GitHub: 1 min).
 */
const BLOB_PREFIX = '/_blobs/';
const LOG_LINK_TTL_MS = 60_000;
class SignedLinks {
    now;
    origin;
    secret = (0,external_node_crypto_.randomBytes)(32);
    constructor(now, origin) {
        this.now = now;
        this.origin = origin;
    }
    signature(resource, start, expiry) {
        return (0,external_node_crypto_.createHmac)('sha256', this.secret).update(`${resource}\n${start}\n${expiry}`).digest('base64');
    }
    /** A link to `resource` (e.g. `job-logs/42`) valid from now for `ttlMs`. */
    issue(resource, ttlMs = LOG_LINK_TTL_MS) {
        const now = this.now();
        const start = new Date(now).toISOString();
        const expiry = new Date(now + ttlMs).toISOString();
        const query = new URLSearchParams({
            sv: '2025-01-05',
            st: start,
            se: expiry,
            sr: 'b',
            sp: 'r',
            sig: this.signature(resource, start, expiry),
        });
        return `${this.origin()}${BLOB_PREFIX}${resource}?${query.toString()}`;
    }
    check(resource, query) {
        const start = query.get('st') ?? '';
        const expiry = query.get('se') ?? '';
        const given = Buffer.from(query.get('sig') ?? '', 'utf8');
        const expected = Buffer.from(this.signature(resource, start, expiry), 'utf8');
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
            return { ok: false, reason: 'bad-signature' };
        if (this.now() > Date.parse(expiry))
            return { ok: false, reason: 'expired', start: new Date(start), expiry: new Date(expiry) };
        return { ok: true, resource };
    }
    /** Azure Storage's answer to a link it will not honour: 403 with an XML error document. */
    refusal(check) {
        const requestId = (0,external_node_crypto_.randomUUID)();
        const now = new Date(this.now());
        const detail = check.reason === 'expired'
            ? `Signature not valid in the specified time frame: Start [${check.start.toUTCString()}] - Expiry [${check.expiry.toUTCString()}] - Current [${now.toUTCString()}]`
            : 'Signature did not match.';
        const body = '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code>' +
            '<Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n' +
            `RequestId:${requestId}\nTime:${now.toISOString()}</Message>` +
            `<AuthenticationErrorDetail>${detail}</AuthenticationErrorDetail></Error>`;
        return {
            body,
            headers: {
                'content-type': 'application/xml',
                'x-ms-error-code': 'AuthenticationFailed',
                'x-ms-request-id': requestId,
            },
        };
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/git-objects.js

function hashObject(type, payload) {
    const header = Buffer.from(`${type} ${payload.length}\0`, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(header).update(payload).digest('hex');
}
/** Git sorts tree entries by name, comparing a subtree's name as if it ended in `/`. */
function treeSortKey(entry) {
    return Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name, 'utf8');
}
function sortTreeEntries(entries) {
    return [...entries].sort((a, b) => Buffer.compare(treeSortKey(a), treeSortKey(b)));
}
function encodeTree(entries) {
    const parts = [];
    for (const entry of sortTreeEntries(entries)) {
        // Git writes directory modes without the leading zero.
        const mode = entry.mode === '040000' ? '40000' : entry.mode;
        parts.push(Buffer.from(`${mode} ${entry.name}\0`, 'utf8'), Buffer.from(entry.sha, 'hex'));
    }
    return Buffer.concat(parts);
}
function encodeSignature(role, sig) {
    const seconds = Math.floor(Date.parse(sig.date) / 1000);
    return `${role} ${sig.name} <${sig.email}> ${seconds} +0000`;
}
function encodeCommit(commit) {
    const lines = [`tree ${commit.tree}`];
    for (const parent of commit.parents)
        lines.push(`parent ${parent}`);
    lines.push(encodeSignature('author', commit.author), encodeSignature('committer', commit.committer));
    return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`, 'utf8');
}
/** A repository's object database plus the helpers the REST routes need. */
class GitObjectStore {
    objects = new Map();
    get size() {
        return this.objects.size;
    }
    get(sha) {
        return this.objects.get(sha.toLowerCase());
    }
    has(sha) {
        return this.objects.has(sha.toLowerCase());
    }
    writeBlob(content) {
        const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const sha = hashObject('blob', buffer);
        if (!this.objects.has(sha))
            this.objects.set(sha, { type: 'blob', content: buffer });
        return sha;
    }
    writeTree(entries) {
        const sorted = sortTreeEntries(entries);
        const sha = hashObject('tree', encodeTree(sorted));
        if (!this.objects.has(sha))
            this.objects.set(sha, { type: 'tree', entries: sorted });
        return sha;
    }
    writeCommit(commit) {
        const sha = hashObject('commit', encodeCommit(commit));
        if (!this.objects.has(sha))
            this.objects.set(sha, { type: 'commit', ...commit });
        return sha;
    }
    blob(sha) {
        const object = this.get(sha);
        return object?.type === 'blob' ? object.content : undefined;
    }
    tree(sha) {
        const object = this.get(sha);
        return object?.type === 'tree' ? object.entries : undefined;
    }
    commit(sha) {
        const object = this.get(sha);
        return object?.type === 'commit' ? object : undefined;
    }
    /** Every file under a tree as `path → entry` (git's `ls-tree -r`). */
    flatten(treeSha, prefix = '') {
        const out = new Map();
        for (const entry of this.tree(treeSha) ?? []) {
            const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
            if (entry.type === 'tree') {
                for (const [p, e] of this.flatten(entry.sha, path))
                    out.set(p, e);
            }
            else {
                out.set(path, { mode: entry.mode, sha: entry.sha, type: entry.type });
            }
        }
        return out;
    }
    /** Build nested trees from flat paths; returns the root tree's sha. */
    writeFlat(files) {
        const root = { files: [], dirs: new Map() };
        for (const [path, entry] of files) {
            const parts = path.split('/');
            let dir = root;
            for (const part of parts.slice(0, -1)) {
                let next = dir.dirs.get(part);
                if (!next) {
                    next = { files: [], dirs: new Map() };
                    dir.dirs.set(part, next);
                }
                dir = next;
            }
            dir.files.push({ name: parts[parts.length - 1], mode: entry.mode, type: entry.type, sha: entry.sha });
        }
        const write = (dir) => {
            const entries = [...dir.files];
            for (const [name, sub] of dir.dirs)
                entries.push({ name, mode: '040000', type: 'tree', sha: write(sub) });
            return this.writeTree(entries);
        };
        return write(root);
    }
    /** The entry at `path` inside a tree ('' is the tree itself). */
    lookup(treeSha, path) {
        const parts = path.split('/').filter((p) => p !== '');
        let current = { name: '', mode: '040000', type: 'tree', sha: treeSha };
        for (const part of parts) {
            if (current.type !== 'tree')
                return undefined;
            const next = this.tree(current.sha)?.find((e) => e.name === part);
            if (!next)
                return undefined;
            current = next;
        }
        return current;
    }
    /** True when `ancestor` is `descendant` or reachable from it through parents. */
    isAncestor(ancestor, descendant) {
        const seen = new Set();
        const queue = [descendant];
        while (queue.length > 0) {
            const sha = queue.shift();
            if (sha === ancestor)
                return true;
            if (seen.has(sha))
                continue;
            seen.add(sha);
            queue.push(...(this.commit(sha)?.parents ?? []));
        }
        return false;
    }
    /** Commits reachable from `head` but not from `base`, oldest first (git's `base..head`). */
    commitsBetween(base, head) {
        const excluded = new Set();
        const mark = [base];
        while (mark.length > 0) {
            const sha = mark.pop();
            if (excluded.has(sha))
                continue;
            excluded.add(sha);
            mark.push(...(this.commit(sha)?.parents ?? []));
        }
        const out = [];
        const seen = new Set();
        const walk = [head];
        while (walk.length > 0) {
            const sha = walk.pop();
            if (seen.has(sha) || excluded.has(sha))
                continue;
            seen.add(sha);
            out.push(sha);
            walk.push(...(this.commit(sha)?.parents ?? []));
        }
        // Walked newest first along first parents; reversed, a linear history reads oldest first as git log --reverse.
        return out.reverse();
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/state.js

class SimulatorState {
    users = new Map();
    tokens = new Map();
    repos = new Map();
    /** Forks that runs and pull requests came from, by lower-cased `owner/name`. */
    forks = new Map();
    nextIdValue = 1000;
    clock;
    constructor(now) {
        this.clock = now;
    }
    now() {
        return this.clock();
    }
    /** Forget everything (before a seed is applied again). */
    clear() {
        this.users.clear();
        this.tokens.clear();
        this.repos.clear();
        this.forks.clear();
        this.nextIdValue = 1000;
    }
    /** The fork named `owner/name`, one id per name (its owner becomes a known user). */
    ensureFork(fullName) {
        const key = fullName.toLowerCase();
        const known = this.forks.get(key);
        if (known)
            return known;
        const [owner = '', name = ''] = fullName.split('/');
        const fork = { id: this.nextId(), owner: this.ensureUser(owner).login, name };
        this.forks.set(key, fork);
        return fork;
    }
    /** The clock as GitHub prints times: ISO 8601, whole seconds, `Z`. */
    timestamp(ms = this.clock()) {
        return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    }
    /** A fresh id, unique across every kind of object in this simulator. */
    nextId() {
        this.nextIdValue += 1;
        return this.nextIdValue;
    }
    /** Make sure later generated ids do not collide with one a seed chose. */
    reserveId(id) {
        if (id > this.nextIdValue)
            this.nextIdValue = id;
    }
    user(login) {
        return this.users.get(login.toLowerCase());
    }
    /** The user with this login, created (as GitHub would already know them) when missing. */
    ensureUser(login, fields = {}) {
        const existing = this.user(login);
        if (existing)
            return existing;
        const id = fields.id ?? this.nextId();
        this.reserveId(id);
        const user = {
            id,
            login,
            type: fields.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
            name: fields.name ?? null,
            email: fields.email ?? null,
            site_admin: fields.site_admin ?? false,
            created_at: fields.created_at ?? this.timestamp(),
        };
        this.users.set(login.toLowerCase(), user);
        return user;
    }
    repo(owner, name) {
        return this.repos.get(`${owner}/${name}`.toLowerCase());
    }
    /** A repository by `owner/name`, throwing when the seed has none (a test's typo should be loud). */
    requireRepo(fullName) {
        const [owner = '', name = ''] = fullName.split('/');
        const repo = this.repo(owner, name);
        if (!repo)
            throw new Error(`simulator has no repository "${fullName}"`);
        return repo;
    }
    addRepo(fields) {
        const id = fields.id ?? this.nextId();
        this.reserveId(id);
        const created = fields.created_at ?? this.timestamp();
        const repo = {
            id,
            owner: fields.owner,
            name: fields.name,
            private: fields.private ?? false,
            description: fields.description ?? null,
            default_branch: fields.default_branch ?? 'main',
            allow_drafts: fields.allow_drafts ?? true,
            created_at: created,
            updated_at: created,
            pushed_at: created,
            git: new GitObjectStore(),
            refs: new Map(),
            labels: new Map(),
            issues: new Map(),
            nextNumber: 1,
            collaborators: new Map(),
            teams: new Map(),
            copilot_review: fields.copilot_review ?? false,
            milestones: new Map(),
            workflows: [],
            runs: new Map(),
            jobs: new Map(),
            checkRuns: [],
            statuses: [],
            protection: new Map(),
            rulesets: [],
        };
        this.repos.set(`${fields.owner}/${fields.name}`.toLowerCase(), repo);
        return repo;
    }
    /** The run's latest attempt. */
    latestAttempt(run) {
        return run.attempts[run.attempts.length - 1];
    }
    /** Find a job anywhere (job ids are unique across repositories). */
    findJob(jobId) {
        for (const repo of this.repos.values()) {
            const job = repo.jobs.get(jobId);
            if (job)
                return { repo, job };
        }
        return undefined;
    }
    /**
     * Finish a run's latest attempt (e.g. after `rerun-failed-jobs`), as the runner would:
     * its queued jobs complete with `conclusion`, and the attempt concludes from its jobs.
     */
    completeLatestAttempt(repo, runId, outcome = { conclusion: 'success' }) {
        const run = repo.runs.get(runId);
        if (!run)
            throw new Error(`simulator has no run ${runId} in ${repo.owner}/${repo.name}`);
        const attempt = this.latestAttempt(run);
        const at = this.timestamp();
        for (const jobId of attempt.jobIds) {
            const job = repo.jobs.get(jobId);
            if (job.status === 'completed')
                continue;
            job.status = 'completed';
            job.conclusion = outcome.conclusion;
            job.completed_at = at;
            if (outcome.log !== undefined)
                job.log = { text: outcome.log };
            for (const step of job.steps) {
                step.status = 'completed';
                step.conclusion = outcome.conclusion;
                step.completed_at = at;
            }
        }
        const conclusions = attempt.jobIds.map((id) => repo.jobs.get(id).conclusion);
        attempt.status = 'completed';
        attempt.conclusion = conclusions.includes('failure')
            ? 'failure'
            : conclusions.includes('cancelled')
                ? 'cancelled'
                : 'success';
        attempt.updated_at = at;
        return attempt;
    }
}

;// CONCATENATED MODULE: ./packages/testkit/lib/simulator/server.js

















const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const API_VERSION = '2022-11-28';
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function requestId() {
    const hex = (0,external_node_crypto_.randomBytes)(10).toString('hex').toUpperCase();
    return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}:${Math.floor(Date.now() / 1000)
        .toString(16)
        .toUpperCase()}`;
}
function templateMatcher(template) {
    const body = template
        .split(/(\{[^}]+\})/)
        .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}/?$`);
}
async function startGitHubSimulator(options = {}) {
    const now = options.now ?? Date.now;
    const basePath = (options.basePath ?? '').replace(/\/+$/, '');
    if (basePath !== '' && !basePath.startsWith('/'))
        throw new RangeError(`basePath must be '' or start with '/', such as '/api/v3'; got "${basePath}"`);
    // Without a seed: no repositories, and the default token (github-actions[bot]) so calls authenticate.
    const seed = options.seed ?? seedBuilder().build();
    (0,seed_load/* validateSeed */.Uw)(seed);
    const state = new SimulatorState(now);
    applySeed(state, seed);
    const faults = new simulator_faults/* FaultRegistry */.o();
    const requests = [];
    const errors = [];
    const rates = new RateLimits(now, options.rateLimit ?? DEFAULT_RATE_LIMIT);
    const router = new Router(SIMULATOR_ROUTES);
    const timers = new Set();
    let origin = '';
    const links = new SignedLinks(now, () => origin);
    let urls = new Urls('', options.serverUrl ?? 'https://github.com', '');
    const sleep = (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
        }, ms);
        timers.add(timer);
    });
    const baseHeaders = () => ({
        'x-github-api-version-selected': API_VERSION,
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': requestId(),
    });
    function send(res, reply, extra) {
        const headers = { ...extra, ...(reply.headers ?? {}) };
        let payload;
        if (reply.raw) {
            payload = typeof reply.raw.data === 'string' ? Buffer.from(reply.raw.data, 'utf8') : reply.raw.data;
            headers['content-type'] = reply.raw.contentType;
        }
        else if (reply.body !== undefined && reply.status !== 204 && reply.status !== 302) {
            payload = Buffer.from(JSON.stringify(reply.body), 'utf8');
            headers['content-type'] = 'application/json; charset=utf-8';
        }
        // A 304 describes the representation the client already has: no body, and no length of its own.
        if (reply.status !== 304)
            headers['content-length'] = String(payload?.length ?? 0);
        res.writeHead(reply.status, headers);
        res.end(payload);
    }
    function faultReply(fault, route, user, key) {
        const window = rates.peek(key);
        switch (fault.kind) {
            case 'server-error':
                return { reply: serverError(fault.status ?? simulator_faults/* FAULT_DEFAULTS */.k.serverErrorStatus), headers: {} };
            case 'rate-limit': {
                const reset = Math.ceil(now() / 1000) + (fault.resetInSeconds ?? simulator_faults/* FAULT_DEFAULTS */.k.resetInSeconds);
                const who = user?.type === 'Bot' ? `installation ID ${user.id}` : `user ID ${user?.id ?? 0}`;
                return {
                    reply: {
                        status: 403,
                        body: {
                            message: `API rate limit exceeded for ${who}.`,
                            documentation_url: `${DOCS_BASE}/overview/rate-limits-for-the-rest-api`,
                            status: '403',
                        },
                    },
                    headers: rateHeaders({ limit: window.limit, used: window.limit, reset }),
                };
            }
            case 'secondary-rate-limit': {
                const status = fault.status ?? simulator_faults/* FAULT_DEFAULTS */.k.secondaryStatus;
                return {
                    reply: {
                        status,
                        body: {
                            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
                                `If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`,
                            documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                            status: String(status),
                        },
                    },
                    headers: {
                        'retry-after': String(fault.retryAfterSeconds ?? simulator_faults/* FAULT_DEFAULTS */.k.retryAfterSeconds),
                        ...rateHeaders(window),
                    },
                };
            }
            case 'status':
                return {
                    reply: {
                        status: fault.status,
                        body: errorBody(fault.status, fault.message ?? defaultMessage(fault.status), route),
                    },
                    headers: rateHeaders(window),
                };
            case 'validation':
                return {
                    reply: {
                        status: 422,
                        body: {
                            message: fault.message,
                            ...(fault.errors ? { errors: fault.errors } : {}),
                            documentation_url: route ? `${DOCS_BASE}/${route.docs}` : DOCS_BASE,
                            status: '422',
                        },
                    },
                    headers: rateHeaders(window),
                };
        }
    }
    async function serveBlob(path, query) {
        const resource = path.slice(BLOB_PREFIX.length);
        const check = links.check(resource, query);
        if (!check.ok) {
            const refusal = links.refusal(check);
            return {
                status: 403,
                raw: { data: refusal.body, contentType: 'application/xml' },
                headers: refusal.headers,
            };
        }
        const parts = resource.split('/');
        const repo = [...state.repos.values()].find((r) => String(r.id) === parts[1]);
        if (repo && parts[0] === 'job-logs') {
            const job = repo.jobs.get(Number(parts[2]));
            const text = job ? await readJobLog(job) : undefined;
            if (text !== undefined) {
                // GitHub's job log downloads start with a UTF-8 byte order mark.
                const data = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
                return { status: 200, raw: { data, contentType: 'text/plain; charset=utf-8' } };
            }
        }
        if (repo && parts[0] === 'run-logs') {
            const run = repo.runs.get(Number(parts[2]));
            const attempt = run?.attempts[Number(parts[3]) - 1];
            if (attempt)
                return {
                    status: 200,
                    raw: { data: await runLogArchive(repo, attempt.jobIds), contentType: 'application/zip' },
                };
        }
        return {
            status: 404,
            raw: {
                data: '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.</Message></Error>',
                contentType: 'application/xml',
            },
            headers: { 'x-ms-error-code': 'BlobNotFound' },
        };
    }
    async function handle(req, res) {
        const started = performance.now();
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = (req.method ?? 'GET').toUpperCase();
        const raw = await readBody(req);
        const text = raw.toString('utf8');
        let parsed;
        let parseFailed = false;
        if (text.trim() !== '') {
            try {
                parsed = JSON.parse(text);
            }
            catch {
                parsed = text;
                parseFailed = true;
            }
        }
        const headers = {};
        for (const [k, v] of Object.entries(req.headers))
            if (typeof v === 'string')
                headers[k] = v;
        const isBlob = url.pathname.startsWith(BLOB_PREFIX);
        const inBase = isBlob || basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
        const apiPath = isBlob || !inBase ? url.pathname : url.pathname.slice(basePath.length) || '/';
        const record = {
            method,
            path: apiPath,
            query: Object.fromEntries(url.searchParams),
            status: 0,
            body: parsed,
            headers,
            durationMs: 0,
        };
        requests.push(record);
        let fault = faults.take(method, apiPath);
        if (fault?.kind === 'delay') {
            record.fault = 'delay';
            await sleep(fault.ms);
            fault = undefined;
        }
        // A fault after the effect: the request is served as usual and only its answer is lost.
        const lost = (fault?.kind === 'server-error' || fault?.kind === 'connection-reset') && fault.afterEffect
            ? fault
            : undefined;
        if (lost)
            fault = undefined;
        const finish = (served, extra) => {
            let reply = served;
            if (lost) {
                record.fault = lost.kind;
                record.appliedStatus = served.status;
                if (lost.kind === 'connection-reset') {
                    record.durationMs = performance.now() - started;
                    req.socket.destroy();
                    return;
                }
                reply = serverError(lost.status ?? simulator_faults/* FAULT_DEFAULTS */.k.serverErrorStatus);
            }
            record.status = reply.status;
            record.durationMs = performance.now() - started;
            if (!reply.raw && reply.body !== undefined && reply.status !== 204 && reply.status !== 302)
                record.response = reply.body;
            record.responseHeaders = { ...extra, ...(reply.headers ?? {}) };
            send(res, reply, extra);
        };
        if (fault?.kind === 'connection-reset') {
            record.fault = fault.kind;
            record.durationMs = performance.now() - started;
            req.socket.destroy();
            return;
        }
        if (isBlob && !fault) {
            finish(await serveBlob(url.pathname, url.searchParams), {});
            return;
        }
        if (!fault && method === 'POST' && isGraphqlPath(url.pathname, basePath)) {
            record.path = '/graphql';
            const identity = state.tokens.get(tokenFrom(headers.authorization) ?? '');
            if (!identity) {
                finish({ status: 401, body: { message: 'Bad credentials', documentation_url: GRAPHQL_DOCS } }, baseHeaders());
                return;
            }
            const window = rates.consume(identity.login);
            if (!window) {
                finish({
                    status: 403,
                    body: {
                        message: `API rate limit exceeded for ${identity.login}.`,
                        documentation_url: GRAPHQL_DOCS,
                    },
                }, { ...baseHeaders(), ...rateHeaders(rates.peek(identity.login)) });
                return;
            }
            finish(graphqlReply(state, identity, parsed), {
                ...baseHeaders(),
                ...rateHeaders(rates.peek(identity.login)),
            });
            return;
        }
        const matched = inBase && METHODS.has(method) ? router.match(method, apiPath) : undefined;
        const route = matched?.route ?? (inBase ? router.matchAnyMethod(apiPath) : undefined);
        if (matched)
            record.operationId = matched.route.operationId;
        const base = baseHeaders();
        let identity;
        try {
            if (fault) {
                // Infrastructure faults answer before GitHub looks at the token, as a proxy would.
                const who = tokenUser(headers.authorization);
                record.fault = fault.kind;
                const { reply, headers: h } = faultReply(fault, route, who, who?.login ?? 'anonymous');
                finish(reply, { ...base, ...h });
                return;
            }
            if (!matched)
                throw new ApiError(404, errorBody(404, 'Not Found', route));
            identity = authenticate(state, headers.authorization, matched.route);
            // GitHub does not count GET /rate_limit against the limit it reports.
            const window = matched.route.operationId === 'rate-limit/get'
                ? rates.peek(identity.identity.login)
                : rates.consume(identity.identity.login);
            if (!window) {
                const { reply, headers: h } = faultReply({
                    kind: 'rate-limit',
                    resetInSeconds: Math.max(0, rates.peek(identity.identity.login).reset - Math.ceil(now() / 1000)),
                }, matched.route, identity.user, identity.identity.login);
                finish(reply, { ...base, ...h });
                return;
            }
            const ctx = {
                method: method,
                path: apiPath,
                params: matched.params,
                query: url.searchParams,
                body: parsed,
                state,
                urls,
                identity: identity.identity,
                user: identity.user,
                route: matched.route,
                links,
                rates,
            };
            authorize(ctx);
            if (parseFailed)
                throw new ApiError(400, errorBody(400, 'Problems parsing JSON', matched.route));
            const reply = await matched.route.handler(ctx);
            if (method === 'GET' && reply.status === 200 && !reply.raw && reply.body !== undefined) {
                const etag = etagFor(reply.body, headers.authorization, acceptsCompression(headers['accept-encoding']));
                const cache = { etag, 'cache-control': CACHE_CONTROL, vary: VARY };
                if (ifNoneMatchHits(headers['if-none-match'], etag)) {
                    // Not modified: no body, and the request is given back to the rate limit.
                    rates.refund(identity.identity.login);
                    finish({ status: 304, headers: cache }, { ...base, ...rateHeaders(rates.peek(identity.identity.login)) });
                    return;
                }
                reply.headers = { ...(reply.headers ?? {}), ...cache };
            }
            finish(reply, { ...base, ...rateHeaders(rates.peek(identity.identity.login)) });
        }
        catch (error) {
            const limits = identity ? rateHeaders(rates.peek(identity.identity.login)) : {};
            if (error instanceof ApiError) {
                finish({ status: error.status, body: error.body, headers: error.headers }, { ...base, ...limits });
                return;
            }
            const bug = error instanceof Error ? error : new Error(String(error));
            errors.push(bug);
            finish({ status: 500, body: { message: `simulator bug: ${bug.message}` } }, base);
        }
    }
    function tokenUser(header) {
        const token = header ? /^(?:token|bearer)\s+(\S+)/i.exec(header)?.[1] : undefined;
        const identity = token ? state.tokens.get(token) : undefined;
        return identity ? state.user(identity.login) : undefined;
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            errors.push(error instanceof Error ? error : new Error(String(error)));
            if (!res.headersSent)
                res.writeHead(500);
            res.end();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
    urls = new Urls(`${origin}${basePath}`, (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''), origin);
    return {
        url: `${origin}${basePath}`,
        origin,
        state,
        requests,
        faults,
        errors,
        requestsTo(method, pathTemplate) {
            const matcher = templateMatcher(pathTemplate);
            return requests.filter((r) => r.method === method.toUpperCase() && matcher.test(r.path));
        },
        reset() {
            state.clear();
            applySeed(state, seed);
            requests.length = 0;
            errors.length = 0;
            faults.clear();
            rates.reset();
        },
        close() {
            for (const timer of timers)
                clearTimeout(timer);
            timers.clear();
            return new Promise((resolve, reject) => {
                server.close((error) => (error ? reject(error) : resolve()));
                server.closeAllConnections();
            });
        },
    };
}
function serverError(status) {
    const message = status === 503
        ? 'No server is currently available to service your request. Sorry about that. Please try resubmitting your request and contact us if the problem persists.'
        : 'Server Error';
    return { status, body: { message } };
}
function defaultMessage(status) {
    switch (status) {
        case 404:
            return 'Not Found';
        case 410:
            return 'Gone';
        case 409:
            return 'Conflict';
        case 403:
            return 'Forbidden';
        default:
            return `HTTP ${status}`;
    }
}


/***/ })

};
