export const id = 31;
export const ids = [31];
export const modules = {

/***/ 5031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeCommand: () => (/* binding */ analyzeCommand),
  environmentSecrets: () => (/* binding */ environmentSecrets),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  renderText: () => (/* binding */ renderText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/core/lib/log/lines.js
/**
 * Streaming line splitting with the numbering every log consumer here shares: lines are 1-based,
 * and `\r\n`, a lone `\r` and `\n` each end a line (so a progress bar redrawn with `\r` counts as
 * many lines, as the CiDiff ground truth counts them).
 *
 * Speed: a batch keeps its bytes and a latin1 view of them (one character per byte, so string
 * offsets are byte offsets and the view is a fast one-byte string). Scanners run one regular
 * expression over the whole view — the keywords they look for are ASCII, which latin1 keeps — and
 * only lines that matter are decoded as UTF-8 (invalid bytes become U+FFFD). UTF-8 never puts a
 * \r or \n byte inside a multi-byte character, so splitting bytes is exact. A line longer than
 * `maxLineBytes` keeps its head and is marked truncated, so a line of megabytes costs bounded memory.
 */
const DEFAULT_MAX_LINE_BYTES = 16_384;
const EMPTY = Buffer.alloc(0);
/** Line `index` of a batch, decoded as UTF-8. */
function batchLine(batch, index) {
    return batch.bytes.toString('utf8', batch.starts[index], batch.ends[index]);
}
function batchLength(batch) {
    return batch.starts.length;
}
/** How far back a cut line's end may move to avoid splitting a word: longer than any credential. */
const WORD_BACKOFF = 2048;
// Bytes that end a word: blanks, quotes, brackets and separators (latin1 view, so ASCII only).
const WORD_BREAK = /[\s"'`<>()[\]{},;|]/;
/**
 * The end of the head kept from a line cut at `end`: moved back to just after the last word break
 * when the cut falls inside a word, so the head never ends in part of a token (half a token no
 * longer matches the redactor's patterns or the secret's literal, and would be posted). A line
 * whose last `WORD_BACKOFF` bytes are one word keeps its full head.
 */
function headEnd(view, start, end) {
    // The byte after the cut, when this view has it (a carried head's next byte is gone: assume a word).
    if (end < view.length && WORD_BREAK.test(view[end]))
        return end;
    const floor = Math.max(start, end - WORD_BACKOFF);
    for (let i = end - 1; i >= floor; i--)
        if (WORD_BREAK.test(view[i]))
            return i + 1;
    return end;
}
function emptyBatch(first) {
    return { first, bytes: EMPTY, view: '', starts: [], ends: [], truncated: [] };
}
/** Incremental splitter: feed it bytes, get back the lines they completed; end() flushes the last. */
class LineSplitter {
    max;
    /** Head of the unfinished last line (at most max bytes). */
    carry = EMPTY;
    /** The unfinished line already exceeded max: drop its bytes until it ends. */
    carryTruncated = false;
    /** The previous chunk ended in \r: a \n at the start of the next belongs to that break. */
    pendingCR = false;
    next = 1;
    constructor(options = {}) {
        this.max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    }
    /** Lines completed so far. */
    get count() {
        return this.next - 1;
    }
    push(input) {
        let chunk = typeof input === 'string'
            ? Buffer.from(input, 'utf8')
            : Buffer.isBuffer(input)
                ? input
                : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
        const first = this.next;
        if (this.pendingCR && chunk.length > 0) {
            this.pendingCR = false;
            if (chunk[0] === 10)
                chunk = chunk.subarray(1);
        }
        const starts = [];
        const ends = [];
        const truncated = [];
        let bytes;
        let pos = 0;
        if (this.carryTruncated) {
            // Still inside an overlong line: skip to its end, which closes it with the head we kept.
            const end = nextBreak(chunk);
            if (end < 0)
                return emptyBatch(first);
            bytes = Buffer.concat([this.carry, chunk.subarray(end)]);
            starts.push(0);
            ends.push(headEnd(this.carry.toString('latin1'), 0, this.carry.length));
            truncated.push(0);
            pos = this.carry.length;
            if (bytes[pos] === 13) {
                if (pos + 1 < bytes.length)
                    pos += bytes[pos + 1] === 10 ? 2 : 1;
                else {
                    this.pendingCR = true;
                    pos += 1;
                }
            }
            else
                pos += 1;
            this.carry = EMPTY;
            this.carryTruncated = false;
        }
        else {
            bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
            this.carry = EMPTY;
        }
        const view = bytes.toString('latin1');
        const length = view.length;
        // Next position of each terminator, found once and reused: searching again per line would
        // rescan the rest of the chunk for a terminator that does not occur (quadratic).
        let nl = view.indexOf('\n', pos);
        let cr = view.indexOf('\r', pos);
        while (pos < length) {
            if (nl >= 0 && nl < pos)
                nl = view.indexOf('\n', pos);
            if (cr >= 0 && cr < pos)
                cr = view.indexOf('\r', pos);
            const end = cr >= 0 && (nl < 0 || cr < nl) ? cr : nl;
            if (end < 0)
                break;
            starts.push(pos);
            if (end - pos > this.max) {
                ends.push(headEnd(view, pos, pos + this.max));
                truncated.push(starts.length - 1);
            }
            else
                ends.push(end);
            if (end === cr) {
                if (end + 1 < length)
                    pos = view.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
                else {
                    this.pendingCR = true;
                    pos = end + 1;
                }
            }
            else
                pos = end + 1;
        }
        if (pos < length) {
            const rest = length - pos;
            // A copy: keeping a subarray would pin the whole chunk in memory.
            this.carry = Buffer.from(bytes.subarray(pos, pos + Math.min(rest, this.max)));
            this.carryTruncated = rest > this.max;
        }
        this.next += starts.length;
        return { first, bytes, view, starts, ends, truncated };
    }
    /** The last line, when the input did not end with a line break. */
    end() {
        const first = this.next;
        if (this.carry.length === 0 && !this.carryTruncated)
            return emptyBatch(first);
        const bytes = this.carry;
        const batch = {
            first,
            bytes,
            view: bytes.toString('latin1'),
            starts: [0],
            ends: [this.carryTruncated ? headEnd(bytes.toString('latin1'), 0, bytes.length) : bytes.length],
            truncated: this.carryTruncated ? [0] : [],
        };
        this.carry = EMPTY;
        this.carryTruncated = false;
        this.next += 1;
        return batch;
    }
}
function nextBreak(bytes) {
    const nl = bytes.indexOf(10);
    const cr = bytes.indexOf(13);
    if (nl < 0)
        return cr;
    if (cr < 0)
        return nl;
    return Math.min(nl, cr);
}
/** Yield batches of complete lines from a byte stream (a file read stream, a download). */
async function* splitLines(source, options = {}) {
    const splitter = new LineSplitter(options);
    for await (const chunk of source) {
        const batch = splitter.push(chunk);
        if (batch.starts.length > 0)
            yield batch;
    }
    const last = splitter.end();
    if (last.starts.length > 0)
        yield last;
}
/** All lines of an in-memory text (tests, small logs). */
function splitText(text, options = {}) {
    const splitter = new LineSplitter(options);
    const lines = [];
    for (const batch of [splitter.push(text), splitter.end()]) {
        for (let i = 0; i < batch.starts.length; i++)
            lines.push(batchLine(batch, i));
    }
    return lines;
}

// EXTERNAL MODULE: ./packages/core/lib/text/redact.js
var redact = __webpack_require__(7423);
;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rule.js
/**
 * Short literals (three bytes or more) the per-line byte scan looks for (see StemIndex); every
 * anchor must contain one. A line holding none of them costs one pass over its bytes and nothing
 * more. Few and short, so that one stem serves many anchors.
 */
const STEMS = [
    'rror',
    'RROR',
    'ail',
    'AIL',
    'atal',
    'enied',
    'xit ',
    'o such',
    'ot found',
    'illed',
    'imed out',
    'raceback',
    'anic',
    '##[',
    'ost job',
    'xception',
    'annot',
    'ould not',
    'nable to',
    'efused',
    'imeout',
    'navailable',
    'ermission',
    'emory',
    'pace',
    'ests run',
    'ests completed',
    'arked build',
    'ndefined',
    'p-to-date',
    'p to date',
    'ake:',
    'ERR',
    'ncompatible',
    'anceled',
    'nsupported',
    'ould reformat',
    'roblem',
    'failing',
    'rejected',
    'ENO',
    'FAIL',
    'ffenses',
    'xamples',
    '●',
    'nexpected',
    'ENOTFOUND',
    'conflict',
    'CONFLICT',
    'nreachable',
    'esolve',
    'solving',
    'ismatch',
    'equire',
    'ermit',
    'orbidden',
    'ccessible',
    'andshake',
    'eset',
    'hutdown',
    'ommunication',
    'rotected',
    'nvalid',
    'upplied',
    'nauthorized',
    'redentials',
    'cache key',
    'E   ',
    '✖',
    '[warn]',
    'ot supported',
    'xceeded',
    'hecking',
    'ont-end',
    'dubious',
    'atchers',
    'pen files',
    'MFILE',
    'not exist',
    'ACCES',
    'ECONN',
    'TIMEDOUT',
    'hang up',
    'ateway',
    'status code',
    'nsafe repo',
    'anifest',
    'toomany',
    'release v',
    'ecent version',
    'wrong version',
    'forked VM',
    '.kt',
    'checkstyle',
    'FATAL',
    'tyle issues',
    'Prettier',
    'Not Found',
    'issing',
    'package-lock',
    'LIFECYCLE',
    'YN00',
    'eap limit',
    'o module',
    'istribution',
    'mpossible',
    'poetry.lock',
    '.go:',
    '.py:',
    '.rb:',
    'Found ',
    'fixable',
    'reformat',
    'rvice not known',
    'Get "',
    ': reading',
    'erifying',
    'go.sum',
    'go.mod',
    'upported version',
    'issues found',
    'gofmt',
    'go fmt',
    '--> ',
    'clippy',
    'Diff in ',
    'o matching',
    'ld returned',
    'NOT find',
    '***',
    'rspec ./',
    'Gemfile',
    'ffense',
    'out of date',
    'out-of-date',
    'nconsistent',
    'modified',
    'could not',
    'not valid',
    'ecognized',
];
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A regular expression source matching any of `words`, factored by common prefixes. */
function literalAlternation(words) {
    const root = { end: false, next: new Map() };
    for (const word of words) {
        let node = root;
        for (const ch of word) {
            let child = node.next.get(ch);
            if (!child) {
                child = { end: false, next: new Map() };
                node.next.set(ch, child);
            }
            node = child;
        }
        node.end = true;
    }
    const emit = (node) => {
        if (node.next.size === 0)
            return '';
        const alts = [...node.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
        const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
        return node.end ? `(?:${body})?` : body;
    };
    return emit(root);
}
/**
 * Finds whether a line's bytes hold any stem. A JavaScript loop over the bytes with a rolling
 * three-byte key and a bit set of the stems' first three bytes runs several times faster than a
 * regular expression alternation of a hundred literals, and costs the same whatever the stem count;
 * a key hit is confirmed by comparing the rest of the stem.
 */
class StemIndex {
    bits = new Uint32Array(1 << 19);
    byKey = new Map();
    constructor(stems) {
        for (const stem of stems) {
            const bytes = Buffer.from(stem, 'utf8');
            if (bytes.length < 3)
                throw new Error(`stem "${stem}" is shorter than three bytes`);
            const key = (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
            this.bits[key >>> 5] |= 1 << (key & 31);
            const list = this.byKey.get(key);
            if (list)
                list.push(bytes);
            else
                this.byKey.set(key, [bytes]);
        }
    }
    /** Whether bytes[start, end) hold a stem. */
    has(bytes, start, end) {
        if (end - start < 3)
            return false;
        const bits = this.bits;
        let key = (bytes[start] << 8) | bytes[start + 1];
        for (let i = start + 2; i < end; i++) {
            key = ((key << 8) | bytes[i]) & 0xffffff;
            if ((bits[key >>> 5] & (1 << (key & 31))) !== 0 && this.confirm(bytes, i - 2, end, key))
                return true;
        }
        return false;
    }
    confirm(bytes, at, end, key) {
        for (const stem of this.byKey.get(key) ?? []) {
            if (at + stem.length > end)
                continue;
            let k = 3;
            while (k < stem.length && bytes[at + k] === stem[k])
                k++;
            if (k === stem.length)
                return true;
        }
        return false;
    }
}
/** Rules compiled for scanning: a stem test per line's bytes, then anchors on the lines that pass. */
class RuleSet {
    rules;
    /** Which lines are worth looking at. */
    stems;
    byAnchor = new Map();
    anchorRe;
    constructor(rules, stems = STEMS) {
        const ids = new Set();
        for (const rule of rules) {
            if (ids.has(rule.id))
                throw new Error(`duplicate rule id ${rule.id}`);
            ids.add(rule.id);
            if (rule.anchors.length === 0)
                throw new Error(`rule ${rule.id} has no anchors`);
            for (const anchor of rule.anchors) {
                if (anchor === '')
                    throw new Error(`rule ${rule.id}: empty anchor`);
                if (!stems.some((s) => anchor.includes(s)))
                    throw new Error(`rule ${rule.id}: anchor "${anchor}" contains no scan stem`);
                const list = this.byAnchor.get(anchor);
                if (list)
                    list.push(rule);
                else
                    this.byAnchor.set(anchor, [rule]);
            }
        }
        this.rules = rules;
        // Anchors and stems may be non-ASCII (✖, ●): scanning sees latin1 views, i.e. UTF-8 bytes.
        const latin1 = (s) => Buffer.from(s, 'utf8').toString('latin1');
        this.stems = new StemIndex(stems);
        // Factored by common prefixes: V8 runs a trie-shaped alternation faster than a flat one.
        this.anchorRe = new RegExp(literalAlternation([...this.byAnchor.keys()].map(latin1)), 'g');
        // The alternation reports the longest anchor at a position; shorter ones it starts with
        // ("[ERROR]" inside "[ERROR] ") match there too.
        const anchors = [...this.byAnchor.keys()];
        this.rulesAt = new Map(anchors.map((a) => {
            const rules = anchors.filter((b) => a.startsWith(b)).flatMap((b) => this.byAnchor.get(b) ?? []);
            return [latin1(a), [...new Set(rules)]];
        }));
    }
    /** For each anchor (as latin1), the rules of every anchor it starts with, itself included. */
    rulesAt;
    /** Rules whose anchors occur in `view` (the line's raw latin1 text), each once. */
    candidates(view) {
        const out = [];
        const re = this.anchorRe;
        re.lastIndex = 0;
        for (let m = re.exec(view); m; m = re.exec(view)) {
            for (const rule of this.rulesAt.get(m[0]) ?? [])
                if (!out.includes(rule))
                    out.push(rule);
            // Anchors may overlap ("ERROR" inside "[ERROR]"): step one character, not past the match.
            re.lastIndex = m.index + 1;
        }
        return out;
    }
    /** Every rule that matches the cleaned line. */
    match(view, text) {
        const hits = [];
        for (const rule of this.candidates(view)) {
            rule.pattern.lastIndex = 0;
            const m = rule.pattern.exec(text);
            if (!m)
                continue;
            const hit = { rule };
            const category = rule.classify?.(m) ?? rule.category;
            if (category)
                hit.category = category;
            const facts = rule.facts?.(m, text);
            if (facts)
                hit.facts = facts;
            hits.push(hit);
        }
        return hits;
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/helpers.js

// Redacted before it is cut: half a token no longer looks like one to the sanitizer that runs later.
const redactor = new redact/* Redactor */.pO();
/** A source location from regex groups, dropping what did not match. */
function helpers_location(file, line, column, message) {
    const loc = { file: file ?? '' };
    if (line !== undefined && /^\d+$/.test(line))
        loc.line = Number(line);
    if (column !== undefined && /^\d+$/.test(column))
        loc.column = Number(column);
    if (message !== undefined && message !== '')
        loc.message = redactor.redact(message.trim()).slice(0, 300);
    return loc;
}
/** Facts with undefined members removed, so merging and JSON stay clean. */
function facts(input) {
    const out = {};
    for (const [key, value] of Object.entries(input))
        if (value !== undefined && value !== '')
            out[key] = value;
    return out;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/docker.js

/**
 * docker CLI and BuildKit/buildx output. BuildKit prints a failing build's summary as a box
 * (`------`, ` > [stage] RUN …:`, `Dockerfile:N`, the numbered Dockerfile lines) just before the
 * final `ERROR: failed to solve:` line, so that rule takes the box as its lead.
 */
const BUILDKIT_BOX = /^(?:-{4,}|\s*>\s.*|\s*\d+ \|.*|[\w./-]*Dockerfile[\w.-]*:\d+|#\d+ (?:CANCELED|ERROR:.*)|\s*\d+\.\d+ .*|\s*)$/;
const dockerRules = [
    {
        id: 'buildkit.failed-to-solve',
        tool: 'docker',
        anchors: ['failed to solve', 'failed to build'],
        pattern: /^(?:ERROR|error): failed to (?:solve|build)(?: with frontend [\w.]+)?: (.*)/,
        role: 'error',
        category: 'docker_failure',
        weight: 0.9,
        lead: BUILDKIT_BOX,
        facts: (m) => {
            const code = /exit code:? (\d+)/.exec(m[1])?.[1];
            return facts({ tool: 'docker', exitCode: code === undefined ? undefined : Number(code) });
        },
    },
    {
        id: 'buildkit.step-error',
        tool: 'docker',
        anchors: [' ERROR:', ' ERROR '],
        pattern: /^#\d+ (?:\d+\.\d+ )?ERROR:? (.*)/,
        role: 'error',
        category: 'docker_failure',
        weight: 0.75,
        facts: () => ({ tool: 'docker' }),
    },
    {
        id: 'docker.daemon-error',
        tool: 'docker',
        anchors: ['Error response from daemon'],
        pattern: /Error response from daemon: (.*)/,
        role: 'error',
        classify: (m) => /toomanyrequests|TLS handshake|i\/o timeout|connection refused/.test(m[1])
            ? 'network_error'
            : 'docker_failure',
        weight: 0.9,
        facts: (m) => facts({
            tool: 'docker',
            image: /(?:manifest for|pull access denied for|repository) ([\w./:@-]+)/.exec(m[1])?.[1],
        }),
    },
    {
        id: 'docker.pull-denied',
        tool: 'docker',
        anchors: ['pull access denied', 'manifest unknown', 'not found: manifest unknown'],
        pattern: /pull access denied for ([\w./-]+)|manifest unknown|manifest for ([\w./:@-]+) not found/,
        role: 'error',
        category: 'docker_failure',
        weight: 0.9,
        facts: (m) => facts({ tool: 'docker', image: m[1] ?? m[2] }),
    },
    {
        id: 'docker.daemon-unreachable',
        tool: 'docker',
        anchors: [
            'Cannot connect to the Docker daemon',
            'permission denied while trying to connect to the Docker daemon',
        ],
        pattern: /Cannot connect to the Docker daemon|permission denied while trying to connect to the Docker daemon/,
        role: 'error',
        category: 'docker_failure',
        weight: 0.9,
        facts: () => ({ tool: 'docker' }),
    },
    {
        id: 'docker.rate-limit',
        tool: 'docker',
        anchors: ['toomanyrequests'],
        pattern: /toomanyrequests: You have reached your pull rate limit/,
        role: 'error',
        category: 'network_error',
        weight: 0.9,
        facts: () => ({ tool: 'docker' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/generic.js
/**
 * Tool-independent conventions: a line that starts with an error tag, and the "generated files
 * are out of date, run X and commit" message that CI drift checks (go mod tidy, codegen, lockfile
 * and formatting checks, pre-commit) print.
 */
const genericRules = [
    {
        id: 'generic.error-prefix',
        tool: 'any',
        anchors: ['error:', 'Error:', 'ERROR:', 'ERROR ', 'error ', 'Error '],
        pattern: /^\s*(?:\[?(?:error|Error|ERROR)\]?:?\s+\S|\S+: (?:error|ERROR): )/,
        role: 'error',
        weight: 0.45,
        follow: 'same-tag',
    },
    {
        id: 'generic.fatal-prefix',
        tool: 'any',
        anchors: ['FATAL', 'Fatal'],
        pattern: /^\s*(?:\[?(?:FATAL|Fatal)\]?:?\s+\S)/,
        role: 'error',
        weight: 0.5,
    },
    {
        id: 'ci.drift-check',
        tool: 'ci-check',
        anchors: [
            'not up-to-date',
            'not up to date',
            'out of date',
            'out-of-date',
            'inconsistent',
            'were modified by this hook',
            'files were modified',
        ],
        pattern: /(?:not up[- ]to[- ]date|out[- ]of[- ]date|inconsistent)\b.*\b(?:[Rr]un|[Pp]lease run)\b|files were modified by this hook/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (_m, line) => {
            const command = /[Rr]un ['`"]?([\w .:/-]+?)['`"]?(?: locally)?(?: and|,|\.|$)/.exec(line)?.[1];
            return command ? { tool: 'ci-check', command } : { tool: 'ci-check' };
        },
    },
    {
        id: 'dotnet.error',
        tool: 'dotnet',
        anchors: ['error CS', 'error MSB', 'error NU'],
        pattern: /^(?:(\S+?)\((\d+),(\d+)\): )?error ((?:CS|MSB|NU)\d+): (.*?)(?: \[[^\]]+\])?$/,
        role: 'error',
        classify: (m) => (m[4].startsWith('NU') ? 'missing_dependency' : 'compile_error'),
        weight: 0.9,
        facts: (m) => ({ tool: 'dotnet', code: m[4] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/git.js

/** git's own messages (`fatal:`, `error:` with git wording) and the Jenkins git plugin's exception. */
const gitRules = [
    {
        id: 'git.unable-to-access',
        tool: 'git',
        anchors: ['unable to access'],
        pattern: /fatal: unable to access '([^']+)': (.*)/,
        role: 'error',
        // What git could not reach decides the cause: an HTTP 5xx or DNS failure is the network's,
        // a 403 is a permission, anything else stays git's.
        classify: (m) => /\b50\d\b|resolve host|timed out|Connection|Failed to connect|SSL|TLS|GnuTLS|early EOF/.test(m[2])
            ? 'network_error'
            : /\b40[13]\b/.test(m[2])
                ? 'permission_denied'
                : 'git_error',
        weight: 0.9,
        facts: (m) => facts({ tool: 'git', host: /https?:\/\/([^/]+)/.exec(m[1])?.[1] }),
    },
    {
        id: 'git.unsafe-repository',
        tool: 'git',
        anchors: ['unsafe repository', 'dubious ownership'],
        pattern: /fatal: (?:unsafe repository \('([^']+)'|detected dubious ownership in repository at '([^']+)')/,
        role: 'error',
        category: 'git_error',
        weight: 0.95,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'git', file: (m[1] ?? m[2]) }),
    },
    {
        id: 'git.publickey',
        tool: 'git',
        anchors: ['Permission denied (publickey)'],
        pattern: /Permission denied \(publickey\)/,
        role: 'error',
        category: 'permission_denied',
        weight: 0.85,
        facts: () => ({ tool: 'git' }),
    },
    {
        id: 'git.remote-denied',
        tool: 'git',
        anchors: ['denied to'],
        pattern: /remote: Permission to (\S+) denied to (\S+)\./,
        role: 'error',
        category: 'permission_denied',
        weight: 0.9,
        facts: () => ({ tool: 'git' }),
    },
    {
        id: 'git.push-rejected',
        tool: 'git',
        anchors: ['failed to push some refs', '[rejected]', '[remote rejected]'],
        pattern: /error: failed to push some refs|! \[(?:remote )?rejected\]/,
        role: 'error',
        category: 'git_error',
        weight: 0.8,
        facts: () => ({ tool: 'git' }),
    },
    {
        id: 'git.merge-conflict',
        tool: 'git',
        anchors: ['CONFLICT (', 'Automatic merge failed'],
        pattern: /^CONFLICT \([\w/ ]+\): .*?(?:in|for) (\S+)|Automatic merge failed/,
        role: 'error',
        category: 'git_error',
        weight: 0.85,
        facts: (m) => facts({ tool: 'git', file: m[1] }),
    },
    {
        id: 'git.fatal',
        tool: 'git',
        anchors: ['fatal: '],
        // git's fatal errors; the wording list keeps "fatal:" lines of other tools out.
        pattern: /^fatal: (?:not a git repository|reference is not a tree|couldn't find remote ref|remote error|Could not read from remote repository|repository '.*' not found|Authentication failed|could not read Username|pathspec|bad object|bad revision|ambiguous argument|cannot create directory|index-pack failed|the remote end hung up|early EOF|invalid reference|no such ref|Not possible to fast-forward|refusing to merge|destination path .* already exists|[Uu]nable to|could not|cannot|invalid|not a valid|.*: not something we can merge)/,
        role: 'error',
        classify: (m) => /Authentication failed|could not read Username/.test(m[0]) ? 'permission_denied' : 'git_error',
        weight: 0.75,
        follow: 'paragraph',
        facts: () => ({ tool: 'git' }),
    },
    {
        id: 'git.error',
        tool: 'git',
        anchors: [
            'error: pathspec',
            'error: Your local changes',
            'error: unable to create file',
            'error: could not apply',
            'error: src refspec',
        ],
        pattern: /^error: (?:pathspec '([^']+)' did not match|Your local changes to the following files would be overwritten|unable to create file (\S+?):|could not apply|src refspec (\S+) does not match any)/,
        role: 'error',
        category: 'git_error',
        weight: 0.8,
        facts: (m) => facts({ tool: 'git', file: m[2] }),
    },
    {
        id: 'jenkins.git-exception',
        tool: 'jenkins-git',
        anchors: ['GitException'],
        pattern: /^hudson\.plugins\.git\.GitException: (.*)/,
        role: 'error',
        category: 'git_error',
        weight: 0.7,
        follow: 'trace',
        facts: () => ({ tool: 'git' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/go.js

/**
 * The Go toolchain (build, vet, test, modules) and linters that share its `file.go:L:C: msg` format
 * (staticcheck, golangci-lint, exhaustive). The compiler's messages come from a fixed vocabulary; any
 * other diagnostic in that format is a linter's.
 */
const GO_COMPILER_MESSAGE = /^(?:undefined|undeclared name|declared and not used|declared but not used|imported and not used|"[^"]+" imported and not used|cannot use|missing return|syntax error|too many (?:arguments|return values)|not enough (?:arguments|return values)|[\w.]+ redeclared|invalid operation|mismatched types|assignment mismatch|cannot assign|non-boolean|no new variables|[^:]* has no field or method|cannot convert|cannot infer|could not import|missing function body|[^:]* is not a type|expected )/;
const GO_LOCATION = /^(?:\.\/)?([\w./@+-]+\.go):(\d+):(\d+): (.*?)(?: \((\w[\w-]*)\))?$/;
const goRules = [
    {
        id: 'go.diagnostic',
        tool: 'go',
        anchors: ['.go:'],
        pattern: GO_LOCATION,
        role: 'error',
        // staticcheck marks compiler errors "(compile)"; its own checks and golangci-lint's carry a
        // check or linter name; the compiler itself carries none.
        classify: (m) => m[5] === 'compile' || m[5] === 'typecheck' || (m[5] === undefined && GO_COMPILER_MESSAGE.test(m[4]))
            ? 'compile_error'
            : /^\S+@v[\d.]+[\w.+-]*: (?:Get|reading|verifying|unrecognized import)/.test(m[4])
                ? undefined
                : 'lint_failure',
        weight: 0.8,
        follow: 'indented',
        lead: /^# [\w./@-]+(?: \[[\w./@ -]+\])?$/,
        facts: (m) => facts({
            // A check code (U1000, SA4006) is staticcheck's; another name is the golangci-lint linter's.
            tool: m[5] === undefined || m[5] === 'compile' || m[5] === 'typecheck'
                ? 'go'
                : /^[A-Z]+\d+$/.test(m[5])
                    ? 'staticcheck'
                    : m[5],
            code: m[5] && /^[A-Z]+\d+$/.test(m[5]) ? m[5] : undefined,
            locations: [helpers_location(m[1], m[2], m[3], m[4])],
        }),
    },
    {
        id: 'go.module-fetch',
        tool: 'go',
        anchors: [': Get "', ': reading ', 'verifying module', 'unrecognized import path'],
        // "pkg/x.go:19:2: github.com/a/b@v1.2.3: Get "https://proxy…": dial tcp: i/o timeout"
        pattern: /([\w./-]+)@(v[\w.+-]+): (?:Get "([^"]+)"|reading (\S+)|verifying module)(?:: (.*))?|unrecognized import path "([^"]+)"/,
        role: 'error',
        classify: (m) => /\b404\b|410 Gone|not found|unknown revision|invalid version/.test(m[5] ?? '')
            ? 'missing_dependency'
            : 'network_error',
        weight: 0.8,
        facts: (m) => facts({
            tool: 'go',
            package: m[1] ? `${m[1]}@${m[2]}` : m[6],
            host: /https?:\/\/([^/]+)/.exec(m[3] ?? m[4] ?? '')?.[1],
        }),
    },
    {
        id: 'go.missing-module',
        tool: 'go',
        anchors: [
            'no required module provides package',
            'missing go.sum entry',
            'updates to go.mod needed',
            'cannot find module providing package',
        ],
        pattern: /no required module provides package ([\w./-]+)|missing go\.sum entry for module providing package ([\w./-]+)|missing go\.sum entry|updates to go\.mod needed|cannot find module providing package ([\w./-]+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'go', package: m[1] ?? m[2] ?? m[3] }),
    },
    {
        id: 'go.version',
        tool: 'go',
        anchors: ['requires go >=', 'but maximum supported version is', 'requires go1', 'module requires Go'],
        pattern: /requires go >= ?([\d.]+) \(running go ([\d.]+)|go\.mod file indicates go ([\d.]+), but maximum supported version is ([\d.]+)|module requires Go ([\d.]+)/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({
            tool: 'go',
            toolchain: 'go',
            requiredVersion: m[1] ?? m[3] ?? m[5],
            actualVersion: m[2] ?? m[4],
        }),
    },
    {
        id: 'gotest.fail',
        tool: 'go test',
        anchors: ['--- FAIL: '],
        pattern: /^\s*--- FAIL: (\S+) \([\d.]+s\)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'go test', tests: [m[1]] }),
    },
    {
        id: 'gotest.package-fail',
        tool: 'go test',
        anchors: ['FAIL\t', 'FAIL '],
        pattern: /^FAIL\s+(\S+)\s+(?:[\d.]+s|\[(build failed|setup failed)\])$/,
        role: 'error',
        classify: (m) => (m[2] ? 'compile_error' : 'test_failure'),
        weight: 0.55,
        facts: (_m) => ({ tool: 'go test' }),
    },
    {
        id: 'go.panic',
        tool: 'go',
        anchors: ['panic: '],
        pattern: /^panic: (.*)/,
        role: 'error',
        weight: 0.75,
        follow: 'trace',
        facts: () => ({ tool: 'go' }),
    },
    {
        id: 'gotest.timeout',
        tool: 'go test',
        anchors: ['test timed out after'],
        pattern: /^panic: test timed out after (\S+)/,
        role: 'error',
        category: 'timeout',
        weight: 0.9,
        follow: 'trace',
        facts: () => ({ tool: 'go test' }),
    },
    {
        id: 'golangci.summary',
        tool: 'golangci-lint',
        anchors: ['issues found', 'level=error'],
        pattern: /^\d+ issues?(?: found)?:?$|level=error msg="(.*)"/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.6,
        facts: () => ({ tool: 'golangci-lint' }),
    },
    {
        id: 'gofmt.unformatted',
        tool: 'gofmt',
        anchors: ['gofmt', 'go fmt'],
        pattern: /(?:not (?:properly )?formatted|need(?:s)? (?:to be )?formatting|[Rr]un `?go ?fmt`?).*|gofmt -[lds]+ .* (?:failed|found)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: () => ({ tool: 'gofmt' }),
    },
    {
        id: 'go.exit-status',
        tool: 'go',
        anchors: ['exit status '],
        pattern: /^exit status (\d+)$/,
        role: 'verdict',
        weight: 0.25,
        facts: (m) => ({ exitCode: Number(m[1]) }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/js.js

/** TypeScript, ESLint, Prettier, Jest, Vitest, Mocha, Node and the npm/pnpm/yarn package managers. */
function npmCodeCategory(code) {
    if (/^(?:E404|ETARGET|ERESOLVE|ENOVERSIONS|EINTEGRITY|ENOLOCK|EUSAGE)$/.test(code))
        return 'missing_dependency';
    if (/^(?:ENOTFOUND|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|ENETUNREACH|E5\d\d)$/.test(code))
        return 'network_error';
    if (/^(?:EACCES|EPERM|E401|E403|ENEEDAUTH)$/.test(code))
        return code === 'E401' || code === 'ENEEDAUTH' ? 'missing_secret' : 'permission_denied';
    if (code === 'ENOSPC')
        return 'resource_exhaustion';
    if (code === 'EBADENGINE')
        return 'toolchain_mismatch';
    return undefined;
}
function pnpmCodeCategory(code) {
    if (/OUTDATED_LOCKFILE|LOCKFILE|FETCH_404|NO_MATCHING_VERSION|PEER_DEP|NO_VERSIONS|WORKSPACE_PKG_NOT_FOUND|TARBALL_INTEGRITY/.test(code))
        return 'missing_dependency';
    if (/META_FETCH_FAIL|FETCH_5\d\d|ECONN|ETIMEDOUT|ENOTFOUND/.test(code))
        return 'network_error';
    if (/UNSUPPORTED_ENGINE|BAD_PM_VERSION|UNSUPPORTED_PLATFORM/.test(code))
        return 'toolchain_mismatch';
    if (/NO_SCRIPT|MISSING_SCRIPT/.test(code))
        return 'missing_command';
    if (/FETCH_401|FETCH_403/.test(code))
        return 'permission_denied';
    return undefined;
}
const jsRules = [
    {
        id: 'tsc.error',
        tool: 'tsc',
        anchors: ['error TS'],
        // "src/a.ts(3,7): error TS2322: …" (plain) and "src/a.ts:3:7 - error TS2322: …" (pretty).
        pattern: /^(?:(\S+?\.(?:[cm]?tsx?|vue|svelte))(?:\((\d+),(\d+)\)|:(\d+):(\d+))(?::| -) )?error (TS\d+): (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => facts({
            tool: 'tsc',
            code: m[6],
            module: /^TS2307$/.test(m[6]) ? /Cannot find module '([^']+)'/.exec(m[7])?.[1] : undefined,
            locations: m[1] ? [helpers_location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[7])] : undefined,
        }),
    },
    {
        id: 'eslint.problem',
        tool: 'eslint',
        anchors: ['  error  ', ' error '],
        // stylish: "  12:5  error  'x' is not defined  no-undef", below the file path line.
        pattern: /^\s+(\d+):(\d+)\s+error\s+(.+?)\s{2,}(@?[\w/-]+)\s*$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        lead: /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.[cm]?[jt]sx?$|^\s+\d+:\d+\s+(?:error|warning)\s/,
        facts: (m) => ({ tool: 'eslint', code: m[4], locations: [helpers_location('', m[1], m[2], m[3])] }),
    },
    {
        id: 'eslint.summary',
        tool: 'eslint',
        anchors: ['problem'],
        pattern: /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)/,
        role: 'error',
        classify: (m) => (m[2] === '0' ? undefined : 'lint_failure'),
        weight: 0.7,
        facts: () => ({ tool: 'eslint' }),
    },
    {
        id: 'prettier.check',
        tool: 'prettier',
        anchors: ['Code style issues', 'Forgot to run Prettier'],
        pattern: /Code style issues (?:found|were found) in (?:the above file|\d+ files)|Forgot to run Prettier\?/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.9,
        lead: /^\[warn\] \S/,
        facts: () => ({ tool: 'prettier' }),
    },
    {
        id: 'jest.fail-file',
        tool: 'jest',
        anchors: ['FAIL '],
        // Jest "FAIL src/a.test.ts (5 s)"; Vitest " FAIL  src/a.test.ts > suite > name".
        pattern: /^\s*FAIL\s+(\S+\.(?:[cm]?[jt]sx?|vue|svelte))(?:\s+>\s+(.*?))?(?:\s+\[[^\]]*\])?(?:\s+\([\d.]+ m?s\))?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: (m) => facts({ tool: 'jest', file: m[1], tests: m[2] ? [m[2]] : undefined }),
    },
    {
        id: 'jest.failed-test',
        tool: 'jest',
        anchors: ['●'],
        pattern: /^\s*● (?!Console\b)(.+? › .+|.+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'jest', tests: [m[1].trim()] }),
    },
    {
        id: 'jest.summary',
        tool: 'jest',
        anchors: [' failed'],
        // Jest "Tests:       1 failed, 4 passed, 5 total"; Vitest "      Tests  1 failed | 4 passed (5)".
        pattern: /^\s*Tests:?\s+(\d+) failed\b/,
        role: 'error',
        category: 'test_failure',
        weight: 0.55,
        facts: () => ({ tool: 'jest' }),
    },
    {
        id: 'vitest.failed-header',
        tool: 'vitest',
        anchors: ['Failed Tests'],
        pattern: /⎯+ Failed Tests? (\d+) ⎯+/,
        role: 'header',
        category: 'test_failure',
        weight: 0.5,
    },
    {
        id: 'node.assertion',
        tool: 'node',
        anchors: ['AssertionError'],
        pattern: /^\s*AssertionError(?: \[ERR_ASSERTION\])?: (.*)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'indented',
    },
    {
        id: 'mocha.failing',
        tool: 'mocha',
        anchors: ['failing'],
        pattern: /^\s*(\d+) failing$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: () => ({ tool: 'mocha' }),
    },
    {
        // Jest's resolver, under "● Test suite failed to run": the suite never ran because an import
        // of a package (a bare specifier, not a relative path) could not be resolved.
        id: 'jest.module-not-found',
        tool: 'jest',
        anchors: ['Cannot find module'],
        pattern: /Cannot find module '((?:@[\w.-]+\/)?[\w-][^'/]*(?:\/[^']*)?)' from '([^']+)'/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'jest', module: m[1], file: m[2] }),
    },
    {
        id: 'node.module-not-found',
        tool: 'node',
        anchors: ['Cannot find module', 'Cannot find package', 'ERR_MODULE_NOT_FOUND'],
        pattern: /(?:Error: )?Cannot find (?:module|package) '([^']+)'(?! or its corresponding type declarations)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'trace',
        facts: (m) => ({ tool: 'node', module: m[1] }),
    },
    {
        id: 'node.engine',
        tool: 'node',
        anchors: ['is incompatible with this module', 'Unsupported engine'],
        pattern: /The engine "(\w+)" is incompatible with this module\. Expected version "([^"]+)"\. Got "([^"]+)"|Unsupported engine/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.85,
        facts: (m) => facts({ toolchain: m[1] ?? 'node', requiredVersion: m[2], actualVersion: m[3] }),
    },
    {
        id: 'npm.error-code',
        tool: 'npm',
        anchors: ['npm ERR! code', 'npm error code'],
        pattern: /^npm (?:ERR!|error) code (E[\w]+)/,
        role: 'error',
        classify: (m) => npmCodeCategory(m[1]),
        weight: 0.7,
        follow: 'same-tag',
        facts: (m) => ({ tool: 'npm', code: m[1] }),
    },
    {
        id: 'npm.not-found',
        tool: 'npm',
        anchors: ['404 Not Found'],
        pattern: /^npm (?:ERR!|error) 404 +(?:Not Found - GET \S+ - Not found|'([^']+)' is not in (?:the npm|this) registry)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'same-tag',
        facts: (m, line) => facts({
            tool: 'npm',
            package: m[1] ?? /registry\.npmjs\.org\/(@?[^\s/]+(?:\/[^\s/]+)?)/.exec(line)?.[1]?.replace('%2f', '/'),
        }),
    },
    {
        id: 'npm.missing-script',
        tool: 'npm',
        anchors: ['Missing script'],
        pattern: /^npm (?:ERR!|error) Missing script: "?([^"\s]+)"?/,
        role: 'error',
        category: 'missing_command',
        weight: 0.85,
        facts: (m) => ({ tool: 'npm', command: m[1] }),
    },
    {
        id: 'npm.ci-lock-mismatch',
        tool: 'npm',
        anchors: ['can only install packages when your package.json and package-lock.json'],
        pattern: /can only install packages when your package\.json and package-lock\.json/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: () => ({ tool: 'npm' }),
    },
    {
        id: 'pnpm.error',
        tool: 'pnpm',
        anchors: ['ERR_PNPM_'],
        pattern: /ERR_PNPM_(\w+)\b(.*)/,
        role: 'error',
        classify: (m) => pnpmCodeCategory(m[1]),
        weight: 0.75,
        follow: 'indented',
        facts: (m) => ({ tool: 'pnpm', code: `ERR_PNPM_${m[1]}` }),
    },
    {
        id: 'pnpm.lifecycle',
        tool: 'pnpm',
        anchors: ['ELIFECYCLE'],
        pattern: /ELIFECYCLE\s+(?:Command failed with exit code (\d+)|Test failed)/,
        role: 'verdict',
        weight: 0.3,
        facts: (m) => facts({ tool: 'pnpm', exitCode: m[1] ? Number(m[1]) : undefined }),
    },
    {
        id: 'yarn.error',
        tool: 'yarn',
        anchors: [
            "error Couldn't find package",
            'error An unexpected error occurred',
            'YN0028',
            'YN0001',
            'YN0018',
        ],
        pattern: /^error Couldn't find package "([^"]+)"|^error An unexpected error occurred: "(.*)"|YN0028: .*lockfile would have been modified|YN0018: .*checksum|YN0001: (.*)/,
        role: 'error',
        classify: (m) => m[2] !== undefined
            ? /ETIMEDOUT|ENOTFOUND|ECONNRESET|socket hang up|50\d/.test(m[2])
                ? 'network_error'
                : /404/.test(m[2])
                    ? 'missing_dependency'
                    : undefined
            : m[3] !== undefined
                ? undefined
                : 'missing_dependency',
        weight: 0.8,
        facts: (m) => facts({ tool: 'yarn', package: m[1] }),
    },
    {
        id: 'node.heap',
        tool: 'node',
        anchors: ['heap out of memory', 'Reached heap limit'],
        pattern: /JavaScript heap out of memory|Reached heap limit Allocation failed/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.95,
        facts: () => ({ tool: 'node', resource: 'js-heap' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/jvm.js

/**
 * Maven, Gradle, javac/kotlinc, Surefire/JUnit and the Jenkins build steps that usually wrap them.
 * Maven prints `[ERROR]` (possibly coloured); Gradle prints `> Task :x FAILED` and a
 * `* What went wrong:` section; Surefire prints `Tests run: …, Failures: …` per class.
 */
// Plugin or task names say what kind of check failed; these are the tools' own names.
const LINT_TOOLS = /checkstyle|pmd|spotbugs|findbugs|animal-sniffer|spotless|ktlint|detekt|errorprone|error-prone|forbiddenapis|license|apache-rat|rat-plugin|revapi|japicmp|clirr|enforcer|sortpom|formatter|fmt-maven|javadoc|lint/i;
function mavenPluginCategory(plugin, message) {
    if (/No space left on device/.test(message))
        return 'resource_exhaustion';
    if (/Could not resolve dependencies|Could not find artifact|could not be resolved|Failed to read artifact descriptor|Could not transfer artifact/.test(message))
        return 'missing_dependency';
    if (/maven-compiler-plugin|kotlin-maven-plugin|scala-maven-plugin|gmavenplus/.test(plugin) ||
        /Compilation failure/.test(message))
        return 'compile_error';
    if (/surefire|failsafe/.test(plugin) ||
        /There (?:are|were) test failures|There was a timeout/.test(message))
        return 'test_failure';
    if (LINT_TOOLS.test(plugin))
        return 'lint_failure';
    return undefined;
}
function gradleTaskCategory(task) {
    const name = task.slice(task.lastIndexOf(':') + 1);
    if (/^compile|Compile|^kapt|^ksp/.test(name))
        return 'compile_error';
    if (/^test$|Test$|^test[A-Z]|^check$|^connected\w*Test/.test(name))
        return 'test_failure';
    if (LINT_TOOLS.test(name))
        return 'lint_failure';
    return undefined;
}
const jvmRules = [
    {
        id: 'maven.compiler-error',
        tool: 'maven',
        anchors: ['[ERROR] '],
        // maven-compiler-plugin: "[ERROR] /path/Foo.java:[12,8] cannot find symbol" (details indented below).
        pattern: /^\[ERROR\] (\S+\.(?:java|kt|scala|groovy)):\[(\d+),(\d+)\] (.*)/,
        role: 'error',
        classify: (m) => /error while writing|could not create parent directories/.test(m[4]) ? undefined : 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'javac', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'maven.compilation-header',
        tool: 'maven',
        anchors: ['COMPILATION ERROR'],
        pattern: /^\[ERROR\] COMPILATION ERROR :?\s*$/,
        role: 'header',
        category: 'compile_error',
        weight: 0.5,
    },
    {
        id: 'maven.failed-goal',
        tool: 'maven',
        anchors: ['Failed to execute goal'],
        pattern: /^\[ERROR\] Failed to execute goal (\S+?) (?:\([^)]*\) )?on project (\S+?): (.*)/,
        role: 'error',
        classify: (m) => mavenPluginCategory(m[1], m[3]),
        weight: 0.8,
        follow: 'same-tag',
        facts: (_m) => ({ tool: 'maven' }),
    },
    {
        id: 'maven.unresolved',
        tool: 'maven',
        anchors: [
            'Could not resolve dependencies',
            'Could not find artifact',
            'could not be resolved',
            'Failed to read artifact descriptor',
            'Could not transfer artifact',
        ],
        pattern: /Could not resolve dependencies for project \S+|Could not find artifact (\S+)|(?:Plugin )?(\S+) or one of its dependencies could not be resolved|Failed to read artifact descriptor for (\S+)|Could not transfer artifact (\S+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.8,
        follow: 'same-tag',
        facts: (m) => facts({ tool: 'maven', package: (m[1] ?? m[2] ?? m[3] ?? m[4])?.replace(/:$/, '') }),
    },
    {
        id: 'maven.error',
        tool: 'maven',
        anchors: ['[ERROR]'],
        pattern: /^\[ERROR\](?: (?!COMPILATION ERROR)|$)/,
        role: 'error',
        weight: 0.35,
        follow: 'same-tag',
        facts: () => ({ tool: 'maven' }),
    },
    {
        id: 'maven.build-failure',
        tool: 'maven',
        anchors: ['BUILD FAILURE'],
        pattern: /^\[INFO\] BUILD FAILURE$/,
        role: 'verdict',
        weight: 0.2,
        facts: () => ({ tool: 'maven' }),
    },
    {
        id: 'maven.invalid-target',
        tool: 'maven',
        anchors: ['invalid target release', 'invalid source release', 'release version'],
        pattern: /(?:invalid (?:target|source) release|release version (\S+) not supported):? ?(\S+)?/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ toolchain: 'java', requiredVersion: m[2] ?? m[1] }),
    },
    {
        id: 'jvm.class-version',
        tool: 'java',
        anchors: [
            'Unsupported class file major version',
            'has been compiled by a more recent version',
            'class file has wrong version',
        ],
        pattern: /Unsupported class file major version (\d+)|has been compiled by a more recent version of the Java Runtime \(class file version ([\d.]+)\), this version of the Java Runtime only recognizes class file versions up to ([\d.]+)|class file has wrong version ([\d.]+), should be ([\d.]+)/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ toolchain: 'java', requiredVersion: m[1] ?? m[2] ?? m[4], actualVersion: m[3] ?? m[5] }),
    },
    {
        id: 'surefire.class-failed',
        tool: 'surefire',
        anchors: ['<<< FAILURE!', '<<< ERROR!'],
        // "Tests run: 6, Failures: 0, Errors: 5, Skipped: 0, Time elapsed: 0.154 sec <<< FAILURE!" (optionally " - in Class").
        pattern: /Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+, Time elapsed: .*<<< (?:FAILURE|ERROR)!/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'trace',
        facts: () => ({ tool: 'surefire' }),
    },
    {
        id: 'surefire.test-failed',
        tool: 'surefire',
        anchors: ['<<< FAILURE!', '<<< ERROR!'],
        // JUnit 4 "name(Class)  Time elapsed: 0.2 sec  <<< ERROR!"; JUnit 5 "Class.name  Time elapsed: 0.2 s  <<< FAILURE!".
        pattern: /^(?:\[ERROR\] )?(\S+?)(?:\(([\w.$]+)\))?\s+Time elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'trace',
        facts: (m) => ({ tool: 'surefire', tests: [m[2] ? `${m[2]}.${m[1]}` : m[1]] }),
    },
    {
        id: 'surefire.summary-list',
        tool: 'surefire',
        anchors: ['Tests in error:', 'Failed tests:', 'Tests in error', '[ERROR] Failures:', '[ERROR] Errors:'],
        pattern: /^(?:\[ERROR\] )?(?:Tests in error|Failed tests|Failures|Errors):\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        follow: 'indented',
        facts: () => ({ tool: 'surefire' }),
    },
    {
        id: 'surefire.totals',
        tool: 'surefire',
        anchors: ['Tests run:'],
        pattern: /^(?:\[(?:ERROR|WARNING)\] )?Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+$/,
        role: 'error',
        classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
        weight: 0.45,
        facts: () => ({ tool: 'surefire' }),
    },
    {
        id: 'surefire.fork-crash',
        tool: 'surefire',
        anchors: ['The forked VM terminated', 'ForkStarter IOException', 'ExecutionException The forked VM'],
        pattern: /The forked VM terminated without (?:properly )?saying goodbye|ForkStarter IOException: (.*)/,
        role: 'error',
        classify: (m) => (m[1] && /No space left/.test(m[1]) ? 'resource_exhaustion' : 'test_failure'),
        weight: 0.75,
        facts: () => ({ tool: 'surefire' }),
    },
    {
        id: 'java.exception',
        tool: 'java',
        anchors: ['Exception', 'Error'],
        // An exception head printed before its frames: "java.io.IOException: msg", "Caused by: …".
        pattern: /^(?:Exception in thread "[^"]+" )?(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b(?::|$)/,
        role: 'error',
        weight: 0.4,
        follow: 'trace',
    },
    {
        id: 'gradle.task-failed',
        tool: 'gradle',
        anchors: ['FAILED'],
        pattern: /^> Task (\S+) FAILED$/,
        role: 'error',
        classify: (m) => gradleTaskCategory(m[1]),
        weight: 0.6,
        facts: () => ({ tool: 'gradle' }),
    },
    {
        id: 'gradle.execution-failed',
        tool: 'gradle',
        anchors: ['Execution failed for task'],
        pattern: /^Execution failed for task '([^']+)'\.?/,
        role: 'error',
        classify: (m) => gradleTaskCategory(m[1]),
        weight: 0.75,
        follow: 'paragraph',
        facts: () => ({ tool: 'gradle' }),
    },
    {
        id: 'gradle.build-failed',
        tool: 'gradle',
        anchors: ['FAILURE: Build failed'],
        pattern: /^FAILURE: Build failed with an exception\.?$/,
        role: 'verdict',
        weight: 0.3,
        facts: () => ({ tool: 'gradle' }),
    },
    {
        id: 'gradle.test-failed',
        tool: 'gradle',
        anchors: [' FAILED'],
        // "LogDifferTest > testGithubParsing() FAILED" — the cause is indented on the next lines.
        pattern: /^(\S[^>]*?) > (.+?) FAILED$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'gradle', tests: [`${m[1].trim()} > ${m[2]}`] }),
    },
    {
        id: 'gradle.tests-summary',
        tool: 'gradle',
        anchors: ['tests completed'],
        pattern: /^(\d+) tests completed, (\d+) failed/,
        role: 'error',
        category: 'test_failure',
        weight: 0.55,
        facts: () => ({ tool: 'gradle' }),
    },
    {
        id: 'gradle.unresolved',
        tool: 'gradle',
        anchors: ['Could not resolve all', 'Could not resolve ', 'Could not find '],
        pattern: /Could not resolve all (?:files|dependencies|artifacts) for configuration|^\s*> Could not (?:resolve|find) ([\w.-]+:[\w.-]+(?::[\w.-]+)?)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.8,
        facts: (m) => facts({ tool: 'gradle', package: m[1]?.replace(/\.$/, '') }),
    },
    {
        id: 'javac.error',
        tool: 'javac',
        anchors: [': error: '],
        pattern: /^(\S+\.java):(\d+): error: (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'javac', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'kotlinc.error',
        tool: 'kotlinc',
        anchors: ['.kt:', '.kts:'],
        pattern: /^e: (?:file:\/\/)?(\S+\.kts?):(?:\((\d+), (\d+)\)|(\d+):(\d+)) (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        facts: (m) => ({ tool: 'kotlinc', locations: [helpers_location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[6])] }),
    },
    {
        id: 'checkstyle.violation',
        tool: 'checkstyle',
        anchors: ['[ant:checkstyle]', '[ERROR] '],
        // "[ant:checkstyle] [ERROR] /p/Foo.java:12:5: msg [Rule]" and Maven's "[ERROR] src/Foo.java:[12,5] (group) Rule: msg".
        pattern: /^(?:\[ant:checkstyle\] )?\[(?:ERROR|WARN)\] (\S+\.java):(?:\[(\d+)(?:,(\d+))?\]|(\d+)(?::(\d+))?:) (?:\(\w+\) (\w+): (.*)|(.*) \[(\w+)\])$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.92,
        facts: (m) => facts({
            tool: 'checkstyle',
            code: m[6] ?? m[9],
            locations: [helpers_location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[7] ?? m[8])],
        }),
    },
    {
        id: 'animal-sniffer.undefined-reference',
        tool: 'animal-sniffer',
        anchors: ['Undefined reference'],
        pattern: /^\[ERROR\] (\S+\.java):(\d+): Undefined reference: (.*)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'animal-sniffer', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'jenkins.step-failed',
        tool: 'jenkins',
        anchors: ['marked build as failure'],
        pattern: /^Build step '([^']+)' marked build as failure$/,
        role: 'verdict',
        weight: 0.3,
        facts: () => ({ tool: 'jenkins' }),
    },
    {
        id: 'jenkins.error',
        tool: 'jenkins',
        anchors: ['ERROR: ', 'FATAL: '],
        pattern: /^(?:ERROR|FATAL): (?!\s*$)(.*)/,
        role: 'error',
        weight: 0.5,
        follow: 'trace',
        facts: () => ({ tool: 'jenkins' }),
    },
    {
        id: 'jenkins.finished',
        tool: 'jenkins',
        anchors: ['Finished: FAILURE'],
        pattern: /^Finished: FAILURE$/,
        role: 'verdict',
        weight: 0.1,
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/native.js

/** gcc/clang, the linker, CMake and make. */
const nativeRules = [
    {
        id: 'cc.error',
        tool: 'cc',
        anchors: [' error: ', 'fatal error: '],
        // "src/a.c:12:5: error: 'x' undeclared" (gcc and clang alike); the caret lines are indented below.
        pattern: /^(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu)):(\d+):(?:(\d+):)? (?:fatal )?error: (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        lead: /^(?:In file included from |\S+: In (?:function|member function|constructor|instantiation of) )/,
        facts: (m) => facts({
            tool: 'cc',
            file: /^(\S+): No such file or directory$/.exec(m[4])?.[1],
            locations: [helpers_location(m[1], m[2], m[3], m[4])],
        }),
    },
    {
        id: 'ld.undefined-reference',
        tool: 'ld',
        anchors: ['undefined reference to', 'ld returned', 'symbol(s) not found', 'Undefined symbols'],
        pattern: /undefined reference to [`']([^']+)'|ld returned \d+ exit status|symbol\(s\) not found for architecture|^Undefined symbols for architecture/,
        role: 'error',
        category: 'compile_error',
        weight: 0.8,
        facts: () => ({ tool: 'ld' }),
    },
    {
        id: 'cmake.error',
        tool: 'cmake',
        anchors: ['CMake Error'],
        pattern: /^CMake Error(?: at (\S+?):(\d+))?/,
        role: 'error',
        category: 'compile_error',
        weight: 0.7,
        follow: 'indented',
        facts: (m) => facts({ tool: 'cmake', locations: m[1] ? [helpers_location(m[1], m[2])] : undefined }),
    },
    {
        id: 'cmake.package-missing',
        tool: 'cmake',
        anchors: ['Could NOT find', 'Could not find a package configuration file'],
        pattern: /Could NOT find (\w+)|Could not find a package configuration file provided by "([^"]+)"/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => ({ tool: 'cmake', package: (m[1] ?? m[2]) }),
    },
    {
        id: 'make.error',
        tool: 'make',
        anchors: ['***'],
        // "make: *** [Makefile:24: staticcheck] Error 1", "make[2]: *** [x.o] Error 1", "make: *** No rule to make target 'x'".
        pattern: /^g?make(?:\[\d+\])?: \*\*\* (?:\[([^\]]+)\] Error (\d+)|No rule to make target [`']([^']+)')/,
        role: 'verdict',
        weight: 0.3,
        facts: (m) => facts({ tool: 'make', exitCode: m[2] ? Number(m[2]) : undefined, file: m[3] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/python.js

/** pytest, Python tracebacks, pip, Poetry, ruff, flake8, black and mypy. */
const pythonRules = [
    {
        id: 'pytest.failed',
        tool: 'pytest',
        anchors: ['FAILED '],
        // short test summary: "FAILED tests/test_a.py::test_x - AssertionError: …"
        pattern: /^FAILED (\S+?\.py::\S+)(?: - (.*))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'pytest', tests: [m[1]] }),
    },
    {
        id: 'pytest.collection-error',
        tool: 'pytest',
        anchors: ['ERROR '],
        pattern: /^ERROR (\S+\.py)(?:::\S+)?(?: - (.*))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'pytest', file: m[1] }),
    },
    {
        id: 'pytest.assert-line',
        tool: 'pytest',
        anchors: ['E   '],
        pattern: /^E {3,}(\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        lead: /^(?:>|\s{4,}\S|\S+\.py:\d+: \w+$)/,
        facts: () => ({ tool: 'pytest' }),
    },
    {
        id: 'pytest.summary',
        tool: 'pytest',
        anchors: [' failed', ' error'],
        pattern: /^=+ (?:(\d+) failed|.*?(\d+) errors?)\b.* in [\d.]+s(?: \([\d:]+\))? =+$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: () => ({ tool: 'pytest' }),
    },
    {
        id: 'pytest.section',
        tool: 'pytest',
        anchors: ['= FAILURES =', '= ERRORS ='],
        pattern: /^=+ (?:FAILURES|ERRORS) =+$/,
        role: 'header',
        category: 'test_failure',
        weight: 0.5,
    },
    {
        id: 'python.traceback',
        tool: 'python',
        anchors: ['Traceback (most recent call last)'],
        pattern: /^\s*Traceback \(most recent call last\):$/,
        role: 'error',
        weight: 0.5,
        follow: 'trace',
    },
    {
        id: 'python.module-not-found',
        tool: 'python',
        anchors: ['ModuleNotFoundError', 'No module named', 'ImportError'],
        pattern: /(?:ModuleNotFoundError|ImportError): No module named '?([\w.]+)'?/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'python', module: m[1] }),
    },
    {
        id: 'python.exception',
        tool: 'python',
        anchors: ['Error: ', 'Exception: ', 'Error'],
        // The line closing a traceback: "NameError: name 'x' is not defined".
        pattern: /^(?:[A-Za-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception)(?:: .*)?$/,
        role: 'error',
        weight: 0.45,
        follow: 'indented',
    },
    {
        id: 'pip.no-version',
        tool: 'pip',
        anchors: ['Could not find a version that satisfies', 'No matching distribution found'],
        pattern: /(?:Could not find a version that satisfies the requirement|No matching distribution found for) ([\w.[\]-]+(?:[<>=!~]=?[\w.*]+)?)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'pip', package: m[1] }),
    },
    {
        id: 'pip.conflict',
        tool: 'pip',
        anchors: ['ResolutionImpossible', 'conflicting dependencies'],
        pattern: /ResolutionImpossible|because these package versions have conflicting dependencies/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: () => ({ tool: 'pip' }),
    },
    {
        id: 'pip.requires-python',
        tool: 'pip',
        anchors: ['requires a different Python'],
        pattern: /Package '([^']+)' requires a different Python: ([\d.]+) not in '([^']+)'/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => ({
            tool: 'pip',
            toolchain: 'python',
            package: m[1],
            actualVersion: m[2],
            requiredVersion: m[3],
        }),
    },
    {
        id: 'poetry.solver',
        tool: 'poetry',
        anchors: ['version solving failed', 'SolverProblemError', 'poetry.lock was last generated'],
        pattern: /version solving failed|SolverProblemError|changed significantly since poetry\.lock was last generated/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: () => ({ tool: 'poetry' }),
    },
    {
        id: 'poetry.python-requirement',
        tool: 'poetry',
        anchors: ['Python requirement', 'is not supported by the project'],
        pattern: /The currently activated Python version ([\d.]+) is not supported by the project \(([^)]+)\)|Python requirement \(([^)]+)\) is not compatible/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.85,
        facts: (m) => facts({ tool: 'poetry', toolchain: 'python', actualVersion: m[1], requiredVersion: m[2] ?? m[3] }),
    },
    {
        id: 'flake8.violation',
        tool: 'flake8',
        anchors: ['.py:'],
        // flake8 and ruff (concise): "src/a.py:3:1: F401 'os' imported but unused".
        pattern: /^(\S+\.pyi?):(\d+):(\d+): ([A-Z]{1,4}\d{2,4}) (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'flake8', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'ruff.summary',
        tool: 'ruff',
        anchors: ['Found ', 'fixable with'],
        pattern: /^Found (\d+) errors?\.?(?: \(\d+ fixed, \d+ remaining\))?$|fixable with the `--fix` option/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.5,
        facts: () => ({ tool: 'ruff' }),
    },
    {
        id: 'black.would-reformat',
        tool: 'black',
        anchors: ['would reformat', 'would be reformatted', 'Would reformat'],
        pattern: /^[Ww]ould reformat (\S+)|(\d+) files? would be reformatted/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.9,
        facts: (m) => facts({ tool: 'black', file: m[1] }),
    },
    {
        id: 'mypy.error',
        tool: 'mypy',
        anchors: [': error: '],
        pattern: /^(\S+\.pyi?):(\d+):(?:(\d+):)? error: (.*?)(?: {2}\[([\w-]+)\])?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'mypy', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/ruby.js

/** RSpec, Minitest, Bundler and RuboCop. */
const rubyRules = [
    {
        id: 'rspec.failed-example',
        tool: 'rspec',
        anchors: ['rspec ./'],
        pattern: /^rspec (\.\/\S+?):(\d+) # (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'rspec', tests: [m[3]], locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'rspec.summary',
        tool: 'rspec',
        anchors: ['examples, '],
        pattern: /^\d+ examples?, (\d+) failures?/,
        role: 'error',
        classify: (m) => (m[1] === '0' ? undefined : 'test_failure'),
        weight: 0.6,
        facts: () => ({ tool: 'rspec' }),
    },
    {
        id: 'minitest.summary',
        tool: 'minitest',
        anchors: ['failures, '],
        pattern: /^\d+ (?:runs|tests), \d+ assertions, (\d+) failures, (\d+) errors/,
        role: 'error',
        classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
        weight: 0.6,
        facts: () => ({ tool: 'minitest' }),
    },
    {
        id: 'bundler.missing-gem',
        tool: 'bundler',
        anchors: ['Could not find gem', 'Could not find compatible versions'],
        pattern: /Could not find gem '([^']+)'|Could not find compatible versions for gem "([^"]+)"/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => ({ tool: 'bundler', package: (m[1] ?? m[2]) }),
    },
    {
        id: 'bundler.ruby-version',
        tool: 'bundler',
        anchors: ['but your Gemfile specified'],
        pattern: /Your Ruby version is ([\w.]+), but your Gemfile specified ([\w.]+)/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => ({ tool: 'bundler', toolchain: 'ruby', actualVersion: m[1], requiredVersion: m[2] }),
    },
    {
        id: 'rubocop.offense',
        tool: 'rubocop',
        anchors: ['.rb:'],
        pattern: /^(\S+\.rb):(\d+):(\d+): [CWEF]: (?:\[Correctable\] )?([\w/]+): (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'rubocop', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'rubocop.summary',
        tool: 'rubocop',
        anchors: ['offenses detected', 'offense detected'],
        pattern: /^\d+ files? inspected, (\d+) offenses? detected/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.6,
        facts: () => ({ tool: 'rubocop' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/runner.js

/**
 * The GitHub Actions runner's own messages: exit codes, timeouts, cancellation, lost runners,
 * disk warnings, bad inputs and invalid workflow files.
 */
const runnerRules = [
    {
        id: 'runner.exit-code',
        tool: 'runner',
        anchors: ['Process completed with exit code'],
        pattern: /^Process completed with exit code (\d+)/,
        role: 'verdict',
        weight: 0.3,
        facts: (m) => ({ tool: 'runner', exitCode: Number(m[1]) }),
    },
    {
        id: 'runner.oom-exit',
        tool: 'runner',
        anchors: ['exit code 137'],
        pattern: /^Process completed with exit code 137\b/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.6,
        facts: () => ({ tool: 'runner', exitCode: 137, resource: 'memory' }),
    },
    {
        id: 'runner.job-timeout',
        tool: 'runner',
        anchors: ['has exceeded the maximum execution time'],
        pattern: /has exceeded the maximum execution time(?: of (\d+) minutes)?/,
        role: 'error',
        category: 'timeout',
        weight: 0.95,
        facts: (m) => facts({ tool: 'runner', timeoutMinutes: m[1] ? Number(m[1]) : undefined }),
    },
    {
        id: 'runner.step-timeout',
        tool: 'runner',
        anchors: ['has timed out after'],
        pattern: /has timed out after (\d+) minutes?/,
        role: 'error',
        category: 'timeout',
        weight: 0.95,
        facts: (m) => ({ tool: 'runner', timeoutMinutes: Number(m[1]) }),
    },
    {
        id: 'runner.canceled',
        tool: 'runner',
        anchors: ['The operation was canceled'],
        pattern: /^(?:Error: )?The operation was canceled\.?$/,
        role: 'error',
        category: 'timeout',
        weight: 0.6,
        facts: () => ({ tool: 'runner' }),
    },
    {
        id: 'runner.shutdown',
        tool: 'runner',
        anchors: ['received a shutdown signal'],
        pattern: /The runner has received a shutdown signal/,
        role: 'error',
        category: 'infrastructure',
        weight: 0.95,
        facts: () => ({ tool: 'runner' }),
    },
    {
        id: 'runner.lost',
        tool: 'runner',
        anchors: ['lost communication with the server'],
        pattern: /lost communication with the server/,
        role: 'error',
        category: 'infrastructure',
        weight: 0.95,
        facts: () => ({ tool: 'runner' }),
    },
    {
        id: 'runner.disk-warning',
        tool: 'runner',
        anchors: ['running out of disk space'],
        pattern: /You are running out of disk space/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.8,
        facts: () => ({ tool: 'runner', resource: 'disk' }),
    },
    {
        id: 'runner.input-required',
        tool: 'runner',
        anchors: ['Input required and not supplied'],
        pattern: /Input required and not supplied: (\S+)/,
        role: 'error',
        category: 'missing_secret',
        weight: 0.9,
        facts: (m) => ({ tool: 'runner', secret: m[1] }),
    },
    {
        // The GitHub API refusing a workflow's token: `gh`, actions/github-script and Octokit print it
        // (`HttpError: Resource not accessible by integration`, `GraphQL: … (addComment)`).
        id: 'github.token-permission',
        tool: 'github-api',
        anchors: ['Resource not accessible by'],
        pattern: /Resource not accessible by (integration|personal access token)/,
        role: 'error',
        category: 'permission_denied',
        weight: 0.9,
        facts: (m) => ({ tool: m[1] === 'integration' ? 'GITHUB_TOKEN' : 'personal access token' }),
    },
    {
        id: 'runner.invalid-workflow',
        tool: 'runner',
        anchors: ['Invalid workflow file', 'The workflow is not valid', 'Unrecognized named-value'],
        pattern: /Invalid workflow file|The workflow is not valid|Unrecognized named-value: '([^']+)'/,
        role: 'error',
        category: 'workflow_syntax',
        weight: 0.95,
        facts: () => ({ tool: 'runner' }),
    },
    {
        id: 'runner.unresolved-action',
        tool: 'runner',
        anchors: ['Unable to resolve action'],
        pattern: /Unable to resolve action [`']?([^`',\s]+)/,
        role: 'error',
        category: 'workflow_syntax',
        weight: 0.9,
        facts: (m) => ({ tool: 'runner', package: m[1] }),
    },
];
/**
 * A `##[error]` workflow-command line that no tool rule recognised: the runner or an action says
 * something failed. Applied by the scanner to such lines, not through anchors.
 */
const ANNOTATION_RULE = {
    id: 'runner.error-annotation',
    tool: 'runner',
    anchors: ['##['],
    pattern: /^##\[error\]/,
    role: 'error',
    weight: 0.55,
    follow: 'none',
};

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/rust.js

/** rustc, clippy, cargo and cargo test. rustc puts the location on a ` --> file:L:C` line below. */
const rustRules = [
    {
        id: 'rustc.error',
        tool: 'rustc',
        anchors: ['error['],
        pattern: /^error\[(E\d{4})\]: (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'rustc', code: m[1] }),
    },
    {
        id: 'rustc.location',
        tool: 'rustc',
        anchors: ['--> '],
        pattern: /^\s+--> (\S+?):(\d+):(\d+)$/,
        role: 'noise',
        weight: 0.1,
        facts: (m) => ({ locations: [helpers_location(m[1], m[2], m[3])] }),
    },
    {
        id: 'cargo.could-not-compile',
        tool: 'cargo',
        anchors: ['could not compile'],
        pattern: /^error: could not compile `([^`]+)`/,
        role: 'error',
        category: 'compile_error',
        weight: 0.75,
        facts: (m) => ({ tool: 'cargo', package: m[1] }),
    },
    {
        id: 'clippy.lint',
        tool: 'clippy',
        anchors: ['clippy::', 'rust-clippy'],
        pattern: /#\[(?:deny|forbid)\(clippy::([\w-]+)\)\]|`-D clippy::([\w-]+)`|rust-clippy\/master\/index\.html#([\w-]+)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'clippy', code: `clippy::${(m[1] ?? m[2] ?? m[3])}` }),
    },
    {
        id: 'rustfmt.diff',
        tool: 'rustfmt',
        anchors: ['Diff in '],
        pattern: /^Diff in (\S+?)(?: at line | line |:)(\d+)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'rustfmt', locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'cargo-test.failed',
        tool: 'cargo test',
        anchors: ['... FAILED'],
        pattern: /^test (\S+) \.\.\. FAILED$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'cargo test', tests: [m[1]] }),
    },
    {
        id: 'cargo-test.panicked',
        tool: 'cargo test',
        anchors: ['panicked at'],
        pattern: /^thread '([^']+)' panicked at/,
        role: 'error',
        weight: 0.7,
        follow: 'indented',
        facts: (m) => (m[1] === 'main' ? { tool: 'rust' } : { tool: 'cargo test', tests: [m[1]] }),
    },
    {
        id: 'cargo-test.result',
        tool: 'cargo test',
        anchors: ['test result: FAILED'],
        pattern: /^test result: FAILED\. (\d+) passed; (\d+) failed/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: () => ({ tool: 'cargo test' }),
    },
    {
        id: 'cargo.resolve',
        tool: 'cargo',
        anchors: ['failed to select a version', 'no matching package named'],
        pattern: /failed to select a version for(?: the requirement)? `([^`]+)`|no matching package named `([^`]+)` found/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'cargo', package: m[1] ?? m[2] }),
    },
    {
        id: 'cargo.rust-version',
        tool: 'cargo',
        anchors: ['is not supported by the following package', 'requires rustc'],
        pattern: /rustc ([\d.]+) is not supported by the following packages?|requires rustc ([\d.]+) or newer/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ tool: 'cargo', toolchain: 'rust', actualVersion: m[1], requiredVersion: m[2] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/system.js

/**
 * What the operating system and the network say, whichever tool prints it: a full disk, the OOM
 * killer, a refused connection, a command the shell cannot find, a missing file, a denied access.
 */
const systemRules = [
    {
        id: 'os.no-space',
        tool: 'os',
        anchors: ['No space left on device', 'ENOSPC'],
        pattern: /No space left on device|\bENOSPC\b(?!: System limit for number of file watchers)/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.95,
        facts: () => ({ resource: 'disk' }),
    },
    {
        id: 'os.file-watchers',
        tool: 'os',
        anchors: ['System limit for number of file watchers'],
        pattern: /System limit for number of file watchers reached/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.85,
        facts: () => ({ resource: 'file-descriptors' }),
    },
    {
        id: 'os.out-of-memory',
        tool: 'os',
        anchors: ['Cannot allocate memory', 'Out of memory', 'out of memory', 'OutOfMemoryError', 'MemoryError'],
        pattern: /Cannot allocate memory|\b[Oo]ut of memory\b|java\.lang\.OutOfMemoryError(?:: (.*))?|^MemoryError\b|JavaScript heap out of memory/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.9,
        facts: (m, line) => ({
            resource: /JavaScript heap/.test(line) ? 'js-heap' : 'memory',
            ...(m[1] ? {} : {}),
        }),
    },
    {
        id: 'os.killed',
        tool: 'os',
        anchors: ['Killed', 'killed'],
        pattern: /^(?:\S*: line \d+: +\d+ )?Killed(?:\s+.*)?$|\bkilled by signal 9\b|\bSIGKILL\b.*\bkilled\b|\bwas killed\b.*\b(?:memory|OOM)\b/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.7,
        facts: () => ({ resource: 'memory' }),
    },
    {
        id: 'os.too-many-files',
        tool: 'os',
        anchors: ['Too many open files', 'EMFILE'],
        pattern: /Too many open files|\bEMFILE\b/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.85,
        facts: () => ({ resource: 'file-descriptors' }),
    },
    {
        id: 'os.fork-failed',
        tool: 'os',
        anchors: ['Resource temporarily unavailable'],
        pattern: /fork: (?:retry: )?Resource temporarily unavailable/,
        role: 'error',
        category: 'resource_exhaustion',
        weight: 0.85,
        facts: () => ({ resource: 'processes' }),
    },
    {
        id: 'shell.command-not-found',
        tool: 'shell',
        anchors: ['command not found', ': not found'],
        // bash: "bash: line 1: foo: command not found"; dash: "/bin/sh: 1: foo: not found"; zsh: "zsh: command not found: foo".
        pattern: /^(?:\S+: )?(?:line \d+: )?(?:\d+: )?([\w.+-]+): (?:command )?not found$|command not found: ([\w.+-]+)/,
        role: 'error',
        category: 'missing_command',
        weight: 0.9,
        facts: (m) => ({ tool: 'shell', command: (m[1] ?? m[2]) }),
    },
    {
        id: 'shell.windows-not-recognized',
        tool: 'shell',
        anchors: ['is not recognized as'],
        pattern: /'([^']+)' is not recognized as (?:an internal or external command|the name of a cmdlet)/,
        role: 'error',
        category: 'missing_command',
        weight: 0.9,
        facts: (m) => ({ tool: 'shell', command: m[1] }),
    },
    {
        id: 'os.exec-not-found',
        tool: 'os',
        anchors: ['Cannot run program', 'executable file not found', 'No such file or directory'],
        // Java's ProcessBuilder, Go's exec.LookPath, env(1) and spawn errors of Node.
        pattern: /Cannot run program "([^"]+)".*error=2|exec: "([^"]+)": executable file not found|^env: '?([\w.+-]+)'?: No such file or directory|spawn (\S+) ENOENT/,
        role: 'error',
        category: 'missing_command',
        weight: 0.85,
        facts: (m) => ({ command: (m[1] ?? m[2] ?? m[3] ?? m[4]) }),
    },
    {
        id: 'os.missing-file',
        tool: 'os',
        anchors: [
            'No such file or directory',
            'ENOENT',
            'FileNotFoundError',
            'FileNotFoundException',
            'does not exist',
        ],
        pattern: /ENOENT: no such file or directory, \w+ '([^']+)'|FileNotFoundError: \[Errno 2\] No such file or directory: '([^']+)'|FileNotFoundException: (\S+)|(?:can't open|cannot open|cannot stat|cannot access|can't read|open) '?([^':]+?)'?: No such file or directory|^(?:Error: )?(?:File|Path|Directory) '?([^' ]+)'? does not exist/,
        role: 'error',
        category: 'missing_file',
        weight: 0.6,
        facts: (m) => facts({ file: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] }),
    },
    {
        id: 'os.permission-denied',
        tool: 'os',
        anchors: [
            'Permission denied',
            'permission denied',
            'EACCES',
            'Operation not permitted',
            'PermissionError',
        ],
        pattern: /\bEACCES\b|PermissionError: \[Errno 13\]|Operation not permitted|(?:^|: )(?:Permission|permission) denied(?! \(publickey\))/,
        role: 'error',
        category: 'permission_denied',
        weight: 0.7,
    },
    {
        id: 'net.dns',
        tool: 'network',
        anchors: [
            'Could not resolve host',
            'ENOTFOUND',
            'Temporary failure in name resolution',
            'no such host',
            'Name or service not known',
        ],
        pattern: /Could not resolve host:? '?([\w.-]+)|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([\w.-]+)|Temporary failure in name resolution|lookup ([\w.-]+)(?: on \S+)?: no such host|Name or service not known/,
        role: 'error',
        category: 'network_error',
        weight: 0.85,
        facts: (m) => facts({ host: m[1] ?? m[2] ?? m[3] }),
    },
    {
        id: 'net.connection',
        tool: 'network',
        anchors: [
            'ECONNREFUSED',
            'ECONNRESET',
            'ETIMEDOUT',
            'Connection refused',
            'connection refused',
            'Connection reset',
            'connection reset',
            'Connection timed out',
            'i/o timeout',
            'TLS handshake timeout',
            'socket hang up',
            'Network is unreachable',
            'Read timed out',
            'connect timed out',
        ],
        pattern: /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b|[Cc]onnection (?:refused|reset by peer|timed out)|i\/o timeout|TLS handshake timeout|socket hang up|Network is unreachable|Read timed out|connect timed out/,
        role: 'error',
        category: 'network_error',
        weight: 0.7,
        facts: (m, line) => facts({ host: /https?:\/\/([\w.-]+)/.exec(line)?.[1] ?? (m[0] ? undefined : undefined) }),
    },
    {
        id: 'net.http-unavailable',
        tool: 'network',
        anchors: [
            '503 Service Unavailable',
            '502 Bad Gateway',
            '504 Gateway Time',
            'returned error: 50',
            'status code 50',
            'Service Unavailable',
            'Bad Gateway',
        ],
        pattern: /\b50[234] (?:Service Unavailable|Bad Gateway|Gateway Time-?out)|returned error: 50\d|status code:? 50[0234]\b/,
        role: 'error',
        category: 'network_error',
        weight: 0.75,
        facts: (_m, line) => facts({ host: /https?:\/\/([\w.-]+)/.exec(line)?.[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/builtin-rules.js













/** Every built-in rule, grouped by the tool family whose output it reads. */
const BUILTIN_RULES = [
    ...runnerRules,
    ...systemRules,
    ...gitRules,
    ...dockerRules,
    ...jvmRules,
    ...jsRules,
    ...pythonRules,
    ...goRules,
    ...rustRules,
    ...nativeRules,
    ...rubyRules,
    ...genericRules,
];
let compiled;
/** The built-in rules compiled once per process. */
function builtinRuleSet() {
    compiled ??= new RuleSet(BUILTIN_RULES);
    return compiled;
}

// EXTERNAL MODULE: ./packages/core/lib/analyzer/categories.js
var categories = __webpack_require__(3277);
;// CONCATENATED MODULE: ./packages/core/lib/analyzer/classify.js

/**
 * Naming the cause. A finding's category is the one its strongest categorised line states; a
 * test runner's verdict keeps what the tests printed (a refused connection inside a failed test is
 * the test's failure) unless the machine itself gave out. The run's category is its top finding's,
 * unless another chosen finding names a root cause (disk, memory, the runner, a timeout).
 */
const ENVIRONMENT = new Set([
    'resource_exhaustion',
    'infrastructure',
    'timeout',
]);
function hitsOf(blocks) {
    const all = [];
    for (const b of blocks) {
        for (const h of b.headers)
            all.push(h);
        for (const h of b.hits)
            all.push(h);
    }
    return all;
}
function classifyBlocks(blocks) {
    const hits = hitsOf(blocks).filter((h) => h.category !== undefined);
    if (hits.length === 0)
        return { category: 'unknown', weight: 0 };
    const user = hits.find((h) => h.rule.tool === 'user');
    if (user)
        return { category: user.category, hit: user, weight: user.rule.weight };
    const environment = hits
        .filter((h) => ENVIRONMENT.has(h.category) && h.rule.weight >= 0.8)
        .sort((a, b) => b.rule.weight - a.rule.weight)[0];
    if (environment)
        return { category: environment.category, hit: environment, weight: environment.rule.weight };
    // A package that cannot be resolved stops a test suite before any test runs: the root cause,
    // whatever the runner then reports about the suite.
    const unresolved = hits.filter((h) => h.category === 'missing_dependency' && h.rule.weight >= 0.9);
    if (unresolved.length > 0) {
        const first = unresolved[0];
        return { category: first.category, hit: first, weight: first.rule.weight };
    }
    const tests = hits.filter((h) => h.category === 'test_failure' && h.rule.weight >= 0.85);
    const pool = tests.length > 0 ? tests : hits;
    // Strongest line first; between equally strong lines, the likelier root cause.
    const best = [...pool].sort((a, b) => b.rule.weight +
        0.01 * categories/* ROOT_CAUSE_RANK */.eU[b.category] -
        (a.rule.weight + 0.01 * categories/* ROOT_CAUSE_RANK */.eU[a.category]))[0];
    return { category: best.category, hit: best, weight: best.rule.weight };
}
/** Words in a step's name that say what it runs: a weak prior when no line was recognised. */
function categoryFromStepName(name) {
    if (!name)
        return undefined;
    if (/\b(?:lint|eslint|ruff|flake8|black|prettier|fmt|format|gofmt|staticcheck|golangci|clippy|rubocop|checkstyle|vet|style)\b/i.test(name))
        return 'lint_failure';
    if (/\b(?:test|tests|pytest|jest|vitest|mocha|rspec|junit|e2e)\b/i.test(name))
        return 'test_failure';
    if (/\b(?:build|compile|tsc|typecheck|javac|cargo build|make)\b/i.test(name))
        return 'compile_error';
    if (/\b(?:install|dependencies|deps|npm ci|pnpm install|yarn install|pip install|restore)\b/i.test(name))
        return 'missing_dependency';
    if (/\bdocker\b/i.test(name))
        return 'docker_failure';
    return undefined;
}
function classifyRun(findings) {
    if (findings.length === 0)
        return { category: 'unknown', decidedBy: -1 };
    const top = findings[0];
    const best = top.score;
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        if (ENVIRONMENT.has(f.category) && f.weight >= 0.8 && f.score >= best * 0.3)
            return { category: f.category, decidedBy: i };
    }
    if (top.category !== 'unknown')
        return { category: top.category, decidedBy: 0 };
    const named = findings.findIndex((f) => f.category !== 'unknown' && f.score >= best * 0.5);
    return named >= 0
        ? { category: findings[named].category, decidedBy: named }
        : { category: 'unknown', decidedBy: 0 };
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/facts.js
/** Merge facts found on several lines of one finding: lists accumulate, first scalar wins. */
function mergeFacts(into, from) {
    for (const [key, value] of Object.entries(from)) {
        if (value === undefined)
            continue;
        if (key === 'locations') {
            into.locations ??= [];
            const list = into.locations;
            for (const loc of value) {
                if (list.length < 50 &&
                    !list.some((l) => l.file === loc.file && l.line === loc.line && l.column === loc.column))
                    list.push(loc);
            }
        }
        else if (key === 'tests') {
            into.tests ??= [];
            const list = into.tests;
            for (const t of value)
                if (list.length < 50 && !list.includes(t))
                    list.push(t);
        }
        else if (into[key] === undefined) {
            into[key] = value;
        }
    }
    return into;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/blocks.js
const MAX_LINES_PER_BLOCK = 3000;
const MAX_HITS_PER_BLOCK = 200;
/** Largest weight of the block's hits of the given roles. */
function blockWeight(block, roles = ['error']) {
    let w = 0;
    for (const hit of block.hits)
        if (roles.includes(hit.rule.role) && hit.rule.weight > w)
            w = hit.rule.weight;
    return w;
}
/** True when the block holds nothing but closing verdicts (an exit-code line, `make: ***`). */
function isVerdictOnly(block) {
    return block.hits.every((h) => h.rule.role === 'verdict');
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/localize.js

/** Relative score a block needs, against the best one, to be shown too. */
const KEEP_RATIO = 0.45;
const MIN_SCORE = 0.08;
const MAX_FINDINGS = 12;
const FALLBACK_LINES = 8;
const MIN_SHOWN_VERDICT = 0.25;
function zoneFactor(block, input) {
    const { steps, failing } = input;
    if (steps.length === 0 || block.step < 0)
        return 1;
    const step = steps[block.step];
    if (!step)
        return 1;
    let z;
    if (failing === undefined)
        z = step.post ? 0.2 : 1;
    else if (step === failing)
        z = 1;
    else if (step.post)
        z = 0.1;
    else if (step.failed)
        z = 0.6;
    else
        z = 0.25;
    if (block.inEcho)
        z *= 0.1;
    return z;
}
/** Share of the block's matching lines that the green run did not have (1 without a baseline). */
function noveltyOf(block) {
    let novel = 0;
    let total = 0;
    for (const line of block.lines) {
        if (line.weight === 0 || line.novel === undefined)
            continue;
        total += 1;
        if (line.novel)
            novel += 1;
    }
    return total === 0 ? 1 : novel / total;
}
function blockScore(block, input) {
    const verdict = isVerdictOnly(block);
    const w = verdict ? 0.15 : blockWeight(block, ['error']);
    const novelty = input.baseline ? 0.1 + 0.9 * noveltyOf(block) : 1;
    // Later is likelier in a plain log: the cause sits near the end, the noise throughout.
    const position = input.steps.length > 0 ? 1 : 0.8 + 0.2 * (block.end / Math.max(1, input.lines));
    return w * zoneFactor(block, input) * novelty * position;
}
/** Group the chosen blocks into findings: blocks separated by at most `gap` lines are one. */
function adjacent(a, b, gap) {
    return b.start - a.end <= gap + 1;
}
function localize(input) {
    const scored = input.blocks.map((block) => ({ block, score: blockScore(block, input) }));
    const errors = scored.filter((s) => !isVerdictOnly(s.block));
    const best = errors.reduce((m, s) => Math.max(m, s.score), 0);
    const chosen = new Set();
    if (best >= MIN_SCORE) {
        const ranked = [...errors].sort((a, b) => b.score - a.score || a.block.start - b.block.start);
        let budget = input.maxLinesShown;
        for (const { block, score } of ranked) {
            if (score < Math.max(MIN_SCORE, best * KEEP_RATIO))
                break;
            if (chosen.size > 0 && block.lines.length > budget)
                continue;
            chosen.add(block);
            budget -= block.lines.length;
            if (budget <= 0 || chosen.size >= MAX_FINDINGS * 2)
                break;
        }
        // A verdict right after a chosen block closes it (exit code, `make: ***`, the Jenkins step);
        // the weakest verdicts (`BUILD FAILURE`, `Finished: FAILURE`) only mark the end, never shown.
        for (const { block } of scored) {
            if (!isVerdictOnly(block) || chosen.has(block))
                continue;
            if (block.hits.every((h) => h.rule.weight < MIN_SHOWN_VERDICT))
                continue;
            if ([...chosen].some((c) => block.start > c.end && block.start - c.end <= 3 && block.step === c.step))
                chosen.add(block);
        }
    }
    const ordered = scored.filter((s) => chosen.has(s.block)).sort((a, b) => a.block.start - b.block.start);
    const groups = [];
    for (const { block, score } of ordered) {
        const last = groups[groups.length - 1];
        const prev = last?.blocks[last.blocks.length - 1];
        if (last && prev && adjacent(prev, block, 3) && prev.step === block.step) {
            last.blocks.push(block);
            last.score = Math.max(last.score, score);
        }
        else
            groups.push({ blocks: [block], score, lines: [], fallback: false });
    }
    for (const g of groups)
        g.lines = g.blocks.flatMap((b) => b.lines);
    if (groups.length === 0) {
        const fallback = fallbackTail(input);
        if (fallback)
            groups.push(fallback);
    }
    return groups.sort((a, b) => b.score - a.score || a.lines[0].no - b.lines[0].no).slice(0, MAX_FINDINGS);
}
/** The last lines before the failing step's exit code (or the end of the log), new ones first. */
function fallbackTail(input) {
    const exitLine = input.failing?.exitLine;
    const tail = (exitLine !== undefined ? input.tails.find((t) => t.at === exitLine) : undefined) ??
        input.tails[input.tails.length - 1];
    if (!tail)
        return undefined;
    let lines = tail.lines.filter((l) => l.text.trim() !== '' && !l.text.startsWith('##['));
    const failing = input.failing;
    if (failing)
        lines = lines.filter((l) => l.no > (failing.echoEnd ?? failing.start));
    if (input.baseline)
        lines = lines.filter((l) => l.novel !== false);
    lines = lines.slice(-FALLBACK_LINES);
    if (lines.length === 0)
        return undefined;
    return { blocks: [], score: 0.1, lines, fallback: true };
}

;// CONCATENATED MODULE: ./packages/core/lib/log/clean.js
/**
 * What matching sees of a raw log line: without the runner's timestamp prefix, without the
 * `job<TAB>step<TAB>` columns of `gh run view --log` output, and without ANSI escapes.
 */
// 2022-04-27T18:26:47.1341782Z — the prefix the runner writes on every line of a job log.
const RUNNER_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> <text>".
const FULL_PREFIX = /^[^\t]*\t[^\t]*\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and stray escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u001b/g;
function stripAnsi(text) {
    return text.indexOf('\u001b') < 0 ? text : text.replace(ANSI, '');
}
/** Guess the format from the first lines of a log. */
function detectFormat(firstLines) {
    let raw = 0;
    let full = 0;
    let seen = 0;
    for (const line of firstLines) {
        if (line === '')
            continue;
        seen += 1;
        if (FULL_PREFIX.test(line))
            full += 1;
        else if (RUNNER_TIMESTAMP.test(line))
            raw += 1;
    }
    if (seen === 0)
        return 'plain';
    if (full * 2 >= seen)
        return 'github-full';
    if (raw * 2 >= seen)
        return 'github-raw';
    return 'plain';
}
function cleanLine(raw, format) {
    let text = raw;
    let step;
    if (format === 'github-full') {
        const tab1 = text.indexOf('\t');
        const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
        if (tab2 > 0) {
            step = text.slice(tab1 + 1, tab2);
            text = text.slice(tab2 + 1);
        }
    }
    if (format !== 'plain' || (text.length > 20 && text.charCodeAt(4) === 45) /* - */) {
        const m = RUNNER_TIMESTAMP.exec(text);
        if (m)
            text = text.slice(m[0].length);
    }
    text = stripAnsi(text);
    return step === undefined ? { text } : { text, step };
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/normalize.js
/**
 * Normalising the volatile parts of a log line, so the same event in two runs reads the same:
 * timestamps, durations, hashes, temp paths, ports, counters and the versions in download lines.
 * Used to compare a failed run with the last green one (novelty) and to fingerprint failures.
 * Failure counts are deliberately kept: "Failures: 0" and "Failures: 3" must stay different.
 */
const RULES = [
    // ISO timestamps, dates and clock times.
    [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
    [/\b\d{4}[-/]\d\d[-/]\d\d\b/g, '<date>'],
    [/\b\d\d:\d\d:\d\d(?:[.,]\d+)?\b/g, '<clock>'],
    // Durations: 0.233 sec, 12ms, (0.00s), 1m30s, 3.2 seconds, Time elapsed: 5 s.
    [
        /\b\d+(?:\.\d+)?\s?(?:ms|millis(?:econds)?|µs|us|ns|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\b/g,
        '<dur>',
    ],
    [/\b\d+m\d+(?:\.\d+)?s\b/g, '<dur>'],
    // UUIDs and hex ids (git SHAs, digests, container ids): 7+ hex chars holding a digit and a letter.
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b/gi, '<hex>'],
    [/\bsha(?:1|256|512)[:-][A-Za-z0-9+/=]+/g, '<digest>'],
    // Temp paths and runner work dirs that change per run.
    [/\/tmp\/[\w.-]+/g, '/tmp/<tmp>'],
    [/\/var\/folders\/[\w/.-]+/g, '<tmp>'],
    [/\\Temp\\[\w.-]+/gi, '\\Temp\\<tmp>'],
    [/_temp\/[\w.-]+/g, '_temp/<tmp>'],
    // Hosts with ports, IPs.
    [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>'],
    [/(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):\d+/g, '$1:<port>'],
    // Versions in download/install lines (go: downloading x v1.2.3; Downloading foo-1.2.3.tgz).
    [/\bv?\d+\.\d+\.\d+(?:[-+][\w.+-]+)?\b/g, '<ver>'],
    // Sizes and transfer rates.
    [/\b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|bytes|B\/s|[kKMG]B\/s)\b/g, '<size>'],
    // Percentages and progress counters like [123/456] or (12/40).
    [/\b\d+(?:\.\d+)?%/g, '<pct>'],
    [/[[(]\s*\d+\s*\/\s*\d+\s*[\])]/g, '<progress>'],
    // Build and run numbers, job ids in URLs.
    [/\/(?:builds|runs|jobs|job|actions\/runs)\/\d+/g, '/<id>'],
    [/#\d{3,}\b/g, '#<n>'],
];
function normalizeLine(text) {
    let out = text.trim();
    for (const [re, replacement] of RULES)
        out = out.replace(re, replacement);
    return out.replace(/\s+/g, ' ');
}
/** A 32-bit FNV-1a hash: cheap set membership for millions of lines. */
function hashLine(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/novelty.js



/**
 * Novelty against the last green run of the same job: a line of the failed log is novel unless a
 * line of the green log normalises to the same text. Only the failed log's candidate lines are
 * hashed, so the green log is streamed once with a small set in memory.
 */
class NoveltyIndex {
    candidates = new Map();
    format;
    sample = [];
    held = [];
    /** Lines of the green log read. */
    lines = 0;
    constructor(lines) {
        for (const line of lines) {
            line.novel = true;
            const key = hashLine(normalizeLine(line.text));
            const list = this.candidates.get(key);
            if (list)
                list.push(line);
            else
                this.candidates.set(key, [line]);
        }
    }
    push(batch) {
        if (this.format === undefined) {
            this.held.push(batch);
            for (let i = 0; i < batch.starts.length && this.sample.length < 30; i++)
                this.sample.push(batchLine(batch, i));
            if (this.sample.length < 30)
                return;
            this.format = detectFormat(this.sample);
            const held = this.held;
            this.held = [];
            for (const b of held)
                this.scan(b);
            return;
        }
        this.scan(batch);
    }
    finish() {
        if (this.format === undefined) {
            this.format = detectFormat(this.sample);
            for (const b of this.held)
                this.scan(b);
            this.held = [];
        }
    }
    scan(batch) {
        const format = this.format;
        for (let i = 0; i < batch.starts.length; i++) {
            this.lines += 1;
            if (this.candidates.size === 0)
                continue;
            const text = cleanLine(batchLine(batch, i), format).text;
            const key = hashLine(normalizeLine(text));
            const list = this.candidates.get(key);
            if (!list)
                continue;
            for (const line of list)
                line.novel = false;
            this.candidates.delete(key);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/follow.js
/**
 * Whether a line continues the error block above it. A block's follow mode comes from the line
 * that opened it; any block also absorbs stack frames, since a trace always belongs to the error
 * printed just before it.
 */
// Java/Kotlin/JS frames, Java chains and elisions, Python traceback bodies, Go goroutine dumps.
const FRAME = /^\s+at [\w$.<>[\]/\\:@(-]|^\s*at .+\(.+:\d+(?::\d+)?\)$|^\s*(?:Caused by|Caused|Suppressed):|^\s*\.\.\. \d+ (?:more|common frames omitted)|^\s+File ".+", line \d+|^goroutine \d+ \[[\w ,]+\]:$|^\s+\/.+\.go:\d+(?: \+0x[0-9a-f]+)?$|^[\w./*()-]+\(.*\)$|^created by [\w./]+|^\s+\d+: 0x[0-9a-f]+ - |^\s+at \/|^\s+from .+:\d+:in/;
function isFrame(text) {
    return FRAME.test(text);
}
function indentOf(text) {
    let i = 0;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i += text.charCodeAt(i) === 9 ? 4 : 1;
    return i;
}
/** The leading tag of a line (`[ERROR]`, `npm ERR!`, `error:`…) used by `same-tag` blocks. */
function tagOf(text) {
    const m = /^(\[[A-Z]+\]|npm (?:ERR!|error)|ERR_PNPM_\w+|E:|error:|Error:|ERROR:|#\d+ |\s*│|\s*╷|\s*╵|\s*\|)/.exec(text);
    return m?.[1]?.trim();
}
/** Does `text` (cleaned) continue a block of this shape? Blank lines never do on their own. */
function continues(shape, text) {
    // A tag-only line ("[ERROR] ") continues a same-tag block although it says nothing.
    if (shape.follow === 'same-tag' && shape.tag !== undefined && tagOf(text) === shape.tag)
        return true;
    if (text.trim() === '')
        return false;
    if (isFrame(text))
        return true;
    if (shape.traceback && /^\s/.test(text))
        return true;
    switch (shape.follow) {
        case 'trace':
            // An exception's message may run over several lines before its frames.
            return /^\s+\S/.test(text) && indentOf(text) > shape.indent;
        case 'indented':
            return indentOf(text) > shape.indent || /^\s*[│╷╵|>]/.test(text);
        case 'paragraph':
            return true;
        case 'same-tag':
        case 'none':
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/structure.js
/**
 * The structure of a GitHub Actions job log: steps begin with `##[group]Run …` (the command
 * echo runs to `##[endgroup]`), a failing step ends with `##[error]Process completed with exit
 * code N.`, and post-job cleanup follows the last step. `gh run view --log` output names the step
 * on every line instead.
 */
const EXIT = /^##\[error\](?:Process completed with exit code |.*exited with code '?)(\d+)/;
class StepTracker {
    steps = [];
    echo = false;
    lastNo = 0;
    get current() {
        return this.steps[this.steps.length - 1];
    }
    get currentIndex() {
        return this.steps.length - 1;
    }
    /** True while inside the command echo of a `Run` group. */
    get inEcho() {
        return this.echo;
    }
    open(name, no, post) {
        const prev = this.current;
        if (prev)
            prev.end = no - 1;
        this.steps.push({ index: this.steps.length, name, start: no, end: no, failed: false, post });
    }
    /**
     * Look at a line that may carry structure (a `##[` command or a step boundary). Returns true
     * when the line was structural only and holds no output of its own.
     */
    observe(no, text) {
        this.lastNo = no;
        if (text.startsWith('##[group]')) {
            const title = text.slice(9);
            if (title.startsWith('Run ')) {
                this.open(title.slice(4).trim(), no, this.current?.post === true);
                this.echo = true;
                return true;
            }
            return false;
        }
        if (text.startsWith('##[endgroup]')) {
            if (this.echo && this.current)
                this.current.echoEnd = no;
            this.echo = false;
            return true;
        }
        if (text === 'Post job cleanup.' || text.startsWith('Post job cleanup')) {
            this.open('Post job cleanup', no, true);
            this.echo = false;
            return true;
        }
        const exit = EXIT.exec(text);
        if (exit) {
            let step = this.current;
            if (!step) {
                this.open('(job)', no, false);
                step = this.current;
            }
            step.failed = true;
            step.exitCode = Number(exit[1]);
            step.exitLine = no;
        }
        return false;
    }
    /** `gh run view --log` lines carry the step name: a new name opens a step. */
    observeNamed(no, name) {
        const current = this.current;
        if (!current || current.name !== name)
            this.open(name, no, /^Post /.test(name) || name === 'Complete job');
    }
    finish(lastLine) {
        const current = this.current;
        if (current)
            current.end = Math.max(current.end, lastLine, this.lastNo);
    }
    /** The step whose failure failed the job: the last failed one outside post-job cleanup. */
    failingStep() {
        for (let i = this.steps.length - 1; i >= 0; i--) {
            const step = this.steps[i];
            if (step.failed && !step.post)
                return step;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/user-rules.js
const USER_RULE_PATTERN = /$^/;
/** The Rule record a user rule's hit is filed under, so hits of both kinds flow alike. */
function userRuleAsRule(rule) {
    return {
        id: `user.${rule.id}`,
        tool: 'user',
        anchors: ['(user rule)'],
        pattern: USER_RULE_PATTERN,
        role: 'error',
        category: rule.category,
        // Above every built-in weight, so a user rule's category wins wherever it matches.
        weight: Math.min(1, Math.max(0, rule.confidence)) * 0.05 + 0.95,
        follow: 'indented',
        confidence: Math.min(1, Math.max(0, rule.confidence)),
    };
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/scan.js







const RING = 48;
const TAIL_LINES = 30;
const MAX_TAILS = 20;
const FIRST_BLOCKS = 150;
const LAST_BLOCKS = 450;
const MAX_KEPT_LINES = 60_000;
const MAX_LEAD = 30;
// A file path alone on a line: the header under which grouped reporters (eslint's stylish) list problems.
const FILE_HEADER = /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@.-]+\/)?[\w@./\\-]*[\w-]\.[A-Za-z0-9]{1,8}$/;
/**
 * Locations a rule found without a file (a grouped reporter prints the file once, above its
 * problems) take the nearest file header above them in the block; without one they are dropped,
 * since a location with no file points nowhere.
 */
function withHeaderFile(hit, block) {
    const locations = hit.facts?.locations;
    if (!locations?.some((l) => l.file === ''))
        return hit;
    let file;
    for (let i = block.lines.length - 1; i >= 0 && file === undefined; i--) {
        const text = block.lines[i].text.trim();
        if (text !== '' && !/\s/.test(text) && FILE_HEADER.test(text))
            file = text;
    }
    const fixed = locations.flatMap((l) => (l.file !== '' ? [l] : file !== undefined ? [{ ...l, file }] : []));
    return { ...hit, facts: { ...hit.facts, locations: fixed } };
}
const FORMAT_SAMPLE = 30;
/** Blank lines a block may span when the lines after them still belong to it. */
const MAX_BLANK_RUN = 2;
const scan_MIN_SHOWN_VERDICT = 0.25;
/**
 * Lines of an exception's message between its head and its first frame (Java prints multi-line
 * messages unindented: `stdout:`, `stderr: fatal: …`): held until a frame shows they belong.
 */
const MAX_MESSAGE_RUN = 4;
class Scanner {
    rules;
    userRules;
    format;
    pending = [];
    pendingLines = 0;
    tracker = new StepTracker();
    lineCount = 0;
    // The last RING lines as (batch, index) pairs in two arrays: no allocation per line.
    ringBatch = new Array(RING);
    ringIndex = new Int32Array(RING);
    ringNext = 0;
    open;
    shape;
    blanks = [];
    firstBlocks = [];
    lastBlocks = [];
    kept = 0;
    tails = [];
    headers = [];
    headerLine = 0;
    constructor(rules, options = {}) {
        this.rules = rules;
        this.userRules = (options.userRules ?? []).map((user) => ({ user, rule: userRuleAsRule(user) }));
    }
    push(batch) {
        if (this.format === undefined) {
            // The format is decided on the first lines whatever the chunking, so results never depend on it.
            this.pending.push(batch);
            this.pendingLines += batch.starts.length;
            if (this.pendingLines < FORMAT_SAMPLE)
                return;
            this.decideFormat();
            return;
        }
        this.process(batch);
    }
    finish() {
        if (this.format === undefined)
            this.decideFormat();
        this.closeBlock();
        this.snapshotTail(this.lineCount + 1);
        this.tracker.finish(this.lineCount);
        return {
            format: this.format ?? 'plain',
            lines: this.lineCount,
            steps: this.tracker.steps,
            blocks: [...this.firstBlocks, ...this.lastBlocks],
            tails: this.tails,
        };
    }
    decideFormat() {
        const sample = [];
        for (const b of this.pending)
            for (let i = 0; i < b.starts.length && sample.length < FORMAT_SAMPLE; i++)
                sample.push(batchLine(b, i));
        this.format = detectFormat(sample);
        const pending = this.pending;
        this.pending = [];
        for (const b of pending)
            this.process(b);
    }
    process(batch) {
        const { starts, ends, bytes } = batch;
        const n = starts.length;
        const format = this.format;
        const everyLine = format === 'github-full' || this.userRules.length > 0;
        const stems = this.rules.stems;
        let line = 0;
        for (let i = 0; i < n; i++) {
            const no = batch.first + i;
            line = no;
            const anchored = stems.has(bytes, starts[i], ends[i]);
            if (anchored || everyLine || this.open !== undefined)
                this.visit(batch, i, no, anchored);
            this.ringBatch[this.ringNext] = batch;
            this.ringIndex[this.ringNext] = i;
            this.ringNext = this.ringNext + 1 === RING ? 0 : this.ringNext + 1;
        }
        this.lineCount = Math.max(this.lineCount, line);
    }
    visit(batch, index, no, anchored) {
        const raw = batchLine(batch, index);
        const clean = cleanLine(raw, this.format);
        const text = clean.text;
        if (clean.step !== undefined)
            this.tracker.observeNamed(no, clean.step);
        let matchText = text;
        let annotation = false;
        let hits = [];
        if (anchored) {
            if (text.startsWith('##[') || text.startsWith('Post job cleanup')) {
                const structural = this.tracker.observe(no, text);
                if (structural) {
                    this.closeBlock();
                    return;
                }
                if (text.startsWith('##[error]')) {
                    matchText = text.slice(9);
                    annotation = true;
                }
                else if (/^##\[(?:warning|notice|debug|command)\]/.test(text)) {
                    // Warnings and notices are not failures; their text must not open blocks.
                    matchText = '';
                }
            }
            if (matchText !== '') {
                const view = raw.includes('\u001b') || annotation
                    ? Buffer.from(matchText, 'utf8').toString('latin1')
                    : batch.view.slice(batch.starts[index], batch.ends[index]);
                for (const h of this.rules.match(view, matchText)) {
                    const hit = { no, rule: h.rule, text: matchText };
                    if (h.category)
                        hit.category = h.category;
                    if (h.facts)
                        hit.facts = h.facts;
                    hits.push(hit);
                }
            }
        }
        for (const { user, rule } of this.userRules) {
            const facts = user.match(text);
            if (facts)
                hits.unshift({ no, rule, category: user.category, facts, text });
        }
        if (annotation && !hits.some((h) => h.rule.role === 'error' || h.rule.role === 'verdict'))
            hits.push({ no, rule: ANNOTATION_RULE, text: matchText });
        if (hits.some((h) => h.rule.role === 'noise' && h.rule.weight >= 0.5))
            hits = [];
        const headers = hits.filter((h) => h.rule.role === 'header');
        hits = hits.filter((h) => h.rule.role === 'error' || h.rule.role === 'verdict');
        if (hits.some((h) => h.rule.id === 'runner.exit-code' || h.rule.id === 'jenkins.step-failed'))
            this.snapshotTail(no);
        // The weakest verdicts (`BUILD FAILURE`, `Finished: FAILURE`) mark an end; they are never shown.
        hits = hits.filter((h) => h.rule.role !== 'verdict' || h.rule.weight >= scan_MIN_SHOWN_VERDICT);
        if (headers.length > 0) {
            this.closeBlock();
            this.headers = headers;
            this.headerLine = no;
            return;
        }
        const open = this.open;
        if (open) {
            if (hits.length > 0) {
                this.extend(open, no, text, hits);
                return;
            }
            if (this.shape && continues(this.shape, text)) {
                this.extend(open, no, text, hits);
                return;
            }
            if (text.trim() === '' && this.blanks.length < MAX_BLANK_RUN) {
                this.blanks.push({ no, text: '' });
                return;
            }
            if (this.shape?.follow === 'trace' && this.blanks.length < MAX_MESSAGE_RUN) {
                this.blanks.push({ no, text });
                return;
            }
            this.closeBlock();
        }
        if (hits.length > 0)
            this.openBlock(no, text, hits);
    }
    openBlock(no, text, hits) {
        const block = {
            start: no,
            end: no,
            lines: [],
            clipped: 0,
            hits: [],
            step: this.tracker.currentIndex,
            inEcho: this.tracker.inEcho,
            headers: no - this.headerLine <= 3 ? this.headers : [],
        };
        const lead = this.leadLines(no, hits);
        for (const l of lead)
            block.lines.push(l);
        if (lead.length > 0)
            block.start = lead[0].no;
        this.kept += lead.length;
        this.open = block;
        this.blanks = [];
        this.extend(block, no, text, hits);
    }
    /** Lines before `no` that the strongest rule with a `lead` claims, nearest first, contiguous. */
    leadLines(no, hits) {
        const rule = hits.find((h) => h.rule.lead)?.rule;
        if (!rule?.lead)
            return [];
        const out = [];
        for (let back = 1; back <= Math.min(MAX_LEAD, RING); back++) {
            const ref = this.ringAt(back);
            if (!ref || ref.batch.first + ref.index !== no - back)
                break;
            const text = cleanLine(batchLine(ref.batch, ref.index), this.format).text;
            if (!rule.lead.test(text) || text.startsWith('##['))
                break;
            out.unshift({ no: no - back, text, weight: 0, role: 'lead' });
        }
        // Blank lines at the edge of a lead say nothing.
        while (out.length > 0 && out[0].text.trim() === '')
            out.shift();
        return out;
    }
    extend(block, no, text, hits) {
        const cap = this.kept >= MAX_KEPT_LINES ? 50 : MAX_LINES_PER_BLOCK;
        for (const b of this.blanks) {
            if (block.lines.length < cap) {
                block.lines.push({ no: b.no, text: b.text, weight: 0, role: 'continuation' });
                this.kept += 1;
            }
            else
                block.clipped += 1;
        }
        this.blanks = [];
        let weight = 0;
        let role = 'continuation';
        for (const h of hits) {
            if (h.rule.weight > weight) {
                weight = h.rule.weight;
                role = h.rule.role;
            }
        }
        if (block.lines.length < cap) {
            block.lines.push({ no, text, weight, role });
            this.kept += 1;
            block.end = no;
        }
        else
            block.clipped += 1;
        for (const h of hits)
            if (block.hits.length < MAX_HITS_PER_BLOCK)
                block.hits.push(withHeaderFile(h, block));
        // The newest matching line decides how the following lines attach.
        const lead = hits.reduce((best, h) => (h.rule.follow && (!best || h.rule.weight > best.rule.weight) ? h : best), undefined);
        if (lead?.rule.follow) {
            this.shape = {
                follow: lead.rule.follow,
                indent: indentOf(text),
                tag: tagOf(text),
                traceback: /^\s*Traceback \(most recent call last\):/.test(text),
            };
        }
        else if (hits.length > 0 && this.shape && this.shape.follow !== 'trace') {
            this.shape = { follow: 'none', indent: indentOf(text), tag: tagOf(text), traceback: false };
        }
    }
    /** The line `back` lines before the current one, if the ring still holds it. */
    ringAt(back) {
        const slot = (this.ringNext - back + RING * 2) % RING;
        const batch = this.ringBatch[slot];
        return batch ? { batch, index: this.ringIndex[slot] } : undefined;
    }
    closeBlock() {
        const block = this.open;
        this.open = undefined;
        this.shape = undefined;
        this.blanks = [];
        if (!block)
            return;
        if (this.firstBlocks.length < FIRST_BLOCKS) {
            this.firstBlocks.push(block);
            return;
        }
        this.lastBlocks.push(block);
        if (this.lastBlocks.length > LAST_BLOCKS) {
            const dropped = this.lastBlocks.shift();
            this.kept -= dropped.lines.length;
        }
    }
    snapshotTail(at) {
        const lines = [];
        for (let back = 1; back <= Math.min(TAIL_LINES, RING); back++) {
            const ref = this.ringAt(back);
            if (!ref)
                break;
            const no = ref.batch.first + ref.index;
            if (no >= at)
                continue;
            const text = cleanLine(batchLine(ref.batch, ref.index), this.format ?? 'plain').text;
            lines.unshift({ no, text, weight: 0, role: 'continuation' });
        }
        this.tails.push({ at, step: this.tracker.currentIndex, lines });
        if (this.tails.length > MAX_TAILS)
            this.tails.shift();
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/analyze.js












const DEFAULT_MAX_LINES_SHOWN = 3000;
const CHUNK = 1 << 20;
async function* chunksOf(input) {
    if (typeof input === 'string') {
        // Bounded pieces: the splitter's latin1 view of one huge piece would double its memory.
        const bytes = Buffer.from(input, 'utf8');
        for (let i = 0; i < bytes.length; i += CHUNK)
            yield bytes.subarray(i, i + CHUNK);
    }
    else if (input instanceof Uint8Array) {
        for (let i = 0; i < input.length; i += CHUNK)
            yield input.subarray(i, i + CHUNK);
    }
    else
        yield* input;
}
/** Split the input into line batches for `sink`; returns the number of bytes read. */
async function feed(input, sink) {
    const splitter = new LineSplitter();
    let bytes = 0;
    for await (const chunk of chunksOf(input)) {
        bytes += chunk.length;
        const batch = splitter.push(chunk);
        if (batch.starts.length > 0)
            sink(batch);
    }
    const last = splitter.end();
    if (last.starts.length > 0)
        sink(last);
    return bytes;
}
function round2(x) {
    return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
function ranges(lines) {
    const nos = [...new Set(lines.map((l) => l.no))].sort((a, b) => a - b);
    const out = [];
    for (const no of nos) {
        const last = out[out.length - 1];
        if (last && last.end + 1 === no)
            last.end = no;
        else
            out.push({ start: no, end: no });
    }
    return out;
}
// Titles and summaries are cut after redacting: half a token no longer looks like one to the
// sanitizer that every poster runs later, so it would be shown.
const analyze_redactor = new redact/* Redactor */.pO();
function shorten(text, max = 160) {
    const t = analyze_redactor.redact(text).trim().replace(/\s+/g, ' ');
    return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
const CATEGORY_LABEL = {
    compile_error: 'Compile error',
    test_failure: 'Test failure',
    lint_failure: 'Lint failure',
    missing_dependency: 'Missing dependency',
    missing_command: 'Missing command',
    missing_file: 'Missing file',
    missing_secret: 'Missing secret',
    permission_denied: 'Permission denied',
    network_error: 'Network error',
    timeout: 'Timeout',
    resource_exhaustion: 'Resource exhaustion',
    docker_failure: 'Docker failure',
    git_error: 'Git error',
    toolchain_mismatch: 'Toolchain mismatch',
    workflow_syntax: 'Workflow syntax error',
    infrastructure: 'Infrastructure failure',
    unknown: 'Unrecognised failure',
};
function categoryLabel(category) {
    return CATEGORY_LABEL[category];
}
function buildFinding(group, steps, failing, stepName, baseline, zone) {
    const verdict = classifyBlocks(group.blocks);
    let category = verdict.category;
    const step = group.blocks[0] && group.blocks[0].step >= 0
        ? steps[group.blocks[0].step]?.name
        : (failing?.name ?? stepName);
    let weight = verdict.weight;
    if (category === 'unknown') {
        const prior = categoryFromStepName(step ?? stepName);
        if (prior) {
            category = prior;
            weight = 0.35;
        }
    }
    const facts = {};
    // The deciding line's facts first: they name the cause; then the rest of the finding's lines.
    if (verdict.hit?.facts)
        mergeFacts(facts, verdict.hit.facts);
    for (const b of group.blocks)
        for (const h of b.hits)
            if (h.facts)
                mergeFacts(facts, h.facts);
    const exitStep = group.blocks.length > 0 ? steps[group.blocks[0].step] : failing;
    // The step's exit code is the job's verdict; a tool's own exit status inside it is not.
    if (exitStep?.exitCode !== undefined)
        facts.exitCode = exitStep.exitCode;
    if (step)
        facts.step = step;
    // The key line: the deciding hit, else the strongest line shown.
    const key = verdict.hit ??
        group.blocks
            .flatMap((b) => b.hits)
            .filter((h) => h.rule.role === 'error')
            .sort((a, b) => b.rule.weight - a.rule.weight)[0];
    const keyText = key?.text ?? group.lines.find((l) => l.text.trim() !== '')?.text ?? '';
    const keyLine = keyText.trim();
    const novelty = baseline
        ? (() => {
            const scored = group.lines.filter((l) => l.weight > 0 && l.novel !== undefined);
            return scored.length === 0 ? 1 : scored.filter((l) => l.novel).length / scored.length;
        })()
        : undefined;
    const zoneMax = group.blocks.reduce((m, b) => Math.max(m, zone(b)), group.fallback ? 0.5 : 0);
    let confidence = key?.rule.confidence ??
        (category === 'unknown' ? 0.2 : weight) *
            (novelty === undefined ? 0.9 : 0.55 + 0.45 * novelty) *
            (0.6 + 0.4 * Math.min(1, zoneMax));
    if (group.fallback)
        confidence = Math.min(confidence, 0.3);
    const finding = {
        category,
        confidence: round2(confidence),
        title: `${CATEGORY_LABEL[category]}${key ? ` (${key.rule.tool})` : ''}: ${shorten(keyLine, 120)}`,
        lines: ranges(group.lines),
        keyLine,
        excerpt: group.lines.map((l) => ({ no: l.no, text: l.text })),
        rule: key?.rule.id ?? 'fallback',
    };
    if (step)
        finding.step = step;
    if (Object.keys(facts).length > 0)
        finding.facts = facts;
    return { finding, weight, score: group.score };
}
/** Analyse a failed job's log: where it failed, why, and the lines that show it. */
async function analyzeLog(input, options = {}) {
    const started = performance.now();
    const maxLinesShown = options.maxLinesShown ?? DEFAULT_MAX_LINES_SHOWN;
    if (!Number.isInteger(maxLinesShown) || maxLinesShown < 1)
        throw new errors/* ConfigurationError */.j1(`maxLinesShown: ${maxLinesShown} is not allowed; use a whole number of at least 1`);
    for (const rule of options.userRules ?? []) {
        if (!(0,categories/* isFailureCategory */.j1)(rule.category))
            throw new errors/* ConfigurationError */.j1(`user rule "${rule.id}": category "${rule.category}" is not one of the failure categories`);
    }
    const scanner = new Scanner(builtinRuleSet(), options.userRules ? { userRules: options.userRules } : {});
    const bytes = await feed(input, (batch) => scanner.push(batch));
    const scan = scanner.finish();
    let failing = options.stepName
        ? (scan.steps.find((s) => s.name === options.stepName && !s.post) ?? undefined)
        : undefined;
    failing ??= scan.steps.length > 0 ? [...scan.steps].reverse().find((s) => s.failed && !s.post) : undefined;
    let baselineLines;
    if (options.baseline !== undefined) {
        const candidates = [];
        for (const b of scan.blocks)
            for (const l of b.lines)
                candidates.push(l);
        for (const t of scan.tails)
            for (const l of t.lines)
                candidates.push(l);
        const index = new NoveltyIndex(candidates);
        await feed(options.baseline, (batch) => index.push(batch));
        index.finish();
        baselineLines = index.lines;
    }
    const baseline = options.baseline !== undefined;
    const localizeInput = {
        format: scan.format,
        lines: scan.lines,
        steps: scan.steps,
        failing,
        blocks: scan.blocks,
        tails: scan.tails,
        baseline,
        maxLinesShown,
    };
    const groups = localize(localizeInput);
    const drafts = groups.map((g) => buildFinding(g, scan.steps, failing, options.stepName, baseline, (b) => zoneFactor(b, localizeInput)));
    const run = classifyRun(drafts.map((d) => ({ category: d.finding.category, weight: d.weight, score: d.score })));
    // The deciding finding leads.
    if (run.decidedBy > 0)
        drafts.unshift(...drafts.splice(run.decidedBy, 1));
    const findings = drafts.map((d) => d.finding);
    const lead = findings[0];
    let confidence = 0;
    if (lead) {
        const rivals = drafts.filter((d) => d.finding.category !== run.category && d.score >= (drafts[0]?.score ?? 0) * 0.8);
        confidence = lead.confidence * (rivals.length > 0 ? 0.8 : 1);
        if (run.category !== lead.category)
            confidence = Math.min(confidence, 0.5);
    }
    const failingName = failing?.name ?? options.stepName;
    const summary = lead
        ? `${CATEGORY_LABEL[run.category]}${failingName ? ` in step "${failingName}"` : ''}: ${shorten(lead.keyLine)}`
        : scan.lines === 0
            ? 'The log is empty.'
            : 'No failure found in the log.';
    const stats = {
        linesRead: scan.lines,
        bytes,
        format: scan.format,
        steps: scan.steps.length,
        baselineUsed: baseline,
        linesShown: findings.reduce((n, f) => n + f.excerpt.length, 0),
        durationMs: Math.round(performance.now() - started),
    };
    if (failingName)
        stats.failingStep = failingName;
    if (baselineLines !== undefined)
        stats.baselineLines = baselineLines;
    return {
        schemaVersion: 1,
        category: run.category,
        confidence: round2(confidence),
        summary,
        findings,
        stats,
    };
}
async function checkedStream(path, what) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what} "${path}" does not exist; give the path of a log file`);
    }
    if (info.isDirectory())
        throw new errors/* ConfigurationError */.j1(`${what} "${path}" is a directory; give the path of a log file`);
    return (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK });
}
/** `analyzeLog` on a file, streamed from disk (a 300 MB log is never held whole). */
async function analyzeFile(path, options = {}) {
    const { baselinePath, ...rest } = options;
    const log = await checkedStream(path, 'log file');
    const baseline = baselinePath === undefined ? undefined : await checkedStream(baselinePath, 'baseline log file');
    return analyzeLog(log, baseline === undefined ? rest : { ...rest, baseline });
}

// EXTERNAL MODULE: ./packages/core/lib/text/sanitize.js + 5 modules
var sanitize = __webpack_require__(1632);
// EXTERNAL MODULE: ./packages/cli/lib/cli.js + 1 modules
var cli = __webpack_require__(3059);
;// CONCATENATED MODULE: ./packages/cli/lib/commands/analyze.js






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
    out.push(`${file}: ${categoryLabel(analysis.category)} (${analysis.category}), confidence ${analysis.confidence.toFixed(2)}`);
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
    out.push(`### ${inline(categoryLabel(analysis.category))} (\`${analysis.category}\`), confidence ${analysis.confidence.toFixed(2)}`);
    out.push('');
    out.push(inline(analysis.summary));
    out.push('');
    out.push(`Log: ${inline(external_node_path_.basename(file))}, ${analysis.stats.linesRead} lines${analysis.stats.failingStep ? `, failing step ${inline(`"${analysis.stats.failingStep}"`)}` : ''}.`);
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
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(args, {
            baseline: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'max-lines': { type: 'string' },
            step: { type: 'string' },
        });
        if (positionals.length !== 1)
            throw new cli/* UsageError */.eb(positionals.length === 0 ? 'missing <log>' : 'give exactly one <log>');
        const format = values.format;
        if (!FORMATS.includes(format))
            throw new cli/* UsageError */.eb(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
        let maxLinesShown;
        if (values['max-lines'] !== undefined) {
            maxLinesShown = Number(values['max-lines']);
            if (!Number.isInteger(maxLinesShown) || maxLinesShown < 1)
                throw new cli/* UsageError */.eb(`--max-lines: "${String(values['max-lines'])}" is not a whole number of at least 1`);
        }
        const file = external_node_path_.resolve(io.cwd, positionals[0]);
        const baseline = typeof values.baseline === 'string' ? external_node_path_.resolve(io.cwd, values.baseline) : undefined;
        for (const [what, p] of [
            ['log', file],
            ['baseline', baseline],
        ]) {
            if (p === undefined)
                continue;
            const info = await (0,promises_.stat)(p).catch(() => undefined);
            const problem = !info
                ? 'does not exist'
                : info.isDirectory()
                    ? 'is a directory, not a log file'
                    : what === 'log' && info.size === 0
                        ? 'is empty'
                        : undefined;
            if (problem) {
                io.stderr(`autoheal analyze: ${what} "${p}" ${problem}\n`);
                return cli/* EXIT */.dc.failure;
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
            analysis = await analyzeFile(file, options);
        }
        catch (error) {
            // A user mistake is one line; anything else is a bug and keeps its stack.
            if (!(0,errors/* isConfigurationError */.p0)(error))
                throw error;
            io.stderr(`autoheal analyze: ${error.message.split('\n')[0]}\n`);
            return cli/* EXIT */.dc.failure;
        }
        const shown = positionals[0];
        io.stdout(format === 'json'
            ? `${JSON.stringify(analysis, null, 2)}\n`
            : format === 'markdown'
                ? renderMarkdown(analysis, shown, (0,sanitize/* createSanitizer */.Oq)({ secrets: environmentSecrets(io.env) }))
                : renderText(analysis, shown));
        return cli/* EXIT */.dc.ok;
    },
};


/***/ })

};
