export const id = 810;
export const ids = [810];
export const modules = {

/***/ 9810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  L_: () => (/* binding */ analyzeLog),
  Jm: () => (/* binding */ categoryLabel)
});

// UNUSED EXPORTS: DEFAULT_MAX_LINES_SHOWN

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/lib/errors.js
var errors = __webpack_require__(4531);
;// CONCATENATED MODULE: ./packages/core/lib/log/lines.js
/**
 * Streaming line splitting with the numbering every log consumer here shares: lines are 1-based,
 * and `\r\n`, a lone `\r` and `\n` each end a line (so a progress bar redrawn with `\r` counts as
 * many lines, as the CiDiff ground truth counts them).
 *
 * Speed: a batch keeps its bytes and, on demand, a latin1 view of them (one character per byte, so
 * string offsets are byte offsets and the view is a fast one-byte string). Scanners may run one regular
 * expression over the whole view — the keywords they look for are ASCII, which latin1 keeps — and
 * only lines that matter are decoded as UTF-8 (invalid bytes become U+FFFD). UTF-8 never puts a
 * \r or \n byte inside a multi-byte character, so splitting bytes is exact. A line longer than
 * `maxLineBytes` keeps its head and is marked truncated, so a line of megabytes costs bounded memory.
 */
const DEFAULT_MAX_LINE_BYTES = 16_384;
const EMPTY = Buffer.alloc(0);
const NO_LINES = new Int32Array(0);
/** Line `index` of a batch, decoded as UTF-8. */
function batchLine(batch, index) {
    return batch.bytes.toString('utf8', batch.starts[index], batch.ends[index]);
}
function batchLength(batch) {
    return batch.starts.length;
}
/** How far back a cut line's end may move to avoid splitting a word: longer than any credential. */
const WORD_BACKOFF = 2048;
// Bytes that end a word: blanks, quotes, brackets and separators, as this class reads the byte as a
// latin1 character (so 0xA0, a no-break space there, is a blank too).
const WORD_BREAK = /[\s"'`<>()[\]{},;|]/;
const BREAKS = Uint8Array.from({ length: 256 }, (_, b) => (WORD_BREAK.test(String.fromCharCode(b)) ? 1 : 0));
/**
 * The end of the head kept from a line cut at `end`: moved back to just after the last word break
 * when the cut falls inside a word, so the head never ends in part of a token (half a token no
 * longer matches the redactor's patterns or the secret's literal, and would be posted). A line
 * whose last `WORD_BACKOFF` bytes are one word keeps its full head.
 */
function headEnd(bytes, start, end) {
    // The byte after the cut, when these bytes have it (a line cut at the end of the input has none).
    if (end < bytes.length && BREAKS[bytes[end]] === 1)
        return end;
    const floor = Math.max(start, end - WORD_BACKOFF);
    for (let i = end - 1; i >= floor; i--)
        if (BREAKS[bytes[i]] === 1)
            return i + 1;
    return end;
}
/**
 * A batch whose latin1 view is made only when asked for: the splitter and the scanner search the
 * bytes, and a megabyte string per megabyte read is work for the collector that no line needs.
 */
class Batch {
    first;
    bytes;
    starts;
    ends;
    truncated;
    text;
    constructor(first, bytes, starts, ends, truncated) {
        this.first = first;
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
        this.truncated = truncated;
    }
    get view() {
        this.text ??= this.bytes.toString('latin1');
        return this.text;
    }
}
function emptyBatch(first) {
    return new Batch(first, EMPTY, NO_LINES, NO_LINES, []);
}
/** Incremental splitter: feed it bytes, get back the lines they completed; end() flushes the last. */
class LineSplitter {
    max;
    /** Head of the unfinished last line (at most max bytes, and the byte after them once cut). */
    carry = EMPTY;
    /** The unfinished line already exceeded max: drop its bytes until it ends. */
    carryTruncated = false;
    /** The previous chunk ended in \r: a \n at the start of the next belongs to that break. */
    pendingCR = false;
    next = 1;
    /** Offsets of the batch being split, grown as needed; each batch gets an exact copy. */
    scratchStarts = new Int32Array(1 << 14);
    scratchEnds = new Int32Array(1 << 14);
    constructor(options = {}) {
        this.max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    }
    /**
     * The unfinished last line, handed to a reader that puts it in front of the next chunk it reads
     * into a buffer of its own: the splitter then joins nothing (joining copies the whole chunk).
     * Empty while an overlong line is being skipped: the splitter keeps that head itself.
     */
    takeCarry() {
        if (this.carryTruncated)
            return EMPTY;
        const carry = this.carry;
        this.carry = EMPTY;
        return carry;
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
        let starts = this.scratchStarts;
        let ends = this.scratchEnds;
        let n = 0;
        const truncated = [];
        let bytes;
        let pos = 0;
        if (this.carryTruncated) {
            // Still inside an overlong line: skip to its end, which closes it with the head we kept.
            const end = nextBreak(chunk);
            if (end < 0)
                return emptyBatch(first);
            bytes = Buffer.concat([this.carry, chunk.subarray(end)]);
            starts[0] = 0;
            ends[0] = headEnd(this.carry, 0, Math.min(this.carry.length, this.max));
            n = 1;
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
        const length = bytes.length;
        // Next position of each terminator, found once and reused: searching again per line would
        // rescan the rest of the chunk for a terminator that does not occur (quadratic). Searched in
        // the bytes (memchr): faster than a latin1 view of the chunk, and no string to collect.
        let nl = bytes.indexOf(10, pos);
        let cr = bytes.indexOf(13, pos);
        while (pos < length) {
            if (nl >= 0 && nl < pos)
                nl = bytes.indexOf(10, pos);
            if (cr >= 0 && cr < pos)
                cr = bytes.indexOf(13, pos);
            const end = cr >= 0 && (nl < 0 || cr < nl) ? cr : nl;
            if (end < 0)
                break;
            if (n === starts.length) {
                this.grow();
                starts = this.scratchStarts;
                ends = this.scratchEnds;
            }
            starts[n] = pos;
            if (end - pos > this.max) {
                ends[n] = headEnd(bytes, pos, pos + this.max);
                truncated.push(n);
            }
            else
                ends[n] = end;
            n++;
            if (end === cr) {
                if (end + 1 < length)
                    pos = bytes[end + 1] === 10 ? end + 2 : end + 1;
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
            // A copy: keeping a subarray would pin the whole chunk in memory. One byte past the cap is
            // kept: where the head ends depends on it, and the chunking must not.
            this.carry = Buffer.from(bytes.subarray(pos, pos + Math.min(rest, this.max + 1)));
            this.carryTruncated = rest > this.max;
        }
        this.next += n;
        return new Batch(first, bytes, starts.slice(0, n), ends.slice(0, n), truncated);
    }
    grow() {
        const starts = new Int32Array(this.scratchStarts.length * 2);
        starts.set(this.scratchStarts);
        const ends = new Int32Array(this.scratchEnds.length * 2);
        ends.set(this.scratchEnds);
        this.scratchStarts = starts;
        this.scratchEnds = ends;
    }
    /** The last line, when the input did not end with a line break. */
    end() {
        const first = this.next;
        if (this.carry.length === 0 && !this.carryTruncated)
            return emptyBatch(first);
        const bytes = this.carry;
        const batch = new Batch(first, bytes, Int32Array.of(0), Int32Array.of(this.carryTruncated ? headEnd(bytes, 0, Math.min(bytes.length, this.max)) : bytes.length), this.carryTruncated ? [0] : []);
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
;// CONCATENATED MODULE: ./packages/core/lib/analyzer/stem-kernel.js
const TABLE = 0;
const WINDOW = 1 << 24;
/** The most bytes one call scans (the scanner's windows are 64 KiB; a longer run falls back). */
const WINDOW_BYTES = 1 << 17;
const MAX_SLOTS = 4096;
const MAX_ENTRIES = 4096;
const MAX_STEM_BYTES = 1 << 16;
/** Stems sharing one key, at most: bounds the hits one position can add. */
const MAX_PER_KEY = 8;
const SLOT_KEY = WINDOW + WINDOW_BYTES;
const SLOT_AT = SLOT_KEY + MAX_SLOTS * 4;
const SLOT_COUNT = SLOT_AT + MAX_SLOTS * 4;
const ENTRY_ID = SLOT_COUNT + MAX_SLOTS * 4;
const ENTRY_OFFSET = ENTRY_ID + MAX_ENTRIES * 4;
const LENGTH = ENTRY_OFFSET + MAX_ENTRIES * 4;
const STEM_START = LENGTH + MAX_ENTRIES * 4;
const STEM_BYTES = STEM_START + MAX_ENTRIES * 4;
/** Hits as (key position, stem start, stem id), offsets from the window's start. */
const OUT = STEM_BYTES + MAX_STEM_BYTES;
const OUT_BYTES = WINDOW_BYTES * MAX_PER_KEY * 12;
const PAGES = Math.ceil((OUT + OUT_BYTES) / 65536);
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const stem_kernel_name = (s) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
// Opcodes used (WebAssembly core specification, binary format).
const get = (local) => [0x20, local];
const set = (local) => [0x21, local];
const tee = (local) => [0x22, local];
const i32 = (value) => [0x41, ...sleb(value)];
const load8 = (offset = 0) => [0x2d, 0x00, ...uleb(offset)];
/** An unaligned i32 load (alignment hint 2^0). */
const load32u = (offset = 0) => [0x28, 0x00, ...uleb(offset)];
const load32 = (offset) => [0x28, 0x02, ...uleb(offset)];
const store32 = (offset) => [0x36, 0x02, ...uleb(offset)];
const [ADD, SUB, MUL, AND, OR, SHL, SHR_U, EQ, NE, GE_U, LE_U] = [
    0x6a, 0x6b, 0x6c, 0x71, 0x72, 0x74, 0x76, 0x46, 0x47, 0x4f, 0x4d,
];
const [BLOCK, LOOP, IF, END, BR, BR_IF, VOID] = [0x02, 0x03, 0x04, 0x0b, 0x0c, 0x0d, 0x40];
/**
 * scan(start, end, shift, wrap) -> count, StemIndex.scan and record over memory[start, end)
 * (end - start >= 3): for i from start + 2 to end - 1, key = the bytes at i-2, i-1, i; where
 * TABLE at those bytes (little-endian) is set, the key's slot is probed for (slot = key * 0x9e3779b1 >>> shift, then + 1
 * and `wrap`), and each of its entries whose stem lies in [start, end) and matches byte for byte
 * is written to OUT as (i - 2 - start, from - start, id).
 */
function scanModule() {
    const [START, END_, SHIFT, WRAP, I, KEY, N, SLOT, E, LAST, ID, FROM, LEN, K, BASE, P, V, Q] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    /** An i32 array element's address: index * 4 (the array's base is the load's offset). */
    const x4 = (local) => [...get(local), ...i32(2), SHL];
    // biome-ignore format: one statement per line
    const code = [
        // i = start + 2
        ...get(START), ...i32(2), ADD, ...set(I),
        BLOCK, VOID, LOOP, VOID,
        // if (i >= end) break
        ...get(I), ...get(END_), GE_U, BR_IF, 1,
        // Two positions per step, from one unaligned load of bytes[i-2..i+1] (little-endian): the
        // keys of i and i + 1 are its low and high three bytes. Unlike a key rolled from the last
        // one, no position waits on the one before. if (TABLE[v & 0xffffff] | TABLE[v >>> 8])
        ...get(I), ...i32(2), SUB, ...load32u(), ...tee(V), ...i32(0xffffff), AND, ...load8(TABLE),
        ...get(V), ...i32(8), SHR_U, ...load8(TABLE), OR,
        IF, VOID,
        // for (q = i; q < end && q < i + 2; q++) if (TABLE[w = bytes[q-2] | bytes[q-1] << 8 | bytes[q] << 16])
        ...get(I), ...set(Q),
        BLOCK, VOID, LOOP, VOID,
        ...get(Q), ...get(END_), GE_U, BR_IF, 1,
        ...get(Q), ...get(I), SUB, ...i32(2), GE_U, BR_IF, 1,
        ...get(Q), ...i32(2), SUB, ...load32u(), ...i32(0xffffff), AND, ...tee(KEY),
        ...load8(TABLE),
        IF, VOID,
        // key = bytes[i-2] << 16 | bytes[i-1] << 8 | bytes[i], the order of StemIndex's tables
        ...get(KEY), ...i32(0xff), AND, ...i32(16), SHL, ...get(KEY), ...i32(0xff00), AND, OR,
        ...get(KEY), ...i32(16), SHR_U, OR, ...set(KEY),
        ...get(Q), ...i32(2), SUB, ...set(P),
        // slot = key * 0x9e3779b1 >>> shift; while (slotKey[slot] != key) slot = (slot + 1) & wrap
        ...get(KEY), ...i32(0x9e3779b1 | 0), MUL, ...get(SHIFT), SHR_U, ...set(SLOT),
        BLOCK, VOID, LOOP, VOID,
        ...x4(SLOT), ...load32(SLOT_KEY), ...get(KEY), EQ, BR_IF, 1,
        ...get(SLOT), ...i32(1), ADD, ...get(WRAP), AND, ...set(SLOT),
        BR, 0,
        END, END,
        // for (e = slotAt[slot], last = e + slotCount[slot]; e < last; e++)
        ...x4(SLOT), ...load32(SLOT_AT), ...tee(E),
        ...x4(SLOT), ...load32(SLOT_COUNT), ADD, ...set(LAST),
        BLOCK, VOID, LOOP, VOID,
        ...get(E), ...get(LAST), GE_U, BR_IF, 1,
        // id = entryId[e]; from = p - entryOffset[e]; len = lengths[id]
        ...x4(E), ...load32(ENTRY_ID), ...set(ID),
        ...get(P), ...x4(E), ...load32(ENTRY_OFFSET), SUB, ...set(FROM),
        ...x4(ID), ...load32(LENGTH), ...set(LEN),
        // if (from >= start && from + len <= end)
        ...get(FROM), ...get(START), GE_U, ...get(FROM), ...get(LEN), ADD, ...get(END_), LE_U, AND,
        IF, VOID,
        // k = 0; while (k < len && bytes[from + k] == stemBytes[stemStart[id] + k]) k++
        ...x4(ID), ...load32(STEM_START), ...set(BASE),
        ...i32(0), ...set(K),
        BLOCK, VOID, LOOP, VOID,
        ...get(K), ...get(LEN), GE_U, BR_IF, 1,
        ...get(FROM), ...get(K), ADD, ...load8(), ...get(BASE), ...get(K), ADD, ...load8(STEM_BYTES), NE, BR_IF, 1,
        ...get(K), ...i32(1), ADD, ...set(K),
        BR, 0,
        END, END,
        // if (k == len) out[n++] = (p - start, from - start, id)
        ...get(K), ...get(LEN), EQ,
        IF, VOID,
        ...get(N), ...i32(12), MUL, ...get(P), ...get(START), SUB, ...store32(OUT),
        ...get(N), ...i32(12), MUL, ...get(FROM), ...get(START), SUB, ...store32(OUT + 4),
        ...get(N), ...i32(12), MUL, ...get(ID), ...store32(OUT + 8),
        ...get(N), ...i32(1), ADD, ...set(N),
        END,
        END,
        ...get(E), ...i32(1), ADD, ...set(E),
        BR, 0,
        END, END,
        END,
        // q++
        ...get(Q), ...i32(1), ADD, ...set(Q),
        BR, 0,
        END, END,
        END,
        // i += 2
        ...get(I), ...i32(2), ADD, ...set(I),
        BR, 0,
        END, END,
        ...get(N), END,
    ];
    // Fourteen i32 locals after the four parameters.
    const body = [...vec([[14, 0x7f]]), ...code];
    // biome-ignore format: one section per line
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        // type 0: (i32, i32, i32, i32) -> i32
        ...section(1, vec([[0x60, ...vec([[0x7f], [0x7f], [0x7f], [0x7f]]), ...vec([[0x7f]])]])),
        ...section(3, vec([[0]])),
        ...section(5, vec([[0x00, ...uleb(PAGES)]])),
        ...section(7, vec([[...stem_kernel_name('memory'), 0x02, 0], [...stem_kernel_name('scan'), 0x00, 0]])),
        ...section(10, vec([[...uleb(body.length), ...body]])),
    ]);
}
let compiled;
class StemKernel {
    /** The most bytes `scan` takes at once. */
    capacity = WINDOW_BYTES;
    memory;
    out;
    run;
    shift;
    wrap;
    constructor(exports, tables) {
        const buffer = exports.memory.buffer;
        this.memory = new Uint8Array(buffer);
        this.out = new Int32Array(buffer, OUT, OUT_BYTES / 4);
        this.run = exports.scan;
        this.shift = tables.slotShift;
        this.wrap = tables.slotKey.length - 1;
        // Indexed by the key's bytes in little-endian order, as the scan loop loads them.
        for (const key of tables.keys)
            this.memory[TABLE + (((key & 0xff) << 16) | (key & 0xff00) | (key >>> 16))] = 1;
        const words = new Int32Array(buffer);
        words.set(tables.slotKey, SLOT_KEY / 4);
        words.set(tables.slotAt, SLOT_AT / 4);
        words.set(tables.slotCount, SLOT_COUNT / 4);
        words.set(tables.entryId, ENTRY_ID / 4);
        words.set(tables.entryOffset, ENTRY_OFFSET / 4);
        words.set(tables.lengths, LENGTH / 4);
        words.set(tables.stemStart, STEM_START / 4);
        this.memory.set(tables.stemBytes, STEM_BYTES);
    }
    /** A kernel for an index's tables, or undefined where WebAssembly cannot run or they do not fit. */
    static create(tables) {
        if (tables.slotKey.length > MAX_SLOTS ||
            tables.entryId.length > MAX_ENTRIES ||
            tables.stemBytes.length > MAX_STEM_BYTES ||
            tables.slotCount.some((n) => n > MAX_PER_KEY))
            return undefined;
        const wasm = globalThis.WebAssembly;
        if (wasm === undefined)
            return undefined;
        try {
            compiled ??= new wasm.Module(scanModule());
        }
        catch {
            compiled = null;
        }
        if (compiled === null)
            return undefined;
        try {
            return new StemKernel(new wasm.Instance(compiled).exports, tables);
        }
        catch {
            return undefined;
        }
    }
    /** The stems in bytes[start, end) (3 to `capacity` bytes) into `hits`, as StemIndex.scan finds them. */
    scan(bytes, start, end, hits) {
        this.memory.set(bytes.subarray(start, end), WINDOW);
        const n = this.run(WINDOW, WINDOW + end - start, this.shift, this.wrap);
        const out = this.out;
        for (let j = 0; j < n * 3; j += 3)
            hits.push(start + out[j], start + out[j + 1], out[j + 2]);
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/trigrams.js
// Generated by scripts/bench/trigrams.ts (node scripts/bench/lib/trigrams.js); do not edit.
// The 2000 most frequent three-byte sequences of 467 recorded logs (19.1 MB),
// most frequent first, as latin1 (one character per byte); the last occurs 1635 times.
const FREQUENT_TRIGRAMS = "   ---est===tesingectspo\u001b[mresINFionNFO\u001b[1orgtioampmplilduilpaccomjecng /teasspotbui\n  toratidspterlds/re/buds/essavapleiteTeschess era.coner/ds \u001b[202ot/javcesrce0222-0ace1;322-[1;\n20\r\n2 (1spaworxamproProachm] \n[\u001b[\u001b[es/[m].jarg.ourorklasurcrgegresouave[1m34m;344mIFO\u001bO\u001b[mINomm/wotatonsangce/poooonrksksps/wliaesoulis (): rojojegetogrrogtrimonsitmmovenjul-coclaepooreithst-reped (1)ent1):rinlanomps: forcor:/buta/juiacont\rPrle.t/dileB\rPralng..lamavapactshe.itoStr.appososistaliter.tarsseet/bjeory rest/arg MBjar or/spMut_lis/tntewit --:terun/tae.cnit: 0ntrMB\robj[m srcrc/lMualMexa/srns.ct.dinblenne#teunnaing.a - rg//1.on/...rateneablcon-prenct/r-04:  04-lleist% (e/dgint/type tothoon.serhe epts.l comaiethva.n-cfilto  /bmetatecepamehodtilrac0.0 thCon/cots/log.0-FO g ots:int INon-ollt/sExaComtextamc/t kBtedstSva:etamp_es ry/\u001b[0.0. fiuniverriatinptiuit_withl[0;hlojunkip;\n m2/s/..Te.m2/.m2/rtyp Co: 1tSufra] ISui05--05 frmat.stt-car:ine ob ReeEx-cller ja  \rreagenom ac/xce.ortencalactt-pmpistsertippe.Tlinpil_prieslecor..ineu.u.sp_plugle  euseser inronSnrioca[IN\n[IugiFO]O] strre/nStplur:/ bededormromon in] in[mateEn] \n[m/mare--beoteultbetssita-shoe: der[m\nRunsin 0.fro1.0ive\nINFO:O: emom\n[0-bor the teounimendee/jloatruskiImpuntWARARN] \u001bapseadpen/or/inremoad/op sk0, ageend4-1s:/addle/a.ltrorolcat ty/hasio {\n.maberne  fo{\n ilsO embeown  }en.motExc.frnlo: Cumbwnl dest tals aic  0,om/ram) {t.dpinINGNumttpin ppihtthroopt_asg.ontsUticreNINRNIte:ctolattrat\u001b[ \r\nl.jow2es.pe )\r\n adail);\nal.roweri ht 0 1.9://Z rs tntiath, s1m-dir.9 -\u001b[--\u001bm-- lirennce)  Z R/frt#t \n[refdepen-d, st#cody avingle] \nw2.tpsprertits LisResatoonNnNu:or9 Mlreps:r -3 M spnfi alalrdde-plcle: h19:efang\nadye/sia/ault -ot.fau 1.ara.dsed,)\n dy 13 g\n[ogloogle2lesfr/a/gis 32mcta4.1;32Dow.\n[scaextn: goo carecowa }\nwabgfohamrrole:amcr/imcrrorpomed:riest2n/s  \u001bs/sused: 1maat\u001b (\u001b(\u001b[[m)m)\nit/izeortnal.0/e/tale/13rraMet ex = .1.nt .judenmma-1.,exrIm//rutionfete0;1ge/.cl isy/oac.cand tia.  lere me/gfnge, -pat pa-tesedtiv;1mepenap4-2at lochotpshgititiadibe ld : f nempo3.018:1m ldelet-- r.jkB timerI36m/exs/::\n 0;3webst4ireG: twe.poNG:\nWActw @ /goe:/in:onelea geT18ureifiindodiBui/./tCoporT19flee topes, eflClac/../:/:\nnst.tesna.rencoer/puttrydef ru lo\u001b[31.3cacparlicnch[36st3.ob (2a-13T1g fes:eb.inferrredodeack.exong15:solpt/2#te2#tSter-ferb.ft2_all5-2fiem \u001bInt)\u001b[: T1m(Loc@ \u001bm @m -olvdle- \u001b.owe\u001b[ls.t3_ticBinPar/:/adlun:t/cullkB\rovem/g5-02mmCousam stctiRec/clublthril.n.a(de wim o2.ohas.utturannod  seorsErrUTF : e mlapt-r plroc.Stric5:0in/Spoernanda.ulif1.80T1imipedt: -03l: isicteersrimct/ppehou.1/e sed\nT15\nDoapininzedguamiten Refdelinsg.eecoperetu-rue.onfoplansiuncillry al:2_l1:teanrTem(dret}\n e porit.tpliit--13ivistC1.1me fonanct4_newcen share0.1rnaStaausasepl..3//aslt-ew  juervog0og1og2.11t.c: 2Genblie/curng/m== efe.2.pubPri-20st. diot m cnd mpr: jScao.mecua:1ecete thu cehubpo.adeceieiven2rizng1n2/.8 e fth as:dett/jranhart/o(jaAssts.e#toulashlta Thmene cit mutr.iuld-dealsensle) clom\nThe.gennitchg dnci-2413TtRe24Tsspcierayw txteo t.3.2/ffr.eltTimtasThrd bm serTxeccke 1 0:t1 kheral rsitSclvioce2.0.asArrsTeouttaicutlloari8:2alu pre/1--cb.cndiub.und.2/ras/39inaCtSan eTedisle#s.j elEnt atascr/tule3_lc/eif rn   rute0.2e-1: 4:19ch 16:Fil.en  is rer1bra: oe epri] cexclue-re ifembf (.ticce--t18.utoonUg.Sva/ ralowked Ti/de-di2:t8.2colnUt7T1/sa-2727Try.exuxuso gFai0.jilivisn.r> s a g tDSp not.a Lid\nW:2.oin5Z arsNam4Z aun. R07:\n\n aw exm sa0Z raw: /-me\n> : -7Z binpsent/nul us, S.En hac t.Ex6Z lurir/4_liluitS tr Ruragd f/38s -/30yclsec8Z atcve/livMETse 2Z regexlxlixmfmodmf-1Z aneexdxdirm/ntapecf-d3Z 20Tela-124.017:pitifeth- nust9 Fang,ots9Z  Er4T110.dat/293-29:0e (  p03-ce(pols\r\nn s1/1iltn:2ngi | tanmemValmbrtfo2/1IONnenrs:n/t/4.atfinis/c enopolsTns-nexrafeleg, = nlter.Eeve11 Objed/ponSHOce T17Skiuppc/me.iger SktecHOTAPSNAPPSHSNASetilaston (7:4 (3] Ft/fPoi-SN/jart.notED , E, F-8.t iB |.vibeeERR();e ist\nRROhisafog1:s\n[RORUni-06.DSeenllyTF8Mavst7stRg0:s/fst8ana/8.9:1/fo -pt9_r, e r/sn/ap-sns ne.m\nPrppoe, TypryP) fyPoduloke0%  -D8 M, T upus/ar-as eckn.Ehecmanast-4.13:l.L2.f.4.e/8:41 ME sonje Fo11/2.9st_8.1d is.\nt c-jathial/oduom.ac-nam/ge-enhic: [] CengFra.li /oe.engCof .rueCo-wiiedne.g/j9:3..\n 4.t/he-820:/ne.ad ma:49e. le\u001btCagCoMapt or utac11.ll Expe -9_l-soup ot:d ld p-3.oma1.jleLr.mt7_t8_t\n[ts,rCoZ /d a / a.c.5/TIOeldielg/nn t1.6T16y.o  j owr.c su3.jmp-s/rs)\n.sued. anorlrld}\n\npt-r.s.goWitn o, expr1mCrm.F8\nocoalig c puB/st.vtabtpu  tpe.s wg-sg.jr.Crg-g2:mer -cutpst1Fou9.1 do--\ny/j)\n\tellT132T1s b ofcocd u\tatenag/h.Ct/Co/stsoruavice gi:07-11e L0.8Forools-c12T.Coergg.tB at-4 ==/s)3:0\r  .Lolis.Thacor\n[chaiguS: , /g -nvoiconar<E>e) s.i.6 7_l8_l\n\taE> c.on esupt<Eica 34dex Ge_ten.s\rDoset:29fig3/hhcat/4/3. \rDs.cinjngsual NO(thJUn/adTHOiderma: (ns/r-prveg pnopcCog.TshiSep gocov1:1-apONS\nTe Te49:ickr: - Cnpu ch02: 1141:_TOAVAJAVorpmCt.me>> OOLTOOm.gsSeETHHODs.C JAVA_ignes\nc/gng=1) PTISCA', )\nD:00t) kB/fi.ssSuctm t:43/prLauh -speJavOPTis.OL__OP.sct, -Df=UTA_TDfiL_ONS:Picg=Up JtFcnageciUsiet.n ice.t.Di.tp/tved/7.g/a.muTralenciftInti..4/orC3/1rucMann :steptorp/29:ome:20ut ncyn/rp-pve g gh (ld-ts_Itf:09ec\nnevtmp\nRuD 0ly\nm.c- Regang3egr -eDef/tmth:  1u/sercn/ahin8:4 un08:oExusreu/afe/eu/usssosr/arte()efiCacm (sisChadow8.4opyy: safst(F-8LifTF-fecm\nP0/t:01:02ldis iun orca r.Li (j-7.ts-h, ianth,B  nes: 8valc\nR/gum/h/ 3et-n/c.8.01:ETA \r  10n.cet exenab} crs.helleC100 } 6mjh: loor/3/trt_s.7/it4erlw j\nPi-2.ly  200/1-07Exe.bur-3etr As:3.ues)) 07T0:4Ovey/ell)tomcka.pr7T0 bugs h-dm\nDre T08 Uskag/Temesyinleg, neBil ihan] /:10p_tc.anon amic/  2.Cl_so:18cyccopn:3oot);}asmex1.1:rt t-meMa1/jhe/1.78 -ecyo c0 \nial20.r-wre.chis. 9:4, tteO2) rla0-jCauOR tPrapE, l:35e =30Tt-ty/c Nojact.mwinier_2/mju-304/1o: \tgi (/1T1: 3fac\tex.6/] o [j-2834\ns_2 \tggeslsepExteF\n\te |=eLieOvOuts\u001b[% |= ]t\nT|==  4 moardeMe: c21:ckT  3390n c3875/1r/supil bT20ge.:40  5 MaeUt-222.7follony\nWled.12/lad d.8/:37r.rkTrst<er$  \t));2/tole3% jup-19rue[jat f.pl7/1pl\nfaige   8  6.5.:44 ((enf < e);ntC.Pr.Ru/pu: deateFC7:51:2)\n[rdi 8.\nFietys flab";

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rule.js


/** The last letter of an Elm report title and the ruler after it: "T ---" in "-- PROBLEM LOADING PACKAGE LIST ---". */
const ELM_HEADING_ENDS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `${c} ---`);
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
    // Not `imeout` alone: `timeout` is in many lines that hold no anchor (configuration, progress).
    'o timeout',
    '(Timeout)',
    'Timeout of',
    'navailable',
    'ermission',
    'emory',
    // Not `pace`: it stops the scan on every `namespace`, `workspace` and `replace`.
    'disk space',
    'space left',
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
    'xamples, ',
    '●',
    'nexpected',
    'ENOTFOUND',
    'conflict',
    'CONFLICT',
    'nreachable',
    'esolve',
    'ismatch',
    // Not `equire`: `require` is common in code and stack frames; the anchors say `requires `.
    'requires ',
    'requirement',
    'required module',
    'json requires',
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
    '* checking',
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
    // C/C++ (linker, Valgrind, sanitizers, automake), shell (bats, ShellCheck), Perl (Test::More,
    // cpanm, @INC) and PHP (PHPUnit test names): the families of rules/native.ts, shell.ts, perl.ts, php.ts.
    'ultiple definition',
    'XPASS: ',
    'ninitialised',
    'loss record',
    ' at 0x',
    ' by 0x',
    'Sanitizer',
    ' of size ',
    'irect leak',
    'terminate called',
    'in test file',
    'from function',
    '- SC',
    '^ SC',
    '[SC',
    'xpected',
    'got: ',
    '$got',
    "an't locate",
    "ouldn't find",
    'Looks like you',
    '#   at ',
    'not ok ',
    '::test',
    '.php:',
    // R, Lua, LaTeX, Ruby (minitest, test-unit, cucumber, rake), JavaScript test runners (mocha,
    // jasmine, karma, ava, TAP, grunt, gulp), dotnet test, dart test, XCTest: rules/r.ts, lua.ts,
    // latex.ts, ruby.ts, js-runners.ts, dotnet-dart-swift.ts.
    'no package called',
    "' expected",
    'nfinished',
    'alformed',
    '.lua:',
    '.tex:',
    '.sty:',
    '.cls:',
    '.tex line ',
    // TeX's "! Message" errors: "! " and the message's capital.
    '! A',
    '! B',
    '! C',
    '! D',
    '! E',
    '! F',
    '! I',
    '! L',
    '! M',
    '! N',
    '! P',
    '! T',
    '! U',
    '! Y',
    'yntax error',
    'Errno::',
    'aborted!',
    'not ok',
    'Message:',
    'se --force',
    'never defined',
    'in your gulpfile',
    '[E]',
    'xpected but',
    'ucumber ',
    // Erlang, Elixir, Haskell, Clojure, Scala (rules/erlang.ts … rules/scala.ts, rules/assertions.ts).
    '.erl:',
    '.hrl:',
    '**exit:',
    '**throw:',
    '::exit:',
    '::throw:',
    'est/0',
    'est_/0',
    'SUITE',
    '===> ',
    'ill never ',
    'an never ',
    'local return',
    ') test ',
    ') doctest ',
    ') property ',
    'ssertion with ',
    'xpected',
    'code: ',
    'left: ',
    'right: ',
    '** (',
    'nchecked dep',
    '.hs:',
    '.lhs:',
    '.hsc:',
    '.hs-boot:',
    'nknown package',
    'ctual: ',
    'got: ',
    'ffline mode',
    '.scala:',
    'eason: ',
    '{value,',
    'EOF while',
    'not formatted',
    'setup_all callback',
    'setup callback',
    'incurred',
    '*timed out*',
    // GoogleTest/Catch2, OCaml, D, Nim, Fortran, Crystal, Elm, Haxe: rules/cpp-test.ts, ocaml.ts,
    // compiled.ts; gofmt -d (rules/go.ts).
    'haracters ',
    'unittest]',
    '.cr:',
    'eceived: `',
    '.go.orig',
    // JUnit 5's console tree marks a failed test with ✘ (rules/jvm.ts).
    ' ✘',
    // Elm's report headings, "-- TYPE MISMATCH ----": an upper-case word before the dashes, which
    // Maven's "[INFO] --- plugin ---" and "[INFO] -----" rulers never have.
    ...ELM_HEADING_ENDS,
    // Other CIs' own time limits (rules/runner.ts): Travis, GitLab, CircleCI.
    'stalled build',
    'time limit for jobs',
    'took longer than',
    'with no output',
    // Raku, Octave, Lisps (ERT, rackunit, SBCL), SwiftLint, CoffeeScript: rules/raku.ts, octave.ts,
    // lisp.ts, apple.ts, coffee.ts.
    ' in sub ',
    ' in method ',
    ' in block <',
    ' condition:',
    '.rkt:',
    'nhandled ',
    'iolation: ',
    '.coffee:',
    // PHPStan's table heading (rules/php-tools.ts).
    'Line   ',
    // JVM build tools and C# (rules/jvm.ts, rules/dotnet-build.ts): groovyc's file and position
    // (also in Gradle's build-script errors), Groovy's uncaught "Caught: …", the Maven Enforcer's
    // version range and banned dependency, NUnit 2's failures, xbuild's unresolved reference.
    '.groovy: ',
    ' @ line ',
    'Caught: ',
    'allowed range',
    'anned Dep',
    'Test Failure : ',
    'Test Error : ',
    'not resolved',
    // Quiet sections (Rule.quiets: RSpec's and rebar3's pending, PHPUnit's risky, incomplete and
    // skipped tests), Ant's <junit> and <javac> task output (rules/ruby.ts, php.ts, jvm.ts).
    'Pending:',
    'isky test',
    'ncomplete test',
    'kipped test',
    'PHPUnit deprecation',
    'PHPUnit notice',
    // Installing dependencies (rules/install.ts): apt-get's package with no candidate, mkmf without
    // Ruby's headers, Go with module downloads off, npm's EBADENGINE details.
    'nstallation candidate',
    'header files',
    'lookup disabled',
    'notsup ',
    // Linters and format checks (rules/linters.ts): clang-format, isort, markdownlint's rule codes,
    // codespell's corrections.
    'clang-format',
    'ncorrectly sorted',
    ' MD0',
    ' ==> ',
    // TSLint's "file.ts[line, col]", standard's banner, puppet-lint's check names, ansible-lint's
    // "file.yml:line".
    '.ts[',
    '.tsx[',
    'Standard Style',
    'utomatically fix',
    '(check: ',
    '.yml:',
    '.yaml:',
    'too many warnings',
    // Coverage gates (rules/coverage.ts): istanbul, Jest, SimpleCov.
    'oes not meet',
    'coverage threshold',
    'minimum coverage',
    'overage has dropped',
    // composer validate: --strict failing on warnings alone, a manifest its schema rejects (rules/php.ts).
    'with a few warnings',
    'JSON schema',
    // JavaScript as Travis ran it (rules/js-legacy.ts): JSHint's ", col " and its messages under a
    // caret in grunt, JSCS's rule names, standard's banner, gulp 3's "primordials is not defined".
    ', col ',
    'ot defined',
    'emicolon',
    'requireS',
    'requireC',
    'requireT',
    'disallow',
    'validate',
    'tandard Style',
    'not invoked',
    // Mobile and their neighbours (rules/dotnet-dart-swift.ts, apple.ts, elixir.ts, php-tools.ts):
    // Flutter's exception banner, CocoaPods' unsatisfiable requirement, Credo's issue rows.
    'CAUGHT BY',
    'spec sources',
    '┃ ',
    // Node.js dying of an uncaught error: a promise rejected with no handler, the closing version
    // line (rules/node.ts).
    'Rejection: ',
    'Node.js v',
    'Module._compile',
    'ModuleJob.run',
    // pkg-config 0.29's "No package 'x' found", also under CMake's pkg_check_modules (rules/install.ts).
    'No package ',
    // Swift Testing's issue line (rules/apple.ts).
    'recorded an issue',
    // MUnit's failed-test marker and comparison headers (rules/scala.ts).
    '==> X',
    'not the same',
    '=> Diff',
    // Carthage refusing to build a fat framework (rules/apple.ts).
    'common architectures',
    // Nix (rules/nix.ts): a builder's log lines as `nix build` quotes them, after "       > ".
    '     > ',
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
 * How common a byte is in log text, roughly: spaces and frequent lowercase letters most, other
 * letters and separators less, capitals, digits and other punctuation least.
 */
function commonness(byte) {
    if (byte === 32)
        return 5;
    if ('etaoinsr'.includes(String.fromCharCode(byte)))
        return 4;
    if (byte >= 97 && byte <= 122)
        return 3;
    if (byte === 61 || byte === 45 || byte === 46 || byte === 47 || byte === 58 || byte === 95)
        return 3;
    if (byte >= 128)
        return 0;
    return 1;
}
/**
 * Three letters that English words and code identifiers are full of (`missing`, `package`,
 * `project`, `complete`): a stem keyed by them would be confirmed at every such word. Letters
 * alone do not tell (`g` is rare, `ing` is everywhere).
 */
const VERY_COMMON_TRIGRAMS = new Set('the and ing ion tio ent ati for her ter com pac jec mpl ple'.split(' '));
const COMMON_TRIGRAMS = new Set(('hat tha ere ate his con res ver all ons nce men ith ted ers pro thi wit are ess not ive was ect rea ' +
    'eve per int est sta cti ica ist ear ain one our iti rat ell ant str ort man red pre ine tra nte ase ' +
    'ure out ble ric ven age sti tin lin ran der ina nes ill ond cat ies ste tor ore ser ame kag imp che ' +
    'run cod fil por rec ach mpo emo ild uil ini lat ial ava app pen end spe ack ndi din ode ype ues que ' +
    'ssi iss tes ail rro err orr omp ile sin ert sts ult ref tal orm ann nch').split(' '));
let ranks;
/** FREQUENT_TRIGRAMS by sequence: 0 for the most frequent. */
function trigramRank() {
    if (!ranks) {
        ranks = new Map();
        for (let i = 0; i + 3 <= FREQUENT_TRIGRAMS.length; i += 3)
            ranks.set(FREQUENT_TRIGRAMS.slice(i, i + 3), i / 3);
    }
    return ranks;
}
/**
 * The offset of the stem's three bytes least likely to occur in ordinary text: the stem is found
 * by those, so a stem starting with `est` or `===` does not stop the scan on every "test" or
 * every separator line.
 */
/** The three bytes (latin1) StemIndex finds `stem` by. */
function stemKey(stem) {
    const bytes = Buffer.from(stem, 'utf8');
    const o = rareOffset(bytes);
    return bytes.subarray(o, o + 3).toString('latin1');
}
function rareOffset(bytes) {
    let best = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let o = 0; o + 3 <= bytes.length; o++) {
        const a = bytes[o];
        const b = bytes[o + 1];
        const c = bytes[o + 2];
        // Measured first (how often recorded logs hold these bytes), guessed second: the guess still
        // orders the sequences the recordings hold too rarely to rank.
        const rank = trigramRank().get(String.fromCharCode(a, b, c));
        let score = rank === undefined ? 0 : (FREQUENT_TRIGRAMS.length / 3 - rank) * 100;
        score += commonness(a) + commonness(b) + commonness(c);
        // Runs (`===`, `---`, `   `) fill separator and indentation lines.
        if (a === b || b === c)
            score += 4;
        const lower = String.fromCharCode(a | 32, b | 32, c | 32);
        if (VERY_COMMON_TRIGRAMS.has(lower))
            score += 10;
        else if (COMMON_TRIGRAMS.has(lower))
            score += 6;
        if (score < bestScore) {
            bestScore = score;
            best = o;
        }
    }
    return best;
}
/**
 * Finds whether a line's bytes hold any stem. A JavaScript loop over the bytes with a rolling
 * three-byte key and a bit set of three bytes of each stem runs several times faster than a
 * regular expression alternation of a hundred literals, and costs the same whatever the stem count;
 * a key hit is confirmed by comparing the whole stem. Each stem is keyed by its rarest three bytes
 * (see rareOffset), so that key hits, and the confirming they cost, stay rare.
 */
class StemIndex {
    bits = new Uint32Array(1 << 19);
    byKey = new Map();
    /** By stem id: its length in bytes and its tag (for StemHits' readers). */
    lengths;
    tags;
    /**
     * `tags[i]` (a bit, default 1) says which family stem i belongs to (StemHits' readers OR them).
     * `kernel: false`: `scan` runs its JavaScript loop, not the WebAssembly one (tests compare the two).
     */
    constructor(stems, tags, options = {}) {
        this.useKernel = options.kernel ?? true;
        this.lengths = new Int32Array(stems.length);
        this.tags = new Int32Array(stems.length);
        stems.forEach((stem, i) => {
            const bytes = Buffer.from(stem, 'utf8');
            if (bytes.length < 3)
                throw new Error(`stem "${stem}" is shorter than three bytes`);
            const tag = tags?.[i] ?? 1;
            this.lengths[i] = bytes.length;
            this.tags[i] = tag;
            const offset = rareOffset(bytes);
            const key = (bytes[offset] << 16) | (bytes[offset + 1] << 8) | bytes[offset + 2];
            this.bits[key >>> 5] |= 1 << (key & 31);
            const list = this.byKey.get(key);
            const entry = { id: i, offset };
            if (list)
                list.push(entry);
            else
                this.byKey.set(key, [entry]);
        });
        // The same lists in flat typed arrays, found by open addressing: `scan` confirms a million key
        // hits per 60 MB, and a Map lookup and entry objects cost more than the byte loop itself.
        let size = 16;
        while (size < this.byKey.size * 4)
            size *= 2;
        this.slotShift = 32 - Math.log2(size);
        this.slotKey = new Int32Array(size).fill(-1);
        this.slotAt = new Int32Array(size);
        this.slotCount = new Int32Array(size);
        this.entryId = new Int32Array(stems.length);
        this.entryOffset = new Int32Array(stems.length);
        this.stemStart = new Int32Array(stems.length);
        const flat = [];
        let e = 0;
        for (const [key, list] of this.byKey) {
            let slot = Math.imul(key, 0x9e3779b1) >>> this.slotShift;
            while (this.slotKey[slot] !== -1)
                slot = (slot + 1) & (size - 1);
            this.slotKey[slot] = key;
            this.slotAt[slot] = e;
            this.slotCount[slot] = list.length;
            for (const entry of list) {
                this.entryId[e] = entry.id;
                this.entryOffset[e] = entry.offset;
                e++;
            }
        }
        stems.forEach((stem, i) => {
            this.stemStart[i] = flat.length;
            for (const b of Buffer.from(stem, 'utf8'))
                flat.push(b);
        });
        this.stemBytes = Uint8Array.from(flat);
    }
    /** The WebAssembly scan loop, made on the first `scan` (undefined: none, or not yet; null: cannot). */
    kernel() {
        if (this.scanKernel === undefined)
            this.scanKernel =
                (this.useKernel
                    ? StemKernel.create({
                        keys: this.byKey.keys(),
                        slotShift: this.slotShift,
                        slotKey: this.slotKey,
                        slotAt: this.slotAt,
                        slotCount: this.slotCount,
                        entryId: this.entryId,
                        entryOffset: this.entryOffset,
                        lengths: this.lengths,
                        stemStart: this.stemStart,
                        stemBytes: this.stemBytes,
                    })
                    : undefined) ?? null;
        return this.scanKernel ?? undefined;
    }
    scanKernel;
    useKernel;
    slotShift;
    slotKey;
    slotAt;
    slotCount;
    entryId;
    entryOffset;
    stemStart;
    stemBytes;
    /** Whether bytes[start, end) hold a stem. */
    has(bytes, start, end) {
        if (end - start < 3)
            return false;
        const bits = this.bits;
        let key = (bytes[start] << 8) | bytes[start + 1];
        for (let i = start + 2; i < end; i++) {
            key = ((key << 8) | bytes[i]) & 0xffffff;
            if ((bits[key >>> 5] & (1 << (key & 31))) !== 0 && this.confirm(bytes, i - 2, start, end, key))
                return true;
        }
        return false;
    }
    /**
     * Every stem occurrence in bytes[start, end) as (id, offset from start) pairs written into `out`;
     * returns the number of pairs (at most out.length / 2).
     */
    occurrences(bytes, start, end, out) {
        if (end - start < 3)
            return 0;
        const bits = this.bits;
        let n = 0;
        let key = (bytes[start] << 8) | bytes[start + 1];
        for (let i = start + 2; i < end; i++) {
            key = ((key << 8) | bytes[i]) & 0xffffff;
            if ((bits[key >>> 5] & (1 << (key & 31))) === 0)
                continue;
            const slot = this.slotOf(key);
            for (let e = this.slotAt[slot], last = e + this.slotCount[slot]; e < last; e++) {
                const id = this.entryId[e];
                const from = i - 2 - this.entryOffset[e];
                if (!this.stemAt(bytes, from, start, end, id))
                    continue;
                if (n * 2 + 1 >= out.length)
                    return n;
                out[n * 2] = id;
                out[n * 2 + 1] = from - start;
                n++;
            }
        }
        return n;
    }
    /**
     * Every stem occurrence in bytes[start, end) (a run of many lines, not one), appended to `hits`
     * after clearing it: one pass for all the lines, instead of one per line and a second per line
     * holding a stem. Occurrences come in the order `occurrences` reports a line's (by where the key
     * sits, then by stem id). No stem holds a line break, so each occurrence lies inside one line;
     * the caller assigns them to lines (and drops those past a cut line's end).
     */
    scan(bytes, start, end, hits) {
        hits.count = 0;
        if (end - start < 3)
            return;
        const kernel = this.kernel();
        if (kernel !== undefined && end - start <= kernel.capacity) {
            // The same hits as the loop below, found in WebAssembly (stem-kernel.ts).
            kernel.scan(bytes, start, end, hits);
            return;
        }
        const bits = this.bits;
        let key = (bytes[start] << 8) | bytes[start + 1];
        for (let i = start + 2; i < end; i++) {
            key = ((key << 8) | bytes[i]) & 0xffffff;
            if ((bits[key >>> 5] & (1 << (key & 31))) !== 0)
                this.record(bytes, i - 2, start, end, key, hits);
        }
    }
    /** scan's confirmation: the stems keyed by `key` at `at` that the bytes hold, into `hits`. */
    record(bytes, at, start, end, key, hits) {
        const slot = this.slotOf(key);
        for (let e = this.slotAt[slot], last = e + this.slotCount[slot]; e < last; e++) {
            const id = this.entryId[e];
            const from = at - this.entryOffset[e];
            if (this.stemAt(bytes, from, start, end, id))
                hits.push(at, from, id);
        }
    }
    /** Whether a stem whose key sits at `at` lies whole in bytes[start, end). */
    confirm(bytes, at, start, end, key) {
        const slot = this.slotOf(key);
        for (let e = this.slotAt[slot], last = e + this.slotCount[slot]; e < last; e++)
            if (this.stemAt(bytes, at - this.entryOffset[e], start, end, this.entryId[e]))
                return true;
        return false;
    }
    /** The slot of `key` in the flat tables; the bit set holds only keys of the table, so the probe ends. */
    slotOf(key) {
        const slotKey = this.slotKey;
        const wrap = slotKey.length - 1;
        let slot = Math.imul(key, 0x9e3779b1) >>> this.slotShift;
        while (slotKey[slot] !== key)
            slot = (slot + 1) & wrap;
        return slot;
    }
    /** Whether stem `id` starts at `from` and lies whole in bytes[start, end). */
    stemAt(bytes, from, start, end, id) {
        const length = this.lengths[id];
        if (from < start || from + length > end)
            return false;
        const stemBytes = this.stemBytes;
        const base = this.stemStart[id];
        let k = 0;
        while (k < length && bytes[from + k] === stemBytes[base + k])
            k++;
        return k === length;
    }
}
/** Stem occurrences found by StemIndex.scan: where each one's key and the stem start, and its id. */
class StemHits {
    count = 0;
    key = new Int32Array(4096);
    from = new Int32Array(4096);
    id = new Int32Array(4096);
    push(key, from, id) {
        const n = this.count;
        if (n === this.key.length) {
            const grow = (a) => {
                const b = new Int32Array(a.length * 2);
                b.set(a);
                return b;
            };
            this.key = grow(this.key);
            this.from = grow(this.from);
            this.id = grow(this.id);
        }
        this.key[n] = key;
        this.from[n] = from;
        this.id[n] = id;
        this.count = n + 1;
    }
}
/** A leaf this small is compared as it is. */
const TREE_LEAF = 2;
const TREE_DEPTH = 3;
/** How far before the stem's start a node may read (three times that after it). */
const TREE_REACH = 4;
const NO_CLASSES = new Uint8Array(257);
/**
 * The tree for a stem's anchors: at each node the offset whose byte splits them best (the
 * largest child smallest). An anchor with no byte at that offset (it ends, or starts, before it)
 * goes to every child, so a child holds every anchor its byte allows; the class of bytes no anchor
 * has there (and of no byte at all) holds only those. Offsets that would copy many anchors into
 * every child are passed over, so the tree stays small.
 */
function anchorTree(list, depth = 0) {
    const leaf = { offset: 0, children: [], classOf: NO_CLASSES, anchors: list };
    if (list.length <= TREE_LEAF || depth >= TREE_DEPTH)
        return leaf;
    // The byte an anchor has at `offset` from its stem's start, or -1 when it has none there.
    const byteAt = (e, offset) => {
        const k = e.lead + offset;
        return k >= 0 && k < e.bytes.length ? e.bytes[k] : -1;
    };
    // Offsets near the stem: they tell most anchors apart, and looking further costs build time.
    let lowest = 0;
    let highest = 0;
    for (const e of list) {
        lowest = Math.max(-TREE_REACH, Math.min(lowest, -e.lead));
        highest = Math.min(TREE_REACH * 3, Math.max(highest, e.bytes.length - e.lead - 1));
    }
    const counts = new Int32Array(256);
    const seen = [];
    // Anchors with no byte at an offset go to every child: past a third of them, the copies cost
    // more than the split saves.
    const maxWild = list.length / 3;
    let best;
    for (let offset = lowest; offset <= highest; offset++) {
        for (const b of seen)
            counts[b] = 0;
        seen.length = 0;
        let wild = 0;
        let largest = 0;
        for (let i = 0; i < list.length && wild <= maxWild; i++) {
            const b = byteAt(list[i], offset);
            if (b < 0)
                wild++;
            else {
                if (counts[b] === 0)
                    seen.push(b);
                counts[b] += 1;
                largest = Math.max(largest, counts[b]);
            }
        }
        if (seen.length < 2 || wild > maxWild)
            continue;
        largest += wild;
        if (!best || largest < best.largest)
            best = { offset, largest };
    }
    if (!best || best.largest * 4 > list.length * 3)
        return leaf;
    const { offset } = best;
    const classOf = new Uint8Array(257);
    const bytes = [];
    for (const e of list) {
        const b = byteAt(e, offset);
        if (b >= 0 && classOf[b] === 0) {
            bytes.push(b);
            classOf[b] = bytes.length;
        }
    }
    // A class must fit a byte: 256 values and the class of none would not (UTF-8 anchors never
    // hold all 256 byte values at one place, but the tables must not wrap if one did).
    if (bytes.length > 255)
        return leaf;
    const children = [
        anchorTree(list.filter((e) => byteAt(e, offset) < 0), depth + 1),
    ];
    for (const b of bytes)
        children.push(anchorTree(list.filter((e) => {
            const at = byteAt(e, offset);
            return at < 0 || at === b;
        }), depth + 1));
    return { offset, children, classOf, anchors: [] };
}
function flatAnchors(trees, anchors) {
    const nodes = [];
    const number = new Map();
    // Breadth-first, so that a node's children get consecutive numbers.
    const queue = [];
    const visit = (t) => {
        number.set(t, nodes.length);
        nodes.push(t);
        queue.push(t);
    };
    const root = new Int32Array(trees.length);
    trees.forEach((t, id) => {
        root[id] = nodes.length;
        visit(t);
        while (queue.length > 0)
            for (const c of queue.shift().children)
                visit(c);
    });
    const inner = nodes.filter((t) => t.children.length > 0);
    const out = {
        root,
        offset: Int32Array.from(nodes, (t) => t.offset),
        firstChild: Int32Array.from(nodes, (t) => (t.children.length > 0 ? number.get(t.children[0]) : -1)),
        classesAt: new Int32Array(nodes.length),
        classes: new Uint8Array(inner.length * 257),
        leafStart: new Int32Array(nodes.length),
        leafEnd: new Int32Array(nodes.length),
        leafAnchors: new Int32Array(nodes.reduce((n, t) => n + t.anchors.length, 0)),
        lead: Int32Array.from(anchors, (e) => e.lead),
        bytesAt: new Int32Array(anchors.length),
        length: Int32Array.from(anchors, (e) => e.bytes.length),
        bytes: new Uint8Array(anchors.reduce((n, e) => n + e.bytes.length, 0)),
        rules: anchors.map((e) => e.rules),
    };
    let c = 0;
    let l = 0;
    nodes.forEach((t, i) => {
        if (t.children.length > 0) {
            out.classesAt[i] = c;
            out.classes.set(t.classOf, c);
            c += 257;
        }
        out.leafStart[i] = l;
        for (const e of t.anchors)
            out.leafAnchors[l++] = e.order;
        out.leafEnd[i] = l;
    });
    let b = 0;
    anchors.forEach((e, i) => {
        out.bytesAt[i] = b;
        out.bytes.set(e.bytes, b);
        b += e.bytes.length;
    });
    return out;
}
/** `shaped`'s copies, one per rule. */
const shapes = new WeakMap();
/**
 * A rule with every field present, in one order. Rules are written as object literals with the
 * fields each needs, hundreds of hidden classes between them, which makes every read of a rule's
 * field on the hot path a megamorphic one; copies of one shape keep those reads cheap. The mapped
 * type makes a field added to Rule and forgotten here a compile error.
 */
function shaped(r) {
    // One copy per rule, whichever rule sets hold it: a rule is the same object in all of them.
    const known = shapes.get(r);
    if (known)
        return known;
    const all = {
        id: r.id,
        tool: r.tool,
        anchors: r.anchors,
        pattern: r.pattern,
        role: r.role,
        category: r.category,
        classify: r.classify,
        weight: r.weight,
        follow: r.follow,
        lead: r.lead,
        facts: r.facts,
        confidence: r.confidence,
        quiets: r.quiets,
    };
    shapes.set(r, all);
    return all;
}
/** bytes[start, end) as a latin1 string: one character per byte, as `candidates` reads lines. */
function latin1Of(bytes, start, end) {
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}
/** What candidatesIn returns for a line holding no anchor (most lines it is asked about). */
const NO_RULES = Object.freeze([]);
/** Rules compiled for scanning: a stem test per line's bytes, then anchors on the lines that pass. */
class RuleSet {
    rules;
    /** Which lines are worth looking at. */
    stems;
    /** The stems the rules' anchors are built on (a scanner may combine them with its own). */
    stemList;
    byAnchor = new Map();
    constructor(given, stems = STEMS) {
        const rules = given.map(shaped);
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
                // Each rule once per anchor: candidatesFound hands a lone anchor's list out as it is.
                if (!list)
                    this.byAnchor.set(anchor, [rule]);
                else if (!list.includes(rule))
                    list.push(rule);
            }
        }
        this.rules = rules;
        // Anchors and stems may be non-ASCII (✖, ●): scanning sees latin1 views, i.e. UTF-8 bytes.
        const latin1 = (s) => Buffer.from(s, 'utf8').toString('latin1');
        this.stems = new StemIndex(stems);
        this.stemList = stems;
        const stems1 = stems.map(latin1);
        // Per stem: the anchors whose first stem it is, with how far into the anchor it starts; and
        // every anchor in its order.
        const byStem = stems.map(() => []);
        const all = [];
        for (const [anchor, anchorRules] of this.byAnchor) {
            const a = latin1(anchor);
            let at = a.length;
            let id = -1;
            stems1.forEach((st, i) => {
                const k = a.indexOf(st);
                if (k >= 0 && k < at) {
                    at = k;
                    id = i;
                }
            });
            // Wherever the anchor occurs, this stem occurs `at` characters into it: looked up from there.
            const entry = { bytes: Buffer.from(a, 'latin1'), lead: at, rules: anchorRules, order: all.length };
            byStem[id].push(entry);
            all.push(entry);
        }
        this.anchors = flatAnchors(byStem.map((list) => anchorTree(list)), all);
    }
    /**
     * The anchors' alternation and, for each anchor (as latin1), the rules of every anchor it starts
     * with, itself included: for `candidates`, built on its first use (the scanner never needs them,
     * and pairing every anchor with every other costs a RuleSet tens of milliseconds).
     */
    alternation() {
        if (this.byAlternation)
            return this.byAlternation;
        const latin1 = (s) => Buffer.from(s, 'utf8').toString('latin1');
        // Factored by common prefixes: V8 runs a trie-shaped alternation faster than a flat one.
        const re = new RegExp(literalAlternation([...this.byAnchor.keys()].map(latin1)), 'g');
        // The alternation reports the longest anchor at a position; shorter ones it starts with
        // ("[ERROR]" inside "[ERROR] ") match there too.
        const anchors = [...this.byAnchor.keys()];
        const rulesAt = new Map(anchors.map((a) => {
            const rules = anchors.filter((b) => a.startsWith(b)).flatMap((b) => this.byAnchor.get(b) ?? []);
            return [latin1(a), [...new Set(rules)]];
        }));
        const built = { re, rulesAt };
        this.byAlternation = built;
        return built;
    }
    byAlternation;
    /** Every stem's anchors as a tree over the bytes around it, in flat arrays (see flatAnchors). */
    anchors;
    /**
     * `candidates` for the line bytes[start, end): each stem occurrence is looked up in the anchors
     * that start with it (at their offset), instead of running the anchors' alternation at every
     * position of the line; anchors are compared as bytes.
     */
    candidatesIn(bytes, start, end) {
        const found = this.found;
        const n = this.stems.occurrences(bytes, start, end, found);
        // More stems than the scratch space holds (a test name can repeat one thousands of times
        // before the runner's anchor): the alternation, exact whatever their number, on this line only.
        if (n * 2 >= found.length)
            return this.candidates(latin1Of(bytes, start, end));
        return this.candidatesFound(found, n, bytes, start, end);
    }
    /**
     * `candidatesIn` from stem occurrences already found (StemIndex.scan over many lines, with the
     * rules' stems first among its stems): hits[first, last) of the line bytes[start, end). Stems
     * past the rules' own (a scanner's additions) are skipped.
     */
    candidatesOf(hits, first, last, start, end, bytes) {
        const found = this.found;
        const lengths = this.stems.lengths;
        const own = lengths.length;
        let n = 0;
        for (let k = first; k < last; k++) {
            const id = hits.id[k];
            const from = hits.from[k];
            if (id >= own || from < start || from + lengths[id] > end)
                continue;
            // More than the scratch space holds: the alternation, as candidatesIn does.
            if (n * 2 + 1 >= found.length)
                return this.candidates(latin1Of(bytes, start, end));
            found[n * 2] = id;
            found[n * 2 + 1] = from - start;
            n++;
        }
        return this.candidatesFound(found, n, bytes, start, end);
    }
    /**
     * Candidates from the (stem id, offset) pairs found[0, 2n) of the line bytes[start, end).
     * Anchors are compared as bytes (their latin1 form is their UTF-8 bytes): no string of the line
     * is made for a line that holds none.
     */
    candidatesFound(found, n, bytes, start, end) {
        // Anchor hits as (where the anchor starts, its rules) in two reused arrays: most lines that
        // get here hold no anchor, and those that do hold one or two.
        const hitAt = this.hitAt;
        const hitRules = this.hitRules;
        const hitOrder = this.hitOrder;
        const flat = this.anchors;
        const { firstChild, offset, classesAt, classes, leafAnchors, lead, bytesAt, length } = flat;
        const anchorBytes = flat.bytes;
        let count = 0;
        let sorted = true;
        for (let j = 0; j < n; j++) {
            const at = found[j * 2 + 1];
            const id = found[j * 2];
            // Down the stem's tree by the bytes around this occurrence, to the anchors they allow.
            let node = flat.root[id];
            const base = start + at;
            while (firstChild[node] >= 0) {
                const p = base + offset[node];
                node = firstChild[node] + classes[classesAt[node] + (p >= start && p < end ? bytes[p] : 256)];
            }
            for (let l = flat.leafStart[node], last = flat.leafEnd[node]; l < last; l++) {
                const order = leafAnchors[l];
                const from = start + at - lead[order];
                const size = length[order];
                if (at < lead[order] || from + size > end)
                    continue;
                const own = bytesAt[order];
                let k = 0;
                while (k < size && bytes[from + k] === anchorBytes[own + k])
                    k++;
                if (k < size)
                    continue;
                const where = at - lead[order];
                if (count > 0 &&
                    (hitAt[count - 1] > where || (hitAt[count - 1] === where && hitOrder[count - 1] > order)))
                    sorted = false;
                hitAt[count] = where;
                hitRules[count] = flat.rules[order];
                hitOrder[count] = order;
                count++;
            }
        }
        if (count === 0)
            return NO_RULES;
        // One anchor (most lines that hold any): its rules, each once already, as they are.
        if (count === 1)
            return hitRules[0];
        // In line order, as the alternation reports them (rules see their candidates in that order);
        // anchors at one place (one the other's prefix) in the anchors' order, as the alternation
        // lists them, not in the order their stems were met (the longer's stem may be met later).
        if (!sorted) {
            for (let i = 1; i < count; i++) {
                const at = hitAt[i];
                const rules = hitRules[i];
                const order = hitOrder[i];
                let k = i - 1;
                while (k >= 0 && (hitAt[k] > at || (hitAt[k] === at && hitOrder[k] > order))) {
                    hitAt[k + 1] = hitAt[k];
                    hitRules[k + 1] = hitRules[k];
                    hitOrder[k + 1] = hitOrder[k];
                    k--;
                }
                hitAt[k + 1] = at;
                hitRules[k + 1] = rules;
                hitOrder[k + 1] = order;
            }
        }
        const out = [];
        for (let i = 0; i < count; i++)
            for (const rule of hitRules[i])
                if (!out.includes(rule))
                    out.push(rule);
        return out;
    }
    /** Scratch space for candidatesIn's anchor hits. */
    hitAt = [];
    hitRules = [];
    hitOrder = [];
    /** Scratch space for candidatesIn: (stem id, offset) pairs of one line. */
    found = new Int32Array(2048);
    /** Rules whose anchors occur in `view` (the line's raw latin1 text), each once. */
    candidates(view) {
        const out = [];
        const { re, rulesAt } = this.alternation();
        re.lastIndex = 0;
        for (let m = re.exec(view); m; m = re.exec(view)) {
            for (const rule of rulesAt.get(m[0]) ?? [])
                if (!out.includes(rule))
                    out.push(rule);
            // Anchors may overlap ("ERROR" inside "[ERROR]"): step one character, not past the match.
            re.lastIndex = m.index + 1;
        }
        return out;
    }
    /** Every rule that matches the cleaned line. */
    match(view, text, candidates) {
        // `candidates`: this view's candidates, when the caller already has them.
        return this.matchCandidates(text, candidates ?? this.candidates(view));
    }
    /** The rules among `candidates` that match the cleaned line. */
    matchCandidates(text, candidates) {
        const hits = [];
        // Indexed: an iterator here was one allocation per candidate line.
        for (let i = 0; i < candidates.length; i++) {
            const rule = candidates[i];
            rule.pattern.lastIndex = 0;
            const m = rule.pattern.exec(text);
            if (!m)
                continue;
            // Every field set, in one order: hits of one shape keep the code that reads them monomorphic.
            const category = rule.classify?.(m) ?? rule.category;
            const facts = rule.facts?.(m, text);
            hits.push({ rule, category: category || undefined, facts: facts || undefined });
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/apple.js

/**
 * Apple toolchain output beyond the compiler and XCTest lines of dotnet-dart-swift.ts: SwiftLint's
 * Xcode reporter, Swift runtime traps inside a test run, XCUITest's step log and CocoaPods'
 * resolver, Carthage's failed tasks and fat-framework refusal, xcrun's missing tools. Written from real logs in packages/fixtures/ecosystems/swift (xcbeautify's and
 * SwiftLint's test data, the messages CocoaPods' own specs assert `pod install` prints, READMEs and blog posts quoting Carthage).
 */
/** Where the issue was recorded, after any argument values: "at MathTests.swift:9:5: <message>". */
const SWIFT_TESTING_AT = /^(?:with .{1,200}? )?at ([^\s:]{1,300}\.swift):(\d{1,9}):(\d{1,9}): (.*)/;
const appleRules = [
    {
        // SwiftLint's xcode reporter: "<file>:<line>:<col>: error: Line Length Violation: <reason>.
        // (line_length)". Warnings do not fail a run unless --strict, which turns them into errors.
        id: 'swiftlint.violation',
        tool: 'swiftlint',
        anchors: [' Violation: '],
        pattern: /^([^:\s][^:]*):(\d+):(\d+): error: ([\w ]+ Violation): (.*) \((\w+)\)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'swiftlint', code: m[6], locations: [helpers_location(m[1], m[2], m[3], `${m[4]}: ${m[5]}`)] }),
    },
    {
        // A Swift trap (fatalError, a nil force-unwrapped, an index out of range) stops the test
        // process: "DateTests/CalendarDayTests.swift:63: Fatal error: This test is not implemented yet."
        id: 'swift.fatal-error',
        tool: 'swift',
        anchors: [': Fatal error: '],
        pattern: /^(\S+\.swift):(\d+): Fatal error: (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'swift', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        // XCUITest's activity log: "    t =    22.27s             Assertion Failure: <unknown>:0: UI
        // Testing Failure - Unable to find hit point for element …", then "Test Case '…' failed".
        id: 'xcuitest.assertion',
        tool: 'xctest',
        anchors: ['Assertion Failure: '],
        pattern: /^\s*t = +[\d.]+s +Assertion Failure: (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: () => ({ tool: 'xctest' }),
    },
    {
        // CocoaPods' resolver (lib/cocoapods/resolver.rb): '[!] CocoaPods could not find compatible
        // versions for pod "AFNetworking":', then who asks for what, indented under "In Podfile:" (and
        // "In snapshot (Podfile.lock):"), with a blank line between requirements. Exit status 31.
        id: 'cocoapods.incompatible',
        tool: 'cocoapods',
        anchors: ['CocoaPods could not find compatible versions for pod '],
        pattern: /^\[!\] CocoaPods could not find compatible versions for pod "([^"]+)":$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'cocoapods', package: m[1] }),
    },
    {
        // When no version in any spec repository fits: "None of your spec sources contain a spec
        // satisfying the dependency: `AFNetworking (= 3.0.1)`." (or "dependencies: `A, B`"), after the
        // requirements and before the list of likely causes.
        id: 'cocoapods.no-spec',
        tool: 'cocoapods',
        anchors: ['None of your spec sources contain a spec satisfying'],
        pattern: /^None of your spec sources contain a spec satisfying the dependenc(?:y|ies): `([^`]+)`\.$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.75,
        facts: (m) => ({ tool: 'cocoapods', package: m[1] }),
    },
    {
        // Carthage (0.36 and later) building fat frameworks with Xcode 12 or later: lipo cannot join a
        // device and a simulator slice that both hold arm64, and Carthage stops with "Building universal
        // frameworks with common architectures is not possible. The device and simulator slices for "X"
        // both build for: arm64" and, on the next line, "Rebuild with --use-xcframeworks …".
        id: 'carthage.common-architectures',
        tool: 'carthage',
        anchors: ['common architectures is not possible'],
        pattern: /^Building universal frameworks with common architectures is not possible\. The device and simulator slices for "([^"]+)" both build for: (\S+)/,
        role: 'error',
        // The project builds; the toolchain (Xcode 12's arm64 simulators) no longer fits fat frameworks.
        category: 'toolchain_mismatch',
        weight: 0.85,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'carthage', package: m[1] }),
    },
    {
        // Carthage 0.30 and later when building a dependency fails: "*** Building scheme "X" in
        // X.xcodeproj", "Build Failed", then "\tTask failed with exit code 65:" and, on the next line,
        // the tab-indented xcodebuild (or lipo) command, then a pointer to the xcodebuild log. The
        // scheme and the command say what failed; a compiler error quoted above them outranks this line.
        id: 'carthage.task-failed',
        tool: 'carthage',
        anchors: ['Task failed with exit code '],
        // Carthage indents it with one tab, always (CarthageError.buildFailed); task runners, Ansible
        // and a test's own output print the words unindented or space-indented, and are not Carthage.
        pattern: /^\tTask failed with exit code (\d{1,3}):$/,
        role: 'error',
        // Carthage's own reading of exit 65: "This usually indicates that project itself failed to compile."
        category: 'compile_error',
        weight: 0.7,
        follow: 'until-blank',
        lead: /^(?:Build Failed|\*\*\* Building scheme "[^"]{1,300}" in \S.{0,300})$/,
        facts: (m) => ({ tool: 'carthage', exitCode: Number(m[1]) }),
    },
    {
        // Carthage before 0.30, and any version for a task outside the build (git fetch, lipo,
        // xcodebuild -list): "A shell task (/usr/bin/env git fetch … (launched in …)) failed with exit
        // code 128:", the task's standard error on the lines below; Carthage 0.9 and older left the
        // task out: "A shell task failed with exit code 65:". The stderr lines say why.
        id: 'carthage.shell-task',
        tool: 'carthage',
        anchors: [') failed with exit code ', 'A shell task failed with exit code '],
        pattern: /^A shell task (?:\((\S.*)\) )?failed with exit code (\d{1,3}):?$/,
        role: 'error',
        weight: 0.7,
        follow: 'until-blank',
        classify: (m) => {
            const task = m[1] ?? '';
            // lipo joining device and simulator slices fails on Xcode 12+ arm64 simulators, not on the code.
            if (task.startsWith('/usr/bin/xcrun lipo '))
                return 'toolchain_mismatch';
            if (task.startsWith('/usr/bin/env git '))
                return 'git_error';
            if (m[2] === '65')
                return 'compile_error';
            return undefined;
        },
        facts: (m) => ({ tool: 'carthage', exitCode: Number(m[2]) }),
    },
    {
        // xcrun when xcode-select points at the Command Line Tools, which have no xcodebuild (exit 72):
        // 'xcrun: error: unable to find utility "xcodebuild", not a developer tool or in PATH'.
        id: 'xcrun.missing-utility',
        tool: 'xcrun',
        anchors: ['unable to find utility "'],
        pattern: /^xcrun: error: unable to find utility "([^"]{1,200})", not a developer tool or in PATH$/,
        role: 'error',
        category: 'missing_command',
        weight: 0.9,
        facts: (m) => ({ tool: 'xcrun', command: m[1] }),
    },
    {
        // Carthage skips a dependency with no shared framework scheme (a source-only or SwiftPM-only
        // package) and goes on: "*** Skipped building X due to the error:" and 'Dependency "X" has no
        // shared framework schemes', which READMEs tell users to ignore. Not why a run failed.
        id: 'carthage.skipped-building',
        tool: 'carthage',
        anchors: [' due to the error:'],
        pattern: /^\*\*\* {1,2}Skipped building \S{1,200} due to the error:$/,
        role: 'noise',
        weight: 0.6,
    },
    {
        // Swift Testing (swift test, Xcode 16+): "✘ Test addTwo() recorded an issue at MathTests.swift:9:5:
        // Expectation failed: (sum → 3) == 4", with an SF Symbol instead of ✘ on macOS; parameterised
        // tests say "recorded an issue with 1 argument value → 2 at …". Anchored at the start, and the
        // name lazily up to the first "recorded an issue": one pass over the line.
        id: 'swift-testing.issue',
        tool: 'swift-testing',
        anchors: [' recorded an issue '],
        pattern: /^\S{1,2} {1,2}Test (.+?) recorded an issue (.*)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => {
            const at = SWIFT_TESTING_AT.exec(m[2]);
            return {
                tool: 'swift-testing',
                tests: [m[1]],
                ...(at ? { locations: [helpers_location(at[1], at[2], at[3], at[4])] } : {}),
            };
        },
    },
    {
        // "✘ Test addTwo() failed after 0.001 seconds with 1 issue." (and "with 3 test cases failed");
        // the run's own "Test run with 2 tests failed …" is a tally, not a test.
        id: 'swift-testing.failed',
        tool: 'swift-testing',
        anchors: [' failed after '],
        pattern: /^\S{1,2} {1,2}Test (?!run with )(.+?) (?:with \d+ test cases? )?failed after [\d.]+ seconds with \d+ issues?\.$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: (m) => ({ tool: 'swift-testing', tests: [m[1]] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/assertions.js
/**
 * The expected and actual values test frameworks print under a failed assertion, in the shapes
 * several share: clojure.test ("expected: …" / "  actual: …"), hspec and HUnit ("expected: …" /
 * " but got: …"), rebar3's EUnit report ("expected: …" / "got: …").
 */
const assertionRules = [
    {
        id: 'assert.expected-actual',
        tool: 'test',
        anchors: ['expected: ', 'actual: ', 'got: '],
        // Not a line ending in a comma: a property of an object another runtime printed (Node's
        // AssertionError shows `actual: 2,` under the message, which is what to show instead).
        pattern: /^\s*(?:expected|actual|but got|got): \S(?:.*[^,\s])?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        // hspec names the failing example on the line above: "  1) Math.add adds two numbers".
        lead: /^\s*\d+\) \S/,
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/clojure.js

/** Clojure: clojure.test (under `lein test` or a runner), clojure.main's error reports, Leiningen. */
const clojureRules = [
    {
        id: 'clojure-test.fail',
        tool: 'clojure.test',
        anchors: ['FAIL in (', 'ERROR in ('],
        // "FAIL in (test-add) (core_test.clj:7)", then "expected:"/"actual:" lines.
        pattern: /^(FAIL|ERROR) in \(([^)]+)\) \(([^):]+)(?::(\d+))?\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => facts({ tool: 'clojure.test', tests: [m[2]], locations: [helpers_location(m[3], m[4])] }),
    },
    {
        id: 'clojure.syntax-error',
        tool: 'clojure',
        anchors: ['Syntax error '],
        // "Syntax error compiling at (x/core.clj:7:23)." with the message on the next line.
        pattern: /^Syntax error (?:compiling|reading source|macroexpanding|\(\w+\) compiling)[^(]* at \(([^)]*?)(?::(\d+)(?::(\d+))?)?\)\.$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => facts({ tool: 'clojure', locations: m[1] ? [helpers_location(m[1], m[2], m[3])] : undefined }),
    },
    {
        id: 'clojure.execution-error',
        tool: 'clojure',
        anchors: ['Execution error ('],
        // "Execution error (NullPointerException) at ns/fn (file.clj:3)." with the message below.
        pattern: /^Execution error \((\w+)\) at (\S+) \(([^)]*)\)\.$/,
        role: 'error',
        // A namespace that cannot be loaded stops compilation; other exceptions are the program's.
        classify: (m) => m[1] === 'FileNotFoundException' && /\$loading$/.test(m[2]) ? 'compile_error' : undefined,
        weight: 0.8,
        facts: () => ({ tool: 'clojure' }),
    },
    {
        id: 'clojure.compiler-message',
        tool: 'clojure',
        anchors: [
            'Unable to resolve symbol: ',
            'No such var: ',
            'No such namespace: ',
            'Could not locate ',
            'EOF while reading',
        ],
        // The message clojure.main prints on the line after "Syntax error …"/"Execution error …".
        pattern: /^(?:Unable to resolve symbol: (\S+) in this context|No such (?:var|namespace): (\S+)|Could not locate (\S+?)(?:__init\.class)?, .* on classpath\.?|EOF while reading.*)$/,
        role: 'error',
        weight: 0.7,
        facts: (m) => facts({ tool: 'clojure', module: m[3] }),
    },
    {
        id: 'lein.offline-artifact',
        tool: 'lein',
        anchors: ['in offline mode and the artifact'],
        pattern: /in offline mode and the artifact (\S+) has not been downloaded/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => ({ tool: 'lein', package: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/coffee.js

/** CoffeeScript run by `coffee`: Node's stack, with frames in the .coffee sources. From packages/fixtures/ecosystems/coffeescript. */
const coffeeRules = [
    {
        // "    at Object.<anonymous> (/w/app.coffee:6:24)" under "TypeError: Cannot read properties of
        // undefined (reading 'port')": the error is the unindented line above the frames.
        id: 'coffee.frame',
        tool: 'coffee',
        anchors: ['.coffee:'],
        pattern: /^\s+at (?:.* \()?(\S+\.(?:lit)?coffee):(\d+):(\d+)\)?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        lead: /^\w*(?:Error|Exception)\b/,
        facts: (m) => ({ tool: 'coffee', locations: [helpers_location(m[1], m[2], m[3])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/compiled.js


/**
 * Compiled languages with their own diagnostics and test runners: D (ldc2/dmd, gdc, `unittest`,
 * druntime exceptions), Nim (compiler, `unittest`, defects), Fortran (gfortran and its runtime),
 * Crystal (compiler, `crystal spec`) and Haxe.
 */
const compiledRules = [
    // ---- D
    {
        // dub resolving dependencies: "Package tablefmt not found in registry at https://code.dlang.org/
        // (fallbacks …): Failed to download https://…" when the registry cannot be reached (a
        // network failure), the same without the download error when it has no such package.
        id: 'dub.registry',
        tool: 'dub',
        anchors: [' not found in registry at '],
        // No `$`: a line has no line break, and with one `\S+` and `.*` split the URL every way.
        pattern: /^Package (\S+) not found in registry at \S+(.*)/,
        role: 'error',
        classify: (m) => (/: Failed to download /.test(m[2]) ? 'network_error' : 'missing_dependency'),
        weight: 0.85,
        facts: (m) => ({ tool: 'dub', package: m[1] }),
    },
    {
        // "Failed to find any versions for package tablefmt, referenced by report ~master": under the
        // registry's own line, which says why.
        id: 'dub.no-versions',
        tool: 'dub',
        anchors: ['Failed to find any versions for package '],
        pattern: /^Failed to find any versions for package (\S+?),? /,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.75,
        facts: (m) => ({ tool: 'dub', package: m[1] }),
    },
    {
        id: 'dmd.error',
        tool: 'dmd',
        anchors: ['): Error: '],
        // ldc2 and dmd: "app.d(3): Error: undefined identifier `height`" ("app.d(3,12)" with columns);
        // supplemental lines below repeat the location with the text indented.
        pattern: /^(\S+?\.di?)\((\d+)(?:,(\d+))?\): Error: (.*)$/,
        role: 'error',
        classify: (m) => /^(?:unable to read module|module `[^`]+` is in file)/.test(m[4])
            ? 'missing_dependency'
            : 'compile_error',
        weight: 0.9,
        facts: (m) => ({ tool: 'dmd', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'gdc.error',
        tool: 'gdc',
        anchors: [' error: '],
        // gdc speaks gcc: "app.d:3:37: error: undefined identifier ‘height’", the code and caret indented below.
        pattern: /^(\S+?\.di?):(\d+):(\d+): (?:fatal )?error: (.*)$/,
        role: 'error',
        classify: (m) => (/^unable to read module/.test(m[4]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.9,
        facts: (m) => ({ tool: 'gdc', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'd.unittest',
        tool: 'd unittest',
        anchors: ['[unittest] '],
        // druntime's unittest runner: "stack.d(11): [unittest] Assertion failure" or the assert's message.
        pattern: /^(\S+?)\((\d+)\): \[unittest\] (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'd', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'd.exception',
        tool: 'd',
        anchors: ['Error@', 'Exception@'],
        // An uncaught Throwable: "core.exception.ArrayIndexError@args.d(4): index [1] is out of bounds
        // for array of length 1", "object.Exception@app.d(9): config missing"; the trace follows.
        pattern: /^([\w.]+(?:Error|Exception))@(\S+?)\((\d+)\): (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'd', code: m[1], locations: [helpers_location(m[2], m[3], undefined, m[4])] }),
    },
    {
        id: 'd.run-failed',
        tool: 'ldc2',
        anchors: ['failed with status: '],
        // `ldc2 -run` relays the program's exit: "Error: /tmp/stack-1069d6 failed with status: 1".
        pattern: /^Error: \S+ failed with status: \d+$/,
        role: 'noise',
        weight: 0.5,
    },
    // ---- Nim
    {
        id: 'nim.error',
        tool: 'nim',
        anchors: [') Error: '],
        // "/w/calc.nim(3, 18) Error: undeclared identifier: 'sub'", "app.nim(1, 8) Error: cannot open file: jester".
        pattern: /^(\S+?\.nim[sb]?)\((\d+), (\d+)\) Error: (.*)$/,
        role: 'error',
        classify: (m) => (/^cannot open file: /.test(m[4]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.9,
        facts: (m) => ({ tool: 'nim', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'nim.unhandled',
        tool: 'nim',
        anchors: ['nhandled exception: '],
        // A defect or exception that ended the program ("Error: unhandled exception: index 2 not in 0 .. 1
        // [IndexDefect]"), or a unittest test ("    Unhandled exception: invalid integer: x [ValueError]").
        pattern: /^\s*(?:Error: u|U)nhandled exception: (.*?)(?: \[(\w+)\])?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'nim', code: m[2] }),
    },
    {
        id: 'nim.check-failed',
        tool: 'nim unittest',
        anchors: ['Check failed: '],
        // "    /w/tests/tstack.nim(8, 17): Check failed: top(s) == 3", then "    top(s) was 1".
        pattern: /^\s*(\S+?)\((\d+), (\d+)\): Check failed: (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'nim', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'nim.test-failed',
        tool: 'nim unittest',
        anchors: ['[FAILED] '],
        // "  [FAILED] top is the last pushed", just under the check or exception that says why.
        pattern: /^\s*\[FAILED\] (\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: (m) => ({ tool: 'nim', tests: [m[1]] }),
    },
    {
        id: 'nim.run-failed',
        tool: 'nim',
        anchors: ['external program failed', 'Execution failed with exit code'],
        // `nim c -r` relays the program's failure: "Error: execution of an external program failed: '/w/x '",
        // and nimble relays nim's: "     Error: Execution failed with exit code 1". What the program
        // printed above says why; these lines do not.
        pattern: /^(?:Error: execution of an external program failed: |\s*Error: Execution failed with exit code \d+$)/,
        role: 'noise',
        weight: 0.5,
    },
    // ---- Fortran
    {
        id: 'gfortran.error',
        tool: 'gfortran',
        anchors: ['Error: '],
        // "Error: Symbol ‘hieght’ at (1) has no IMPLICIT type" under "area.f90:6:21:" and the code
        // excerpt with its marker line; "(1)" is what gfortran's messages point at.
        // No `$`: a line has no line break, and with one every "at (1)" rescanned the rest (quadratic).
        pattern: /^(?:Fatal )?Error: (.*\bat \(\d\).*)/,
        role: 'error',
        classify: (m) => (/^Cannot open module file /.test(m[1]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.85,
        lead: /^(?:\S+\.[fF](?:90|95|03|08|or|77)?:\d+(?::\d+)?:| *(?:\d+ +)?\|.*|)$/,
        facts: () => ({ tool: 'gfortran' }),
    },
    {
        id: 'fortran.runtime-error',
        tool: 'gfortran',
        anchors: ['Fortran runtime error: '],
        // "At line 7 of file sum.f90" then "Fortran runtime error: Index '11' of dimension 1 of array 'a' above upper bound of 10".
        pattern: /^Fortran runtime error: (.*)$/,
        role: 'error',
        classify: (m) => /^Cannot open file '[^']*': No such file/.test(m[1]) ? 'missing_file' : 'test_failure',
        weight: 0.85,
        lead: /^At line \d+ of file /,
        facts: () => ({ tool: 'gfortran' }),
    },
    {
        id: 'fortran.error-stop',
        tool: 'gfortran',
        anchors: ['ERROR STOP'],
        // "ERROR STOP test_mean failed" ends the program; what it printed just before is the detail.
        pattern: /^ERROR STOP\b/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        // What the program printed just before, not the command echo of a CI log above it (`+ cmd`,
        // `$ cmd`) nor a Jenkins step line.
        lead: /^(?!\+ |\$ |\[Pipeline\] )\s*\S/,
        facts: () => ({ tool: 'fortran' }),
    },
    {
        id: 'fortran.error-termination',
        tool: 'gfortran',
        anchors: ['Error termination'],
        // The runtime's "Error termination. Backtrace:" follows the error it already printed.
        pattern: /^Error termination\. /,
        role: 'noise',
        weight: 0.5,
    },
    // ---- Crystal
    {
        id: 'crystal.location',
        tool: 'crystal',
        anchors: ['.cr:'],
        // "In src/sum.cr:5:12", then the code, a caret and "Error: …". The line alone: the code excerpt
        // under it is not the reason. Under the error's weight (warnings share the line) but enough
        // to be shown with the error four lines below.
        pattern: /^In (\S+\.cr):(\d+):(\d+)$/,
        role: 'error',
        weight: 0.6,
        facts: (m) => ({ tool: 'crystal', locations: [helpers_location(m[1], m[2], m[3])] }),
    },
    {
        id: 'crystal.error',
        tool: 'crystal',
        anchors: ['Error: '],
        // The compiler's wordings: "Error: undefined method 'welcome' for Greeter", "Error: expected
        // argument #1 to 'total' to be Array(Int32), not Array(String)", "Error: can't find file 'kemal'".
        pattern: /^Error: (?:undefined (?:method|local variable or method|constant)|expected argument #\d|no overload matches|can't find file|instance variable '|wrong number of arguments|can't infer|type must be|unterminated|expecting token|unexpected token|undefined macro)/,
        role: 'error',
        classify: (m) => (/^Error: can't find file/.test(m[0]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.85,
        facts: () => ({ tool: 'crystal' }),
    },
    {
        id: 'crystal.spec-failure',
        tool: 'crystal spec',
        anchors: ['Failure/Error: '],
        // Under "  1) Calc adds two numbers": "     Failure/Error: Calc.add(1, 2).should eq(3)", a blank
        // line, then "       Expected: 3" / "            got: 4" indented deeper.
        pattern: /^\s+Failure\/Error: (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'paragraph',
        lead: /^\s+\d+\) \S/,
        facts: () => ({ tool: 'crystal spec' }),
    },
    {
        id: 'crystal.spec-exception',
        tool: 'crystal spec',
        anchors: ['Error)', 'Exception)'],
        // An example that raised: '       Missing hash key: "port" (KeyError)' two lines under its
        // name, the "from …" frames below (not taken: the runtime's own come first); or the top level's "Unhandled exception: … (KeyError)".
        pattern: /^(?:\s+|Unhandled exception: )\S.* \(([A-Z]\w*(?:::[A-Z]\w*)*(?:Error|Exception))\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        lead: /^(?:\s+\d+\) \S.*|)$/,
        facts: (m) => ({ tool: 'crystal', code: m[1] }),
    },
    // ---- Elm
    {
        id: 'elm.problem',
        tool: 'elm',
        anchors: ELM_HEADING_ENDS,
        // Every elm report opens with a ruled heading, the file at its end: "-- TYPE MISMATCH ----- src/Main.elm",
        // "-- PROBLEM LOADING PACKAGE LIST -----" (the package server could not be reached).
        pattern: /^-- ([A-Z][A-Z ]*[A-Z]) -{3,}(?: (\S+))?$/,
        role: 'error',
        classify: (m) => /^(?:PROBLEM LOADING PACKAGE LIST|HTTP PROBLEM|PROBLEM DOWNLOADING PACKAGE|CORRUPT PACKAGE DATA)$/.test(m[1])
            ? 'network_error'
            : /^(?:UNKNOWN PACKAGE|MODULE NOT FOUND|UNKNOWN IMPORT|MISSING DEPENDENCY)$/.test(m[1])
                ? 'missing_dependency'
                : 'compile_error',
        weight: 0.8,
        facts: (m) => facts({ tool: 'elm', code: m[1], file: m[2] }),
    },
    // ---- Haxe
    {
        id: 'haxe.error',
        tool: 'haxe',
        anchors: [': characters '],
        // "Main.hx:4: characters 22-26 : Unknown identifier : totl"; "… : ... For function argument 'x'"
        // continues the line above; "Uncaught exception" is the program failing under --interp.
        pattern: /^(\S+\.hx):(\d+): (?:characters (\d+)-\d+|lines \d+-\d+) : (?!Warning : |\.\.\. |Called from here)(.*)$/,
        role: 'error',
        classify: (m) => /^Uncaught exception /.test(m[4])
            ? 'test_failure'
            : /^(?:Type not found|Library \S+ is not installed|Class not found)/.test(m[4])
                ? 'missing_dependency'
                : 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'haxe', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'haxelib.missing',
        tool: 'haxelib',
        anchors: ['Error: Cannot process [', 'Error: This is the first time you are running haxelib'],
        // A --library the build names and haxelib lacks: "Error: Error: Cannot process [hxnodejs]: Library
        // hxnodejs is not installed : run 'haxelib install hxnodejs'", or no library repository at all
        // on a fresh machine ("… Please run `haxelib setup` first").
        pattern: /^(?:Error: )+(?:Cannot process \[[^\]]*\]: Library (\S+) is not installed|This is the first time you are running haxelib)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'haxelib', package: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/coverage.js

/**
 * Coverage gates that fail a build whose tests all passed: pytest-cov and coverage.py
 * `fail_under`, istanbul's `check-coverage` (nyc, c8, karma), Jest's `coverageThreshold`,
 * SimpleCov's minimum coverage. The category is `test_failure`: the test step failed and more
 * tests are the fix; no source is mis-formatted or mis-typed, which is what `lint_failure` means.
 * Weighted below a failed test's own line, so a failing test beside a coverage miss still leads.
 */
const COVERAGE_WEIGHT = 0.75;
const coverageRules = [
    {
        id: 'coverage.pytest-cov',
        tool: 'pytest-cov',
        anchors: ['FAIL Required test coverage'],
        // "FAIL Required test coverage of 90% not reached. Total coverage: 53.33%"
        pattern: /^FAIL Required test coverage of ([\d.]+)% not reached\. Total coverage: ([\d.]+)%/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: () => ({ tool: 'pytest-cov' }),
    },
    {
        id: 'coverage.fail-under',
        tool: 'coverage.py',
        anchors: ['Coverage failure: total of'],
        // `coverage report --fail-under=85`: "Coverage failure: total of 48 is less than fail-under=85"
        pattern: /^Coverage failure: total of ([\d.]+) is less than fail-under=([\d.]+)/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: () => ({ tool: 'coverage.py' }),
    },
    {
        id: 'coverage.istanbul-threshold',
        tool: 'istanbul',
        anchors: ['oes not meet global threshold', 'oes not meet threshold'],
        // nyc/c8 `--check-coverage`, karma-coverage: "ERROR: Coverage for lines (60%) does not meet
        // global threshold (90%)", per file "… does not meet threshold (90%) for src/a.js".
        pattern: /Coverage for (\w+) \(([\d.]+)%\) does not meet (?:global threshold|threshold) \(([\d.]+)%\)(?: for (\S+))?/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: (m) => facts({ tool: 'istanbul', file: m[4] }),
    },
    {
        id: 'coverage.jest-threshold',
        tool: 'jest',
        anchors: ['coverage threshold for '],
        // Jest's coverageThreshold: 'Jest: "global" coverage threshold for lines (90%) not met: 60%'.
        pattern: /^Jest: "([^"]+)" coverage threshold for (\w+) \(([\d.]+)%?\) not met: ([\d.]+)%?/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: (m) => facts({ tool: 'jest', file: m[1] === 'global' ? undefined : m[1] }),
    },
    {
        id: 'coverage.simplecov-minimum',
        tool: 'simplecov',
        anchors: ['expected minimum coverage'],
        // "Line coverage (77.77%) is below the expected minimum coverage (90.00%)." (0.22), "Coverage
        // (77.78%) is below …" (older), and per file "File (lib/a.rb) is only (50.00%) covered. This is
        // below the expected minimum coverage per file of (90.00%)." Minitest's progress dots may
        // precede it on the same line.
        pattern: /(?:(?:Line |Branch )?[Cc]overage(?: by file)? \(([\d.]+)%\) is below|File \((\S+)\) is only \(([\d.]+)%\) covered\. This is below) the expected minimum coverage/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: (m) => facts({ tool: 'simplecov', file: m[2] }),
    },
    {
        id: 'coverage.simplecov-drop',
        tool: 'simplecov',
        anchors: ['overage has dropped by'],
        // maximum_coverage_drop: "Line coverage has dropped by 3.00% since the last time (maximum allowed: 1.00%)."
        pattern: /[Cc]overage has dropped by ([\d.]+)% since the last time \(maximum allowed: ([\d.]+)%\)/,
        role: 'error',
        category: 'test_failure',
        weight: COVERAGE_WEIGHT,
        facts: () => ({ tool: 'simplecov' }),
    },
    {
        id: 'coverage.simplecov-exit',
        tool: 'simplecov',
        anchors: ['due to a coverage related error'],
        // SimpleCov's closing word after a miss: "SimpleCov failed with exit 2 due to a coverage related error".
        pattern: /^SimpleCov failed with exit (\d+) due to a coverage related error/,
        role: 'verdict',
        category: 'test_failure',
        weight: 0.3,
        facts: () => ({ tool: 'simplecov' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/cpp-test.js

/**
 * C++ test frameworks: GoogleTest, Catch2 and Boost.Test, whose reports name the failing
 * assertion's file and line. Under `ctest -V` every line of a test's output carries its number
 * ("1: slug_test.cc:7: Failure"), hence the optional prefix.
 */
const cppTestRules = [
    {
        id: 'gtest.failure',
        tool: 'googletest',
        anchors: [': Failure'],
        // "slug_test.cc:7: Failure", or "unknown file: Failure" for an exception thrown in the test
        // body; the message ("Expected equality of these values:", "Value of: …") runs down to the
        // test's "[  FAILED  ]" line.
        pattern: /^(?:\d+: )?(?:(\S+?):(\d+)|unknown file): Failure$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'paragraph',
        facts: (m) => facts({ tool: 'googletest', locations: m[1] ? [helpers_location(m[1], m[2])] : undefined }),
    },
    {
        id: 'gtest.failed',
        tool: 'googletest',
        anchors: ['[  FAILED  ] '],
        // "[  FAILED  ] SlugTest.CollapsesSeparators (0 ms)" closes a failed test. The summary lists
        // the same names again without the time: repeats, not taken.
        pattern: /^(?:\d+: )?\[ {2}FAILED {2}\] ([\w/.]+)(?:, where [^(]*)? \((\d+) ms\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: (m) => ({ tool: 'googletest', tests: [m[1]] }),
    },
    {
        id: 'catch2.failed',
        tool: 'catch2',
        anchors: [': FAILED:'],
        // "tests.cc:9: FAILED:", then the indented assertion, "with expansion:" and its values, or
        // "due to unexpected exception with message:", up to a blank line.
        pattern: /^(?:\d+: )?(\S+?):(\d+): FAILED:$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'catch2', locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'boosttest.error',
        tool: 'boost.test',
        anchors: [': error: in "', ': fatal error: in "'],
        // 'tests.cc(10): error: in "joins_with_separator": check join("a", "b") == "a/b" has failed [ab != a/b]',
        // 'unknown location(0): fatal error: in "finds_missing_key": std::out_of_range: map::at'.
        pattern: /^(?:\d+: )?(?:(\S+?)\((\d+)\)|unknown location\(0\)): (?:fatal )?error: in "([^"]+)": (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => facts({
            tool: 'boost.test',
            tests: [m[3]],
            locations: m[1] ? [helpers_location(m[1], m[2], undefined, m[4])] : undefined,
        }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/diagnostics.js

/**
 * Compilers we have no rule of their own for print their errors the way gcc does, located by
 * file, line and column: CoffeeScript ("/w/src/cart.coffee:7:1: error: unexpected indentation"),
 * Emacs' byte compiler ("slug.el:5:67: Error: Invalid read syntax"). A located error line is a
 * compile error; the tools with rules of their own (cc, ghc, swiftc, …) outweigh this one. From
 * packages/fixtures/ecosystems/coffeescript and lisp.
 */
const diagnosticRules = [
    {
        id: 'compiler.located-error',
        tool: 'compiler',
        anchors: [': error: ', ': Error: ', ': fatal error: '],
        // A source file with an extension, its line and column, then the level. Not gcc's own files
        // (cc.error) and not tools that tag errors differently (`[error]`, `E0602`).
        pattern: /^\s*((?:[A-Za-z]:)?[^\s:]+\.[A-Za-z][\w+-]{0,9}):(\d+):(\d+): (?:fatal )?(?:error|Error): (.+)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.6,
        facts: (m) => ({ tool: 'compiler', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
];

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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/dotnet-build.js

/**
 * C# builds and tests as Mono runs them (mcs, xbuild/msbuild, NUnit 2's nunit-console, `mono
 * prog.exe`), tested on what Debian's Mono 6.8 and NUnit 2.6.4 print. Roslyn and dotnet's MSBuild
 * print compiler errors in the same `file(line,col): error CSxxxx: message [project]` shape.
 */
/**
 * A name the compiler cannot find is a missing library when a `using` directive names it (column 7
 * of "using X;") or when a namespace lacks a member an assembly should bring (CS0234); elsewhere
 * it is as likely a typo in the project's own code.
 */
function cscCategory(code, column) {
    if (code === 'CS0234')
        return 'missing_dependency';
    if (code === 'CS0246' && column === '7')
        return 'missing_dependency';
    return 'compile_error';
}
const dotnetBuildRules = [
    {
        // mcs "Program.cs(14,51): error CS0103: The name `shipping' does not exist in the current
        // context"; xbuild repeats it, tab-indented, in its closing "Errors:" list; MSBuild appends
        // " [/path/x.csproj]".
        id: 'csc.error',
        tool: 'csc',
        anchors: ['error CS'],
        // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
        pattern: /^\s*(\S[^(]*?)\((\d+),(\d+)\): error (CS\d{4}): (.*?)(?: \[[^\][]+\])?$/,
        role: 'error',
        classify: (m) => cscCategory(m[4], m[3]),
        weight: 0.92,
        facts: (m) => ({ tool: 'csc', code: m[4], locations: [helpers_location(m[1].trim(), m[2], m[3], m[5])] }),
    },
    {
        // MSBuild/xbuild could not find a referenced assembly (a NuGet package not restored, a
        // HintPath that does not exist): "…Microsoft.Common.targets:  warning : Reference
        // 'Newtonsoft.Json' not resolved". A warning, but the compile errors that follow are its doing.
        // xbuild's wording; MSBuild's own (MSB3245, "Could not resolve this reference") waits for a
        // real log to be tested on.
        id: 'msbuild.reference-not-resolved',
        tool: 'msbuild',
        anchors: ['not resolved'],
        pattern: /warning\s*: Reference '([^']+)' not resolved/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.6,
        facts: (m) => ({ tool: 'msbuild', package: m[1] }),
    },
    {
        // NUnit 2's console runner lists each failed test under "Errors and Failures:" as
        // "1) Test Failure : Ns.Fixture.Test" (an assertion) or "1) Test Error : Ns.Fixture.Test" (an
        // exception), the message and frames indented below it.
        id: 'nunit.failure',
        tool: 'nunit',
        anchors: ['Test Failure : ', 'Test Error : '],
        pattern: /^\d+\) Test (?:Failure|Error) : ([\w.`+<>]+)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'nunit', tests: [m[1]] }),
    },
    {
        // Mono's last word on an exception nothing caught, after its "Unhandled Exception:" report:
        // "[ERROR] FATAL UNHANDLED EXCEPTION: System.Collections.Generic.KeyNotFoundException: …".
        id: 'mono.unhandled-exception',
        tool: 'mono',
        anchors: ['FATAL UNHANDLED EXCEPTION'],
        pattern: /^\[ERROR\] FATAL UNHANDLED EXCEPTION: ([\w.`]+)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'trace',
        facts: () => ({ tool: 'mono' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/dotnet-dart-swift.js

/**
 * .NET test runs (vstest, `dotnet test`), Dart/Flutter tests and Swift/XCTest/xcodebuild. No
 * Debian package runs these: the formats are those the tools' own sources print, cited per rule,
 * and checked on public logs (fixtures csharp/dotnet-test-*; dart/*: `dart test` and
 * `flutter test` transcripts and package:test's reporter tests). (MSBuild's `error CS0103:` lines are generic.ts's dotnet.error and
 * dotnet-build.ts's csc.error, which also tells a missing library from a compile error.)
 */
const dotnetDartSwiftRules = [
    {
        // vstest's console logger, microsoft/vstest src/vstest.console/Resources/Resources.resx:
        // FailedTestIndicator "Failed   {0}" (older), "  Failed {0} [{1}]" (newer), then
        // ErrorMessageBanner "Error Message:" and StacktraceBanner "Stack Trace:". A dotted name, so
        // that "Failed to restore …" is not a test.
        id: 'vstest.failed-test',
        tool: 'dotnet test',
        anchors: ['Failed '],
        // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
        pattern: /^\s*Failed {1,3}((?:[\w`+<>]+\.)+[\w`+<>]+(?:\(.*\))?)(?: \[[^\][]*\])?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'dotnet test', tests: [m[1]] }),
    },
    {
        id: 'vstest.error-message',
        tool: 'dotnet test',
        anchors: ['Error Message:'],
        pattern: /^\s*Error Message:$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'indented',
        facts: () => ({ tool: 'dotnet test' }),
    },
    {
        // "Failed!  - Failed:     1, Passed:     3, Skipped:     0, Total:     4, Duration: 5 ms - x.dll"
        // (vstest's newer summary) and the older "Test Run Failed." (TestRunFailed in the same file).
        id: 'vstest.summary',
        tool: 'dotnet test',
        anchors: ['Failed!', 'Test Run Failed.'],
        pattern: /^\s*(?:Failed!\s+-\s+Failed:\s+\d+|Test Run Failed\.$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: () => ({ tool: 'dotnet test' }),
    },
    {
        // package:test's expanded reporter (dart-lang/test, pkgs/test_core/lib/src/runner/reporter/
        // expanded.dart, used by `dart test` and `flutter test`): "MM:SS +passed ~skipped -failed:
        // <path>: <name> [E]", then the error and its stack trace, indented. The clock is optional:
        // package:test's own reporter tests compare the lines without it.
        id: 'dart-test.failed',
        tool: 'dart test',
        anchors: [' [E]'],
        pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: (?!loading )(.+?) \[E\]$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'dart test', tests: [m[1]] }),
    },
    {
        // A suite that failed to load is reported as a test named "loading <file>", nearly always a
        // compile error. What follows it repeats, indented, the compiler's "file.dart:L:C: Error:"
        // lines printed above it (dart.compile-error), so only this line is taken.
        id: 'dart-test.load-failed',
        tool: 'dart test',
        anchors: [' [E]'],
        pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: loading (\S+) \[E\]$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.6,
        facts: (m) => ({ tool: 'dart test', file: m[1] }),
    },
    {
        id: 'dart-test.summary',
        tool: 'dart test',
        anchors: ['Some tests failed.'],
        pattern: /^(?:\d+:\d\d )?\+\d+(?: ~\d+)? -\d+: Some tests failed\.$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: () => ({ tool: 'dart test' }),
    },
    {
        // package:test's github reporter, the default under GitHub Actions (dart-lang/test, pkgs/
        // test_core/lib/src/runner/reporter/github.dart): a failed test is a log group
        // "::group::❌ <name> (failed)" (or "(failed after test completion)") holding its error and
        // stack trace; the runner shows the group line as "##[group]…". The group holds no blank
        // line to end at, so only the named line is taken.
        id: 'dart-test.github-failed',
        tool: 'dart test',
        anchors: [' (failed)', ' (failed after test completion)'],
        pattern: /^(?:::group::|##\[group\])❌ (.+?) \(failed(?: after test completion)?\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'dart test', tests: [m[1]] }),
    },
    {
        // The Dart front end (dart compile, dart run, dart test, flutter test and build all print
        // it): "test/foo_test.dart:33:35: Error: No named parameter with the name 'x'.", then the
        // source line and a caret row. The message and its place say it; the source under each of
        // a run of errors would crowd out the next error. Unindented only: `flutter test` repeats
        // every error indented under its "Compilation failed for testPath=" line, a copy, not news.
        id: 'dart.compile-error',
        tool: 'dart',
        anchors: [': Error: '],
        pattern: /^(\S+\.dart):(\d+):(\d+): Error: (.+)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        facts: (m) => ({ tool: 'dart', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // flutter_test reports an exception inside a widget test (a failed expect is a TestFailure)
        // in a banner, "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞═══…", then "The following
        // TestFailure was thrown running a test:", the Expected/Actual lines and the reason, and a
        // blank line before the stack (packages/flutter/lib/src/foundation/assertions.dart prints
        // the banner; other libraries name themselves: WIDGETS LIBRARY, RENDERING LIBRARY).
        id: 'flutter-test.exception',
        tool: 'flutter test',
        anchors: ['EXCEPTION CAUGHT BY '],
        pattern: /^══╡ EXCEPTION CAUGHT BY ([A-Z][A-Z ]*[A-Z]) ╞═*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        facts: () => ({ tool: 'flutter test' }),
    },
    {
        // XCTest's failure line (apple/swift-corelibs-xctest and Xcode's xctest alike):
        // "<file>:<line>: error: -[Module.Class testName] : XCTAssertEqual failed: ("5") is not equal
        // to ("4")" (corelibs on Linux names the test "Class.testName"). No column: not a compiler's.
        id: 'xctest.assertion',
        tool: 'xctest',
        anchors: [': error: '],
        pattern: /^(\S+?):(\d+): error: (-\[[\w.]+ \w+\]|[\w.]+\.\w+) : (.+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'xctest', tests: [m[3]], locations: [helpers_location(m[1], m[2], undefined, m[4])] }),
    },
    {
        // "Test Case '-[Module.Class testName]' failed (0.002 seconds)."
        id: 'xctest.case-failed',
        tool: 'xctest',
        anchors: ["' failed ("],
        pattern: /^Test Case '(-\[[\w.]+ \w+\]|[\w.]+\.\w+)' failed \(/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: (m) => ({ tool: 'xctest', tests: [m[1]] }),
    },
    {
        // swiftc: "Sources/App/main.swift:3:5: error: cannot find 'x' in scope", carets indented below.
        id: 'swiftc.error',
        tool: 'swiftc',
        anchors: [' error: '],
        pattern: /^(\S+\.swift):(\d+):(\d+): error: (.*)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'swiftc', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // xcodebuild's closing lines: what failed is above them.
        id: 'xcodebuild.failed',
        tool: 'xcodebuild',
        anchors: ['** TEST FAILED **', '** BUILD FAILED **', '** ARCHIVE FAILED **'],
        pattern: /^\*\* (TEST|BUILD|ARCHIVE) FAILED \*\*$/,
        role: 'verdict',
        weight: 0.3,
        facts: () => ({ tool: 'xcodebuild' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/elixir.js

/**
 * Elixir: ExUnit as `mix test` prints it, `** (Error)` lines (raised at top level, by the
 * compiler or by Mix), mix's dependency checks, `--warnings-as-errors`, and Credo's report.
 */
function raisedCategory(kind, message) {
    if (/^(?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError|Kernel\.TypespecError)$/.test(kind))
        return 'compile_error';
    if (kind === 'ExUnit.TimeoutError')
        return 'timeout';
    if (kind === 'Mix' || kind === 'Mix.Error') {
        if (/mix format failed due to --check-formatted/.test(message))
            return 'lint_failure';
        if (/httpc request failed|failed_connect|nxdomain|econnrefused|timeout/.test(message))
            return 'network_error';
        if (/Could not find an SCM|errors on dependencies|Unknown dependency|No package with name|dependenc/i.test(message))
            return 'missing_dependency';
    }
    return undefined;
}
const elixirRules = [
    {
        id: 'exunit.test-failed',
        tool: 'exunit',
        anchors: [') test ', ') doctest ', ') property '],
        // "  1) test averages a list (MathTest)": the failing test, its module in parentheses.
        pattern: /^\s*\d+\) ((?:test|doctest|property) .+) \(([\w.]+)\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'exunit', tests: [`${m[2]}: ${m[1]}`] }),
    },
    {
        id: 'exunit.setup-failed',
        tool: 'exunit',
        anchors: ['failure on setup_all callback', 'failure on setup callback'],
        // "  0) RepoTest: failure on setup_all callback, all tests have been invalidated".
        pattern: /^\s*\d+\) ([\w.]+): failure on setup(?:_all)? callback/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'exunit', tests: [m[1]] }),
    },
    {
        id: 'exunit.assertion',
        tool: 'exunit',
        anchors: [
            'Assertion with ',
            'match (=) failed',
            'Expected truthy, got',
            'Expected false or nil, got',
            'Assertion failed',
            'Doctest failed',
        ],
        pattern: /^\s+(?:Assertion with \S+ failed|match \(=\) failed|Expected truthy, got .*|Expected false or nil, got .*|Assertion failed.*|Doctest failed.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: () => ({ tool: 'exunit' }),
    },
    {
        id: 'exunit.values',
        tool: 'exunit',
        anchors: ['  code: ', '  left: ', '  right: '],
        // The assertion's source and the two sides compared, under the message. Not a line ending in a
        // comma: that is an object printed by another runtime (Node's `code: 'ERR_ASSERTION',`).
        pattern: /^\s{3,}(?:code|left|right): {1,2}\S(?:.*[^,\s])?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: () => ({ tool: 'exunit' }),
    },
    {
        id: 'elixir.raised',
        tool: 'elixir',
        anchors: ['** ('],
        // "** (ArgumentError) …", "** (CompileError) lib/x.ex:4: …", "** (Mix) Could not find an SCM …";
        // mix's prompt may precede it on the same line.
        // No `$` after `(.*)`: a line has no line break, and with one each "** (X) " rescanned the rest.
        pattern: /(?:^|\s)\*\* \(([A-Za-z][\w.]*)\) (.*)/,
        role: 'error',
        classify: (m) => raisedCategory(m[1], m[2]),
        weight: 0.8,
        facts: (m) => {
            const loc = /^(\S+\.exs?):(\d+)(?::(\d+))?: (.*)$/.exec(m[2]);
            return facts({
                tool: m[1] === 'Mix' ? 'mix' : 'elixir',
                locations: loc ? [helpers_location(loc[1], loc[2], loc[3], loc[4])] : undefined,
            });
        },
    },
    {
        id: 'mix.compilation-error-header',
        tool: 'mix',
        anchors: ['== Compilation error in file '],
        pattern: /^== Compilation error in file (\S+) ==$/,
        role: 'header',
        category: 'compile_error',
        weight: 0.5,
    },
    {
        id: 'mix.format-unformatted',
        tool: 'mix format',
        anchors: ['files are not formatted'],
        // After "mix format failed due to --check-formatted.": the files, indented, after a blank line.
        pattern: /^The following files are not formatted:$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'indented',
        facts: () => ({ tool: 'mix format' }),
    },
    {
        id: 'mix.unchecked-deps',
        tool: 'mix',
        anchors: ['Unchecked dependencies for environment'],
        // Followed by "* dep (source)" and the reason, up to a blank line or mix's `** (Mix)` line.
        pattern: /^Unchecked dependencies for environment \w+:$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'paragraph',
        facts: () => ({ tool: 'mix' }),
    },
    {
        id: 'mix.warnings-as-errors',
        tool: 'mix',
        anchors: ['Compilation failed due to warnings'],
        pattern: /^Compilation failed due to warnings while using the --warnings-as-errors option$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.8,
        // The warnings just above are the reason: "warning: …" and their indented locations.
        lead: /^(?:warning: |\s+\S|\s*$)/,
        facts: () => ({ tool: 'mix' }),
    },
    {
        // Credo's report (lib/credo/cli/command/suggest/output/default.ex): per category a heading,
        // then per issue "┃ [W] ↗ <message>" (the category's letter, an arrow for its priority) and
        // "┃       lib/x.ex:12:5 #(Module.fun)" under it; `--verbose` adds the source, still behind "┃".
        // An issue shown fails `mix credo` (its exit status has a bit per category found); the rows
        // of one category hold no blank line.
        id: 'credo.issue',
        tool: 'credo',
        anchors: ['┃ [W] ', '┃ [F] ', '┃ [R] ', '┃ [C] '],
        pattern: /^┃ \[[CFRW]\] [↑↗→↘↓] \S/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'until-blank',
        facts: () => ({ tool: 'credo' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/erlang.js

/**
 * Erlang/OTP: erlc (and rebar3 compiling through it), EUnit (plain and as rebar3 prints it),
 * Common Test (ct_run and rebar3 ct), Dialyzer, and rebar3's own `===>` errors. erlc and Dialyzer
 * share the `file.erl:L:C: message` format; Dialyzer's messages come from a small vocabulary.
 */
// The gap after "Type specification" stops at the next one: `.*` rescanned the rest from each.
const DIALYZER_MESSAGE = /has no local return|will never (?:return|be called)|can never (?:match|succeed)|Invalid type specification|Type specification (?:(?!Type specification ).)* is (?:a subtype|not equal)|The (?:inferred|specified|created fun|pattern|call|variable|guard)\b|Overloaded contract|is not exported|Unknown (?:function|type)|Function \S+ has no local return|The success typing/;
const erlangRules = [
    {
        id: 'erlc.error',
        tool: 'erlc',
        anchors: ['.erl:', '.hrl:'],
        // "src/x.erl:12:5: syntax error before: area" (OTP 24+) or "src/x.erl:12: ..." (older); the
        // `%   12| code` and caret lines OTP 24+ prints below are not worth showing.
        pattern: /^(\S+\.[eh]rl):(\d+|none):(?:(\d+):)? (?!Warning: )(\S.*)$/,
        role: 'error',
        classify: (m) => (DIALYZER_MESSAGE.test(m[4]) ? 'lint_failure' : 'compile_error'),
        weight: 0.85,
        facts: (m) => facts({
            tool: DIALYZER_MESSAGE.test(m[4]) ? 'dialyzer' : 'erlc',
            locations: [helpers_location(m[1], m[2], m[3], m[4])],
        }),
    },
    {
        id: 'erlc.warning',
        tool: 'erlc',
        anchors: ['.erl:', '.hrl:'],
        // Only fatal under warnings_as_errors; shown when nothing stronger explains the failure.
        pattern: /^(\S+\.[eh]rl):(\d+):(?:(\d+):)? Warning: (.*)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.3,
        facts: (m) => facts({ tool: 'erlc', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'dialyzer.warning',
        tool: 'dialyzer',
        anchors: [
            'no local return',
            'will never return',
            'will never be called',
            'can never match',
            'can never succeed',
            'Invalid type specification',
        ],
        // rebar3 dialyzer groups warnings under the file name: "Line 7 Column 1: Function f/0 has no local return".
        pattern: /^\s*Line (\d+)(?: Column (\d+))?: (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        lead: /^(?:src|test|apps|lib)\/\S+\.erl$/,
        facts: () => ({ tool: 'dialyzer' }),
    },
    {
        id: 'eunit.failed',
        tool: 'eunit',
        anchors: ['*failed*', '*timed out*'],
        // verbose: "    mod_tests: add_test...*failed*"; plain: "mod_tests: add_test (module 'mod_tests')...*failed*".
        // A generator's test is named like "-never_ready_test_/0-fun-2-".
        pattern: /^\s*(?:([\w@]+): )?(\S+?)(?: \([^)]*\))?\.\.\.(?:\[[\d.]+ s\] )?\*(failed|timed out)\*$/,
        role: 'error',
        classify: (m) => (m[3] === 'timed out' ? 'timeout' : 'test_failure'),
        weight: 0.9,
        facts: (m) => ({ tool: 'eunit', tests: [m[1] ? `${m[1]}:${m[2]}` : m[2]] }),
    },
    {
        id: 'eunit.error-term',
        tool: 'eunit',
        anchors: ['**error:', '**exit:', '**throw:', '::error:', '::exit:', '::throw:'],
        // "**error:{assertEqual,[{module,m},{line,5},…" — the term continues on deeper-indented lines.
        // Not a GitHub `::error::` workflow command.
        pattern: /^(?:\*\*|::)(error|exit|throw):(?!:)(.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: () => ({ tool: 'eunit' }),
    },
    {
        id: 'eunit.assert-values',
        tool: 'eunit',
        anchors: ['{expected,', '{value,'],
        // Inside the assertion term above: "              {expected,4}," and "              {value,5}]}".
        pattern: /^\s+\{(?:expected|value),/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: () => ({ tool: 'eunit' }),
    },
    {
        id: 'rebar3.eunit-failure',
        tool: 'rebar3 eunit',
        anchors: ['_test/0', '_test_/0'],
        // rebar3's EUnit report: "  1) temp_tests:freezing_test/0" (a generator's title may follow).
        pattern: /^\s+\d+\) ([\w@]+:[\w@]+_test_?\/0)(?:: (.*))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'rebar3 eunit', tests: [m[1]] }),
    },
    {
        id: 'rebar3.failure-error',
        tool: 'rebar3 eunit',
        anchors: ['Failure/Error: '],
        // "     Failure/Error: ?assertEqual(32.0, …)" with "expected:"/"got:" indented below. rebar3's
        // formatter prints an assertion macro, "unknown assert: …" or the Erlang term of the error
        // there; RSpec's line of Ruby code (its own rule's) is none of these.
        pattern: /^\s+Failure\/Error: ((?:\?\w+\(|unknown assert: |[{[]).*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: () => ({ tool: 'rebar3 eunit' }),
    },
    {
        id: 'ct.case-failed',
        tool: 'common_test',
        anchors: [' failed on line '],
        // ct_run: "cart_SUITE:discount_applied failed on line 14" then "Reason: {badmatch,80.0}".
        pattern: /^(\w+):(\w+) failed on line (\d+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'common_test', tests: [`${m[1]}:${m[2]}`] }),
    },
    {
        id: 'ct.failed-summary',
        tool: 'common_test',
        anchors: ['*** FAILED '],
        // "Testing x.y: *** FAILED test case 2 of 3 ***": all an older ct_run says on the console; weak, so
        // the case's own lines above win when they are there.
        pattern: /^Testing \S+: \*\*\* FAILED (?:test case \d+ of \d+|\{(\w+),(\w+)\}) \*\*\*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.35,
        facts: (m) => (m[1] ? { tool: 'common_test', tests: [`${m[1]}:${m[2]}`] } : { tool: 'common_test' }),
    },
    {
        id: 'ct.reason',
        tool: 'common_test',
        anchors: ['Reason: '],
        // ct_run's line under the failed case: "Reason: {badmatch,80.0}" — an Erlang term, not prose.
        pattern: /^Reason: (?:[{[]|<<|[a-z]\w*$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: () => ({ tool: 'common_test' }),
    },
    {
        id: 'ct.suite-failed',
        tool: 'common_test',
        anchors: [': FAILED'],
        // rebar3 ct: "%%% cart_SUITE ==> discount_applied: FAILED".
        pattern: /^\s*%%% (\w+) ==> (.+): FAILED$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'common_test', tests: [`${m[1]}:${m[2]}`] }),
    },
    {
        id: 'ct.suite-reason',
        tool: 'common_test',
        anchors: ['_SUITE ==> '],
        // The reason rebar3 ct prints after the FAILED line: "%%% cart_SUITE ==> {badmatch,80.0}".
        pattern: /^\s*%%% (\w+) ==> (?!.*: FAILED$)(\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'indented',
        facts: () => ({ tool: 'common_test' }),
    },
    {
        id: 'rebar3.dependency',
        tool: 'rebar3',
        anchors: [
            'Package not found in any repo',
            'Failed to fetch and copy dep',
            'Failed to update package',
            'Dependency failure',
        ],
        pattern: /^===> (?:Package not found in any repo: (\S+)(?: (\S+))?|Failed to fetch and copy dep: (.*)|Failed to update package (\S+).*|Dependency failure.*)/,
        role: 'error',
        classify: (m) => (m[3] !== undefined || m[4] !== undefined ? 'network_error' : 'missing_dependency'),
        weight: 0.85,
        facts: (m) => facts({ tool: 'rebar3', package: m[1] ? `${m[1]}${m[2] ? ` ${m[2]}` : ''}` : (m[3] ?? m[4]) }),
    },
    {
        id: 'rebar3.compile-failed',
        tool: 'rebar3',
        anchors: ['===> Compiling '],
        // "===> Compiling src/x.erl failed": a heading over erlc's own lines.
        pattern: /^===> Compiling (\S+) failed$/,
        role: 'header',
        category: 'compile_error',
        weight: 0.5,
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
        // The gap stops at the next "out of date"…: with `.*` each repeat of one rescanned the rest of
        // the line (quadratic); a later "run" is still found from the last one before it.
        pattern: /(?:not up[- ]to[- ]date|out[- ]of[- ]date|inconsistent)\b(?:(?!not up[- ]to[- ]date|out[- ]of[- ]date|inconsistent).)*\b(?:[Rr]un|[Pp]lease run)\b|files were modified by this hook/,
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
        // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
        pattern: /^(?:(\S+?)\((\d+),(\d+)\): )?error ((?:CS|MSB|NU)\d+): (.*?)(?: \[[^\][]+\])?$/,
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
        follow: 'indented',
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
            : // One [\d.] then the rest: two overlapping runs were quadratic (ReDoS).
                /^\S+@v[\d.][\w.+-]*: (?:Get|reading|verifying|unrecognized import)/.test(m[4])
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
        pattern: 
        // The lookbehind starts the module path only at its first character: tried from every one, a
        // long path without the "@v…: " tail cost quadratic time.
        /(?<![\w./-])([\w./-]+)@(v[\w.+-]+): (?:Get "([^"]+)"|reading (\S+)|verifying module)(?:: (.*))?|unrecognized import path "([^"]+)"/,
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
        // What a test reported through t.Error/t.Fatal ("    x_test.go:76: unexpected init error: …" and
        // the indented output under it). With -v and parallel tests it is printed where the test paused,
        // far from its `--- FAIL` line; t.Log output of passing tests has the same shape, so only a
        // message in failure words counts.
        id: 'gotest.message',
        tool: 'go test',
        anchors: ['_test.go:'],
        pattern: /^\s+[\w.-]+_test\.go:\d+: (?=.*\b(?:[Ee]rr(?:or)?|[Ff]ail(?:ed|ure)?|[Uu]nexpected(?:ly)?|want(?:ed)?|[Ee]xpected|got|mismatch|should|must|[Cc]annot|not equal|[Ii]nvalid|[Ii]ncorrect)\b)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'indented',
        facts: () => ({ tool: 'go test' }),
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
        id: 'gofmt.diff',
        tool: 'gofmt',
        anchors: ['.go.orig '],
        // `gofmt -d`: "diff calc.go.orig calc.go" heads the unified diff of what it would change.
        pattern: /^diff (?:-u )?(\S+\.go)\.orig \S+\.go$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.7,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'gofmt', file: m[1] }),
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
        // The dump below lists every goroutine (the runtime's and the test runner's first), not the cause.
        follow: 'paragraph',
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
        // The gap after "gofmt -l" stops at the next one (linear; `.*` rescanned the rest from each).
        pattern: /(?:not (?:properly )?formatted|need(?:s)? (?:to be )?formatting|[Rr]un `?go ?fmt`?).*|gofmt -[lds]+ (?:(?!gofmt -).)* (?:failed|found)/,
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/haskell.js

/** GHC (directly or under cabal/stack), cabal's solver, hspec, HUnit and HLint. */
const HS_FILE = String.raw `\S+\.(?:hs|lhs|hsc|hs-boot)`;
const haskellRules = [
    {
        id: 'ghc.error',
        tool: 'ghc',
        anchors: ['.hs:', '.lhs:', '.hsc:', '.hs-boot:'],
        // "src/X.hs:10:5: error:" (or "(10,5)-(12,3): error: [GHC-83865]"), the message indented below.
        // No `$` after `\s*(.*)`: a line has no line break, and with one the two split the spaces every way.
        pattern: new RegExp(String.raw `^(${HS_FILE}):(?:(\d+):(\d+)(?:-\d+)?|\((\d+),(\d+)\)-\(\d+,\d+\)): error:(?: \[[^\]]*\])?\s*(.*)`),
        role: 'error',
        classify: (m) => /^Could not (?:find|load) module/.test(m[6] ?? '') ? 'missing_dependency' : 'compile_error',
        weight: 0.85,
        // The message, not the "• In the expression …" context and source excerpt under it.
        follow: 'message',
        facts: (m) => facts({ tool: 'ghc', locations: [helpers_location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[6])] }),
    },
    {
        id: 'ghc.missing-module',
        tool: 'ghc',
        anchors: ['Could not find module', 'Could not load module'],
        // The message line under a `file:L:C: error:` line; the module may be hidden or not installed.
        pattern: /^\s+Could not (?:find|load) module [‘'`]([\w.]+)[’']/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'ghc', module: m[1] }),
    },
    {
        id: 'cabal.unresolved',
        tool: 'cabal',
        anchors: ['Could not resolve dependencies'],
        // "cabal: Could not resolve dependencies:" and the solver's trace up to the blank line.
        pattern: /^(?:Error: )?cabal(?:-install)?(?:\.exe)?: Could not resolve dependencies:?$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'paragraph',
        facts: () => ({ tool: 'cabal' }),
    },
    {
        id: 'cabal.unknown-package',
        tool: 'cabal',
        anchors: ['unknown package: '],
        pattern: /^\[__\d+\] unknown package: ([\w-]+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'cabal', package: m[1] }),
    },
    {
        id: 'cabal.test-suite-failed',
        tool: 'cabal',
        anchors: [': FAIL'],
        // A summary, weaker than the runner's own lines above it; shown only when they are not recognised.
        pattern: /^Test suite ([\w-]+): FAIL$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.35,
        facts: (m) => ({ tool: 'cabal', tests: [m[1]] }),
    },
    {
        id: 'hspec.location',
        tool: 'hspec',
        anchors: ['.hs:'],
        // hspec's failure report: "  test/Spec.hs:13:15: ", then "  1) Math.add adds", "expected:"/"but got:".
        pattern: new RegExp(String.raw `^\s+(${HS_FILE}):(\d+):(\d+): ?$`),
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'hspec', locations: [helpers_location(m[1], m[2], m[3])] }),
    },
    {
        // hspec's report of a test that threw: "  1) Config.parseEntry skips comment lines" then
        // "       uncaught exception: ErrorCall" and the exception's message, up to a blank line.
        id: 'hspec.uncaught',
        tool: 'hspec',
        anchors: ['uncaught exception: '],
        pattern: /^\s+uncaught exception: (\S+)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'until-blank',
        lead: /^\s+\d+\) \S/,
        facts: (m) => ({ tool: 'hspec', code: m[1] }),
    },
    {
        id: 'hunit.failure',
        tool: 'HUnit',
        anchors: ['### Failure in: ', '### Error in: '],
        pattern: /^\s*### (Failure|Error) in: (.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'HUnit', tests: [m[2]] }),
    },
    {
        id: 'tasty.fail',
        tool: 'tasty',
        anchors: ['FAIL'],
        // "    median of unsorted list: FAIL (0.01s)" — the name, padded, then the verdict; details below.
        pattern: /^\s+(\S.*?):\s+FAIL(?: \([\d.]+s\))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        // The assertion or exception, not its call stack and rerun hint.
        follow: 'message',
        facts: (m) => ({ tool: 'tasty', tests: [m[1]] }),
    },
    {
        id: 'quickcheck.failed',
        tool: 'QuickCheck',
        anchors: ['*** Failed!'],
        // "*** Failed! Falsified (after 9 tests and 7 shrinks):" with the counterexample on the next lines.
        pattern: /^\s*\*\*\* Failed! (?:Falsified|Exception thrown|Gave up|Passed)?/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: () => ({ tool: 'QuickCheck' }),
    },
    {
        id: 'doctest.failure',
        tool: 'doctest',
        anchors: ['.hs:', '.lhs:', '### Failure in ', '### Error in '],
        // "src/X.hs:7: failure in expression `toRoman 9'" (doctest 0.18), "### Failure in src/X.hs:7:
        // expression `…'" (older); "expected:"/"but got:" follow.
        pattern: new RegExp(String.raw `^(?:### (?:Failure|Error) in )?(${HS_FILE}):(\d+): (?:(?:failure|error) in )?expression \x60(.*)'$`),
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'doctest', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'hlint.hint',
        tool: 'hlint',
        anchors: ['.hs:', '.lhs:'],
        // "src/X.hs:3:1-20: Warning: Use null": the hint's Found/Perhaps lines follow.
        pattern: new RegExp(String.raw `^(${HS_FILE}):(\d+):(\d+)(?:-\d+)?: (Warning|Error|Suggestion): (.*)$`),
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'hlint', locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/install.js

/**
 * Builds that fail before any test runs, while installing what the project needs: apt-get that
 * cannot find a package or version, `./configure` and pkg-config that cannot find a library, a
 * gem that is nowhere to be found or whose native extension cannot be built, Go with module
 * downloads switched off, yarn 1 with no version in a range, npm's engine check. The npm, pnpm,
 * pip and Bundler messages other rule files already read are not repeated here.
 */
/**
 * `./configure` stops for a missing compiler as often as for a missing library. Its first line,
 * "configure: error: in `/w/project':", only says where: the next line says why.
 */
function configureCategory(message) {
    if (/^in `[^']*':$/.test(message))
        return undefined;
    // The gap stops at the next "C++ compiler" (linear time; `.*` rescanned the rest from each).
    return /\bcompiler cannot create executables\b|\bno acceptable C compiler\b|\bC\+\+ compiler\b(?:(?!C\+\+ compiler\b).)*\b(?:not|cannot)\b/.test(message)
        ? 'toolchain_mismatch'
        : 'missing_dependency';
}
const installRules = [
    {
        id: 'apt.unable-to-locate',
        tool: 'apt-get',
        anchors: ['E: Unable to locate package', "E: Couldn't find any package"],
        pattern: /^E: (?:Unable to locate package (\S+)|Couldn't find any package by (?:glob|regex) '([^']+)')/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => facts({ tool: 'apt-get', package: m[1] ?? m[2] }),
    },
    {
        id: 'apt.no-candidate',
        tool: 'apt-get',
        anchors: ['has no installation candidate'],
        pattern: /^E: Package '([^']+)' has no installation candidate/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => facts({ tool: 'apt-get', package: m[1] }),
    },
    {
        id: 'apt.version-not-found',
        tool: 'apt-get',
        anchors: ["' was not found"],
        pattern: /^E: (?:Version|Release) '([^']+)' for '([^']+)' was not found/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => facts({ tool: 'apt-get', package: `${m[2]}=${m[1]}` }),
    },
    {
        // AC_MSG_ERROR's line: the reason `./configure` stopped, in the project's own words.
        id: 'configure.error',
        tool: 'configure',
        anchors: ['configure: error: '],
        pattern: /^configure: error: (.+)/,
        role: 'error',
        classify: (m) => configureCategory(m[1]),
        weight: 0.85,
        facts: () => facts({ tool: 'configure' }),
    },
    {
        // PKG_CHECK_MODULES' own wording after "configure: error:", and pkg-config's answer for a
        // module it has no .pc file for (or too old a one), also as CMake's pkg_check_modules relays
        // it on a status line ("--   Package 'vips', required by 'virtual:world', not found").
        id: 'pkg-config.not-found',
        tool: 'pkg-config',
        anchors: [
            'was not found in the pkg-config search path',
            "', not found",
            'could not be satisfied',
            'Package requirements (',
            "No package '",
        ],
        pattern: /^(?:-- )?\s*Package (?:([\w.+-]+) was not found in the pkg-config search path|'([\w.+-]+)', required by '[^']*', not found|dependency requirement '([^']+)' could not be satisfied)|Package requirements \(([^()]+)\) were not met|^(?:-- )?\s*No package '([\w.+-]+)' found/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'until-blank',
        facts: (m) => facts({ tool: 'pkg-config', package: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] }),
    },
    {
        // Bundler 2.3+ when a gem needs another Ruby; the indented lines under it name the gem and
        // both versions. Bundler prints a NUL after "Ruby" in these lines.
        id: 'bundler.ruby-conflict',
        tool: 'bundler',
        anchors: ['Bundler found conflicting requirements for the Ruby'],
        pattern: /Bundler found conflicting requirements for the (Ruby(?:Gems)?)\W{0,3}version/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        follow: 'paragraph',
        facts: (m) => facts({ tool: 'bundler', toolchain: m[1] === 'Ruby' ? 'ruby' : 'rubygems' }),
    },
    {
        id: 'gem.not-found',
        tool: 'gem',
        anchors: ['Could not find a valid gem'],
        // The requirement holds no "(": repeated openings are then scanned once each (linear time).
        pattern: /Could not find a valid gem '([^']+)' \(([^()]*)\)(, here is why:)?/,
        role: 'error',
        // "here is why:" puts the reason on the next line (often the network): that line's rule decides.
        classify: (m) => (m[3] ? undefined : 'missing_dependency'),
        weight: 0.85,
        facts: (m) => facts({ tool: 'gem', package: m[1], requiredVersion: m[2] }),
    },
    {
        // No ruby-dev: every gem with a C extension fails the same way before compiling anything.
        id: 'gem.ruby-headers',
        tool: 'gem',
        anchors: ["can't find header files for ruby"],
        pattern: /mkmf\.rb can't find header files for ruby\b/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: () => facts({ tool: 'gem', package: 'ruby-dev' }),
    },
    {
        // The heading over an extension's build output: the compiler or extconf line below it says why.
        id: 'gem.native-extension',
        tool: 'gem',
        anchors: ['Failed to build gem native extension'],
        pattern: /ERROR: Failed to build gem native extension/,
        role: 'header',
        weight: 0.5,
    },
    {
        id: 'go.proxy-off',
        tool: 'go',
        anchors: ['lookup disabled by GOPROXY'],
        // The module path starts where a path token starts: otherwise every offset rescans it (ReDoS).
        pattern: /(?:(?<![\w./-])([\w./-]+)@(v[\w.+-]+): )?module lookup disabled by GOPROXY=(\w+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'go', package: m[1] ? `${m[1]}@${m[2]}` : undefined }),
    },
    {
        id: 'yarn.no-matching-version',
        tool: 'yarn',
        anchors: ["Couldn't find any versions for"],
        pattern: /Couldn't find any versions for "([^"]+)" that matches "([^"]+)"/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'yarn', package: m[1], requiredVersion: m[2] }),
    },
    {
        id: 'yarn.frozen-lockfile',
        tool: 'yarn',
        anchors: ['error Your lockfile needs to be updated'],
        pattern: /^error Your lockfile needs to be updated/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: () => facts({ tool: 'yarn', file: 'yarn.lock' }),
    },
    {
        // go.mod and vendor/modules.txt disagree; the indented lines under it name each module.
        id: 'go.inconsistent-vendoring',
        tool: 'go',
        anchors: ['inconsistent vendoring'],
        pattern: /^go: inconsistent vendoring\b/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        follow: 'indented',
        facts: () => facts({ tool: 'go', file: 'vendor/modules.txt' }),
    },
    {
        // pnpm --offline with a package missing from its store (the pnpm.error rule has no category
        // for these codes). pnpm puts thin spaces, not ASCII ones, around its code.
        id: 'pnpm.offline',
        tool: 'pnpm',
        anchors: ['ERR_PNPM_NO_OFFLINE_'],
        pattern: /ERR_PNPM_NO_OFFLINE_(?:META|TARBALL)\b(?:\W{1,3}Failed to resolve (\S+))?/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'pnpm', package: m[1] }),
    },
    {
        // `npm ci` without a lockfile prints its whole usage after this line; the line says it all.
        id: 'npm.ci-no-lockfile',
        tool: 'npm',
        anchors: ['can only install with an existing package-lock.json'],
        pattern: /The `npm ci` command can only install with an existing package-lock\.json/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: () => facts({ tool: 'npm', file: 'package-lock.json' }),
    },
    {
        // npm's EBADENGINE names the package and the engines it wants on these `notsup` lines, below
        // the bare "Unsupported engine" the node.engine rule reads.
        id: 'npm.notsup',
        tool: 'npm',
        anchors: ['notsup Not compatible with your version', 'notsup Required: '],
        pattern: /^npm (?:ERR!|error) notsup (?:Not compatible with your version of node\/npm: (\S+)|Required: (.+))/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ tool: 'npm', package: m[1], requiredVersion: m[2] }),
    },
    {
        // A gem whose gemspec sets required_ruby_version (or required_rubygems_version) above what
        // runs: "timeparse-0.3.0 requires Ruby version >= 4.2. The current ruby version is 3.1.2."
        // (gem install, and Bundler's Gem::RuntimeRequirementNotMetError).
        id: 'gem.required-ruby',
        tool: 'gem',
        anchors: ['requires Ruby version ', 'requires RubyGems version '],
        // Anchored at the line's start (a tab in gem's message, a class name in Bundler's), so the
        // name is read once, not from every position.
        pattern: /^\s*(?:[\w:]+: )?(\S+) requires (Ruby|RubyGems) version (.{1,40}?)\. The current (?:ruby|rubygems) version is ([\w.-]+?)\.?$/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ tool: 'gem', package: m[1] }),
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
        // The message starts and ends on a non-space: overlapping space runs made this cubic (ReDoS).
        pattern: /^\s+(\d+):(\d+)\s+error\s+(\S(?:.*\S)?)\s{2,}(@?[\w/-]+)\s*$/,
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
        // The test name starts and ends on a non-space and a [tag] holds no "[": linear (ReDoS-safe).
        pattern: /^\s*FAIL\s+(\S+\.(?:[cm]?[jt]sx?|vue|svelte))(?:\s+>\s+(\S(?:.*?\S)?))?(?:\s+\[[^\][]*\])?(?:\s+\([\d.]+ m?s\))?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: (m) => facts({ tool: 'jest', file: m[1], tests: m[2] ? [m[2]] : undefined }),
    },
    {
        id: 'jest.failed-test',
        tool: 'jest',
        anchors: ['●'],
        // "● Test suite failed to run" names no test: jest.suite-failed (js-legacy.ts) reads it.
        // Either branch of the old `(.+? › .+|.+)` took the whole rest; the lazy one cost quadratic time.
        pattern: /^\s*● (?!Console\b|Test suite failed to run$)(.+)$/,
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
        // One rule character each side: a run of them tried at every offset was quadratic (ReDoS).
        pattern: /⎯ Failed Tests? (\d+) ⎯/,
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
        // A path ('./generated/settings', '/w/lib/x.js') is a file of the project that is not there
        // (not built, not committed); a bare name is a package that was not installed.
        classify: (m) => /^(?:\.{1,2}\/|\/|[A-Za-z]:\\|file:)/.test(m[1]) ? 'missing_file' : 'missing_dependency',
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
        // The gaps after YN0028/YN0018 stop at the next repeat of the code (linear; `.*` rescanned).
        pattern: /^error Couldn't find package "([^"]+)"|^error An unexpected error occurred: "(.*)"|YN0028: (?:(?!YN0028: ).)*lockfile would have been modified|YN0018: (?:(?!YN0018: ).)*checksum|YN0001: (.*)/,
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/js-legacy.js

/**
 * JavaScript as Travis ran it (2012–2020): the linters of the time (JSHint, JSCS, standard,
 * TSLint, ESLint's parse errors), grunt-contrib-jshint, gulp 3 on a newer Node, and the closing
 * blocks npm 3–6 and yarn 1 print after any failing script. Those blocks say only that a script
 * failed; the reason is the tool output above them, so they are noise here.
 */
const jsLegacyRules = [
    {
        // npm 3–6 after a failing script: "npm ERR! Test failed.  See above for more details.",
        // "npm ERR! code ELIFECYCLE", "npm ERR! errno 1", "npm ERR! Exit status 1",
        // "npm ERR! Failed at the x@1.0.0 test script." Other npm ERR! codes keep npm.error-code.
        id: 'npm.lifecycle-footer',
        tool: 'npm',
        anchors: [
            'npm ERR! Test failed.',
            'npm ERR! code ELIFECYCLE',
            'npm ERR! errno ',
            'npm ERR! Exit status ',
            'npm ERR! Failed at the ',
        ],
        pattern: /^npm ERR! (?:Test failed\. {1,2}See above|code ELIFECYCLE\s*$|errno \d+\s*$|Exit status \d+\s*$|Failed at the \S+ [\w:.-]+ script)/,
        role: 'noise',
        weight: 0.9,
    },
    {
        // yarn 1 after a failing script: "error Command failed with exit code 1."
        id: 'yarn.command-failed',
        tool: 'yarn',
        anchors: ['error Command failed with exit code '],
        pattern: /^error Command failed with exit code \d+\.$/,
        role: 'noise',
        weight: 0.9,
    },
    {
        // JSHint's default reporter: "src/index.js: line 4, col 21, 'nme' is not defined."
        id: 'jshint.error',
        tool: 'jshint',
        anchors: [', col '],
        pattern: /^(\S[^:]*\.(?:js|jsx|mjs|cjs|json|html)): line (\d+), col (\d+), (.+)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'jshint', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // grunt-contrib-jshint: the source line ("    2 |  return helper();"), then a caret line
        // holding the message ("          ^ 'helper' is not defined.").
        id: 'grunt-jshint.error',
        tool: 'jshint',
        // No "never used" anchor: that phrase is in thousands of other tools' warning lines.
        anchors: [' is not defined.', 'Missing semicolon.'],
        pattern: /^\s+\^ (.+)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        lead: /^\s+\d+ \|/,
        facts: () => ({ tool: 'jshint' }),
    },
    {
        // JSCS: "requireSemicolons: Missing semicolon after statement at src/index.js :", then the
        // source with a caret ruler under it.
        id: 'jscs.error',
        tool: 'jscs',
        anchors: ['requireS', 'requireC', 'requireT', 'disallow', 'validate'],
        pattern: /^((?:require|disallow|validate)[A-Z]\w*): (.+) at (\S+) :$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'jscs', code: m[1], locations: [helpers_location(m[3], undefined, undefined, m[2])] }),
    },
    {
        // TSLint 5: "ERROR: /p/src/a.ts:1:14 - Missing semicolon"; TSLint 4 and early 5:
        // "ERROR: src/a.ts[1, 14]: Missing semicolon" (with "(rule-name) " after "ERROR: " when asked).
        id: 'tslint.error',
        tool: 'tslint',
        anchors: ['ERROR: '],
        pattern: /^ERROR: (?:\(([\w-]+)\) )?(\S+?\.tsx?)(?::(\d+):(\d+) - |\[(\d+), (\d+)\]: )(.+)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'tslint', code: m[1], locations: [helpers_location(m[2], m[3] ?? m[5], m[4] ?? m[6], m[7])] }),
    },
    {
        // gulp 3's graceful-fs 3 on Node 12 and later: "ReferenceError: primordials is not defined".
        id: 'node.primordials',
        tool: 'node',
        anchors: ['primordials is not defined'],
        pattern: /^ReferenceError: primordials is not defined/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: () => ({ tool: 'node' }),
    },
    {
        // Jasmine 2 and Jest 20–24 on an async test that never calls back: "Error: Timeout - Async
        // callback was not invoked within 300ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)".
        id: 'jasmine.async-timeout',
        tool: 'jasmine',
        anchors: ['Async callback was not invoked within'],
        pattern: /Timeout - Async callback was not invoked within (?:the \d+ ?ms|\d+ ?ms|timeout specified by)/,
        role: 'error',
        category: 'timeout',
        weight: 0.9,
        facts: () => ({ tool: 'jasmine' }),
    },
    {
        // AVA 0.x–1.x on an exception thrown outside a test's own flow: "Uncaught Exception: test.js",
        // then the error indented under it.
        id: 'ava.uncaught-exception',
        tool: 'ava',
        anchors: ['Uncaught Exception: '],
        pattern: /^\s*Uncaught Exception: (\S+)\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => facts({ tool: 'ava', file: m[1] }),
    },
    {
        // Babel (Jest 24's transform) on a test file it cannot parse:
        // (Its category beats jest.suite-failed's: the suite failed because the file does not parse.)
        // "SyntaxError: /p/math.test.js: Unexpected token, expected "," (4:26)".
        id: 'babel.syntax-error',
        tool: 'babel',
        anchors: ['SyntaxError: '],
        pattern: /^\s*SyntaxError: (\S+\.[cm]?[jt]sx?): (.+) \((\d+):(\d+)\)\s*$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        facts: (m) => facts({ tool: 'babel', locations: [helpers_location(m[1], m[3], m[4], m[2])] }),
    },
    {
        // Karma when a browser cannot load a file: "HeadlessChrome 0.0.0 (Linux 0.0.0) ERROR", then
        // (Karma 2–4) a JSON object whose "message" is "Uncaught SyntaxError: missing ) after …", or
        // (Karma 1) the bare "Uncaught SyntaxError: …" line.
        id: 'karma.uncaught-syntax-error',
        tool: 'karma',
        anchors: ['Uncaught SyntaxError: '],
        pattern: /^\s*(?:"message": ")?Uncaught SyntaxError: ([^"\\]+)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: () => ({ tool: 'karma' }),
    },
    {
        // Jest when a test file cannot even load: "● Test suite failed to run", the reason indented
        // under it (a parse error, a missing module, jsdom's "localStorage is not available for
        // opaque origins"). Below the weight at which test failures outrank other causes, so a more
        // specific line under it names the category.
        id: 'jest.suite-failed',
        tool: 'jest',
        anchors: ['● Test suite failed to run'],
        pattern: /^\s*● Test suite failed to run\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'indented',
        facts: () => ({ tool: 'jest' }),
    },
    {
        // npm 5 (graceful-fs 4.1) on Node 14 and later dies before doing anything:
        // "npm ERR! cb.apply is not a function".
        id: 'npm.cb-apply',
        tool: 'npm',
        anchors: ['npm ERR! cb.apply is not a function'],
        pattern: /^npm ERR! cb\.apply is not a function/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: () => ({ tool: 'npm' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/js-runners.js

/**
 * JavaScript test runners and task runners beyond Jest and Vitest (rules/js.ts): mocha, jasmine,
 * karma, AVA, grunt and gulp (TAP producers such as tape, node-tap and node --test: tap.not-ok in perl.ts).
 */
/** A grunt or gulp task's name says what kind of work failed. */
function taskCategory(task) {
    if (/test|spec|mocha|jasmine|karma|qunit|nodeunit|jest|ava\b|e2e/i.test(task))
        return 'test_failure';
    if (/lint|jshint|jscs|eslint|tslint|csslint|stylelint|standard|prettier/i.test(task))
        return 'lint_failure';
    if (/build|compile|babel|typescript|\bts\b|webpack|browserify|uglify|sass|less|concat/i.test(task))
        return 'compile_error';
    return undefined;
}
const jsRunnerRules = [
    {
        // Mocha and jasmine print the error of a failed test indented under its title; Node's own
        // uncaught errors start at the margin and are python.exception's (any "XError: …" line).
        id: 'js.test-error',
        tool: 'node',
        anchors: [
            'TypeError: ',
            'ReferenceError: ',
            'RangeError: ',
            'SyntaxError: ',
            'EvalError: ',
            'URIError: ',
        ],
        pattern: /^\s+(?:Uncaught )?((?:Type|Reference|Range|Syntax|Eval|URI)Error)(?: \[[A-Z_]+\])?: (.+)$/,
        role: 'error',
        weight: 0.6,
        facts: (m) => ({ tool: 'node', code: m[1] }),
    },
    {
        id: 'node.syntax-error',
        tool: 'node',
        anchors: ['SyntaxError: '],
        pattern: /^SyntaxError: (.+)$/,
        role: 'error',
        // JSON.parse throws SyntaxError too ("Unexpected token } in JSON at position 12", "… is not
        // valid JSON"): bad data at run time, not a source file that did not parse.
        classify: (m) => (/\bJSON\b/.test(m[1]) ? 'test_failure' : 'compile_error'),
        weight: 0.7,
        follow: 'none',
        facts: () => ({ tool: 'node' }),
    },
    {
        id: 'mocha.timeout',
        tool: 'mocha',
        anchors: ['Timeout of '],
        pattern: /Error: Timeout of (\d+)ms exceeded/,
        role: 'error',
        category: 'timeout',
        weight: 0.8,
        facts: () => ({ tool: 'mocha' }),
    },
    {
        // "1) Calculator adds two numbers" / "  Message:" / "    Expected 5 to be 4." / "  Stack:";
        // jasmine 1 and jasmine-node indent one step deeper ("  1) …" / "   Message:").
        id: 'jasmine.failed-spec',
        tool: 'jasmine',
        anchors: ['Message:'],
        pattern: /^ {2,4}Message:$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        lead: /^\s{0,3}\d+\) \S/,
        follow: 'indented',
        facts: () => ({ tool: 'jasmine' }),
    },
    {
        // node --test's spec reporter: "✖ adds two numbers (2.6ms)", the error indented below it (a
        // `node.error`-style line), and the same again under "✖ failing tests:".
        id: 'node-test.failed',
        tool: 'node --test',
        anchors: ['✖ '],
        pattern: /^\s*✖ (.+?) \(\d+(?:\.\d+)?m?s\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        facts: (m) => ({ tool: 'node --test', tests: [m[1]] }),
    },
    {
        // node --test's TAP reporter (and node-tap): under "not ok N", the YAML diagnostic's `error:`
        // holds the assertion's message, a block scalar indented below it; the rest is timing and frames.
        id: 'node-test.error',
        tool: 'node --test',
        anchors: ['error: |-', "error: '"],
        pattern: /^ +error: (?:\|-$|'(.+)'$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'indented',
        facts: () => ({ tool: 'node --test' }),
    },
    {
        id: 'ava.failed-test',
        tool: 'ava',
        anchors: ['[fail]: '],
        // `[\s\S]*` reaches `$` from the first suffix found; `.*` stopped at a line break and rescanned.
        pattern: /^\s*[✘✖] \[fail\]: (.+?)(?: (?:Error thrown in test|Rejected promise returned by test|Assertion failed)[\s\S]*)?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'ava', tests: [m[1]] }),
    },
    {
        id: 'ava.uncaught',
        tool: 'ava',
        anchors: ['Uncaught exception in '],
        pattern: /^\s*(?:✘ )?Uncaught exception in (\S+)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'indented',
        facts: (m) => ({ tool: 'ava', file: m[1] }),
    },
    {
        id: 'ava.summary',
        tool: 'ava',
        anchors: [' test failed', ' tests failed'],
        pattern: /^\s*(\d+) tests? failed$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: () => ({ tool: 'ava' }),
    },
    {
        // Karma's reporters: "<browser> <version> (<os>) <suite> <spec> FAILED", the error and its
        // frames indented under it; "… ERROR" when the suite itself broke.
        id: 'karma.failed-spec',
        tool: 'karma',
        anchors: [' FAILED', ' ERROR'],
        pattern: /^([A-Z][\w ]*? [\d.]+ \([^)]*\)) (.+) (FAILED|ERROR)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'karma', tests: [m[2]] }),
    },
    {
        // "Chrome Headless 150.0.0.0 (Linux 0.0.0): Executed 2 of 2 (1 FAILED) (0.012 secs / 0 secs)",
        // repeated by the progress reporter: names the category, not shown beside the failures.
        id: 'karma.executed',
        tool: 'karma',
        anchors: [' FAILED)'],
        // `[^:]` rather than `.`: the scan for "(N FAILED)" stops at the next ": Executed" (linear time).
        pattern: /: Executed \d+ of \d+ [^:]*?\((\d+) FAILED\)/,
        role: 'verdict',
        category: 'test_failure',
        // A count that closes the run: the failed specs say why. Below the shown verdicts.
        weight: 0.2,
        facts: () => ({ tool: 'karma' }),
    },
    {
        // "Warning: Task "test" failed. Use --force to continue.", after the ">> " lines that say why.
        id: 'grunt.warning',
        tool: 'grunt',
        anchors: ['Use --force to continue'],
        pattern: /^(?:>> )?Warning: (.+?) Use --force to continue\.$/,
        role: 'error',
        classify: (m) => {
            const task = /^Task "([^"]+)" (failed|not found)/.exec(m[1]);
            if (!task)
                return undefined;
            return task[2] === 'not found' ? 'missing_command' : taskCategory(task[1]);
        },
        weight: 0.8,
        lead: /^>> \S/,
        facts: (m) => facts({ tool: 'grunt', command: /^Task "([^"]+)"/.exec(m[1])?.[1] }),
    },
    {
        // "[13:42:26] 'test' errored after 1.4 ms", then the error.
        id: 'gulp.errored',
        tool: 'gulp',
        anchors: ["' errored after"],
        pattern: /^(?:\[[\d:]+\] )?'([^']+)' errored after /,
        role: 'error',
        classify: (m) => taskCategory(m[1]),
        weight: 0.8,
        facts: (m) => ({ tool: 'gulp', command: m[1] }),
    },
    {
        id: 'gulp.error',
        tool: 'gulp',
        anchors: ['] Error: ', '] Error in plugin'],
        // No `$`: a line has no line break, and with one every "Error" in a long word rescanned the rest.
        pattern: /^\[[\d:]+\] (?:\w*Error(?: in plugin "[^"]+")?:? ?)(.*)/,
        role: 'error',
        weight: 0.6,
        facts: () => ({ tool: 'gulp' }),
    },
    {
        id: 'gulp.missing-task',
        tool: 'gulp',
        anchors: ['Task never defined: ', 'is not in your gulpfile'],
        pattern: /Task never defined: (\S+)|Task '([^']+)' is not in your gulpfile/,
        role: 'error',
        category: 'missing_command',
        weight: 0.85,
        facts: (m) => ({ tool: 'gulp', command: (m[1] ?? m[2]) }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/julia.js

/**
 * Julia: the Test stdlib's failed and erroring tests, errors thrown while a file loads, Pkg's
 * resolver and build step, and Documenter's doctests. The closing lines ("Some tests did not
 * pass", "There was an error during testing") only repeat the failures printed above them. From
 * packages/fixtures/ecosystems/julia.
 */
// The exception types Julia prints after "ERROR: " (Base's, and the stdlib's most common).
const EXCEPTIONS = [
    'UndefVarError',
    'MethodError',
    'ArgumentError',
    'BoundsError',
    'DomainError',
    'KeyError',
    'TypeError',
    'ParseError',
    'InitError',
    'AssertionError',
    'SystemError',
    'IOError',
    'InexactError',
    'OverflowError',
    'DivideError',
    'ErrorException',
    'DimensionMismatch',
    'StackOverflowError',
    'OutOfMemoryError',
    'UndefKeywordError',
    'FieldError',
    'syntax:',
];
/**
 * What an uncaught error says: a package that is not installed, code that does not compile (an
 * undefined name, a syntax error, a package that failed to precompile), or a failure at run time.
 */
function errorCategory(message) {
    if (/^ArgumentError: Package \S+ (?:not found in current path|does not have \S+ in its dependencies)/.test(message))
        return 'missing_dependency';
    if (/^(?:UndefVarError|ParseError|syntax:|Failed to precompile )/.test(message))
        return 'compile_error';
    return 'test_failure';
}
/**
 * "<test set>: Test Failed at <file>:<line>" and "… Error During Test at …": the test set's name
 * and where. Outside a test set the failure is thrown ("ERROR: Test Failed at …"): no test's name.
 */
function testAt(m) {
    return facts({
        tool: 'julia-test',
        tests: m[1] && !/^ERROR\b/.test(m[1]) ? [m[1]] : undefined,
        locations: m[2] ? [helpers_location(m[2], m[3])] : undefined,
    });
}
const juliaRules = [
    {
        // "add: Test Failed at /w/test/runtests.jl:7", "Test Failed at none:1", and Julia before 1.8
        // printing the test set alone: "Arrays: Test Failed". "  Expression: …" and "   Evaluated: …"
        // follow, indented; the "Stacktrace:" after them starts at column 0.
        id: 'julia.test-failed',
        tool: 'julia-test',
        anchors: ['Test Failed'],
        pattern: /^(?:(\S.*?): )?Test Failed(?: at (\S+?):(\d+))?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: testAt,
    },
    {
        // "Error During Test at /w/test/runtests.jl:12", then "  Test threw exception", the expression
        // and the exception's message, indented; its stack trace ends the message.
        id: 'julia.error-during-test',
        tool: 'julia-test',
        anchors: ['Error During Test'],
        pattern: /^(?:(\S.*?): )?Error During Test(?: at (\S+?):(\d+))?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.88,
        follow: 'message',
        facts: testAt,
    },
    {
        // The closing lines of a failed run only count what was printed above: "ERROR: Some tests did
        // not pass: 3 passed, 1 failed, 0 errored, 0 broken.", "ERROR: There was an error during
        // testing", Pkg's "ERROR: Package Foo errored during testing".
        id: 'julia.test-closing',
        tool: 'julia-test',
        anchors: [
            'ERROR: Some tests did not pass',
            'ERROR: LoadError: Some tests did not pass',
            'ERROR: There was an error during testing',
            'errored during testing',
        ],
        pattern: /^ERROR: (?:(?:LoadError: )?Some tests did not pass: \d+ passed, \d+ failed, \d+ errored|There was an error during testing$|Package \S+ errored during testing)/,
        role: 'noise',
        weight: 0.6,
    },
    {
        // A file that failed while it was included (a script, runtests.jl, a package's module):
        // "ERROR: LoadError: UndefVarError: `s` not defined". Inside a logging box (Pkg's build step)
        // it comes after "│ ".
        id: 'julia.load-error',
        tool: 'julia',
        anchors: ['ERROR: LoadError: '],
        pattern: /^(?:│ )?ERROR: LoadError: (?!Some tests did not pass)(\S.*)/,
        role: 'error',
        // In a box ("│ "), the box's own heading names the category (a build step, a doctest).
        classify: (m) => (m[0].startsWith('│') ? undefined : errorCategory(m[1])),
        weight: 0.82,
        facts: () => ({ tool: 'julia' }),
    },
    {
        // An uncaught exception of a script or a REPL line: "ERROR: UndefVarError: `baz` not defined",
        // also as Documenter quotes it under "Evaluated output:" ("│ ERROR: …").
        id: 'julia.exception',
        tool: 'julia',
        anchors: EXCEPTIONS.map((e) => `ERROR: ${e}`),
        pattern: /^(?:│ )?ERROR: ((?:\w+(?:Error|Exception)|DimensionMismatch)\b.*|syntax: .*)/,
        role: 'error',
        // Quoted in a box, it is what a doctest or a build printed: the box's own rule names the category.
        classify: (m) => (m[0].startsWith('│') ? undefined : errorCategory(m[1])),
        weight: 0.75,
        facts: () => ({ tool: 'julia' }),
    },
    {
        // Pkg's build step: "┌ Error: Error building `HelloWorld`:" above the build script's error.
        id: 'julia.pkg-build',
        tool: 'julia-pkg',
        anchors: ['Error: Error building `'],
        pattern: /^┌ Error: Error building `([^`]+)`/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'julia-pkg', package: m[1] }),
    },
    {
        // Pkg's resolver: "ERROR: Unsatisfiable requirements detected for package D [756980fe]:",
        // then the tree of restrictions, indented, ending in "— no versions left".
        id: 'julia.pkg-unsatisfiable',
        tool: 'julia-pkg',
        anchors: ['Unsatisfiable requirements detected for package '],
        pattern: /^(?:ERROR: (?:LoadError: )?)?Unsatisfiable requirements detected for package (\S+) \[[0-9a-f]{8}\]:$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'julia-pkg', package: m[1] }),
    },
    {
        // Documenter: "┌ Error: doctest failure in src/broken.md:3-6"; the box under it quotes the
        // doctest, what it printed and what was expected.
        id: 'documenter.doctest-failure',
        tool: 'documenter',
        anchors: ['Error: doctest failure in '],
        pattern: /^┌ Error: doctest failure in (\S+?):(\d+)(?:-\d+)?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'documenter', locations: [helpers_location(m[1], m[2])] }),
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
// JUnitCore (JUnit 4's text runner) names the failed test above its exception, under its count:
// "There was 1 failure:" / "1) readsPort(ConfigTest)". Both belong to a thrown exception (a weak
// rule): left out, the count is what the fallback would show beside it, with the runner's dots.
const JUNITCORE_LEAD = /^(?:\d+\) [\w$]+\([\w.$]+\)|There (?:was 1|were \d+) failures?:)$/;
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
        // Not Surefire's "There are test failures." nor the Enforcer's "Some Enforcer rules have
        // failed. Look above…": surefire.failed-goal and enforcer.failed-goal (below) say those.
        pattern: /^\[ERROR\] Failed to execute goal (\S+?) (?:\([^)]*\) )?on project (\S+?): (?!There are test failures\.|Some Enforcer rules have failed\.)(.*)/,
        role: 'error',
        classify: (m) => mavenPluginCategory(m[1], m[3]),
        weight: 0.8,
        follow: 'same-tag',
        facts: (_m) => ({ tool: 'maven' }),
    },
    {
        // Surefire's closing "Failed to execute goal …surefire…: There are test failures." and its
        // help lines only restate the failed tests printed above, which are the reason: weak enough
        // that those tests' own lines are shown without it, still naming the category alone.
        id: 'surefire.failed-goal',
        tool: 'surefire',
        anchors: ['Failed to execute goal'],
        pattern: 
        // The plugin's name is found by one lookahead: `\S+?(?:surefire|failsafe)\S*` rescanned the
        // token from each occurrence of the name (quadratic).
        /^\[ERROR\] Failed to execute goal \S(?=\S*?(?:surefire|failsafe))\S* (?:\([^)]*\) )?on project \S+?: There are test failures\./,
        role: 'error',
        category: 'test_failure',
        weight: 0.3,
        follow: 'same-tag',
        facts: () => ({ tool: 'surefire' }),
    },
    {
        // maven-enforcer-plugin names each broken rule above its verdict: "[ERROR] Rule 0:
        // org.apache.maven.plugins.enforcer.RequireMavenVersion failed with message:", then the
        // message on lines of its own. A version the build requires of Java or Maven is the toolchain;
        // the other rules (banned dependencies, convergence, properties) are a policy check.
        id: 'enforcer.rule-failed',
        tool: 'maven-enforcer',
        anchors: ['failed with message:'],
        pattern: /^\[(?:ERROR|WARNING)\] Rule \d+: ([\w.$]+) failed with message:$/,
        role: 'error',
        classify: (m) => /\.Require(?:Java|Maven|Jdk)Version$/.test(m[1]) ? 'toolchain_mismatch' : 'lint_failure',
        weight: 0.85,
        follow: 'trace',
        facts: (m) => ({ tool: 'maven-enforcer', code: m[1].slice(m[1].lastIndexOf('.') + 1) }),
    },
    {
        // RequireJavaVersion/RequireMavenVersion's message: "Detected Maven Version: 3.8.7 is not in
        // the allowed range [3.9.0,)."
        id: 'enforcer.version-range',
        tool: 'maven-enforcer',
        anchors: ['is not in the allowed range'],
        pattern: /^Detected (JDK|Maven) Version: (\S+) is not in the allowed range (\S+?)\.?$/,
        role: 'error',
        category: 'toolchain_mismatch',
        weight: 0.9,
        facts: (m) => facts({ toolchain: m[1] === 'JDK' ? 'java' : 'maven', actualVersion: m[2], requiredVersion: m[3] }),
    },
    {
        // BannedDependencies' message: "Found Banned Dependency: junit:junit:jar:4.13.2".
        id: 'enforcer.banned-dependency',
        tool: 'maven-enforcer',
        anchors: ['Found Banned Dependency: '],
        pattern: /^Found Banned Dependency: (\S+)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'maven-enforcer', package: m[1] }),
    },
    {
        // The Enforcer's own verdict points up at the rules it lists: the reason is there.
        id: 'enforcer.failed-goal',
        tool: 'maven-enforcer',
        anchors: ['Failed to execute goal'],
        pattern: 
        // One lookahead for the plugin's name, as in surefire.failed-goal (linear time).
        /^\[ERROR\] Failed to execute goal \S(?=\S*?enforcer)\S* (?:\([^)]*\) )?on project \S+?: Some Enforcer rules have failed\./,
        role: 'error',
        category: 'lint_failure',
        weight: 0.3,
        follow: 'same-tag',
        facts: () => ({ tool: 'maven-enforcer' }),
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
        pattern: 
        // The coordinates start a token: otherwise every offset rescans it (ReDoS).
        /Could not resolve dependencies for project \S+|Could not find artifact (\S+)|(?:Plugin )?(?<!\S)(\S+) or one of its dependencies could not be resolved|Failed to read artifact descriptor for (\S+)|Could not transfer artifact (\S+)/,
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
        // `[^:<]*` rather than `.*`: each repeat of the prefix scans only up to its next ":" (linear time).
        pattern: /Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+, Time elapsed: [^:<]*<<< (?:FAILURE|ERROR)!/,
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
        anchors: ['Exception', 'Error', 'Failure'],
        // An exception head printed before its frames: "java.io.IOException: msg", "Caused by: …",
        // JUnit's "org.junit.ComparisonFailure: expected:<a[-]b> but was:<a[_]b>". The JUnit 4
        // runner names the test on the line above: "1) dashesSpaces(SlugTest)".
        pattern: /^(?:Exception in thread "[^"]+" )?(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b(?::|$)/,
        role: 'error',
        weight: 0.4,
        follow: 'trace',
        lead: JUNITCORE_LEAD,
    },
    {
        // A JUnit-family assertion that failed, not an error the code threw: the test's own verdict.
        // The text runner (JUnitCore) names the test on the line above: "1) totalRoundsHalfUp(InvoiceTest)".
        id: 'junit.assertion',
        tool: 'junit',
        anchors: ['AssertionError', 'ComparisonFailure', 'AssertionFailedError'],
        pattern: /^(?:java\.lang\.AssertionError|kotlin\.AssertionError|org\.junit\.ComparisonFailure|junit\.framework\.(?:AssertionFailedError|ComparisonFailure)|org\.opentest4j\.AssertionFailedError)(?::|$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'trace',
        lead: /^\d+\) [\w$]+\([\w.$]+\)$/,
        facts: () => ({ tool: 'junit' }),
    },
    {
        id: 'junit5.tree-failed',
        tool: 'junit5',
        anchors: [' ✘'],
        // The console launcher's tree: "│     ├─ dashesSpaces() ✘ spaces become dashes ==> expected: <a-b> but was: <a_b>".
        // "✘" then a space or the end: with `(?: (.*))?$` a line break made every " ✘" rescan the rest.
        pattern: /^[│ ]*[├└]─ (.+?) ✘(?: (.*)|$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'junit5', tests: [m[1]] }),
    },
    {
        id: 'junit5.failure-exception',
        tool: 'junit5',
        anchors: ['Exception', 'Error', 'Failure'],
        // Under "Failures (1):", each failure's exception behind "=>", its frames indented below:
        // "    => org.opentest4j.AssertionFailedError: spaces become dashes ==> expected: <a-b> but was: <a_b>".
        pattern: /^\s+=> (?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: () => ({ tool: 'junit5' }),
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
        // Under "* What went wrong:", a build script that Groovy ran but that failed: "A problem
        // occurred evaluating root project 'invoice'." and the cause on the "> …" line below.
        id: 'gradle.script-evaluation',
        tool: 'gradle',
        anchors: ['A problem occurred evaluating'],
        pattern: /^A problem occurred evaluating (?:root project|project|settings|script|initialization script)\b/,
        role: 'error',
        category: 'compile_error',
        weight: 0.7,
        follow: 'paragraph',
        facts: () => ({ tool: 'gradle' }),
    },
    {
        // Under "* What went wrong:", a build or settings script Groovy could not compile: "Could not
        // compile settings file '/w/settings.gradle'." then "> startup failed:" and groovyc's message.
        id: 'gradle.script-compile',
        tool: 'gradle',
        anchors: ['Could not compile '],
        pattern: /^Could not compile (?:build|settings|script|initialization script|init script) file '[^']+'\.?$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.75,
        follow: 'paragraph',
        facts: () => ({ tool: 'gradle' }),
    },
    {
        // groovyc's message inside it, naming the script as Gradle calls it: "  settings file
        // '/w/settings.gradle': 2: expecting ''', found '\n' @ line 2, column 21."
        id: 'gradle.script-syntax',
        tool: 'gradle',
        anchors: [' @ line '],
        pattern: /^\s*(?:build|settings|script|initialization script|init script) file '([^']+)': (\d+): (.+) @ line \d+, column (\d+)\.$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'gradle', locations: [helpers_location(m[1], m[2], m[4], m[3])] }),
    },
    {
        // "> Could not find method testCompil() for arguments [{name=hamcrest-core}] on object of type
        // …DefaultDependencyHandler.": a misspelt or removed DSL method in the build script.
        id: 'gradle.no-such-method',
        tool: 'gradle',
        anchors: ['Could not find method '],
        pattern: /^(?:> )?Could not find method ([\w$]+)\(\) for arguments /,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'gradle', locations: [helpers_location('build.gradle', undefined, undefined, m[0])] }),
    },
    {
        // A plugin the build applies that no repository offered: Gradle 4+ "Plugin [id: 'x', version:
        // 'y'] was not found in any of the following sources:", older "Plugin with id 'x' not found.".
        id: 'gradle.plugin-not-found',
        tool: 'gradle',
        anchors: ['was not found in any of the following sources', "' not found."],
        pattern: /^(?:> )?(?:Plugin \[id: '([^']+)'(?:, version: '[^']+')?(?:, apply: \w+)?\] was not found in any of the following sources:|Plugin with id '([^']+)' not found\.)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'gradle', package: (m[1] ?? m[2]) }),
    },
    {
        id: 'javac.error',
        tool: 'javac',
        anchors: [': error: '],
        // Gradle 4's plain console glues the task to javac's first line: ":compileJava/src/A.java:3: error: …".
        pattern: /^(?::[\w:-]+(?=\/))?(\S+\.java):(\d+): error: (.*)/,
        role: 'error',
        // An import of a package no jar on the classpath provides: a dependency is missing.
        classify: (m) => (/^package [\w.]+ does not exist$/.test(m[3]) ? 'missing_dependency' : 'compile_error'),
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
        id: 'kotlinc.cli-error',
        tool: 'kotlinc',
        anchors: ['.kt:', '.kts:'],
        // kotlinc on the command line: "Cart.kt:12:63: error: unresolved reference: formatCents", then
        // the source line and a caret: they point at the place the line already names, so they are
        // not taken with it.
        pattern: /^(\S+\.kts?):(\d+):(\d+): error: (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'none',
        facts: (m) => ({ tool: 'kotlinc', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // A JVM program that dies of an exception: the `java` and `kotlin` runners print
        // "Exception in thread "main" java.lang.IllegalStateException: …" and its frames. The program
        // the job ran failed, as a test that threw would.
        id: 'java.uncaught',
        tool: 'java',
        // Groovy scripts report theirs as "Caught: groovy.lang.MissingPropertyException: …" (its power
        // assert as "Caught: Assertion failed:", groovy.power-assert).
        anchors: ['Exception in thread "', 'Caught: '],
        pattern: /^(?:Exception in thread "[^"]+" |Caught: )(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?::|$)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'trace',
        facts: () => ({ tool: 'java' }),
    },
    {
        // JUnit 3's text runner (junit.textui.TestRunner, GroovyTestCase) puts the test and the
        // exception on one line: "1) testSpacesBecomeDashes(SlugTest)junit.framework.ComparisonFailure: …".
        id: 'junit3.failure',
        tool: 'junit',
        anchors: ['Exception', 'Error', 'Failure'],
        pattern: /^\d+\) ([\w$]+)\(([\w.$]+)\)(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Failure)\b/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'trace',
        facts: (m) => ({ tool: 'junit', tests: [`${m[2]}.${m[1]}`] }),
    },
    {
        // groovyc (and `groovy script.groovy`): "Report.groovy: 14: unexpected token:  @ line 14,
        // column 1." under "…MultipleCompilationErrorsException: startup failed:"; the source line and
        // a caret may follow, indented.
        id: 'groovyc.error',
        tool: 'groovyc',
        anchors: ['.groovy: '],
        pattern: /^(\S+\.groovy): (\d+): (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'groovyc', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        // groovyc's heading over its errors ("…MultipleCompilationErrorsException: startup failed:"),
        // also what an uncaught one prints first: the errors are the lines under it (groovyc.error).
        id: 'groovyc.startup-failed',
        tool: 'groovyc',
        anchors: ['startup failed:'],
        pattern: /^(?:Caught: )?org\.codehaus\.groovy\.control\.MultipleCompilationErrorsException: startup failed:$/,
        role: 'header',
        category: 'compile_error',
        weight: 0.5,
    },
    {
        // Groovy's power assert, uncaught in a script: "Caught: Assertion failed: " and below it the
        // assert statement with its values drawn under it.
        id: 'groovy.power-assert',
        tool: 'groovy',
        anchors: ['Assertion failed:'],
        pattern: /^Caught: Assertion failed:\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'none',
        facts: () => ({ tool: 'groovy' }),
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
    // Ant prefixes every line a task prints with the task's name, right-aligned: "    [javac] …",
    // "    [junit] …". Its <javac> task passes javac's diagnostics through; its <junit> task prints
    // what the formatters write ("plain": "Testcase: x took 0.01 sec" then "\tFAILED" or "\tCaused
    // an ERROR"; "brief": "Testcase: x(Class):\tFAILED"), the message, the exception and its frames,
    // and "    [junit] " alone between tests.
    {
        id: 'ant.javac-error',
        tool: 'ant javac',
        anchors: [': error: '],
        pattern: /^\s*\[javac\] (\S+\.java):(\d+): error: (.*)/,
        role: 'error',
        classify: (m) => (/^package [\w.]+ does not exist$/.test(m[3]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.9,
        // The source line, the caret and javac's "symbol:"/"location:" lines, up to the next diagnostic
        // or javac's "1 error" (its own rule, weak).
        follow: 'same-tag',
        facts: (m) => ({ tool: 'javac', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'ant.javac-count',
        tool: 'ant javac',
        anchors: [' error', ' errors'],
        // "    [javac] 1 error": a count, closing the diagnostics above (and ending their block).
        pattern: /^\s*\[javac\] \d+ errors?$/,
        role: 'noise',
        weight: 0.9,
    },
    {
        id: 'ant.junit-brief',
        tool: 'ant junit',
        anchors: ['FAILED', 'Caused an ERROR'],
        pattern: /^\s*\[junit\] Testcase: ([\w$]+)\(([\w.$]+)\):\s+(?:FAILED|Caused an ERROR)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'same-tag',
        facts: (m) => ({ tool: 'ant junit', tests: [`${m[2]}.${m[1]}`] }),
    },
    {
        id: 'ant.junit-plain',
        tool: 'ant junit',
        anchors: ['FAILED', 'Caused an ERROR'],
        // The plain formatter names every test, passing or not; the status line under the name says
        // which failed, and takes the name as its lead.
        pattern: /^\s*\[junit\]\s+(?:FAILED|Caused an ERROR)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        lead: /^\s*\[junit\] Testcase: [\w$]+ took [\d.]+ sec$/,
        follow: 'same-tag',
        facts: () => ({ tool: 'ant junit' }),
    },
    {
        id: 'ant.junit-class-failed',
        tool: 'ant junit',
        anchors: [' FAILED'],
        // "    [junit] Test com.acme.MoneyTest FAILED" (haltonfailure off): the class only; with no
        // formatter it is all <junit> says. "(timeout)" and "(crashed)" are the forked JVM's end.
        pattern: /^\s*\[junit\] Test ([\w.$]+) FAILED(?: \((timeout|crashed)\))?$/,
        role: 'error',
        classify: (m) => (m[2] === 'timeout' ? 'timeout' : 'test_failure'),
        weight: 0.6,
        facts: (m) => ({ tool: 'ant junit', tests: [m[1]] }),
    },
    {
        id: 'ant.build-failed',
        tool: 'ant',
        anchors: ['BUILD FAILED'],
        // Ant's verdict; the next line names the build file's line and the task's message.
        pattern: /^BUILD FAILED$/,
        role: 'verdict',
        weight: 0.2,
        facts: () => ({ tool: 'ant' }),
    },
    {
        id: 'ant.task-pointer',
        tool: 'ant',
        anchors: ['Compile failed; see the compiler error', ' failed'],
        // "/w/build.xml:19: Test SlugTest failed", "…: Compile failed; see the compiler error output for
        // details.": the task that stopped the build, pointing at its own output above; it marks the
        // end and is never shown.
        pattern: /^\S*\.xml:\d+: (?:Compile failed; see the compiler error output|Tests? [\w.$]+ failed$)/,
        role: 'verdict',
        weight: 0.2,
        facts: () => ({ tool: 'ant' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/latex.js

/** TeX and LaTeX (pdflatex, xelatex, lualatex, latexmk) errors, and chktex. */
function texCategory(message) {
    // "File `fancyhdrx.sty' not found." names a package; any other file is the author's own.
    const file = /^File [`']([^']+)' not found/.exec(message)?.[1];
    if (file !== undefined)
        return /\.(?:sty|cls|def|fd|cfg|clo)$/.test(file) ? 'missing_dependency' : 'missing_file';
    return 'compile_error';
}
const latexRules = [
    {
        // TeX's errors start "! ": "! Undefined control sequence.", "! LaTeX Error: …",
        // "! Package babel Error: …"; the "l.<n>" line after them says where.
        id: 'tex.error',
        tool: 'tex',
        anchors: [
            '! LaTeX Error: ',
            '! Package ',
            '! Class ',
            '! Undefined control sequence',
            '! Missing ',
            '! Extra ',
            '! Too many ',
            '! Misplaced ',
            '! Argument of ',
            '! Illegal ',
            '! Double su',
            '! File ended while',
            '! Paragraph ended before',
            '! TeX capacity exceeded',
            "! I can't find file",
            '! Font ',
            '! Undefined ',
            '! Use of ',
            '! You can',
            '! Incomplete ',
            '! Display math should end',
            '! Bad math environment',
            '! Dimension too large',
            '! Number too big',
            '! Text line contains an invalid character',
            '! LaTeX3 Error: ',
        ],
        pattern: /^\s*! (?:(?:LaTeX3?|Package ([\w-]+)|Class ([\w-]+)) Error: )?(\S.*)$/,
        role: 'error',
        classify: (m) => texCategory(m[3]),
        weight: 0.85,
        follow: 'tex-context',
        facts: (m) => facts({ tool: 'tex', package: m[1] ?? m[2] }),
    },
    {
        // After the real error, in batch mode: says nothing new.
        id: 'tex.emergency-stop',
        tool: 'tex',
        anchors: ['! Emergency stop'],
        pattern: /^\s*! Emergency stop\./,
        role: 'error',
        weight: 0.3,
        follow: 'tex-context',
    },
    {
        // -file-line-error: "./main.tex:5: Undefined control sequence."
        id: 'tex.file-line-error',
        tool: 'tex',
        anchors: ['.tex:', '.sty:', '.cls:'],
        // Not "./main.tex:3: Emergency stop." nor "==> Fatal error occurred": they follow the error.
        pattern: /^(\S+?\.(?:tex|sty|cls|ltx|dtx)):(\d+): (?!Emergency stop|\s*==> Fatal error)(?:(?:LaTeX3?|Package [\w-]+|Class [\w-]+) Error: )?(\S.*)$/,
        role: 'error',
        classify: (m) => texCategory(m[3]),
        weight: 0.85,
        follow: 'tex-context',
        facts: (m) => ({ tool: 'tex', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        // "Warning 26 in main.tex line 4: You ought to remove spaces in front of punctuation."
        id: 'chktex.warning',
        tool: 'chktex',
        anchors: ['.tex line '],
        pattern: /^(?:Warning|Error) (\d+) in (\S+?\.tex) line (\d+): (.+)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'chktex', code: m[1], locations: [helpers_location(m[2], m[3], undefined, m[4])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/linters.js

/**
 * Linters and format checks that fail a CI step on style alone: clang-format, isort, black's parse
 * failures, ESLint's parse errors and compact format, Prettier's syntax errors, stylelint, yamllint,
 * markdownlint, codespell, commitlint, PHP_CodeSniffer, Psalm, TSLint, standard, puppet-lint and
 * ansible-lint. Each pattern is the tool's own line format, as the recordings under
 * packages/fixtures/ecosystems show it. ESLint's stylish problems, Prettier's summary, black's
 * "would reformat", mypy, rustfmt and the Go linters live with their ecosystems (js.ts, python.ts,
 * rust.ts, go.ts).
 */
const linterRules = [
    {
        id: 'clang-format.violation',
        tool: 'clang-format',
        anchors: ['clang-format-violations'],
        // "src/a.c:5:30: error: code should be clang-formatted [-Wclang-format-violations]". Weighs
        // more than cc.error, which reads the same line as a compiler error.
        pattern: /^(\S+):(\d+):(\d+): (?:error|warning): (code should be clang-formatted) \[-Wclang-format-violations\]/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.95,
        facts: (m) => ({ tool: 'clang-format', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'isort.check',
        tool: 'isort',
        anchors: ['Imports are incorrectly sorted'],
        // "ERROR: /path/app.py Imports are incorrectly sorted and/or formatted." (isort 4 and 5).
        pattern: /^ERROR: (\S+) Imports are incorrectly sorted/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.9,
        facts: (m) => facts({ tool: 'isort', file: m[1] }),
    },
    {
        id: 'black.cannot-format',
        tool: 'black',
        anchors: ['error: cannot format '],
        // "error: cannot format pkg/a.py: Cannot parse: 2:10: print "x"": the file is not valid Python
        // for black's target versions, so --check fails on it.
        pattern: /^error: cannot format (\S+?): (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'black', file: m[1], locations: [helpers_location(m[1], undefined, undefined, m[2])] }),
    },
    {
        id: 'eslint.parse-error',
        tool: 'eslint',
        anchors: ['Parsing error: '],
        // Stylish, under the file's path: "  4:2  error  Parsing error: Unexpected token }" (no rule name,
        // which eslint.problem needs).
        pattern: /^\s+(\d+):(\d+)\s+error\s+Parsing error: (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.9,
        lead: /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte)$/,
        facts: (m) => ({ tool: 'eslint', locations: [helpers_location('', m[1], m[2], `Parsing error: ${m[3]}`)] }),
    },
    {
        id: 'eslint.max-warnings',
        tool: 'eslint',
        anchors: ['too many warnings'],
        // --max-warnings makes warnings fatal: "ESLint found too many warnings (maximum: 0)." closes the
        // report; the warnings above it (and their file, the summary between) are the reason.
        pattern: /^ESLint found too many warnings \(maximum: (\d+)\)\.?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        lead: /^(?:\s*|\s+\d+:\d+\s+warning\s.*|✖ \d+ problems? \(0 errors?, \d+ warnings?\)|\s+\d+ errors? and \d+ warnings? potentially fixable.*|(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte))$/,
        facts: (m) => ({ tool: 'eslint', code: `max-warnings ${m[1]}` }),
    },
    {
        id: 'eslint.compact',
        tool: 'eslint',
        anchors: [', Error - '],
        // "/p/src/index.js: line 4, col 9, Error - 'x' is not defined. (no-undef)": ESLint's compact
        // format and the formatters that copy it (stylelint's compact, standard). Warnings do not fail.
        // `(?=.*$)`: a line break, checked once, fails it at once; else every ": line N, col N" tried
        // before it rescanned the rest (quadratic).
        pattern: /^(?=.*$)(\S.*?): line (\d+), col (\d+), Error - (.*?)(?: \((@?[\w/-]+)\))?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'eslint', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'eslint.unix',
        tool: 'eslint',
        anchors: [' [Error/'],
        // The unix formatter: "/p/lib/queue.js:2:20: Expected '===' and instead saw '=='. [Error/eqeqeq]".
        pattern: /^(\S+):(\d+):(\d+): (.*) \[Error\/(@?[\w/-]+)\]$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'eslint', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'stylelint.compact',
        tool: 'stylelint',
        anchors: [', error - '],
        // stylelint's compact formatter, ESLint's with a lower-case severity:
        // "/p/scss/nav.css: line 2, col 3, error - Unexpected duplicate "color" (declaration-block-no-duplicate-properties)".
        // `(?=.*$)` as in eslint.compact (linear time).
        pattern: /^(?=.*$)(\S.*?): line (\d+), col (\d+), error - (.*?)(?: \(([\w/@-]+)\))?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'stylelint', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'prettier.syntax-error',
        tool: 'prettier',
        anchors: ['[error] ', 'Error occurred when checking'],
        // "[error] lib/parse.js: SyntaxError: Unexpected token, expected "," (4:1)", then the code frame
        // on "[error]" lines and "Error occurred when checking code style in the above file."
        pattern: /^\[error\] (\S+?): (SyntaxError: .*?)(?: \((\d+):(\d+)\))?$|^Error occurred when checking code style in (?:the above file|\d+ files)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => m[1] ? { tool: 'prettier', locations: [helpers_location(m[1], m[3], m[4], m[2])] } : { tool: 'prettier' },
    },
    {
        id: 'stylelint.problem',
        tool: 'stylelint',
        anchors: ['✖  '],
        // The string formatter, under the file's path: "  2:3   ✖  Unexpected unknown property "colr"   property-no-unknown".
        // Non-space ends on the message: overlapping space runs made this cubic (ReDoS).
        pattern: /^\s+(\d+):(\d+)\s+✖\s+(\S(?:.*\S)?)\s{2,}([\w/@-]+)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        lead: /^\S+\.(?:css|scss|sass|less|sss|vue|html|[jt]sx?)$/,
        facts: (m) => ({ tool: 'stylelint', code: m[4], locations: [helpers_location('', m[1], m[2], m[3])] }),
    },
    {
        id: 'stylelint.unix',
        tool: 'stylelint',
        anchors: [') [error]'],
        // The unix formatter: "/p/styles/app.css:1:12: Unexpected invalid hex color "#ggg" (color-no-invalid-hex) [error]".
        pattern: /^(\S+):(\d+):(\d+): (.*) \(([\w/@-]+)\) \[error\]$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'stylelint', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'yamllint.problem',
        tool: 'yamllint',
        anchors: [' error    '],
        // Standard format, under the file's path: "  6:7       error    wrong indentation: expected 4 but
        // found 6  (indentation)"; a syntax error has one space before "(syntax)".
        // Non-space ends on the message: overlapping space runs made this cubic (ReDoS).
        pattern: /^ {2}(\d+):(\d+) +error +(\S(?:.*\S)?) +\(([\w-]+)\)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        lead: /^\S+\.ya?ml$/,
        facts: (m) => ({ tool: 'yamllint', code: m[4], locations: [helpers_location('', m[1], m[2], m[3])] }),
    },
    {
        id: 'yamllint.parsable',
        tool: 'yamllint',
        anchors: [': [error] '],
        // "-f parsable" (and what GitHub's format prints): "config.yaml:3:3: [error] duplication of key "port" in mapping (key-duplicates)".
        pattern: /^(\S+\.ya?ml):(\d+):(\d+): \[error\] (.*?) \(([\w-]+)\)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'yamllint', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'yamllint.github',
        tool: 'yamllint',
        anchors: ['::error file='],
        // "-f github" (yamllint's default when GITHUB_ACTIONS is set) outside a runner that turns the
        // workflow command into an annotation: "::error file=a.yaml,line=4,col=1::4:1 [key-duplicates] duplication of key …".
        pattern: /^::error file=(\S+?\.ya?ml),line=(\d+),col=(\d+)::\d+:\d+ \[([\w-]+)\] (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'yamllint', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'markdownlint.problem',
        tool: 'markdownlint',
        anchors: [' MD0'],
        // markdownlint-cli: "README.md:2 MD022/blanks-around-headings Headings should be …", with a
        // column when the rule has one ("README.md:6:1 MD004/ul-style …"); older versions print
        // "README.md: 2: MD022 Headings should …"; markdownlint-cli2 puts the severity before the rule
        // ("CHANGELOG.md:5:41 error MD013/line-length …").
        pattern: /^(\S+?\.(?:md|markdown|mdx)):\s?(\d+)(?::\s?(\d+))?:? (?:error |warning )?(MD0\d\d)(?:\/[\w/-]+)? (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'markdownlint', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'codespell.typo',
        tool: 'codespell',
        anchors: [' ==> '],
        // "README.md:3: recieve ==> receive" (with a reason after the fix when the dictionary has one).
        pattern: /^(\S+):(\d+): (\S+) ==> (\S.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.75,
        facts: (m) => ({
            tool: 'codespell',
            locations: [helpers_location(m[1], m[2], undefined, `${m[3]} ==> ${m[4]}`)],
        }),
    },
    {
        id: 'commitlint.problem',
        tool: 'commitlint',
        anchors: ['✖   '],
        // "✖   subject may not be empty [subject-empty]", under "⧗   input: <the commit message>".
        pattern: /^✖ {3}(.+?) \[([\w-]+)\]$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        lead: /^⧗ {3}input: /,
        facts: (m) => ({ tool: 'commitlint', code: m[2] }),
    },
    {
        id: 'phpcs.full',
        tool: 'phpcs',
        anchors: ['| ERROR |'],
        // The full report's table: "  8 | ERROR | [x] Opening brace should be on a new line".
        pattern: /^\s*(\d+) \| ERROR \| (?:\[[ x]\] )?(.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'phpcs', locations: [helpers_location('', m[1], undefined, m[2])] }),
    },
    {
        id: 'phpcs.emacs',
        tool: 'phpcs',
        anchors: [': error - '],
        // --report=emacs: "/p/src/helpers.php:2:32: error - Opening brace should be on a new line".
        // With -s, the sniff's name closes the line: "(Squiz.Functions.MultiLineFunctionDeclaration.BraceOnSameLine)".
        pattern: /^(\S+\.(?:php|inc|phtml|js|css)):(\d+):(\d+): error - (.*?)(?: \(([\w.]+)\))?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => facts({ tool: 'phpcs', code: m[5], locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'psalm.emacs',
        tool: 'psalm',
        anchors: [':error - '],
        // --output-format=emacs: "/p/main.php:84:21:error - UndefinedConstant: Const __ROOT__ is not defined".
        pattern: /^(\S+\.php):(\d+):(\d+):error - (\w+): (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'psalm', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'tslint.prose',
        tool: 'tslint',
        anchors: ['.ts[', '.tsx['],
        // The prose formatter: "src/a.ts[15, 11]: missing semicolon", "ERROR: " in front since 5.0.
        // Warnings ("WARNING: src/a.ts[…]") do not fail the run.
        pattern: /^(?:ERROR: (?:\([\w-]+\) )?)?(\S+\.tsx?)\[(\d+), (\d+)\]: (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'tslint', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'standard.banner',
        tool: 'standard',
        anchors: ['Standard Style (', '` to automatically fix'],
        // standard, standardrb, semistandard, ts-standard: "standard: Use JavaScript Standard Style (…)"
        // and "standard: Run `standard --fix` to automatically fix some problems.", then the offences
        // indented below, "  /p/app.js:4:12: Missing space before function parentheses.".
        pattern: /^[\w-]+: (?:Use (?:[\w ]+ )?Standard Style \(|Run `[\w-]+ --fix` to automatically fix)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'indented',
        facts: () => ({ tool: 'standard' }),
    },
    {
        id: 'puppet-lint.error',
        tool: 'puppet-lint',
        anchors: [' - ERROR: ', '(check: '],
        // puppet-lint 3: "ERROR: webapp not in autoload module layout on line 1 (check: autoloader_layout)";
        // older versions name the file first: "/m/manifests/init.pp - ERROR: docker not in … on line 347".
        pattern: /^(?:(\S+\.pp) - )?ERROR: (.*?) on line (\d+)(?: \(check: (\w+)\))?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => facts({ tool: 'puppet-lint', code: m[4], locations: [helpers_location(m[1], m[3], undefined, m[2])] }),
    },
    {
        id: 'puppet-lint.warning',
        tool: 'puppet-lint',
        anchors: ['(check: '],
        // "WARNING: mode should be represented as a 4 digit octal value … on line 5 (check: file_mode)":
        // fatal under --fail-on-warnings, so weaker than an ERROR line beside it.
        pattern: /^(?:(\S+\.pp) - )?WARNING: (.*?) on line (\d+) \(check: (\w+)\)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.6,
        facts: (m) => ({ tool: 'puppet-lint', code: m[4], locations: [helpers_location(m[1], m[3], undefined, m[2])] }),
    },
    {
        id: 'ansible-lint.rule',
        tool: 'ansible-lint',
        anchors: ['.yml:', '.yaml:'],
        // Parseable output (-p): "playbook.yml:3: no-changed-when: Commands should not change things …"
        // (ansible-lint 6), "main.yml:1: [E201] Trailing whitespace" (4 and 5).
        pattern: /^(\S+\.ya?ml):(\d+): (?:\[(E\d{3})\]|([\w-]+(?:\[[\w-]+\])?):) (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => facts({ tool: 'ansible-lint', code: m[3] ?? m[4], locations: [helpers_location(m[1], m[2], undefined, m[5])] }),
    },
    {
        id: 'ansible-lint.location',
        tool: 'ansible-lint',
        anchors: ['.yml:', '.yaml:'],
        // ansible-lint 6's default output: the rule and message, then the place on its own line,
        // "roles/web/tasks/main.yml:6 Task/Handler: Restart".
        pattern: /^(\S+\.ya?ml):(\d+)(?: \S.*)?$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.6,
        lead: /^[\w-]+(?:\[[\w-]+\])?: [A-Z]/,
        facts: (m) => ({ tool: 'ansible-lint', locations: [helpers_location(m[1], m[2])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/lisp.js

/**
 * Lisps: Emacs Lisp's ERT in batch mode, Racket's `raco test` (rackunit) and compiler, SBCL's
 * unhandled conditions. From packages/fixtures/ecosystems/lisp.
 */
/** SBCL condition types that say a name is missing (a typo, a file not loaded) rather than a check failing. */
function sbclCategory(condition) {
    return /^(?:UNDEFINED-FUNCTION|UNBOUND-VARIABLE|SB-INT:SIMPLE-READER-ERROR|READER-ERROR|END-OF-FILE)$/.test(condition)
        ? 'compile_error'
        : 'test_failure';
}
const lispRules = [
    {
        // ERT: "Test slug-make-lowercases condition:" then the failed form and its values, indented.
        id: 'ert.condition',
        tool: 'ert',
        anchors: [' condition:'],
        pattern: /^Test (\S+) condition:$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'ert', tests: [m[1]] }),
    },
    {
        // ERT's per-test line, "   FAILED  2/2  slug-make-lowercases (0.000088 sec)", and the list
        // under "1 unexpected results:", "   FAILED  slug-make-lowercases".
        id: 'ert.failed',
        tool: 'ert',
        anchors: ['FAILED  '],
        pattern: /^\s+FAILED {2}(?:\d+\/\d+ {2})?(\S+)(?: \([\d.]+ sec\))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        facts: (m) => ({ tool: 'ert', tests: [m[1]] }),
    },
    {
        // rackunit's report: "--------------------", the test's name, "FAILURE" (a check failed) or
        // "ERROR" (it raised), then "name:", "location:", "actual:", "expected:" fields.
        id: 'rackunit.result',
        tool: 'raco test',
        anchors: ['FAILURE', 'ERROR'],
        pattern: /^(FAILURE|ERROR)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        lead: /^(?!-{3,}$|raco test: )\S/,
        facts: () => ({ tool: 'raco test' }),
    },
    {
        id: 'rackunit.values',
        tool: 'raco test',
        anchors: ['ctual: ', 'xpected:  '],
        pattern: /^(?:actual|expected): {2,}\S/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: () => ({ tool: 'raco test' }),
    },
    {
        // Racket's module-level errors name the place: "parse.rkt:3:0: read-syntax: expected a `)` to
        // close `(`", "json-test.rkt:2:18: collection not found" (details indented below).
        id: 'racket.error',
        tool: 'racket',
        anchors: ['.rkt:'],
        pattern: /^(\S+\.rkt):(\d+):(\d+): (.+)$/,
        role: 'error',
        classify: (m) => /^(?:collection not found|cannot open module file|standard-module-name-resolver: collection not found)/.test(m[4])
            ? 'missing_dependency'
            : 'compile_error',
        weight: 0.85,
        // The lines under it are the details ("for module path: x") and then Racket's own stack
        // ("context...:"), a dozen frames of raco's internals: the first line says it all.
        follow: 'none',
        facts: (m) => ({ tool: 'racket', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // SBCL with the debugger disabled: "Unhandled SIMPLE-ERROR in thread #<SB-THREAD:THREAD
        // "main thread" RUNNING" (the rest of the thread on the next line), then the message indented.
        id: 'sbcl.unhandled',
        tool: 'sbcl',
        anchors: ['Unhandled '],
        pattern: /^Unhandled ([A-Z][A-Z0-9:-]*) in thread /,
        role: 'error',
        classify: (m) => sbclCategory(m[1]),
        weight: 0.85,
        follow: 'indented',
        facts: (m) => facts({ tool: 'sbcl', code: m[1] }),
    },
    {
        // Emacs loading a library that is not on the load path: `(require 'dash)` in a test file run by
        // ERT or in a file being byte-compiled. Batch Emacs 28+ prints the signal, "Debugger
        // entered--Lisp error: (file-missing "Cannot open load file" "No such file or directory"
        // "dash")"; older ones and the byte compiler the message, "Cannot open load file: No such file
        // or directory, dash".
        id: 'emacs.load-missing',
        tool: 'emacs',
        anchors: ['Cannot open load file'],
        pattern: /\(file-(?:missing|error) "Cannot open load file"(?: "[^"]*")? "([^"]+)"\)|Cannot open load file: (?:No such file or directory, )?([\w+./-]+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'emacs', package: (m[1] ?? m[2]) }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/lua.js

/** Lua: busted, luacheck, luarocks and the `lua` interpreter's errors. */
// What Lua's parser says about code it cannot read (also in luacheck's own parser).
const SYNTAX = /'[^']*' expected|unexpected symbol|unfinished (?:string|long string|long comment)|malformed number|^expected /;
/**
 * A rock's name from a dependency as luarocks prints it: the part after the last "/", less a
 * "-1.2-1.rockspec" tail. By hand rather than `/^.*\/|-[\d.-]+\.rockspec$/g`: that regex tried
 * its tail from every "-" of a long run of them (quadratic time).
 */
function rockName(dep) {
    let name = dep.slice(dep.lastIndexOf('/') + 1);
    if (!name.endsWith('.rockspec'))
        return name;
    const base = name.slice(0, -'.rockspec'.length);
    // The version is the longest run of digits, dots and dashes before the suffix, from its first dash.
    let start = base.length;
    while (start > 0 && /[\d.-]/.test(base[start - 1]))
        start--;
    const dash = base.indexOf('-', start);
    if (dash >= 0 && dash < base.length - 1)
        name = base.slice(0, dash);
    return name;
}
const luaRules = [
    {
        // "Failure → spec/calc_spec.lua @ 4" (utfTerminal), "Failure -> …" (plainTerminal); the test's
        // name and the assertion follow, up to a blank line.
        id: 'busted.failure',
        tool: 'busted',
        anchors: ['Failure → ', 'Failure -> '],
        pattern: /^Failure (?:→|->) (\S+?) @ (\d+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'busted', locations: [helpers_location(m[1], m[2])] }),
    },
    {
        // An error rather than a failed assertion: the message that follows may say more (a module
        // that is missing, code that does not parse), so this weighs less than those.
        id: 'busted.error',
        tool: 'busted',
        anchors: ['Error → ', 'Error -> '],
        pattern: /^Error (?:→|->) (\S+?) @ (\d+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'busted', locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'busted.summary',
        tool: 'busted',
        anchors: [' failure / ', ' failures / '],
        pattern: /^\d+ successe?s? \/ (\d+) failures? \/ (\d+) errors? \/ \d+ pending/,
        role: 'verdict',
        classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
        // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
        // it neither shows nor joins the failure block a blank line above it.
        weight: 0.2,
        facts: () => ({ tool: 'busted' }),
    },
    {
        id: 'lua.module-not-found',
        tool: 'lua',
        anchors: ["' not found"],
        pattern: /module '([^']+)' not found/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'lua', module: m[1] }),
    },
    {
        // "src/queue.lua:5: 'end' expected (to close 'function' at line 2) near '<eof>'": outweighs the
        // busted error it is reported under, since it says what kind of failure that is.
        id: 'lua.syntax-error',
        tool: 'lua',
        anchors: ["' expected", 'unexpected symbol', 'unfinished ', 'malformed number'],
        // The file name stops at the first colon and the message is tested by one lookahead: with
        // `\S+?` and `.*X.*` every "x.lua:1: " in the line started another scan (cubic time).
        pattern: /^\s*(?:luac?(?:jit|[\d.]*)?: )?([^\s:]+?\.lua):(\d+): (?=.*?(?:'[^']*' expected|unexpected symbol|unfinished (?:string|long string|long comment)|malformed number))(.*)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'lua', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        // "lua5.4: main.lua:4: attempt to add a 'number' with a 'string'", or the same without the
        // interpreter's name (busted, a host program); not the "main.lua:9: in main chunk" frames.
        id: 'lua.error',
        tool: 'lua',
        anchors: ['.lua:'],
        pattern: /^\s*(?:lua(?:jit|[\d.]*)?: )?(\S+?\.lua):(\d+): (?!in (?:function|main chunk|local|upvalue|method|metamethod|field|for iterator|\?)\b)(.+)$/,
        role: 'error',
        weight: 0.6,
        facts: (m) => ({ tool: 'lua', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        // "    src/util.lua:4:9: unused variable 'unused'"; its parser's complaints are syntax errors.
        id: 'luacheck.warning',
        tool: 'luacheck',
        anchors: ['.lua:'],
        pattern: /^\s*(\S+?\.lua):(\d+):(\d+): (?:\([EW]\d+\) )?(.+)$/,
        role: 'error',
        classify: (m) => (SYNTAX.test(m[4]) ? 'compile_error' : 'lint_failure'),
        weight: 0.85,
        facts: (m) => ({ tool: 'luacheck', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // "Error: Could not satisfy dependency penlight >= 1.13: No results matching query were found"
        id: 'luarocks.dependency',
        tool: 'luarocks',
        anchors: ['Could not satisfy dependency', 'Failed installing dependency'],
        pattern: /^Error: (?:Could not satisfy dependency (\S+)|Failed installing dependency: (\S+))/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'luarocks', package: rockName(m[1] ?? m[2]) }),
    },
    {
        id: 'luacheck.total',
        tool: 'luacheck',
        anchors: [' error in ', ' errors in '],
        pattern: /^Total: (\d+) warnings? \/ (\d+) errors? in \d+ files?/,
        role: 'verdict',
        classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'lint_failure'),
        // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
        // it neither shows nor joins the failure block a blank line above it.
        weight: 0.2,
        facts: () => ({ tool: 'luacheck' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/native.js

/**
 * gcc/clang, the linker, CMake and make; CTest and automake's test harness; Valgrind, the
 * sanitizers and glibc's assert, whose reports are what a failing C/C++ test run prints.
 */
const nativeRules = [
    {
        id: 'cc.error',
        tool: 'cc',
        anchors: [' error: ', 'fatal error: '],
        // "src/a.c:12:5: error: 'x' undeclared" (gcc and clang alike). The line alone: the code excerpt
        // and caret indented below and the "In function …" line above repeat what it locates. pip and
        // setuptools indent the compiler's output of a C extension they build.
        pattern: /^\s*(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu)):(\d+):(?:(\d+):)? (?:fatal )?error: (.*)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        facts: (m) => facts({
            tool: 'cc',
            file: /^(\S+): No such file or directory$/.exec(m[4])?.[1],
            locations: [helpers_location(m[1], m[2], m[3], m[4])],
        }),
    },
    {
        id: 'ld.undefined-reference',
        tool: 'ld',
        // Not collect2's "ld returned 1 exit status": a closing word under the undefined references.
        anchors: ['undefined reference to', 'symbol(s) not found', 'Undefined symbols'],
        pattern: /undefined reference to [`']([^']+)'|symbol\(s\) not found for architecture|^Undefined symbols for architecture/,
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
        // Shown after the error it closes: people who mark a failure's lines mark it too (CiDiff).
        weight: 0.3,
        facts: (m) => facts({ tool: 'make', exitCode: m[2] ? Number(m[2]) : undefined, file: m[3] }),
    },
    {
        id: 'make.no-rule',
        tool: 'make',
        anchors: ['*** No rule to make target'],
        // A missing prerequisite is the cause, not a verdict: "make: *** No rule to make target 'x.o', needed by 'app'.  Stop."
        pattern: /^g?make(?:\[\d+\])?: \*\*\* No rule to make target [`'‘]([^'’]+)['’]/,
        role: 'error',
        category: 'missing_file',
        weight: 0.8,
        facts: (m) => ({ tool: 'make', file: m[1] }),
    },
    {
        id: 'cc.driver-error',
        tool: 'cc',
        anchors: [': error: ', ': fatal error: '],
        // The compiler driver itself: "gcc: error: src/x.c: No such file or directory",
        // Not "clang: error: linker command failed with exit code 1": the linker said why just above.
        pattern: /^(?:\S*\/)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-\d+)?: (?:fatal )?error: (?!linker command failed)(.*)/,
        role: 'error',
        // A flag this compiler does not know ("unrecognized command-line option '-std=c23'", clang's
        // "unknown argument") means a newer or other compiler was expected.
        classify: (m) => /No such file or directory$/.test(m[1])
            ? 'missing_file'
            : /^(?:unrecognized command[- ]line option|unknown argument)/.test(m[1])
                ? 'toolchain_mismatch'
                : 'compile_error',
        weight: 0.75,
        facts: () => ({ tool: 'cc' }),
    },
    {
        id: 'ld.cannot-find',
        tool: 'ld',
        anchors: ['ld: cannot find ', 'library not found for'],
        // GNU ld "/usr/bin/ld: cannot find -lsnappy: No such file or directory"; Apple ld "ld: library not found for -lsnappy".
        pattern: /ld: cannot find (-l\S+|\S+)|ld: library not found for (-l\S+)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => ({ tool: 'ld', package: (m[1] ?? m[2]).replace(/:$/, '') }),
    },
    {
        id: 'ld.multiple-definition',
        tool: 'ld',
        anchors: ['multiple definition of'],
        // The symbol holds no opening quote: a line of repeated openings is then scanned once (linear).
        pattern: /multiple definition of [`'‘]([^`'‘’]+)['’]/,
        role: 'error',
        category: 'compile_error',
        weight: 0.8,
        facts: () => ({ tool: 'ld' }),
    },
    {
        id: 'ctest.failed',
        tool: 'ctest',
        anchors: ['***Failed', '***Timeout', '***Exception', '***Not Run'],
        // "2/2 Test #2: wrap_around ......................***Failed    0.00 sec"; with
        // --output-on-failure the test's own output follows, up to a blank line.
        pattern: /^\s*\d+\/\d+ Test +#\d+: (\S+) \.*\s*\*\*\*(Failed|Timeout|Exception|Not Run)\b/,
        role: 'error',
        classify: (m) => (m[2] === 'Timeout' ? 'timeout' : 'test_failure'),
        weight: 0.85,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'ctest', tests: [m[1]] }),
    },
    {
        id: 'ctest.failed-list',
        tool: 'ctest',
        anchors: [' (Failed)', ' (Timeout)'],
        // The list under "The following tests FAILED:": "\t  2 - wrap_around (Failed)".
        pattern: /^\s+\d+ - (\S+) \((Failed|Timeout)\)/,
        role: 'error',
        classify: (m) => (m[2] === 'Timeout' ? 'timeout' : 'test_failure'),
        weight: 0.7,
        facts: (m) => ({ tool: 'ctest', tests: [m[1]] }),
    },
    {
        id: 'automake.test-fail',
        tool: 'automake',
        anchors: ['FAIL: ', 'XPASS: '],
        // The parallel test harness of `make check`: "FAIL: tests/test_upper", or with the TAP driver
        // "FAIL: tests/io.test 3 - reads an empty file".
        pattern: /^(?:FAIL|XPASS): (\S+)(?: (\d+)(?: - (.*))?)?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        facts: (m) => ({ tool: 'automake', tests: [m[3] ? `${m[1]} ${m[3]}` : m[1]] }),
    },
    {
        id: 'automake.test-log-end',
        tool: 'automake',
        anchors: ['FAIL '],
        // test-suite.log closes each failing test's output with "FAIL tests/test_upper (exit status: 1)";
        // the output just above it is why.
        pattern: /^FAIL (\S+) \(exit status: (\d+)\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        lead: /^(?!=+$)\S/,
        facts: (m) => ({ tool: 'automake', tests: [m[1]] }),
    },
    {
        id: 'valgrind.error',
        tool: 'valgrind',
        anchors: [
            'Invalid read',
            'Invalid write',
            'Invalid free',
            'Mismatched free',
            'uninitialised',
            'loss record',
        ],
        // Memcheck's error heads ("==6524== Invalid read of size 4", "==9030== 15 bytes in 3 blocks are
        // definitely lost in loss record 1 of 1"); `--error-exitcode` makes them fail the run.
        pattern: /^==\d+== (?:Invalid (?:read|write) of size \d+|Invalid free\(\)|Mismatched free\(\)|Conditional jump or move depends on uninitialised value|Use of uninitialised value|Syscall param \S+ points to uninitialised|[\d,]+ (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in [\d,]+ blocks are (?:definitely|possibly) lost in loss record)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'same-tag',
        facts: () => ({ tool: 'valgrind' }),
    },
    {
        id: 'valgrind.frame',
        tool: 'valgrind',
        anchors: [' at 0x', ' by 0x'],
        // "==9030==    by 0x109191: entry_new (cache.c:9)": the stack under an error head. Weak on its
        // own; it keeps the head's block open down to the frame that names the code.
        pattern: /^==\d+== +(?:at|by) 0x[0-9A-Fa-f]+: \S+ \((?:in [^)]+|([^:()]+):(\d+))\)$/,
        role: 'error',
        weight: 0.3,
        facts: (m) => (m[1] ? { locations: [helpers_location(m[1], m[2])] } : {}),
    },
    {
        id: 'sanitizer.error',
        tool: 'sanitizer',
        anchors: [
            'ERROR: AddressSanitizer',
            'ERROR: LeakSanitizer',
            'ERROR: ThreadSanitizer',
            'ERROR: MemorySanitizer',
            'WARNING: ThreadSanitizer',
        ],
        // "==4242==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x… at pc …".
        pattern: /^(?:==\d+==)?(?:ERROR|WARNING): (\w+Sanitizer): (\S+(?: [\w-]+)*)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: m[1], code: m[2] }),
    },
    {
        id: 'sanitizer.access',
        tool: 'sanitizer',
        anchors: ['READ of size ', 'WRITE of size ', 'Direct leak of'],
        // The lines under the head that name the access or the leak, each followed by its indented stack.
        pattern: /^(?:(?:READ|WRITE) of size \d+ at 0x[0-9a-f]+ thread T\d+|Direct leak of \d+ byte\(s\) in \d+ object\(s\) allocated from:)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        follow: 'indented',
        facts: () => ({ tool: 'sanitizer' }),
    },
    {
        id: 'sanitizer.summary',
        tool: 'sanitizer',
        anchors: [
            'SUMMARY: AddressSanitizer',
            'SUMMARY: UndefinedBehaviorSanitizer',
            'SUMMARY: LeakSanitizer',
            'SUMMARY: ThreadSanitizer',
            'SUMMARY: MemorySanitizer',
        ],
        pattern: /^SUMMARY: (\w+Sanitizer): (\S+)(?: (\S+?):(\d+)(?::\d+)?)?/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: (m) => facts({ tool: m[1], locations: m[3] ? [helpers_location(m[3], m[4])] : undefined }),
    },
    {
        id: 'ubsan.runtime-error',
        tool: 'UndefinedBehaviorSanitizer',
        anchors: [': runtime error: '],
        // "hash.c:5:22: runtime error: signed integer overflow: 119276677 * 31 cannot be represented in type 'int'".
        pattern: /^(\S+?):(\d+):(\d+): runtime error: (.*)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'ubsan', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        id: 'c.assert',
        tool: 'assert',
        anchors: ["' failed."],
        // glibc: "matrix: matrix.c:8: main: Assertion `trace(id) == 2' failed."
        // The lookahead checks the line's end once: every ": Assertion `" otherwise rescanned it.
        pattern: /^(?=.*['’] failed\.$)(?:\S+: )?(\S+?):(\d+): (.+?): Assertion [`'‘](.*)['’] failed\.$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'assert', locations: [helpers_location(m[1], m[2], undefined, m[4])] }),
    },
    {
        id: 'cxx.terminate',
        tool: 'c++',
        anchors: ['terminate called after throwing'],
        // "terminate called after throwing an instance of 'std::runtime_error'" then "  what():  …".
        pattern: /^terminate called after throwing an instance of '([^']+)'/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        follow: 'indented',
        facts: (m) => ({ tool: 'c++', code: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/nix.js
/**
 * Nix (nix-build, nix build, nix-instantiate): evaluation errors, with the "at file:line:col:"
 * under them, and failed builders. A builder's own output is the reason a build failed:
 * `nix-build` prints it as it ran (the tools' own rules read it), `nix build` quotes its last
 * lines as "> …". Nix's closing lines ("builder for '…drv' failed with exit code 1",
 * "1 dependencies of derivation '…' failed to build") only say which derivation it was. From
 * packages/fixtures/ecosystems/nix (Nix 2.8).
 */
/** Evaluation errors, as Nix 2.4 and later word them after "error: ". */
const EVAL_ERRORS = [
    'error: undefined variable ',
    'error: attribute ',
    'error: value is ',
    'error: cannot coerce ',
    'error: assertion ',
    'error: evaluation aborted with the following error message',
    'error: infinite recursion encountered',
    'error: syntax error, ',
    'error: function ',
    'error: cannot evaluate a function ',
    'error: cannot import ',
    'error: getting status of ',
    'error: path ',
    'error: file ',
];
/** What a line of a builder's quoted log says failed. */
function builderLogCategory(text) {
    if (/No rule to make target|No such file or directory/.test(text))
        return 'missing_file';
    if (/\bFAIL|\btests? failed\b|Assertion/.test(text))
        return 'test_failure';
    if (/\bcommand not found\b/.test(text))
        return 'missing_command';
    return 'compile_error';
}
const nixRules = [
    {
        // "error: undefined variable 'versoin'", "error: value is a string while a list was expected",
        // "error: attribute 'libcurl' missing": a blank line, then "       at /w/default.nix:5:20:", which
        // the block takes in as a frame, and the code frame, which it does not.
        id: 'nix.eval-error',
        tool: 'nix',
        anchors: EVAL_ERRORS,
        pattern: /^error: (?:undefined variable '[^']*'|attribute '[^']*'(?: in selection path '[^']*')? (?:missing|not found)|value is \w+(?: \w+)? while \w+(?: \w+)? was expected|cannot coerce (?:an? )?\w+ to a string|assertion '.*' failed|evaluation aborted with the following error message: |infinite recursion encountered|syntax error, |function '[^']*' called (?:without required|with unexpected) argument |cannot evaluate a function that has an argument without a value |cannot import |getting status of |path '[^']*' does not exist|file '[^']*' was not found in the Nix search path)/,
        role: 'error',
        // A path the expression names that is not there ("getting status of '/w/static': No such file
        // or directory") is a missing file; the rest is the expression's own error.
        classify: (m) => /^error: (?:getting status of|path '|file ')/.test(m[0]) ? 'missing_file' : 'compile_error',
        weight: 0.85,
        facts: () => ({ tool: 'nix' }),
    },
    {
        // A builder's last log lines as `nix build` quotes them ("       > make: *** No rule to make
        // target 'lexer.o'"): the quote hides them from the tools' own rules, so the failing line is
        // found by its words.
        id: 'nix.builder-log',
        tool: 'nix',
        anchors: ['     > '],
        pattern: /^ {7}> (?=.*?(?:\b(?:error|Error|ERROR|FAIL|FAILED|[Ff]ailed|[Aa]ssertion)\b|\*\*\*|No such file|not found))(.+)$/,
        role: 'error',
        classify: (m) => builderLogCategory(m[1]),
        weight: 0.75,
        facts: () => ({ tool: 'nix' }),
    },
    {
        // `nix build -L` and `nix flake check -L` print the builder's log as it runs with the
        // derivation's name before each line ("slugify-unit-tests> FAIL: test_spaces (…)"): the prefix
        // hides the lines from the tools' own rules, so a failing one is found by how it starts (a
        // failure tag, an exception's name, make's "***", a compiler's "file: error:").
        id: 'nix.builder-log-prefixed',
        tool: 'nix',
        anchors: [
            '> FAIL',
            '> ERROR',
            '> Error',
            '> error',
            'Error: ',
            'Exception: ',
            '> make: *** ',
            ': error: ',
        ],
        // Not a REPL's prompt before the input it echoes ("julia> error(\"boom\")", "ghci> error …"):
        // the call, not its failure, which the REPL prints on the next line.
        pattern: /^(?!(?:julia|shell|pkg|help|ghci|Prelude|iex|scala|jshell|sqlite|mysql)> )[\w.+-]+> ((?:FAIL|ERROR|Error|error)\b.*|\w*(?:Error|Exception): .*|make(?:\[\d+\])?: \*\*\* .*|\S+: error: .*)$/,
        role: 'error',
        classify: (m) => builderLogCategory(m[1]),
        weight: 0.75,
        // No tool named: Haskell's stack prefixes each package's build output the same way ("foo> ").
    },
    {
        // Nix's closing lines name the derivation, not the reason: "error: builder for
        // '/nix/store/…-greeter-0.1.drv' failed with exit code 1" (ending in ";" when `nix build`
        // quotes the log under it), "error: 1 dependencies of derivation '…' failed to build",
        // "error: build of '…' failed". Nix 2.3 and older print the builder's line without "error: "
        // and with "; last 10 log lines:" at its end (the wording of its source, not recorded here:
        // Debian ships 2.8).
        id: 'nix.build-closing',
        tool: 'nix',
        anchors: ["' failed with exit code ", "error: build of '", "' failed to build"],
        pattern: /^(?:error: )?(?:builder for '\/[^'\s]+\.drv' failed with exit code \d+(?:;| *$)|\d+ dependencies of derivation '\/[^'\s]+\.drv' failed to build$|build of '\/[^'\s]+\.drv'(?:, '\/[^'\s]+\.drv')* failed$)/,
        role: 'noise',
        weight: 0.6,
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/node.js
/**
 * A Node.js script or test file that dies of an uncaught error. Node prints where it was thrown
 * (`/w/x.js:12`, the source line, a caret), a blank line, the error at the margin and its frames,
 * and since Node 18 a closing `Node.js v20.1.0`. From packages/fixtures/ecosystems/js/node-*.
 */
/** How V8 words a TypeError; Python, PHP and Ruby word theirs differently. */
const V8_TYPE_ERROR = "Cannot (?:read|set) propert|Cannot destructure|Cannot convert|Cannot access '|Cannot mix BigInt|Assignment to constant|Converting circular|Class constructor |\\S+ is not (?:a function|a constructor|iterable|defined)\\b";
const nodeRules = [
    {
        // "ReferenceError: outDir is not defined", "RangeError: Maximum call stack size exceeded",
        // "TypeError: Cannot read properties of undefined (reading 'x')", and Node's coded errors
        // "TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be …": classes or wording only
        // JavaScript has, at the margin (indented, they are a test runner's report: js.test-error).
        id: 'node.uncaught',
        tool: 'node',
        anchors: [
            'ReferenceError: ',
            'RangeError: ',
            'EvalError: ',
            'URIError: ',
            'AggregateError: ',
            'TypeError: ',
            'Error [ERR_',
        ],
        pattern: new RegExp(`^(?:Uncaught )?(?:(?:Reference|Range|Eval|URI|Aggregate)Error: |TypeError: (?=${V8_TYPE_ERROR})|[A-Z]?[a-z]*Error \\[(ERR_[A-Z_]+)\\]: )(.+)$`),
        role: 'error',
        // A package or file that cannot be resolved is node.module-not-found's.
        classify: (m) => (m[1]?.endsWith('MODULE_NOT_FOUND') ? undefined : 'test_failure'),
        weight: 0.6,
        follow: 'trace',
        facts: (m) => ({ tool: 'node', ...(m[1] ? { code: m[1] } : {}) }),
    },
    {
        // A promise rejected with no handler (Node 15+): with an Error the error itself is printed; with
        // another value, "UnhandledPromiseRejection: This error originated either by … reason "x"."
        // (bracketed, "[UnhandledPromiseRejection: …]", in Node 15 and 16).
        id: 'node.unhandled-rejection',
        tool: 'node',
        anchors: ['UnhandledPromiseRejection: '],
        pattern: /^\[?UnhandledPromiseRejection: (.+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        follow: 'trace',
        facts: () => ({ tool: 'node', code: 'ERR_UNHANDLED_REJECTION' }),
    },
    {
        // Before Node 18 there is no closing line; a stack that runs through the module loader's
        // compile step ("at Module._compile (internal/modules/cjs/loader.js:999:30)", "at ModuleJob.run
        // (node:internal/modules/esm/module_job:…)") was thrown by a script's top level: it died of it.
        id: 'node.top-level-frame',
        tool: 'node',
        anchors: ['at Module._compile (', 'at ModuleJob.run ('],
        pattern: /^\s+at (?:Module\._compile \((?:node:)?internal\/modules\/cjs\/loader(?:\.js)?|ModuleJob\.run \((?:node:)?internal\/modules\/esm\/module_job(?:\.js)?):\d+:\d+\)$/,
        // A verdict: it joins the error block it sits in, and shows only right after a chosen one.
        role: 'verdict',
        category: 'test_failure',
        weight: 0.3,
        follow: 'none',
        facts: () => ({ tool: 'node' }),
    },
    {
        // Node's last line after an uncaught error's stack (Node 18+). It names no cause, so it is weak
        // and the error line above names the finding; beside a stack whose error no rule could
        // categorise ("Error: boom" is every tool's prefix) it says the script died of it.
        id: 'node.died',
        tool: 'node',
        anchors: ['Node.js v'],
        pattern: /^Node\.js v\d+\.\d+\.\d+$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.3,
        follow: 'none',
        facts: () => ({ tool: 'node' }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/ocaml.js

/** OCaml: the compiler (`ocamlc`, `ocamlopt`, through dune or not), dune itself, alcotest, uncaught exceptions. */
// The compiler's and dune's own wordings: a bare "Error: …" line from any other tool is not theirs.
const OCAML_ERROR = 
// The warning number ends where a non-digit starts: overlapping runs were quadratic (ReDoS).
/^Error(?: \(warning \d+(?:[^)\d][^)]*)?\))?: (This (?:expression|pattern|variant|function|field) |Unbound (?:value|module|type constructor|type|constructor|record field|class|instance variable) |Syntax error|The (?:function|constructor|value|module|type|record field|implementation|signature|field)\b|Library "([^"]+)" not found|Module "[^"]+" doesn't exist|No implementations provided|Some (?:record )?fields are (?:missing|undefined)|Signature mismatch|Multiple definition|I\/O error|Unused |No rule found for|Modules do not match|This (?:constant|alias|type)\b|Illegal |Unterminated )/;
const ocamlRules = [
    {
        id: 'ocaml.location',
        tool: 'ocaml',
        anchors: ['characters '],
        // 'File "bin/main.ml", line 5, characters 32-34:' heads every compiler and dune diagnostic; the
        // code excerpt, the carets and the "Error: …" follow. Weak alone: warnings have the same head.
        pattern: /^File "([^"]+)", lines? (\d+)(?:-\d+)?, characters (\d+)-\d+:$/,
        role: 'error',
        weight: 0.4,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'ocaml', locations: [helpers_location(m[1], m[2], m[3])] }),
    },
    {
        id: 'ocaml.error',
        tool: 'ocaml',
        anchors: ['Error: ', 'Error (warning'],
        // "Error: This expression has type int but an expression was expected of type", its second
        // half indented below; dune's "Error: Library "yojson" not found.".
        pattern: OCAML_ERROR,
        role: 'error',
        classify: (m) => m[2] !== undefined || /^Unbound module /.test(m[1]) ? 'missing_dependency' : 'compile_error',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => facts({ tool: 'ocaml', package: m[2] }),
    },
    {
        id: 'ocaml.uncaught',
        tool: 'ocaml',
        anchors: ['Fatal error: exception '],
        // An executable (a dune test) ended by an exception: 'Fatal error: exception Failure("pop: empty queue")'.
        pattern: /^Fatal error: exception (\S+)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        // Cut at the first "(": `\(.*$` rescanned the rest from every "(" when a line break followed.
        facts: (m) => ({ tool: 'ocaml', code: m[1].replace(/\(.*/, '') }),
    },
    {
        id: 'alcotest.fail',
        tool: 'alcotest',
        anchors: ['[FAIL]'],
        // The live line "> [FAIL]        slugify          1   spaces." (the framed copy below repeats it).
        // `(?!\s)` makes `\s+` take every space before the name: else it and `.*?` split them (quadratic).
        pattern: /^(?:> )?\[FAIL\]\s+(\S+)\s+(\d+)\s+(?!\s)(.*?)\.?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.75,
        facts: (m) => ({ tool: 'alcotest', tests: [`${m[1]} ${m[2]} ${m[3]}`] }),
    },
    {
        id: 'alcotest.values',
        tool: 'alcotest',
        anchors: ['Expected: `', 'Received: `'],
        pattern: /^\s+(?:Expected|Received): `/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        facts: () => ({ tool: 'alcotest' }),
    },
    {
        id: 'alcotest.exception',
        tool: 'alcotest',
        anchors: ['[exception] '],
        // "[exception] Not_found", its "Raised at …" frames indented below.
        pattern: /^\[exception\] (\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        // Not the "Raised at …/Called from …" frames indented below: the exception names the reason.
        facts: (m) => ({ tool: 'alcotest', code: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/octave.js

/**
 * GNU Octave, which runs the MATLAB projects of most CI services: failed assert(), errors raised
 * by error() with Octave's "error: called from" stack, undefined names. From
 * packages/fixtures/ecosystems/octave.
 */
const octaveRules = [
    {
        // "error: ASSERT errors for:  assert (cond,expected,tol)", a blank line, then the table of
        // observed and expected values, indented.
        id: 'octave.assert',
        tool: 'octave',
        anchors: ['ASSERT errors for:'],
        // No `$`: a line has no line break, and with one ` +` and `.*` split the spaces every way.
        pattern: /^(?:error: )?ASSERT errors for: +(.*)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'octave', locations: [helpers_location('', undefined, undefined, m[1])] }),
    },
    {
        // "error: 'robust_median' undefined near line 2, column 5" (Octave 4-7) or "error: 'x'
        // undefined" (newer): a function or variable that does not exist.
        id: 'octave.undefined',
        tool: 'octave',
        anchors: ["' undefined"],
        pattern: /^error: '([\w.]+)' undefined(?: near line (\d+)(?:, column (\d+))?)?/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'octave', locations: [helpers_location('', m[2], m[3], `'${m[1]}' undefined`)] }),
    },
    {
        // Any other error: "error: <message>" and below it "error: called from" with the stack
        // indented. The message is the "error:" line above, taken as the lead.
        id: 'octave.called-from',
        tool: 'octave',
        anchors: ['error: called from'],
        pattern: /^error: called from$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'indented',
        lead: /^error: (?!called from$)/,
        facts: () => ({ tool: 'octave' }),
    },
    {
        // "error: parse error near line 6 of file /w/run_tests.m", then "syntax error" and the line
        // with a caret; older Octave prints "parse error:" with the same details below.
        id: 'octave.parse-error',
        tool: 'octave',
        anchors: ['parse error near line ', 'parse error:'],
        pattern: /^(?:error: )?parse error(?: near line (\d+) of file (\S+)|:$)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => ({ tool: 'octave', locations: [helpers_location(m[2] ?? '', m[1])] }),
    },
    {
        // Octave 7 exiting after an uncaught error in a script says so; it is not another error.
        id: 'octave.exit-noise',
        tool: 'octave',
        anchors: ['error: ignoring const execution_exception'],
        pattern: /^error: ignoring const execution_exception& while preparing to exit$/,
        role: 'noise',
        weight: 0.9,
    },
    {
        // `pkg load signal` without the package: "error: package signal is not installed", then
        // "error: called from" and pkg's own stack.
        id: 'octave.pkg-missing',
        tool: 'octave',
        anchors: ['error: package '],
        pattern: /^error: package ([\w.-]+)(?: \([^()]{0,40}\))? is not installed/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'octave', package: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/perl.js

/**
 * TAP (`not ok`, shared by prove, bats and any TAP producer), Perl's Test::More diagnostics, the
 * `prove` harness, Perl compile errors and missing modules, and cpanm.
 */
const perlRules = [
    {
        id: 'tap.not-ok',
        tool: 'tap',
        anchors: ['not ok '],
        // "not ok 3 - lower bound is inclusive". Not a "# TODO" test (expected to fail) nor a "# SKIP" one.
        // No `$`: a line has no line break, and with one `\s*` and `.*` split the spaces every way.
        pattern: /^\s*not ok (\d+)\b(?![^#]*#\s*(?:TODO|SKIP)\b)(?:\s+-)?\s*(.*)/i,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'same-tag',
        facts: (m) => facts({ tool: 'tap', tests: m[2] ? [m[2].trim()] : undefined }),
    },
    {
        id: 'testmore.failed',
        tool: 'Test::More',
        anchors: ['Failed test'],
        // "#   Failed test 'leading and trailing separators are dropped'" (the location on the next
        // line) or, for an unnamed test, "#   Failed test at t/x.t line 8."
        // ("Failed (TODO) test" is an expected failure: not matched.)
        pattern: /^\s*#\s+Failed test (?:'(.*)'|at (\S+) line (\d+)\.)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'same-tag',
        facts: (m) => facts({
            tool: 'Test::More',
            tests: m[1] !== undefined ? [m[1]] : undefined,
            locations: m[2] ? [helpers_location(m[2], m[3])] : undefined,
        }),
    },
    {
        id: 'testmore.detail',
        tool: 'Test::More',
        anchors: ['got: ', 'xpected', '$got', '#   at '],
        // The lines under a failed test: "#   at t/slug.t line 8.", "#          got: '-trim-me-'",
        // "#     expected: 'trim-me'", and is_deeply's "#          $got->{the} = Does not exist".
        pattern: /^\s*#\s+(?:at (\S+) line (\d+)\.$|got: |expected: |\$got\b|\$expected\b)/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'same-tag',
        facts: (m) => (m[1] ? { locations: [helpers_location(m[1], m[2])] } : {}),
    },
    {
        id: 'testmore.plan',
        tool: 'Test::More',
        anchors: ['Looks like you'],
        // "# Looks like you planned 4 tests but ran 3." names the failure (a plan not kept); so does
        // "# Looks like your test exited with 2 just after 1." when nothing above it says more.
        pattern: /^# Looks like (?:you planned (\d+) tests? but ran (\d+)|your test exited with (\d+))/,
        role: 'error',
        category: 'test_failure',
        weight: 0.55,
        facts: () => ({ tool: 'Test::More' }),
    },
    {
        // "# Looks like you failed 2 tests of 4." only counts the failures named above it.
        id: 'testmore.count',
        tool: 'Test::More',
        anchors: ['Looks like you failed'],
        pattern: /^# Looks like you failed (\d+) tests? of (\d+)/,
        role: 'verdict',
        category: 'test_failure',
        weight: 0.2,
        facts: () => ({ tool: 'Test::More' }),
    },
    {
        id: 'perl.syntax-error',
        tool: 'perl',
        anchors: ['syntax error at ', 'requires explicit package name'],
        // "syntax error at lib/Report.pm line 9, near "};"", "Global symbol "$x" requires explicit
        // package name (did you forget to declare "my $x"?) at lib/X.pm line 5.".
        pattern: /^(?:syntax error at (\S+) line (\d+), (?:near|at) |Global symbol "\S+" requires explicit package name.* at (\S+) line (\d+)\.$)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => facts({ tool: 'perl', locations: m[1] || m[3] ? [helpers_location(m[1] ?? m[3], m[2] ?? m[4])] : undefined }),
    },
    {
        // `perl -c`'s closing "lib/Report.pm had compilation errors." and "Execution of x aborted due
        // to compilation errors.": closing words, the errors above say what. Not shown.
        id: 'perl.compilation-aborted',
        tool: 'perl',
        anchors: ['had compilation errors', 'aborted due to compilation errors'],
        pattern: /^(?:\S+ had compilation errors\.$|Execution of \S+ aborted due to compilation errors\.$)/,
        role: 'verdict',
        category: 'compile_error',
        weight: 0.2,
        facts: () => ({ tool: 'perl' }),
    },
    {
        id: 'perl.missing-module',
        tool: 'perl',
        anchors: ["an't locate "],
        // "Can't locate Mojo/UserAgent.pm in @INC (you may need to install the Mojo::UserAgent module)".
        pattern: /Can't locate (\S+?)\.pm in @INC/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'perl', module: m[1].replace(/\//g, '::') }),
    },
    {
        id: 'cpanm.not-found',
        tool: 'cpanm',
        anchors: ["ouldn't find module", 'Installing the dependencies failed', 'failed. See '],
        // "! Couldn't find module or a distribution Try::Tiny::SmartCatch", "! Installing the
        // dependencies failed: Module 'X' is not installed", "! Installing X failed. See …/build.log".
        pattern: /^! (?:Couldn't find module or a distribution (\S+)|Installing the dependencies failed: |(?:Installing|Configure failed for|Building) (\S+) failed\. See )/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.85,
        facts: (m) => facts({ tool: 'cpanm', package: m[1] ?? m[2] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/php.js

/** PHPUnit, PHP's own errors (`php -l`, fatal errors, uncaught exceptions) and Composer. */
const phpRules = [
    {
        id: 'phpunit.progress',
        tool: 'phpunit',
        anchors: ['E   '],
        // The progress line "E          1 / 1 (100%)" states no cause, and its "E   " must not read as
        // a pytest assertion line.
        pattern: /^[.EFWRSIND]+ +\d+ \/ \d+ \( *\d+%\)$/,
        role: 'noise',
        weight: 0.9,
    },
    {
        id: 'phpunit.header',
        tool: 'phpunit',
        anchors: [' failure:', ' failures:', ' error:', ' errors:'],
        pattern: /^There (?:was 1|were \d+) (?:failure|error)s?:$/,
        role: 'header',
        category: 'test_failure',
        weight: 0.5,
    },
    {
        // "There was 1 risky test:", "There were 2 incomplete tests:", "There was 1 skipped test:"
        // (and PHPUnit 10's deprecations and notices): these do not fail the run, yet list their tests
        // the way failures are listed. A section ends at PHPUnit's "--" separator or its verdict.
        id: 'phpunit.quiet-header',
        tool: 'phpunit',
        anchors: [' risky test', ' incomplete test', ' skipped test', ' PHPUnit deprecation', ' PHPUnit notice'],
        pattern: /^There (?:was 1|were \d+) (?:risky|incomplete|skipped|PHPUnit deprecation|PHPUnit notice)(?: test)?s?:$/,
        role: 'header',
        weight: 0.5,
        quiets: /^(?:--$|[A-Z]+!$|OK\b|Tests: \d)/,
    },
    {
        id: 'phpunit.test',
        tool: 'phpunit',
        anchors: ['::test'],
        // "1) GreeterTest::testGreetsByName" (with data sets: "… with data set "four" (4, 'IV')"), then
        // the assertion or exception message up to the blank line before the file:line trace.
        // `(\S+)(?: .*)?` rather than `(\S+).*`: the two split the data set's name every way (quadratic).
        pattern: /^\d+\) ([\w\\]+::test\w*)(?: with data set (\S+)(?: .*)?)?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'phpunit', tests: [m[2] ? `${m[1]} with data set ${m[2]}` : m[1]] }),
    },
    {
        id: 'phpunit.assertion',
        tool: 'phpunit',
        anchors: ['Failed asserting that'],
        // "Failed asserting that '3' is identical to 3." The test name and a custom message sit above it.
        pattern: /^Failed asserting that /,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'paragraph',
        lead: /\S/,
        facts: () => ({ tool: 'phpunit' }),
    },
    {
        id: 'phpunit.summary',
        tool: 'phpunit',
        anchors: ['Failures: ', 'Errors: '],
        // "Tests: 12, Assertions: 30, Failures: 2." Counts only: the tests above name the cause.
        pattern: /^Tests: \d+, Assertions: \d+, (?:Errors|Failures): \d+/,
        role: 'error',
        category: 'test_failure',
        weight: 0.3,
        facts: () => ({ tool: 'phpunit' }),
    },
    {
        id: 'php.error',
        tool: 'php',
        anchors: ['Parse error: ', 'Fatal error: ', 'fatal error: '],
        // "PHP Parse error:  syntax error, unexpected token "}" in src/Router.php on line 11",
        // "PHP Fatal error:  Uncaught Error: Call to undefined function render_report() in /w/bin/console:5".
        // `(?! )` makes ` +` take every space before the message: else ` +` and `.*?` split them (quadratic).
        pattern: /^(?:PHP )?(Parse error|Fatal error|Catchable fatal error|Recoverable fatal error): +(?! )(.*?)(?: in (\S+?)(?: on line |:)(\d+))?$/,
        role: 'error',
        classify: (m) => {
            const msg = m[2];
            if (m[1] === 'Parse error')
                return 'compile_error';
            if (/^Allowed memory size of \d+ bytes exhausted/.test(msg))
                return 'resource_exhaustion';
            if (/^Maximum execution time of \d+ seconds? exceeded/.test(msg))
                return 'timeout';
            // Names that do not exist: what a compiler would have refused.
            if (/^(?:Uncaught Error: )?(?:Call to undefined (?:function|method)|Class "?[\w\\]+"? not found|Interface "?[\w\\]+"? not found|Trait "?[\w\\]+"? not found|Undefined constant)/.test(msg))
                return 'compile_error';
            return undefined;
        },
        weight: 0.85,
        facts: (m) => ({ tool: 'php', locations: [helpers_location(m[3] ?? '', m[4], undefined, m[2])] }),
    },
    {
        id: 'php.lint-summary',
        tool: 'php -l',
        anchors: ['Errors parsing '],
        pattern: /^Errors parsing (\S+)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.5,
        facts: (m) => ({ tool: 'php', file: m[1] }),
    },
    {
        // `composer validate`: "./composer.json is invalid, the following errors/warnings were found:"
        // or, failing under --strict, "./composer.json is valid, but with a few warnings"; the
        // "- …" findings follow under "# General warnings"-style headings, up to a blank line.
        id: 'composer.validate',
        tool: 'composer',
        anchors: ['composer.json is invalid', 'composer.json is valid, but with a few warnings'],
        pattern: /^(\S*composer\.json) is (?:invalid, the following errors|valid, but with a few warnings)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'composer', file: m[1] }),
    },
    {
        // Composer refusing a manifest its schema rejects, in its exception box:
        // '  "./composer.json" does not match the expected JSON schema:' and the "- name : …" findings
        // indented under it.
        id: 'composer.schema',
        tool: 'composer',
        anchors: ['does not match the expected JSON schema'],
        pattern: /^\s*"?(\S*composer\.json)"? does not match the expected JSON schema:/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'indented',
        facts: (m) => ({ tool: 'composer', file: m[1] }),
    },
    {
        id: 'composer.unresolvable',
        tool: 'composer',
        anchors: [
            'could not be resolved to an installable set',
            'composer.json requires',
            'does not satisfy that requirement',
        ],
        // "Your requirements could not be resolved to an installable set of packages.", then per problem
        // "- Root composer.json requires php ^8.4 but your php version (8.2.32) does not satisfy that
        // requirement." or "… requires PHP extension ext-mongodb * but it is missing from your system."
        // The lookbehind tries a "vendor/package" only from its first character (linear time).
        pattern: /could not be resolved to an installable set of packages|(?:composer\.json|(?<![\w.-])[\w.-]+\/[\w.-]+ \S+) requires (?:(php(?:-64bit)?) (\S+) (?:but|->) your php version \(([\d.]+)\)|PHP extension (ext-[\w-]+)|([\w.-]+\/[\w.-]+))/,
        role: 'error',
        // The opening sentence names no cause: the problem lines under it decide (a PHP version is a
        // toolchain mismatch, a package or extension a missing dependency).
        classify: (m) => (m[1] ? 'toolchain_mismatch' : m[4] || m[5] ? 'missing_dependency' : undefined),
        weight: 0.85,
        facts: (m) => facts({
            tool: 'composer',
            toolchain: m[1] ? 'php' : undefined,
            requiredVersion: m[2],
            actualVersion: m[3],
            package: m[4] ?? m[5],
        }),
    },
    {
        id: 'composer.download',
        tool: 'composer',
        anchors: ['could not be downloaded', 'curl error '],
        // Inside Composer's error box, wrapped at 80 columns: "The "https://repo.packagist.org/packages.json"
        // file could not be downloaded: …" (the URL may sit on the line above, which the lead takes),
        // or "curl error 6 while downloading https://…: Could not resolve host".
        pattern: /file could not be downloaded|curl error \d+ while downloading (https?:\/\/\S+)/,
        role: 'error',
        category: 'network_error',
        weight: 0.85,
        follow: 'paragraph',
        lead: /^ {2}\S/,
        facts: (_m, line) => facts({ tool: 'composer', host: /https?:\/\/([^/:"\s]+)/.exec(line)?.[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/php-tools.js
/**
 * PHP tools beyond PHPUnit and Composer (php.ts): PHPStan's table output, Pest (and Laravel's
 * `artisan test`, both printed by nunomaduro/collision) and the TeamCity service messages of
 * `pest --teamcity`/`phpunit --teamcity`. From packages/fixtures/ecosystems/php (PHPStan's
 * formatter test data, Pest's output snapshots).
 */
/** TeamCity's escapes in a service message value: |' |n |r |[ |] || (and |0x… code points). */
function teamcityValue(raw) {
    return raw.replace(/\|(0x[0-9a-fA-F]{4}|.)/g, (_, c) => c === 'n'
        ? '\n'
        : c === 'r'
            ? '\r'
            : c.startsWith('0x')
                ? String.fromCharCode(Number.parseInt(c.slice(2), 16))
                : c);
}
const phpToolRules = [
    {
        // PHPStan's table formatter: per file, a ruler, "  Line   src/Foo.php", a ruler, then one row
        // per error ("  12     Call to an undefined method …") and a closing ruler; a blank line
        // after. The rows hold no literal of their own, so the file's heading carries them.
        id: 'phpstan.file-table',
        tool: 'phpstan',
        anchors: ['  Line   '],
        // First to last non-space character: `(\S.*?)\s*$` ran `\s*` from every space (quadratic).
        pattern: /^ {2}Line {3}(\S(?:.*\S)?)/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'phpstan', file: m[1] }),
    },
    {
        // Collision's failure heading (Pest, `php artisan test`): "   FAILED  Tests\Feature\UserTest >
        // it creates a user          Exception   " (the exception's class right-aligned, absent for a
        // failed assertion), then the message up to a blank line, then "at file:line" and the source.
        // `[^>]*` cannot pass the " > " it stops at, so the split is found in one pass.
        id: 'pest.failed',
        tool: 'pest',
        anchors: ['FAILED  '],
        pattern: /^ {1,3}FAILED {2}([^\s>][^>]*) > (\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        // The test's name ends where the right-aligned class (after a run of spaces) starts.
        facts: (m) => ({ tool: 'pest', tests: [`${m[1].trimEnd()} > ${m[2].split(/ {2,}/)[0].trimEnd()}`] }),
    },
    {
        // TeamCity service messages (`pest --teamcity`, `phpunit --teamcity`, and other runners'
        // TeamCity reporters): "##teamcity[testFailed name='…' message='…' details='…' …]". Values
        // escape ' and | and newlines with "|", so a value is a run of plain or escaped characters.
        id: 'teamcity.test-failed',
        tool: 'teamcity',
        anchors: ['##teamcity[testFailed '],
        pattern: /^##teamcity\[testFailed name='((?:[^'|]|\|.)*)'/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'teamcity', tests: [teamcityValue(m[1])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/python.js

/** Package roots of JVM exceptions: Python modules by these names are rare, JVM logs common. */
const JVM_ROOT = '(?:java|javax|jakarta|jdk|sun|com|org|net|io|kotlin|kotlinx|scala|akka|android|androidx|groovy|clojure|junit)';
/** Error classes of JavaScript, Ruby and PHP that Python has no builtin by. */
const OTHER_ERROR = '(?:Range|Reference|Eval|URI|Aggregate|Internal|NoMethod|Argument|Load|LocalJump|Frozen|Fiber|Thread|Standard|Script|Parse|ArgumentCount|DivisionByZero|UnhandledMatch)Error';
/** How V8 words its TypeError and SyntaxError messages; Python's read differently. */
const V8_MESSAGE = "(?:Cannot (?:read|set|destructure|convert|use import|access|find module)|Unexpected (?:token|identifier|end of|string|number|strict mode)|Invalid or unexpected token|missing \\) after|Identifier '|Assignment to constant|Converting circular|Class constructor|await is only valid|\\S+ is not (?:a function|a constructor|iterable)\\b)";
const PYTHON_EXCEPTION = new RegExp(`^(?!${JVM_ROOT}\\.)(?:(?:[A-Za-z_]\\w*\\.)+[A-Z]\\w*(?:Error|Exception)|(?!${OTHER_ERROR}\\b)[A-Z]\\w*Error)` +
    // PHP's messages name a method `Class::method()`; Python's never use `::`.
    `(?:: (?!${V8_MESSAGE})(?!.*\\w::\\w+\\(\\)).*)?$`);
/** pytest, Python tracebacks, pip, Poetry, ruff, flake8, black and mypy. */
const pythonRules = [
    {
        id: 'pytest.failed',
        tool: 'pytest',
        anchors: ['FAILED '],
        // short test summary: "FAILED tests/test_a.py::test_x - AssertionError: …"
        // The file stops at the first colon: `\S+?\.py::` tried every "x.py::" of a long id (quadratic).
        pattern: /^FAILED ([^\s:]+?\.py::\S+)(?: - (.*))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'pytest', tests: [m[1]] }),
    },
    {
        id: 'pytest.collection-error',
        tool: 'pytest',
        anchors: ['ERROR '],
        // The file stops at the first colon: `\S+\.py` tried every "x.py" of a long id (quadratic).
        pattern: /^ERROR ([^\s:]+\.py)(?:::\S+)?(?: - (.*))?$/,
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
        // The counts are read by a lookahead from the anchor, then one scan finds the duration: two
        // free-running `.*` in a row cost quadratic time.
        pattern: /^=+ (?=(\d+) failed\b|[^=]*?\b(\d+) errors?\b).* in [\d.]+s(?: \([\d:]+\))? =+$/,
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
        // The line closing a traceback: "NameError: name 'x' is not defined", or with its module
        // ("requests.exceptions.HTTPError: 404", "app.errors.ConfigException: …"). Python prints a
        // class bare only for builtins and `__main__`, and builtins end in Error. Not other languages'
        // look-alikes: Java's and Scala's packages (`java.lang.X: …`, `scala.MatchError`), JavaScript's
        // and Ruby's and PHP's own classes (`ReferenceError`, `NoMethodError`, `ParseError`), nor the
        // messages only V8 and PHP write under a name Python shares (`TypeError: Cannot read
        // properties of undefined`, `TypeError: Cart::add(): Argument #2 …`).
        pattern: PYTHON_EXCEPTION,
        role: 'error',
        // The file did not parse: "SyntaxError: '[' was never closed".
        classify: (m) => /^(?:SyntaxError|IndentationError|TabError)\b/.test(m[0]) ? 'compile_error' : undefined,
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
        // No "(" inside the parentheses: repeated openings are then scanned once each (linear time).
        pattern: /The currently activated Python version ([\d.]+) is not supported by the project \(([^()]+)\)|Python requirement \(([^()]+)\) is not compatible/,
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
        id: 'pylint.message',
        tool: 'pylint',
        anchors: ['.py:'],
        // "calc.py:6:15: E0602: Undefined variable 'c' (undefined-variable)": any message fails the run.
        pattern: /^(\S+\.py):(\d+):(\d+): ([CRWEFI]\d{4}): (.*) \(([\w-]+)\)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'pylint', code: m[4], locations: [helpers_location(m[1], m[2], m[3], m[5])] }),
    },
    {
        id: 'unittest.failed',
        tool: 'unittest',
        anchors: ['FAIL: ', 'ERROR: '],
        // unittest and nose head each failed test's report: "FAIL: test_pop (test_stack.StackTest.test_pop)",
        // "ERROR: test_money.test_cents"; the traceback follows up to the blank line. Test methods
        // start with "test", which keeps other tools' "ERROR: x" lines out.
        pattern: /^(FAIL|ERROR): ((?:[\w.]+\.)?test\w*)(?: \(([\w.]+)\))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'paragraph',
        facts: (m) => ({ tool: 'unittest', tests: [m[3] ?? m[2]] }),
    },
    {
        id: 'doctest.failed',
        tool: 'doctest',
        anchors: ['Failed example:'],
        // 'File "/w/mathx.py", line 6, in mathx.mean' (the lead), "Failed example:", the example
        // indented below; then "Expected:"/"Got:" or "Exception raised:" with a traceback.
        pattern: /^Failed example:$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        follow: 'indented',
        lead: /^File ".+", line \d+, in \S+$/,
        facts: () => ({ tool: 'doctest' }),
    },
    {
        id: 'ruff.summary',
        tool: 'ruff',
        anchors: ['Found ', 'fixable with'],
        // Ruff's hint is "[*] 2 fixable with the `--fix` option."; ESLint's "… warnings potentially fixable
        // with the `--fix` option." is not ruff's and not a failure.
        pattern: /^Found (\d+) errors?\.?(?: \(\d+ fixed, \d+ remaining\))?$|^(?:\[\*\] )?\d+ (?:potentially )?fixable with the `--fix` option/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.5,
        facts: () => ({ tool: 'ruff' }),
    },
    {
        id: 'black.would-reformat',
        tool: 'black',
        anchors: ['would reformat', 'would be reformatted', 'Would reformat'],
        // The count starts a number: otherwise every digit rescans it (ReDoS).
        pattern: /^[Ww]ould reformat (\S+)|(?<!\d)(\d+) files? would be reformatted/,
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/r.js

/** R: testthat, `R CMD check`, Rscript errors and packages that are not installed. */
/** What a failed `R CMD check` step was checking says what kind of failure follows. */
function checkCategory(what) {
    if (/^(?:tests|examples|re-building of vignette outputs|running R code from vignettes)/.test(what))
        return 'test_failure';
    if (/can be installed|whether the package can be loaded/.test(what))
        return 'compile_error';
    if (/package dependencies/.test(what))
        return 'missing_dependency';
    if (/Rd files|code\/documentation|R code for possible problems|documentation/.test(what))
        return 'lint_failure';
    return undefined;
}
// R quotes names with ‘…’ in UTF-8 locales and '…' otherwise. The name holds no opening quote
// either, so a line of repeated openings is scanned once, not once per opening (quadratic).
const QUOTED = `[‘'"]([^‘’'"]+)[’'"]`;
const rRules = [
    {
        // testthat 3: "── Failure ('test-add.R:3:3'): adds ──" (also without quotes, and in R CMD
        // check's indented copy); testthat 2: "── 1. Failure: adds (@test-add.R#3)  ──";
        // testthat 1: "1. Failure (at test-add.R#3): adds".
        id: 'testthat.failure',
        tool: 'testthat',
        anchors: ['Failure (', 'Error (', '. Failure: ', '. Error: ', '. Failure (at ', '. Error (at '],
        pattern: /^\s*(?:── )?(?:\d+\. )?(?:Failure|Error)(?: \((?:at )?['‘]?([^'’()#:\s]+)(?:[:#](\d+))?(?::\d+)?['’]?\): (.+?)|: (.+?) \(@([^#()\s]+)#(\d+)\))(?: *─+)?\s*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'until-blank',
        facts: (m) => facts({
            tool: 'testthat',
            tests: [(m[3] ?? m[4])],
            locations: [helpers_location(m[1] ?? m[5], m[2] ?? m[6])],
        }),
    },
    {
        id: 'testthat.summary',
        tool: 'testthat',
        // "[ FAIL 1 | WARN 0 | SKIP 0 | PASS 2 ]"; older: "OK: 2 SKIPPED: 0 WARNINGS: 0 FAILED: 1".
        anchors: ['[ FAIL ', 'FAILED: '],
        pattern: /^\s*(?:\[ FAIL (\d+) \| WARN \d+ \| SKIP \d+ \| PASS \d+ \]|(?:OK: +\d+ +)?SKIPPED: +\d+ +(?:WARNINGS: +\d+ +)?FAILED: +(\d+))/,
        role: 'error',
        classify: (m) => ((m[1] ?? m[2]) === '0' ? undefined : 'test_failure'),
        // Below a failed test's weight: shown only when no failure itself was recognised.
        weight: 0.4,
        facts: () => ({ tool: 'testthat' }),
    },
    {
        // testthat's closing words after the failures it listed: not a reason of their own.
        id: 'testthat.closing',
        tool: 'testthat',
        anchors: ['Error: Test failures'],
        pattern: /^\s*Error: Test failures$/,
        role: 'noise',
        weight: 0.6,
    },
    {
        // "Error in f(x) : message", "Error in `f()`: message" (rlang); the call, then why.
        id: 'r.error-in',
        tool: 'R',
        anchors: ['Error in '],
        // No `$`: a line has no line break, and with one each ": " candidate rescanned the rest.
        pattern: /^\s*Error in (.+?) ?: +(\S.*)?/,
        role: 'error',
        // A file R could not open ("cannot open the connection", what file() and read.csv() say) is a
        // missing file; other messages say too little on this line to name a category.
        classify: (m) => /^cannot open (?:the connection|file )|No such file or directory/.test(m[2] ?? '')
            ? 'missing_file'
            : undefined,
        weight: 0.6,
        facts: () => ({ tool: 'R' }),
    },
    {
        id: 'r.parse-error',
        tool: 'R',
        anchors: [': unexpected '],
        // Rscript: "Error: unexpected ')' in "x <- f())""; parse(file): "R/add.R:5:0: unexpected end of input".
        pattern: /^\s*(?:Error: |(\S+\.[Rr]):(\d+):(\d+): )unexpected (.+)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => facts({ tool: 'R', locations: m[1] ? [helpers_location(m[1], m[2], m[3], m[4])] : undefined }),
    },
    {
        id: 'r.no-package',
        tool: 'R',
        anchors: ['there is no package called'],
        pattern: new RegExp(`there is no package called ${QUOTED}`),
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'R', package: m[1] }),
    },
    {
        // R CMD check: "Package required but not available: ‘xml2’"; installing: "ERROR: dependency
        // ‘xml2’ is not available for package ‘tinyadd’".
        id: 'r.dependency-not-available',
        tool: 'R',
        anchors: ['required but not available', 'not available for package'],
        pattern: /^\s*(?:Packages? required (?:and available )?but not available: +(.+)|ERROR: dependenc(?:y|ies) (.+?) (?:is|are) not available for package)/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'R', package: (m[1] ?? m[2]).replace(/[‘’'"]/g, '') }),
    },
    {
        // install.packages() only warns: the failure comes later, when the package is loaded.
        id: 'r.install-not-available',
        tool: 'R',
        anchors: ['is not available (for R version', 'is not available for this version of R'],
        pattern: new RegExp(`package ${QUOTED} is not available (?:\\(for R version|for this version of R)`),
        role: 'error',
        category: 'missing_dependency',
        weight: 0.75,
        facts: (m) => ({ tool: 'R', package: m[1] }),
    },
    {
        id: 'rcmdcheck.step-error',
        tool: 'R CMD check',
        anchors: ['... ERROR'],
        pattern: /^\* checking (.+?) \.\.\. ?ERROR$/,
        role: 'header',
        classify: (m) => checkCategory(m[1]),
        weight: 0.5,
    },
    {
        // Fails the check where warnings count as errors (Travis' R default, rcmdcheck's error_on):
        // the lines up to the next "* checking" say what is wrong.
        id: 'rcmdcheck.step-warning',
        tool: 'R CMD check',
        anchors: ['* checking '],
        pattern: /^\* checking (.+?) \.\.\. ?WARNING$/,
        role: 'error',
        classify: (m) => checkCategory(m[1]) ?? 'lint_failure',
        weight: 0.7,
        follow: 'paragraph',
    },
    {
        // A check that passed ends whatever the one before it printed.
        id: 'rcmdcheck.step-done',
        tool: 'R CMD check',
        anchors: ['* checking '],
        pattern: /^\* checking .+ \.\.\. ?(?:OK|NONE|NOTE|SKIPPED|INFO)$/,
        role: 'header',
        weight: 0.1,
    },
    {
        // "Running examples in ‘pkg-Ex.R’ failed", "Running the tests in ‘tests/testthat.R’ failed."
        id: 'rcmdcheck.run-failed',
        tool: 'R CMD check',
        anchors: ['’ failed', "' failed"],
        pattern: /^\s*Running (?:examples|the tests) in [‘'](.+?)[’'] failed/,
        role: 'error',
        category: 'test_failure',
        weight: 0.5,
        facts: (m) => ({ tool: 'R CMD check', file: m[1] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/raku.js

/**
 * Rakudo (Raku): compile errors, missing modules and uncaught exceptions. Raku's Test module
 * prints TAP with "# Failed test '…'" diagnostics, which perl.ts's TAP rules already read. From
 * packages/fixtures/ecosystems/raku.
 */
const rakuRules = [
    {
        // "===SORRY!=== Error while compiling /w/lib/Greeter.rakumod (Greeter)"; the message follows.
        id: 'raku.compile-error',
        tool: 'raku',
        anchors: ['Error while compiling '],
        pattern: /^===SORRY!=== Error while compiling (\S+)(?: \([\w:]+\))?$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.8,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'raku', file: m[1] }),
    },
    {
        // "Could not find JSON::Fast in:" then the repositories searched, indented.
        id: 'raku.missing-module',
        tool: 'raku',
        anchors: ['Could not find '],
        pattern: /^Could not find ([\w:-]+)(?::ver<[^>]*>)? in:$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'raku', module: m[1] }),
    },
    {
        // An uncaught exception: its message, then "  in sub load-port at lib/Config.rakumod (Config)
        // line 4" and more frames. The message is the unindented text right above the first frame.
        id: 'raku.exception-frame',
        tool: 'raku',
        anchors: [' in sub ', ' in method ', ' in block <unit> at '],
        pattern: /^\s+in (?:sub|method|submethod|block|routine) ?(\S*) at (\S+)(?: \([\w:]+\))? line (\d+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        // A message starts with a letter; TAP lines, a CI's `+ command` echo and `[Pipeline]` lines
        // above it do not belong to it.
        lead: /^(?!ok |not ok |Dubious,|Failed \d)[A-Za-z]/,
        facts: (m) => facts({ tool: 'raku', locations: [helpers_location(m[2], m[3])] }),
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/ruby.js

/** RSpec, Minitest, test-unit, Cucumber, Ruby's own errors, Rake, Bundler and RuboCop. */
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
        // "  1) Calculator adds two numbers" / "     Failure/Error: expect(…).to eq(2)" / the expected
        // and got lines indented under it. Weighs less than a syntax or load error reported the same way.
        id: 'rspec.failure-error',
        tool: 'rspec',
        anchors: ['Failure/Error: '],
        pattern: /^\s*Failure\/Error: (.+)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.8,
        lead: /^\s+\d+\) \S/,
        follow: 'indented',
        facts: () => ({ tool: 'rspec' }),
    },
    {
        // "Pending: (Failures listed here are expected and do not affect your suite's status)" heads
        // the pending and skipped examples, each with its own "Failure/Error:"; the section's items
        // are indented, so it ends at the first unindented line ("Failures:", "Finished in …").
        id: 'rspec.pending-header',
        tool: 'rspec',
        anchors: ['Pending:'],
        pattern: /^Pending:(?: \(Failures listed here are expected[^)]*\))?$/,
        role: 'header',
        weight: 0.5,
        quiets: /^\S/,
    },
    {
        id: 'rspec.load-error',
        tool: 'rspec',
        anchors: ['An error occurred while loading '],
        pattern: /^An error occurred while loading (\S+?)\.?$/,
        role: 'error',
        weight: 0.6,
        facts: (m) => ({ tool: 'rspec', file: m[1] }),
    },
    {
        id: 'rspec.summary',
        tool: 'rspec',
        anchors: ['examples, '],
        pattern: /^\d+ examples?, (\d+) failures?/,
        role: 'verdict',
        classify: (m) => (m[1] === '0' ? undefined : 'test_failure'),
        // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
        // it neither shows nor joins the failure block a blank line above it.
        weight: 0.2,
        // No tool fact: hspec (Haskell) prints the very same line.
    },
    {
        id: 'minitest.summary',
        tool: 'minitest',
        anchors: ['failures, '],
        pattern: /^\d+ (?:runs|tests), \d+ assertions, (\d+) failures, (\d+) errors/,
        role: 'verdict',
        classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
        // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
        // it neither shows nor joins the failure block a blank line above it.
        weight: 0.2,
        facts: () => ({ tool: 'minitest' }),
    },
    {
        // "  1) Failure:" / "  2) Error:", then the test ("TestMath#test_add [test/test_math.rb:6]:",
        // or "test_add(TestMath) [...]:" in minitest 4) and its message, up to a blank line.
        id: 'minitest.failure',
        tool: 'minitest',
        anchors: [') Failure:', ') Error:'],
        pattern: /^\s*\d+\) (Failure|Error):$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'until-blank',
        facts: () => ({ tool: 'minitest' }),
    },
    {
        // minitest-reporters' SpecReporter: "  test_0001_peeks at the last pushed item   FAIL (0.00s)",
        // then "Minitest::Assertion:  Expected: 2" and the rest of the message, up to a blank line.
        id: 'minitest-reporters.spec-failed',
        tool: 'minitest',
        anchors: [' FAIL (', ' ERROR ('],
        // The name ends on a non-space: overlapping space runs made this quadratic (ReDoS).
        pattern: /^\s+(test_\S(?:.*?\S)?)\s+(?:FAIL|ERROR) \(\d+\.\d+s\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'until-blank',
        facts: (m) => ({ tool: 'minitest', tests: [m[1]] }),
    },
    {
        // minitest-reporters' ProgressReporter: ' FAIL["test_0001_peeks at …", Minitest::Result, …]',
        // the message indented below.
        id: 'minitest-reporters.progress-failed',
        tool: 'minitest',
        anchors: ['FAIL["', 'ERROR["'],
        pattern: /\b(?:FAIL|ERROR)\["([^"]+)", /,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'minitest', tests: [m[1]] }),
    },
    {
        // test-unit (Ruby's bundled xUnit): "Failure: test_to_s(TestMoney)", "Error: test_x(TestY):";
        // the source excerpt follows, then the assertion's own lines.
        id: 'test-unit.failure',
        tool: 'test-unit',
        anchors: ['Failure: ', 'Error: '],
        pattern: /^(?:Failure|Error): (\w+)\(([\w:]+)\):?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'none',
        facts: (m) => ({ tool: 'test-unit', tests: [`${m[2]}#${m[1]}`] }),
    },
    {
        // "<"$12.34"> expected but was" / "<"$12.04">"
        id: 'test-unit.expected',
        tool: 'test-unit',
        anchors: ['> expected but was'],
        pattern: /^<.*> expected but was$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        follow: 'until-blank',
        facts: () => ({ tool: 'test-unit' }),
    },
    {
        // Exceptions only Ruby raises (Python has NameError too, without these messages). What follows
        // is source and backtrace, not more of the message.
        id: 'ruby.exception',
        tool: 'ruby',
        anchors: [
            'NoMethodError: ',
            'ArgumentError: ',
            'ZeroDivisionError: ',
            'FrozenError: ',
            'NameError: uninitialized constant',
            'NameError: undefined local variable',
            'Errno::',
        ],
        pattern: /^\s*(?:[\w:]+?: )?((?:NoMethodError|ArgumentError|ZeroDivisionError|FrozenError|NameError|Errno::(\w+))(?:: | \(\w+\)$)).*$/,
        role: 'error',
        classify: (m) => m[2] === 'ENOENT' ? 'missing_file' : m[2] === 'EACCES' ? 'permission_denied' : undefined,
        weight: 0.6,
        follow: 'none',
        facts: () => ({ tool: 'ruby' }),
    },
    {
        // Ruby's uncaught exception: "expected 5 items, got 3 (RuntimeError)", also behind the
        // "file.rb:4:in `method': " of where it was raised.
        id: 'ruby.exception-message',
        tool: 'ruby',
        anchors: ['Error)', 'Exception)'],
        pattern: /^\s*(?:\S+?:\d+:in [`'][^']*': )?(\S.*) \(((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception))\)$/,
        role: 'error',
        weight: 0.6,
        facts: (m) => ({ tool: 'ruby', code: m[2] }),
    },
    {
        // Cucumber's list of what failed: "cucumber features/basket.feature:2 # Scenario: Adding two items"
        id: 'cucumber.failing-scenario',
        tool: 'cucumber',
        anchors: ['cucumber '],
        pattern: /^cucumber (\S+?\.feature):(\d+)(?::\d+)* # (?:Scenario(?: Outline)?: )?(.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        facts: (m) => ({ tool: 'cucumber', tests: [m[3]], locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'cucumber.undefined-step',
        tool: 'cucumber',
        anchors: ['Undefined step: '],
        pattern: /^\s*Undefined step: "(.*)" \(Cucumber::Undefined\)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        facts: (m) => ({ tool: 'cucumber', tests: [m[1]] }),
    },
    {
        id: 'ruby.load-error',
        tool: 'ruby',
        anchors: ['cannot load such file'],
        pattern: /cannot load such file -- (\S+)(?: \(LoadError\))?/,
        role: 'error',
        classify: (m) => (/^\.{0,2}\//.test(m[1]) ? 'missing_file' : 'missing_dependency'),
        weight: 0.9,
        facts: (m) => ({ tool: 'ruby', module: m[1] }),
    },
    {
        // "lib/stack.rb:12: syntax error, unexpected end-of-input, expecting `end' (SyntaxError)",
        // also behind the "in `require_relative': " of the file that loaded it.
        id: 'ruby.syntax-error',
        tool: 'ruby',
        anchors: ['syntax error, ', 'syntax errors found'],
        pattern: 
        // `[\s\S]*?` reaches `$` from the first "syntax error, " (a line has no line break): `.*?`
        // stopped at one and every "x.rb:1: syntax error, " before it rescanned the rest.
        /(?:^\s*|: )(\S+?\.rb):(\d+): (syntax error, [\s\S]*?)(?: \(SyntaxError\))?$|^(\S+?\.rb):(\d+): syntax errors? found/,
        role: 'error',
        category: 'compile_error',
        weight: 0.9,
        facts: (m) => ({ tool: 'ruby', locations: [helpers_location(m[1] ?? m[4], m[2] ?? m[5], undefined, m[3])] }),
    },
    {
        // Rake's last word: the exception on the next line is the reason, this only closes it.
        id: 'rake.aborted',
        tool: 'rake',
        anchors: ['rake aborted!'],
        pattern: /^rake aborted!$/,
        role: 'verdict',
        // Below the shown verdicts: the failure above it (a test run's) or the exception below says why.
        weight: 0.2,
        facts: () => ({ tool: 'rake' }),
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
        // `bundle exec` with a lockfile whose gems are not installed (offline, or a cache miss).
        id: 'bundler.missing-spec',
        tool: 'bundler',
        anchors: ['Could not find '],
        // "Could not find rspec-3.12.0, rspec-core-3.12.2 in any of the sources", wrapped by width
        // after a comma, or inside the Bundler::GemNotFound message.
        pattern: /(?:^|: )Could not find ([\w.-]+?)-(\d[\w.]*)(?:,| in (?:any of the sources|locally installed gems))/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.9,
        facts: (m) => ({ tool: 'bundler', package: m[1] }),
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
        // Under MIN_SHOWN_VERDICT: the runner's word that the step failed marks the end of its output
        // (the exit code is in the facts) and is not shown beside the reason, as other CI systems'
        // exit lines are not. CiDiff's labellers split 5 to 4 on including it; leaving it out takes
        // its F1 from 0.90 to 0.93 (one-line reasons no longer show two lines).
        weight: 0.2,
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
        // Other CIs end a job that went quiet or ran too long with their own line (worded as in
        // travis-ci/worker, which spells "maxmimum"; GitLab Runner; CircleCI).
        id: 'ci.time-limit',
        tool: 'ci',
        anchors: [
            'this potentially indicates a stalled build',
            'time limit for jobs, and has been terminated',
            'execution took longer than',
            'Too long with no output',
        ],
        // `[^()]` in the duration: each repeated "(exceeded " scanned the rest of the line (quadratic).
        pattern: /No output has been received in the last (\S+?),? this potentially indicates a stalled build|The job exceeded the ma(?:xi|xmi)mum time limit for jobs, and has been terminated|execution took longer than (\S+)|Too long with no output \(exceeded ([^()]+)\)/,
        role: 'error',
        category: 'timeout',
        weight: 0.95,
        facts: () => ({ tool: 'ci' }),
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
        // "thread 'tests::adds' panicked at src/lib.rs:11:9:" (newer toolchains add the thread id:
        // "thread 'tests::adds' (13212) panicked at …"); since Rust 1.73 the message is on the
        // unindented lines below, up to the blank line after the backtrace note.
        pattern: /^thread '([^']+)'(?: \(\d+\))? panicked at (?:(\S+?):(\d+):(\d+):$)?/,
        role: 'error',
        // A test's thread is named after the test; 'main' is a program's own panic.
        classify: (m) => (m[1] === 'main' ? undefined : 'test_failure'),
        weight: 0.7,
        follow: 'paragraph',
        facts: (m) => facts({
            tool: m[1] === 'main' ? 'rust' : 'cargo test',
            tests: m[1] === 'main' ? undefined : [m[1]],
            locations: m[2] ? [helpers_location(m[2], m[3], m[4])] : undefined,
        }),
    },
    {
        // "error: test failed, to rerun pass `--lib`": cargo closing a failed test run. Not an error
        // of its own (the panics above say why), so `error:` rules must not take it.
        id: 'cargo-test.rerun',
        tool: 'cargo test',
        anchors: ['test failed, to rerun pass'],
        pattern: /^error: test failed, to rerun pass /,
        role: 'noise',
        weight: 0.5,
    },
    {
        id: 'cargo-test.result',
        tool: 'cargo test',
        anchors: ['test result: FAILED'],
        pattern: /^test result: FAILED\. (\d+) passed; (\d+) failed/,
        role: 'verdict',
        category: 'test_failure',
        // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
        // it neither shows nor joins the failure block a blank line above it.
        weight: 0.2,
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/scala.js

/**
 * scalac's own diagnostics, and sbt's: sbt writes its log level before every line (`[info] `,
 * `[warn] `, `[error] `), so its rules carry the prefix; indentation under it counts from after it
 * (follow.ts). What failed is the test's `*** FAILED ***` line and its message, or the compiler's
 * error; sbt's closing lines (`[error] (Test / test) sbt.TestsFailedException`, `Failed tests:`,
 * `Total time:`) only repeat it, so they are weak or noise. MUnit marks a failed test "==> X" and
 * specs2 (under sbt) "[error] x" or "[error] !"; their run counts are weak too.
 */
// A missing library shows as an unknown top-level package or one missing a member.
const MISSING_LIBRARY = /^not found: object |is not a member of package |^object \w+ is not a member of package/;
// Source checkers run as sbt tasks: their task failing is a lint failure.
const LINT_TASKS = /scalastyle|scalafmt|scalafix|wartremover|scapegoat|headerCheck|mima|dependencyCheck/i;
/** What an sbt task's failure line says went wrong: by its message first, then by the task. */
function sbtTaskCategory(task, message) {
    if (/ResolveException|unresolved dependenc|Error downloading|download failed/.test(message))
        return 'missing_dependency';
    if (/ does not exist|No such file|FileNotFoundException/.test(message))
        return 'missing_file';
    if (LINT_TASKS.test(task))
        return 'lint_failure';
    if (/compile/i.test(task))
        return 'compile_error';
    if (/test/i.test(task))
        return 'test_failure';
    if (/update|resolve/i.test(task))
        return 'missing_dependency';
    return undefined;
}
/**
 * MUnit's failed-test line after "==> X ": the test's full name, then its time ("  0.021s ", or
 * "<elapsed time>" where MUnit's own tests mask it), then the exception and message. Without a
 * time the whole line is the name.
 */
function munitFailure(rest) {
    const masked = rest.indexOf('<elapsed time>');
    if (masked >= 0)
        return { test: rest.slice(0, masked).trimEnd(), message: rest.slice(masked + '<elapsed time>'.length) };
    const timed = / {1,2}\d+\.\d+s(?: |$)/.exec(rest);
    if (timed)
        return { test: rest.slice(0, timed.index), message: rest.slice(timed.index + timed[0].length) };
    return { test: rest.trimEnd(), message: '' };
}
const scalaRules = [
    {
        id: 'scalac.error',
        tool: 'scalac',
        anchors: ['.scala:'],
        // "X.scala:3: error: type mismatch;" with " found   :"/" required:", the code and a caret below.
        pattern: /^(\S+\.scala):(\d+): error: (.*)$/,
        role: 'error',
        classify: (m) => (MISSING_LIBRARY.test(m[3]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'scalac', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'scalac.warning',
        tool: 'scalac',
        anchors: ['.scala:'],
        // Fatal only under -Xfatal-warnings: weak enough that a real error elsewhere hides it.
        pattern: /^(\S+\.scala):(\d+): warning: (.*)$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.35,
        follow: 'indented',
        facts: (m) => ({ tool: 'scalac', locations: [helpers_location(m[1], m[2], undefined, m[3])] }),
    },
    {
        id: 'scalac.fatal-warnings',
        tool: 'scalac',
        anchors: ['No warnings can be incurred'],
        pattern: /^(?:\[error\] )?error: No warnings can be incurred under -Xfatal-warnings\.$/,
        role: 'error',
        category: 'compile_error',
        weight: 0.5,
        facts: () => ({ tool: 'scalac' }),
    },
    {
        // scalac under sbt: "[error] /src/X.scala:12:5: type mismatch;" (sbt 1.x, with the column) or
        // "[error] /src/X.scala:12: …" (0.13), the details as "[error]  found   : Int" below.
        id: 'sbt.scalac-error',
        tool: 'sbt',
        anchors: ['.scala:'],
        pattern: /^\[error\] ((?:[A-Za-z]:)?[^\s:]+\.scala):(\d+):(?:(\d+):)? (\S.*)$/,
        role: 'error',
        classify: (m) => (MISSING_LIBRARY.test(m[4]) ? 'missing_dependency' : 'compile_error'),
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'scalac', locations: [helpers_location(m[1], m[2], m[3], m[4])] }),
    },
    {
        // ScalaTest's failed test, "- should add two numbers *** FAILED ***" ("[info] " under sbt,
        // maybe a duration after it), its message indented below and ending "(Spec.scala:12)".
        id: 'scalatest.failed',
        tool: 'scalatest',
        anchors: ['*** FAILED ***'],
        pattern: /^(?:\[info\] )?\s*- (\S.*?) \*\*\* FAILED \*\*\*(?: \([^()]*\))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'scalatest', tests: [m[1]] }),
    },
    {
        // ScalaTest's count of them, "*** 3 TESTS FAILED ***": the failures it counts are above.
        id: 'scalatest.summary',
        tool: 'scalatest',
        anchors: ['FAILED ***'],
        pattern: /^(?:\[info\] )?\*\*\* \d+ TESTS? FAILED \*\*\*$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.3,
        facts: () => ({ tool: 'scalatest' }),
    },
    {
        // An sbt task that failed with its own message: "[error] (compile:scalastyle) config does not
        // exist: …", "[error] (*:update) sbt.ResolveException: unresolved dependency: …". Often the
        // only statement of the reason. Tests and compilation have their own closing line (below).
        id: 'sbt.task-failed',
        tool: 'sbt',
        anchors: ['[error] ('],
        pattern: /^\[error\] \(([^()]+)\) (?!sbt\.TestsFailedException: |Compilation failed$|Nonzero exit code)(\S.*)$/,
        role: 'error',
        classify: (m) => sbtTaskCategory(m[1], m[2]),
        weight: 0.7,
        follow: 'indented',
        facts: () => ({ tool: 'sbt' }),
    },
    {
        // sbt's last word on a failed test or compile task: the failures are above it.
        id: 'sbt.task-summary',
        tool: 'sbt',
        anchors: ['[error] ('],
        pattern: /^\[error\] \(([^()]+)\) (sbt\.TestsFailedException: Tests unsuccessful|Compilation failed|Nonzero exit code(?: returned from runner)?: \d+)$/,
        role: 'error',
        classify: (m) => m[2].startsWith('sbt.Tests')
            ? 'test_failure'
            : m[2].startsWith('Compilation')
                ? 'compile_error'
                : undefined,
        weight: 0.3,
        facts: () => ({ tool: 'sbt' }),
    },
    {
        // Ivy's list under "UNRESOLVED DEPENDENCIES" (sbt's "[warn] ", Ant's "[ivy:resolve] ", or the
        // sbt launcher's bare lines when sbt itself cannot be fetched): ":: org#name;1.0: not found".
        id: 'ivy.unresolved',
        tool: 'ivy',
        anchors: ['[warn]', ': not found'],
        pattern: /^(?:\[warn\]|\[ivy:resolve\](?: WARN:)?)?\s+:: ([\w.-]+#[\w.-]+;[^\s:]+): (\S.*)$/,
        role: 'error',
        category: 'missing_dependency',
        weight: 0.8,
        facts: (m) => ({ tool: 'ivy', package: m[1] }),
    },
    {
        // MUnit's failed test: "==> X munit.MySuite.hello  0.021s munit.ComparisonFailException: …",
        // the time then the exception and its message on the same line (sbt's logger may prefix it).
        // The source lines under it ("12:    assertEquals(a, b)") and a diff follow unindented: the
        // message rule below shows the diff's header.
        id: 'munit.failed',
        tool: 'munit',
        anchors: ['==> X '],
        // The name may hold spaces and the time is optional, so they are split in code (munitFailure),
        // not by a regular expression that would backtrack over every space.
        pattern: /^(?:\[(?:error|info)\] )?\s*==> X (\S.*)$/,
        role: 'error',
        // A test over its munitTimeout fails with a TimeoutException: the test's own time limit.
        classify: (m) => /TimeoutException: |test timed out after/.test(munitFailure(m[1]).message)
            ? 'timeout'
            : 'test_failure',
        weight: 0.9,
        follow: 'indented',
        facts: (m) => ({ tool: 'munit', tests: [munitFailure(m[1]).test] }),
    },
    {
        // MUnit's comparison message under the failed test: what differs, then the values.
        id: 'munit.comparison',
        tool: 'munit',
        anchors: ['not the same', 'iff assertion failed', '=> Diff ('],
        pattern: /^(?:\[(?:error|info)\] )?\s*(?:values are not the same|diff assertion failed|=> Diff \(- (?:obtained|expected), \+ (?:expected|obtained)\))$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.55,
        follow: 'until-blank',
        facts: () => ({ tool: 'munit' }),
    },
    {
        // MUnit's closing count, "Test run munit.MySuite finished: 2 failed, 9 ignored, 9 total, 0.1s":
        // the failures it counts are above.
        id: 'munit.summary',
        tool: 'munit',
        anchors: [' failed, '],
        pattern: /^(?:\[(?:error|info)\] )?Test run \S+ finished: [1-9]\d* failed, \d+ ignored, \d+ total/,
        role: 'error',
        category: 'test_failure',
        weight: 0.3,
        facts: () => ({ tool: 'munit' }),
    },
    {
        // specs2's failed example under sbt, "[error] x adds two numbers" (indented under its
        // block), its message on the [error] lines below it, one column deeper. Not a source line that
        // scalac quotes under its error and that starts with a variable x ("[error]     x + 1").
        id: 'specs2.failed',
        tool: 'specs2',
        anchors: ['[error] '],
        pattern: /^\[error\] +x (?![-=+*/%:.(<>|&^!])(\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'specs2', tests: [m[1].trim()] }),
    },
    {
        // specs2's example that threw, "[error] ! parses the input", the exception's message below.
        id: 'specs2.error',
        tool: 'specs2',
        anchors: ['[error] '],
        pattern: /^\[error\] +! (\S.*)$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.85,
        follow: 'indented',
        facts: (m) => ({ tool: 'specs2', tests: [m[1].trim()] }),
    },
    {
        // specs2's detailed failure of two long strings: "[error] Expected: a[d]c" / "[error] Actual:   a[b]c".
        id: 'specs2.comparison',
        tool: 'specs2',
        anchors: ['[error] Expected: ', '[error] Actual: '],
        pattern: /^\[error\] (?:Expected: |Actual: {3})\S/,
        role: 'error',
        category: 'test_failure',
        weight: 0.6,
        facts: () => ({ tool: 'specs2' }),
    },
    {
        // sbt's closing lines at level error that state nothing: the time taken, the headings over the
        // failed suites' names and the names themselves (a bare exception's name, as sbt prints a
        // StackOverflowError, is not one), scalac's error count.
        id: 'sbt.closing-noise',
        tool: 'sbt',
        anchors: ['[error] '],
        pattern: /^\[error\] (?:Total time: |(?:Failed tests|Error during tests):$|\s*(?![\w.$]*(?:Error|Exception)$)[\w.$]+$|(?:one|two|three|four|\d+) errors? found$)/,
        role: 'noise',
        weight: 0.6,
    },
];

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/shell.js

/**
 * Shell scripts and their tools: bats (TAP with `#` diagnostics), ShellCheck (tty and gcc
 * formats), and what bash itself prints when a script is malformed.
 */
const shellRules = [
    {
        id: 'bats.failed-command',
        tool: 'bats',
        anchors: ["' failed"],
        // Under "not ok N name": "#   `[ "$status" -eq 2 ]' failed" or "#   `./install.sh' failed with status 127".
        pattern: /^#\s+`(.*)' failed(?: with status (\d+))?$/,
        role: 'error',
        category: 'test_failure',
        weight: 0.7,
        follow: 'same-tag',
        facts: (m) => facts({ tool: 'bats', exitCode: m[2] ? Number(m[2]) : undefined }),
    },
    {
        id: 'bats.location',
        tool: 'bats',
        anchors: ['in test file', 'from function'],
        // "# (in test file test.bats, line 15)", "# (from function `assert_equal' in file x.bash, line 9,":
        // where the failing test stopped; weak alone, it joins the test's name to its message.
        pattern: /^#\s+\((?:in test file|from function [`'][^']*' in file) (\S+), line (\d+)[,)]/,
        role: 'error',
        weight: 0.3,
        follow: 'same-tag',
        facts: (m) => ({ tool: 'bats', locations: [helpers_location(m[1], m[2])] }),
    },
    {
        id: 'bats.command-not-found',
        tool: 'bats',
        anchors: ['command not found'],
        // A test's output as bats shows it, behind "# ": "# ./install.sh: line 4: gomplate: command not found".
        pattern: /^#\s+(?:\S+: )?(?:line \d+: )?([\w.+-]+): command not found$/,
        role: 'error',
        category: 'missing_command',
        weight: 0.9,
        follow: 'same-tag',
        facts: (m) => ({ tool: 'shell', command: m[1] }),
    },
    {
        id: 'shellcheck.finding',
        tool: 'shellcheck',
        anchors: ['- SC', '^ SC'],
        // The tty format: "In deploy.sh line 7:", the code line, then a caret line per finding:
        // "  ^-- SC2086 (info): Double quote to prevent globbing and word splitting." The location and
        // code above it are its lead.
        pattern: /^\s*\^-*\^? SC(\d{4}) \((error|warning|info|style)\): (.*)$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        lead: /\S/,
        facts: (m) => ({ tool: 'shellcheck', code: `SC${m[1]}` }),
    },
    {
        id: 'shellcheck.gcc',
        tool: 'shellcheck',
        anchors: ['[SC'],
        // `shellcheck -f gcc`: "deploy.sh:7:7: note: Double quote to prevent globbing and word splitting. [SC2086]".
        pattern: /^(\S+):(\d+):(\d+): (?:error|warning|note|style): (.*) \[SC(\d{4})\]$/,
        role: 'error',
        category: 'lint_failure',
        weight: 0.8,
        facts: (m) => ({
            tool: 'shellcheck',
            code: `SC${m[5]}`,
            locations: [helpers_location(m[1], m[2], m[3], m[4])],
        }),
    },
    {
        id: 'bash.syntax-error',
        tool: 'bash',
        anchors: ['syntax error near unexpected token', 'syntax error: unexpected end of file'],
        // "lib.sh: line 18: syntax error: unexpected end of file", "x.sh: line 4: syntax error near unexpected token `fi'".
        pattern: /^(?:(\S+): )?(?:line (\d+): )?syntax error(?: near unexpected token |: unexpected end of file)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.85,
        facts: (m) => facts({ tool: 'bash', locations: m[1] ? [helpers_location(m[1], m[2])] : undefined }),
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
        // Each gap stops at the next repeat of its opening words, and `\s[\s\S]*` cannot split spaces
        // with a second quantifier: with `.*` every repeat rescanned the rest of the line (quadratic).
        pattern: /^(?:\S*: line \d+: +\d+ )?Killed(?:\s[\s\S]*)?$|\bkilled by signal 9\b|\bSIGKILL\b(?:(?!SIGKILL\b).)*\bkilled\b|\bwas killed\b(?:(?!was killed\b).)*\b(?:memory|OOM)\b/,
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
        pattern: 
        // Java's exact wording ("…" (in directory "…"): [CreateProcess ]error=2, …) rather than `.*error=2`, which
        // rescanned the rest of the line from each repeat of the prefix (quadratic).
        /Cannot run program "([^"]+)"(?: \(in directory "[^"]*"\))?: (?:CreateProcess )?error=2|exec: "([^"]+)": executable file not found|^env: '?([\w.+-]+)'?: No such file or directory|spawn (\S+) ENOENT/,
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
        // The detail under it (a box-drawn error's closing `╵`, indented retry notes) is its own.
        follow: 'indented',
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/rules/xref.js

/**
 * Erlang's cross-reference check (`rebar3 xref`, rebar 2): a call to a function that does not
 * exist compiles, and only fails when it runs. Its warning is the cause of the `undef` a test
 * then reports (localize.ts lets it lead that echo).
 */
const xrefRules = [
    {
        id: 'xref.undefined-call',
        tool: 'xref',
        anchors: ['calls undefined function'],
        // "src/tags.erl:4: Warning: tags:normalize/1 calls undefined function lists:usort2/1 (Xref)"
        pattern: /(?:^|\s)(\S+\.erl):(\d+): Warning: (\S+) calls undefined function (\S+?\/\d+)/,
        role: 'error',
        category: 'compile_error',
        weight: 0.7,
        facts: (m) => facts({ tool: 'xref', file: m[1] }),
    },
    {
        id: 'xref.undefined-function',
        tool: 'xref',
        anchors: ['is undefined function'],
        // The same miss listed by the callee: "lists.erl: Warning: lists:usort2/1 is undefined function (Xref)".
        pattern: /(?:^|\s)\S+\.erl: Warning: (\S+?\/\d+) is undefined function\b/,
        role: 'error',
        category: 'compile_error',
        weight: 0.6,
        facts: () => ({ tool: 'xref' }),
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
    ...shellRules,
    ...perlRules,
    ...phpRules,
    ...rRules,
    ...luaRules,
    ...latexRules,
    ...jsRunnerRules,
    ...dotnetDartSwiftRules,
    ...erlangRules,
    ...elixirRules,
    ...haskellRules,
    ...clojureRules,
    ...scalaRules,
    ...assertionRules,
    ...cppTestRules,
    ...ocamlRules,
    ...compiledRules,
    ...appleRules,
    ...rakuRules,
    ...octaveRules,
    ...lispRules,
    ...coffeeRules,
    ...phpToolRules,
    ...dotnetBuildRules,
    ...installRules,
    ...linterRules,
    ...coverageRules,
    ...xrefRules,
    ...jsLegacyRules,
    ...nodeRules,
    ...diagnosticRules,
    ...juliaRules,
    ...nixRules,
];
let builtin_rules_compiled;
/** The built-in rules compiled once per process. */
function builtinRuleSet() {
    builtin_rules_compiled ??= new RuleSet(BUILTIN_RULES);
    return builtin_rules_compiled;
}
/** The built-in rules less those an entry of `without` names (id, tool, or id prefix `<entry>.`). */
function builtinRuleSetWithout(without) {
    if (without.length === 0)
        return builtinRuleSet();
    const key = [...new Set(without)].sort().join('\n');
    let set = reduced.get(key);
    if (!set) {
        const removed = (r) => without.some((w) => r.id === w || r.tool === w || r.id.startsWith(`${w}.`));
        set = new RuleSet(BUILTIN_RULES.filter((r) => !removed(r)));
        // Compiling a rule set takes tens of milliseconds: a measurement reuses the few it needs.
        if (reduced.size >= 32)
            reduced.delete(reduced.keys().next().value);
        reduced.set(key, set);
    }
    return set;
}
const reduced = new Map();

// EXTERNAL MODULE: ./packages/core/lib/analyzer/categories.js
var categories = __webpack_require__(3277);
// EXTERNAL MODULE: ./packages/core/lib/analyzer/classify.js
var classify = __webpack_require__(307);
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
/** Verdicts weaker than this (`BUILD FAILURE`, `Finished: FAILURE`) mark an end and are never shown. */
const MIN_SHOWN_VERDICT = 0.25;
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
/**
 * A line a logger printed at warning level (Maven's `[WARNING]`, `npm WARN`, the runner's
 * `##[warning]`): by that level's own word it did not fail the build. A compiler's `warning:`
 * diagnostic is not one — under -Werror or --warnings-as-errors it is the reason.
 */
const WARNING_LEVEL = /^\s*(?:\[(?:WARNING|WARN)\]|npm WARN |##\[warning\]|::warning|WARN(?:ING)?: |\[[\w .-]+\] WARN )/;
/** Every error the block states was logged at warning level. */
function warnedOnly(block) {
    const errors = block.hits.filter((h) => h.rule.role === 'error');
    return errors.length > 0 && errors.every((h) => WARNING_LEVEL.test(h.text));
}
/** Blocks separated by at most `gap` lines (b after a): one finding, or a tally beside its failure. */
function adjacent(a, b, gap) {
    return b.start - a.end <= gap + 1;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/cascade.js

/**
 * Cascades: a file that did not compile or parse, then the tests that needed it fail or do not
 * run. The later lines are the echo (`***Not Run`, the same `ParseError` per test, an `undef` of
 * the symbol xref named) and rank high, being later and test-shaped; the earlier error is why.
 */
const CAUSE_WEIGHT = 0.6;
/** A test runner saying a test could not run at all: something before it did not build. */
const NOT_RUN = /\*\*\*Not Run\b|Could not find executable|Unable to find executable|Test suite failed to run|Could not find or load main class|NoClassDefFoundError/;
/**
 * A warning or lint message naming a symbol nothing defines (xref's undefined call, pyflakes'
 * F821, ESLint's no-undef): the code fails only when it runs, so it is a cause too.
 */
const UNDEFINED_SYMBOL = /\b(?:undefined (?:function|reference to|symbol|method|subroutine|variable|name)\b|calls undefined function)[`'‘ ]*([\w:./$]+)|'([\w$]+)' is not defined {2,}no-undef\b/;
const WARNING_WORD = /\bwarning\b/i;
/** How far into a block an echo's message or verdict is looked for. */
const ECHO_LINES = 12;
/** Shared text this long (after paths and numbers are dropped) makes a later line repeat a cause. */
const SHARED = 16;
const MAX_CAUSES = 8;
/** Only a line's start is compared: a message leads its line. */
const MESSAGE_CHARS = 400;
/**
 * Lines compared with a cause, over all causes: a log of hundreds of blocks stays cheap (each
 * comparison is a few hundred set lookups).
 */
const MAX_COMPARISONS = 20_000;
/** A line without paths, line:column numbers and runs of space, which differ between tools. */
function messageOf(text) {
    return text
        .slice(0, MESSAGE_CHARS)
        .split(/\s+/)
        .filter((word) => word !== '' && !word.includes('/') && !word.includes('\\'))
        .join(' ')
        .replace(/\d+/g, '#');
}
function windowsOf(text) {
    const m = messageOf(text);
    const out = new Set();
    for (let i = 0; i + SHARED <= m.length; i++) {
        const w = m.slice(i, i + SHARED);
        // Windows of mostly punctuation (`----`, `# | # |`) are shared by any two tables.
        if ((w.match(/[A-Za-z]/g)?.length ?? 0) >= SHARED / 2)
            out.add(w);
    }
    return out;
}
function repeats(cause, text, budget) {
    if (budget.left <= 0)
        return false;
    budget.left -= 1;
    if (cause.symbol?.test(text.slice(0, MESSAGE_CHARS)))
        return true;
    if (cause.windows.size === 0)
        return false;
    const m = messageOf(text);
    for (let i = 0; i + SHARED <= m.length; i++)
        if (cause.windows.has(m.slice(i, i + SHARED)))
            return true;
    return false;
}
function causeOf(s, input) {
    const { block } = s;
    if (block.inEcho)
        return undefined;
    const step = block.step >= 0 ? input.steps[block.step] : undefined;
    if (step && (step.post || step.phase === 'setup' || step.phase === 'post'))
        return undefined;
    const hits = block.hits.filter((h) => {
        if (h.rule.role !== 'error' || h.rule.weight < CAUSE_WEIGHT)
            return false;
        const cat = h.category ?? h.rule.category;
        // A test's own `NameError: name 'x' is not defined` is a failure, not what caused others.
        if (cat === 'test_failure')
            return false;
        if (cat !== 'compile_error' && !UNDEFINED_SYMBOL.test(h.text))
            return false;
        // An ordinary warning never leads; one naming an undefined symbol does.
        return !WARNING_WORD.test(h.text) || UNDEFINED_SYMBOL.test(h.text);
    });
    if (hits.length === 0 || (warnedOnly(block) && !hits.some((h) => UNDEFINED_SYMBOL.test(h.text))))
        return undefined;
    const windows = new Set();
    let symbol;
    for (const h of hits) {
        for (const w of windowsOf(h.text))
            windows.add(w);
        const named = UNDEFINED_SYMBOL.exec(h.text);
        const last = (named?.[1] ?? named?.[2])
            ?.split(/[:./]/)
            .filter((p) => /[A-Za-z_]\w{2,}/.test(p))
            .pop();
        if (last && !symbol)
            symbol = new RegExp(`(?<![\\w$])${last.replace(/[$]/g, '\\$')}(?![\\w$])`);
    }
    return symbol ? { at: s, windows, symbol } : { at: s, windows };
}
/** The categories the block's error lines state (rules that name none add nothing). */
function categoriesOf(block) {
    const out = new Set();
    for (const h of block.hits) {
        const cat = h.rule.role === 'error' ? (h.category ?? h.rule.category) : undefined;
        if (cat)
            out.add(cat);
    }
    return out;
}
/**
 * Only a test runner's report is an echo: one stating nothing but test failures. Another compile
 * error repeating the first (Maven lists its compiler errors twice) is the same failure, and both
 * may show; so may any other kind.
 */
function testShaped(block, strict) {
    const cats = categoriesOf(block);
    if ([...cats].some((c) => c !== 'test_failure'))
        return false;
    return !strict || cats.has('test_failure');
}
/**
 * Every failure the block states echoes the cause. A block may hold several (ctest's paragraph
 * runs from a `***Not Run` test into the next test that really failed): each run of error lines
 * and the lines under it up to the next run is one failure, and one that says something new keeps the
 * whole block.
 */
function isEcho(s, cause, budget, failures) {
    const { block } = s;
    if (block.start <= cause.at.block.end)
        return false;
    let f = failures.get(block);
    if (f === undefined) {
        f = failuresOf(block);
        failures.set(block, f);
    }
    if (f === null)
        return false;
    for (const segment of f.segments)
        if (!(segment.notRun || (f.strict && segment.lines.some((l) => repeats(cause, l.text, budget)))))
            return false;
    return true;
}
/** A block's failures (null: it cannot echo a cause), worked out once for all causes. */
function failuresOf(block) {
    if (isVerdictOnly(block) || block.inEcho || !testShaped(block, false))
        return null;
    const starts = new Set(block.hits.filter((h) => h.rule.role === 'error').map((h) => h.no));
    const segments = [];
    let segment = [];
    const close = () => segments.push({ lines: segment, notRun: segment.some((l) => NOT_RUN.test(l.text)) });
    let prevHit = false;
    let stated = false;
    for (const line of block.lines) {
        const hit = starts.has(line.no);
        // Error lines in a row (pytest's `E` lines, eunit's test and its error) state one failure;
        // the lead lines above the first belong to it.
        if (hit && !prevHit && stated) {
            close();
            segment = [];
        }
        prevHit = hit;
        stated ||= hit;
        if (segment.length < ECHO_LINES)
            segment.push(line);
    }
    if (segment.length === 0)
        return null;
    close();
    return { strict: testShaped(block, true), segments };
}
function leadCascades(scored, input) {
    const causes = [];
    const budget = { left: MAX_COMPARISONS };
    const failures = new Map();
    for (const s of scored) {
        if (isVerdictOnly(s.block))
            continue;
        const c = causeOf(s, input);
        if (c)
            causes.push(c);
        if (causes.length >= MAX_CAUSES)
            break;
    }
    for (const cause of causes) {
        const echoes = scored.filter((s) => s !== cause.at && isEcho(s, cause, budget, failures));
        if (echoes.length === 0)
            continue;
        // The echo's own one-line tally right beside it (pytest's `ERROR tests/x.py` under the
        // traceback); a neighbour with a message of its own may be another failure and stays.
        for (const s of scored) {
            if (echoes.includes(s) || s === cause.at || isVerdictOnly(s.block) || s.block.lines.length > 2)
                continue;
            if (s.block.start <= cause.at.block.end)
                continue;
            if (echoes.some((e) => e.block.step === s.block.step && adjacent(e.block, s.block, 3)))
                echoes.push(s);
        }
        const top = echoes.reduce((m, s) => Math.max(m, s.score), 0);
        cause.at.score = Math.max(cause.at.score, top * 1.05);
        // Below KEEP_RATIO of the cause: the echo is dropped unless the lines have room beside it.
        for (const e of echoes)
            e.score = Math.min(e.score, cause.at.score * 0.3);
    }
}

// EXTERNAL MODULE: ./packages/core/lib/log/clean.js
var log_clean = __webpack_require__(2458);
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
    /** Last line of an echo whose end is known in advance (CircleCI, Azure), else open-ended. */
    echoUntil;
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
    /** Whether line `no` is inside a command echo. */
    echoAt(no) {
        return this.echo && (this.echoUntil === undefined || no <= this.echoUntil);
    }
    open(name, no, post) {
        const prev = this.current;
        if (prev)
            prev.end = no - 1;
        const step = { index: this.steps.length, name, start: no, end: no, failed: false, post };
        this.steps.push(step);
        return step;
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

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/ci-format.js


/**
 * The step structure of job logs from CI systems other than GitHub Actions, read from each
 * system's own markup while the log streams past: which command ran where, which phase it belongs
 * to (setup, the work, after-failure/cleanup), and which command's failure failed the job.
 *
 * - Travis: folds (`travis_fold:start:install`) name the phase; `$ cmd` right after a fold or timer
 *   marker is a command; `The command "cmd" exited with N.` names the failing command itself.
 * - GitLab: runner sections (`section_start:<ts>:step_script`) name the phase; green `$ cmd` echoes
 *   are commands; `ERROR: Job failed: exit code N` comes after cleanup, and the job stopped at its
 *   last script command.
 * - Jenkins: `[Pipeline] { (Stage)` stages, `[Pipeline] sh` steps and freestyle `[ws] $ /bin/sh -xe`
 *   launchers; `+ cmd` (sh -x) commands; `ERROR: script returned exit code N` or
 *   `Build step '…' marked build as failure`.
 * - Buildkite: `---`/`+++`/`~~~` groups; `🚨 Error: The command exited with status N`.
 * - CircleCI: `====>> step`, the `#!/bin/bash -eo pipefail` echo, `Exited with code exit status N`.
 * - Azure Pipelines: `##[section]Starting: task`, the script echo up to `Starting Command Output`,
 *   `##[error]Bash exited with code 'N'.`
 * - shell: `+ cmd` lines of `set -x`; the log ends where the failing command stopped it.
 *
 * Per line the scanner first asks `candidate` (the first bytes after any timestamp and colour
 * codes against a few fixed prefixes); only candidates are decoded and given to `observeCi`.
 */
/** `observeCi` result bits. */
const CI_HIDE = 1;
/** The line states an exit: keep the lines before it as the failing command's tail. */
const CI_TAIL = 2;
const MAX_NAME = 200;
/** Steps kept: a `set -x` trace can hold millions of commands. */
const MAX_STEPS = 5000;
/** How many steps back a Travis verdict looks for the command it names. */
const NAME_LOOKBACK = 64;
// `… exited with N.`, `… failed and exited with N during install.`, and for retried commands
// (travis_retry) `… failed 3 times.`
const TRAVIS_VERDICT = /^The command "(.*)" (?:(?:failed and )?exited with (-?\d+)(?: during ([\w.-]+))?|failed(?: \d+ times)?)\.?\s*$/;
/** Travis stopping a job that printed nothing for too long or ran out of time. */
const TRAVIS_STOPPED = /^(?:No output has been received in the last|The job exceeded the maximum (?:time limit|log length))/;
const GITLAB_VERDICT = /^ERROR: Job failed: (?:exit code|exit status|command terminated with exit code) (-?\d+)/;
const JENKINS_VERDICT = /^ERROR: script returned exit code (-?\d+)/;
const JENKINS_STEP_FAILED = /^Build step '[^']{1,200}' marked build as failure/;
const BUILDKITE_VERDICT = /^(?:🚨 )?Error: The command exited with status (-?\d+)/;
const CIRCLE_VERDICT = /^(?:Exited with code (?:exit status )?|CircleCI received exit code )(-?\d+)/;
const AZURE_VERDICT = /^##\[error\].{0,200}?exited with code '?(-?\d+)/;
/** The agent's group for the step's command (its hooks are named by buildkitePhase). */
const AGENT_COMMAND = /^Running (?:commands|script|batch script)\b/;
const BUILDKITE_GROUP = /^(?:---|\+\+\+|~~~) (?!(?:FAIL|PASS|SKIP|BENCH):|[ab]\/|\/dev\/null)(\S.*)$/;
function ci_format_name(text) {
    const t = text.trim();
    return t.length <= MAX_NAME ? t : `${t.slice(0, MAX_NAME - 1)}…`;
}
function travisPhase(fold, postSeen) {
    if (/^(?:after_failure|after_script|after_success|before_cache|cache\.[2-9]|before_deploy|deploy|after_deploy|dpl)/.test(fold))
        return 'post';
    if (/^(?:worker_info|system_info|git|services|apt|fix|rvm|nvm|jdk|gimme|go\.|pyenv|virtualenv|pip|cache\.1|before_install|install|before_script|docker_mtu|resolvconf|hosts|ssh_key|rust|cargo|perlbrew|kerl|kiex|ghc|cabal|sbt|lein|phpenv|composer|submodules|setup|timing|announce)/.test(fold))
        return 'setup';
    return postSeen ? 'post' : 'main';
}
/** The runner's own sections; a script's custom sections (inside a command's output) are not steps. */
function gitlabPhase(section) {
    if (/^(?:prepare_executor|prepare_script|resolve_secrets|get_sources|clear_worktree|restore_cache|download_artifacts)$/.test(section))
        return 'setup';
    if (/^(?:step_script|build_script|step_release|release_step)$/.test(section))
        return 'main';
    if (/^(?:after_script|archive_cache|archive_cache_on_failure|upload_artifacts_on_success|upload_artifacts_on_failure|upload_artifacts|cleanup_file_variables)$/.test(section))
        return 'post';
    return undefined;
}
function jenkinsStagePhase(stage) {
    if (/^Declarative: Post Actions$|^post\b/i.test(stage))
        return 'post';
    if (/^Declarative: (?:Checkout SCM|Tool Install|Agent Setup)$|^(?:checkout|setup|prepare|install|init)/i.test(stage))
        return 'setup';
    return 'main';
}
function buildkitePhase(title) {
    if (/(?:post-command|pre-exit|pre-artifact|post-artifact) hook|^Uploading artifacts/.test(title))
        return 'post';
    if (/^Running (?:global|local|plugin .{1,100}) (?:environment|pre-checkout|checkout|post-checkout|pre-command) hook|^Preparing working directory|^Setting up plugins|^Restoring cache/.test(title))
        return 'setup';
    return 'main';
}
function circlePhase(step) {
    if (/^(?:Spin up environment|Preparing environment variables|Checkout code|Restoring cache|Attaching workspace|Setup a remote Docker engine)/.test(step))
        return 'setup';
    if (/^(?:Uploading test results|Uploading artifacts|Saving cache|Persisting to workspace)/.test(step))
        return 'post';
    return 'main';
}
function azurePhase(task) {
    if (/^(?:Initialize job|Initialize containers|Checkout |Pre-job: )/.test(task))
        return 'setup';
    if (/^(?:Post-job: |Finalize Job|Finalize job|Stop Containers|Report build status)/.test(task))
        return 'post';
    return 'main';
}
/** How a bare log (no CI markup) states the exit status it ended with. */
const EXIT_PREFIXES = [
    'Process completed with exit code ',
    'Error: Process completed with exit code ',
    'exit status ',
    'Exit status ',
    'Exit code: ',
    'Exited with code ',
    'exited with code ',
    'Command exited with non-zero status ',
    'Script exited with code ',
];
const BARE_EXIT = /^(?:(?:Error: )?Process completed with exit code|[Ee]xit status|Exit code:|[Ee]xited with code|Command exited with non-zero status|Script exited with code) (-?\d+)\.?\s*$/;
/**
 * Prefixes a structural line starts with, per format (after timestamps and colour codes). A line
 * whose first bytes match none is not decoded at all: Maven's `[INFO]` lines in a Jenkins log or a
 * test runner's `+ expected` lines cost a byte compare.
 */
const PREFIXES = {
    travis: ['travis_', '$ ', 'The command "', 'Done. Your build', 'No output has been', 'The job exceeded'],
    gitlab: [
        'section_',
        '$ ',
        'ERROR: Job failed',
        'Running after script',
        'Uploading artifacts',
        'Cleaning up ',
    ],
    jenkins: ['[', '+ ', 'ERROR: script returned', 'Build step ', 'Failed in branch '],
    buildkite: ['--- ', '+++ ', '~~~ ', '^^^ +++', '$ ', '🚨', 'Error: The command'],
    circleci: ['====>> ', 'Exited with code', 'Task failed', 'CircleCI received', '#!/bin/', '  #!/bin/'],
    azure: ['##', 'Generating script.', 'Script contents:', '====='],
    shell: ['+ ', ...EXIT_PREFIXES],
    plain: EXIT_PREFIXES,
};
/** Formats whose job stops at the first failing command, stating the exit after cleanup or not at all. */
const STOPS_AT_FAILURE = new Set([
    'gitlab',
    'jenkins',
    'buildkite',
    'circleci',
    'shell',
]);
/** A CI system's line that the failing command exited (where it prints it: Jenkins at the very end). */
function isExitVerdict(text) {
    return EXIT_VERDICTS.some((re) => re.test(text));
}
const EXIT_VERDICTS = [
    TRAVIS_VERDICT,
    GITLAB_VERDICT,
    JENKINS_VERDICT,
    BUILDKITE_VERDICT,
    CIRCLE_VERDICT,
    AZURE_VERDICT,
];
/**
 * Formats whose runner reads `##[error]`/`##[group]` lines (GitHub Actions, Azure Pipelines), and
 * plain text, which may be a GitHub log copied without its timestamps. Elsewhere a job that prints
 * them is printing text: it asks no CI for an annotation or a step.
 */
const WORKFLOW_COMMANDS = new Set(['github-raw', 'github-full', 'azure', 'plain']);
function readsWorkflowCommands(format) {
    return format === undefined || WORKFLOW_COMMANDS.has(format);
}
/** Whether a format has structure this module reads. */
function isCiFormat(format) {
    return PREFIXES[format] !== undefined;
}
function isDigit(c) {
    return c !== undefined && c >= 48 && c <= 57;
}
class CiTracker extends StepTracker {
    format;
    /** By first byte: the prefixes (UTF-8 bytes) starting with it. */
    byFirst = Array.from({ length: 256 }, () => []);
    /** 1 where some prefix starts with that byte: most lines are rejected on this one read. */
    first = new Uint8Array(256);
    kinds = [];
    tailAt = [];
    stops;
    phase;
    postSeen = false;
    lastMarker = -2;
    boundary;
    /** GitLab: the runner writes sections (newer than 11.x). */
    sections = false;
    /**
     * GitLab: each section marker seen (`start:name`, `end:name`) and how many steps there were
     * before it. The runner writes each one once, after the job's output: a repeat means the first
     * was printed by the job itself (see unforge).
     */
    sectionAt = new Map();
    /** Travis: the log has `travis_time:` markers. */
    timers = false;
    /** Travis: line of the last `travis_time:start:` marker, and the steps whose echo followed one. */
    timerStart = -2;
    timed = [];
    /**
     * Travis: inside the after_failure phase. What it prints (`cat test-suite.log`) is about the
     * failure, so its steps are searched as work that ran, not as cleanup: neither setup nor post.
     */
    afterFailure = false;
    afterFailureSteps = new Set();
    /** Jenkins: inside a `parallel` block. */
    parallel = false;
    /** Jenkins: the phase of the stage being run. */
    stagePhase = 'main';
    /**
     * Jenkins `parallel`: the branches it declared (`[Pipeline] { (Branch: linux)`), and for those
     * whose lines carry the branch's label (`[linux] + make check`, Pipeline 2015–2018), the step
     * holding them. Branches interleave; each line goes to its own branch's step.
     */
    branchNames = new Set();
    branchSteps = new Map();
    parallelIndex;
    /** The branch that failed first (`Failed in branch linux`): the job's failure is its failure. */
    failedBranch;
    /** The branch step of the line the scanner is at (from `candidate`), if it carries a label. */
    lineBranch;
    constructor(format) {
        super();
        this.format = format;
        for (const prefix of PREFIXES[format] ?? []) {
            const bytes = Buffer.from(prefix, 'utf8');
            this.byFirst[bytes[0]].push(bytes);
            this.first[bytes[0]] = 1;
        }
        this.stops = STOPS_AT_FAILURE.has(format);
        // GitLab prepares before its first section; Travis' unfolded commands are the script phase.
        this.phase = format === 'gitlab' ? 'setup' : 'main';
    }
    /**
     * Cheap test on a line's bytes: may it carry structure? Skips a timestamp prefix and leading
     * colour codes, then looks the first byte up.
     */
    candidate(bytes, start, end) {
        this.lineBranch = undefined;
        let i = start;
        if (i >= end)
            return false;
        const c = bytes[i];
        if (c === 91 /* [ */ && isDigit(bytes[i + 1])) {
            // Jenkins Timestamper `[2024-05-01T10:00:00.123Z] ` or `[10:00:00] `.
            const stop = Math.min(end, i + 40);
            let j = i + 1;
            while (j < stop && bytes[j] !== 93)
                j++;
            if (j < stop && bytes[j + 1] === 32)
                i = j + 2;
        }
        else if (isDigit(c) && (bytes[i + 4] === 45 || bytes[i + 2] === 58)) {
            // ISO timestamps (`2024-…Z `) and Timestamper's `10:00:00 ` end at the first blank.
            const stop = Math.min(end, i + 40);
            let j = i;
            while (j < stop && bytes[j] !== 32)
                j++;
            if (j < stop) {
                i = j + 1;
                while (i < end && bytes[i] === 32 && i - j < 3)
                    i++;
                // GitLab's FF_TIMESTAMPS stream header: `00O `, `01E `, `00O+`.
                const t = bytes[i + 2];
                if (this.format === 'gitlab' &&
                    (t === 79 || t === 69) &&
                    (bytes[i + 3] === 32 || bytes[i + 3] === 43))
                    i += 4;
            }
        }
        // Colour and erase codes: ESC [ params final.
        while (i < end && bytes[i] === 27 && bytes[i + 1] === 91) {
            i += 2;
            while (i < end && bytes[i] >= 0x20 && bytes[i] < 0x40)
                i++;
            i++;
        }
        if (i >= end || this.first[bytes[i]] === 0)
            return false;
        for (const p of this.byFirst[bytes[i]]) {
            if (i + p.length > end)
                continue;
            let k = 1;
            while (k < p.length && bytes[i + k] === p[k])
                k++;
            if (k === p.length)
                return this.format !== 'jenkins' || p[0] !== 91 || this.jenkinsBracket(bytes, i, end);
        }
        return false;
    }
    /**
     * `[Pipeline] …`, a freestyle launcher `[workspace] $ …`, or inside `parallel` a line labelled
     * with a declared branch (`[linux] …`); not Maven's `[INFO] `.
     */
    jenkinsBracket(bytes, i, end) {
        const stop = Math.min(end, i + 102);
        let j = i + 1;
        while (j < stop && bytes[j] !== 93 /* ] */)
            j++;
        if (j >= stop)
            return false;
        if (j + 3 < end && bytes[j + 1] === 32 && bytes[j + 2] === 36 /* $ */ && bytes[j + 3] === 32)
            return true;
        if (j - i === 9 && bytes[i + 1] === 80 /* P */ && bytes[i + 8] === 101 /* e */)
            return true;
        // Decoded only inside `parallel`, and only up to the closing bracket.
        if (this.branchNames.size > 0 && bytes[j + 1] === 32) {
            const label = Buffer.from(bytes.buffer, bytes.byteOffset + i + 1, j - i - 1).toString('utf8');
            if (this.branchNames.has(label))
                return true;
        }
        return false;
    }
    /**
     * The step a line belongs to: inside `parallel`, its branch's step when it carries a branch
     * label, else the `parallel` step itself (its branches' unlabelled lines interleave there).
     */
    get currentIndex() {
        if (this.lineBranch !== undefined)
            return this.lineBranch;
        if (this.parallel && this.parallelIndex !== undefined)
            return this.parallelIndex;
        return super.currentIndex;
    }
    /**
     * How many leading characters of a cleaned Jenkins line are a parallel branch's label
     * (`[linux] `): what a rule should not see, since tools print their lines without it.
     */
    branchLabelLength(text) {
        if (this.branchNames.size === 0 || text.charCodeAt(0) !== 91 /* [ */)
            return 0;
        const close = text.indexOf('] ');
        return close > 0 && this.branchNames.has(text.slice(1, close)) ? close + 2 : 0;
    }
    /** A main-phase command ended at this line: the scanner keeps the lines before it as a tail. */
    takeBoundary() {
        const b = this.boundary;
        this.boundary = undefined;
        return b;
    }
    openStep(label, no, kind, phase) {
        const prev = this.current;
        // A command followed by another command succeeded (these jobs stop at the first failure); one
        // followed by anything else may be the failing one: keep the lines before this one as its tail.
        if (prev &&
            this.stops &&
            kind === 'group' &&
            prev.phase === 'main' &&
            prev.exitLine === undefined &&
            this.kinds[prev.index] !== 'group' &&
            no > prev.start) {
            this.boundary = no;
            this.tailAt[prev.index] = no;
        }
        // GitLab runs each script line under `set -e`, CircleCI each step: one followed by the next
        // succeeded. (Not so for `set -x` traces: `+ false` inside `false || true` is followed too.)
        if (prev &&
            kind === 'command' &&
            (this.format === 'gitlab' || this.format === 'circleci') &&
            this.kinds[prev.index] === 'command' &&
            prev.phase === 'main' &&
            !prev.failed &&
            prev.exitCode === undefined)
            prev.exitCode = 0;
        this.echo = false;
        this.echoUntil = undefined;
        if (this.steps.length >= MAX_STEPS && prev) {
            // Memory stays bounded on a trace of millions of commands: past the cap, the last step
            // grows and takes the newest step's name, kind and phase.
            prev.name = ci_format_name(label);
            prev.phase = phase;
            prev.post = phase === 'post';
            this.kinds[prev.index] = kind;
            if (phase === 'post')
                this.postSeen = true;
            return prev;
        }
        const step = this.open(ci_format_name(label), no, phase === 'post');
        step.phase = phase;
        this.kinds[step.index] = kind;
        if (phase === 'post')
            this.postSeen = true;
        return step;
    }
    /**
     * GitLab: the job printed a section marker (seen again now from the runner), so the steps opened
     * from it on were its own output: they are folded back into the step that was running then, so
     * the lines after a fake `section_end:…:step_script` are not taken for cleanup and hidden.
     */
    unforge(from) {
        const owner = this.steps[from - 1];
        if (!owner || from >= this.steps.length)
            return;
        // Blocks refer to steps by index: those indexes now name the owner, whose end grows on.
        for (let i = from; i < this.steps.length; i++) {
            this.steps[i] = owner;
            this.kinds[i] = this.kinds[owner.index];
            this.tailAt[i] = undefined;
        }
        this.tailAt[owner.index] = undefined;
        this.phase = owner.phase ?? 'main';
        this.postSeen = owner.post;
        // Markers recorded after the forged one came from the job as well.
        for (const [key, at] of this.sectionAt)
            if (at > from)
                this.sectionAt.delete(key);
    }
    /**
     * Travis: a script command is running (echoed, its `The command … exited` not yet seen). Script
     * commands are timed; in logs from before timers, one that has printed output.
     */
    awaitingVerdict(no) {
        const cur = this.current;
        if (cur?.phase !== 'main' || this.kinds[cur.index] !== 'command' || cur.exitCode !== undefined)
            return false;
        // Travis states no exit for after_failure commands: the next echo is the next command.
        if (this.afterFailureSteps.has(cur.index))
            return false;
        return this.timers ? this.timed[cur.index] === true : no > cur.start + 1;
    }
    /** The command whose failure stopped the job: the last one outside post, else the last step there. */
    lastWork() {
        let fallback;
        for (let i = this.steps.length - 1; i >= 0; i--) {
            const s = this.steps[i];
            if (s.post || this.afterFailureSteps.has(i))
                continue;
            if (this.kinds[i] !== 'group')
                return s;
            fallback ??= s;
        }
        return fallback;
    }
    fail(step, no, code) {
        if (!step) {
            step = this.openStep('(job)', no, 'group', 'main');
        }
        if (code === 0) {
            step.exitCode = 0;
            return;
        }
        step.failed = true;
        if (code !== undefined)
            step.exitCode = code;
        step.exitLine = this.tailAt[step.index] ?? no;
    }
    /**
     * Read a candidate line: `text` cleaned (no timestamp, no colour codes, no markers), `raw` as
     * read, `marker` the fold/section markers cleaning took off. Returns CI_HIDE and CI_TAIL bits.
     */
    observeCi(no, text, raw, marker) {
        this.lastNo = no;
        if (this.echoUntil !== undefined && no > this.echoUntil) {
            this.echo = false;
            this.echoUntil = undefined;
        }
        switch (this.format) {
            case 'travis':
                return this.travis(no, text, marker);
            case 'gitlab':
                return this.gitlab(no, text, raw, marker);
            case 'jenkins':
                return this.jenkins(no, text);
            case 'buildkite':
                return this.buildkite(no, text);
            case 'circleci':
                return this.circleci(no, text);
            case 'azure':
                return this.azure(no, text);
            case 'shell':
                return this.shell(no, text);
            default:
                return this.bareExit(no, text);
        }
    }
    travis(no, text, marker) {
        if (marker !== undefined) {
            for (const m of marker.split(/(?=travis_)/)) {
                if (m.startsWith('travis_time:'))
                    this.timers = true;
                if (m.startsWith('travis_time:start:'))
                    this.timerStart = no;
                const fold = m.startsWith('travis_fold:start:')
                    ? m.slice(18)
                    : m.startsWith('travis_fold:end:')
                        ? m.slice(16)
                        : undefined;
                if (fold === undefined)
                    continue;
                const phase = travisPhase(fold, this.postSeen);
                // A fold the running command prints itself (a test suite folding its sections) is output.
                if (this.awaitingVerdict(no) && phase !== 'post')
                    continue;
                if (m.startsWith('travis_fold:start:')) {
                    this.phase = phase;
                    this.afterFailure = fold.startsWith('after_failure');
                    this.openStep(fold, no, 'group', phase);
                    if (this.afterFailure)
                        this.searchAfterFailure(this.current);
                }
                else {
                    this.phase = this.postSeen ? 'post' : 'main';
                    if (fold.startsWith('after_failure'))
                        this.afterFailure = false;
                }
            }
            this.lastMarker = no;
            if (text.trim() === '')
                return CI_HIDE;
        }
        // With timers a command echo follows its timer marker (tools print `$ x` lines too); logs from
        // before timers echo script commands bare. Either way a script command's output runs to its
        // `The command … exited` line: a `$ x` inside it is output.
        if (text.startsWith('$ ') &&
            !this.awaitingVerdict(no) &&
            (this.lastMarker >= no - 1 || (!this.timers && this.phase === 'main'))) {
            const step = this.openStep(text.slice(2), no, 'command', this.phase);
            step.echoEnd = no;
            if (this.timerStart === no - 1 || this.timerStart === no)
                this.timed[step.index] = true;
            if (this.afterFailure)
                this.searchAfterFailure(step);
            return CI_HIDE;
        }
        if (text.startsWith('The command "')) {
            const m = TRAVIS_VERDICT.exec(text);
            if (!m)
                return 0;
            // Default install commands run as `eval …` under travis_retry; the echo may lack either.
            const bare = (c) => c.replace(/^(?:travis_retry |eval )+/, '');
            const command = bare(ci_format_name(m[1]));
            let step;
            for (let i = this.steps.length - 1; i >= Math.max(0, this.steps.length - NAME_LOOKBACK); i--) {
                if (bare(this.steps[i].name) === command && this.kinds[i] === 'command') {
                    step = this.steps[i];
                    break;
                }
            }
            const code = m[2] === undefined ? undefined : Number(m[2]);
            this.fail(step ?? this.lastWork(), no, code);
            // Green commands keep no tail: the scanner keeps few, and a failing one's must survive.
            return code === 0 ? CI_HIDE : CI_HIDE | CI_TAIL;
        }
        if (TRAVIS_STOPPED.test(text)) {
            // The running command never finished: it is the failing one. The message is the reason, so
            // it stays visible, and the tail is the log's end, which holds it.
            const cur = this.current;
            const step = cur && !cur.post ? cur : this.lastWork();
            if (step)
                step.failed = true;
            return 0;
        }
        if (text.startsWith('Done. Your build exited with ')) {
            this.openStep('(build end)', no, 'group', 'post');
            return CI_HIDE;
        }
        return 0;
    }
    /**
     * An after_failure step: not post (whose errors weigh next to nothing) but a step that ran and
     * did not fail the job, so its lines rank behind the failing command's own and ahead of cleanup.
     */
    searchAfterFailure(step) {
        step.phase = 'main';
        step.post = false;
        this.afterFailureSteps.add(step.index);
    }
    gitlab(no, text, raw, marker) {
        if (marker !== undefined) {
            for (const m of marker.split(/(?=section_)/)) {
                const marker = /^section_(start|end):\d+:([^[\s]+)/.exec(m);
                const phase = marker ? gitlabPhase(marker[2]) : undefined;
                if (!marker || phase === undefined)
                    continue;
                this.sections = true;
                const key = `${marker[1]}:${marker[2]}`;
                const forged = this.sectionAt.get(key);
                if (forged !== undefined)
                    this.unforge(forged);
                else
                    this.sectionAt.set(key, this.steps.length);
                if (marker[1] === 'start') {
                    this.phase = phase;
                    this.openStep(marker[2], no, 'group', phase);
                }
                else if (this.kinds[this.currentIndex] !== 'group') {
                    // The script section ended: so did its last command's output.
                    this.openStep(`(end of ${marker[2]})`, no, 'group', this.phase);
                }
            }
            if (text.trim() === '')
                return CI_HIDE;
        }
        // The runner echoes script commands in bold green; output that prints `$ x` is not an echo.
        if (text.startsWith('$ ') && raw.includes('\u001b[32;1m$ ')) {
            const step = this.openStep(text.slice(2), no, 'command', this.phase);
            step.echoEnd = no;
            return CI_HIDE;
        }
        if (!this.sections &&
            (text.startsWith('Running after script') ||
                text.startsWith('Uploading artifacts') ||
                text.startsWith('Cleaning up file based variables') ||
                text.startsWith('Cleaning up project directory'))) {
            // Runners older than sections only announce what runs after the script.
            if (this.phase !== 'post') {
                this.phase = 'post';
                this.openStep(text.trim(), no, 'group', 'post');
            }
            return 0;
        }
        if (text.startsWith('ERROR: Job failed: ')) {
            const m = GITLAB_VERDICT.exec(text);
            if (!m)
                return 0;
            this.fail(this.lastWork(), no, Number(m[1]));
            return CI_HIDE;
        }
        return 0;
    }
    jenkins(no, text) {
        if (text.startsWith('[Pipeline] ')) {
            const rest = text.slice(11);
            // Branches of a `parallel` interleave their lines (`[linux] + make`): the block is one step.
            if (rest.startsWith('parallel')) {
                this.parallel = true;
                this.parallelIndex = this.openStep('parallel', no, 'launcher', this.stagePhase).index;
                this.branchNames.clear();
                this.branchSteps.clear();
                this.failedBranch = undefined;
                return CI_HIDE;
            }
            if (this.parallel) {
                // "{ (Branch: linux)", labelled in 2015–2018: "[linux] { (Branch: linux)", earlier
                // "[linux] parallel { (Branch: linux)".
                const branch = /^(?:\[[^\]]{1,100}\] )?(?:parallel )?\{ \(Branch: (.{1,100})\)\s*$/.exec(rest);
                if (branch)
                    this.branchNames.add(branch[1]);
                if (!rest.startsWith('// parallel'))
                    return CI_HIDE;
                const last = this.current;
                const end = last?.end;
                this.openStep('(pipeline)', no, 'group', this.stagePhase);
                // The last branch opened ends at its own last line, not where the pipeline goes on.
                if (last && end !== undefined && this.branchSteps.size > 0)
                    last.end = end;
                this.closeParallel(no);
                return CI_HIDE;
            }
            if (rest.startsWith('{ (')) {
                const stage = rest.slice(3).replace(/\)\s*$/, '');
                this.stagePhase = jenkinsStagePhase(stage);
                this.openStep(stage, no, 'group', this.stagePhase);
            }
            else if (/^(?:sh|bat|powershell|pwsh)\s*$/.test(rest)) {
                this.openStep(rest.trim(), no, 'launcher', this.stagePhase);
            }
            else {
                // Other pipeline steps (junit, archiveArtifacts, a closing brace): not the command's output.
                const kind = this.current ? this.kinds[this.current.index] : undefined;
                if (kind !== 'group')
                    this.openStep(rest.startsWith('}') || rest.startsWith('//') ? '(pipeline)' : rest, no, 'group', this.stagePhase);
            }
            return CI_HIDE;
        }
        if (text.startsWith('+ ')) {
            if (!(0,log_clean/* isXtrace */.qs)(text) || this.parallel)
                return 0;
            const cur = this.current;
            if (cur && this.kinds[cur.index] === 'launcher' && cur.echoEnd === undefined) {
                cur.name = ci_format_name(text.slice(2));
                cur.echoEnd = no;
            }
            else {
                const step = this.openStep(text.slice(2), no, 'command', this.stagePhase);
                step.echoEnd = no;
            }
            return CI_HIDE;
        }
        if (text.startsWith('Failed in branch ')) {
            // The parallel step names the branches that failed; the first is the failure, the rest
            // were stopped by it (failFast) or failed on their own.
            const label = text.slice(17).trim();
            this.failedBranch ??= label;
            return 0;
        }
        if (this.parallel && this.branchNames.size > 0 && text.charCodeAt(0) === 91 /* [ */) {
            const n = this.branchLabelLength(text);
            if (n > 0) {
                const label = text.slice(1, n - 2);
                if (text.startsWith('Failed in branch ', n))
                    this.failedBranch ??= label;
                else
                    this.lineBranch = this.branchStep(label, no);
                return 0;
            }
        }
        if (text.charCodeAt(0) === 91 /* [ */) {
            // Freestyle: `[workspace] $ /bin/sh -xe /tmp/jenkins123.sh` launches a build step.
            const m = /^\[[^\]]{1,100}\] \$ (\S.*)$/.exec(text);
            if (m) {
                this.openStep(m[1], no, 'launcher', this.postSeen ? 'post' : 'main');
                return CI_HIDE;
            }
            return 0;
        }
        if (text.startsWith('ERROR: script returned exit code ')) {
            const m = JENKINS_VERDICT.exec(text);
            if (!m)
                return 0;
            this.fail(this.failedBranchStep() ?? this.lastWork(), no, Number(m[1]));
            return CI_HIDE;
        }
        if (text.startsWith('Build step ') && JENKINS_STEP_FAILED.test(text)) {
            // Post-build publishers that fail after it (`ERROR: Step ‘…’ failed`) fail the build too:
            // they stay in the failing step rather than in a post zone.
            this.fail(this.lastWork(), no, undefined);
            return CI_TAIL;
        }
        return 0;
    }
    /** The step of a labelled branch, opened at its first labelled line. */
    branchStep(label, no) {
        let index = this.branchSteps.get(label);
        if (index === undefined) {
            const before = this.current;
            const end = before?.end;
            const step = this.open(ci_format_name(label), no, false);
            // `open` ends the step before it here, but that one (another branch, or `parallel`) is
            // still running: its end stays its own last line.
            if (before && end !== undefined)
                before.end = end;
            step.phase = this.stagePhase;
            this.kinds[step.index] = 'group';
            index = step.index;
            this.branchSteps.set(label, index);
        }
        const step = this.steps[index];
        step.end = Math.max(step.end, no);
        return index;
    }
    closeParallel(no) {
        this.parallel = false;
        // Past the block a bracketed word is output again; the steps stay for the verdict to name.
        this.branchNames.clear();
        const parallel = this.parallelIndex === undefined ? undefined : this.steps[this.parallelIndex];
        if (parallel)
            parallel.end = no - 1;
    }
    /** The step of the branch that failed first, when its lines carried its label. */
    failedBranchStep() {
        if (this.failedBranch === undefined)
            return undefined;
        const index = this.branchSteps.get(this.failedBranch);
        return index === undefined ? undefined : this.steps[index];
    }
    /** Buildkite: the agent's `Running commands` group has been seen. */
    agentCommand = false;
    buildkite(no, text) {
        const c = text.charCodeAt(0);
        if (c === 45 || c === 43 || c === 126 /* - + ~ */) {
            const m = BUILDKITE_GROUP.exec(text);
            if (!m)
                return 0;
            const phase = buildkitePhase(m[1]);
            // A group opened while the agent's command runs is that command's own output (its script
            // prints `--- build`, `+++ test`): the step stays the command's, so a `+++` printed after
            // the failure cannot stand in for the command the verdict is about. A hook's name is no
            // exception: the script can print `~~~ Running global pre-exit hook` too, and its failure
            // would then sit in a post step, unshown. Hooks end the command once its verdict is out.
            const cur = this.current;
            // The agent announces its command once (`~~~ Running commands`); a second is the job's.
            const agent = AGENT_COMMAND.test(m[1]) && !this.agentCommand;
            if (agent)
                this.agentCommand = true;
            if (!agent &&
                cur?.phase === 'main' &&
                this.kinds[cur.index] === 'command' &&
                cur.echoEnd !== undefined &&
                cur.exitLine === undefined &&
                !cur.failed)
                return CI_HIDE;
            this.openStep(m[1], no, 'group', phase);
            return CI_HIDE;
        }
        if (text === '^^^ +++')
            return CI_HIDE;
        if (text.startsWith('$ ')) {
            const cur = this.current;
            if (cur && cur.echoEnd === undefined) {
                // The agent's echo of the command the group runs; it names the agent's own group better.
                this.kinds[cur.index] = 'command';
                cur.echoEnd = no;
                if (AGENT_COMMAND.test(cur.name))
                    cur.name = ci_format_name(text.slice(2));
            }
            return CI_HIDE;
        }
        const m = BUILDKITE_VERDICT.exec(text);
        if (m) {
            // The group open when the command stopped (the user's own `---` groups included).
            const cur = this.current;
            this.fail(cur && !cur.post ? cur : this.lastWork(), no, Number(m[1]));
            return CI_HIDE | CI_TAIL;
        }
        return 0;
    }
    circleci(no, text) {
        if (text.startsWith('====>> ')) {
            const step = text.slice(7);
            this.openStep(step, no, 'command', circlePhase(step));
            return CI_HIDE;
        }
        const t = text.trimStart();
        if (t.startsWith('#!/bin/') && / -eo pipefail\s*$/.test(t)) {
            // The shell line, then the command as written in config.yml (one line here).
            const cur = this.current;
            this.echo = true;
            this.echoUntil = no + 1;
            if (cur)
                cur.echoEnd = no + 1;
            return CI_HIDE;
        }
        const m = CIRCLE_VERDICT.exec(text);
        if (m) {
            const cur = this.current;
            this.fail(cur && !cur.post ? cur : this.lastWork(), no, Number(m[1]));
            return CI_HIDE | CI_TAIL;
        }
        if (text === 'Task failed')
            return CI_HIDE;
        return 0;
    }
    azure(no, text) {
        if (text.startsWith('##[section]')) {
            const rest = text.slice(11);
            if (rest.startsWith('Starting: ')) {
                const task = rest.slice(10);
                this.openStep(task, no, 'command', azurePhase(task));
            }
            return CI_HIDE;
        }
        if (text === '')
            return CI_HIDE;
        if (text.startsWith('##[error]')) {
            const m = AZURE_VERDICT.exec(text);
            if (!m)
                return 0;
            this.fail(this.current, no, Number(m[1]));
            return CI_HIDE | CI_TAIL;
        }
        if (text === 'Generating script.' || text === 'Script contents:') {
            this.echo = true;
            this.echoUntil = undefined;
            return CI_HIDE;
        }
        if (text.startsWith('=====') && text.includes('Starting Command Output')) {
            // The next line is the shell invoking the generated script: still the echo.
            this.echoUntil = no + 1;
            const cur = this.current;
            if (cur)
                cur.echoEnd = no + 1;
            return CI_HIDE;
        }
        return 0;
    }
    /**
     * A bare log ending in an exit status: the job is one step from the first line, failed there.
     * The line stays visible to rules (Go's `exit status 1` is theirs too); its tail is kept.
     */
    bareExit(no, text) {
        const m = BARE_EXIT.exec(text);
        if (!m)
            return 0;
        const code = Number(m[1]);
        if (code === 0)
            return 0;
        if (this.steps.length === 0) {
            const job = this.open('(job)', 1, false);
            job.phase = 'main';
            // No echo: the first line is output too.
            job.echoEnd = 0;
            this.kinds[job.index] = 'group';
        }
        const last = this.steps[this.steps.length - 1];
        last.failed = true;
        last.exitCode = code;
        last.exitLine = no;
        return CI_TAIL;
    }
    shell(no, text) {
        if (text.charCodeAt(0) !== 43 /* + */)
            return this.bareExit(no, text);
        if (!(0,log_clean/* isXtrace */.qs)(text))
            return 0;
        const step = this.openStep(text.slice(2), no, 'command', 'main');
        step.echoEnd = no;
        return CI_HIDE;
    }
    finish(lastLine) {
        super.finish(lastLine);
        // A failed job that never said which command failed stopped at its last one.
        if (this.stops && this.failingStep() === undefined) {
            const last = this.lastWork();
            if (last)
                last.failed = true;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/fallback.js
/**
 * The fallback for output no rule knows (a tool we have never seen, or one whose rules are
 * removed): score the lines of the failing command's output by failure vocabulary and report
 * shapes, de-weight what only looks like a failure (coverage tables, progress, timing, download
 * chatter, `0 errors`, passing tests, the closing summary), and show the best line with the
 * detail around it. The scanner only materialises lines holding one of FALLBACK_STEMS, so lines
 * that cannot score cost one byte scan and nothing more.
 */
/**
 * Byte stems of the failure vocabulary (three bytes or more, case variants spelled out): a line
 * holding none of them cannot score, whatever scoreLine's patterns say. Kept in step with the
 * patterns below: each pattern's words contain one of these.
 */
const FALLBACK_STEMS = [
    'ail', // fail, failed, failure, FAIL
    'AIL',
    'rror', // error, Error
    'RROR',
    'xception',
    'ssert', // assert, assertion
    'SSERT',
    'xpected', // expected, unexpected
    'not ok',
    'anic',
    'bort',
    'ndefined',
    'annot',
    "an't",
    'ouldn',
    'ould not',
    'nable to',
    'efused',
    'atal',
    'ATAL',
    'enied',
    'egmentation',
    'egfault',
    'ore dumped',
    'raceback',
    'ismatch',
    'not equal',
    'ot match',
    "oesn't match",
    'o such',
    'ot found',
    'imed out',
    'rash',
    'ubious',
    'alted',
    'iolation',
    'nvalid',
    'efinitely lost',
    'ttempt to',
    'got',
    'Got',
    '✗',
    '✘',
    '✖',
];
/** Strong statements of failure: a report's failure line, a crash, an error tag (case as written). */
const STRONG_CASED = [
    /^\s*not ok\b/,
    /\b(?:FAIL|FAILED|FAILURE|FAILURES|ERROR|FATAL)\b/,
    /[✗✘✖]/,
    /(?:Exception|Error)\b/,
    // TeX's error lines: `! Undefined control sequence.`
    /^! [A-Z]/,
];
/** The same, in any case. */
const STRONG_ANY_CASE = [
    /\b(?:fatal|panic(?:ked)?|traceback|segmentation fault|segfault|core dumped)\b/i,
    /\b(?:exception|error|failure)\b\s*:/i,
];
// An assertion that failed, in any case: on its own (its bounded gaps are polynomial, a known
// and accepted cost; an alternation holding it would be one more such pattern to vet).
const ASSERT_FAILED = /\bfailed asserting\b|\bassert\w*\b[^\n]{0,200}?\bfail|\bfail(?:ed|ure)\b[^\n]{0,200}?\bassert/i;
/** Words that state a failure when a tool has its own phrasing. */
const MEDIUM = [
    /\b(?:fail(?:s|ed|ure|ures|ing)?|errors?|exceptions?|assert(?:ions?)?)\b/i,
    /\b(?:undefined|cannot|can't|couldn't|could not|unable to|refused|denied|no such|not found|mismatch(?:es|ed)?|not equal|(?:does not|doesn't|did not|didn't) match|timed out|abort(?:s|ed|ing)?|dubious|bail out|crash(?:ed|es)?|violation|invalid|definitely lost|attempt to (?:call|index|compare|perform|get|concatenate))\b/i,
    // A compiler-style diagnostic, `path/file.ext:12: message`, whatever its words (the `i` flag
    // changes nothing here: its classes hold both cases already).
    // At the start of the line (or nearly): indented deeper, the same shape is a stack frame.
    /^ {0,2}[\w./-]+\.[A-Za-z]\w{0,5}:\d+(?::\d+)?:\s/i,
];
/** Words that detail a failure stated nearby (a test's expected and actual values). */
const DETAIL = [
    /\b(?:expected|unexpected|got|halted|but was)\b/i,
    /^\s*(?:left|right|actual|expected|got)\s*:/i,
];
// Counts of nothing are not failures: `0 errors`, `Failures: 0`, `no errors`.
const ZERO_SOURCE = /\b(?:0|no|zero)\s+(?:errors?|failures?|failed|failing|exceptions?)\b|\b(?:errors?|failures?|failed|exceptions?)\s*[:=]\s*0\b/
    .source;
const ZERO = new RegExp(ZERO_SOURCE, 'gi');
const HAS_ZERO = new RegExp(ZERO_SOURCE, 'i');
// Passing tests: TAP `ok 1`, check marks, PASS tags, `... ok`.
const PASS = /^\s*(?:ok\s+\d|[✓✔√]|PASS(?:ED)?\b|\[\s*(?:OK|PASS|PASSED)\s*\])|(?:\.\.\.|:)\s*(?:ok|passed|PASSED|OK)\s*$/u;
// Coverage tables and reports: `|` columns with percentages, or their headers.
const COVERAGE = /\|\s*\d+(?:\.\d+)?\s*(?:%\s*)?\||\d%\s*\||^\s*(?:Name\s+Stmts|File\s+\|\s*%\s*Stmts|All files\s*\||TOTAL\s+\d+\s+\d+)|\b(?:Lines|Methods|Classes|Functions|Branches|Statements)\s*:\s*\d+(?:\.\d+)?%|^\S+\s+\d+\s+\d+(?:\s+\d+\s+\d+)?\s+\d+%|\bcoverage\b/i;
// Progress bars and counters.
// A counter starts a number: otherwise every digit of a long run rescans it (ReDoS).
const PROGRESS = /[#=>█▏▎▍▌▋▊▉░▒▓]{5,}|(?<!\d)\d+\s*\/\s*\d+\s*\(\s*\d+%\s*\)|^\s*\[\s*\d+%\s*\]|\b\d{1,3}%\s*$/;
// Timing lines.
const TIMING = /^\s*(?:Time|Timing|Finished in|Elapsed|Took|Duration|Total time|real|user|sys|Ran \d+ tests? in)\b/;
// Download, install and fetch chatter.
const CHATTER = /^\s*(?:\S+\s*)?(?:Downloading|Downloaded|Fetching|Fetched|Installing|Installed|Resolving|Resolved|Get:\d|Hit:\d|Ign:\d|Err:\d|Unpacking|Setting up|Selecting|Preparing to unpack|Collecting|Requirement already|Building wheel|Updating|Retrieving|Receiving|Cloning|Extracting|Pulling|Processing triggers)\b/;
const WARNING = /\bwarn(?:ing|ings)?\b/i;
// The CI's or build tool's closing verdict: that it failed, never why.
const VERDICT = /^\s*(?:Finished: FAILURE|BUILD FAIL(?:URE|ED)\b|Build step '[^']{0,200}' marked build as failure|ERROR: Job failed\b|ERROR: script returned exit code|The command "[^"]{0,500}" exited with|Done\. Your build exited with|Exited with code|🚨 Error: The command exited|user command error:|Task failed\b|Error: Process completed with exit code)/u;
// A test run's closing summary: counts of tests and failures, or the runner's last word.
const SUMMARY = /\b\d+\s+(?:tests?|examples?|specs?|assertions?|checks?|successe?s?|passed|passing)\b|\b(?:Tests?|Failures|Errors|Assertions|Failed|Passed)\s*[:=]\s*\d+|^\s*(?:FAILURES!|FAILED\s*$|Result:\s*FAIL|Files=\d+|Failed \d+\/\d+ (?:subtests|test programs))|\b(?:tests? failed|test failures|error running tests|execution halted|some tests failed|tests? did not pass|error summary|status: \d+ errors?)\b|^\s*Test suite \S{1,200}: (?:FAIL|PASS)|\b(?:FAIL|PASS|SKIP|WARN)\s+\d+\s*\|/i;
// A build tool's tally of what failed or ran, naming no cause: Go's package line, Gradle's task
// line and its count of tasks.
const TALLY = /^(?:FAIL|ok)\s+\S+\s+(?:[\d.]+s|\(cached\))$|^> Task \S+ FAILED$|^\d+ actionable tasks?: /;
/** A test run's closing count or a build tool's tally of what failed: never the cause itself. */
function isSummaryLine(text) {
    return SUMMARY.test(text) || TALLY.test(text);
}
// A driver's word on the command it ran: `linker command failed with exit code 1`.
const DRIVER_VERDICT = /\b(?:command|process|script|step|task|build|subprocess)\s+(?:failed|exited|returned|terminated)(?: with)?(?: exit)?\s+(?:code|status)\b/i;
// A quoted value under a failure (`left: …`, `code: 'ERR_ASSERTION'`, TAP's YAML): detail, even
// when the value holds failure words.
const VALUE_LINE = /^\s+(?:left|right|code|name|expected|actual|got|but got|operator|stack|message|error|found|wanted|severity|data)\s*:/i;
// Pointers elsewhere: `see above`, `for details`, `Refer to main.log`.
const POINTER = /\b(?:for details|see above|above output|for more (?:information|details)|refer to|rerun with)\b/i;
// Where the failure is: `file.ext:12`, `file.ext(12)`, `line 12`.
// Anchored on the extension's dot, not on the path before it: a path class before `\.` would
// backtrack over every start position of a long line.
const LOCATION = /\.[A-Za-z]\w{0,5}(?::\d+|\(\d+\))|\bline \d+\b/;
// A bare tag (`ERROR`, `FAILED.`): one word and nothing else.
const BARE_TAG = /^[^A-Za-z]*[A-Za-z]+[^A-Za-z]*$/;
/** The patterns' sources as one alternation (each kept whole, so it matches where any of them does). */
function alternationOf(patterns) {
    return patterns.map((p) => `(?:${p.source})`).join('|');
}
/** The patterns as one regular expression, all of them written with `flags`. */
function anyOf(patterns, flags) {
    // Other flags would change what some alternative matches.
    const odd = patterns.find((p) => p.flags !== flags);
    if (odd)
        throw new Error(`anyOf: /${odd.source}/${odd.flags} is not /${flags}`);
    return new RegExp(alternationOf(patterns), flags);
}
// Scoring a line ran twenty scans of it, one per pattern (a tenth of the analyzer's time on a
// failing log): each family is one scan instead.
const CLOSED = anyOf([PASS, VERDICT], 'u');
const STRONG_CASED_ANY = anyOf(STRONG_CASED, '');
const STRONG_ANY_CASE_ANY = anyOf(STRONG_ANY_CASE, 'i');
const MEDIUM_ANY = anyOf(MEDIUM, 'i');
const DETAIL_ANY = anyOf(DETAIL, 'i');
const DEWEIGHTING = [
    BARE_TAG,
    DRIVER_VERDICT,
    COVERAGE,
    PROGRESS,
    TIMING,
    CHATTER,
    WARNING,
    POINTER,
    SUMMARY,
    VALUE_LINE,
];
/**
 * Whether any de-weighting pattern may match: in any case, so it matches wherever one of them
 * does (and where a case-sensitive one would not, when the individual tests then run). Most
 * lines that score match none of them, and then one scan says so.
 */
const MAY_DEWEIGHT = new RegExp(alternationOf(DEWEIGHTING), 'i');
/**
 * Each combined scan with the patterns it stands for (for the tests: an exact scan matches a
 * line exactly when one of its patterns does, a loose one at least then; and every pattern run on
 * log text is checked for linear-time matching).
 */
const SCORING_SCANS = [
    { scan: CLOSED, patterns: [PASS, VERDICT], exact: true },
    { scan: STRONG_CASED_ANY, patterns: STRONG_CASED, exact: true },
    { scan: STRONG_ANY_CASE_ANY, patterns: STRONG_ANY_CASE, exact: true },
    { scan: MEDIUM_ANY, patterns: MEDIUM, exact: true },
    { scan: DETAIL_ANY, patterns: DETAIL, exact: true },
    { scan: MAY_DEWEIGHT, patterns: DEWEIGHTING, exact: false },
];
const NONE = { score: 0, summary: false, detail: false };
/** What a strong statement scores, and what naming a location adds: the most a line can get. */
const STRONG_SCORE = 0.8;
const MEDIUM_SCORE = 0.55;
const LOCATION_BONUS = 0.15;
/**
 * The most `scoreLine` can give a line, from its raw text (one cheap test, no cleaning): once the
 * scanner's best candidates all score above it, the line needs no closer look.
 */
function scoreBound(raw) {
    if (raw.length > MAX_SCORED)
        return 0;
    // Sums computed as scoreLine computes them, so the floats are equal: keepCandidate refuses a
    // score at or under a full list's worst, and so may the scanner.
    return LOCATION.test(raw) ? STRONG_SCORE + LOCATION_BONUS : STRONG_SCORE;
}
/**
 * Whether raw line `start..end` of `bytes` may score above `worst` (0: the list is not full), as
 * `scoreBound` of its latin1 text `> worst`, but reading the text and testing only when the answer
 * depends on it: under STRONG_SCORE every short line may, at the top none can.
 */
function mayBeat(bytes, start, end, worst) {
    if (worst <= 0)
        return true;
    if (end - start > MAX_SCORED)
        return false;
    if (worst < STRONG_SCORE)
        return true;
    if (worst >= STRONG_SCORE + LOCATION_BONUS)
        return false;
    return scoreBound(bytes.toString('latin1', start, end)) > worst;
}
/**
 * Score one cleaned line. Pure; patterns are linear (no nested quantifiers over the same text).
 * `floor`: the caller keeps only scores above it, so a line whose words and location cannot get
 * there is answered NONE before the de-weighting patterns run (they only lower a score). Above
 * the floor the answer is the full one; at or under it, NONE or the score.
 */
function scoreLine(raw, floor = 0) {
    if (raw.length > MAX_SCORED)
        return NONE;
    if (raw.startsWith('##[') || CLOSED.test(raw))
        return NONE;
    const text = HAS_ZERO.test(raw) ? raw.replace(ZERO, ' ') : raw;
    let score = 0;
    let detail = false;
    if (STRONG_CASED_ANY.test(text) || STRONG_ANY_CASE_ANY.test(text) || ASSERT_FAILED.test(text))
        score = STRONG_SCORE;
    else if (MEDIUM_SCORE + LOCATION_BONUS <= floor)
        return NONE;
    else if (MEDIUM_ANY.test(text))
        score = MEDIUM_SCORE;
    else if (DETAIL_ANY.test(text)) {
        score = 0.3;
        detail = true;
    }
    if (score === 0)
        return NONE;
    if (LOCATION.test(text))
        score += LOCATION_BONUS;
    if (score <= floor)
        return NONE;
    if (!MAY_DEWEIGHT.test(text))
        return { score: Math.min(1, score), summary: false, detail };
    // A bare tag says that something failed, not what; a numbered one (`1) Failure:`) heads the
    // report of what.
    if (BARE_TAG.test(text) && !/^\s*\d+\)\s/.test(text))
        score *= 0.5;
    if (DRIVER_VERDICT.test(text))
        score *= 0.3;
    if (COVERAGE.test(text))
        score *= 0.05;
    if (PROGRESS.test(text) || TIMING.test(text))
        score *= 0.2;
    if (CHATTER.test(text))
        score *= 0.15;
    if (WARNING.test(text) && score < 0.9)
        score *= 0.4;
    if (POINTER.test(text))
        score *= 0.3;
    const summary = SUMMARY.test(text);
    if (summary)
        score *= 0.45;
    if (VALUE_LINE.test(text)) {
        score = Math.min(score, 0.35);
        detail = true;
    }
    return { score: Math.min(1, score), summary, detail };
}
/** Longer lines are data (minified code, a dumped payload), not a statement of failure. */
const MAX_SCORED = 1000;
/** At most this many lines shown by the fallback. */
const FALLBACK_MAX_LINES = 15;
/** Lines after a key line that may detail it, and before it that may name it. */
const AFTER = 8;
const BEFORE = 2;
const MAX_DETAIL_RUN = 6;
/** Lines before the exit over which nearness stops counting. */
const NEAR = 400;
/** What a pair of detail lines weighs, before position and novelty. */
const PAIRED_DETAIL = 0.7;
/** A second reason is shown when it scores at least this share of the best. */
const SECOND = 0.85;
/** The lines the fallback may use: the tail's window and the candidates with their context. */
function poolOf(tail, from, to) {
    const pool = new Map();
    const add = (l) => {
        if (l.no > from && l.no < to && !pool.has(l.no))
            pool.set(l.no, l);
    };
    for (const c of tail.candidates)
        for (const l of c.lines)
            add(l);
    for (const l of tail.lines)
        add(l);
    return pool;
}
function tailOf(input) {
    const exitLine = input.failing?.exitLine;
    return ((exitLine !== undefined ? input.tails.find((t) => t.at === exitLine) : undefined) ??
        input.tails[input.tails.length - 1]);
}
/** A line that ends a detail run: a new numbered failure, a pass, a summary, a separator rule. */
function endsDetail(text) {
    return (/^\s*\d+\)\s/.test(text) ||
        PASS.test(text) ||
        SUMMARY.test(text) ||
        /^\s*[=═─-]{6,}/.test(text) ||
        text.startsWith('##['));
}
/** Key line plus the detail around it: the paragraph it sits in, bounded either side. */
function blockAround(pool, key) {
    const out = [pool.get(key)];
    // A detail key (`right: …`) reads with the details above it, and then with what they detail.
    let top = key;
    while (top > key - MAX_DETAIL_RUN && scoreLine(pool.get(top - 1)?.text ?? '').detail)
        top--;
    for (let no = key - 1; no >= top - BEFORE; no--) {
        const l = pool.get(no);
        if (!l || l.text.trim() === '' || PASS.test(l.text) || SUMMARY.test(l.text))
            break;
        out.unshift(l);
    }
    for (let no = key + 1, blank = 0; no <= key + AFTER; no++) {
        const l = pool.get(no);
        if (!l)
            break;
        if (l.text.trim() === '') {
            // One blank line may separate a reason from its detail (PHPUnit's file:line after a diff).
            blank += 1;
            if (blank > 1)
                break;
            continue;
        }
        if (endsDetail(l.text))
            break;
        // A blank line was crossed: only an indented or located line still belongs.
        if (blank > 0 && !/^\s/.test(l.text) && !LOCATION.test(l.text) && scoreLine(l.text).score < 0.8)
            break;
        if (blank > 0)
            out.push(pool.get(no - 1));
        blank = 0;
        out.push(l);
    }
    // Blank lines at the edges say nothing.
    while (out.length > 1 && out[out.length - 1].text.trim() === '')
        out.pop();
    return out;
}
/**
 * The scored fallback: the most failure-like lines of the failing command's output and their
 * detail, at most FALLBACK_MAX_LINES. When no line scores, the last lines before the exit (the
 * old tail), so a failure never comes out with nothing shown.
 */
function scoredFallback(input, exclude) {
    const tail = tailOf(input);
    if (!tail)
        return undefined;
    const failing = input.failing;
    const from = failing ? (failing.echoEnd ?? failing.start) : 0;
    // The failing command's output: after its echo, before its verdict and the step's end.
    const to = failing ? Math.min(tail.at, failing.end + 1) : tail.at;
    const pool = poolOf(tail, from, to);
    const ranked = [];
    for (const line of pool.values()) {
        if (exclude?.has(line.no))
            continue;
        const score = scoreLine(line.text);
        if (score.score <= 0)
            continue;
        const distance = tail.at - line.no;
        // Nearer the exit is likelier, but no line is written off for distance alone.
        let rank = score.score * (0.75 + 0.25 * Math.max(0, 1 - distance / NEAR));
        if (input.baseline && line.novel === false)
            rank *= 0.2;
        ranked.push({ line, score, rank });
    }
    // Two detail lines together (`expected: 4` / `but got: 5`) are what a failed assertion prints:
    // together they weigh as a failure statement.
    const details = new Set(ranked.filter((r) => r.score.detail).map((r) => r.line.no));
    const paired = new Set();
    for (const r of ranked) {
        if (!r.score.detail)
            continue;
        if (details.has(r.line.no - 1) || details.has(r.line.no + 1) || details.has(r.line.no + 2)) {
            r.rank = Math.max(r.rank, PAIRED_DETAIL * (r.rank / r.score.score));
            paired.add(r.line.no);
        }
    }
    ranked.sort((a, b) => b.rank - a.rank || a.line.no - b.line.no);
    const best = ranked[0];
    if (!best) {
        if (exclude)
            return undefined;
        // Never nothing for a failure: the last lines even if the green run printed them too, else
        // the verdict line itself (a command that failed without printing a word).
        return tailFallback(input, 0.1) ?? tailFallback({ ...input, baseline: false }, 0.1) ?? verdictLine(input);
    }
    const shown = new Map();
    let keys = 0;
    for (const r of ranked) {
        if (r.rank < best.rank * SECOND || keys >= 3)
            break;
        if (shown.has(r.line.no))
            continue;
        // A detail or summary beside a shown reason adds nothing a reader needs.
        if (keys > 0 && ((r.score.detail && !paired.has(r.line.no)) || r.score.summary))
            continue;
        const block = blockAround(pool, r.line.no).filter((l) => !exclude?.has(l.no));
        if (keys > 0 && shown.size + block.length > FALLBACK_MAX_LINES)
            continue;
        for (const l of block)
            if (shown.size < FALLBACK_MAX_LINES)
                shown.set(l.no, l);
        keys += 1;
    }
    const lines = [...shown.values()]
        .map((l) => ({ ...l, weight: Math.max(l.weight, scoreLine(l.text).score) }))
        .sort((a, b) => a.no - b.no);
    return {
        blocks: [],
        score: 0.1 + 0.1 * best.rank,
        lines,
        fallback: true,
        key: best.line,
        keyScore: best.score.score,
    };
}
/** The failing step's exit-code line (or the last verdict the scanner kept), as its block holds it. */
function verdictLine(input) {
    const at = input.failing?.exitLine ?? input.tails[input.tails.length - 1]?.at;
    if (at === undefined)
        return undefined;
    const block = input.blocks.find((b) => b.start <= at && at <= b.end);
    const lines = block?.lines.filter((l) => l.no === at) ?? [];
    if (lines.length === 0)
        return undefined;
    return { blocks: [], score: 0.05, lines, fallback: true, key: lines[0] };
}
/** Lines the old fallback looked at: the tail's last 30 before the exit. */
const TAIL_LINES = 30;
const FALLBACK_LINES = 8;
/**
 * The previous fallback, kept callable for comparison (`fallback: 'tail'`): the last lines before
 * the failing step's exit code (or the end of the log), new ones first.
 */
function tailFallback(input, score = 0.1) {
    const tail = tailOf(input);
    if (!tail)
        return undefined;
    let lines = tail.lines.filter((l) => l.no >= tail.at - TAIL_LINES && l.text.trim() !== '' && !l.text.startsWith('##['));
    const failing = input.failing;
    if (failing)
        lines = lines.filter((l) => l.no > (failing.echoEnd ?? failing.start));
    if (input.baseline)
        lines = lines.filter((l) => l.novel !== false);
    lines = lines.slice(-FALLBACK_LINES);
    if (lines.length === 0)
        return undefined;
    return { blocks: [], score, lines, fallback: true };
}
/** Candidates kept per command before the window: the best-scored lines and their context. */
const TOP_CANDIDATES = 24;
/** Keep `cand` among the best TOP_CANDIDATES of `list` (sorted best first); false when it is not. */
function keepCandidate(list, cand) {
    if (list.length >= TOP_CANDIDATES && list[list.length - 1].score >= cand.score)
        return false;
    let i = list.length;
    while (i > 0 && list[i - 1].score < cand.score)
        i--;
    list.splice(i, 0, cand);
    if (list.length > TOP_CANDIDATES)
        list.pop();
    return true;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/follow.js
/**
 * Whether a line continues the error block above it. A block's follow mode comes from the line
 * that opened it; any block also absorbs stack frames, since a trace always belongs to the error
 * printed just before it.
 */
// Java/Kotlin/JS frames, Java chains and elisions (Jenkins remoting adds the caller's trace as
// `Also:`), Python traceback bodies, Go goroutine dumps. The location in a JS frame is the last
// parenthesis and a Go frame's name stops at its first "(": with `.+\(.+` or a class holding "(" before
// `\(.*`, every parenthesis started another scan (quadratic time).
const FRAME = /^\s+at [\w$.<>[\]/\\:@(-]|^\s*at .+\([^()]*:\d+(?::\d+)?\)$|^\s*(?:Caused by|Caused|Suppressed|Also):|^\s*\.\.\. \d+ (?:more|common frames omitted)|^\s+File ".+", line \d+|^goroutine \d+ \[[\w ,]+\]:$|^\s+\/.+\.go:\d+(?: \+0x[0-9a-f]+)?$|^[\w./*()-][\w./*)-]*\(.*\)$|^created by [\w./]+|^\s+\d+: 0x[0-9a-f]+ - |^\s+at \/|^\s+from .+:\d+:in/;
// sbt writes its log level before every line ("[info] ", "[error] "): what a line says, its
// indentation and whether it is a frame, start after it.
const SBT_LEVEL = /^\[(?:info|warn|error|debug|success)\] /;
/** Where a line's own text starts: after sbt's level prefix, or at 0. */
function bodyStart(text) {
    if (text.charCodeAt(0) !== 91)
        return 0;
    return SBT_LEVEL.exec(text)?.[0].length ?? 0;
}
function isFrame(text) {
    if (FRAME.test(text))
        return true;
    const start = bodyStart(text);
    return start > 0 && FRAME.test(text.slice(start));
}
function indentOf(text) {
    const start = bodyStart(text);
    let i = start;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i += text.charCodeAt(i) === 9 ? 4 : 1;
    return i - start;
}
/**
 * The leading tag of a line (`[ERROR]`, `npm ERR!`, `error:`…) used by `same-tag` blocks. A TAP
 * `not ok` line and the `#` diagnostics under it share the tag `#`; Valgrind prefixes every line
 * with its `==PID==`.
 */
function tagOf(text) {
    const m = /^(\[[A-Z]+\]|\s+\[(?:javac|junit)\]|npm (?:ERR!|error)|ERR_PNPM_\w+|E:|error:|Error:|ERROR:|#\d+ |#|\s*not ok |==\d+==|\s*│|\s*╷|\s*╵|\s*\|)/.exec(text);
    const tag = m?.[1]?.trim();
    return tag === 'not ok' ? '#' : tag;
}
/**
 * A Valgrind line holding its `==PID==` and nothing else, or an Ant task's name alone ("    [junit] "):
 * the gap between two of their reports.
 */
const BARE_PID = /^(?:==\d+==|\s+\[[a-z][\w-]*\])\s*$/;
/** Test::More's closing count under its `#` diagnostics: it counts the failures, not one of them. */
const TAP_COUNT = /^# Looks like you failed \d+ tests? of \d+/;
// What `text.trim() === ''` says (\s is trim's whitespace), without copying every indented line.
const BLANK = /^\s*$/;
/** A line `trim()` would empty, tested without making the trimmed copy (the scanner asks per line). */
function isBlank(text) {
    return BLANK.test(text);
}
const PASSED_SUBTEST = /^\s+--- (?:PASS|SKIP): /;
// TeX's context under "! message": "l.12 \foo", "<argument> …", "<*> main.tex", and the indented
// rest of the source line.
const TEX_CONTEXT = /^(?:l\.\d+ |<[^<>]{1,40}> ?|\s+\S)/;
// Where a message's context starts: GHC's "• In the expression…" bullets and "  |" source gutter,
// Haskell's call stack, tasty's "Use -p '…' to rerun this test only.", Julia's "Stacktrace:" and
// a MethodError's "Closest candidates are:". `(?:\d+ *)?` rather than `\d* *`: after `\s*` the
// two split a run of spaces every way (quadratic).
const MESSAGE_CONTEXT = /^\s*(?:• In |(?:\d+ *)?\||CallStack \(from HasCallStack\):|Use -p |Stacktrace:$|Closest candidates are:$)/;
/** Does `text` (cleaned) continue a block of this shape? Blank lines never do on their own. */
function continues(shape, text) {
    // A tag-only line ("[ERROR] ") continues a same-tag block although it says nothing, except
    // Valgrind's bare `==PID==`, which separates its reports.
    if (shape.follow === 'same-tag' && shape.tag !== undefined && tagOf(text) === shape.tag)
        return !BARE_PID.test(text) && !TAP_COUNT.test(text);
    // The scan asks about blank lines too; the first one closes an `until-blank` block for good.
    if (shape.follow === 'until-blank' && (shape.ended || BLANK.test(text))) {
        shape.ended = true;
        return false;
    }
    if (BLANK.test(text))
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
            // A passing subtest's own line under a failed parent (`go test -v`: "    --- PASS: TestOf/lower")
            // is not part of the failure; its failing sibling opens a block of its own.
            if (PASSED_SUBTEST.test(text))
                return false;
            return indentOf(text) > shape.indent || /^\s*[│╷╵|>]/.test(text);
        case 'paragraph':
        // A blank line never continues (above); the scanner ends the paragraph there unless the
        // line after it is indented under the paragraph.
        case 'until-blank':
            return true;
        case 'tex-context':
            return TEX_CONTEXT.test(text);
        case 'message':
            // Ended for good at the first context line: what follows it is more context.
            if (shape.ended || MESSAGE_CONTEXT.test(text)) {
                shape.ended = true;
                return false;
            }
            return indentOf(text) > shape.indent;
        case 'same-tag':
        case 'none':
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/trim.js


/**
 * Fewer, righter lines per finding. A single exception's trace is its message and the first frames
 * of the project's own code; the runtime's, the test runner's and the libraries' frames under them
 * say where the call came from, not why it failed. A finding that states many errors (a compiler's
 * list, a disk-full dump repeated for every file) is kept whole: there every line is the reason,
 * and that is how people mark such blocks.
 */
/** A rule this strong names the failure itself (a failed test, a compiler error)… */
const STRONG_RULE = 0.85;
/** …and one this weak, on a line shaped as a count or a tally, only sums it up. */
const SUMMARY_RULE = 0.6;
/** Lines shown per finding unless it states many errors. */
const MAX_FINDING_LINES = 15;
/** A finding stating this many errors on distinct lines is a list, kept whole. */
const LIST_ERRORS = 4;
/** Frames of the project's code kept per run of frames. */
const PROJECT_FRAMES = 2;
// The head of a chained exception carries its own message: it is never trimmed as a frame.
const CHAIN_HEAD = /^\s*(?:Caused by|Caused|Suppressed|Also):/;
// Frames of runtimes, test runners, build tools and installed packages (node, JVM, Python, Go,
// Ruby, Rust, Scala), not of the code under test; nor is Java's "... 20 more", which elides frames.
const LIBRARY_FRAME = /node:internal|\(internal\/|node_modules|java\.base\/|jdk\.internal|\bsun\.reflect|\bjava\.lang\.reflect|\bjava\.util\.concurrent|\borg\.junit\.|\bjunit\.framework|\borg\.apache\.maven|\borg\.codehaus|\bgroovy\.(?:lang|util)\.|\bjava_(?:lang|util|io)_\w+\$|\bsurefire\b|\borg\.gradle|\bhudson\.|\bjenkins\.|\bscala\.(?:collection|reflect|tools|runtime|io|sys|util|concurrent|math|[A-Z])|\bkotlin\.|\/usr\/lib\/|\/usr\/local\/lib\/|site-packages|dist-packages|\/lib\/python\d|<frozen |\/src\/runtime\/|\/src\/testing\/|^\s*testing\.|^\s*runtime\.|^\s*\.\.\. \d+ (?:more|common frames omitted)|^created by |^goroutine \d+ |^panic\(|hostedtoolcache|\/rustc\/|\.cargo\/registry|\/gems\/|\/ruby\/\d/;
const PYTHON_FRAME = /^\s+File "/;
// A JVM frame, "\tat pkg.Class.method(File.java:12)" or "\t... 20 more" (under sbt's "[info] " too). Its message and
// the project's first frames say why; the runtime's and runner's frames under them never do, so
// they are cut even from a short finding and never brought back.
const JVM_FRAME = /^(?:\[(?:info|error)\] )?\s*(?:at [\w$./<>-]+\([^()]*\)|\.\.\. \d+ (?:more|common frames omitted))$/;
/**
 * Marks each line as a frame or not. A Python frame is its `File "…", line N` line and the source
 * (and caret) lines indented under it; a Go frame is its function line and the `/path/x.go:N +0x…`
 * line under it, both frames to `isFrame`.
 */
function shape(lines) {
    const out = [];
    let python;
    for (const line of lines) {
        const text = line.text;
        const shaped = {
            line,
            frame: isFrame(text) && !CHAIN_HEAD.test(text),
            project: false,
            jvm: false,
        };
        shaped.project = shaped.frame && !LIBRARY_FRAME.test(text);
        shaped.jvm = shaped.frame && JVM_FRAME.test(text);
        if (PYTHON_FRAME.test(text))
            python = shaped;
        else if (python && text.trim() !== '' && indentOf(text) > indentOf(python.line.text)) {
            // The source line belongs to its frame, the project's or a library's.
            shaped.frame = true;
            shaped.project = python.project;
        }
        else
            python = undefined;
        out.push(shaped);
    }
    return out;
}
// A shell's or a CI's echo of the command it runs, and CI markup: output before it is not the
// command's (`+ make`, `$ npm test`, Jenkins' `[Pipeline] sh`, GitLab's section markers).
const COMMAND_OR_MARKUP = /^(?:\+{1,3} \S|\$ \S|\[Pipeline\]|##\[|section_(?:start|end):|travis_(?:fold|time):)/;
/**
 * The lead lines a rule claims above its error (what a program printed before it stopped) end at
 * the command that ran it: what came before is another command's output or the CI's.
 */
function fromCommand(lines) {
    let cut = -1;
    for (let i = 0; i < lines.length && lines[i].role === 'lead'; i++)
        if (COMMAND_OR_MARKUP.test(lines[i].text))
            cut = i;
    return cut < 0 ? lines : lines.slice(cut + 1);
}
/** Distinct lines that state an error. */
function statedErrors(lines) {
    return lines.filter((l) => l.role === 'error' && l.weight > 0).length;
}
/** The lines state LIST_ERRORS errors or more: a list or a dump, where every line is the reason. */
function isList(lines) {
    return statedErrors(lines) >= LIST_ERRORS;
}
/**
 * The lines of a finding worth showing. Lead lines stop at the command that printed them; a tally
 * printed inside the finding it tallies goes. A
 * finding longer than MAX_FINDING_LINES has each run of frames cut to the first frames of project
 * code (the innermost for Python, which prints it last), or to its first frame when none is the
 * project's; frames come back while there is room; if it is still too long, stated errors go
 * first, then message lines, then frames. A finding that states LIST_ERRORS errors or more is
 * returned whole.
 */
function trimFinding(lines) {
    let out = fromCommand(lines);
    if (isList(out))
        return [...out];
    // A tally inside the finding it tallies (`> Task :test FAILED`, `3 tests completed, 1 failed`
    // printed just above the failed test) repeats it.
    if (out.some((l) => l.weight >= STRONG_RULE))
        out = out.filter((l) => !(l.weight > 0 && l.weight <= SUMMARY_RULE && isSummaryLine(l.text)));
    // …and so does a count closing it (Gradle's `5 actionable tasks: 5 executed`).
    while (out.length > 1 && out[out.length - 1].weight === 0 && isSummaryLine(out[out.length - 1].text))
        out = out.slice(0, -1);
    if (out.length > MAX_FINDING_LINES)
        out = cutFrames(out, false);
    else if (out.some((l) => JVM_FRAME.test(l.text)))
        out = cutFrames(out, true);
    // Blank lines at the edges of what is left say nothing.
    let a = 0;
    let b = out.length;
    while (b - a > 1 && out[a].text.trim() === '')
        a += 1;
    while (b - a > 1 && out[b - 1].text.trim() === '')
        b -= 1;
    return out.slice(a, b);
}
/** `short`: the finding fits as it is, and only its JVM frames are cut. */
function cutFrames(lines, short) {
    const shaped = shape(lines);
    const keep = new Set();
    let i = 0;
    while (i < shaped.length) {
        if (!shaped[i].frame) {
            keep.add(i);
            i += 1;
            continue;
        }
        let j = i;
        while (j < shaped.length && shaped[j].frame)
            j += 1;
        const python = PYTHON_FRAME.test(shaped[i].line.text);
        const run = Array.from({ length: j - i }, (_, k) => i + k);
        if (short && !run.every((k) => shaped[k].jvm)) {
            for (const k of run)
                keep.add(k);
            i = j;
            continue;
        }
        // A Python traceback lists the innermost call last.
        if (python)
            run.reverse();
        // A Python frame is two lines (location and source): count frames by their location lines.
        const heads = run.filter((k) => !python || PYTHON_FRAME.test(shaped[k].line.text));
        let chosen = heads.filter((k) => shaped[k].project).slice(0, PROJECT_FRAMES);
        if (chosen.length === 0)
            chosen = heads.slice(0, 1);
        for (const k of chosen) {
            keep.add(k);
            if (python && k + 1 < j && !PYTHON_FRAME.test(shaped[k + 1].line.text))
                keep.add(k + 1);
        }
        i = j;
    }
    // Cut frames come back while there is room, the project's first, then in log order.
    const back = shaped
        .map((s, k) => ({ s, k }))
        .filter(({ s, k }) => !keep.has(k) && !s.jvm)
        .sort((x, y) => Number(y.s.project) - Number(x.s.project) || x.k - y.k);
    for (const { k } of back) {
        if (keep.size >= MAX_FINDING_LINES)
            break;
        keep.add(k);
    }
    const kept = [...keep].sort((x, y) => x - y).map((k) => shaped[k]);
    if (kept.length <= MAX_FINDING_LINES)
        return kept.map((s) => s.line);
    // Still too long: every stated error keeps its first lines, taken in turn from each (two failed
    // tests both show their expected/received), frames and blank lines last.
    const sections = [];
    for (const s of kept) {
        if (s.line.weight > 0 || sections.length === 0)
            sections.push([]);
        sections[sections.length - 1].push(s);
    }
    const late = (s) => s.frame || s.line.text.trim() === '';
    const queues = sections.map((sec) => [...sec.filter((s) => !late(s)), ...sec.filter(late)]);
    const take = new Set();
    for (let depth = 0; take.size < MAX_FINDING_LINES; depth++) {
        let any = false;
        for (const q of queues) {
            if (depth >= q.length)
                continue;
            any = true;
            if (take.size < MAX_FINDING_LINES)
                take.add(q[depth]);
        }
        if (!any)
            break;
    }
    return kept.filter((s) => take.has(s)).map((s) => s.line);
}

;// CONCATENATED MODULE: ./packages/core/lib/analyzer/localize.js






/** Relative score a block needs, against the best one, to be shown too. */
const KEEP_RATIO = 0.45;
const MIN_SCORE = 0.08;
const MAX_FINDINGS = 12;
/** Rules this weak or weaker only tag a line (`generic.error-prefix`, `jenkins.error`). */
const WEAK_RULE = 0.5;
/** A fallback key line this strong joins findings made only by weak rules, and this strong leads them. */
const JOIN_FALLBACK = 0.55;
const LEAD_FALLBACK = 0.8;
/** A block whose only errors are `##[error]` lines no tool rule recognised (runner.error-annotation). */
function annotationOnly(b) {
    return b.hits.every((h) => h.rule.role !== 'error' || h.rule.id === ANNOTATION_RULE.id);
}
/** An annotation-only group counts as tag-level: anything the job ran may print `##[error]`. */
function groupWeight(g) {
    return g.blocks.reduce((m, b) => Math.max(m, annotationOnly(b) ? Math.min(WEAK_RULE, blockWeight(b)) : blockWeight(b, ['error'])), 0);
}
/**
 * A `##[error]` line that no tool rule recognised may be the job's own echo: it is kept, but it
 * ranks below the best block a tool rule made in the same step.
 */
function belowToolRules(scored) {
    const tool = new Map();
    for (const s of scored)
        if (!isVerdictOnly(s.block) && !annotationOnly(s.block))
            tool.set(s.block.step, Math.max(tool.get(s.block.step) ?? 0, s.score));
    for (const s of scored) {
        const best = tool.get(s.block.step);
        if (best !== undefined && !isVerdictOnly(s.block) && annotationOnly(s.block))
            s.score = Math.min(s.score, best * 0.95);
    }
}
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
    // Another CI system named the failing command (ci-format.ts): its setup and what ran after it
    // succeeded or did not matter, so an error there must not stand in for the command's own output.
    else if (failing.phase !== undefined && (step.phase === 'setup' || step.phase === 'post'))
        z = 0.05;
    // …and a command it says succeeded (Travis' `exited with 0`, a GitLab line the script ran past).
    else if (failing.phase !== undefined && step.exitCode === 0)
        z = 0.05;
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
const WARNING_FACTOR = 0.3;
function blockScore(block, input) {
    const verdict = isVerdictOnly(block);
    const w = (verdict ? 0.15 : blockWeight(block, ['error'])) * (warnedOnly(block) ? WARNING_FACTOR : 1);
    const novelty = input.baseline ? 0.1 + 0.9 * noveltyOf(block) : 1;
    return w * zoneFactor(block, input) * novelty * positionFactor(block, input);
}
/**
 * Later is likelier in a plain log: the cause sits near the end, the noise throughout. The same
 * holds inside the failing command of another CI system's log (steps with a phase), whose output
 * can be long; GitHub steps are short and need no such push.
 */
function positionFactor(block, input) {
    if (input.steps.length === 0)
        return 0.8 + 0.2 * (block.end / Math.max(1, input.lines));
    const step = input.steps[block.step];
    if (!step || step.phase === undefined || step !== input.failing)
        return 1;
    const span = Math.max(1, step.end - step.start);
    return 0.8 + 0.2 * Math.min(1, Math.max(0, (block.end - step.start) / span));
}
const LAST_WORDS = 3;
/** The runner's group markers: structure, not words. */
const RUNNER_GROUP = /^##\[(?:group|endgroup)\]/;
/**
 * A failed job never comes out with nothing shown. When neither the rules nor the fallback found a
 * line (a command that failed without printing a word, whose verdict no rule keeps), show the last
 * lines before the end — at least the command that ran — even an echo, markup or a line the green
 * run had too.
 */
function lastWords(input) {
    // The failing step's words first: after a silent step the log's last lines are the runner's
    // cleanup (the same for every job, which would stand in for and fingerprint any failure) or an
    // `if: always()` step's. So nothing past its exit line, nor of a post step or a later one.
    const step = input.failing;
    const exit = step?.exitLine;
    const ended = step ? (exit ?? step.end) : Number.POSITIVE_INFINITY;
    const others = input.steps.filter((s) => s !== step && (s.post || s.phase === 'post' || s.start >= ended));
    const own = others.length === 0 && exit === undefined
        ? undefined
        : (l) => 
        // A verdict speaks of the failing command wherever its CI prints it (Jenkins: at the end).
        isExitVerdict(l.text) ||
            (!(step && exit !== undefined && l.no > exit && l.no <= step.end) &&
                !others.some((s) => l.no >= s.start && l.no <= s.end));
    for (const within of own ? [own, undefined] : [undefined]) {
        for (let i = input.tails.length - 1; i >= 0; i--) {
            // The runner's group markers are structure, not words.
            const lines = input.tails[i].lines.filter((l) => l.text.trim() !== '' && !RUNNER_GROUP.test(l.text) && (within === undefined || within(l))).slice(-LAST_WORDS);
            if (lines.length > 0)
                return { blocks: [], score: 0.01, lines, fallback: true, key: lines[lines.length - 1] };
        }
    }
    return undefined;
}
/**
 * Findings that each state one failure share MAX_FINDING_LINES: the strongest first, the others
 * while they fit. Where a finding states many errors (a list, a dump) nothing is dropped.
 */
function withinTotal(groups) {
    if (groups.some((g) => isList(g.lines)))
        return groups;
    const out = [];
    let total = 0;
    for (const g of groups) {
        if (out.length > 0 && total + g.lines.length > MAX_FINDING_LINES)
            continue;
        out.push(g);
        total += g.lines.length;
    }
    return out;
}
function localize(input) {
    const scored = input.blocks.map((block) => ({ block, score: blockScore(block, input) }));
    leadCascades(scored, input);
    belowToolRules(scored);
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
    // A tool's tally beside the failure it tallies (`FAIL pkg 0.5s` under `--- FAIL: TestX`, Gradle's
    // `> Task :test FAILED` and `3 tests completed, 1 failed` above the failed test) repeats it.
    const strong = [...chosen].filter((b) => !isVerdictOnly(b) && blockWeight(b) >= STRONG_RULE);
    const tally = (b) => !isVerdictOnly(b) &&
        blockWeight(b) <= SUMMARY_RULE &&
        b.hits.every((h) => h.rule.role !== 'error' || isSummaryLine(h.text)) &&
        strong.some((s) => s !== b && s.step === b.step && (adjacent(s, b, 3) || adjacent(b, s, 3)));
    for (const b of [...chosen])
        if (tally(b))
            chosen.delete(b);
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
        g.lines = trimFinding(g.blocks.flatMap((b) => b.lines));
    if (groups.length === 0) {
        const fallback = (input.fallback === 'tail' ? tailFallback(input) : scoredFallback(input)) ?? lastWords(input);
        if (fallback)
            groups.push(fallback);
    }
    else if (input.fallback !== 'tail' && groups.every((g) => groupWeight(g) <= WEAK_RULE)) {
        // Only tag-level rules spoke (`Error: …`, `ERROR: …`): a CI's own chatter or a tool's last
        // word. A strong failure statement elsewhere in the failing command is likelier the reason.
        // Lines the rules judged (shown or not) are theirs; the fallback looks at the rest.
        const taken = new Set(input.blocks.flatMap((b) => b.lines.map((l) => l.no)));
        const extra = scoredFallback(input, taken);
        const news = !input.baseline || extra?.key?.novel !== false;
        if (extra?.key && news && extra.keyScore !== undefined && extra.keyScore >= JOIN_FALLBACK) {
            // A strong statement leads; a medium one only joins, after what the rules found.
            const top = Math.max(...groups.map((g) => g.score));
            extra.score = extra.keyScore >= LEAD_FALLBACK ? top * 1.05 : Math.min(extra.score, top * 0.95);
            groups.push(extra);
        }
    }
    const ranked = groups
        .sort((a, b) => b.score - a.score || a.lines[0].no - b.lines[0].no)
        .slice(0, MAX_FINDINGS);
    return withinTotal(ranked);
}

// EXTERNAL MODULE: ./packages/core/lib/analyzer/normalize.js
var normalize = __webpack_require__(3946);
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
            const key = (0,normalize/* hashLine */.r)((0,normalize/* normalizeLine */.o)(line.text));
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
            this.format = (0,log_clean/* detectFormat */.Tz)(this.sample);
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
            this.format = (0,log_clean/* detectFormat */.Tz)(this.sample);
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
            const text = (0,log_clean/* cleanLine */.Ow)(batchLine(batch, i), format).text;
            const key = (0,normalize/* hashLine */.r)((0,normalize/* normalizeLine */.o)(text));
            const list = this.candidates.get(key);
            if (!list)
                continue;
            for (const line of list)
                line.novel = false;
            this.candidates.delete(key);
        }
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










const RING = 256;
/** Lines before a verdict the tail keeps: the fallback scores all of them. */
const scan_WINDOW = 200;
/** Context the fallback keeps around a candidate line before the window. */
const CANDIDATE_BEFORE = 2;
const CANDIDATE_AFTER = 8;
/** A kept fallback line is cut here: bounded memory whatever the line. */
const MAX_FALLBACK_TEXT = 2000;
/**
 * Bytes of lines one stem scan covers: its hits stay few (cache-sized), whatever a chunk's size.
 * A line is never split; a longer one is scanned alone.
 */
const SCAN_WINDOW = 1 << 16;
const STEM_RULE = 1;
const STEM_FALLBACK = 2;
/** No escape in the rest of the batch (see holdsMarkup). */
const NOWHERE = -2;
const combinedStems = new WeakMap();
/** One index answering both "may a rule match?" and "may the fallback score it?" in one byte pass. */
function combinedIndex(rules) {
    let index = combinedStems.get(rules);
    if (!index) {
        const stems = [...rules.stemList, ...FALLBACK_STEMS];
        const tags = stems.map((_, i) => (i < rules.stemList.length ? STEM_RULE : STEM_FALLBACK));
        index = new StemIndex(stems, tags);
        combinedStems.set(rules, index);
    }
    return index;
}
function clip(text) {
    return text.length > MAX_FALLBACK_TEXT ? text.slice(0, MAX_FALLBACK_TEXT) : text;
}
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
/** Python's traceback heading: the block takes every indented line until its exception line. */
const TRACEBACK_HEAD = /^\s*Traceback \(most recent call last\):/;
const NO_HITS = Object.freeze([]);
/** Blank lines a block may span when the lines after them still belong to it. */
const MAX_BLANK_RUN = 2;
const shownVerdict = (h) => h.rule.role !== 'verdict' || h.rule.weight >= MIN_SHOWN_VERDICT;
// What `visit` keeps of a line's hits. Filtered only when something goes: most hit lines keep
// every hit, and their array.
/** The hits `keep` accepts (none: the shared empty list). */
function keepOnly(hits, keep) {
    for (let i = 0; i < hits.length; i++)
        if (!keep(hits[i])) {
            const kept = hits.filter(keep);
            return kept.length > 0 ? kept : NO_HITS;
        }
    return hits;
}
/** A strong noise rule (weight 0.5 and up) silences the whole line. */
function anyStrongNoise(hits) {
    for (let i = 0; i < hits.length; i++)
        if (hits[i].rule.role === 'noise' && hits[i].rule.weight >= 0.5)
            return true;
    return false;
}
/** The runner's or Jenkins' exit line: the command's output ends here (a tail is taken). */
function marksTail(hits) {
    for (let i = 0; i < hits.length; i++) {
        const id = hits[i].rule.id;
        if (id === 'runner.exit-code' || id === 'jenkins.step-failed')
            return true;
    }
    return false;
}
const isHeader = (h) => h.rule.role === 'header';
/** Verdicts, and errors outside a quiet section: what may open or extend a block. */
const isShown = (h) => h.rule.role === 'verdict' || h.rule.role === 'error';
/** Under a quiet section only verdicts are. */
const isVerdict = (h) => h.rule.role === 'verdict';
const notTestFailure = (h) => h.category !== 'test_failure';
/**
 * Lines of an exception's message between its head and its first frame (Java prints multi-line
 * messages unindented: `stdout:`, `stderr: fatal: …`): held until a frame shows they belong.
 */
const MAX_MESSAGE_RUN = 4;
/** A quiet section (Rule.quiets) that never meets its end stops being quiet after this many lines. */
const MAX_QUIET_LINES = 2000;
class Scanner {
    rules;
    userRules;
    format;
    pending = [];
    pendingLines = 0;
    tracker = new StepTracker();
    /** Set when the log is another CI system's: reads its structure (see ci-format.ts). */
    ci;
    lineCount = 0;
    // The last RING lines as (batch, index) pairs in two arrays: no allocation per line.
    ringBatch = new Array(RING);
    ringIndex = new Int32Array(RING);
    ringNext = 0;
    /**
     * The cleaned text of recently cleaned lines, by line number modulo RING: a line is often needed
     * again (a fallback candidate that a rule also looked at, the detail after a candidate, the
     * lines before a verdict), and decoding and cleaning it once is enough.
     */
    textNo = new Float64Array(RING).fill(-1);
    text = new Array(RING).fill('');
    open;
    shape;
    blanks = [];
    firstBlocks = [];
    lastBlocks = [];
    kept = 0;
    tails = [];
    headers = [];
    headerLine = 0;
    /** Inside a section of results that did not fail the run (Rule.quiets): its end, and its first line. */
    quiet;
    quietFrom = 0;
    index;
    /** Stems of the current window of lines, and the current line's share of them, hits[hitFirst, hitLast). */
    hits = new StemHits();
    hitFirst = 0;
    hitLast = 0;
    // The current command's best fallback candidates, and those still collecting their detail.
    candidates = [];
    capturing = [];
    candidateStep = -1;
    constructor(rules, options = {}) {
        this.rules = rules;
        this.index = combinedIndex(rules);
        this.hashId = rules.stemList.indexOf('##[');
        this.postId = rules.stemList.indexOf('ost job');
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
        this.format = (0,log_clean/* detectFormat */.Tz)(sample);
        if (isCiFormat(this.format)) {
            this.ci = new CiTracker(this.format);
            this.tracker = this.ci;
        }
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
        const index = this.index;
        const { lengths, tags } = index;
        const hits = this.hits;
        const ci = this.ci;
        let line = 0;
        for (let w = 0; w < n;) {
            // One stem scan over a window of lines; then each line takes its stems from the list.
            const from = starts[w];
            let to = w + 1;
            while (to < n && ends[to] - from <= SCAN_WINDOW)
                to++;
            index.scan(bytes, from, ends[to - 1], hits);
            const count = hits.count;
            const keys = hits.key;
            let k = 0;
            let next = count > 0 ? keys[0] : Number.MAX_SAFE_INTEGER;
            for (let i = w; i < to; i++) {
                const no = batch.first + i;
                line = no;
                const start = starts[i];
                const end = ends[i];
                let mask = 0;
                if (next < end) {
                    // Stems in the cut-off rest of the line before are no line's.
                    while (k < count && keys[k] < start)
                        k++;
                    this.hitFirst = k;
                    for (; k < count && keys[k] < end; k++) {
                        const id = hits.id[k];
                        const at = hits.from[k];
                        if (at >= start && at + lengths[id] <= end)
                            mask |= tags[id];
                    }
                    this.hitLast = k;
                    next = k < count ? keys[k] : Number.MAX_SAFE_INTEGER;
                }
                const anchored = (mask & STEM_RULE) !== 0;
                const structural = ci?.candidate(bytes, start, end) === true;
                if (anchored || everyLine || structural || this.open !== undefined || this.quiet !== undefined)
                    this.visit(batch, i, no, anchored, structural);
                if (this.capturing.length > 0)
                    this.captureDetail(batch, i, no);
                if ((mask & STEM_FALLBACK) !== 0)
                    this.consider(batch, i, no);
                this.ringBatch[this.ringNext] = batch;
                this.ringIndex[this.ringNext] = i;
                this.ringNext = this.ringNext + 1 === RING ? 0 : this.ringNext + 1;
            }
            w = to;
        }
        this.lineCount = Math.max(this.lineCount, line);
    }
    /** The current line's rule candidates, from its stems the window's scan found. */
    lineCandidates(batch, index) {
        return this.rules.candidatesOf(this.hits, this.hitFirst, this.hitLast, batch.starts[index], batch.ends[index], batch.bytes);
    }
    /**
     * Whether the line holds an escape, `##[` or `Post job` (what cleaning or the runner's structure
     * may change). The two words are stems, so the line's stem hits tell; escapes (one byte) are
     * looked for once per batch from where the last search stopped, not once per line.
     */
    holdsMarkup(batch, index) {
        const start = batch.starts[index];
        const end = batch.ends[index];
        if (this.markupBatch !== batch) {
            this.markupBatch = batch;
            this.escapeAt = -1;
        }
        if (this.escapeAt < start && this.escapeAt !== NOWHERE) {
            const at = batch.bytes.indexOf(27, start);
            this.escapeAt = at < 0 ? NOWHERE : at;
        }
        if (this.escapeAt !== NOWHERE && this.escapeAt < end)
            return true;
        const { hashId, postId } = this;
        if (hashId < 0 || postId < 0) {
            // Without those stems, the words are looked for in the line itself.
            const view = batch.bytes.toString('latin1', start, end);
            return view.includes('##[') || view.includes('Post job');
        }
        const hits = this.hits;
        const bytes = batch.bytes;
        for (let k = this.hitFirst; k < this.hitLast; k++) {
            const id = hits.id[k];
            const from = hits.from[k];
            if (id === hashId && from >= start && from + 3 <= end)
                return true;
            // `ost job` after a `P`.
            if (id === postId && from > start && from + 7 <= end && bytes[from - 1] === 80)
                return true;
        }
        return false;
    }
    markupBatch;
    escapeAt = -1;
    /** Ids of the stems `##[` and `ost job` in the scanner's index (-1: not stems). */
    hashId;
    postId;
    visit(batch, index, no, anchored, structural = false) {
        let found;
        if (anchored &&
            !structural &&
            this.open === undefined &&
            this.quiet === undefined &&
            this.userRules.length === 0 &&
            this.format !== 'github-full') {
            // Most lines holding a stem hold no anchor ("available" has `ail`): answer that from the raw
            // bytes' view, before decoding and cleaning the line. Escapes and runner commands take the
            // full path, where the view is rebuilt from the cleaned text.
            if (!this.holdsMarkup(batch, index)) {
                found = this.lineCandidates(batch, index);
                if (found.length === 0)
                    return;
            }
        }
        const raw = batchLine(batch, index);
        const clean = (0,log_clean/* cleanLine */.Ow)(raw, this.format);
        const text = clean.text;
        this.remember(no, text);
        if (this.quiet !== undefined && (this.quiet.test(text) || no - this.quietFrom > MAX_QUIET_LINES))
            this.quiet = undefined;
        if (clean.step !== undefined)
            this.tracker.observeNamed(no, clean.step);
        if (structural && this.ci) {
            const seen = this.ci.observeCi(no, text, raw, clean.marker);
            const boundary = this.ci.takeBoundary();
            if (boundary !== undefined)
                this.snapshotTail(boundary);
            if (seen & CI_TAIL)
                this.snapshotTail(no);
            if (seen & CI_HIDE) {
                this.closeBlock();
                return;
            }
            if (!anchored && this.open === undefined && this.userRules.length === 0)
                return;
        }
        let matchText = text;
        let annotation = false;
        // Most visited lines hit nothing (a block's detail lines): they share one empty list, frozen so
        // that a push to it throws; a line's first hit gets a list of its own.
        let hits = NO_HITS;
        if (anchored) {
            if ((text.startsWith('##[') || text.startsWith('Post job cleanup')) &&
                readsWorkflowCommands(this.format)) {
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
            // A Jenkins parallel branch's label (`[linux] `) is the CI's, not the tool's: rules, some
            // anchored at the line's start, see the line as the tool printed it.
            const label = annotation ? 0 : (this.ci?.branchLabelLength(matchText) ?? 0);
            if (label > 0)
                matchText = matchText.slice(label);
            if (matchText !== '') {
                if (!(raw.includes('\u001b') || annotation || label > 0))
                    found ??= this.lineCandidates(batch, index);
                else {
                    const bytes = Buffer.from(matchText, 'utf8');
                    found = this.rules.candidatesIn(bytes, 0, bytes.length);
                }
                const matched = this.rules.matchCandidates(matchText, found);
                for (let m = 0; m < matched.length; m++) {
                    const h = matched[m];
                    // Every field set, in one order (see matchCandidates).
                    const hit = { no, rule: h.rule, category: h.category, facts: h.facts, text: matchText };
                    if (hits === NO_HITS)
                        hits = [];
                    hits.push(hit);
                }
            }
        }
        // Indexed loops here and in extend: this runs for hundreds of thousands of lines, and
        // iterators that escape cost an allocation each.
        for (let u = 0; u < this.userRules.length; u++) {
            const { user, rule } = this.userRules[u];
            const facts = user.match(text);
            if (facts)
                hits = [{ no, rule, category: user.category, facts, text }, ...hits];
        }
        if (annotation && !hits.some((h) => h.rule.role === 'error' || h.rule.role === 'verdict'))
            hits = [...hits, { no, rule: ANNOTATION_RULE, category: undefined, facts: undefined, text: matchText }];
        // Most lines get here without a hit (a block's detail lines): no filtering, no new arrays.
        let headers;
        if (hits.length > 0) {
            if (anyStrongNoise(hits))
                hits = NO_HITS;
            headers = keepOnly(hits, isHeader);
            // A heading starts or ends a quiet section; under a quiet one, errors are not failures.
            if (headers.length > 0) {
                this.quiet = headers.find((h) => h.rule.quiets)?.rule.quiets;
                this.quietFrom = no;
            }
            hits = keepOnly(hits, this.quiet === undefined ? isShown : isVerdict);
            if (marksTail(hits))
                this.snapshotTail(no);
            hits = keepOnly(hits, shownVerdict);
        }
        if (headers !== undefined && headers.length > 0) {
            this.closeBlock();
            this.headers = headers;
            this.headerLine = no;
            return;
        }
        const open = this.open;
        if (open) {
            // A paragraph ends at its first blank line, unless the next line is indented under it (git's
            // hint under "fatal: unsafe repository" holds the command to run after a blank line).
            const shape = this.shape;
            const ended = shape?.follow === 'paragraph' &&
                this.blanks.length > 0 &&
                !isBlank(text) &&
                indentOf(text) <= shape.indent;
            // A compiler error quotes the source line under it, indented: code that reads like a test
            // runner's line (scalac's "[error]   x foreach println" as specs2's "[error] x <example>")
            // is the error's detail, not a failed test.
            if (hits.length > 0 &&
                shape?.follow === 'indented' &&
                open.hits[0]?.category === 'compile_error' &&
                continues(shape, text))
                hits = keepOnly(hits, notTestFailure);
            if (hits.length > 0 && !ended) {
                this.extend(open, no, text, hits);
                return;
            }
            if (shape && !ended && continues(shape, text)) {
                this.extend(open, no, text, hits);
                return;
            }
            if (isBlank(text) && this.blanks.length < MAX_BLANK_RUN) {
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
            inEcho: this.tracker.echoAt(no),
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
            const text = this.cleaned(ref.batch, ref.index);
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
        if (this.blanks.length > 0) {
            for (const b of this.blanks) {
                if (block.lines.length < cap) {
                    block.lines.push({ no: b.no, text: b.text, weight: 0, role: 'continuation' });
                    this.kept += 1;
                }
                else
                    block.clipped += 1;
            }
            this.blanks = [];
        }
        let weight = 0;
        let role = 'continuation';
        for (let i = 0; i < hits.length; i++) {
            const h = hits[i];
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
        // The newest matching line decides how the following lines attach.
        let lead;
        for (let i = 0; i < hits.length; i++) {
            const h = hits[i];
            if (block.hits.length < MAX_HITS_PER_BLOCK)
                block.hits.push(withHeaderFile(h, block));
            if (h.rule.follow && (!lead || h.rule.weight > lead.rule.weight))
                lead = h;
        }
        if (lead?.rule.follow) {
            this.shape = {
                follow: lead.rule.follow,
                indent: indentOf(text),
                tag: tagOf(text),
                traceback: TRACEBACK_HEAD.test(text),
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
    /** Score a line holding failure vocabulary; keep it when it is among the command's best. */
    consider(batch, index, no) {
        if (this.tracker.echoAt(no))
            return;
        const step = this.tracker.currentIndex;
        if (step !== this.candidateStep)
            this.resetCandidates(step);
        const worst = this.candidates.length >= TOP_CANDIDATES ? this.candidates[this.candidates.length - 1].score : 0;
        if (!mayBeat(batch.bytes, batch.starts[index], batch.ends[index], worst))
            return;
        const text = clip(this.cleaned(batch, index));
        // A score at or under the worst kept one would be refused: scoring may stop as soon as it shows.
        const score = scoreLine(text, worst).score;
        if (score <= worst)
            return;
        const lines = [];
        for (let back = CANDIDATE_BEFORE; back >= 1; back--) {
            const ref = this.ringAt(back);
            if (!ref || ref.batch.first + ref.index !== no - back)
                continue;
            lines.push(this.keptFromRing(ref));
        }
        lines.push({ no, text, weight: 0, role: 'continuation' });
        const cand = { no, score, lines };
        if (keepCandidate(this.candidates, cand))
            this.capturing.push({ cand, left: CANDIDATE_AFTER });
    }
    /** The line after a kept candidate: part of its detail, maybe. */
    captureDetail(batch, index, no) {
        const text = clip(this.cleaned(batch, index));
        let done = false;
        for (const c of this.capturing) {
            c.cand.lines.push({ no, text, weight: 0, role: 'continuation' });
            c.left -= 1;
            if (c.left <= 0)
                done = true;
        }
        // Candidates pushed out of the best ones stop collecting too.
        if (done || this.capturing.some((c) => !this.candidates.includes(c.cand)))
            this.capturing = this.capturing.filter((c) => c.left > 0 && this.candidates.includes(c.cand));
    }
    /** Line `index` of `batch` cleaned, from the recent lines' texts when it is there. */
    cleaned(batch, index) {
        const no = batch.first + index;
        const slot = no % RING;
        if (this.textNo[slot] === no)
            return this.text[slot];
        const text = (0,log_clean/* cleanLine */.Ow)(batchLine(batch, index), this.format ?? 'plain').text;
        this.remember(no, text);
        return text;
    }
    remember(no, text) {
        const slot = no % RING;
        this.textNo[slot] = no;
        this.text[slot] = text;
    }
    resetCandidates(step) {
        this.candidates = [];
        this.capturing = [];
        this.candidateStep = step;
    }
    keptFromRing(ref) {
        const text = clip(this.cleaned(ref.batch, ref.index));
        return { no: ref.batch.first + ref.index, text, weight: 0, role: 'continuation' };
    }
    snapshotTail(at) {
        const lines = [];
        for (let back = 1; back <= Math.min(scan_WINDOW, RING); back++) {
            const ref = this.ringAt(back);
            if (!ref)
                break;
            if (ref.batch.first + ref.index >= at)
                continue;
            lines.unshift(this.keptFromRing(ref));
        }
        const first = lines[0]?.no ?? at;
        // Candidates inside the window are in `lines` already.
        const candidates = this.candidates.filter((c) => c.no < first);
        this.tails.push({ at, step: this.tracker.currentIndex, lines, candidates });
        if (this.tails.length > MAX_TAILS)
            this.tails.shift();
        // A verdict closes the command: the next one's output is scored afresh.
        this.resetCandidates(this.tracker.currentIndex);
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
/**
 * Room kept in front of each chunk read from a file, for the line the chunk before left unfinished
 * (at most the splitter's 16 KiB cap and one byte).
 */
const HEADROOM = 1 << 15;
/**
 * A log file, read in chunks. Read through `joined`, each chunk is read in behind room for the line
 * the one before left unfinished, so the splitter never copies a chunk to join them; and the next
 * chunk is read while this one is split and scanned.
 */
class LogFile {
    path;
    constructor(path) {
        this.path = path;
    }
    [Symbol.asyncIterator]() {
        return (0,external_node_fs_.createReadStream)(this.path, { highWaterMark: CHUNK })[Symbol.asyncIterator]();
    }
    /** Chunks for `splitter`, each starting with the unfinished line it hands over; `read` counts the file's bytes. */
    async *joined(splitter, read) {
        const file = await (0,promises_.open)(this.path, 'r');
        const next = () => {
            const buffer = Buffer.allocUnsafe(HEADROOM + CHUNK);
            return file.read(buffer, HEADROOM, CHUNK, null).then(({ bytesRead }) => ({ buffer, bytesRead }));
        };
        let pending = next();
        try {
            for (;;) {
                const { buffer, bytesRead } = await pending;
                pending = undefined;
                // At the end, the unfinished line is the last one: the splitter's `end` gives it.
                if (bytesRead === 0)
                    return;
                read.bytes += bytesRead;
                pending = next();
                // The line the last chunk left unfinished, in the room before this one (this runs once
                // the consumer has split the last chunk).
                const carry = splitter.takeCarry();
                if (carry.length <= HEADROOM) {
                    carry.copy(buffer, HEADROOM - carry.length);
                    yield buffer.subarray(HEADROOM - carry.length, HEADROOM + bytesRead);
                }
                else
                    yield Buffer.concat([carry, buffer.subarray(HEADROOM, HEADROOM + bytesRead)]);
            }
        }
        finally {
            // A read still in flight finishes before the file closes under it.
            await pending?.catch(() => undefined);
            await file.close();
        }
    }
}
/** Split the input into line batches for `sink`; returns the number of bytes read. */
async function feed(input, sink) {
    const splitter = new LineSplitter();
    const read = { bytes: 0 };
    const file = input instanceof LogFile;
    for await (const chunk of file ? input.joined(splitter, read) : chunksOf(input)) {
        // A joined chunk starts with bytes read (and counted) before.
        if (!file)
            read.bytes += chunk.length;
        const batch = splitter.push(chunk);
        if (batch.starts.length > 0)
            sink(batch);
    }
    const last = splitter.end();
    if (last.starts.length > 0)
        sink(last);
    return read.bytes;
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
function keyWeight(h) {
    return h.rule.id === ANNOTATION_RULE.id ? h.rule.weight - 1 : h.rule.weight;
}
function buildFinding(group, steps, failing, stepName, baseline, zone) {
    const verdict = (0,classify/* classifyBlocks */.BG)(group.blocks);
    let category = verdict.category;
    const step = group.blocks[0] && group.blocks[0].step >= 0
        ? steps[group.blocks[0].step]?.name
        : (failing?.name ?? stepName);
    let weight = verdict.weight;
    if (category === 'unknown') {
        const prior = (0,classify/* categoryFromStepName */.Eh)(step ?? stepName);
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
    // The key line: the deciding hit, else the strongest line shown; and the strongest line where
    // the deciding hit is a weaker one that only names the kind of failure (a summary, Node's
    // closing `Node.js v20.1.0`) beside an error line no rule could categorise (`Error: boom`).
    const strongest = group.blocks
        .flatMap((b) => b.hits)
        .filter((h) => h.rule.role === 'error')
        // A tool rule's line names the cause before a bare `##[error]` line the job may have echoed.
        .sort((a, b) => keyWeight(b) - keyWeight(a))[0];
    const key = verdict.hit &&
        strongest &&
        strongest.category === undefined &&
        verdict.hit.rule.role !== 'header' &&
        keyWeight(strongest) > verdict.hit.rule.weight
        ? strongest
        : (verdict.hit ?? strongest);
    const keyText = key?.text ?? group.key?.text ?? group.lines.find((l) => l.text.trim() !== '')?.text ?? '';
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
    const rules = options.withoutRules?.length ? builtinRuleSetWithout(options.withoutRules) : builtinRuleSet();
    const scanner = new Scanner(rules, options.userRules ? { userRules: options.userRules } : {});
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
        for (const t of scan.tails) {
            for (const l of t.lines)
                candidates.push(l);
            for (const c of t.candidates)
                for (const l of c.lines)
                    candidates.push(l);
        }
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
        fallback: options.fallback ?? 'scored',
    };
    const groups = localize(localizeInput);
    const drafts = groups.map((g) => buildFinding(g, scan.steps, failing, options.stepName, baseline, (b) => zoneFactor(b, localizeInput)));
    const run = (0,classify/* classifyRun */.I5)(drafts.map((d) => ({ category: d.finding.category, weight: d.weight, score: d.score })));
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
    return new LogFile(path);
}
/** `analyzeLog` on a file, streamed from disk (a 300 MB log is never held whole). */
async function analyzeFile(path, options = {}) {
    const { baselinePath, ...rest } = options;
    const log = await checkedStream(path, 'log file');
    const baseline = baselinePath === undefined ? undefined : await checkedStream(baselinePath, 'baseline log file');
    return analyzeLog(log, baseline === undefined ? rest : { ...rest, baseline });
}


/***/ }),

/***/ 307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ classifyBlocks),
/* harmony export */   Eh: () => (/* binding */ categoryFromStepName),
/* harmony export */   I5: () => (/* binding */ classifyRun)
/* harmony export */ });
/* harmony import */ var _categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3277);

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
        0.01 * _categories_js__WEBPACK_IMPORTED_MODULE_0__/* .ROOT_CAUSE_RANK */ .eU[b.category] -
        (a.rule.weight + 0.01 * _categories_js__WEBPACK_IMPORTED_MODULE_0__/* .ROOT_CAUSE_RANK */ .eU[a.category]))[0];
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


/***/ }),

/***/ 3946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ normalizeLine),
/* harmony export */   r: () => (/* binding */ hashLine)
/* harmony export */ });
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


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ cleanLine),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   qs: () => (/* binding */ isXtrace)
/* harmony export */ });
/**
 * What matching sees of a raw log line: without the runner's timestamp prefix, without the
 * `job<TAB>step<TAB>` columns of `gh run view --log` output, without ANSI escapes, and without the
 * fold/section markers other CI systems write into the text (Travis `travis_fold:`/`travis_time:`,
 * GitLab `section_start:`/`section_end:`), which are structure, not output.
 */
// 2022-04-27T18:26:47.1341782Z — the prefix the runner writes on every line of a job log.
const RUNNER_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** The first line of an Actions job log, after its timestamp. */
const GITHUB_RUNNER_FIRST = /^\uFEFF?(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?)?Current runner version: '/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> <text>".
const FULL_PREFIX = /^[^\t]*\t[^\t]*\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// Jenkins Timestamper: `[2024-05-01T10:00:00.123Z] ` (system clock) or `10:00:00 ` / `00:01:02.345 `.
const JENKINS_TIMESTAMP = /^(?:\[\d{4}-\d\d-\d\dT[\d:.]+Z?\] |\[?\d\d:\d\d:\d\d(?:\.\d+)?\]? {1,2})/;
const GITLAB_STREAM = /^[0-9a-f]{2}[OE][+ ]/;
// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and stray escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u001b/g;
// One or more markers at the start of a line, each up to the escape or blank that ends it; the
// `\e[0K` erase codes around them go too. Bounded character classes: no backtracking.
const TRAVIS_MARKERS = /^(?:\u001b\[0K)*(?:travis_(?:fold|time):[^\s\u001b]*(?:\u001b\[0K)*)+/;
const GITLAB_MARKERS = /^(?:\u001b\[0K)*(?:section_(?:start|end):\d+:[^\s\u001b]*(?:\u001b\[0K)*)+/;
function stripAnsi(text) {
    return text.indexOf('\u001b') < 0 ? text : text.replace(ANSI, '');
}
// `+ cmd args` as `set -x` echoes it: a command word, not a diff line (`+ expected`, `+   "x": 1`).
const XTRACE = /^\+ (?:[A-Za-z_][\w-]*=\S*|[./~$A-Za-z_][\w./~${}:@+-]*)(?: |$)/;
// Diff headers and values, and npm's `+ package@1.2.3` install summary.
const DIFF_WORDS = /^\+ (?:expected|actual|received|Expected|Actual|Received|Array|Object|[A-Z][a-z]+ \{)\b|^\+ \S+@\d/;
/** Whether a `+ ` line is a shell's `set -x` echo of a command rather than a diff line. */
function isXtrace(text) {
    return XTRACE.test(text) && !DIFF_WORDS.test(text);
}
/** Guess the format from the first lines of a log (raw, as read). */
function detectFormat(firstLines) {
    let raw = 0;
    let full = 0;
    let seen = 0;
    let shell = 0;
    let runnerGroups = 0;
    let ci;
    let runner = false;
    for (const line of firstLines) {
        if (line === '')
            continue;
        // The Actions runner writes a job log's first line before any step runs: no job can forge it.
        if (seen === 0)
            runner = GITHUB_RUNNER_FIRST.test(line.slice(line.lastIndexOf('\t') + 1));
        seen += 1;
        if (FULL_PREFIX.test(line))
            full += 1;
        else if (RUNNER_TIMESTAMP.test(line))
            raw += 1;
        ci ??= ciMarkerFormat(line);
        if (line.startsWith('+ ') && isXtrace(line))
            shell += 1;
        else if (line.startsWith('##[group]') || line.startsWith('##[endgroup]'))
            runnerGroups += 1;
    }
    if (seen === 0)
        return 'plain';
    // A CI system's own markers decide (Azure's lines carry the same timestamps as GitHub's), but
    // not against the runner's first line: a job name or a step's output may hold them.
    if (ci && !runner)
        return ci;
    if (full * 2 >= seen)
        return 'github-full';
    if (raw * 2 >= seen)
        return 'github-raw';
    // A GitHub log without its timestamps whose step ran `set -x` is still the runner's: plain text,
    // whose `##[group]`/`##[error]` lines are read.
    if (shell > 0 && runnerGroups === 0)
        return 'shell';
    return 'plain';
}
/** The CI system whose markers a line holds, if any: one cheap test per system. */
function ciMarkerFormat(raw) {
    if (raw.includes('travis_fold:') || raw.includes('travis_time:'))
        return 'travis';
    if (raw.includes('section_start:') || raw.includes('Running with gitlab-runner'))
        return 'gitlab';
    if (raw.includes('##[section]Starting:'))
        return 'azure';
    const line = stripAnsi(raw);
    const text = line.replace(JENKINS_TIMESTAMP, '');
    if (text.startsWith('[Pipeline] ') || /^\[[^\]]{1,100}\] \$ \//.test(text))
        return 'jenkins';
    if (/^Building (?:remotely )?(?:on .+ )?in workspace /.test(text))
        return 'jenkins';
    if (text.startsWith('====>> ') || text.startsWith('Build-agent version '))
        return 'circleci';
    if (/^(?:~~~|\+\+\+|---) (?:Running |Preparing |Setting up |:)/.test(text))
        return 'buildkite';
    return undefined;
}
function cleanLine(raw, format) {
    let text = raw;
    let step;
    let marker;
    if (format === 'github-full') {
        const tab1 = text.indexOf('\t');
        const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
        if (tab2 > 0) {
            step = text.slice(tab1 + 1, tab2);
            text = text.slice(tab2 + 1);
        }
    }
    if (format === 'jenkins') {
        const c = text.charCodeAt(0);
        if (c === 91 /* [ */ || (c >= 48 && c <= 57)) {
            const m = JENKINS_TIMESTAMP.exec(text);
            if (m)
                text = text.slice(m[0].length);
        }
    }
    else if (format !== 'plain' || (text.length > 20 && text.charCodeAt(4) === 45) /* - */) {
        const m = RUNNER_TIMESTAMP.exec(text);
        if (m) {
            text = text.slice(m[0].length);
            // GitLab's FF_TIMESTAMPS: a stream header (`00O `, `01E `, `00O+` continuing a line) follows.
            if (format === 'gitlab') {
                const h = GITLAB_STREAM.exec(text);
                if (h)
                    text = text.slice(h[0].length);
            }
        }
    }
    if (format === 'travis' || format === 'gitlab') {
        // Cheap first: a marker starts with its own letter, possibly after `\e[0K`.
        const c = text.charCodeAt(0);
        if (c === 27 || c === (format === 'travis' ? 116 /* t */ : 115) /* s */) {
            const m = (format === 'travis' ? TRAVIS_MARKERS : GITLAB_MARKERS).exec(text);
            if (m) {
                marker = stripAnsi(m[0]);
                text = text.slice(m[0].length);
            }
        }
    }
    text = stripAnsi(text);
    // Buildkite's "expand the previous group" directive: structure, not output.
    if (format === 'buildkite' && text.startsWith('^^^ +++'))
        text = '';
    // Azure logging commands talk to the agent; an error issue's message is the one meant for people.
    if (format === 'azure' && text.startsWith('##vso[')) {
        const close = text.indexOf(']');
        text = close > 0 && text.slice(0, close).includes('type=error') ? text.slice(close + 1) : '';
    }
    const out = { text };
    if (step !== undefined)
        out.step = step;
    if (marker !== undefined)
        out.marker = marker;
    return out;
}


/***/ })

};
