export const id = 887;
export const ids = [887];
export const modules = {

/***/ 2887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand),
  runWrapped: () => (/* binding */ runWrapped),
  splitCommand: () => (/* binding */ splitCommand)
});

// EXTERNAL MODULE: ./packages/core/lib/deadline.js
var deadline = __webpack_require__(7200);
// EXTERNAL MODULE: ./packages/core/lib/filing/ci-site.js
var ci_site = __webpack_require__(7182);
// EXTERNAL MODULE: ./packages/core/lib/filing/repo-facts.js
var repo_facts = __webpack_require__(1902);
// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(542);
// EXTERNAL MODULE: ./node_modules/.pnpm/cross-spawn@7.0.6/node_modules/cross-spawn/index.js
var cross_spawn = __webpack_require__(5294);
;// CONCATENATED MODULE: ./packages/cli/lib/run/child.js
/**
 * Runs the wrapped command: no shell (the words are passed as they are; cross-spawn on Windows), stdin inherited, stdout
 * and stderr piped and written on unchanged to ours (each stream in its own order) while a copy
 * goes to the spill file. The signals a build system sends to stop a job (SIGINT, SIGTERM, SIGHUP)
 * are passed on to the command, and its exit is reported as it happened: a code, or a signal.
 */

// Windows runs `npm`, `yarn`… as .cmd files, which spawn cannot start without a shell; cross-spawn
// does it with each word escaped for cmd.exe (elsewhere it is plain spawn).

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** After the command exited, output quiet this long means the rest (if any) is a leftover process's. */
const IDLE_MS = 500;
/** The longest wait for the command's output after it exited, however busy a leftover process is. */
const MAX_DRAIN_MS = 5000;
/** The exit code a shell reports for this exit: the code itself, 128 + n for signal n. */
function shellExitCode(exit) {
    if (exit.code !== null)
        return exit.code;
    const n = exit.signal ? external_node_os_.constants.signals[exit.signal] : undefined;
    return n === undefined ? 1 : 128 + n;
}
/**
 * Copies `from` to `to` and into the spill, pausing the command's pipe while `to` is full. When
 * `to` breaks (its reader went away: `autoheal run … | head`), the command's pipe is closed too,
 * so the command meets the closed pipe (EPIPE, SIGPIPE) exactly as it would without us, and we
 * neither crash on the error nor wait for a drain that never comes.
 */
