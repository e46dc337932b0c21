export const id = 984;
export const ids = [984];
export const modules = {

/***/ 2984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand),
/* harmony export */   environmentSecrets: () => (/* binding */ environmentSecrets),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _autoheal_core_analyzer_analyze__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9810);
/* harmony import */ var _autoheal_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4531);
/* harmony import */ var _autoheal_core_text_sanitize__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2016);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1219);






/**
 * `pnpm autoheal analyze <log> [--baseline <green log>] [--format text|json|markdown]`: diagnose a
 * failed CI log on the command line. Exit codes: 0 the analysis was printed; 1 the log could not
 * be analysed (missing file, a directory, an empty log); 2 bad usage.
 */
const FORMATS = ['text', 'json', 'markdown'];
const USAGE = `Usage: pnpm autoheal analyze <log> [--baseline <green log>] [--format text|json|markdown]
                               [--max-lines <n>] [--step <name>]

Find the lines that explain a failed CI job's log and name the cause.

  <log>              the failed job's log (a GitHub Actions log, \`gh run view --log\` output, or any CI log)
  --baseline <file>  the same job's log from the last green run: lines it also has are not news
  --format <f>       text (default, for a terminal), json (schema version 1, see packages/core/README.md)
                     or markdown (for an issue or a PR comment: tokens redacted, mentions neutralised)
  --max-lines <n>    show at most n lines in all (default 3000)
  --step <name>      the step the log belongs to, or the failing step to look at

Exit codes: 0 analysis printed; 1 the log cannot be analysed (missing, a directory, empty); 2 bad usage.`;
function lineSpan(f) {
    return f.lines.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(', ');
}
function factsLine(f) {
    if (!f.facts)
        return undefined;
    const parts = [];
    for (const [key, value] of Object.entries(f.facts)) {
        if (key === 'step')
            continue;
        if (key === 'locations' && Array.isArray(value)) {
            const locs = value;
            parts.push(`locations=${locs
                .slice(0, 5)
                .map((l) => [l.file, l.line, l.column].filter((x) => x !== undefined && x !== '').join(':'))
                .join(', ')}${locs.length > 5 ? ', …' : ''}`);
        }
        else if (Array.isArray(value))
            parts.push(`${key}=${value.slice(0, 5).join(', ')}${value.length > 5 ? ', …' : ''}`);
        else
            parts.push(`${key}=${String(value)}`);
    }
    return parts.length > 0 ? parts.join('; ') : undefined;
}
/** A terminal report: the verdict, then each finding with its lines numbered as in the log. */
function renderText(analysis, file) {
    const out = [];
    out.push(`${file}: ${(0,_autoheal_core_analyzer_analyze__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)(analysis.category)} (${analysis.category}), confidence ${analysis.confidence.toFixed(2)}`);
    out.push(analysis.summary);
    const s = analysis.stats;
    out.push(`${s.linesRead} lines, format ${s.format}${s.steps > 0 ? `, ${s.steps} steps` : ''}${s.failingStep ? `, failing step "${s.failingStep}"` : ''}${s.baselineUsed ? ', compared with the green log' : ''}`);
    const width = String(s.linesRead).length;
    analysis.findings.forEach((f, i) => {
        out.push('');
        out.push(`[${i + 1}] ${f.title}`);
        out.push(`    ${f.category}, confidence ${f.confidence.toFixed(2)}, lines ${lineSpan(f)}${f.step ? `, step "${f.step}"` : ''}`);
        const facts = factsLine(f);
        if (facts)
            out.push(`    facts: ${facts}`);
        let prev = 0;
        for (const l of f.excerpt) {
            if (prev !== 0 && l.no !== prev + 1)
                out.push(`${' '.repeat(width)} ┊`);
            out.push(`${String(l.no).padStart(width)} │ ${l.text}`);
            prev = l.no;
        }
    });
    if (analysis.findings.length === 0)
        out.push('', 'No lines to show.');
    return `${out.join('\n')}\n`;
}
/**
 * Markdown for an issue or a PR comment: everything taken from the log (titles, summary, facts,
 * the excerpt) goes through core's one sanitizer, so tokens are redacted and mentions, references
 * and markup are neutralised exactly as in what the actions post.
 */
