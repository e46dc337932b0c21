export const id = 568;
export const ids = [568];
export const modules = {

/***/ 7568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorCommand: () => (/* binding */ monitorCommand),
  parseDuration: () => (/* binding */ monitor_parseDuration),
  parseRepos: () => (/* binding */ parseRepos),
  parseShare: () => (/* binding */ parseShare),
  readState: () => (/* binding */ readState),
  renderPass: () => (/* binding */ renderPass),
  runMonitor: () => (/* binding */ runMonitor),
  summaryMarkdown: () => (/* binding */ summaryMarkdown),
  terminalSafe: () => (/* binding */ terminalSafe)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/lib/config/loader.js + 1 modules
var loader = __webpack_require__(7186);
// EXTERNAL MODULE: ./packages/core/lib/config/settings.js
var settings = __webpack_require__(5176);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(2335);
// EXTERNAL MODULE: ./packages/core/lib/config/globs.js
var globs = __webpack_require__(9206);
// EXTERNAL MODULE: ./packages/core/lib/config/text.js
var config_text = __webpack_require__(5958);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/core/lib/inputs.js




function spec(options, accepts, parse) {
    if (options.required && options.default !== undefined)
        throw new TypeError(`input ${options.name ?? ''}: a required input cannot have a default`);
    // The cast only widens T to Presence<T, O>; which one applies is decided by readInputs.
    return {
        name: options.name,
        required: options.required ?? false,
        secret: options.secret ?? false,
        default: options.default,
        accepts,
        parse,
    };
}
function str(options = {}) {
    return spec(options, options.accepts ?? 'a value', (raw) => {
        const problem = options.check?.(raw);
        return problem === undefined ? { value: raw } : { problem };
    });
}
/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function bool(options = {}) {
    return spec(options, 'true or false', (raw) => {
        if (TRUE.includes(raw))
            return { value: true };
        if (FALSE.includes(raw))
            return { value: false };
        return { problem: 'must be true or false (or True, TRUE, False, FALSE)' };
    });
}
function inputs_int(options = {}) {
    const accepts = (0,config_text/* rangePhrase */.vy)('an integer', options);
    return spec(options, accepts, (raw) => {
        const value = Number(raw);
        if (/^[+-]?\d+$/.test(raw) && Number.isSafeInteger(value) && (0,config_text/* inRange */.r4)(value, options))
            return { value };
        return { problem: `must be ${accepts}` };
    });
}
/** Plain decimals only: `Number()` would also take "0x10", "Infinity" and "1_000" slips. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function num(options = {}) {
    const accepts = rangePhrase('a number', options);
    return spec(options, accepts, (raw) => {
        const value = Number(raw);
        if (DECIMAL.test(raw) && Number.isFinite(value) && inRange(value, options))
            return { value };
        return { problem: `must be ${accepts}` };
    });
}
function oneOf(values, options = {}) {
    const accepts = `one of ${(0,config_text/* listWords */.yh)(values)}`;
    return spec(options, accepts, (raw) => {
        if (values.includes(raw))
            return { value: raw };
        const near = (0,config_text/* closest */.kp)(raw, values);
        return {
            problem: `must be ${accepts}`,
            ...(near === undefined ? {} : { hint: `Did you mean "${near}"?` }),
        };
    });
}
/** Items of a list input: one per line or comma-separated, trimmed, empty ones dropped. */
function splitList(raw) {
    return raw
        .split(/[\n\r,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function countProblem(items, options) {
    if (options.maxItems !== undefined && items.length > options.maxItems)
        return { problem: `must have at most ${options.maxItems} items, but has ${items.length}` };
    if (options.minItems !== undefined && items.length < options.minItems)
        return { problem: `must have at least ${options.minItems} items, but has ${items.length}` };
    return undefined;
}
function list(options = {}) {
    return spec(options, 'a list (one item per line, or comma-separated)', (raw) => {
        const items = splitList(raw);
        return countProblem(items, options) ?? { value: items };
    });
}
/** A list whose items must each be one of `values` (repeats dropped). */
function manyOf(values, options = {}) {
    return spec(options, `a list of ${listWords(values, 'and')}`, (raw) => {
        const items = [];
        for (const item of splitList(raw)) {
            if (!values.includes(item)) {
                const near = closest(item, values);
                return {
                    problem: `must list only ${listWords(values, 'and')}`,
                    part: item,
                    ...(near === undefined ? {} : { hint: `Did you mean "${near}"?` }),
                };
            }
            if (!items.includes(item))
                items.push(item);
        }
        return countProblem(items, options) ?? { value: items };
    });
}
/**
 * A list of minimatch globs. Commas separate only outside braces, so `src/{a,b}/**` is one glob;
 * each glob is checked for the mistakes minimatch would silently turn into literal text.
 */
function inputs_globs(options = {}) {
    return spec(options, 'a list of globs (one per line)', (raw) => {
        const items = splitGlobList(raw);
        for (const item of items) {
            const problem = globProblem(item);
            if (problem !== undefined)
                return { problem: `has a glob that ${problem}`, part: item };
        }
        if (onlyNegated(items))
            return {
                problem: 'has only negated globs ("!…"), which match nothing; start with a glob that includes',
            };
        return countProblem(items, options) ?? { value: items };
    });
}
const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
/** `90m` → 5_400_000; `1h30m` works too. Undefined when the text is not a duration. */
function parseDuration(text) {
    if (!/^(\d+[wdhms])+$/.test(text))
        return undefined;
    let ms = 0;
    for (const [, count, unit] of text.matchAll(/(\d+)([wdhms])/g))
        ms += Number(count) * UNIT_MS[unit];
    return Number.isSafeInteger(ms) ? ms : undefined;
}
/** 5_400_000 → `90m`: the largest unit that divides it. */
function formatDuration(ms) {
    for (const [unit, size] of Object.entries(UNIT_MS))
        if (ms % size === 0 && ms >= size)
            return `${ms / size}${unit}`;
    return `${ms}ms`;
}
/** A duration such as `30d`, `12h`, `45m` or `1h30m`, read as milliseconds. */
function duration(options = {}) {
    const { min, max } = options;
    const bounds = min !== undefined && max !== undefined
        ? ` from ${formatDuration(min)} to ${formatDuration(max)}`
        : min !== undefined
            ? ` of at least ${formatDuration(min)}`
            : max !== undefined
                ? ` of at most ${formatDuration(max)}`
                : '';
    const accepts = `a duration${bounds} such as "30d", "12h", "45m" or "1h30m" (units: w, d, h, m, s)`;
    return spec(options, accepts, (raw) => {
        const value = parseDuration(raw);
        if (value !== undefined && inRange(value, options))
            return { value };
        return { problem: `must be ${accepts}` };
    });
}
/** The env var the runner sets for an input: `dry-run` → `INPUT_DRY-RUN`. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function message(name, spec, raw, found) {
    const shown = spec.secret
        ? 'the value is not shown because the input is secret'
        : `got ${quote(found.part ?? raw)}`;
    return `Input "${name}" ${found.problem}; ${shown}.${found.hint ? ` ${found.hint}` : ''}`;
}
/**
 * Reads every input in `specs` from `env` into one typed object. All bad inputs are reported
 * together, as `ConfigurationErrors` with one `ConfigurationError` per input.
 */
function inputs_readInputs(env, specs) {
    const values = {};
    const errors = [];
    for (const [key, spec] of Object.entries(specs)) {
        const name = spec.name ?? kebabCase(key);
        // Like @actions/core: surrounding whitespace is not part of the value, and empty means not given.
        const raw = (env[inputEnvName(name)] ?? '').trim();
        // Masked before anything else can print it: an error message, a debug line, a bug report.
        if (spec.secret && raw !== '')
            setSecret(raw);
        if (raw === '') {
            if (spec.required)
                errors.push(new ConfigurationError(`Input "${name}" is required but was not given; expected ${spec.accepts}.`));
            else if (spec.default !== undefined)
                values[key] = structuredClone(spec.default);
            continue;
        }
        const parsed = spec.parse(raw);
        if ('value' in parsed)
            values[key] = parsed.value;
        else
            errors.push(new ConfigurationError(message(name, spec, raw, parsed)));
    }
    if (errors.length > 0)
        throw new ConfigurationErrors(errors);
    return values;
}
/**
 * Like readInputs, but every problem is added to `errors` and undefined returned, so an action can
 * report bad inputs together with what it checks itself (the runner's environment, combinations).
 */
function readInputsInto(env, specs, errors) {
    try {
        return inputs_readInputs(env, specs);
    }
    catch (error) {
        if (!(error instanceof ConfigurationErrors))
            throw error;
        errors.push(...error.errors);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/common-inputs.js
/**
 * Input specs and checks that several actions share, so each accepts and words the same input
 * (`token`, `config-file`, `trusted-authors`, label lists, …) the same way.
 */



/** `token`: required, never echoed in an error. */
function tokenInput() {
    return str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' });
}
/** Shortest `marker-key` accepted: a key anyone could guess would sign forged markers. */
const MARKER_KEY_MIN_LENGTH = 16;
/** `marker-key`: the secret that signs and verifies hidden markers (markers.ts); optional, never echoed. */
function markerKeyInput() {
    return str({
        secret: true,
        accepts: 'a secret of at least 16 characters, such as the output of `openssl rand -hex 32`',
        check: (value) => value.length < MARKER_KEY_MIN_LENGTH
            ? `must be a secret of at least ${MARKER_KEY_MIN_LENGTH} characters (generate one with \`openssl rand -hex 32\` and store it as the secret AUTOHEAL_MARKER_KEY)`
            : undefined,
    });
}
/** What is wrong with a path that must name a file inside the repository (read through the API), or undefined. */
function repoPathProblem(value) {
    if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === ''))
        return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
    if (/[\r\n\\]/.test(value))
        return 'must be a single path with forward slashes';
    return undefined;
}
/** `config-file`: the autoheal config's path in the repository, `.github/autoheal.yml` by default. */
function configFileInput() {
    return str({ default: loader/* DEFAULT_CONFIG_PATH */.Bi, check: repoPathProblem });
}
/**
 * A list input (one item per line, or comma-separated) whose items are each checked; the first bad
 * item is named in the message. Undefined when not given.
 */
function checkedList(accepts, itemProblem, options = {}) {
    const maxItems = options.maxItems ?? 20;
    return {
        name: undefined,
        required: false,
        secret: false,
        default: undefined,
        accepts,
        parse(raw) {
            const normalise = options.normalise;
            const items = normalise ? splitList(raw).map((item) => normalise(item)) : splitList(raw);
            if (items.length > maxItems)
                return { problem: `must list at most ${maxItems} items, but lists ${items.length}` };
            for (const item of items) {
                const problem = itemProblem(item);
                if (problem !== undefined)
                    return { problem, part: item };
            }
            return { value: options.unique ? [...new Set(items)] : items };
        },
    };
}
// A GitHub login, with the `[bot]` suffix the API gives apps (markers.ts checks the same shape).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;
/** What is wrong with one item of a list of logins, phrased to follow `Input "name"`. */
function loginItemProblem(item) {
    if (LOGIN.test(item))
        return undefined;
    return 'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])';
}
/** `trusted-authors`: the logins autoheal posts as; undefined when not given (then worked out from the token). */
function trustedAuthorsInput(options = {}) {
    return checkedList('a list of GitHub logins', loginItemProblem, options);
}
/** What is wrong with a label input, phrased to follow `Input "name"` (readInputs quotes the value itself). */
function labelInputProblem(value) {
    return (0,settings/* labelProblem */.W6)(value)?.replace(/; got .*$/s, '');
}
/** What is wrong with one item of a list of labels, phrased to follow `Input "name"`. */
function labelItemProblem(item) {
    const problem = labelInputProblem(item);
    return problem === undefined ? undefined : `has a label that ${problem}`;
}
/** A list of labels (undefined when not given). */
function labelsInput(options = {}) {
    return checkedList('a list of labels (one per line, or comma-separated)', labelItemProblem, options);
}

// EXTERNAL MODULE: ./packages/core/lib/runner-context.js
var runner_context = __webpack_require__(7928);
// EXTERNAL MODULE: ./packages/core/lib/text/sanitize.js + 3 modules
var sanitize = __webpack_require__(2016);
// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(542);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/lib/client-tuning.js
var client_tuning = __webpack_require__(6069);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
// EXTERNAL MODULE: ./packages/core/lib/own-entry.js
var own_entry = __webpack_require__(735);
// EXTERNAL MODULE: ./packages/core/lib/config/read-context.js
var read_context = __webpack_require__(1943);
// EXTERNAL MODULE: ./packages/core/lib/config/schema.js + 2 modules
var schema = __webpack_require__(7648);
;// CONCATENATED MODULE: ./packages/core/lib/config/merge.js







/**
 * Applies overrides (action inputs) on top of a loaded config, which wins over the file. The
 * overrides get the file's checks, so a bad value is a `ConfigurationError` naming its key path;
 * `config` itself is left unchanged.
 */
function mergeConfig(config, overrides, label = 'Action inputs') {
    const doc = new dist/* Document */.yo();
    const ctx = new read_context/* ReadContext */.aw({ kind: 'values', label, doc });
    const merged = structuredClone(config);
    apply(schema/* CONFIG_SCHEMA */.l, merged, overrides, '', ctx, doc);
    if (ctx.errors.length > 0)
        throw new errors/* ConfigurationErrors */.yb(ctx.errors);
    return merged;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function apply(section, target, overrides, path, ctx, doc) {
    const before = ctx.errors.length;
    // Overrides are built by code, so a wrong name is a bug in the caller, not a user mistake.
    for (const name of Object.keys(overrides))
        if (!Object.hasOwn(section.fields, name))
            throw new TypeError(`mergeConfig: ${(0,read_context/* joinKey */.ID)(path, name)} is not a setting`);
    // In schema order, so errors come in the order of the docs whatever order the caller used.
    for (const [name, field] of Object.entries(section.fields)) {
        const value = (0,own_entry/* ownEntry */.P)(overrides, name);
        if (value === undefined)
            continue;
        const fieldPath = (0,read_context/* joinKey */.ID)(path, (0,config_text/* kebabCase */.kW)(name));
        if ((0,settings/* isSection */.EP)(field)) {
            if (!isPlainObject(value))
                throw new TypeError(`mergeConfig: ${fieldPath} must be an object of overrides`);
            let inner = target[name];
            if (!isPlainObject(inner)) {
                inner = {};
                target[name] = inner;
            }
            apply(field, inner, value, fieldPath, ctx, doc);
            continue;
        }
        const node = doc.createNode(value);
        const read = field.read({ node, offset: undefined }, fieldPath, ctx);
        if (read !== undefined)
            target[name] = read;
    }
    if (ctx.errors.length > before)
        return;
    for (const { field, problem } of section.check?.(target) ?? [])
        ctx.fail((0,read_context/* joinKey */.ID)(path, (0,config_text/* kebabCase */.kW)(field)), undefined, problem);
}

// EXTERNAL MODULE: ./packages/core/lib/config/patterns.js
var patterns = __webpack_require__(6526);
// EXTERNAL MODULE: ./packages/core/lib/filing/issues.js + 1 modules
var issues = __webpack_require__(7633);
// EXTERNAL MODULE: ./packages/core/lib/filing/verdict.js
var filing_verdict = __webpack_require__(9135);
// EXTERNAL MODULE: ./packages/core/lib/github-errors.js
var github_errors = __webpack_require__(4231);
;// CONCATENATED MODULE: ./packages/core/lib/fork-trust.js

function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function fork_trust_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function positiveInt(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
/** The origin facts of a workflow run object, as the REST API or a `workflow_run` webhook gives it. */
function runOrigin(run) {
    const r = record(run);
    const head = record(r?.head_repository);
    const actors = [record(r?.actor)?.login, record(r?.triggering_actor)?.login]
        .map(fork_trust_text)
        .filter((l) => l !== undefined);
    const origin = { actors: [...new Set(actors)] };
    const fullName = fork_trust_text(head?.full_name);
    if (fullName !== undefined)
        origin.headRepository = fullName;
    const id = positiveInt(head?.id);
    if (id !== undefined)
        origin.headRepositoryId = id;
    const event = fork_trust_text(r?.event);
    if (event !== undefined)
        origin.event = event;
    return origin;
}
function fullName(repo) {
    return `${repo.owner}/${repo.repo}`;
}
/** GitHub compares owner and repository names without case. */
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/** Whether the run's commit came from another repository than `repo` (unknown counts as yes). */
function runForkVerdict(origin, repo) {
    const here = fullName(repo);
    if (origin.headRepository === undefined)
        return {
            fork: true,
            reason: 'the run does not name its head repository, so it is treated as a fork’s run',
        };
    if (!sameName(origin.headRepository, here))
        return {
            fork: true,
            reason: `the run’s commit comes from ${origin.headRepository}, not from ${here}`,
        };
    if (repo.id !== undefined && origin.headRepositoryId !== undefined && repo.id !== origin.headRepositoryId)
        return {
            fork: true,
            reason: `the run’s head repository has id ${origin.headRepositoryId}, not ${here}’s id ${repo.id}`,
        };
    return { fork: false };
}
/** The events whose payload names a pull request with a head and a base repository. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/**
 * For a pull request event (the one running this workflow): whether the pull request's head is a
 * fork. Other events return `{ fork: false }`: they name no pull request to judge.
 */
function pullRequestEventForkVerdict(eventName, payload) {
    if (!PULL_REQUEST_EVENTS.has(eventName))
        return { fork: false };
    const pull = record(record(payload)?.pull_request);
    const head = record(record(pull?.head)?.repo);
    const base = record(record(pull?.base)?.repo);
    const headName = fork_trust_text(head?.full_name);
    const baseName = fork_trust_text(base?.full_name);
    if (headName === undefined || baseName === undefined)
        return {
            fork: true,
            reason: `the ${eventName} event does not name both the head and the base repository of its pull request (a deleted fork?), so it is treated as a fork’s`,
        };
    if (!sameName(headName, baseName))
        return { fork: true, reason: `the pull request comes from ${headName}, a fork of ${baseName}` };
    const headId = positiveInt(head?.id);
    const baseId = positiveInt(base?.id);
    if (headId !== undefined && baseId !== undefined && headId !== baseId)
        return {
            fork: true,
            reason: `the pull request’s head repository id ${headId} is not its base’s ${baseId}`,
        };
    return { fork: false };
}
/** The first verdict that says fork, else not a fork. */
function anyFork(...verdicts) {
    return verdicts.find((v) => v.fork) ?? { fork: false };
}
/** Roles that may push. The legacy `permission` says `write` for maintain and `read` for triage. */
const WRITER_ROLES = new Set(['admin', 'maintain', 'write']);
/** Whether a collaborator permission answer means write access (read, triage and none do not). */
function isWriterPermission(answer) {
    const role = answer.role_name ?? undefined;
    // role_name is the finer one; when it is given it decides (a custom role falls back to permission).
    if (role !== undefined &&
        (WRITER_ROLES.has(role) || role === 'read' || role === 'triage' || role === 'none'))
        return WRITER_ROLES.has(role);
    return WRITER_ROLES.has(answer.permission ?? '');
}
/** Whether `login` may push to `repo`, from the collaborator permission API (404: no, it is nobody's). */
async function canPush(github, repo, login) {
    if (login === '')
        return false;
    try {
        const { data } = await github.rest.repos.getCollaboratorPermissionLevel({
            owner: repo.owner,
            repo: repo.repo,
            username: login,
        });
        return isWriterPermission(data);
    }
    catch (error) {
        if ((0,github_errors/* isRequestError */.eK)(error) && error.status === 404)
            return false;
        throw error;
    }
}
/**
 * Whether a fix may be made from this run, from facts read now through the API (never from an
 * artifact or an issue a run wrote): its commit is this repository's, and when it ran for a pull
 * request, everyone who started it can push.
 */
async function fixTrustForRun(github, repo, runId) {
    let run;
    let repositoryId;
    try {
        const [runResponse, repository] = await Promise.all([
            github.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: runId }),
            github.rest.repos.get({ owner: repo.owner, repo: repo.repo }),
        ]);
        run = runResponse.data;
        repositoryId = repository.data.id;
    }
    catch (error) {
        // A deleted (or expired) run cannot be checked: treated as a fork's, with its own reason.
        if (isRequestError(error) && (error.status === 404 || error.status === 410))
            return {
                trusted: false,
                why: 'fork',
                reason: `run ${runId} is not found in ${fullName(repo)} (deleted or expired), so whose code it ran cannot be checked`,
            };
        throw error;
    }
    const origin = runOrigin(run);
    const verdict = runForkVerdict(origin, { ...repo, id: repositoryId });
    if (verdict.fork)
        return { trusted: false, why: 'fork', reason: `run ${runId}: ${verdict.reason}` };
    return fixTrustForOrigin(github, repo, origin, `run ${runId}`);
}
/**
 * Events only someone who can push (or GitHub itself, for a writer's schedule or queue) can start.
 * Any other event (issue_comment, issues, workflow_run chained from a fork's run, discussions, wiki
 * edits, pull requests, one GitHub adds later) can be started by anyone, often to run a pull
 * request's code on the default branch, so its actors are checked.
 */
