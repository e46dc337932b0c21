export const id = 186;
export const ids = [186];
export const modules = {

/***/ 9206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   j: () => (/* binding */ onlyNegated)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_CHARS, splitGlobList */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6693);

/** Longer than any real path glob; a cap keeps brace expansion and matching cheap. */
const MAX_GLOB_CHARS = 500;
/** Globs match workflow files under `.github/`, so dot-directories must match like any other. */
const OPTIONS = { dot: true };
/**
 * What is wrong with a glob, or undefined when it is fine. minimatch never rejects a pattern: an
 * unclosed `[`, `{` or `@(` silently becomes literal text that matches nothing the user meant,
 * and a leading `#` makes the pattern a comment. Those are almost always mistakes, so we say so.
 */
function globProblem(pattern) {
    if (pattern.trim() === '')
        return 'is empty';
    if (pattern.length > MAX_GLOB_CHARS)
        return `is longer than ${MAX_GLOB_CHARS} characters`;
    if (pattern.startsWith('#'))
        return 'starts with "#", which makes it a comment that matches nothing; write "\\#" to match a "#"';
    if (pattern.startsWith('!!'))
        return 'starts with more than one "!"; a glob is negated at most once';
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'negates nothing';
    const unclosed = firstUnclosed(body);
    if (unclosed !== undefined)
        return `has an unclosed "${unclosed}"; close it, or write "\\${unclosed[0]}" to match it literally`;
    try {
        new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(pattern, OPTIONS);
    }
    catch (error) {
        return `is not a valid glob: ${error instanceof Error ? error.message : String(error)}`;
    }
    return undefined;
}
/** The first `[`, `{` or extglob `@(` (etc.) that is never closed, honouring `\` escapes. */
function firstUnclosed(pattern) {
    const open = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i === pattern.length - 1)
                return '\\';
            i++;
            continue;
        }
        if (c === '[') {
            const end = classEnd(pattern, i);
            if (end < 0)
                return '[';
            i = end;
        }
        else if (c === '{') {
            open.push('{');
        }
        else if (c === '}') {
            if (open[open.length - 1] === '{')
                open.pop();
        }
        else if ('@!?+*'.includes(c) && pattern[i + 1] === '(') {
            open.push(`${c}(`);
            i++;
        }
        else if (c === ')') {
            const top = open[open.length - 1];
            if (top?.endsWith('('))
                open.pop();
        }
    }
    return open[0];
}
/** Index of the `]` closing the class opened at `start`, or -1. A `]` first in the class is literal. */
function classEnd(pattern, start) {
    let i = start + 1;
    if (pattern[i] === '!' || pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    for (; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '[' && pattern[i + 1] === ':') {
            const close = pattern.indexOf(':]', i + 2);
            if (close >= 0)
                i = close + 1;
        }
        else if (c === ']')
            return i;
    }
    return -1;
}
/**
 * Splits a glob list given as one string: newlines always separate, commas only outside braces,
 * so `src/{a,b}/**` stays one glob.
 */
function splitGlobList(text) {
    const out = [];
    let depth = 0;
    let current = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            current += c + text[i + 1];
            i++;
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}' && depth > 0)
            depth--;
        if (c === '\n' || c === '\r' || (c === ',' && depth === 0)) {
            // A brace left open on one line must not swallow the next line's commas.
            out.push(current);
            current = '';
            depth = 0;
            continue;
        }
        current += c;
    }
    out.push(current);
    return out.map((s) => s.trim()).filter((s) => s !== '');
}
/** A list that can never match: every glob in it is negated. */
function onlyNegated(patterns) {
    return patterns.length > 0 && patterns.every((p) => p.startsWith('!'));
}
/**
 * A matcher for a glob list with GitHub's `paths:` semantics: globs apply in order, a match of a
 * plain glob includes the path, a later match of a `!glob` excludes it again.
 */
function globMatcher(patterns) {
    const compiled = patterns.map((pattern) => {
        const negated = pattern.startsWith('!');
        return { negated, matcher: new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(negated ? pattern.slice(1) : pattern, OPTIONS) };
    });
    return (path) => {
        let included = false;
        for (const { negated, matcher } of compiled) {
            if (included === negated && matcher.match(path))
                included = !negated;
        }
        return included;
    };
}


/***/ }),

/***/ 7186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  RG: () => (/* binding */ readConfigFile)
});

// UNUSED EXPORTS: MAX_CONFIG_CHARS, loadConfig

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
// EXTERNAL MODULE: ./packages/core/lib/config/schema.js + 2 modules
var schema = __webpack_require__(7648);
;// CONCATENATED MODULE: ./packages/core/lib/config/defaults.js

function deepFreeze(value) {
    if (typeof value === 'object' && value !== null) {
        for (const inner of Object.values(value))
            deepFreeze(inner);
        Object.freeze(value);
    }
    return value;
}
/** The configuration of a repository without `.github/autoheal.yml`. Frozen: it is shared. */
const DEFAULT_CONFIG = deepFreeze(structuredClone(schema/* CONFIG_SCHEMA */.l.default));
/** A fresh, mutable copy of the defaults. */
function defaultConfig() {
    return structuredClone(schema/* CONFIG_SCHEMA */.l.default);
}

// EXTERNAL MODULE: ./packages/core/lib/config/read-context.js
var read_context = __webpack_require__(1943);
// EXTERNAL MODULE: ./packages/core/lib/config/settings.js
var settings = __webpack_require__(5176);
// EXTERNAL MODULE: ./packages/core/lib/config/text.js
var config_text = __webpack_require__(5958);
;// CONCATENATED MODULE: ./packages/core/lib/config/loader.js