function renderMarkdown(analysis, file, sanitizer) {
    const inline = (text) => sanitizer.inline(text);
    const out = [];
    out.push(`### ${inline((0,_autoheal_core_analyzer_analyze__WEBPACK_IMPORTED_MODULE_2__/* .categoryLabel */ .Jm)(analysis.category))} (\`${analysis.category}\`), confidence ${analysis.confidence.toFixed(2)}`);
    out.push('');
    out.push(inline(analysis.summary));
    out.push('');
    out.push(`Log: ${inline(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file))}, ${analysis.stats.linesRead} lines${analysis.stats.failingStep ? `, failing step ${inline(`"${analysis.stats.failingStep}"`)}` : ''}.`);
    analysis.findings.forEach((f, i) => {
        out.push('');
        out.push(`#### ${i + 1}. ${inline(f.title)}`);
        out.push('');
        out.push(`\`${f.category}\`, confidence ${f.confidence.toFixed(2)}, lines ${lineSpan(f)}`);
        const facts = factsLine(f);
        if (facts)
            out.push('', `Facts: ${inline(facts)}`);
        out.push('', sanitizer.code(f.excerpt.map((l) => `${l.no}: ${l.text}`).join('\n'), 'text'));
    });
    return `${out.join('\n')}\n`;
}
/** The tokens of the environment the CLI runs in: redacted wherever they appear, like a run's own token. */
function environmentSecrets(env) {
    return ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT']
        .map((name) => env[name])
        .filter((v) => typeof v === 'string' && v !== '');
}
const analyzeCommand = {
    name: 'analyze',
    summary: 'Find the lines that explain a failed CI log and name the cause.',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)(args, {
            baseline: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'max-lines': { type: 'string' },
            step: { type: 'string' },
        });
        if (positionals.length !== 1)
            throw new _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(positionals.length === 0 ? 'missing <log>' : 'give exactly one <log>');
        const format = values.format;
        if (!FORMATS.includes(format))
            throw new _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
        let maxLinesShown;
        if (values['max-lines'] !== undefined) {
            maxLinesShown = Number(values['max-lines']);
            if (!Number.isInteger(maxLinesShown) || maxLinesShown < 1)
                throw new _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--max-lines: "${String(values['max-lines'])}" is not a whole number of at least 1`);
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, positionals[0]);
        const baseline = typeof values.baseline === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.baseline) : undefined;
        for (const [what, p] of [
            ['log', file],
            ['baseline', baseline],
        ]) {
            if (p === undefined)
                continue;
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => undefined);
            const problem = !info
                ? 'does not exist'
                : info.isDirectory()
                    ? 'is a directory, not a log file'
                    : what === 'log' && info.size === 0
                        ? 'is empty'
                        : undefined;
            if (problem) {
                io.stderr(`autoheal analyze: ${what} "${p}" ${problem}\n`);
                return _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
            }
        }
        const options = {};
        if (baseline)
            options.baselinePath = baseline;
        if (maxLinesShown !== undefined)
            options.maxLinesShown = maxLinesShown;
        if (typeof values.step === 'string')
            options.stepName = values.step;
        let analysis;
        try {
            analysis = await (0,_autoheal_core_analyzer_analyze__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .xy)(file, options);
        }
        catch (error) {
            // A user mistake is one line; anything else is a bug and keeps its stack.
            if (!(0,_autoheal_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .isConfigurationError */ .p0)(error))
                throw error;
            io.stderr(`autoheal analyze: ${error.message.split('\n')[0]}\n`);
            return _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        const shown = positionals[0];
        io.stdout(format === 'json'
            ? `${JSON.stringify(analysis, null, 2)}\n`
            : format === 'markdown'
                ? renderMarkdown(analysis, shown, (0,_autoheal_core_text_sanitize__WEBPACK_IMPORTED_MODULE_4__/* .createSanitizer */ .Oq)({ secrets: environmentSecrets(io.env) }))
                : renderText(analysis, shown));
        return _cli_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
