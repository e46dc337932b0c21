export const id = 724;
export const ids = [724];
export const modules = {

/***/ 3277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ FAILURE_CATEGORIES),
/* harmony export */   eU: () => (/* binding */ ROOT_CAUSE_RANK),
/* harmony export */   j1: () => (/* binding */ isFailureCategory)
/* harmony export */ });
/** The failure categories autoheal reports — a public contract (analysis JSON, labels, config). */
const FAILURE_CATEGORIES = [
    'compile_error',
    'test_failure',
    'lint_failure',
    'missing_dependency',
    'missing_command',
    'missing_file',
    'missing_secret',
    'permission_denied',
    'network_error',
    'timeout',
    'resource_exhaustion',
    'docker_failure',
    'git_error',
    'toolchain_mismatch',
    'workflow_syntax',
    'infrastructure',
    'unknown',
];
function isFailureCategory(value) {
    return FAILURE_CATEGORIES.includes(value);
}
/**
 * How much a category explains a failure when several appear together: the machine running out
 * of disk explains the compile errors that follow it, not the other way round. Higher wins.
 */
const ROOT_CAUSE_RANK = {
    resource_exhaustion: 10,
    infrastructure: 9,
    timeout: 8,
    network_error: 7,
    workflow_syntax: 6,
    missing_secret: 6,
    toolchain_mismatch: 5,
    missing_command: 5,
    missing_dependency: 5,
    permission_denied: 4,
    missing_file: 4,
    docker_failure: 3,
    git_error: 3,
    compile_error: 2,
    lint_failure: 2,
    test_failure: 2,
    unknown: 0,
};


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   xD: () => (/* binding */ defangWorkflowCommands),
/* harmony export */   z5: () => (/* binding */ ZWSP)
/* harmony export */ });
/* unused harmony export stripInvisible */
/**
 * Terminal and runner control in untrusted text: escape sequences that would repaint a terminal,
 * raw control characters GitHub would either reject or render as garbage, and workflow commands
 * that would act if the text were echoed back into a job log.
 */
/** The invisible character autoheal inserts to break a syntax without changing what a reader sees. */
const ZWSP = '\u200B';
// CSI (colours, cursor moves); OSC (titles, hyperlinks) and DCS/PM/APC/SOS strings, which stop at
// the end of the line when unterminated so one stray ESC cannot swallow the rest of a log; other
// two-character escapes (charset selection, ESC M); and the 8-bit CSI/OSC introducers.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c\n]*(?:\u001b\\|\u009c)?|\u001b[ -/]*[0-~]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?/g;
// C0 except tab and line feed, DEL, and C1. Runs after escapes are removed, so a lone ESC goes here.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Characters that change how text around them is shown without showing themselves: bidi
// embeddings, overrides, isolates and marks (U+202E can make `exe.txt` read `txt.exe`, or
// reorder a diff), the Arabic letter mark, zero-width space, word joiner, invisible operators,
// BOM, soft hyphen, Hangul fillers and tag characters (which can smuggle whole sentences, e.g. to
// a coding agent). They would also split a token so that redaction misses it. None is needed
// to read a title, log or issue.
// Also variation selectors (U+FE00–FE0D, U+E0100–E01EF: invisible after a letter, and a run of
// them encodes hidden bytes), Khmer inherent vowels, interlinear annotation and musical formatting.
const INVISIBLE = /\u034f|[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\u{e0001}|[\u{e0020}-\u{e007f}]|[\ufe00-\ufe0d]|[\u{e0100}-\u{e01ef}]|[\u{1d173}-\u{1d17a}]/gu;
// Emoji presentation selectors and Mongolian free variation selectors spell only after their own
// characters (a pictograph, a keycap's digit, a Mongolian letter); anywhere else they only hide.
const SELECTOR = /\u180b|\u180c|\u180d|\u180f|\ufe0e|\ufe0f/gu;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
function keepSelector(text, at, selector) {
    const prev = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1) ?? ' ';
    if (selector < '\u1810')
        return prev >= '\u1800' && prev <= '\u18af';
    return PICTOGRAPH.test(prev) || (/^[0-9#*]$/.test(prev) && text[at + 1] === '\u20e3');
}
// Zero-width (non-)joiners are spelling in Persian, Indic scripts and emoji sequences, so they
// stay between two non-ASCII letters or marks, or after a pictograph; anywhere else they only
// hide (`ghp_\u200cabc` would slip past redaction) and are removed.
const JOINER = /[\u200c\u200d]/gu;
const JOINS = /^(?:\p{L}|\p{M}|\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f)$/u;
function keepJoiner(text, at) {
    // The whole character before (a surrogate pair counts as one) and after the joiner.
    const prev = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1) ?? ' ';
    const next = String.fromCodePoint(text.codePointAt(at + 1) ?? 0x20);
    // ASCII text (tokens, names, commands) never needs a joiner: one next to it only hides.
    return prev > '\u007f' && next > '\u007f' && JOINS.test(prev) && JOINS.test(next);
}
/**
 * Text without the invisible formatting characters that could hide or reorder what a reader
 * sees (bidi controls, zero-width and tag characters); joiners inside words of scripts that use
 * them, and in emoji, are kept.
 */
function stripInvisible(text) {
    return text
        .replace(INVISIBLE, '')
        .replace(SELECTOR, (selector, at, whole) => keepSelector(whole, at, selector) ? selector : '')
        .replace(JOINER, (joiner, at, whole) => (keepJoiner(whole, at) ? joiner : ''));
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Text with only printable characters, tabs and `\n` line breaks: `\r\n` and lone `\r` (progress
 * bars) become `\n`, escape sequences, other control characters and invisible formatting
 * characters (stripInvisible) are removed, and lone surrogates (which the API would turn into
 * garbage) become U+FFFD.
 */
function stripControls(text) {
    return stripInvisible(text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD'));
}
// A line the runner or the log viewer would treat as a command: `::name …::`, `##[group]`, or the
// older `##vso[…]`, after optional blanks and the runner's own timestamp prefix (which other code
// strips when it reads logs, so a timestamped line must be defanged too).
const WORKFLOW_COMMAND = /^([^\S\n]*(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[^\S\n]*)?)(?:(:)(:)|(#)(#(?:vso)?\[))/gm;
/**
 * Breaks workflow commands at line starts by putting a zero-width space between their two leading
 * characters (`:​:error::`, `#​#[group]`). Neither the runner (.NET `Trim`) nor JavaScript's
 * `trimStart` removes U+200B, so the line no longer starts with the command prefix, and a reader
 * still sees the original text. Markdown headings (`## Title`) are untouched.
 */
function defangWorkflowCommands(text) {
    return text.replace(WORKFLOW_COMMAND, (_m, lead, c1, c2, h1, h2) => c1 !== undefined ? `${lead}${c1}${ZWSP}${c2}` : `${lead}${h1}${ZWSP}${h2}`);
}


/***/ }),

/***/ 7116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ FenceTracker),
/* harmony export */   bq: () => (/* binding */ fenceCode),
/* harmony export */   oM: () => (/* binding */ closingLine),
/* harmony export */   s3: () => (/* binding */ openFenceAtEnd)
/* harmony export */ });
/* unused harmony exports fenceOpener, closesFence, longestRun, fencedLines */
/**
 * Fenced code blocks: building ones that untrusted text cannot close, and telling, line by line,
 * whether a markdown text is inside one (CommonMark's rules for fences, plus enough of its HTML
 * block rules to know when a fence-looking line is not a fence).
 */