const WRITER_ONLY_EVENTS = new Set([
    'push',
    'schedule',
    'workflow_dispatch',
    'repository_dispatch',
    'merge_group',
    'release',
    'create',
    'delete',
    'deployment',
    'deployment_status',
    'registry_package',
    'page_build',
    'dynamic',
]);
/**
 * Whether a green run of this event says its head branch is healthy again. A run for
 * pull_request_target, issue_comment, workflow_run and the like is reported on the default
 * branch, yet anyone may start one, and it often tests a pull request's code: it must neither
 * close the branch's issue, nor make its failure moot, nor serve as the log a failure is compared with.
 */
function greenSpeaksForBranch(event) {
    if (event === undefined)
        return false;
    return WRITER_ONLY_EVENTS.has(event) || (PULL_REQUEST_EVENTS.has(event) && event !== 'pull_request_target');
}
/** The non-writer half of fixTrustForRun, for a run already known to be this repository's. */
async function fixTrustForOrigin(github, repo, origin, what) {
    if (origin.event !== undefined && WRITER_ONLY_EVENTS.has(origin.event))
        return { trusted: true };
    const ranFor = origin.event === undefined ? 'ran for an unnamed event' : `ran for ${origin.event}`;
    if (origin.actors.length === 0)
        return {
            trusted: false,
            why: 'non-writer',
            reason: `${what} ${ranFor} and names no actor, so whether they can push is unknown`,
        };
    for (const login of origin.actors)
        if (!(await canPush(github, repo, login)))
            return {
                trusted: false,
                why: 'non-writer',
                reason: `${what} ${ranFor}, started by ${login}, who cannot push to ${fullName(repo)}`,
            };
    return { trusted: true };
}

// EXTERNAL MODULE: ./packages/core/lib/identity.js
var identity = __webpack_require__(7642);
// EXTERNAL MODULE: ./packages/core/lib/filing/issue-body.js
var issue_body = __webpack_require__(3578);
// EXTERNAL MODULE: ./packages/core/lib/analyzer/analyze.js + 63 modules
var analyze = __webpack_require__(9810);
// EXTERNAL MODULE: ./packages/core/lib/filing/claims.js
var claims = __webpack_require__(6289);
// EXTERNAL MODULE: ./packages/core/lib/markers.js
var lib_markers = __webpack_require__(1757);
;// CONCATENATED MODULE: ./packages/core/lib/trusted-comments.js

/**
 * The first comment on an issue or pull request, written by a trusted marker author, from which
 * `pick` takes something (one of our markers, say). Pages are read only until it is found.
 */
