export const id = 194;
export const ids = [194];
export const modules = {

/***/ 2194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  captureCommand: () => (/* binding */ captureCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/capture/lib/opt-in.js
/**
 * Whether capture is on: opt-in only. `AUTOHEAL_CAPTURE=1`, or `.autoheal/capture.json` with
 * `"enabled": true` in the repository (written by `autoheal capture enable`); never while tests run
 * (NODE_ENV=test, VITEST, JEST_WORKER_ID, NODE_TEST_CONTEXT), whatever else says so.
 *
 * Why a JSON file of its own rather than a `capture:` key in `.github/autoheal.yml`: it is read
 * synchronously at start-up of someone else's program, and must not pull in a YAML parser or the
 * config schema (the point of captureErrors is to cost nothing until an error happens); and the
 * actions' shared config schema stays as it is. Only node built-ins here.
 */


const CAPTURE_FILE = external_node_path_.join('.autoheal', 'capture.json');
/** Why capture is off in a test run, or undefined. */
function testEnvironment(env) {
    if (env.NODE_ENV === 'test')
        return 'NODE_ENV=test';
    if (env.VITEST)
        return 'VITEST is set';
    if (env.JEST_WORKER_ID)
        return 'JEST_WORKER_ID is set';
    // Node's own runner (`node --test`) sets it in every test file's process.
    if (env.NODE_TEST_CONTEXT)
        return 'NODE_TEST_CONTEXT is set (node --test)';
    return undefined;
}
function truthy(value) {
    const v = value?.trim().toLowerCase();
    if (v === undefined || v === '')
        return undefined;
    if (['1', 'true', 'yes', 'on'].includes(v))
        return true;
    if (['0', 'false', 'no', 'off'].includes(v))
        return false;
    return undefined;
}
/** The folder holding `.git` above `from` (or `from` itself), else undefined. */
function repositoryRoot(from) {
    let dir = external_node_path_.resolve(from);
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.git')))
            return dir;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** The capture file that applies to `from`: the nearest one up to the repository's root. */
function findCaptureFile(from) {
    let dir = external_node_path_.resolve(from);
    for (;;) {
        const file = external_node_path_.join(dir, CAPTURE_FILE);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.git')))
            return undefined;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** The state in `file`; a missing, unreadable or malformed file means off. */
function readCaptureState(file) {
    if (!file)
        return { enabled: false };
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof parsed !== 'object' || parsed === null)
            return { enabled: false };
        const p = parsed;
        return {
            enabled: p.enabled === true,
            ...(typeof p.repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(p.repo) ? { repo: p.repo } : {}),
        };
    }
    catch {
        return { enabled: false };
    }
}
function writeCaptureState(root, state) {
    const file = external_node_path_.join(root, CAPTURE_FILE);
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(state, null, 2)}\n`);
    return file;
}
/** Whether errors are captured for a program whose project is at `root`. */
function captureDecision(env, root) {
    const file = findCaptureFile(root);
    const state = readCaptureState(file);
    const inTests = testEnvironment(env);
    const base = file ? { state, file } : { state };
    if (inTests)
        return { ...base, enabled: false, why: `off: tests are running (${inTests})` };
    const fromEnv = truthy(env.AUTOHEAL_CAPTURE);
    if (fromEnv !== undefined)
        return {
            ...base,
            enabled: fromEnv,
            why: `${fromEnv ? 'on' : 'off'}: AUTOHEAL_CAPTURE=${env.AUTOHEAL_CAPTURE}`,
        };
    if (file)
        return { ...base, enabled: state.enabled, why: `${state.enabled ? 'on' : 'off'}: ${file}` };
    return {
        ...base,
        enabled: false,
        why: 'off: not enabled (autoheal capture enable, or AUTOHEAL_CAPTURE=1)',
    };
}

// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
;// CONCATENATED MODULE: ./packages/cli/lib/commands/capture.js



/**
 * `autoheal capture enable|disable|status`: turns captureErrors on or off for a repository, in
 * `.autoheal/capture.json` at its root (see packages/capture/src/opt-in.ts for why that file).
 */
const USAGE = `Usage: autoheal capture enable|disable|status [--repo OWNER/NAME] [--dir DIR]

Turn captureErrors (@autoheal/capture) on or off for the Node programs of a repository: with it
on, an uncaught error of a program that calls captureErrors(main) becomes one deduplicated GitHub
issue (at most one report per failure per hour). The switch is ${CAPTURE_FILE} at the
repository's root; AUTOHEAL_CAPTURE=1 or =0 overrides it, and nothing is ever reported while tests
run (NODE_ENV=test, VITEST, JEST_WORKER_ID, NODE_TEST_CONTEXT).

  enable              write ${CAPTURE_FILE} with "enabled": true
  disable             write it with "enabled": false
  status              say whether capture is on here, and why
  --repo OWNER/NAME   enable: the repository to file in (default: the git remote "origin")
  --dir DIR           the repository (default: the one around the current folder)

Example:
  autoheal capture enable --repo acme/shop-cli

Exit codes: 0 done; 1 the file could not be written; 2 bad usage.`;
const captureCommand = {
    name: 'capture',
    summary: "Turn captureErrors on or off for a repository's Node programs, or show its state.",
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(args, {
            repo: { type: 'string' },
            dir: { type: 'string' },
        });
        const [action, ...extra] = positionals;
        if (action === undefined || !['enable', 'disable', 'status'].includes(action))
            throw new cli/* UsageError */.eb('say enable, disable or status');
        if (extra.length > 0)
            throw new cli/* UsageError */.eb(`unexpected "${extra[0]}"`);
        const repo = values.repo;
        if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo))
            throw new cli/* UsageError */.eb(`--repo takes owner/name; got "${repo}"`);
        const from = external_node_path_.resolve(io.cwd, values.dir ?? '.');
        const root = repositoryRoot(from) ?? from;
        if (action === 'status') {
            const decision = captureDecision(io.env, root);
            io.stdout(`capture is ${decision.why}\n`);
            if (decision.state.repo)
                io.stdout(`files in ${decision.state.repo}\n`);
            const token = io.env.AUTOHEAL_TOKEN
                ? 'AUTOHEAL_TOKEN'
                : io.env.GITHUB_TOKEN
                    ? 'GITHUB_TOKEN'
                    : undefined;
            io.stdout(token
                ? `a token is set (${token})\n`
                : 'no token is set (AUTOHEAL_TOKEN or GITHUB_TOKEN): errors would be diagnosed, not filed\n');
            return cli/* EXIT */.dc.ok;
        }
        const enabled = action === 'enable';
        const before = readCaptureState(external_node_path_.join(root, CAPTURE_FILE));
        const keepRepo = repo ?? before.repo;
        try {
            const file = writeCaptureState(root, { enabled, ...(keepRepo ? { repo: keepRepo } : {}) });
            io.stdout(`capture ${enabled ? 'enabled' : 'disabled'} in ${external_node_path_.relative(io.cwd, file) || file}\n`);
            if (enabled)
                io.stdout('Commit the file to turn it on for everyone, or add .autoheal/ to .gitignore to keep it yours.\n');
            return cli/* EXIT */.dc.ok;
        }
        catch (error) {
            io.stderr(`autoheal capture: could not write ${CAPTURE_FILE}: ${error.message}\n`);
            return cli/* EXIT */.dc.failure;
        }
    },
};


/***/ })

};