const DEFAULT_CONFIG_PATH = '.github/autoheal.yml';
/** Far above any real config; a cap keeps a pathological file from costing the run. */
const MAX_CONFIG_CHARS = 256 * 1024;
/** Dotted kebab-case paths of every setting, to point a misplaced key to where it belongs. */
function settingPaths(setting, path, out) {
    if (!(0,settings/* isSection */.EP)(setting))
        return out;
    for (const [name, field] of Object.entries(setting.fields)) {
        const key = path === '' ? (0,config_text/* kebabCase */.kW)(name) : `${path}.${(0,config_text/* kebabCase */.kW)(name)}`;
        out.push(key);
        settingPaths(field, key, out);
    }
    return out;
}
const KNOWN_PATHS = settingPaths(schema/* CONFIG_SCHEMA */.l, '', []);
/** In file order, as the user will fix them (the sort is stable, so one line's errors keep theirs). */
function byLine(errors) {
    return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/**
 * Reads `.github/autoheal.yml` text into a typed config with every default filled in. No file,
 * an empty file or a file of only comments means all defaults. Every problem in the file is
 * reported at once, each with its key path and line, as `ConfigurationErrors`.
 */
function loadConfig(text, file = DEFAULT_CONFIG_PATH) {
    if (text === undefined || text.trim() === '')
        return defaultConfig();
    if (text.length > MAX_CONFIG_CHARS)
        throw new errors/* ConfigurationErrors */.yb([
            new errors/* ConfigurationError */.j1(`${file}: the file is ${text.length} characters long; at most ${MAX_CONFIG_CHARS} are accepted.`, { file }),
        ]);
    const lineCounter = new dist/* LineCounter */.HN();
    // Repeated keys are reported by the reader, which knows the key path to name.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const ctx = new read_context/* ReadContext */.aw({ kind: 'file', file, lineCounter, doc }, KNOWN_PATHS);
    if (doc.errors.length > 0) {
        // Reading a document that did not parse would only add confusing follow-on errors.
        for (const error of doc.errors)
            ctx.report(`YAML syntax error: ${error.message}`, error.pos[0]);
        throw new errors/* ConfigurationErrors */.yb(byLine(ctx.errors));
    }
    if (doc.contents === null)
        return defaultConfig();
    let config;
    try {
        config = schema/* CONFIG_SCHEMA */.l.read(ctx.at(doc.contents, 0, ''), '', ctx);
    }
    catch (error) {
        if (!(error instanceof read_context/* ReadAborted */.So))
            throw error;
    }
    if (ctx.errors.length > 0 || config === undefined)
        throw new errors/* ConfigurationErrors */.yb(byLine(ctx.errors));
    return config;
}
/** Reads and loads the config file at `path`; a missing file means all defaults. */
async function readConfigFile(reader, path = DEFAULT_CONFIG_PATH) {
    let text;
    try {
        text = await reader.readFile(path, 'utf8');
    }
    catch (error) {
        const code = error?.code;
        if (code === 'EISDIR')
            throw new errors/* ConfigurationError */.j1(`${path} is a directory; the autoheal config must be a YAML file.`, {
                file: path,
            });
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            throw error;
    }
    return loadConfig(text, path);
}


/***/ }),

/***/ 6526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ patternsSetting),
/* harmony export */   xi: () => (/* binding */ compilePatterns)
/* harmony export */ });
/* unused harmony exports MAX_PATTERNS, MAX_REGEX_CHARS, MAX_FACT_CHARS, DEFAULT_PATTERN_CONFIDENCE, TEXT_FACTS, compileUserPattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1950);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8009);
/* harmony import */ var _analyzer_categories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3277);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4531);
/* harmony import */ var _read_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1943);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5176);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5958);







/**
 * User patterns: extra log rules from `.github/autoheal.yml`. Their regexes run over every line of
 * every failed log, and the file can be edited by anyone who can open a pull request, so they are
 * compiled with RE2 — matching in time linear in the line, whatever the pattern.
 */
const MAX_PATTERNS = 100;
const MAX_REGEX_CHARS = 1000;
/** A fact lands in an issue body; a captured run of log text should not. */
const MAX_FACT_CHARS = 200;
const DEFAULT_PATTERN_CONFIDENCE = 0.9;
/** The facts a pattern may set: the string-valued ones of `Facts`. */
const TEXT_FACTS = [
    'tool',
    'module',
    'package',
    'command',
    'file',
    'toolchain',
    'requiredVersion',
    'actualVersion',
    'secret',
    'host',
    'image',
    'code',
];
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function nameProblem(name) {
    return NAME_RE.test(name)
        ? undefined
        : `must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit; got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(name)}`;
}
function regexTextProblem(regex) {
    if (regex === '')
        return 'must not be empty';
    if (regex.length > MAX_REGEX_CHARS)
        return `is ${regex.length} characters long; at most ${MAX_REGEX_CHARS} are allowed`;
    return undefined;
}
/** Why RE2 rejected a regex, with the likely reason when it is a feature RE2 lacks on purpose. */
function re2Problem(regex, error) {
    let reason = error instanceof re2js__WEBPACK_IMPORTED_MODULE_6__/* .RE2JSSyntaxException */ .pB ? error.getDescription() : String(error);
    if (error instanceof re2js__WEBPACK_IMPORTED_MODULE_6__/* .RE2JSSyntaxException */ .pB) {
        const near = error.getPattern();
        if (near)
            reason += ` at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(near, 40)}`;
    }
    const lacks = [];
    if (/\(\?<?[=!]/.test(regex))
        lacks.push('lookahead or lookbehind');
    if (/\\[1-9]|\\k</.test(regex))
        lacks.push('backreferences');
    if (/\(\?>|[*+?}]\+/.test(regex))
        lacks.push('atomic groups or possessive quantifiers');
    const hint = lacks.length === 0
        ? ''
        : ` (RE2 has no ${lacks.join(', no ')}: it only offers what it can match in linear time)`;
    return `is not a regular expression RE2 accepts: ${reason}${hint}`;
}
function parseTemplate(template) {
    const pieces = [];
    let literal = '';
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c !== '$') {
            literal += c;
            continue;
        }
        const rest = template.slice(i + 1);
        const digits = /^\d+/.exec(rest)?.[0];
        const named = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (rest.startsWith('$')) {
            literal += '$';
            i += 1;
            continue;
        }
        if (literal !== '')
            pieces.push({ text: literal });
        literal = '';
        if (digits !== undefined) {
            pieces.push({ group: Number(digits) });
            i += digits.length;
        }
        else if (named) {
            pieces.push({ group: named[1] });
            i += named[0].length;
        }
        else {
            return 'has a "$" that is not followed by a group number or <name>; write "$$" for a literal "$"';
        }
    }
    if (literal !== '')
        pieces.push({ text: literal });
    return pieces;
}
function groupProblem(piece, re) {
    if (typeof piece.group === 'number') {
        const count = re.groupCount();
        if (piece.group <= count)
            return undefined;
        return `refers to group $${piece.group}, but the regex has ${count === 0 ? 'no groups' : count === 1 ? 'only 1 group' : `only ${count} groups`}`;
    }
    const names = Object.keys(re.namedGroups());
    if (names.includes(piece.group))
        return undefined;
    return `refers to group <${piece.group}>, which the regex does not define${names.length > 0 ? ` (its named groups: ${names.join(', ')})` : ''}`;
}
/**
 * Compiles one pattern, or lists its problems by field (`regex`, `facts.module`, …), each phrased
 * to follow the field's path. Shape problems (category, confidence, flags) are checked too, so
 * patterns built in code get the same checks as patterns read from the file.
 */