const OPENER = /^( *)(`{3,}|~{3,})(.*)$/;
/** The fence a line opens, if it is an opening fence line indented by at most `maxIndent` spaces. */
function fenceOpener(line, maxIndent = 3) {
    const m = OPENER.exec(line);
    if (!m || m[1].length > maxIndent)
        return undefined;
    const run = m[2];
    const char = run[0] === '`' ? '`' : '~';
    // A backtick fence's info string cannot contain a backtick (it would be a code span instead).
    if (char === '`' && m[3].includes('`'))
        return undefined;
    return { char, length: run.length, indent: m[1].length };
}
/** Whether a line closes the fence: ≤ 3 spaces, at least as many of the same character, then only blanks. */
function closesFence(line, fence) {
    let i = 0;
    while (i < line.length && line[i] === ' ')
        i++;
    if (i > 3)
        return false;
    let j = i;
    while (j < line.length && line[j] === fence.char)
        j++;
    if (j - i < fence.length)
        return false;
    for (; j < line.length; j++)
        if (line[j] !== ' ' && line[j] !== '\t')
            return false;
    return true;
}
/** The closing line for a fence, indented like its opener (so it also closes one in a list item). */
function closingLine(fence) {
    return ' '.repeat(fence.indent) + fence.char.repeat(fence.length);
}
/** Length of the longest run of `char` in `text`. */
function longestRun(text, char) {
    let best = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === char) {
            run += 1;
            if (run > best)
                best = run;
        }
        else
            run = 0;
    }
    return best;
}
/**
 * Wraps text in a backtick fence longer than any backtick run inside it (and at least 3), so no
 * line of the text can close it; `~~~` lines cannot close a backtick fence at all. Does not
 * sanitise: callers use the sanitizer's `codeBlock`.
 */
function fenceCode(text, lang = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    return text === '' ? `${fence}${lang}\n${fence}` : `${fence}${lang}\n${body}\n${fence}`;
}
// HTML blocks (CommonMark §4.6), by start line: inside one a fence-looking line is raw HTML.
const HTML_RAW_TEXT = /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_TEXT_END = /<\/(?:pre|script|style|textarea)>/i;
const HTML_OTHER = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/;
const HTML_TAG = /^ {0,3}<\/?[A-Za-z]/;
function otherHtmlEnd(line) {
    const rest = line.trimStart();
    if (rest.startsWith('<!--'))
        return '-->';
    if (rest.startsWith('<?'))
        return '?>';
    if (rest.startsWith('<![CDATA['))
        return ']]>';
    return '>';
}
// A line that could open or close a fence in some container: blanks, `>` and list markers, then ``` or ~~~.
const FENCE_LIKE = /^[\s>*+\-.)\d]*(?:`{3}|~{3})/;
/**
 * Follows a markdown text line by line and says which lines belong to a fenced code block. HTML
 * blocks are followed only coarsely: any line starting with a tag counts as one until a blank line
 * (or the end tag of `<pre>` and friends, or the end of a comment), so a fence-looking line inside
 * HTML is never taken for a fence.
 */
class FenceTracker {
    strict;
    fence;
    /** What ends the HTML block we are in: a pattern, or '' for a blank line. */
    htmlEnd;
    /** Strict mode only: an unsure fence was seen, nothing is code from here on. */
    distrust = false;
    constructor(options = {}) {
        this.strict = options.strict ?? false;
    }
    /** The fence still open after the lines seen so far. */
    get open() {
        return this.fence;
    }
    /** Feeds the next line; true when it is part of a fenced block (its fence lines included). */
    next(line) {
        if (this.distrust)
            return false;
        if (this.fence) {
            if (closesFence(line, this.fence))
                this.fence = undefined;
            return true;
        }
        if (this.htmlEnd !== undefined) {
            if (this.strict && FENCE_LIKE.test(line))
                this.distrust = true;
            this.leaveHtmlIfEnded(line);
            return false;
        }
        const opener = fenceOpener(line, this.strict ? 0 : 3);
        if (opener) {
            this.fence = opener;
            return true;
        }
        if (this.strict && FENCE_LIKE.test(line)) {
            this.distrust = true;
            return false;
        }
        if (HTML_RAW_TEXT.test(line)) {
            this.htmlEnd = HTML_RAW_TEXT_END;
            this.leaveHtmlIfEnded(line);
        }
        else if (HTML_OTHER.test(line)) {
            const end = otherHtmlEnd(line);
            this.htmlEnd = end;
            // The end may be on the start line itself, after the opening `<!--` / `<?`.
            const start = line.indexOf('<') + (end === '-->' ? 4 : 2);
            if (line.indexOf(end, start) >= 0)
                this.htmlEnd = undefined;
        }
        else if (HTML_TAG.test(line)) {
            this.htmlEnd = '';
        }
        return false;
    }
    leaveHtmlIfEnded(line) {
        const end = this.htmlEnd;
        if (end === '') {
            if (line.trim() === '')
                this.htmlEnd = undefined;
        }
        else if (end instanceof RegExp) {
            if (end.test(line))
                this.htmlEnd = undefined;
        }
        else if (end !== undefined && line.includes(end))
            this.htmlEnd = undefined;
    }
}
/** For each line of `text` (split at `\n`), whether it is inside a fenced code block. */
function fencedLines(text, options = {}) {
    const tracker = new FenceTracker(options);
    return text.split('\n').map((line) => tracker.next(line));
}
/** The fence left open at the end of `text`, if any. */
function openFenceAtEnd(text, options = {}) {
    const tracker = new FenceTracker(options);
    for (const line of text.split('\n'))
        tracker.next(line);
    return tracker.open;
}


/***/ }),

/***/ 7423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports redactedMarker, MIN_LITERAL_SECRET_LENGTH, redactPrivateKeys, redactSecrets */
/**
 * Secret redaction: credentials that show up in CI logs, configs and pasted issue text are
 * replaced by a typed marker such as `[REDACTED:github-token]`, so a reader knows what kind of
 * thing was there (a leaked token is itself a finding) without seeing it.
 *
 * Every pattern starts at a boundary it can check in one step (a look-behind that excludes the
 * characters of its own body, or a fixed prefix), and no two adjacent parts can match the same
 * characters, so scanning a 60,000-character hostile text stays linear: no pattern is retried
 * from every position of a long run, nor backtracks over a run of blanks.
 */
function redactedMarker(kind) {
    return `[REDACTED:${kind}]`;
}
/** Values shorter than this are not redacted as literals: masking every "abc" would wreck the text. */
const MIN_LITERAL_SECRET_LENGTH = 4;
// Schemes whose user name is an account, not a credential (the key is the secret): `ssh://git@host`.
const SSH_SCHEMES = /^(?:ssh|git\+ssh|ssh\+git|sftp):\/\/$/i;
const RULES = [
    // `scheme://user:pass@host`: keep scheme and host, drop the whole userinfo. The userinfo runs to
    // the last `@` before the host, so a password with a raw `@` in it does not leak its tail.
    {
        kind: 'url-credentials',
        pattern: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*:\/\/)((?:[^\s/?#@"<>`]*@)+)/g,
        replace: (marker, _m, scheme, userinfo) => SSH_SCHEMES.test(scheme) && !userinfo.includes(':') ? `${scheme}${userinfo}` : `${scheme}${marker}@`,
    },
    // `Authorization: Bearer …`, `token …`, `Basic …`, also quoted in JSON or a curl `-H` argument.
    // A value the runner already masked (`***`) is left as the log shows it.
    {
        kind: 'authorization',
        pattern: /(\bauthorization["']?[^\S\n]*[:=][^\S\n]*(?:["'][^\S\n]*)?)(bearer|token|basic|bot)([^\S\n]+)([^\s"',;]+)/gi,
        replace: (marker, match, lead, scheme, gap, value) => /^\*+$/.test(value) ? match : `${lead}${scheme}${gap}${marker}`,
    },
    // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`, `"SecretAccessKey": "…"`: keep the name.
    {
        kind: 'aws-secret-access-key',
        pattern: /((?<![A-Za-z0-9])(?:aws[_-]?)?secret[_-]?access[_-]?key["']?[^\S\n]*[:=][^\S\n]*["']?)[A-Za-z0-9/+=]{16,}/gi,
        replace: (marker, _m, lead) => `${lead}${marker}`,
    },
    // Incoming webhooks carry their secret in the path; the host stays readable.
    {
        kind: 'slack-webhook',
        pattern: /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/gi,
        replace: (marker, _m, lead) => `${lead}${marker}`,
    },
    // Fine-grained personal access tokens: github_pat_ + 22 + _ + 59 base62 characters.
    { kind: 'github-token', pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9]{22,}_[A-Za-z0-9]{59,}/g },
    // Classic, OAuth, user-to-server, server-to-server and refresh tokens: prefix + 36 or more base62.
    { kind: 'github-token', pattern: /(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36,}/g },
    // AWS access key ids (long-term AKIA, temporary ASIA).
    { kind: 'aws-access-key-id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
    // Slack bot, user, workspace, refresh and legacy tokens.
    { kind: 'slack-token', pattern: /(?<![A-Za-z0-9-])xox[abeprs]-[A-Za-z0-9-]{10,}/g },
    // GitLab's prefixed tokens (personal, OAuth, deploy, runner, CI job, trigger, feed, mail, agent,
    // SCIM, feature flag, workspace) and runner registration tokens: what `autoheal run` on GitLab CI
    // may see in a build's output.
    {
        kind: 'gitlab-token',
        pattern: /(?<![A-Za-z0-9_-])(?:gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct|wt)-|GR1348941)[A-Za-z0-9_.-]{20,}/g,
    },
    // npm automation/publish tokens, PyPI upload tokens (a macaroon: `pypi-` + base64 of "pypi.org"…),
    // Buildkite API tokens.
    { kind: 'npm-token', pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36,}/g },
    { kind: 'pypi-token', pattern: /(?<![A-Za-z0-9])pypi-AgE[A-Za-z0-9_-]{50,}/g },
    { kind: 'buildkite-token', pattern: /(?<![A-Za-z0-9])bkua_[a-f0-9]{40}(?![A-Za-z0-9])/g },
    // JWTs: base64url JSON header (always `eyJ`), payload, and a signature that may be empty (alg none).
    {
        kind: 'jwt',
        pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    },
];
// PEM and PGP private key blocks. The body may span lines (each possibly prefixed by a runner
// timestamp) or sit on one line with literal `\n` escapes, as in a JSON credentials file.
const KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
/** Removes private key blocks; a BEGIN without an END redacts to the end of the text. */
function redactPrivateKeys(text) {
    if (!text.includes('PRIVATE KEY'))
        return text;
    let out = '';
    let from = 0;
    KEY_BEGIN.lastIndex = 0;
    for (let begin = KEY_BEGIN.exec(text); begin; begin = KEY_BEGIN.exec(text)) {
        KEY_END.lastIndex = begin.index + begin[0].length;
        const end = KEY_END.exec(text);
        out += text.slice(from, begin.index) + redactedMarker('private-key');
        from = end ? end.index + end[0].length : text.length;
        KEY_BEGIN.lastIndex = from;
    }
    return out + text.slice(from);
}
function escapeRegExp(literal) {
    return literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/**
 * The forms a known secret can take in text: as given, each line of a multi-line value (logs
 * print them line by line), URL-encoded and JSON-escaped. Forms shorter than
 * MIN_LITERAL_SECRET_LENGTH are left out.
 */
function literalForms(secret) {
    const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
    if (secret.includes('\n'))
        for (const line of secret.split(/\r?\n/))
            forms.add(line.trim());
    return [...forms].filter((f) => f.trim().length >= MIN_LITERAL_SECRET_LENGTH);
}
/**
 * A redactor for one run: the known-secret literals are compiled once (longest first, so a secret
 * that contains another is removed whole), then the pattern rules run.
 */
class Redactor {
    literals;
    constructor(secrets = []) {
        const forms = new Set();
        for (const secret of secrets)
            for (const form of literalForms(secret))
                forms.add(form);
        const sorted = [...forms].sort((a, b) => b.length - a.length);
        this.literals = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
    }
    redact(text) {
        let out = this.literals ? text.replace(this.literals, redactedMarker('secret')) : text;
        out = redactPrivateKeys(out);
        for (const rule of RULES) {
            const marker = redactedMarker(rule.kind);
            const replace = rule.replace;
            out = replace
                ? out.replace(rule.pattern, (match, ...groups) => replace(marker, match, ...groups))
                : out.replace(rule.pattern, marker);
        }
        return out;
    }
}
/** Redacts known secrets (values the run holds, such as its token) and recognisable credentials. */
function redactSecrets(text, secrets = []) {
    return new Redactor(secrets).redact(text);
}


/***/ }),

/***/ 2016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oq: () => (/* binding */ createSanitizer)
});