function tee(from, to, spill, onBroken, activity) {
    return new Promise((resolve) => {
        let broken = false;
        to.on('error', () => {
            if (broken)
                return;
            broken = true;
            onBroken();
            from.destroy();
        });
        from.on('data', (chunk) => {
            activity.at = Date.now();
            spill.write(chunk);
            if (broken)
                return;
            if (!to.write(chunk)) {
                from.pause();
                to.once('drain', () => from.resume());
            }
        });
        from.once('end', resolve);
        from.once('close', resolve);
        from.once('error', () => resolve());
    });
}
function runChild(options) {
    const [file, ...args] = options.argv;
    let interrupted;
    let outputClosed = false;
    const onBroken = () => {
        outputClosed = true;
    };
    const activity = { at: Date.now() };
    return new Promise((resolve) => {
        const child = cross_spawn(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['inherit', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        const forwards = FORWARDED_SIGNALS.map((signal) => {
            const listener = () => {
                interrupted ??= signal;
                if (child.exitCode === null && child.signalCode === null)
                    child.kill(signal);
            };
            options.signals.on(signal, listener);
            return { signal, listener };
        });
        const unhook = () => {
            for (const f of forwards)
                options.signals.removeListener(f.signal, f.listener);
        };
        // Both are pipes (stdio above); the types cannot know that.
        const copied = Promise.all([
            tee(child.stdout, options.stdout, options.spill, onBroken, activity),
            tee(child.stderr, options.stderr, options.spill, onBroken, activity),
        ]);
        child.once('error', (error) => {
            unhook();
            // What a shell answers: 127 for a command not found, 126 for one it may not run.
            const code = error.code === 'ENOENT' ? 127 : 126;
            resolve({
                code,
                signal: null,
                spawnError: `${file}: ${error.code === 'ENOENT' ? 'command not found' : error.message}`,
            });
        });
        const finish = (code, signal) => {
            unhook();
            resolve({
                code,
                signal,
                ...(interrupted ? { interrupted } : {}),
                ...(outputClosed ? { outputClosed: true } : {}),
            });
        };
        // `close` comes after both pipes ended, so every byte is passed on before we report.
        child.once('close', (code, signal) => {
            void copied.then(() => finish(code, signal));
        });
        // A process the command left running (`server &`, a daemon) may hold its output open for
        // ever, and the shell would not have waited for it: once the command exited, nothing is held
        // back by a slow reader, and its pipes are quiet (nothing for IDLE_MS) or MAX_DRAIN_MS passed,
        // its result is the command's. What the leftover writes later is not ours to pass on.
        child.once('exit', (code, signal) => {
            const exited = Date.now();
            let done = false;
            void copied.then(() => {
                done = true;
            });
            const check = () => {
                if (done)
                    return;
                const paused = (child.stdout?.isPaused() ?? false) || (child.stderr?.isPaused() ?? false);
                const now = Date.now();
                // Quiet counts from the exit at the earliest: the last bytes may be read just after it.
                const quiet = now - Math.max(activity.at, exited) >= IDLE_MS;
                // Never while a slow reader holds output back: that is the command's, and it is passed on.
                if (paused || !(quiet || now - exited >= MAX_DRAIN_MS)) {
                    setTimeout(check, IDLE_MS / 5);
                    return;
                }
                // Timers run before the loop reads the pipes: after a long blocking write, bytes may be
                // waiting. One turn of reading first (setImmediate runs after it); new bytes mean not quiet.
                const seen = activity.at;
                setImmediate(() => {
                    if (done)
                        return;
                    if (activity.at !== seen && now - exited < MAX_DRAIN_MS)
                        setTimeout(check, IDLE_MS / 5);
                    else
                        finish(code, signal);
                });
            };
            setTimeout(check, IDLE_MS / 5);
        });
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/cli/lib/run/spill.js
/**
 * The command's output kept for the analyzer, bounded: the first `headBytes` go to a file as they
 * arrive (synchronous appends, so stdout and stderr chunks keep their arrival order), and past
 * that only the last `tailBytes` are kept in memory, appended to the file when the command ends
 * with a line saying how much was left out. A 2 GB log costs `tailBytes` of memory and
 * `headBytes + tailBytes` of disk; the analyzer streams the file.
 */



const DEFAULT_HEAD_BYTES = 16 * 1024 * 1024;
const DEFAULT_TAIL_BYTES = 4 * 1024 * 1024;
class SpillFile {
    path;
    folder;
    fd;
    headBytes;
    tailBytes;
    written = 0;
    /** Chunks past the head; trimmed from the front to stay within tailBytes. */
    tail = [];
    tailSize = 0;
    dropped = 0;
    constructor(options = {}) {
        this.headBytes = options.headBytes ?? DEFAULT_HEAD_BYTES;
        this.tailBytes = options.tailBytes ?? DEFAULT_TAIL_BYTES;
        this.folder = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(options.dir ?? external_node_os_.tmpdir(), 'autoheal-run-'));
        this.path = external_node_path_.join(this.folder, 'output.log');
        this.fd = (0,external_node_fs_.openSync)(this.path, 'w', 0o600);
    }
    /** Bytes seen in all (kept or not). */
    get total() {
        return this.written + this.tailSize + this.dropped;
    }
    write(chunk) {
        if (this.fd === undefined)
            return;
        const room = this.headBytes - this.written;
        if (room > 0) {
            const head = chunk.length <= room ? chunk : chunk.subarray(0, room);
            (0,external_node_fs_.writeSync)(this.fd, head);
            this.written += head.length;
            if (head.length === chunk.length)
                return;
            chunk = chunk.subarray(head.length);
        }
        this.tail.push(Buffer.from(chunk));
        this.tailSize += chunk.length;
        while (this.tailSize > this.tailBytes && this.tail.length > 0) {
            const over = this.tailSize - this.tailBytes;
            const firstChunk = this.tail[0];
            if (firstChunk.length <= over) {
                this.tail.shift();
                this.tailSize -= firstChunk.length;
                this.dropped += firstChunk.length;
            }
            else {
                this.tail[0] = firstChunk.subarray(over);
                this.tailSize -= over;
                this.dropped += over;
            }
        }
    }
    /** Writes the kept tail and closes the file; the file is complete after this. */
    finish() {
        if (this.fd === undefined)
            return;
        if (this.dropped > 0)
            (0,external_node_fs_.writeSync)(this.fd, `\n[autoheal: ${this.dropped} bytes of output not kept here]\n`);
        for (const chunk of this.tail)
            (0,external_node_fs_.writeSync)(this.fd, chunk);
        this.tail = [];
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
    remove() {
        this.finish();
        (0,external_node_fs_.rmSync)(this.folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/run.js






/**
 * `autoheal run [options] -- <command …>`: run a command as if autoheal were not there (output,
 * signals and exit code unchanged), and when it fails, diagnose its output and file or update the
 * one deduplicated issue analyze-failure would. autoheal's own lines go to stderr, prefixed.
 */
const USAGE = `Usage: autoheal run [options] -- <command> [args…]

Run a command with its output, signals and exit code passed through unchanged. When it fails,
diagnose its output and file (or update) one deduplicated GitHub issue, with the CI provider's run
link, branch and commit (GitLab CI, Jenkins, Buildkite, CircleCI, Travis CI, Azure Pipelines,
GitHub Actions; others by name). Without a token, or in a pipeline of a fork's pull/merge request,
print the diagnosis instead. The build's result is always the command's: autoheal waits for
GitHub at most --timeout seconds, and a GitHub outage only prints a warning.

  --repo OWNER/NAME   the GitHub repository to file in (default: from the CI environment, else
                      the git remote "origin")
  --token TOKEN       a token that may write issues (default: AUTOHEAL_TOKEN, else GITHUB_TOKEN);
                      prefer AUTOHEAL_TOKEN, which the command does not get (a command line
                      can be read by the command and by ps)
  --api URL           the GitHub API (GHES: https://HOST/api/v3; the simulator's URL); default
                      AUTOHEAL_API_URL, else GITHUB_API_URL, else https://api.github.com
  --timeout SECONDS   the longest wait for the diagnosis and GitHub after the command ends (default 20)
  --dry-run           say what would be filed, change nothing
  --config FILE       the autoheal config (default .github/autoheal.yml; "enabled: false" turns this off)
  --trusted-author L  a login whose issues count as autoheal's (repeatable; default: the token's own)

Environment: AUTOHEAL_ENABLED=false runs the command and nothing else.

Example:
  autoheal run --repo acme/shop -- npm test

Exit codes: the command's own (128+n when signal n ended it; 127 when it could not be found);
2 for bad usage of autoheal run itself.`;
const DEFAULT_TIMEOUT_S = 20;
/** Words after `--` are the command; before it, ours. */
function splitCommand(args) {
    const at = args.indexOf('--');
    return at < 0 ? { own: [...args], command: [] } : { own: args.slice(0, at), command: args.slice(at + 1) };
}
function disabled(value) {
    return /^(?:0|false|no|off)$/i.test(value?.trim() ?? '');
}
async function runWrapped(args, io, edges) {
    const { own, command } = splitCommand(args);
    const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(own, {
        repo: { type: 'string' },
        token: { type: 'string' },
        api: { type: 'string' },
        timeout: { type: 'string' },
        'dry-run': { type: 'boolean' },
        config: { type: 'string' },
        'trusted-author': { type: 'string', multiple: true },
    });
    const argv = command.length > 0 ? command : positionals;
    if (argv.length === 0)
        throw new cli/* UsageError */.eb('give the command to run after --, e.g. autoheal run -- npm test');
    if (command.length > 0 && positionals.length > 0)
        throw new cli/* UsageError */.eb(`unexpected "${positionals[0]}" before --; the command goes after --`);
    const rawTimeout = values.timeout;
    if (rawTimeout !== undefined && !/^\d{1,4}(?:\.\d+)?$/.test(rawTimeout))
        throw new cli/* UsageError */.eb(`--timeout takes seconds, e.g. --timeout 20; got "${rawTimeout}"`);
    const timeoutMs = Math.round(Number(rawTimeout ?? DEFAULT_TIMEOUT_S) * 1000);
    const env = io.env;
    const enabled = !disabled(env.AUTOHEAL_ENABLED);
    // Piped output loses a terminal's colours; tools that honour FORCE_COLOR keep them.
    const tty = edges.stdout.isTTY === true;
    const childEnv = tty && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined
        ? { ...env, FORCE_COLOR: '1' }
        : { ...env };
    // The token that writes issues is ours, not the build's: the command (a pull request's code,
    // often) does not get it. GITHUB_TOKEN stays, since builds use their own.
    delete childEnv.AUTOHEAL_TOKEN;
    // Read before the command runs: afterwards its code could have moved the remote, the branch or the config.
    const facts = enabled
        ? await (0,repo_facts/* readRepoFacts */.IB)(io.cwd, values.config)
        : undefined;
    const spill = new SpillFile(edges.spillDir ? { dir: edges.spillDir } : {});
    try {
        const exit = await runChild({
            argv,
            cwd: io.cwd,
            env: childEnv,
            stdout: edges.stdout,
            stderr: edges.stderr,
            spill,
            signals: edges.signals,
        });
        spill.finish();
        const code = shellExitCode(exit);
        if (exit.spawnError)
            io.stderr(`autoheal: ${exit.spawnError}\n`);
        // A reader that went away (`| head`) decided this exit, and may not read another line of ours.
        if (code === 0 || !enabled || exit.outputClosed)
            return code;
        if (exit.interrupted) {
            io.stderr(`autoheal: the command was stopped (${exit.interrupted}); nothing to diagnose.\n`);
            return code;
        }
        // After the deadline the abandoned report may still fail (its file is gone): it says nothing more.
        let over = false;
        const print = (line) => {
            if (!over)
                io.stderr(`${line}\n`);
        };
        // The analyzer and the GitHub client load only now: a green build never pays for them.
        const report = Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(90), __webpack_require__.e(699), __webpack_require__.e(724), __webpack_require__.e(810), __webpack_require__.e(186), __webpack_require__.e(557), __webpack_require__.e(318)]).then(__webpack_require__.bind(__webpack_require__, 5318))
            .then(({ reportFailure }) => reportFailure({
            cwd: io.cwd,
            env,
            ci: edges.ci,
            output: { file: spill.path },
            argv,
            exitCode: exit.code,
            signal: exit.signal,
            print,
            ...(values.repo === undefined ? {} : { repo: values.repo }),
            ...(values.token === undefined ? {} : { token: values.token }),
            ...(values.api === undefined ? {} : { api: values.api }),
            ...(values.config === undefined ? {} : { configPath: values.config }),
            ...(facts ? { facts } : {}),
            dryRun: values['dry-run'] === true,
            trustedAuthors: values['trusted-author'] ?? [],
        }))
            .catch((error) => {
            // GitHub down, a token refused, a bug: said in one line, never the build's result.
            const message = error instanceof Error ? error.message : String(error);
            print(`autoheal: could not file the failure (${message.split('\n')[0].slice(0, 300)}); the exit code stays ${code}.`);
        });
        // A build stopped while we report is not kept waiting for GitHub either.
        let onSignal;
        const stopped = new Promise((resolve) => {
            onSignal = resolve;
        });
        const listeners = FORWARDED_SIGNALS.map((signal) => ({ signal, listener: () => onSignal?.(signal) }));
        for (const l of listeners)
            edges.signals.on(l.signal, l.listener);
        const { value, timedOut } = await (0,deadline/* withDeadline */.N)(Promise.race([report, stopped]), timeoutMs);
        for (const l of listeners)
            edges.signals.removeListener(l.signal, l.listener);
        over = true;
        if (typeof value === 'string')
            io.stderr(`autoheal: stopped by ${value} while filing; the exit code stays ${code}.\n`);
        else if (timedOut)
            io.stderr(`autoheal: gave up on the diagnosis after ${timeoutMs / 1000} s (--timeout); the exit code stays ${code}.\n`);
        return code;
    }
    finally {
        spill.remove();
    }
}
const runCommand = {
    name: 'run',
    summary: 'Run a command; when it fails, file or update one deduplicated issue (any CI, or none).',
    usage: USAGE,
    async run(args, io) {
        const edges = {
            stdout: process.stdout,
            stderr: process.stderr,
            signals: process,
            ci: (0,ci_site/* detectCi */.Ay)(),
        };
        // The command runs where it would without autoheal: this process's folder, not INIT_CWD
        // (a package script under `pnpm --filter` runs in the package, INIT_CWD is where pnpm started).
        return runWrapped(args, { ...io, cwd: process.cwd() }, edges);
    },
};


/***/ }),

/***/ 7200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withDeadline)
/* harmony export */ });
/** A bound on waiting, in a module of its own so callers can load it without what they wait for. */
/** Settles with `promise`'s value, or as timed out once `ms` have passed: the caller waits no longer. */
async function withDeadline(promise, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ timedOut: true }), ms);
    });
    try {
        return await Promise.race([promise.then((value) => ({ value, timedOut: false })), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 7182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ detectCi),
/* harmony export */   mB: () => (/* binding */ ciSite),
/* harmony export */   mr: () => (/* binding */ repoSlug),
/* harmony export */   q4: () => (/* binding */ slugFromRemote)
/* harmony export */ });
/* unused harmony export forkOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var ci_info__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(445);
/**
 * Where `autoheal run` runs: which CI provider (ci-info knows them; we do not keep our own list of
 * detection variables) and, for the providers people use most, the run link, branch, commit and
 * repository that provider's environment gives. Every value is untrusted text from the
 * environment: it is only ever put into an issue through the sanitizer, and a repository slug is
 * accepted only in the `owner/name` shape.
 */