function compileUserPattern(pattern, index) {
    const problems = [];
    if (pattern.name !== undefined) {
        const problem = nameProblem(pattern.name);
        if (problem)
            problems.push({ field: 'name', problem });
    }
    if (!(0,_analyzer_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailureCategory */ .j1)(pattern.category))
        problems.push({ field: 'category', problem: `must be one of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .listWords */ .yh)(_analyzer_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILURE_CATEGORIES */ .MW)}` });
    if (!Number.isFinite(pattern.confidence) || !(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inRange */ .r4)(pattern.confidence, { min: 0, max: 1 }))
        problems.push({ field: 'confidence', problem: 'must be a number from 0 to 1' });
    if (pattern.flags !== undefined && pattern.flags !== 'i')
        problems.push({
            field: 'flags',
            problem: `must be "i" (case-insensitive); got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(String(pattern.flags))}`,
        });
    const textProblem = regexTextProblem(pattern.regex);
    let re;
    if (textProblem)
        problems.push({ field: 'regex', problem: textProblem });
    else {
        try {
            re = re2js__WEBPACK_IMPORTED_MODULE_6__/* .RE2JS */ .L3.compile(pattern.regex, pattern.flags === 'i' ? re2js__WEBPACK_IMPORTED_MODULE_6__/* .RE2JS */ .L3.CASE_INSENSITIVE : 0);
        }
        catch (error) {
            problems.push({ field: 'regex', problem: re2Problem(pattern.regex, error) });
        }
    }
    // A regex that matches an empty line matches somewhere in every line of every log.
    if (re?.test(''))
        problems.push({
            field: 'regex',
            problem: 'matches the empty string, so it would match every log line; make it require some text',
        });
    const templates = [];
    for (const [fact, template] of Object.entries(pattern.facts)) {
        const field = `facts.${fact}`;
        if (!TEXT_FACTS.includes(fact)) {
            problems.push({ field, problem: `is not a fact a pattern can set; facts: ${TEXT_FACTS.join(', ')}` });
            continue;
        }
        if (typeof template !== 'string')
            continue;
        const pieces = parseTemplate(template);
        if (typeof pieces === 'string') {
            problems.push({ field, problem: pieces });
            continue;
        }
        for (const piece of pieces) {
            if (!('group' in piece) || re === undefined)
                continue;
            const problem = groupProblem(piece, re);
            if (problem)
                problems.push({ field, problem });
        }
        templates.push([fact, pieces]);
    }
    if (problems.length > 0 || re === undefined)
        return problems;
    return makeRule(pattern, index, re, templates);
}
function makeRule(pattern, index, re, templates) {
    return {
        // The analyzer files user rules under `user.<id>`; an unnamed one is known by its place in the file.
        id: pattern.name ?? `patterns[${index}]`,
        category: pattern.category,
        confidence: pattern.confidence,
        match(line) {
            // test() runs on RE2's DFA without tracking groups; groups are found only for matching lines.
            if (!re.test(line))
                return undefined;
            const facts = {};
            if (templates.length === 0)
                return facts;
            const m = re.matcher(line);
            if (!m.find())
                return undefined;
            for (const [fact, pieces] of templates) {
                let value = '';
                for (const piece of pieces)
                    value += 'text' in piece ? piece.text : (m.group(piece.group) ?? '');
                // A fact that comes out empty (its groups took no part in the match) is left out.
                if (value !== '')
                    facts[fact] = [...value].slice(0, MAX_FACT_CHARS).join('');
            }
            return facts;
        },
    };
}
/** Compiles patterns from code (the CLI, tests) with the checks the config loader applies. */
function compilePatterns(list) {
    const errors = [];
    if (list.length > MAX_PATTERNS)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`patterns has ${list.length} items; at most ${MAX_PATTERNS} are allowed.`));
    const rules = [];
    const names = new Set();
    list.forEach((pattern, index) => {
        const path = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .joinIndex */ .jw)('patterns', index);
        if (pattern.name !== undefined) {
            if (names.has(pattern.name))
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}.name repeats the name ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(pattern.name)}.`));
            names.add(pattern.name);
        }
        const compiled = compileUserPattern(pattern, index);
        if (Array.isArray(compiled))
            for (const { field, problem } of compiled)
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}.${field} ${problem}.`));
        else
            rules.push(compiled);
    });
    if (errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationErrors */ .yb(errors);
    return rules;
}
// ---------------------------------------------------------------------------------------------
// Reading `patterns` from the file
const PATTERN_KEYS = ['name', 'regex', 'category', 'confidence', 'flags', 'facts'];
const nameKind = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)({ check: nameProblem });
const regexKind = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)({ type: 'RE2 regex', check: regexTextProblem });
const categoryKind = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(_analyzer_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILURE_CATEGORIES */ .MW);
const confidenceKind = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)({ min: 0, max: 1 });
const flagsKind = {
    type: '`i`',
    read(at, path, ctx) {
        if (at.node !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(at.node) && at.node.value === 'i')
            return 'i';
        ctx.fail(path, at.offset, `must be "i" (case-insensitive), or left out; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .got */ .Lt)(at.node)}`);
        return undefined;
    },
};
const templateKind = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)({ type: 'template' });
function readFacts(at, path, ctx, offsets) {
    const entries = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .mapEntries */ .Nn)(at, path, ctx, 'a map of fact names to templates');
    if (entries === undefined)
        return undefined;
    const facts = {};
    for (const entry of entries) {
        if (!TEXT_FACTS.includes(entry.key)) {
            unknownFact(entry, ctx);
            continue;
        }
        const template = templateKind.read(entry.at, entry.path, ctx);
        offsets.set(`facts.${entry.key}`, entry.at.offset);
        if (template !== undefined)
            facts[entry.key] = template;
    }
    return facts;
}
function unknownFact(entry, ctx) {
    const near = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(entry.key, TEXT_FACTS);
    const hint = near === undefined ? '' : ` Did you mean ${JSON.stringify(near)}?`;
    ctx.fail(entry.path, entry.keyOffset, `is not a fact a pattern can set.${hint} Facts: ${TEXT_FACTS.join(', ')}`);
}
function readPattern(at, path, ctx, index) {
    const before = ctx.errors.length;
    const entries = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .mapEntries */ .Nn)(at, path, ctx, 'a map with regex, category and optional name, confidence, flags, facts');
    if (entries === undefined)
        return undefined;
    const offsets = new Map();
    const found = { confidence: DEFAULT_PATTERN_CONFIDENCE, facts: {} };
    for (const entry of entries) {
        offsets.set(entry.key, entry.at.offset);
        switch (entry.key) {
            case 'name': {
                const name = nameKind.read(entry.at, entry.path, ctx);
                if (name !== undefined)
                    found.name = name;
                break;
            }
            case 'regex':
                found.regex = regexKind.read(entry.at, entry.path, ctx);
                break;
            case 'category':
                found.category = categoryKind.read(entry.at, entry.path, ctx);
                break;
            case 'confidence':
                found.confidence = confidenceKind.read(entry.at, entry.path, ctx);
                break;
            case 'flags':
                found.flags = flagsKind.read(entry.at, entry.path, ctx);
                break;
            case 'facts':
                found.facts = readFacts(entry.at, entry.path, ctx, offsets);
                break;
            default:
                (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownKey */ .a)(entry, path, PATTERN_KEYS, ctx);
        }
    }
    for (const required of ['regex', 'category'])
        if (!offsets.has(required))
            ctx.fail((0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .joinKey */ .ID)(path, required), at.offset, 'is required');
    if (found.regex === undefined)
        return undefined;
    // Compile even when other fields are wrong, so every problem of the pattern shows at once.
    const pattern = {
        regex: found.regex,
        category: found.category ?? 'unknown',
        confidence: found.confidence ?? DEFAULT_PATTERN_CONFIDENCE,
        facts: found.facts ?? {},
    };
    if (found.name !== undefined)
        pattern.name = found.name;
    if (found.flags !== undefined)
        pattern.flags = found.flags;
    const compiled = compileUserPattern(pattern, index);
    if (Array.isArray(compiled))
        for (const { field, problem } of compiled)
            ctx.fail(`${path}.${field}`, offsets.get(field) ?? at.offset, problem);
    if (ctx.errors.length > before)
        return undefined;
    return { pattern, offsets };
}
const patternsSetting = {
    type: 'list of patterns',
    description: 'Extra log rules: a line matching `regex` (RE2 syntax) is a failure of `category`. ' +
        `At most ${MAX_PATTERNS} patterns, each regex at most ${MAX_REGEX_CHARS} characters.`,
    default: [],
    read(at, path, ctx) {
        // `patterns:` with every item commented out.
        if ((0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isNull */ .kZ)(at.node))
            return [];
        if (at.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(at.node)) {
            ctx.fail(path, at.offset, `must be a list of patterns; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .got */ .Lt)(at.node)}`);
            return undefined;
        }
        const items = at.node.items;
        if (items.length > MAX_PATTERNS) {
            ctx.fail(path, at.offset, `has ${items.length} items; at most ${MAX_PATTERNS} are allowed`);
            return undefined;
        }
        const before = ctx.errors.length;
        const out = [];
        const names = new Map();
        items.forEach((raw, index) => {
            const itemPath = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_3__/* .joinIndex */ .jw)(path, index);
            const itemAt = ctx.at(raw, at.offset, itemPath);
            const read = readPattern(itemAt, itemPath, ctx, index);
            if (read === undefined)
                return;
            const { pattern, offsets } = read;
            if (pattern.name !== undefined) {
                const first = names.get(pattern.name);
                if (first !== undefined)
                    ctx.fail(`${itemPath}.name`, offsets.get('name'), `repeats the name ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(pattern.name)} of ${first}`);
                names.set(pattern.name, itemPath);
            }
            out.push(pattern);
        });
        return ctx.errors.length > before ? undefined : out;
    },
    rows: (path) => [
        { key: `${path}[].name`, type: 'string', description: 'Names the rule in analysis output; unique.' },
        { key: `${path}[].regex`, type: 'RE2 regex', description: 'Required. Tested against each log line.' },
        { key: `${path}[].category`, type: categoryKind.type, description: 'Required. The failure category.' },
        {
            key: `${path}[].confidence`,
            type: confidenceKind.type,
            default: String(DEFAULT_PATTERN_CONFIDENCE),
            description: 'How surely a matching line marks a failure.',
        },
        { key: `${path}[].flags`, type: '`i`', description: '`i` matches case-insensitively.' },
        {
            key: `${path}[].facts`,
            type: 'map of templates',
            default: '{}',
            description: `Facts for fixers and the issue: ${TEXT_FACTS.map((f) => `\`${f}\``).join(', ')} → \`$1\`, \`$<name>\` or literal text.`,
        },
    ],
};