// UNUSED EXPORTS: DEFAULT_MAX_LENGTH, Sanitizer, codeBlock, safeBody, safeInline, safeLog, safeTitle, sanitizeForGitHub

// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
// EXTERNAL MODULE: ./packages/core/lib/text/controls.js
var controls = __webpack_require__(7036);
// EXTERNAL MODULE: ./packages/core/lib/text/fences.js
var fences = __webpack_require__(7116);
;// CONCATENATED MODULE: ./packages/core/lib/text/markdown.js
/**
 * Markdown-level neutralising: HTML comments and declarations in untrusted text, and escaping of
 * text meant to sit inside one line of our markdown (a heading, a table cell, a list item, an
 * HTML `<summary>`).
 */

/**
 * `<!--` becomes `<​!--`: no longer a comment, so untrusted text cannot hide content in a post or
 * carry something that looks like one of autoheal's hidden markers. Safe inside code, where the
 * zero-width space is invisible.
 */
function neutraliseHtmlComments(text) {
    return text.replaceAll('<!--', `<${controls/* ZWSP */.z5}!--`);
}
/**
 * Also `<!DOCTYPE`, `<![CDATA[`, `<?…?>`: GitHub drops these from the rendered page, so they
 * could hide text from a reader. For prose; code shows them as they are.
 */