/** What ci-info read from this process's environment (it reads process.env once, when loaded). */
function detectCi() {
    return { id: ci_info__WEBPACK_IMPORTED_MODULE_1__.id, name: ci_info__WEBPACK_IMPORTED_MODULE_1__.name, isCI: ci_info__WEBPACK_IMPORTED_MODULE_1__.isCI };
}
/**
 * A repository name, path, slug or remote URL reduced to `host/path` (or the path alone), so the
 * forms one provider mixes (`git@host:o/r.git`, `git://host/o/r.git`, `https://host/o/r`) compare equal.
 */
function repoKey(value) {
    const v = value
        .trim()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    const scp = /^[^@/\s]+@([^:/\s]+):\/*(.+)$/.exec(v);
    if (scp)
        return `${scp[1]}/${scp[2]}`.toLowerCase();
    try {
        const u = new URL(v);
        if (u.hostname)
            return `${u.hostname}${u.pathname}`.replace(/\/+$/, '').toLowerCase();
    }
    catch {
        // Not a URL: a path or slug.
    }
    return v.toLowerCase();
}
/** Two repository names (paths, slugs or remote URLs) that name different repositories. */
function differ(a, b) {
    if (!a || !b)
        return false;
    return repoKey(a) !== repoKey(b);
}
/**
 * The head repository of the pull request a GitHub Actions run is for, when it is not this one
 * (pull_request_target and the like hand a fork's code the base repository's secrets).
 */
function githubFork(env) {
    const file = first(env, 'GITHUB_EVENT_PATH');
    if (!file || !first(env, 'GITHUB_HEAD_REF'))
        return undefined;
    let head;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        const repo = event.pull_request?.head?.repo;
        // GitHub sends null for a fork deleted since: still not this repository.
        if (repo === null)
            return 'a deleted fork';
        head = repo?.full_name;
    }
    catch {
        return undefined;
    }
    if (typeof head !== 'string')
        return undefined;
    return differ(head, first(env, 'GITHUB_REPOSITORY')) ? head : undefined;
}
/**
 * The fork a pull/merge request pipeline runs, by each provider's own variables (all set by the
 * provider, not by the request's code): GitLab's source and target projects, Jenkins' CHANGE_FORK,
 * Buildkite's pull request repository, CircleCI's CIRCLE_PR_*, Travis' pull request slug, Azure's
 * SYSTEM_PULLREQUEST_ISFORK, GitHub Actions' event (read by the caller).
 */