async function findTrustedComment(github, repo, issueNumber, trusted, pick) {
    for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
    })) {
        for (const comment of page.data) {
            if (!(0,lib_markers/* isTrustedMarkerSource */.Br)(comment.user?.login, trusted))
                continue;
            const body = comment.body ?? '';
            const found = pick(body);
            if (found !== undefined)
                return { id: comment.id, body, url: comment.html_url, found };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/pr-comment.js
/**
 * One autoheal comment per pull request, edited in place: where failures of a PR's runs go when
 * they are not filed as issues (`issues.scope: default-branch`, or a fork's run with
 * `forks: comment`; fork-comment.ts only finds the fork's pull request and calls in here). The comment is
 * found again by its hidden marker, counted only in a comment by a trusted login, and holds one
 * section per key (a workflow, say), each with its own marker, so two workflows failing on one PR
 * share the comment without overwriting each other. A section records the `created_at` of the run
 * that wrote it, and an older run never overwrites a newer one's section (events arrive in any
 * order). Every section's text passes the sanitizer; markers are added after that pass.
 */






const PR_COMMENT_KIND = 'pr-comment';
const PR_SECTION_KIND = 'pr-section';
/** Most sections kept in one comment (the oldest are dropped first), so the comment stays readable. */
const MAX_SECTIONS = 10;
/** GitHub refuses comment bodies over 65,536 characters; a section is capped well below. */
const MAX_SECTION_CHARS = 6000;
/** The marker's form of a section key: a fork's workflow path is its author's text, so it never goes into a marker raw. */
function sectionKey(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}
/** The sections of a comment we wrote: each starts at its marker line and runs to the next. */
function parseSections(body) {
    const lines = body.split(/\r?\n/);
    const markers = (0,lib_markers/* parseMarkers */.FT)(body).filter((m) => m.fields.kind === PR_SECTION_KIND);
    return markers.map((m, i) => {
        const end = i + 1 < markers.length ? markers[i + 1].line - 1 : lines.length;
        return {
            key: m.fields.key ?? '',
            at: m.fields.at ?? '',
            text: lines.slice(m.line, end).join('\n').trim(),
            ...(m.fields.tag === undefined ? {} : { tag: m.fields.tag }),
        };
    });
}
/** The comment's note for a same-repository pull request. */
const PR_NOTE = "<sub>autoheal: this pull request's failed runs, one section per workflow, edited in place on later runs.</sub>";
/** The note on a fork's pull request: why there is a comment and nothing more. */
const FORK_NOTE = '### autoheal: why the checks failed\n\nThis pull request comes from a fork, so autoheal only explains failures here: it opens no issue and proposes no fix for it. This comment is updated when the checks run again.';
function renderComment(pull, sections, note) {
    // The note goes first: everything after a section's marker belongs to that section.
    const parts = [(0,lib_markers/* renderMarker */.Bd)({ kind: PR_COMMENT_KIND, pr: String(pull) }), note, ''];
    for (const s of sections)
        parts.push((0,lib_markers/* renderMarker */.Bd)({
            kind: PR_SECTION_KIND,
            key: s.key,
            at: s.at,
            ...(s.tag === undefined ? {} : { tag: s.tag }),
        }), s.text, '');
    return parts.join('\n').trimEnd();
}
/** Our comment on the pull request, when there is one: the first trusted comment with our marker. */
async function findOurs(d, pull) {
    return findTrustedComment(d.github, { owner: d.owner, repo: d.repo }, pull, d.trusted, (body) => (0,lib_markers/* parseMarkers */.FT)(body).some((m) => m.fields.kind === PR_COMMENT_KIND) ? true : undefined);
}
/**
 * Creates or edits autoheal's comment on `pull` so that its section for `section.key` says
 * `section.markdown`. Unchanged text writes nothing; a section written by a newer run is left
 * alone (`stale`). With `onlyIfPresent` (a green run), only an existing section is corrected: no
 * comment or section is added for a workflow that never failed here. A create whose answer is lost
 * (5xx after it took effect) is not posted twice: the core client's exactly-once POST finds it.
 */
async function upsertPrComment(d, pull, section, options = {}) {
    const where = `pull request ${pull}`;
    const existing = await findOurs(d, pull);
    const key = sectionKey(section.key);
    const sections = existing ? parseSections(existing.body) : [];
    const known = sections.find((s) => s.key === key);
    if (!known && options.onlyIfPresent)
        return { action: 'unchanged', said: `No autoheal section for this on ${where}; nothing to update.` };
    const text = d.sanitizer.body(section.markdown, { maxLength: MAX_SECTION_CHARS });
    if (known && Date.parse(known.at) > Date.parse(section.at))
        return {
            action: 'stale',
            ...(existing ? { commentId: existing.id, url: existing.url } : {}),
            said: `The autoheal comment on ${where} already describes a newer run; left as it is.`,
        };
    // The same state told again (a second green run of one commit): the first run's words stay.
    const sameTag = options.keepSameTag && section.tag !== undefined && known?.tag === section.tag;
    if (known && (sameTag || known.text === text.trim()))
        return {
            action: 'unchanged',
            ...(existing ? { commentId: existing.id, url: existing.url } : {}),
            said: `The autoheal comment on ${where} already says this.`,
        };
    const mine = {
        key,
        at: section.at,
        text: text.trim(),
        ...(section.tag === undefined ? {} : { tag: section.tag }),
    };
    const next = known
        ? sections.map((s) => (s === known ? mine : s))
        : [...sections, mine].slice(-MAX_SECTIONS);
    const body = renderComment(pull, next, options.note ?? PR_NOTE);
    const verb = existing ? 'update' : 'post';
    if (d.dryRun)
        return { action: 'dry-run', said: `Would ${verb} the autoheal comment on ${where}.` };
    // A first post with a claim writes twice: the claim ref and the comment.
    if (!d.budget.canAfford(!existing && options.sha !== undefined ? 2 : 1)) {
        d.budget.skip(`${verb} the comment on pull request #${pull}`);
        return { action: 'skipped', said: `Not ${verb}ed: the operations budget is spent (${where}).` };
    }
    if (existing) {
        const { data } = await d.github.rest.issues.updateComment({
            owner: d.owner,
            repo: d.repo,
            comment_id: existing.id,
            body,
        });
        return {
            action: 'updated',
            commentId: data.id,
            url: data.html_url,
            said: `Updated the autoheal comment on ${(0,issue_body/* link */.nf)(where, data.html_url)}.`,
        };
    }
    // Runs of several workflows on one PR race to post its one comment: the claim picks one poster;
    // the others wait for its comment and add their section to it.
    if (options.sha !== undefined && !(await mayPost(d, pull, options.sha)))
        return upsertPrComment(d, pull, section, { ...options, sha: undefined });
    const { data } = await d.github.rest.issues.createComment({
        owner: d.owner,
        repo: d.repo,
        issue_number: pull,
        body,
    });
    return {
        action: 'created',
        commentId: data.id,
        url: data.html_url,
        said: `Commented on ${(0,issue_body/* link */.nf)(where, data.html_url)}.`,
    };
}
/** How long a loser of the comment claim waits for the winner's comment: 1+2+4+8+15 s. */
const CLAIM_WAITS_S = [1, 2, 4, 8, 15];
/** The claim's name for a pull request's comment: hex, as claims.ts wants, apart from fingerprints (16). */
function commentClaim(pull) {
    return (0,external_node_crypto_.createHash)('sha256').update(`pr-comment:${pull}`, 'utf8').digest('hex').slice(0, 32);
}
/**
 * Whether this run should post the comment: it took the claim (or claims are unavailable), or it
 * lost it and no comment came while it waited (a claimant that died: the claim is taken over).
 * False once the winner's comment is there, to be edited instead. The claim stays after posting
 * (the comment, found by its marker, is what later runs go by); it only decides the first post.
 */
async function mayPost(d, pull, sha) {
    const claim = commentClaim(pull);
    for (let round = 0; round < 2; round++) {
        if ((await (0,claims/* takeClaim */.GT)(d, claim, sha)) !== 'lost')
            return true;
        for (const seconds of CLAIM_WAITS_S) {
            await (d.pause ? d.pause(seconds) : d.clock?.sleep(seconds * 1000));
            if (await findOurs(d, pull))
                return false;
        }
        if (round === 0) {
            d.log.info(`The claim on the comment of pull request ${pull} has no comment after waiting; taking it over.`);
            await (0,claims/* releaseClaim */.qj)(d, claim);
        }
    }
    return true;
}
/**
 * The section for a failed run of a PR's branch: what failed, the key lines, a next step. A fork's
 * run gets no next step (`advice: false`): its log is the fork author's text, and advice built from
 * it ("declare evil_pkg") must not read as ours.
 */
function failureSection(s, run, verdict, options = {}) {
    const links = new issue_body/* RunLinks */.HS(run);
    const job = verdict.primary.job;
    const finding = verdict.primary.analysis.findings[0];
    const out = [
        `**${s.inline(run.workflowName, 200)} failed** in ${(0,issue_body/* link */.nf)(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}` +
            ` · job ${(0,issue_body/* link */.nf)(s.inline(job.name, 200), job.htmlUrl)}: ${(0,analyze/* categoryLabel */.Jm)(verdict.category)}` +
            ` (confidence ${verdict.confidence.toFixed(2)})`,
        '',
    ];
    if (finding)
        out.push((0,issue_body/* keyLinesBlock */.Ir)(s, { ...finding, excerpt: finding.excerpt.slice(0, 15) }), '');
    if (options.advice ?? true)
        out.push((0,issue_body/* nextStep */.sk)(s, verdict.category, finding?.facts));
    return out.join('\n').trimEnd();
}
/** The section once the workflow is green again on the PR's branch. */
function greenSection(s, run) {
    const links = new issue_body/* RunLinks */.HS(run);
    return `**${s.inline(run.workflowName, 200)} is green again.** Passed in ${(0,issue_body/* link */.nf)(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))}.`;
}
/**
 * `all`, the default branch, or a run without a branch (a tag): an issue. Another branch with
 * `default-branch`: a comment on its pull requests when it has any (`pull_requests` of the run,
 * which GitHub fills for pull requests in the same repository), else the job summary alone.
 */
function destinationOf(scope, run) {
    if (scope === 'all' || run.headBranch === null || run.headBranch === run.defaultBranch)
        return 'issue';
    return (run.pullRequests?.length ?? 0) > 0 ? 'pr-comment' : 'summary';
}
/** Most pull requests of one branch commented on by one run. */
const MAX_PULLS = 3;
/**
 * The outcome of a run whose destination is not an issue: its section on each of the branch's
 * pull requests (`green`: only corrected where a comment exists), or a note that only the summary
 * tells.
 */
async function reportOnPulls(d, run, destination, section) {
    const branch = d.sanitizer.inline(run.headBranch ?? '', 100);
    if (destination === 'summary')
        return {
            result: 'skipped',
            done: [
                section.green
                    ? `Green on ${branch}; no pull request and no issue to update (issues.scope is default-branch).`
                    : `Not filed: ${branch} is not the default branch and has no pull request, and issues.scope is default-branch, so this summary is the only report.`,
            ],
        };
    const at = run.createdAt ?? new Date(0).toISOString();
    const done = [];
    let wrote = false;
    let dry = false;
    for (const pull of (run.pullRequests ?? []).slice(0, MAX_PULLS)) {
        const got = await upsertPrComment(d, pull, { key: run.workflowPath, markdown: section.markdown, at }, { onlyIfPresent: section.green, sha: run.headSha });
        done.push(got.said);
        if (got.action === 'created' || got.action === 'updated')
            wrote = true;
        if (got.action === 'dry-run')
            dry = true;
    }
    return { result: wrote ? 'commented' : dry ? 'dry-run' : 'skipped', done };
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/fork-comment.js
/**
 * What a fork's failing run gets by default: its section in autoheal's one comment on the fork's
 * pull request (pr-comment.ts writes it, exactly as for a same-repository pull request). Nothing
 * else is written for it: the log is the fork author's text, so it must not open issues, spend
 * caps, ping webhooks or reach a fixer.
 *
 * What is specific to forks is finding the pull request: a fork's run lists none, so it is looked
 * up through the API by the fork's owner and branch, and kept only when its head is exactly the
 * run's commit from the run's head repository.
 */


/** The open pull request whose head is this run's commit in its fork, or undefined. */
async function findForkPull(github, run) {
    const headRepo = run.headRepository;
    if (headRepo === undefined || run.headBranch === null || run.headSha === '')
        return undefined;
    const forkOwner = headRepo.split('/')[0] ?? '';
    const pulls = await github.paginate(github.rest.pulls.list, {
        owner: run.owner,
        repo: run.repo,
        state: 'open',
        head: `${forkOwner}:${run.headBranch}`,
        per_page: 100,
    });
    const match = pulls
        .filter((p) => p.head.sha === run.headSha && (p.head.repo?.full_name ?? '').toLowerCase() === headRepo.toLowerCase())
        .sort((a, b) => a.number - b.number)[0];
    return match ? { number: match.number, url: match.html_url } : undefined;
}
/** The run's section (keyed by its workflow) in the comment on the fork's pull request. */
async function upsertForkSection(d, run, markdown, green) {
    const pull = await findForkPull(d.github, run);
    if (!pull)
        return {
            result: 'skipped',
            done: green
                ? []
                : ['Found no open pull request whose head is this run’s commit in its fork, so nothing was written.'],
        };
    const got = await upsertPrComment(d, pull.number, { key: run.workflowPath, markdown, at: run.createdAt ?? new Date(0).toISOString() }, { onlyIfPresent: green, note: FORK_NOTE });
    const prLink = (0,issue_body/* link */.nf)(`pull request ${pull.number}`, pull.url);
    switch (got.action) {
        case 'created':
        case 'updated':
            return {
                result: 'commented',
                pull,
                done: [
                    green
                        ? `Updated the comment on ${prLink}: the workflow passes now.`
                        : `${got.action === 'created' ? 'Commented on' : 'Updated the comment on'} ${prLink}: the analysis, and nothing else.`,
                ],
            };
        case 'dry-run':
            return { result: 'dry-run', pull, done: [got.said] };
        default:
            // A green run with nothing to correct says nothing; a failure says why it wrote nothing.
            return { result: 'skipped', pull, done: green && got.action !== 'skipped' ? [] : [got.said] };
    }
}
/** Writes (or, unchanged, leaves) the fork's section of the one comment on its pull request. */
function commentOnForkPull(d, run, verdict) {
    return upsertForkSection(d, run, failureSection(d.sanitizer, run, verdict, { advice: false }), false);
}
/**
 * A fork's green run: if our comment on its pull request has a section for this workflow, it
 * says the workflow passes now. Only our own comment is edited; nothing is written when there is none.
 */
function markForkPullGreen(d, run) {
    return upsertForkSection(d, run, greenSection(d.sanitizer, run), true);
}

// EXTERNAL MODULE: ./packages/core/lib/analyzer/annotations.js
var annotations = __webpack_require__(1615);
;// CONCATENATED MODULE: ./actions/analyze-failure/lib/annotations.js
// Moved to core so generate-fix reads a run's annotations exactly as analyze-failure does.


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/.pnpm/yauzl@3.4.0/node_modules/yauzl/index.js
var yauzl = __webpack_require__(7198);
;// CONCATENATED MODULE: ./actions/analyze-failure/lib/zip-read.js





class ZipFormatError extends Error {
    name = 'ZipFormatError';
}
const UTF8_NAMES = 0x0800;
/** A run has at most a few hundred jobs of a few dozen steps; an archive with more is not a log archive. */
const MAX_ENTRIES = 0xffff;
const OPTIONS = {
    lazyEntries: true,
    autoClose: false,
    // Names stay bytes: yauzl's name checks would reject the whole archive for one odd job name, and
    // we never use a name as a path, so we decode it ourselves and only compare it.
    decodeStrings: false,
    validateEntrySizes: true,
};
function formatError(error) {
    if (error instanceof ZipFormatError)
        return error;
    return new ZipFormatError(`not a readable zip archive: ${error.message}`);
}
async function openArchive(file) {
    try {
        return await yauzl.openPromise(file, OPTIONS);
    }
    catch (error) {
        throw formatError(error);
    }
}
function info(entry) {
    return {
        // Without the UTF-8 flag names are CP437; GitHub sets the flag, and ASCII reads the same either way.
        name: entry.fileNameRaw.toString(entry.generalPurposeBitFlag & UTF8_NAMES ? 'utf8' : 'latin1'),
        method: entry.compressionMethod,
        crc: entry.crc32,
        compressedSize: entry.compressedSize,
        size: entry.uncompressedSize,
        localHeaderOffset: entry.relativeOffsetOfLocalHeader,
        record: entry,
    };
}
/** The archive's entries, in central-directory order. */
async function listZipEntries(file) {
    const zip = await openArchive(file);
    try {
        if (zip.entryCount > MAX_ENTRIES)
            throw new ZipFormatError(`${zip.entryCount} entries is more than a log archive holds`);
        return await new Promise((resolve, reject) => {
            const entries = [];
            zip.on('entry', (entry) => {
                if (entry.isEncrypted()) {
                    reject(new ZipFormatError(`entry "${info(entry).name}" is encrypted`));
                    return;
                }
                entries.push(info(entry));
                zip.readEntry();
            });
            zip.on('end', () => resolve(entries));
            zip.on('error', (error) => reject(formatError(error)));
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
}
/** Checks the inflated bytes against the entry's size and CRC, and stops a bomb at its declared size. */
class EntryCheck extends external_node_stream_.Transform {
    entry;
    seen = 0;
    crc = 0;
    constructor(entry) {
        super();
        this.entry = entry;
    }
    _transform(chunk, _encoding, done) {
        this.seen += chunk.length;
        if (this.seen > this.entry.size) {
            done(new ZipFormatError(`entry "${this.entry.name}" is larger than its declared ${this.entry.size} bytes`));
            return;
        }
        // yauzl checks sizes but not CRCs: a corrupted stored entry would otherwise pass.
        this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
        done(null, chunk);
    }
    _flush(done) {
        if (this.seen !== this.entry.size)
            done(new ZipFormatError(`entry "${this.entry.name}" has ${this.seen} bytes, not ${this.entry.size}`));
        else if (this.crc >>> 0 !== this.entry.crc)
            done(new ZipFormatError(`entry "${this.entry.name}" fails its CRC check`));
        else
            done();
    }
}
/** Write one entry's content to `dest` (appending when `append`), streamed and checked. */
async function extractZipEntry(file, entry, dest, options = {}) {
    if (entry.method !== 0 && entry.method !== 8)
        throw new ZipFormatError(`entry "${entry.name}" uses compression method ${entry.method}`);
    // Opening reads only the end record; the entry's own record locates its data.
    const zip = await openArchive(file);
    try {
        let data;
        try {
            data = await zip.openReadStreamPromise(entry.record);
        }
        catch (error) {
            throw formatError(error);
        }
        const out = (0,external_node_fs_.createWriteStream)(dest, { flags: options.append ? 'a' : 'w' });
        try {
            await (0,external_node_stream_promises_.pipeline)(data, new EntryCheck(entry), out);
        }
        catch (error) {
            // A file system error (it names its syscall) is ours; anything else is the archive's bytes.
            throw error.syscall ? error : formatError(error);
        }
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/archive.js


/** A cut name is long; a short name that happens to prefix another job's name is not a match. */
const MIN_PREFIX_KEY = 20;
/** What survives every file-name rule GitHub applies: letters and digits, case kept. */
function archiveNameKey(name) {
    return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}
function candidates(entries) {
    const byFolder = new Map();
    const get = (folderName) => {
        let c = byFolder.get(folderName);
        if (!c) {
            c = { key: archiveNameKey(folderName), steps: [] };
            byFolder.set(folderName, c);
        }
        return c;
    };
    for (const entry of entries) {
        if (entry.name.endsWith('/'))
            continue;
        const slash = entry.name.indexOf('/');
        if (slash < 0) {
            const m = /^(\d+)_(.*)\.txt$/s.exec(entry.name);
            if (m)
                get(m[2]).file = entry;
            continue;
        }
        const folder = entry.name.slice(0, slash);
        const m = /^(\d+)_.*\.txt$/s.exec(entry.name.slice(slash + 1));
        if (m && !entry.name.slice(slash + 1).includes('/'))
            get(folder).steps.push({ number: Number(m[1]), entry });
    }
    // The top-level file and the folder of one job share a name; two jobs cut to one name share it too.
    return byFolder;
}
function matches(candidateKey, jobKey) {
    if (candidateKey === '' || jobKey === '')
        return undefined;
    if (candidateKey === jobKey)
        return 'exact';
    if (candidateKey.length >= MIN_PREFIX_KEY && jobKey.startsWith(candidateKey))
        return 'prefix';
    return undefined;
}
/**
 * Which archive name belongs to which job: a job takes the name that matches it exactly, else the
 * one long name that is a prefix of it; a name matched by two jobs, or a job matched by two names,
 * is left out.
 */
function matchArchiveJobs(entries, jobs) {
    const all = [...candidates(entries).values()].filter((c) => c.file || c.steps.length > 0);
    const chosen = new Map();
    for (const job of jobs) {
        const key = archiveNameKey(job.name);
        const exact = all.filter((c) => matches(c.key, key) === 'exact');
        const found = exact.length > 0 ? exact : all.filter((c) => matches(c.key, key) === 'prefix');
        if (found.length === 1)
            chosen.set(job.id, found[0]);
    }
    const claims = new Map();
    for (const c of chosen.values())
        claims.set(c, (claims.get(c) ?? 0) + 1);
    const out = new Map();
    for (const [id, c] of chosen) {
        if ((claims.get(c) ?? 0) !== 1)
            continue;
        const steps = [...c.steps].sort((a, b) => a.number - b.number).map((s) => s.entry);
        out.set(id, c.file ? { file: c.file, steps } : { steps });
    }
    return out;
}
/**
 * Extract the logs of `jobs` from the archive at `zipFile` into `fileFor(job)`: the whole-job file
 * when the archive has one, else the job's step files joined in step order. Returns the jobs found
 * (id → file written); jobs not found, or whose entry is damaged, are left for the caller.
 */
async function extractJobLogs(zipFile, jobs, fileFor) {
    const entries = await listZipEntries(zipFile);
    const matched = matchArchiveJobs(entries, jobs);
    const written = new Map();
    for (const job of jobs) {
        const found = matched.get(job.id);
        if (!found)
            continue;
        const dest = fileFor(job);
        try {
            if (found.file)
                await extractZipEntry(zipFile, found.file, dest);
            else {
                let first = true;
                for (const step of found.steps) {
                    // A step file may not end its last line; a line break keeps it apart from the next step's first.
                    if (!first)
                        await (0,promises_.appendFile)(dest, '\n');
                    await extractZipEntry(zipFile, step, dest, { append: !first });
                    first = false;
                }
            }
            written.set(job.id, dest);
        }
        catch {
            // A damaged entry costs this job its archive copy, not the run its logs: the caller fetches it alone.
            await (0,promises_.rm)(dest, { force: true });
        }
    }
    return written;
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/logs.js







/** Failures after which no other request can succeed either: stop rather than file half-knowledge. */
const FATAL = new Set(['auth', 'rate-limit', 'secondary-rate-limit', 'budget']);
/** The client's own fetch (it honours the runner's proxy settings), else the global one. */
function storageFetch(github) {
    const configured = github.request.endpoint.DEFAULTS.request?.fetch;
    return typeof configured === 'function' ? configured : (url, init) => fetch(url, init);
}
/** GET a storage URL (no token: it is signed) and stream the body into `file`. */
async function downloadBlob(fetchImpl, url, file) {
    let response;
    try {
        response = await fetchImpl(url, { redirect: 'follow' });
    }
    catch (error) {
        return { ok: false, reason: 'failed', detail: (0,github_errors/* describeGitHubError */.dZ)(error).message };
    }
    if (response.status === 200) {
        try {
            if (response.body) {
                const body = external_node_stream_.Readable.fromWeb(response.body);
                await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file));
            }
            else
                await (0,promises_.writeFile)(file, '');
            return { ok: true };
        }
        catch (error) {
            await (0,promises_.rm)(file, { force: true });
            return {
                ok: false,
                reason: 'failed',
                detail: `the download broke off (${(0,github_errors/* describeGitHubError */.dZ)(error).message})`,
            };
        }
    }
    const text = (await response.text().catch(() => '')).slice(0, 4000);
    const code = response.headers.get('x-ms-error-code') ?? '';
    // Azure storage refuses a signed URL past its expiry with 403 AuthenticationFailed.
    if (response.status === 403 && /AuthenticationFailed/i.test(`${code} ${text}`))
        return { ok: false, reason: 'expired-link', detail: 'the storage host refused the link as expired' };
    if (response.status === 404)
        return { ok: false, reason: 'not-found', detail: 'the storage host has no such file (404)' };
    if (response.status === 410)
        return { ok: false, reason: 'gone', detail: 'the storage host says it is gone (410)' };
    return { ok: false, reason: 'failed', detail: `the storage host answered ${response.status}` };
}
/** Ask the API for a log (a 302 to storage), follow it at once, and retry once with a fresh link. */
async function downloadViaRedirect(github, what, requestLink, file) {
    const fetchImpl = storageFetch(github);
    let expiredOnce = false;
    for (;;) {
        let response;
        try {
            response = await requestLink();
        }
        catch (error) {
            if (!(0,github_errors/* isRequestError */.eK)(error))
                throw error;
            const described = (0,github_errors/* describeGitHubError */.dZ)(error);
            if (FATAL.has(described.kind))
                throw error;
            if (error.status === 404)
                return {
                    status: 'unavailable',
                    problem: `The ${what} is unavailable (404): it was never written, or was deleted, or the token cannot read it.`,
                    notYet: true,
                };
            if (error.status === 410)
                return {
                    status: 'expired',
                    problem: `The ${what} has expired (410): GitHub no longer keeps it (log retention).`,
                    gone: true,
                    notYet: true,
                };
            return { status: 'unavailable', problem: `The ${what} could not be fetched: ${described.message}` };
        }
        const location = response.headers.location;
        if (!location)
            return {
                status: 'unavailable',
                problem: `The ${what} could not be fetched: GitHub answered ${response.status} without a download link.`,
            };
        const blob = await downloadBlob(fetchImpl, location, file);
        if (blob.ok)
            return { status: 'ok', file };
        if (blob.reason === 'expired-link' && !expiredOnce) {
            expiredOnce = true;
            continue;
        }
        switch (blob.reason) {
            case 'expired-link':
                return {
                    status: 'expired',
                    problem: `The ${what}'s download link expired before it could be read, twice (links last about a minute).`,
                };
            case 'gone':
                return { status: 'expired', problem: `The ${what} has expired: ${blob.detail}.`, notYet: true };
            case 'not-found':
                return {
                    status: 'unavailable',
                    problem: `The ${what} is unavailable: ${blob.detail}.`,
                    notYet: true,
                };
            default:
                return { status: 'unavailable', problem: `The ${what} could not be downloaded: ${blob.detail}.` };
        }
    }
}
/** One job's log: `GET /actions/jobs/{job_id}/logs`, followed and streamed into `file`. */
function downloadJobLog(github, repo, jobId, file) {
    return downloadViaRedirect(github, `log of job ${jobId}`, () => github.rest.actions.downloadJobLogsForWorkflowRun({
        ...repo,
        job_id: jobId,
        request: { redirect: 'manual' },
    }), file);
}
/** The run's log archive (a zip of every job's log): `GET /actions/runs/{run_id}/logs`. */
function downloadRunLogArchive(github, repo, runId, file) {
    return downloadViaRedirect(github, `log archive of run ${runId}`, () => github.rest.actions.downloadWorkflowRunLogs({
        ...repo,
        run_id: runId,
        request: { redirect: 'manual' },
    }), file);
}
/**
 * The logs of several jobs of one run. Two or more come from one download of the run's archive
 * (one API request instead of one per job); a job the archive does not hold, or any job when
 * the archive cannot be had, is fetched on its own. An archive gone for good (410) means every
 * job's log is gone, so nothing more is asked.
 */
async function fetchJobLogs(github, repo, runId, jobs, options) {
    const results = new Map();
    if (jobs.length >= 2 && options.archive) {
        const zip = external_node_path_.join(options.dir, `run-${runId}-logs.zip`);
        const archive = await downloadRunLogArchive(github, repo, runId, zip);
        if (archive.status === 'ok') {
            try {
                const written = await extractJobLogs(zip, jobs, (job) => job.file);
                for (const [id, file] of written)
                    results.set(id, { status: 'ok', file });
                const missing = jobs.length - written.size;
                if (missing > 0)
                    options.log.info(`${missing} job log(s) were not found in run ${runId}'s log archive; fetching them one by one.`);
            }
            catch (error) {
                options.log.info(`Run ${runId}'s log archive could not be read (${error instanceof Error ? error.message : String(error)}); fetching each job's log instead.`);
            }
            finally {
                await (0,promises_.rm)(zip, { force: true });
            }
        }
        else if (archive.gone) {
            for (const job of jobs)
                results.set(job.id, { status: 'expired', problem: archive.problem, notYet: archive.notYet === true });
        }
        else {
            options.log.info(`${archive.problem} Fetching each job's log instead.`);
        }
    }
    const rest = jobs.filter((job) => !results.has(job.id));
    const fetched = await Promise.all(rest.map((job) => downloadJobLog(github, repo, job.id, job.file)));
    for (const [i, job] of rest.entries())
        results.set(job.id, fetched[i]);
    return results;
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/baseline.js




/** One page: a job list longer than this is a matrix whose green twin is seldom worth a second request. */
const JOBS_PAGE = 100;
function recoverable(error) {
    if (!(0,github_errors/* isRequestError */.eK)(error))
        throw error;
    const described = (0,github_errors/* describeGitHubError */.dZ)(error);
    if (['auth', 'rate-limit', 'secondary-rate-limit', 'budget'].includes(described.kind))
        throw error;
    return described.message;
}
/** Successful runs looked at per branch: enough to step back past green runs newer than the failure. */
const RUNS_PAGE = 20;
/**
 * The workflow's last successful run on `run`'s branch created before `run` (else on the default
 * branch): a green run after the failure would compare the failure with its own fix. The newest
 * green run on the branch, when it is newer than the failure, is handed back too: filing checks
 * whether it already contains the failing commit (events arrive in any order).
 */
async function findBaselineRun(github, run, log) {
    const branches = [run.headBranch, run.defaultBranch].filter((b, i, all) => typeof b === 'string' && b !== '' && all.indexOf(b) === i);
    const failedAt = run.createdAt ? Date.parse(run.createdAt) : Number.POSITIVE_INFINITY;
    const out = {};
    for (const branch of branches) {
        try {
            const { data } = await github.rest.actions.listWorkflowRuns({
                owner: run.owner,
                repo: run.repo,
                workflow_id: run.workflowId,
                branch,
                status: 'success',
                per_page: RUNS_PAGE,
                exclude_pull_requests: true,
            });
            // Only this repository's own runs: a fork's branch may share the name (a fork's green `main`
            // must neither stand for our main's recovery nor serve as the log we compare with).
            const ours = `${run.owner}/${run.repo}`.toLowerCase();
            // Nor a run anyone may start on this branch (issue_comment, pull_request_target…): it may
            // have tested a pull request's code.
            const runs = data.workflow_runs.filter((r) => r.id !== run.id &&
                r.head_repository?.full_name?.toLowerCase() === ours &&
                greenSpeaksForBranch(r.event));
            const newest = runs[0];
            if (branch === run.headBranch && newest && Date.parse(newest.created_at) > failedAt)
                out.newerGreen = {
                    runId: newest.id,
                    htmlUrl: newest.html_url,
                    createdAt: newest.created_at,
                    headSha: newest.head_sha,
                };
            // Runs created in the same second are ordered by id, which GitHub hands out in order.
            const before = runs.find((r) => Date.parse(r.created_at) < failedAt || (Date.parse(r.created_at) === failedAt && r.id < run.id));
            if (before) {
                out.baseline = { runId: before.id, htmlUrl: before.html_url, branch };
                return out;
            }
        }
        catch (error) {
            log.info(`No baseline: listing successful runs on "${branch}" failed (${recoverable(error)}).`);
            return out;
        }
    }
    log.info(`No baseline: "${run.workflowName}" has no successful run before this one on ${branches.map((b) => `"${b}"`).join(' or ')}.`);
    return out;
}
/**
 * Fetch the baseline's logs for the failed jobs that have a same-named successful job in it, and
 * record them on those jobs (`baselineLogFile`). Jobs without a log of their own are skipped:
 * a baseline only sharpens the reading of a log.
 */
async function attachBaselineLogs(github, run, baseline, jobs, options) {
    const wanted = jobs.filter((j) => j.logStatus === 'ok');
    if (wanted.length === 0)
        return;
    let green;
    try {
        const { data } = await github.rest.actions.listJobsForWorkflowRun({
            owner: run.owner,
            repo: run.repo,
            run_id: baseline.runId,
            per_page: JOBS_PAGE,
        });
        green = data.jobs;
    }
    catch (error) {
        options.log.info(`No baseline logs: listing the jobs of run ${baseline.runId} failed (${recoverable(error)}).`);
        return;
    }
    const pairs = [];
    for (const job of wanted) {
        const twin = green.find((g) => g.name === job.name && g.conclusion === 'success');
        if (twin)
            pairs.push({ failed: job, greenId: twin.id });
    }
    if (pairs.length === 0) {
        options.log.info(`No baseline logs: run ${baseline.runId} has no successful job named like the failed ones.`);
        return;
    }
    const results = await fetchJobLogs(github, { owner: run.owner, repo: run.repo }, baseline.runId, pairs.map((p) => ({
        id: p.greenId,
        name: p.failed.name,
        file: external_node_path_.join(options.dir, `baseline-job-${p.greenId}.log`),
    })), 
    // The list of successful runs filters on each run's latest attempt, so the archive is the right one.
    { archive: true, dir: options.dir, log: options.log });
    for (const p of pairs) {
        const result = results.get(p.greenId);
        if (result?.status === 'ok')
            p.failed.baselineLogFile = result.file;
        else if (result)
            options.log.info(`No baseline log for "${p.failed.name}": ${result.problem}`);
    }
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/gather.js






const FAILED = new Set(['failure', 'timed_out']);
/**
 * The jobs that failed. A job that hits its `timeout-minutes` is recorded as cancelled, so
 * cancelled jobs count when the run timed out, or when nothing else failed (the timeout was the
 * failure); otherwise they are collateral (fail-fast, a cancelled dependency) and do not.
 */
function selectFailedJobs(jobs, runConclusion) {
    const failed = jobs.filter((j) => j.conclusion !== null && FAILED.has(j.conclusion));
    const cancelled = jobs.filter((j) => j.conclusion === 'cancelled');
    if (runConclusion === 'timed_out')
        return jobs.filter((j) => failed.includes(j) || cancelled.includes(j));
    return failed.length > 0 ? failed : cancelled;
}
function failedSteps(job) {
    return (job.steps ?? [])
        .filter((s) => s.conclusion === 'failure' || s.conclusion === 'timed_out' || s.conclusion === 'cancelled')
        .map((s) => ({ number: s.number, name: s.name, conclusion: s.conclusion }));
}
/** The attempt's jobs, every page (a big matrix has hundreds). */
async function listAttemptJobs(github, run) {
    return github.paginate(github.rest.actions.listJobsForWorkflowRunAttempt, {
        owner: run.owner,
        repo: run.repo,
        run_id: run.id,
        attempt_number: run.attempt,
        per_page: 100,
    });
}
function failedJob(job) {
    const out = {
        id: job.id,
        name: job.name,
        htmlUrl: job.html_url ?? '',
        conclusion: job.conclusion,
        startedAt: job.started_at,
        completedAt: job.completed_at,
        failedSteps: failedSteps(job),
        logStatus: 'not-fetched',
        annotations: [],
    };
    if (job.check_run_url)
        out.checkRunUrl = job.check_run_url;
    return out;
}
/**
 * Reads one job's annotations on demand (for `judgeRun`'s `loadAnnotations`). The first failure
 * to read them is one warning: the cause (usually a missing permission) is the same for every job.
 */
function annotationLoader(github, run, log) {
    let warned = false;
    return async (job) => {
        const got = await (0,annotations/* fetchJobAnnotations */.uA)(github, { owner: run.owner, repo: run.repo }, job.checkRunUrl);
        job.annotations = got.annotations;
        if (got.problem && !warned) {
            warned = true;
            log.warning(`Check-run annotations could not be read, so timeouts and runner failures may go unrecognised: ${got.problem}`);
        }
    };
}
/**
 * Waits before the 2nd and 3rd try of a log GitHub answered 404/410 for right after its job
 * ended: logs are written a little after the job completes, so 3 tries over 30 s, then degrade.
 */
const LOG_RETRY_WAITS_S = [10, 20];
/** A job that ended at most this long ago may not have its log written yet. */
const FRESH_LOG_MS = 10 * 60_000;
/** Whether a 404/410 for this job's log may mean "not yet" rather than "gone". */
function mayBeFresh(job, now) {
    const ended = job.completedAt === null ? Number.NaN : Date.parse(job.completedAt);
    return Number.isNaN(ended) || now - ended <= FRESH_LOG_MS;
}
/**
 * Asks again, with backoff, for the logs of jobs that ended moments ago and whose log GitHub did
 * not have (404/410): bounded by LOG_RETRY_WAITS_S, and only with a clock (`now`) to tell fresh
 * from old. `logs` is updated in place.
 */
async function retryFreshLogs(github, run, jobs, requests, logs, options, logOptions) {
    if (!options.now)
        return;
    for (const seconds of LOG_RETRY_WAITS_S) {
        const now = options.now();
        const pending = requests.filter((r) => {
            const result = logs.get(r.id);
            const job = jobs.find((j) => j.id === r.id);
            return result?.status !== 'ok' && result?.notYet === true && job !== undefined && mayBeFresh(job, now);
        });
        if (pending.length === 0)
            return;
        options.log.info(`The log of ${pending.length} job(s) is not there yet (the jobs ended moments ago); asking again in ${seconds} s.`);
        await options.pause?.(seconds);
        const again = await fetchJobLogs(github, { owner: run.owner, repo: run.repo }, run.id, pending, logOptions);
        for (const [id, result] of again)
            logs.set(id, result);
    }
}
async function gatherRun(github, run, options) {
    const { log } = options;
    if (!Number.isInteger(options.maxJobs) || options.maxJobs < 1)
        throw new errors/* ConfigurationError */.j1(`max-jobs: ${options.maxJobs} is not allowed; use a whole number of at least 1`);
    const repo = { owner: run.owner, repo: run.repo };
    const all = await listAttemptJobs(github, run);
    const failed = selectFailedJobs(all, run.conclusion);
    const chosen = failed.slice(0, options.maxJobs);
    const skippedJobs = failed.slice(options.maxJobs).map((j) => ({ id: j.id, name: j.name }));
    if (skippedJobs.length > 0)
        log.info(`${failed.length} jobs failed; analyzing the first ${chosen.length} (max-jobs), naming the rest.`);
    const gathered = { run, jobs: chosen.map(failedJob), skippedJobs };
    if (chosen.length === 0) {
        log.info(`Run ${run.id} attempt ${run.attempt} has ${all.length} job(s) and none failed.`);
        return gathered;
    }
    const dir = external_node_path_.join(options.tempDir, 'autoheal-logs', `run-${run.id}-attempt-${run.attempt}`);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const annotationProblems = [];
    const annotationsDone = Promise.all((options.annotations === 'deferred' ? [] : gathered.jobs).map(async (job) => {
        const got = await (0,annotations/* fetchJobAnnotations */.uA)(github, repo, job.checkRunUrl);
        job.annotations = got.annotations;
        if (got.problem)
            annotationProblems.push(got.problem);
    }));
    const requests = gathered.jobs.map((j) => ({
        id: j.id,
        name: j.name,
        file: external_node_path_.join(dir, `job-${j.id}.log`),
    }));
    // The archive holds the run's latest attempt only.
    const logOptions = {
        archive: run.latestAttempt === undefined || run.latestAttempt === run.attempt,
        dir,
        log,
    };
    const logsDone = fetchJobLogs(github, repo, run.id, requests, logOptions);
    const [, logs] = await Promise.all([annotationsDone, logsDone]);
    await retryFreshLogs(github, run, gathered.jobs, requests, logs, options, logOptions);
    // One warning: the cause (usually a missing permission) is the same for every job.
    if (annotationProblems.length > 0)
        log.warning(`Check-run annotations could not be read for ${annotationProblems.length} job(s), so timeouts and runner ` +
            `failures may go unrecognised: ${annotationProblems[0]}`);
    for (const job of gathered.jobs) {
        const result = logs.get(job.id);
        if (!result)
            continue;
        job.logStatus = result.status;
        if (result.status === 'ok')
            job.logFile = result.file;
        else {
            job.logProblem = result.problem;
            log.warning(`Job "${job.name}": ${result.problem} Going on with what is known without it.`);
        }
    }
    // Looked up even without a log: a newer green run may already have fixed this failure.
    const { baseline, newerGreen } = await findBaselineRun(github, run, log);
    if (newerGreen)
        gathered.newerGreen = newerGreen;
    if (baseline && gathered.jobs.some((j) => j.logStatus === 'ok')) {
        gathered.baseline = baseline;
        await attachBaselineLogs(github, run, baseline, gathered.jobs, { dir, log });
    }
    return gathered;
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/inputs.js
/**
 * The action's inputs (`INPUT_*`) as one typed object.
 * Every bad input is reported at once, naming the input and what it accepts.
 */




const FORK_MODES = ['comment', 'none', 'issue'];
function repositoryProblem(value) {
    if ((0,runner_context/* parseRepository */.SU)(value) === undefined)
        return 'must be a repository written as owner/name, such as octo-org/widgets';
    return undefined;
}
function isLoopback(host) {
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
/**
 * What is wrong with a webhook URL, or undefined. https only: the URL is a credential and the
 * message names an issue. Plain http is accepted for the loopback interface alone, where nothing
 * crosses a network (a local relay, and tests).
 */
function webhookUrlProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'must be a URL such as https://hooks.slack.com/services/…';
    }
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && isLoopback(url.hostname))
        return undefined;
    return 'must be an https:// URL (http:// only for 127.0.0.1 or localhost)';
}
const SPECS = {
    token: tokenInput(),
    markerKey: markerKeyInput(),
    runId: inputs_int({ min: 1 }),
    runAttempt: inputs_int({ min: 1 }),
    repository: str({ check: repositoryProblem, accepts: 'owner/name' }),
    configFile: configFileInput(),
    dryRun: bool({ default: false }),
    maxJobs: inputs_int({ min: 1, max: 20, default: 5 }),
    maxIssuesPerHour: inputs_int({ min: 0, max: 100 }),
    reopenDays: inputs_int({ min: 0, max: 365 }),
    closeOnSuccess: bool(),
    labels: labelsInput(),
    maxReruns: inputs_int({ min: 0, max: 5 }),
    operationsBudget: inputs_int({ min: 1, max: 200, default: 30 }),
    slackWebhookUrl: str({ secret: true, check: webhookUrlProblem }),
    trustedAuthors: trustedAuthorsInput(),
    forks: oneOf(FORK_MODES, { default: 'comment' }),
    fixAuthors: trustedAuthorsInput(),
};
/** Reads every input of action.yml from `INPUT_*`; all bad values are reported together. */
function parseInputs(env) {
    const values = readInputs(env, SPECS);
    const errors = [];
    if (values.runId === undefined) {
        // Without run-id the triggering event names the run, so these would be silently ignored.
        if (values.runAttempt !== undefined)
            errors.push(new ConfigurationError('Input "run-attempt" needs "run-id": give the run to analyze too.'));
        if (values.repository !== undefined)
            errors.push(new ConfigurationError('Input "repository" needs "run-id": give the run to analyze too.'));
    }
    if (errors.length > 0)
        throw new ConfigurationErrors(errors);
    const inputs = {
        token: values.token,
        configFile: values.configFile,
        dryRun: values.dryRun,
        maxJobs: values.maxJobs,
        labels: values.labels ?? [],
        operationsBudget: values.operationsBudget,
        trustedAuthors: values.trustedAuthors ?? [],
        forks: values.forks,
    };
    if (values.runId !== undefined)
        inputs.runId = values.runId;
    if (values.runAttempt !== undefined)
        inputs.runAttempt = values.runAttempt;
    const repository = parseRepository(values.repository);
    if (repository !== undefined)
        inputs.repository = repository;
    if (values.maxIssuesPerHour !== undefined)
        inputs.maxIssuesPerHour = values.maxIssuesPerHour;
    if (values.reopenDays !== undefined)
        inputs.reopenDays = values.reopenDays;
    if (values.closeOnSuccess !== undefined)
        inputs.closeOnSuccess = values.closeOnSuccess;
    if (values.maxReruns !== undefined)
        inputs.maxReruns = values.maxReruns;
    if (values.slackWebhookUrl !== undefined)
        inputs.slackWebhookUrl = values.slackWebhookUrl;
    if (values.markerKey !== undefined)
        inputs.markerKey = values.markerKey;
    if (values.fixAuthors !== undefined && values.fixAuthors.length > 0)
        inputs.fixAuthors = values.fixAuthors;
    return inputs;
}
/** The inputs that override `.github/autoheal.yml` (labels are added, not overridden: see run.ts). */
function configOverrides(inputs) {
    return {
        issues: {
            maxPerHour: inputs.maxIssuesPerHour,
            reopenDays: inputs.reopenDays,
            closeOnSuccess: inputs.closeOnSuccess,
        },
        reruns: { max: inputs.maxReruns },
    };
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/notify.js
/**
 * A short message to a Slack-compatible incoming webhook when an issue is created or reopened.
 * The webhook URL is a credential: it is never logged, not even in an error, and main.ts masks it.
 * A failed notification is a warning: the issue was filed, which is what matters.
 */


/** The input wins; else the environment variable the config file names (`notify.slack-webhook-env`). */
function chooseWebhook(inputUrl, envName, env) {
    if (inputUrl)
        return { url: inputUrl, source: 'the slack-webhook-url input' };
    if (!envName)
        return {};
    // The repository's config names the variable: `constructor` is a name to look up, not Object's member.
    const value = (0,own_entry/* ownEntry */.P)(env, envName)?.trim();
    if (!value)
        return {
            problem: `notify.slack-webhook-env names ${envName}, but this step has no such environment variable; pass the secret to the step with env: ${envName}: \${{ secrets.… }}. No notification is sent.`,
        };
    const problem = webhookUrlProblem(value);
    if (problem)
        return {
            problem: `The environment variable ${envName} (notify.slack-webhook-env) ${problem}. No notification is sent.`,
        };
    return { url: value, source: `the ${envName} environment variable` };
}
/** Slack's mrkdwn needs only these three escaped; escaping `<` also stops `<!channel>` pings. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** One line: what happened, a link to the issue, and its title. */
function notificationText(s, event, issue, run) {
    const what = event === 'created' ? 'New CI failure' : 'CI failure is back';
    const where = `${s.title(run.workflowName, 100)}${run.headBranch ? ` on ${s.title(run.headBranch, 100)}` : ''}`;
    const url = /^https?:\/\/[^\s<>|]+$/.test(issue.url) ? issue.url : '';
    const linkText = `#${issue.number}`;
    const issueLink = url ? `<${url}|${linkText}>` : linkText;
    return slackEscape(`${what} in ${where}: `) + issueLink + slackEscape(` ${s.title(issue.title, 200)}`);
}
/** Posts `{"text": …}`; true when the webhook took it. Never throws, never names the URL. */
async function sendNotification(url, text, deps) {
    try {
        const response = await deps.fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
            signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
        });
        if (response.ok)
            return true;
        deps.log.warning(`The notification webhook answered HTTP ${response.status}; the issue is filed, only the notification is missing.`);
        return false;
    }
    catch (error) {
        // Only the error's name and code: messages of network errors can quote the URL.
        const code = error?.cause?.code ??
            error?.code;
        const name = error instanceof Error ? error.name : 'error';
        deps.log.warning(`Could not reach the notification webhook (${typeof code === 'string' ? code : name}); the issue is filed, only the notification is missing.`);
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/rerun.js
/**
 * Transient failures (a dropped connection, a runner that died) are re-run instead of filed: the
 * failed jobs of the run get another attempt through the API, at most `reruns.max` times. When a
 * re-run fails again, the attempt number is over the limit and the failure is filed.
 */
function decideRerun(verdict, run, reruns) {
    if (!reruns.enabled)
        return { rerun: false, reason: 'Re-runs are turned off (reruns.enabled: false).' };
    if (!reruns.categories.includes(verdict.category))
        return { rerun: false, reason: `A ${verdict.category} failure is not re-run (reruns.categories).` };
    if (verdict.confidence < reruns.minConfidence)
        return {
            rerun: false,
            reason: `Confidence ${verdict.confidence.toFixed(2)} is below reruns.min-confidence (${reruns.minConfidence}), so it is not re-run.`,
        };
    // Attempt 1 is the original run: attempt n has been re-run n - 1 times.
    if (run.attempt > reruns.max)
        return {
            rerun: false,
            reason: reruns.max === 0
                ? 'Re-runs are turned off (max-reruns: 0).'
                : `The failed jobs were already re-run ${run.attempt - 1} time${run.attempt === 2 ? '' : 's'} (the limit is ${reruns.max}) and failed again.`,
        };
    return {
        rerun: true,
        reason: `A ${verdict.category} failure at confidence ${verdict.confidence.toFixed(2)} is usually transient: re-running the failed jobs (re-run ${run.attempt} of at most ${reruns.max}).`,
    };
}
/** POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs (needs `actions: write`). */
async function rerunFailedJobs(github, run) {
    await github.rest.actions.reRunWorkflowFailedJobs({ owner: run.owner, repo: run.repo, run_id: run.id });
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/summary.js
/**
 * What a person reads after the step: the job summary (verdict, key lines, where, what autoheal
 * did and did not do, API calls and budget) and error annotations on the files the compiler or
 * linter named. Everything from the run is untrusted text and passes the sanitizer.
 */


const HEADLINES = {
    created: 'filed a new issue',
    updated: 'recorded the failure on its existing issue',
    reopened: 'reopened the issue of a failure that came back',
    closed: 'closed the issues of a workflow that is green again',
    commented: 'commented on the pull request instead of filing an issue (a fork’s: analysis only)',
    skipped: 'nothing filed',
    rerun: 're-ran the failed jobs',
    'dry-run': 'dry run, nothing written',
};
const MAX_OTHER_JOBS = 10;
function verdictLines(s, r, run, verdict) {
    const links = new issue_body/* RunLinks */.HS(run);
    const primary = verdict.primary;
    const job = primary.job;
    const finding = primary.analysis.findings[0];
    const stepName = finding?.step ?? primary.analysis.stats.failingStep;
    const stepNo = (0,issue_body/* failedStepNumber */.X8)(job, stepName);
    const out = [];
    out.push(`**Verdict:** ${(0,analyze/* categoryLabel */.Jm)(verdict.category)} (${verdict.category}), confidence ${verdict.confidence.toFixed(2)}`, '');
    const where = [
        `**Run:** ${(0,issue_body/* link */.nf)(`run ${run.id}, attempt ${run.attempt}`, links.run(run.id, run.attempt))} of ${s.inline(run.workflowName, 200)}`,
    ];
    if (run.headBranch)
        where.push(`on ${s.inline(run.headBranch, 200)}`);
    if (/^[0-9a-f]{7,64}$/i.test(run.headSha))
        where.push(`at ${(0,issue_body/* link */.nf)(run.headSha.slice(0, 7), links.commit(run.headSha))}`);
    out.push(where.join(' '), '');
    const jobPart = `**Job:** ${(0,issue_body/* link */.nf)(s.inline(job.name, 200), job.htmlUrl)}`;
    const stepPart = stepName !== undefined || stepNo !== undefined
        ? ` · **Step:** ${(0,issue_body/* link */.nf)(s.inline(stepName ?? `step ${stepNo}`, 200), (0,issue_body/* stepUrl */.OW)(job, stepNo))}`
        : '';
    out.push(jobPart + stepPart, '');
    if (finding) {
        const first = finding.lines[0];
        const last = finding.lines[finding.lines.length - 1];
        const span = first && last
            ? first.start === last.end
                ? ` (line ${first.start})`
                : ` (lines ${first.start}–${last.end})`
            : '';
        out.push(`### Key lines${span}`, '', (0,issue_body/* keyLinesBlock */.Ir)(s, finding), '');
    }
    if (job.logStatus !== 'ok' && job.logStatus !== 'not-fetched')
        out.push(`The job's log could not be read: ${s.inline(job.logProblem ?? `logs ${job.logStatus}`, 300)}`, '');
    const others = verdict.jobs.filter((j) => j.job.id !== job.id);
    const skipped = r.gathered?.skippedJobs ?? [];
    if (others.length > 0 || skipped.length > 0) {
        out.push('### Other failed jobs', '');
        for (const other of others.slice(0, MAX_OTHER_JOBS)) {
            const key = other.analysis.findings[0]?.keyLine ?? '';
            out.push(`- ${(0,issue_body/* link */.nf)(s.inline(other.job.name, 200), other.job.htmlUrl)}: ${(0,analyze/* categoryLabel */.Jm)(other.analysis.category)}${key ? ` — ${s.inline(key, 200)}` : ''}`);
        }
        if (others.length > MAX_OTHER_JOBS)
            out.push(`- … and ${others.length - MAX_OTHER_JOBS} more`);
        if (skipped.length > 0)
            out.push(`- ${skipped.length} more failed job${skipped.length === 1 ? ' was' : 's were'} not analyzed (max-jobs): ${skipped
                .slice(0, MAX_OTHER_JOBS)
                .map((j) => s.inline(j.name, 100))
                .join(', ')}`);
        out.push('');
    }
    return out;
}
/** The job summary, as markdown. */
function renderSummary(s, r) {
    const out = [`## autoheal analyze-failure: ${HEADLINES[r.result]}`, ''];
    if (r.dryRun)
        out.push('Dry run: every read happened, nothing was written to GitHub.', '');
    if (r.reason)
        out.push(s.inline(r.reason, 1000), '');
    if (r.run?.forkReason)
        out.push(`**A fork’s run, analysis only:** ${s.inline(r.run.forkReason, 500)}. autoheal files no issue (unless \`forks: issue\`), closes or reopens nothing, fixes nothing and sends no notification for it.`, '');
    if (r.error)
        out.push(`**Stopped by an error:** ${s.inline(r.error, 2000)}`, '');
    if (r.run && r.verdict)
        out.push(...verdictLines(s, r, r.run, r.verdict));
    else if (r.run) {
        const links = new issue_body/* RunLinks */.HS(r.run);
        out.push(`**Run:** ${(0,issue_body/* link */.nf)(`run ${r.run.id}, attempt ${r.run.attempt}`, links.run(r.run.id, r.run.attempt))} of ${s.inline(r.run.workflowName, 200)}`, '');
    }
    const actions = [
        ...(r.rerun ? [s.inline(r.rerun, 1000)] : []),
        ...r.done,
        ...(r.notFiled ? [r.notFiled] : []),
    ];
    if (actions.length > 0)
        out.push('### What autoheal did', '', ...actions.map((a) => `- ${a}`), '');
    out.push('### Cost', '');
    out.push(`- GitHub API calls: ${r.apiCalls}`);
    out.push(`- Writes: ${r.budget.used} of the operations budget of ${r.budget.limit}`);
    if (r.budget.undone.length > 0) {
        out.push(`- Left undone for lack of budget (raise operations-budget, or the next run continues):`);
        for (const what of r.budget.undone.slice(0, 20))
            out.push(`  - ${s.inline(what, 300)}`);
    }
    if (r.analysisFile)
        out.push(`- Analysis file: ${s.inline(r.analysisFile, 500)}`);
    return `${out.join('\n')}\n`;
}
// ---------------------------------------------------------------------------------------------
// Annotations
const MAX_ANNOTATIONS = 10;
// Checkouts live under these on hosted runners and in containers; annotations want repository paths.
const WORKSPACE_PREFIX = /^(?:\/home\/runner\/work\/[^/]+\/[^/]+\/|\/__w\/[^/]+\/[^/]+\/|[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/]|\.\/)/;
/** A repository-relative path for an annotation, or undefined when the path cannot be one. */
function annotationPath(file) {
    const relative = file.replace(WORKSPACE_PREFIX, '').replace(/\\/g, '/');
    if (relative === '' || relative.startsWith('/') || /[\n\r]/.test(relative))
        return undefined;
    if (relative.split('/').some((part) => part === '..'))
        return undefined;
    return relative;
}
/**
 * `::error file=…,line=…::` for the compiler and linter locations of each analyzed job, so they
 * show on the changed files. At most 10, most telling job first.
 */
function annotateLocations(s, verdict, log) {
    let count = 0;
    const jobs = [verdict.primary, ...verdict.jobs.filter((j) => j !== verdict.primary)];
    for (const job of jobs) {
        for (const finding of job.analysis.findings) {
            if (finding.category !== 'compile_error' && finding.category !== 'lint_failure')
                continue;
            for (const loc of finding.facts?.locations ?? []) {
                if (count >= MAX_ANNOTATIONS)
                    return count;
                const file = annotationPath(loc.file);
                if (file === undefined)
                    continue;
                // Annotations are plain text in the log: one line, redacted, workflow commands defanged.
                const message = s.log((loc.message ?? finding.keyLine).replace(/\s+/g, ' ').trim(), 1000);
                const props = {
                    title: `autoheal: ${(0,analyze/* categoryLabel */.Jm)(finding.category)} in ${s.title(job.job.name, 100)}`,
                    file,
                };
                if (loc.line !== undefined)
                    props.startLine = loc.line;
                if (loc.column !== undefined)
                    props.startColumn = loc.column;
                log.error(message, props);
                count += 1;
            }
        }
    }
    return count;
}

// EXTERNAL MODULE: ./packages/core/lib/fingerprint.js
var fingerprint = __webpack_require__(2754);
;// CONCATENATED MODULE: ./actions/analyze-failure/lib/trigger.js




function trigger_record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function trigger_str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function trigger_positiveInt(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function login(value) {
    return trigger_str(trigger_record(value)?.login);
}
/** `owner/repo/.github/workflows/x.yml@ref` (GITHUB_WORKFLOW_REF) or a bare path, taken apart. */
function parseWorkflowRef(ref) {
    const trimmed = ref.trim();
    const at = trimmed.lastIndexOf('@');
    const left = at >= 0 ? trimmed.slice(0, at) : trimmed;
    const gitRef = at >= 0 ? trimmed.slice(at + 1) : undefined;
    const parts = left.split('/');
    const out = parts.length >= 3 && !left.startsWith('.') && !left.startsWith('/')
        ? { owner: parts[0], repo: parts[1], path: parts.slice(2).join('/') }
        : { path: left };
    if (gitRef)
        out.ref = gitRef;
    return out;
}
/** Whether `run` is a run of the workflow this action runs in (so it never files issues about itself). */
function isSelfWorkflow(selfWorkflowPath, run) {
    if (!selfWorkflowPath?.trim())
        return false;
    const self = parseWorkflowRef(selfWorkflowPath);
    if (self.owner !== undefined && self.repo !== undefined) {
        const same = self.owner.toLowerCase() === run.owner.toLowerCase() &&
            self.repo.toLowerCase() === run.repo.toLowerCase();
        if (!same)
            return false;
    }
    return (0,fingerprint/* normalizeWorkflowPath */.g4)(self.path) === (0,fingerprint/* normalizeWorkflowPath */.g4)(run.workflowPath);
}
/**
 * A RunInfo from a workflow run object as the REST API or a webhook gives it. `workflow` is the
 * webhook's top-level workflow object, which names the file when older payloads' runs do not.
 */
function runInfoFrom(runJson, where) {
    const run = trigger_record(runJson);
    const workflow = trigger_record(where.workflow);
    const id = trigger_positiveInt(run?.id);
    const workflowId = trigger_positiveInt(run?.workflow_id) ?? trigger_positiveInt(workflow?.id);
    const workflowPath = trigger_str(run?.path) ?? trigger_str(workflow?.path);
    const headSha = trigger_str(run?.head_sha);
    const htmlUrl = trigger_str(run?.html_url);
    const missing = [
        id === undefined && 'id',
        workflowId === undefined && 'workflow_id',
        workflowPath === undefined && 'path',
        headSha === undefined && 'head_sha',
        htmlUrl === undefined && 'html_url',
    ].filter((x) => typeof x === 'string');
    if (missing.length > 0 || id === undefined || workflowId === undefined || workflowPath === undefined)
        throw new errors/* ConfigurationError */.j1(`${where.source}: the workflow run has no ${missing.join(', ')}; expected a workflow run object as GitHub sends it`);
    const path = (0,fingerprint/* normalizeWorkflowPath */.g4)(workflowPath);
    const info = {
        owner: where.owner,
        repo: where.repo,
        id,
        attempt: trigger_positiveInt(run?.run_attempt) ?? 1,
        workflowName: trigger_str(run?.name) ?? trigger_str(workflow?.name) ?? path,
        workflowPath: path,
        workflowId,
        headBranch: trigger_str(run?.head_branch) ?? null,
        headSha: headSha ?? '',
        event: trigger_str(run?.event) ?? '',
        status: trigger_str(run?.status) ?? null,
        conclusion: trigger_str(run?.conclusion) ?? null,
        actor: login(run?.triggering_actor) ?? login(run?.actor) ?? null,
        htmlUrl: htmlUrl ?? '',
        defaultBranch: where.defaultBranch,
    };
    const title = trigger_str(run?.display_title);
    if (title !== undefined)
        info.displayTitle = title;
    const created = trigger_str(run?.created_at);
    if (created !== undefined && !Number.isNaN(Date.parse(created)))
        info.createdAt = created;
    if (Array.isArray(run?.pull_requests)) {
        const numbers = run.pull_requests
            .map((p) => trigger_positiveInt(trigger_record(p)?.number))
            .filter((n) => n !== undefined);
        if (numbers.length > 0)
            info.pullRequests = numbers;
    }
    const headRepository = trigger_str(trigger_record(run?.head_repository)?.full_name);
    if (headRepository !== undefined)
        info.headRepository = headRepository;
    return info;
}
async function repositoryFacts(github, owner, repo) {
    const { data } = await github.rest.repos.get({ owner, repo });
    return { defaultBranch: data.default_branch, id: data.id };
}
/**
 * Marks the run as a fork's when its own head repository, or the event's pull request, says so; or
 * when it ran for an event anyone may start on this repository (issue_comment, pull_request_target,
 * a workflow_run chained from a fork's run…) and someone who cannot push started it: such a run
 * often tests a pull request's code on the default branch, so its log is theirs, and filing it as
 * the branch's failure would let them spend the hourly cap, ping the webhook and reopen issues.
 */
async function markFork(github, info, runJson, ctx, repoId) {
    const origin = runOrigin(runJson);
    const verdict = anyFork(runForkVerdict(origin, {
        owner: ctx.owner,
        repo: ctx.repo,
        ...(repoId === undefined ? {} : { id: repoId }),
    }), pullRequestEventForkVerdict(ctx.eventName, ctx.payload));
    if (verdict.fork) {
        info.forkReason = verdict.reason;
        return;
    }
    // Pull request runs of this repository's branches are filed as ever (only their fixes need a writer).
    if (greenSpeaksForBranch(origin.event))
        return;
    const trust = await fixTrustForOrigin(github, { owner: ctx.owner, repo: ctx.repo }, origin, `run ${info.id}`);
    if (!trust.trusted)
        info.forkReason = `${trust.reason}, so its log may be theirs`;
}
async function runFromApi(github, ctx, runId) {
    const { owner, repo } = ctx;
    let latest;
    let facts;
    try {
        const [runResponse, found] = await Promise.all([
            // With its pull requests: issues.scope sends a PR branch's failure to the pull request.
            github.rest.actions.getWorkflowRun({ owner, repo, run_id: runId }),
            repositoryFacts(github, owner, repo),
        ]);
        latest = runResponse.data;
        facts = found;
    }
    catch (error) {
        if ((0,github_errors/* isRequestError */.eK)(error) && error.status === 404)
            throw new errors/* ConfigurationError */.j1(`run-id: workflow run ${runId} was not found in ${owner}/${repo} (404); give the id of a run in that ` +
                'repository (set `repository` for another one) and a token that can read its Actions (actions: read)');
        throw error;
    }
    const latestAttempt = trigger_positiveInt(trigger_record(latest)?.run_attempt) ?? 1;
    let chosen = latest;
    if (ctx.runAttempt !== undefined && ctx.runAttempt !== latestAttempt) {
        if (ctx.runAttempt > latestAttempt)
            throw new errors/* ConfigurationError */.j1(`run-attempt: run ${runId} has ${latestAttempt} attempt(s), so attempt ${ctx.runAttempt} does not exist; ` +
                `use a number from 1 to ${latestAttempt}, or leave it empty for the latest`);
        chosen = (await github.rest.actions.getWorkflowRunAttempt({
            owner,
            repo,
            run_id: runId,
            attempt_number: ctx.runAttempt,
            exclude_pull_requests: true,
        })).data;
    }
    const info = runInfoFrom(chosen, {
        owner,
        repo,
        defaultBranch: facts.defaultBranch,
        source: `workflow run ${runId}`,
    });
    info.latestAttempt = latestAttempt;
    // An earlier attempt is read without them; the run's pull requests are the same for every attempt.
    const pulls = runInfoFrom(latest, {
        owner,
        repo,
        defaultBranch: facts.defaultBranch,
        source: `workflow run ${runId}`,
    }).pullRequests;
    if (pulls && !info.pullRequests)
        info.pullRequests = pulls;
    // Where the commit came from is the run's, not the attempt's: judged on the run as the API has it now.
    await markFork(github, info, latest, ctx, facts.id);
    return info;
}
async function runFromEvent(github, ctx) {
    if (ctx.eventName !== 'workflow_run')
        throw new errors/* ConfigurationError */.j1(`run-id: empty, and the "${ctx.eventName}" event names no workflow run; set run-id to the run to analyze ` +
            '(for workflow_dispatch or another repository), or run this action on `workflow_run` with `types: [completed]`');
    const payload = trigger_record(ctx.payload);
    const action = trigger_str(payload?.action);
    if (action !== 'completed') {
        return {
            kind: 'skip',
            reason: `The workflow_run event's action is "${action ?? 'missing'}"; only completed runs are analyzed (use \`types: [completed]\`).`,
        };
    }
    const repository = trigger_record(payload?.repository);
    const given = trigger_str(repository?.default_branch);
    const facts = given
        ? { defaultBranch: given, ...(trigger_positiveInt(repository?.id) ? { id: trigger_positiveInt(repository?.id) } : {}) }
        : await repositoryFacts(github, ctx.owner, ctx.repo);
    const run = runInfoFrom(payload?.workflow_run, {
        owner: ctx.owner,
        repo: ctx.repo,
        defaultBranch: facts.defaultBranch,
        workflow: payload?.workflow,
        source: 'the workflow_run event',
    });
    await markFork(github, run, payload?.workflow_run, ctx, facts.id);
    return run;
}
/** What to do with the run, given only what GitHub says about it. */
function classifyRun(run, selfWorkflowPath) {
    const name = `Run ${run.id} of "${run.workflowName}"`;
    if (isSelfWorkflow(selfWorkflowPath, run))
        return {
            kind: 'skip',
            reason: `${name} is a run of autoheal's own workflow (${run.workflowPath}); autoheal does not file issues about itself.`,
            run,
        };
    if (run.status !== 'completed')
        return {
            kind: 'skip',
            reason: `${name} is not completed (status "${run.status ?? 'unknown'}"); only completed runs are analyzed.`,
            run,
        };
    switch (run.conclusion) {
        case 'success':
            return { kind: 'success', run };
        case 'failure':
        case 'timed_out':
        case 'startup_failure':
            return { kind: 'analyze', run };
        case 'cancelled':
            return {
                kind: 'skip',
                reason: `${name} was cancelled (by a person, or by a newer run in the same concurrency group); a cancelled run is not a failure to diagnose.`,
                run,
            };
        case 'action_required':
            return {
                kind: 'skip',
                reason: `${name} is waiting for approval (action_required): a maintainer has to approve it before it runs, so nothing has failed yet.`,
                run,
            };
        case 'skipped':
            return { kind: 'skip', reason: `${name} was skipped; nothing ran, so nothing failed.`, run };
        case 'neutral':
            return { kind: 'skip', reason: `${name} ended neutral, which is not a failure.`, run };
        case 'stale':
            return {
                kind: 'skip',
                reason: `${name} is stale (GitHub stopped waiting for it to finish); nothing to diagnose.`,
                run,
            };
        default:
            return {
                kind: 'skip',
                reason: `${name} has conclusion "${run.conclusion ?? 'none'}", which autoheal does not analyze.`,
                run,
            };
    }
}
/** Decide whether (and which run) to analyze. */
async function decideTrigger(github, ctx) {
    const found = ctx.runId !== undefined ? await runFromApi(github, ctx, ctx.runId) : await runFromEvent(github, ctx);
    if ('kind' in found) {
        ctx.log.info(found.reason);
        return found;
    }
    const decision = classifyRun(found, ctx.selfWorkflowPath);
    if (found.forkReason)
        ctx.log.notice(`A fork’s run, analysis only: ${found.forkReason}.`);
    if (decision.kind === 'skip')
        ctx.log.info(decision.reason);
    else
        ctx.log.info(`Run ${found.id} (attempt ${found.attempt}) of "${found.workflowName}" ended ${found.conclusion}: ${decision.kind === 'success' ? 'closing what it fixed' : 'analyzing it'}.`);
    return decision;
}

;// CONCATENATED MODULE: ./packages/core/lib/ready-for-review.js
/** The document sent; the testkit checks it against GitHub's published GraphQL schema. */
const READY_FOR_REVIEW_MUTATION = `mutation autohealMarkReady($pullRequestId: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number isDraft }
  }
}`;
/** Marks the pull request ready for review; undefined when done, else why GitHub refused. */
async function markReadyForReview(github, nodeId) {
    try {
        await github.graphql(READY_FOR_REVIEW_MUTATION, { pullRequestId: nodeId });
        return undefined;
    }
    catch (error) {
        const shape = error;
        if (shape?.name !== 'GraphqlResponseError' || !Array.isArray(shape.errors))
            throw error;
        const first = shape.errors[0];
        const raw = typeof first === 'object' && first !== null ? first.type : undefined;
        // Only GitHub's error code is repeated, and only in its known shape.
        const type = typeof raw === 'string' && /^[A-Z_]{1,40}$/.test(raw) ? raw : 'an error';
        const forbidden = type === 'FORBIDDEN' ? ' (the token needs pull-requests: write)' : '';
        return `GitHub refused to mark the pull request ready for review: ${type}${forbidden}. It stays a draft.`;
    }
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/verify.js
/**
 * Verified fixes: CI on a fix branch (`autoheal/<fingerprint>`, pushed by generate-fix) proves or
 * disproves the fix. A completed run there is never filed as an issue; instead it is told on the
 * fix's pull request:
 *
 * - green: a section "verified by run N" in autoheal's one comment on the pull request (one
 *   section per workflow, pr-comment.ts); unless another watched workflow failed on the same
 *   commit, also the `autoheal:verified` label, one note on the failure's issue (edited in place
 *   later), and with `fixes.ready-when-verified` the pull request marked ready for review (once no
 *   other watched workflow is still running on the commit: that cannot be taken back);
 * - red: that section holds the new analysis, edited in place on later red runs, the label comes
 *   off and the issue's note (if any) says so. The pull request stays as it is (a draft stays a
 *   draft).
 *
 * Only this repository's branch counts: the pull request is looked up by `owner:branch`, its head
 * must be this repository, its author a login that opens autoheal's fixes, and its hidden `fix`
 * marker must name the branch's fingerprint. A run of an older commit than the pull request's head,
 * or older than the run that last wrote its workflow's section, changes nothing (events arrive in
 * any order). A head commit that is not the one autoheal made
 * (someone pushed to the branch) is still verified and labelled, since CI judged that code, but
 * never marked ready automatically: a person's change goes to review as that person decides.
 *
 * This needs CI to run on the fix branch, so generate-fix must push with a fix token (an App or a
 * personal token): GitHub starts no workflow for pushes and pull requests made with GITHUB_TOKEN.
 */





/** generate-fix's branch: `autoheal/` and the failure's 16-hex-digit fingerprint, nothing else. */
const FIX_BRANCH = /^autoheal\/([0-9a-f]{16})$/;
/** The marker kind generate-fix puts on its pull request's body (its `PR_MARKER_KIND`). */
const FIX_PR_KIND = 'fix';
/** The marker kind of the verification note on the failure's issue. */
const VERIFIED_NOTE_KIND = 'fix-verified';
/** The label of a fix pull request whose CI passed on its head. */
const VERIFIED_LABEL = 'autoheal:verified';
/** The fingerprint a fix branch names, or undefined for any other branch. */
function fixBranchFingerprint(branch) {
    if (!branch)
        return undefined;
    return FIX_BRANCH.exec(branch)?.[1];
}
function sameRepo(fullName, owner, repo) {
    return fullName !== undefined && fullName.toLowerCase() === `${owner}/${repo}`.toLowerCase();
}
/** `[text](url)` for an http(s) URL without characters that would end the link early; else the text. */
function mdLink(text, url) {
    return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? `[${text}](${url})` : text;
}
function runLink(run) {
    return mdLink(`run ${run.id}`, run.htmlUrl);
}
/**
 * The open pull request of this repository's fix branch that autoheal opened for `fingerprint`,
 * or undefined. A fork's branch of the same name is listed under the fork's owner, and is
 * excluded twice: by the `owner:branch` filter and by its head repository.
 */
async function findFixPull(d, branch, fingerprint) {
    const { data } = await d.github.rest.pulls.list({
        owner: d.owner,
        repo: d.repo,
        head: `${d.owner}:${branch}`,
        state: 'open',
        per_page: 10,
    });
    for (const p of data) {
        if (p.state !== 'open' || p.head.ref !== branch)
            continue;
        if (!sameRepo(p.head.repo?.full_name, d.owner, d.repo))
            continue;
        if (!sameRepo(p.base.repo.full_name, d.owner, d.repo))
            continue;
        if (!(0,lib_markers/* isTrustedMarkerSource */.Br)(p.user?.login, d.fixAuthors))
            continue;
        const marker = (0,lib_markers/* findMarker */.Ed)(p.body, FIX_PR_KIND)?.fields;
        if (marker?.fingerprint !== fingerprint)
            continue;
        const issue = marker.issue !== undefined && /^\d{1,10}$/.test(marker.issue) ? Number(marker.issue) : undefined;
        return {
            number: p.number,
            url: p.html_url,
            nodeId: p.node_id,
            draft: p.draft === true,
            headSha: p.head.sha,
            labels: p.labels.map((l) => l.name ?? '').filter((n) => n !== ''),
            ...(marker.commit !== undefined && /^[0-9a-f]{40}$/.test(marker.commit)
                ? { commit: marker.commit }
                : {}),
            ...(issue === undefined ? {} : { issue }),
        };
    }
    return undefined;
}
/** Where the other watched workflows stand on the same commit: failed or unfinished ones, by name. */
async function otherWorkflows(d, run) {
    const { data } = await d.github.rest.actions.listWorkflowRunsForRepo({
        owner: d.owner,
        repo: d.repo,
        head_sha: run.headSha,
        ...(run.headBranch ? { branch: run.headBranch } : {}),
        per_page: 100,
    });
    // The newest run of each workflow decides (a re-run or a later push event replaces an earlier one).
    const latest = new Map();
    for (const r of data.workflow_runs) {
        if (r.head_sha !== run.headSha)
            continue;
        const seen = latest.get(r.workflow_id);
        if (!seen || Date.parse(r.created_at) > Date.parse(seen.created_at))
            latest.set(r.workflow_id, r);
    }
    const failed = [];
    const pending = [];
    for (const [workflowId, r] of latest) {
        if (workflowId === run.workflowId)
            continue;
        if (!d.watched({ workflowName: r.name ?? '', workflowPath: r.path }))
            continue;
        if (r.status !== 'completed')
            pending.push(r.name ?? r.path);
        else if (!['success', 'skipped', 'neutral'].includes(r.conclusion ?? ''))
            failed.push(r.name ?? r.path);
    }
    return { failed, pending };
}
function verify_sectionKey(run) {
    return `verify:${run.workflowPath}`;
}
/** The section a green run writes. */
function verifiedSection(s, run, pull) {
    const who = pull.commit === run.headSha
        ? 'autoheal’s fix commit'
        : `commit ${run.headSha.slice(0, 7)}, which is not the commit autoheal made (someone pushed to the branch), so it is not marked ready automatically`;
    return `**${s.inline(run.workflowName, 200)}: fix verified by ${runLink(run)}.** CI passed on ${who}.`;
}
/** The section a red run writes: the new analysis, given as markdown (pr-comment's failureSection). */
function refutedSection(analysis) {
    return `**The fix did not pass CI.** The pull request stays a draft; the new analysis:\n\n${analysis}`;
}
/** The failure issue the pull request names, when it is ours and about this fingerprint. */
async function failureIssue(d, number, fingerprint) {
    try {
        const { data } = await d.github.rest.issues.get({ owner: d.owner, repo: d.repo, issue_number: number });
        if (data.pull_request)
            return false;
        if (!(0,lib_markers/* isTrustedMarkerSource */.Br)(data.user?.login, d.trusted))
            return false;
        return (0,lib_markers/* findMarker */.Ed)(data.body, 'failure')?.fields.fingerprint === fingerprint;
    }
    catch (error) {
        if ((0,github_errors/* isRequestError */.eK)(error) && (error.status === 404 || error.status === 410))
            return false;
        throw error;
    }
}
async function findIssueNote(d, issue, fingerprint) {
    const note = await findTrustedComment(d.github, { owner: d.owner, repo: d.repo }, issue, d.trusted, (body) => (0,lib_markers/* parseMarkers */.FT)(body).find((x) => x.fields.kind === VERIFIED_NOTE_KIND && x.fields.fingerprint === fingerprint));
    if (!note)
        return undefined;
    const fields = note.found.fields;
    return { id: note.id, sha: fields.sha ?? '', state: fields.state === 'failed' ? 'failed' : 'verified' };
}
function issueNoteBody(run, pull, fingerprint, state) {
    const marker = (0,lib_markers/* renderMarker */.Bd)({
        kind: VERIFIED_NOTE_KIND,
        fingerprint,
        pull: String(pull.number),
        sha: run.headSha,
        state,
    });
    const fix = mdLink(`pull request #${pull.number}`, pull.url);
    const commit = run.headSha.slice(0, 7);
    // Only numbers, a hex commit and links built from the API's URLs: nothing here needs the sanitizer.
    return state === 'verified'
        ? `${marker}\nThe fix in ${fix} is verified by ${runLink(run)}: CI passed on commit ${commit}.`
        : `${marker}\nThe fix in ${fix} is no longer verified: ${runLink(run)} failed on commit ${commit} (the analysis is on the pull request).`;
}
/** Keeps the issue's note (when the pull request names our issue) saying `state` of this commit; never adds a note for a failure. */
async function noteOnIssue(d, w, run, pull, fingerprint, state) {
    if (pull.issue === undefined || !(await failureIssue(d, pull.issue, fingerprint)))
        return;
    const issue = pull.issue;
    const note = await findIssueNote(d, issue, fingerprint);
    const body = issueNoteBody(run, pull, fingerprint, state);
    if (note === undefined) {
        if (state === 'verified')
            await w.one(`comment on issue #${issue}`, `Told issue #${issue} that the fix is verified.`, () => d.github.rest.issues.createComment({ owner: d.owner, repo: d.repo, issue_number: issue, body }));
        return;
    }
    if (note.sha === run.headSha && note.state === state)
        return;
    await w.one(`update the verification note on issue #${issue}`, `Updated the verification note on issue #${issue}: ${state === 'verified' ? 'verified' : 'no longer verified'} at ${run.headSha.slice(0, 7)}.`, () => d.github.rest.issues.updateComment({ owner: d.owner, repo: d.repo, comment_id: note.id, body }));
}
/**
 * The section's time: the run's `created_at`, which every attempt of a run shares, plus the
 * attempt number in milliseconds, so a later attempt (a re-run) outranks an earlier one that is
 * delivered after it.
 */
function sectionTime(run) {
    return new Date(Date.parse(run.createdAt ?? new Date(0).toISOString()) + run.attempt).toISOString();
}
/** Counts and words of the writes of one verification. */
class Writes {
    d;
    done = [];
    wrote = false;
    dry = false;
    constructor(d) {
        this.d = d;
    }
    /**
     * Runs `write` unless this is a dry run or the budget is spent; says `said` (or why not). A
     * write that answers with a sentence was refused, and that sentence is said instead.
     */
    async one(what, said, write) {
        if (this.d.dryRun) {
            this.dry = true;
            this.done.push(`Would ${what}.`);
            return;
        }
        if (!this.d.budget.canAfford(1)) {
            this.d.budget.skip(what);
            this.done.push(`Not done (the operations budget is spent): ${what}.`);
            return;
        }
        const refused = await write();
        if (typeof refused === 'string') {
            this.d.log.warning(refused);
            this.done.push(refused);
            return;
        }
        this.wrote = true;
        this.done.push(said);
    }
    section(got) {
        this.done.push(got.said);
        if (got.action === 'created' || got.action === 'updated')
            this.wrote = true;
        if (got.action === 'dry-run')
            this.dry = true;
    }
    outcome() {
        return { result: this.wrote ? 'commented' : this.dry ? 'dry-run' : 'skipped', done: this.done };
    }
}
/** Where a run of the fix branch stands before anything is written, or why nothing is. */
async function locate(d, run) {
    const fingerprint = fixBranchFingerprint(run.headBranch);
    if (fingerprint === undefined || run.headBranch === null)
        return { skip: 'Not a fix branch.' };
    const branch = d.sanitizer.inline(run.headBranch, 100);
    const pull = await findFixPull(d, run.headBranch, fingerprint);
    if (!pull)
        return {
            skip: `${branch} is a fix branch, but it has no open pull request of this repository opened by ${d.fixAuthors.map((l) => d.sanitizer.inline(l, 60)).join(' or ')} with autoheal's marker for it (set fix-authors to the fix token's login); nothing to verify, and no issue is filed for a fix branch.`,
        };
    if (pull.headSha !== run.headSha)
        return {
            skip: `${runLink(run)} tested commit ${run.headSha.slice(0, 7)}, but pull request #${pull.number} is now at ${pull.headSha.slice(0, 7)}: its result no longer speaks for the fix.`,
        };
    return { pull, fingerprint };
}
/** A green run of a fix branch. */
async function verifyFix(d, run) {
    const where = await locate(d, run);
    if ('skip' in where)
        return { result: 'skipped', done: [where.skip] };
    const { pull, fingerprint } = where;
    const w = new Writes(d);
    const said = await upsertPrComment(d, pull.number, {
        key: verify_sectionKey(run),
        markdown: verifiedSection(d.sanitizer, run, pull),
        at: sectionTime(run),
        tag: `green:${run.headSha}`,
    }, { keepSameTag: true, sha: run.headSha });
    w.section(said);
    // A newer run of this workflow already spoke (events arrive in any order): it decides.
    if (said.action === 'stale')
        return w.outcome();
    // Another watched workflow that failed on this commit holds the verification back. One still
    // running does not: its completion may never reach autoheal (the caller's workflow_run list
    // need not name every watched workflow), and when it does and fails, the label comes off again.
    const others = await otherWorkflows(d, run);
    const names = (list) => list.map((n) => d.sanitizer.inline(n, 100)).join(', ');
    if (others.failed.length > 0) {
        w.done.push(`Not verified yet: on the same commit ${names(others.failed)} failed.`);
        return w.outcome();
    }
    if (others.pending.length > 0)
        w.done.push(`${names(others.pending)} still running on the same commit; a failure there takes the label off again.`);
    if (!pull.labels.some((l) => l.toLowerCase() === VERIFIED_LABEL))
        await w.one(`label pull request #${pull.number} ${VERIFIED_LABEL}`, `Labelled ${mdLink(`pull request #${pull.number}`, pull.url)} ${VERIFIED_LABEL}.`, () => d.github.rest.issues.addLabels({
            owner: d.owner,
            repo: d.repo,
            issue_number: pull.number,
            labels: [VERIFIED_LABEL],
        }));
    await noteOnIssue(d, w, run, pull, fingerprint, 'verified');
    if (d.readyWhenVerified && pull.draft) {
        if (pull.commit !== run.headSha)
            w.done.push(`Left #${pull.number} a draft: its head is not the commit autoheal made, so a person decides when it is ready.`);
        else if (others.pending.length > 0)
            // Unlike the label, ready for review is not taken back when that workflow fails: wait for it
            // (its own green run marks the pull request ready; if it never reaches autoheal, a person does).
            w.done.push(`Left #${pull.number} a draft: ${names(others.pending)} still running on the same commit; it is marked ready when every watched workflow has passed.`);
        else
            await w.one(`mark pull request #${pull.number} ready for review`, `Marked ${mdLink(`pull request #${pull.number}`, pull.url)} ready for review (fixes.ready-when-verified).`, () => markReadyForReview(d.github, pull.nodeId));
    }
    return w.outcome();
}
/** A failed run of a fix branch: `analysis` is the section's markdown for the failure. */
async function refuteFix(d, run, analysis) {
    const where = await locate(d, run);
    if ('skip' in where)
        return { result: 'skipped', done: [where.skip], notFiled: where.skip };
    const { pull, fingerprint } = where;
    const w = new Writes(d);
    const said = await upsertPrComment(d, pull.number, {
        key: verify_sectionKey(run),
        markdown: refutedSection(analysis),
        at: sectionTime(run),
        tag: `red:${run.headSha}`,
    }, { sha: run.headSha });
    w.section(said);
    if (said.action === 'stale')
        return w.outcome();
    const label = pull.labels.find((l) => l.toLowerCase() === VERIFIED_LABEL);
    if (label !== undefined)
        await w.one(`remove ${VERIFIED_LABEL} from pull request #${pull.number}`, `Removed ${VERIFIED_LABEL} from pull request #${pull.number}.`, async () => {
            try {
                await d.github.rest.issues.removeLabel({
                    owner: d.owner,
                    repo: d.repo,
                    issue_number: pull.number,
                    name: label,
                });
            }
            catch (error) {
                // Already gone (a person removed it meanwhile): what we wanted.
                if (!((0,github_errors/* isRequestError */.eK)(error) && error.status === 404))
                    throw error;
            }
        });
    await noteOnIssue(d, w, run, pull, fingerprint, 'failed');
    return w.outcome();
}

;// CONCATENATED MODULE: ./packages/core/lib/repo-config.js
/** `.github/autoheal.yml` from a repository's default branch, through the contents API: no checkout needed. */



async function loadRepoConfig(github, repo, file = loader/* DEFAULT_CONFIG_PATH */.Bi) {
    return (0,loader/* readConfigFile */.RG)({
        readFile: async (p) => {
            let data;
            try {
                ({ data } = await github.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: p }));
            }
            catch (error) {
                // No file: every default applies.
                if ((0,github_errors/* isRequestError */.eK)(error) && error.status === 404)
                    return undefined;
                throw error;
            }
            if (Array.isArray(data))
                throw Object.assign(new Error(`${p} is a directory`), { code: 'EISDIR' });
            const found = data;
            if (found.type !== 'file')
                throw new errors/* ConfigurationError */.j1(`${p} is a ${found.type ?? 'thing'} in the repository, not a file; the autoheal config must be a YAML file.`, { file: p });
            // Files over 1 MB come without content; a config that large is a mistake anyway.
            if (found.encoding !== 'base64' || typeof found.content !== 'string')
                throw new errors/* ConfigurationError */.j1(`${p} is too large to read through the contents API; keep the autoheal config small.`, { file: p });
            return Buffer.from(found.content, 'base64').toString('utf8');
        },
    }, file);
}

;// CONCATENATED MODULE: ./actions/analyze-failure/lib/run.js
/**
 * The action, as a pure function of its inputs and injected edges: decide whether the run is
 * ours to look at, read the repository's config, gather and judge the failure, then re-run it or
 * file it (or, for a green run, close its issues). Outputs and the job summary are written on
 * every path, including skips and errors.
 */


























/** Why the run is outside what the config watches, or undefined when it is watched. */
function unwatchedReason(config, run, configFile) {
    const names = [run.workflowName, run.workflowPath];
    if (!names.some((0,globs/* globMatcher */.fU)(config.workflows.watch)))
        return `The workflow "${run.workflowName}" (${run.workflowPath}) is not watched: it matches no glob of workflows.watch in ${configFile}.`;
    if (config.workflows.exclude.length > 0 && names.some((0,globs/* globMatcher */.fU)(config.workflows.exclude)))
        return `The workflow "${run.workflowName}" (${run.workflowPath}) is excluded by workflows.exclude in ${configFile}.`;
    // A run without a branch (a tag push, say) is judged by its workflow alone.
    if (run.headBranch !== null) {
        if (!(0,globs/* globMatcher */.fU)(config.branches.include)(run.headBranch))
            return `The branch "${run.headBranch}" is not watched: it matches no glob of branches.include in ${configFile}.`;
        if (config.branches.exclude.length > 0 && (0,globs/* globMatcher */.fU)(config.branches.exclude)(run.headBranch))
            return `The branch "${run.headBranch}" is excluded by branches.exclude in ${configFile}.`;
    }
    return undefined;
}
function uniqueLabels(lists) {
    const seen = new Set();
    const out = [];
    for (const name of lists.flat()) {
        if (seen.has(name.toLowerCase()))
            continue;
        seen.add(name.toLowerCase());
        out.push(name);
    }
    return out;
}
/**
 * A summary sentence as plain text for the log: links become their text and the character
 * references of inline escaping their characters (the log is not markdown; the runner escapes
 * what it must, and the sanitizer already broke mentions and workflow commands).
 */
function plainText(markdown) {
    return markdown
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/&#x([0-9A-Fa-f]{1,6});/g, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
        .replace(/&(lt|gt|quot|amp);/g, (_m, name) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}
/** The analysis JSON: the verdict and every analyzed job's findings, secrets redacted. */
async function writeAnalysis(s, dir, gathered, verdict) {
    const run = gathered.run;
    const file = external_node_path_.join(dir, `autoheal-analysis-${run.id}-${run.attempt}.json`);
    const document = {
        schemaVersion: 1,
        run,
        verdict: {
            category: verdict.category,
            confidence: verdict.confidence,
            fingerprint: verdict.fingerprint,
            keyLine: verdict.keyLine,
            primaryJob: verdict.primary.job.id,
        },
        jobs: verdict.jobs.map((j) => ({
            id: j.job.id,
            name: j.job.name,
            htmlUrl: j.job.htmlUrl,
            conclusion: j.job.conclusion,
            failedSteps: j.job.failedSteps,
            logStatus: j.job.logStatus,
            ...(j.job.logProblem === undefined ? {} : { logProblem: j.job.logProblem }),
            annotations: j.job.annotations,
            fingerprint: j.fingerprint,
            analysis: j.analysis,
        })),
        skippedJobs: gathered.skippedJobs,
        ...(gathered.baseline ? { baseline: gathered.baseline } : {}),
    };
    // Log lines may hold secrets the runner did not mask; the file may be uploaded as an artifact.
    const json = JSON.stringify(document, (_key, value) => (typeof value === 'string' ? s.redact(value) : value), 2);
    await (0,promises_.writeFile)(file, `${json}\n`);
    return file;
}
/** Waits in seconds, shortened by the test-only AUTOHEAL_WAIT_SCALE_MS knob like the client's own waits. */
function scaledPause(deps) {
    const msPerSecond = (0,client_tuning/* clientTuning */.j)(deps.env).waitScaleMs ?? 1000;
    return (seconds) => deps.clock.sleep(seconds * msPerSecond);
}
/** The fingerprint of a failure as one fork's: 16 hex digits, as every fingerprint, never equal to ours. */
function forkFingerprint(fingerprint, headRepository) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`fork\0${(headRepository ?? '').toLowerCase()}\0${fingerprint}`)
        .digest('hex')
        .slice(0, 16);
}
/** The label every issue about a fork's run carries instead of the base label. */
function forkLabel(base) {
    return `${base}:fork`;
}
/**
 * A fork's failing run, by the `forks` input: one comment on its pull request, nothing, or an
 * issue. Never a re-run (that would run the fork's code again with our token's blessing), never
 * a reopen, never a notification. An issue names the branch with its fork (`owner/name:branch`),
 * so no branch of this repository ever matches it.
 */
async function fileForkFailure(inputs, runInfo, verdict, gathered, config, d) {
    switch (inputs.forks) {
        case 'none':
            return { result: 'skipped', done: ['Wrote nothing: a fork’s run, and the forks input is `none`.'] };
        case 'comment':
            return commentOnForkPull(d, runInfo, verdict);
        case 'issue': {
            const qualified = {
                ...runInfo,
                headBranch: `${runInfo.headRepository ?? 'unknown-fork'}:${runInfo.headBranch ?? ''}`,
            };
            const filed = await (0,issues/* fileFailure */.fE)(d, {
                run: qualified,
                gathered: { ...gathered, run: qualified },
                // Its own fingerprint: a fork's run never comments on, counts on or re-labels our issues.
                verdict: { ...verdict, fingerprint: forkFingerprint(verdict.fingerprint, runInfo.headRepository) },
                // A label of their own: our issue lists (dedup, the hourly cap, closing) never see a fork's
                // issues, so a fork cannot spend the cap; its own issues have a cap of the same size.
                labels: {
                    base: forkLabel(config.labels.base),
                    categoryPrefix: config.labels.categoryPrefix,
                    extra: uniqueLabels([config.labels.extra, inputs.labels]),
                },
                maxPerHour: config.issues.maxPerHour,
                // 0: a fork's run never reopens a closed issue.
                reopenDays: 0,
                minConfidence: config.issues.minConfidence,
            });
            // No webhook for a fork's failure, whatever was filed.
            const { notify: _dropped, ...rest } = filed;
            return rest;
        }
    }
}
async function run(inputs, deps) {
    const { github, budget, log } = deps;
    const context = (0,runner_context/* readRunnerContext */.gi)(deps.env);
    const secrets = [inputs.token, ...(inputs.slackWebhookUrl ? [inputs.slackWebhookUrl] : [])];
    let sanitizer = (0,sanitize/* createSanitizer */.Oq)({ secrets });
    let apiCalls = 0;
    github.hook.before('request', () => {
        apiCalls += 1;
    });
    const report = {
        result: 'skipped',
        dryRun: inputs.dryRun,
        done: [],
        apiCalls: 0,
        budget: { limit: budget.limit, used: 0, undone: [] },
    };
    const outcome = { result: 'skipped', apiCalls: 0, done: [] };
    const skip = (reason) => {
        report.reason = reason;
        outcome.reason = reason;
        log.notice(reason);
    };
    const apply = (fo) => {
        report.result = fo.result;
        outcome.result = fo.result;
        report.done = [...report.done, ...fo.done];
        if (fo.notFiled)
            report.notFiled = fo.notFiled;
        if (fo.issue) {
            report.issue = fo.issue;
            outcome.issue = fo.issue;
        }
    };
    let workDir;
    try {
        const target = inputs.repository ?? context.repository;
        if (!target)
            throw new errors/* ConfigurationError */.j1('GITHUB_REPOSITORY is not set, so the repository is unknown; give the "repository" input as owner/name (with "run-id").');
        const payload = await (0,runner_context/* readEventPayload */.N5)(context.eventPath);
        const decision = await decideTrigger(github, {
            eventName: context.eventName,
            payload,
            ...(inputs.runId === undefined ? {} : { runId: inputs.runId }),
            ...(inputs.runAttempt === undefined ? {} : { runAttempt: inputs.runAttempt }),
            owner: target.owner,
            repo: target.repo,
            ...(context.selfWorkflowPath === undefined ? {} : { selfWorkflowPath: context.selfWorkflowPath }),
            log,
        });
        if (decision.run) {
            report.run = decision.run;
            outcome.run = decision.run;
        }
        if (decision.kind === 'skip') {
            skip(decision.reason);
            return outcome;
        }
        const runInfo = decision.run;
        // A fork's run is analysis only: its green closes nothing (a fork's branch named like ours is not ours).
        const fromFork = runInfo.forkReason !== undefined;
        if (fromFork && decision.kind === 'success') {
            skip('The run succeeded, but it ran a fork’s code: a fork’s run closes and reopens nothing.');
            if (inputs.forks === 'comment') {
                const green = await markForkPullGreen({
                    github,
                    owner: runInfo.owner,
                    repo: runInfo.repo,
                    log,
                    sanitizer,
                    budget,
                    dryRun: inputs.dryRun,
                    trusted: await (0,issues/* resolveTrustedAuthors */.o2)(github, inputs.token, inputs.trustedAuthors),
                }, runInfo);
                if (green.result !== 'skipped')
                    apply(green);
            }
            return outcome;
        }
        if (decision.kind === 'success' && !greenSpeaksForBranch(runInfo.event || undefined)) {
            skip(`The run succeeded, but it ran for ${runInfo.event || 'an unnamed event'}, which anyone may start and which may test a pull request’s code: its green closes nothing.`);
            return outcome;
        }
        const config = mergeConfig(await loadRepoConfig(github, runInfo, inputs.configFile), configOverrides(inputs));
        if (!config.enabled) {
            skip(`autoheal is turned off for this repository (enabled: false in ${inputs.configFile}).`);
            return outcome;
        }
        const unwatched = unwatchedReason(config, runInfo, inputs.configFile);
        if (unwatched) {
            skip(unwatched);
            return outcome;
        }
        const webhook = chooseWebhook(inputs.slackWebhookUrl, config.notify.slackWebhookEnv, deps.env);
        if (webhook.url && webhook.url !== inputs.slackWebhookUrl) {
            deps.mask?.(webhook.url);
            sanitizer = (0,sanitize/* createSanitizer */.Oq)({ secrets: [...secrets, webhook.url] });
        }
        if (webhook.problem)
            log.warning(webhook.problem);
        const issueDeps = async () => ({
            github,
            owner: runInfo.owner,
            repo: runInfo.repo,
            log,
            clock: deps.clock,
            budget,
            sanitizer,
            dryRun: inputs.dryRun,
            trusted: await (0,issues/* resolveTrustedAuthors */.o2)(github, inputs.token, inputs.trustedAuthors),
            ...(deps.beforeCreate ? { beforeCreate: deps.beforeCreate } : {}),
            pause: scaledPause(deps),
        });
        // A fix branch's run proves or disproves the fix on its pull request, and is never filed (verify.ts).
        const fixBranch = fixBranchFingerprint(runInfo.headBranch) !== undefined;
        const verifyDeps = async () => {
            const d = await issueDeps();
            return {
                ...d,
                fixAuthors: inputs.fixAuthors ?? [...new Set([...d.trusted, identity/* ACTIONS_BOT */.a])],
                readyWhenVerified: config.fixes.readyWhenVerified,
                watched: (w) => unwatchedReason(config, { ...runInfo, ...w }, inputs.configFile) === undefined,
            };
        };
        if (fixBranch && decision.kind === 'success') {
            apply(await verifyFix(await verifyDeps(), runInfo));
            if (outcome.result === 'skipped')
                outcome.reason = report.done[0];
            return outcome;
        }
        const destination = destinationOf(config.issues.scope, runInfo);
        if (decision.kind === 'success') {
            // The pull request's comment says the workflow is green again (only where one was posted).
            if (destination === 'pr-comment') {
                const said = await reportOnPulls(await issueDeps(), runInfo, destination, {
                    markdown: greenSection(sanitizer, runInfo),
                    green: true,
                });
                report.done = [...report.done, ...said.done];
                if (said.result !== 'skipped') {
                    report.result = said.result;
                    outcome.result = said.result;
                }
            }
            if (!config.issues.closeOnSuccess) {
                skip('The run succeeded; close-on-success is off, so its issues stay open.');
                return outcome;
            }
            const closed = await (0,issues/* closeResolved */.t1)(await issueDeps(), {
                run: runInfo,
                baseLabel: config.labels.base,
                reopenDays: config.issues.reopenDays,
                forgetDays: config.branches.forgetDays,
            });
            // A green run that only corrected a PR comment keeps that as its result.
            if (closed.result === 'skipped' && outcome.result !== 'skipped')
                report.done = [...report.done, ...closed.done];
            else
                apply(closed);
            if (report.result === 'skipped' && !report.notFiled)
                outcome.reason = report.done[0];
            return outcome;
        }
        workDir = await (0,promises_.mkdtemp)(external_node_path_.join(deps.tempDir ?? context.tempDir ?? external_node_os_.tmpdir(), 'autoheal-logs-'));
        const gathered = await gatherRun(github, runInfo, {
            maxJobs: inputs.maxJobs,
            tempDir: workDir,
            log,
            pause: scaledPause(deps),
            annotations: 'deferred',
            now: () => deps.clock.now(),
        });
        report.gathered = gathered;
        const verdict = await (0,filing_verdict/* judgeRun */.Zy)(gathered, {
            userRules: (0,patterns/* compilePatterns */.xi)(config.patterns),
            loadAnnotations: annotationLoader(github, runInfo, log),
        });
        report.verdict = verdict;
        outcome.verdict = verdict;
        deps.sink.setOutput('category', verdict.category);
        deps.sink.setOutput('confidence', verdict.confidence.toFixed(2));
        deps.sink.setOutput('fingerprint', verdict.fingerprint);
        const analysisFile = await writeAnalysis(sanitizer, deps.tempDir ?? context.tempDir ?? external_node_os_.tmpdir(), gathered, verdict);
        report.analysisFile = analysisFile;
        outcome.analysisFile = analysisFile;
        deps.sink.setOutput('analysis-file', analysisFile);
        annotateLocations(sanitizer, verdict, log);
        if (fromFork) {
            apply(await fileForkFailure(inputs, runInfo, verdict, gathered, config, await issueDeps()));
            return outcome;
        }
        const rerun = decideRerun(verdict, runInfo, config.reruns);
        if (config.reruns.categories.includes(verdict.category))
            report.rerun = rerun.reason;
        if (rerun.rerun) {
            if (inputs.dryRun) {
                apply({ result: 'dry-run', done: ['Would re-run the failed jobs instead of filing an issue.'] });
                return outcome;
            }
            if (!budget.canAfford(1)) {
                budget.skip('re-run the failed jobs');
                apply({ result: 'skipped', done: [], notFiled: 'Not re-run: the operations budget is spent.' });
                return outcome;
            }
            try {
                await rerunFailedJobs(github, runInfo);
                apply({
                    result: 'rerun',
                    done: ['Re-ran the failed jobs. If they fail again, the next run of autoheal files the issue.'],
                });
                log.notice(rerun.reason);
                return outcome;
            }
            catch (error) {
                if (!(0,github_errors/* isRequestError */.eK)(error))
                    throw error;
                // Filing is still worth doing when the re-run is refused (no actions: write, say).
                const described = (0,github_errors/* describeGitHubError */.dZ)(error, deps.clock.now()).message;
                log.warning(`Could not re-run the failed jobs: ${described} Filing the issue instead.`);
                report.rerun = `${rerun.reason} The re-run was refused (${described}), so the issue is filed instead.`;
            }
        }
        if (fixBranch) {
            apply(await refuteFix(await verifyDeps(), runInfo, failureSection(sanitizer, runInfo, verdict)));
            return outcome;
        }
        if (destination !== 'issue') {
            apply(await reportOnPulls(await issueDeps(), runInfo, destination, {
                markdown: failureSection(sanitizer, runInfo, verdict),
                green: false,
            }));
            return outcome;
        }
        const labelExtra = uniqueLabels([config.labels.extra, inputs.labels]);
        const filed = await (0,issues/* fileFailure */.fE)(await issueDeps(), {
            run: runInfo,
            gathered,
            verdict,
            labels: { base: config.labels.base, categoryPrefix: config.labels.categoryPrefix, extra: labelExtra },
            maxPerHour: config.issues.maxPerHour,
            reopenDays: config.issues.reopenDays,
            minConfidence: config.issues.minConfidence,
        });
        apply(filed);
        if (filed.notFiled)
            log.warning(plainText(filed.notFiled));
        if (filed.notify && filed.issue && config.notify.on.includes(filed.notify) && webhook.url) {
            const text = notificationText(sanitizer, filed.notify, { ...filed.issue, title: filed.title ?? '' }, runInfo);
            if (inputs.dryRun)
                report.done = [...report.done, `Would notify ${webhook.source}.`];
            else {
                const sent = await sendNotification(webhook.url, text, {
                    fetch: deps.fetch ?? globalThis.fetch,
                    log,
                });
                report.done = [
                    ...report.done,
                    sent
                        ? `Notified ${webhook.source}.`
                        : `The notification to ${webhook.source} failed (see the warning); the issue is filed.`,
                ];
            }
        }
        return outcome;
    }
    catch (error) {
        if (error instanceof errors/* BudgetExhaustedError */.X0) {
            // A limit the user set, not a failure: say what is left for the next run.
            const message = (0,github_errors/* describeGitHubError */.dZ)(error).message;
            log.warning(message);
            report.error = message;
            report.result = 'skipped';
            outcome.result = 'skipped';
            return outcome;
        }
        report.error =
            error instanceof errors/* ConfigurationError */.j1
                ? error.message
                : (0,github_errors/* describeGitHubError */.dZ)(error, deps.clock.now()).message;
        throw error;
    }
    finally {
        if (workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch(() => undefined);
        report.apiCalls = apiCalls;
        report.budget = { limit: budget.limit, used: budget.used, undone: budget.undone };
        outcome.apiCalls = apiCalls;
        outcome.done = [...report.done];
        deps.sink.setOutput('result', report.result);
        // For the workflow's own `if:` on jobs that write: a fork's run (or an outsider's) is analysis only.
        deps.sink.setOutput('analysis-only', report.run?.forkReason !== undefined ? 'true' : 'false');
        if (report.issue) {
            deps.sink.setOutput('issue-number', String(report.issue.number));
            deps.sink.setOutput('issue-url', report.issue.url);
        }
        deps.sink.appendSummary(renderSummary(sanitizer, report));
    }
}

// EXTERNAL MODULE: ./packages/core/lib/budget.js
var lib_budget = __webpack_require__(2309);
// EXTERNAL MODULE: ./packages/core/lib/github-client.js
var github_client = __webpack_require__(5755);
;// CONCATENATED MODULE: ./packages/cli/lib/commands/monitor-conditional.js

/** An entity tag as GitHub sends one (quoted, maybe weak): anything else is not sent back. */
const ETAG = /^(?:W\/)?"[\x21\x23-\x7e]{1,200}"$/;
class ConditionalCache {
    entries = new Map();
    get size() {
        return this.entries.size;
    }
    /** Every entry as `[request, etag, value]`, for a state file. */
    export() {
        return [...this.entries].map(([key, e]) => [key, e.etag, e.value]);
    }
    /** Entries read back from a state file; any that is not `[string, tag, value]` is dropped. */
    import(entries) {
        if (!Array.isArray(entries))
            return;
        for (const entry of entries) {
            if (!Array.isArray(entry) || entry.length !== 3)
                continue;
            const [key, etag, value] = entry;
            if (typeof key !== 'string' || typeof etag !== 'string' || !ETAG.test(etag))
                continue;
            this.entries.set(key, { etag, value });
        }
    }
    /**
     * GET `route` with `params`, conditionally when an answer to the same request is cached.
     * `extract` turns a fresh body into what is kept (and returned).
     */
    async get(github, route, params, extract, 
    /**
     * Whether a kept value has the shape `extract` gives: one read from a state file may not (a
     * hand edit, another version), and is then dropped and the request sent unconditionally.
     */
    valid = () => true) {
        const key = `${route} ${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
        let cached = this.entries.get(key);
        if (cached && !valid(cached.value)) {
            this.entries.delete(key);
            cached = undefined;
        }
        try {
            const response = await github.request(route, {
                ...params,
                ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
            });
            const value = extract(response.data);
            const etag = response.headers.etag;
            if (typeof etag === 'string' && etag !== '')
                this.entries.set(key, { etag, value });
            else
                this.entries.delete(key);
            return { value, notModified: false };
        }
        catch (error) {
            if (cached && (0,github_errors/* isRequestError */.eK)(error) && error.status === 304)
                return { value: cached.value, notModified: true };
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/monitor-rate.js
const HOUR_MS = 3_600_000;
/**
 * The longest one wait may be: GitHub's window resets within the hour, so a reset or retry-after
 * further away is a lie (a proxy, a broken GHES, a hostile --api), and is cut to the hour, and a
 * minute for clock skew: the monitor slows down, it never stops.
 */
const MAX_WAIT_MS = HOUR_MS + 60_000;
/** Larger than any limit GitHub gives a token (5,000; 15,000 for some apps): not believed. */
const MAX_LIMIT = 1_000_000;
function header(headers, name) {
    const raw = headers?.[name];
    if (typeof raw !== 'string' && typeof raw !== 'number')
        return undefined;
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
}
class RateGovernor {
    share;
    clock;
    onWait;
    window;
    blockedUntil = 0;
    /** Requests sent and not yet answered: counted as spent, so concurrent calls cannot overshoot the floor. */
    inFlight = 0;
    waiters = [];
    records = [];
    /** Milliseconds spent waiting for the window to reset (reported). */
    waitedMs = 0;
    constructor(
    /** The share of the hourly limit this monitor may use, 0 < share ≤ 1. */
    share, clock, onWait = () => undefined) {
        this.share = share;
        this.clock = clock;
        this.onWait = onWait;
        if (!(share > 0 && share <= 1))
            throw new RangeError(`share must be in (0, 1], got ${share}`);
    }
    get known() {
        return this.window;
    }
    /** Requests left untouched for everyone else: (1 − share) of the limit. */
    floor(limit = this.window?.limit ?? 5000) {
        return Math.ceil(limit * (1 - this.share));
    }
    /** Requests per hour this monitor may spend. */
    hourlyAllowance() {
        return Math.floor((this.window?.limit ?? 5000) * this.share);
    }
    /** Waits, before a request, until sending it keeps the token inside the share and clear of any block. */
    async beforeRequest() {
        for (;;) {
            const now = this.clock.now();
            if (this.blockedUntil > now) {
                await this.pause(this.blockedUntil - now, 'GitHub asked to wait (rate limited)');
                continue;
            }
            const w = this.window;
            if (w && w.remaining - this.inFlight <= this.floor(w.limit)) {
                if (this.inFlight > 0) {
                    // Answers on their way may free the slot (a 304 costs nothing); wait for them first.
                    await new Promise((resolve) => this.waiters.push(resolve));
                    continue;
                }
                if (w.resetAt > now) {
                    await this.pause(w.resetAt - now + 1000, `${w.remaining} of ${w.limit} requests left this hour; the share ${this.share} keeps ${this.floor(w.limit)} for others`);
                }
                // Unknown until the next answer says how the new window stands.
                this.window = undefined;
                continue;
            }
            this.inFlight += 1;
            return;
        }
    }
    async pause(ms, why) {
        this.onWait(ms, why);
        this.waitedMs += ms;
        await this.clock.sleep(ms);
    }
    /** Reads an answer's rate-limit headers (a success, a 304 or an error) and records the request. */
    observe(repo, status, headers) {
        const now = this.clock.now();
        this.settle();
        this.records.push({ repo, at: now, notModified: status === 304 });
        const limit = header(headers, 'x-ratelimit-limit');
        const remaining = header(headers, 'x-ratelimit-remaining');
        const reset = header(headers, 'x-ratelimit-reset');
        const latest = now + MAX_WAIT_MS;
        // A window that cannot be (no limit, a negative or larger-than-limit remaining) is not believed.
        if (limit !== undefined &&
            remaining !== undefined &&
            reset !== undefined &&
            limit > 0 &&
            limit <= MAX_LIMIT &&
            remaining >= 0 &&
            remaining <= limit)
            this.window = { limit, remaining, resetAt: Math.min(reset * 1000, latest) };
        if (status === 403 || status === 429) {
            const retryAfter = header(headers, 'retry-after');
            if (retryAfter !== undefined)
                this.blockedUntil = Math.max(this.blockedUntil, Math.min(now + Math.max(0, retryAfter) * 1000, latest));
            else if (remaining === 0 && reset !== undefined)
                this.blockedUntil = Math.max(this.blockedUntil, Math.min(reset * 1000 + 1000, latest));
        }
    }
    /** A request let through has ended, answered or not. */
    settle() {
        this.inFlight = Math.max(0, this.inFlight - 1);
        for (const wake of this.waiters.splice(0))
            wake();
    }
    /** Per repository, the requests of the last hour (newest activity first). */
    lastHour() {
        const since = this.clock.now() - HOUR_MS;
        while (this.records.length > 0 && this.records[0].at < since)
            this.records.shift();
        const by = new Map();
        for (const r of this.records) {
            const row = by.get(r.repo) ?? { repo: r.repo, counted: 0, notModified: 0 };
            if (r.notModified)
                row.notModified += 1;
            else
                row.counted += 1;
            by.set(r.repo, row);
        }
        return [...by.values()].sort((a, b) => b.counted - a.counted || a.repo.localeCompare(b.repo));
    }
    /** Requests recorded since `ms` (a pass's start): counted and free. */
    since(ms) {
        let counted = 0;
        let notModified = 0;
        for (const r of this.records) {
            if (r.at < ms)
                continue;
            if (r.notModified)
                notModified += 1;
            else
                counted += 1;
        }
        return { counted, notModified };
    }
}
/**
 * `owner/repo` of a request: its route parameters, else its URL (some calls follow a full URL
 * the API gave, such as a check run's); `(account)` for requests of no repository (GET /user).
 */
function repoOf(options) {
    if (typeof options.owner === 'string' && typeof options.repo === 'string')
        return `${options.owner}/${options.repo}`;
    if (typeof options.org === 'string')
        return `org ${options.org}`;
    const url = typeof options.url === 'string' ? options.url : '';
    const m = /\/repos\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})(?:\/|$|\?)/.exec(url);
    return m ? `${m[1]}/${m[2]}` : '(account)';
}
/**
 * Puts every request of `github` under the governor. Registered after the client's own plugins,
 * so it wraps them: it waits before a call and reads the final answer's headers (a call the
 * throttling plugin retried counts once here; GitHub's headers still count every try).
 */
function governClient(github, governor) {
    github.hook.wrap('request', async (request, options) => {
        const repo = repoOf(options);
        await governor.beforeRequest();
        try {
            const response = await request(options);
            governor.observe(repo, response.status, response.headers);
            return response;
        }
        catch (error) {
            const e = error;
            // No status: nothing reached GitHub (a budget refusal, a lost connection) and nothing is recorded.
            if (typeof e.status === 'number')
                governor.observe(repo, e.status, e.response?.headers);
            else
                governor.settle();
            throw error;
        }
    });
    return github;
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/monitor-pass.js
/**
 * One pass of `autoheal monitor` over many repositories: list each repository's recent completed
 * runs (conditionally: an unchanged list is a free 304), and hand each failed run not yet handled
 * to analyze-failure's own `run(inputs, deps)` — the code path of the action, so the same
 * fingerprints, markers, claims, labels, caps and sanitizer decide what is filed — and each green
 * run an open issue waits for (its workflow and branch), so the issue is closed as the action would. Which runs are
 * handled is kept in GitHub, not here: a run an issue's marker already names (filed by the action
 * or another monitor) is skipped before anything is fetched, and two monitors that reach the same
 * run at once meet at the action's claim ref, so one issue is filed. What a process remembers
 * (tags, runs it handled) only saves requests.
 */
















/** Conclusions analyze-failure analyzes (trigger.ts `classifyRun`); others are not failures to file. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Results after which the repository's issues are read again. */
const CHANGES_ISSUES = new Set(['created', 'updated', 'reopened', 'closed']);
/** Pages of 100 runs read per repository at most, whatever the lookback. */
const MAX_RUN_PAGES = 3;
/** The label analyze-failure puts on its issues unless a repository's config names another. */
const DEFAULT_BASE_LABEL = 'autoheal';
function monitor_pass_record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
/** The failed and green runs of a page of `GET …/actions/runs`, and when its oldest run was created. */
function runsOf(data) {
    const runs = monitor_pass_record(data).workflow_runs;
    const list = Array.isArray(runs) ? runs.map(monitor_pass_record) : [];
    const kept = [];
    let oldest;
    for (const r of list) {
        const created = Date.parse(String(r.created_at));
        if (!Number.isNaN(created))
            oldest = oldest === undefined ? created : Math.min(oldest, created);
        const conclusion = String(r.conclusion);
        if (typeof r.id !== 'number')
            continue;
        if (!FAILED_CONCLUSIONS.has(conclusion) && conclusion !== 'success')
            continue;
        kept.push({
            id: r.id,
            attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
            conclusion,
            updatedAt: String(r.updated_at ?? r.created_at),
            workflow: (0,fingerprint/* normalizeWorkflowPath */.g4)(typeof r.path === 'string' ? r.path : ''),
            branch: typeof r.head_branch === 'string' ? r.head_branch : null,
        });
    }
    return { runs: kept, count: list.length, ...(oldest === undefined ? {} : { oldestCreated: oldest }) };
}
/** Runs trusted markers name as filed, and what open issues wait for (lists: the cache keeps JSON-like values). */
/** The trusted logins a kept issue state was read with: it answers only for the same list. */
function trustKey(trusted) {
    return [...new Set(trusted.map((l) => l.toLowerCase()))].sort().join(',');
}
function issueStateOf(data, trusted) {
    const filed = [];
    const waiting = [];
    for (const item of Array.isArray(data) ? data.map(monitor_pass_record) : []) {
        if (item.pull_request)
            continue;
        if (!(0,lib_markers/* isTrustedMarkerSource */.Br)(String(monitor_pass_record(item.user).login ?? ''), trusted))
            continue;
        const marker = (0,issue_body/* readFailureMarker */.Jr)(typeof item.body === 'string' ? item.body : '');
        if (!marker)
            continue;
        const o = marker.occurrence;
        filed.push(`${o.firstRun}.${o.firstAttempt}`, `${o.lastRun}.${o.lastAttempt}`);
        if (item.state !== 'open')
            continue;
        const workflow = (0,fingerprint/* normalizeWorkflowPath */.g4)(marker.workflowPath);
        for (const b of marker.branches ?? [{ branch: marker.branch }])
            waiting.push(`${workflow}\0${b.branch}`);
    }
    return { filed, waiting, trust: trustKey(trusted) };
}
/** The organization's own repositories (by name, so a listing cannot add another owner's). */
function ofOrg(full, org) {
    return (0,runner_context/* parseRepository */.SU)(full) !== undefined && full.toLowerCase().startsWith(`${org.toLowerCase()}/`);
}
/**
 * The repositories of an organization's listing worth watching: not archived or disabled, not a
 * fork (its CI is another project's, rarely run, and its issues are usually off) and not one with
 * issues turned off (nothing could be filed: an error every pass). `--repo` still names any.
 */
function repoNamesOf(data, org) {
    const list = Array.isArray(data) ? data.map(monitor_pass_record) : [];
    const names = list
        .filter((r) => r.archived !== true &&
        r.disabled !== true &&
        r.fork !== true &&
        r.has_issues !== false &&
        typeof r.full_name === 'string')
        .map((r) => String(r.full_name))
        // GitHub's own names only: anything else never reaches a URL.
        .filter((full) => ofOrg(full, org));
    return { names, count: list.length };
}
const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** Kept values as the extractors above make them (a state file's may be anything). */
const validRepoNames = (org) => (v) => {
    const r = monitor_pass_record(v);
    return isCount(r.count) && isStrings(r.names) && r.names.every((n) => ofOrg(n, org));
};
function validRuns(v) {
    const r = monitor_pass_record(v);
    if (!isCount(r.count) || !Array.isArray(r.runs))
        return false;
    if (r.oldestCreated !== undefined && typeof r.oldestCreated !== 'number')
        return false;
    return r.runs.every((x) => {
        const run = monitor_pass_record(x);
        return (Number.isSafeInteger(run.id) &&
            Number.isSafeInteger(run.attempt) &&
            typeof run.conclusion === 'string' &&
            typeof run.updatedAt === 'string' &&
            typeof run.workflow === 'string' &&
            (run.branch === null || typeof run.branch === 'string'));
    });
}
/** Also read with the same trusted logins: markers a login no longer trusted wrote do not count. */
const validIssueState = (trusted) => (v) => {
    const r = monitor_pass_record(v);
    return isStrings(r.filed) && isStrings(r.waiting) && r.trust === trustKey(trusted);
};
const sink = { setOutput: () => undefined, appendSummary: () => undefined };
/** Runs remembered as handled at most (the oldest are forgotten; the markers still answer for them). */
const MAX_HANDLED = 20_000;
class Monitor {
    settings;
    deps;
    cache = new ConditionalCache();
    /** Runs this process handled (`owner/repo#id.attempt`): never handed to analyze-failure twice. */
    handled = new Set();
    github;
    trusted;
    passes = 0;
    constructor(settings, deps) {
        this.settings = settings;
        this.deps = deps;
        this.github = this.client();
    }
    get api() {
        return (this.settings.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    }
    /** Takes up a state a previous process saved; false when it was for another API or malformed. */
    restore(state) {
        const s = monitor_pass_record(state);
        if (s.version !== 1 || s.api !== this.api)
            return false;
        this.cache.import(s.conditional);
        if (Array.isArray(s.handled))
            for (const key of s.handled.slice(-MAX_HANDLED))
                if (typeof key === 'string' && key.length <= 300)
                    this.handled.add(key);
        return true;
    }
    /** What the next process can start from (tags, compact lists, runs handled). */
    state() {
        return {
            version: 1,
            api: this.api,
            conditional: this.cache.export(),
            handled: [...this.handled].slice(-MAX_HANDLED),
        };
    }
    /** A client under the governor; one per handled run, so analyze-failure's hooks do not pile up. */
    client(budget) {
        return governClient((0,github_client/* createGitHubClient */.LX)({
            token: this.settings.token,
            ...(this.settings.apiUrl ? { apiUrl: this.settings.apiUrl } : {}),
            log: this.deps.log,
            ...(budget ? { budget } : {}),
            ...(0,client_tuning/* clientTuning */.j)(this.deps.env),
            // A rate limit is waited out (the governor keeps the monitor clear of it in the first place).
            maxRateLimitWaitSeconds: 3600,
        }), this.deps.governor);
    }
    async trustedAuthors() {
        if (this.trusted)
            return this.trusted;
        const given = this.settings.trustedAuthors ?? [];
        if (given.length > 0)
            this.trusted = [...given];
        else {
            // Its own login (what it files as) and the action's bot: a monitor and the action see each other's issues.
            if (this.settings.token.startsWith('ghs_'))
                this.deps.log.warning('an installation token cannot tell which app it is, so only github-actions[bot] is trusted: give --trusted-authors with the app’s login (name[bot]), or its own issues will not be recognised');
            const own = await (0,identity/* resolveTrustedAuthors */.o)(this.github, this.settings.token, []);
            this.trusted = [...new Set([...own, identity/* ACTIONS_BOT */.a])];
        }
        return this.trusted;
    }
    async repositories(errors) {
        const names = new Map();
        for (const r of this.settings.repos)
            names.set(`${r.owner}/${r.repo}`.toLowerCase(), r);
        const org = this.settings.org;
        if (org) {
            try {
                for (let page = 1; page <= 10; page++) {
                    const listed = await this.cache.get(this.github, 'GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name', per_page: 100, page }, (data) => repoNamesOf(data, org), validRepoNames(org));
                    for (const full of listed.value.names)
                        names.set(full.toLowerCase(), (0,runner_context/* parseRepository */.SU)(full));
                    if (listed.value.count < 100)
                        break;
                }
            }
            catch (error) {
                errors.push(`--org ${this.settings.org}: ${(0,github_errors/* describeGitHubError */.dZ)(error, this.deps.clock.now()).message}`);
            }
        }
        return [...names.values()];
    }
    /** The failed and green runs of `repo` that completed within the lookback, oldest first. */
    async recentRuns(repo, cutoff) {
        const runs = [];
        let unchanged = true;
        for (let page = 1; page <= MAX_RUN_PAGES; page++) {
            const listed = await this.cache.get(this.github, 'GET /repos/{owner}/{repo}/actions/runs', { owner: repo.owner, repo: repo.repo, status: 'completed', per_page: 100, page }, runsOf, validRuns);
            if (!listed.notModified)
                unchanged = false;
            runs.push(...listed.value.runs.filter((r) => Date.parse(r.updatedAt) >= cutoff));
            // Runs are listed newest first: a page that reaches past the lookback is the last one needed.
            const oldest = listed.value.oldestCreated;
            if (listed.value.count < 100 || (oldest !== undefined && oldest < cutoff))
                break;
        }
        runs.sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id - b.id);
        return { runs, unchanged };
    }
    /** What trusted markers of the repository's recently updated autoheal issues say. */
    async issueState(repo) {
        const trusted = await this.trustedAuthors();
        const listed = await this.cache.get(this.github, 'GET /repos/{owner}/{repo}/issues', {
            owner: repo.owner,
            repo: repo.repo,
            labels: DEFAULT_BASE_LABEL,
            state: 'all',
            sort: 'updated',
            direction: 'desc',
            per_page: 100,
        }, (data) => issueStateOf(data, trusted), validIssueState(trusted));
        return { filed: new Set(listed.value.filed), waiting: new Set(listed.value.waiting) };
    }
    /** analyze-failure's `run` for one run, with a client and budget of its own, as the action would. */
    async handle(repo, listed) {
        const name = `${repo.owner}/${repo.repo}`;
        const budget = new lib_budget/* OperationBudget */.v(this.settings.operationsBudget ?? 30);
        const inputs = {
            token: this.settings.token,
            runId: listed.id,
            runAttempt: listed.attempt,
            repository: repo,
            configFile: this.settings.configFile ?? loader/* DEFAULT_CONFIG_PATH */.Bi,
            dryRun: this.settings.dryRun,
            maxJobs: 5,
            labels: [],
            operationsBudget: budget.limit,
            trustedAuthors: await this.trustedAuthors(),
            forks: 'comment',
            ...(this.settings.markerKey ? { markerKey: this.settings.markerKey } : {}),
        };
        const tempDir = await (0,promises_.mkdtemp)(external_node_path_.join(this.deps.tempDir ?? external_node_os_.tmpdir(), 'autoheal-monitor-'));
        const deps = {
            env: this.deps.env,
            log: this.deps.runLog(name, listed.id),
            sink,
            clock: this.deps.clock,
            github: this.client(budget),
            budget,
            tempDir,
        };
        try {
            const outcome = await (0,lib_markers/* withMarkerKey */.Gj)(this.settings.markerKey, () => run(inputs, deps));
            return {
                repo: name,
                id: listed.id,
                attempt: listed.attempt,
                result: outcome.result,
                ...(outcome.issue ? { issue: outcome.issue.number } : {}),
                ...(outcome.reason ? { reason: outcome.reason } : {}),
            };
        }
        catch (error) {
            return {
                repo: name,
                id: listed.id,
                attempt: listed.attempt,
                result: 'error',
                reason: (0,github_errors/* describeGitHubError */.dZ)(error, this.deps.clock.now()).message,
            };
        }
        finally {
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    /** One pass over every repository; errors of one repository or run do not stop the others. */
    async pass() {
        this.passes += 1;
        const started = this.deps.clock.now();
        const waitedBefore = this.deps.governor.waitedMs;
        const errors = [];
        const reports = [];
        const repos = await this.repositories(errors);
        const cutoff = started - this.settings.sinceMs;
        let unchanged = 0;
        let failedSeen = 0;
        for (const repo of repos) {
            const name = `${repo.owner}/${repo.repo}`;
            try {
                const found = await this.recentRuns(repo, cutoff);
                if (found.unchanged)
                    unchanged += 1;
                failedSeen += found.runs.filter((r) => r.conclusion !== 'success').length;
                const fresh = found.runs.filter((r) => !this.handled.has(`${name}#${r.id}.${r.attempt}`));
                if (fresh.length === 0)
                    continue;
                let issues = await this.issueState(repo);
                // Oldest first, as the action sees them: a failure is filed before the green run that fixes it.
                for (const listed of fresh) {
                    const key = `${name}#${listed.id}.${listed.attempt}`;
                    const green = listed.conclusion === 'success';
                    if (green && !issues.waiting.has(`${listed.workflow}\0${listed.branch ?? ''}`)) {
                        // No open issue waits for this workflow and branch: the green run closes nothing.
                        this.handled.add(key);
                        continue;
                    }
                    if (!green && issues.filed.has(`${listed.id}.${listed.attempt}`)) {
                        this.handled.add(key);
                        reports.push({ repo: name, id: listed.id, attempt: listed.attempt, result: 'already-filed' });
                        continue;
                    }
                    const report = await this.handle(repo, listed);
                    if (!green || report.result !== 'skipped')
                        reports.push(report);
                    // A failed attempt (a GitHub outage, a budget) is tried again next pass; the rest is done.
                    if (report.result !== 'error')
                        this.handled.add(key);
                    else
                        errors.push(`${name} run ${listed.id}: ${report.reason ?? 'failed'}`);
                    // What it filed or closed changes what the later runs of this pass find.
                    if (CHANGES_ISSUES.has(report.result))
                        issues = await this.issueState(repo);
                }
            }
            catch (error) {
                errors.push(`${name}: ${(0,github_errors/* describeGitHubError */.dZ)(error, this.deps.clock.now()).message}`);
            }
        }
        const w = this.deps.governor.known;
        const share = this.deps.governor.share;
        return {
            pass: this.passes,
            startedAt: new Date(started).toISOString(),
            repositories: repos.length,
            unchanged,
            failedRunsSeen: failedSeen,
            runs: reports,
            requests: this.deps.governor.since(started),
            ...(w
                ? {
                    rateLimit: {
                        limit: w.limit,
                        remaining: w.remaining,
                        resetAt: new Date(w.resetAt).toISOString(),
                        share,
                        keptForOthers: this.deps.governor.floor(w.limit),
                    },
                }
                : {}),
            perRepositoryLastHour: this.deps.governor.lastHour(),
            errors,
            waitedSeconds: Math.round((this.deps.governor.waitedMs - waitedBefore) / 1000),
        };
    }
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/monitor.js









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
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_SINCE_MS = 30 * 86_400_000;
function monitor_parseDuration(value) {
    const m = /^(\d{1,7})([smhd])$/.exec(value.trim());
    const ms = m ? Number(m[1]) * UNITS[m[2]] : Number.NaN;
    if (!(ms > 0) || ms > MAX_SINCE_MS)
        throw new cli/* UsageError */.eb(`--since takes a duration such as 90s, 60m, 6h or 2d, at most 30d; got "${value.slice(0, 40)}"`);
    return ms;
}
function wholeNumber(name, value, min, max) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
        throw new cli/* UsageError */.eb(`--${name} takes a whole number from ${min} to ${max}; got "${value.slice(0, 40)}"`);
    return n;
}
function parseShare(value) {
    if (value === undefined)
        return 0.5;
    const n = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || !(n > 0 && n <= 1))
        throw new cli/* UsageError */.eb(`--rate-share takes a number greater than 0 and at most 1, such as 0.5; got "${value.slice(0, 40)}"`);
    return n;
}
function parseRepos(values) {
    const out = [];
    for (const item of values.flatMap(splitList)) {
        const ref = (0,runner_context/* parseRepository */.SU)(item);
        if (!ref)
            throw new cli/* UsageError */.eb(`--repo takes OWNER/NAME, such as octo-org/widgets; got "${item.slice(0, 100)}"`);
        out.push(ref);
    }
    return out;
}
/**
 * Text that came from GitHub or a log, made safe for a terminal and a workflow log: control
 * characters (escape sequences, carriage returns) and bidirectional overrides become U+FFFD, so
 * a line can neither rewrite the screen nor start a `::workflow-command::`.
 */
function terminalSafe(text) {
    return text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, '\uFFFD');
}
function lines(prefix, message) {
    return message
        .split(/\r?\n/)
        .map((line) => `${prefix}${terminalSafe(line)}\n`)
        .join('');
}
function logger(io, prefix, verbose) {
    const say = (m) => io.stderr(lines(prefix, m));
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
const RESULT_WORDS = {
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
function renderPass(report, sinceText) {
    const out = [];
    out.push(`pass ${report.pass} at ${report.startedAt}: ${report.repositories} repositories (${report.unchanged} unchanged, answered 304), ${report.failedRunsSeen} failed run(s) in the last ${sinceText}`);
    for (const r of report.runs) {
        const issue = r.issue !== undefined ? ` #${r.issue}` : '';
        const why = r.reason && (r.result === 'skipped' || r.result === 'error') ? `: ${r.reason}` : '';
        out.push(terminalSafe(`  ${r.repo} run ${r.id} (attempt ${r.attempt}): ${RESULT_WORDS[r.result] ?? r.result}${issue}${why}`));
    }
    const q = report.requests;
    const rate = report.rateLimit;
    out.push(`requests this pass: ${q.counted} counted, ${q.notModified} free (304)` +
        (rate
            ? `; rate limit ${rate.remaining} of ${rate.limit} left, resets ${rate.resetAt}; share ${rate.share} keeps ${rate.keptForOthers} for others`
            : ''));
    if (report.waitedSeconds > 0)
        out.push(`waited ${report.waitedSeconds}s for the rate-limit window to reset`);
    if (report.perRepositoryLastHour.length > 0) {
        out.push('requests per repository in the last hour (counted / free):');
        const width = Math.max(...report.perRepositoryLastHour.map((r) => r.repo.length));
        for (const r of report.perRepositoryLastHour)
            out.push(terminalSafe(`  ${r.repo.padEnd(width)}  ${String(r.counted).padStart(5)} / ${r.notModified}`));
    }
    return `${out.join('\n')}\n`;
}
/**
 * The pass as markdown for a workflow's job summary (GITHUB_STEP_SUMMARY): every text that came
 * from GitHub goes through core's sanitizer, as in everything autoheal posts.
 */
function summaryMarkdown(report, sanitizer) {
    const t = (text) => sanitizer.inline(text);
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
            out.push(`| ${t(r.repo)} | ${r.id} (attempt ${r.attempt}) | ${t(RESULT_WORDS[r.result] ?? r.result)}${issue}${t(why)} |`);
        }
        out.push('');
    }
    for (const e of report.errors)
        out.push(`- ${t(e)}`);
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
function abortableClock(signal) {
    return {
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => {
            if (signal?.aborted)
                return resolve();
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
/** The saved state, undefined when the file does not exist yet, or why it cannot be used. */
async function readState(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        return { problem: error.message };
    }
    try {
        return { state: JSON.parse(text) };
    }
    catch {
        return { problem: 'not valid JSON' };
    }
}
/** Written to a temporary file first, so a stopped monitor never leaves half a state. */
async function writeState(file, state) {
    const partial = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(partial, `${JSON.stringify(state)}\n`);
    await (0,promises_.rename)(partial, file);
}
/** The command's loop, with the clock injectable (tests run passes without real waits). */
async function runMonitor(options, io, clock) {
    const log = logger(io, 'autoheal monitor: ', options.verbose);
    const governor = new RateGovernor(options.share, clock, (ms, why) => log.notice(`pausing ${Math.ceil(ms / 1000)}s: ${why}`));
    const env = {};
    for (const name of PASSED_ENV)
        if (io.env[name] !== undefined)
            env[name] = io.env[name];
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
        if (saved.problem)
            log.warning(`${options.stateFile}: ${saved.problem}; starting without it`);
        else if (saved.state !== undefined && !monitor.restore(saved.state))
            log.warning(`${options.stateFile} is for another API or version; starting without it`);
    }
    const sanitizer = (0,sanitize/* createSanitizer */.Oq)({ secrets: [options.settings.token] });
    let failed = false;
    for (let n = 1;; n++) {
        const report = await monitor.pass();
        if (options.stateFile) {
            try {
                await writeState(options.stateFile, monitor.state());
            }
            catch (error) {
                log.warning(`could not save ${options.stateFile}: ${error.message}`);
            }
        }
        failed = report.errors.length > 0;
        io.stdout(options.json ? `${JSON.stringify(report)}\n` : renderPass(report, options.sinceText));
        const summaryFile = io.env.GITHUB_STEP_SUMMARY;
        if (summaryFile)
            await (0,promises_.appendFile)(summaryFile, summaryMarkdown(report, sanitizer));
        for (const e of report.errors)
            io.stderr(lines('autoheal monitor: ', e));
        if (!options.watch || io.signal?.aborted || (options.passes !== undefined && n >= options.passes))
            break;
        // Stretch the interval so a pass's cost, repeated, stays inside the hourly share.
        const allowance = governor.hourlyAllowance();
        const needed = allowance > 0 ? (report.requests.counted / allowance) * 3600 : 0;
        const wait = Math.max(options.intervalSeconds, Math.ceil(needed));
        if (wait > options.intervalSeconds)
            log.notice(`next pass in ${wait}s, not ${options.intervalSeconds}s: this pass counted ${report.requests.counted} requests and the share allows ${allowance} an hour`);
        await clock.sleep(wait * 1000);
        if (io.signal?.aborted)
            break;
    }
    return failed ? cli/* EXIT */.dc.failure : cli/* EXIT */.dc.ok;
}
const monitorCommand = {
    name: 'monitor',
    summary: 'Watch many repositories’ runs and file each failure once, as the action does.',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(args, {
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
        }, false);
        if (positionals.length > 0)
            throw new cli/* UsageError */.eb(`unexpected argument "${positionals[0]}"`);
        const repos = parseRepos(values.repo ?? []);
        const org = values.org;
        if (org !== undefined && !/^[A-Za-z0-9-]{1,39}$/.test(org))
            throw new cli/* UsageError */.eb(`--org takes an organization's login, such as octo-org; got "${org.slice(0, 60)}"`);
        if (repos.length === 0 && org === undefined)
            throw new cli/* UsageError */.eb('name the repositories: --repo OWNER/NAME or --org ORG');
        const sinceText = values.since;
        const sinceMs = monitor_parseDuration(sinceText);
        const watch = values.watch === true;
        const interval = wholeNumber('interval', values.interval, 1, 86_400);
        const passes = wholeNumber('passes', values.passes, 1, 1_000_000);
        if (!watch && (interval !== undefined || passes !== undefined))
            throw new cli/* UsageError */.eb('--interval and --passes go with --watch');
        const share = parseShare(values['rate-share']);
        const configFile = values['config-file'];
        if (configFile !== undefined && repoPathProblem(configFile))
            throw new cli/* UsageError */.eb(`--config-file ${repoPathProblem(configFile)}`);
        const token = values.token ?? io.env.AUTOHEAL_TOKEN ?? io.env.GITHUB_TOKEN;
        if (!token?.trim())
            throw new cli/* UsageError */.eb('no token: set AUTOHEAL_TOKEN (or GITHUB_TOKEN) in the environment, or give --token');
        const apiUrl = values.api ?? io.env.GITHUB_API_URL;
        if (apiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(apiUrl))
            throw new cli/* UsageError */.eb(`--api takes the API's URL, such as https://github.example.com/api/v3; got "${apiUrl.slice(0, 80)}"`);
        const markerKey = io.env.AUTOHEAL_MARKER_KEY?.trim() || undefined;
        if (markerKey !== undefined && markerKey.length < MARKER_KEY_MIN_LENGTH)
            throw new cli/* UsageError */.eb(`AUTOHEAL_MARKER_KEY must be a secret of at least ${MARKER_KEY_MIN_LENGTH} characters`);
        const trusted = values['trusted-authors'];
        const settings = {
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
        const stateFile = values.state;
        return runMonitor({
            settings,
            ...(stateFile !== undefined ? { stateFile: external_node_path_.resolve(io.cwd, stateFile) } : {}),
            watch,
            intervalSeconds: interval ?? 300,
            ...(passes !== undefined ? { passes } : {}),
            share,
            json: values.json === true,
            verbose: values.verbose === true,
            sinceText,
        }, io, abortableClock(io.signal));
    },
};


/***/ }),

/***/ 7928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   gi: () => (/* binding */ readRunnerContext)
/* harmony export */ });
/* unused harmony exports envValue, workflowPathFromRef, requireRepository, parseEventPayload, eventFileProblem, readActionContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4531);
/**
 * What the runner tells every step through its environment (GITHUB_* and RUNNER_*), read in one
 * place so every action trims, defaults and validates it the same way, and the triggering event's
 * payload from GITHUB_EVENT_PATH.
 */



const DEFAULT_SERVER_URL = 'https://github.com';
// GitHub's own limits: a login of up to 39 letters, digits and hyphens; a name of up to 100 of these.
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
/** A variable's value, trimmed; undefined when unset or blank (the runner may set some to ''). */
function envValue(env, name) {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
/** `owner/name` → its parts; undefined for anything else (`.` and `..` are not repository names). */
function parseRepository(value) {
    const text = value?.trim();
    if (!text || !REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..'))
        return undefined;
    const [owner = '', repo = ''] = text.split('/');
    return { owner, repo };
}
/** `owner/repo/.github/workflows/autoheal.yml@refs/heads/main` → `.github/workflows/autoheal.yml`. */
function workflowPathFromRef(ref) {
    if (!ref)
        return undefined;
    const at = ref.lastIndexOf('@');
    const full = at >= 0 ? ref.slice(0, at) : ref;
    const parts = full.split('/');
    if (parts.length < 3)
        return undefined;
    return parts.slice(2).join('/');
}
/** Reads the runner's variables; nothing is required here (see requireRepository). */
function readRunnerContext(env) {
    const context = {
        eventName: envValue(env, 'GITHUB_EVENT_NAME') ?? '',
        serverUrl: (envValue(env, 'GITHUB_SERVER_URL') ?? DEFAULT_SERVER_URL).replace(/\/+$/, ''),
    };
    const eventPath = envValue(env, 'GITHUB_EVENT_PATH');
    if (eventPath)
        context.eventPath = eventPath;
    const repository = parseRepository(envValue(env, 'GITHUB_REPOSITORY'));
    if (repository)
        context.repository = repository;
    const apiUrl = envValue(env, 'GITHUB_API_URL');
    if (apiUrl)
        context.apiUrl = apiUrl;
    const self = workflowPathFromRef(envValue(env, 'GITHUB_WORKFLOW_REF'));
    if (self)
        context.selfWorkflowPath = self;
    const tempDir = envValue(env, 'RUNNER_TEMP');
    if (tempDir)
        context.tempDir = tempDir;
    const workspace = envValue(env, 'GITHUB_WORKSPACE');
    if (workspace)
        context.workspace = workspace;
    return context;
}
/** GITHUB_REPOSITORY as owner/name, or a ConfigurationError that shows what it is instead. */
function requireRepository(env) {
    const given = envValue(env, 'GITHUB_REPOSITORY');
    const repository = parseRepository(given);
    if (repository)
        return repository;
    throw new ConfigurationError(`GITHUB_REPOSITORY must be "owner/name" but is ${given === undefined ? 'not set' : JSON.stringify(given.slice(0, 200))}; ` +
        'run this action in a GitHub Actions workflow (the runner sets it).');
}
/**
 * The JSON object in `text`, read from the event file at `eventPath`, or a ConfigurationError that
 * names the file and says what is wrong (not JSON, or JSON that is not an object).
 */
function parseEventPayload(text, eventPath) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): it is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).slice(0, 200)}). ${EVENT_FILE_HINT}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        const what = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): it holds ${what}, not a JSON object. ${EVENT_FILE_HINT}`);
    }
    return parsed;
}
const EVENT_FILE_HINT = 'The runner writes this file for every step; run the action in a GitHub Actions workflow, or point GITHUB_EVENT_PATH at a webhook payload.';
function unreadable(eventPath, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. ${EVENT_FILE_HINT}`);
}
/** The JSON object at GITHUB_EVENT_PATH; `{}` when no path is set. A missing, unreadable or malformed file is a ConfigurationError. */
async function readEventPayload(eventPath) {
    if (!eventPath)
        return {};
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(eventPath, 'utf8');
    }
    catch (error) {
        throw unreadable(eventPath, error);
    }
    return parseEventPayload(text, eventPath);
}
/** readEventPayload's check, synchronous: the problem with the event file GITHUB_EVENT_PATH names, or undefined when it is fine or unset. */
function eventFileProblem(env) {
    const eventPath = envValue(env, 'GITHUB_EVENT_PATH');
    if (!eventPath)
        return undefined;
    let text;
    try {
        text = readFileSync(eventPath, 'utf8');
    }
    catch (error) {
        return unreadable(eventPath, error);
    }
    try {
        parseEventPayload(text, eventPath);
        return undefined;
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            return error;
        throw error;
    }
}
/** The repository (required), the event with its payload, and the URLs and folders, for actions that need them all. */
async function readActionContext(env) {
    const repository = requireRepository(env);
    const runner = readRunnerContext(env);
    const context = {
        repository,
        event: { name: runner.eventName, payload: await readEventPayload(runner.eventPath) },
        serverUrl: runner.serverUrl,
    };
    if (runner.apiUrl)
        context.apiUrl = runner.apiUrl;
    if (runner.tempDir)
        context.tempDir = runner.tempDir;
    if (runner.workspace)
        context.workspace = runner.workspace;
    return context;
}


/***/ })

};
