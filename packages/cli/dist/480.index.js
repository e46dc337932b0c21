export const id = 480;
export const ids = [480];
export const modules = {

/***/ 4480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(6940);
;// CONCATENATED MODULE: ./packages/core/lib/fixes/unified-diff.js
/**
 * Unified diffs (the format `git diff` and `patch` read), so PR bodies and dry runs can show a fix
 * without a git binary. jsdiff finds the edit script and the hunks; we print them the way git
 * does (a count of one left out), which the diffs users see and apply re-reads. Lines are compared
 * with their line endings, so a CRLF file stays CRLF in the diff and a missing final newline is
 * reported the standard way.
 */

/** The text cut after each `\n`, endings kept; the last piece may have none. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** A shortest edit script between two line lists, deletions before insertions in each change. */
function diffLines(a, b) {
    return diffArrays([...a], [...b]).flatMap((change) => change.value.map((line) => ({
        op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
        line,
    })));
}
function range(start, count) {
    // jsdiff starts an empty range at the line after it; git names the line before. A count of one is left out.
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
/** The hunks of one file's change, `context` lines around each change. */
function diffHunks(before, after, context = 3) {
    const { hunks } = (0,create/* structuredPatch */.YB)('a', 'b', before, after, undefined, undefined, { context });
    let out = '';
    for (const hunk of hunks) {
        out += `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`;
        for (const line of hunk.lines)
            out += `${line}\n`;
    }
    return out;
}
/** A unified diff of every change, with `a/` and `b/` headers; unchanged files are left out. */
function unifiedDiff(changes, context = 3) {
    let out = '';
    for (const change of changes) {
        const hunks = diffHunks(change.before, change.after, context);
        if (hunks === '')
            continue;
        out += `diff --git a/${change.path} b/${change.path}\n--- a/${change.path}\n+++ b/${change.path}\n${hunks}`;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/cli/lib/cli.js
var cli = __webpack_require__(1219);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/lib/config/loader.js + 1 modules
var loader = __webpack_require__(7186);
// EXTERNAL MODULE: ./packages/core/lib/config/schema.js + 2 modules
var schema = __webpack_require__(7648);
// EXTERNAL MODULE: ./packages/core/lib/config/settings.js
var settings = __webpack_require__(5176);
// EXTERNAL MODULE: ./packages/core/lib/config/text.js
var config_text = __webpack_require__(5958);
;// CONCATENATED MODULE: ./packages/core/lib/config/docs.js



/** A default as it would be written in the file (JSON flow style is valid YAML). */
function formatDefault(value) {
    if (value === undefined)
        return undefined;
    if (Array.isArray(value))
        return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return JSON.stringify(value);
}
function collect(setting, path, out) {
    if (!(0,settings/* isSection */.EP)(setting))
        return out;
    for (const [name, field] of Object.entries(setting.fields)) {
        const key = path === '' ? (0,config_text/* kebabCase */.kW)(name) : `${path}.${(0,config_text/* kebabCase */.kW)(name)}`;
        if ((0,settings/* isSection */.EP)(field)) {
            out.push({ key, type: 'map', description: field.description });
            collect(field, key, out);
            continue;
        }
        const shown = formatDefault(field.default);
        out.push({
            key,
            type: field.type,
            ...(shown === undefined ? {} : { default: shown }),
            description: field.description,
        });
        if (field.rows)
            out.push(...field.rows(key));
    }
    return out;
}
/** Every key of `.github/autoheal.yml`, in file order, with sections before their settings. */
function configDocRows() {
    return collect(schema/* CONFIG_SCHEMA */.l, '', []);
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function code(text) {
    return `\`${text}\``;
}
/** The markdown table of settings for the README: key, type, default, description. */
function renderConfigTable() {
    const lines = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
    for (const row of configDocRows()) {
        const def = row.default === undefined ? '' : code(row.default);
        lines.push(`| ${cell(code(row.key))} | ${cell(row.type)} | ${cell(def)} | ${cell(row.description)} |`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/cli/lib/init/config-file.js
/**
 * `.github/autoheal.yml` as init writes it: every key of core's config schema, commented out at
 * its default with its description above it, so the file documents itself and changes nothing
 * until a line is uncommented. Generated from the schema's doc rows, never a copy of them.
 */


const WIDTH = 100;
/** Words of `text` in lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((w) => w !== '')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
function renderConfigFile() {
    const out = [
        `# ${loader/* DEFAULT_CONFIG_PATH */.Bi}: autoheal's settings for this repository.`,
        '# Every key is listed at its default, commented out: uncomment a line (and its section) to change it.',
        '# A key left commented keeps its default, so this file changes nothing as written.',
    ];
    for (const row of configDocRows()) {
        const parts = row.key.split('.');
        const name = parts[parts.length - 1];
        // Rows for the items of a list or a map (`patterns[].regex`, `areas.<label>.any`) describe what
        // an entry holds; they are documentation, not keys with a default.
        const isItemDoc = row.key.includes('[]') || row.key.includes('<');
        const depth = parts.length - 1;
        const indent = '  '.repeat(depth);
        if (isItemDoc) {
            // Double-commented: uncommenting the file's keys must not turn these into keys.
            for (const l of wrap(`${row.key}: ${row.description} (${row.type})`, WIDTH - indent.length - 6))
                out.push(`# ${indent}# ${l}`);
            continue;
        }
        if (depth === 0)
            out.push('');
        for (const l of wrap(row.description, WIDTH - indent.length - 4))
            out.push(`# ${indent}# ${l}`);
        if (row.type === 'map' && row.default === undefined)
            out.push(`# ${indent}${name}:`);
        else if (row.default === undefined)
            out.push(`# ${indent}# ${name}: (no default; ${row.type})`);
        else
            out.push(`# ${indent}${name}: ${row.default}`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/lib/config/globs.js
var config_globs = __webpack_require__(9206);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
// EXTERNAL MODULE: ./packages/core/lib/runner-context.js
var runner_context = __webpack_require__(7928);
// EXTERNAL MODULE: ./packages/core/lib/text/sanitize.js + 3 modules
var sanitize = __webpack_require__(2016);
;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/text-lines.js
/** Line arithmetic on source text, CRLF-aware, for edits that must leave every other byte alone. */
/** Offset of the first character of the line holding `pos`. */
function lineStart(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
}
/** Offset where the line holding `pos` ends: its `\r\n` or `\n`, or the end of the text. */
function lineEnd(text, pos) {
    const newline = text.indexOf('\n', pos);
    if (newline === -1)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
/** Zero-based column of `pos`. */
function column(text, pos) {
    return pos - lineStart(text, pos);
}
/** One-based line number of `pos`. */
function lineNumber(text, pos) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The file's line break, judged by its first one (`\n` for a file without any). */
function lineBreak(text) {
    const newline = text.indexOf('\n');
    return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/yaml-scalar.js
/**
 * Writes one list item as YAML text that reads back as exactly the given string — in the workflow
 * file's own style where it can (plain, 'single' or "double" quotes), quoted only when needed.
 * Every result is checked by parsing it back, under YAML 1.2 (GitHub's parser) and YAML 1.1 (older
 * tools that would read `on`, `yes` or `1_000` as something other than text).
 */

/** Characters YAML does not allow unescaped in any scalar (C0 controls but tab, DEL, C1, BOM, line separators). */
const NON_PRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Starts that make a plain scalar mean something else (an indicator, a tag, an anchor, a quote…). */
const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
function readsBackAs(text, context, value) {
    const source = context === 'flow' ? `[${text}]` : `- ${text}\n`;
    for (const version of ['1.2', '1.1']) {
        let parsed;
        try {
            parsed = (0,dist/* parse */.qg)(source, { version, prettyErrors: false });
        }
        catch {
            return false;
        }
        if (!Array.isArray(parsed) || parsed.length !== 1 || parsed[0] !== value)
            return false;
    }
    return true;
}
function plainCandidate(value, context) {
    if (value === '' || value !== value.trim() || /[\t]/.test(value) || NON_PRINTABLE.test(value))
        return false;
    if (PLAIN_BAD_START.test(value) || value.includes(': ') || value.endsWith(':') || value.includes(' #'))
        return false;
    return !(context === 'flow' && /[,[\]{}]/.test(value));
}
function single(value) {
    if (NON_PRINTABLE.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}
function yaml_scalar_double(value) {
    // JSON's escapes are all valid YAML escapes; YAML also wants DEL, C1 and the separators escaped.
    return JSON.stringify(value).replace(/[\x7f-\x9f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** `value` as a list item's YAML text, in `preferred` style when that style can hold it. */
function renderScalar(value, context, preferred = 'plain') {
    const candidates = [];
    if (preferred === 'plain' && plainCandidate(value, context))
        candidates.push(value);
    if (preferred !== 'double')
        candidates.push(single(value));
    candidates.push(yaml_scalar_double(value));
    for (const text of candidates)
        if (text !== undefined && readsBackAs(text, context, value))
            return text;
    // Double quotes with escapes can hold any string; reaching this is a bug, not a user mistake.
    throw new Error(`cannot write ${JSON.stringify(value)} as a YAML scalar`);
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/list-edit.js


function applyEdit(text, edit) {
    return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}
/** Items that stay, by pattern (the first of repeated ones). */
function byPattern(items) {
    const map = new Map();
    for (const item of items)
        if (!map.has(item.pattern))
            map.set(item.pattern, item);
    return map;
}
function flowItems(text, items, patterns, style) {
    const kept = byPattern(items);
    return patterns.map((pattern) => {
        const item = kept.get(pattern);
        return item ? text.slice(item.start, item.end) : renderScalar(pattern, 'flow', style);
    });
}
function blockLines(patterns, indent, style) {
    return patterns.map((p) => `${' '.repeat(indent)}- ${renderScalar(p, 'block', style)}`);
}
/** Where the `-` of a block item is: the first non-blank character before its value. */
function dashOf(text, item) {
    let i = item.start - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    return text[i] === '-' ? i : item.start;
}
function editBlock(text, site, patterns) {
    const eol = lineBreak(text);
    const regionStart = lineStart(text, site.dash);
    const prefix = text.slice(regionStart, site.dash);
    const first = site.items[0];
    // The spaces between `-` and the value, as the file writes them (not an anchor or a line break).
    const written = first ? text.slice(site.dash + 1, first.start) : ' ';
    const gap = /^ +/.exec(written)?.[0] ?? ' ';
    const chunks = new Map();
    let previousEnd = regionStart;
    let regionEnd = regionStart;
    site.items.forEach((item, index) => {
        const chunkStart = lineStart(text, dashOf(text, item));
        const chunkEnd = lineEnd(text, Math.max(item.start, item.end - 1));
        // Comment and blank lines between the previous item and this one travel with this one.
        const lead = index === 0 ? [] : text.slice(previousEnd, chunkStart).split(/\r?\n/).slice(1, -1);
        chunks.set(item, [...lead, text.slice(chunkStart, chunkEnd)]);
        previousEnd = chunkEnd;
        regionEnd = chunkEnd;
    });
    const kept = byPattern(site.items);
    const lines = patterns.flatMap((pattern) => {
        const item = kept.get(pattern);
        return item ? chunks.get(item) : [`${prefix}-${gap}${renderScalar(pattern, 'block', site.style)}`];
    });
    return { start: regionStart, end: regionEnd, replacement: lines.join(eol) };
}
/** The comment (with the spaces before it) after `from` on its line, past an optional comma; '' when none. */
function commentAfter(text, from) {
    const rest = text.slice(from, lineEnd(text, from));
    const match = /^(?:[ \t]*,)?([ \t]*#.*)$/.exec(rest);
    return match?.[1] ?? '';
}
/** The comment lines (and blank lines) strictly between the line of `from` and the line of `to`. */
function linesBetween(text, from, to) {
    const first = lineEnd(text, from);
    const last = lineStart(text, to);
    if (last <= first)
        return [];
    return text
        .slice(first, last)
        .split(/\r?\n/)
        .slice(1, -1)
        .filter((line) => /^[ \t]*(#.*)?$/.test(line));
}
/**
 * A flow list written over several lines, one item per line: comment lines travel with the item
 * they precede (including those before the first item), an item's own trailing comment stays on its
 * line, and comments between the last item and `]` stay there.
 */
function editMultilineFlow(text, site, patterns, items) {
    const eol = lineBreak(text);
    const first = site.items[0];
    const last = site.items[site.items.length - 1];
    const close = site.end - 1;
    const indent = text.slice(lineStart(text, first.start), first.start);
    const closeIndent = text.slice(lineStart(text, close), close);
    const closeOnOwnLine = /^[ \t]*$/.test(closeIndent);
    const trailingComma = /^\s*,/.test(text.slice(last.end, close));
    const openComment = commentAfter(text, site.start + 1);
    const lead = new Map();
    const trailing = new Map();
    site.items.forEach((item, index) => {
        const previous = index === 0 ? site.start : site.items[index - 1].end;
        lead.set(item, linesBetween(text, previous, item.start));
        const next = site.items[index + 1];
        // A comment at the end of a line belongs to the line's last item.
        const lastOnLine = next === undefined || lineStart(text, next.start) > lineEnd(text, item.end);
        if (lastOnLine && lineEnd(text, item.end) < close)
            trailing.set(item, commentAfter(text, item.end));
    });
    const tail = closeOnOwnLine ? linesBetween(text, last.end, close) : [];
    const kept = new Map();
    for (const item of site.items)
        if (!kept.has(item.pattern))
            kept.set(item.pattern, item);
    const lines = [];
    patterns.forEach((pattern, index) => {
        const item = kept.get(pattern);
        const comma = index < patterns.length - 1 || trailingComma ? ',' : '';
        lines.push(...(item ? lead.get(item) : []));
        lines.push(`${indent}${items[index]}${comma}${item ? (trailing.get(item) ?? '') : ''}`);
    });
    const closing = closeOnOwnLine ? [...tail, closeIndent].join(eol) : '';
    const replacement = `[${openComment}${eol}${lines.join(eol)}${closeOnOwnLine ? eol + closing : ''}]`;
    return { start: site.start, end: site.end, replacement };
}
function editFlow(text, site, patterns) {
    const items = flowItems(text, site.items, patterns, site.style);
    const first = site.items[0];
    const last = site.items[site.items.length - 1];
    if (first && last && text.slice(site.start, first.start).includes('\n'))
        return editMultilineFlow(text, site, patterns, items);
    const pad = text[site.start + 1] === ' ' && site.items.length > 0 ? ' ' : '';
    return { start: site.start, end: site.end, replacement: `[${pad}${items.join(', ')}${pad}]` };
}
function flowList(patterns, style) {
    return `[${patterns.map((p) => renderScalar(p, 'flow', style)).join(', ')}]`;
}
/** The edit that makes the list hold exactly `patterns`, in that order. */
function editList(text, location, patterns) {
    const { site, unit } = location;
    const eol = lineBreak(text);
    switch (site.kind) {
        case 'block':
            return editBlock(text, site, patterns);
        case 'flow':
            return editFlow(text, site, patterns);
        case 'scalar':
            // Written fresh: a plain scalar's text may not mean the same inside brackets (`a, b`).
            return { start: site.start, end: site.end, replacement: flowList(patterns, site.style) };
        case 'empty': {
            const at = lineEnd(text, site.keyPos);
            const lines = blockLines(patterns, site.indent, 'plain');
            return { start: at, end: at, replacement: lines.map((l) => eol + l).join('') };
        }
        case 'missing-in-block': {
            const at = lineStart(text, site.firstKey);
            const lines = [
                `${' '.repeat(site.indent)}workflows:`,
                ...blockLines(patterns, site.indent + unit, 'plain'),
            ];
            return { start: at, end: at, replacement: lines.map((l) => l + eol).join('') };
        }
        case 'missing-in-flow': {
            const at = site.brace + 1 + (text[site.brace + 1] === ' ' ? 1 : 0);
            const entry = `workflows: ${flowList(patterns, 'plain')}`;
            return { start: at, end: at, replacement: site.empty ? entry : `${entry}, ` };
        }
        case 'bare-trigger': {
            const at = lineEnd(text, site.keyPos);
            const lines = [
                `${' '.repeat(site.indent)}workflows:`,
                ...blockLines(patterns, site.indent + unit, 'plain'),
            ];
            return { start: at, end: at, replacement: lines.map((l) => eol + l).join('') };
        }
        case 'null-trigger':
            return {
                start: site.start,
                end: site.end,
                replacement: `{ workflows: ${flowList(patterns, 'plain')} }`,
            };
    }
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/list-site.js
/**
 * Finds `on.workflow_run.workflows` in the auto-heal workflow's source: where its bytes are, what
 * it lists now, and how it is written, so the rewrite can replace exactly those bytes (or insert a
 * `workflows:` key where there is none) and leave every comment and format elsewhere as it was.
 */



const EXAMPLE = 'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]';
function pairFor(map, key) {
    for (const pair of map.items)
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
            return pair;
    return undefined;
}
/** No value at all, or a null (`~`, `null`, nothing). */
function isEmpty(node) {
    return node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
/** A null written as text (`~`, `null`) rather than as nothing. */
function hasText(node) {
    const range = node?.range;
    return range !== undefined && range !== null && range[1] > range[0];
}
function start(node) {
    return node?.range?.[0] ?? 0;
}
/** A scalar as GitHub reads it in a list of names: text, or numbers and booleans as written. */
function patternOf(node) {
    if (typeof node.value === 'string')
        return node.value;
    if (node.value === null || node.value === undefined)
        return '';
    return typeof node.source === 'string' ? node.source : String(node.value);
}
/** The quoting the list's items share, so new items look like their neighbours. */
function styleOf(items) {
    if (items.length > 0 && items.every((i) => i.type === 'QUOTE_DOUBLE'))
        return 'double';
    if (items.length > 0 && items.every((i) => i.type === 'QUOTE_SINGLE'))
        return 'single';
    return 'plain';
}
class Locator {
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    fail(message, at) {
        const line = lineNumber(this.text, at);
        return new errors/* ConfigurationError */.j1(`${this.file}:${line}: ${message}`, { file: this.file, line });
    }
    locate() {
        const doc = (0,dist/* parseDocument */.Tp)(this.text, { prettyErrors: false });
        if (doc.errors.length > 0)
            throw new errors/* ConfigurationErrors */.yb(doc.errors.map((e) => this.fail(`YAML syntax error: ${e.message.split('\n')[0]}`, e.pos[0])));
        const root = doc.contents;
        if (!(0,dist/* isMap */.jh)(root))
            throw this.fail('the file is not a workflow (its top level is not a mapping)', 0);
        const on = pairFor(root, 'on');
        if (on === undefined)
            throw this.missingOn(root);
        const onValue = on.value;
        if (!(0,dist/* isMap */.jh)(onValue))
            throw this.fail('`on:` must be a mapping with a `workflow_run:` key for autoheal to keep its list of workflows; ' +
                `write it as:\n${EXAMPLE}`, start(on.key));
        const trigger = pairFor(onValue, 'workflow_run');
        if (trigger === undefined)
            throw this.fail('`on:` has no `workflow_run:` trigger, so there is no list of workflows to keep; the auto-heal workflow ' +
                `runs when other workflows complete:\n${EXAMPLE}`, start(on.key));
        // One nesting level, as this file indents `workflow_run:` under `on:`.
        const step = column(this.text, start(trigger.key)) - column(this.text, start(on.key));
        const unit = onValue.flow || step <= 0 ? 2 : step;
        return this.inTrigger(trigger, unit, onValue.flow === true);
    }
    /** No `on:` key: say so, and name the YAML 1.1 trap when a tool turned `on` into `true`. */
    missingOn(root) {
        const boolean = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === true);
        if (boolean !== undefined)
            return this.fail(`the key \`${boolean.key.source ?? 'true'}\` reads as the boolean true, not as \`on\`: a YAML 1.1 ` +
                'tool (or a `%YAML 1.1` directive) turned `on:` into `true:`; write the key as `on:` and drop any `%YAML 1.1` line', start(boolean.key));
        return this.fail(`the workflow has no \`on:\` key; it needs:\n${EXAMPLE}`, 0);
    }
    inTrigger(trigger, unit, inFlow) {
        const value = trigger.value;
        const keyPos = start(trigger.key);
        const line = lineNumber(this.text, keyPos);
        if (isEmpty(value)) {
            const [from, to] = value?.range ?? [keyPos, keyPos];
            // `workflow_run: ~` has text to replace; bare `workflow_run:` has none, so a key goes on a new line.
            if (to > from)
                return { site: { kind: 'null-trigger', start: from, end: to }, current: [], line, unit };
            if (inFlow)
                throw this.fail(`\`workflow_run\` has no value; write it as \`workflow_run: { workflows: [CI] }\``, keyPos);
            const site = { kind: 'bare-trigger', keyPos, indent: column(this.text, keyPos) + unit };
            return { site, current: [], line, unit };
        }
        if ((0,dist/* isAlias */.Vj)(value))
            throw this.fail('`workflow_run:` is an alias (`*name`); write the trigger out in this file', start(value));
        if (!(0,dist/* isMap */.jh)(value))
            throw this.fail(`\`workflow_run:\` must be a mapping; write it as:\n${EXAMPLE}`, start(value));
        const workflows = pairFor(value, 'workflows');
        if (workflows !== undefined)
            return this.inList(workflows, unit, value.flow === true);
        if (value.flow) {
            const site = {
                kind: 'missing-in-flow',
                brace: start(value),
                empty: value.items.length === 0,
            };
            return { site, current: [], line, unit };
        }
        const first = start(value.items[0]?.key);
        const site = { kind: 'missing-in-block', firstKey: first, indent: column(this.text, first) };
        return { site, current: [], line, unit };
    }
    inList(workflows, unit, inFlow) {
        const keyPos = start(workflows.key);
        const line = lineNumber(this.text, keyPos);
        const value = workflows.value;
        if (isEmpty(value) && !hasText(value)) {
            if (inFlow)
                throw this.fail('`workflows` has no value; write the list in brackets: `workflows: [CI]`', keyPos);
            const site = { kind: 'empty', keyPos, indent: column(this.text, keyPos) + unit };
            return { site, current: [], line, unit };
        }
        if ((0,dist/* isAlias */.Vj)(value))
            throw this.fail('`workflows:` is an alias (`*name`); write the list out in this file', start(value));
        if ((0,dist/* isScalar */.jn)(value)) {
            const [from, to] = value.range ?? [keyPos, keyPos];
            const current = value.value === null ? [] : [patternOf(value)];
            return { site: { kind: 'scalar', start: from, end: to, style: styleOf([value]) }, current, line, unit };
        }
        if (!(0,dist/* isSeq */.oP)(value))
            throw this.fail('`workflows:` must be a list of workflow names, not a mapping', start(value));
        const items = this.items(value);
        const style = styleOf(value.items);
        const current = items.map((i) => i.pattern);
        const [from, to] = value.range ?? [keyPos, keyPos];
        if (value.flow)
            return { site: { kind: 'flow', items, start: from, end: to, style }, current, line, unit };
        return { site: { kind: 'block', items, dash: from, style }, current, line, unit };
    }
    items(seq) {
        return seq.items.map((item, index) => {
            if (!(0,dist/* isScalar */.jn)(item))
                throw this.fail(`item ${index + 1} of \`workflows:\` is ${(0,dist/* isAlias */.Vj)(item) ? 'an alias' : 'not a name'}; list workflow names only`, start(item) || start(seq));
            const [from, to] = item.range ?? [0, 0];
            return { pattern: patternOf(item), start: from, end: to };
        });
    }
}
/** Finds the list in `text` (the workflow at `file`); a workflow that has no place for it is a ConfigurationError. */
function locateList(text, file) {
    return new Locator(text, file).locate();
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/glob-escape.js
/**
 * `on.workflow_run.workflows` entries are glob patterns, not names: GitHub documents that `*`, `**`,
 * `?`, `+`, `[]` and a leading `!` are special there, and that each must be escaped with `\` for a
 * literal match (a name like `Build C++` otherwise never matches, or breaks the trigger). The
 * backslash itself is escaped too, so the pattern of every name is unambiguous.
 */
/** Characters special anywhere in a pattern (GitHub's filter pattern cheat sheet), plus `\`. */
const SPECIAL = /[\\*?+[\]]/g;
/** The pattern that matches exactly the workflow named `name`. */
function escapeWorkflowName(name) {
    const escaped = name.replace(SPECIAL, (c) => `\\${c}`);
    // `!` negates only when it is the first character; elsewhere it is literal.
    return escaped.startsWith('!') ? `\\${escaped}` : escaped;
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/select-workflows.js
/**
 * Which workflows the auto-heal workflow should watch. Left out, in this order:
 * - the auto-heal workflow itself (a workflow_run workflow watching itself would loop);
 * - workflows that run autoheal's analyze-failure: they are autoheal's own analysis, and watching
 *   them would diagnose autoheal with autoheal, failure after failure;
 * - workflows triggered only by `workflow_call`: they run inside their callers' runs, never as
 *   runs of their own, so `workflow_run` never fires for them (their callers are watched instead);
 * - workflows `.github/autoheal.yml` does not watch (`workflows.watch`) or excludes
 *   (`workflows.exclude`), and those the `exclude` input matches. Globs match the workflow's
 *   name or its file path, as the config documents.
 */


/** Name order that reads naturally (case-insensitive) yet never depends on the runner's locale. */
function compareNames(a, b) {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if (la !== lb)
        return la < lb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function reasonToLeaveOut(workflow, rules, matchers) {
    if (workflow.file === rules.targetFile)
        return 'the workflow being updated';
    if (workflow.runsAnalyzeFailure)
        return 'runs autoheal analyze-failure';
    if (workflow.events.size === 1 && workflow.events.has('workflow_call'))
        return 'only runs when called (workflow_call)';
    if (!matchers.watch(workflow))
        return 'not matched by workflows.watch';
    if (matchers.configExclude(workflow))
        return 'matched by workflows.exclude';
    if (matchers.inputExclude(workflow))
        return 'matched by the exclude input';
    return undefined;
}
/**
 * A glob list in order, as config globs apply: a glob matches a workflow when it matches its name
 * or its path, and a later `!glob` takes back what earlier globs matched — by name or by path, so
 * `['**', '!Docs']` leaves out the workflow named Docs although `**` matches its path too.
 */
function matcher(globs) {
    const compiled = globs.map((glob) => {
        const negated = glob.startsWith('!');
        return { negated, matches: (0,config_globs/* globMatcher */.fU)([negated ? glob.slice(1) : glob]) };
    });
    return (workflow) => {
        let included = false;
        for (const { negated, matches } of compiled)
            if (included === negated && (matches(workflow.name) || matches(workflow.file)))
                included = !negated;
        return included;
    };
}
function selectWorkflows(workflows, rules) {
    const matchers = {
        watch: matcher(rules.config.watch),
        configExclude: matcher(rules.config.exclude),
        inputExclude: matcher(rules.exclude),
    };
    const byName = new Map();
    const leftOut = [];
    for (const workflow of workflows) {
        const reason = reasonToLeaveOut(workflow, rules, matchers);
        if (reason !== undefined) {
            leftOut.push({ workflow, reason });
            continue;
        }
        // GitHub allows two workflows with one name; one entry matches both.
        const known = byName.get(workflow.name);
        if (known)
            known.files.push(workflow.file);
        else
            byName.set(workflow.name, {
                name: workflow.name,
                pattern: escapeWorkflowName(workflow.name),
                files: [workflow.file],
            });
    }
    const entries = [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
    return { entries, leftOut };
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/summary.js
const HEADLINE = {
    'up to date': 'is up to date',
    updated: 'was updated',
    'out of date': 'is out of date',
    'nothing to watch': 'was left as it is: there is no workflow to watch',
};
function patternList(patterns, clean) {
    return patterns.map((p) => clean.inline(p)).join(', ');
}
function renderSummary(facts, clean) {
    const lines = [
        '### autoheal: workflows watched by auto-heal',
        '',
        `The list in ${clean.inline(facts.file)} (\`on.workflow_run.workflows\`) ${HEADLINE[facts.outcome]}.`,
    ];
    const verb = facts.outcome === 'updated' ? '' : 'to be ';
    const changes = [];
    if (facts.missing.length > 0)
        changes.push(`- ${verb}added: ${patternList(facts.missing, clean)}`);
    if (facts.extra.length > 0)
        changes.push(`- ${verb}removed: ${patternList(facts.extra, clean)}`);
    if (changes.length > 0)
        lines.push('', ...changes);
    if (facts.entries.length > 0) {
        lines.push('', '| Workflow | Listed as | File |', '| --- | --- | --- |');
        for (const entry of facts.entries)
            lines.push(`| ${clean.inline(entry.name)} | ${clean.inline(entry.pattern)} | ${entry.files.map((f) => clean.inline(f)).join('<br>')} |`);
    }
    if (facts.leftOut.length > 0) {
        lines.push('', '| Left out | File | Why |', '| --- | --- | --- |');
        for (const { workflow, reason } of facts.leftOut)
            lines.push(`| ${clean.inline(workflow.name)} | ${clean.inline(workflow.file)} | ${reason} |`);
    }
    if (facts.unreadable.length > 0) {
        lines.push('', '| Not read | Line | Problem |', '| --- | --- | --- |');
        for (const problem of facts.unreadable)
            lines.push(`| ${clean.inline(problem.file)} | ${problem.line} | ${clean.inline(problem.message)} |`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/workflow-info.js
/**
 * What the list needs to know about one workflow file: the name GitHub shows for it, when it
 * can run on its own, and whether it is autoheal's own analysis workflow.
 */

/**
 * autoheal's analyze-failure action: `<owner>/autoheal/actions/analyze-failure@ref` (any owner, so
 * a mirror of autoheal counts too), or the local path autoheal's own repository uses.
 */
const ANALYZE_FAILURE = /^(?:[^/\s]+\/autoheal\/actions\/analyze-failure@.+|\.\/actions\/analyze-failure\/?)$/i;
function entry(map, key) {
    for (const pair of map.items)
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
            return (pair.value ?? null);
    return undefined;
}
/** A scalar as the text it stands for; numbers and booleans as written (`1.0` stays `1.0`). */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return typeof node.source === 'string' ? node.source : String(node.value);
}
/**
 * The name as GitHub's workflow parser reads it: a plain scalar that YAML resolves to a number is
 * shown as that number (`1.0` → `1`, `0x10` → `16`, `010` → `10`, `1e3` → `1000`), null as empty.
 */
function nameText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return '';
    return String(node.value);
}
function eventsOf(on) {
    const events = new Set();
    const text = scalarText(on);
    if (text !== undefined)
        events.add(text);
    else if ((0,dist/* isSeq */.oP)(on)) {
        for (const item of on.items) {
            const event = scalarText(item);
            if (event !== undefined)
                events.add(event);
        }
    }
    else if ((0,dist/* isMap */.jh)(on)) {
        for (const pair of on.items) {
            const event = scalarText(pair.key);
            if (event !== undefined)
                events.add(event);
        }
    }
    return events;
}
function runsAnalyzeFailure(root) {
    const jobs = entry(root, 'jobs');
    if (!(0,dist/* isMap */.jh)(jobs))
        return false;
    for (const job of jobs.items) {
        const steps = (0,dist/* isMap */.jh)(job.value) ? entry(job.value, 'steps') : undefined;
        if (!(0,dist/* isSeq */.oP)(steps))
            continue;
        for (const step of steps.items) {
            const uses = (0,dist/* isMap */.jh)(step) ? scalarText(entry(step, 'uses')) : undefined;
            if (uses !== undefined && ANALYZE_FAILURE.test(uses.trim()))
                return true;
        }
    }
    return false;
}
/** Reads one workflow file's text; `file` is its path from the repository root. */
function readWorkflowInfo(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    // The options GitHub's own parser uses, so a file reads the same here as there.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const error = doc.errors[0];
    if (error !== undefined) {
        const { line } = lineCounter.linePos(error.pos[0]);
        return { file, line: Math.max(1, line), message: `YAML syntax error: ${error.message}` };
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return { file, line: 1, message: 'the file is not a workflow (its top level is not a mapping)' };
    const name = entry(root, 'name');
    if (name !== undefined && name !== null && !(0,dist/* isScalar */.jn)(name)) {
        const { line } = lineCounter.linePos(name.range?.[0] ?? 0);
        return {
            file,
            line: Math.max(1, line),
            message: '`name:` is not text, so GitHub cannot show this workflow',
        };
    }
    const shown = nameText(name);
    if (shown.includes('${{')) {
        const { line } = lineCounter.linePos(name?.range?.[0] ?? 0);
        return {
            file,
            line: Math.max(1, line),
            message: "`name:` holds an expression (`${{ }}`), which GitHub's workflow parser rejects in a workflow's name; use `run-name:` for a name computed per run",
        };
    }
    const written = shown.trim();
    return {
        file,
        name: written ? shown : file,
        unnamed: !written,
        events: eventsOf(entry(root, 'on')),
        runsAnalyzeFailure: runsAnalyzeFailure(root),
    };
}
function isWorkflowProblem(read) {
    return 'message' in read;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./packages/core/lib/workflow-parser.js
/**
 * GitHub's own workflow parser (`@actions/workflow-parser`, the one behind the VS Code extension):
 * the check every workflow we write or ship must pass.
 *
 * The package imports its JSON schema without `with { type: 'json' }`, which Node's ESM loader
 * refuses (ERR_IMPORT_ATTRIBUTE_MISSING), and vitest runs it as plain Node. A module hook that
 * serves exactly those JSON files as ES modules is registered before the first import, as a data:
 * URL so it works from src/ and lib/ alike. Inside an ncc bundle webpack has already inlined the
 * JSON and the hook is never consulted; it is registered anyway, as one code path for all three.
 * Not in the core barrel: only what validates workflows should carry the parser in its bundle.
 */

// Plain JavaScript: it runs in Node's loader thread, untouched by TypeScript.
const JSON_AS_MODULE_HOOK = `
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: 'export default JSON.parse(' + JSON.stringify(text) + ');' };
  }
  return nextLoad(url, context);
}
`;
let loading;
/** The parser module, loaded once per process. */
function loadWorkflowParser() {
    loading ??= (async () => {
        (0,external_node_module_.register)(`data:text/javascript,${encodeURIComponent(JSON_AS_MODULE_HOOK)}`);
        return Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 9655));
    })();
    return loading;
}
/**
 * What GitHub's parser finds wrong with `text` (named `file` in its messages): the schema and
 * expressions, then the conversion the service performs (job graph, concurrency, event filters).
 * Empty when it accepts the file. Reusable workflows it calls are not fetched.
 */
async function workflowParserProblems(text, file) {
    const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
    const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    // The conversion adds its errors to the same context; it needs a successful parse first.
    if (parsed.value !== undefined)
        await convertWorkflowTemplate(parsed.context, parsed.value);
    return parsed.context.errors.getErrors().map((error) => {
        const start = error.range?.start;
        return {
            line: start?.line ?? 1,
            ...(start !== undefined ? { column: start.column } : {}),
            message: error.rawMessage,
        };
    });
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/workflow-parser.js
/** GitHub's own workflow parser: the last check before a rewritten workflow is written (a file it rejects is never written). */


;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/run.js
/**
 * Keeps `on.workflow_run.workflows` of the auto-heal workflow equal to the workflows of the
 * repository it should watch. Reads files only: no GitHub API, no token.
 */













const WORKFLOW_FILE = /\.ya?ml$/;
/** A path for annotations: from the workspace root when the checkout is inside it (the runner resolves them from there). */
function annotationPath(inputs, env, relative) {
    const { workspace } = (0,runner_context/* readRunnerContext */.gi)(env);
    if (!workspace)
        return relative;
    const fromWorkspace = external_node_path_.relative(external_node_path_.resolve(workspace), external_node_path_.join(inputs.workingDirectory, relative));
    if (fromWorkspace.startsWith('..') || external_node_path_.isAbsolute(fromWorkspace))
        return relative;
    return fromWorkspace.split(external_node_path_.sep).join('/');
}
async function readTarget(inputs, files) {
    const file = external_node_path_.join(inputs.workingDirectory, inputs.workflowFile);
    let text;
    try {
        text = await files.readText(file);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input "workflow-file": cannot read ${inputs.workflowFile} in ${inputs.workingDirectory}: ${(0,errors/* errorMessage */.gJ)(error)}.`);
    }
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`Input "workflow-file": ${inputs.workflowFile} does not exist in ${inputs.workingDirectory}; name the workflow ` +
            'that runs autoheal on `workflow_run` (by default .github/workflows/auto-heal.yml), relative to working-directory.');
    return text;
}
/** Every workflow file's name and triggers; files that cannot be read are reported and skipped. */
async function readWorkflows(inputs, deps, target) {
    const dir = external_node_path_.join(inputs.workingDirectory, inputs.workflowsDir);
    const names = await deps.files.listFiles(dir);
    if (names === undefined)
        throw new errors/* ConfigurationError */.j1(`Input "workflows-dir": ${inputs.workflowsDir} is not a folder in ${inputs.workingDirectory}; ` +
            'give the folder of the workflow files (by default .github/workflows), relative to working-directory.');
    const workflows = [];
    const unreadable = [];
    // GitHub reads only the folder's own .yml/.yaml files, not subfolders. Sorted for stable reports.
    for (const name of names.filter((n) => WORKFLOW_FILE.test(n)).sort()) {
        const relative = external_node_path_.posix.join(inputs.workflowsDir, name);
        let text;
        try {
            text = relative === inputs.workflowFile ? target : await deps.files.readText(external_node_path_.join(dir, name));
        }
        catch (error) {
            unreadable.push({ file: relative, line: 1, message: `cannot read the file: ${(0,errors/* errorMessage */.gJ)(error)}` });
            continue;
        }
        if (text === undefined)
            continue;
        const read = readWorkflowInfo(text, relative);
        if (isWorkflowProblem(read))
            unreadable.push(read);
        else
            workflows.push(read);
    }
    return { workflows, unreadable };
}
/** Patterns of `a` that `b` lacks, each once, in `a`'s order. */
function lacking(a, b) {
    const have = new Set(b);
    return [...new Set(a)].filter((p) => !have.has(p));
}
/** Rewrites the list; the result must read back as exactly `patterns` and pass GitHub's parser. */
async function rewrite(text, location, patterns, file) {
    const updated = applyEdit(text, editList(text, location, patterns));
    const readBack = locateList(updated, file).current;
    if (readBack.length !== patterns.length || readBack.some((p, i) => p !== patterns[i]))
        throw new Error(`the rewritten list of ${file} reads back as ${JSON.stringify(readBack)} instead of ${JSON.stringify(patterns)}; the file was not written`);
    const problems = await workflowParserProblems(updated, file);
    if (problems.length === 0)
        return updated;
    const before = await workflowParserProblems(text, file);
    if (before.length > 0)
        throw new errors/* ConfigurationErrors */.yb(before.map((p) => new errors/* ConfigurationError */.j1(`${file}:${p.line}: GitHub's workflow parser rejects this workflow: ${p.message}. Fix it first; the list was not updated.`, { file, line: p.line })));
    throw new Error(`the rewritten ${file} fails GitHub's workflow parser (${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}); the file was not written`);
}
function outOfDateMessage(file, missing, extra, clean) {
    const show = (patterns) => patterns.map((p) => `\`${p}\``).join(', ');
    const parts = [
        missing.length > 0 ? `it lacks ${show(missing)}` : '',
        extra.length > 0
            ? `it lists ${show(extra)}, which ${extra.length === 1 ? 'is' : 'are'} not to be watched`
            : '',
    ].filter((p) => p !== '');
    return clean.log(`${file}: the list of workflows auto-heal watches (on.workflow_run.workflows) is out of date: ${parts.join('; ')}. ` +
        'Run update-workflow-list with `mode: write` to fix it, or edit the list by hand.');
}
/**
 * A listed workflow whose entry also matches the auto-heal workflow's own name makes auto-heal
 * watch itself (a run of it would start another). It stays listed, since it is a workflow to watch,
 * but the maintainer is told to rename one of the two.
 */
function warnNamedLikeTarget(entries, workflows, inputs, deps) {
    const target = workflows.find((w) => w.file === inputs.workflowFile);
    if (target === undefined)
        return;
    const clean = (0,sanitize/* createSanitizer */.Oq)();
    for (const entry of entries) {
        const matchesTarget = (0,config_globs/* globMatcher */.fU)([entry.pattern])(target.name) || entry.name.toLowerCase() === target.name.toLowerCase();
        if (!matchesTarget)
            continue;
        for (const other of entry.files)
            deps.log.warning(clean.log(`${other} is named "${entry.name}", and its entry \`${entry.pattern}\` in the list also matches the auto-heal workflow ${inputs.workflowFile} ("${target.name}") itself, so auto-heal would run after its own runs. Rename one of the two workflows.`), { file: annotationPath(inputs, deps.env, other), startLine: 1 });
    }
}
async function run(inputs, deps) {
    const { log, sink, env } = deps;
    const clean = (0,sanitize/* createSanitizer */.Oq)();
    const file = annotationPath(inputs, env, inputs.workflowFile);
    const config = await (0,loader/* readConfigFile */.RG)({ readFile: (p) => deps.files.readText(external_node_path_.join(inputs.workingDirectory, p)) }, inputs.configFile);
    const text = await readTarget(inputs, deps.files);
    const location = locateList(text, file);
    const { workflows, unreadable } = await readWorkflows(inputs, deps, text);
    for (const problem of unreadable)
        log.warning(clean.log(`${problem.file} was left out of the list: ${problem.message}`), {
            file: annotationPath(inputs, env, problem.file),
            startLine: problem.line,
        });
    const { entries, leftOut } = selectWorkflows(workflows, {
        targetFile: inputs.workflowFile,
        config: config.workflows,
        exclude: inputs.exclude,
    });
    warnNamedLikeTarget(entries, workflows, inputs, deps);
    const patterns = entries.map((e) => e.pattern);
    // With nothing to watch the list is kept as it is, so nothing is missing from it or extra in it.
    const missing = patterns.length === 0 ? [] : lacking(patterns, location.current);
    const extra = patterns.length === 0 ? [] : lacking(location.current, patterns);
    const outOfDate = missing.length > 0 || extra.length > 0;
    let outcome;
    let written = false;
    if (patterns.length === 0) {
        // An empty list would watch nothing; keeping the old one at least keeps the workflow valid.
        outcome = 'nothing to watch';
        log.warning(`${file}: no workflow is left to watch, so the list was left as it is (an empty list would watch nothing). ` +
            `Add a workflow to ${inputs.workflowsDir}, or check workflows.watch and workflows.exclude in ${inputs.configFile} and the exclude input.`, { file, startLine: location.line });
    }
    else if (!outOfDate) {
        outcome = 'up to date';
    }
    else if (inputs.mode === 'check') {
        outcome = 'out of date';
    }
    else {
        const updated = await rewrite(text, location, patterns, file);
        try {
            await deps.files.writeText(external_node_path_.join(inputs.workingDirectory, inputs.workflowFile), updated);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${file}: could not write the updated list: ${(0,errors/* errorMessage */.gJ)(error)}. The file was left unchanged; check that the checkout is writable.`, { file });
        }
        written = true;
        outcome = 'updated';
    }
    log.info(clean.log(`${file}: ${outcome}; watching ${patterns.length} workflow(s): ${patterns.join(', ')}`));
    sink.setOutput('workflows', JSON.stringify(patterns));
    sink.setOutput('workflows-yaml', patterns.map((p) => `- ${renderScalar(p, 'block')}`).join('\n'));
    sink.setOutput('count', String(patterns.length));
    sink.setOutput('changed', String(outcome === 'updated' || outcome === 'out of date'));
    sink.setOutput('missing', JSON.stringify(missing));
    sink.setOutput('extra', JSON.stringify(extra));
    sink.setOutput('file', inputs.workflowFile);
    sink.appendSummary(renderSummary({ file, outcome, entries, missing, extra, leftOut, unreadable }, clean));
    if (outcome === 'out of date')
        throw new errors/* ConfigurationError */.j1(outOfDateMessage(file, missing, extra, clean), {
            file,
            line: location.line,
        });
    return { outcome, file, entries, missing, extra, written, leftOut, unreadable };
}

;// CONCATENATED MODULE: ./actions/update-workflow-list/lib/workspace-files.js


function workspace_files_code(error) {
    return error?.code;
}
const nodeWorkspaceFiles = {
    async readText(file) {
        try {
            return await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            if (workspace_files_code(error) === 'ENOENT' || workspace_files_code(error) === 'ENOTDIR')
                return undefined;
            throw error;
        }
    },
    async listFiles(dir) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            if (workspace_files_code(error) === 'ENOENT' || workspace_files_code(error) === 'ENOTDIR')
                return undefined;
            throw error;
        }
        const names = [];
        for (const entry of entries) {
            if (entry.isFile())
                names.push(entry.name);
            // A symlink counts when it points at a file, as it does for git and the runner.
            else if (entry.isSymbolicLink() &&
                (await (0,promises_.stat)(external_node_path_.join(dir, entry.name)).catch(() => undefined))?.isFile())
                names.push(entry.name);
        }
        return names;
    },
    async writeText(file, text) {
        const temp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.autoheal-${process.pid}.tmp`);
        try {
            await (0,promises_.writeFile)(temp, text, 'utf8');
            const mode = (await (0,promises_.stat)(file).catch(() => undefined))?.mode;
            if (mode !== undefined)
                await (0,promises_.chmod)(temp, mode & 0o7777);
            await (0,promises_.rename)(temp, file);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./packages/cli/lib/init/watch-list.js
/**
 * Fills in the list of workflows the heal workflow watches with update-workflow-list's own `run`
 * (GitHub's parser semantics for names, the same selection rules, the same minimal edit), on a
 * view of the target repository in which the files init is about to write already exist — so the
 * action, run after init, finds the list up to date.
 */



/** The repository's files with `planned` (path from the root → text) laid over them, writes kept in memory. */
function overlay(root, planned) {
    const relative = (file) => external_node_path_.relative(root, file).split(external_node_path_.sep).join('/');
    return {
        async readText(file) {
            return planned.get(relative(file)) ?? nodeWorkspaceFiles.readText(file);
        },
        async listFiles(dir) {
            const onDisk = await nodeWorkspaceFiles.listFiles(dir);
            const here = relative(dir);
            const added = [...planned.keys()]
                .filter((p) => external_node_path_.posix.dirname(p) === here)
                .map((p) => external_node_path_.posix.basename(p));
            if (onDisk === undefined && added.length === 0)
                return undefined;
            return [...new Set([...(onDisk ?? []), ...added])];
        },
        async writeText(file, text) {
            planned.set(relative(file), text);
        },
    };
}
async function fillWatchList(root, healFile, planned) {
    const files = new Map(planned);
    const warnings = [];
    const ignore = () => { };
    const log = {
        debug: ignore,
        info: ignore,
        notice: ignore,
        warning: (message) => warnings.push(message),
        error: (message) => warnings.push(message),
        startGroup: ignore,
        endGroup: ignore,
    };
    const result = await run({
        mode: 'write',
        workflowFile: healFile,
        workflowsDir: external_node_path_.posix.dirname(healFile),
        configFile: '.github/autoheal.yml',
        exclude: [],
        workingDirectory: root,
    }, { log, sink: { setOutput: ignore, appendSummary: ignore }, env: {}, files: overlay(root, files) });
    return {
        text: files.get(healFile) ?? '',
        watched: result.outcome === 'nothing to watch' ? [] : result.entries.map((e) => e.name),
        warnings,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/cli/lib/paths.js
var paths = __webpack_require__(2817);
;// CONCATENATED MODULE: ./packages/cli/lib/init/workflows.js
/**
 * What `autoheal init --with …` can write: one row per choice. The only place that maps a choice
 * to its source and destination, so pointing init at other sources (e.g. short callers of
 * reusable workflows) is a change to this table.
 */




const WORKFLOW_CHOICES = [
    {
        name: 'heal',
        template: 'auto-heal.yml',
        file: '.github/workflows/auto-heal.yml',
        opensPullRequests: true,
    },
    {
        name: 'pr-review',
        template: 'pr-review.yml',
        file: '.github/workflows/pr-review.yml',
        opensPullRequests: false,
    },
    {
        name: 'issue-to-draft-pr',
        template: 'issue-to-draft-pr.yml',
        file: '.github/workflows/issue-to-draft-pr.yml',
        opensPullRequests: true,
    },
    {
        name: 'stale-drafts',
        template: 'stale-drafts.yml',
        file: '.github/workflows/stale-drafts.yml',
        opensPullRequests: false,
    },
    {
        name: 'health-check',
        template: 'health-check.yml',
        file: '.github/workflows/health-check.yml',
        opensPullRequests: false,
    },
    {
        name: 'update-workflow-list',
        template: 'update-workflow-list.yml',
        file: '.github/workflows/update-workflow-list.yml',
        opensPullRequests: true,
    },
];
const DEFAULT_CHOICES = ['heal', 'update-workflow-list'];
/** The workflow whose `on.workflow_run.workflows` list init fills in (update-workflow-list's default target). */
const HEAL_CHOICE = 'heal';
/**
 * The templates folder: beside the bundle (`dist/templates`, copied there by the build, so the
 * bundle works outside this repository), else the repository's `workflows-templates/`.
 */
function templatesDir() {
    const here = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const beside = external_node_path_.join(here, 'templates');
    return (0,external_node_fs_.existsSync)(beside) ? beside : external_node_path_.join(paths/* REPO_ROOT */.IM, 'workflows-templates');
}

;// CONCATENATED MODULE: ./packages/cli/lib/init/plan.js
/**
 * What `autoheal init` would do to a repository: the files it writes, each compared with what is
 * there. A file is overwritten only when it is missing, when init wrote it and nobody changed it
 * since (its first line carries a hash of the rest), or with --force.
 */







const HEADER = /^# Written by `autoheal init` \(sha256:([0-9a-f]{16})\)\./;
function hash(body) {
    return (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex').slice(0, 16);
}
/** `body` with the first line that marks it as init's, hashing the rest. */
function withHeader(body) {
    return `# Written by \`autoheal init\` (sha256:${hash(body)}). Once you edit this file, init leaves it alone unless given --force.\n${body}`;
}
/** True when `text` is a file init wrote and nobody has changed since. */
function untouchedSinceInit(text) {
    const newline = text.indexOf('\n');
    if (newline === -1)
        return false;
    const match = HEADER.exec(text.slice(0, newline));
    return match !== null && match[1] === hash(text.slice(newline + 1));
}
function decide(current, content, force) {
    if (current === undefined)
        return 'create';
    if (current === content)
        return 'unchanged';
    if (untouchedSinceInit(current))
        return 'update';
    return force ? 'overwrite' : 'kept';
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
async function planInit(options) {
    const { root, choices, templatesDir, force } = options;
    const bodies = new Map();
    for (const choice of choices)
        bodies.set(choice.file, await (0,promises_.readFile)(external_node_path_.join(templatesDir, choice.template), 'utf8'));
    const configBody = renderConfigFile();
    const configCurrent = await readIfExists(external_node_path_.join(root, loader/* DEFAULT_CONFIG_PATH */.Bi));
    // The watch list is computed as the repository will be: with init's workflows in it, and with
    // the config file the user keeps if they keep theirs (its workflows.watch/exclude apply).
    const view = new Map();
    for (const [file, body] of bodies)
        view.set(file, (await readIfExists(external_node_path_.join(root, file))) ?? withHeader(body));
    const heal = choices.find((c) => c.name === HEAL_CHOICE);
    let watched;
    const warnings = [];
    if (heal) {
        const healBody = bodies.get(heal.file);
        view.set(heal.file, healBody);
        view.set(loader/* DEFAULT_CONFIG_PATH */.Bi, configCurrent ?? configBody);
        const filled = await fillWatchList(root, heal.file, view);
        bodies.set(heal.file, filled.text);
        watched = filled.watched;
        warnings.push(...filled.warnings);
    }
    bodies.set(loader/* DEFAULT_CONFIG_PATH */.Bi, configBody);
    const files = [];
    for (const [file, body] of bodies) {
        const content = withHeader(body);
        const current = file === loader/* DEFAULT_CONFIG_PATH */.Bi ? configCurrent : await readIfExists(external_node_path_.join(root, file));
        files.push({ path: file, content, current, action: decide(current, content, force) });
    }
    const secrets = [];
    for (const choice of choices)
        for (const m of bodies.get(choice.file).matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g))
            if (!secrets.includes(m[1]) && m[1] !== 'GITHUB_TOKEN')
                secrets.push(m[1]);
    return { files, watched, warnings, secrets, opensPullRequests: choices.some((c) => c.opensPullRequests) };
}
/** The choices named by --with values (each may be a comma list), in table order. */
function resolveChoices(names) {
    const wanted = new Set(names
        .flatMap((n) => n.split(','))
        .map((n) => n.trim())
        .filter((n) => n !== ''));
    const known = new Set(WORKFLOW_CHOICES.map((c) => c.name));
    return {
        choices: WORKFLOW_CHOICES.filter((c) => wanted.has(c.name)),
        unknown: [...wanted].filter((n) => !known.has(n)),
    };
}

;// CONCATENATED MODULE: ./packages/cli/lib/commands/init.js






const USAGE = `Usage: pnpm autoheal init [dir] [--with a,b,…] [--dry-run] [--force]

Set up autoheal in a repository (default: the current directory): write the chosen workflows into
.github/workflows/ with the list of workflows to watch filled in from the repository's own, write
.github/autoheal.yml with every setting commented out at its default, and list the secrets and
settings still to do on GitHub. Running it again changes nothing unless something is missing or out
of date; a file you changed is left alone unless --force is given.

  --with <names>  which workflows, comma-separated (default ${DEFAULT_CHOICES.join(',')}):
                  ${WORKFLOW_CHOICES.map((c) => c.name).join(', ')}
  --dry-run       print the unified diff of what would be written, and write nothing
  --force         also overwrite files changed since init wrote them (or not written by init)

Exit codes: 0 done (or nothing to do); 1 a file was left alone because you changed it; 2 bad usage.`;
/** What each secret the workflows may use is for; one line each in the to-do list. */
const SECRET_NOTES = {
    AUTOHEAL_FIX_TOKEN: 'optional: a GitHub App or fine-grained token with contents, pull requests, issues and workflows write, so fixes can change workflow files and their pull requests start CI',
    AUTOHEAL_COPILOT_TOKEN: "optional: a user token with a Copilot seat, to hand failures with no mechanical fix to Copilot's coding agent",
    AUTOHEAL_WORKFLOWS_TOKEN: 'needed: a fine-grained token (or App token) with Contents, Pull requests and Workflows read and write, since GITHUB_TOKEN cannot push to .github/workflows/',
    AUTOHEAL_MARKER_KEY: "a random key (e.g. `openssl rand -hex 32`) that signs autoheal's hidden markers, so no other workflow can forge them",
};
const VERB = {
    create: 'created',
    update: 'updated',
    overwrite: 'overwritten',
    unchanged: 'unchanged',
    kept: 'kept',
};
const DRY_VERB = {
    create: 'would create',
    update: 'would update',
    overwrite: 'would overwrite',
    unchanged: 'unchanged',
    kept: 'would keep',
};
/** A name read from the repository, safe to print: control characters (terminal escapes) shown as `?`. */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
function diffOf(file) {
    const hunks = diffHunks(file.current ?? '', file.content);
    const from = file.current === undefined ? '/dev/null' : `a/${file.path}`;
    return `--- ${from}\n+++ b/${file.path}\n${hunks}`;
}
function todo(plan) {
    const lines = [];
    for (const name of plan.secrets)
        lines.push(`  - secret ${name}: ${SECRET_NOTES[name] ?? 'used by the workflows above'}`);
    // The fix token's login tells autoheal which fix pull requests are its own, so CI on them verifies them.
    if (plan.secrets.includes('AUTOHEAL_FIX_TOKEN'))
        lines.push("  - variable AUTOHEAL_FIX_AUTHORS: with AUTOHEAL_FIX_TOKEN, that token's login (`<app-slug>[bot]` for an App), so CI on its fix branches verifies the fixes");
    if (plan.opensPullRequests)
        lines.push('  - Settings → Actions → General → Workflow permissions: tick "Allow GitHub Actions to create and approve pull requests" (for GITHUB_TOKEN)');
    lines.push('  - commit and push the files, then check .github/autoheal.yml for settings to change');
    return lines;
}
const initCommand = {
    name: 'init',
    summary: 'Set up autoheal in a repository: workflows, .github/autoheal.yml, and what is left to do.',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(args, {
            with: { type: 'string', multiple: true },
            'dry-run': { type: 'boolean', default: false },
            force: { type: 'boolean', default: false },
        });
        if (positionals.length > 1)
            throw new cli/* UsageError */.eb('give at most one [dir]');
        const root = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
        if (!(await (0,promises_.stat)(root).catch(() => undefined))?.isDirectory())
            throw new cli/* UsageError */.eb(`"${root}" is not a folder`);
        const given = values.with ?? [...DEFAULT_CHOICES];
        const { choices, unknown } = resolveChoices(given);
        if (unknown.length > 0)
            throw new cli/* UsageError */.eb(`--with: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${WORKFLOW_CHOICES.map((c) => c.name).join(', ')}`);
        if (choices.length === 0)
            throw new cli/* UsageError */.eb('--with: name at least one workflow');
        const dryRun = values['dry-run'] === true;
        const plan = await planInit({
            root,
            choices,
            templatesDir: templatesDir(),
            force: values.force === true,
        });
        const out = [`autoheal init: ${root} (${choices.map((c) => c.name).join(', ')})`];
        for (const file of plan.files) {
            const verb = (dryRun ? DRY_VERB : VERB)[file.action];
            let note = '';
            if (file.action === 'kept')
                note =
                    ': changed since init wrote it (or not written by init); --force overwrites it, --dry-run --force shows how';
            else if (file.path.endsWith('auto-heal.yml') &&
                plan.watched !== undefined &&
                file.action !== 'unchanged')
                note =
                    plan.watched.length > 0
                        ? ` (watching ${plan.watched.map(printable).join(', ')})`
                        : ' (no workflow found to watch yet)';
            out.push(`  ${verb.padEnd(15)} ${file.path}${note}`);
        }
        for (const w of plan.warnings)
            out.push(`  warning: ${printable(w)}`);
        const writes = plan.files.filter((f) => f.action === 'create' || f.action === 'update' || f.action === 'overwrite');
        if (dryRun) {
            io.stdout(`${out.join('\n')}\n`);
            for (const f of writes)
                io.stdout(diffOf(f));
            io.stdout(writes.length === 0 ? 'Nothing to change.\n' : 'Dry run: nothing was written.\n');
        }
        else {
            for (const f of writes) {
                const target = external_node_path_.join(root, f.path);
                await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
                await (0,promises_.writeFile)(target, f.content, 'utf8');
            }
            if (writes.length === 0 && plan.files.every((f) => f.action === 'unchanged'))
                out.push('Nothing to change: every file is as init writes it.');
            out.push('', 'Still to do on GitHub:', ...todo(plan));
            io.stdout(`${out.join('\n')}\n`);
        }
        return plan.files.some((f) => f.action === 'kept') ? cli/* EXIT */.dc.failure : cli/* EXIT */.dc.ok;
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