function forkOf(ci, env) {
    switch (ci.id) {
        case 'GITLAB': {
            const source = first(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_PATH');
            if (differ(source, first(env, 'CI_MERGE_REQUEST_PROJECT_PATH', 'CI_PROJECT_PATH')))
                return source;
            const sourceId = first(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
            return differ(sourceId, first(env, 'CI_MERGE_REQUEST_PROJECT_ID', 'CI_PROJECT_ID'))
                ? (source ?? 'a fork')
                : undefined;
        }
        case 'JENKINS':
            return first(env, 'CHANGE_FORK');
        case 'BUILDKITE': {
            const source = first(env, 'BUILDKITE_PULL_REQUEST_REPO');
            return differ(source, first(env, 'BUILDKITE_REPO')) ? source : undefined;
        }
        case 'CIRCLE': {
            const user = first(env, 'CIRCLE_PR_USERNAME');
            const name = first(env, 'CIRCLE_PR_REPONAME');
            return user || name ? `${user ?? '?'}/${name ?? '?'}` : undefined;
        }
        case 'TRAVIS': {
            const source = first(env, 'TRAVIS_PULL_REQUEST_SLUG');
            return differ(source, first(env, 'TRAVIS_REPO_SLUG')) ? source : undefined;
        }
        case 'AZURE_PIPELINES':
            return /^true$/i.test(first(env, 'SYSTEM_PULLREQUEST_ISFORK') ?? '') ? 'a fork' : undefined;
        case 'GITHUB_ACTIONS':
            return githubFork(env);
        default:
            return undefined;
    }
}
const SLUG = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
/** `owner/name` when `value` is one (and not `.` or `..` as a name). */
function repoSlug(value) {
    const v = value?.trim().replace(/\.git$/, '');
    if (!v || !SLUG.test(v))
        return undefined;
    const name = v.split('/')[1];
    return name === '.' || name === '..' ? undefined : v;
}
/**
 * The `owner/name` of a git remote URL on `host` (github.com unless a GHES host is given):
 * `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@github.com/o/r`.
 */
function slugFromRemote(url, host = 'github.com') {
    if (!url)
        return undefined;
    const u = url.trim();
    const h = host.toLowerCase();
    const scp = /^[^@/\s]+@([^:/\s]+):(.+)$/.exec(u);
    if (scp)
        return scp[1].toLowerCase() === h ? repoSlug(scp[2].replace(/^\/+/, '')) : undefined;
    let parsed;
    try {
        parsed = new URL(u);
    }
    catch {
        return undefined;
    }
    if (parsed.hostname.toLowerCase() !== h)
        return undefined;
    return repoSlug(parsed.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
}
function first(env, ...names) {
    for (const n of names) {
        const v = env[n]?.trim();
        if (v)
            return v;
    }
    return undefined;
}
function positive(value, offset = 0) {
    if (value === undefined || !/^\d{1,6}$/.test(value))
        return undefined;
    const n = Number(value) + offset;
    return n > 0 ? n : undefined;
}
function stripRef(ref) {
    return ref?.replace(/^refs\/heads\//, '').replace(/^origin\//, '') || undefined;
}
/** Drops the keys whose value is undefined (exact optional property types want that). */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** The site of this run, from the provider ci-info detected and its environment variables. */
function ciSite(ci, env) {
    const site = providerSite(ci, env);
    const fork = forkOf(ci, env);
    return fork === undefined ? site : { ...site, fork: fork.slice(0, 200) };
}
function providerSite(ci, env) {
    switch (ci.id) {
        case 'GITLAB':
            return {
                site: {
                    provider: 'GitLab CI',
                    ...defined({
                        runId: first(env, 'CI_PIPELINE_ID'),
                        jobId: first(env, 'CI_JOB_ID'),
                        runUrl: first(env, 'CI_JOB_URL', 'CI_PIPELINE_URL'),
                        job: first(env, 'CI_JOB_NAME'),
                        branch: first(env, 'CI_COMMIT_BRANCH', 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', 'CI_COMMIT_REF_NAME'),
                        commit: first(env, 'CI_COMMIT_SHA'),
                        defaultBranch: first(env, 'CI_DEFAULT_BRANCH'),
                    }),
                },
                ...defined({ remoteUrl: first(env, 'CI_REPOSITORY_URL') }),
            };
        case 'JENKINS':
            return {
                site: {
                    provider: 'Jenkins',
                    ...defined({
                        runId: first(env, 'BUILD_NUMBER'),
                        runUrl: first(env, 'BUILD_URL'),
                        job: first(env, 'JOB_NAME'),
                        branch: stripRef(first(env, 'BRANCH_NAME', 'CHANGE_BRANCH', 'GIT_BRANCH')),
                        commit: first(env, 'GIT_COMMIT'),
                    }),
                },
                ...defined({ remoteUrl: first(env, 'GIT_URL') }),
            };
        case 'BUILDKITE': {
            const build = first(env, 'BUILDKITE_BUILD_URL');
            const job = first(env, 'BUILDKITE_JOB_ID');
            return {
                site: {
                    provider: 'Buildkite',
                    ...defined({
                        runId: first(env, 'BUILDKITE_BUILD_NUMBER'),
                        jobId: job,
                        attempt: positive(first(env, 'BUILDKITE_RETRY_COUNT'), 1),
                        runUrl: build && job ? `${build}#${job}` : build,
                        job: first(env, 'BUILDKITE_LABEL', 'BUILDKITE_STEP_KEY'),
                        branch: first(env, 'BUILDKITE_BRANCH'),
                        commit: first(env, 'BUILDKITE_COMMIT'),
                        defaultBranch: first(env, 'BUILDKITE_PIPELINE_DEFAULT_BRANCH'),
                    }),
                },
                ...defined({ remoteUrl: first(env, 'BUILDKITE_REPO') }),
            };
        }
        case 'CIRCLE': {
            const owner = first(env, 'CIRCLE_PROJECT_USERNAME');
            const name = first(env, 'CIRCLE_PROJECT_REPONAME');
            return {
                site: {
                    provider: 'CircleCI',
                    ...defined({
                        runId: first(env, 'CIRCLE_BUILD_NUM'),
                        runUrl: first(env, 'CIRCLE_BUILD_URL'),
                        job: first(env, 'CIRCLE_JOB'),
                        branch: first(env, 'CIRCLE_BRANCH'),
                        commit: first(env, 'CIRCLE_SHA1'),
                    }),
                },
                ...defined({
                    repository: owner && name ? repoSlug(`${owner}/${name}`) : undefined,
                    remoteUrl: first(env, 'CIRCLE_REPOSITORY_URL'),
                }),
            };
        }
        case 'TRAVIS':
            return {
                site: {
                    provider: 'Travis CI',
                    ...defined({
                        runId: first(env, 'TRAVIS_BUILD_ID'),
                        jobId: first(env, 'TRAVIS_JOB_ID'),
                        runUrl: first(env, 'TRAVIS_JOB_WEB_URL', 'TRAVIS_BUILD_WEB_URL'),
                        job: first(env, 'TRAVIS_JOB_NAME'),
                        branch: first(env, 'TRAVIS_PULL_REQUEST_BRANCH', 'TRAVIS_BRANCH'),
                        commit: first(env, 'TRAVIS_PULL_REQUEST_SHA', 'TRAVIS_COMMIT'),
                    }),
                },
                ...defined({ repository: repoSlug(first(env, 'TRAVIS_REPO_SLUG')) }),
            };
        case 'AZURE_PIPELINES': {
            const collection = first(env, 'SYSTEM_TEAMFOUNDATIONCOLLECTIONURI', 'SYSTEM_COLLECTIONURI');
            const project = first(env, 'SYSTEM_TEAMPROJECT');
            const build = first(env, 'BUILD_BUILDID');
            const onGitHub = /^github/i.test(env.BUILD_REPOSITORY_PROVIDER ?? '');
            return {
                site: {
                    provider: 'Azure Pipelines',
                    ...defined({
                        runId: build,
                        jobId: first(env, 'SYSTEM_JOBID'),
                        attempt: positive(first(env, 'SYSTEM_JOBATTEMPT')),
                        runUrl: collection && project && build
                            ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${encodeURIComponent(build)}`
                            : undefined,
                        job: first(env, 'SYSTEM_JOBDISPLAYNAME', 'AGENT_JOBNAME'),
                        branch: stripRef(first(env, 'SYSTEM_PULLREQUEST_SOURCEBRANCH', 'BUILD_SOURCEBRANCH')),
                        commit: first(env, 'BUILD_SOURCEVERSION'),
                    }),
                },
                ...defined({
                    repository: onGitHub ? repoSlug(first(env, 'BUILD_REPOSITORY_NAME')) : undefined,
                    remoteUrl: first(env, 'BUILD_REPOSITORY_URI'),
                }),
            };
        }
        case 'GITHUB_ACTIONS': {
            const server = first(env, 'GITHUB_SERVER_URL') ?? 'https://github.com';
            const repository = repoSlug(first(env, 'GITHUB_REPOSITORY'));
            const run = first(env, 'GITHUB_RUN_ID');
            return {
                site: {
                    provider: 'GitHub Actions',
                    ...defined({
                        runId: run,
                        attempt: positive(first(env, 'GITHUB_RUN_ATTEMPT')),
                        runUrl: repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined,
                        job: first(env, 'GITHUB_JOB'),
                        branch: first(env, 'GITHUB_HEAD_REF', 'GITHUB_REF_NAME'),
                        commit: first(env, 'GITHUB_SHA'),
                    }),
                },
                ...defined({ repository }),
            };
        }
        default:
            // A provider ci-info knows but we map nothing of: its name; branch and commit come from git.
            return { site: { provider: ci.isCI ? (ci.name ?? 'CI') : 'local' } };
    }
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   IB: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG_FILE */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * What `autoheal run` learns about the repository before the command starts: the git remote,
 * branch, commit and top folder, and the config file's text. Read before, not after, because the
 * command is the build's code (a pull request's, often): after it ran, `git remote set-url`,
 * `git checkout main` or an edited `.github/autoheal.yml` would choose where and whether its own
 * failure is filed. Light on purpose (no analyzer, no client): a green build pays only for this.
 */



/** The loader's DEFAULT_CONFIG_PATH (not imported: the loader pulls in the YAML parser and schema). */
const DEFAULT_CONFIG_FILE = '.github/autoheal.yml';
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 3000, windowsHide: true }, (error, stdout) => {
            resolve(error ? undefined : stdout.trim() || undefined);
        });
    });
}
/** The facts of the repository at `cwd`; the config at `configPath` (cwd-relative) or the default under the top folder. */
async function readRepoFacts(cwd, configPath) {
    const [remote, branch, commit, toplevel] = await Promise.all([
        git(cwd, ['remote', 'get-url', 'origin']),
        git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        git(cwd, ['rev-parse', 'HEAD']),
        git(cwd, ['rev-parse', '--show-toplevel']),
    ]);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(configPath === undefined ? (toplevel ?? cwd) : cwd, configPath ?? DEFAULT_CONFIG_FILE);
    let config;
    try {
        config = { path: file, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8') };
    }
    catch (error) {
        config = { path: file, error: error };
    }
    const facts = { config };
    if (remote)
        facts.remote = remote;
    if (branch && branch !== 'HEAD')
        facts.branch = branch;
    if (commit)
        facts.commit = commit;
    if (toplevel)
        facts.toplevel = toplevel;
    return facts;
}


/***/ })

};