function neutraliseHtmlDeclarations(text) {
    return text.replace(/<(?=[!?])/g, `<${controls/* ZWSP */.z5}`);
}
// Escapes that mean the same thing in markdown text, in a table cell and inside raw HTML (where
// backslash escapes do not apply): a character reference is literal text in all three. Hex
// references, because decimal ones (`&#42;`) contain `#` + digit, which the mention rules break.
const INLINE_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '\\': '&#x5C;',
    '`': '&#x60;',
    '*': '&#x2A;',
    _: '&#x5F;',
    '[': '&#x5B;',
    ']': '&#x5D;',
    '|': '&#x7C;',
    '~': '&#x7E;',
    $: '&#x24;',
};
const INLINE_SPECIAL = /[&<>"'\\`*_[\]|~$]/g;
// Starts of a line that would make a block: heading, list item, setext underline, ordered list.
const BLOCK_START = /^(?:[#=+-]|\d{1,9}[.)])/;
/**
 * Escapes text for one line of markdown: no emphasis, code, links, images, HTML, strikethrough,
 * math, table breaks, and no block syntax at the start (a leading zero-width space keeps `# x`,
 * `- x`, `1. x` as text). A literal backslash is escaped as a reference too, so the result never
 * ends in a `\` that would escape the caller's next character (a table's `|`).
 *
 * Plain URLs stay plain text that GitHub autolinks: a reader sees where they point, unlike a
 * `[label](target)` link, which cannot be formed.
 */
function escapeInlineMarkdown(text) {
    const escaped = text.replace(INLINE_SPECIAL, (c) => INLINE_ESCAPES[c] ?? c);
    return BLOCK_START.test(escaped) ? controls/* ZWSP */.z5 + escaped : escaped;
}

;// CONCATENATED MODULE: ./packages/core/lib/text/mentions.js
/**
 * Posting text must never notify people, cross-reference issues (which adds an event to the
 * referenced issue's timeline: spam) or close anything. GitHub recognises these in the rendered
 * text, so each is broken by a zero-width space (U+200B) placed inside the syntax: invisible to a
 * reader, but `@​user` is no mention and `#​12` no reference. U+200B is what Dependabot and Renovate
 * insert for the same purpose; unlike U+200D (zero-width joiner) it cannot fuse with a following
 * emoji, and unlike an HTML entity it works inside code spans too.
 *
 * The rules are broader than GitHub's own, deliberately: a neutralised `@` or `#` that GitHub
 * would not have linked costs nothing, a missed one pings someone.
 */

// `@user`, `@org/team`, and decorator-like words in prose (`@Component` would mention the user
// "component"). Not e-mail addresses: GitHub needs a non-word character before the `@`, and so
// does this rule (any ASCII letter or digit before it exempts it).
const MENTION = /(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g;
// `#123` and `owner/repo#123`: any `#` followed by a digit. This also breaks decimal character
// references (`&#64;`), which would otherwise decode to `@` after this rule ran.
const ISSUE_REF = /#(?=\d)/g;
// `GH-123`, in any case.
const GH_REF = /(?<![A-Za-z0-9])(gh-)(?=\d)/gi;
// A closing keyword followed by something that could name an issue: a reference, a GitHub URL, a
// markdown link or emphasis around one. The keyword itself is broken after its first letter, so
// it stays a non-keyword whatever GitHub counts as the separator.
const CLOSING_KEYWORD = /(?<![A-Za-z0-9])(?=(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*(?::\s*)?[[(*_~"'`]*(?:#|gh-\d|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#|https?:\/\/|www\.))([a-z])/gi;
// Hexadecimal and named character references GitHub would decode into the characters the rules
// above look for (`&#x40;user`, `&commat;user`, `#&#x31;2`). Decimal ones are broken by ISSUE_REF.
const CHAR_REF = /&(#[xX]([0-9a-fA-F]+);?|(?:commat|num);)/g;
function dangerousCodePoint(cp) {
    return ((cp >= 0x30 && cp <= 0x39) || // digits
        (cp >= 0x41 && cp <= 0x5a) ||
        (cp >= 0x61 && cp <= 0x7a) ||
        cp === 0x40 || // @
        cp === 0x23 || // #
        cp === 0x2d // - (GH-12)
    );
}
/** Turns character references that decode to mention/reference characters into literal text. */
function neutraliseCharacterReferences(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(CHAR_REF, (match, rest, hex) => hex === undefined || dangerousCodePoint(Number.parseInt(hex, 16)) ? `&amp;${rest}` : match);
}
/**
 * Neutralises mentions, issue references and closing keywords written out in the text. Enough
 * for text whose every `&` is escaped afterwards; otherwise use neutraliseMentions.
 */
function neutraliseMentionSyntax(text) {
    return text
        .replace(CLOSING_KEYWORD, `$1${controls/* ZWSP */.z5}`)
        .replace(MENTION, `@${controls/* ZWSP */.z5}`)
        .replace(ISSUE_REF, `#${controls/* ZWSP */.z5}`)
        .replace(GH_REF, `$1${controls/* ZWSP */.z5}`);
}
/**
 * Neutralises mentions, issue references and closing keywords in markdown prose, including those
 * spelled with character references. Idempotent: a neutralised `@​`, `#​`, keyword or `&amp;`
 * no longer matches.
 */
function neutraliseMentions(text) {
    return neutraliseMentionSyntax(neutraliseCharacterReferences(text));
}

// EXTERNAL MODULE: ./packages/core/lib/text/redact.js
var redact = __webpack_require__(7423);
;// CONCATENATED MODULE: ./packages/core/lib/text/truncate.js
/**
 * Length caps that keep the result well-formed: the cut never splits a UTF-16 surrogate pair (a
 * lone surrogate is not text, and an emoji at the cut would become one), and what the caller adds
 * after the kept part (a closing fence, a note) is counted inside the cap.
 */

function truncationNote(dropped) {
    return `…truncated ${dropped} characters`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/** `at`, moved back by one when it would fall between the two halves of a surrogate pair. */
function codePointBoundary(text, at) {
    if (at <= 0 || at >= text.length)
        return Math.max(0, Math.min(at, text.length));
    return isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}
/**
 * Renders `text` whole when that fits in `maxLength`; otherwise renders the longest prefix it can
 * (cut at a code point boundary) such that the rendering fits. `render(kept, dropped)` gets the
 * kept prefix and how many characters were left out (0 when nothing was). Its length must grow
 * with the prefix for the result to be the longest possible; it is within `maxLength` either way.
 */
function capRendered(text, maxLength, render) {
    const whole = render(text, 0);
    if (whole.length <= maxLength)
        return whole;
    const at = (k) => {
        const cut = codePointBoundary(text, k);
        return render(text.slice(0, cut), text.length - cut);
    };
    const empty = at(0);
    if (empty.length > maxLength) {
        throw new RangeError(`maxLength ${maxLength} leaves no room for the truncation note`);
    }
    // Binary search for the largest prefix that fits; `lo` always fits, `hi` never does.
    let lo = 0;
    let hi = text.length;
    let best = empty;
    while (hi - lo > 1) {
        const mid = lo + ((hi - lo) >> 1);
        const out = at(mid);
        if (out.length <= maxLength) {
            lo = mid;
            best = out;
        }
        else
            hi = mid;
    }
    return best;
}
/**
 * Caps markdown: a cut inside a fenced code block closes the block (so the note and whatever the
 * caller appends are not swallowed by it), then a visible note says how much was left out.
 */
function capMarkdown(markdown, maxLength) {
    return capRendered(markdown, maxLength, (kept, dropped) => {
        if (dropped === 0)
            return kept;
        const fence = (0,fences/* openFenceAtEnd */.s3)(kept);
        const close = fence ? `${kept.endsWith('\n') ? '' : '\n'}${(0,fences/* closingLine */.oM)(fence)}` : '';
        return `${kept}${close}\n\n${truncationNote(dropped)}`;
    });
}

;// CONCATENATED MODULE: ./packages/core/lib/text/sanitize.js
/**
 * The one way autoheal turns text into something it posts: issue and PR titles and bodies,
 * comments, job summaries, log lines. Untrusted text (issue titles and bodies, branch names, CI
 * log lines) is data: it must not leak secrets, notify or cross-reference anyone, close issues,
 * inject markdown or HTML, hide content, forge autoheal's hidden markers, act as a workflow
 * command, or exceed GitHub's size limits.
 *
 * Every function here starts with the same two steps, so none can be used without them: control
 * characters are stripped (first, so an escape sequence inside a token cannot hide it), then
 * secrets are redacted. The modules beside this one are the building blocks; post nothing built
 * with them alone.
 *
 * Kinds, by where the text goes:
 * - `title`: the title field of an issue or PR. GitHub shows it as plain text, so it is not
 *   markdown-escaped (a backslash would show); one line, trimmed, at most 256 characters.
 * - `inline`: text inside one line of our markdown or HTML: a heading, a table cell, a list item,
 *   `<summary>`, a title quoted in a body. Escaped with character references, which work in all
 *   of these; not for code.
 * - `body`: untrusted markdown embedded as markdown (a quoted issue body), or a whole body we
 *   assembled, as the last step before posting. Formatting survives; mentions, references and
 *   closing keywords in prose are neutralised, HTML comments too. Code blocks that GitHub surely
 *   renders as code are left as they are, since nothing in them pings or links. Hidden markers
 *   (markers.ts) are comments, so they are added after this step, never before.
 * - `code`: text shown verbatim in a fenced code block that it cannot close.
 * - `log`: text for a job log line (no markdown): workflow commands and HTML comments defanged.
 */







/**
 * Default caps. GitHub rejects bodies over 65,536 characters and titles over 256; a body keeps
 * room for the wrapper and hidden markers autoheal adds around embedded text.
 */
const DEFAULT_MAX_LENGTH = {
    title: 256,
    inline: 60_000,
    body: 60_000,
    code: 60_000,
    log: 60_000,
};
const LENGTH_RANGE = {
    title: [1, 256],
    inline: [1, 65_536],
    body: [100, 65_536],
    code: [100, 65_536],
    log: [100, 1_000_000],
};
const KINDS = ['title', 'inline', 'body', 'code', 'log'];
const LANG = /^[A-Za-z0-9_+.#-]{0,32}$/;
function maxLengthFor(kind, maxLength) {
    if (maxLength === undefined)
        return DEFAULT_MAX_LENGTH[kind];
    const [min, max] = LENGTH_RANGE[kind];
    if (!Number.isInteger(maxLength) || maxLength < min || maxLength > max) {
        throw new errors/* ConfigurationError */.j1(`maxLength for ${kind} text must be an integer from ${min} to ${max}; got ${String(maxLength)}`);
    }
    return maxLength;
}
function checkLang(lang) {
    if (!LANG.test(lang)) {
        throw new errors/* ConfigurationError */.j1(`code block language ${JSON.stringify(lang)} is not valid: use up to 32 letters, digits or + . # _ - ` +
            '(for example "text", "diff" or "c++"), or none');
    }
    return lang;
}
/** Prose rules, on every stretch of lines that is not certainly inside a fenced code block. */
function neutraliseProse(text) {
    const tracker = new fences/* FenceTracker */.GB({ strict: true });
    const out = [];
    let prose = [];
    const flush = () => {
        if (prose.length > 0)
            out.push(neutraliseMentions(neutraliseHtmlDeclarations(prose.join('\n'))));
        prose = [];
    };
    for (const line of text.split('\n')) {
        if (tracker.next(line)) {
            flush();
            out.push(line);
        }
        else
            prose.push(line);
    }
    flush();
    return out.join('\n');
}
/** One line, trimmed: title fields and inline text have no line breaks. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Title rules: plain text, but character references are neutralised in case GitHub decodes them. */
function neutraliseTitle(text) {
    return neutraliseMentions(neutraliseHtmlDeclarations(neutraliseHtmlComments((0,controls/* defangWorkflowCommands */.xD)(text))));
}
/** Inline rules; the escaping that follows turns every `&` into `&amp;`, so references need no rule. */
function neutraliseInline(text) {
    return escapeInlineMarkdown(neutraliseMentionSyntax(neutraliseHtmlDeclarations(neutraliseHtmlComments((0,controls/* defangWorkflowCommands */.xD)(text)))));
}
/** A sanitizer bound to the secrets of one run: create it once, pass it wherever text is posted. */
class Sanitizer {
    redactor;
    constructor(secrets = []) {
        this.redactor = new redact/* Redactor */.pO(secrets);
    }
    sanitize(text, options) {
        const { kind } = options;
        if (!KINDS.includes(kind)) {
            throw new errors/* ConfigurationError */.j1(`text kind ${JSON.stringify(kind)} is not known: use one of ${KINDS.join(', ')}`);
        }
        const max = maxLengthFor(kind, options.maxLength);
        const clean = this.redact(text ?? '');
        switch (kind) {
            case 'title':
                return capRendered(neutraliseTitle(oneLine(clean)), max, (kept, dropped) => dropped === 0 ? kept : `${kept.trimEnd()}…`);
            case 'inline':
                // Cut before escaping, so no escape is split; the rendered length is what counts.
                return capRendered(oneLine(clean), max, (kept, dropped) => neutraliseInline(kept) + (dropped === 0 ? '' : '…'));
            case 'body':
                return capMarkdown(this.bodyMarkdown(clean, options.quote === true), max);
            case 'code': {
                const lang = checkLang(options.lang ?? '');
                const content = neutraliseHtmlComments((0,controls/* defangWorkflowCommands */.xD)(clean));
                return capRendered(content, max, (kept, dropped) => (0,fences/* fenceCode */.bq)(kept, lang) + (dropped === 0 ? '' : `\n\n${truncationNote(dropped)}`));
            }
            case 'log':
                // Comments too: a log line is pasted into issues as often as it is read in the log, and
                // nothing we sanitized may ever read as one of our markers.
                return capRendered(neutraliseHtmlComments((0,controls/* defangWorkflowCommands */.xD)(clean)), max, (kept, dropped) => kept + (dropped === 0 ? '' : `\n${truncationNote(dropped)}`));
        }
    }
    /** Controls stripped and secrets redacted, nothing else: the first step of every kind. */
    redact(text) {
        return this.redactor.redact((0,controls/* stripControls */.$Y)(text));
    }
    title(text, maxLength) {
        return this.sanitize(text, { kind: 'title', maxLength });
    }
    inline(text, maxLength) {
        return this.sanitize(text, { kind: 'inline', maxLength });
    }
    body(text, options = {}) {
        return this.sanitize(text, { kind: 'body', ...options });
    }
    code(text, lang, maxLength) {
        return this.sanitize(text, { kind: 'code', lang, maxLength });
    }
    log(text, maxLength) {
        return this.sanitize(text, { kind: 'log', maxLength });
    }
    bodyMarkdown(clean, quote) {
        let md = neutraliseProse(neutraliseHtmlComments((0,controls/* defangWorkflowCommands */.xD)(clean)));
        // A fence the text leaves open would swallow everything after it in the post.
        const open = (0,fences/* openFenceAtEnd */.s3)(md);
        if (open)
            md += `${md.endsWith('\n') || md === '' ? '' : '\n'}${(0,fences/* closingLine */.oM)(open)}`;
        if (quote)
            md = md
                .replace(/\n$/, '')
                .split('\n')
                .map((l) => (l === '' ? '>' : `> ${l}`))
                .join('\n');
        return md;
    }
}
function createSanitizer(options = {}) {
    return new Sanitizer(options.secrets);
}
/** Sanitizes text for where it goes on GitHub (see the kinds above). */
function sanitizeForGitHub(text, options) {
    return new Sanitizer(options.secrets).sanitize(text, options);
}
function safeTitle(text, options = {}) {
    return sanitizeForGitHub(text, { ...options, kind: 'title' });
}
function safeInline(text, options = {}) {
    return sanitizeForGitHub(text, { ...options, kind: 'inline' });
}
function safeBody(text, options = {}) {
    return sanitizeForGitHub(text, { ...options, kind: 'body' });
}
/** A fenced code block the text cannot close, redacted and capped. */
function codeBlock(text, lang, options = {}) {
    return sanitizeForGitHub(text, { ...options, kind: 'code', lang });
}
function safeLog(text, options = {}) {
    return sanitizeForGitHub(text, { ...options, kind: 'log' });
}


/***/ })

};