/***/ }),

/***/ 1943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ joinKey),
/* harmony export */   Lt: () => (/* binding */ got),
/* harmony export */   O5: () => (/* binding */ rangeStart),
/* harmony export */   So: () => (/* binding */ ReadAborted),
/* harmony export */   aw: () => (/* binding */ ReadContext),
/* harmony export */   jw: () => (/* binding */ joinIndex),
/* harmony export */   kZ: () => (/* binding */ isNull)
/* harmony export */ });
/* unused harmony export MAX_ALIASES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8009);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4531);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5958);



/**
 * Aliases are legitimate YAML, but each one re-reads its anchor's whole subtree; a cap keeps a
 * "billion laughs" file from making the reader walk a billion nodes.
 */
const MAX_ALIASES = 100;
/** Thrown when reading cannot usefully go on; the problems found so far are in the context. */
class ReadAborted extends Error {
    name = 'ReadAborted';
}
/** Collects every problem found while reading, each tied to a key path and, in a file, a line. */
class ReadContext {
    origin;
    errors = [];
    /** Dotted paths of every known key, to suggest the right section for a misplaced key. */
    knownPaths;
    aliasesLeft = MAX_ALIASES;
    constructor(origin, knownPaths = []) {
        this.origin = origin;
        this.knownPaths = knownPaths;
    }
    /** 1-based line of a source offset. */
    line(offset) {
        if (offset === undefined || this.origin.kind !== 'file')
            return undefined;
        // LineCounter reports line 0 before its first recorded newline, i.e. on a one-line file.
        return Math.max(1, this.origin.lineCounter.linePos(offset).line);
    }
    /** Record that the value at `path` is wrong. `problem` continues the sentence "<path> …". */
    fail(path, offset, problem) {
        this.report(`${path} ${problem}`, offset);
    }
    /** Record a problem that is not about one key (a YAML syntax error, a wrong document shape). */
    report(sentence, offset) {
        const text = /[.?!]$/.test(sentence) ? sentence : `${sentence}.`;
        const { origin } = this;
        if (origin.kind === 'values') {
            this.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin.label}: ${text}`));
            return;
        }
        const line = this.line(offset);
        this.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(line === undefined ? `${origin.file}: ${text}` : `${origin.file}:${line}: ${text}`, {
            file: origin.file,
            ...(line === undefined ? {} : { line }),
        }));
    }
    /** The value of a pair or list item, with aliases resolved; reports a cyclic or runaway alias. */
    at(node, fallbackOffset, path) {
        if (node === null || node === undefined)
            return { node: null, offset: fallbackOffset };
        const offset = rangeStart(node) ?? fallbackOffset;
        let target = node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(target)) {
            if (this.aliasesLeft <= 0) {
                this.fail(path, offset, `uses more than ${MAX_ALIASES} aliases; expand them`);
                // Reading on would only repeat this for every alias left, so stop here.
                throw new ReadAborted();
            }
            this.aliasesLeft--;
            target = target.resolve(this.origin.doc);
            if (target === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(target)) {
                this.fail(path, offset, 'is an alias to an unknown anchor');
                return { node: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null), offset };
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target))
            return { node: target, offset };
        this.fail(path, offset, 'has a value that is not a scalar, list or map');
        return { node: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null), offset };
    }
}
function rangeStart(node) {
    if (typeof node !== 'object' || node === null || !('range' in node))
        return undefined;
    const range = node.range;
    return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}
function isNull(node) {
    return node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null);
}
/** "got …" text for an error: the value as written (quoted, truncated), or its shape. */
function got(node, options = {}) {
    if (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null))
        return 'got nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'got a map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'got a list';
    if (options.secret)
        return 'got a value that is not shown here';
    const value = node.value;
    if (typeof value === 'string')
        return `got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}`;
    if (typeof value === 'number' || typeof value === 'boolean') {
        const source = typeof node.source === 'string' && node.source !== '' ? node.source : String(value);
        return `got ${source.length > 40 ? `${source.slice(0, 40)}…` : source}`;
    }
    return 'got a value of an unsupported type';
}
/** `fixes` + `timeout` → `fixes.timeout`; keys that are not plain words are bracketed and quoted. */
function joinKey(path, key) {
    if (!/^[A-Za-z0-9_-]+$/.test(key))
        return `${path}[${JSON.stringify(key)}]`;
    return path === '' ? key : `${path}.${key}`;
}
function joinIndex(path, index) {
    return `${path}[${index}]`;
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ CONFIG_SCHEMA)
});

// UNUSED EXPORTS: DEFAULT_LINT_PATHS

// EXTERNAL MODULE: ./packages/core/lib/analyzer/categories.js
var categories = __webpack_require__(3277);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
// EXTERNAL MODULE: ./packages/core/lib/config/read-context.js
var read_context = __webpack_require__(1943);
// EXTERNAL MODULE: ./packages/core/lib/config/settings.js
var settings = __webpack_require__(5176);
;// CONCATENATED MODULE: ./packages/core/lib/config/areas.js



const RULE_KEYS = ['any', 'all'];
const ruleGlobs = (0,settings/* globs */.gV)({ minItems: 1 });
function readRule(at, path, ctx) {
    if (at.node === null || !(0,dist/* isMap */.jh)(at.node)) {
        ctx.fail(path, at.offset, `must be a map with "any" or "all" and a list of globs; ${(0,read_context/* got */.Lt)(at.node)}`);
        return undefined;
    }
    const entries = (0,settings/* mapEntries */.Nn)(at, path, ctx);
    if (entries === undefined)
        return undefined;
    const before = ctx.errors.length;
    const rules = [];
    for (const entry of entries) {
        if (entry.key !== 'any' && entry.key !== 'all') {
            (0,settings/* unknownKey */.a)(entry, path, RULE_KEYS, ctx);
            continue;
        }
        const list = ruleGlobs.read(entry.at, entry.path, ctx);
        if (list !== undefined)
            rules.push(entry.key === 'any' ? { any: list } : { all: list });
    }
    if (ctx.errors.length > before)
        return undefined;
    if (rules.length !== 1) {
        ctx.fail(path, at.offset, rules.length === 0
            ? 'must have "any" or "all" with a list of globs'
            : 'must have "any" or "all", not both; make two areas instead');
        return undefined;
    }
    return rules[0];
}
const areasSetting = {
    type: 'map of label → rule',
    description: 'Area labels for pull requests: `<label>: { any: [globs] }` labels a PR when any changed file matches, ' +
        '`<label>: { all: [globs] }` when every changed file does.',
    default: {},
    read(at, path, ctx) {
        const entries = (0,settings/* mapEntries */.Nn)(at, path, ctx, 'a map of labels to rules');
        if (entries === undefined)
            return undefined;
        const before = ctx.errors.length;
        const rules = [];
        for (const entry of entries) {
            const problem = (0,settings/* labelProblem */.W6)(entry.key);
            if (problem !== undefined)
                ctx.fail(entry.path, entry.keyOffset, problem);
            const rule = readRule(entry.at, entry.path, ctx);
            if (rule !== undefined)
                rules.push([entry.key, rule]);
        }
        // fromEntries defines own properties, so a label named `__proto__` stays a label.
        return ctx.errors.length > before ? undefined : Object.fromEntries(rules);
    },
    rows: (path) => [
        {
            key: `${path}.<label>.any`,
            type: 'list of globs',
            description: 'Label when any changed file matches.',
        },
        {
            key: `${path}.<label>.all`,
            type: 'list of globs',
            description: 'Label when every changed file matches.',
        },
    ],
};

;// CONCATENATED MODULE: ./packages/core/lib/config/fix-types.js
/** The mechanical fixes autoheal can propose as a draft PR; `fixes.allowed` picks from these. */
const FIX_TYPES = [
    'timeout',
    'missing_dependency',
    'missing_command',
    'toolchain_mismatch',
    'resource_exhaustion',
    'lint_failure',
];
function isFixType(value) {
    return FIX_TYPES.includes(value);
}

// EXTERNAL MODULE: ./packages/core/lib/config/patterns.js
var patterns = __webpack_require__(6526);
;// CONCATENATED MODULE: ./packages/core/lib/config/schema.js





/**
 * `.github/autoheal.yml`: every setting, its type, default and description, in one place. The
 * config's TypeScript type, the defaults and the docs table are all derived from this.
 * Field names are camelCase here; the file spells them kebab-case (`maxPerHour` → `max-per-hour`).
 */
/** The category label is `<prefix><category>` and must still fit GitHub's label length limit. */
const MAX_PREFIX_CHARS = settings/* MAX_LABEL_CHARS */.ir - Math.max(...categories/* FAILURE_CATEGORIES */.MW.map((c) => c.length));
/**
 * What a lint fix may touch by default: anything but files that decide what runs, with which
 * dependencies, or who reviews (a lint command is repository code; its diff is untrusted).
 */
const DEFAULT_LINT_PATHS = [
    '**',
    '!.github/**',
    '!**/.git*',
    '!**/CODEOWNERS',
    '!**/package.json',
    '!**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,pnpm-workspace.yaml,bun.lock,bun.lockb,.npmrc,.yarnrc,.yarnrc.yml}',
    '!**/{pyproject.toml,setup.py,setup.cfg,Pipfile,Pipfile.lock,poetry.lock,uv.lock,pdm.lock,tox.ini,noxfile.py,conftest.py}',
    '!**/*requirements*.{txt,in}',
    '!**/requirements/**',
    '!**/{go.mod,go.sum,go.work,Cargo.toml,Cargo.lock,Gemfile,Gemfile.lock,*.gemspec,composer.json,composer.lock}',
    '!**/{pom.xml,build.gradle,build.gradle.kts,settings.gradle,settings.gradle.kts,gradle.properties,gradlew,gradlew.bat}',
    '!**/gradle/wrapper/**',
    '!**/{Makefile,makefile,GNUmakefile,*.mk,Justfile,justfile,Taskfile.yml,Rakefile,Dockerfile,*.dockerfile,docker-compose.yml,compose.yaml}',
    '!**/{.pre-commit-config.yaml,.husky/**,lefthook.yml,.envrc,.tool-versions,.nvmrc,.node-version,.python-version}',
    '!**/*.{sh,bash,ps1,bat,cmd}',
    '!scripts/**',
    '!**/bin/**',
];
const confidence = (0,settings/* num */.bu)({ min: 0, max: 1 });
const rate = (0,settings/* num */.bu)({ min: 0, max: 1 });
const envNameProblem = (value) => {
    // The value is never echoed: if it is a webhook URL, it is a credential.
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('/') || /hooks\.slack\.com/i.test(value))
        return ('must name the environment variable or secret that holds the webhook URL, not the URL itself; ' +
            'this file is readable by anyone who can read the repository, so remove the URL and rotate the webhook');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
        return 'must be an environment variable name: letters, digits and "_", not starting with a digit';
    return undefined;
};
const singleLine = (value) => {
    if (value.trim() === '')
        return 'must not be empty';
    if (/[\r\n]/.test(value))
        return 'must be a single line';
    return undefined;
};
const CONFIG_SCHEMA = (0,settings/* section */.uW)('The whole file.', {
    enabled: (0,settings/* setting */.Pe)(settings/* bool */.lc, true, 'Set to false to turn autoheal off for this repository without removing its workflows.'),
    workflows: (0,settings/* section */.uW)('Which workflow runs autoheal looks at.', {
        watch: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)({ minItems: 1 }), ['**'], 'Workflows to diagnose, matched against the workflow name and its file path ' +
            '(`.github/workflows/ci.yml`). A later `!glob` excludes again.'),
        exclude: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)(), [], 'Workflows never to diagnose, even when `watch` matches them.'),
    }),
    branches: (0,settings/* section */.uW)('Which branches autoheal looks at.', {
        include: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)({ minItems: 1 }), ['**'], 'Branches whose failed runs are diagnosed.'),
        exclude: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)(), [], 'Branches never diagnosed, even when `include` matches them.'),
        forgetDays: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 1, max: 365 }), 14, 'An issue stops waiting for a non-default branch to turn green once that branch has shown no failure for this many days.'),
    }),
    labels: (0,settings/* section */.uW)('Labels on the issues autoheal files.', {
        base: (0,settings/* setting */.Pe)((0,settings/* label */.Pf)(), 'autoheal', 'Label on every autoheal issue and pull request.'),
        categoryPrefix: (0,settings/* setting */.Pe)((0,settings/* label */.Pf)(MAX_PREFIX_CHARS), 'autoheal:', 'Prefix of the category label (`autoheal:network_error`).'),
        extra: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* label */.Pf)(), { unique: true, maxItems: 20 }), [], 'More labels added to every issue.'),
    }),
    issues: (0,settings/* section */.uW)('Filing issues for failures.', {
        maxPerHour: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 100 }), 5, 'Most new issues filed per hour; 0 files none.'),
        reopenDays: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 365 }), 14, 'A recurring failure reopens its closed issue if that was closed at most this many days ago; otherwise a new issue is filed.'),
        closeOnSuccess: (0,settings/* setting */.Pe)(settings/* bool */.lc, true, 'Close the issue when the workflow succeeds again on the same branch.'),
        minConfidence: (0,settings/* setting */.Pe)(confidence, 0, 'File an issue only when the diagnosis is at least this confident.'),
        scope: (0,settings/* setting */.Pe)((0,settings/* oneOf */.yL)(['default-branch', 'all']), 'default-branch', "`default-branch`: issues only for failures on the default branch; a failure on a pull request's branch gets one comment on the pull request (edited in place), any other branch only the job summary. `all`: issues for every watched branch."),
    }),
    reruns: (0,settings/* section */.uW)('Re-running jobs that failed for passing reasons.', {
        enabled: (0,settings/* setting */.Pe)(settings/* bool */.lc, true, 'Re-run failed jobs whose category is in `categories`.'),
        max: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 5 }), 1, 'Most re-runs of one workflow run.'),
        categories: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* oneOf */.yL)(categories/* FAILURE_CATEGORIES */.MW), { unique: true }), ['network_error', 'infrastructure'], 'Failure categories worth a re-run.'),
        minConfidence: (0,settings/* setting */.Pe)(confidence, 0.8, 'Re-run only when the diagnosis is at least this confident.'),
    }),
    fixes: (0,settings/* section */.uW)('Draft pull requests with mechanical fixes.', {
        enabled: (0,settings/* setting */.Pe)(settings/* bool */.lc, true, 'Open draft pull requests for fixable failures.'),
        minConfidence: (0,settings/* setting */.Pe)(confidence, 0.8, 'Propose a fix only when the diagnosis is at least this confident.'),
        allowed: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* oneOf */.yL)(FIX_TYPES), { unique: true }), [...FIX_TYPES], 'Kinds of fix autoheal may propose.'),
        maxOpenPrs: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 50 }), 5, 'Most autoheal pull requests open at once.'),
        maxPrsPerHour: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 20 }), 2, 'Most fix pull requests opened per hour.'),
        readyWhenVerified: (0,settings/* setting */.Pe)(settings/* bool */.lc, false, "Mark a fix pull request ready for review once every watched workflow passed on its branch with autoheal's own commit at its head (verified); not while one still runs. Needs a fix token: pull requests opened with GITHUB_TOKEN start no CI."),
        timeout: (0,settings/* section */.uW)('The `timeout` fix: raising `timeout-minutes` of a job that ran out of time.', {
            factor: (0,settings/* setting */.Pe)((0,settings/* num */.bu)({ above: 1, max: 10 }), 1.5, 'New timeout = old timeout × factor, rounded up.'),
            maxMinutes: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 1, max: 4320 }), 360, 'Never raise a timeout above this many minutes.'),
        }),
        lintCommand: (0,settings/* optional */.lq)((0,settings/* text */.Qq)({ check: singleLine }), 'Command that fixes lint failures (`npm run lint -- --fix`); without it, lint fixes are not proposed.'),
        lintPaths: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)({ minItems: 1 }), [...DEFAULT_LINT_PATHS], 'Files a lint fix may change (globs in order, `!` excludes). The default leaves out `.github/`, manifests, lockfiles, CODEOWNERS, `.gitattributes` and scripts CI runs: the command runs repository code, so its diff must not reach what runs with privileges.'),
    }),
    patterns: patterns/* patternsSetting */.A_,
    notify: (0,settings/* section */.uW)('Notifications when autoheal files an issue.', {
        slackWebhookEnv: (0,settings/* optional */.lq)((0,settings/* text */.Qq)({ type: 'env var name', check: envNameProblem, secret: true }), 'Name of the environment variable (or secret) holding a Slack-compatible webhook URL. Never the URL itself.'),
        on: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* oneOf */.yL)(['created', 'reopened']), { unique: true }), ['created', 'reopened'], 'Which issue events are notified.'),
    }),
    prReview: (0,settings/* section */.uW)('The pull request reviewer.', {
        sizeThresholds: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* int */.Wh)({ min: 1 }), {
            minItems: 1,
            maxItems: 10,
            check: (items) => items.every((n, i) => i === 0 || n > items[i - 1])
                ? undefined
                : `must be in strictly ascending order; got [${items.join(', ')}]`,
        }), [10, 30, 100, 500, 1000], 'Changed-line counts that separate the size labels (XS, S, M, L, XL, XXL).'),
        ignore: (0,settings/* setting */.Pe)((0,settings/* globs */.gV)(), [], 'Files left out of the size (lock files, generated code).'),
        areas: areasSetting,
        includeDrafts: (0,settings/* setting */.Pe)(settings/* bool */.lc, false, 'Review draft pull requests too.'),
        copilotReview: (0,settings/* setting */.Pe)(settings/* bool */.lc, false, 'Also request a review from GitHub Copilot.'),
    }),
    staleDrafts: (0,settings/* section */.uW)('Closing abandoned draft pull requests.', {
        daysBeforeStale: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 1, max: 3650 }), 30, 'Days without activity before a draft is marked stale.'),
        daysBeforeClose: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 0, max: 3650 }), 7, 'Days after being marked stale before the draft is closed.'),
        exemptLabels: (0,settings/* setting */.Pe)((0,settings/* listOf */.c3)((0,settings/* label */.Pf)(), { unique: true }), ['keep', 'pinned', 'security', 'do-not-close'], 'Drafts with any of these labels are never marked stale.'),
        onlyAutoheal: (0,settings/* setting */.Pe)(settings/* bool */.lc, false, 'Only consider drafts opened by autoheal.'),
        deleteBranch: (0,settings/* setting */.Pe)(settings/* bool */.lc, false, 'Delete the branch of a closed draft (never of a fork).'),
    }),
    health: (0,settings/* section */.uW)('Workflow health checks.', {
        windowDays: (0,settings/* setting */.Pe)((0,settings/* int */.Wh)({ min: 1, max: 90 }), 14, 'Days of runs that make up the success rate.'),
        minSuccessRate: (0,settings/* setting */.Pe)(rate, 0.8, 'A workflow below this success rate is reported unhealthy.'),
        recoverRate: (0,settings/* setting */.Pe)(rate, 0.9, 'An unhealthy workflow is healthy again at this rate; above `min-success-rate`, so it does not flap.'),
        maxDrop: (0,settings/* setting */.Pe)(rate, 0.15, 'Report a workflow whose success rate fell by more than this within the window.'),
    }, {
        check: (health) => health.recoverRate < health.minSuccessRate
            ? [
                {
                    field: 'recoverRate',
                    problem: `must be at least min-success-rate (${health.minSuccessRate}), or a workflow would count as recovered while still unhealthy; got ${health.recoverRate}`,
                },
            ]
            : [],
    }),
});


/***/ }),

/***/ 5176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ isSection),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   W6: () => (/* binding */ labelProblem),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   a: () => (/* binding */ unknownKey),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   gV: () => (/* binding */ globs),
/* harmony export */   ir: () => (/* binding */ MAX_LABEL_CHARS),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   uW: () => (/* binding */ section),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export glob */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8009);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9206);
/* harmony import */ var _read_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1943);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5958);




function isSection(setting) {
    return 'fields' in setting;
}
// ---------------------------------------------------------------------------------------------
// Kinds
function scalarValue(at) {
    return at.node !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(at.node) ? at.node.value : undefined;
}
const bool = {
    type: 'boolean',
    read(at, path, ctx) {
        const value = scalarValue(at);
        if (typeof value === 'boolean')
            return value;
        ctx.fail(path, at.offset, `must be true or false; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}`);
        return undefined;
    },
};
function rangeType(noun, range) {
    if (range.above !== undefined)
        return range.max === undefined
            ? `${noun} (> ${range.above})`
            : `${noun} (> ${range.above}, ≤ ${range.max})`;
    if (range.min !== undefined && range.max !== undefined)
        return `${noun} (${range.min}–${range.max})`;
    if (range.min !== undefined)
        return `${noun} (≥ ${range.min})`;
    if (range.max !== undefined)
        return `${noun} (≤ ${range.max})`;
    return noun;
}
function int(range) {
    return {
        type: rangeType('integer', range),
        read(at, path, ctx) {
            const value = scalarValue(at);
            if (typeof value === 'number' && Number.isSafeInteger(value) && (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inRange */ .r4)(value, range))
                return value;
            ctx.fail(path, at.offset, `must be ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .rangePhrase */ .vy)('an integer', range)}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}`);
            return undefined;
        },
    };
}
function num(range) {
    return {
        type: rangeType('number', range),
        read(at, path, ctx) {
            const value = scalarValue(at);
            if (typeof value === 'number' && Number.isFinite(value) && (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inRange */ .r4)(value, range))
                return value;
            ctx.fail(path, at.offset, `must be ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .rangePhrase */ .vy)('a number', range)}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}`);
            return undefined;
        },
    };
}
function text(options = {}) {
    return {
        type: options.type ?? 'string',
        read(at, path, ctx) {
            const value = scalarValue(at);
            if (typeof value !== 'string') {
                const hint = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : '';
                ctx.fail(path, at.offset, `must be a string${hint}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node, { secret: options.secret ?? false })}`);
                return undefined;
            }
            const problem = options.check?.(value);
            if (problem !== undefined) {
                ctx.fail(path, at.offset, problem);
                return undefined;
            }
            return value;
        },
    };
}
/** GitHub refuses label names over 50 characters. */
const MAX_LABEL_CHARS = 50;
function labelProblem(value, maxChars = MAX_LABEL_CHARS) {
    if (value.trim() === '')
        return 'must not be empty';
    if (value.trim() !== value)
        return `must not start or end with spaces; got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}`;
    if ([...value].length > maxChars)
        return `must be at most ${maxChars} characters long; got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}`;
    return undefined;
}
function label(maxChars = MAX_LABEL_CHARS) {
    return text({ type: 'label', check: (value) => labelProblem(value, maxChars) });
}
function oneOf(values) {
    return {
        type: `one of ${values.map((v) => `\`${v}\``).join(', ')}`,
        read(at, path, ctx) {
            const value = scalarValue(at);
            if (typeof value === 'string' && values.includes(value))
                return value;
            const near = typeof value === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(value, values) : undefined;
            const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
            ctx.fail(path, at.offset, `must be one of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listWords */ .yh)(values)}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}${hint}`);
            return undefined;
        },
    };
}
/** `list of integers (≥ 1)`, `list, each one of …`. */
function listType(itemType) {
    return itemType.startsWith('one of ')
        ? `list, each ${itemType}`
        : `list of ${itemType.replace(/^\w+/, '$&s')}`;
}
function listOf(item, options = {}) {
    const { minItems = 0, maxItems } = options;
    return {
        type: options.type ?? listType(item.type),
        read(at, path, ctx) {
            if (at.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(at.node)) {
                const hint = at.node !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(at.node) && at.node.value !== null ? ' (write [x] for one item)' : '';
                ctx.fail(path, at.offset, `must be a list${hint}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}`);
                return undefined;
            }
            const seq = at.node;
            if (maxItems !== undefined && seq.items.length > maxItems) {
                ctx.fail(path, at.offset, `has ${seq.items.length} items; at most ${maxItems} are allowed`);
                return undefined;
            }
            if (seq.items.length < minItems) {
                ctx.fail(path, at.offset, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
                return undefined;
            }
            const before = ctx.errors.length;
            const out = [];
            seq.items.forEach((raw, index) => {
                const itemPath = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .joinIndex */ .jw)(path, index);
                const value = item.read(ctx.at(raw, at.offset, itemPath), itemPath, ctx);
                if (value === undefined)
                    return;
                if (options.unique && out.includes(value)) {
                    ctx.fail(itemPath, (0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeStart */ .O5)(raw) ?? at.offset, `repeats ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(String(value))}`);
                    return;
                }
                out.push(value);
            });
            if (ctx.errors.length > before)
                return undefined;
            const problem = options.check?.(out);
            if (problem !== undefined) {
                ctx.fail(path, at.offset, problem);
                return undefined;
            }
            return out;
        },
    };
}
const glob = text({
    type: 'glob',
    check: (value) => {
        const problem = (0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(value);
        return problem === undefined ? undefined : `${problem}; got ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}`;
    },
});
function globs(options = {}) {
    return listOf(glob, {
        ...options,
        type: 'list of globs',
        check: (items) => (0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .onlyNegated */ .j)(items)
            ? 'has only negated globs ("!…"), which match nothing; start with a glob that includes, e.g. "**"'
            : undefined,
    });
}
/**
 * The entries of a map, with repeated keys and non-text keys reported. A null value (`section:`
 * with nothing under it) reads as an empty map; anything else that is not a map is an error.
 */
function mapEntries(at, path, ctx, what = 'a map') {
    if ((0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isNull */ .kZ)(at.node))
        return [];
    if (at.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(at.node)) {
        ctx.fail(path === '' ? 'The file' : path, at.offset, `must be ${what}; ${(0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .got */ .Lt)(at.node)}`);
        return undefined;
    }
    const firstSeen = new Map();
    const entries = [];
    for (const pair of at.node.items) {
        const keyOffset = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeStart */ .O5)(pair.key) ?? at.offset;
        const key = keyText(pair.key);
        if (key === undefined) {
            ctx.fail(path === '' ? 'The file' : path, keyOffset, 'has a key that is not plain text');
            continue;
        }
        const entryPath = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .joinKey */ .ID)(path, key);
        if (firstSeen.has(key)) {
            const first = ctx.line(firstSeen.get(key));
            ctx.fail(entryPath, keyOffset, `is given twice${first === undefined ? '' : ` (first on line ${first})`}`);
            continue;
        }
        firstSeen.set(key, keyOffset);
        entries.push({ key, keyOffset, path: entryPath, at: ctx.at(pair.value, keyOffset, entryPath) });
    }
    return entries;
}
function keyText(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return undefined;
    const value = key.value;
    if (typeof value === 'string')
        return value;
    // `404: …` or `true: …` as a map key is still a name the user typed.
    if (typeof value === 'number' || typeof value === 'boolean')
        return typeof key.source === 'string' ? key.source : String(value);
    return undefined;
}
/** Reports a key the schema does not know, suggesting the closest known key here or elsewhere. */
function unknownKey(entry, parentPath, known, ctx) {
    let hint = '';
    const near = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(entry.key, known);
    if (near !== undefined)
        hint = ` Did you mean ${JSON.stringify(near)}?`;
    else {
        // A right key in the wrong section: `min-confidence` at the top level.
        const elsewhere = ctx.knownPaths.filter((p) => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(entry.key, [p.slice(p.lastIndexOf('.') + 1)]) !== undefined);
        if (elsewhere.length > 0 && elsewhere.length <= 3)
            hint = ` Did you mean ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listWords */ .yh)(elsewhere)}?`;
    }
    const where = parentPath === '' ? 'at the top level' : `under ${parentPath}`;
    ctx.fail(entry.path, entry.keyOffset, `is not a known setting.${hint} Settings ${where}: ${known.join(', ')}`);
}
// ---------------------------------------------------------------------------------------------
// Settings and sections
function setting(kind, defaultValue, description) {
    // `exclude:` with every item commented out means the empty list, when that is the default
    // anyway; otherwise (`watch:`) it is ambiguous and reported.
    const nullIsDefault = Array.isArray(defaultValue) && defaultValue.length === 0;
    return {
        type: kind.type,
        description,
        default: defaultValue,
        read: (at, path, ctx) => nullIsDefault && (0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isNull */ .kZ)(at.node) ? structuredClone(defaultValue) : kind.read(at, path, ctx),
    };
}
/** A setting with no default: absent (or written as `key:` with no value) means "not set". */
function optional(kind, description) {
    return {
        type: kind.type,
        description,
        default: undefined,
        read: (at, path, ctx) => ((0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isNull */ .kZ)(at.node) ? undefined : kind.read(at, path, ctx)),
    };
}
function section(description, fields, options = {}) {
    const byKey = new Map(Object.keys(fields).map((name) => [(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .kebabCase */ .kW)(name), name]));
    const known = [...byKey.keys()];
    const defaults = {};
    for (const [name, field] of Object.entries(fields))
        if (field.default !== undefined)
            defaults[name] = field.default;
    const check = options.check;
    const result = {
        type: 'map',
        description,
        fields,
        default: defaults,
        read(at, path, ctx) {
            const entries = mapEntries(at, path, ctx, 'a map of settings');
            if (entries === undefined)
                return undefined;
            const before = ctx.errors.length;
            const value = structuredClone(defaults);
            const offsets = new Map();
            for (const entry of entries) {
                const name = byKey.get(entry.key);
                const field = name === undefined ? undefined : fields[name];
                if (name === undefined || field === undefined) {
                    unknownKey(entry, path, known, ctx);
                    continue;
                }
                offsets.set(name, entry.keyOffset);
                const read = field.read(entry.at, entry.path, ctx);
                if (read === undefined)
                    delete value[name];
                else
                    value[name] = read;
            }
            // Cross-field checks only make sense once every field is valid on its own.
            if (ctx.errors.length > before)
                return undefined;
            const typed = value;
            for (const { field, problem } of check?.(typed) ?? [])
                ctx.fail((0,_read_context_js__WEBPACK_IMPORTED_MODULE_2__/* .joinKey */ .ID)(path, (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .kebabCase */ .kW)(field)), offsets.get(field) ?? at.offset, problem);
            return typed;
        },
    };
    if (check !== undefined)
        result.check = check;
    return result;
}


/***/ }),

/***/ 5958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kW: () => (/* binding */ kebabCase),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   r4: () => (/* binding */ inRange),
/* harmony export */   vy: () => (/* binding */ rangePhrase),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/* unused harmony exports MAX_QUOTED_CHARS, editDistance */
/** Wording shared by input and config errors, so both read the same way. */
/** Longest value echoed back in an error; a pasted log or key should not flood the annotation. */
const MAX_QUOTED_CHARS = 60;
/** A user's value as it appears in an error: JSON-quoted (so newlines show), truncated with "…". */
function quote(value, max = MAX_QUOTED_CHARS) {
    const chars = [...value];
    return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : value);
}
/** `"a", "b" or "c"`. */
function listWords(items, conjunction = 'or') {
    const quoted = items.map((item) => JSON.stringify(item));
    if (quoted.length <= 1)
        return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
/** "an integer from 1 to 20", "a number greater than 1 and at most 10", "an integer of at least 0". */
function rangePhrase(noun, range) {
    const { min, max, above } = range;
    if (above !== undefined)
        return max === undefined
            ? `${noun} greater than ${above}`
            : `${noun} greater than ${above} and at most ${max}`;
    if (min !== undefined && max !== undefined)
        return `${noun} from ${min} to ${max}`;
    if (min !== undefined)
        return `${noun} of at least ${min}`;
    if (max !== undefined)
        return `${noun} of at most ${max}`;
    return noun;
}
/** Whether `value` lies in the range `rangePhrase` describes. */
function inRange(value, range) {
    if (range.above !== undefined && !(value > range.above))
        return false;
    if (range.min !== undefined && value < range.min)
        return false;
    if (range.max !== undefined && value > range.max)
        return false;
    return true;
}
/** Spelling-insensitive form: `maxPerHour`, `max_per_hour` and `Max-Per-Hour` all become `maxperhour`. */
function squash(word) {
    return word.toLowerCase().replace(/[-_\s]/g, '');
}
/** Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/**
 * The candidate the user most likely meant, or undefined when none is close: a different spelling
 * of the same words first, then the nearest by edit distance (allowing more typos in longer words).
 */
function closest(word, candidates) {
    const squashed = squash(word);
    const same = candidates.find((c) => squash(c) === squashed);
    if (same !== undefined)
        return same;
    const allowed = squashed.length <= 4 ? 1 : squashed.length <= 9 ? 2 : 3;
    let best;
    let bestDistance = allowed + 1;
    for (const candidate of candidates) {
        const distance = editDistance(squashed, squash(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `maxPerHour` → `max-per-hour`: schema field names are camelCase, YAML keys and inputs kebab-case. */
function kebabCase(name) {
    return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}


/***/ })

};
